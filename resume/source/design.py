"""Extension `render.design`, `render.site`: how the outputs look and what the web page leaves
out, from the source. Each value is checked here, so a mistake is an error at its line."""

from __future__ import annotations

import re
from typing import Annotated, Any, Literal

import tinycss2.color4
from pydantic import BeforeValidator, Field

from resume.source.families import family_files, family_problem
from resume.source.model_base import Model

DateFormat = Literal["MMM YYYY", "MMMM YYYY", "MM/YYYY", "YYYY-MM", "YYYY"]
HiddenField = Literal["phone", "email", "address", "url", "profiles", "photo"]

_LENGTH = re.compile(r"^(\d+(?:\.\d+)?|\.\d+)\s*(in|cm|mm|pt)$")
_POINTS_PER = {"in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "pt": 1.0}
MARGIN_RANGE = (0.25 * 72, 1.5 * 72)  # pt: what a printer can print, and what a page can spare
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)\s*(pt)?$")
_COLOUR_FUNCTIONS = ("rgb(", "rgba(", "hsl(", "hsla(", "hwb(")


def _check_colour(value: Any) -> Any:
    """A CSS colour (a name, #rgb, #rrggbb(aa), rgb(), hsl()), as #rrggbb or #rrggbbaa."""
    text = value.strip() if isinstance(value, str) else ""
    if text.lower().startswith(("#", *_COLOUR_FUNCTIONS)) or text.isalpha():
        colour = tinycss2.color4.parse_color(text)
    else:
        colour = None  # oklch(), lab(), color(): fine for a browser, not yet for Word
    if not isinstance(colour, tinycss2.color4.Color):
        raise ValueError(
            f"'{value}' is not a colour: write a CSS colour name (teal), #rrggbb, rgb(…) or hsl(…)"
        )
    if colour.alpha == 0:
        raise ValueError(f"'{value}' is transparent: headings in it would not show")
    red, green, blue = (round(min(max(c, 0.0), 1.0) * 255) for c in colour.to("srgb").coordinates)
    alpha = "" if colour.alpha >= 1 else f"{round(colour.alpha * 255):02x}"
    return f"#{red:02x}{green:02x}{blue:02x}{alpha}"


def _check_family(value: Any) -> Any:
    if not isinstance(value, str):
        raise ValueError(f"should be the name of a font family, not {value!r}")
    if problem := family_problem(value.strip()):
        raise ValueError(problem)
    return value.strip()


def _check_size(value: Any) -> Any:
    """`10`, `10.5` or `10pt`: points, 9 (the readable floor fitting keeps) to 14."""
    if isinstance(value, str) and (match := _SIZE.match(value.strip())):
        value = float(match[1])
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"should be a size in points, e.g. 10 or 10.5pt, not {value!r}")
    if not 9 <= value <= 14:
        raise ValueError(f"{value:g} pt is not a body size: 9 pt (the smallest readable) to 14 pt")
    return float(value)


def _points(text: str) -> float:
    match = _LENGTH.match(text.strip())
    if not match:
        raise ValueError(f"'{text}' is not a length: write a number and in, cm, mm or pt (0.6in)")
    points = float(match[1]) * _POINTS_PER[match[2]]
    low, high = MARGIN_RANGE
    if not low <= points <= high:
        raise ValueError(f"'{text}' is not a margin a page can have: 0.25in (6.35mm) to 1.5in")
    return points


def _check_margins(value: Any) -> Any:
    """One length for every side, or four (top, right, bottom, left), as a list or in one text."""
    if isinstance(value, str):
        value = value.split()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("should be a length (0.6in) or a list of four: top, right, bottom, left")
    if len(value) not in (1, 4):
        raise ValueError(
            f"should be one length or four (top, right, bottom, left), not {len(value)}"
        )
    sides = [f"{_points(side):.2f}pt" for side in value]
    return sides * 4 if len(sides) == 1 else sides


