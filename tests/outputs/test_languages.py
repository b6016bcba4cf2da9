"""One source in two languages (`render.languages: [en, de]`), rendered once per session: an
English and a German résumé, and `index.html` with `de/index.html`, linked both ways."""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
import pytest

from resume.build import RenderOptions, Result, render
from resume.errors import UserError
from resume.outputs import TARGETS
from resume.plan import make_plans
from resume.source.validate import read_source
from tests.conftest import AXE, snapshot
from tests.source.test_translations import SOURCE

OUTPUTS = ("resume", "portfolio", "site", "text", "markdown", "docx", "png")  # all but letters


@dataclass(frozen=True)
class TwoLanguages:
    source: Path
    out: Path
    result: Result

    def text(self, name: str) -> str:
        return (self.out / name).read_text(encoding="utf-8")

    def pdf(self, name: str) -> pypdf.PdfReader:
        return pypdf.PdfReader(self.out / name)


@pytest.fixture(scope="session")
def two_languages(tmp_path_factory: pytest.TempPathFactory) -> TwoLanguages:
    folder = tmp_path_factory.mktemp("languages")
    source = folder / "resume.yaml"
    source.write_text(SOURCE, encoding="utf-8")
    out = folder / "out"
    return TwoLanguages(source, out, render(RenderOptions(source, out, outputs=OUTPUTS)))


