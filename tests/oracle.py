"""What a reader must find in an output, from the source file as written.

The source is read with yaml or json only, never with resume's loader or view: the expected
words, highlights and sections below come from what the person wrote and from the rules stated
here once, so a bug in the code under test cannot hide itself by changing the expectation too.

The rules (the product's promises, docs/ and SPEC.md):
- SECTIONS: the sections each output shows by default, in order; the source's
  `render.sections.<output>` (or a variant's `sections`) replaces the list; empty ones are left
  out.
- An entry shows its title (a job's position, else its employer), the organisation, the years
  of its dates, its location; the résumé then its highlights, or its summary when it has none;
  the portfolio its `details` when it has them (a highlight the details already tell may be
  left out, any other is still shown), else its summary and highlights.
- Skills show their name and keywords; languages their language and fluency.
- The résumé may leave out the keywords of other entries (projects, courses) and the intros;
  the portfolio shows the intros.
- A variant keeps entries and highlights by tag (`include`, `exclude`: an untagged one always
  stays), at most `maxHighlights` highlights an entry and `maxEntries` entries a section.
- Condensing (a JSON Resume file too long for one page, with a warning) may leave out
  highlights, the oldest entries (by date) and whole EXPENDABLE sections; each other section
  still shows at least one of its entries, read in order. (Which ones exactly is measured on
  the layout: engine/condense.py.)
- JSON Resume leniency (source/lenient.py's table, restated): the old names (`company`,
  `website`) and a key one letter off a known one are read as the known key; a highlight is
  text or a mapping with `text`; a number is its text, a list its paragraphs, a mapping of
  languages its English text, a mapping holding the field its field, any other its values; an
  entry written as a bare text is the field BARE names; a list inside a list is read in place;
  a date written in words shows its year.
- Text: markdown's markup is not shown (a link shows its text, an entity its character; raw
  HTML stays text), a web address is shown without `https://` and `www.`.
- Only a job shows its place; a section's entries show the keys HEADING names, no other.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SECTIONS: dict[str, list[str]] = {
    "resume": ["work", "projects", "skills", "education", "awards", "certificates",
               "publications", "volunteer", "languages"],
    "portfolio": ["about", "work", "projects", "articles", "skills", "education", "awards",
                  "certificates", "publications", "volunteer", "reading", "languages",
                  "interests", "references"],
}  # fmt: skip
# The section titles an English résumé shows, as a person reads them.
TITLES = {
    "about": "About", "work": "Experience", "projects": "Projects", "articles": "Articles",
    "skills": "Skills", "education": "Education", "awards": "Awards",
    "certificates": "Certificates", "publications": "Publications", "volunteer": "Volunteering",
    "reading": "Reading", "languages": "Languages", "interests": "Interests",
    "references": "References",
}  # fmt: skip
EXPENDABLE = {"interests", "references", "languages", "volunteer", "publications",
              "certificates", "awards"}  # fmt: skip
RENAMED = {"company": "name", "website": "url"}
# What the heading of an entry of each other section shows, in order (a key not listed, such
# as a language's `name`, is not the model's and is not shown).
HEADING = {
    "projects": ("name", "description"), "articles": ("title", "publisher"),
    "awards": ("title", "awarder"), "certificates": ("name", "issuer"),
    "publications": ("name", "publisher"), "skills": ("name", "level"),
    "languages": ("language", "fluency"), "interests": ("name",), "references": ("name",),
    "reading": ("title", "author"),
}  # fmt: skip
# The key of a section's entries whose text is their summary (the other sections have none).
SUMMARY = {"work": "summary", "volunteer": "summary", "awards": "summary",
           "publications": "summary", "articles": "summary", "references": "reference",
           "reading": "note"}  # fmt: skip
# The field an entry written as a bare text stands for, by section.
BARE = {"work": "name", "volunteer": "organization", "education": "institution",
        "awards": "title", "certificates": "name", "publications": "name", "skills": "name",
        "languages": "language", "interests": "name", "references": "reference",
        "projects": "name", "articles": "title", "reading": "title"}  # fmt: skip
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
ISO = re.compile(r"^\d{4}-\d\d")
# The keys of JSON Resume's entries and ours: a key one letter off one of them is read as it.
KEYS = {"name", "position", "url", "startDate", "endDate", "summary", "highlights", "location",
        "description", "organization", "institution", "area", "studyType", "score", "courses",
        "title", "date", "awarder", "issuer", "publisher", "releaseDate", "level", "keywords",
        "language", "fluency", "reference", "details", "tags", "roles", "author", "note", "label",
        "email", "phone", "image", "headline", "about", "profiles", "network", "username"}  # fmt: skip
# Consecutive jobs at one employer (these keys alike, each with a position) are its roles.
EMPLOYER_KEYS = ("name", "url", "location", "description")
# Extra words a block may have between two of its own (separators, "in", month names, bullets,
# a score's label) before the block counts as not read in order.
SLACK = 12


@dataclass
class Block:
    """Words that must be read together and in this order: one entry, or the masthead. An
    entry's heading fields (`head`: its title, organisation, years, place) come first, each
    field's words in order, the fields in any order: a theme arranges them (jake sets the
    organisation and place above the title and dates)."""

    where: str  # "work: Senior Software Engineer", for a message
    words: list[str]  # after the heading
    required: bool = True  # False: condensing may leave the whole block out
    section: str = ""
    head: list[list[str]] = field(default_factory=list)

    def readings(self) -> Iterator[list[str]]:
        """The block's words in each order a reader may find them."""
        for fields in dict.fromkeys(map(tuple, itertools.permutations(map(tuple, self.head)))):
            yield [word for part in fields for word in part] + self.words


