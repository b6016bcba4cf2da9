"""Terms and how to find them in text: aliases, case, and the context an ambiguous word needs.

"go" the verb is not Go, Java is not JavaScript, the R of "R&D" is not R: a form that is also
an ordinary word is matched only as written, and only with the context vocabulary.yaml asks for.
All the forms of all the terms are one regular expression (two: one per case rule), so a
posting is read once, whatever the size of the vocabulary.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

VOCABULARY = Path(__file__).with_name("vocabulary.yaml")

# A term is not part of a longer word: Java in JavaScript, SQL in PostgreSQL, C in C++.
_BEFORE = r"(?<![\w#+@])(?<!\w\.)"
_AFTER = r"(?![\w#+@]|\.\w)"
# An ordinary word or letter is no term inside "R&D", "Go-to-market" or "C-suite".
_EXACT_BEFORE = r"(?<![\w#+@&.-])"
_EXACT_AFTER = r"(?![\w#+@&]|[.-]\w)"
_LIST_GAP = re.compile(
    r"\s*(?:[,/&;|(]|\s(?:and|or|and/or)\s)\s*(?:(?:and|or)\s)?\s*|\s*\)\s*[,/]\s*"
)
_SENTENCE_END = ".!?:;#*•>-\n"


@dataclass(frozen=True)
class TermDef:
    """One term and the ways of writing it."""

    name: str
    loose: tuple[str, ...] = ()  # forms matched in any case
    exact: tuple[str, ...] = ()  # ordinary words, matched as written and in context
    context: str = ""  # "", "sentence" or "list"
    cues: frozenset[str] = frozenset()

    @property
    def key(self) -> str:
        return self.name.casefold()

    @property
    def forms(self) -> set[str]:
        return {_normal(form) for form in (self.name, *self.loose, *self.exact)}


@dataclass(frozen=True)
class Hit:
    term: TermDef
    start: int
    end: int
    exact: bool  # found by an ordinary-word form, so it needs context


def term(
    name: str,
    aliases: Iterable[str] = (),
    exact: Iterable[str] = (),
    context: str = "",
    cues: Iterable[str] = (),
) -> TermDef:
    ordinary = tuple(exact)
    loose = tuple(form for form in (name, *aliases) if form not in ordinary)
    return TermDef(name, loose, ordinary, context, frozenset(cue.casefold() for cue in cues))


def _normal(form: str) -> str:
    return re.sub(r"[\s-]+", " ", form.casefold())


class Lexicon:
    """Terms compiled for finding: every form of every term in one pattern."""

    def __init__(self, terms: Sequence[TermDef]) -> None:
        self.loose: dict[str, TermDef] = {}
        self.exact: dict[str, TermDef] = {}
        for one in terms:  # the first term to claim a form keeps it
            for form in one.loose:
                self.loose.setdefault(_normal(form), one)
            for form in one.exact:
                self.exact.setdefault(form, one)
        self.loose_pattern = _alternation(self.loose, _BEFORE, r"(?:'?s)?" + _AFTER, re.I)
        self.exact_pattern = _alternation(self.exact, _EXACT_BEFORE, r"(?:'s)?" + _EXACT_AFTER, 0)

    def find(self, text: str, *, alone: bool = False) -> list[Hit]:
        """Every place a term is written in `text`, the longest where two overlap, ambiguous
        words only where their context says they are the term; `alone`: `text` is one keyword,
        which is all the context a word needs."""
        candidates = [
            Hit(found, m.start(), m.end(), False)
            for m in self.loose_pattern.finditer(text)
            # ignoring case, a pattern can match what case-folds to another form (Turkish ı)
            if (found := self.loose.get(_normal(m.group(1)))) is not None
        ]
        candidates += [
            Hit(self.exact[m.group(1)], m.start(), m.end(), True)
            for m in self.exact_pattern.finditer(text)
        ]
        hits = _longest(candidates)
        whole = len(text.strip())
        return [
            hit
            for hit in hits
            if not hit.exact
            or (alone and hit.end - hit.start == whole)
            or _in_context(text, hit, hits)
        ]


def _alternation(forms: Iterable[str], before: str, after: str, flags: int) -> re.Pattern[str]:
    longest_first = sorted(forms, key=len, reverse=True)
    body = "|".join(re.sub(r"\\[ -]", r"[\\s-]+", re.escape(form)) for form in longest_first)
    return re.compile(f"{before}({body or '(?!)'}){after}", flags)


@functools.cache
def _bundled() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # five times faster than pure Python
    data: dict[str, Any] = yaml.load(VOCABULARY.read_text(encoding="utf-8"), Loader=loader)
    return data


STOPWORDS = frozenset(_bundled()["stopwords"].split())
ROLES = frozenset(_bundled()["roles"].split())


@functools.cache
def curated() -> tuple[TermDef, ...]:
    """The bundled vocabulary of tools, skills, languages and qualifications."""
    data = _bundled()
    return tuple(
        term(
            str(item["name"]),
            map(str, item.get("aliases", [])),
            map(str, item.get("exact", [])),
            item.get("context", ""),
            map(str, item.get("cues", [])),
        )
        for item in data["terms"]
    )


def _longest(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _in_context(text: str, hit: Hit, hits: list[Hit]) -> bool:
    context = hit.term.context
    if not context:
        return True
    if _has_cue(text, hit) or _in_list(text, hit, hits):
        return True
    return context == "sentence" and not _starts_sentence(text, hit.start)


def _has_cue(text: str, hit: Hit) -> bool:
    before = re.findall(r"[\w#+]+", text[max(hit.start - 30, 0) : hit.start])
    after = re.findall(r"[\w#+]+", text[hit.end : hit.end + 30])
    near = {word.casefold() for word in before[-1:] + after[:1]}
    return bool(near & hit.term.cues)


def _in_list(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """Next to another term with a comma, slash, `and` or `or` between: a list of skills."""
    for other in hits:
        if other is hit:
            continue
        gap = text[other.end : hit.start] if other.end <= hit.start else text[hit.end : other.start]
        if len(gap) <= 12 and _LIST_GAP.fullmatch(gap):
            return True
    return False


def _starts_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'(")
    return not before or before[-1] in _SENTENCE_END
