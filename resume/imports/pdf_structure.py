"""A résumé's structure from its layout: the name (the largest text at the top), the header
under it, sections by their headings, and in each section its entries: heading lines (bold,
dates in a flush-right column), the lines under them, highlights by their bullets."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from resume.imports.pdf_columns import columns as split_columns
from resume.imports.pdf_layout import Line, Link, Page, Run, Segment
from resume.imports.pdf_text import is_date, without_bullet

# Section names in the languages people write résumés in, by the section they are: the
# first of these words that a heading holds decides (Research Experience is work).
SECTION_WORDS: dict[str, tuple[str, ...]] = {
    "work": ("experience", "employment", "work", "career", "professional", "positions",
             "erfahrung", "beruf", "expérience", "emploi", "experiencia", "laboral",
             "esperienz", "ervaring", "werkervaring", "경력", "경험", "工作", "经历", "經歷",
             "職歴", "職務"),
    "education": ("education", "academic", "studies", "ausbildung", "bildung", "studium",
                  "formation", "éducation", "educación", "formación", "formação", "istruzione",
                  "opleiding", "학력", "교육", "教育", "学歴", "学历"),
    "projects": ("project", "projekt", "projet", "proyecto", "projeto", "progett",
                 "프로젝트", "项目", "プロジェクト"),
    "skills": ("skill", "technolog", "competenc", "kenntnisse", "fähigkeiten", "compétence",
               "habilidades", "competências", "기술", "技能", "スキル", "tools", "expertise"),
    "publications": ("publication", "papers", "veröffentlichung", "논문", "论文", "发表"),
    "awards": ("award", "honor", "honour", "prize", "achievement", "auszeichnung", "prix",
               "premio", "수상", "奖", "受賞"),
    "certificates": ("certific", "licen", "zertifik", "자격", "证书", "資格"),
    "languages": ("language", "sprachen", "langues", "idiomas", "lingue", "언어", "语言", "語学"),
    "volunteer": ("volunteer", "ehrenamt", "bénévol", "voluntari", "봉사", "志愿"),
    "interests": ("interest", "hobbies", "hobby", "interessen", "intérêts", "loisirs",
                  "intereses", "취미", "兴趣", "趣味"),
    "references": ("reference", "referenzen", "références", "referencias"),
    "summary": ("summary", "profile", "about", "objective", "profil", "zusammenfassung",
                "über mich", "à propos", "resumen", "perfil", "sobre mí", "요약", "소개",
                "简介", "概要", "自我"),
    "contact": ("contact", "kontakt", "coordonnées", "contacto", "contatti", "연락처", "联系",
                "連絡先", "personal details", "persönliche daten", "informations personnelles"),
}  # fmt: skip
_FURNITURE = re.compile(
    r"^(last updated|updated|page \d+|\d+\s*(/|of)\s*\d+$|seite \d+|zuletzt aktualisiert)"
    r"|\b(page|seite|página) \d+\s*(of|/|von|sur|de)\s*\d+$",
    re.IGNORECASE,
)
_HEADING_WORDS = 6
_ASIDE = 0.55  # a segment that starts this far across the page is a side column (dates)
_WRAPPED = 1.45  # lines closer than this many ems are one paragraph


@dataclass
class Entry:
    """One entry: its heading lines, the side column beside them, and what is under them."""

    headings: list[Line] = field(default_factory=list)
    asides: list[str] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)
    highlights: list[str] = field(default_factory=list)
    hyphenated: bool = False  # the last text ended in a soft hyphen
    role: bool = False  # another role at the employer of the entry before it
    links: list[str] = field(default_factory=list)  # where its heading links to

    @property
    def has_body(self) -> bool:
        return bool(self.summary or self.highlights)


@dataclass
class Section:
    """A section under a heading: its entries, and text that is in no entry."""

    title: str
    kind: str  # one of SECTION_WORDS, or "" when the heading is none we know
    entries: list[Entry] = field(default_factory=list)
    text: list[str] = field(default_factory=list)
    bullets: list[str] = field(default_factory=list)
    pairs: list[tuple[str, str]] = field(default_factory=list)  # Label: value lines
    lines: list[Line] = field(default_factory=list)  # every line under its heading


@dataclass
class Layout:
    name: str
    header: list[Line]
    sections: list[Section]
    header_links: list[str] = field(default_factory=list)


def section_kind(title: str) -> str:
    """Which section a heading names, by the first word of a known section it holds."""
    text = unicodedata.normalize("NFC", title).casefold()
    found = [
        (match.start(), kind)
        for kind, words in SECTION_WORDS.items()
        for word in words
        if (match := re.search(rf"(?<!\w){re.escape(word)}", text))
    ]
    return min(found)[1] if found else ""


def read_layout(pages: list[Page]) -> Layout:
    # each column goes on from page to page: the main text, then the side column
    columns = [split_columns(page.lines, page.width) for page in pages]
    lines = [line for main, _ in columns for line in main]
    lines += [line for _, side in columns for line in side]
    lines = [_dates_apart(line) for line in lines if not _FURNITURE.search(line.text)]
    if not lines:
        return Layout("", [], [])
    width = max(page.width for page in pages)
    links = [link for page in pages for link in page.links]
    body = body_size(lines)
    name_at = _name_line(lines[:8], body)
    headings = _headings(lines, body, name_at)
    while (
        len(headings) > 1
        and headings[1] == headings[0] + 1
        and not section_kind(lines[headings[0]].text)
    ):
        headings.pop(0)  # a title in the headings' style, under the name: the header's
    first = headings[0] if headings else len(lines)
    ends = [*headings[1:], len(lines)] if headings else []
    sections = [
        _section(lines[start], lines[start + 1 : end], _Page(width, body, links))
        for start, end in zip(headings, ends, strict=True)
    ]
    name_end = _name_end(lines, name_at, first, body)
    header = lines[name_end:first]  # what is above the name is no part of it
    above = lines[first] if headings else None
    header_links = [
        link.uri
        for link in links
        if link.page == 0 and (above is None or (link.page, link.bottom) > (above.page, above.y))
    ]
    name = " ".join(line.text for line in lines[name_at:name_end])
    return Layout(name, header, sections, header_links)


def links_on(line: Line, links: list[Link]) -> list[str]:
    """Where the links drawn over `line` go."""
    return [
        link.uri
        for link in links
        if link.page == line.page
        and link.bottom - 2 <= line.y <= link.top + 2
        and link.left < line.x1
        and line.x0 < link.right
    ]


def body_size(lines: list[Line]) -> float:
    """The size most of the text is set in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        for segment in line.segments:
            for run in segment.runs:
                sizes[round(run.size * 2) / 2] += len(run.text.strip())
    return sizes.most_common(1)[0][0]


