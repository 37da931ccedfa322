"""Administration: units and teams, accounts, rounds, and the audit log (admins only)."""

from __future__ import annotations

import re
import sqlite3

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse

from mingjing.errors import InputError
from mingjing.web.accounts import add_account, reset_password
from mingjing.web.pages import client_ip, needs_role, page, signed_in

router = APIRouter(prefix="/admin")


def admin(request: Request, user: dict = Depends(signed_in)) -> dict:
    needs_role(user, "admin")
    return user


def _admin_page(request: Request, context: dict | None = None, status_code: int = 200):
    store = request.app.state.store
    frameworks = sorted(request.app.state.frameworks.values(), key=lambda f: f.id)
    return page(
        request,
        "admin.html",
        {
            "units": store.units(),
            "teams": store.teams(),
            "users": store.users(),
            "rounds": store.rounds(),
            "frameworks": frameworks,
            "assignments": store.assignments(),
            "library": _library(request),
            **(context or {}),
        },
        status_code=status_code,
    )


def _library(request: Request) -> dict | None:
    """The template library's size and last update (None before the first addition)."""
    path = request.app.state.reviews.library_path()
    if path is None:
        return None
    from mingjing.web.tasks import library_overview

    return library_overview(path)


def _name(value: str, what: str) -> str:
    from mingjing.control_chars import strip_control

    value = strip_control(value, one_line=True).strip()
    if not value or len(value) > 60:
        raise InputError(f"{what}不能为空，最长 60 个字符")
    return value


def _flash(request: Request, value: dict | None = None) -> dict | None:
    """A one-time password to show once after the redirect (post/redirect/get: a reload adds nobody)."""
    from mingjing.web import flash

    if value is not None:
        flash.put(request, "created", value)
        return None
    return flash.take(request, "created")


def _refused(request: Request, exc: InputError, form: str, values: dict):
    """The admin page again with the message beside the form and what was typed still in it."""
    return _admin_page(request, {"error": str(exc), "error_form": form, "values": values}, status_code=400)


@router.get("")
def admin_page(request: Request, user: dict = Depends(admin)):
    return _admin_page(request, {"created": _flash(request)})


@router.post("/units")
def add_unit(request: Request, name: str = Form(""), parent_id: str = Form(""), user: dict = Depends(admin)):
    try:
        return _add_unit(request, name, parent_id, user)
    except InputError as exc:
        return _refused(request, exc, "unit", {"name": name, "parent_id": parent_id})


def _add_unit(request: Request, name: str, parent_id: str, user: dict):
    name = _name(name, "单位名称")
    store = request.app.state.store
    parent = None
    if parent_id.strip():
        parent = store.unit(int(parent_id)) if parent_id.strip().isdigit() else None
        if parent is None:
            raise InputError("上级单位不存在")
    try:
        store.add_unit(name, parent["id"] if parent else None)
    except sqlite3.IntegrityError:
        raise InputError(f"单位“{name}”已存在") from None
    store.log(user, "添加单位", f"{name}（上级：{parent['name']}）" if parent else name, client_ip(request))
    return RedirectResponse("/admin", status_code=303)


@router.post("/assignments")
def assign(
    request: Request,
    user_id: int = Form(...),
    unit_id: int = Form(...),
    remove: str = Form(""),
    user: dict = Depends(admin),
):
    """A reviewer or overseer looks after a unit (and every unit below it) — or no longer does."""
    store = request.app.state.store
    target, unit = store.user(user_id), store.unit(unit_id)
    if target is None or unit is None:
        raise InputError("用户或单位不存在")
    if target["role"] not in ("reviewer", "overseer"):
        raise InputError("只有审阅人和督导组成员可以负责单位")
    if remove:
        store.unassign_unit(user_id, unit_id)
        store.log(user, "取消负责单位", f"{target['name']}：{unit['name']}", client_ip(request))
    else:
        store.assign_unit(user_id, unit_id)
        store.log(user, "分配负责单位", f"{target['name']}：{unit['name']}", client_ip(request))
    return RedirectResponse("/admin#assignments", status_code=303)


@router.post("/teams")
def add_team(request: Request, unit_id: int = Form(...), name: str = Form(""), user: dict = Depends(admin)):
    store = request.app.state.store
    try:
        name = _name(name, "班子/支部名称")
        if not any(u["id"] == unit_id for u in store.units()):
            raise InputError("单位不存在")
        try:
            store.add_team(unit_id, name)
        except sqlite3.IntegrityError:
            raise InputError(f"班子/支部“{name}”已存在") from None
    except InputError as exc:
        return _refused(request, exc, "team", {"name": name, "unit_id": str(unit_id)})
    store.log(user, "添加班子/支部", name, client_ip(request))
    return RedirectResponse("/admin", status_code=303)