@dataclass
class Expected:
    """What one output of a source shows, from the source as written."""

    name: str
    sections: list[str]  # the keys, in order
    blocks: list[Block] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)  # plain text, in order
    optional_highlights: list[str] = field(default_factory=list)  # condensing may drop these
    kept_sections: list[str] = field(default_factory=list)  # each shows at least one entry

    @property
    def titles(self) -> list[str]:
        return [TITLES[key] for key in self.sections]


def read(path: Path) -> dict[str, Any]:
    text = path.read_text(encoding="utf-8")
    data = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    assert isinstance(data, dict), f"{path}: not a mapping"
    return data


def expected(
    path: Path, output: str, variant: str | None = None, condensed: bool = False
) -> Expected:
    """What `output` ("resume" or "portfolio") of the source at `path` shows."""
    data = read(path)
    if variant is not None:
        data = _tailored(data, variant)
    basics = _renamed(data.get("basics") or {})
    found = Expected(name=plain(basics.get("name")), sections=_sections(data, output))
    found.blocks.append(Block("masthead", words(_masthead(basics))))
    if basics.get("summary"):
        found.blocks.append(Block("summary", words(basics["summary"])))
    for key in found.sections:
        _add_section(found, data, key, output, condensed)
    return found


def _sections(data: dict[str, Any], output: str) -> list[str]:
    chosen = ((data.get("render") or {}).get("sections") or {}).get(output) or SECTIONS[output]
    about = (data.get("basics") or {}).get("about")
    return [key for key in chosen if (about if key == "about" else data.get(key))]


def _masthead(basics: dict[str, Any]) -> list[str]:
    parts = [basics.get("name"), basics.get("headline") or basics.get("label")]
    parts += [basics.get("email"), basics.get("phone"), web(basics.get("url") or "")]
    for profile in basics.get("profiles") or []:
        parts.append(profile.get("username") or web(profile.get("url") or ""))
    where = basics.get("location") or {}
    where = where if isinstance(where, dict) else {"city": where}  # a bare text is the city
    parts += [where.get("city"), where.get("region"), where.get("countryCode")]
    return [plain(part) for part in parts if part]


def _add_section(
    found: Expected, data: dict[str, Any], key: str, output: str, condensed: bool
) -> None:
    if key == "about":
        found.blocks.append(Block("about", words(data["basics"]["about"])))
        return
    intro = (data.get("intros") or {}).get(key)
    if intro and output == "portfolio":
        found.blocks.append(Block(f"{key}: intro", words(intro)))
    entries = [_renamed(_entry(key, entry)) for entry in _entries(data[key])]
    entries = [entry for entry in entries if entry]
    if key == "work":
        entries = _folded(entries)
    if condensed and key not in EXPENDABLE:
        found.kept_sections.append(key)
    for entry in entries:
        _add_entry(found, key, entry, output, condensed)


def _roles(key: str, entry: dict[str, Any]) -> list[dict[str, Any]]:
    return list(entry.get("roles") or []) if key == "work" else []


def _add_entry(
    found: Expected, key: str, entry: dict[str, Any], output: str, condensed: bool
) -> None:
    roles = _roles(key, entry)
    head = _head(key, entry, with_position=not roles)
    if roles and condensed:  # its place may be left out with the roles that had it
        head = [plain(entry.get("name"))]
    body = [] if roles else _body(found, key, entry, output, condensed)
    where = f"{key}: {' '.join(head[:2])}"
    if head + body:  # an entry with no field the model knows shows nothing
        heading = [words(part) for part in head]
        found.blocks.append(Block(where, words(body), not condensed, key, heading))
    for role in roles:
        role_head = [words(part) for part in [plain(role.get("position")), *_years(role)]]
        role_body = _body(found, key, role, output, condensed)
        where = f"{key}: {role.get('position')}"
        found.blocks.append(Block(where, words(role_body), not condensed, key, role_head))


