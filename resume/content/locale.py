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
    "degree": "{type} in {area}",
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
    "degree": "{type} in {area}",
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
    "degree": "{type} en {area}",
}
_CHINESE = {
    "about": "关于我",
    "work": "工作经历",
    "projects": "项目经历",
    "articles": "文章",
    "skills": "专业技能",
    "education": "教育背景",
    "volunteer": "志愿服务",
    "awards": "获奖经历",
    "certificates": "证书",
    "publications": "出版物",
    "languages": "语言能力",
    "interests": "兴趣爱好",
    "references": "推荐人",
    "reading": "阅读",
    "present": "至今",
    "resume": "简历",
    "portfolio": "作品集",
    "contents": "目录",
    "skip": "跳到正文",
    "download": "下载",
    "page": "页",
    "of": "/",
    "score": "成绩",
    "degree": "{area}{type}",
}
LABELS: dict[str, dict[str, str]] = {
    "en": _ENGLISH,
    "de": {**_ENGLISH, **_GERMAN},
    "fr": {**_ENGLISH, **_FRENCH},
    "zh": {**_ENGLISH, **_CHINESE},
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
    "zh": [f"{month}月" for month in range(1, 13)],
}


# How a month and a year are written together; `{month} {year}` unless said here.
MONTH_YEAR: dict[str, str] = {"zh": "{year}年{month}"}


def language_of(locale: str | None) -> str:
    """The language we have labels for that `locale` (e.g. `de-DE`) asks for; English otherwise."""
    language = (locale or "en").replace("_", "-").split("-")[0].lower()
    return language if language in LABELS else "en"


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
