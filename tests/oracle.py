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
  highlights beyond the second of each entry, entries beyond the three most recent of a
  section, and whole EXPENDABLE sections.
- JSON Resume leniency: the old names (`company`, `website`) are read as their 1.0 names, a
  highlight is text or a mapping with `text`, a number is its text.
- Text: markdown's markup is not shown (a link shows its text), a web address is shown without
  `https://` and `www.`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
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
CONDENSED_HIGHLIGHTS = 2  # a condensed entry keeps at least this many highlights
CONDENSED_ENTRIES = 3  # and a condensed section at least its three most recent entries
RENAMED = {"company": "name", "website": "url"}
# Extra words a block may have between two of its own (separators, "in", month names, bullets,
# a score's label) before the block counts as not read in order.
SLACK = 12


@dataclass
class Block:
    """Words that must be read together and in this order: one entry, or the masthead."""

    where: str  # "work: Senior Software Engineer", for a message
    words: list[str]
    required: bool = True  # False: condensing may leave the whole block out


@dataclass
class Expected:
    """What one output of a source shows, from the source as written."""

    name: str
    sections: list[str]  # the keys, in order
    blocks: list[Block] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)  # plain text, in order
    optional_highlights: list[str] = field(default_factory=list)  # condensing may drop these

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
    basics = data.get("basics") or {}
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
    entries = [_renamed(entry) for entry in data[key] if isinstance(entry, dict)]
    for rank, entry in enumerate(entries):
        droppable = condensed and (key in EXPENDABLE or rank >= CONDENSED_ENTRIES)
        _add_entry(found, key, entry, output, condensed, droppable)


def _add_entry(
    found: Expected, key: str, entry: dict[str, Any], output: str, condensed: bool, dropped: bool
) -> None:
    roles = (entry.get("roles") or []) if key == "work" else []
    head = _head(key, entry, with_position=not roles)
    body = [] if roles else _body(found, key, entry, output, condensed, dropped)
    found.blocks.append(Block(f"{key}: {' '.join(head[:2])}", words(head + body), not dropped))
    for role in roles:
        role_head = [role.get("position"), *_years(role)]
        role_body = _body(found, key, role, output, condensed, dropped)
        where = f"{key}: {role.get('position')}"
        found.blocks.append(Block(where, words(role_head + role_body), not dropped))


def _head(key: str, entry: dict[str, Any], with_position: bool) -> list[str]:
    """The entry's heading: title, organisation, years, location."""
    if key == "education":
        title = [entry.get("studyType"), entry.get("area"), entry.get("institution")]
    elif key in ("work", "volunteer"):
        organisation = entry.get("name") or entry.get("organization")
        title = [entry.get("position") if with_position else None, organisation]
    else:
        title = [entry.get(name) for name in ("name", "title", "language", "fluency")]
        title += [entry.get(name) for name in ("description", "awarder", "issuer", "publisher")]
        title += [entry.get("level"), entry.get("author")]
    return [plain(part) for part in [*title, *_years(entry), entry.get("location")] if part]


def _years(entry: dict[str, Any]) -> list[str]:
    dates = (entry.get(name) for name in ("startDate", "endDate", "date", "releaseDate"))
    return [str(date)[:4] for date in dates if date and str(date)[:4].isdigit()]


def _body(
    found: Expected, key: str, entry: dict[str, Any], output: str, condensed: bool, dropped: bool
) -> list[str]:
    """The words below the heading that must follow it; each highlight is noted in `found`."""
    highlights = [plain(_text(h)) for h in entry.get("highlights") or [] if _text(h)]
    kept = CONDENSED_HIGHLIGHTS if condensed else len(highlights)
    told = [h for h in highlights if output == "portfolio" and _tells(entry.get("details"), h)]
    target = found.optional_highlights if dropped else found.highlights
    target += [h for h in highlights[:kept] if h not in told]
    found.optional_highlights += highlights[kept:] + told
    keywords = [plain(k) for k in entry.get("keywords") or [] if k]
    if key in ("skills", "interests"):
        return keywords
    summary = [plain(entry["summary"])] if entry.get("summary") else []
    score = [plain(entry["score"])] if entry.get("score") else []
    if key == "references":
        summary = [plain(entry.get("reference"))]
    if key == "reading" and entry.get("note"):
        summary = [plain(entry["note"])]
    if output == "resume":
        return highlights[:kept] or summary or score
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


def _text(highlight: Any) -> str:
    return str(highlight.get("text", "") if isinstance(highlight, dict) else highlight or "")


def _renamed(entry: dict[str, Any]) -> dict[str, Any]:
    return {RENAMED.get(key, key): value for key, value in entry.items()}


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


def plain(text: Any) -> str:
    """Text as it is shown: markdown's emphasis and code marks gone, a link as its text."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", str(text or ""))
    return re.sub(r"\s+", " ", re.sub(r"[*_`]", "", text)).strip()


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
        f"{block.where}: not read in order ({' '.join(block.words[:8])}…)"
        for block in want.blocks
        if block.required and not read_in_order(block.words, found)
    ]
    problems += [
        f"highlight missing: {highlight[:50]}"
        for highlight in want.highlights
        if not read_in_order(words(highlight), found)
    ]
    return problems
