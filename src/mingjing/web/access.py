"""Who may see what: every route fetches its round, material or draft through these, so another
team's (or another author's) things answer 404 exactly as if they did not exist.

- admin: everything;
- reviewer: the rounds of their team and every material in them;
- author: the rounds of their team, and only their own material in each.
"""

from __future__ import annotations

from fastapi import HTTPException

from mingjing.web.store import WebStore

NOT_FOUND = "没有找到，或者您无权查看"


def round_for(store: WebStore, user: dict, round_id: int) -> dict:
    found = store.round(round_id)
    if found is None or (user["role"] != "admin" and user["team_id"] != found["team_id"]):
        raise HTTPException(404, NOT_FOUND)
    return found


def material_for(store: WebStore, user: dict, material_id: int) -> dict:
    found = store.material(material_id)
    if found is None:
        raise HTTPException(404, NOT_FOUND)
    allowed = (user["role"] == "admin"
               or (user["role"] == "reviewer" and user["team_id"] == found["team_id"])
               or (user["role"] == "author" and user["id"] == found["author_id"]))
    if not allowed:
        raise HTTPException(404, NOT_FOUND)
    return found


def draft_for(store: WebStore, user: dict, draft_id: int) -> tuple[dict, dict]:
    """(draft, its material), when the user may see the material."""
    draft = store.draft(draft_id)
    if draft is None:
        raise HTTPException(404, NOT_FOUND)
    return draft, material_for(store, user, draft["material_id"])
