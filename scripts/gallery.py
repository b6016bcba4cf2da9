"""`make gallery`: every built-in theme on the default source and the full example, as PNGs.

For each theme and source: the résumé and the portfolio, every page side by side, and the top
of the web page (the last needs Chromium; without it the web previews are skipped and said so). For each
theme on the full example: its Word résumé as LibreOffice lays it out (skipped without
LibreOffice: make test-deps) and a cover letter.
The PNGs land in docs/gallery/, which the README shows.
"""

from __future__ import annotations

import argparse
import io
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pypdfium2
from PIL import Image

from resume.build import RenderOptions, render
from resume.errors import UserError
from resume.theme import fonts
from resume.theme.themes import builtin_names

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {"resume": ROOT / "data" / "resume.yaml", "example": ROOT / "data" / "example.yaml"}
DPI = 100
# An invented letter for the invented person of data/example.yaml.
EXAMPLE_LETTER = """\
---
to: Platform Team
company: Example Company
subject: Staff Platform Engineer
date: 2026-03-02
---
I am applying for the Staff Platform Engineer role. Your team builds the tools every other team
depends on, which is the work I have done for eleven years.

At Nordlys Systems I cut the median CI time from 38 to 9 minutes with remote caching and test
sharding, and mentored six engineers into platform roles. Before that, at Wisła Data, I rewrote
compaction scheduling and reduced write amplification by 41 %.

I would be glad to talk about what your builds and dashboards need next.
"""
SITE_VIEWPORT = {"width": 1280, "height": 1000}
PAGE_GAP_COLOUR = "#c8c8c8"  # between the pages of one PDF


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
        for theme in args.themes:
            office_and_letter(theme, Path(work) / theme / "office", args.out)
    return 1 if failed else 0


def office_and_letter(theme: str, work: Path, gallery: Path) -> None:
    """The full example's Word résumé (through LibreOffice) and a cover letter, in `theme`."""
    work.mkdir(parents=True)
    source = work / SOURCES["example"].name
    for path in SOURCES["example"].parent.glob("example*"):
        shutil.copy2(path, work / path.name)
    (work / "letters").mkdir()
    (work / "letters" / "example.md").write_text(EXAMPLE_LETTER, encoding="utf-8")
    options = RenderOptions(
        source=source, out=work / "out", theme=theme, outputs=["docx", "letter"]
    )
    for written in render(options).written:
        if written.path.suffix == ".pdf":
            pdf_page_png(written.path, gallery / f"{theme}-example-letter.png")
        elif shutil.which("soffice"):
            pdf_page_png(office_pdf(written.path, work), gallery / f"{theme}-example-docx.png")
        else:
            print("no LibreOffice: Word previews skipped", file=sys.stderr)
    print(f"wrote {theme}'s Word and letter previews")


def office_pdf(document: Path, work: Path) -> Path:
    """`document` as headless LibreOffice lays it out, with the themes' fonts installed."""
    config = work / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf'
        f"</include><dir>{fonts.FONT_DIR}</dir><cachedir>{work / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    command = ["soffice", f"-env:UserInstallation=file://{work / 'profile'}", "--headless"]
    command += ["--convert-to", "pdf", "--outdir", str(work), str(document)]
    env = {**os.environ, "FONTCONFIG_FILE": str(config)}
    subprocess.run(command, check=True, capture_output=True, env=env, timeout=300)
    return work / document.with_suffix(".pdf").name


def pdf_page_png(pdf: Path, target: Path) -> None:
    """Every page at DPI (what a reader sees at 100 %), side by side on a grey ground."""
    document = pypdfium2.PdfDocument(pdf)
    pages = [page.render(scale=DPI / 72).to_pil() for page in document]
    document.close()
    gap = DPI // 5
    width = sum(page.width for page in pages) + gap * (len(pages) - 1)
    sheet = Image.new("RGB", (width, max(page.height for page in pages)), PAGE_GAP_COLOUR)
    left = 0
    for page in pages:
        sheet.paste(page, (left, 0))
        left += page.width + gap
    save_small(sheet, target)


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