@router.post("/users")
def add_user(
    request: Request,
    name: str = Form(""),
    role: str = Form(""),
    team_id: str = Form(""),
    user: dict = Depends(admin),
):
    store = request.app.state.store
    try:
        password = add_account(store, name, role, int(team_id) if team_id.isdigit() else None)
    except InputError as exc:
        return _refused(request, exc, "user", {"name": name, "role": role, "team_id": team_id})
    store.log(user, "添加用户", f"{name.strip()}（{role}）", client_ip(request))
    _flash(request, {"name": name.strip(), "password": password})
    return RedirectResponse("/admin#created", status_code=303)


@router.post("/users/{user_id}/reset")
def reset(request: Request, user_id: int, user: dict = Depends(admin)):
    store = request.app.state.store
    target = store.user(user_id)
    if target is None:
        raise HTTPException(404, "用户不存在")
    password = reset_password(store, user_id)
    store.log(user, "重置密码", target["name"], client_ip(request))
    _flash(request, {"name": target["name"], "password": password})
    return RedirectResponse("/admin#created", status_code=303)


@router.post("/users/{user_id}/active")
def set_active(request: Request, user_id: int, active: str = Form(""), user: dict = Depends(admin)):
    """Deactivate an account (sign-in refused, open sessions ended, its history kept) or activate it again."""
    store = request.app.state.store
    target = store.user(user_id)
    if target is None:
        raise HTTPException(404, "用户不存在")
    on = active == "1"
    if not on and target["id"] == user["id"]:
        return _refused(request, InputError("不能停用自己的账号"), "users", {})
    store.set_active(user_id, on)
    store.log(user, "启用账号" if on else "停用账号", target["name"], client_ip(request))
    return RedirectResponse("/admin#users", status_code=303)


RENAMABLE = {"units": ("单位", "unit"), "teams": ("班子/支部", "team"), "rounds": ("轮次", "round")}


@router.post("/{kind}/{item_id}/rename")
def rename(request: Request, kind: str, item_id: int, name: str = Form(""), user: dict = Depends(admin)):
    """Rename a unit, team or round (its history keeps the old name in the audit log)."""
    if kind not in RENAMABLE:
        raise HTTPException(404, "找不到页面")
    what, _ = RENAMABLE[kind]
    store = request.app.state.store
    try:
        new = _name(name, f"{what}名称")
        old = store.rename(kind, item_id, new)
    except sqlite3.IntegrityError:
        return _refused(
            request, InputError(f"{what}“{name.strip()}”已存在"), f"rename-{kind}-{item_id}", {"name": name}
        )
    except InputError as exc:
        return _refused(request, exc, f"rename-{kind}-{item_id}", {"name": name})
    if old is None:
        raise HTTPException(404, f"{what}不存在")
    store.log(user, f"重命名{what}", f"{old} → {new}", client_ip(request))
    return RedirectResponse("/admin", status_code=303)


@router.post("/{kind}/{item_id}/archive")
def archive(
    request: Request, kind: str, item_id: int, archived: str = Form("1"), user: dict = Depends(admin)
):
    """Archive (or bring back) a unit, team or round: kept with everything in it, not offered for new work."""
    if kind not in RENAMABLE:
        raise HTTPException(404, "找不到页面")
    what, _ = RENAMABLE[kind]
    store = request.app.state.store
    name = store.set_archived(kind, item_id, archived == "1")
    if name is None:
        raise HTTPException(404, f"{what}不存在")
    store.log(user, f"归档{what}" if archived == "1" else f"恢复{what}", name, client_ip(request))
    return RedirectResponse("/admin", status_code=303)


@router.post("/rounds")
def add_round(
    request: Request,
    name: str = Form(""),
    team_id: int = Form(...),
    framework_id: str = Form(""),
    deadline: str = Form(""),
    user: dict = Depends(admin),
):
    store = request.app.state.store
    values = {"name": name, "team_id": str(team_id), "framework_id": framework_id, "deadline": deadline}
    try:
        name = _name(name, "轮次名称")
        if store.team(team_id) is None:
            raise InputError("班子/支部不存在")
        if framework_id and framework_id not in request.app.state.frameworks:
            raise InputError(f"框架“{framework_id}”不存在")
        if deadline and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", deadline):
            raise InputError("截止日期格式应为 YYYY-MM-DD")
    except InputError as exc:
        return _refused(request, exc, "round", values)
    round_id = store.add_round(name, framework_id or None, team_id, deadline or None)
    store.log(user, "创建轮次", f"{name}（#{round_id}）", client_ip(request))
    return RedirectResponse("/admin", status_code=303)


@router.get("/audit")
def audit(
    request: Request,
    page_no: int = Query(1, alias="page", ge=1, le=100_000),
    q: str = Query("", max_length=100),
    user: dict = Depends(admin),
):
    """The audit log, newest first, PAGE_SIZE entries a page, filtered by a search word."""
    from mingjing.web.audit import PAGE_SIZE

    q = q.strip()
    entries = request.app.state.store.audit(PAGE_SIZE + 1, (page_no - 1) * PAGE_SIZE, q)
    return page(
        request,
        "audit.html",
        {
            "entries": entries[:PAGE_SIZE],
            "page_no": page_no,
            "q": q,
            "more": len(entries) > PAGE_SIZE,
            "page_size": PAGE_SIZE,
        },
    )
