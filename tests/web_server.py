"""A real uvicorn server for the web tests: the app on a free loopback port, in a thread."""

from __future__ import annotations

import re
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import httpx


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def live_server(folder: Path, **app_options):
    """Yield (base url, app) of a running server over a database in `folder`."""
    import uvicorn

    from mingjing.web.app import create_app
    from mingjing.web.forwarded import UVICORN_SETTINGS

    app = create_app(folder / "web.db", **app_options)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **UVICORN_SETTINGS))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("web server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        app.state.workers.close()
        app.state.store.close()


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "page has no CSRF field"
    return found.group(1)


class Browser:
    """An httpx client that signs in like a person: it reads the CSRF field of each form."""

    def __init__(self, base: str):
        self.base = base
        self.client = httpx.Client(base_url=base, follow_redirects=False, timeout=120)
        self.csrf = ""

    def login(self, name: str, password: str) -> httpx.Response:
        page = self.client.get("/")
        token = csrf_of(page.text)
        r = self.client.post("/login", data={"name": name, "password": password, "csrf": token})
        if r.status_code == 303:
            self.csrf = csrf_of(self.client.get("/password").text)
        return r

    def set_password(self, old: str, new: str) -> None:
        r = self.client.post("/password", data={"current": old, "new": new, "again": new, "csrf": self.csrf})
        assert r.status_code == 303, r.text

    def get(self, path: str, **kw) -> httpx.Response:
        return self.client.get(path, **kw)

    def post(self, path: str, data: dict | None = None, files=None, csrf: str | None = None) -> httpx.Response:
        return self.client.post(path, data={**(data or {}), "csrf": self.csrf if csrf is None else csrf}, files=files)

    def close(self) -> None:
        self.client.close()
