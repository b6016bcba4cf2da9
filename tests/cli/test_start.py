"""What a new user starts from: `resume themes` lists the built-in themes and then the local
ones, each with its layout (a local theme takes the one of the theme it extends) and where it
is; `resume new` writes a starter and says the command that renders it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from resume.theme.themes import builtin_names

runner = CliRunner()


def test_a_local_theme_is_listed_after_the_built_in_ones_with_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "themes" / "mine"
    mine.mkdir(parents=True)
    (mine / "theme.yaml").write_text(
        "name: mine\ndescription: Mine, on the sidebar.\nextends: sidebar\n", encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["themes"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == [*builtin_names(), "mine"]
    assert lines[-1].split(maxsplit=2)[1:] == [
        "two-column",
        f"Mine, on the sidebar.  [local: {mine.resolve()}]",
    ]
    assert "[local:" not in "".join(lines[:-1])


def test_new_says_how_to_render_what_it_wrote(tmp_path: Path) -> None:
    target = tmp_path / "cv.yaml"
    result = runner.invoke(app, ["new", str(target)])
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {target}; fill it in, then run: resume render {target}\n"
    assert target.is_file()
