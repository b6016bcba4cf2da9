"""Publications grouped by their `type`: the kinds in the order they first appear, the
entries of no kind last, and every theme's markup heads each kind (HTML level, no render)."""

from __future__ import annotations

import re

from resume.content.view import make_document
from resume.source.model import Resume
from resume.theme.templating import environment
from resume.theme.themes import load_theme

PUBLICATIONS = [
    {"name": "Paper A", "type": "Journal articles", "releaseDate": "2021"},
    {"name": "Talk B", "type": "Talks"},
    {"name": "Untyped C"},
    {"name": "Paper D", "type": "Journal articles"},
]


def _resume(publications: list[dict[str, str]]) -> Resume:
    return Resume.model_validate(
        {
            "basics": {"name": "Ada Byron"},
            "publications": publications,
            "projects": [{"name": "P", "type": "application"}],
        }
    )


def test_publications_are_grouped_by_type_in_order_of_appearance() -> None:
    doc = make_document(_resume(PUBLICATIONS), "portfolio")
    (section,) = [s for s in doc.sections if s.key == "publications"]
    assert [(g.title, [i.title for i in g.items]) for g in section.groups] == [
        ("Journal articles", ["Paper A", "Paper D"]),
        ("Talks", ["Talk B"]),
        ("", ["Untyped C"]),
    ]
    assert [i.title for i in section.items] == ["Paper A", "Paper D", "Talk B", "Untyped C"]
    assert section.groups[0].anchor == "publications-journal-articles"
    (projects,) = [s for s in doc.sections if s.key == "projects"]
    assert not projects.groups  # a project's JSON Resume `type` groups nothing


def test_without_types_there_are_no_groups() -> None:
    doc = make_document(_resume([{"name": "Paper A"}, {"name": "Paper B"}]), "portfolio")
    (section,) = [s for s in doc.sections if s.key == "publications"]
    assert not section.groups


def test_the_templates_head_each_kind_and_nest_the_entries_under_it() -> None:
    doc = make_document(_resume(PUBLICATIONS), "site")
    env = environment(load_theme("academic"))
    html = env.get_template("portfolio.html").render(doc=doc, stylesheets=[])
    section = html[html.index('id="publications"') :]
    headings = re.findall(
        r'<h(\d) class="(group-title|item-title)"[^>]*>(.*?)</h\1>', section, re.S
    )
    shown = [(level, re.sub(r"<[^>]+>|\s+", "", text)) for level, _, text in headings]
    assert shown == [
        ("3", "Journalarticles"),
        ("4", "PaperA"),
        ("4", "PaperD"),
        ("3", "Talks"),
        ("4", "TalkB"),
        ("4", "UntypedC"),
    ]
