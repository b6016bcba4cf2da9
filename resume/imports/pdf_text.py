"""What pieces of a résumé's text are by their shape: dates and date ranges, e-mail addresses,
phone numbers, web addresses and profiles, durations, bullets."""

from __future__ import annotations

import re
from dataclasses import dataclass

from resume.source.dates import read_loose_date

BULLET = re.compile(r"^\s*([•◦▪▫‣∙●○■□➢►▸✓✔–—*·-])\s+")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d\s().-]{6,}\d(?![\w/])")
_URL = re.compile(
    r"(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/[^\s|,;]*)?", re.IGNORECASE
)
_DURATION = re.compile(
    r"^\d+\s*(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años|meses)\b", re.IGNORECASE
)
# Between the two dates of a range; a hyphen between two years (2018-2023) too.
_RANGE = re.compile(r"\s+(?:-|to|bis|à|al|a)\s+|\s*[–—‑−~]\s*|(?<=\d{4})-(?=\d{4}\b)|至")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CJK_DATE = re.compile(r"(\d{4})\s*[년年]\s*(\d{1,2})\s*[월月]")  # 2024년 3월, 2024年3月
_CJK_PRESENT = re.compile(r"현재|現在|至今|今")
# Networks whose profile addresses name the user: host -> the network's name.
NETWORKS = {
    "github.com": "GitHub",
    "gitlab.com": "GitLab",
    "linkedin.com": "LinkedIn",
    "twitter.com": "Twitter",
    "x.com": "X",
    "t.me": "Telegram",
    "medium.com": "Medium",
    "stackoverflow.com": "Stack Overflow",
    "orcid.org": "ORCID",
    "scholar.google.com": "Google Scholar",
    "researchgate.net": "ResearchGate",
    "instagram.com": "Instagram",
    "youtube.com": "YouTube",
    "facebook.com": "Facebook",
    "bitbucket.org": "Bitbucket",
    "kaggle.com": "Kaggle",
    "leetcode.com": "LeetCode",
}


@dataclass(frozen=True)
class Span:
    """When something happened: `start` and `end` as our source writes them."""

    start: str
    end: str | None


def date_span(text: str) -> Span | None:
    """The dates in `text`, as a range (`Sept 2022 – present`) or one date (`2024`, which is
    both its start and end); None when it holds no year and no word for "present"."""
    text = _western(text)
    if not _YEAR.search(text) and read_loose_date(text) is None:
        return None
    parts = [part for part in _RANGE.split(text.strip()) if part.strip()]
    if len(parts) == 2 and not _YEAR.search(parts[0]) and (year := _YEAR.search(parts[1])):
        parts[0] = f"{parts[0]} {year.group(0)}"  # Feb – May 2022: both in 2022
    dates = [found for part in parts if (found := read_loose_date(part)) is not None]
    if not dates:
        return None
    if len(dates) == 1:
        return Span(dates[0].date, dates[0].date if dates[0].date != "present" else None)
    start, end = dates[0].date, dates[-1].date
    if start == "present":
        return None
    return Span(start, end)


def _western(text: str) -> str:
    """Korean, Japanese and Chinese dates as the date reader reads them."""
    text = _CJK_DATE.sub(lambda match: f"{match[1]}-{int(match[2]):02d}", text)
    return _CJK_PRESENT.sub(" present ", text)


def is_date(text: str) -> bool:
    """`text` is a date or a range and little else (a note such as "(Expected)" at most)."""
    text = _western(text)
    span = date_span(text)
    if span is None:
        return False
    rest = _RANGE.sub(" ", text)
    rest = re.sub(r"\d+|[.,()/]", " ", rest)
    words = [word for word in rest.split() if read_loose_date(f"{word} 2000") is None]
    return len(words) <= 2


def is_duration(text: str) -> bool:
    """`2 years 7 months`, as some themes print beside the dates."""
    return bool(_DURATION.match(text.strip()))


def without_bullet(text: str) -> str | None:
    """The text after a bullet, or None when it does not start with one."""
    match = BULLET.match(text)
    return text[match.end() :].strip() if match else None


def urls_in(text: str) -> list[str]:
    """Web addresses in `text`, as https:// links; e-mail addresses are not."""
    text = EMAIL.sub(" ", text)
    found = []
    for match in _URL.finditer(text):
        url = match.group(0).rstrip(".)")
        if "/" not in url and not re.search(r"\.(com|org|net|io|dev|me|app|ai|co|info)$", url):
            continue  # "Vert.x", "Node.js": dotted words, not addresses
        found.append(url if url.lower().startswith("http") else f"https://{url}")
    return found


def profile_of(url: str) -> dict[str, str] | None:
    """A profile on a known network, from its address: network, username and url."""
    match = re.match(r"(?:https?://)?(?:www\.)?([^/]+)/(?:in/|u/|@)?([^/?#\s]+)", url, re.I)
    if not match or match.group(1).lower() not in NETWORKS:
        return None
    username = match.group(2)
    return {"network": NETWORKS[match.group(1).lower()], "username": username, "url": url}


def phones_in(text: str) -> list[str]:
    """Phone numbers: seven digits or more, not a range of years."""
    found = []
    for match in PHONE.finditer(text):
        number = match.group(0).strip()
        digits = re.sub(r"\D", "", number)
        if len(digits) < 7 or re.fullmatch(r"(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d", number):
            continue
        found.append(number)
    return found
