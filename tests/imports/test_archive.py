"""A zip from a stranger is refused before anything is unpacked when it declares too much or
names a place outside itself; the refusal names the formats, and no source is written."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from resume.errors import UserError
from resume.imports import run_import
from tests.imports.hostile import READS

PROFILE = "First Name,Last Name\nAda,Lovelace\n"


def _refused(path: Path, tmp_path: Path) -> str:
    out = tmp_path / "out.yaml"
    with pytest.raises(UserError) as error:
        run_import(path, out)
    assert not out.exists()
    return str(error.value)


def test_a_zip_of_too_many_members_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Profile.csv", PROFILE)
        for index in range(500):
            archive.writestr(f"x/{index}.txt", "")
    assert _refused(path, tmp_path) == (
        f"{path}: refused, the zip holds 501 members (an export has at most 500); nothing was"
        f" unpacked\n{READS}"
    )


def _declaring(path: Path, size: int) -> None:
    """A zip whose Positions.csv declares `size` bytes unpacked (as a crafted bomb would)
    while it holds ten: its central directory's record says so, where readers look."""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Profile.csv", PROFILE)
        archive.writestr("Positions.csv", b"0123456789")
    data = bytearray(path.read_bytes())
    record = data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 1)  # the second member's
    data[record + 24 : record + 28] = struct.pack("<I", size)
    path.write_bytes(bytes(data))


def test_a_tiny_zip_that_declares_gigabytes_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    _declaring(path, 4_000_000_000)
    assert path.stat().st_size < 1_000
    assert _refused(path, tmp_path) == (
        f"{path}: refused, the zip would unpack to 4,000,000,034 bytes (at most 100,000,000);"
        f" nothing was unpacked\n{READS}"
    )


def test_one_member_that_unpacks_far_more_than_it_packs_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ratio.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Positions.csv", bytes(2_000_000))
        packed = archive.getinfo("Positions.csv").compress_size
    assert _refused(path, tmp_path) == (
        f"{path}: refused, the member 'Positions.csv' would unpack 2,000,000 bytes from"
        f" {packed:,} (a zip bomb); nothing was unpacked\n{READS}"
    )


@pytest.mark.parametrize("name", ["../Profile.csv", "/etc/Profile.csv", "a/../../Profile.csv"])
def test_a_member_named_outside_the_zip_is_refused(tmp_path: Path, name: str) -> None:
    path = tmp_path / "escape.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo(name), PROFILE)
    assert _refused(path, tmp_path) == (
        f"{path}: refused, the member '{name}' points outside the zip; nothing was unpacked\n"
        f"{READS}"
    )
    assert not (tmp_path.parent / "Profile.csv").exists()


def test_a_zip_with_something_else_in_it_names_the_formats(tmp_path: Path) -> None:
    path = tmp_path / "holiday.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("photo.jpg", b"\xff\xd8\xff")
        archive.writestr("notes.txt", "sunny")
    assert _refused(path, tmp_path) == (f"{path}: not a format `resume import` knows. {READS}")


def test_a_broken_zip_names_the_formats(tmp_path: Path) -> None:
    path = tmp_path / "cut.zip"
    path.write_bytes(b"PK\x03\x04" + bytes(40))
    assert _refused(path, tmp_path) == (f"{path}: a broken zip (File is not a zip file)\n{READS}")
