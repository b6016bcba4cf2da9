"""The photo (`basics.image`): a PNG or JPEG file beside the source, or a data: URI; a WebP
file is converted to PNG. Nothing else.

A photo is the one file a source names, so it is where a stranger's source would try to
read `/etc/passwd` or call home. Real JSON Resume files often point at a photo on the web:
that is left out with a warning (an error with --strict), since renders never use the network.
"""

from __future__ import annotations

import base64
import binascii
import io
import os
import re
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from resume.errors import Problem, shorten
from resume.source.links import scheme_of
from resume.source.parsed import Source

MAX_PHOTO_BYTES = 5_000_000
_MAGIC = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpeg"}
MAX_PHOTO_PIXELS = 40_000_000  # a 7000 × 5700 photo; more is a decompression bomb
_DATA_URI = re.compile(r"^data:image/(png|jpeg);base64,([A-Za-z0-9+/=\s]+)$", re.IGNORECASE)
_NETWORK = {"http", "https", "ftp", "ftps", "sftp", "ws", "wss"}
_FIELD = ("basics", "image")


@dataclass(frozen=True)
class Photo:
    """A photo known to be a PNG or JPEG image: its bytes, and where it came from."""

    data: bytes
    kind: str  # png or jpeg
    path: Path | None = None  # None for a data: URI

    @property
    def file_name(self) -> str:
        return f"photo.{'jpg' if self.kind == 'jpeg' else 'png'}"

    @property
    def data_uri(self) -> str:
        return f"data:image/{self.kind};base64,{base64.b64encode(self.data).decode('ascii')}"


class PhotoProblem(Exception):
    def __init__(self, message: str, *, warning: bool = False) -> None:
        super().__init__(message)
        self.warning = warning


def find_photo(folder: Path, image: str | None) -> Photo | None:
    """The photo `image` names, read from `folder`; a PhotoProblem says why it cannot be used."""
    if not image or not image.strip():
        return None
    image = image.strip()
    scheme = scheme_of(image)
    if scheme == "data":
        return _from_data_uri(image)
    if scheme in _NETWORK:
        raise PhotoProblem(
            "photo left out: a render never uses the network; save it beside the source"
            " and write its file name",
            warning=True,
        )
    shown = shorten(image)
    if scheme == "file":
        parts = urlsplit(image)
        if parts.netloc not in {"", "localhost"}:
            raise PhotoProblem(
                f"'{shown}' is on another machine; a photo must be beside the source"
            )
        image = unquote(parts.path)
    elif len(scheme) > 1:  # one letter is a Windows drive
        raise PhotoProblem(f"'{shown}' is not a file name; write the photo's file name")
    return _from_file(folder, image, shown)


def _from_data_uri(uri: str) -> Photo:
    match = _DATA_URI.match(uri)
    if not match:
        raise PhotoProblem("a data: photo must be a base64 PNG or JPEG (data:image/png;base64,…)")
    try:
        data = base64.b64decode(re.sub(r"\s", "", match[2]), validate=True)
    except (binascii.Error, ValueError):
        raise PhotoProblem("the data: photo is not valid base64") from None
    return Photo(data, _kind_of(data, "the data: photo"))


def _from_file(folder: Path, name: str, shown: str) -> Photo:
    root = Path(os.path.realpath(folder))
    try:
        path = Path(os.path.realpath(root / name))  # follows every link that exists
    except ValueError:  # a NUL in the name
        raise PhotoProblem(f"'{shown}' is not a file name") from None
    if not path.is_relative_to(root):
        how = "leads" if Path(os.path.abspath(root / name)).is_relative_to(root) else "is"
        raise PhotoProblem(
            f"'{shown}' {how} outside the source's folder; a photo must be a file beside the source"
        )
    if not path.exists():
        raise PhotoProblem(f"photo left out: no file '{shown}' beside the source", warning=True)
    try:
        data = read_regular_file(path, MAX_PHOTO_BYTES)
    except OSError as error:
        raise PhotoProblem(f"'{shown}' cannot be read ({error.strerror})") from None
    except ValueError as error:
        raise PhotoProblem(f"'{shown}' {error}") from None
    if _is_webp(data):
        return Photo(_webp_as_png(data, shown), "png")  # the converted bytes, not the file
    return Photo(data, _kind_of(data, f"'{shown}'"), path)


def _is_webp(data: bytes) -> bool:
    return data[:4] == b"RIFF" and data[8:12] == b"WEBP"


def _webp_as_png(data: bytes, shown: str) -> bytes:
    """A WebP photo as PNG, which every PDF reader and browser shows."""
    from PIL import Image, UnidentifiedImageError  # only a WebP photo needs it

    too_big = PhotoProblem(f"'{shown}' has more than {MAX_PHOTO_PIXELS:,} pixels")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=["WEBP"]) as image:
                if image.width * image.height > MAX_PHOTO_PIXELS:
                    raise too_big
                out = io.BytesIO()
                image.save(out, "PNG")
    except (Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise too_big from None
    except (UnidentifiedImageError, OSError, ValueError):
        raise PhotoProblem(f"'{shown}' is not a WebP image that can be read") from None
    return out.getvalue()


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of `path` if it is a regular file of at most `limit` bytes (ValueError if not).

    Opened without following a link that appeared since the path was resolved, and without
    blocking on a named pipe."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    try:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("is not a file")
        if info.st_size > limit:
            raise ValueError(f"has {info.st_size:,} bytes; the most allowed is {limit:,}")
        chunks = []
        while chunk := os.read(descriptor, 1 << 20):
            chunks.append(chunk)
            if sum(map(len, chunks)) > limit:
                raise ValueError(f"has more than {limit:,} bytes")
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def _kind_of(data: bytes, what: str) -> str:
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            return kind
    raise PhotoProblem(f"{what} is not a PNG or JPEG image")


def read_photo(source: Source, image: str | None) -> tuple[Photo | None, list[Problem]]:
    """The photo, read once, or what is wrong with it at its place in the source."""
    try:
        return find_photo(source.path.parent, image), []
    except PhotoProblem as problem:
        return None, [source.problem(_FIELD, str(problem), warning=problem.warning)]
