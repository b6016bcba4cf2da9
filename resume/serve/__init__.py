"""`resume serve`: a live preview of one source on http://127.0.0.1:PORT/, rebuilt after each
save (the résumé first) and pushed to the page, in one warm process.

Three threads: the HTTP server's (server.py), the watcher's (it only queues what changed), and
this one, which renders, so that Ctrl-C interrupts a render here as it does `resume render`.
"""

from __future__ import annotations

import functools
import queue
import threading
import webbrowser
from dataclasses import replace
from pathlib import Path

from resume.build import RenderOptions
from resume.errors import UserError
from resume.serve.server import Hub, PreviewServer
from resume.serve.session import Choice, Session
from resume.watch import DEBOUNCE_MS, counts, terminate_as_interrupt, watched_folders

WAKE_S = 0.5  # how often the render loop looks up from an empty queue (Ctrl-C, stop)

__all__ = ["run"]


def run(
    source: Path,
    out: Path,
    theme: str | None = None,
    port: int | None = None,
    open_browser: bool = False,
) -> None:
    """Serve the preview until Ctrl-C or SIGTERM."""
    from resume.engine.native import load_weasyprint

    load_weasyprint()  # before the threads start, and before anything else imports it
    if not source.is_file():
        raise UserError(f"{source}: no such source file")
    live = Live(RenderOptions(source=source, out=out, theme=theme), port or 0)
    try:  # from the first word said: Ctrl-C (or SIGTERM) may come at once
        with terminate_as_interrupt():
            print(f"serving {live.server.url} (Ctrl-C stops)", flush=True)
            if open_browser:
                webbrowser.open(live.server.url)
            live.render_until(threading.Event())
    except KeyboardInterrupt:
        print("stopped serving", flush=True)
    finally:
        live.stop()


class Live:
    """A session served: its server, its watcher and its queue of reasons to render."""

    def __init__(self, options: RenderOptions, port: int) -> None:
        self.session = Session(options)
        self.hub = Hub()
        self.reasons: queue.Queue[str] = queue.Queue()
        self.server = PreviewServer(port, self.session, self.hub, self.choose)
        self.stopping = threading.Event()
        self.threads = [
            threading.Thread(target=self.server.serve_forever, daemon=True),
            threading.Thread(target=self.watch, daemon=True),
        ]
        for thread in self.threads:
            thread.start()

    def choose(self, choice: Choice) -> None:
        self.session.choose(choice)
        self.reasons.put("switched")

    def render_until(self, stop: threading.Event) -> None:
        """Render now, then after every change, until `stop` is set."""
        self.rebuild()
        while not stop.is_set():
            try:
                self.reasons.get(timeout=WAKE_S)
            except queue.Empty:
                continue
            while not self.reasons.empty():  # several saves at once: one render
                self.reasons.get_nowait()
            self.rebuild()

    def rebuild(self) -> None:
        self.session.rebuild(self.hub.publish, lambda: not self.reasons.empty())

    def watch(self) -> None:
        """Queue a reason to render after each save of the source, its letters, its photo or
        the theme's files; watch the new theme's folders after a switch."""
        from watchfiles import watch as changes_in

        while not self.stopping.is_set():
            options = replace(self.session.options, theme=self.session.choice.theme)
            folders = watched_folders(options)
            counted = functools.partial(counted_change, options=options)
            for changes in changes_in(
                *folders,
                watch_filter=counted,
                debounce=DEBOUNCE_MS,
                stop_event=self.stopping,
                yield_on_timeout=True,
                rust_timeout=int(WAKE_S * 1000),
                recursive=False,
                raise_interrupt=False,
            ):
                if changes:
                    self.reasons.put("saved")
                    if watched_folders(options) != folders:
                        break  # the source chose another theme
                if options.theme != self.session.choice.theme:
                    break  # the page chose another theme

    def stop(self) -> None:
        self.stopping.set()
        self.hub.close()
        self.server.shutdown()
        self.server.server_close()


def counted_change(_change: object, path: str, options: RenderOptions) -> bool:
    return counts(Path(path), options)
