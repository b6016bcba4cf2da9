"""What the public web page shows of a source: `render.site.hide` leaves fields out of the page
and its JSON-LD, while the PDFs keep them."""

from __future__ import annotations

from typing import Any

from resume.source.model import Resume

# What each hidden field empties in `basics`.
_EMPTIED: dict[str, dict[str, Any]] = {
    "phone": {"phone": None},
    "email": {"email": None},
    "address": {"location": None},
    "url": {"url": None},
    "profiles": {"profiles": []},
    "photo": {"image": None},
}
UNCHOSEN_PHONE = (
    "the web page publishes your phone number; add `render.site.hide: [phone]` to keep it to "
    "the PDFs, or `render.site.hide: []` to publish it without this warning"
)


def for_the_web(resume: Resume) -> Resume:
    """`resume` without the fields `render.site.hide` names."""
    hidden = resume.render.site.hide or []
    if not hidden:
        return resume
    update: dict[str, Any] = {}
    for name in hidden:
        update |= _EMPTIED[name]
    return resume.model_copy(update={"basics": resume.basics.model_copy(update=update)})


def unchosen_private_fields(resume: Resume) -> str | None:
    """A warning when the page would publish a phone number and the source made no choice.
    (A street address, `location.address`, is never shown: the outputs give the city.)"""
    if resume.render.site.hide is None and resume.basics.phone:
        return UNCHOSEN_PHONE
    return None