def _name_line(top: list[Line], body: float) -> int:
    """The person's name: the largest text among the first lines of the first page."""
    largest = max(range(len(top)), key=lambda index: top[index].size)
    return largest if top[largest].size > body * 1.2 else 0


def _name_end(lines: list[Line], name_at: int, first: int, body: float) -> int:
    """Where the name ends: a name too long for its line goes on in the next, as large (a
    name set as large as the text is one line)."""
    end = name_at + 1
    if lines[name_at].size <= body * 1.2:
        return end
    while end < min(first, name_at + 3) and abs(lines[end].size - lines[name_at].size) < 0.5:
        end += 1
    return end


def _style(line: Line) -> tuple[float, bool, bool]:
    segment = line.segments[0]
    return round(segment.size), segment.bold, segment.text.isupper()


def _could_head(line: Line) -> bool:
    text = line.text
    return (
        len(line.segments) == 1
        and 0 < len(text.split()) <= _HEADING_WORDS
        and len(text) <= 60
        and not text.rstrip().endswith((":", ".", ","))
        and without_bullet(text) is None
        and not is_date(text)
    )


def _headings(lines: list[Line], body: float, name_at: int) -> list[int]:
    """Where the sections start: lines in the style of those that name a known section
    (a custom title in the same style is a heading too), or else in a larger size."""
    candidates = [i for i, line in enumerate(lines) if i != name_at and _could_head(line)]
    known = [i for i in candidates if section_kind(lines[i].text)]
    styles = Counter(_style(lines[i]) for i in known if _stands_out(lines[i], body))
    if styles:
        style = styles.most_common(1)[0][0]
        return [i for i in candidates if _style(lines[i]) == style and i > name_at]
    return [i for i in candidates if lines[i].size >= body * 1.15 and i > name_at]


