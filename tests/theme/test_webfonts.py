"""The web page's fonts: cut to the characters the page shows, WOFF2, with honest ranges."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from resume.build import RenderOptions, render
from resume.theme import fonts, webfonts
from resume.theme.webfonts import unicode_range, web_fonts

ROOT = Path(__file__).resolve().parents[2]


def _regular() -> Path:
    return next(
        f.path
        for f in fonts.available()["Source Sans 3"]
        if (f.weight, f.style) == ("400", "normal")
    )


def test_each_font_draws_the_page_text_and_says_so_in_its_range() -> None:
    regular = _regular()
    shipped = web_fonts([regular], "Zoë Çelik — naïve “quotes” 田")
    data = shipped.files["SourceSans3-Regular.woff2"]
    assert data[:4] == b"wOF2"
    font = TTFont(io.BytesIO(data))
    drawn = set(font.getBestCmap())
    for char in "ZoëÇelik—naïve“”ËçZOE":  # each letter in both cases, for text-transform
        assert ord(char) in drawn, char
    assert ord("田") not in drawn  # Source Sans has no CJK: a fallback draws it
    assert ord("Ж") not in drawn  # not on the page, so cut
    assert shipped.ranges[regular] == unicode_range(frozenset(drawn))
    assert shipped.urls[regular] == "fonts/SourceSans3-Regular.woff2"
    assert len(data) < 20_000 < regular.stat().st_size


def test_unicode_range_is_the_fewest_runs() -> None:
    assert unicode_range(frozenset({0x41, 0x42, 0x43, 0xE9, 0x2014})) == "U+41-43, U+E9, U+2014"


def test_the_default_page_ships_under_200_kb_of_fonts_that_swap(tmp_path: Path) -> None:
    out = tmp_path / "site"
    render(RenderOptions(source=ROOT / "data" / "resume.yaml", out=out, outputs=("site",)))
    shipped = list((out / "assets" / "fonts").iterdir())
    assert shipped and all(p.suffix == ".woff2" for p in shipped)
    assert sum(p.stat().st_size for p in shipped) < 200_000
    css = (out / "assets" / "style.css").read_text(encoding="utf-8")
    faces = re.findall(r"@font-face \{[^}]*\}", css)
    assert len(faces) == len(shipped)
    assert all("font-display: swap;" in face and "unicode-range: U+" in face for face in faces)


def test_a_cut_is_kept_on_disk_and_read_back_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regular = _regular()
    monkeypatch.setenv("RESUME_CACHE", str(tmp_path / "cache"))
    webfonts.subset.cache_clear()
    made = web_fonts([regular], "Kept once")
    [kept] = (tmp_path / "cache" / "webfonts").iterdir()
    assert kept.read_bytes() == made.files["SourceSans3-Regular.woff2"]
    webfonts.subset.cache_clear()  # as a new process: read from disk, not cut again
    with monkeypatch.context() as patch:
        patch.setattr(webfonts, "_cut", lambda *_: pytest.fail("cut again"))
        assert web_fonts([regular], "Kept once") == made
    webfonts.subset.cache_clear()
    other = web_fonts([regular], "Ж other characters, another cut")
    assert len(list((tmp_path / "cache" / "webfonts").iterdir())) == 2
    assert other.ranges != made.ranges


def test_an_empty_cache_setting_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regular = _regular()
    monkeypatch.setenv("RESUME_CACHE", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    webfonts.subset.cache_clear()
    assert web_fonts([regular], "Not kept").files
    assert not any(tmp_path.iterdir())
