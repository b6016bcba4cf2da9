"""A diff of content, not of lines: entries matched by section and identity (a job by employer
and position, a project by name), then added, removed, moved or changed field by field, with
highlights matched one to one and their words marked."""

from __future__ import annotations

import dataclasses
import difflib
from dataclasses import dataclass
from typing import Any, Literal

from resume.diff.words import Segment, word_diff
from resume.source.model import Resume

Kind = Literal["added", "removed", "moved", "changed"]

# What names an entry in each section: its identity when the two sides are matched.
IDENTITY: dict[str, tuple[str, ...]] = {
    "work": ("position", "name"),
    "volunteer": ("position", "organization"),
    "education": ("institution", "area", "studyType"),
    "awards": ("title", "awarder"),
    "certificates": ("name", "issuer"),
    "publications": ("name",),
    "skills": ("name",),
    "languages": ("language",),
    "interests": ("name",),
    "references": ("name",),
    "projects": ("name",),
    "articles": ("title",),
    "reading": ("title", "author"),
}
# Parts of the source that are one thing rather than a list of entries.
SINGLES = ("basics", "intros", "meta", "render", "variants")
_SIMILAR = 0.5  # entries whose identity changed are still one entry when this alike


@dataclass(frozen=True)
class FieldChange:
    field: str  # `highlights[2]`, `summary`, `location.city`
    kind: Kind
    old: str | None
    new: str | None
    words: list[Segment] = dataclasses.field(default_factory=list)


@dataclass
class EntryChange:
    section: str
    entry: str  # how a person names it: `Technical Lead, Acme`
    kind: Kind
    old_index: int | None = None
    new_index: int | None = None
    fields: list[FieldChange] = dataclasses.field(default_factory=list)


def diff_resumes(old: Resume, new: Resume) -> list[EntryChange]:
    """Every change from `old` to `new`, in the order of the source's sections."""
    a, b = _plain(old), _plain(new)
    changes: list[EntryChange] = []
    for section in [*SINGLES[:1], *IDENTITY, *SINGLES[1:]]:
        if section in IDENTITY:
            changes += diff_section(section, a.get(section, []), b.get(section, []))
        elif fields := diff_fields(a.get(section, {}), b.get(section, {})):
            name = str(b.get("basics", {}).get("name", "")) if section == "basics" else section
            changes.append(EntryChange(section, name, "changed", fields=fields))
    return changes


def _plain(resume: Resume) -> dict[str, Any]:
    return resume.model_dump(mode="json", by_alias=True, exclude_none=True, exclude_defaults=True)


def entry_name(section: str, entry: dict[str, Any]) -> str:
    parts = [str(entry[key]) for key in IDENTITY[section] if entry.get(key)]
    return ", ".join(parts) or "(unnamed)"


def diff_section(section: str, old: list[Any], new: list[Any]) -> list[EntryChange]:
    pairs = match_entries(section, old, new)
    paired_old = {i for i, _ in pairs}
    paired_new = {j for _, j in pairs}
    moved = moved_pairs(pairs)
    changes = [
        EntryChange(section, entry_name(section, entry), "removed", i, None, diff_fields(entry, {}))
        for i, entry in enumerate(old)
        if i not in paired_old
    ]
    for i, j in sorted(pairs, key=lambda pair: pair[1]):
        fields = diff_fields(old[i], new[j])
        if fields or (i, j) in moved:
            kind: Kind = "moved" if (i, j) in moved else "changed"
            name = entry_name(section, new[j])
            changes.append(EntryChange(section, name, kind, i, j, fields))
    changes += [
        EntryChange(section, entry_name(section, entry), "added", None, j, diff_fields({}, entry))
        for j, entry in enumerate(new)
        if j not in paired_new
    ]
    return changes


