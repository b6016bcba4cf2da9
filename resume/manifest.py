"""What the tool owns in a folder it shares with the user: `out/assets/.resume-manifest.json`
lists the files the last render used there. A render that no longer uses one (the fonts of
the theme before, say) removes it; a file the manifest does not list, such as the user's own,
is never touched. A manifest that names anything but a plain file inside its folder is not
trusted for that entry.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path, PurePosixPath

Content = bytes | str
MANIFEST = ".resume-manifest.json"


def update(
    files: Mapping[Path, Content], owned: Mapping[Path, Collection[Path]]
) -> tuple[dict[Path, Content], list[Path]]:
    """`files` with each owned folder's new manifest, and the files no longer used there."""
    batch = dict(files)
    stale: list[Path] = []
    for folder, used in owned.items():
        names = sorted({PurePosixPath(path.relative_to(folder)).as_posix() for path in used})
        batch[folder / MANIFEST] = json.dumps({"files": names}, indent=1) + "\n"
        real = Path(os.path.realpath(folder))
        stale += [
            folder / name
            for name in listed(folder)
            if name not in set(names)
            and Path(os.path.realpath((folder / name).parent)).is_relative_to(real)
        ]
    return batch, stale


def listed(folder: Path) -> list[str]:
    """The names the folder's manifest lists that are plain relative paths inside it."""
    try:
        names = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    if not isinstance(names, list):
        return []
    return [name for name in names if isinstance(name, str) and _inside(name)]


def _inside(name: str) -> bool:
    path = PurePosixPath(name)
    return bool(name) and not path.is_absolute() and ".." not in path.parts and "\\" not in name


def remove(stale: Iterable[Path]) -> None:
    """Remove the files no longer used (not links' targets, never folders), then the folders
    they leave empty."""
    for path in stale:
        with contextlib.suppress(OSError):
            if path.is_symlink() or path.is_file():
                os.unlink(path)
        with contextlib.suppress(OSError):
            path.parent.rmdir()  # only when empty
