"""Out: a source as RenderCV YAML (`cv` with its sections, and RenderCV's classic theme), so a
person can try both tools on one source. `resume import` reads it back (imports/rendercv.py).

RenderCV's entry types are few: jobs and volunteering are experience entries (one per role),
schools education entries, skills, languages and interests one-line entries, everything else
normal entries (a name, a date, a place, a summary and highlights; the place holds an
award's awarder, a certificate's issuer, a publication's venue). What RenderCV has no place for
(tags, variants, the portfolio's details, a photo's file) is left out.
"""

from __future__ import annotations

from typing import Any

import yaml

from resume.source.model import Resume, Role, Work
from resume.source.model_base import split_date

# The networks RenderCV knows by name; other profiles are left out.
_NETWORKS = {
    "linkedin": "LinkedIn", "github": "GitHub", "gitlab": "GitLab", "instagram": "Instagram",
    "orcid": "ORCID", "mastodon": "Mastodon", "stackoverflow": "StackOverflow",
    "researchgate": "ResearchGate", "youtube": "YouTube", "google scholar": "Google Scholar",
    "telegram": "Telegram", "x": "X", "twitter": "X", "imdb": "IMDB", "leetcode": "Leetcode",
    "bluesky": "Bluesky",
}  # fmt: skip


def to_rendercv(resume: Resume) -> dict[str, Any]:
    """The RenderCV document of `resume` (one language)."""
    basics = resume.basics
    place = basics.location
    cv: dict[str, Any] = {
        "name": basics.name,
        "headline": basics.label,
        "location": ", ".join(filter(None, [place.city, place.region, place.country_code]))
        if place
        else None,
        "email": basics.email,
        "phone": basics.phone,
        "website": basics.url,
        "social_networks": [
            {"network": _NETWORKS[p.network.lower()], "username": p.username}
            for p in basics.profiles
            if p.network and p.username and p.network.lower() in _NETWORKS
        ],
        "sections": _sections(resume),
    }
    return {"cv": _without_empty(cv), "design": {"theme": "classic"}}


def rendercv_text(resume: Resume) -> str:
    return yaml.safe_dump(
        to_rendercv(resume),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def _date(value: str | None) -> str | None:
    return split_date(value)[0] if value else None


def _texts(items: list[Any]) -> list[str]:
    return [item.text for item in items]


def _experience(employer: str | None, part: Work | Role, location: str | None) -> dict[str, Any]:
    return {
        "company": employer,
        "position": part.position,
        "location": location,
        "start_date": _date(part.start_date),
        "end_date": _date(part.end_date),
        "summary": part.summary,
        "highlights": _texts(part.highlights),
    }


def _parts(job: Work) -> list[Work | Role]:
    """An employer's roles, each an entry of its own in RenderCV; else the job itself."""
    return [*job.roles] if job.roles else [job]


def _sections(resume: Resume) -> dict[str, list[Any]]:
    sections: dict[str, list[Any]] = {
        "summary": [resume.basics.summary] if resume.basics.summary else [],
        "experience": [
            _experience(job.name, part, job.location) for job in resume.work for part in _parts(job)
        ],
        "education": [
            {
                "institution": e.institution,
                "area": e.area,
                "degree": e.study_type,
                "start_date": _date(e.start_date),
                "end_date": _date(e.end_date),
                "highlights": ([f"Grade: {e.score}"] if e.score else []) + e.courses,
            }
            for e in resume.education
        ],
        "projects": [
            {
                "name": p.name,
                "start_date": _date(p.start_date),
                "end_date": _date(p.end_date),
                "summary": p.description,
                "highlights": _texts(p.highlights),
            }
            for p in resume.projects
        ],
        "volunteering": [
            {
                "company": v.organization,
                "position": v.position,
                "start_date": _date(v.start_date),
                "end_date": _date(v.end_date),
                "summary": v.summary,
                "highlights": _texts(v.highlights),
            }
            for v in resume.volunteer
        ],
        "awards": [
            {"name": a.title, "date": _date(a.date), "location": a.awarder, "summary": a.summary}
            for a in resume.awards
        ],
        "certifications": [
            {"name": c.name, "date": _date(c.date), "location": c.issuer}
            for c in resume.certificates
        ],
        "publications": [
            {"name": p.name, "date": _date(p.release_date), "location": p.publisher}
            for p in resume.publications
        ],
        "skills": [
            {"label": s.name, "details": ", ".join(s.keywords) or s.level} for s in resume.skills
        ],
        "languages": [
            {"label": lang.language, "details": lang.fluency} for lang in resume.languages
        ],
        "interests": [
            {"label": i.name, "details": ", ".join(i.keywords)} for i in resume.interests
        ],
    }
    return {title: entries for title, entries in sections.items() if entries}


def _without_empty(value: Any) -> Any:
    """RenderCV refuses null values: a key without one is left out."""
    if isinstance(value, dict):
        kept = {k: _without_empty(v) for k, v in value.items()}
        return {k: v for k, v in kept.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [_without_empty(item) for item in value]
    return value