def _stands_out(line: Line, body: float) -> bool:
    segment = line.segments[0]
    return segment.size > body * 1.05 or segment.bold or segment.text.isupper()


@dataclass(frozen=True)
class _Page:
    """What reading a section's lines needs to know of the document."""

    width: float
    body: float  # the size most text is set in
    links: list[Link]


def _section(heading: Line, lines: list[Line], page: _Page) -> Section:
    section = Section(heading.text, section_kind(heading.text), lines=lines)
    reader = _EntryReader(section, page)
    for line in lines:
        reader.add(line)
    return section


class _EntryReader:
    """Reads a section's lines one by one into entries."""

    def __init__(self, section: Section, page: _Page) -> None:
        self.section = section
        self.page = page
        self.aside_from = page.width * _ASIDE
        self.entry: Entry | None = None
        self.last: Line | None = None
        self.in_bullet = False
        self.bullet_x0 = 0.0  # where the last bullet stands: its text's lines go further right
        self.unmarked = False  # the entry's highlights are lines set in, with no bullet drawn

    def add(self, line: Line) -> None:
        main = [s for i, s in enumerate(line.segments) if i == 0 or s.x0 < self.aside_from]
        asides = [s.text for s in line.segments if s not in main]
        if main and main[0].x0 >= self.aside_from and self.entry is not None:
            self.entry.asides.append(line.text)  # a line of the side column alone
            return
        dated = bool(asides)
        if asides and self.entry is not None and not self._starts_entry(line, main, asides):
            self.entry.asides += asides  # the side column beside the entry's text
            asides = []
        self._add_main(line, main, asides, dated)
        self.last = line

    def _add_main(self, line: Line, main: list[Segment], asides: list[str], dated: bool) -> None:
        text = " ".join(segment.text for segment in main)
        bulleted = without_bullet(text)
        if bulleted is not None:
            self._highlight(bulleted, line)
        elif self._pair(main, asides):
            self.section.pairs.append((_label(main[0]), _value(main, asides)))
        elif self._continues_heading(line, main):
            entry = self.entry
            assert entry is not None
            entry.headings[-1] = _joined(entry.headings[-1], line)
            entry.asides += asides
        elif self._starts_entry(line, main, asides):
            self.entry = Entry([_only(line, main)], asides, links=links_on(line, self.page.links))
            self.section.entries.append(self.entry)
            self.in_bullet = self.unmarked = False
        elif self.entry and not self.entry.has_body and self._subheading(line, dated):
            self.entry.headings.append(_only(line, main))
            self.entry.asides += asides
        elif self.entry and self._another_role(line, self.entry):
            self.entry = Entry([self.entry.headings[0], _only(line, main)], asides, role=True)
            self.section.entries.append(self.entry)
            self.in_bullet = self.unmarked = False
        elif self.entry and is_date(text):
            self.entry.asides.append(text)  # a line of dates alone: the entry's
        elif self._unmarked_highlight(line, text):
            self._highlight(text, line)
            self.unmarked = True
        else:
            self._text(text + (" " + " ".join(asides) if asides else ""), line)

    def _pair(self, main: list[Segment], asides: list[str]) -> bool:
        """`Label: value`, the label bold: a skill group, a language, a fact."""
        first = main[0]
        label = first.runs[0].text.strip() if first.runs else ""
        if not first.runs or not first.runs[0].bold or asides:
            return False
        if label.endswith((":", "：")) or (
            len(first.runs) > 1 and first.runs[1].text.lstrip()[:1] in ":："
        ):
            return True
        return len(main) > 1 and not main[1].bold and len(label.split()) <= 4

    def _continues_heading(self, line: Line, main: list[Segment]) -> bool:
        """A bold heading too long for its line goes on in the next one."""
        entry, last = self.entry, self.last
        if entry is None or last is None or entry.has_body or len(entry.headings) != 1:
            return False
        close = last.y - line.y < _WRAPPED * line.size and last.page == line.page
        first = entry.headings[0]
        continues = (first.page, first.y) == (last.page, last.y) and len(main) == 1
        return close and continues and _starts_bold(main[0])

    def _starts_entry(self, line: Line, main: list[Segment], asides: list[str]) -> bool:
        """A bold line starts an entry (unless it goes on with a bullet's text, set in as it
        is); so does, at the entry's margin, a line set larger than the text; so does one
        with dates beside it or first, unless they are the dates of an entry whose heading
        has none."""
        if self._in_bullet_text(line):
            return False
        if _starts_bold(main[0]) and without_bullet(main[0].text) is None:
            return True
        if self._at_margin(line) and self._larger(main[0]):
            return True
        dated = any(is_date(aside) for aside in asides) or _dates_first(main)
        if not dated or not self._at_margin(line):
            return False
        entry = self.entry
        return entry is None or entry.has_body or any(is_date(aside) for aside in entry.asides)

    def _at_margin(self, line: Line) -> bool:
        """Not set in from the heading of the entry before (as its text may be); dates set
        before the headings (in a column of their own) do not count."""
        entry = self.entry
        return entry is None or _text_x0(line) <= _text_x0(entry.headings[0]) + 0.5 * line.size

    def _larger(self, segment: Segment) -> bool:
        first = next((run for run in segment.runs if run.text.strip()), None)
        return first is not None and first.size >= self.page.body * 1.08

    def _unmarked_highlight(self, line: Line, text: str) -> bool:
        """A line set in from its entry's heading, with no bullet drawn, that starts as a
        sentence does: a highlight of a list whose bullets are not text (HTML themes)."""
        entry = self.entry
        if entry is None or (entry.highlights and not self.unmarked):
            return False
        set_in = line.x0 >= entry.headings[0].x0 + 1.5 * line.size
        return set_in and (text[:1].isupper() or text[:1].isdigit())

    def _highlight(self, text: str, line: Line) -> None:
        if self.entry is None:
            self.section.bullets.append(text)
        else:
            self.entry.highlights.append(text)
            self.entry.hyphenated = line.hyphenated
        self.in_bullet = True
        self.bullet_x0 = line.x0

    def _text(self, text: str, line: Line) -> None:
        """A line that is no heading and no bullet: the rest of a highlight, or a paragraph."""
        entry = self.entry
        if entry is None:
            target = self.section.bullets if self.in_bullet else self.section.text
            _append(target, text, self._continues(line))
            return
        target = entry.highlights if self.in_bullet else entry.summary
        _append(target, text, self._continues(line), hyphenated=entry.hyphenated)
        entry.hyphenated = line.hyphenated

    def _subheading(self, line: Line, dated: bool) -> bool:
        """A line under an entry's heading that belongs to it: short, and set apart (italic,
        capitals, a size neither the heading's nor the text's) or with the dates beside it."""
        entry = self.entry
        if entry is None or len(line.text.split()) > 14:
            return False
        first = line.segments[0]
        sizes = (entry.headings[0].segments[0].size, self.page.body)
        other_size = all(abs(first.size - size) > 0.5 for size in sizes)
        set_apart = first.italic or first.text.isupper() or other_size
        return dated or set_apart or is_date(first.text)

    def _another_role(self, line: Line, entry: Entry) -> bool:
        """After an entry's text, a line in the style of its second heading line (the title
        under the employer's name) names another role there."""
        if not entry.has_body or len(entry.headings) < 2 or self._in_bullet_text(line):
            return False
        ours, theirs = line.segments[0], entry.headings[1].segments[0]
        alike = (round(ours.size), ours.bold, ours.italic, ours.x0 // 2) == (
            round(theirs.size),
            theirs.bold,
            theirs.italic,
            theirs.x0 // 2,
        )
        return alike and len(line.segments) == 1 and len(line.text.split()) <= 10

    def _in_bullet_text(self, line: Line) -> bool:
        return self.in_bullet and line.x0 > self.bullet_x0 + 0.2 * line.size

    def _continues(self, line: Line) -> bool:
        """The line goes on with the text before it: close under it, or, after a bullet,
        set in from the bullet (on the next page too)."""
        if self._in_bullet_text(line):
            return True
        last = self.last
        return (
            last is not None and last.page == line.page and last.y - line.y < _WRAPPED * line.size
        )


