"""The two sides of a diff: a git revision of the source, a source file, or a PDF of ours (the
source it carries). Each is read into the model as `resume render` would read it."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

from resume.errors import UserError
from resume.source.loader import MAX_BYTES, parse_source
from resume.source.model import Resume
from resume.source.parsed import Source
from resume.source.validate import validate

WORKING_TREE = "working tree"


@dataclass(frozen=True)
class Side:
    """One side of the diff: what it is called, its model, and its text as a file would hold it
    (to render it again), with the suffix that says how to read that text."""

    label: str
    resume: Resume
    text: str
    suffix: str


def read_side(spec: str | None, source: Path) -> Side:
    """`spec` is a PDF, a source file, or a git revision of `source`; None is the working tree."""
    if spec is None:
        return _from_file(source, WORKING_TREE)
    path = Path(spec)
    if path.suffix.lower() == ".pdf" and path.is_file():
        return _from_pdf(path)
    if path.is_file():
        return _from_file(path, spec)
    return _from_git(spec, source)


def _from_file(path: Path, label: str) -> Side:
    from resume.source.loader import read_text

    text = read_text(path)
    return Side(label, _model(parse_source(path, text)), text, path.suffix.lower())


def _from_pdf(path: Path) -> Side:
    from resume.check import source_of, source_text_of
    from resume.source.json_resume_format import JSON_RESUME
    from resume.source.jsonresume import SOURCE_ATTACHMENT

    data = source_of(path)  # a UserError for a PDF that is not ours
    return Side(
        str(path),
        _model(Source(Path(f"{path}#{SOURCE_ATTACHMENT}"), data, JSON_RESUME)),
        source_text_of(path),
        ".json",
    )


def _from_git(revision: str, source: Path) -> Side:
    """`source` as commit `revision` has it (`git show REV:./name`, run beside the file)."""
    if revision.startswith("-"):
        raise UserError(f"{revision}: not a file or a git revision")
    folder = source.resolve().parent
    try:
        shown = subprocess.run(
            ["git", "-C", str(folder), "show", f"{revision}:./{source.name}"],
            capture_output=True,
            timeout=30,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise UserError(f"{revision}: git cannot show it ({error})") from None
    if shown.returncode != 0:
        why = shown.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UserError(
            f"{revision}: neither a file nor a git revision that holds {source}"
            + (f" ({why[-1]})" if why else "")
        )
    if len(shown.stdout) > MAX_BYTES:
        raise UserError(f"{revision}:{source}: larger than the {MAX_BYTES:,} bytes a source may be")
    text = shown.stdout.decode("utf-8", "replace")
    label = f"{revision}:{source}"
    return Side(revision, _model(parse_source(Path(label), text)), text, source.suffix.lower())


def _model(source: Source) -> Resume:
    resume, _ = validate(source)  # warnings belong to `resume validate`, not to a diff
    return resume
