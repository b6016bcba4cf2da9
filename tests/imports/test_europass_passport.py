"""The older Europass XML, SkillsPassport v3 and 2013's v2.0: the person, jobs, schools,
languages and skills; dates left blank as blank, and what has no place noted at its line."""

from __future__ import annotations

from pathlib import Path

from resume.imports import import_file, source_text

SKILLS_PASSPORT = """<?xml version="1.0" encoding="UTF-8"?>
<SkillsPassport xmlns="http://europass.cedefop.europa.eu/Europass" locale="en">
  <LearnerInfo>
    <Identification>
      <PersonName><FirstName>Ada</FirstName><Surname>Lovelace</Surname></PersonName>
      <ContactInfo>
        <Email><Contact>ada@example.org</Contact></Email>
        <Address><Contact><Municipality>London</Municipality></Contact></Address>
      </ContactInfo>
    </Identification>
    <Headline><Description><Label>Analyst</Label></Description></Headline>
    <WorkExperienceList>
      <WorkExperience>
        <Period><From year="1843" month="--01"/><Current>true</Current></Period>
        <Position><Label>Senior Analyst</Label></Position>
        <Activities>&lt;p&gt;Wrote the &lt;b&gt;Notes&lt;/b&gt;.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Note G&lt;/li&gt;&lt;/ul&gt;</Activities>
        <Employer><Name>Engines Ltd</Name></Employer>
      </WorkExperience>
    </WorkExperienceList>
    <EducationList>
      <Education>
        <Period><From year="1830"/><To year="1835" month="--06" day="---30"/></Period>
        <Title>Private tutoring</Title>
        <Organisation><Name>Home</Name></Organisation>
      </Education>
    </EducationList>
    <Skills>
      <Linguistic>
        <MotherTongueList><MotherTongue><Description><Label>English</Label></Description></MotherTongue></MotherTongueList>
        <ForeignLanguageList>
          <ForeignLanguage>
            <Description><Label>French</Label></Description>
            <ProficiencyLevel><Listening>C1</Listening><Reading>C2</Reading></ProficiencyLevel>
          </ForeignLanguage>
        </ForeignLanguageList>
      </Linguistic>
      <Computer><Description>&lt;ul&gt;&lt;li&gt;Punched cards&lt;/li&gt;&lt;/ul&gt;</Description></Computer>
    </Skills>
  </LearnerInfo>
</SkillsPassport>
"""


def test_skills_passport_v3(tmp_path: Path) -> None:
    path = tmp_path / "cv.xml"
    path.write_text(SKILLS_PASSPORT, encoding="utf-8")
    imported = import_file(path)
    source_text(imported, tmp_path / "out.yaml")
    assert imported.data["basics"] == {
        "name": "Ada Lovelace",
        "label": "Analyst",
        "email": "ada@example.org",
        "location": {"city": "London"},
    }
    assert imported.data["work"] == [
        {
            "name": "Engines Ltd",
            "position": "Senior Analyst",
            "startDate": "1843-01",
            "summary": "Wrote the **Notes**.",
            "highlights": ["Note G"],
        }
    ]
    assert imported.data["education"] == [
        {
            "institution": "Home",
            "studyType": "Private tutoring",
            "startDate": "1830",
            "endDate": "1835-06-30",
        }
    ]
    assert imported.data["languages"] == [
        {"language": "English", "fluency": "Mother tongue"},
        {"language": "French", "fluency": "C1/C2"},
    ]
    assert imported.data["skills"] == [{"name": "Computer skills", "keywords": ["Punched cards"]}]


LEARNERINFO_2013 = """<?xml version="1.0" encoding="UTF-8"?>
<europass:learnerinfo xmlns:europass="http://europass.cedefop.europa.eu/Europass/V2.0"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" locale="en_GB">
  <identification>
    <firstname>Ada</firstname>
    <lastname>Lovelace</lastname>
    <contactinfo><email>ada@example.org</email></contactinfo>
  </identification>
  <workexperiencelist>
    <workexperience>
      <period>
        <from><year>2011</year><month>3</month><day>29</day></from>
        <to><year>Y</year><month>M</month><day>D</day></to>
      </period>
      <position><label>Chair</label></position>
      <activities>Ran the club.</activities>
      <employer><name>Engines Club</name><address><municipality>London</municipality></address></employer>
    </workexperience>
  </workexperiencelist>
  <languagelist>
    <language xsi:type="europass:mother"><label>English</label></language>
    <language xsi:type="europass:foreign"><label>French</label><level><listening>c1</listening><writing>b2</writing></level></language>
  </languagelist>
  <misclist>
    <misc type="annexes">Letters of recommendation</misc>
  </misclist>
</europass:learnerinfo>
"""


def test_europass_2013_blank_dates_and_what_has_no_place_at_its_line(tmp_path: Path) -> None:
    path = tmp_path / "cv.xml"
    path.write_text(LEARNERINFO_2013, encoding="utf-8")
    imported = import_file(path)
    source_text(imported, tmp_path / "out.yaml")
    assert imported.data["basics"] == {"name": "Ada Lovelace", "email": "ada@example.org"}
    assert imported.data["work"] == [
        {
            "name": "Engines Club",
            "position": "Chair",
            "location": "London",
            "startDate": "2011-03-29",
            "summary": "Ran the club.",
        }
    ]
    line = (
        LEARNERINFO_2013.splitlines().index(
            '    <misc type="annexes">Letters of recommendation</misc>'
        )
        + 1
    )
    assert [(n.line, n.message) for n in imported.notes] == [
        (line, "“Letters of recommendation” (annexes): no section of ours holds it")
    ]
