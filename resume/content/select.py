"""Choose what each output shows: its sections, in order, leaving out empty ones."""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar, cast

from resume import output_specs
from resume.errors import UserError
from resume.output_specs import OutputName
from resume.source.model import Resume, roles_of
from resume.source.model_base import split_date
from resume.source.settings import SectionName
from resume.source.tags import TAGGED_SECTIONS, WITH_HIGHLIGHTS

Entry = TypeVar("Entry")


def default_sections(output: OutputName) -> list[SectionName]:
    """What `output` shows unless the source chooses (`render.sections`): see output_specs."""
    return cast(list[SectionName], list(output_specs.spec_of(output).sections))


def sections_for(resume: Resume, output: OutputName) -> list[SectionName]:
    """The sections `output` shows: the source's choice, else the default, each only if it has content."""
    chosen = getattr(resume.render.sections, output, None) or default_sections(output)
    return [name for name in chosen if has_content(resume, name)]


def has_content(resume: Resume, name: SectionName) -> bool:
    if name == "about":
        return bool(resume.basics.about)
    return bool(getattr(resume, name))


def variant_names(resume: Resume, asked: str) -> list[str]:
    """The variants `--variant asked` means: one by name, or every one for `all`."""
    if asked == "all":
        if not resume.variants:
            raise UserError("the source defines no variants (add a `variants:` section)")
        return list(resume.variants)
    if asked not in resume.variants:
        known = ", ".join(resume.variants) or "none defined"
        guess = difflib.get_close_matches(asked, list(resume.variants), n=1)
        hint = f"did you mean `{guess[0]}`? " if guess else ""
        raise UserError(f"unknown variant '{asked}'; {hint}the variants are: {known}")
    return [asked]


def tailor(resume: Resume, name: str) -> Resume:
    """The résumé as variant `name` shows it: entries and highlights chosen by tag, sections
    cut to length and ordered, the headline replaced."""
    variant = resume.variants[name]
    keep = functools.partial(_kept, set(variant.include), set(variant.exclude))
    update: dict[str, Any] = {}
    for section in TAGGED_SECTIONS:
        entries = [e for e in getattr(resume, section) if keep(e.tags)]
        if section in WITH_HIGHLIGHTS:
            entries = [_with_highlights(e, keep, variant.max_highlights) for e in entries]
            entries = [e for e in entries if e is not None]
        update[section] = entries
    for section, most in variant.max_entries.items():
        if section != "about":
            update[section] = list(update.get(section, getattr(resume, section)))[:most]
    changes = {"label": variant.label, "headline": variant.headline, "summary": variant.summary}
    basics = resume.basics.model_copy(update={k: v for k, v in changes.items() if v is not None})
    render = resume.render
    if variant.sections is not None:
        chosen = variant.sections.model_dump(exclude_none=True)
        render = render.model_copy(update={"sections": render.sections.model_copy(update=chosen)})
    return resume.model_copy(update={**update, "basics": basics, "render": render})


def _with_highlights(entry: Any, keep: Callable[[list[str]], bool], most: int | None) -> Any:
    """`entry` with the highlights the variant keeps, at most `most`; an employer's roles the
    same, each by its tags. An employer whose roles are all left out is left out (None)."""
    highlights = [h for h in entry.highlights if keep(h.tags)][:most]
    if not roles_of(entry):
        return entry.model_copy(update={"highlights": highlights})
    roles = [_with_highlights(role, keep, most) for role in entry.roles if keep(role.tags)]
    return entry.model_copy(update={"highlights": highlights, "roles": roles}) if roles else None


def _kept(include: set[str], exclude: set[str], tags: list[str]) -> bool:
    if not tags:
        return True
    return not exclude.intersection(tags) and (not include or bool(include.intersection(tags)))


def newest_first(entries: Sequence[Entry]) -> list[Entry]:
    """`entries` ordered by date, the newest first: by when each ended (ongoing is newest; a
    single date, e.g. an award's, counts as both), then by when it began. Entries without a
    date follow, in the order they are written. Real files are not always newest first, so
    "the oldest" is found by date, not by place in the list."""
    dated = [e for e in entries if _when(e) != ("", "")]
    undated = [e for e in entries if _when(e) == ("", "")]
    return sorted(dated, key=_when, reverse=True) + undated  # a stable sort: ties keep order


def _when(entry: Any) -> tuple[str, str]:
    """(end, start) as text that sorts by time: `2019` < `2019-05` < `present`."""
    single = _sortable(getattr(entry, "date", None) or getattr(entry, "release_date", None))
    begun, ended = entry.span() if hasattr(entry, "span") else (None, None)  # roles' span
    start = _sortable(begun or getattr(entry, "start_date", None)) or single
    end = _sortable(ended or getattr(entry, "end_date", None)) or single
    if start and not end and hasattr(entry, "end_date"):
        end = _ONGOING  # begun and not ended: still going on
    return end or start, start


_ONGOING = "9999"


def _sortable(value: str | None) -> str:
    date = split_date(value)[0] if value else ""
    return _ONGOING if date == "present" else date


def units(entries: Sequence[Any]) -> list[Any]:
    """What a section's entries hold one by one: each role of an employer with roles, every
    other entry itself; in the order they are shown."""
    return [unit for entry in entries for unit in (roles_of(entry) or [entry])]


def keep_units(entries: Sequence[Entry], kept: Sequence[Any]) -> list[Entry]:
    """`entries` with only the units in `kept` (by identity): an employer keeps the roles
    kept, and is left out when none is."""
    ids = {id(unit) for unit in kept}
    result: list[Entry] = []
    for entry in entries:
        roles = roles_of(entry)
        if roles and (left := [role for role in roles if id(role) in ids]):
            result.append(cast(Any, entry).model_copy(update={"roles": left}))
        elif not roles and id(entry) in ids:
            result.append(entry)
    return result
