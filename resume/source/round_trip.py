"""ruamel.yaml's round trip, set up to give a source back as its author wrote it: the
indentation that reproduces the file, quotes kept, long lines never wrapped. Used to add to a
source in place (a variant, publications) so that only the new lines change."""

from __future__ import annotations

import difflib
import io
from typing import Any

# (mapping, sequence, offset): `- item` under its key, or indented by two
_LAYOUTS = ((2, 4, 2), (2, 2, 0), (4, 4, 2), (4, 6, 4), (4, 4, 0))


def round_trip_yaml(text: str) -> Any:
    """A round-trip YAML whose indentation gives `text` back unchanged, or as nearly as any."""
    from ruamel.yaml import YAML

    def changed_lines(layout: tuple[int, int, int]) -> int:
        yaml = _yaml(YAML, layout)
        out = io.StringIO()
        yaml.dump(yaml.load(text), out)
        diff = difflib.ndiff(text.splitlines(), out.getvalue().splitlines())
        return sum(1 for line in diff if line[:1] in "+-")

    best = min(_LAYOUTS, key=changed_lines)
    return _yaml(YAML, best)


def _yaml(factory: Any, layout: tuple[int, int, int]) -> Any:
    yaml = factory(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never wrap a long line the author kept on one
    mapping, sequence, offset = layout
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml
