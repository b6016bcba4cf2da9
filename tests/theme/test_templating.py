"""A downloaded theme's templates run in Jinja's sandbox: they read the document, never Python;
a broken one is an error at its file and line, not a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from tests.conftest import DEFAULT_SOURCE

ESCAPE = '{{ doc.__class__.__init__.__globals__["__builtins__"]["__import__"]("os").system("touch {marker}") }}'
CASES = {
    "python-escape": (
        ESCAPE,
        "2: not allowed in a theme's template: access to attribute '__init__'",
    ),
    "cycler-escape": (
        '{{ cycler.__init__.__globals__.os.system("touch {marker}") }}',
        "2: not allowed in a theme's template: access to attribute '__init__'",
    ),
    "format-escape": (
        '{{ "{0.__class__}".format(doc) }}',
        "2: not allowed in a theme's template: access to attribute '__class__'",
    ),
    "mutation": ("{{ doc.labels.update({'x': 1}) }}", "2: not allowed in a theme's template"),
    "syntax": ("<p>{{ doc.name }</p>", "2: unexpected '}'"),
    "undefined": (
        "<p>{{ doc.nmae }}</p>",
        "2: 'resume.content.view.Document object' has no attribute 'nmae'",
    ),
    "huge-loop": ("{% for i in range(10**9) %}x{% endfor %}", "2: Range too big."),
    "recursion": (
        "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
        "2: a macro or include that never ends",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_theme_template_cannot_reach_python_or_crash(case: str, tmp_path: Path) -> None:
    body, message = CASES[case]
    marker = tmp_path / "pwned"
    theme = tmp_path / "theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: hostile\nextends: compact\n")
    template = theme / "templates" / "resume.html"
    template.write_text(
        '{% extends "base.html" %}{% block body %}\n'
        + body.replace("{marker}", str(marker))
        + "\n{% endblock %}\n"
    )
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app,
        [
            "render",
            str(DEFAULT_SOURCE),
            "--theme",
            str(theme),
            "--only",
            "resume",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith(f"{template}:{message}"), result.stderr
    assert "Traceback" not in result.output
    assert not marker.exists()
    assert not out.exists()


def test_compiled_templates_are_kept_and_a_changed_one_compiles_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import jinja2

    from resume.theme import templating
    from resume.theme.themes import load_theme

    theme = tmp_path / "themes" / "mine"
    (theme / "templates").mkdir(parents=True)
    (theme / "theme.yaml").write_text("name: mine\nextends: compact\n", encoding="utf-8")
    (theme / "templates" / "greeting.html").write_text("Hello {{ name }}", encoding="utf-8")
    monkeypatch.setenv("RESUME_CACHE", str(tmp_path / "cache"))
    kept = tmp_path / "cache" / f"templates-{jinja2.__version__}"

    def fresh_render() -> str:  # as a new process would: no environment in memory
        templating._environment.cache_clear()
        env = templating.environment(load_theme(str(theme)))
        return env.get_template("greeting.html").render(name="Ada")

    assert fresh_render() == "Hello Ada"
    assert len(list(kept.iterdir())) == 1
    (theme / "templates" / "greeting.html").write_text("Bye {{ name }}", encoding="utf-8")
    assert fresh_render() == "Bye Ada"  # the kept code is for the old text: compiled again
    templating._environment.cache_clear()
