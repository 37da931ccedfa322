"""The organisation's template library (模板库) in the web app: an admin adds past materials and known
templates (many files or a .zip); every review in the app is checked against it (D102); a draft's
library matches side by side with the source; a round's approved materials join it when the round
closes, so next year's copy of this year's text is caught."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse

from mingjing.errors import InputError
from mingjing.web.access import draft_for, round_for
from mingjing.web.intake_files import uploaded_parts
from mingjing.web.pages import client_ip, needs_role, page, signed_in
from mingjing.web.uploads import check_upload

router = APIRouter()


def _overview(request: Request) -> dict | None:
    path = request.app.state.reviews.library_path()
    if path is None:
        return None
    from mingjing.web.tasks import library_overview

    return library_overview(path)


@router.get("/admin/library")
def library_page(request: Request, user: dict = Depends(signed_in)):
    needs_role(user, "admin")
    from mingjing.web import flash

    return page(
        request, "library.html", {"library": _overview(request), **(flash.take(request, "library") or {})}
    )


@router.post("/admin/library")
async def library_add(
    request: Request, files: list[UploadFile] = File(default=[]), user: dict = Depends(signed_in)
):
    needs_role(user, "admin")
    keeper, limit = request.app.state.keeper, request.app.state.max_upload
    files = [f for f in files if f.filename]
    if not files:
        raise InputError("请选择要加入模板库的文件或 .zip 压缩包")
    parts = await uploaded_parts(files, limit)
    failed = [p.error for p in parts if p.error]
    kept = []
    try:
        for part in parts:
            if part.data is None:
                continue
            try:
                checked = check_upload(part.name, part.data, limit)
            except InputError as exc:
                failed.append(str(exc))
                continue
            kept.append((checked.original_name, keeper.keep(checked)))
        from mingjing.web.tasks import add_to_library

        result = await request.app.state.workers.run(
            add_to_library,
            str(request.app.state.library_path),
            request.app.state.frameworks,
            [(name, str(keeper.path(stored)), None) for name, stored in kept],
            what="加入模板库",
        )
    finally:
        for _, stored in kept:  # the library keeps the text; the uploaded files are not needed
            keeper.discard(stored)
    failed += result["failed"]
    request.app.state.store.log(
        user,
        "模板库添加",
        f"新增 {result['added']}，重复 {result['skipped']}，失败 {len(failed)}",
        client_ip(request),
    )
    from mingjing.web import flash

    flash.put(request, "library", {"result": result, "failed": failed})
    return RedirectResponse("/admin/library", status_code=303)  # a reload adds nothing again


@router.get("/drafts/{draft_id}/library")
def draft_library(request: Request, draft_id: int, user: dict = Depends(signed_in)):
    """The library sources this draft copies from, each passage beside the source's text (D102)."""
    store = request.app.state.store
    draft, material = draft_for(store, user, draft_id)
    full = store.draft(draft["id"])
    matches = review_of_matches(full)
    text = full["text"]
    for m in matches:
        for p in m["passages"]:
            p["text"] = text[p["start"] : p["end"]]
    return page(
        request,
        "library_matches.html",
        {"draft": full, "material": material, "matches": matches, "round": store.round(material["round_id"])},
    )


def review_of_matches(draft: dict) -> list[dict]:
    import json

    return json.loads(draft["review_json"]).get("library_matches", [])


@router.post("/rounds/{round_id}/close")
async def close_round(request: Request, round_id: int, user: dict = Depends(signed_in)):
    """End the round: no more uploads; its approved materials (latest draft) join the template library."""
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, "reviewer", "admin")
    if round_.get("closed_at"):
        raise HTTPException(409, "轮次已结束")
    latest = store.latest_drafts(round_id)
    items = [
        (
            f"{round_['name']}·{m['author_name']}（第 {latest[m['id']]['version']} 稿）",
            None,
            latest[m["id"]]["text"],
        )
        for m in store.round_materials(round_id)
        if m["status"] == "approved" and m["id"] in latest
    ]
    added = 0
    if items:
        from mingjing.web.tasks import add_to_library

        result = await request.app.state.workers.run(
            add_to_library,
            str(request.app.state.library_path),
            request.app.state.frameworks,
            items,
            what="加入模板库",
        )
        added = result["added"]
    store.close_round(round_id)
    store.log(user, "结束轮次", f"{round_['name']}：{added} 份已通过材料加入模板库", client_ip(request))
    return RedirectResponse(f"/rounds/{round_id}/summary?closed={added}", status_code=303)
