"""相互批评意见 in a round: an author uploads the criticisms they will give colleagues and sees the
findings on their own list; the team's reviewers see the giver × receiver matrix and every finding
(mingjing.criticism, the same review as `mingjing criticism`)."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from mingjing.errors import InputError
from mingjing.web.access import round_for
from mingjing.web.pages import client_ip, needs_role, page, signed_in
from mingjing.web.uploads import check_upload, read_limited

router = APIRouter(prefix="/rounds")
# an author's own page: the findings about each of their criticisms, not the team-wide ones
OWN_RULES = ("K101", "K102", "K103", "K104", "K105", "K107")


def _team(store, round_id: int, author_id: int | None = None):
    from mingjing.criticism.review import review_team
    from mingjing.criticism.rules import criticism_rules
    from mingjing.criticism.stored import document_from_json

    rows = store.criticism_lists(round_id, author_id)
    docs = [document_from_json(r["document_json"], r["original_name"]) for r in rows]
    rules = [r for r in criticism_rules() if author_id is None or r.code in OWN_RULES]
    team = review_team(docs, rules, givers=[r["author_name"] for r in rows])
    return team, rows


@router.get("/{round_id}/criticism")
def criticism_page(request: Request, round_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    own = user["role"] == "author"
    team, rows = _team(store, round_id, user["id"] if own else None)
    members = [] if own else [m["name"] for m in store.team_members(round_["team_id"])]
    missing = [m for m in members if m not in {r["author_name"] for r in rows}]
    return page(
        request,
        "criticism.html",
        {"round": round_, "team": team, "rows": rows, "own": own, "cells": team.matrix(), "missing": missing},
    )


@router.post("/{round_id}/criticism")
async def criticism_upload(
    request: Request, round_id: int, file: UploadFile = File(...), user: dict = Depends(signed_in)
):
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, "author")
    checked = check_upload(
        file.filename or "",
        await read_limited(file, request.app.state.max_upload),
        request.app.state.max_upload,
    )
    keeper = request.app.state.keeper
    stored = keeper.keep(checked)
    try:
        from mingjing.web.tasks import read_criticism_list

        # read in a worker process with time and memory limits, like a material's review
        got = await request.app.state.workers.run(
            read_criticism_list, str(keeper.path(stored)), checked.original_name, what="读取批评意见"
        )
        if not got["criticisms"]:
            raise InputError(
                f"{checked.original_name}：没有找到批评意见。请按“对XX同志的批评意见”分段，"
                "每条意见前加序号（1. 2. 或 一是、二是）"
            )
        version = store.add_criticism_list(
            round_id,
            user["id"],
            {
                "original_name": checked.original_name,
                "stored_name": stored,
                "sha256": checked.sha256,
                "size": len(checked.data),
                "format": checked.format,
                "document_json": got["document_json"],
            },
        )
    except BaseException:
        keeper.discard(stored)
        raise
    store.log(
        user,
        "上传批评意见",
        f"{round_['name']}：{checked.original_name}（第 {version} 版）",
        client_ip(request),
    )
    return RedirectResponse(f"/rounds/{round_id}/criticism", status_code=303)


@router.get("/{round_id}/criticism/report")
def criticism_report(request: Request, round_id: int, user: dict = Depends(signed_in)):
    """The team's criticism review as one printable page (render.criticism_html, as the CLI writes it)."""
    from mingjing.render.criticism_html import render_team_html

    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, "reviewer", "overseer", "admin")
    team, _ = _team(store, round_id)
    store.log(user, "查看相互批评汇总", round_["name"], client_ip(request))
    return HTMLResponse(render_team_html(team))
