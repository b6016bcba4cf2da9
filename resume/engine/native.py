"""Import WeasyPrint without the compiler probes that make its import slow on Linux.

WeasyPrint opens Pango and friends by trying a list of names per library, Windows and
macOS spellings first. cffi hands every name it cannot open to `ctypes.util.find_library`,
which on Linux asks `ldconfig`, then runs `gcc` and `ld` for each miss: about twenty
subprocesses, 0.3-0.4 s of a cold render (Kozea/WeasyPrint#1125). When `ldconfig` knows
Pango, it knows the rest too, so for the import only, a miss in its cache is final.
"""

from __future__ import annotations

import ctypes.util
import functools
import sys
from collections.abc import Callable


def load_weasyprint() -> None:
    """`import weasyprint`, with library lookups answered by the `ldconfig` cache alone."""
    if "weasyprint" in sys.modules:
        return
    original = ctypes.util.find_library
    quick = _ldconfig_lookup()
    if quick is not None:
        ctypes.util.find_library = quick  # type: ignore[assignment]
    try:
        import weasyprint  # noqa: F401
    finally:
        ctypes.util.find_library = original


def _ldconfig_lookup() -> Callable[[str], str | None] | None:
    """A `find_library` that reads the `ldconfig` cache only, if this system finds Pango there."""
    find_soname = getattr(ctypes.util, "_findSoname_ldconfig", None)  # Linux CPython only
    if not sys.platform.startswith("linux") or find_soname is None:
        return None
    lookup: Callable[[str], str | None] = functools.cache(find_soname)
    try:
        found = lookup("pango-1.0") and lookup("pangoft2-1.0") and lookup("fontconfig")
    except OSError:
        return None
    return lookup if found else None
