"""The source a PDF of ours carries (resume.json, attached), read back for `resume export`,
`resume diff` and `resume check`: the text exactly as embedded, and a clear refusal of a PDF we
did not make, or whose attachment is not a JSON Resume document. PDFs made here with pypdf."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from resume.check.source import output_of, source_of, source_text_of
from resume.errors import UserError
from resume.source.model import Resume

SOURCE = '{\n  "basics": {"name": "Ada Lovelace"}\n}\n'


def pdf(folder: Path, attachment: bytes | None = None, name: str = "resume.json") -> Path:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(612, 792)
    if attachment is not None:
        writer.add_attachment(name, attachment)
    path = folder / "cv.pdf"
    with path.open("wb") as file:
        writer.write(file)
    return path


def test_the_source_is_read_back_as_it_was_embedded(tmp_path: Path) -> None:
    path = pdf(tmp_path, SOURCE.encode("utf-8"))
    assert source_of(path) == {"basics": {"name": "Ada Lovelace"}}
    assert source_text_of(path) == SOURCE


@pytest.mark.parametrize(
    ("attachment", "name", "message"),
    [
        (None, "resume.json", "carries no resume.json; it was not made by resume"),
        (b"{}", "notes.json", "carries no resume.json; it was not made by resume"),
        (b'{"basics": ', "resume.json", "its resume.json is not valid JSON (Expecting value"),
        (b"[1, 2]", "resume.json", "its resume.json is not a JSON Resume document"),
    ],
)
def test_a_pdf_we_did_not_make_is_refused_in_words(
    tmp_path: Path, attachment: bytes | None, name: str, message: str
) -> None:
    path = pdf(tmp_path, attachment, name)
    with pytest.raises(UserError) as refused:
        source_of(path)
    assert str(refused.value).startswith(f"{path}: {message}")


def test_what_is_no_pdf_at_all_is_refused_in_words(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"nope\.pdf: no such file"):
        source_of(tmp_path / "nope.pdf")
    text = tmp_path / "cv.pdf"
    text.write_text("not a PDF", encoding="utf-8")
    with pytest.raises(UserError, match=r"cv\.pdf: not a readable PDF \("):
        source_of(text)


def test_which_output_a_pdf_is_is_told_by_its_title() -> None:
    resume = Resume.model_validate({"basics": {"name": "Ada Lovelace"}})
    assert output_of(resume, "Ada Lovelace — Résumé") == "resume"
    assert output_of(resume, "Ada Lovelace — Portfolio") == "portfolio"
    assert output_of(resume, "Someone else — Résumé") is None
