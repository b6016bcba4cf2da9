"""Consecutive jobs at one employer, as other tools list a promotion, become one employer
with `roles`."""

from __future__ import annotations

import itertools
from typing import Any

_ROLE_KEYS = ("position", "startDate", "endDate", "summary", "highlights", "details")


def fold_roles(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """`work` with each run of consecutive entries of the same employer (same name, each with
    a position) folded into one entry whose `roles` are theirs, in the order given."""
    folded: list[dict[str, Any]] = []
    for _, run in itertools.groupby(work, key=_employer):
        entries = list(run)
        if len(entries) < 2 or not all(entry.get("position") for entry in entries):
            folded += entries
            continue
        employer = {key: value for key, value in entries[0].items() if key not in _ROLE_KEYS}
        employer["roles"] = [
            {key: entry[key] for key in _ROLE_KEYS if key in entry} for entry in entries
        ]
        folded.append(employer)
    return folded


def _employer(entry: dict[str, Any]) -> object:
    name = str(entry.get("name") or "").strip().casefold()
    return name or object()  # entries without a name are never one employer
