"""Dates as people write them in other tools, to ours: `2019-03`, `Mar 2019`, `03/2019`,
`Octobre 2021`, a bare year, `present`; and a range of two of them."""

from __future__ import annotations

import re
import unicodedata

# Month names and their usual abbreviations, in the languages our users' files come in.
_MONTHS = {
    1: "january jan janvier janv januar jän enero ene gennaio gen janeiro januari stycz",
    2: "february feb fevrier fevr fev februar febrero febbraio fevereiro februari luty",
    3: "march mar mars marz maerz marzo marco maart marzec",
    4: "april apr avril avr abril aprile apr kwiecien",
    5: "may mai mayo maggio mag maio mei maj",
    6: "june jun juin juni junio giugno giu junho czerwiec",
    7: "july jul juillet juil juli julio luglio lug julho lipiec",
    8: "august aug aout agosto ago augustus sierpien",
    9: "september sep sept septembre septiembre settembre set setembro wrzesien",
    10: "october oct octobre oktober octubre ottobre ott outubro okt pazdziernik",
    11: "november nov novembre noviembre novembro listopad",
    12: "december dec decembre dezember dez diciembre dic dicembre dezembro grudzien",
}
MONTH_NUMBERS = {name: number for number, names in _MONTHS.items() for name in names.split()}
_PRESENT = {
    "present", "current", "now", "today", "ongoing", "heute", "aktuell", "actuel", "actuelle",
    "aujourd'hui", "presente", "oggi", "attuale", "atual", "hoy", "actualidad", "nu", "obecnie",
}  # fmt: skip
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{4})$")  # 03/2019, 3.2019
_DAY_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")  # 14.07.2011 (day first)
_WORDS = re.compile(r"^(?:(\d{1,2})\.?\s+)?([^\W\d_]+)\.?,?\s+(\d{4})$")  # Mar 2019, 14 July 2011
_SINCE = re.compile(r"^(?:since|from|depuis|seit|desde|dal|dès|od)\s+(.+)$", re.IGNORECASE)
_YEARS = re.compile(r"^(\d{4})\s*[-–—/]\s*(\d{4})$")  # 2019-2020
_RANGE = re.compile(r"\s+(?:-|–|—|to|bis|à|a|al|au)\s+|\s*[–—]\s*|(?<=\d)\s*-\s*(?=\D)")


def folded(text: str) -> str:
    """Lower case without accents: `Août` -> `aout`."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse_date(text: str) -> str | None:
    """Our form of one date (YYYY, YYYY-MM, YYYY-MM-DD or present), or None."""
    text = text.strip().rstrip(".")
    if folded(text) in _PRESENT:
        return "present"
    if match := _ISO.match(text):
        return _joined(match[1], match[2], match[3])
    if match := _NUMERIC.match(text):
        return _joined(match[2], match[1])
    if match := _DAY_NUMERIC.match(text):
        return _joined(match[3], match[2], match[1])
    if (match := _WORDS.match(text)) and (month := MONTH_NUMBERS.get(folded(match[2]))):
        return _joined(match[3], str(month), match[1])
    return None


def _joined(year: str, month: str | None = None, day: str | None = None) -> str | None:
    if month and not 1 <= int(month) <= 12:
        return None
    if day and not 1 <= int(day) <= 31:
        return None
    parts = [year, *(f"{int(part):02d}" for part in (month, day) if part)]
    return "-".join(parts[: 2 if not month else 3])


def parse_range(text: str) -> tuple[str | None, str | None]:
    """(start, end) of `2017-09 - 2021-09`, `Jan 2020 – Present`, `2019`; (None, None) when
    neither side is a date."""
    text = text.strip()
    if not text:
        return None, None
    if single := parse_date(text):
        return single, None
    if years := _YEARS.match(text):
        return years[1], years[2]
    if since := _SINCE.match(text):
        return parse_date(since[1]), None
    parts = [part for part in _RANGE.split(text, maxsplit=1) if part.strip()]
    if len(parts) != 2:
        return None, None
    start, end = parse_date(parts[0]), parse_date(parts[1])
    if end and not start:  # `July to November 2023`: the start's year is the end's
        start = _month_of(parts[0], end[:4])
    if start and not end:  # `2022-08 - 11`
        end = _month_of(parts[1], start[:4])
    return start, end


def _month_of(text: str, year: str) -> str | None:
    """`July` or `07` in `year`, or None."""
    text = folded(text.strip().rstrip("."))
    month = MONTH_NUMBERS.get(text) or (int(text) if text.isdigit() and len(text) <= 2 else None)
    return _joined(year, str(month)) if month else None
