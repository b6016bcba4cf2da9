"""The screenshot of `resume serve` in the docs (docs/user/serve-preview.png): the preview of
the default source, served from a temporary folder and taken in headless Chromium.

    python scripts/serve_screenshot.py
"""

from __future__ import annotations

import io
import os
import re
import shutil
import tempfile
import threading
from pathlib import Path

from PIL import Image
from playwright.sync_api import expect, sync_playwright

from resume.build import RenderOptions
from resume.serve import Live

ROOT = Path(__file__).resolve().parent.parent
SHOT = ROOT / "docs" / "user" / "serve-preview.png"
VIEWPORT = {"width": 1440, "height": 860}


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="resume-serve-shot-") as folder:
        shutil.copytree(ROOT / "data", Path(folder) / "data")
        options = RenderOptions(
            source=Path(folder) / "data" / "resume.yaml", out=Path(folder) / "out"
        )
        live, stop = Live(options, 0), threading.Event()
        renders = threading.Thread(target=live.render_until, args=(stop,), daemon=True)
        renders.start()
        try:
            png = screenshot(live.server.url)
        finally:
            stop.set()
            live.stop()
            renders.join(60)
    image = Image.open(io.BytesIO(png)).convert("P", palette=Image.Palette.ADAPTIVE, colors=256)
    image.save(SHOT, optimize=True)
    print(f"wrote {SHOT.relative_to(ROOT)}")


def screenshot(url: str) -> bytes:
    chromium = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page(viewport=VIEWPORT)
        page.goto(url)
        expect(page.locator("#status")).to_have_text("up to date", timeout=120_000)
        expect(page.locator("#check dt").first).to_be_visible()
        expect(page.locator("#pages img").first).to_have_attribute("alt", re.compile(r"\w"))
        page.wait_for_timeout(1000)  # the web page's fonts
        png = page.screenshot()
        browser.close()
        return png


if __name__ == "__main__":
    main()
