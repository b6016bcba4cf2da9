"""The text four kinds of reader get from a PDF: pypdf (many Python ATS), pdftotext (poppler,
layout-based), pdfminer.six (many résumé parsers) and pdf.js (browsers and web-based ATS).

pypdf is always there; the others are used when present. pdf.js runs under Node from a folder
holding pdfjs-dist's legacy build (make test puts it in .cache/pdfjs), found
through $PDFJS_DIR or ./.cache/pdfjs. Node starts once for a batch of PDFs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pypdf

from resume.check.openresume import TextItem, read_text

PDFJS_SCRIPT = Path(__file__).with_name("pdfjs_items.mjs")
EXTRACTORS = ("pypdf", "pdftotext", "pdfminer", "pdf.js")


@dataclass(frozen=True)
class Extracted:
    """One reader's text of one PDF. `items` are pdf.js's text items that hold more than
    whitespace, as pdf.js gives them (empty for the other readers)."""

    reader: str
    text: str
    items: Sequence[str] = field(default_factory=tuple)
    error: str = ""


def pdfjs_dir() -> Path | None:
    """The folder with pdfjs-dist's pdf.mjs, if pdf.js and Node are both here."""
    folder = Path(os.environ.get("PDFJS_DIR", ".cache/pdfjs"))
    if shutil.which("node") and (folder / "pdf.mjs").is_file():
        return folder
    return None


def available() -> list[str]:
    """The readers this machine has, pypdf first."""
    found = ["pypdf"]
    if shutil.which("pdftotext"):
        found.append("pdftotext")
    try:
        import pdfminer.high_level  # noqa: F401
    except ImportError:
        pass
    else:
        found.append("pdfminer")
    if pdfjs_dir():
        found.append("pdf.js")
    return found


def extract_all(paths: Sequence[Path], readers: Sequence[str]) -> dict[Path, list[Extracted]]:
    """Every PDF read by every reader; pdf.js reads the whole batch in one run of Node."""
    pdfjs = read_pdfjs(paths) if "pdf.js" in readers else {}
    result: dict[Path, list[Extracted]] = {}
    for path in paths:
        found = [_read(reader, path) for reader in readers if reader != "pdf.js"]
        if "pdf.js" in readers:
            found.append(pdfjs[path])
        result[path] = found
    return result


def _read(reader: str, path: Path) -> Extracted:
    try:
        if reader == "pypdf":
            pages = pypdf.PdfReader(path).pages
            return Extracted(reader, "\n".join(page.extract_text() or "" for page in pages))
        if reader == "pdftotext":
            return Extracted(reader, _pdftotext(path))
        from pdfminer.high_level import extract_text

        return Extracted(reader, extract_text(path))
    except Exception as error:  # a reader that fails is reported, not fatal: it is its verdict
        return Extracted(reader, "", error=f"{type(error).__name__}: {error}")


def _pdftotext(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8", "replace")


def read_pdfjs(paths: Sequence[Path]) -> dict[Path, Extracted]:
    """pdf.js's items for each PDF, read as OpenResume, a parser built on pdf.js, reads them
    (resume/check/openresume.py)."""
    folder = pdfjs_dir()
    if folder is None or not paths:
        return {path: Extracted("pdf.js", "", error="pdf.js is not installed") for path in paths}
    try:
        done = subprocess.run(
            ["node", str(PDFJS_SCRIPT), str(folder), *map(str, paths)],
            capture_output=True,
            check=True,
            timeout=60 + 10 * len(paths),
        )
        results = json.loads(done.stdout)
    except (subprocess.SubprocessError, json.JSONDecodeError) as error:
        return {path: Extracted("pdf.js", "", error=str(error)) for path in paths}
    return {path: _as_openresume_reads(result) for path, result in zip(paths, results, strict=True)}


def _as_openresume_reads(result: dict[str, Any]) -> Extracted:
    if "error" in result:
        return Extracted("pdf.js", "", error=result["error"])
    pages = [[TextItem.from_pdfjs(item) for item in page] for page in result["pages"]]
    items = tuple(item.text for page in pages for item in page if item.text.strip())
    return Extracted("pdf.js", read_text(pages), items)
