"""The fields of our source from a résumé's layout, section by section: which of a heading's
pieces is the title and which the employer, a school and its degree, grades and courses,
skills and languages; what has no place is a note, and each guess is marked unsure."""

from __future__ import annotations

from resume.imports.pdf_fields import listed, source_from
from resume.imports.pdf_layout import Line, Run, Segment
from resume.imports.pdf_structure import Entry, Layout, Section


def _heading(bold: str, rest: str = "", dates: str = "") -> Line:
    runs = [Run(bold, 10, True, False), Run(rest, 10, False, False)]
    segments = [Segment(0, 300, runs)]
    if dates:
        segments.append(Segment(450, 560, [Run(dates, 10, False, False)]))
    return Line(0, 700, segments)


def _layout(*sections: Section) -> Layout:
    return Layout("Ada Brook", [], list(sections))


def test_the_title_and_the_employer_are_told_apart_by_their_words() -> None:
    work = Section("Experience", "work", [
        Entry([_heading("Northwind Trading", ", Platform Engineer", "Mar 2021 – present")],
              highlights=["Cut deploy time."]),
        Entry([_heading("Software Developer", " | Fabrikam Labs | Leeds, UK", "2017 – 2021")]),
    ])  # fmt: skip
    found = source_from(_layout(work))
    assert found.data["work"] == [
        {
            "name": "Northwind Trading",
            "position": "Platform Engineer",
            "startDate": "2021-03",
            "endDate": "present",
            "highlights": ["Cut deploy time."],
        },
        {
            "name": "Fabrikam Labs",
            "position": "Software Developer",
            "startDate": "2017",
            "endDate": "2021",
            "location": "Leeds, UK",
        },
    ]
    assert found.unsure == {}


def test_one_name_alone_is_a_guess_and_said_so() -> None:
    work = Section("Experience", "work", [Entry([_heading("Acme Corp", "", "2019 – 2020")])])
    found = source_from(_layout(work))
    assert found.data["work"] == [{"name": "Acme Corp", "startDate": "2019", "endDate": "2020"}]
    assert found.unsure == {
        "work[0].position": "read from the layout: position and employer may be the other way round"
    }


def test_a_school_its_degree_its_grade_and_courses() -> None:
    education = Section("Education", "education", [
        Entry([_heading("University of Leeds", ", BSc in Computer Science", "2014 – 2017")],
              highlights=["GPA: 3.8/4.0", "Compilers", "Databases"]),
        Entry([_heading("Eng.D. Polytech Tours", "", "2018")]),
    ])  # fmt: skip
    found = source_from(_layout(education))
    assert found.data["education"] == [
        {
            "institution": "University of Leeds",
            "startDate": "2014",
            "endDate": "2017",
            "studyType": "BSc",
            "area": "Computer Science",
            "score": "3.8/4.0",
            "courses": ["Compilers", "Databases"],
        },
        {
            "institution": "Polytech Tours",
            "startDate": "2018",
            "endDate": "2018",
            "studyType": "Eng.D.",
        },
    ]
    assert found.unsure == {"education[0].courses": "the entry's bullets, read as courses"}


def test_skills_and_languages_from_their_lines() -> None:
    skills = Section("Skills", "skills", pairs=[("Languages", "Python (3.12, typed), SQL; Go")])
    languages = Section("Languages", "languages", text=["English (Native), French – Fluent"])
    found = source_from(_layout(skills, languages))
    assert found.data["skills"] == [
        {"name": "Languages", "keywords": ["Python (3.12, typed)", "SQL", "Go"]}
    ]
    assert found.data["languages"] == [
        {"language": "English", "fluency": "Native"},
        {"language": "French", "fluency": "Fluent"},
    ]


def test_a_section_we_do_not_know_is_a_note_unless_its_dates_make_it_work() -> None:
    other = Section("Additional", "", text=["Driving licence"], bullets=["Chess"])
    service = Section("Service", "", [Entry([_heading("Volunteer Tutor", ", Code Club", "2015")])])
    found = source_from(_layout(other, service))
    assert found.notes == ["the section “Additional” has no place here: Driving licence / Chess"]
    assert found.data["work"] == [
        {"name": "Code Club", "position": "Volunteer Tutor", "startDate": "2015", "endDate": "2015"}
    ]
    assert found.unsure == {"work[0]": "from the section “Service”, read as work"}


def test_a_list_is_parted_outside_parentheses() -> None:
    assert listed("a, b (c, d); e | f · g") == ["a", "b (c, d)", "e", "f", "g"]
