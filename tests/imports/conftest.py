"""A BibTeX list the importers' tests share; under xdist, the real files' tests share one
worker: their imports render in one batch."""

from __future__ import annotations

from pathlib import Path

import pytest


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not config.pluginmanager.hasplugin("xdist"):
        return
    for item in items:
        if "imports" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("imports-real-files"))


BIB = r"""
% my papers
@article{first,
  author = {Lovelace, Ada and Babbage, Charles},
  title = {Sketch of the {Analytical} Engine: {\'e}t{\"u}de},
  journal = {Scientific Memoirs},
  year = {1843}, month = sep,
  doi = {10.1000/xyz123},
}
@inproceedings{second,
  author = {Ada Lovelace},
  title = {Notes on Note {G}},
  booktitle = {Proceedings of the Royal Society},
  date = {1844-02},
  url = {https://example.org/g},
}
@misc{third,
  author = {Lovelace, Ada},
  title = {A preprint},
  eprint = {1234.5678}, archiveprefix = {arXiv},
}
"""


@pytest.fixture
def bib(tmp_path: Path) -> Path:
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    return path