Colour = Annotated[
    str,
    BeforeValidator(_check_colour),
    Field(
        description="A CSS colour: a name (teal), #rgb, #rrggbb, #rrggbbaa, rgb(…) or hsl(…)",
        examples=["#0a7d32", "teal", "rgb(10 125 50)", "hsl(140 85% 27%)"],
    ),
]


def _family_names(schema: dict[str, Any]) -> None:
    """The schema lists the families, for editors' completion."""
    schema["enum"] = sorted(family_files())


Family = Annotated[
    str,
    BeforeValidator(_check_family),
    Field(json_schema_extra=_family_names),
]
_ONE_LENGTH = r"(\d+(\.\d+)?|\.\d+)\s*(in|cm|mm|pt)"
_LENGTHS = Annotated[  # one length, or four in one text
    str, Field(pattern=rf"^\s*{_ONE_LENGTH}(\s+{_ONE_LENGTH}){{3}}\s*$|^\s*{_ONE_LENGTH}\s*$")
]
_FOUR = Annotated[
    list[Annotated[str, Field(pattern=rf"^\s*{_ONE_LENGTH}\s*$")]],
    Field(min_length=1, max_length=4),
]


Margins = Annotated[
    list[str],
    BeforeValidator(_check_margins, json_schema_input_type=_LENGTHS | _FOUR),
    Field(examples=["0.6in", ["0.5in", "0.6in", "0.5in", "0.6in"], "15mm 18mm"]),
]


_SIZE_INPUT = (
    Annotated[float, Field(ge=9, le=14)] | Annotated[str, Field(pattern=r"^\d+(\.\d+)?\s*(pt)?$")]
)


class Design(Model):
    """Extension: how every output looks, over the theme's own design. Each theme honours it
    through its CSS variables; fitting the résumé onto its page starts from these values."""

    accent: Colour | None = Field(None, description="The accent colour: headings, name, rules")
    body_font: Family | None = Field(
        None, description="The family of running text, from the font package"
    )
    heading_font: Family | None = Field(
        None, description="The family of the name and headings, from the font package"
    )
    size: (
        Annotated[
            float,
            BeforeValidator(_check_size, json_schema_input_type=_SIZE_INPUT),
        ]
        | None
    ) = Field(None, description="The PDFs' body text size in points, 9 to 14", examples=[10])
    leading: Annotated[float, Field(ge=1.0, le=2.0)] | None = Field(
        None,
        description="The PDFs' line height, a multiple of the text size: 1 to 2",
        examples=[1.3],
    )
    margins: Margins | None = Field(
        None,
        description="The PDFs' page margins: one length for all sides (0.6in), or four "
        "(top, right, bottom, left; in a list or one text); in, cm, mm or pt, 0.25in to 1.5in",
    )
    date_format: DateFormat | None = Field(
        None,
        description="How dates are written: MMM YYYY (Mar 2021, the default), MMMM YYYY "
        "(March 2021), MM/YYYY (03/2021), YYYY-MM (2021-03) or YYYY (2021)",
    )
    present: Annotated[str, Field(min_length=1, max_length=40)] | None = Field(
        None, description="The word for an ongoing date, e.g. Now (default: the language's)"
    )


class Site(Model):
    """Extension: what the public web page leaves out."""

    hide: list[HiddenField] | None = Field(
        None,
        description="Fields the web page (and its JSON-LD) leaves out, while the PDFs keep them: "
        "phone, email, address (where you live), url, profiles, photo. Without this key a page "
        "that would publish your phone number says so in a warning; [] keeps everything quietly",
        examples=[["phone", "address"]],
    )


def _luminance(hex_colour: str) -> float:
    """WCAG's relative luminance of `#rrggbb`."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def accent_warning(design: Design) -> str | None:
    """An accent too light to read on white paper (WCAG's 3:1 for large text: headings)."""
    if not design.accent:
        return None
    contrast = 1.05 / (_luminance(design.accent) + 0.05)
    if contrast >= 3:
        return None
    return (
        f"{design.accent} is hard to read on white paper (contrast {contrast:.1f}:1, "
        "headings need 3:1); a darker shade reads better"
    )
