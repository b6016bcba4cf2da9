"""The action's steps (resume/cli/action.py) run as GitHub runs them, with files of our own for
GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, in a git repository whose last commit edits a highlight.
Two renders: the résumé with the web page, and one variant's résumé."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from resume.cli.action import main
from tests.gitrepo import git, repo_with_two_commits


@dataclass
class Run:
    repo: Path
    outputs: dict[str, list[str]]
    summary: str
    codes: dict[str, int]


def read_outputs(path: Path) -> dict[str, list[str]]:
    """GITHUB_OUTPUT's `name<<DELIMITER` blocks, as GitHub reads them."""
    found = re.findall(r"(?ms)^(\w+)<<(\w+)\n(.*?)^\2\n", path.read_text(encoding="utf-8"))
    return {name: body.splitlines() for name, _, body in found}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    folder = tmp_path_factory.mktemp("action")
    repo = repo_with_two_commits(folder / "repo").parent.parent
    output, summary = folder / "github_output", folder / "step_summary"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(repo)
        patch.setenv("GITHUB_OUTPUT", str(output))
        patch.setenv("GITHUB_STEP_SUMMARY", str(summary))
        for name, value in {"SOURCE": "data/resume.yaml", "VARIANTS": "backend"}.items():
            patch.setenv(f"RESUME_{name}", value)
        patch.setenv("RESUME_OUTPUTS", "resume,html")
        codes = {"render": main(["render"])}
        patch.setenv("RESUME_PDFS", "\n".join(read_outputs(output).get("pdfs", [])))
        codes |= {"summary": main(["summary"]), "check": main(["check"])}
        patch.setenv("RESUME_BASE", git(repo, "rev-parse", "HEAD~1"))
        codes["diff"] = main(["diff"])
        yield Run(repo, read_outputs(output), summary.read_text(encoding="utf-8"), codes)


def test_every_step_succeeds(run: Run) -> None:
    assert run.codes == {"render": 0, "summary": 0, "check": 0, "diff": 0}


def test_render_names_the_paths_it_wrote(run: Run) -> None:
    assert run.outputs["paths"] == [
        "out/Aaron_Wu_Resume.pdf",
        "out/index.html",
        "out/Aaron_Wu_Resume-backend.pdf",
        "out/assets",
    ]
    assert run.outputs["pdfs"] == ["out/Aaron_Wu_Resume.pdf", "out/Aaron_Wu_Resume-backend.pdf"]
    assert all((run.repo / path).exists() for path in run.outputs["paths"])


def test_the_summary_shows_each_pdf_with_a_thumbnail(run: Run) -> None:
    for pdf in run.outputs["pdfs"]:
        assert re.search(
            rf"\| `{pdf}` \| 1 \| <img src=\"data:image/png;base64,[\w+/=]+\"", run.summary
        )
    (thumbnails,) = run.outputs["thumbnails"]
    names = sorted(p.name for p in (run.repo / thumbnails).iterdir())
    assert names == ["Aaron_Wu_Resume-backend.png", "Aaron_Wu_Resume.png"]


def test_the_summary_has_the_check_table(run: Run) -> None:
    table = run.summary.split("### Check", 1)[1]
    for pdf in run.outputs["pdfs"]:
        assert re.search(
            rf"\| `{pdf}` \| ok \| 1 \(letter, 8\.50 × 11\.00 in\) \| \d+ words", table
        )


def test_on_a_pull_request_the_summary_says_what_changed(run: Run) -> None:
    diff = run.summary.split("### Résumé:", 1)[1]
    assert "- **changed** work: Systems Infrastructure Engineer Intern, AMD" in diff
    assert "graph ~~retrieval~~ **search** pipeline." in diff


def test_a_failed_render_fails_the_step_and_names_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_OUTPUT", str(tmp_path / "output"))
    monkeypatch.setenv("RESUME_SOURCE", "missing.yaml")
    assert main(["render"]) == 1
    assert not (tmp_path / "output").exists()
    assert "error: missing.yaml: no such file" in capsys.readouterr().err


def test_an_unknown_output_fails_the_render_and_names_the_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("GITHUB_OUTPUT", str(tmp_path / "output"))
    monkeypatch.setenv("RESUME_OUTPUTS", "resume,pdf")
    assert main(["render"]) == 1
    assert not (tmp_path / "output").exists()
    assert (
        "error: outputs: unknown output pdf; choose from resume,portfolio"
        in capsys.readouterr().err
    )


def test_an_unknown_step_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["deploy"]) == 2
    assert (
        "usage: python -m resume.cli.action {render,summary,check,diff}" in capsys.readouterr().err
    )


def test_a_pdf_with_a_problem_fails_the_check_and_the_summary_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pypdf

    blank = tmp_path / "blank.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(612, 792)
    writer.write(blank)
    summary = tmp_path / "summary"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    monkeypatch.setenv("RESUME_PDFS", str(blank))
    assert main(["check"]) == 1
    text = summary.read_text(encoding="utf-8")
    assert f"| `{blank}` | 3 problem(s) |" in text
    assert f"- `{blank}`: no text can be extracted: a reader or ATS sees an empty page" in text