def _head(key: str, entry: dict[str, Any], with_position: bool) -> list[str]:
    """The entry's heading: title, organisation, years, location."""
    if key == "education":
        names: tuple[str, ...] = ("studyType", "area", "institution")
    elif key in ("work", "volunteer"):
        names = ("position",) if with_position else ()
        names += ("name",) if key == "work" else ("organization",)
    else:
        names = HEADING[key]
    title = [plain(as_text(entry.get(name), name)) for name in names]
    place = plain(entry.get("location")) if key == "work" else ""  # only a job shows its place
    return [part for part in [*title, *_years(entry), place] if part]


def _years(entry: dict[str, Any]) -> list[str]:
    """The years of an entry's dates (a span within one month shows it once)."""
    shown = (str(entry[k]) for k in ("startDate", "endDate", "date", "releaseDate") if entry.get(k))
    months = dict.fromkeys(date[:7] if ISO.match(date) else date for date in shown)  # to the month
    return [year[0] for date in months if (year := YEAR.search(date))]  # also "May, 2019"


def _body(
    found: Expected, key: str, entry: dict[str, Any], output: str, condensed: bool
) -> list[str]:
    """The words below the heading that must follow it; each highlight is noted in `found`."""
    highlights = [plain(_text(h)) for h in _entries(entry.get("highlights") or []) if _text(h)]
    told = [h for h in highlights if output == "portfolio" and _tells(entry.get("details"), h)]
    shown = [h for h in highlights if h not in told]
    (found.optional_highlights if condensed else found.highlights).extend(shown)
    found.optional_highlights += told
    keywords = [plain(k) for k in _entries(entry.get("keywords") or []) if plain(k)]
    if key in ("skills", "interests"):
        return keywords
    summary_key = SUMMARY.get(key, "")
    summary = [plain(entry[summary_key])] if entry.get(summary_key) else []
    score = [plain(entry["score"])] if key == "education" and entry.get("score") else []
    if output == "resume":
        return [] if condensed else highlights or summary or score
    if entry.get("details"):
        return [plain(entry["details"])]  # the highlights it does not tell follow: found apart
    return summary + score + highlights


def _tells(details: Any, highlight: str) -> bool:
    """Whether a portfolio's `details` already tell `highlight`: 70% of its words are there
    (compared by their first five letters), and the bullet would only repeat them."""
    if not details:
        return False
    told = {word[:5] for word in words(plain(details))}
    own = {word[:5] for word in words(highlight)}
    return bool(own) and len(own & told) >= 0.7 * len(own)


