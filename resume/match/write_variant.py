"""Add a variant to the source, keeping its comments and layout; and check that a variant's
résumé fits on one page by rendering it.

YAML goes through ruamel.yaml's round trip, with the indentation that reproduces the file as
it was, so the only lines that change are the new variant's. JSON has no comments to keep.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

from resume.errors import UserError
from resume.source.model import Resume, Variant
from resume.source.round_trip import round_trip_yaml

_FIELDS = ("include", "exclude", "maxEntries", "maxHighlights", "sections")


def source_with_variant(path: Path, name: str, variant: Variant, base: str | None) -> str:
    """The source's text with variant `name` added: `base`'s other settings (label, headline,
    summary) and `variant`'s selection."""
    text = path.read_text(encoding="utf-8")
    selection = variant.model_dump(by_alias=True, exclude_defaults=True, include=_selection())
    if path.suffix.lower() == ".json":
        data = json.loads(text)
        entry = dict(data.get("variants", {}).get(base, {})) if base else {}
        data.setdefault("variants", {})[name] = _merged(entry, selection)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return _yaml_with_variant(text, name, selection, base)


def _selection() -> set[str]:
    return {"include", "exclude", "max_entries", "max_highlights", "sections"}


def _merged(entry: dict[str, Any], selection: dict[str, Any]) -> dict[str, Any]:
    for key in _FIELDS:
        entry.pop(key, None)
    return {**entry, **selection}


def _yaml_with_variant(text: str, name: str, selection: dict[str, Any], base: str | None) -> str:
    import copy

    from ruamel.yaml.comments import CommentedMap

    yaml = round_trip_yaml(text)
    doc = yaml.load(text)
    variants = doc.get("variants")
    if variants is None:
        variants = doc["variants"] = CommentedMap()
    entry = copy.deepcopy(variants[base]) if base else CommentedMap()
    for key in _FIELDS:
        if key in entry:
            del entry[key]
    for key, value in selection.items():
        entry[key] = _styled(value)
    variants[name] = entry
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def _styled(value: Any) -> Any:
    """Short lists on one line, `[work, projects]`, as sources write them."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, list):
        seq = CommentedSeq(value)
        seq.fa.set_flow_style()
        return seq
    if isinstance(value, dict):
        return CommentedMap((key, _styled(inner)) for key, inner in value.items())
    return value


def check_name(resume: Resume, name: str) -> None:
    """`name` can be a new variant's: the model's pattern for variant names, and unused."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", name) or name == "all":
        raise UserError(
            f"--write-variant: '{name}' is no variant name: use lower-case letters, digits, - and _"
            " (`all` is reserved)"
        )
    if name in resume.variants:
        raise UserError(f"--write-variant: the source already has a variant '{name}'")


def fit_of(path: Path, resume: Resume, text: str, name: str) -> str | None:
    """How the résumé of variant `name` in `text` (a version of the source at `path`) fits on
    one page, rendered in a temporary folder; None when it cannot fit."""
    from resume.build import RenderOptions, render
    from resume.engine.fit import Overflow

    with tempfile.TemporaryDirectory(prefix="resume-match-") as folder:
        copy = Path(folder) / path.name
        copy.write_text(text, encoding="utf-8")
        _bring_photo(path, resume, Path(folder))
        options = RenderOptions(
            source=copy,
            out=Path(folder) / "out",
            outputs=["resume"],
            variant=name,
            theme=_theme_folder(path, resume),
        )
        try:
            result = render(options)
        except Overflow:
            return None
    written = result.written[0]
    if written.pages != 1:
        return None
    return str(written.fit or "as designed")


def _bring_photo(path: Path, resume: Resume, folder: Path) -> None:
    """The photo, beside the copy as beside the source, for it takes room on the page."""
    image = resume.basics.image
    if image and not image.startswith("data:") and (path.parent / image).is_file():
        target = (folder / image).resolve()
        if not target.is_relative_to(folder.resolve()):
            return  # validation has refused a photo outside the source's folder
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path.parent / image, target)


def _theme_folder(path: Path, resume: Resume) -> str:
    """The source's theme as a folder, found as a render of the source finds it: the copy
    renders elsewhere, where the `themes/` beside the source is not."""
    from resume.plan import RenderOptions, resolve_theme

    return str(resolve_theme(RenderOptions(source=path), resume.render.theme).folders[0])
