"""Every built-in theme on every kind of source: one page, clean text, only the package's fonts.

Each (theme, source) pair renders once per session; the tests below assert on the files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest
import yaml
from typer.testing import CliRunner

from resume.batch import Outcome
from resume.build import RenderOptions, render
from resume.check.layout import check_layout
from resume.check.source import source_of
from resume.cli.app import app
from resume.errors import Problem, UserError
from resume.theme import fonts
from resume.theme.themes import load_theme
from tests.conftest import DEFAULT_SOURCE, REAL, ROOT, THEMES, RealRenders, across_themes
from tests.pdffonts import embedded_fonts, notdef_glyphs
from tests.showcase import SOURCES as SHOWCASE_SOURCES
from tests.showcase import Showcase, Showcases

EXAMPLE = ROOT / "data" / "example.yaml"
PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff]")
runner = CliRunner()


@dataclass
class Themed:
    portfolio: pypdf.PdfReader
    html: str
    css: str
    resume: pypdf.PdfReader | None
    overflow: str | None
    warnings: list[Problem]
    files: list[Path]  # the résumé's PDF, if any, and the portfolio's

    @property
    def pdfs(self) -> list[pypdf.PdfReader]:
        return [pdf for pdf in (self.resume, self.portfolio) if pdf is not None]


@pytest.fixture(scope="session")
def themed(showcases: Showcases, real_renders: RealRenders) -> Callable[[str, Path], Themed]:
    """(theme, source) from the session's renders: our sources from the showcases, the real
    JSON Resume files from the batch renders."""

    def get(theme: str, source: Path) -> Themed:
        if (source, theme) in real_renders:
            return _from_batch(real_renders[source, theme])
        (name,) = [name for name, path in SHOWCASE_SOURCES.items() if path == source]
        return _from_showcase(showcases.get(name, theme))

    return get


def _from_batch(outcome: Outcome) -> Themed:
    assert outcome.error is None, outcome.error
    pdfs = {w.path.stem.rsplit("_", 1)[-1]: w.path for w in outcome.written}
    return Themed(
        portfolio=pypdf.PdfReader(pdfs["Portfolio"]),
        html=(outcome.out / "index.html").read_text(encoding="utf-8"),
        css=(outcome.out / "assets" / "style.css").read_text(encoding="utf-8"),
        resume=pypdf.PdfReader(pdfs["Resume"]),
        overflow=None,
        warnings=outcome.warnings,
        files=[pdfs["Resume"], pdfs["Portfolio"]],
    )


def _from_showcase(showcase: Showcase) -> Themed:
    return Themed(
        portfolio=showcase.reader,
        html=(showcase.folder / "index.html").read_text(encoding="utf-8"),
        css=(showcase.folder / "assets" / "style.css").read_text(encoding="utf-8"),
        resume=pypdf.PdfReader(showcase.resume) if showcase.resume else None,
        overflow=showcase.resume_problem,
        warnings=showcase.warnings,
        files=[path for path in (showcase.resume, showcase.portfolio) if path is not None],
    )


def _pairs() -> list[object]:
    """Our sources in every theme; the real files across the themes (condensed when too long)."""
    ours = [
        pytest.param(source, theme, id=f"{theme}-{source.stem}")
        for source in (DEFAULT_SOURCE, EXAMPLE)
        for theme in THEMES
    ]
    return ours + across_themes(REAL)


def _text(pdf: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in pdf.pages)


def test_the_builtin_themes_are_distinct_layouts_each_listed_with_its_own() -> None:
    assert {"compact", "classic", "modern", "jake", "academic", "timeline"} <= set(THEMES)
    result = runner.invoke(app, ["themes"])
    assert result.exit_code == 0
    listed = {line.split()[0]: line.split()[1] for line in result.output.splitlines()}
    assert {listed[theme] for theme in THEMES} <= {"one-column", "two-column"}
    assert listed["jake"] == "one-column"
    assert all(load_theme(theme).meta.description for theme in THEMES)
    # Each of its own look: no two share both fonts and stylesheet.
    looks = {
        (*load_theme(t).fonts, (ROOT / "styles" / t / "theme.css").read_text()) for t in THEMES
    }
    assert len(looks) == len(THEMES)


@pytest.mark.parametrize(("source", "theme"), _pairs())
def test_resume_is_exactly_one_page(
    themed: Callable[[str, Path], Themed], theme: str, source: Path
) -> None:
    """One page; a CV theme's allowance (academic: two) when it needs them."""
    rendered = themed(theme, source)
    assert rendered.overflow is None
    assert rendered.resume is not None
    assert 1 <= len(rendered.resume.pages) <= load_theme(theme).pages


