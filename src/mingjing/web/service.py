"""What a long-running server adds around the app: request ids and one log line per request,
`/healthz`, and the factory that each worker process calls (settings come in MINGJING_* variables,
set by `mingjing serve` from the settings file)."""

from __future__ import annotations

import logging
import os
import re
import secrets
import sqlite3
import time
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from mingjing.service_log import REQUEST_ID

access_log = logging.getLogger("mingjing.access")
_INCOMING_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


class RequestLog:
    """ASGI middleware: a request id for every request (the caller's X-Request-ID when it is a sane
    token, e.g. from nginx's $request_id, else a new one), sent back as X-Request-ID, set for every
    log line written while the request runs, and one access line when it ends."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        rid = incoming if _INCOMING_ID.match(incoming) else secrets.token_hex(8)
        token = REQUEST_ID.set(rid)
        status = [500]
        started = time.perf_counter()

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                status[0] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", rid.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            client = (scope.get("client") or ("-",))[0]
            ms = (time.perf_counter() - started) * 1000
            if scope.get("path") != "/healthz" or status[0] != 200:
                access_log.info(
                    '%s "%s %s" %d %.0fms', client, scope.get("method"), scope.get("path"), status[0], ms
                )
            REQUEST_ID.reset(token)


def add_health(app: FastAPI) -> None:
    """GET /healthz: 200 {"status": "ok"} when the database answers, 503 when it does not."""

    @app.get("/healthz", include_in_schema=False)
    def healthz():
        from mingjing import __version__

        checks = {}
        for name, path in (("database", app.state.store.path), ("ledger", app.state.ledgers.path)):
            if not Path(path).exists() and name == "ledger":
                checks[name] = "absent"
                continue
            try:
                db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
                try:
                    db.execute("SELECT count(*) FROM meta").fetchone()
                finally:
                    db.close()
                checks[name] = "ok"
            except sqlite3.Error as exc:
                checks[name] = f"error: {exc}"
        healthy = all(v in ("ok", "absent") for v in checks.values())
        return JSONResponse(
            {"status": "ok" if healthy else "error", "version": __version__, "pid": os.getpid(), **checks},
            status_code=200 if healthy else 503,
            headers={"Cache-Control": "no-store"},
        )


def wrap(app: FastAPI) -> FastAPI:
    add_health(app)
    app.add_middleware(RequestLog)
    return app


def app_from_environment() -> FastAPI:
    """The worker's app (uvicorn factory): database and options from MINGJING_* variables."""
    from mingjing.web.app import create_app

    db = os.environ.get("MINGJING_DB")
    if not db:
        raise RuntimeError("MINGJING_DB is not set; start the server with `mingjing serve`")
    max_mb = int(os.environ.get("MINGJING_MAX_UPLOAD_MB") or 20)
    secure = os.environ.get("MINGJING_SECURE_COOKIES") == "1"
    proxies = (os.environ.get("MINGJING_TRUSTED_PROXIES") or "").replace(",", " ").split()
    app = create_app(
        Path(db), max_upload_bytes=max_mb * 1024 * 1024, secure_cookies=secure, trusted_proxies=proxies
    )
    app.state.reviews.warm_up()
    return wrap(app)
