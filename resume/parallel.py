"""The PDFs of one render at once: on Linux, with WeasyPrint already loaded, the résumé's and
the portfolio's layouts run in a forked process each but the first, on the machine's cores.

A child sends back its Rendered (files as bytes, pages, fit, problems) and the fetcher's
refusals, pickled through a pipe; the parent keeps them in the render's Run (outputs/run.py) and
writes every file, atomically, as before. Which outputs are the PDFs, and which wait for their
files, output_specs says. It is
off when fewer than two PDFs are asked for, on one core, where fork is missing, and inside a
batch worker (the batch already keeps every core busy). A child that dies without an answer
costs only time: the parent renders that PDF itself.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import sys
import time
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING

from resume import output_specs
from resume.engine import warm
from resume.outputs.target import Rendered

if TYPE_CHECKING:
    from resume.outputs.run import Run
    from resume.plan import Plan

Timed = tuple[Rendered, float]  # what a target made, and the seconds it took


def run_targets(plan: Plan, run: Run, outputs: Sequence[str]) -> list[Timed]:
    """Each output's Rendered and seconds, in the order asked for."""
    pdfs = [output for output in outputs if output in output_specs.pdfs()]
    if not concurrent(plan, pdfs):
        return [timed(plan, run, output) for output in outputs]
    children = {output: fork(plan, run, output) for output in pdfs[1:]}
    done = {pdfs[0]: timed(plan, run, pdfs[0])}
    waiting = output_specs.after_pdfs()
    for output in outputs:  # the web page, text, Word while the children finish
        if output not in pdfs and output not in waiting:
            done[output] = timed(plan, run, output)
    for output, (pid, reader) in children.items():
        done[output] = collect(plan, run, output, pid, reader)
        run.keep(output, done[output][0])  # the PNG previews ask for it again: no second layout
    for output in outputs:  # what needs the PDFs comes after them
        if output not in done:
            done[output] = timed(plan, run, output)
    return [done[output] for output in outputs]


def concurrent(plan: Plan, pdfs: list[str]) -> bool:
    return (
        len(pdfs) > 1
        and plan.pdf is not None
        and hasattr(os, "fork")
        and sys.platform == "linux"
        and (os.cpu_count() or 1) > 1
        and multiprocessing.parent_process() is None  # not a batch worker
    )


def timed(plan: Plan, run: Run, output: str) -> Timed:
    started = time.perf_counter()
    rendered = run.make(plan, output)
    return rendered, time.perf_counter() - started


def fork(plan: Plan, run: Run, output: str) -> tuple[int, int]:
    """Start `output` in a child; its pid and the pipe its answer comes through."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid:
        os.close(writer)
        return pid, reader
    os.close(reader)  # the child: render, answer, and leave without the parent's clean-up
    status = 0
    try:
        assert plan.pdf is not None
        answer: tuple[object, ...] = ("ok", timed(plan, run, output), plan.pdf.fetcher.refused)
    except BaseException as error:
        answer, status = ("error", error, traceback.format_exc()), 1
    try:
        with os.fdopen(writer, "wb") as pipe:
            pickle.dump(answer, pipe)
        warm.release()  # the fonts it parsed for itself: os._exit would leave them in /tmp
    finally:
        os._exit(status)


def collect(plan: Plan, run: Run, output: str, pid: int, reader: int) -> Timed:
    """The child's answer: its Rendered, or its error raised here; rendered here if it died."""
    with os.fdopen(reader, "rb") as pipe:
        data = pipe.read()
    os.waitpid(pid, 0)
    try:
        answer = pickle.loads(data)
    except (EOFError, pickle.UnpicklingError):
        return timed(plan, run, output)  # the child died: do its work here
    if answer[0] == "error":
        raise answer[1]
    run.heard_from_child(answer[2])
    result: Timed = answer[1]
    return result
