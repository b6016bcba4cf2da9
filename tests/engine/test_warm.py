"""What a process keeps between renders changes nothing a user sees: bytes, warnings, fonts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from resume.build import RenderOptions, render
from tests.conftest import DEFAULT_SOURCE, ROOT, DefaultOutputs

RESUME = [sys.executable, "-m", "resume"]


def test_a_warm_rerender_is_byte_identical_to_a_cold_one(
    default_render: DefaultOutputs, tmp_path: Path
) -> None:
    warm = render(RenderOptions(source=DEFAULT_SOURCE, out=tmp_path / "warm", outputs=["resume"]))
    cold = tmp_path / "cold"
    subprocess.run(
        [*RESUME, "render", str(DEFAULT_SOURCE), "--only", "resume", "--out", str(cold)],
        check=True,
        capture_output=True,
        cwd=ROOT,
    )
    expected = default_render.resume.path.read_bytes()
    assert warm.written[0].path.read_bytes() == expected
    assert (cold / default_render.resume.path.name).read_bytes() == expected


def test_a_kept_stylesheet_still_warns_about_what_it_refused(tmp_path: Path) -> None:
    theme = tmp_path / "nosy"
    theme.mkdir()
    (theme / "theme.yaml").write_text("name: nosy\nextends: compact\n", encoding="utf-8")
    (theme / "theme.css").write_text(
        '@font-face { font-family: Nosy; src: url("file:///etc/hostname"); }\n', encoding="utf-8"
    )
    source = tmp_path / "cv.yaml"
    source.write_text("basics:\n  name: Ada Stone\n", encoding="utf-8")
    for run in ("first", "second"):  # the second render reuses the parsed stylesheet
        result = render(
            RenderOptions(source=source, out=tmp_path / run, theme=str(theme), outputs=["resume"])
        )
        refused = [str(p) for p in result.warnings if "refused" in p.message]
        assert refused == [
            f"{theme / 'theme.css'}:1:43: warning: refused file:///etc/hostname: "
            "outside the folders a render may read (the source's, the theme's and the fonts')"
        ], run


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="needs Linux's /proc")
def test_weasyprint_loads_the_same_native_libraries_without_the_compiler_probes() -> None:
    code = (
        "import sys\n"
        "if sys.argv[1] == 'quick':\n"
        "    from resume.engine.native import load_weasyprint; load_weasyprint()\n"
        "else:\n"
        "    import weasyprint\n"
        "import ctypes.util, re\n"
        "assert ctypes.util.find_library.__module__ == 'ctypes.util'\n"
        "maps = open('/proc/self/maps').read()\n"
        "names = r'lib(pango|pangoft2|harfbuzz|harfbuzz-subset|fontconfig|gobject)-?[0-9.]*\\.so'\n"
        "print(sorted({m.group(0) for m in re.finditer(names, maps)}))\n"
    )
    loaded = [
        subprocess.run(
            [sys.executable, "-c", code, how], capture_output=True, text=True, check=True
        ).stdout
        for how in ("quick", "plain")
    ]
    assert loaded[0] == loaded[1]
    assert "libpango-1.0.so" in loaded[0]
