"""A theme is a folder: `theme.yaml` (name, description, fonts, extends), `theme.css`, and
optional `templates/` that override the base templates of the same name."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from resume.errors import UserError
from resume.paths import STYLES, TEMPLATES
from resume.source.loader import load_source
from resume.theme.fonts import check_family
from resume.theme.overrides import Overrides

METADATA = "theme.yaml"
Layout = Literal["one-column", "two-column"]
LOCAL = Path("themes")  # where local themes live, beside the source or in the current folder


class ThemeMeta(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(description="The theme's name")
    description: str = Field("", description="One line on what it is for")
    extends: str | None = Field(
        None, description="A theme this one changes: a built-in name or a folder"
    )
    body_font: str | None = Field(
        None, description="Family for running text, from the font package"
    )
    heading_font: str | None = Field(None, description="Family for the name and headings")
    icons: bool | None = Field(
        None, description="Whether contacts carry icons (e-mail, GitHub, LinkedIn, web)"
    )
    layout: Layout | None = Field(
        None,
        description="How the résumé's page is laid out: one-column (the default) or two-column",
    )
    pages: int | None = Field(
        None,
        ge=1,
        le=10,
        description="Pages the résumé may take when --pages does not say (default 1), e.g. a CV",
    )


@dataclass(frozen=True)
class Theme:
    """A theme with what it inherits: folders from the most specific to the base."""

    meta: ThemeMeta
    folders: tuple[Path, ...]
    overrides: Overrides = Overrides()  # the source's render.design over the theme's own

    @property
    def name(self) -> str:
        return self.meta.name

    @property
    def template_dirs(self) -> list[Path]:
        return [
            *(folder / "templates" for folder in self.folders if (folder / "templates").is_dir()),
            TEMPLATES,
        ]

    @property
    def stylesheets(self) -> list[Path]:
        """The base stylesheet, then each theme's, the most general first."""
        sheets = [folder / "theme.css" for folder in reversed(self.folders)]
        return [STYLES / "base.css", *(sheet for sheet in sheets if sheet.is_file())]

    @property
    def body_font(self) -> str:
        return self._font("body_font")

    @property
    def heading_font(self) -> str:
        return self._font("heading_font")

    @property
    def fonts(self) -> list[str]:
        return list(dict.fromkeys([self.body_font, self.heading_font]))

    @property
    def icons(self) -> bool:
        return bool(self._inherited("icons"))

    @property
    def layout(self) -> Layout:
        return layout_of(self._inherited("layout"))

    @property
    def pages(self) -> int:
        """The résumé's pages unless the command line says otherwise."""
        pages = self._inherited("pages")
        return pages if isinstance(pages, int) else 1

    def _font(self, attribute: str) -> str:
        chosen = getattr(self.overrides, attribute)
        return str(chosen or self._inherited(attribute) or "Source Sans 3")

    def _inherited(self, attribute: str) -> object:
        """The most specific folder's value of `attribute`: a theme changes only what it sets."""
        for folder in self.folders:
            if (value := getattr(read_meta(folder), attribute)) is not None:
                return value
        return None


def builtin_names() -> list[str]:
    return sorted(p.name for p in STYLES.iterdir() if (p / METADATA).is_file())


def local_folders(*places: Path) -> list[Path]:
    """Theme folders in `themes/` of each place (the current folder, the source's folder)."""
    found: dict[Path, None] = {}
    for place in places:
        local = place / LOCAL
        if local.is_dir():
            for folder in sorted(local.iterdir()):
                if (folder / METADATA).is_file():
                    found.setdefault(folder.resolve(), None)
    return list(found)


@dataclass(frozen=True)
class Listed:
    """A theme as `resume themes` shows it."""

    name: str
    description: str
    folder: Path
    builtin: bool
    layout: Layout = "one-column"


def list_themes(*places: Path) -> list[Listed]:
    """Built-in themes, then the local ones in `themes/` of `places` (default: the current folder)."""
    builtins = [STYLES / name for name in builtin_names()]
    locals_ = local_folders(*(places or (Path.cwd(),)))
    return [
        Listed(
            folder.name,
            read_meta(folder).description,
            folder,
            builtin=folder in builtins,
            layout=_layout_in(folder),
        )
        for folder in [*builtins, *locals_]
    ]


def layout_of(value: object) -> Layout:
    return "two-column" if value == "two-column" else "one-column"


def _layout_in(folder: Path) -> Layout:
    """The layout a theme folder states, else the one of the built-in theme it extends."""
    meta = read_meta(folder)
    if meta.layout is None and meta.extends and (STYLES / meta.extends / METADATA).is_file():
        return layout_of(read_meta(STYLES / meta.extends).layout)
    return layout_of(meta.layout)


def load_theme(name_or_path: str, *, relative_to: Path | None = None) -> Theme:
    """The theme called `name_or_path`, or the theme in that folder, with its ancestors."""
    folders: list[Path] = []
    reference: str | None = name_or_path
    base = relative_to or Path.cwd()
    while reference:
        folder = _find(reference, base)
        if folder in folders:
            raise UserError(
                f"theme '{reference}' extends itself ({' -> '.join(f.name for f in folders)})"
            )
        folders.append(folder)
        reference = read_meta(folder).extends
        base = folder.parent
    theme = Theme(read_meta(folders[0]), tuple(folders))
    for font in {theme.body_font, theme.heading_font}:
        if problem := check_family(font):
            raise UserError(f"{folders[0] / METADATA}: {problem}")
    return theme


def _find(reference: str, base: Path) -> Path:
    """A built-in name, a local theme in `themes/`, or a folder relative to `base`."""
    looks_like_path = "/" in reference or reference.startswith(".") or Path(reference).is_absolute()
    if looks_like_path:
        candidates = [base / reference]
    else:
        candidates = [STYLES / reference, base / LOCAL / reference, base / reference]
        candidates.append(Path.cwd() / LOCAL / reference)
    for folder in candidates:
        if (folder / METADATA).is_file():
            return folder.resolve()
    if looks_like_path or (base / reference).is_dir():
        raise UserError(f"{reference}: not a theme folder (it has no {METADATA})")
    names = ", ".join(dict.fromkeys(t.name for t in list_themes(Path.cwd(), base)))
    raise UserError(f"unknown theme '{reference}'; the themes are: {names}")


def read_meta(folder: Path) -> ThemeMeta:
    path = folder / METADATA
    try:
        stat = path.stat()
    except OSError as error:
        raise UserError(f"{path}: not a valid theme description:\n{error}") from None
    return _read_meta(path, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=64)
def _read_meta(path: Path, mtime_ns: int, size: int) -> ThemeMeta:
    """Parsed once per version of the file: a render asks for a theme's fonts several times."""
    try:
        # A downloaded theme is read like a stranger's source: with every limit of the loader.
        return ThemeMeta.model_validate(load_source(path).data)
    except (ValidationError, OSError) as error:
        raise UserError(f"{path}: not a valid theme description:\n{error}") from None
