"""The newer Europass XML, `Candidate`: the person, jobs, schools, languages by their ISO
codes, skills, and a note for each part no section of ours holds."""

from __future__ import annotations

from pathlib import Path

from resume.imports import import_file

CANDIDATE = """<?xml version="1.0" encoding="UTF-8"?>
<Candidate xmlns="http://www.europass.eu/1.0" xmlns:oa="http://www.openapplications.org/oagis/9"
    xmlns:hr="http://www.hr-xml.org/3">
  <CandidatePerson>
    <PersonName><oa:GivenName>Ada</oa:GivenName><hr:FamilyName>Lovelace</hr:FamilyName></PersonName>
    <Communication><ChannelCode>Email</ChannelCode><oa:URI>ada@example.org</oa:URI></Communication>
    <Communication><ChannelCode>Mobile</ChannelCode><CountryDialing>44</CountryDialing>
      <oa:DialNumber>20 7946 0958</oa:DialNumber></Communication>
    <Communication><ChannelCode>Web</ChannelCode><oa:URI>ada.example.org</oa:URI></Communication>
    <PrimaryLanguageCode>eng</PrimaryLanguageCode>
  </CandidatePerson>
  <CandidateProfile>
    <ExecutiveSummary>&lt;p&gt;Writes   programs.&lt;/p&gt;</ExecutiveSummary>
    <EmploymentHistory>
      <EmployerHistory>
        <hr:OrganizationName>Engines Ltd</hr:OrganizationName>
        <PositionHistory>
          <PositionTitle>Analyst</PositionTitle>
          <City>London</City><Country>gb</Country>
          <EmploymentPeriod>
            <eures:StartDate xmlns:eures="http://www.europass.eu/1.0"><hr:FormattedDateTime>1843-01-15</hr:FormattedDateTime></eures:StartDate>
            <EndDate><hr:FormattedDateTime>1844-12</hr:FormattedDateTime></EndDate>
            <hr:CurrentIndicator>true</hr:CurrentIndicator>
          </EmploymentPeriod>
          <oa:Description>&lt;p&gt;Wrote notes.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Note G&lt;/li&gt;&lt;/ul&gt;</oa:Description>
        </PositionHistory>
      </EmployerHistory>
    </EmploymentHistory>
    <EducationHistory>
      <EducationOrganizationAttendance>
        <hr:OrganizationName>Home</hr:OrganizationName>
        <EducationDegree><hr:DegreeName>Tutoring</hr:DegreeName></EducationDegree>
        <AttendancePeriod>
          <StartDate><hr:FormattedDateTime>1830</hr:FormattedDateTime></StartDate>
          <EndDate><hr:FormattedDateTime>1835-06</hr:FormattedDateTime></EndDate>
        </AttendancePeriod>
      </EducationOrganizationAttendance>
    </EducationHistory>
    <PersonQualifications>
      <PersonCompetency>
        <CompetencyID>fra</CompetencyID><hr:TaxonomyID>language</hr:TaxonomyID>
        <eures:CompetencyDimension xmlns:eures="http://www.europass.eu/1.0"><hr:Score><hr:ScoreText>C2</hr:ScoreText></hr:Score></eures:CompetencyDimension>
        <eures:CompetencyDimension xmlns:eures="http://www.europass.eu/1.0"><hr:Score><hr:ScoreText>C1</hr:ScoreText></hr:Score></eures:CompetencyDimension>
      </PersonCompetency>
    </PersonQualifications>
    <DigitalSkills><DigitalSkillsGroup><DigitalSkill>Punched cards</DigitalSkill></DigitalSkillsGroup></DigitalSkills>
    <DrivingLicence>B</DrivingLicence>
  </CandidateProfile>
</Candidate>
"""


def test_a_candidate_reads_as_our_source(tmp_path: Path) -> None:
    path = tmp_path / "cv.xml"
    path.write_text(CANDIDATE, encoding="utf-8")
    imported = import_file(path)
    assert imported.data == {
        "basics": {
            "name": "Ada Lovelace",
            "summary": "Writes programs.",
            "email": "ada@example.org",
            "phone": "+44 20 7946 0958",
            "url": "https://ada.example.org",
        },
        "work": [
            {
                "name": "Engines Ltd",
                "position": "Analyst",
                "location": "London, GB",
                "startDate": "1843-01-15",  # and no end: it is current
                "summary": "Wrote notes.",
                "highlights": ["Note G"],
            }
        ],
        "education": [
            {
                "institution": "Home",
                "studyType": "Tutoring",
                "startDate": "1830",
                "endDate": "1835-06",
            }
        ],
        "languages": [
            {"language": "English", "fluency": "Mother tongue"},
            {"language": "French", "fluency": "C1/C2"},
        ],
        "skills": [{"name": "Digital skills", "keywords": ["Punched cards"]}],
    }
    line = CANDIDATE.splitlines().index("    <DrivingLicence>B</DrivingLicence>") + 1
    assert [(note.line, note.message) for note in imported.notes] == [
        (line, "`DrivingLicence`: no section of ours holds it")
    ]
