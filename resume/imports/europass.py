"""Europass CVs: the XML (2013's v2.0 `learnerinfo`, SkillsPassport v3 `LearnerInfo`, the newer
`Candidate`), or a Europass PDF, which carries that XML as an attachment. The XML is parsed
hardened (see xml.py): entity declarations and external references are refused."""

from __future__ import annotations

import functools
from pathlib import Path
from xml.etree.ElementTree import Element

from resume.imports import europass_candidate, europass_passport
from resume.imports.base import Imported, clean
from resume.imports.reading import head, pdf_attachments, read_bytes
from resume.imports.roles import fold_roles
from resume.imports.xml import Xml, local, parse_xml

NAME = "Europass (XML, or a Europass PDF with its XML inside)"
_PASSPORT = {"learnerinfo", "skillspassport"}


def _is_xml(start: bytes) -> bool:
    text = start.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith((b"<?xml", b"<!doctype", b"<")) and b"<html" not in text[:500]


def recognise(path: Path) -> bool:
    return _europass_xml(path) is not None


def read(path: Path) -> Imported:
    xml = _europass_xml(path)
    assert xml is not None  # recognised
    imported = Imported(path, NAME)
    # Lines are the XML file's; in a PDF, whose attachment has no lines a reader can open, none.
    lines = {} if head(path).startswith(b"%PDF") else xml.lines
    if local(xml.root.tag).lower() == "candidate":
        data = europass_candidate.read(xml.root, imported, lines)
    else:
        data = europass_passport.read(_passport(xml.root), imported, lines)
    data["work"] = fold_roles(data.get("work", []))
    imported.data = clean(data)
    return imported


def _passport(root: Element) -> Element:
    """SkillsPassport v3 wraps LearnerInfo; v2.0's root is learnerinfo itself."""
    inner = next((child for child in root if local(child.tag).lower() == "learnerinfo"), None)
    return inner if inner is not None else root


def _europass_xml(path: Path) -> Xml | None:
    if not path.is_file():
        return None
    stat = path.stat()
    return _xml(path, stat.st_size, stat.st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _xml(path: Path, size: int, changed: int) -> Xml | None:
    start = head(path)
    if start.startswith(b"%PDF"):
        attached = _attached_xml(path)
        return _europass(parse_xml(path, attached)) if attached else None
    if not _is_xml(start):
        return None
    return _europass(parse_xml(path, read_bytes(path)))


def _europass(xml: Xml) -> Xml | None:
    name = local(xml.root.tag).lower()
    return xml if name == "candidate" or name in _PASSPORT else None


def _attached_xml(path: Path) -> bytes | None:
    """The XML file attached to a PDF (a Europass PDF carries its CV so), or None."""
    attached = pdf_attachments(path)
    return next((data for name, data in attached.items() if name.lower().endswith(".xml")), None)
