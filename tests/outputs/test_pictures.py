"""Pictures that change only on purpose: every page of each built-in theme's résumé of
data/resume.yaml and data/example.yaml (the session's renders), as pdfium draws it at 50 dpi in
16 greys, against the reference kept in tests/references/. A page has changed when more than
TOLERANCE of its pixels moved by more than THRESHOLD grey levels (anti-aliasing on another
machine moves fewer, a line of text moved or restyled moves more); the test then writes the new
picture and a diff picture (the change in red on the new page, faded) to
tests/artifacts/references/, for a reviewer to look at.

After a change to the look made on purpose, refresh the references and commit them with it:
    make references
(RESUME_UPDATE_REFERENCES=1 .venv/bin/pytest -n 0 tests/outputs/test_pictures.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pypdfium2
import pytest
from PIL import Image, ImageChops

from tests.showcase import CASE_IDS, CASES, ROOT, Showcases

REFERENCES = ROOT / "tests" / "references"
ARTIFACTS = ROOT / "tests" / "artifacts" / "references"
UPDATE = os.environ.get("RESUME_UPDATE_REFERENCES") == "1"
DPI = 50
GREYS = 16
THRESHOLD = 64  # grey levels (of 255) a pixel must move by to count as changed
TOLERANCE = 0.002  # the share of a page's pixels that may change


def pictures(pdf: Path) -> list[Image.Image]:
    """Each page of `pdf` in GREYS greys, as the references keep it."""
    document = pypdfium2.PdfDocument(pdf)
    try:
        return [
            _posterised(page.render(scale=DPI / 72, grayscale=True).to_pil()) for page in document
        ]
    finally:
        document.close()


def _posterised(image: Image.Image) -> Image.Image:
    palette = Image.new("P", (1, 1))
    palette.putpalette([level * 255 // (GREYS - 1) for level in range(GREYS) for _ in range(3)])
    return image.convert("RGB").quantize(palette=palette, dither=Image.Dither.NONE)


def changed_share(old: Image.Image, new: Image.Image) -> float:
    """The share of pixels that moved by more than THRESHOLD; every one, for another size."""
    if old.size != new.size:
        return 1.0
    moved = ImageChops.difference(old.convert("L"), new.convert("L")).point(
        lambda value: 255 if value > THRESHOLD else 0
    )
    return sum(moved.histogram()[255:]) / (new.width * new.height)


def diff_picture(old: Image.Image, new: Image.Image) -> Image.Image:
    """The new page faded, with what changed from `old` in red."""
    faded = Image.blend(new.convert("RGB"), Image.new("RGB", new.size, "white"), 0.7)
    if old.size != new.size:
        return faded
    moved = ImageChops.difference(old.convert("L"), new.convert("L")).point(
        lambda value: 255 if value > THRESHOLD else 0
    )
    return Image.composite(Image.new("RGB", new.size, (220, 0, 0)), faded, moved)


def save(image: Image.Image, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(path, optimize=True)


def reference_paths(name: str) -> list[Path]:
    return sorted(REFERENCES.glob(f"{name}-p*.png"))


@pytest.mark.parametrize(("source", "theme"), CASES, ids=CASE_IDS)
def test_the_resume_looks_as_its_reference(showcases: Showcases, source: str, theme: str) -> None:
    showcase = showcases.get(source, theme)
    assert showcase.resume is not None, showcase.resume_problem
    name = showcase.name
    new = pictures(showcase.resume)
    if UPDATE:
        for stale in reference_paths(name):
            stale.unlink()
        for number, page in enumerate(new, 1):
            save(page, REFERENCES / f"{name}-p{number}.png")
        return
    old = [Image.open(path) for path in reference_paths(name)]
    changed = [
        number
        for number, (before, after) in enumerate(zip(old, new, strict=False), 1)
        if changed_share(before, after) > TOLERANCE
    ]
    if changed or len(old) != len(new):
        for number, page in enumerate(new, 1):
            save(page, ARTIFACTS / f"{name}-p{number}.png")
            before = old[number - 1] if number <= len(old) else Image.new("P", (1, 1))
            save(diff_picture(before, page), ARTIFACTS / f"{name}-p{number}-diff.png")
    assert len(old) == len(new), (
        f"{name}: {len(new)} page(s), the reference has {len(old)}; new pictures in "
        f"{ARTIFACTS.relative_to(ROOT)}/ (make references keeps them)"
    )
    assert not changed, (
        f"{name}: page(s) {changed} look different from tests/references/; new and diff "
        f"pictures in {ARTIFACTS.relative_to(ROOT)}/ (make references keeps them)"
    )
