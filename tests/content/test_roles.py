"""What each output shows of an employer's roles: variants choose roles by tag, an employer
with no role left goes, `maxHighlights` holds per role, the newest job comes first by its
latest role, and condensing leaves out the oldest roles first."""

from __future__ import annotations

import yaml

from resume.content.select import newest_first, tailor, units
from resume.content.view import make_document
from resume.engine.condense import Cut, kept_newest, precut
from resume.source.model import Resume

SOURCE = """
basics: {name: Mira Castellanos}
work:
  - name: Lumen Robotics
    position: Embedded Intern
    startDate: 2018-05
    endDate: 2018-08
  - name: AMD
    roles:
      - position: Senior Firmware Engineer
        startDate: 2022-03
        highlights:
          - {text: Cut cold-boot time by 40%., tags: [firmware]}
          - Mentored four engineers.
          - Ran the boot lab.
        tags: [firmware]
      - position: Firmware Engineer
        startDate: 2019-06
        endDate: 2022-02
        highlights: [Wrote the power-management driver., Built the regression lab.]
        tags: [drivers]
  - name: Initech
    roles:
      - {position: Consultant, startDate: 2023-01, endDate: 2023-06, tags: [drivers]}
variants:
  firmware: {include: [firmware], maxHighlights: 1}
  no-drivers: {exclude: [drivers]}
"""


def resume() -> Resume:
    return Resume.model_validate(yaml.safe_load(SOURCE))


def positions(source: Resume) -> list[tuple[str | None, list[str]]]:
    return [(w.name, [r.position for r in w.roles] or [w.position or ""]) for w in source.work]


def test_a_variant_keeps_the_roles_it_selects_and_an_employer_without_any_goes() -> None:
    firmware = tailor(resume(), "firmware")
    assert positions(firmware) == [
        ("Lumen Robotics", ["Embedded Intern"]),  # untagged: always kept
        ("AMD", ["Senior Firmware Engineer"]),
    ]
    (senior,) = firmware.work[1].roles
    assert [h.text for h in senior.highlights] == ["Cut cold-boot time by 40%."]  # maxHighlights
    no_drivers = tailor(resume(), "no-drivers")
    assert positions(no_drivers) == [
        ("Lumen Robotics", ["Embedded Intern"]),
        ("AMD", ["Senior Firmware Engineer"]),
    ]
    assert len(no_drivers.work[1].roles[0].highlights) == 3


def test_the_newest_job_is_the_one_with_the_latest_role() -> None:
    ordered = newest_first(resume().work)
    assert [w.name for w in ordered] == ["AMD", "Initech", "Lumen Robotics"]  # AMD: present
    assert [getattr(u, "position", None) for u in units(resume().work)] == [
        "Embedded Intern",
        "Senior Firmware Engineer",
        "Firmware Engineer",
        "Consultant",
    ]


def test_condensing_leaves_out_the_oldest_roles_first() -> None:
    source = resume()
    assert positions(source.model_copy(update={"work": kept_newest(source.work, 2)})) == [
        ("AMD", ["Senior Firmware Engineer"]),
        ("Initech", ["Consultant"]),
    ]
    cut = Cut(max_entries={"work": 3}, max_highlights=2)
    condensed = cut.apply(source)
    assert positions(condensed) == [
        ("AMD", ["Senior Firmware Engineer", "Firmware Engineer"]),
        ("Initech", ["Consultant"]),
    ]
    assert len(condensed.work[0].roles[0].highlights) == 2
    assert "leaves out 1 of 4 roles (the oldest) and highlights beyond the 2nd" in cut.describe(
        source, 1
    )


def test_no_page_holds_a_thousand_roles_so_they_are_cut_before_any_layout() -> None:
    data = yaml.safe_load(SOURCE)
    data["work"][1]["roles"] *= 500
    cut = precut(Resume.model_validate(data))
    assert cut is not None and 3 <= cut.max_entries["work"] < 200


def test_the_view_gives_the_employer_its_span_and_each_role_its_own_dates() -> None:
    doc = make_document(resume(), "resume")
    (work,) = [s for s in doc.sections if s.key == "work"]
    amd = work.items[1]
    assert (amd.title, amd.subtitle, amd.dates) == ("AMD", "", "Jun 2019 – Present")
    assert [(r.title, r.dates) for r in amd.roles] == [
        ("Senior Firmware Engineer", "Mar 2022 – Present"),
        ("Firmware Engineer", "Jun 2019 – Feb 2022"),
    ]
    assert len(amd.roles[0].highlights) == 3 and not amd.highlights
    assert work.items[2].dates == "Jan 2023 – Jun 2023"  # one role: the employer's span is its


def test_the_german_view_says_heute() -> None:
    data = yaml.safe_load(SOURCE)
    data["render"] = {"locale": "de"}
    doc = make_document(Resume.model_validate(data), "resume")
    assert doc.sections[0].items[1].dates == "Juni 2019 – heute"


def test_matching_a_posting_reads_what_each_role_says() -> None:
    from resume.match.score import document_units

    units = list(document_units(make_document(resume(), "resume")))
    texts = {(unit.entry, unit.text) for unit in units}
    assert ("Firmware Engineer", "Built the regression lab.") in texts
    assert ("AMD", "AMD") in texts