def _folded(jobs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Consecutive jobs at one employer, each with a position, as one employer with roles."""
    folded: list[dict[str, Any]] = []
    for job in jobs:
        last = folded[-1] if folded else {}
        same = job.get("name") and all(last.get(k) == job.get(k) for k in EMPLOYER_KEYS)
        if same and job.get("position") and (last.get("position") or last.get("roles")):
            roles = last.get("roles") or [last]
            folded[-1] = {k: job.get(k) for k in EMPLOYER_KEYS} | {"roles": [*roles, job]}
        else:
            folded.append(job)
    return folded


def _entry(key: str, value: Any) -> dict[str, Any]:
    """An entry written as a bare text (or number) is the field BARE names; null is none."""
    if isinstance(value, dict):
        return value
    return {BARE[key]: value} if value is not None and not isinstance(value, bool) else {}


def _entries(value: Any) -> list[Any]:
    """A section's entries: a list inside the list read in place, one entry alone a list."""
    if not isinstance(value, list):
        return [value]
    return [entry for item in value for entry in _entries(item)] if value else []


def _text(highlight: Any) -> str:
    return as_text(highlight.get("text") if isinstance(highlight, dict) else highlight)


def _renamed(entry: dict[str, Any]) -> dict[str, Any]:
    """An entry's keys as the model's: the old names, and a key one letter off one of KEYS."""
    return {_known(RENAMED.get(key, key)): value for key, value in entry.items()}


def _known(key: str) -> str:
    near = [k for k in KEYS if k != key and _one_edit(k, key)] if key not in KEYS else []
    return near[0] if len(near) == 1 else key


def _one_edit(a: str, b: str) -> bool:
    """Whether `b` is `a` with one letter added, left out or changed."""
    if abs(len(a) - len(b)) > 1:
        return False
    short, long = sorted((a, b), key=len)
    for at in range(len(long)):
        if long[:at] + long[at + 1 :] == short or (
            len(a) == len(b) and a[:at] + a[at + 1 :] == b[:at] + b[at + 1 :]
        ):
            return True
    return False


def _tailored(data: dict[str, Any], name: str) -> dict[str, Any]:
    """The source as variant `name` shows it."""
    variant = data["variants"][name]
    include, exclude = set(variant.get("include") or []), set(variant.get("exclude") or [])

    def kept(item: Any) -> bool:
        tags = set(item.get("tags") or []) if isinstance(item, dict) else set()
        return not tags or (not tags & exclude and (not include or bool(tags & include)))

    data = dict(data)
    most = variant.get("maxHighlights")
    for key in ("work", "projects", "volunteer", "awards", "education", "publications"):
        entries = [dict(e) for e in data.get(key) or [] if kept(e)]
        for entry in entries:
            entry["highlights"] = [h for h in entry.get("highlights") or [] if kept(h)][:most]
        data[key] = entries[: (variant.get("maxEntries") or {}).get(key)]
    basics = dict(data.get("basics") or {})
    basics.update({k: variant[k] for k in ("label", "headline", "summary") if k in variant})
    data["basics"] = basics
    if variant.get("sections"):
        render = dict(data.get("render") or {})
        render["sections"] = {**(render.get("sections") or {}), **variant["sections"]}
        data["render"] = render
    return data


def plain(value: Any) -> str:
    """Text as it is shown: markdown's emphasis and code marks gone, a link as its text."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", html.unescape(as_text(value)))
    text = re.sub(r"(?<!\w)(__|_)(\S(?:.*?\S)?)\1(?!\w)", r"\2", text)  # _emphasis_
    return re.sub(r"\s+", " ", re.sub(r"[*`]", "", text)).strip()


LANGUAGE = re.compile(r"^[A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})*$")


def as_text(value: Any, key: str = "", language: str = "en") -> str:
    """A value where the text `key` belongs, as the leniency table reads it: a number is its
    text, a list its items as paragraphs, a mapping of language codes the text in `language`
    (else the first), a mapping with a text under `key` that text, any other mapping its
    values; null, a boolean and an empty mapping nothing."""
    if value is None or isinstance(value, bool):
        return ""
    if isinstance(value, list):
        return " ".join(as_text(item, language=language) for item in value)
    if isinstance(value, dict):
        if value and all(isinstance(code, str) and LANGUAGE.match(code) for code in value):
            return as_text(value.get(language, next(iter(value.values()))), key, language)
        if key and isinstance(value.get(key), str):
            return str(value[key])
        return " ".join(as_text(item, language=language) for item in value.values())
    return str(value)


def web(url: str) -> str:
    return re.sub(r"^(https?://)?(www\.)?", "", url).rstrip("/")


_CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"


def words(parts: str | Iterable[str]) -> list[str]:
    """Words as a reader compares them: case and ligatures folded, punctuation dropped, a
    compound joined at its hyphen (a line may break there), each CJK character a word."""
    text = " ".join([parts] if isinstance(parts, str) else parts)
    text = unicodedata.normalize("NFKC", text).casefold()
    text = re.sub(r"(?<=\w)[-\u2010\u2011]\s*(?=\w)", "", text)
    return re.findall(rf"[{_CJK}]|[^\W{_CJK}]+", text)


def read_in_order(block: Sequence[str], found: Sequence[str]) -> bool:
    """Whether `found` holds the words of `block` in order, close together (at most SLACK
    other words between two of them)."""
    if not block:
        return True
    for start, word in enumerate(found):
        if word == block[0] and _follows(block[1:], found, start + 1):
            return True
    return False


def reads(block: Block, found: Sequence[str]) -> bool:
    """Whether `found` holds `block` in one of the orders a reader may find it."""
    return any(read_in_order(reading, found) for reading in block.readings())


def _follows(rest: Sequence[str], found: Sequence[str], at: int) -> bool:
    for word in rest:
        window = found[at : at + SLACK + 1]
        if word not in window:
            return False
        at += window.index(word) + 1
    return True


def missing(want: Expected, text: str) -> list[str]:
    """Each required block of `want` that `text` does not read in order, and each required
    highlight it does not hold: what a reader of that text would not find."""
    found = words(text)
    problems = [
        f"{block.where}: not read in order ({' '.join(next(block.readings())[:8])}…)"
        for block in want.blocks
        if block.required and not reads(block, found)
    ]
    problems += [
        f"highlight missing: {highlight[:50]}"
        for highlight in want.highlights
        if not read_in_order(words(highlight), found)
    ]
    problems += [
        f"{section}: no entry read in order"
        for section in want.kept_sections
        if not any(reads(block, found) for block in want.blocks if block.section == section)
    ]
    return problems
