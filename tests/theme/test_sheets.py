"""A theme's url() and @import are read against the stylesheet that holds them, stay inside the
theme's folders, and reach both the PDFs and the web page."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import pytest

from resume.build import RenderOptions, render
from resume.theme.sheets import OUTSIDE_THEME, Rebaser
from tests.conftest import DEFAULT_SOURCE

CASES = Path(__file__).resolve().parent.parent / "cases" / "themes"
PAPER = (250, 235, 200)  # the colour of cases/themes/paper/paper.png


def rebased(folder: Path, css: str) -> tuple[str, Rebaser]:
    sheet = folder / "theme.css"
    sheet.write_text(css, encoding="utf-8")
    rebaser = Rebaser([folder], lambda path: f"COPY/{path.name}")
    return rebaser.sheet(sheet), rebaser


def test_each_reference_is_read_against_its_own_sheet(tmp_path: Path) -> None:
    (tmp_path / "parts").mkdir()
    (tmp_path / "paper.png").write_bytes(b"png")
    (tmp_path / "parts" / "print.css").write_text("h1 { background: url('../paper.png#x') }")
    text, rebaser = rebased(
        tmp_path,
        '@import "parts/print.css" print;\n'
        "/* url(not-a-reference.png) */\n"
        'p::after { content: "url(text.png)" }\n'
        "body { background: url( paper.png ) }\n"
        "a { background: url(data:image/png;base64,AAAA) url(https://x.example/y.png) }\n",
    )
    assert text == (
        '@media print {\nh1 { background: url("COPY/paper.png#x") }\n}\n'
        "/* url(not-a-reference.png) */\n"
        'p::after { content: "url(text.png)" }\n'
        'body { background: url("COPY/paper.png") }\n'
        "a { background: url(data:image/png;base64,AAAA) url(https://x.example/y.png) }\n"
    )
    assert rebaser.found.files == {(tmp_path / "paper.png").resolve(): "COPY/paper.png"}
    assert rebaser.found.problems == []


@pytest.mark.parametrize(
    ("css", "message"),
    [
        ("a { background: url(../secret.png) }", f"1:21: warning: refused ../secret.png: {OUTSIDE_THEME}"),
        ("a { background: url(link.png) }", f"1:21: warning: refused link.png: {OUTSIDE_THEME}"),
        ("a { background: url('gone.png') }", "1:22: warning: refused gone.png: no such file"),
        ("@import 'theme.css';", "1:10: warning: @import theme.css left out: theme.css imports theme.css, a cycle"),
    ],
)  # fmt: skip
def test_a_reference_that_leaves_the_theme_is_left_out(
    tmp_path: Path, css: str, message: str
) -> None:
    theme = tmp_path / "theme"
    theme.mkdir()
    (tmp_path / "secret.png").write_bytes(b"secret")
    (theme / "link.png").symlink_to(tmp_path / "secret.png")
    text, rebaser = rebased(theme, css)
    assert [str(p) for p in rebaser.found.problems] == [f"{theme / 'theme.css'}:{message}"]
    assert "secret" not in text and rebaser.found.files == {}


def test_a_theme_image_beside_its_css_is_in_the_pdf_and_the_page(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = render(
        RenderOptions(
            source=DEFAULT_SOURCE, out=out, theme=str(CASES / "paper"), outputs=["resume", "site"]
        )
    )
    assert result.warnings == []
    pdf = pypdfium2.PdfDocument(out / "Aaron_Wu_Resume.pdf")
    image = pdf[0].render(scale=0.25).to_pil().convert("RGB")
    pixels = [image.getpixel((x, y)) for x in range(image.width) for y in range(image.height)]
    assert pixels.count(PAPER) > len(pixels) / 2  # the page is paper-coloured, not white
    css = (out / "assets" / "style.css").read_text(encoding="utf-8")
    copies = list((out / "assets" / "theme").glob("paper-*.png"))
    assert [p.read_bytes() for p in copies] == [(CASES / "paper" / "paper.png").read_bytes()]
    assert f'url("theme/{copies[0].name}")' in css
