"""Under xdist, the real files' tests share one worker: their imports render in one batch."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if "imports" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("imports-real-files"))
