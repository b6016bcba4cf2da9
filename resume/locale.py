"""Section labels and month names in the languages the tool speaks.

`render.locale` in the source picks them (`de`, `de-AT`, `fr-CH`…). A label missing from a
language falls back to English, so adding a label to English never breaks the others.
"""

from __future__ import annotations

_ENGLISH = {
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
    "score": "Score",
}
_GERMAN = {
    "about": "Über mich",
    "work": "Berufserfahrung",
    "projects": "Projekte",
    "articles": "Artikel",
    "skills": "Kenntnisse",
    "education": "Ausbildung",
    "volunteer": "Ehrenamt",
    "awards": "Auszeichnungen",
    "certificates": "Zertifikate",
    "publications": "Veröffentlichungen",
    "languages": "Sprachen",
    "interests": "Interessen",
    "references": "Referenzen",
    "reading": "Lektüre",
    "present": "heute",
    "resume": "Lebenslauf",
    "portfolio": "Portfolio",
    "contents": "Inhalt",
    "skip": "Zum Inhalt springen",
    "download": "Herunterladen",
    "page": "Seite",
    "of": "von",
    "score": "Note",
}
_FRENCH = {
    "about": "À propos",
    "work": "Expérience professionnelle",
    "projects": "Projets",
    "articles": "Articles",
    "skills": "Compétences",
    "education": "Formation",
    "volunteer": "Bénévolat",
    "awards": "Distinctions",
    "certificates": "Certifications",
    "publications": "Publications",
    "languages": "Langues",
    "interests": "Centres d’intérêt",
    "references": "Références",
    "reading": "Lectures",
    "present": "aujourd’hui",
    "resume": "CV",
    "portfolio": "Portfolio",
    "contents": "Sommaire",
    "skip": "Aller au contenu",
    "download": "Télécharger",
    "page": "page",
    "of": "sur",
    "score": "Mention",
}
LABELS: dict[str, dict[str, str]] = {
    "en": _ENGLISH,
    "de": {**_ENGLISH, **_GERMAN},
    "fr": {**_ENGLISH, **_FRENCH},
}
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
}


def language_of(locale: str | None) -> str:
    """The language we have labels for that `locale` (e.g. `de-DE`) asks for; English otherwise."""
    language = (locale or "en").replace("_", "-").split("-")[0].lower()
    return language if language in LABELS else "en"
