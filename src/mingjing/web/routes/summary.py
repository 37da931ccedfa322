"""Summaries for the 督导组: one page and one xlsx per round and per unit (web.round_summary), printable
on A4 with a chart of findings by category; every material's annotated Word copy as one .zip."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request

from mingjing.web.access import NOT_FOUND, round_for, visible_teams
from mingjing.web.pages import client_ip, needs_role, page, signed_in
from mingjing.web.round_summary import chart_bars, round_summary, summary_xlsx
from mingjing.web.routes.rounds import attachment

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
READERS = ("reviewer", "overseer", "admin")


@router.get("/rounds/{round_id}/summary")
async def summary_page(request: Request, round_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, *READERS)
    (summary,) = await _summaries(request, [round_])
    return page(
        request,
        "summary.html",
        {
            "summaries": [summary],
            "title": f"{round_['name']} 汇总",
            "bars": chart_bars(summary["categories"]),
            "round": round_,
            "closed": request.query_params.get("closed"),
        },
    )


@router.get("/rounds/{round_id}/summary.xlsx")
async def summary_sheet(request: Request, round_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, *READERS)
    data = await _sheet(await _summaries(request, [round_]), f"{round_['name']} 汇总")
    store.log(user, "导出轮次汇总", round_["name"], client_ip(request))
    return attachment(data, f"{round_['name']}-汇总.xlsx", XLSX)


async def _summaries(request: Request, rounds: list[dict]) -> list[dict]:
    """The rounds' summaries: each team's similarity computed in the worker pool (then cached), the
    rest built in a thread, so nothing heavy runs on the event loop."""
    import anyio.to_thread

    store, reviews = request.app.state.store, request.app.state.reviews
    for r in rounds:
        await reviews.warm_team(request.app.state.workers, store.latest_drafts(r["id"]))
    return await anyio.to_thread.run_sync(lambda: [round_summary(store, reviews, r) for r in rounds])


async def _sheet(summaries: list[dict], title: str) -> bytes:
    import anyio.to_thread

    return await anyio.to_thread.run_sync(summary_xlsx, summaries, title)


def _unit_rounds(request: Request, user: dict, unit_id: int) -> tuple[dict, list[dict]]:
    store = request.app.state.store
    unit = store.unit(unit_id)
    teams = visible_teams(store, user)
    below = store.teams_of_units(store.units_below([unit_id])) if unit else set()
    if teams is not None:
        below &= teams
    if unit is None or not below:
        raise HTTPException(404, NOT_FOUND)
    return unit, [r for r in store.rounds(team_ids=below) if not r.get("archived")]


@router.get("/units/{unit_id}/summary")
async def unit_summary(request: Request, unit_id: int, user: dict = Depends(signed_in)):
    """Every round of the unit (and the units below it) the user may see, one section each."""
    needs_role(user, *READERS)
    unit, rounds = _unit_rounds(request, user, unit_id)
    summaries = await _summaries(request, rounds)
    total: dict[str, dict[str, Any]] = {}
    for s in summaries:
        for c in s["categories"]:
            total.setdefault(c["key"], {**c, "count": 0})["count"] += c["count"]
    return page(
        request,
        "summary.html",
        {
            "summaries": summaries,
            "title": f"{unit['name']} 汇总",
            "unit": unit,
            "bars": chart_bars(list(total.values())),
        },
    )


@router.get("/units/{unit_id}/summary.xlsx")
async def unit_sheet(request: Request, unit_id: int, user: dict = Depends(signed_in)):
    needs_role(user, *READERS)
    unit, rounds = _unit_rounds(request, user, unit_id)
    store = request.app.state.store
    data = await _sheet(await _summaries(request, rounds), f"{unit['name']} 汇总")
    store.log(user, "导出单位汇总", unit["name"], client_ip(request))
    return attachment(data, f"{unit['name']}-汇总.xlsx", XLSX)


@router.get("/rounds/{round_id}/annotated.zip")
async def annotated(request: Request, round_id: int, user: dict = Depends(signed_in)):
    """Each member's latest draft as the Word copy with one comment per finding, all in one .zip."""
    from mingjing.web.tasks import annotated_zip

    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, *READERS)
    latest = store.latest_drafts(round_id)
    drafts = [
        (m["author_name"], latest[m["id"]]) for m in store.round_materials(round_id) if m["id"] in latest
    ]
    if not drafts:
        raise HTTPException(409, "这一轮还没有提交的材料")
    reviews = request.app.state.reviews
    data = await request.app.state.workers.run(
        annotated_zip,
        str(request.app.state.keeper.folder),
        reviews.frameworks,
        reviews.options,
        reviews.library_path(),
        round_["framework_id"],
        drafts,
        what="生成批注版",
    )
    store.log(user, "下载全部批注版", round_["name"], client_ip(request))
    return attachment(data, f"{round_['name']}-批注版.zip", "application/zip")
