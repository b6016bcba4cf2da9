"""Characters that no font draws and no reader reads, left out of the source as it is read.

A Font Awesome icon pasted from an old résumé (U+F0E0, the envelope, from the Private Use
Area), a code point Unicode has not assigned, a control character: WeasyPrint draws each as a
.notdef box and switches the whole font to a custom encoding that pypdf and pdfminer.six
then read as garbage. None of them means anything to a reader, so they go before anything is
laid out, with one warning per field at the place it is written (an error under --strict).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from typing import Any

from resume.errors import Problem
from resume.source.parsed import FieldPath, Source

# Whitespace a text may hold; every other control character is left out.
_KEPT_CONTROLS = frozenset("\t\n\r")
_KINDS = {
    "Cc": "a control character",
    "Co": "a private-use character",
    "Cn": "a code point Unicode has not assigned",
    "Cs": "a lone surrogate",
}
# Font Awesome's icons that résumés paste most, and the field that does the icon's job: every
# theme draws its own icon beside that field.
ICONS = {
    0xF0E0: ("Font Awesome's envelope", "basics.email"),
    0xF003: ("Font Awesome's envelope", "basics.email"),
    0xF095: ("Font Awesome's phone", "basics.phone"),
    0xF10B: ("Font Awesome's mobile phone", "basics.phone"),
    0xF098: ("Font Awesome's phone", "basics.phone"),
    0xF09B: ("Font Awesome's GitHub", "basics.profiles (network: GitHub)"),
    0xF092: ("Font Awesome's GitHub", "basics.profiles (network: GitHub)"),
    0xF113: ("Font Awesome's GitHub", "basics.profiles (network: GitHub)"),
    0xF08C: ("Font Awesome's LinkedIn", "basics.profiles (network: LinkedIn)"),
    0xF0E1: ("Font Awesome's LinkedIn", "basics.profiles (network: LinkedIn)"),
    0xF099: ("Font Awesome's Twitter", "basics.profiles (network: Twitter)"),
    0xF041: ("Font Awesome's map marker", "basics.location"),
    0xF3C5: ("Font Awesome's map marker", "basics.location"),
    0xF0AC: ("Font Awesome's globe", "basics.url"),
    0xF0C1: ("Font Awesome's link", "basics.url"),
    0xF015: ("Font Awesome's home", "basics.url"),
}


def unreadable(char: str) -> str | None:
    """What `char` is, when no font draws it and no reader reads it; None otherwise."""
    if char in _KEPT_CONTROLS:
        return None
    if _is_noncharacter(ord(char)):
        return "a noncharacter"
    return _KINDS.get(unicodedata.category(char))


def _is_noncharacter(code: int) -> bool:
    return 0xFDD0 <= code <= 0xFDEF or (code & 0xFFFE) == 0xFFFE


def leave_out_unreadable(source: Source) -> list[Problem]:
    """Take every unreadable character out of `source.data`'s texts; a warning per field."""
    problems = []
    if not isinstance(source.data, dict | list):
        return []
    for path, text, put in _texts(source.data, ()):
        found = [char for char in dict.fromkeys(text) if unreadable(char)]
        if found:
            put("".join(char for char in text if not unreadable(char)))
            problems.append(source.problem(path, _message(found), warning=True))
    return problems


def fields_holding(source: Source, chars: set[str], why: str) -> tuple[list[Problem], set[str]]:
    """A warning at each field of `source` that holds one of `chars`, naming them and `why`;
    and the characters of `chars` found so."""
    problems, seen = [], set()
    for path, text, _ in _texts(source.data, ()):
        if found := [char for char in dict.fromkeys(text) if char in chars]:
            problems.append(source.problem(path, f"{shown(found)}: {why}", warning=True))
            seen.update(found)
    return problems, seen


def shown(chars: list[str], most: int = 5) -> str:
    """`'ሰ' (U+1230), '🚀' (U+1F680)`; a character that shows nothing by its code alone."""
    named = [
        f"'{char}' (U+{ord(char):04X})" if char.isprintable() else f"U+{ord(char):04X}"
        for char in chars[:most]
    ]
    more = f" and {len(chars) - most} more" if len(chars) > most else ""
    return ", ".join(named) + more


def _message(chars: list[str]) -> str:
    named = "; ".join(_describe(char) for char in chars)
    return f"{named}: left out, since no font draws it and it would garble the PDF for ATS readers"


def _describe(char: str) -> str:
    code = ord(char)
    described = f"U+{code:04X} is {unreadable(char)}"
    if code in ICONS:
        icon, field = ICONS[code]
        described += f" ({icon} icon; write it in {field}, which every theme shows with its icon)"
    return described


def _texts(data: Any, path: FieldPath) -> Iterator[tuple[FieldPath, str, Any]]:
    if not isinstance(data, dict | list):
        return
    """Every text in `data` (values, not keys), its path, and a function that replaces it."""
    items: Any = data.items() if isinstance(data, dict) else enumerate(data)
    for key, value in list(items):
        here = (*path, key)
        if isinstance(value, str):
            yield here, value, _setter(data, key)
        elif isinstance(value, dict | list):
            yield from _texts(value, here)


def _setter(container: Any, key: Any) -> Any:
    def put(text: str) -> None:
        container[key] = text

    return put
