"""Creating accounts and the first administrator (shared by `mingjing users add`, the admin page
and `mingjing serve`): checks, a one-time password, the argon2 hash."""

from __future__ import annotations

from mingjing.errors import InputError
from mingjing.web import auth
from mingjing.web.store import ROLES, WebStore

FIRST_ADMIN = "管理员"
ROLE_HINT = "admin（管理员）、overseer（督导组）、reviewer（审阅人）或 author（撰写人）"


def resolve_team(store: WebStore, team: str | None) -> int | None:
    """The id of the team named `team` (or `单位/班子`); InputError when unknown or ambiguous."""
    if not team:
        return None
    found = store.find_teams(team.strip())
    if not found:
        known = (
            "、".join(f"{t['unit_name']}/{t['name']}" for t in store.teams())
            or "（还没有，请先在管理页面添加）"
        )
        raise InputError(f"没有名为“{team}”的班子/支部；已有：{known}")
    if len(found) > 1:
        raise InputError(f"有多个名为“{team}”的班子/支部，请写成“单位/班子”")
    return found[0]["id"]


def add_account(store: WebStore, name: str, role: str, team_id: int | None) -> str:
    """Create the account; returns its one-time password (to be changed at the first sign-in)."""
    name = name.strip()
    if not name or len(name) > 40 or any(not ch.isprintable() for ch in name):
        raise InputError("姓名不能为空，最长 40 个字符")
    if role not in ROLES:
        raise InputError(f"角色“{role}”无效，应为 {ROLE_HINT}")
    if role in ("reviewer", "author") and team_id is None:
        raise InputError("审阅人和撰写人必须属于一个班子/支部")
    if role in ("admin", "overseer"):
        team_id = None
    if team_id is not None and store.team(team_id) is None:
        raise InputError("班子/支部不存在")
    if store.user_by_name(name):
        raise InputError(f"用户“{name}”已存在")
    password = auth.one_time_password()
    store.add_user(name, role, team_id, auth.hash_password(password), must_change=True)
    return password


def reset_password(store: WebStore, user_id: int) -> str:
    password = auth.one_time_password()
    store.set_password(user_id, auth.hash_password(password), must_change=True)
    return password


def ensure_admin(store: WebStore) -> str | None:
    """Create the first administrator when there is none; returns its one-time password, or None."""
    if store.has_admin():
        return None
    name = FIRST_ADMIN
    k = 1
    while store.user_by_name(name):
        k += 1
        name = f"{FIRST_ADMIN}{k}"
    password = add_account(store, name, "admin", None)
    store.log(None, "创建首个管理员", name)
    return password
