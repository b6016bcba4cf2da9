"""Labels and dates in the source's language."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest

from resume.build import RenderOptions, render
from resume.content.locale import LABELS, language_of
from resume.content.view import make_document
from resume.source.calendar import MONTHS
from resume.source.model import Resume
from tests.conftest import ROOT

GERMAN = ROOT / "tests" / "cases" / "locale" / "de.yaml"


def test_a_german_source_renders_in_german(tmp_path: Path) -> None:
    render(RenderOptions(source=GERMAN, out=tmp_path, outputs=("resume", "site")))
    reader = pypdf.PdfReader(tmp_path / "Greta_Beispiel_Resume.pdf")
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    for label in ("BERUFSERFAHRUNG", "AUSBILDUNG", "KENNTNISSE"):
        assert label in text.upper()
    assert "März 2021 – heute" in text
    assert "Mai 2017 – Feb. 2021" in text
    assert "Okt. 2014 – Dez. 2016" in text
    assert "Note: 1,3" in text
    assert not re.search(r"\b(Present|Experience|Mar|Oct|Dec)\b", text)
    assert reader.metadata is not None and reader.metadata.title == "Greta Beispiel — Lebenslauf"
    html = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert '<html lang="de-DE">' in html  # the locale, as the PDFs' /Lang


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en", "Mar 2021 – Present"),
        ("en-GB", "Mar 2021 – Present"),
        ("de", "März 2021 – heute"),
        ("de_AT", "März 2021 – heute"),
        ("fr-CH", "mars 2021 – aujourd’hui"),
        ("zh-CN", "2021年3月 – 至今"),
        ("xx", "Mar 2021 – Present"),
    ],
)
def test_dates_in_each_language(locale: str, expected: str) -> None:
    resume = Resume.model_validate(
        {
            "basics": {"name": "A"},
            "work": [{"name": "W", "startDate": "2021-03"}],
            "render": {"locale": locale},
        }
    )
    doc = make_document(resume, "resume")
    assert doc.sections[0].items[0].dates == expected


def test_every_language_has_every_label_and_twelve_months() -> None:
    for language, labels in LABELS.items():
        assert labels.keys() == LABELS["en"].keys()
        assert len(MONTHS[language]) == 12 and len(set(MONTHS[language])) == 12
        assert language_of(language) == language
    assert LABELS["de"]["work"] != LABELS["en"]["work"] != LABELS["fr"]["work"]


def test_a_chinese_source_renders_in_chinese(tmp_path: Path) -> None:
    source = ROOT / "tests" / "cases" / "locale" / "zh.yaml"
    render(RenderOptions(source=source, out=tmp_path, outputs=("resume",)))
    reader = pypdf.PdfReader(tmp_path / "林晓雨_Resume.pdf")
    assert len(reader.pages) == 1
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4, the custom in China
    text = re.sub(r"\s+", " ", reader.pages[0].extract_text())
    for label in ("工作经历", "教育背景", "专业技能"):
        assert label in text
    assert "2021年3月 – 至今" in text
    assert "2017年5月 – 2021年2月" in text
    assert "计算机科学硕士" in text
    assert not re.search(r"\b(Present|Experience| in )\b", text)
