"""Tests mirror the modules (as RenderCV's tests/test_tests.py keeps them): the tests of
`resume/<wing>/<module>.py` are `tests/<wing>/test_<module>.py` (of `resume/<module>.py`,
`tests/test_<module>.py`), and every `tests/**/test_*.py` is named after the module it tests. A
newcomer finds a module's tests by its name, and what a test file is about by its own.

A few files test the whole rather than one module: they are listed below, each with its reason,
and the list stays short. What does not follow the rule yet is listed apart, each entry naming
where its tests are today, so that the debt is in sight; the lists fail when they go stale."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "resume"
TESTS = ROOT / "tests"

# Modules that need no test file of their own.
NOT_MODULES = {
    "__init__.py": "a package's front door, tested through what it exports (check/__init__.py"
    " still holds check_pdf and Report: tests/check/test_extractors.py, engine/test_fit.py)",
    "__main__.py": "`python -m resume`, three lines: tests/cli/test_app.py runs it",
}

# Test files about the whole, not one module (paths under tests/).
ABOUT_THE_WHOLE = {
    "test_tests.py": "this rule itself",
    "test_layers.py": "the import direction of every package",
    "test_properties.py": "whole-pipeline properties: any source loads, validates and renders,"
    " or raises the one user error",
    "test_docs.py": "the README and docs/: links, pictures, the README's size",
    "test_workflow.py": "the workflow users get: action.yml and .github/workflows",
    "test_hooks.py": "the pre-commit hooks (.pre-commit-hooks.yaml), run by pre-commit",
    "test_injection.py": "script injection in every text field, through every output",
    "outputs/test_pictures.py": "reference pictures of every theme's pages (make references)",
    "outputs/test_site_browser.py": "every theme's web page in a real browser, with axe-core",
    "theme/test_hostile_themes.py": "the corpus of hostile themes, each through a whole render",
    "imports/test_pdf_pairs.py": "the corpus of PDFs beside their sources (../shared/imports),"
    " each through the whole PDF import, scored against its source",
    "imports/test_real_files.py": "the corpus of real files (../shared/imports), each imported,"
    " validated and rendered",
    "test_corpus.py": "the corpora in ../shared are there and no smaller than they were",
    "outputs/test_rebuild.py": "every output rebuilt in another process, byte for byte",
}

# Not yet: modules whose tests live elsewhere today -> the test file that covers them.
MODULES_NOT_YET = {
    "serve/pages.py": "serve/test_server.py (the page images the browser fetches)",
    "serve/state.py": "serve/test_server.py and serve/test_session.py (what the page is sent)",
    "diff/run.py": "cli/test_diff.py",
    "diff/verify.py": "test_provenance.py (`resume verify`)",
    "engine/boxes.py": "engine/test_fit_arithmetic.py",
    "engine/native.py": "engine/test_warm.py, engine/test_fit_arithmetic.py",
    "engine/predict.py": "engine/test_fit_arithmetic.py",
    "match/negation.py": "match/test_terms.py",
    "match/posting.py": "match/test_terms.py",
    "match/suggest.py": "match/test_write_variant.py",
    "match/vocabulary.py": "match/test_terms.py",
    "outputs/resume_pdf.py": "engine/test_fit.py",
    "source/validate.py": "source/test_model.py, source/test_lenient.py, and most others",
    "source/yaml_format.py": "source/test_loader.py, source/test_model.py",
}

# Not yet: test files named after a feature -> the module test files their tests belong in.
FEATURES_NOT_YET = {
    "check/test_layout_of_themes.py": "check/test_layout.py",
    "check/test_sidebar.py": "check/test_extractors.py",
    "content/test_newest_first.py": "content/test_select.py",
    "content/test_roles.py": "content/test_select.py",
    "engine/test_fit_arithmetic.py": "engine/test_fit.py, test_predict.py, test_boxes.py",
    "engine/test_pdf_standards.py": "engine/test_pdf.py",
    "outputs/test_design.py": "outputs/test_resume_pdf.py, test_portfolio_pdf.py, test_docx.py",
    "outputs/test_languages.py": "test_build.py, outputs/test_site.py",
    "test_roles.py": "source/test_roles.py and the outputs' test files",
    "theme/test_contract.py": "engine/test_boxes.py",
}


def modules() -> list[str]:
    """Every module of the package, as a path under resume/."""
    return sorted(
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if path.name not in NOT_MODULES
    )


def mirror_of(module: str) -> str:
    """`cli/render.py` -> `cli/test_render.py`; `plan.py` -> `test_plan.py`."""
    folder, _, name = module.rpartition("/")
    return f"{folder}/test_{name}" if folder else f"test_{name}"


def all_test_files() -> list[str]:
    """Every test file, as a path under tests/."""
    return sorted(path.relative_to(TESTS).as_posix() for path in TESTS.rglob("test_*.py"))


def module_of(test_file: str) -> str:
    """`cli/test_render.py` -> `cli/render.py`."""
    folder, _, name = test_file.rpartition("/")
    module = name.removeprefix("test_")
    return f"{folder}/{module}" if folder else module


def test_every_module_has_its_test_file() -> None:
    missing = [
        f"resume/{module}: write tests/{mirror_of(module)}"
        for module in modules()
        if not (TESTS / mirror_of(module)).is_file() and module not in MODULES_NOT_YET
    ]
    assert not missing, "\n".join(missing)


def test_every_test_file_is_named_after_its_module() -> None:
    named_after_nothing = [
        f"tests/{test_file}: no resume/{module_of(test_file)}; move its tests to the test file"
        " of the module they test, or say in ABOUT_THE_WHOLE why they test the whole"
        for test_file in all_test_files()
        if not (PACKAGE / module_of(test_file)).is_file()
        and test_file not in ABOUT_THE_WHOLE
        and test_file not in FEATURES_NOT_YET
    ]
    assert not named_after_nothing, "\n".join(named_after_nothing)


def test_the_lists_hold_nothing_stale() -> None:
    """An entry goes when its debt is paid, or when the file it names goes."""
    stale = [f"ABOUT_THE_WHOLE: no tests/{name}" for name in ABOUT_THE_WHOLE if not _is_test(name)]
    for module in MODULES_NOT_YET:
        if not (PACKAGE / module).is_file():
            stale.append(f"MODULES_NOT_YET: no resume/{module}")
        elif _is_test(mirror_of(module)):
            stale.append(f"MODULES_NOT_YET: {module} has tests/{mirror_of(module)} now")
    for test_file in FEATURES_NOT_YET:
        if not _is_test(test_file):
            stale.append(f"FEATURES_NOT_YET: no tests/{test_file}")
        elif (PACKAGE / module_of(test_file)).is_file():
            stale.append(f"FEATURES_NOT_YET: tests/{test_file} is named after its module now")
    assert not stale, "\n".join(stale)


def _is_test(name: str) -> bool:
    return (TESTS / name).is_file()
