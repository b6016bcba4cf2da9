"""The bare floor: a script that only imports WeasyPrint and writes given HTML and CSS to PDF.

    python benchmarks/floor.py JOB.json

JOB.json lists documents: [{"html": "...", "css": ["...", ...], "base_url": "...", "out": "x.pdf"}].
It is what any WeasyPrint program must pay for the same documents; `bench.py` compares
`resume render` with it. Nothing from `resume` is imported here.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration


def write_documents(documents: list[dict[str, str | list[str]]]) -> None:
    font_config = FontConfiguration()  # one for the script, as WeasyPrint's docs advise
    for document in documents:
        base_url = str(document["base_url"])
        sheets = [
            CSS(string=css, base_url=base_url, font_config=font_config) for css in document["css"]
        ]
        HTML(string=str(document["html"]), base_url=base_url).write_pdf(
            str(document["out"]), stylesheets=sheets, font_config=font_config
        )


if __name__ == "__main__":
    write_documents(json.loads(Path(sys.argv[1]).read_text(encoding="utf-8")))
