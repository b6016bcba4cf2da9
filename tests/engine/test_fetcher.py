"""The confined fetcher: data: URIs and files inside the readable folders, nothing else, ever."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest
from typer.testing import CliRunner

from resume.build import RenderOptions, render
from resume.cli.app import app
from resume.engine.fetcher import NETWORK, OUTSIDE, ConfinedFetcher, Refusal, Refused, locate
from resume.theme.sheets import OUTSIDE_THEME
from tests.conftest import DEFAULT_SOURCE


@pytest.fixture
def roots(tmp_path: Path) -> tuple[Path, Path]:
    inside, outside = tmp_path / "inside", tmp_path / "outside"
    inside.mkdir()
    outside.mkdir()
    (inside / "ok.css").write_text("p { color: red }")
    (outside / "secret.txt").write_text("the secret")
    return inside, outside


def refusal(fetcher: ConfinedFetcher, url: str) -> str:
    with pytest.raises(Refused) as caught:
        fetcher.fetch(url)
    return str(caught.value)


def test_files_inside_the_roots_are_served(roots: tuple[Path, Path]) -> None:
    inside, _ = roots
    fetcher = ConfinedFetcher([inside])
    assert fetcher.fetch((inside / "ok.css").as_uri()).read() == b"p { color: red }"
    assert fetcher.fetch(f"file://localhost{inside}/ok.css#fragment").read() == b"p { color: red }"
    assert fetcher.fetch("data:text/plain;base64,aGk=").read() == b"hi"
    assert fetcher.refused == []


@pytest.mark.parametrize(
    ("reference", "reason"),
    [
        ("{outside}/secret.txt", OUTSIDE),
        ("{inside}/../outside/secret.txt", OUTSIDE),
        ("{inside}/%2e%2e/outside/secret.txt", OUTSIDE),
        ("{inside}/link-out.txt", OUTSIDE),
        ("/etc/passwd", OUTSIDE),
        ("{inside}/missing.css", "no such file"),
        ("{inside}/a%00b", "not a file name"),
        ("{outside}/missing.txt", OUTSIDE),
        ("{inside}", "is not a file"),
        ("{inside}/pipe", "is not a file"),
    ],
)
def test_files_elsewhere_are_refused(roots: tuple[Path, Path], reference: str, reason: str) -> None:
    inside, outside = roots
    (inside / "link-out.txt").symlink_to(outside / "secret.txt")
    os.mkfifo(inside / "pipe")
    fetcher = ConfinedFetcher([inside])
    url = "file://" + reference.format(inside=inside, outside=outside)
    started = time.perf_counter()
    assert refusal(fetcher, url) == f"refused {url}: {reason}"
    assert time.perf_counter() - started < 10  # a named pipe must not block (for ever)
    assert [r.url for r in fetcher.refused] == [url]


def test_links_inside_the_roots_may_point_inside(roots: tuple[Path, Path]) -> None:
    inside, _ = roots
    (inside / "alias.css").symlink_to(inside / "ok.css")
    assert ConfinedFetcher([inside]).fetch((inside / "alias.css").as_uri()).read() == (
        b"p { color: red }"
    )


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://127.0.0.1:9/x.png", NETWORK),
        ("https://example.com/font.woff2", NETWORK),
        ("ftp://example.com/x", NETWORK),
        (
            "file://fileserver.example/share/x.png",
            f"a file on another machine (fileserver.example); {NETWORK}",
        ),
        ("javascript:alert(1)", "only files and data: URIs may be read, not javascript:"),
        ("gopher://example.com/", NETWORK),
    ],
)
def test_other_schemes_are_refused(roots: tuple[Path, Path], url: str, reason: str) -> None:
    assert refusal(ConfinedFetcher([roots[0]]), url) == f"refused {url}: {reason}"


class CountingHandler(BaseHTTPRequestHandler):
    requests: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        CountingHandler.requests.append(self.path)
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", "file:///etc/passwd")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/css")
        self.end_headers()
        self.wfile.write(b"body { background: red }")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    CountingHandler.requests = []
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), CountingHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def phoning_theme(folder: Path, base: str) -> Path:
    """A downloaded theme that tries every way a page can load something."""
    theme = folder / "phone-home"
    (theme / "templates").mkdir(parents=True)
    (theme / "theme.yaml").write_text(
        "name: phone-home\ndescription: calls home\nextends: compact\n"
    )
    (theme / "leak.png").symlink_to("/etc/passwd")
    (theme / "theme.css").write_text(
        f'@import url("{base}/import.css");\n'
        f'.masthead {{ background: url("{base}/background.png"); }}\n'
        f'.name {{ background-image: url("{base}/redirect?to=passwd"); }}\n'
        '.headline { background: url("file:///etc/passwd"); }\n'
        '.contacts { background: url("../../../../../../../../etc/hostname"); }\n'
        f'.section {{ background: url("file://{theme}/leak.png"); }}\n'
        f'@font-face {{ font-family: Home; src: url("{base}/font.woff2"); }}\n'
        ".profile { font-family: Home; }\n"
    )
    body = (
        f'<img src="{base}/pixel.png" alt="">'
        f'<link rel="stylesheet" href="{base}/linked.css">'
        f'<link rel="attachment" href="{base}/attached.txt">'
        f'<a rel="attachment" href="{base}/anchor-attached.txt">a</a>'
        f'<object data="{base}/object.svg"></object><embed src="{base}/embed.svg">'
        f'<svg width="10" height="10"><image href="{base}/svg-image.png" width="10" height="10"/></svg>'
        f'<video poster="{base}/poster.png"></video><iframe src="{base}/frame.html"></iframe>'
        '<header class="masthead"><h1 class="name">{{ doc.name }}</h1><p class="headline">h</p>'
        '<ul class="contacts"><li>c</li></ul></header>'
        '<section class="section"><p class="profile">p</p></section>'
    )
    for name in ("resume.html", "portfolio.html"):
        (theme / "templates" / name).write_text(
            f'{{% extends "base.html" %}}{{% block body %}}{body}{{% endblock %}}\n'
        )
    return theme


def phoning_source(folder: Path, base: str) -> Path:
    source = folder / "source" / "resume.yaml"
    source.parent.mkdir()
    source.write_text(
        DEFAULT_SOURCE.read_text(encoding="utf-8").replace(
            "basics:\n", f"basics:\n  image: {base}/photo.png\n", 1
        )
    )
    return source


def test_a_render_never_opens_a_connection(server: str, tmp_path: Path) -> None:
    theme = phoning_theme(tmp_path, server)
    source = phoning_source(tmp_path, server)
    result = render(RenderOptions(source=source, out=tmp_path / "out", theme=str(theme)))
    assert CountingHandler.requests == []
    assert len(result.written) == 3
    reported = [str(p) for p in result.warnings]
    assert len(reported) == len(set(reported))  # each once, though three outputs met them
    css = theme / "theme.css"
    assert f"{source}:6:10: warning: basics.image: photo left out: {NETWORK}" in reported[0]
    for expected in (
        f"{css}:2:30: warning: refused {server}/background.png: {NETWORK}",
        f"{css}:3:32: warning: refused {server}/redirect?to=passwd: {NETWORK}",
        f"{css}:4:30: warning: refused file:///etc/passwd: {OUTSIDE}",
        f"{css}:5:30: warning: refused ../../../../../../../../etc/hostname: {OUTSIDE_THEME}",
        f"{css}:6:29: warning: refused {(theme / 'leak.png').as_uri()}: {OUTSIDE}",
        f"{css}:7:43: warning: refused {server}/font.woff2: {NETWORK}",
    ):
        assert expected in reported, (expected, reported)
    in_templates = [p for p in reported if p.startswith(str(theme / "templates"))]
    for name in ("pixel.png", "linked.css", "anchor-attached.txt", "object.svg", "svg-image.png"):
        assert any(f"refused {server}/{name}: {NETWORK}" in p for p in in_templates), name
    assert any("Font-face 'Home' cannot be loaded" in p for p in reported)


def test_strict_turns_refusals_into_errors_and_writes_nothing(server: str, tmp_path: Path) -> None:
    theme = phoning_theme(tmp_path, server)
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").write_text("previous")
    result = CliRunner().invoke(
        app, ["render", str(DEFAULT_SOURCE), "--theme", str(theme), "--out", str(out), "--strict"]
    )
    assert result.exit_code == 1
    assert f"theme.css:2:30: refused {server}/background.png: {NETWORK}" in result.stderr
    assert "warning:" not in result.stderr
    assert "Traceback" not in result.output
    assert [p.name for p in out.iterdir()] == ["index.html"]
    assert (out / "index.html").read_text() == "previous"
    assert CountingHandler.requests == []


def test_a_theme_description_is_read_with_the_limits_of_a_source(tmp_path: Path) -> None:
    theme = tmp_path / "bomb"
    theme.mkdir()
    laughs = ["lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    laughs += [f"lol{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 9)]
    (theme / "theme.yaml").write_text("name: bomb\n" + "\n".join(laughs) + "\n")
    (theme / "theme.css").write_text("")
    started = time.perf_counter()
    result = CliRunner().invoke(
        app, ["render", str(DEFAULT_SOURCE), "--theme", str(theme), "--out", str(tmp_path / "out")]
    )
    assert time.perf_counter() - started < 5
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {theme / 'theme.yaml'}: more than 50,000 values (are YAML aliases expanding?)\n"
    )
    assert not (tmp_path / "out").exists()


def test_a_system_font_asked_for_by_local_is_named_as_such(tmp_path: Path) -> None:
    css = tmp_path / "theme.css"
    css.write_text('p { color: red }\n@font-face { font-family: X; src: local("DejaVu Sans"); }\n')
    refusal = Refusal("file:///usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", OUTSIDE)
    assert str(locate(refusal, [css])) == (
        f"{css}:2:35: warning: refused {refusal.url}: a font installed on this machine"
        " (asked for by `local()`); fonts come only from the font package"
    )


def test_a_reference_is_found_where_it_is_written(tmp_path: Path) -> None:
    css, template = tmp_path / "theme.css", tmp_path / "resume.html"
    css.write_text("p {}\n.a { background: url(../../img/bg.png) }\n")
    template.write_text('<img src="https://tracker.example/p.gif">\n')
    found = locate(Refusal("file:///img/bg.png", OUTSIDE), [template, css], warning=False)
    assert str(found) == f"{css}:2:28: refused file:///img/bg.png: {OUTSIDE}"
    found = locate(Refusal("https://tracker.example/p.gif", NETWORK), [css, template])
    assert (found.file, found.line, found.column) == (str(template), 1, 11)
    nowhere = locate(Refusal("https://elsewhere.example/", NETWORK), [css, template])
    assert (
        str(nowhere)
        == f"the rendered document: warning: refused https://elsewhere.example/: {NETWORK}"
    )


def test_the_web_page_would_load_nothing_from_elsewhere(tmp_path: Path) -> None:
    """The page is not rendered by WeasyPrint: a visitor's browser would load what a theme adds."""
    theme = phoning_theme(tmp_path, "https://tracker.example")
    (theme / "templates" / "site.html").write_text(
        '{% extends "base.html" %}{% block body %}\n'
        '<script src="https://cdn.example/miner.js"></script>\n'
        '<img src="//tracker.example/p.gif" alt=""><a href="https://example.com/">a link</a>\n'
        '<link rel="me" href="https://social.example/@me"><p>{{ doc.name }}</p>\n'
        "{% endblock %}\n"
    )
    result = render(
        RenderOptions(
            source=DEFAULT_SOURCE, out=tmp_path / "out", theme=str(theme), outputs=["site"]
        )
    )
    site_html, css = theme / "templates" / "site.html", theme / "theme.css"
    assert [str(p) for p in result.warnings] == [
        f"{site_html}:2:14: warning: the web page would load https://cdn.example/miner.js: it must work offline",
        f"{site_html}:3:11: warning: the web page would load //tracker.example/p.gif: it must work offline",
        f"{css}:1:14: warning: the web page would load https://tracker.example/import.css: it must work offline",
        f"{css}:2:30: warning: the web page would load https://tracker.example/background.png: it must work offline",
        f"{css}:3:32: warning: the web page would load https://tracker.example/redirect?to=passwd: it must work offline",
        f"{css}:4:30: warning: the web page would load file:///etc/passwd: it must work offline",
        f"{css}:6:29: warning: the web page would load {(theme / 'leak.png').as_uri()}: it must work offline",
        f"{css}:7:43: warning: the web page would load https://tracker.example/font.woff2: it must work offline",
        f"{css}:5:30: warning: refused ../../../../../../../../etc/hostname: {OUTSIDE_THEME}",
    ]
