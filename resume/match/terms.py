"""The terms a posting asks for, each weighted by how prominent the posting makes it.

Three sources, all deterministic: the curated vocabulary (vocabulary.yaml), the source's own
words (skills, keywords, the names and phrases of its highlights), and phrases the posting
itself repeats.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from resume.match.negation import negated
from resume.match.posting import Posting
from resume.match.vocabulary import ROLES, STOPWORDS, Hit, Lexicon, TermDef, curated, term
from resume.source.model import Resume
from resume.source.tags import TAGGED_SECTIONS

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9+#'./-]*[A-Za-z0-9+#]|[A-Za-z]")
MIN_REPEATS = 2


@dataclass(frozen=True)
class Term:
    """A term the posting asks for."""

    name: str
    weight: float  # its prominence in the posting
    mentions: int
    definition: TermDef


def extract(posting: Posting, resume: Resume | None = None) -> list[Term]:
    """The posting's terms, most prominent first."""
    vocabulary = list(curated())
    if resume is not None:
        known = {form for t in vocabulary for form in t.forms}
        vocabulary += [t for t in source_terms(resume, posting.text) if t.key not in known]
    hits = Lexicon(vocabulary).find(posting.text)
    hits += inner_terms(posting.text, hits)
    repeated = Lexicon(repeated_phrases(posting.text, hits))
    hits += [
        hit
        for hit in repeated.find(posting.text)
        if not any(h.start < hit.end and hit.start < h.end for h in hits)
    ]
    hits = [hit for hit in hits if not negated(posting.text, hit, hits)]
    by_term: dict[str, list[Hit]] = {}
    for hit in hits:
        by_term.setdefault(hit.term.key, []).append(hit)
    terms = [
        Term(found[0].term.name, weigh(posting, found), len(found), found[0].term)
        for found in by_term.values()
    ]
    return sorted(terms, key=lambda t: (-t.weight, t.name.casefold()))


def inner_terms(text: str, hits: list[Hit]) -> list[Hit]:
    """The curated terms inside the source's longer phrases: "Lua scripts" names Lua too."""
    phrases = [hit for hit in hits if hit.term not in curated_set()]
    if not phrases:
        return []
    return [
        inner
        for inner in curated_lexicon().find(text)
        if any(hit.start <= inner.start and inner.end <= hit.end for hit in phrases)
        and not any((inner.start, inner.end) == (hit.start, hit.end) for hit in phrases)
    ]


@functools.cache
def curated_lexicon() -> Lexicon:
    return Lexicon(curated())


@functools.cache
def curated_set() -> frozenset[TermDef]:
    return frozenset(curated())


def weigh(posting: Posting, hits: list[Hit]) -> float:
    """The most prominent mention counts in full, each further one for less: a term named
    three times in the requirements outweighs one named once in passing."""
    length = max(len(posting.text), 1)
    scores = sorted(
        (posting.factor_at(hit.start) * (1.15 - 0.3 * hit.start / length) for hit in hits),
        reverse=True,
    )
    return round(sum(score * 0.5**rank for rank, score in enumerate(scores)), 2)


def source_terms(resume: Resume, posting_text: str) -> list[TermDef]:
    """The source's own vocabulary: its keywords, and the names and phrases of its highlights
    that the posting also uses."""
    keywords = [k for skill in resume.skills for k in skill.keywords]
    keywords += [k for project in resume.projects for k in project.keywords]
    named = {name for keyword in keywords for name in keyword_names(keyword)}
    phrases = set(named)
    posting_grams = ngrams(words_of(posting_text))
    for text in highlight_texts(resume):
        words = words_of(text)
        phrases.update(w for w in words if _is_name(w))
        phrases.update(" ".join(g) for g in ngrams(words) & posting_grams if len(g) > 1)
    # a keyword is a skill because its author says so, even an acronym spelt like a word (IT)
    phrases = {p for p in phrases if (_acronym(p) and p in named) or p.casefold() not in STOPWORDS}
    return [
        term(phrase, exact=[phrase]) if _acronym(phrase) else term(phrase)
        for phrase in sorted(phrases)
    ]


def _acronym(phrase: str) -> bool:
    """A short acronym (IT, QPS) is matched as written: in lower case it is often a word."""
    return phrase.isupper() and len(phrase) <= 4


def keyword_names(keyword: str) -> list[str]:
    """`AWS (Lambda, EC2, S3)` names AWS, Lambda, EC2 and S3."""
    parts = re.split(r"[(),;]", keyword)
    return [part.strip() for part in parts if len(part.strip()) > 1]


def highlight_texts(resume: Resume) -> Iterable[str]:
    for section in TAGGED_SECTIONS:
        for entry in getattr(resume, section):
            for highlight in getattr(entry, "highlights", []):
                yield re.sub(r"[*_`]", "", highlight.text)


def _is_name(word: str) -> bool:
    """A product's or technique's name: GraphRAG, RabbitMQ, EC2, QPS (not a capitalised verb)."""
    inner_capital = any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    acronym = len(word) >= 3 and word.isupper() and word.isalpha()
    return inner_capital or acronym


def words_of(text: str) -> list[str]:
    return [w.rstrip(".") for w in _WORD.findall(text)]


def ngrams(words: list[str]) -> set[tuple[str, ...]]:
    """Two- and three-word phrases, in lower case, that neither start nor end on a stopword."""
    lower = [w.casefold() for w in words]
    grams: set[tuple[str, ...]] = set()
    for size in (2, 3):
        for i in range(len(lower) - size + 1):
            gram = tuple(lower[i : i + size])
            if gram[0] not in STOPWORDS and gram[-1] not in STOPWORDS and _plain(gram):
                grams.add(gram)
    return grams


def _plain(gram: tuple[str, ...]) -> bool:
    return all(word.replace("-", "").isalpha() and len(word) > 1 for word in gram)


def repeated_phrases(text: str, hits: list[Hit]) -> list[TermDef]:
    """Phrases the posting says at least twice (in the singular or plural) that no known term
    covers."""
    counts: Counter[str] = Counter()
    written: dict[str, set[str]] = {}
    for line in text.split("\n"):
        for sentence in re.split(r"[.!?;:,()]", line):
            for gram in ngrams(words_of(sentence)):
                phrase = " ".join(gram)
                key = " ".join(_singular(word) for word in gram)
                counts[key] += 1
                written.setdefault(key, set()).add(phrase)
    found = {f" {_singular_phrase(text[h.start : h.end])} " for h in hits}
    repeated = [
        key
        for key, count in counts.items()
        if count >= MIN_REPEATS
        and key.rsplit(" ", 1)[-1] not in ROLES
        and not any(name in f" {key} " or f" {key} " in name for name in found)
    ]
    # "event streaming platform" said twice makes "event streaming" and "streaming platform" too
    longest = [
        p
        for p in repeated
        if not any(p != q and p in q and counts[q] >= counts[p] for q in repeated)
    ]
    return [term(min(written[key]), sorted(written[key])) for key in sorted(longest)]


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _singular_phrase(text: str) -> str:
    return " ".join(_singular(word) for word in text.casefold().split())
