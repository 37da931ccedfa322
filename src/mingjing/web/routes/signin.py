"""Signing in and out, changing the password, and the home page listing one's rounds."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse, Response

from mingjing.web import auth
from mingjing.web.pages import any_session_user, client_ip, page, session_of, signed_in

router = APIRouter()


@router.get("/")
def login_page(request: Request):
    if session_of(request):
        return RedirectResponse("/home", status_code=303)
    return page(request, "login.html")


@router.get("/login")
def login_get(request: Request):
    """A bookmarked or reloaded /login: the sign-in page (or home when signed in)."""
    return RedirectResponse("/", status_code=303)


@router.post("/login")
def login(request: Request, name: str = Form(""), password: str = Form("")):
    store, limiter, ip = request.app.state.store, request.app.state.limiter, client_ip(request)
    name = name.strip()
    if limiter.blocked(name, ip):
        store.log(None, "登录被限制", f"姓名：{name}", ip)
        return page(
            request,
            "login.html",
            {"error": "登录失败次数过多，请 15 分钟后再试", "name": name},
            status_code=429,
        )
    user = store.user_by_name(name)
    if not (
        auth.verify_password(user["password_hash"] if user else None, password) and user and user["active"]
    ):
        limiter.failed(name, ip)
        store.log(None, "登录失败", f"姓名：{name}", ip)
        return page(request, "login.html", {"error": "姓名或密码不正确", "name": name}, status_code=401)
    limiter.succeeded(name)
    token = auth.new_token()
    store.add_session(auth.token_hash(token), user["id"], auth.new_token(), auth.session_expiry())
    store.log(user, "登录", "", ip)
    response = RedirectResponse("/password" if user["must_change"] else "/home", status_code=303)
    _set_session_cookie(response, request, token)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path="/")
    return response


@router.post("/logout")
def logout(request: Request, user: dict = Depends(any_session_user)):
    request.app.state.store.end_session(auth.token_hash(request.cookies[auth.SESSION_COOKIE]))
    request.app.state.store.log(user, "退出", "", client_ip(request))
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response


@router.get("/password")
def password_page(request: Request, user: dict = Depends(any_session_user)):
    return page(request, "password.html")


@router.post("/password")
def change_password(
    request: Request,
    current: str = Form(""),
    new: str = Form(""),
    again: str = Form(""),
    user: dict = Depends(any_session_user),
):
    store, limiter, ip = request.app.state.store, request.app.state.limiter, client_ip(request)
    guess_key = f"#改密码:{user['id']}"  # guesses of the current password are limited like sign-ins
    if limiter.blocked(guess_key, ip):
        store.log(user, "修改密码被限制", "", ip)
        return page(
            request, "password.html", {"error": "当前密码输错次数过多，请 15 分钟后再试"}, status_code=429
        )
    error = None
    if not auth.verify_password(user["password_hash"], current):
        limiter.failed(guess_key, ip)
        store.log(user, "修改密码失败", "当前密码不正确", ip)
        error = "当前密码不正确"
    elif new != again:
        error = "两次输入的新密码不一致"
    elif new == current:
        error = "新密码不能与当前密码相同"
    else:
        error = auth.password_problem(new, user["name"])
    if error:
        return page(request, "password.html", {"error": error}, status_code=400)
    limiter.succeeded(guess_key)
    store.set_password(user["id"], auth.hash_password(new), must_change=False)
    # every other session ends; this one continues under a new token (and a new CSRF token)
    store.end_sessions(user["id"])
    token = auth.new_token()
    store.add_session(auth.token_hash(token), user["id"], auth.new_token(), auth.session_expiry())
    store.log(user, "修改密码", "其他登录已全部退出", ip)
    response = RedirectResponse("/home", status_code=303)
    _set_session_cookie(response, request, token)
    return response


@router.get("/home")
def home(request: Request, user: dict = Depends(signed_in)):
    """The user's rounds: an author's own status in each; for reviewers, overseers and admins every
    visible round with its counts, grouped by unit (the overseer's view of the whole organisation)."""
    from mingjing.web.access import visible_teams

    store = request.app.state.store
    teams = visible_teams(store, user)
    rounds = store.rounds(team_ids=teams) if teams is not None else store.rounds()
    show_archived = request.query_params.get("archived") == "1"
    hidden = sum(1 for r in rounds if r.get("archived"))
    if not show_archived:
        rounds = [r for r in rounds if not r.get("archived")]
    mine, progress = {}, {}
    if user["role"] == "author":
        for r in rounds:
            mine[r["id"]] = store.material_of(r["id"], user["id"])
    else:
        progress = store.round_progress([r["id"] for r in rounds])
    return page(
        request,
        "home.html",
        {
            "rounds": rounds,
            "mine": mine,
            "progress": progress,
            "hidden": hidden,
            "show_archived": show_archived,
            "team": store.team(user["team_id"]),
            "assigned": store.assignments(user["id"]),
        },
    )


def _set_session_cookie(response: Response, request: Request, token: str) -> None:
    response.set_cookie(
        auth.SESSION_COOKIE,
        token,
        httponly=True,
        samesite="lax",
        path="/",
        secure=request.app.state.secure_cookies,
        max_age=auth.SESSION_HOURS * 3600,
    )
