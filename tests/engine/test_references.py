"""Where a refused reference is written, for the person who wrote it (WeasyPrint only hands over
absolute URLs), and what a web page would load from the network or the file system."""

from __future__ import annotations

from pathlib import Path

from resume.engine.references import OUTSIDE, Refusal, loaded_from_elsewhere, locate
from resume.errors import Problem


def test_a_refusal_is_placed_where_its_reference_is_written(tmp_path: Path) -> None:
    source = tmp_path / "cv.yaml"
    source.write_text("basics:\n  name: Ada\n  image: ../secret/me.png\n", encoding="utf-8")
    theme = tmp_path / "theme.css"
    theme.write_text("body { color: black; }\n", encoding="utf-8")
    refusal = Refusal("file:///home/ada/secret/me.png", OUTSIDE)
    assert locate(refusal, [theme, source]) == Problem(
        str(source), 3, 13, f"refused file:///home/ada/secret/me.png: {OUTSIDE}", warning=True
    )


def test_a_machines_font_asked_for_by_local_is_named_as_such(tmp_path: Path) -> None:
    theme = tmp_path / "theme.css"
    theme.write_text('@font-face {\n  src: local("DejaVu Sans");\n}\n', encoding="utf-8")
    refusal = Refusal("file:///usr/share/fonts/truetype/DejaVuSans.ttf", OUTSIDE)
    problem = locate(refusal, [theme], warning=False)
    assert (problem.file, problem.line, problem.column) == (str(theme), 2, 8)
    assert not problem.warning
    assert problem.message == (
        "refused file:///usr/share/fonts/truetype/DejaVuSans.ttf: a font installed on this"
        " machine (asked for by `local()`); fonts come only from the font package"
    )


def test_a_reference_no_file_writes_is_blamed_on_the_document(tmp_path: Path) -> None:
    refusal = Refusal("https://tracker.example/pixel.png", "a render never uses the network")
    problem = locate(refusal, [tmp_path / "missing.css"])
    assert (problem.file, problem.line, problem.column) == ("the rendered document", None, None)


def test_the_page_loads_nothing_from_elsewhere_but_links_may_lead_anywhere() -> None:
    html = """<html><head>
      <link rel="stylesheet" href="//cdn.example/theme.css">
      <link rel="me" href="https://mastodon.example/@ada">
      <script src="https://tracker.example/t.js"></script>
    </head><body>
      <a href="https://ada.example.org">home</a>
      <img src="photo.png" srcset="photo.png 1x, https://img.example/2x.png 2x">
      <img src="data:image/png;base64,AAAA">
      <div style="background: url('file:///etc/passwd')"></div>
      <img src="https://tracker.example/t.js">
    </body></html>"""
    css = "@import 'https://fonts.example/css';\n.x { background: url(assets/dot.png); }"
    assert loaded_from_elsewhere(html, css) == [
        "//cdn.example/theme.css",
        "https://tracker.example/t.js",
        "https://img.example/2x.png",
        "file:///etc/passwd",
        "https://fonts.example/css",
    ]
