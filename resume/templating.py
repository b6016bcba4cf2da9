"""Jinja: one environment per theme, templates found on the theme's search path."""

from __future__ import annotations

from typing import Any

import jinja2
from markupsafe import Markup

from resume.icons import icon
from resume.themes import Theme
from resume.view import Document


def environment(theme: Theme) -> jinja2.Environment:
    """Autoescaping on everywhere: text from the source is text, never markup."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([str(path) for path in theme.template_dirs]),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["icon"] = icon if theme.icons else no_icon
    return env


def no_icon(kind: str) -> Markup:
    return Markup()


def render_html(env: jinja2.Environment, doc: Document, **context: Any) -> str:
    context.setdefault("stylesheets", [])
    return env.get_template(f"{doc.output}.html").render(doc=doc, **context)
