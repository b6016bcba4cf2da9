"""What `resume import` does, for the command line to call: a file in any format we read to a
YAML source, or a BibTeX list into an existing one."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from resume.errors import Problem, UserError
from resume.imports.bib_into import add_publications
from resume.imports.registry import import_file
from resume.imports.writing import source_text
from resume.source.starter import require_yaml_name
from resume.write import write_atomic


@dataclass
class Result:
    """What to show: the warnings (to standard error), then `text` on standard output when
    the output is `-`, else `message`."""

    message: str
    warnings: list[Problem] = field(default_factory=list)
    text: str | None = None


def run_import(
    source: Path, output: Path | None = None, *, into: Path | None = None, force: bool = False
) -> Result:
    """`resume import SOURCE [-o OUTPUT] [--into SOURCE.yaml] [--force]`: the format is found
    from the content; OUTPUT defaults to SOURCE beside it as .yaml, `-` is standard output;
    an existing OUTPUT is kept unless `force`. Nothing is written when anything fails."""
    if into is not None:
        added = add_publications(source, into)
        message = f"added {len(added.added)} publications to {into}"
        if added.already:
            message += f" ({len(added.already)} already there, by DOI or title)"
        return Result(message, added.warnings)
    target = output or source.with_name(f"{source.stem if source.is_file() else source.name}.yaml")
    to_screen = str(target) == "-"
    if not to_screen:
        require_yaml_name(target)
        if target.exists() and not force:
            raise UserError(
                f"{target}: already exists (--force overwrites it, -o writes elsewhere)"
            )
    imported = import_file(source)
    text, warnings = source_text(imported, target)
    if to_screen:
        return Result("", warnings, text)
    write_atomic(target, text)
    return Result(
        f"wrote {target} ({imported.format}); render it with: resume render {target}", warnings
    )
