"""The fallback fonts are declared only for a document whose text needs them: WeasyPrint reads
and copies every declared file (46 MB of Noto) when it parses a stylesheet."""

from __future__ import annotations

from pathlib import Path

from resume.build import RenderOptions
from resume.outputs.printed import printable
from resume.plan import make_plans
from resume.source.validate import read_source
from resume.theme import fonts

ROOT = Path(__file__).resolve().parents[2]


def test_a_fallback_is_needed_only_for_what_the_theme_font_lacks() -> None:
    assert fonts.fallbacks_for(["Source Sans 3"], "Aaron Wu — “naïve” café, 3 × 4 ≤ 12") == []
    assert fonts.fallbacks_for(["Source Sans 3"], "Ж") == []  # Source Sans has Cyrillic
    assert fonts.fallbacks_for(["Source Sans 3"], "林晓雨") != []
    assert set(fonts.fallbacks_for(["Source Sans 3"], "林晓雨")) <= {
        "Noto Sans JP",
        "Noto Sans SC",
    }
    assert fonts.fallbacks_for(["Source Sans 3"], "한국어") == ["Noto Sans KR"]
    assert fonts.uncovered("한국어 \U0001f600", ["Source Sans 3"]) == ["\U0001f600"]


def test_generated_content_counts_as_shown_text() -> None:
    html = '<html><head><title>ض</title></head><body><p class="x">a &amp; 林</p></body>'
    text = fonts.shown_text(html, 'p::after { content: "한" }')
    assert "a & 林" in text and "한" in text and "class" not in text and "ض" not in text


def _faces(source: Path) -> tuple[str, str]:
    """The résumé's HTML as its plan makes it, and the extra @font-face rules it gets."""
    options = RenderOptions(source=source, out=Path("unused"), outputs=("resume",))
    [plan] = make_plans(read_source(source), options)
    assert plan.pdf is not None
    html = printable(plan, "resume", plan.resume).html
    return html, plan.pdf.faces_for(html)


def test_the_pdf_stylesheet_declares_noto_only_when_the_text_needs_it() -> None:
    _, faces = _faces(ROOT / "data" / "resume.yaml")
    assert faces == ""
    html, faces = _faces(ROOT / "tests" / "cases" / "locale" / "zh.yaml")
    assert "林" in html
    assert 'font-family: "Noto Sans SC"' in faces or 'font-family: "Noto Sans JP"' in faces
    assert "Noto Sans KR" not in faces
