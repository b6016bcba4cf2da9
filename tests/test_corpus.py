"""The files written by others that the tests read from ../shared are all there: without them,
hundreds of parametrized tests would vanish from a run without a word.

The counts are those of December 2026; a corpus may grow (raise them then), never shrink."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import CORPUS, EXAMPLES, REAL, SHARED

AT_LEAST = {
    "jsonresume/real/*.json": 32,  # real JSON Resume files (tests/test_jsonresume.py, themes)
    "jsonresume/schema-tests/examples/*.json": 3,  # the schema's own examples
    "imports/**/*": 85,  # files of other tools, for the importers
}


def test_the_shared_folder_is_there() -> None:
    assert (SHARED / "jsonresume").is_dir(), (
        f"{SHARED} is missing: the real files the tests read live beside the checkout, in "
        "../shared (jsonresume/, imports/); without it the corpus tests do not run at all"
    )


@pytest.mark.parametrize(("pattern", "least"), AT_LEAST.items(), ids=list(AT_LEAST))
def test_the_corpus_has_every_file(pattern: str, least: int) -> None:
    found = [path for path in SHARED.glob(pattern) if path.is_file()]
    assert len(found) >= least, (
        f"{SHARED / pattern}: {len(found)} files, expected at least {least}: "
        "the corpus in ../shared is incomplete"
    )


def test_the_tests_read_the_whole_corpus() -> None:
    assert len(REAL) >= AT_LEAST["jsonresume/real/*.json"]
    assert len(EXAMPLES) >= AT_LEAST["jsonresume/schema-tests/examples/*.json"]
    assert CORPUS == REAL + EXAMPLES
    assert all(isinstance(path, Path) and path.is_file() for path in CORPUS)
