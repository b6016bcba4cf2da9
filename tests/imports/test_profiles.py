"""A profile from its network and user name, with the address of the user's page."""

from __future__ import annotations

import pytest

from resume.imports.profiles import profile, web_address


@pytest.mark.parametrize(
    ("network", "username", "url"),
    [
        ("GitHub", "octocat", "https://github.com/octocat"),
        (" LinkedIn ", " ada-l ", "https://www.linkedin.com/in/ada-l"),
        ("Twitter", "@ada", "https://twitter.com/ada"),
        ("Mastodon", "@ada@hachyderm.io", "https://hachyderm.io/@ada"),
        ("Google Scholar", "AbC123", "https://scholar.google.com/citations?user=AbC123"),
    ],
)
def test_a_known_network_gives_the_users_page(network: str, username: str, url: str) -> None:
    assert profile(network, username) == {
        "network": network.strip(),
        "username": username.strip(),
        "url": url,
    }


def test_an_unknown_network_has_no_address() -> None:
    assert profile("Myspace", "tom") == {"network": "Myspace", "username": "tom"}


def test_a_user_name_that_is_an_address_is_the_url() -> None:
    assert profile("GitHub", "github.com/octocat/") == {
        "network": "GitHub",
        "username": "octocat",
        "url": "https://github.com/octocat/",
    }


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("https://x.org", "https://x.org"),
        ("www.x.org/me", "https://www.x.org/me"),
        ("ftp://x.org", None),
        ("javascript://alert(1)", None),
        ("not an address", None),
        ("x.org/my page", None),
    ],
)
def test_a_web_address(text: str, address: str | None) -> None:
    assert web_address(text) == address
