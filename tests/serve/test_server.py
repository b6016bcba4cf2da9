"""The preview page in the real headless Chromium, against one server for the module: an edit
shows on the résumé's pages without a reload; a broken source shows its line and column over
the last good pages; the page asks nothing of any other server; the server answers with the
outputs of this source and nothing else."""

from __future__ import annotations

import http.client
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.serve.conftest import Served, edit

SUMMARY_START = "Backend Software Engineer deeply focused"  # the source as written
NAME = "Aaron Wu"
AFTER = "  - title: Make Time\n"  # a line of the source; the broken line goes after it
WAIT_MS = 90_000  # a render on a busy machine


@pytest.fixture
def page(browser: Any, served: Served) -> Iterator[Any]:
    """The preview in a short window (its panels scroll), recording every request it makes."""
    context = browser.new_context(viewport={"width": 1400, "height": 600})
    opened = context.new_page()
    opened.requests = []
    opened.on("request", lambda request: opened.requests.append(request.url))
    opened.goto(served.url)
    # Locators, not wait_for_function: the page's policy forbids evaluating strings.
    expect(first_page(opened)).to_have_attribute("alt", re.compile(r"\w"), timeout=WAIT_MS)
    yield opened
    context.close()


def first_page(page: Any) -> Any:
    return page.locator("#pages img").first


def first_page_text(page: Any) -> str:
    text: str = first_page(page).get_attribute("alt") or ""
    return text


def test_an_edit_shows_on_the_pages_in_place(page: Any, served: Served) -> None:
    assert SUMMARY_START in first_page_text(page)
    page.locator("#printed").evaluate("panel => { panel.scrollTop = 200; }")
    page.evaluate("window.loadedOnce = true")  # gone if the page reloads
    edit(served.source, SUMMARY_START, "Zanzibar engineer deeply focused")
    expect(first_page(page)).to_have_attribute(
        "alt", re.compile("Zanzibar engineer"), timeout=WAIT_MS
    )
    assert page.evaluate("window.loadedOnce") is True
    assert page.locator("#printed").evaluate("panel => panel.scrollTop") == 200


def test_a_broken_source_shows_where_over_the_last_good_pages(page: Any, served: Served) -> None:
    before = first_page_text(page)
    text = served.source.read_text(encoding="utf-8")
    line = text[: text.index(AFTER) + len(AFTER)].count("\n") + 1  # the line inserted
    edit(served.source, AFTER, AFTER + "   oops: 1\n")  # indented one space too far
    error = page.locator("#error")
    error.wait_for(state="visible", timeout=WAIT_MS)
    assert f"resume.yaml:{line}:4:" in error.inner_text()
    assert first_page_text(page) == before  # the last good pages stay
    edit(served.source, AFTER + "   oops: 1\n", AFTER)
    error.wait_for(state="hidden", timeout=WAIT_MS)
    assert first_page_text(page) == before


def test_the_page_asks_nothing_of_another_server(page: Any, served: Served) -> None:
    web_page = page.frame_locator("iframe:not([hidden])").locator("h1")
    expect(web_page).to_have_text(NAME, timeout=WAIT_MS)
    assert page.requests and all(url.startswith(served.url) for url in page.requests)


@pytest.mark.parametrize(
    "path",
    [
        "/out/../source/resume.yaml",
        "/out/%2e%2e/source/resume.yaml",
        "/out/%2E%2E%2Fsource%2Fresume.yaml",
        "/out/{source}",  # an absolute path
        "/out/{quoted}",
        "/out/linked.yaml",  # a link in the output folder to the source
        "/out/planted.txt",  # in the output folder, not written by this session
        "/out/",  # no listing
        "/out/assets/",
        "/../source/resume.yaml",
        "/pages/0.bmp",
    ],
)
def test_nothing_but_the_outputs_is_served(served: Served, path: str) -> None:
    served.wait(lambda state: bool(state.get("site")))
    assert served.source.parent == served.out.parent / "source"  # what the paths above reach
    link, planted = served.out / "linked.yaml", served.out / "planted.txt"
    if not link.is_symlink():
        link.symlink_to(served.source)
        planted.write_text("not an output\n", encoding="utf-8")
    quoted = quote(str(served.source), safe="")
    assert get(served, path.format(source=served.source, quoted=quoted))[0] == 404


def test_the_outputs_are_served_with_a_strict_policy(served: Served) -> None:
    state = served.wait(lambda state: bool(state.get("site")))
    status, headers, body = get(served, state["resume"])
    assert status == 200 and body.startswith(b"%PDF-")
    assert "default-src 'none'" in headers["Content-Security-Policy"]
    assert "default-src 'none'" in get(served, "/")[1]["Content-Security-Policy"]


def test_another_site_cannot_switch_or_read(served: Served) -> None:
    assert get(served, "/", {"Host": "rebound.example:80"})[0] == 403  # DNS rebinding
    connection = http.client.HTTPConnection("127.0.0.1", served.live.server.server_port)
    body = '{"theme": "classic"}'
    headers = {"Origin": "https://elsewhere.example", "Content-Type": "application/json"}
    try:
        connection.request("POST", "/choose", body, headers)
        assert connection.getresponse().status == 403
    finally:
        connection.close()


def get(served: Served, path: str, headers: dict[str, str] | None = None) -> tuple[int, Any, bytes]:
    """`path` exactly as written (http.client leaves `..` and `%2e` alone)."""
    connection = http.client.HTTPConnection("127.0.0.1", served.live.server.server_port)
    try:
        connection.request("GET", path, headers=headers or {})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()


def test_a_theme_switch_renders_at_once(page: Any, served: Served) -> None:
    fonts = re.compile(r"XCharter")  # styles/classic/theme.yaml: body_font: XCharter
    page.select_option("#theme", "classic")
    page.locator("#check").get_by_text(fonts).wait_for(timeout=WAIT_MS)
