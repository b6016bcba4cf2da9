"""`resume import refs.bib --into resume.yaml`: a BibTeX list's entries added to a source as
publications, through ruamel.yaml's round trip so that its comments and layout stay as they
were; an entry whose DOI or title is there already is not added twice."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from resume.errors import Problem, UserError
from resume.imports.bibtex import entries_of, publication, recognise
from resume.source.loader import parse_source, read_text
from resume.source.round_trip import round_trip_yaml
from resume.source.validate import validate_languages
from resume.write import write_atomic


@dataclass
class Added:
    """What `add_publications` did: the titles it added, those the source had already, and
    the warnings of reading the list and the source."""

    added: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def add_publications(bib_path: Path, into_source: Path) -> Added:
    """Add every entry of `bib_path` to the YAML source `into_source`; nothing is written
    unless the source that results validates."""
    if into_source.suffix.lower() not in (".yaml", ".yml"):
        raise UserError(
            f"{into_source}: --into takes a YAML source (.yaml), whose comments it keeps"
        )
    if not recognise(bib_path):
        raise UserError(f"{bib_path}: not a BibTeX file (no @article{{…}} or other entry in it)")
    entries, problems = entries_of(bib_path)
    text = read_text(into_source)
    yaml = round_trip_yaml(text)
    document = yaml.load(text)
    if not isinstance(document, dict):
        raise UserError(f"{into_source}: not a source (it holds no mapping with `basics`)")
    result = Added(warnings=problems)
    _add(document, [publication(entry) for entry in entries], result, into_source)
    out = io.StringIO()
    yaml.dump(document, out)
    new_text = out.getvalue()
    valid = validate_languages(parse_source(into_source, new_text))
    result.warnings += valid.warnings
    if result.added:
        write_atomic(into_source, new_text)
    return result


def _same(text: Any) -> str:
    """Titles and DOIs compared without case, spaces or punctuation."""
    return re.sub(r"\W+", "", str(text or "").casefold())


def _doi(url: Any) -> str:
    match = re.search(r"10\.\d{4,9}/\S+", str(url or ""))
    return _same(match[0]) if match else ""


def _add(document: Any, publications: list[dict[str, Any]], result: Added, into: Path) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    listed = document.get("publications")
    if listed is None:
        listed = document["publications"] = CommentedSeq()
    if not isinstance(listed, list):
        raise UserError(f"{into}: `publications` is not a list, so nothing can be added to it")
    titles = {_same(p.get("name")) for p in listed if isinstance(p, dict)} - {""}
    dois = {_doi(p.get("url")) for p in listed if isinstance(p, dict)} - {""}
    for found in publications:
        title, doi = _same(found.get("name")), _doi(found.get("url"))
        if (title and title in titles) or (doi and doi in dois):
            result.already.append(str(found.get("name", "")))
            continue
        listed.append(CommentedMap(found))
        titles.add(title)
        dois.add(doi)
        result.added.append(str(found.get("name", "")))
