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
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", **UVICORN_SETTINGS)
    )
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

    def post(
        self, path: str, data: dict | None = None, files=None, csrf: str | None = None
    ) -> httpx.Response:
        return self.client.post(
            path, data={**(data or {}), "csrf": self.csrf if csrf is None else csrf}, files=files
        )

    def close(self) -> None:
        self.client.close()


def author_team(db: Path, authors: list[str], password: str, round_name: str = "轮次") -> int:
    """A unit with one team of these authors (password set, no change needed) and one round of
    zhuti-2023; returns the round id. Used by the burst tests and bench/web_upload.py."""
    from mingjing.web import auth
    from mingjing.web.store import WebStore

    store = WebStore(db)
    team = store.add_team(store.add_unit(f"{round_name}单位"), f"{round_name}班子")
    hashed = auth.hash_password(password)
    for name in authors:
        store.add_user(name, "author", team, hashed, must_change=False)
    round_id = store.add_round(round_name, "zhuti-2023", team, None)
    store.close()
    return round_id


def signed_in(base: str, name: str, password: str) -> tuple[httpx.Client, str]:
    """A client signed in as `name` and the CSRF token of its session."""
    client = httpx.Client(base_url=base, timeout=300)
    token = csrf_of(client.get("/").text)
    r = client.post("/login", data={"name": name, "password": password, "csrf": token})
    assert r.status_code == 303, r.text
    return client, csrf_of(client.get("/home").text)


@contextmanager
def serve_process(*args: str, env: dict | None = None, stderr=None, path: str = "/"):
    """`mingjing serve ARGS --port <free port>` as its own process (several workers possible); yields
    its base URL once `path` answers, and stops it afterwards."""
    import subprocess
    import sys

    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "mingjing", "serve", "--port", str(port), *args],
        stdout=subprocess.DEVNULL,
        stderr=stderr if stderr is not None else subprocess.DEVNULL,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                httpx.get(base + path, timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("mingjing serve did not start") from None
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=30)
