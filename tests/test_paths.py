"""Where the tool keeps what it can make again: RESUME_CACHE, else the XDG cache, else none."""

from __future__ import annotations

from pathlib import Path

import pytest

from resume.paths import cache_folder


def test_the_cache_folder_is_chosen_made_or_declined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RESUME_CACHE", str(tmp_path / "mine"))
    assert cache_folder("webfonts") == tmp_path / "mine" / "webfonts"
    assert (tmp_path / "mine" / "webfonts").is_dir()
    monkeypatch.delenv("RESUME_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder("templates") == tmp_path / "xdg" / "resume" / "templates"
    monkeypatch.setenv("RESUME_CACHE", "")  # set to nothing: keep nothing
    assert cache_folder("webfonts") is None
    (tmp_path / "file").write_text("in the way", encoding="utf-8")
    monkeypatch.setenv("RESUME_CACHE", str(tmp_path / "file"))  # cannot be made: no cache
    assert cache_folder("webfonts") is None
