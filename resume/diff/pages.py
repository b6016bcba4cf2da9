"""`resume diff --render`: both sides rendered, and their one-page résumés (the main one and each
variant's) compared as a reader sees them: pages, fitting, what fitting or condensing leaves
out, and which changes reach the page. WeasyPrint is loaded here, and only here."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from resume.content.select import sections_for, tailor
from resume.diff.content import IDENTITY, diff_resumes, entry_name
from resume.diff.report import PageChange
from resume.diff.sources import Side
from resume.errors import UserError
from resume.provenance import Origin
from resume.source.loader import format_of
from resume.source.model import Resume
from resume.source.parsed import Source
from resume.source.settings import SectionName
from resume.source.validate import validate

if TYPE_CHECKING:
    from resume.build import RenderOptions

_DATE = datetime(2000, 1, 1, tzinfo=UTC)  # both sides alike: only content may differ


@dataclass(frozen=True)
class SidePdf:
    """One résumé PDF of one side: where it is, and what it shows."""

    path: Path | None  # None: it does not fit (see `note`)
    pages: int
    note: str  # how it was fitted (empty: as designed), or why it failed
    full: Resume  # the source as the PDF's variant has it, before fitting
    shown: Resume  # what the page shows: its embedded source, after condensing


def compare_pages(old: Side, new: Side, source: Path, png: Path | None) -> list[PageChange]:
    with tempfile.TemporaryDirectory(prefix="resume-diff-") as folder:
        before = render_side(old, source, Path(folder) / "old")
        after = render_side(new, source, Path(folder) / "new")
        both = [variant for variant in after if variant in before]
        return [
            with_images(compare(v, before[v], after[v]), before[v], after[v], png) for v in both
        ]


def with_images(
    change: PageChange, before: SidePdf, after: SidePdf, png: Path | None
) -> PageChange:
    if png is None or before.path is None or after.path is None:
        return change
    from resume.diff.images import mark_changes

    name = "resume" + (f"-{change.variant}" if change.variant else "")
    return replace(change, images=mark_changes(before.path, after.path, png, name))


def render_side(side: Side, source: Path, folder: Path) -> dict[str | None, SidePdf]:
    """The side's résumé and every variant's, rendered into `folder`, by variant name."""
    from resume.build import RenderOptions

    folder.mkdir(parents=True)
    path = folder / f"{source.stem}{side.suffix}"
    path.write_text(side.text, encoding="utf-8")
    photo = side.resume.basics.image
    if photo and (source.parent / photo).is_file() and "/" not in photo:
        shutil.copyfile(source.parent / photo, folder / photo)  # the page keeps its photo
    options = RenderOptions(
        source=path, out=folder / "out", outputs=["resume"], date=_DATE, origin=Origin("diff")
    )
    rendered: dict[str | None, SidePdf] = {None: render_one(options, side.resume, None)}
    for name in side.resume.variants:
        rendered[name] = render_one(options, tailor(side.resume, name), name)
    return rendered


def render_one(options: RenderOptions, full: Resume, variant: str | None) -> SidePdf:
    from resume.build import render

    try:
        result = render(replace(options, variant=variant))
    except UserError as error:
        first = str(error).splitlines()[0] if str(error) else "it does not render"
        return SidePdf(None, 0, f"fails: {first}", full, full)
    written = result.written[0]  # a source in several languages: its first language's
    fit = written.fit
    setting = fit.setting if fit and not fit.as_designed else ""  # the passes are no news
    return SidePdf(written.path, written.pages or 0, setting, full, shown_on(written.path))


def shown_on(pdf: Path) -> Resume:
    from resume.check import source_of

    resume, _ = validate(Source(pdf, source_of(pdf), format_of(pdf)))
    return resume


def compare(variant: str | None, before: SidePdf, after: SidePdf) -> PageChange:
    was, now = left_out(before), left_out(after)
    sections = set(sections_for(after.shown, "resume")) | {"basics"}
    shown = [
        change if change.kind in ("changed", "moved") else replace(change, fields=[])
        for change in diff_resumes(before.shown, after.shown)
        if change.section in sections
    ]
    still_there = set(items_of(after.full, sections_for(after.full, "resume")))
    return PageChange(
        pdf=f"résumé, variant {variant}" if variant else "résumé",
        variant=variant,
        pages=(before.pages, after.pages),
        fitting=(before.note, after.note),
        left_out=[item for item in now if item not in was],
        back_in=[item for item in was if item not in now and item in still_there],
        shown=shown,
    )


def left_out(rendered: SidePdf) -> list[str]:
    """What the source has and the page does not (condensing's cuts): whole sections, then
    entries and highlights of the sections it keeps."""
    kept = sections_for(rendered.shown, "resume")
    cut = [name for name in sections_for(rendered.full, "resume") if name not in kept]
    shown = set(items_of(rendered.shown, kept))
    missing = [item for item in items_of(rendered.full, kept) if item not in shown]
    # A highlight of an entry left out whole goes without saying.
    entries = {item for item in missing if not item.endswith("”")}
    whole = [item for item in missing if item.split(": “", 1)[0] not in entries or item in entries]
    return [f"section {name}" for name in cut] + whole


def items_of(resume: Resume, sections: list[SectionName]) -> list[str]:
    """Each entry of `sections`, then each of its highlights, as the report names them."""
    items = []
    for section in sections:
        if section not in IDENTITY:
            continue
        for entry in resume.model_dump(mode="json", by_alias=True).get(section, []):
            name = f"{section}: {entry_name(section, entry)}"
            items.append(name)
            items += [f"{name}: “{h['text']}”" for h in entry.get("highlights") or []]
    return items
