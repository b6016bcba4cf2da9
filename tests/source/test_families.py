"""The font families a source may name are those of the font package, named as CSS names them;
a family it does not have is refused with the nearest name and the list."""

from __future__ import annotations

from resume.source.families import family_files, family_problem


def test_the_package_families_are_named_as_css_names_them() -> None:
    families = family_files()
    # A folder's variants are families of their own: `NotoSansJP-Regular.ttf` in `Noto Sans`.
    assert {"Noto Sans", "Noto Sans JP", "Noto Sans KR", "Noto Sans SC"} <= set(families)
    assert {"Source Sans 3", "EB Garamond", "Lato"} <= set(families)
    assert not any("Font Awesome" in name for name in families)  # icons are not text
    assert {style for style, _ in families["Lato"]} == {"Regular", "Italic", "Bold", "BoldItalic"}


def test_a_family_the_package_lacks_is_refused_with_the_nearest_name() -> None:
    assert family_problem("Source Sans 3") is None
    problem = family_problem("Source Sans Pro")
    assert problem is not None
    assert problem.startswith(
        "font 'Source Sans Pro' is not in the font package; did you mean Source Sans 3? it has "
    )
    assert "EB Garamond, Fontin, " in problem
    assert "did you mean" not in (family_problem("Helvetica") or "")
