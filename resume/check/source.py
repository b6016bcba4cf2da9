"""The source a PDF of ours carries (resume.json, an associated file) and which output it is."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pypdf

from resume.errors import UserError
from resume.source.jsonresume import SOURCE_ATTACHMENT


def embedded_files(reader: pypdf.PdfReader) -> dict[str, bytes]:
    try:
        return {name: contents[0] for name, contents in reader.attachments.items() if contents}
    except (pypdf.errors.PyPdfError, KeyError, TypeError):
        return {}


def source_text_of(path: Path) -> str:
    """The JSON Resume text a PDF of ours carries, as it was embedded."""
    source_of(path)
    data = embedded_files(pypdf.PdfReader(path))[SOURCE_ATTACHMENT]
    return data.decode("utf-8")


def source_of(path: Path) -> dict[str, Any]:
    """The JSON Resume source a PDF of ours carries; a UserError for any other PDF."""
    try:
        reader = pypdf.PdfReader(path)
    except FileNotFoundError:
        raise UserError(f"{path}: no such file") from None
    except (OSError, pypdf.errors.PyPdfError, ValueError) as error:
        raise UserError(f"{path}: not a readable PDF ({error})") from None
    data = embedded_files(reader).get(SOURCE_ATTACHMENT)
    if data is None:
        raise UserError(f"{path}: carries no {SOURCE_ATTACHMENT}; it was not made by resume")
    try:
        source = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(f"{path}: its {SOURCE_ATTACHMENT} is not valid JSON ({error})") from None
    if not isinstance(source, dict):
        raise UserError(f"{path}: its {SOURCE_ATTACHMENT} is not a JSON Resume document")
    return source


def output_of(resume: Any, title: str) -> Any:
    """Which of our outputs a PDF is, by the title we would have given it."""
    from resume.content.view import make_document

    for output in ("resume", "portfolio"):
        if make_document(resume, output).title == title:
            return output
    return None


def embedded_resume(reader: pypdf.PdfReader, where: Path) -> tuple[Any, int]:
    """The validated source a PDF carries and its size; (None, 0) for a PDF without one.
    A UserError when it is there but is not a valid source."""
    data = embedded_files(reader).get(SOURCE_ATTACHMENT)
    if data is None:
        return None, 0
    from resume.source.json_resume_format import JSON_RESUME
    from resume.source.parsed import Source
    from resume.source.validate import validate

    try:
        source = Source(Path(f"{where}#{SOURCE_ATTACHMENT}"), json.loads(data), JSON_RESUME)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise UserError(str(error)) from None
    resume, _ = validate(source)
    return resume, len(data)


def recorded_theme(reader: pypdf.PdfReader) -> str | None:
    """The theme the PDF's XMP says it was rendered in (`--theme` is not in its source)."""
    from resume.provenance import read_xmp

    stream: Any = reader.root_object.get("/Metadata")
    packet = bytes(stream.get_object().get_data()) if stream is not None else b""
    return read_xmp(packet).get("theme") or None
