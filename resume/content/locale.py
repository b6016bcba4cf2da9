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
    "download": "Download {what}",
    "page": "page",
    "of": "of",
    "score": "Score",
    "degree": "{type} in {area}",
    "language": "Language",
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
    "download": "{what} herunterladen",
    "page": "Seite",
    "of": "von",
    "score": "Note",
    "degree": "{type} in {area}",
    "language": "Sprache",
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
    "download": "Télécharger {what}",
    "page": "page",
    "of": "sur",
    "score": "Mention",
    "degree": "{type} en {area}",
    "language": "Langue",
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
    "download": "下载{what}",
    "page": "页",
    "of": "/",
    "score": "成绩",
    "degree": "{area}{type}",
    "language": "语言",
}
LABELS: dict[str, dict[str, str]] = {
    "en": _ENGLISH,
    "de": {**_ENGLISH, **_GERMAN},
    "fr": {**_ENGLISH, **_FRENCH},
    "zh": {**_ENGLISH, **_CHINESE},
}


# Each language's name in itself, for the web page's language switch.
LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "zh": "中文"}


def language_name(code: str) -> str:
    """`de-AT` -> `Deutsch`; a language without tables is shown by its code."""
    return LANGUAGE_NAMES.get(code.replace("_", "-").split("-")[0].lower(), code)


# How a month and a year are written together; `{month} {year}` unless said here.
MONTH_YEAR: dict[str, str] = {"zh": "{year}年{month}"}


def language_of(locale: str | None) -> str:
    """The language we have labels for that `locale` (e.g. `de-DE`) asks for; English otherwise."""
    language = (locale or "en").replace("_", "-").split("-")[0].lower()
    return language if language in LABELS else "en"


LETTER_REGIONS = {"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "PR", "DO", "SV"}


def default_page_size(locale: str | None) -> str:
    """Letter where it is the custom (the Americas' letter countries, the Philippines, and plain
    English, whose readers mostly are), A4 everywhere else."""
    parts = (locale or "en").replace("_", "-").split("-")
    language = parts[0].lower()
    region = next((part.upper() for part in parts[1:] if len(part) == 2 and part.isalpha()), "")
    if region:
        return "letter" if region in LETTER_REGIONS else "a4"
    return "letter" if language == "en" else "a4"
