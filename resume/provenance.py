"""Where a PDF came from: the tool's version, the source's SHA-256 and, in a git work tree, the
commit and whether the tree was dirty, with the options it was rendered with. Written into every
PDF's XMP metadata (see engine/pdf.py) and read back by `resume verify`.

Nothing here imports WeasyPrint or pypdf: `resume --version` and a render's set-up stay quick."""

from __future__ import annotations

import functools
import hashlib
import subprocess
import xml.etree.ElementTree as ElementTree
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

# The XMP namespace of our properties; a URI names it, nothing is fetched from it.
NAMESPACE = "https://resume.invalid/ns/provenance/1.0/"
PREFIX = "resume"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_GIT_SECONDS = 5


@functools.cache
def tool_version() -> str:
    """The installed version of this tool, as its package metadata says."""
    try:
        return metadata.version("resume")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown"


@functools.cache
def font_package() -> str:
    """The font package the themes draw from: another version may draw other glyphs."""
    try:
        return f"rendercv-fonts {metadata.version('rendercv-fonts')}"
    except metadata.PackageNotFoundError:
        return "unknown"


@dataclass(frozen=True)
class Origin:
    """Where a source came from: its bytes' SHA-256 and, in a git work tree, the commit
    checked out and whether the tree had uncommitted changes."""

    sha256: str
    commit: str | None = None
    dirty: bool | None = None


def origin_of(source: Path) -> Origin:
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    commit, dirty = git_state(source.resolve().parent)
    return Origin(digest, commit, dirty)


def git_state(folder: Path) -> tuple[str | None, bool | None]:
    """The commit checked out in the work tree holding `folder`, and whether tracked files differ
    from it; (None, None) outside a work tree or without git."""
    commit = _git(folder, "rev-parse", "--verify", "--quiet", "HEAD")
    if not commit:
        return None, None
    status = _git(folder, "--no-optional-locks", "status", "--porcelain", "--untracked-files=no")
    return commit, bool(status)


def _git(folder: Path, *arguments: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(folder), *arguments],
            capture_output=True,
            text=True,
            timeout=_GIT_SECONDS,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


@dataclass(frozen=True)
class Settings:
    """The options a PDF was rendered with: what `resume verify` renders it again with."""

    theme: str
    page_size: str
    pages: int
    variant: str | None = None


def record(origin: Origin, settings: Settings) -> dict[str, str]:
    """The properties written into the PDF's XMP, in a fixed order: the same bytes every build."""
    properties = {
        "version": tool_version(),
        "fonts": font_package(),
        "sourceSha256": origin.sha256,
    }
    if origin.commit:
        properties["commit"] = origin.commit
        properties["dirty"] = "true" if origin.dirty else "false"
    properties |= {"theme": settings.theme, "pageSize": settings.page_size}
    properties["pages"] = str(settings.pages)
    if settings.variant:
        properties["variant"] = settings.variant
    return properties


def xmp_description(properties: Mapping[str, str]) -> ElementTree.Element:
    """An rdf:Description holding `properties` in our namespace, for the XMP packet."""
    ElementTree.register_namespace(PREFIX, NAMESPACE)
    description = ElementTree.Element(f"{{{_RDF}}}Description", {f"{{{_RDF}}}about": ""})
    for name, value in properties.items():
        ElementTree.SubElement(description, f"{{{NAMESPACE}}}{name}").text = value
    return description


def read_xmp(packet: bytes) -> dict[str, str]:
    """Our properties from an XMP packet; empty when it has none (or is not XML)."""
    start, end = packet.find(b"<x:xmpmeta"), packet.rfind(b"</x:xmpmeta>")
    if start < 0 or end < 0:
        return {}
    try:
        root = ElementTree.fromstring(packet[start : end + len(b"</x:xmpmeta>")])
    except ElementTree.ParseError:
        return {}
    return {
        element.tag.removeprefix(f"{{{NAMESPACE}}}"): element.text or ""
        for element in root.iter()
        if element.tag.startswith(f"{{{NAMESPACE}}}")
    }
