"""The short flags people expect of `resume render` (-t and -o are used in tests/test_provenance.py)."""

from __future__ import annotations

from typer.main import get_command

from resume.cli.app import app


def test_render_takes_the_short_flags() -> None:
    render = get_command(app).commands["render"]  # type: ignore[attr-defined]
    flags = {tuple(sorted(param.opts)) for param in render.params}
    assert {("--theme", "-t"), ("--out", "-o"), ("--watch", "-w")} <= flags
