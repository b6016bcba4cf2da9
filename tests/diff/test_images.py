"""`resume diff --png`: the regions that changed between two page images, boxed so that a person
sees them: one box per band of changed rows (bands a few rows apart are one), as wide as the
columns that changed in it, padded; anti-aliasing noise is no change. Images made here."""

from __future__ import annotations

from PIL import Image, ImageDraw

from resume.diff.images import changed_regions


def page() -> Image.Image:
    return Image.new("RGB", (200, 300), "white")


def with_boxes(*boxes: tuple[int, int, int, int], colour: str = "black") -> Image.Image:
    image = page()
    for box in boxes:
        ImageDraw.Draw(image).rectangle(box, fill=colour)
    return image


def test_the_same_page_has_no_change_and_faint_noise_is_none() -> None:
    assert changed_regions(page(), page()) == []
    assert changed_regions(page(), with_boxes((10, 10, 50, 12), colour="#f0f0f0")) == []


def test_a_changed_line_is_boxed_with_a_margin() -> None:
    # Rows 20 to 25 and columns 30 to 60 differ: the box pads them by 4 pixels each way.
    assert changed_regions(page(), with_boxes((30, 20, 60, 25))) == [(26, 16, 65, 30)]


def test_bands_far_apart_are_two_boxes_and_close_ones_one() -> None:
    apart = with_boxes((30, 20, 60, 25), (100, 100, 150, 110))
    assert changed_regions(page(), apart) == [(26, 16, 65, 30), (96, 96, 155, 115)]
    close = with_boxes((30, 20, 60, 25), (100, 30, 150, 35))  # 4 quiet rows between
    assert changed_regions(page(), close) == [(26, 16, 155, 40)]


def test_a_change_at_the_page_edge_stays_on_the_page() -> None:
    assert changed_regions(page(), with_boxes((0, 296, 199, 299))) == [(0, 292, 199, 299)]
