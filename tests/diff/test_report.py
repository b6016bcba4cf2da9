"""One diff shown three ways: text for a terminal, Markdown for a pull request (marks that render
as marks, and a source's text that cannot turn into markup), JSON for scripts."""

from __future__ import annotations

import json

from resume.diff.content import EntryChange, FieldChange
from resume.diff.report import Diff, PageChange, as_json, as_markdown, as_text
from resume.diff.words import Segment

EDIT = FieldChange(
    "highlights[0]",
    "changed",
    "Cut costs by 5%",
    "Cut cloud costs by 7%",
    [
        Segment("equal", "Cut "),
        Segment("insert", "cloud "),
        Segment("equal", "costs by "),
        Segment("delete", "5"),
        Segment("insert", "7"),
        Segment("equal", "%"),
    ],
)
DIFF = Diff(
    "HEAD~1",
    "working tree",
    [
        EntryChange("work", "Tech Lead, Initech", "changed", 0, 0, [EDIT]),
        EntryChange("work", "Engineer, Acme", "moved", 0, 1),
        EntryChange("projects", "<script>x</script> | *bold*", "added", None, 2),
    ],
)


def test_the_text_marks_words_and_places() -> None:
    assert as_text(DIFF) == (
        "HEAD~1 → working tree: 1 added, 1 moved, 1 changed\n"
        "  changed work: Tech Lead, Initech\n"
        "      highlights[0]: Cut {+cloud +}costs by [-5-]{+7+}%\n"
        "  moved work: Engineer, Acme (from place 1 to 2)\n"
        "  added projects: <script>x</script> | *bold*\n"
    )


def test_markdown_marks_render_and_the_sources_text_stays_text() -> None:
    markdown = as_markdown(DIFF)
    assert markdown.startswith("### Résumé: `HEAD~1` → `working tree`\n\n1 added, 1 moved")
    assert "  - `highlights[0]`: Cut **cloud** costs by ~~5~~ **7**%\n" in markdown
    assert "- **added** projects: \\<script\\>x\\</script\\> \\| \\*bold\\*\n" in markdown


def test_json_carries_the_same_entries() -> None:
    data = json.loads(as_json(DIFF))
    assert [entry["entry"] for entry in data["entries"]] == [
        "Tech Lead, Initech",
        "Engineer, Acme",
        "<script>x</script> | *bold*",
    ]
    assert data["entries"][0]["fields"][0]["words"][1] == {"op": "insert", "text": "cloud "}
    assert data["pages"] is None


def test_a_page_says_what_fitting_now_leaves_out() -> None:
    page = PageChange(
        "résumé",
        None,
        (1, 1),
        ("as designed", "9.4 pt type, 2 layout passes"),
        left_out=["Projects: Tiny Compiler"],
    )
    text = as_text(Diff("HEAD", "working tree", [], [page]))
    assert text == (
        "HEAD → working tree: no change of content\n"
        "\n"
        "On the page, résumé: fitting as designed → 9.4 pt type, 2 layout passes\n"
        "  now leaves out: Projects: Tiny Compiler\n"
    )
    unchanged = PageChange("résumé, variant backend", "backend", (1, 2), ("", ""))
    assert as_text(Diff("a", "b", [], [unchanged])).endswith(
        "On the page, résumé, variant backend: 1 → 2 pages\n  nothing this page shows changed\n"
    )
