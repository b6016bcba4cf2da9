"""`resume verify`: is this PDF exactly what its embedded source makes? Render the source again
with the options the PDF records, compare the bytes, and when they differ say why: the
metadata, the tool or font package that made it, or the text on its pages."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pypdf

from resume import provenance
from resume.check import source_text_of
from resume.errors import UserError

_METADATA = {"/Title": "title", "/Author": "author", "/Subject": "subject", "/Keywords": "keywords"}
_RECORDED = {
    "version": "tool version",
    "fonts": "font package",
    "theme": "theme",
    "pageSize": "page size",
    "pages": "pages",
    "variant": "variant",
}


@dataclass
class Verdict:
    pdf: Path
    recorded: dict[str, str]
    differences: list[str] = field(default_factory=list)

    @property
    def identical(self) -> bool:
        return not self.differences

    def __str__(self) -> str:
        made = f"resume {self.recorded.get('version', '?')}, theme {self.recorded.get('theme')}"
        if commit := self.recorded.get("commit"):
            dirty = " (dirty tree)" if self.recorded.get("dirty") == "true" else ""
            made += f", commit {commit[:12]}{dirty}"
        if self.identical:
            return f"{self.pdf}: identical to what its embedded source makes ({made})"
        lines = [f"{self.pdf}: differs from what its embedded source makes ({made}):"]
        return "\n".join(lines + [f"  - {difference}" for difference in self.differences])


def xmp_packet(reader: pypdf.PdfReader) -> bytes:
    stream: Any = reader.root_object.get("/Metadata")
    return bytes(stream.get_object().get_data()) if stream is not None else b""


def recorded_provenance(reader: pypdf.PdfReader, pdf: Path) -> dict[str, str]:
    recorded = provenance.read_xmp(xmp_packet(reader))
    if "sourceSha256" not in recorded or "output" not in recorded:
        raise UserError(f"{pdf}: records no provenance in its XMP metadata; render it again")
    return recorded


def verify(pdf: Path) -> Verdict:
    """Render `pdf`'s embedded source again as the PDF records, and compare."""
    text = source_text_of(pdf)  # a UserError for a PDF that is not ours
    original = pypdf.PdfReader(pdf)
    recorded = recorded_provenance(original, pdf)
    verdict = Verdict(pdf, recorded)
    with tempfile.TemporaryDirectory(prefix="resume-verify-") as folder:
        date = original.metadata.creation_date if original.metadata else None
        again = render_again(Path(folder), text, recorded, date)
        if again.read_bytes() != pdf.read_bytes():
            verdict.differences = explain(original, pypdf.PdfReader(again), recorded)
    return verdict


def render_again(folder: Path, text: str, recorded: dict[str, str], date: datetime | None) -> Path:
    from resume.build import RenderOptions, render

    source = folder / "resume.json"
    source.write_text(text, encoding="utf-8")
    origin = provenance.Origin(
        recorded["sourceSha256"],
        recorded.get("commit"),
        recorded["dirty"] == "true" if "dirty" in recorded else None,
    )
    options = RenderOptions(
        source=source,
        out=folder / "out",
        theme=recorded.get("theme"),
        outputs=[recorded["output"]],
        page_size=recorded.get("pageSize"),
        pages=int(recorded.get("pages", "1")),
        date=date,
        variant=recorded.get("variant"),
        origin=origin,
    )
    (written,) = render(options).written
    return written.path


def explain(
    original: pypdf.PdfReader, again: pypdf.PdfReader, recorded: dict[str, str]
) -> list[str]:
    """Why the bytes differ, most telling first; a difference that none of these explain is
    one of layout or drawing."""
    ours = provenance.read_xmp(xmp_packet(again))
    found = [
        f"{label}: {recorded.get(key, 'none')} made the PDF, {ours.get(key, 'none')} renders it now"
        for key, label in _RECORDED.items()
        if recorded.get(key) != ours.get(key)
    ]
    found += metadata_differences(original, again)
    found += text_differences(original, again)
    if recorded.get("condensed") == "true" and not found:
        # The page was cut from a longer source, which the PDF does not carry: laid out on its
        # own, the shorter source fits with another setting.
        return [
            "it was condensed from a longer source that it does not carry; its embedded source "
            "(what the page shows) has the same text and metadata, but lays out differently"
        ]
    return found or ["the same text and metadata, but not the same bytes (layout or drawing)"]


def metadata_differences(original: pypdf.PdfReader, again: pypdf.PdfReader) -> list[str]:
    had, has = dict(original.metadata or {}), dict(again.metadata or {})
    return [
        f"metadata {label} changed: “{had.get(key, '')}” in the PDF, "
        f"“{has.get(key, '')}” from its source"
        for key, label in _METADATA.items()
        if str(had.get(key, "")) != str(has.get(key, ""))
    ]


def text_differences(original: pypdf.PdfReader, again: pypdf.PdfReader) -> list[str]:
    import difflib

    if len(original.pages) != len(again.pages):
        return [f"{len(original.pages)} pages in the PDF, {len(again.pages)} from its source"]
    found = []
    for number, (had, has) in enumerate(zip(original.pages, again.pages, strict=True), 1):
        old, new = had.extract_text().split(), has.extract_text().split()
        if old == new:
            continue
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
        _, a1, a2, b1, b2 = next(op for op in matcher.get_opcodes() if op[0] != "equal")
        shown, source = " ".join(old[a1 : a2 + 1][:10]), " ".join(new[b1 : b2 + 1][:10])
        found.append(f"page {number}: content changed, “{shown}” where its source has “{source}”")
    return found
