"""Whether a posting names a term only to say it does not ask for it.

"We do not use Java", "no Kubernetes experience required", "Terraform is not required" and
"nice to have but not needed: Rust" name a term without requiring it. A negation counts only
when nothing but filler words (use, any, prior experience with...) or other terms of the same
list stand between it and the term, inside one clause: "services that do not fail, written
in Go" still asks for Go.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from resume.match.vocabulary import Hit

_BEFORE = re.compile(
    r"\b(?:not|no|never|without|nor|don't|doesn't|won't|isn't|aren't)\s*$"
    r"|\bnice[ -]to[ -]have,?\s+but\s*$",
    re.IGNORECASE,
)
_AFTER = re.compile(
    r"^\s*(?:\(\s*)?(?:nice[ -]to[ -]have,?\s+but\s+)?(?:not|never)\s+"
    r"(?:required|needed|necessary|essential|mandatory|expected|a\s+must|a\s+requirement)\b",
    re.IGNORECASE,
)
_DENIED_LIST = re.compile(
    r"\b(?:not|never)\s+(?:required|needed|necessary|essential|expected|a\s+must)\s*:\s*$",
    re.IGNORECASE,
)
_FILLER = frozenset(
    [
        "use",
        "uses",
        "using",
        "used",
        "need",
        "needs",
        "needed",
        "require",
        "requires",
        "required",
        "want",
        "expect",
        "have",
        "any",
        "prior",
        "previous",
        "professional",
        "commercial",
        "production",
        "hands-on",
        "experience",
        "experienced",
        "knowledge",
        "familiarity",
        "background",
        "skills",
        "with",
        "in",
        "of",
        "the",
        "a",
        "an",
        "our",
        "your",
        "and",
        "or",
        "to",
        "know",
        "work",
        "working",
        "on",
        "at",
        "all",
        "anywhere",
        "is",
        "are",
        "be",
    ]
)
_CLAUSE_END = re.compile(r"[.!?;:\n]|\b(?:but|however|while|whereas)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?;\n]")
_WORD = re.compile(r"[\w'+#-]+|[^\w\s]")
_LIST_MARKS = frozenset([",", "/", "&", "(", ")"])


def negated(text: str, hit: Hit, hits: Sequence[Hit]) -> bool:
    """`hit` sits in a negation of its clause: a cue before it or a denial after it, with only
    filler and the clause's other terms between."""
    start = _clause_start(text, hit.start)
    before = _strip_filler(_without_terms(text, start, hit.start, hits))
    if _BEFORE.search(before):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if not before and _DENIED_LIST.search(text[line_start:start]):
        return True  # "Not required: Kafka, Rust"
    after = _without_terms(text, hit.end, _clause_end(text, hit.end), hits)
    return bool(_AFTER.match(_strip_filler(after, from_end=False)))


def _clause_start(text: str, offset: int) -> int:
    ends = [m.end() for m in _CLAUSE_END.finditer(text, 0, offset)]
    if ends and re.search(r"nice[ -]to[ -]have,?\s+but$", text[: ends[-1]], re.IGNORECASE):
        ends.pop()  # "nice to have but" is itself the cue
    return ends[-1] if ends else 0


def _clause_end(text: str, offset: int) -> int:
    """The end of the sentence: "Go is welcome but not required" denies Go after a "but"."""
    found = _SENTENCE_END.search(text, offset)
    return found.start() if found else len(text)


def _without_terms(text: str, start: int, end: int, hits: Sequence[Hit]) -> str:
    """The text between `start` and `end` with every term in it left out: a list of terms
    between a cue and the term keeps the cue."""
    pieces, at = [], start
    for other in sorted(hits, key=lambda h: h.start):
        if other.start >= start and other.end <= end:
            pieces.append(text[at : other.start])
            at = other.end
    pieces.append(text[at:end])
    return " ".join(pieces)


def _strip_filler(text: str, *, from_end: bool = True) -> str:
    """`text` with filler words and list marks taken off its end (or start)."""
    words = _WORD.findall(text)
    order = range(len(words) - 1, -1, -1) if from_end else range(len(words))
    cut = len(words) if from_end else 0
    for index in order:
        word = words[index].casefold()
        if word not in _FILLER and word not in _LIST_MARKS:
            break
        cut = index if from_end else index + 1
    kept = words[:cut] if from_end else words[cut:]
    return " ".join(kept)
