"""A downloaded theme's templates run in Jinja's sandbox: they read the document, never Python;
a broken one is an error at its file and line, not a traceback. What the templates make is what
the PDFs show, the source's bold and italic included."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pdfminer.high_level import extract_pages
from pdfminer.layout import LTChar, LTTextContainer
from typer.testing import CliRunner

from resume.cli.app import app
from resume.theme.themes import builtin_names
from tests.conftest import DEFAULT_SOURCE, ROOT
from tests.showcase import Showcases

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


EXAMPLE = ROOT / "data" / "example.yaml"
# Markdown's **bold** and *italic*, with the word before and after the run (its words may be
# shown plainly elsewhere: Bazel among the skills)
EMPHASIS = {
    "Bold": r"\*\*(.+?)\*\*",
    "Italic": r"(?<![*\w])\*([^*\s](?:[^*]*?[^*\s])?)\*(?![*\w])",
}


def texts(value: Any) -> Iterator[str]:
    """The source's texts, but a project's description: the résumé sets it in the entry's
    heading line, plainly, as the web page does."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, inner in value.items():
            if key != "description":
                yield from texts(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from texts(inner)


def emphasised(face: str) -> list[tuple[str, str, str]]:
    """Each run the source sets in `face`: (the word before it, its words, what follows it)."""
    pattern = re.compile(r"(\S+)\s+" + EMPHASIS[face] + r"(\S*\s+\S+)", re.DOTALL)
    source = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    return [
        (found[1], " ".join(found[2].split()), found[3].strip())
        for text in texts(source)
        for found in pattern.finditer(text)
    ]


def text_and_fonts(pdf: Path) -> tuple[str, list[str]]:
    """The PDF's text as pdfminer reads it, and the font of each of its characters."""
    text: list[str] = []
    fonts: list[str] = []
    for page in extract_pages(pdf):
        for box in page:
            if not isinstance(box, LTTextContainer):
                continue
            for line in box:
                for glyph in line:
                    piece = unicodedata.normalize("NFKC", glyph.get_text())
                    text.append(piece)
                    fonts += [glyph.fontname if isinstance(glyph, LTChar) else ""] * len(piece)
    return "".join(text), fonts


def _loose(words: str) -> str:
    """`words` as a pattern that lets a line break between them, or after a hyphen."""
    return r"\s*".join(re.escape(word).replace(r"\-", r"-\s*") for word in words.split())


def fonts_of(run: tuple[str, str, str], text: str, fonts: list[str]) -> list[set[str]]:
    """The fonts of the run's words, at each place the text shows them between their
    neighbours."""
    before, words, after = run
    pattern = rf"{_loose(before)}\s+({_loose(words)})\s*{_loose(after)}"
    return [
        {fonts[at] for at in range(*found.span(1)) if not text[at].isspace()}
        for found in re.finditer(pattern, text)
    ]


@pytest.mark.parametrize("face", list(EMPHASIS))
@pytest.mark.parametrize("theme", builtin_names())
def test_the_sources_bold_and_italic_words_are_set_in_bold_and_italic_in_the_resume(
    showcases: Showcases, theme: str, face: str
) -> None:
    pdf = showcases.get("example", theme).resume
    assert pdf is not None
    text, fonts = text_and_fonts(pdf)
    shown = {run[1]: found for run in emphasised(face) if (found := fonts_of(run, text, fonts))}
    assert shown, f"none of {emphasised(face)} in the résumé"
    faces = ("Italic", "Oblique") if face == "Italic" else (face,)
    for words, found in shown.items():
        for names in found:
            plain = [name for name in names if not any(kind in name for kind in faces)]
            assert plain == [], f"“{words}” set in {plain}"
