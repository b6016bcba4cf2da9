"""The preview's HTTP server: on 127.0.0.1 only, answering with the preview page and its assets,
the résumé's pages, a stream of updates (Server-Sent Events), and the files this session wrote,
nothing else: no directory listing, no other file of the output folder, no path outside it.
Every answer carries a Content-Security-Policy that lets the page load from this server alone."""

from __future__ import annotations

import errno
import json
import mimetypes
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from resume.errors import UserError
from resume.serve.session import Choice, Preview, Session
from resume.serve.state import as_json

HOST = "127.0.0.1"
POLICY = "; ".join(
    (
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "frame-ancestors 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    )
)
ASSETS = {"/": "page.html", "/page.js": "page.js", "/page.css": "page.css"}
KEEP_ALIVE = 10.0  # seconds between the stream's comments, which find a closed page
MAX_BODY = 4096


class Hub:
    """The latest state of the preview, and a way to wait for the next."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.number = 0
        self.state = "{}"
        self.closed = False

    def publish(self, preview: Preview) -> None:
        state = json.dumps(as_json(preview), ensure_ascii=False)
        with self.changed:
            self.number, self.state = self.number + 1, state
            self.changed.notify_all()

    def next_after(self, number: int) -> tuple[int, str] | None:
        """The state after `number`, when there is one within KEEP_ALIVE seconds; None when closed."""
        with self.changed:
            self.changed.wait_for(lambda: self.number != number or self.closed, KEEP_ALIVE)
            return None if self.closed else (self.number, self.state)

    def close(self) -> None:
        with self.changed:
            self.closed = True
            self.changed.notify_all()


class PreviewServer(ThreadingHTTPServer):
    daemon_threads = True  # an open stream never keeps the process from stopping

    def __init__(
        self, port: int, session: Session, hub: Hub, on_choice: Callable[[Choice], None]
    ) -> None:
        self.session, self.hub, self.on_choice = session, hub, on_choice
        try:
            super().__init__((HOST, port), Handler)
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise UserError(f"port {port} is taken: choose another with --port") from None
            raise UserError(f"cannot listen on {HOST}:{port}: {error.strerror}") from None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.server_port}/"


class Handler(BaseHTTPRequestHandler):
    server: PreviewServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if not self.from_here():
            return
        path = urlsplit(self.path).path
        if path in ASSETS:
            name = ASSETS[path]
            self.answer(asset(name), mimetypes.guess_type(name)[0] or "text/plain")
        elif path == "/events":
            self.stream()
        elif path.startswith("/pages/"):
            self.page(path.removeprefix("/pages/"))
        elif path.startswith("/out/"):
            self.output(path.removeprefix("/out/"))
        else:
            self.refuse(HTTPStatus.NOT_FOUND)

    def do_POST(self) -> None:
        if not self.from_here():
            return
        path, kind = urlsplit(self.path).path, self.headers.get_content_type()
        if path != "/choose" or kind != "application/json":
            self.refuse(HTTPStatus.NOT_FOUND)
            return
        choice = self.choice_asked()
        if choice is None:
            self.close_connection = True  # a body left unread would be read as a request
            self.refuse(HTTPStatus.BAD_REQUEST)
            return
        self.server.on_choice(choice)
        self.answer(b"{}", "application/json")

    def choice_asked(self) -> Choice | None:
        """The switches' choice the request's JSON body holds; None for anything else."""
        length = self.headers.get("Content-Length", "")
        if not length.isdigit() or not 0 < int(length) <= MAX_BODY:
            return None
        try:
            asked = json.loads(self.rfile.read(int(length)))
            values = [asked.get(key) for key in ("theme", "variant", "lang")]
        except (ValueError, AttributeError):  # not JSON, or not an object
            return None
        if not all(value is None or isinstance(value, str) for value in values):
            return None
        return Choice(*(value or None for value in values))

    def from_here(self) -> bool:
        """A request for this server by its own name, from its own page or a person's browser:
        not a page elsewhere posting to it, nor a name rebound to 127.0.0.1 (DNS rebinding)."""
        port = self.server.server_port
        hosts = {f"{HOST}:{port}", f"localhost:{port}"}
        origin = self.headers.get("Origin")
        if self.headers.get("Host") in hosts and (
            origin is None or origin in {f"http://{h}" for h in hosts}
        ):
            return True
        self.refuse(HTTPStatus.FORBIDDEN)
        return False

    def page(self, name: str) -> None:
        """`/pages/<n>.bmp`: the résumé's page n as shown now (the query only defeats caches)."""
        pages = self.server.session.preview.pages
        number = name.removesuffix(".bmp")
        if not name.endswith(".bmp") or not number.isdigit() or not 1 <= int(number) <= len(pages):
            self.refuse(HTTPStatus.NOT_FOUND)
            return
        self.answer(pages[int(number) - 1].image, "image/bmp")

    def output(self, relative: str) -> None:
        """A file this session wrote in the output folder, by its path there."""
        name = unquote(relative)
        out = self.server.session.options.out.resolve()
        candidate = out / name
        if "\0" in name or name.startswith("/") or ".." in Path(name).parts:
            self.refuse(HTTPStatus.NOT_FOUND)
            return
        served = self.server.session.file(candidate)
        if served is None or candidate.is_symlink() or not candidate.is_file():
            self.refuse(HTTPStatus.NOT_FOUND)
            return
        kind = mimetypes.guess_type(candidate.name)[0] or "application/octet-stream"
        self.answer(candidate.read_bytes(), kind)

    def stream(self) -> None:
        """The preview's state now and after every change, as Server-Sent Events."""
        self.send_response(HTTPStatus.OK)
        self.headers_for("text/event-stream")
        self.end_headers()
        number = 0  # nothing to tell before the first render's résumé
        try:
            while (latest := self.server.hub.next_after(number)) is not None:
                if latest[0] == number:
                    self.wfile.write(b": still here\n\n")
                else:
                    number = latest[0]
                    self.wfile.write(f"data: {latest[1]}\n\n".encode())
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            return  # the page was closed
        self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's own errors (a method it does not know, a malformed request) are
        answered as ours are, with the policy."""
        self.close_connection = True
        self.refuse(HTTPStatus(code))

    def answer(self, body: bytes, kind: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.headers_for(kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def refuse(self, status: HTTPStatus) -> None:
        body = f"{status.value} {status.phrase}\n".encode()
        self.send_response(status)
        self.headers_for("text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def headers_for(self, kind: str) -> None:
        charset = (
            "; charset=utf-8"
            if kind.startswith("text/") or kind.endswith(("json", "javascript"))
            else ""
        )
        self.send_header("Content-Type", kind + charset)
        self.send_header("Content-Security-Policy", POLICY)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the terminal says what was rendered, not each request."""


def asset(name: str) -> bytes:
    return (resources.files("resume.serve") / name).read_bytes()
