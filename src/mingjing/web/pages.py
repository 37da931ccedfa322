"""What every page needs: the signed-in user (from the session cookie), the CSRF check on every
state-changing request, role guards, and rendering a Jinja2 template with the common context."""

from __future__ import annotations

from pathlib import Path

from fastapi import HTTPException, Request
from fastapi.templating import Jinja2Templates

from mingjing.ledger.store import local_time
from mingjing.model import CATEGORIES
from mingjing.render.review_text import VERDICTS
from mingjing.render.rules_table import CATEGORY_NAMES
from mingjing.web import auth

templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))
ROLE_NAMES = {"admin": "管理员", "overseer": "督导组", "reviewer": "审阅人", "author": "撰写人"}
STATUS_NAMES = {"submitted": "待审阅", "returned": "退回修改", "approved": "已通过"}
# the matrix's columns; similarity among the team has its own heat map
MATRIX_CATEGORIES = tuple(c for c in CATEGORIES if c not in ("similarity", "criticism"))
# the automatic verdict in words that cannot be taken for the reviewer's decision (STATUS_NAMES)
VERDICT_NAMES = {"pass": "机审未见问题", "revise": "机审建议修改", "reject": "机审建议重写"}
assert set(VERDICT_NAMES) == set(VERDICTS)
templates.env.globals.update(
    role_names=ROLE_NAMES,
    status_names=STATUS_NAMES,
    categories=MATRIX_CATEGORIES,
    category_names=CATEGORY_NAMES,
    verdict_names=VERDICT_NAMES,
)
templates.env.filters["when"] = local_time  # stored UTC → the unit's local time (mingjing.localtime)
templates.env.filters["local_time"] = local_time
# the ledger's statuses as CSS classes
templates.env.globals["ledger_class"] = {
    "未开始": "todo",
    "进行中": "doing",
    "已完成": "done",
    "长期坚持": "ongoing",
}
templates.env.globals["new_upload_key"] = auth.new_token  # one per upload form: a retry is recognised
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


class NotSignedIn(Exception):
    """No valid session: pages redirect to the login page."""


class PasswordChangeNeeded(Exception):
    """Signed in with a one-time password: only the password page is open."""


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "?"


def session_of(request: Request) -> dict | None:
    """The session and its user for this request's cookie, or None (cached on the request)."""
    if not hasattr(request.state, "session"):
        request.state.session = None
        token = request.cookies.get(auth.SESSION_COOKIE)
        if token:
            store = request.app.state.store
            session = store.session(auth.token_hash(token))
            user = store.user(session["user_id"]) if session else None
            if session and user and user["active"]:
                request.state.session = {**session, "user": user}
    return request.state.session


def signed_in(request: Request) -> dict:
    """Dependency: the signed-in user whose password is set; otherwise to the login/password page."""
    session = session_of(request)
    if session is None:
        raise NotSignedIn()
    if session["user"]["must_change"]:
        raise PasswordChangeNeeded()
    if session["user"]["role"] == "overseer" and request.method not in SAFE_METHODS:
        raise HTTPException(403, "督导组账号只能查看，不能修改")  # read-only, whatever the route
    return session["user"]


def any_session_user(request: Request) -> dict:
    """Dependency: the signed-in user, even one who still has to change the one-time password."""
    session = session_of(request)
    if session is None:
        raise NotSignedIn()
    return session["user"]


def needs_role(user: dict, *roles: str) -> None:
    if user["role"] not in roles:
        raise HTTPException(403, "您的角色不能进行这个操作")


async def check_csrf(request: Request) -> None:
    """App-wide dependency: every POST/PUT/PATCH/DELETE carries the right CSRF token."""
    if request.method in SAFE_METHODS:
        return
    given = request.headers.get("x-csrf-token")
    if not given:
        content_type = request.headers.get("content-type", "")
        if content_type.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form(max_part_size=64 * 1024)
            value = form.get("csrf")
            given = value if isinstance(value, str) else None
    session = session_of(request)
    expected = session["csrf"] if session else request.cookies.get(auth.LOGIN_CSRF_COOKIE)
    if not auth.same_token(expected, given):
        raise HTTPException(403, "请求已失效（安全校验未通过），请刷新页面后重试")


def csrf_token(request: Request) -> str:
    """The token forms must send: the session's, or a fresh login token (set as a cookie by `page`)."""
    session = session_of(request)
    if session:
        return session["csrf"]
    if not hasattr(request.state, "login_csrf"):
        request.state.login_csrf = request.cookies.get(auth.LOGIN_CSRF_COOKIE) or auth.new_token()
    return request.state.login_csrf


def page(request: Request, name: str, context: dict | None = None, status_code: int = 200):
    session = session_of(request)
    token = csrf_token(request)
    response = templates.TemplateResponse(
        request,
        name,
        {"user": session["user"] if session else None, "csrf": token, **(context or {})},
        status_code=status_code,
    )
    if session is None:
        response.set_cookie(
            auth.LOGIN_CSRF_COOKIE,
            token,
            httponly=True,
            samesite="lax",
            secure=request.app.state.secure_cookies,
            path="/",
        )
    return response