def _append(target: list[str], text: str, continues: bool, hyphenated: bool = False) -> None:
    if target and continues:
        target[-1] += text if hyphenated else f" {text}"
    else:
        target.append(text)


def _text_x0(line: Line) -> float:
    """Where the line's words start, after any dates set before them."""
    return next((s.x0 for s in line.segments if not is_date(s.text)), line.x0)


def _dates_apart(line: Line) -> Line:
    """`Jan 2020 – present  Senior Developer, …` set close: the dates, styled apart from the
    words after them, as a segment of their own (moderncv's dates column)."""
    first = line.segments[0]
    for cut in range(1, len(first.runs)):
        head, tail = first.runs[:cut], first.runs[cut:]
        dates = "".join(run.text for run in head).strip()
        rest = "".join(run.text for run in tail).strip()
        if dates and rest[:1].isalpha() and is_date(dates):
            width = (first.x1 - first.x0) * len(dates) / max(len(first.text), 1)
            apart = [
                Segment(first.x0, first.x0 + width, head),
                Segment(first.x0 + width, first.x1, tail),
            ]
            return Line(line.page, line.y, [*apart, *line.segments[1:]], line.hyphenated)
    return line


def _dates_first(main: list[Segment]) -> bool:
    """`2018-2023   Salsify ---- Boston MA`: dates, then what they are the dates of."""
    return len(main) > 1 and is_date(main[0].text)