@pytest.mark.parametrize(("source", "theme"), _pairs())
def test_type_keeps_to_the_readers_floors(
    themed: Callable[[str, Path], Themed], theme: str, source: Path
) -> None:
    """Body text at 9.5 pt or more and no text under 8 pt, résumé and portfolio, fitted or
    condensed (the layout check's small-type: resume/check/layout.py)."""
    for path in themed(theme, source).files:
        found = check_layout(path, source_of(path)).findings
        assert [f for f in found if f.kind == "small-type"] == [], path.name


@pytest.mark.parametrize(("source", "theme"), _pairs())
def test_pdf_text_is_clean(themed: Callable[[str, Path], Themed], theme: str, source: Path) -> None:
    """No icon-font characters, no .notdef boxes; the name comes first."""
    rendered = themed(theme, source)
    name = unicodedata.normalize("NFC", rendered.portfolio.metadata.author or "")
    for pdf in rendered.pdfs:
        text = _text(pdf)
        assert not PRIVATE_USE.findall(text)
        assert notdef_glyphs(pdf) == []
        assert unicodedata.normalize("NFC", text).lstrip().startswith(name.split()[0])


@pytest.mark.parametrize(("source", "theme"), _pairs())
def test_pdfs_embed_only_the_font_package(
    themed: Callable[[str, Path], Themed], theme: str, source: Path
) -> None:
    rendered = themed(theme, source)
    for pdf in rendered.pdfs:
        families = {font.family for font in embedded_fonts(pdf).values()}
        assert families and families <= set(fonts.available())


@pytest.mark.parametrize(("source", "theme"), _pairs())
def test_web_page_wears_the_same_theme(
    themed: Callable[[str, Path], Themed], theme: str, source: Path
) -> None:
    rendered = themed(theme, source)
    own_css = (ROOT / "styles" / theme / "theme.css").read_text(encoding="utf-8")
    assert own_css.strip() in rendered.css
    urls = re.findall(r'url\("([^"]+)"\)', rendered.css)
    assert urls and all(url.startswith("fonts/") for url in urls)
    assert "<svg" not in rendered.html or 'aria-hidden="true"' in rendered.html


def test_modern_draws_icons_as_svg_without_text(themed: Callable[[str, Path], Themed]) -> None:
    rendered = themed("modern", EXAMPLE)
    icons = re.findall(r"<svg class=\"icon[^>]*>(.*?)</svg>", rendered.html)
    assert len(icons) >= 5  # e-mail, phone, web, GitHub, LinkedIn, …
    assert all(re.fullmatch(r"<path [^>]*/>", body) for body in icons)
    assert 'class="icon icon-github"' in rendered.html
    resume = rendered.resume
    assert resume is not None
    assert "zofia@example.org" in _text(resume)


def test_cjk_polish_and_icelandic_fall_back_to_bundled_fonts(
    themed: Callable[[str, Path], Themed],
) -> None:
    for theme in THEMES:
        rendered = themed(theme, EXAMPLE)
        assert rendered.warnings == []
        text = unicodedata.normalize("NFC", _text(rendered.portfolio))
        for words in ("Łukasiewicz-Sigurðardóttir", "日本語", "增量构建", "한국어", "Þóra"):
            assert words in text, (theme, words)
        assert rendered.resume is not None
        families = {font.family for font in embedded_fonts(rendered.resume).values()}
        assert {"Noto Sans JP"} <= families


