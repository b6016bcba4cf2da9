"""The steps of the GitHub Action (action.yml): `python -m resume.cli.action STEP`.

Each step reads the action's inputs from RESUME_* variables, writes its outputs to the file
GITHUB_OUTPUT names and its part of the job summary to GITHUB_STEP_SUMMARY, as GitHub defines
them; a test runs the steps with files of its own in their place. The render and the diff run
in this process, and what they made is read from their results, not from printed lines."""

from __future__ import annotations

import base64
import io
import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from resume.cli.app import parse_only, print_error
from resume.cli.render import print_written
from resume.errors import UserError, print_warnings

if TYPE_CHECKING:  # the render's modules load when a step renders, not for the others
    from resume.build import RenderOptions

STEPS = ("render", "summary", "check", "diff")
THUMBNAIL_WIDTH = 240  # pixels: the page's layout is seen, the file stays small
SUMMARY_BUDGET = 900_000  # bytes: GitHub takes at most 1 MiB of summary from a step


def setting(name: str, default: str = "") -> str:
    return os.environ.get(f"RESUME_{name.upper()}", "").strip() or default


def lines_of(name: str) -> list[str]:
    return [line.strip() for line in setting(name).splitlines() if line.strip()]


def write_output(name: str, values: Sequence[str]) -> None:
    """A step output; several values one a line, in GitHub's heredoc form."""
    with Path(os.environ["GITHUB_OUTPUT"]).open("a", encoding="utf-8") as file:
        file.write(f"{name}<<RESUME_EOF\n" + "".join(f"{value}\n" for value in values))
        file.write("RESUME_EOF\n")


def write_summary(markdown: str) -> None:
    with Path(os.environ["GITHUB_STEP_SUMMARY"]).open("a", encoding="utf-8") as file:
        file.write(markdown + "\n")


def render() -> int:
    """Every output the inputs ask for, then each variant's PDFs; the paths as outputs."""
    from resume.build import render as build

    written: list[Path] = []
    try:
        for options in renders_asked():
            print(f"rendering {options.source}: {describe(options)}", flush=True)
            result = build(options, print_written)
            print_warnings(result.warnings)
            written += [each.path for each in result.written]
    except UserError as error:
        print_error(error)
        return 1
    pages = [path for path in written if path.name == "index.html"]
    written += [page.parent / "assets" for page in pages if (page.parent / "assets").is_dir()]
    write_output("paths", [str(path) for path in written])
    write_output("pdfs", [str(path) for path in written if path.suffix == ".pdf"])
    return 0


def renders_asked() -> list[RenderOptions]:
    """The outputs the inputs ask for, then the PDFs among them for each variant asked for."""
    from resume.build import RenderOptions
    from resume.output_specs import pdfs as printed_pdfs

    try:
        outputs = parse_only(setting("outputs", "resume,portfolio,html")) or []
    except typer.BadParameter as error:
        raise UserError(f"outputs: {error.message}") from None
    options = RenderOptions(
        source=Path(setting("source", "data/resume.yaml")),
        out=Path(setting("out", "out")),
        theme=setting("theme") or None,
        outputs=outputs,
    )
    pdfs = [output for output in outputs if output in printed_pdfs()]
    variants = setting("variants")
    if not pdfs or variants in ("", "none"):
        return [options]
    names = ["all"] if variants == "all" else [name.strip() for name in variants.split(",")]
    return [options] + [replace(options, outputs=pdfs, variant=name) for name in names if name]


def describe(options: RenderOptions) -> str:
    variant = f" (variant {options.variant})" if options.variant else ""
    return ", ".join(options.outputs or ()) + variant


def summary() -> int:
    """A heading, and each PDF with its pages and a thumbnail of its first page."""
    import pypdf

    from resume.diff.images import page_images

    out = Path(setting("out", "out")) / "thumbnails"
    out.mkdir(parents=True, exist_ok=True)
    rows = ["## Résumé", "", "| PDF | Pages | First page |", "| --- | ---: | --- |"]
    spent = 0
    for pdf in map(Path, lines_of("pdfs")):
        first = page_images(pdf)[0]
        first.thumbnail((THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 2))
        buffer = io.BytesIO()
        first.quantize(colors=256).save(buffer, format="PNG", optimize=True)
        (out / f"{pdf.stem}.png").write_bytes(buffer.getvalue())
        image = base64.b64encode(buffer.getvalue()).decode("ascii")
        spent += len(image)
        cell = f'<img src="data:image/png;base64,{image}" width="{THUMBNAIL_WIDTH}">'
        shown = cell if spent < SUMMARY_BUDGET else f"`thumbnails/{pdf.stem}.png`"
        rows.append(f"| `{pdf}` | {len(pypdf.PdfReader(pdf).pages)} | {shown} |")
    write_summary("\n".join(rows) + "\n")
    write_output("thumbnails", [str(out)])
    return 0


def check() -> int:
    """`resume check` on every PDF, as a table in the summary; 1 if any has a problem."""
    from resume.check import check_pdf

    rows = [
        "### Check",
        "",
        "| PDF | Result | Pages | Text | Fonts |",
        "| --- | --- | --- | --- | --- |",
    ]
    problems = []
    for pdf in map(Path, lines_of("pdfs")):
        report = check_pdf(pdf)
        facts = dict(report.facts)
        status = "ok" if not report.problems else f"{len(report.problems)} problem(s)"
        cells = [f"`{pdf}`", status, *(facts.get(k, "") for k in ("pages", "text", "fonts"))]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
        problems += [f"- `{pdf}`: {problem}" for problem in report.problems]
        print(report, flush=True)
    write_summary("\n".join([*rows, "", *problems]) + "\n")
    return 1 if problems else 0


def diff() -> int:
    """On a pull request: what changed from its base, as Markdown, in the summary."""
    from resume.diff.run import run_diff

    base, source = setting("base"), setting("source", "data/resume.yaml")
    if not base:
        print("no base revision (RESUME_BASE): not a pull request, nothing to compare")
        return 0
    fetch = ["git", "fetch", "--quiet", "--depth=1", "origin", base]
    present = ["git", "cat-file", "-e", f"{base}^{{commit}}"]
    if subprocess.run(present, capture_output=True, check=False).returncode:
        subprocess.run(fetch, check=False)  # a shallow checkout lacks the base commit
    try:
        markdown = run_diff(base, None, Path(source), "markdown", on_page=False, png=None)
    except UserError as error:
        print_error(error)
        return 1
    sys.stdout.write(markdown)
    write_summary(markdown)
    return 0


def main(arguments: Sequence[str]) -> int:
    if len(arguments) != 1 or arguments[0] not in STEPS:
        print(f"usage: python -m resume.cli.action {{{','.join(STEPS)}}}", file=sys.stderr)
        return 2
    step = {"render": render, "summary": summary, "check": check, "diff": diff}[arguments[0]]
    return step()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