def _only(line: Line, main: list[Segment]) -> Line:
    """The line without its side column."""
    return Line(line.page, line.y, main, line.hyphenated)


def _starts_bold(segment: Segment) -> bool:
    return next((run.bold for run in segment.runs if run.text.strip()), False)


def _label(segment: Segment) -> str:
    return segment.runs[0].text.strip().rstrip(":： ")


def _value(main: list[Segment], asides: list[str]) -> str:
    first = main[0]
    rest = "".join(run.text for run in first.runs[1:]).strip().lstrip(":： ")
    parts = [rest] if rest else []
    parts += [segment.text for segment in main[1:]]
    return " ".join([*parts, *asides]).strip()


def _joined(first: Line, second: Line) -> Line:
    """A heading line and the line its words go on in, as one."""
    head, tail = first.segments[0], second.segments[0]
    runs = [Run(run.text, run.size, run.bold, run.italic) for run in head.runs]
    for run in tail.runs:
        last = runs[-1]
        if (round(last.size, 1), last.bold, last.italic) == (
            round(run.size, 1),
            run.bold,
            run.italic,
        ):
            last.text = f"{last.text.rstrip()} {run.text.lstrip()}"
        else:
            runs.append(Run(run.text, run.size, run.bold, run.italic))
    merged = Segment(head.x0, max(head.x1, tail.x1), runs)
    return Line(first.page, first.y, [merged, *first.segments[1:]], second.hyphenated)
