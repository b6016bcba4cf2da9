"""JSON Resume, read leniently: real files written for other tools, by other tools.

The data is what `json.loads` reads; the positions come from composing the same text as YAML
(JSON is nearly YAML), within the same limits as our own format.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from resume.errors import Problem, UserError
from resume.source.parsed import LENIENT, Source, SourceFormat
from resume.source.yaml_format import MAX_DEPTH, MAX_DIGITS, compose


def read_json_resume(path: Path, text: str, format: SourceFormat) -> Source:
    """The data as JSON reads it, the positions as YAML finds them in the same text."""
    data = _parse_json(path, text, format)
    source = compose(path, _as_yaml(text), format)
    source.data = data
    return source


_YAML_LINE_BREAKS = str.maketrans("\x85\u2028\u2029", "???")
_NOT_YAML = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _as_yaml(json_text: str) -> str:
    """JSON text the YAML composer can read to find positions, every character where it was.

    JSON is YAML, except that YAML forbids tabs between tokens and some characters (C1
    controls, U+FFFE) that a JSON string may hold, and breaks lines at U+0085, U+2028 and
    U+2029, which JSON does not; the data itself comes from the JSON parser."""
    return _NOT_YAML.sub("?", json_text.replace("\t", " ")).translate(_YAML_LINE_BREAKS)


def _parse_json(path: Path, text: str, format: SourceFormat) -> Any:
    try:
        return json.loads(text, parse_int=_json_int)
    except json.JSONDecodeError as error:
        message = error.msg + _json_hint(text, error.pos)
        raise UserError(problems=[Problem(str(path), error.lineno, error.colno, message)]) from None
    except (RecursionError, _TooLong) as error:
        # Composing the file as YAML finds the same problem with its position.
        compose(path, _as_yaml(text), format)
        raise UserError(f"{path}: {error or f'nested deeper than {MAX_DEPTH} levels'}") from None


def _json_hint(text: str, at: int) -> str:
    """What people coming from JavaScript or YAML usually did."""
    if text.startswith(("//", "/*"), at):
        return " (JSON has no comments)"
    if text[:at].rstrip().endswith(",") and text.startswith(("}", "]"), at):
        return " (JSON allows no comma before a closing bracket)"
    return ""


class _TooLong(ValueError):
    pass


def _json_int(digits: str) -> int:
    if len(digits) > MAX_DIGITS:
        raise _TooLong(f"a number of {len(digits):,} digits; numbers may have {MAX_DIGITS}")
    return int(digits)


JSON_RESUME = SourceFormat(
    "JSON Resume", (".json",), LENIENT, read_json_resume, escapes_halves=True
)