def pdf_text(reader: pypdf.PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def test_each_language_has_its_files(two_languages: TwoLanguages) -> None:
    out = two_languages.out
    written = [str(w.path.relative_to(out)) for w in two_languages.result.written]
    english = [
        "Aaron_Wu_Resume.pdf",
        "Aaron_Wu_Portfolio.pdf",
        "index.html",
        "Aaron_Wu_Resume.txt",
        "Aaron_Wu_Portfolio.md",
        "Aaron_Wu_Resume.docx",
        "Aaron_Wu_Resume.png",
    ]
    german = [name.replace(".", "-de.", 1) for name in english]
    assert written == english + [name.replace("index-de.", "de/index.") for name in german]
    assert (out / "Aaron_Wu_Portfolio-de-1.png").is_file()  # its pages' previews
    markdown = two_languages.text("Aaron_Wu_Portfolio-de.md")
    assert "## Berufserfahrung" in markdown and "Wo ich gearbeitet habe." in markdown
    # One warning for the one text without German, however many outputs show it.
    assert [w.message for w in two_languages.result.warnings] == [
        "no translation, the `en` text is used: de: skills[0].name"
    ]


def test_an_english_and_a_german_resume(two_languages: TwoLanguages) -> None:
    english = two_languages.pdf("Aaron_Wu_Resume.pdf")
    german = two_languages.pdf("Aaron_Wu_Resume-de.pdf")
    en, de = pdf_text(english), pdf_text(german)
    for label in ("Experience", "Skills"):
        assert label.upper() in en.upper()
    for label in ("Berufserfahrung", "Kenntnisse"):
        assert label.upper() in de.upper()
        assert label.upper() not in en.upper()
    assert "Mar 2021 – Present" in en and "März 2021 – heute" in de
    assert "Built an agent." in en and "Einen Agenten gebaut." in de
    assert "Einen Agenten" not in en and "Built an agent" not in de
    assert "Shipped weekly." in de  # text without translations is the same in both
    assert "Languages" in de  # a missing translation: the first language's text
    assert english.trailer["/Root"]["/Lang"] == "en"
    assert german.trailer["/Root"]["/Lang"] == "de"
    assert german.metadata is not None and german.metadata.title == "Aaron Wu — Lebenslauf"
    # The PDF carries its own language's source, which renders as that language alone.
    embedded = json.loads(german.attachments["resume.json"][0])
    assert embedded["basics"]["label"] == "Backend-Softwareentwickler"
    assert embedded["render"] == {"locale": "de"}
    assert "BERUFSERFAHRUNG" in two_languages.text("Aaron_Wu_Resume-de.txt")


def links(html: str, rel: str) -> dict[str, str]:
    return dict(re.findall(rf'<link rel="{rel}" hreflang="([^"]+)" href="([^"]+)">', html))


def test_the_web_pages_link_each_other(two_languages: TwoLanguages) -> None:
    out = two_languages.out
    english, german = two_languages.text("index.html"), two_languages.text("de/index.html")
    assert '<html lang="en">' in english and '<html lang="de">' in german
    assert links(english, "alternate") == {
        "en": "index.html",
        "x-default": "index.html",
        "de": "de/index.html",
    }
    assert links(german, "alternate") == {
        "en": "../index.html",
        "x-default": "../index.html",
        "de": "index.html",
    }
    # The language switch: each language by its own name, the page's own one marked.
    switch = re.search(
        r'<nav class="language-switch" aria-label="Sprache">(.*?)</nav>', german, re.S
    )
    assert switch is not None
    assert re.findall(
        r'<a href="([^"]+)" hreflang="(\w+)" lang="\w+"( aria-current="page")?>(\w+)</a>', switch[1]
    ) == [
        ("../index.html", "en", "", "English"),
        ("index.html", "de", ' aria-current="page"', "Deutsch"),
    ]
    assert 'aria-label="Language"' in english
    assert "Berufserfahrung" in german and "Experience" in english
    # The download links say it as each language does.
    assert "Lebenslauf herunterladen" in german and "Download Résumé" in english
    # Every file the German page names is there: its stylesheet, fonts and PDFs.
    named = re.findall(r'(?:href|src)="(\.\./[^"#]+)"', german)
    assert "../assets/de/style.css" in named and "../Aaron_Wu_Portfolio-de.pdf" in named
    for href in named:
        assert (out / "de" / href).resolve().is_file(), href
    css = (out / "assets" / "de" / "style.css").read_text(encoding="utf-8")
    fonts = re.findall(r'url\("([^"]+\.woff2)"\)', css)
    assert fonts
    for font in fonts:
        assert (out / "assets" / "de" / font).is_file()


def test_each_page_keeps_a_manifest_of_its_assets(two_languages: TwoLanguages) -> None:
    assets = two_languages.out / "assets"
    for folder in (assets, assets / "de"):
        listed = json.loads((folder / ".resume-manifest.json").read_text(encoding="utf-8"))
        files = [p.relative_to(folder) for p in folder.rglob("*") if p.is_file()]
        on_disk = {
            str(path)
            for path in files
            if path.name[0] != "." and (folder.name == "de" or path.parts[0] != "de")
        }
        assert set(listed["files"]) == on_disk
        assert "style.css" in on_disk and any(name.startswith("fonts/") for name in on_disk)


def test_lang_renders_one_language(tmp_path: Path, two_languages: TwoLanguages) -> None:
    out = tmp_path / "out"
    shutil.copytree(two_languages.out, out)
    before = snapshot(out)
    options = RenderOptions(two_languages.source, out, outputs=["site", "text"], lang="de")
    written = [str(w.path.relative_to(out)) for w in render(options).written]
    assert written == ["de/index.html", "Aaron_Wu_Resume-de.txt"]
    # The English page and its assets are as they were: German has an assets folder of its own.
    after = snapshot(out)
    assert {name: data for name, data in after.items() if not name.startswith("de/")} == {
        name: data for name, data in before.items() if not name.startswith("de/")
    }
    assert after == before  # and the same source makes the same German files
    with pytest.raises(UserError, match=r"--lang fr: not in render.languages \(en, de\), or all"):
        render(RenderOptions(two_languages.source, out, outputs=["text"], lang="fr"))


def test_languages_multiply_with_variants(tmp_path: Path) -> None:
    """Each language's plans are the variants' (the source's one variant is named `de`)."""
    source = tmp_path / "resume.yaml"
    source.write_text(SOURCE, encoding="utf-8")
    options = RenderOptions(source, tmp_path, outputs=["text"], variant="all")
    plans = list(make_plans(read_source(source), options))
    assert [(plan.variant, plan.language, plan.suffix) for plan in plans] == [
        ("de", "en", "de"),
        ("de", "de", "de-de"),
    ]
    made = [TARGETS["text"](plan) for plan in plans]
    assert [rendered.path.name for rendered in made] == [
        "Aaron_Wu_Resume-de.txt",
        "Aaron_Wu_Resume-de-de.txt",
    ]
    assert "Latenz gesenkt." in made[1].files[made[1].path].decode()
    assert plans[1].resume.basics.label == "Backend (DE)"  # the variant's, in German


@pytest.mark.browser
def test_both_pages_pass_the_accessibility_audit(two_languages: TwoLanguages, browser: Any) -> None:
    if not AXE.is_file():
        pytest.skip(
            f"axe-core not found at {AXE}: make test installs it (scripts/system-deps.sh test)"
        )
    for page_path in ("index.html", "de/index.html"):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        try:
            page.goto((two_languages.out / page_path).as_uri(), wait_until="load")
            page.add_script_tag(path=str(AXE))
            violations = page.evaluate(
                """async () => (await axe.run(document, {resultTypes: ["violations"]}))
                   .violations.map((v) => [v.id, v.impact])"""
            )
            switch = page.get_by_role("navigation", name=re.compile("Language|Sprache"))
            assert switch.is_visible()
        finally:
            page.close()
        assert [v for v in violations if v[1] in {"serious", "critical"}] == [], page_path