def test_a_character_no_font_has_is_reported_and_left_out(tmp_path: Path) -> None:
    source = tmp_path / "cat.yaml"
    source.write_text('basics:\n  name: Kit Neko\n  summary: "Meow 🐱 meow"\n', encoding="utf-8")
    result = render(RenderOptions(source, tmp_path / "out", "classic", outputs=("resume",)))
    (warning,) = result.warnings
    assert "'🐱' (U+1F431)" in warning.message and "leave it out" in warning.message
    pdf = pypdf.PdfReader(result.written[0].path)
    assert "Meow meow" in re.sub(r"\s+", " ", _text(pdf))
    assert {f.family for f in embedded_fonts(pdf).values()} <= set(fonts.available())
    assert notdef_glyphs(pdf) == []


@pytest.fixture
def local_theme(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with `themes/claret-green/`: classic with a green accent."""
    folder = tmp_path / "themes" / "claret-green"
    folder.mkdir(parents=True)
    (folder / "theme.yaml").write_text(
        "name: claret-green\ndescription: Classic in bottle green.\nextends: classic\n",
        encoding="utf-8",
    )
    (folder / "theme.css").write_text(":root { --accent: #0a7d3b; }\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return folder


def test_themes_lists_a_local_theme(local_theme: Path) -> None:
    result = runner.invoke(app, ["themes"])
    assert result.exit_code == 0
    line = next(line for line in result.output.splitlines() if line.startswith("claret-green"))
    assert "Classic in bottle green." in line and "local" in line


def test_a_local_theme_extends_classic_and_changes_its_accent(local_theme: Path) -> None:
    import pypdfium2

    result = runner.invoke(
        app, ["render", str(EXAMPLE), "--theme", "claret-green", "--only", "resume", "--out", "o"]
    )
    assert result.exit_code == 0, result.output
    (pdf_path,) = Path("o").glob("*.pdf")
    reader = pypdf.PdfReader(pdf_path)
    assert len(reader.pages) == 1
    assert {f.family for f in embedded_fonts(reader).values()} >= {"XCharter", "EB Garamond"}
    image = pypdfium2.PdfDocument(pdf_path)[0].render(scale=2).to_pil().convert("RGB")
    colours = image.getcolors(maxcolors=1 << 22) or []
    green = sum(n for n, (r, g, b) in colours if g > r + 40 and g > b + 20)
    claret = sum(n for n, (r, g, b) in colours if r > g + 40 and r > b + 30)
    assert green > 1000 and claret < 50  # headings, headline and dashes took the new accent


def test_a_theme_folder_on_the_command_line(local_theme: Path) -> None:
    result = runner.invoke(
        app, ["render", str(EXAMPLE), "--theme", "./themes/claret-green", "--only", "html"]
    )
    assert result.exit_code == 0, result.output
    css = Path("out/assets/style.css").read_text(encoding="utf-8")
    assert css.rstrip().endswith(":root { --accent: #0a7d3b; }")


def test_unknown_theme_names_builtin_and_local_themes(local_theme: Path) -> None:
    result = runner.invoke(app, ["render", str(EXAMPLE), "--theme", "fancy"])
    assert result.exit_code == 1
    assert "unknown theme 'fancy'; the themes are: academic, classic, compact" in result.stderr
    assert all(theme in result.stderr for theme in THEMES)
    assert "claret-green" in result.stderr


def test_a_theme_asking_for_a_font_the_package_lacks(local_theme: Path) -> None:
    (local_theme / "theme.yaml").write_text(
        "name: claret-green\nextends: classic\nbody_font: Comic Sans MS\n", encoding="utf-8"
    )
    result = runner.invoke(app, ["render", str(EXAMPLE), "--theme", "claret-green"])
    assert result.exit_code == 1
    assert "font 'Comic Sans MS' is not in the font package" in result.stderr


@pytest.mark.parametrize("theme", THEMES)
def test_resume_text_reads_in_source_order(
    themed: Callable[[str, Path], Themed], theme: str
) -> None:
    """Name, headline, then each entry with its bullet points, as an ATS would read it."""
    resume = themed(theme, DEFAULT_SOURCE).resume
    assert resume is not None
    text = re.sub(r"\s+", " ", _text(resume)).lower()
    markers = [
        "Aaron Wu",
        "Architecting Resilient Backend Systems",
        "Systems Infrastructure Engineer Intern",
        "automates codebase understanding",
        "Research Assistant (Federated Learning)",
        "federated hyperparameter learning",
        "Distributed AI API Gateway",
        "High-performance distributed AI Gateway",
        "FlashForm",
        "Backend & Systems Languages",
        "HackRU Winner, HackRU",
    ]
    if load_theme(theme).layout == "two-column":  # the side column, skills and awards, first
        markers = [*markers[:2], *markers[-2:], *markers[2:-2]]
    positions = [text.find(marker.lower()) for marker in markers]
    assert -1 not in positions
    assert positions == sorted(positions)


def test_a_font_that_cannot_be_loaded_is_reported(tmp_path: Path) -> None:
    broken = tmp_path / "Broken-Regular.ttf"
    broken.write_bytes(b"not a font at all")
    with pytest.raises(UserError, match=r"Broken-Regular\.ttf: the font cannot be loaded"):
        fonts._cmap(broken)


def test_every_bundled_family_the_themes_use_loads_and_covers_latin_extended() -> None:
    for theme in THEMES:
        for family in load_theme(theme).fonts:
            assert fonts.uncovered("Łukasiewicz Sigurðardóttir Þóra Ærø", [family]) == []


def test_jake_is_set_in_charter_alone(themed: Callable[[str, Path], Themed]) -> None:
    rendered = themed("jake", DEFAULT_SOURCE)
    assert rendered.resume is not None
    assert {font.family for font in embedded_fonts(rendered.resume).values()} == {"XCharter"}
    assert "font-variant-caps: small-caps" in rendered.css


def test_timeline_draws_a_rail_down_the_entries(themed: Callable[[str, Path], Themed]) -> None:
    """One column of pixels near the left margin is the rail's colour for inches (the dots
    break it at each entry)."""
    import pypdfium2

    rendered = themed("timeline", EXAMPLE)
    assert rendered.resume is not None
    stream = rendered.resume.stream
    stream.seek(0)
    page = pypdfium2.PdfDocument(stream.read())[0].render(scale=2).to_pil().convert("RGB")
    rail = (0xC9, 0xCB, 0xE6)

    def rail_pixels(x: int) -> int:
        column = (page.getpixel((x, y)) for y in range(page.height))
        return sum(all(abs(a - b) < 30 for a, b in zip(p, rail, strict=True)) for p in column)  # type: ignore[arg-type]

    assert max(rail_pixels(x) for x in range(240)) > 2 * 144  # two inches at 144 dpi


def test_academic_groups_its_publications_and_numbers_them(
    themed: Callable[[str, Path], Themed],
) -> None:
    rendered = themed("academic", EXAMPLE)
    assert rendered.resume is not None
    text = re.sub(r"\s+", " ", _text(rendered.resume))
    first = text.index("Conference papers")
    assert first < text.index("[1] Compaction without tears") < text.index("Articles")
    assert text.index("Articles") < text.index("[2] 增量构建的可观测性")
    html = rendered.html
    assert '<h3 class="group-title">Conference papers</h3>' in html
    assert '<h4 class="item-title" data-role="entry-title"' in html  # entries under the group


def test_academic_takes_a_second_page_only_when_it_is_worth_having(
    themed: Callable[[str, Path], Themed], tmp_path: Path
) -> None:
    """Two pages allowed, numbered after the first; a CV whose second page would be less than a
    third full is fitted onto one (the example), a longer one keeps two, the second well used."""
    assert load_theme("academic").pages == 2 and load_theme("jake").pages == 1
    rendered = themed("academic", EXAMPLE).resume
    assert rendered is not None and len(rendered.pages) == 1
    source = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    source["work"] = source["work"] * 4  # four careers' worth of roles
    longer = tmp_path / "longer.yaml"
    longer.write_text(yaml.safe_dump(source, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(
        app, ["render", str(longer), "-t", "academic", "--only", "resume", "-o", str(tmp_path)]
    )
    assert result.exit_code == 0, result.output
    pages = pypdf.PdfReader(next(tmp_path.glob("*_Resume.pdf"))).pages
    assert len(pages) == 2
    assert pages[1].extract_text().rstrip().endswith("2 / 2")
    assert len(pages[1].extract_text()) > len(pages[0].extract_text()) / 3
