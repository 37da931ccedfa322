"""Who may see what: every route fetches its round, material or draft through these, so another
team's (or another author's) things answer 404 exactly as if they did not exist.

- admin: everything;
- overseer (督导组): read-only; the teams of the units assigned to them (and the units below), or
  every unit when none is assigned — the status, the matrices, the summaries, never a change;
- reviewer: the rounds of their team and of the units assigned to them (and below), every material in them;
- author: the rounds of their team, and only their own material in each.
"""

from __future__ import annotations

from fastapi import HTTPException

from mingjing.web.store import WebStore

NOT_FOUND = "没有找到，或者您无权查看"


def visible_teams(store: WebStore, user: dict) -> set[int] | None:
    """The teams whose rounds the user sees; None: every team (admin, overseer without assignment)."""
    if user["role"] == "admin":
        return None
    if user["role"] == "author":
        return {user["team_id"]} if user["team_id"] else set()
    assigned = [a["unit_id"] for a in store.assignments(user["id"])]
    if user["role"] == "overseer" and not assigned:
        return None
    teams = store.teams_of_units(store.units_below(assigned))
    if user["team_id"]:
        teams.add(user["team_id"])
    return teams


def sees_team(store: WebStore, user: dict, team_id: int) -> bool:
    teams = visible_teams(store, user)
    return teams is None or team_id in teams


def round_for(store: WebStore, user: dict, round_id: int) -> dict:
    found = store.round(round_id)
    if found is None or not sees_team(store, user, found["team_id"]):
        raise HTTPException(404, NOT_FOUND)
    return found


def material_for(store: WebStore, user: dict, material_id: int) -> dict:
    found = store.material(material_id)
    if found is None:
        raise HTTPException(404, NOT_FOUND)
    allowed = (
        user["role"] == "admin"
        or (user["role"] in ("reviewer", "overseer") and sees_team(store, user, found["team_id"]))
        or (user["role"] == "author" and user["id"] == found["author_id"])
    )
    if not allowed:
        raise HTTPException(404, NOT_FOUND)
    return found


def draft_for(store: WebStore, user: dict, draft_id: int) -> tuple[dict, dict]:
    """(draft, its material), when the user may see the material."""
    draft = store.draft(draft_id)
    if draft is None:
        raise HTTPException(404, NOT_FOUND)
    return draft, material_for(store, user, draft["material_id"])


def ledger_scope(
    store: WebStore, user: dict, round_id: int | None = None
) -> tuple[list[int] | None, dict[int, dict]]:
    """(the ledger imports whose items the user may see — None: all, for an admin without a round —,
    the web app's record of each import by import id). Reviewer: their team's; author: their own."""
    everything = user["role"] != "author" and visible_teams(store, user) is None
    if everything:
        links = store.ledger_imports(round_id=round_id)
    elif user["role"] in ("reviewer", "overseer"):
        links = store.ledger_imports(team_ids=visible_teams(store, user), round_id=round_id)
    else:
        links = store.ledger_imports(author_id=user["id"], round_id=round_id)
    by_import = {link["import_id"]: link for link in links}
    if everything and round_id is None:
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
