"""A profile on another site from its network and user name, as other tools store it."""

from __future__ import annotations

import re

# The address of a user's page on each network, by the network's name folded to lower case.
_PAGES = {
    "linkedin": "https://www.linkedin.com/in/{}",
    "github": "https://github.com/{}",
    "gitlab": "https://gitlab.com/{}",
    "twitter": "https://twitter.com/{}",
    "x": "https://x.com/{}",
    "instagram": "https://www.instagram.com/{}",
    "orcid": "https://orcid.org/{}",
    "researchgate": "https://www.researchgate.net/profile/{}",
    "youtube": "https://www.youtube.com/@{}",
    "google scholar": "https://scholar.google.com/citations?user={}",
    "googlescholar": "https://scholar.google.com/citations?user={}",
    "stackoverflow": "https://stackoverflow.com/users/{}",
    "telegram": "https://t.me/{}",
    "leetcode": "https://leetcode.com/{}",
    "bluesky": "https://bsky.app/profile/{}",
    "imdb": "https://www.imdb.com/name/{}",
    "reddit": "https://www.reddit.com/user/{}",
    "medium": "https://medium.com/@{}",
    "kaggle": "https://www.kaggle.com/{}",
    "hackerrank": "https://www.hackerrank.com/{}",
    "codeforces": "https://codeforces.com/profile/{}",
    "facebook": "https://www.facebook.com/{}",
    "dev": "https://dev.to/{}",
}
_MASTODON = re.compile(r"^@?([^@\s]+)@([^@\s]+)$")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_HOST = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/|$)")


def web_address(text: str) -> str | None:
    """`https://x.org`, or `x.org/y` with https:// put before it; None for what is no address."""
    text = text.strip()
    if _SCHEME.match(text):
        return text if text.lower().startswith(("http://", "https://")) else None
    if _HOST.match(text) and " " not in text:
        return f"https://{text}"
    return None


def profile(network: str, username: str) -> dict[str, str]:
    """`{network, username, url}`; a user name that is an address is the url, its last part
    the user name."""
    network, username = network.strip(), username.strip()
    if address := web_address(username) if "/" in username else None:
        return {
            "network": network,
            "username": address.rstrip("/").rsplit("/", 1)[-1],
            "url": address,
        }
    found: dict[str, str] = {"network": network, "username": username}
    folded = network.lower()
    if folded == "mastodon" and (match := _MASTODON.match(username)):
        found["url"] = f"https://{match[2]}/@{match[1]}"
    elif page := _PAGES.get(folded):
        found["url"] = page.format(username.lstrip("@"))
    return found
