"""The default source rendered once: what a reader of each output sees."""

from __future__ import annotations

import re

import yaml

from resume.theme import fonts
from tests.conftest import DEFAULT_SOURCE, DefaultOutputs

SOURCE = yaml.safe_load(DEFAULT_SOURCE.read_text(encoding="utf-8"))


def squash(text: str) -> str:
    """Extracted text with line breaks and hyphenation folded, for phrase matching."""
    return re.sub(r"\s+", " ", text)


def test_resume_is_exactly_one_page(default_render: DefaultOutputs) -> None:
    assert default_render.resume.pages == 1
    assert default_render.resume.path.name == "Aaron_Wu_Resume.pdf"


def test_resume_text_holds_name_headline_roles_and_projects(default_render: DefaultOutputs) -> None:
    text = squash(default_render.resume.text)
    assert text.startswith("Aaron Wu")
    assert SOURCE["basics"]["headline"] in text
    for role in SOURCE["work"]:
        assert role["position"] in text
    for project in SOURCE["projects"]:
        assert project["name"] in text


def test_resume_leaves_out_the_reading_list(default_render: DefaultOutputs) -> None:
    text = squash(default_render.resume.text)
    assert "Designing Data-Intensive Applications" not in text


def test_portfolio_has_several_pages_and_everything(default_render: DefaultOutputs) -> None:
    portfolio = default_render.portfolio
    assert portfolio.pages >= 2
    text = squash(portfolio.text)
    for article in SOURCE["articles"]:
        assert squash(article["title"]) in text
    for book in SOURCE["reading"]:
        assert book["title"] in text
        assert book["author"] in text
    for project in SOURCE["projects"]:
        assert project["name"] in text


def test_portfolio_pages_carry_name_and_page_numbers(default_render: DefaultOutputs) -> None:
    pages = default_render.portfolio.reader.pages
    for number, page in enumerate(pages, 1):
        assert f"page {number} of {len(pages)}" in page.extract_text()


def test_pdf_metadata(default_render: DefaultOutputs) -> None:
    meta = default_render.resume.reader.metadata
    assert meta is not None
    assert meta.title == "Aaron Wu — Résumé"
    assert meta.author == "Aaron Wu"


def test_fonts_come_from_the_font_package(default_render: DefaultOutputs) -> None:
    for pdf in (default_render.resume, default_render.portfolio):
        names = set()
        for page in pdf.reader.pages:
            for font in page["/Resources"]["/Font"].values():
                names.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
        assert names, "no fonts embedded"
        families = tuple(family.replace(" ", "") for family in fonts.available())
        assert all(re.sub(r"[^A-Za-z0-9]", "", name).startswith(families) for name in names), names


def test_site_page(default_render: DefaultOutputs) -> None:
    html = default_render.html
    assert '<html lang="en">' in html
    assert html.count("<h1") == 1
    assert "Aaron Wu" in html
    assert 'href="Aaron_Wu_Resume.pdf"' in html
    assert 'href="Aaron_Wu_Portfolio.pdf"' in html
    assert '"@type": "Person"' in html
    for book in SOURCE["reading"]:
        assert book["author"].replace("&", "&amp;") in html
    css = default_render.out / "assets" / "style.css"
    assert css.is_file()
    for url in re.findall(r'url\("([^"]+)"\)', css.read_text(encoding="utf-8")):
        assert not url.startswith(("file:", "http")), url
        assert (css.parent / url).is_file(), url


def test_no_reference_was_refused_or_left_out(default_render: DefaultOutputs) -> None:
    html = default_render.html
    assert "file://" not in html
