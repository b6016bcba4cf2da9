"""Word-level differences between two texts, as runs of kept, deleted and inserted text."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Literal

Op = Literal["equal", "delete", "insert"]
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


def word_diff(old: str, new: str) -> list[Segment]:
    """`old` turned into `new`, word by word: joining the equal and deleted runs gives `old`,
    the equal and inserted ones `new`."""
    a, b = _TOKEN.findall(old), _TOKEN.findall(new)
    segments: list[Segment] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, "equal", "".join(a[a1:a2]))
            continue
        _append(segments, "delete", "".join(a[a1:a2]))
        _append(segments, "insert", "".join(b[b1:b2]))
    return _absorb_lone_spaces(segments)


def _append(segments: list[Segment], op: Op, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].op == op:
        segments[-1] = Segment(op, segments[-1].text + text)
    else:
        segments.append(Segment(op, text))


def _absorb_lone_spaces(segments: list[Segment]) -> list[Segment]:
    """A space kept between two changes reads better inside them: `[-a b-]{+c d+}`, not
    `[-a-]{+c+} [-b-]{+d+}`."""
    merged: list[Segment] = []
    for index, segment in enumerate(segments):
        between = 0 < index < len(segments) - 1
        if segment.op == "equal" and between and not segment.text.strip():
            neighbours = {segments[index - 1].op, segments[index + 1].op}
            if "equal" not in neighbours:
                for op in ("delete", "insert"):
                    _append(merged, op, segment.text)
                continue
        _append(merged, segment.op, segment.text)
    return _regroup(merged)


def _regroup(segments: list[Segment]) -> list[Segment]:
    """Each run of changes as all its deletions, then all its insertions."""
    out: list[Segment] = []
    pending: dict[Op, str] = {"delete": "", "insert": ""}
    for segment in [*segments, Segment("equal", "")]:
        if segment.op != "equal":
            pending[segment.op] += segment.text
            continue
        for op in ("delete", "insert"):
            _append(out, op, pending[op])
            pending[op] = ""
        _append(out, "equal", segment.text)
    return out
