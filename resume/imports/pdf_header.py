"""The person at the top of a résumé read from its layout: the name's neighbours by their
shapes (e-mail, phone, web addresses, profiles, a place, a title) and the links behind icons,
and a section of contacts (a sidebar's) read the same way."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from resume.imports.pdf_layout import Line
from resume.imports.pdf_structure import Section
from resume.imports.pdf_text import EMAIL, NETWORKS, phones_in, profile_of, urls_in


@dataclass
class Found:
    """What the layout gave: our source's data, notes on what has no place, unsure fields."""

    data: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    unsure: dict[str, str] = field(default_factory=dict)
    handles: list[str] = field(default_factory=list)  # user names of unknown networks


# A user name as a profile shows it: one word, in lower case or with a digit, dash or @.
_HANDLE = re.compile(r"@?(?=[\w.-]*(?:[-_\d@]|^[a-z]))[\w.-]{3,40}")


def read_header(lines: list[Line], found: Found) -> None:
    basics = found.data["basics"]
    rest: list[str] = []
    for line in lines:
        rest += _not_contacts([segment.text for segment in line.segments], basics, found)
    _title_and_place(rest, basics, found)


def _not_contacts(texts: list[str], basics: dict[str, Any], found: Found) -> list[str]:
    """What a line holds that is no contact (the contacts go in `basics`): a line of contacts
    or of user names is read piece by piece, any other line is one text. A rule drawn with
    dashes is nothing."""
    pieces = [
        piece.strip(" |·•")
        for text in texts
        for piece in re.split(r"\s+[|·•]\s+", text)
        if re.search(r"\w", piece)
    ]
    contacts = [_contact(piece, basics, found) for piece in pieces]
    if any(contacts) or all(_HANDLE.fullmatch(piece) for piece in pieces):
        return [piece for piece, contact in zip(pieces, contacts, strict=True) if not contact]
    return [" ".join(text.strip() for text in texts)] if pieces else []


def header_links(links: list[str], found: Found) -> None:
    """The header's links: what an icon showed (a profile, an e-mail address) is in them."""
    basics = found.data["basics"]
    for uri in dict.fromkeys(links):
        scheme = uri.split(":", 1)[0].lower()
        if scheme == "mailto":
            basics.setdefault("email", uri[len("mailto:") :].split("?")[0])
        elif scheme == "tel":
            basics.setdefault("phone", uri[len("tel:") :])
        elif scheme in ("http", "https"):
            _web_address(uri, basics, found)


def note_handles(found: Found) -> None:
    """User names that no link or label tied to a network: a person must say whose."""
    basics = found.data["basics"]
    known = " ".join(
        f"{_bare(profile.get('url', ''))} {profile.get('username', '')}".casefold()
        for profile in basics.get("profiles", [])
    )
    known += " " + _bare(basics.get("url", ""))
    unplaced = [h for h in dict.fromkeys(found.handles) if h.lstrip("@").casefold() not in known]
    if unplaced:
        found.notes.append(
            "user names whose network an icon showed, to add as profiles: " + ", ".join(unplaced)
        )


def _bare(url: str) -> str:
    """An address without its scheme, www. and final slash, lower case: to compare two."""
    return re.sub(r"^(https?://)?(www\.)?", "", url.lower()).rstrip("/")


def _web_address(url: str, basics: dict[str, Any], found: Found) -> None:
    """A profile on a network we know, else the person's website, else a note."""
    profiles = basics.setdefault("profiles", [])
    if any(_bare(profile.get("url", "")) == _bare(url) for profile in profiles) or _bare(
        basics.get("url", "")
    ) == _bare(url):
        return
    profile = profile_of(url)
    if profile is not None:
        profiles.append(profile)
    elif "url" not in basics:
        basics["url"] = url
    else:
        found.notes.append(f"a web address in the header: {url}")
    if not profiles:
        del basics["profiles"]


def _contact(text: str, basics: dict[str, Any], found: Found) -> bool:
    """Take `text` as a contact when it has the shape of one; False when it has none."""
    if (email := EMAIL.search(text)) and "email" not in basics:
        basics["email"] = email.group(0)
        return True
    if phones := phones_in(text):
        basics.setdefault("phone", phones[0])
        return True
    urls = urls_in(text)
    for url in urls:
        _web_address(url, basics, found)
    return bool(urls)


def _title_and_place(rest: list[str], basics: dict[str, Any], found: Found) -> None:
    """What is left of the header: a place (City, Region), a title, handles, a summary."""
    handles = []
    for text in rest:
        if _HANDLE.fullmatch(text):
            handles.append(text)
        elif re.fullmatch(r"[^\d@,]{2,40},\s*[^\d@]{2,40}", text) and "location" not in basics:
            city, region = (part.strip() for part in text.split(",", 1))
            basics["location"] = {"city": city, "region": region}
            found.unsure["basics.location"] = f"read “{text}” as city, region"
        elif "label" not in basics and len(text.split()) <= 12:
            basics["label"] = text
            found.unsure["basics.label"] = "the first line under the name, read as a title"
        else:
            basics["summary"] = f"{basics['summary']}\n\n{text}" if "summary" in basics else text
    found.handles += handles


def contact_section(section: Section, found: Found) -> None:
    """A section of contacts (a sidebar's): read as the header is; a network's name on a
    line of its own names the network of the user name under it."""
    basics = found.data["basics"]
    networks = {name.casefold(): name for name in NETWORKS.values()}
    rest: list[str] = []
    for line in section.lines:
        rest += _not_contacts([segment.text for segment in line.segments], basics, found)
    _title_and_place(_named_profiles(rest, networks, basics), basics, found)


def _same_profile(profile: dict[str, str], network: str, username: str) -> bool:
    return profile.get("network") == network and (
        (profile.get("username") or "").casefold() == username.casefold()
    )


def _named_profiles(
    texts: list[str], networks: dict[str, str], basics: dict[str, Any]
) -> list[str]:
    """`LinkedIn` then `jane-doe`: a profile; what is left, in order."""
    rest: list[str] = []
    pending: str | None = None
    for text in texts:
        if text.casefold() in networks:
            pending = networks[text.casefold()]
        elif pending is not None and re.fullmatch(r"@?[\w.-]{2,40}", text):
            profiles = basics.setdefault("profiles", [])
            if not any(_same_profile(profile, pending, text) for profile in profiles):
                profiles.append({"network": pending, "username": text})
            pending = None
        else:
            rest.append(text)
    return rest