def match_entries(section: str, old: list[Any], new: list[Any]) -> list[tuple[int, int]]:
    """Pairs (old index, new index) of the same entry: same identity first, then, among the
    rest, entries alike enough that an edit of their name is likelier than a swap."""
    keys = [tuple(e.get(k) for k in IDENTITY[section]) for e in new]
    pairs: list[tuple[int, int]] = []
    free = set(range(len(new)))
    for i, entry in enumerate(old):
        key = tuple(entry.get(k) for k in IDENTITY[section])
        j = next((j for j in sorted(free) if keys[j] == key), None)
        if j is not None:
            pairs.append((i, j))
            free.discard(j)
    unpaired = [i for i in range(len(old)) if i not in {p[0] for p in pairs}]
    for i in unpaired:
        scored = [(similarity(old[i], new[j]), j) for j in sorted(free)]
        best = max(scored, default=(0.0, -1))
        if best[0] >= _SIMILAR:
            pairs.append((i, best[1]))
            free.discard(best[1])
    return pairs


def similarity(a: Any, b: Any) -> float:
    return difflib.SequenceMatcher(a=_text(a).split(), b=_text(b).split(), autojunk=False).ratio()


def moved_pairs(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The entries that changed place: those outside the longest run kept in order."""
    ordered = sorted(pairs, key=lambda pair: pair[1])
    olds = [i for i, _ in ordered]
    runs: list[list[int]] = []  # runs[k]: the longest increasing run of old indexes ending at k
    for k, i in enumerate(olds):
        longest: list[int] = []
        for m in range(k):
            if olds[m] < i and len(runs[m]) > len(longest):
                longest = runs[m]
        runs.append([*longest, k])
    kept: list[int] = []
    for run in runs:
        kept = run if len(run) > len(kept) else kept
    return {pair for k, pair in enumerate(ordered) if k not in kept}


def diff_fields(old: Any, new: Any) -> list[FieldChange]:
    """Field by field; highlights matched one to one, other lists of words compared as text."""
    a, b = _flat(old, ""), _flat(new, "")
    changes: list[FieldChange] = []
    for key in [*a, *(k for k in b if k not in a)]:
        if key.endswith("highlights") and (key in a or key in b):
            changes += diff_highlights(key, a.get(key, []), b.get(key, []))
        elif key not in b:
            changes.append(FieldChange(key, "removed", a[key], None))
        elif key not in a:
            changes.append(FieldChange(key, "added", None, b[key]))
        elif a[key] != b[key]:
            changes.append(FieldChange(key, "changed", a[key], b[key], word_diff(a[key], b[key])))
    return changes


def diff_highlights(key: str, old: list[str], new: list[str]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        pairs = min(a2 - a1, b2 - b1)  # a replaced run: edited highlights, one to one
        for offset in range(pairs):
            was, now = old[a1 + offset], new[b1 + offset]
            name = f"{key}[{b1 + offset}]"
            changes.append(FieldChange(name, "changed", was, now, word_diff(was, now)))
        changes += [
            FieldChange(f"{key}[{i}]", "removed", old[i], None) for i in range(a1 + pairs, a2)
        ]
        changes += [
            FieldChange(f"{key}[{j}]", "added", None, new[j]) for j in range(b1 + pairs, b2)
        ]
    return changes


def _flat(value: Any, prefix: str) -> dict[str, Any]:
    """`{"location": {"city": "X"}}` as `{"location.city": "X"}`; lists of words as one text;
    highlights as a list of their texts (their tags as a field of their own)."""
    if isinstance(value, dict):
        flat: dict[str, Any] = {}
        for key, item in value.items():
            flat |= _flat(item, f"{prefix}.{key}" if prefix else str(key))
        return flat
    if prefix.endswith("highlights") and isinstance(value, list):
        texts = [h["text"] if isinstance(h, dict) else str(h) for h in value]
        tags = [", ".join(h.get("tags", [])) if isinstance(h, dict) else "" for h in value]
        return {prefix: texts} | ({f"{prefix}.tags": "; ".join(tags)} if any(tags) else {})
    if isinstance(value, list) and any(isinstance(item, dict | list) for item in value):
        return {
            k: v for i, item in enumerate(value) for k, v in _flat(item, f"{prefix}[{i}]").items()
        }
    if isinstance(value, list):
        return {prefix: ", ".join(map(str, value))}
    if prefix.endswith("endDate") and value == "present":
        return {}  # JSON Resume says ongoing by leaving the date out: a PDF's source does
    return {prefix: str(value)}


def _text(value: Any) -> str:
    return " ".join(
        str(v) if isinstance(v, str) else " ".join(v) for v in _flat(value, "").values()
    )
