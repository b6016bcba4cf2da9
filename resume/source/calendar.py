"""The words of dates in the languages we have labels for: month names (as the outputs print
them, and as people write them in full) and the words for "ongoing". Sources are read with them
(source/dates.py) and outputs print with them (content/locale.py)."""

from __future__ import annotations

MONTHS: dict[str, list[str]] = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    "de": [
        "Jan.",
        "Feb.",
        "März",
        "Apr.",
        "Mai",
        "Juni",
        "Juli",
        "Aug.",
        "Sept.",
        "Okt.",
        "Nov.",
        "Dez.",
    ],
    "fr": [
        "janv.",
        "févr.",
        "mars",
        "avr.",
        "mai",
        "juin",
        "juil.",
        "août",
        "sept.",
        "oct.",
        "nov.",
        "déc.",
    ],
    "zh": [f"{month}月" for month in range(1, 13)],
}


# Words for "ongoing" that people write as an end date, in the languages above (lower case).
PRESENT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("present", "current", "currently", "now", "today", "ongoing", "to date", "till date"),
    "de": ("heute", "jetzt", "aktuell", "derzeit", "gegenwärtig", "laufend", "bis heute"),
    "fr": ("aujourd’hui", "aujourd'hui", "présent", "actuel", "actuellement", "en cours"),
    "zh": ("至今", "现在", "目前", "今"),
}
# Month names as people write them in full (the abbreviations are in MONTHS).
FULL_MONTHS: dict[str, list[str]] = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}  # fmt: skip


def month_words() -> dict[str, int]:
    """Every month name and abbreviation we know (lower case, without its dot) -> 1..12."""
    words: dict[str, int] = {"sept": 9, "jän": 1}  # common variants of the abbreviations
    for names in (*MONTHS.values(), *FULL_MONTHS.values()):
        for number, name in enumerate(names, 1):
            if not name.endswith("月"):
                words[name.lower().rstrip(".")] = number
    return words
