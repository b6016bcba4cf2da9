"""Translations read from the source: one model per language, problems at their lines, the
schema that says so, and the export of one JSON Resume document per language. No rendering."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from resume.cli.app import app
from resume.errors import UserError
from resume.source.schema import source_schema
from resume.source.translations import languages_asked
from resume.source.validate import read_source

SOURCE = """\
basics:
  name: Aaron Wu
  label: {en: Backend Software Engineer, de: Backend-Softwareentwickler}
  summary:
    en: Builds search.
    de: Baut Suche.
  headline: Search and agents
work:
  - name: AMD
    position: {en: Software Engineer, de: Softwareentwickler}
    startDate: 2021-03
    highlights:
      - {en: Built an agent., de: Einen Agenten gebaut.}
      - text: {en: Cut latency., de: Latenz gesenkt.}
        tags: [backend]
      - Shipped weekly.
skills:
  - name: {en: Languages}
    keywords: [Go, {en: Cooking, de: Kochen}]
intros: {work: {en: Where I worked., de: Wo ich gearbeitet habe.}}
variants:
  de: {include: [backend], label: {en: Backend, de: Backend (DE)}}
render:
  languages: [en, de]
"""


def write(tmp_path: Path, text: str, name: str = "resume.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_each_language_has_its_own_model(tmp_path: Path) -> None:
    valid = read_source(write(tmp_path, SOURCE))
    assert valid.languages == ("en", "de")
    en, de = valid.translations["en"], valid.translations["de"]
    assert valid.resume == en
    assert (en.basics.label, de.basics.label) == (
        "Backend Software Engineer",
        "Backend-Softwareentwickler",
    )
    assert [h.text for h in de.work[0].highlights] == [
        "Einen Agenten gebaut.",
        "Latenz gesenkt.",
        "Shipped weekly.",  # plain text is the same in every language
    ]
    assert de.work[0].highlights[1].tags == ["backend"]
    assert de.skills[0].keywords == ["Go", "Kochen"]
    assert de.intros["work"] == "Wo ich gearbeitet habe."
    # A variant named like a language is a variant: only text fields hold translations.
    assert de.variants["de"].label == "Backend (DE)"
    assert de.variants["de"].include == ["backend"]
    # Each model is in one language, and says which.
    assert (en.render.locale, de.render.locale) == ("en", "de")
    assert en.render.languages is None and de.render.languages is None
    # One warning for every text the second language lacks, at the first of them.
    assert [str(w) for w in valid.warnings] == [
        f"{tmp_path / 'resume.yaml'}:18:11: warning: no translation, the `en` text is used: "
        "de: skills[0].name"
    ]


def test_the_warning_names_every_missing_field_once(tmp_path: Path) -> None:
    text = SOURCE.replace("de: Baut Suche.", "fr: Fait des recherches.").replace(
        "[en, de]", "[en, de, fr]"
    )
    [warning] = read_source(write(tmp_path, text)).warnings
    assert str(warning).endswith(
        ":3:10: warning: no translation, the `en` text is used: de: basics.summary, "
        "skills[0].name; fr: basics.label, work[0].position, work[0].highlights[0], "
        "work[0].highlights[1].text, skills[0].name, skills[0].keywords[1], intros.work, "
        "variants.de.label"
    )


def test_a_regional_locale_is_kept_for_its_language(tmp_path: Path) -> None:
    text = SOURCE.replace("  languages: [en, de]", "  locale: en-GB\n  languages: [en, de-AT]")
    valid = read_source(write(tmp_path, text))
    en, de = valid.translations["en"], valid.translations["de-AT"]
    assert (en.render.locale, de.render.locale) == ("en-GB", "de-AT")
    assert de.basics.label == "Backend-Softwareentwickler"  # `de` is the text for de-AT


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            ("label: {en: Backend", "label: {city: Oslo, en: Backend"),
            "3:11: basics.label: a mapping where text belongs: write text, or translations "
            "keyed by language ({en: …, de: …}); `city` is no language code",
        ),
        (
            ("label: {en: Backend Software Engineer, ", "label: {"),
            "3:10: basics.label: translations (de) without `en`: every text needs one in the "
            "first language (render.languages, else render.locale, else en)",
        ),
        (
            ("languages: [en, de]", "languages: [en, german]"),
            "24:19: render.languages[1]: 'german' is no language code: two letters, a region "
            "or script may follow (en, de-AT, zh-Hant)",
        ),
        (
            ("    startDate: 2021-03", "    startDate: {en: 2021-03}"),
            "11:16: work[0].startDate: should be text, not a mapping",
        ),
    ],
    ids=["not-a-language", "no-first-language", "bad-code", "dates-are-not-translated"],
)
def test_mistakes_are_errors_at_their_place(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    source = write(tmp_path, SOURCE.replace(*change))
    with pytest.raises(UserError) as raised:
        read_source(source)
    assert f"{source}:{expected}" in str(raised.value).splitlines()


def test_without_render_languages_the_locale_chooses(tmp_path: Path) -> None:
    text = SOURCE.replace("  languages: [en, de]", "  locale: de")
    with pytest.raises(
        UserError, match=r":18:11: skills\[0\]\.name: translations \(en\) without `de`"
    ):
        read_source(write(tmp_path, text))  # the one language is German: every text needs it
    text = text.replace("name: {en: Languages}", "name: Sprachen")
    valid = read_source(write(tmp_path, text))
    assert valid.languages == () and valid.translations == {}
    assert valid.resume.basics.label == "Backend-Softwareentwickler"
    assert valid.resume.render.locale == "de"


def test_lang_names_languages_of_the_source() -> None:
    assert languages_asked(("en", "de", "fr"), None) == ["en", "de", "fr"]
    assert languages_asked(("en", "de", "fr"), "all") == ["en", "de", "fr"]
    assert languages_asked(("en", "de", "fr"), "fr, DE") == ["de", "fr"]  # the source's order
    with pytest.raises(UserError, match=r"--lang it: not in render.languages \(en, de, fr\)"):
        languages_asked(("en", "de", "fr"), "it")


def test_the_schema_takes_text_or_translations(tmp_path: Path) -> None:
    import yaml

    schema = source_schema()
    data = yaml.safe_load(SOURCE)
    data["work"][0]["startDate"] = "2021-03"
    jsonschema.validate(data, schema)  # editors accept the translated source
    data["basics"]["label"] = {"city": "Oslo"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
    data["basics"]["label"] = "Engineer"
    data["work"][0]["startDate"] = {"en": "2021-03"}  # a date is not text to translate
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)


def test_export_writes_one_document_per_language(tmp_path: Path) -> None:
    source = write(tmp_path, SOURCE)
    runner = CliRunner()
    target = tmp_path / "out" / "resume.json"
    result = runner.invoke(app, ["export", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    english = json.loads(target.read_text(encoding="utf-8"))
    german = json.loads((tmp_path / "out" / "resume-de.json").read_text(encoding="utf-8"))
    assert sorted(p.name for p in target.parent.iterdir()) == ["resume-de.json", "resume.json"]
    assert english["basics"]["label"] == "Backend Software Engineer"
    assert german["basics"]["label"] == "Backend-Softwareentwickler"
    assert german["work"][0]["highlights"][:2] == ["Einen Agenten gebaut.", "Latenz gesenkt."]
    assert (english["render"], german["render"]) == ({"locale": "en"}, {"locale": "de"})
    schema = json.loads((Path(__file__).parents[1] / "jsonresume" / "schema.json").read_text())
    jsonschema.validate(german, schema)
    # To the screen: one language at a time.
    result = runner.invoke(app, ["export", str(source), "--lang", "de"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == german
    result = runner.invoke(app, ["export", str(source)])
    assert result.exit_code == 1
    assert "in 2 languages (en, de), one JSON Resume document each: -o FILE" in result.stderr


def test_a_json_resume_file_reads_translations_the_same_way(tmp_path: Path) -> None:
    data = {
        "basics": {"name": "Ana", "label": {"de": "Entwicklerin", "en": "Developer"}},
        "work": [{"company": "Acme", "position": {"de": "Leiterin", "fr": "Cheffe"}}],
        "render": {"languages": ["de", "en"]},
    }
    source = write(tmp_path, json.dumps(data, indent=2), "resume.json")
    valid = read_source(source)
    de, en = valid.translations["de"], valid.translations["en"]
    assert (de.basics.label, en.basics.label) == ("Entwicklerin", "Developer")
    assert (de.work[0].position, en.work[0].position) == ("Leiterin", "Leiterin")
    assert [w.message for w in valid.warnings] == [
        "old name, read as `name`",
        "no translation, the `de` text is used: en: work[0].position",
    ]


def test_roles_at_one_employer_are_translated_too(tmp_path: Path) -> None:
    text = """\
basics: {name: A}
work:
  - name: AMD
    roles:
      - position: {en: Senior Engineer, de: Senior-Ingenieur}
        startDate: 2022-01
      - position: Engineer
        startDate: 2020-01
        endDate: 2021-12
render: {languages: [en, de]}
"""
    valid = read_source(write(tmp_path, text))
    roles = [role.position for role in valid.translations["de"].work[0].roles]
    assert roles == ["Senior-Ingenieur", "Engineer"]
    assert valid.warnings == []
