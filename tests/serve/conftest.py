"""A source of one's own to edit, and a preview session of it served in this process."""

from __future__ import annotations

import json
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from resume.build import RenderOptions
from resume.engine import warm
from resume.engine.warm import Recent
from resume.serve import Live
from tests.conftest import ROOT

DATA = ROOT / "data"


def edit(source: Path, old: str, new: str) -> None:
    """Save `source` with `old` replaced, a second later than it was (the PDFs carry its date)."""
    text = source.read_text(encoding="utf-8")
    assert old in text
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    stat = source.stat()
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def own_source(folder: Path) -> Path:
    """A copy of the default source, with what lies beside it, to edit."""
    shutil.copytree(DATA, folder)
    return folder / "resume.yaml"


@dataclass
class Served:
    live: Live
    source: Path
    out: Path

    @property
    def url(self) -> str:
        return self.live.server.url

    def state(self) -> dict[str, Any]:
        """What the page was told last."""
        state: dict[str, Any] = json.loads(self.live.hub.state)
        return state

    def wait(self, done: Callable[[dict[str, Any]], bool], seconds: float = 90) -> dict[str, Any]:
        """The first state the page is told that is `done`."""
        deadline = time.monotonic() + seconds
        while not done(state := self.state()):
            assert time.monotonic() < deadline, f"not done in {seconds} s: {state}"
            time.sleep(0.05)
        return state


@pytest.fixture(autouse=True, scope="module")
def layouts_kept_in_this_module() -> Iterator[None]:
    """A session keeps layouts (it turns warm.LAYOUTS on): for these tests, not the next
    module's in the same process, which count layout passes."""
    kept = warm.LAYOUTS
    warm.LAYOUTS = Recent(0)
    yield
    warm.LAYOUTS.clear()
    warm.LAYOUTS = kept


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    """One server for the module, rendering in a thread of its own until the module ends."""
    folder = tmp_path_factory.mktemp("served")
    source, out = own_source(folder / "source"), folder / "out"
    live = Live(RenderOptions(source=source, out=out), 0)
    stop = threading.Event()
    renders = threading.Thread(target=live.render_until, args=(stop,), daemon=True)
    renders.start()
    yield Served(live, source, out)
    stop.set()
    live.stop()
    renders.join(60)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The tests of one served session run in one xdist worker: one server, one first render."""
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if "served" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group(f"serve-{item.module.__name__}"))
