"""The web app (FastAPI): `create_app(db_path, files_dir)` wires the store, the uploads folder, the
review stages, the rectification ledger (`<db name>.ledger.db`), sign-in and the pages. Served by uvicorn (`mingjing serve`)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import HTTPException
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.middleware.base import BaseHTTPMiddleware

from mingjing.errors import InputError
from mingjing.web import auth
from mingjing.web.pages import NotSignedIn, PasswordChangeNeeded, check_csrf, page
from mingjing.web.reviews import Reviews
from mingjing.web.store import WebStore
from mingjing.web.uploads import MAX_UPLOAD_BYTES, FileKeeper

STATIC = Path(__file__).parent / "static"
ERROR_TITLES = {
    500: "服务器错误",
    400: "无法处理",
    403: "没有权限",
    404: "找不到页面",
    405: "不支持的操作",
    413: "文件过大",
    429: "尝试过于频繁",
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "frame-ancestors 'self'; form-action 'self'; base-uri 'none'; object-src 'none'"
)


class SecurityHeaders(BaseHTTPMiddleware):
    """Headers on every answer (bodies over the limit are refused by web.limits.BodyLimit inside)."""

    async def dispatch(self, request: Request, call_next):
        response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
        response.headers["Referrer-Policy"] = "same-origin"
        if "cache-control" not in response.headers:
            response.headers["Cache-Control"] = "no-store"
        return response


def create_app(
    db_path: str | Path,
    files_dir: str | Path | None = None,
    *,
    frameworks: dict | None = None,
    options=None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    login_attempts: int = 5,
    secure_cookies: bool = False,
    workers: int | None = None,
    task_timeout: float | None = None,
    diff_timeout: float = 60.0,
    trusted_proxies: list[str] | None = None,
) -> FastAPI:
    """The app over the database at db_path; uploads are kept in files_dir (default: beside the db)."""
    import os

    from mingjing.draft.llm import llm_config
    from mingjing.frameworks import load_frameworks
    from mingjing.web.ledgers import Ledgers, ledger_path
    from mingjing.web.routes import (
        admin,
        criticism,
        drafting,
        intake,
        ledger,
        library,
        materials,
        rounds,
        signin,
        summary,
    )

    os.umask(0o077)  # databases, uploads, rendered reports, evidence: readable by the server's account only
    db_path = Path(db_path)
    files_dir = Path(files_dir) if files_dir else db_path.with_name(db_path.stem + "-files")
    app = FastAPI(
        title="明镜", docs_url=None, redoc_url=None, openapi_url=None, dependencies=[Depends(check_csrf)]
    )
    app.state.llm = llm_config(
        None, None
    )  # drafting uses an LLM only when the server starts with MINGJING_LLM_URL
    app.state.store = WebStore(db_path)
    app.state.keeper = FileKeeper(files_dir)
    app.state.frameworks = frameworks if frameworks is not None else load_frameworks()
    app.state.library_path = db_path.with_name(
        db_path.stem + ".library.db"
    )  # the organisation's template library
    app.state.reviews = Reviews(app.state.keeper, app.state.frameworks, options, app.state.library_path)
    app.state.ledgers = Ledgers(ledger_path(db_path), app.state.keeper, app.state.frameworks)
    _private(db_path, ledger_path(db_path), app.state.library_path, files_dir)
    _sweep(app.state.keeper, app.state.store)
    app.state.limiter = auth.LoginLimiter(attempts=login_attempts)
    app.state.max_upload = max_upload_bytes
    from mingjing.web.worker_pool import DEFAULT_TIMEOUT, WorkerPool

    app.state.workers = WorkerPool(workers, timeout=task_timeout or DEFAULT_TIMEOUT)  # started on first use
    app.state.diff_timeout = diff_timeout
    app.router.on_shutdown.append(app.state.workers.close)
    app.state.review_slots = None  # reviews at once: one per core, the rest wait in turn (made on first use)
    app.state.secure_cookies = secure_cookies
    from mingjing.web.limits import BodyLimit

    app.add_middleware(BodyLimit, max_body=max_upload_bytes + 64 * 1024)  # inner: its 413 gets the headers
    app.add_middleware(SecurityHeaders)
    from mingjing.web.forwarded import ForwardedFor

    # the client address comes from X-Forwarded-For only when the peer is a configured proxy
    app.add_middleware(ForwardedFor, trusted_proxies=trusted_proxies)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    for module in (signin, admin, rounds, materials, ledger, drafting, criticism, intake, library, summary):
        app.include_router(module.router)

    @app.exception_handler(NotSignedIn)
    async def not_signed_in(request: Request, exc: NotSignedIn) -> Response:
        if request.method in ("GET", "HEAD"):
            return RedirectResponse("/", status_code=303)
        return error_page(request, 403, "请先登录")

    @app.exception_handler(PasswordChangeNeeded)
    async def password_change(request: Request, exc: PasswordChangeNeeded) -> Response:
        if request.method in ("GET", "HEAD"):
            return RedirectResponse("/password", status_code=303)
        return error_page(request, 403, "请先修改一次性密码")

    @app.exception_handler(InputError)
    async def input_error(request: Request, exc: InputError) -> Response:
        return error_page(request, 400, str(exc))

    from starlette.exceptions import HTTPException as StarletteHTTPException

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        given: object = exc.detail  # FastAPI's detail may be any JSON value
        detail = given if isinstance(given, str) and given != "Not Found" else ""
        return error_page(request, exc.status_code, detail)

    # Starlette types a handler as taking any Exception; this one is registered for its own class
    app.add_exception_handler(StarletteHTTPException, http_error)  # type: ignore[arg-type]
    from mingjing.web.errors import install_error_pages

    install_error_pages(app, error_page)
    return app


def _sweep(keeper, store) -> None:
    """Files no draft names (a crash between writing the file and committing its draft): removed at
    start-up and listed in the log."""
    import logging

    removed = keeper.sweep(store.stored_names())
    if removed:
        logging.getLogger("mingjing.web").warning(
            "removed %d orphan file(s) at start-up: %s", len(removed), ", ".join(removed)
        )
        store.log(None, "清理孤立文件", "启动时删除没有对应稿件的文件：" + "、".join(removed))


def _private(*paths: Path) -> None:
    """Tighten what an earlier version (or umask) left readable by others: files 0600, folders 0700."""
    import os

    for path in paths:
        for p in [path, *(path.parent.glob(path.name + "-*") if path.is_file() else [])]:
            try:
                os.chmod(p, 0o700 if p.is_dir() else 0o600)
            except OSError:
                pass


def error_page(request: Request, status: int, message: str) -> Response:
    title = ERROR_TITLES.get(status, "出错了")
    if request.headers.get("hx-request"):
        return HTMLResponse(
            f'<p class="error" role="alert">{title}：{escape(message or title)}</p>', status_code=status
        )
    return page(
        request,
        "error.html",
        {"title": title, "message": message or title, "status": status, "back": back_link(request)},
        status_code=status,
    )


def back_link(request: Request) -> str | None:
    """Where the user came from (a page of this site only), for the error page's way back."""
    from urllib.parse import urlsplit

    referer = urlsplit(request.headers.get("referer", ""))
    if not referer.path.startswith("/") or referer.path.startswith("//"):
        return None
    if referer.netloc and referer.netloc != request.headers.get("host", ""):
        return None
    back = referer.path + (f"?{referer.query}" if referer.query else "")
    return None if back == request.url.path else back
