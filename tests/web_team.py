"""Two teams of a county for the web tests: accounts, rounds and uploaded drafts, made through
the store for set-up and through real HTTP for what the tests exercise."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from conftest import ROOT
from mingjing.web import auth
from mingjing.web.accounts import add_account

DRAFT_1 = ROOT / "examples" / "陈立华-对照检查材料-初稿.docx"
COLLEAGUE = ROOT / "examples" / "张三-对照检查材料.docx"
PASSWORD = "team-password-2024"
FIXES = (("按步就班", "按部就班"), ("。。", "。"), ("临江区人力资源和社会保障局", "青溪县教育局"))


def draft_2_text() -> str:
    """The second draft: the first with its typo, doubled mark and wrong unit corrected."""
    from mingjing.read import read_document

    text = read_document(DRAFT_1).text
    for old, new in FIXES:
        assert old in text
        text = text.replace(old, new)
    return text


@dataclass
class Team:
    users: dict[str, dict] = field(default_factory=dict)  # role key → user row
    rounds: dict[str, int] = field(default_factory=dict)  # team key → round id
    teams: dict[str, int] = field(default_factory=dict)


def make_people(store) -> Team:
    """Unit 青溪县 with 教育局党组 (team a) and 卫健局党组 (team b); every account's password is set."""
    t = Team()
    unit = store.add_unit("青溪县")
    t.teams = {"a": store.add_team(unit, "教育局党组"), "b": store.add_team(unit, "卫健局党组")}
    people = {
        "admin": ("管理员甲", "admin", None),
        "author": ("陈立华", "author", "a"),
        "colleague": ("张三", "author", "a"),
        "author_b": ("王五", "author", "b"),
        "reviewer": ("李审阅", "reviewer", "a"),
        "reviewer_b": ("赵审阅", "reviewer", "b"),
    }
    for key, (name, role, team) in people.items():
        add_account(store, name, role, t.teams[team] if team else None)
        user = store.user_by_name(name)
        store.set_password(user["id"], auth.hash_password(PASSWORD), must_change=False)
        t.users[key] = store.user(user["id"])
    t.rounds = {
        k: store.add_round(f"2023年主题教育专题民主生活会（{k}）", "zhuti-2023", tid, "2026-12-31")
        for k, tid in t.teams.items()
    }
    return t


def upload(
    browser, round_id: int, path: Path | None = None, name: str | None = None, data: bytes | None = None
):
    payload = data if data is not None else Path(path).read_bytes()
    return browser.post(f"/rounds/{round_id}/upload", files={"file": (name or Path(path).name, payload)})
