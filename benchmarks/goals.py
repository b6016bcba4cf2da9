"""The goals of issue 21, measured by `bench.py` in the same run as everything else.

- RenderCV beside us: its own sample (`rendercv new "John Doe"`) against the same content in
  this format (`john_doe.yaml`, made by `rendercv_sample.py`), cold, interleaved, as ratios.
- Layout passes of a typical fit, condensing a long JSON Resume, the web page's fonts.

RenderCV comes from `../shared/peers/rendercv.sh` (or the command in $RENDERCV); when it cannot
be had, that part is skipped and the report says so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench import DEFAULT, HERE, RESUME, ROOT, interleaved, paired_ratio, run, summary

SAMPLE = HERE / "john_doe.yaml"
# ../shared beside the checkout (or beside the folder of worktrees that holds it)
SHARED = next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "jsonresume").is_dir()),
    ROOT.parent / "shared",
)
PEER_SCRIPT = SHARED / "peers" / "rendercv.sh"
JSON_RESUME_SAMPLE = SHARED / "jsonresume" / "sample.resume.json"
ROLES = 25  # roles of the condensing source at 1x: 16x is the 400


def rendercv() -> tuple[str | None, str]:
    """RenderCV's command, or None and why not."""
    if command := os.environ.get("RENDERCV"):
        return command, f"RenderCV from $RENDERCV ({command})"
    if not PEER_SCRIPT.exists():
        return None, f"RenderCV skipped: {PEER_SCRIPT} is not there"
    print(f"RenderCV: {PEER_SCRIPT} (installs RenderCV 2.8 the first time)", file=sys.stderr)
    answer = subprocess.run([str(PEER_SCRIPT)], capture_output=True, text=True, check=False)
    if answer.returncode or not answer.stdout.strip():
        reason = (answer.stderr.strip().splitlines() or ["no command printed"])[-1]
        return None, f"RenderCV skipped: it cannot be installed here ({reason})"
    return answer.stdout.strip().splitlines()[-1], "RenderCV 2.8 (../shared/peers/rendercv.sh)"


def peer(runs: int, work: Path) -> dict[str, Any]:
    """Cold: all three of ours on the sample (2 pages, as RenderCV sets it) against RenderCV's
    PDF + Markdown + HTML of its own sample."""
    command, note = rendercv()
    if command is None:
        return {"skipped": note}
    folder = work / "rendercv"
    folder.mkdir()
    run([command, "new", "John Doe"], cwd=folder)
    source = next(folder.glob("*.yaml"))
    ours = [RESUME, "render", str(SAMPLE), "--pages", "2", "--out", str(work / "ours-john")]
    theirs = [command, "render", source.name, "--dont-generate-png"]
    results = interleaved(
        {
            "ours": lambda: run(ours),
            "ours, new machine": lambda: run(  # no web font cut kept yet
                ours, env={"RESUME_CACHE": tempfile.mkdtemp(dir=work)}
            ),
            "RenderCV": lambda: run(theirs, cwd=folder),
        },
        runs,
    )
    return {
        "note": note,
        "runs": {name: summary(r) for name, r in results.items()},
        "cpu": {name: [x.cpu for x in r] for name, r in results.items()},
    }


def long_json_resume(roles: int, folder: Path) -> Path:
    """The JSON Resume sample with `roles` roles, each a year older than the one before."""
    data = json.loads(JSON_RESUME_SAMPLE.read_text(encoding="utf-8"))
    role = data["work"][0]
    data["work"] = [
        {
            **role,
            "name": f"{role.get('name', 'Company')} {index}",
            "startDate": f"{2024 - index // 2:04d}-01-01",
            "endDate": f"{2025 - index // 2:04d}-01-01",
        }
        for index in range(roles)
    ]
    path = folder / f"roles-{roles}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def condensing(work: Path, factors: tuple[int, ...]) -> dict[int, dict[str, Any]]:
    """A cold `resume render --only resume` of a JSON Resume with 25, 100, 400 roles: it is
    condensed onto one page. 400 roles is always measured: it is the goal."""
    folder = work / "condense"
    folder.mkdir()
    table = {}
    for factor in sorted({*factors, 16}):
        source = long_json_resume(ROLES * factor, folder)
        out = work / f"condensed-{factor}"
        measured = run([RESUME, "render", str(source), "--only", "resume", "--out", str(out)])
        table[factor] = {"roles": ROLES * factor, "seconds": measured.seconds, "cpu": measured.cpu}
    return table


def child_passes(*cases: str) -> dict[str, Any]:
    """Layout passes the résumé took to fit, per `source@theme` (run in a child of bench.py)."""
    from resume.build import RenderOptions, render

    passes = {}
    for case in cases:
        name, _, theme = case.partition("@")
        out = Path(os.environ.get("TMPDIR", "/tmp")) / f"resume-bench-passes-{os.getpid()}"
        options = RenderOptions(source=Path(name), out=out, outputs=("resume",), theme=theme)
        fit = render(options).written[0].fit
        passes[f"{Path(name).stem}@{theme}"] = fit.passes if fit else 0
        shutil.rmtree(out, ignore_errors=True)
    return passes


