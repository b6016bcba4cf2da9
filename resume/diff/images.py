"""`resume diff --png DIR`: each page before and after, as images with the changed regions
outlined: bands of pixel rows that differ, each boxed across the columns that differ in it."""

from __future__ import annotations

from pathlib import Path

import pypdfium2
from PIL import Image, ImageChops, ImageDraw

DPI = 96
MARK = (220, 38, 38)  # red: seen on a white page and on the themes' accent colours
_GAP = 6  # rows of unchanged pixels that still join two changed bands into one


def page_images(pdf: Path) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [page.render(scale=DPI / 72).to_pil().convert("RGB") for page in document]
    finally:
        document.close()


def mark_changes(before: Path, after: Path, folder: Path, name: str) -> list[str]:
    """Write NAME-before-N.png and NAME-after-N.png for each page into `folder`, the regions
    that differ outlined on both; the paths written (none when the pages look the same)."""
    old, new = page_images(before), page_images(after)
    pairs = []
    for number in range(max(len(old), len(new))):
        size = (old or new)[0].size
        was = old[number] if number < len(old) else Image.new("RGB", size, "white")
        now = new[number] if number < len(new) else Image.new("RGB", size, "white")
        if was.size != now.size:
            now = now.resize(was.size)
        boxes = changed_regions(was, now)
        for box in boxes:
            for image in (was, now):
                ImageDraw.Draw(image).rectangle(box, outline=MARK, width=2)
        pairs.append((number + 1, was, now, bool(boxes)))
    if not any(changed for *_, changed in pairs):
        return []
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for number, was, now, _ in pairs:
        for label, image in (("before", was), ("after", now)):
            path = folder / f"{name}-{label}-{number}.png"
            image.save(path, optimize=True)
            written.append(str(path))
    return written


def changed_regions(a: Image.Image, b: Image.Image) -> list[tuple[int, int, int, int]]:
    """Boxes around the bands of rows where `a` and `b` differ, padded to be seen."""
    difference = ImageChops.difference(a, b).convert("L").point(lambda v: 255 if v > 24 else 0)
    width, height = difference.size
    rows = [difference.crop((0, y, width, y + 1)).getbbox() is not None for y in range(height)]
    boxes = []
    start = None
    quiet = 0
    for y, changed in enumerate([*rows, False]):
        if changed:
            start, quiet = (y if start is None else start), 0
        elif start is not None:
            quiet += 1
            if quiet > _GAP or y == height:
                band = difference.crop((0, start, width, y - quiet + 1)).getbbox()
                if band:
                    left, _, right, _ = band
                    boxes.append(_pad((left, start, right, y - quiet + 1), width, height))
                start, quiet = None, 0
    return boxes


def _pad(box: tuple[int, int, int, int], width: int, height: int) -> tuple[int, int, int, int]:
    left, top, right, bottom = box
    return (
        max(left - 4, 0),
        max(top - 4, 0),
        min(right + 4, width - 1),
        min(bottom + 4, height - 1),
    )
