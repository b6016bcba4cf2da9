"""A zip from a stranger, read without unpacking it to disk: refused before anything is
unpacked when it declares too much (a zip bomb) or names a member outside itself."""

from __future__ import annotations

import zipfile
from pathlib import Path, PurePosixPath

from resume.errors import UserError

ZIP_MAGIC = b"PK\x03\x04"
MAX_MEMBERS = 500  # a LinkedIn export has about 60
MAX_UNPACKED = 100_000_000  # bytes, all members together, as the zip declares them
MAX_RATIO = 200  # unpacked / packed, for a member over a megabyte (text packs 5-10 times)


def is_zip(head: bytes) -> bool:
    return head.startswith(ZIP_MAGIC)


def member_names(path: Path) -> dict[str, zipfile.ZipInfo]:
    """The zip's files by name, after checking what it declares; a UserError for a bomb or a
    member that names a place outside the archive."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise UserError(f"{path}: a broken zip ({error})") from None
    if len(infos) > MAX_MEMBERS:
        raise UserError(
            f"{path}: refused, the zip holds {len(infos):,} members (an export has at most"
            f" {MAX_MEMBERS}); nothing was unpacked"
        )
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNPACKED:
        raise UserError(
            f"{path}: refused, the zip would unpack to {declared:,} bytes (at most"
            f" {MAX_UNPACKED:,}); nothing was unpacked"
        )
    for info in infos:
        _check_member(path, info)
    return {info.filename: info for info in infos if not info.is_dir()}


def _check_member(path: Path, info: zipfile.ZipInfo) -> None:
    name = info.filename.replace("\\", "/")
    parts = PurePosixPath(name).parts
    if name.startswith("/") or ".." in parts or (parts and ":" in parts[0]):
        raise UserError(
            f"{path}: refused, the member '{info.filename}' points outside the zip; nothing"
            " was unpacked"
        )
    packed = max(info.compress_size, 1)
    if info.file_size > 1_000_000 and info.file_size / packed > MAX_RATIO:
        raise UserError(
            f"{path}: refused, the member '{info.filename}' would unpack {info.file_size:,}"
            f" bytes from {info.compress_size:,} (a zip bomb); nothing was unpacked"
        )


def read_member(path: Path, info: zipfile.ZipInfo) -> bytes:
    """One member's bytes, never more than it declared."""
    with zipfile.ZipFile(path) as archive, archive.open(info) as member:
        return member.read(info.file_size + 1)[: info.file_size]
