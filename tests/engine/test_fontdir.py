"""A font configuration's folder of fonts is removed by the process that made it, and only by it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from weasyprint import CSS

from resume.engine.fontdir import OwnFonts
from resume.theme.fonts import available

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def fonts_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> OwnFonts:
    """A configuration holding one bundled font, its folder made under `tmp_path`."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again
    fonts = OwnFonts()
    font = available()["Noto Sans"][0].path.as_uri()
    CSS(string=f'@font-face {{ font-family: Probe; src: url("{font}") }}', font_config=fonts)
    return fonts


def folders(tmp_path: Path) -> list[str]:
    return sorted(p.name[:11] for p in tmp_path.glob("weasyprint-*"))


def test_a_child_dropping_its_parents_fonts_leaves_them_to_the_parent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fonts = fonts_in(tmp_path, monkeypatch)
    child = tmp_path / "child"
    child.mkdir()
    pid = os.fork()
    if not pid:  # the child: what a batch worker does when its cache lets go, then at its end
        try:
            del fonts
            own = fonts_in(child, monkeypatch)
            made = folders(child)
            own.close()
            (tmp_path / "seen").write_text(f"{made} then {folders(child)}", encoding="utf-8")
        finally:
            os._exit(0)
    os.waitpid(pid, 0)
    assert folders(tmp_path) == ["weasyprint-"]  # the parent's, still there to render with
    assert (tmp_path / "seen").read_text(encoding="utf-8") == "['weasyprint-'] then []"
    fonts.close()
    assert folders(tmp_path) == []
