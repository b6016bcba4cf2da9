"""Several roles at one employer (`work[].roles`): the rules a source keeps, and their JSON
Resume form.

JSON Resume has no roles: a promotion is two work entries with the same `name`. So the export
writes one work entry per role, each with the employer's name, url, location and description,
and marks it with `x-resume-role-of`: `{"employer": N}` (the employer's place in `work`) and,
when the employer itself carries tags, `"tags": [...]`. Reading a JSON file folds the entries
of one mark back into one employer, and folds consecutive unmarked entries of the same employer
(same name, url, location and description, each with a position) the same way, with a warning
that names the employer.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from typing import Any

from resume.errors import Problem
from resume.source.model_base import split_date
from resume.source.parsed import FieldPath, Source

ROLE_OF = "x-resume-role-of"
# What a role has of its own, in a work entry of JSON Resume.
ROLE_KEYS = ("position", "startDate", "endDate", "summary", "highlights", "details", "tags")
# What the employer has, shared by all its roles.
EMPLOYER_KEYS = ("name", "location", "description", "url")
_BELONGS = "belongs to a role when the employer has `roles`: move it into one of them"
_OWN_WORDS = {
    "startDate": "is computed from the roles (the earliest start): leave it out",
    "endDate": "is computed from the roles (the latest end): leave it out",
}


def role_problems(source: Source, data: Any) -> list[Problem]:
    """An employer with roles that has a position, dates, summary, highlights or details of
    its own (which role do they belong to?), and a role that ends before it starts: errors in
    a YAML source; in a JSON file, read leniently, the value is left out with a warning."""
    found: list[tuple[dict[str, Any], str, FieldPath, str]] = []
    for index, entry in _employers_with_roles(data):
        for key in ("position", "startDate", "endDate", "summary", "highlights", "details"):
            if key in entry:
                found.append((entry, key, ("work", index, key), _OWN_WORDS.get(key, _BELONGS)))
        for number, role in enumerate(entry["roles"]):
            if isinstance(role, dict) and (message := _ends_before_start(role)):
                found.append(
                    (role, "endDate", ("work", index, "roles", number, "endDate"), message)
                )
    # An employer's own key is shown where the key is written; a role's end date at its value.
    if not source.format.forgives.role_conflicts:
        return [source.problem(p, message, key=len(p) == 3) for _, _, p, message in found]
    for holder, key, _, _ in found:
        del holder[key]
    return [
        source.problem(p, f"{message}; left out", key=len(p) == 3, warning=True)
        for _, _, p, message in found
    ]


def _employers_with_roles(data: Any) -> Iterable[tuple[int, dict[str, Any]]]:
    work = data.get("work") if isinstance(data, dict) else None
    for index, entry in enumerate(work if isinstance(work, list) else []):
        if isinstance(entry, dict) and isinstance(entry.get("roles"), list) and entry["roles"]:
            yield index, entry


def _ends_before_start(role: dict[str, Any]) -> str:
    start, end = (str(role.get(key) or "") for key in ("startDate", "endDate"))
    first, last = split_date(start)[0], split_date(end)[0]
    if not first or not last or "present" in (first, last):
        return ""
    shared = min(len(first), len(last))  # 2021 and 2021-05 are not in order, nor out of it
    if last[:shared] < first[:shared]:
        return f"the role ends ({end}) before it starts ({start})"
    return ""


def flatten_roles(work: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """JSON Resume's work entries: an employer with roles becomes one entry per role."""
    entries: list[dict[str, Any]] = []
    for index, employer in enumerate(work):
        if not employer.get("roles"):
            entries.append(employer)
            continue
        shared = {key: employer[key] for key in EMPLOYER_KEYS if key in employer}
        mark: dict[str, Any] = {"employer": index}
        if employer.get("tags"):
            mark["tags"] = employer["tags"]
        for role in employer["roles"]:
            entries.append(
                {**shared, **{k: role[k] for k in ROLE_KEYS if k in role}, ROLE_OF: mark}
            )
    return entries


def fold_roles(source: Source, data: Any) -> list[Problem]:
    """JSON Resume's work entries of one employer as its roles (see the module's doc); each
    employer so read is named in a warning. The positions of the file follow the entries."""
    work = data.get("work") if isinstance(data, dict) else None
    if not isinstance(work, list):
        return []
    folded: list[Any] = []
    moves: dict[int, FieldPath] = {}  # an entry's place in the file -> its place now
    problems: list[Problem] = []
    numbered = list(enumerate(work))
    for key, group in itertools.groupby(numbered, key=lambda pair: _group_of(pair[1])):
        members = list(group)
        marked = isinstance(key, tuple) and key[0] == "mark"
        if not isinstance(key, tuple) or (len(members) < 2 and not marked):
            for old, entry in members:
                moves[old] = ("work", len(folded))
                folded.append(_unmarked(entry))
            continue
        here = len(folded)
        folded.append(_employer(members))
        for number, (old, _) in enumerate(members):
            moves[old] = ("work", here, "roles", number)
        name = members[0][1].get("name")
        message = f"{len(members)} entries at {name} read as one employer with its roles"
        problems.append(source.problem(("work", members[0][0]), message, warning=True))
    data["work"] = folded
    _move_positions(source, moves)
    return problems


def _group_of(entry: Any) -> Any:
    """What entries of one employer share; a fresh object (equal to nothing) for one alone."""
    if not isinstance(entry, dict) or "roles" in entry:
        return object()
    mark = entry.get(ROLE_OF)
    if isinstance(mark, dict) and isinstance(mark.get("employer"), int):
        return ("mark", mark["employer"])
    if isinstance(entry.get("name"), str) and isinstance(entry.get("position"), str):
        return ("name", *(str(entry.get(key)) for key in EMPLOYER_KEYS))
    return object()


def _unmarked(entry: Any) -> Any:
    if isinstance(entry, dict):
        entry.pop(ROLE_OF, None)
    return entry


def _employer(members: list[tuple[int, Any]]) -> dict[str, Any]:
    first = members[0][1]
    employer = {key: first[key] for key in EMPLOYER_KEYS if key in first}
    mark = first.get(ROLE_OF)
    if isinstance(mark, dict) and isinstance(mark.get("tags"), list) and mark["tags"]:
        employer["tags"] = mark["tags"]
    employer["roles"] = [
        {key: entry[key] for key in ROLE_KEYS if key in entry} for _, entry in members
    ]
    return employer


def _move_positions(source: Source, moves: dict[int, FieldPath]) -> None:
    """Each work entry's positions at its new place; an employer's at its first role's."""
    for positions in (source.values, source.keys):
        old = {path: at for path, at in positions.items() if path[:1] == ("work",)}
        for path in old:
            if len(path) > 1:
                del positions[path]
        for path, at in old.items():  # in the file's order: the first role comes first
            if len(path) < 2 or not isinstance(path[1], int) or path[1] not in moves:
                continue
            new, rest = moves[path[1]], path[2:]
            if len(new) > 2 and (not rest or rest[0] in EMPLOYER_KEYS):
                positions.setdefault((*new[:2], *rest), at)
            positions[(*new, *rest)] = at
