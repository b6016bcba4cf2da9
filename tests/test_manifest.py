"""out/assets/ holds what the last page uses: the tool removes the files it wrote there before
and no longer uses, and never a file it did not write."""

from __future__ import annotations

import json
from pathlib import Path

from resume.build import RenderOptions, render
from resume.manifest import MANIFEST
from resume.write import write_all
from tests.conftest import DEFAULT_SOURCE


def files_in(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file()}


def test_a_second_theme_leaves_only_its_own_assets(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "assets").mkdir(parents=True)
    (out / "assets" / "mine.css").write_text("the user's own")
    (out / "notes.txt").write_text("the user's own")
    for theme in ("modern", "classic"):
        render(RenderOptions(source=DEFAULT_SOURCE, out=out, theme=theme, outputs=["site"]))
    fonts = {"EBGaramond", "XCharter"}  # .ttf and .otf: compared without suffixes
    stems = {Path(name).with_suffix("").as_posix() for name in files_in(out / "assets")}
    assert stems == {
        Path(MANIFEST).stem,
        "mine",
        "style",
        *(f"fonts/{family}-{style}" for family in fonts for style in ("Regular", "Bold", "Italic", "BoldItalic")),
    }  # fmt: skip
    assert (out / "notes.txt").read_text() == "the user's own"
    listed = json.loads((out / "assets" / MANIFEST).read_text())["files"]
    assert "mine.css" not in listed and "style.css" in listed


def test_a_manifest_that_names_files_elsewhere_is_not_obeyed(tmp_path: Path) -> None:
    assets = tmp_path / "out" / "assets"
    assets.mkdir(parents=True)
    (tmp_path / "out" / "notes.txt").write_text("keep")
    (assets / "old.css").write_text("ours")
    (assets / "fonts").symlink_to(tmp_path)  # a link out: its files are not ours to remove
    (tmp_path / "x.ttf").write_text("keep")
    previous = ["old.css", "../notes.txt", str(tmp_path / "out" / "notes.txt"), "fonts/x.ttf"]
    (assets / MANIFEST).write_text(json.dumps({"files": previous}))
    write_all({assets / "style.css": "new"}, {assets: {assets / "style.css"}})
    assert not (assets / "old.css").exists()
    assert (tmp_path / "out" / "notes.txt").read_text() == "keep"
    assert (tmp_path / "x.ttf").read_text() == "keep"
    assert json.loads((assets / MANIFEST).read_text()) == {"files": ["style.css"]}


def test_a_render_without_the_page_leaves_the_assets_alone(tmp_path: Path) -> None:
    out = tmp_path / "out"
    render(RenderOptions(source=DEFAULT_SOURCE, out=out, theme="modern", outputs=["site"]))
    before = files_in(out / "assets")
    render(RenderOptions(source=DEFAULT_SOURCE, out=out, theme="classic", outputs=["resume"]))
    assert files_in(out / "assets") == before
