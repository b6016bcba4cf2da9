"""`make gallery`: every built-in theme on the default source and the full example, as PNGs.

For each theme and source: the résumé, the portfolio's first page and the top of the web
page (the last needs Chromium; without it the web previews are skipped and said so).
The PNGs land in docs/gallery/, which the README shows.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pypdfium2
from PIL import Image

from resume.build import RenderOptions, render
from resume.errors import UserError
from resume.theme.themes import builtin_names

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {"resume": ROOT / "data" / "resume.yaml", "example": ROOT / "data" / "example.yaml"}
DPI = 100
SITE_VIEWPORT = {"width": 1280, "height": 1000}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "gallery")
    parser.add_argument("--themes", nargs="*", default=builtin_names())
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        sites = []
        failed = False
        for theme in args.themes:
            for label, source in SOURCES.items():
                out = Path(work) / theme / label
                try:
                    result = render(RenderOptions(source=source, out=out, theme=theme))
                except UserError as error:
                    print(f"{theme} on {source.name}: {error}", file=sys.stderr)
                    failed = True
                    continue
                for warning in result.warnings:
                    print(warning, file=sys.stderr)
                for written in result.written:
                    kind = written.path.stem.rsplit("_", 1)[-1].lower()
                    if written.path.suffix == ".pdf":
                        target = args.out / f"{theme}-{label}-{kind}.png"
                        pdf_page_png(written.path, target)
                        print(f"wrote {target.relative_to(ROOT)}")
                sites.append((out / "index.html", args.out / f"{theme}-{label}-site.png"))
        screenshot_sites(sites)
    return 1 if failed else 0


def pdf_page_png(pdf: Path, target: Path) -> None:
    """The first page at DPI: what a reader sees at 100 %."""
    page = pypdfium2.PdfDocument(pdf)[0]
    save_small(page.render(scale=DPI / 72).to_pil(), target)


def save_small(image: Image.Image, target: Path) -> None:
    """A 256-colour PNG: text and flat colour lose nothing visible, the file a third of its size."""
    image.convert("RGB").quantize(colors=256).save(target, optimize=True)


def screenshot_sites(pages: list[tuple[Path, Path]]) -> None:
    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        chromium = None
    if not chromium:
        print("no Chromium: web page previews skipped", file=sys.stderr)
        return
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium)
        page = browser.new_page(viewport=SITE_VIEWPORT)
        for html, target in pages:
            page.goto(html.as_uri())
            save_small(Image.open(io.BytesIO(page.screenshot())), target)
            print(f"wrote {target.relative_to(ROOT)}")
        browser.close()


if __name__ == "__main__":
    sys.exit(main())
