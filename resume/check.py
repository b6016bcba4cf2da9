"""What an applicant-tracking system gets from a PDF: pages, text in reading order, links, fonts,
metadata, stray glyphs, and for our own PDFs the embedded source. Works on any PDF."""

from __future__ import annotations

import difflib
import html.parser
import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdf
from pypdf.generic import DictionaryObject

from resume.errors import UserError
from resume.source.jsonresume import SOURCE_ATTACHMENT

_KIND = {"resume": "résumé", "portfolio": "portfolio"}
_INLINE = {"a", "abbr", "b", "code", "em", "i", "small", "span", "strong", "sub", "sup", "time"}
PAGE_SIZES = {"letter": (612.0, 792.0), "A4": (595.276, 841.89)}
_PRIVATE_USE = re.compile("[\ue000-\uf8ff\U000f0000-\U0010ffff\ufffd]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class Report:
    path: Path
    facts: list[tuple[str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    text: str = ""

    def add(self, label: str, value: str) -> None:
        self.facts.append((label, value))

    def __str__(self) -> str:
        status = "ok" if not self.problems else f"{len(self.problems)} problem(s)"
        lines = [f"{self.path}: {status}"]
        lines += [f"  {label:<9} {value}" for label, value in self.facts]
        lines += [f"  problem:  {problem}" for problem in self.problems]
        return "\n".join(lines)


def check_pdf(path: Path) -> Report:
    report = Report(path)
    try:
        reader = pypdf.PdfReader(path)
        pages = reader.pages
        report.add("pages", f"{len(pages)} ({page_size(pages[0])})" if pages else "0")
    except (OSError, pypdf.errors.PyPdfError, ValueError) as error:
        report.problems.append(f"not a readable PDF ({error})")
        return report
    if not pages:
        report.problems.append("the PDF has no pages")
        return report
    check_text(reader, report)
    check_links(reader, report)
    check_fonts(reader, report)
    check_metadata(reader, report)
    check_source(reader, report)
    return report


def page_size(page: pypdf.PageObject) -> str:
    box = page.mediabox
    width, height = float(box.width), float(box.height)
    for name, (w, h) in PAGE_SIZES.items():
        if abs(width - w) < 1 and abs(height - h) < 1:
            return f"{name}, {width / 72:.2f} × {height / 72:.2f} in"
    return f"{width / 72:.2f} × {height / 72:.2f} in"


def check_text(reader: pypdf.PdfReader, report: Report) -> None:
    report.text = "\n".join(page.extract_text() or "" for page in reader.pages)
    words = words_of(report.text)
    first = " ".join(report.text.split())[:60]
    report.add("text", f"{len(words)} words, in reading order from “{first}…”")
    if not words:
        report.problems.append("no text can be extracted: a reader or ATS sees an empty page")
    stray = sorted(set(_PRIVATE_USE.findall(report.text) + _CONTROL.findall(report.text)))
    if stray:
        codes = ", ".join(f"U+{ord(char):04X}" for char in stray[:8])
        report.problems.append(f"private-use, missing or control glyphs in the text: {codes}")
    else:
        report.add("glyphs", "no private-use, missing or control glyphs")


def check_links(reader: pypdf.PdfReader, report: Report) -> None:
    external: list[str] = []
    internal = 0
    for number, page in enumerate(reader.pages, 1):
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") != "/Link":
                continue
            action = annotation.get("/A")
            action = action.get_object() if action is not None else {}
            if "/URI" in action:
                uri = str(action["/URI"])
                external.append(uri)
                if uri.split(":", 1)[0].lower() not in {"http", "https", "mailto", "tel"}:
                    report.problems.append(f"page {number}: a link to {uri!r}")
            elif "/Dest" in annotation or action.get("/S") == "/GoTo":
                internal += 1
            else:
                report.problems.append(f"page {number}: a link annotation with no target")
    targets = ", ".join(dict.fromkeys(external))
    report.add(
        "links",
        f"{len(external)} web/mail, {internal} internal" + (f": {targets}" if targets else ""),
    )


def check_fonts(reader: pypdf.PdfReader, report: Report) -> None:
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        _collect_fonts(page.get("/Resources"), fonts, set())
    names = ", ".join(sorted(fonts))
    missing = sorted(name for name, embedded in fonts.items() if not embedded)
    if missing:
        report.problems.append(
            f"fonts not embedded (a reader substitutes them): {', '.join(missing)}"
        )
    report.add("fonts", f"{len(fonts)}{', all embedded' if fonts and not missing else ''}: {names}")


def _collect_fonts(resources: Any, fonts: dict[str, bool], seen: set[int]) -> None:
    if resources is None:
        return
    resources = resources.get_object()
    for font in (resources.get("/Font") or {}).values():
        font = font.get_object()
        name = str(font.get("/BaseFont", "unnamed")).lstrip("/").split("+", 1)[-1].rstrip(",")
        fonts[name] = fonts.get(name, False) or _embedded(font)
    for xobject in (resources.get("/XObject") or {}).values():
        key = id(xobject.get_object())
        if key not in seen:
            seen.add(key)
            _collect_fonts(xobject.get_object().get("/Resources"), fonts, seen)


def _embedded(font: DictionaryObject) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # its glyphs are drawings inside the PDF
    for part in [font, *[d.get_object() for d in font.get("/DescendantFonts") or []]]:
        descriptor = part.get("/FontDescriptor")
        if descriptor is not None and any(
            key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
        ):
            return True
    return False


def check_metadata(reader: pypdf.PdfReader, report: Report) -> None:
    info: dict[str, Any] = dict(reader.metadata or {})
    catalog: Any = reader.trailer["/Root"].get_object()
    lang = catalog.get("/Lang")
    title, author = info.get("/Title"), info.get("/Author")
    subject, keywords = info.get("/Subject"), info.get("/Keywords")
    parts = [
        f"title “{title}”" if title else "no title",
        f"author “{author}”" if author else "no author",
        f"subject “{subject}”" if subject else "no subject",
        f"{len(str(keywords).split(','))} keywords" if keywords else "no keywords",
        f"language {lang}" if lang else "no language",
    ]
    report.add("metadata", ", ".join(parts))
    if not title:
        report.problems.append("no title: viewers and ATS show the file name instead")
    if not author:
        report.problems.append("no author in the metadata")


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


def check_source(reader: pypdf.PdfReader, report: Report) -> None:
    """Our own PDFs: the source is there, and every word the page should show is, in order."""
    data = embedded_files(reader).get(SOURCE_ATTACHMENT)
    if data is None:
        return
    try:
        from resume.source.loader import Source
        from resume.source.validate import validate

        source = Source(Path(f"{report.path}#{SOURCE_ATTACHMENT}"), json.loads(data))
        resume, _ = validate(source)
    except (UnicodeDecodeError, json.JSONDecodeError, UserError) as error:
        report.problems.append(f"the embedded {SOURCE_ATTACHMENT} is not a valid source: {error}")
        return
    output = output_of(resume, str(dict(reader.metadata or {}).get("/Title", "")))
    if output is None:
        report.add("source", f"{SOURCE_ATTACHMENT} ({len(data):,} bytes), for another document")
        return
    expected = expected_words(resume, output)
    share = in_order_share(expected, words_of(report.text))
    report.add(
        "source",
        f"{SOURCE_ATTACHMENT} ({len(data):,} bytes): {share:.1%} of the {len(expected)} words "
        f"its {_KIND[output]} shows are in the text, in order",
    )
    if share < 1:
        report.problems.append(
            f"{1 - share:.1%} of the words are missing or out of reading order"
            + first_difference(expected, words_of(report.text))
        )


def first_difference(expected: list[str], found: list[str]) -> str:
    """Where the text first departs from what the source says, to show a person."""
    matcher = difflib.SequenceMatcher(a=expected, b=found, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag in ("replace", "delete"):
            want = " ".join(expected[max(a1 - 2, 0) : a2 + 2][:12])
            got = " ".join(found[max(b1 - 2, 0) : b2 + 2][:12])
            return f", first at “{want}”, which the text has as “{got}”"
    return ""


def output_of(resume: Any, title: str) -> Any:
    """Which of our outputs a PDF is, by the title we would have given it."""
    from resume.content.view import make_document

    for output in ("resume", "portfolio"):
        if make_document(resume, output).title == title:
            return output
    return None


def expected_words(resume: Any, output: Any) -> list[str]:
    """The words the output shows, in document order: its HTML body with the markup taken out."""
    from resume.content.view import make_document
    from resume.theme.templating import environment, render_html
    from resume.theme.themes import load_theme

    try:
        theme = load_theme(resume.render.theme or "compact")
    except UserError:
        theme = load_theme("compact")
    page = render_html(environment(theme), make_document(resume, output))
    return words_of(_body_text(page))


_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"


def words_of(text: str) -> list[str]:
    """Words as a reader sees them: case, ligatures and punctuation folded away, and hyphenated
    compounds made one word (extractors join a compound broken at its hyphen: Fail-/Open)."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"(?<=\w)[-\u2010\u2011]\s*(?=\w)", "", text)
    # Chinese and Japanese put no spaces between words and may wrap anywhere: each ideograph
    # or kana counts as a word, so a line break inside a run of them loses nothing.
    return re.findall(rf"[{_CJK}]|[^\W{_CJK}]+", text)


def in_order_share(expected: list[str], found: list[str]) -> float:
    """The share of `expected` that `found` holds in the same order (longest common subsequence)."""
    if not expected:
        return 1.0
    return lcs_length(expected, found) / len(expected)


def lcs_length(a: list[str], b: list[str]) -> int:
    """Bit-parallel longest common subsequence (Allison and Dix): fast enough for whole pages."""
    masks: dict[str, int] = {}
    for index, word in enumerate(a):
        masks[word] = masks.get(word, 0) | (1 << index)
    full = (1 << len(a)) - 1
    row = full
    for word in b:
        match = row & masks.get(word, 0)
        row = ((row + match) | (row - match)) & full
    return len(a) - bin(row).count("1")


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag in ("head", "script", "style"):
            self.skip += 1
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("head", "script", "style"):
            self.skip -= 1
        if tag not in _INLINE:
            self.parts.append(" ")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def _body_text(page: str) -> str:
    parser = _Text()
    parser.feed(page)
    return "".join(parser.parts)
