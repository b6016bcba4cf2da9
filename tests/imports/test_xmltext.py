"""Things in an XML tree found by their names without namespaces or case."""

from __future__ import annotations

from xml.etree.ElementTree import fromstring

from resume.imports.xmltext import children, find, find_all, rich, text

TREE = fromstring(
    '<hr:CV xmlns:hr="urn:hr" xmlns:oa="urn:oa">'
    "<hr:WorkExperience><oa:Position>  Lead\n  engineer </oa:Position>"
    "<oa:Description>&lt;p&gt;Ran &lt;b&gt;it&lt;/b&gt;&lt;/p&gt;</oa:Description>"
    "</hr:WorkExperience>"
    "<hr:workexperience><oa:position>Intern</oa:position></hr:workexperience>"
    "</hr:CV>"
)


def test_children_are_found_by_name_in_any_namespace_or_case() -> None:
    assert len(list(children(TREE, "WORKEXPERIENCE"))) == 2
    assert list(children(None, "WorkExperience")) == []


def test_a_path_finds_the_first_match_and_all_of_the_last_name() -> None:
    assert text(find(TREE, "workExperience/position")) == "Lead engineer"
    assert [text(element, "Position") for element in find_all(TREE, "WorkExperience")] == [
        "Lead engineer",
        "Intern",
    ]
    assert find(TREE, "Education/Title") is None


def test_text_is_tidied_and_rich_text_is_markdown() -> None:
    assert text(TREE, "WorkExperience/Position") == "Lead engineer"
    assert text(TREE, "Education") == ""
    assert rich(TREE, "WorkExperience/Description") == "Ran **it**"
    assert rich(TREE, "Education") == ""
