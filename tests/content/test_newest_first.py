"""`newest_first`: a section's entries by date, so that "the oldest" means oldest by date."""

from __future__ import annotations

from resume.content.select import newest_first
from resume.source.model import Award, Work


def jobs(*spans: tuple[str | None, str | None]) -> list[Work]:
    return [
        Work(name=f"job {i}", start_date=start, end_date=end)
        for i, (start, end) in enumerate(spans)
    ]


def names(entries: list[Work]) -> list[str | None]:
    return [e.name for e in entries]


def test_by_end_then_start_with_ongoing_newest() -> None:
    written = jobs(
        ("2010", "2012"),  # 0: oldest, written first
        ("2019-05", None),  # 1: no end: ongoing
        ("2015", "2019-04"),  # 2
        ("2013", "2019-04"),  # 3: same end as 2, began earlier
        ("2018", "present (part-time)"),  # 4: ongoing, with a note
    )
    assert names(newest_first(written)) == ["job 1", "job 4", "job 2", "job 3", "job 0"]


def test_entries_without_dates_follow_in_written_order() -> None:
    written = jobs((None, None), ("2001", "2002"), (None, None), ("2020", "2021"))
    assert names(newest_first(written)) == ["job 3", "job 1", "job 0", "job 2"]


def test_a_single_date_and_equal_dates_keep_their_order() -> None:
    awards = [Award(title="a", date="2019"), Award(title="b", date="2021-03"),
              Award(title="c", date="2019")]  # fmt: skip
    assert [a.title for a in newest_first(awards)] == ["b", "a", "c"]
