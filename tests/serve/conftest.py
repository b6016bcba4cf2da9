"""A source of one's own to edit, and a preview session of it served in this process."""

from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from resume.build import RenderOptions
from resume.serve import Live
from tests.conftest import ROOT

DATA = ROOT / "data"


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
