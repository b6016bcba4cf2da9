"""The truth a PDF was made from, read from its partner source (a RenderCV YAML, a LaTeX file)
and never from the importer, and how close an import comes to it."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

SIMILAR = 0.85  # two texts this alike are the same field (a ligature, a quote, a hyphen apart)
# The macros that declare one entry in Jake's Resume and in Awesome-CV.
ENTRY_MACROS = re.compile(
    r"\\(resumeSubheading|resumeSubSubheading|resumeProjectHeading|cventry)\b(?!\s*[\[{]?\s*\d)"
)


@dataclass
class Fields:
    """What a résumé says, as the score compares it."""

    name: str = ""
    employers: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    dates: list[frozenset[str]] = field(default_factory=list)
    schools: list[str] = field(default_factory=list)
    projects: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)  # words


def plain(text: Any) -> str:
    """Text as a reader compares it: no markdown, one kind of quote and dash, lower case."""
    text = unicodedata.normalize("NFKC", str(text))
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"[*_`]", "", text)
    text = text.translate(str.maketrans("‘’“”–—‑", "''\"\"---"))
    return " ".join(text.casefold().split()).strip(" .,;:")


def words(texts: Iterable[str]) -> list[str]:
    return [word for text in texts for word in re.findall(r"\w+", plain(text))]


# --- the truth -----------------------------------------------------------------------------


def rendercv_truth(path: Path) -> Fields:
    """The fields of a RenderCV YAML, by its entry types: an experience entry has a company
    and a position, an education entry an institution, a project is a named entry in a
    section whose title says so."""
    cv = yaml.safe_load(path.read_text(encoding="utf-8"))["cv"]
    truth = Fields(name=plain(cv["name"]))
    for title, entries in (cv.get("sections") or {}).items():
        for entry in entries if isinstance(entries, list) else []:
            if isinstance(entry, dict):
                _truth_entry(truth, str(title), entry)
    return truth


def _truth_entry(truth: Fields, title: str, entry: dict[str, Any]) -> None:
    if "company" in entry:
        truth.employers.append(plain(entry["company"]))
        truth.titles.append(plain(entry.get("position") or ""))
    elif "institution" in entry:
        truth.schools.append(plain(entry["institution"]))
    elif "name" in entry and "project" in title.casefold():
        truth.projects.append(plain(entry["name"]))
    else:
        return
    truth.dates.append(_truth_dates(entry))
    truth.highlights += words(str(h) for h in entry.get("highlights") or [])


def _truth_dates(entry: dict[str, Any]) -> frozenset[str]:
    found = {entry.get("start_date"), entry.get("end_date")} - {None, ""}
    if entry.get("start_date") and not entry.get("end_date"):
        found.add("present")  # RenderCV: a start and no end is ongoing
    if not found and entry.get("date"):
        found = {entry["date"]}
    return frozenset(_truth_date(value) for value in found)


def _truth_date(value: Any) -> str:
    text = str(value).strip()
    if text.casefold() == "present":
        return "present"
    match = re.match(r"^(\d{4})(-\d{2})?", text)
    return match.group(0) if match else plain(text)


def tex_entries(tex: Path) -> int:
    """The entries a LaTeX résumé declares: its entry macros in the code it typesets (not in
    comments, comment environments or the macros' own definitions), following its \\input
    into the files beside it (X.inputs/)."""
    return _tex_count(tex.read_text(encoding="utf-8", errors="replace"), tex.with_suffix(".inputs"))


_INPUT = re.compile(r"\\(?:input|include|import\s*\{[^}]*\}|subimport\s*\{[^}]*\})\s*\{([^}]+)\}")
_COMMENT_BLOCK = re.compile(r"\\begin\{comment\}.*?\\end\{comment\}|\\iffalse\b.*?\\fi\b", re.S)


def _tex_count(text: str, inputs: Path) -> int:
    code = "\n".join(re.split(r"(?<!\\)%", line)[0] for line in text.splitlines())
    code = _COMMENT_BLOCK.sub("", code)
    code = "\n".join(line for line in code.splitlines() if "newcommand" not in line)
    count = len(ENTRY_MACROS.findall(code))
    for name in _INPUT.findall(code):
        file = Path(name if name.endswith(".tex") else f"{name}.tex").name
        for path in sorted(inputs.rglob(file))[:1]:
            count += _tex_count(path.read_text(encoding="utf-8", errors="replace"), inputs)
    return count


# --- what the import found -----------------------------------------------------------------

ENTRY_SECTIONS = ("work", "education", "projects", "volunteer")


def imported_fields(data: dict[str, Any]) -> Fields:
    found = Fields(name=plain(data.get("basics", {}).get("name", "")))
    for item in _with_roles(data.get("work", [])) + data.get("volunteer", []):
        found.employers.append(plain(item.get("name") or item.get("organization") or ""))
        found.titles.append(plain(item.get("position") or ""))
    found.schools = [plain(item.get("institution") or "") for item in data.get("education", [])]
    found.projects = [plain(item.get("name") or "") for item in data.get("projects", [])]
    for section in ENTRY_SECTIONS:
        for item in _with_roles(data.get(section, [])):
            dates = {item.get("startDate"), item.get("endDate")} - {None}
            found.dates.append(frozenset(str(date) for date in dates))
            found.highlights += words([*item.get("highlights", []), *item.get("courses", [])])
    return found


def _with_roles(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each role at an employer as an entry of its own, as the PDF showed it."""
    return [
        {"name": item.get("name"), **role} for item in items for role in item.get("roles") or [item]
    ]


def imported_entries(data: dict[str, Any]) -> int:
    return sum(len(_with_roles(data.get(section, []))) for section in ENTRY_SECTIONS)


# --- the score -----------------------------------------------------------------------------


def scores(truth: Fields, found: Fields) -> dict[str, float]:
    """Each field's score from 0 to 1: the share of the truth found, extra finds counting
    against it; fields the truth and the import both lack are left out."""
    result = {"name": 1.0 if alike(truth.name, found.name) else 0.0}
    for key in ("employers", "titles", "schools", "projects"):
        wanted, got = getattr(truth, key), getattr(found, key)
        if wanted or got:
            result[key] = _matched(wanted, got, alike) / max(len(wanted), len(got))
    if truth.dates or found.dates:
        result["dates"] = _matched(truth.dates, found.dates, _same) / max(
            len(truth.dates), len(found.dates)
        )
    if truth.highlights or found.highlights:
        result["highlights"] = _word_f1(truth.highlights, found.highlights)
    return result


def alike(a: str, b: str) -> bool:
    return a == b or difflib.SequenceMatcher(a=a, b=b, autojunk=False).ratio() >= SIMILAR


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    return a == b


def _matched(wanted: list[Any], got: list[Any], match: Any) -> int:
    """How many of `wanted` have a partner in `got`, each used once."""
    left = list(got)
    count = 0
    for item in wanted:
        partner = next((index for index, other in enumerate(left) if match(item, other)), None)
        if partner is not None:
            del left[partner]
            count += 1
    return count


def _word_f1(wanted: list[str], got: list[str]) -> float:
    common = sum((Counter(wanted) & Counter(got)).values())
    if not common:
        return 0.0
    precision, recall = common / len(got), common / len(wanted)
    return 2 * precision * recall / (precision + recall)


def jsonresume_truth(path: Path) -> Fields:
    """The fields of a JSON Resume document (its own keys say what each is)."""
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    truth = Fields(name=plain(data.get("basics", {}).get("name", "")))
    for item in data.get("work") or []:
        truth.employers.append(plain(item.get("name") or item.get("company") or ""))
        truth.titles.append(plain(item.get("position") or ""))
    for item in data.get("volunteer") or []:
        truth.employers.append(plain(item.get("organization") or ""))
        truth.titles.append(plain(item.get("position") or ""))
    truth.schools = [plain(item.get("institution") or "") for item in data.get("education") or []]
    truth.projects = [plain(item.get("name") or "") for item in data.get("projects") or []]
    for section in ENTRY_SECTIONS:
        for item in data.get(section) or []:
            dates = {item.get("startDate"), item.get("endDate")} - {None, ""}
            truth.dates.append(frozenset(_truth_date(date) for date in dates))
            truth.highlights += words(str(h) for h in item.get("highlights") or [])
    return truth
