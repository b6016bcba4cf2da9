"""Section labels and month names in the languages the tool speaks."""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "about": "About",
        "work": "Experience",
        "projects": "Projects",
        "articles": "Writing",
        "skills": "Skills",
        "education": "Education",
        "volunteer": "Volunteering",
        "awards": "Awards",
        "certificates": "Certificates",
        "publications": "Publications",
        "languages": "Languages",
        "interests": "Interests",
        "references": "References",
        "reading": "Reading",
        "present": "Present",
        "resume": "Résumé",
        "portfolio": "Portfolio",
        "contents": "Contents",
        "skip": "Skip to content",
        "download": "Download",
        "page": "page",
        "of": "of",
    },
}
MONTHS: dict[str, list[str]] = {
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def language_of(locale: str | None) -> str:
    """The language we have labels for that `locale` (e.g. `de-DE`) asks for; English otherwise."""
    language = (locale or "en").replace("_", "-").split("-")[0].lower()
    return language if language in LABELS else "en"