def font_weight(work: Path) -> dict[str, int]:
    """The web page's font files for the default source, in bytes."""
    out = work / "fonts-site"
    run([RESUME, "render", str(DEFAULT), "--only", "html", "--out", str(out)])
    return {p.name: p.stat().st_size for p in sorted((out / "assets" / "fonts").iterdir())}


# --- report ------------------------------------------------------------------------------


def verdict(met: bool) -> str:
    return "met" if met else "NOT MET"


def goal_rows(results: dict[str, Any]) -> list[tuple[str, str, str, bool | None]]:
    """(goal, figure, target, met) for each line of the issue's goals table."""
    rows: list[tuple[str, str, str, bool | None]] = []
    peer_ = results["peer"]
    if "skipped" in peer_:
        rows.append(("cold three outputs vs RenderCV", peer_["skipped"], "<= 1.0x", None))
    else:
        runs = peer_["runs"]
        wall = paired_ratio(runs["ours"]["each"], runs["RenderCV"]["each"])
        cpu = paired_ratio(peer_["cpu"]["ours"], peer_["cpu"]["RenderCV"])
        figure = (
            f"{wall:.2f}x wall ({runs['ours']['seconds']:.2f} s vs "
            f"{runs['RenderCV']['seconds']:.2f} s), {cpu:.2f}x cpu"
        )
        rows.append(("cold three outputs vs RenderCV's PDF+MD+HTML", figure, "<= 1.0x", wall <= 1))
        first = paired_ratio(runs["ours, new machine"]["each"], runs["RenderCV"]["each"])
        figure = f"{first:.2f}x wall ({runs['ours, new machine']['seconds']:.2f} s)"
        rows.append(("  the same, ours with no font cut kept yet", figure, "<= 1.0x", first <= 1))
    passes = results["passes"]
    most = max(passes.values())
    shown = ", ".join(f"{name} {count}" for name, count in passes.items())
    rows.append(("layout passes, fitting tests/cases/fit/long.yaml", shown, "<= 2", most <= 2))
    condense = {int(k): v for k, v in results["condense"].items()}[16]
    rows.append(
        (
            "condensing 400 roles (cold, --only resume)",
            f"{condense['seconds']:.2f} s wall, {condense['cpu']:.2f} s cpu",
            "< 5 s",
            condense["seconds"] < 5,
        )
    )
    batch = results["batch"]
    count = batch["count"]
    separate = batch["runs"][f"{count} separate cold calls"]["seconds"]
    two = batch["runs"][f"batch of {count}, 2 workers"]["seconds"]
    rows.append(
        (
            f"batch of {count} vs separate cold calls",
            f"{separate / two:.2f}x",
            ">= 3x",
            separate / two >= 3,
        )
    )
    warm = results["warm"]["seconds"]
    rebuild = warm["all three: warm re-render"]
    edited = warm.get("all three: warm re-render after an edit", rebuild)
    figure = f"{edited:.3f} s after an edit, {rebuild:.3f} s unchanged"
    rows.append(("watch rebuild (warm, all three)", figure, "< 0.25 s", edited < 0.25))
    validate = results["startup"]["resume validate"]
    figure = f"{validate['seconds']:.3f} s wall, {validate['cpu']:.3f} s cpu"
    rows.append(("validate cold", figure, "< 0.3 s", validate["seconds"] < 0.3))
    peak = results["cold"]["runs"]["resume render (all three)"]["peak_mb"]
    rows.append(
        ("peak memory, cold render of all three", f"{peak:.0f} MiB", "<= 120 MiB", peak <= 120)
    )
    fonts = sum(results["fonts"].values())
    figure = f"{fonts / 1000:.1f} KB in {len(results['fonts'])} files"
    rows.append(("web page fonts, data/resume.yaml", figure, "< 200 KB", fonts < 200_000))
    return rows


def print_goals(results: dict[str, Any]) -> None:
    print("\nThe goals of issue 21 (ratios: medians of runs made back to back)")
    for goal, figure, target, met in goal_rows(results):
        mark = "skipped" if met is None else verdict(met)
        print(f"  {goal:<46} {figure:<44} target {target:<10} {mark}")
    peer_ = results["peer"]
    if "runs" in peer_:
        print(f"  ({peer_['note']}; ours renders benchmarks/john_doe.yaml with --pages 2)")
    print("\nCondensing a JSON Resume onto one page, as it grows (cold, one run each)")
    for factor, row in results["condense"].items():
        print(
            f"  {factor:>3}x {row['roles']:4d} roles {row['seconds']:8.2f} s wall {row['cpu']:7.2f} s cpu"
        )
