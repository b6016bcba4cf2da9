"""A JSON Resume file's photo that cannot be used is left out with a warning; WebP is converted."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from resume.build import RenderOptions, render
from resume.errors import UserError
from resume.source.loader import load_source
from resume.source.photo import PhotoProblem, find_photo
from resume.source.validate import validate


def webp(size: tuple[int, int] = (4, 3)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(out, "WEBP")
    return out.getvalue()


def source_with_photo(folder: Path, image: str, suffix: str = ".json") -> Path:
    source = folder / f"resume{suffix}"
    source.write_text(json.dumps({"basics": {"name": "Ada Example", "image": image}}), "utf-8")
    return source


@pytest.mark.parametrize(
    ("image", "why"),
    [
        ("../img/me.jpg", "'../img/me.jpg' is outside the source's folder"),
        ("/me.webp", "'/me.webp' is outside the source's folder"),
        ("me.gif", "'me.gif' is not a PNG or JPEG image"),
    ],
)
def test_a_json_source_leaves_out_a_photo_it_cannot_use(
    tmp_path: Path, image: str, why: str
) -> None:
    (tmp_path / "me.gif").write_bytes(b"GIF89a" + bytes(20))
    resume, (warning,) = validate(load_source(source_with_photo(tmp_path, image)))
    assert resume.basics.image is None  # and so an import does not carry it into YAML
    assert warning.warning and warning.field == "basics.image"
    assert warning.message.startswith(f"photo left out: {why}")


def test_a_yaml_source_still_refuses_it(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is outside the source's folder"):
        validate(load_source(source_with_photo(tmp_path, "../img/me.jpg", ".yaml")))


def test_a_webp_photo_is_converted_to_png(tmp_path: Path) -> None:
    (tmp_path / "me.webp").write_bytes(webp())
    photo = find_photo(tmp_path, "me.webp")
    assert photo is not None
    assert (photo.kind, photo.path, photo.file_name) == ("png", None, "photo.png")
    with Image.open(io.BytesIO(photo.data)) as image:
        assert (image.format, image.size) == ("PNG", (4, 3))


def test_a_webp_photo_is_on_the_page(tmp_path: Path) -> None:
    (tmp_path / "me.webp").write_bytes(webp())
    source = source_with_photo(tmp_path, "me.webp")
    result = render(RenderOptions(source=source, out=tmp_path / "out", outputs=("site",)))
    assert result.warnings == []
    assert (tmp_path / "out" / "assets" / "photo.png").read_bytes().startswith(b"\x89PNG")


def test_a_broken_or_huge_webp_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "broken.webp").write_bytes(b"RIFF\x10\x00\x00\x00WEBPVP8 " + bytes(8))
    with pytest.raises(PhotoProblem, match="is not a WebP image that can be read"):
        find_photo(tmp_path, "broken.webp")
    (tmp_path / "huge.webp").write_bytes(webp((4, 3)))
    monkeypatch.setattr("resume.source.photo.MAX_PHOTO_PIXELS", 11)  # "huge", without the wait
    with pytest.raises(PhotoProblem, match="has more than 11 pixels"):
        find_photo(tmp_path, "huge.webp")
