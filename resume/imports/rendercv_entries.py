"""RenderCV's entries in our sections. An entry's keys say its kind (education, experience,
publication, normal, one-line, bullet, numbered, text); the section's title decides where a
kind that fits several of ours goes (a normal entry under "Awards" is an award)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from resume.imports.base import Imported, text_of
from resume.imports.dates import parse_date
from resume.imports.profiles import web_address
from resume.imports.reading import Tree
from resume.imports.texts import free_dates, is_grade, link_in, split_list, title_words
from resume.source.parsed import FieldPath

# A section's title, folded, to the section of ours it names (the first pattern that matches).
_TITLES = (
    (r"volunt|volontar|benevol|ehrenamt|extracurricular|community|leadership", "volunteer"),
    (r"award|honou?r|prize|scholarship|achievement|premi|distinction|auszeichnung|prix", "awards"),
    (r"certif|licen[cs]|course|training|zertifikat|formations? continue", "certificates"),
    (r"publication|paper|talk|conference|pubblicazion|veroffentlich|article", "publications"),
    (r"language|lingu|sprach|langue|idiom", "languages"),
    (r"interest|hobb|passion|interess", "interests"),
    (r"reference|referenz", "references"),
    (
        r"summary|about|profile|objective|bio\b|presentation|sommario|profilo|overview|intro",
        "summary",
    ),
    (r"skill|technolog|competenc|conoscenz|familiar|expertise|kenntnis|tools|stack", "skills"),
    (r"project|progett|projekt|projet|portfolio", "projects"),
    (r"experience|employment|work|career|esperienz|berufs|job|teaching|research", "work"),
    (r"education|formazion|ausbildung|formation|school|studies|academic|istruzion", "education"),
)
_LABELS = {"work": "experience", "summary": "summary"}  # RenderCV's usual title for ours


_LABEL = re.compile(r"^\W*[^\W\d][\w ]{0,20}?\W*:\W*")  # `**Final grade:** ` before a grade


def target_of(title: str) -> str | None:
    text = title_words(title)
    return next(
        (target for pattern, target in _TITLES if re.search(rf"\b(?:{pattern})", text)), None
    )


def kind_of(entry: Any) -> str:
    if not isinstance(entry, dict):
        return "text"
    for key, kind in (
        ("institution", "education"),
        ("company", "experience"),
        ("title", "publication"),
        ("label", "one_line"),
        ("bullet", "text"),
        ("number", "text"),
        ("reversed_number", "text"),
        ("name", "normal"),
    ):
        if key in entry:
            return kind
    return "unknown"


class Placer:
    """Places the entries of RenderCV's sections in `data`, remembering the order of our
    sections and which titles each came from."""

    def __init__(self, tree: Tree, imported: Imported) -> None:
        self.tree = tree
        self.imported = imported
        self.data: dict[str, Any] = {}
        self.order: list[str] = []
        self.titles: dict[str, list[str]] = {}
        self.dropped: dict[tuple[str, str], tuple[int | None, int]] = {}
        self.summary_title: str | None = None

    def place(self, title: str, entries: list[Any]) -> None:
        target = target_of(title)
        for index, entry in enumerate(entries):
            where: FieldPath = ("cv", "sections", title, index)
            section = self._put(title, target, entry, where)
            if section and section not in self.order and section not in ("summary", "about"):
                self.order.append(section)
            if section:
                self.titles.setdefault(section, [])
                if title not in self.titles[section]:
                    self.titles[section].append(title)

    def _put(self, title: str, target: str | None, entry: Any, where: FieldPath) -> str | None:
        kind = kind_of(entry)
        if kind == "text":
            text = _text_entry(entry)
            return self._text(title, target, text, where, isinstance(entry, str)) if text else None
        if kind == "unknown":
            self._not_placed(f"an entry with keys {', '.join(map(str, entry))}", where)
            return None
        section, made = _MAKERS[kind](self, target, title, entry, where)
        self._check_keys(section, entry, where)
        self.data.setdefault(section, []).append(made)
        return section

    def _text(
        self, title: str, target: str | None, text: str, where: FieldPath, plain: bool
    ) -> str | None:
        """A text, bullet or numbered entry: a sentence of the summary, an award's title…;
        prose under a title we have no section for goes to `about` (the portfolio's)."""
        text = " ".join(text.split())
        basics = self.data.setdefault("basics", {})
        if target == "summary" and self.summary_title in (None, title):
            basics["summary"] = " ".join(filter(None, [basics.get("summary"), text]))
            self.summary_title = title  # the summary is one section's text; others are `about`
            return "summary"
        if target in _TEXT_PLACES:
            key, extra = _TEXT_PLACES[target]
            self.data.setdefault(target, []).append({key: text, **extra(title)})
            return target
        if target == "summary" or (plain and target is None):
            basics["about"] = "\n\n".join(filter(None, [basics.get("about"), text]))
            return "about"
        if target is None and (placed := self._labelled(text)):
            return placed
        self._not_placed(f"“{shorten(text)}” (section “{title}”)", where)
        return None

    def _labelled(self, text: str) -> str | None:
        """`**Languages:** English (fluent), Nepali` under a title of no section of ours: the
        label names the section, the rest is its list."""
        match = _LABELLED.match(text)
        section = target_of(match[1]) if match else None
        if match is None or section not in _LIST_PLACES:
            return None
        self.data.setdefault(section, []).extend(_LIST_PLACES[section](match[1], match[2]))
        return section

    def _not_placed(self, what: str, where: FieldPath) -> None:
        self.imported.note(f"{what}: no section of ours holds it", self.tree.line(where))

    def dates(self, entry: dict[str, Any], where: FieldPath) -> dict[str, str | None]:
        """startDate and endDate, from start_date and end_date or a free `date`."""
        start = self._date(entry.get("start_date"), (*where, "start_date"))
        end = self._date(entry.get("end_date"), (*where, "end_date"))
        if not start and not end and text_of(entry.get("date")):
            start, end = free_dates(text_of(entry["date"]))
            if start and not end and "start_date" not in entry:
                end = start  # one date: a point in time, not ongoing
            if not start and not link_in(text_of(entry["date"])):
                self._not_placed(f"the date “{text_of(entry['date'])}”", (*where, "date"))
        return {"startDate": start, "endDate": end}

    def one_date(self, entry: dict[str, Any], where: FieldPath) -> str | None:
        dates = self.dates(entry, where)
        return dates["endDate"] or dates["startDate"]

    def _date(self, value: Any, where: FieldPath) -> str | None:
        text = text_of(value)
        if not text:
            return None
        found = parse_date(text) or free_dates(text)[0]
        if not found:
            self._not_placed(f"the date “{text}”", where)
        return found

    def drop(self, section: str, key: str, where: FieldPath) -> None:
        """A key our section has no field for: said once per section and key, with a count."""
        line, count = self.dropped.get((section, key), (self.tree.line((*where, key)), 0))
        self.dropped[(section, key)] = (line, count + 1)

    def _check_keys(self, section: str, entry: dict[str, Any], where: FieldPath) -> None:
        read = _READ.get(section, set()) | _ALWAYS_READ
        for key, value in entry.items():
            if (text_of(value) or value) and key not in read:
                self.drop(section, key, where)

    def comment_titles(self) -> None:
        """Notes for dropped keys, and a comment at each section that says which RenderCV
        sections it holds, when their titles are not ours."""
        for (section, key), (line, count) in self.dropped.items():
            entries = "an entry" if count == 1 else f"{count} entries"
            self.imported.note(
                f"`{key}` of {entries} in {section}: no field of ours holds it", line
            )
        for section, titles in self.titles.items():
            if section in ("summary", "about"):
                path: FieldPath = ("basics", section)
            else:
                path = (section,)
            if any(title_words(title) not in (section, _LABELS.get(section)) for title in titles):
                named = ", ".join(f"“{title}”" for title in titles)
                self.imported.doubt(path, f"from RenderCV's {named}")


def shorten(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def _text_entry(entry: Any) -> str:
    if isinstance(entry, dict):
        return text_of(entry.get("bullet") or entry.get("number") or entry.get("reversed_number"))
    return text_of(entry)


def _type(title: str) -> dict[str, str]:
    """A publication's kind from its section's title, unless that says only Publications."""
    return (
        {}
        if title_words(title) == "publications"
        else {"type": title.replace("_", " ").strip()[:80]}
    )


_TEXT_PLACES: dict[str, tuple[str, Callable[[str], dict[str, str]]]] = {
    "awards": ("title", lambda _: {}),
    "certificates": ("name", lambda _: {}),
    "publications": ("name", _type),
    "languages": ("language", lambda _: {}),
    "interests": ("name", lambda _: {}),
    "references": ("reference", lambda _: {}),
    "skills": ("name", lambda _: {}),
    "projects": ("name", lambda _: {}),
}
_LABELLED = re.compile(r"^\*\*([^*]{1,40}?):?\*\*:?\s*(.+)$")  # **Label:** the rest
_LANGUAGE = re.compile(r"^(.+?)\s*\(([^()]+)\)$")  # English (fluent)


def _languages(_: str, rest: str) -> list[dict[str, str]]:
    found = [_LANGUAGE.match(item) for item in split_list(rest)]
    return [
        {"language": m[1], "fluency": m[2]} if m else {"language": item}
        for m, item in zip(found, split_list(rest), strict=True)
    ]


_LIST_PLACES: dict[str, Callable[[str, str], list[dict[str, Any]]]] = {
    "skills": lambda label, rest: [{"name": label, "keywords": split_list(rest)}],
    "interests": lambda label, rest: [{"name": label, "keywords": split_list(rest)}],
    "languages": _languages,
    "certificates": lambda _, rest: [{"name": item} for item in split_list(rest)],
    "awards": lambda _, rest: [{"title": item} for item in split_list(rest)],
}
_ALWAYS_READ = {"date", "start_date", "end_date"}
_READ = {
    "work": {
        "company",
        "position",
        "location",
        "summary",
        "highlights",
        "url",
        "description",
        "name",
    },
    "volunteer": {"company", "position", "summary", "highlights", "url", "name"},
    "education": {"institution", "area", "degree", "highlights", "url", "name"},
    "publications": {
        "title",
        "authors",
        "journal",
        "doi",
        "url",
        "summary",
        "name",
        "location",
        "highlights",
    },
    "projects": {"name", "summary", "highlights", "url"},
    "awards": {"name", "summary", "highlights", "label", "details", "location"},
    "certificates": {"name", "url", "label", "details", "location"},
    "skills": {"label", "details"},
    "languages": {"label", "details", "name", "summary"},
    "interests": {"label", "details", "name", "highlights"},
}


def _highlights(entry: dict[str, Any]) -> list[str]:
    items = entry.get("highlights")
    items = items if isinstance(items, list) else [items]
    return [" ".join(text_of(item).split()) for item in items if text_of(item)]


def _summary(entry: dict[str, Any]) -> str:
    return " ".join(text_of(entry.get("summary")).split())


def _url(entry: dict[str, Any]) -> str | None:
    return web_address(text_of(entry.get("url"))) or (
        web_address(link_in(text_of(entry.get("date"))) or "")
    )


def _experience(
    p: Placer, target: str | None, title: str, e: dict[str, Any], where: FieldPath
) -> tuple[str, dict[str, Any]]:
    summary = _summary(e) or " ".join(text_of(e.get("description")).split())
    if target == "volunteer":
        made: dict[str, Any] = {
            "organization": text_of(e.get("company")),
            "position": text_of(e.get("position")),
        }
        return "volunteer", {
            **made,
            **p.dates(e, where),
            "summary": summary,
            "highlights": _highlights(e),
            "url": _url(e),
        }
    if e.get("summary") and e.get("description"):
        p.drop("work", "description", where)
    made = {
        "name": text_of(e.get("company")),
        "position": text_of(e.get("position")),
        "location": text_of(e.get("location")),
    }
    return "work", {
        **made,
        **p.dates(e, where),
        "summary": summary,
        "highlights": _highlights(e),
        "url": _url(e),
    }


def _education(
    p: Placer, target: str | None, title: str, e: dict[str, Any], where: FieldPath
) -> tuple[str, dict[str, Any]]:
    highlights = _highlights(e)
    grades = [h for h in highlights if is_grade(h)]
    courses = [h for h in highlights if not is_grade(h)]
    made: dict[str, Any] = {
        "institution": text_of(e.get("institution") or e.get("name")),
        "area": text_of(e.get("area")),
        "studyType": text_of(e.get("degree")),
        **p.dates(e, where),
        "score": _LABEL.sub("", grades[0]) if grades else None,
        "courses": courses,
        "url": _url(e),
    }
    if courses:
        p.imported.doubt(
            ("education", len(p.data.get("education", [])), "courses"),
            "RenderCV's highlights; our education lists courses",
        )
    if _summary(e):
        p.drop("education", "summary", where)
    if text_of(e.get("location")):
        p.drop("education", "location", where)
    return "education", made


def _publication(
    p: Placer, target: str | None, title: str, e: dict[str, Any], where: FieldPath
) -> tuple[str, dict[str, Any]]:
    authors = e.get("authors")
    doi = text_of(e.get("doi"))
    made: dict[str, Any] = {
        "name": text_of(e.get("title")),
        "publisher": text_of(e.get("journal")),
        "releaseDate": p.one_date(e, where),
        "url": web_address(text_of(e.get("url"))) or (f"https://doi.org/{doi}" if doi else None),
        "summary": ", ".join(map(text_of, authors))
        if isinstance(authors, list)
        else text_of(authors),
        **_type(title),
    }
    return "publications", made


def _normal(
    p: Placer, target: str | None, title: str, e: dict[str, Any], where: FieldPath
) -> tuple[str, dict[str, Any]]:
    name, summary, highlights = text_of(e.get("name")), _summary(e), _highlights(e)
    prose = " ".join(filter(None, [summary, *highlights]))
    if target == "awards":
        return "awards", {
            "title": name,
            "date": p.one_date(e, where),
            "awarder": text_of(e.get("location")),
            "summary": prose,
        }
    if target == "certificates":
        return "certificates", {
            "name": name,
            "date": p.one_date(e, where),
            "url": _url(e),
            "issuer": text_of(e.get("location")),
        }
    if target == "publications":
        made: dict[str, Any] = {
            "name": name,
            "releaseDate": p.one_date(e, where),
            "publisher": text_of(e.get("location")),
            "summary": prose,
            "url": _url(e),
        }
        return "publications", {**made, **_type(title)}
    if target in ("work", "volunteer"):
        key = "name" if target == "work" else "organization"
        made = {
            key: name,
            **p.dates(e, where),
            "summary": summary,
            "highlights": highlights,
            "url": _url(e),
        }
        if target == "work":
            made["location"] = text_of(e.get("location"))
        return target, made
    if target == "education":
        return _education(p, target, title, e, where)
    if text_of(e.get("location")):
        p.drop("projects", "location", where)
    made = {
        "name": name,
        **p.dates(e, where),
        "description": summary,
        "highlights": highlights,
        "url": _url(e),
    }
    return "projects", made


def _one_line(
    p: Placer, target: str | None, title: str, e: dict[str, Any], where: FieldPath
) -> tuple[str, dict[str, Any]]:
    label, details = text_of(e.get("label")), " ".join(text_of(e.get("details")).split())
    if target == "languages":
        return "languages", {"language": label, "fluency": details}
    if target == "interests":
        return "interests", {"name": label, "keywords": split_list(details)}
    if target == "awards":
        return "awards", {"title": label, "summary": details}
    if target == "certificates":
        return "certificates", {"name": label, "issuer": details}
    return "skills", {"name": label, "keywords": split_list(details)}


_MAKERS: dict[
    str, Callable[[Placer, str | None, str, dict[str, Any], FieldPath], tuple[str, dict[str, Any]]]
] = {
    "experience": _experience,
    "education": _education,
    "publication": _publication,
    "normal": _normal,
    "one_line": _one_line,
}
