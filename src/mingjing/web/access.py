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


def ledger_scope(store: WebStore, user: dict, round_id: int | None = None) -> tuple[list[int] | None, dict[int, dict]]:
    """(the ledger imports whose items the user may see — None: all, for an admin without a round —,
    the web app's record of each import by import id). Reviewer: their team's; author: their own."""
    if user["role"] == "admin":
        links = store.ledger_imports(round_id=round_id)
    elif user["role"] == "reviewer":
        links = store.ledger_imports(team_id=user["team_id"], round_id=round_id)
    else:
        links = store.ledger_imports(author_id=user["id"], round_id=round_id)
    by_import = {link["import_id"]: link for link in links}
    if user["role"] == "admin" and round_id is None:
        return None, by_import
    return sorted(by_import), by_import


def ledger_item_for(store: WebStore, user: dict, ledger, item_id: int):
    """The ledger item, when the user may see it (404 as if missing otherwise)."""
    from mingjing.errors import InputError

    if ledger is None:
        raise HTTPException(404, NOT_FOUND)
    try:
        item = ledger.item(item_id)
    except InputError:
        raise HTTPException(404, NOT_FOUND) from None
    allowed, _ = ledger_scope(store, user)
    if allowed is not None and item.import_id not in allowed:
        raise HTTPException(404, NOT_FOUND)
    return item
