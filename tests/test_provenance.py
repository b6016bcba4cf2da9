"""Provenance: a PDF rendered in a git work tree names its commit in its XMP metadata, and
`resume verify` accepts it as it is and rejects it edited. One render, three re-renders."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pypdf
import pytest
from typer.testing import CliRunner

from resume import provenance
from resume.cli.app import app
from tests.conftest import heavy_imports_after
from tests.gitrepo import NEW_HIGHLIGHT, OLD_HIGHLIGHT, git, repo_with_two_commits

runner = CliRunner()


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The résumé of the second commit, rendered inside the work tree (into untracked out/)."""
    source = repo_with_two_commits(tmp_path_factory.mktemp("provenance") / "repo")
    out = source.parent.parent / "out"
    arguments = ["render", str(source), "-o", str(out), "-t", "classic", "--only", "resume"]
    result = runner.invoke(app, arguments)
    assert result.exit_code == 0, result.output
    (pdf,) = out.glob("*.pdf")
    return pdf


def recorded(pdf: Path) -> dict[str, str]:
    """Our XMP properties, as pypdf's XMP reader finds them."""
    xmp = pypdf.PdfReader(pdf).xmp_metadata
    assert xmp is not None
    nodes = xmp.get_nodes_in_namespace("", provenance.NAMESPACE)
    return {node.localName: node.firstChild.data for node in nodes}


def test_the_pdf_names_its_commit_in_its_xmp(rendered: Path) -> None:
    repo = rendered.parent.parent
    source = repo / "data" / "resume.yaml"
    version = runner.invoke(app, ["--version"]).output.split()[-1]
    assert recorded(rendered) == {
        "version": version,
        "fonts": "rendercv-fonts 0.5.1",
        "sourceSha256": hashlib.sha256(source.read_bytes()).hexdigest(),
        "commit": git(repo, "rev-parse", "HEAD"),
        "dirty": "false",  # out/ is untracked: rendering leaves the tree clean
        "theme": "classic",  # from -t
        "pageSize": "letter",
        "pages": "1",
        "output": "resume",
    }


def test_version_is_the_installed_package_version() -> None:
    from importlib.metadata import version

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.output == f"resume {version('resume')}\n"
    assert heavy_imports_after([["--version"]]) == []


def test_a_dirty_tree_and_no_tree(tmp_path: Path) -> None:
    source = repo_with_two_commits(tmp_path / "repo")
    head = git(source.parent.parent, "rev-parse", "HEAD")
    assert provenance.git_state(source.parent) == (head, False)
    source.write_text(source.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert provenance.git_state(source.parent) == (head, True)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    assert provenance.git_state(outside) == (None, None)


def test_verify_accepts_the_pdf_as_rendered(rendered: Path) -> None:
    result = runner.invoke(app, ["verify", str(rendered)])
    assert result.exit_code == 0, result.output
    commit = recorded(rendered)["commit"]
    assert result.output == (
        f"{rendered}: identical to what its embedded source makes "
        f"(resume {recorded(rendered)['version']}, theme classic, commit {commit[:12]})\n"
    )


def test_verify_rejects_the_pdf_with_its_title_changed(rendered: Path, tmp_path: Path) -> None:
    edited = tmp_path / "edited.pdf"
    writer = pypdf.PdfWriter(clone_from=rendered)
    writer.add_metadata({"/Title": "Someone Else — Résumé"})
    writer.write(edited)
    result = runner.invoke(app, ["verify", str(edited)])
    assert result.exit_code == 1
    assert result.output.splitlines()[1:] == [
        "  - metadata title changed: “Someone Else — Résumé” in the PDF, "
        "“Aaron Wu — Résumé” from its source"
    ]


def test_verify_names_another_tool_version_and_font_package(
    rendered: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = recorded(rendered)
    monkeypatch.setattr(provenance, "tool_version", lambda: "99.0")
    monkeypatch.setattr(provenance, "font_package", lambda: "rendercv-fonts 9.9")
    result = runner.invoke(app, ["verify", str(rendered)])
    assert result.exit_code == 1
    assert result.output.splitlines()[1:] == [
        f"  - tool version: {made['version']} made the PDF, 99.0 renders it now",
        "  - font package: rendercv-fonts 0.5.1 made the PDF, rendercv-fonts 9.9 renders it now",
    ]


def test_verify_refuses_a_pdf_not_made_by_resume(tmp_path: Path) -> None:
    other = tmp_path / "other.pdf"
    writer = pypdf.PdfWriter()
    writer.add_blank_page(612, 792)
    writer.write(other)
    result = runner.invoke(app, ["verify", str(other)])
    assert result.exit_code == 1
    assert result.stderr == f"error: {other}: carries no resume.json; it was not made by resume\n"


def test_diff_reads_the_source_a_pdf_carries(rendered: Path) -> None:
    source = rendered.parent.parent / "data" / "resume.yaml"
    same = runner.invoke(app, ["diff", str(rendered), str(source)])
    assert same.output == f"{rendered} → {source}: no change of content\n"
    older = runner.invoke(app, ["diff", "HEAD~1", str(rendered), "--source", str(source)])
    assert older.exit_code == 0
    assert OLD_HIGHLIGHT.split()[-2] in older.output and NEW_HIGHLIGHT.split()[-2] in older.output
    assert "[-retrieval-]{+search+}" in older.output
