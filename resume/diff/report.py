"""A diff shown three ways from one structure: text for a terminal, Markdown for a pull request,
JSON for scripts. Each carries the same entries, fields and marked words."""

from __future__ import annotations

import dataclasses
import json
import re
from dataclasses import dataclass, field

from resume.diff.content import EntryChange, FieldChange

# What could start emphasis, code, a link or HTML; the rest of Markdown needs a line's start.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


@dataclass(frozen=True)
class PageChange:
    """What changed on one rendered résumé PDF (the résumé, or a variant's)."""

    pdf: str  # `résumé` or `résumé, variant backend`
    variant: str | None
    pages: tuple[int, int]
    fitting: tuple[str, str]
    left_out: list[str] = field(default_factory=list)  # what fitting now leaves out
    back_in: list[str] = field(default_factory=list)  # what it left out before, not now
    shown: list[EntryChange] = field(default_factory=list)  # changes the page shows
    images: list[str] = field(default_factory=list)  # before/after PNGs, with --png


@dataclass
class Diff:
    old: str
    new: str
    entries: list[EntryChange]
    pages: list[PageChange] | None = None  # None: not rendered (no --render)


def as_json(diff: Diff) -> str:
    return json.dumps(dataclasses.asdict(diff), indent=2, ensure_ascii=False) + "\n"


def counts(entries: list[EntryChange]) -> str:
    if not entries:
        return "no change of content"
    kinds = ("added", "removed", "moved", "changed")
    found = [(kind, sum(entry.kind == kind for entry in entries)) for kind in kinds]
    return ", ".join(f"{number} {kind}" for kind, number in found if number)


def as_text(diff: Diff) -> str:
    lines = [f"{diff.old} → {diff.new}: {counts(diff.entries)}"]
    lines += _entries_text(diff.entries, "  ")
    for page in diff.pages or []:
        lines += ["", _page_heading(page)]
        lines += [f"  now leaves out: {item}" for item in page.left_out]
        lines += [f"  no longer leaves out: {item}" for item in page.back_in]
        lines += _entries_text(page.shown, "  ")
        lines += [f"  image: {image}" for image in page.images]
        lines += [f"  {_UNCHANGED}"] if _unchanged(page) else []
    return "\n".join(lines) + "\n"


def _entries_text(entries: list[EntryChange], indent: str) -> list[str]:
    lines = []
    for entry in entries:
        lines.append(f"{indent}{entry.kind} {entry.section}: {entry.entry}{_place(entry)}")
        for change in entry.fields:
            lines.append(f"{indent}    {change.field}: {_field_text(change)}")
    return lines


def _place(entry: EntryChange) -> str:
    if entry.kind == "moved":
        return f" (from place {_ordinal(entry.old_index)} to {_ordinal(entry.new_index)})"
    return ""


def _ordinal(index: int | None) -> str:
    return str((index or 0) + 1)


def _field_text(change: FieldChange) -> str:
    if change.kind == "added":
        return f"{{+{change.new}+}}"
    if change.kind == "removed":
        return f"[-{change.old}-]"
    marks = {"equal": "{}", "delete": "[-{}-]", "insert": "{{+{}+}}"}
    return "".join(marks[s.op].format(s.text) for s in change.words)


_UNCHANGED = "nothing this page shows changed"


def _unchanged(page: PageChange) -> bool:
    return not (page.left_out or page.back_in or page.shown)


def _page_heading(page: PageChange) -> str:
    pages = f"{page.pages[0]} → {page.pages[1]} pages" if page.pages[0] != page.pages[1] else ""
    fitting = ""
    if page.fitting[0] != page.fitting[1]:
        fitting = f"fitting {page.fitting[0] or 'none'} → {page.fitting[1] or 'none'}"
    said = "; ".join(part for part in (pages, fitting) if part) or "same pages and fitting"
    return f"On the page, {page.pdf}: {said}"


def as_markdown(diff: Diff) -> str:
    lines = [f"### Résumé: `{diff.old}` → `{diff.new}`", "", f"{counts(diff.entries)}", ""]
    lines += _entries_markdown(diff.entries)
    for page in diff.pages or []:
        lines += ["", f"#### {_escape(_page_heading(page))}", ""]
        lines += [f"- now leaves out: {_escape(item)}" for item in page.left_out]
        lines += [f"- no longer leaves out: {_escape(item)}" for item in page.back_in]
        lines += _entries_markdown(page.shown)
        lines += [f"- image: `{image}`" for image in page.images]
        lines += [f"- {_UNCHANGED}"] if _unchanged(page) else []
    return "\n".join(lines) + "\n"


def _entries_markdown(entries: list[EntryChange]) -> list[str]:
    lines = []
    for entry in entries:
        name = _escape(entry.entry)
        lines.append(f"- **{entry.kind}** {entry.section}: {name}{_escape(_place(entry))}")
        lines += [f"  - `{change.field}`: {_field_markdown(change)}" for change in entry.fields]
    return lines


def _field_markdown(change: FieldChange) -> str:
    if change.kind == "added":
        return _mark("insert", change.new or "")
    if change.kind == "removed":
        return _mark("delete", change.old or "")
    marked = [_mark(s.op, s.text) for s in change.words]
    for index, segment in enumerate(change.words[1:], 1):
        if segment.op == "insert" and change.words[index - 1].op == "delete":
            marked[index] = " " + marked[index]  # `~~old~~ **new**`, not `~~old~~**new**`
    return "".join(marked)


def _mark(op: str, text: str) -> str:
    """Deleted words struck through, inserted ones bold; spaces stay outside the marks, where
    Markdown wants them."""
    if op == "equal" or not text.strip():
        return _escape(text)
    core = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    mark = "~~" if op == "delete" else "**"
    return f"{lead}{mark}{_escape(core)}{mark}{trail}"


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
