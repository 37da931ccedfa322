"""A round: the author's own material and upload form, or the reviewer's team matrix; uploads;
two members' materials side by side; all comments as Word."""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from mingjing.web.access import material_for, round_for
from mingjing.web.matrix import heat_class, team_matrix
from mingjing.web.pages import STATUS_NAMES, client_ip, needs_role, page, signed_in
from mingjing.web.uploads import check_upload, read_limited

router = APIRouter(prefix="/rounds")
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def attachment(data: bytes, name: str, media_type: str) -> Response:
    return Response(
        data,
        media_type=media_type,
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"},
    )


@router.get("/{round_id}")
async def round_page(request: Request, round_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    framework = request.app.state.frameworks.get(round_["framework_id"] or "")
    if user["role"] == "author":
        material = store.material_of(round_id, user["id"])
        drafts = store.drafts(material["id"]) if material else []
        return page(
            request,
            "round_author.html",
            {
                "round": round_,
                "framework": framework,
                "material": material if drafts else None,
                "drafts": drafts,
                "next_version": store.next_version(material["id"]) if material else 1,
            },
        )
    import anyio.to_thread

    await request.app.state.reviews.warm_team(request.app.state.workers, store.latest_drafts(round_id))
    matrix = await anyio.to_thread.run_sync(team_matrix, store, request.app.state.reviews, round_)
    ledger_links = {link["material_id"]: link for link in store.ledger_imports(round_id=round_id)}
    return page(
        request,
        "round_matrix.html",
        {
            "round": round_,
            "framework": framework,
            "heat_class": heat_class,
            "ledger_links": ledger_links,
            **matrix,
        },
    )


@router.post("/{round_id}/upload")
async def upload(
    request: Request,
    round_id: int,
    file: UploadFile = File(...),
    upload_key: str = Form(""),
    user: dict = Depends(signed_in),
):
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, "author")
    upload_key = upload_key.strip()[:64]
    done = store.draft_by_upload_key(upload_key) if upload_key else None
    if done is not None:  # a retry of an upload that was saved: its outcome, not a second draft
        if done["author_id"] != user["id"]:
            raise HTTPException(409, "这个上传表单已被使用，请刷新页面后重新上传")
        return RedirectResponse(f"/materials/{done['material_id']}", status_code=303)
    refuse_if_approved(store, round_id, user)
    checked = check_upload(
        file.filename or "",
        await read_limited(file, request.app.state.max_upload),
        request.app.state.max_upload,
    )
    import sqlite3

    try:
        material_id, _ = await accept_draft(request, user, round_, checked, upload_key=upload_key)
    except sqlite3.IntegrityError:  # the same form sent twice at once: the first one's draft stands
        done = store.draft_by_upload_key(upload_key) if upload_key else None
        if done is None or done["author_id"] != user["id"]:
            raise
        material_id = done["material_id"]
    return RedirectResponse(f"/materials/{material_id}", status_code=303)


def review_slots(request: Request):
    """Reviews (and drafts) at once: one per core, the rest wait in turn (made inside the event loop, once)."""
    import os

    import anyio

    if request.app.state.review_slots is None:
        request.app.state.review_slots = anyio.CapacityLimiter(max(1, os.cpu_count() or 1))
    return request.app.state.review_slots


def refuse_if_approved(store, round_id: int, user: dict) -> None:
    material = store.material_of(round_id, user["id"])
    if material and material["status"] == "approved":
        raise HTTPException(409, "材料已审核通过，不能再上传新稿")


async def accept_draft(
    request: Request, user: dict, round_: dict, checked, action: str = "上传材料", upload_key: str = ""
) -> tuple[int, int]:
    """The one path of a new draft (uploaded, or drafted from notes): kept, reviewed, stored, logged."""
    store = request.app.state.store
    keeper, reviews = request.app.state.keeper, request.app.state.reviews
    if round_.get("closed_at") or round_.get("archived"):
        raise HTTPException(409, "轮次已结束，不能再上传新稿")
    stored = keeper.keep(checked)
    try:
        from mingjing.web.tasks import review_upload

        # in a worker process with time and memory limits (a conversion inside has its own)
        review = await request.app.state.workers.run(
            review_upload,
            str(keeper.folder),
            reviews.frameworks,
            reviews.options,
            stored,
            checked.original_name,
            round_["framework_id"],
            reviews.library_path(),
            what="审阅",
        )
        material_id, version = store.add_draft(
            round_["id"],
            user["id"],
            {
                "original_name": checked.original_name,
                "stored_name": stored,
                "sha256": checked.sha256,
                "size": len(checked.data),
                "format": checked.format,
                "upload_key": upload_key,
                **review,
            },
        )
    except BaseException:
        keeper.discard(stored)
        raise
    store.log(
        user,
        action,
        f"{round_['name']}：{checked.original_name}（第 {version} 稿，材料 #{material_id}）",
        client_ip(request),
    )
    return material_id, version


def _pair(request: Request, user: dict, round_id: int, a: int, b: int) -> tuple[dict, dict, dict]:
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, "reviewer", "overseer", "admin")
    ma, mb = material_for(store, user, a), material_for(store, user, b)
    if ma["round_id"] != round_id or mb["round_id"] != round_id or a == b:
        raise HTTPException(404, "没有找到这两份材料")
    return round_, ma, mb


@router.get("/{round_id}/compare")
def compare(request: Request, round_id: int, a: int, b: int, user: dict = Depends(signed_in)):
    round_, ma, mb = _pair(request, user, round_id, a, b)
    return page(request, "compare.html", {"round": round_, "a": ma, "b": mb})


@router.get("/{round_id}/compare/view")
async def compare_view(request: Request, round_id: int, a: int, b: int, user: dict = Depends(signed_in)):
    """The two latest drafts side by side (render.compare_html), shown in the compare page's frame."""
    _, ma, mb = _pair(request, user, round_id, a, b)
    latest = request.app.state.store.latest_drafts(round_id)
    from mingjing.web.reviews import compare_html

    html = await request.app.state.workers.run(
        compare_html, latest[a], ma["author_name"], latest[b], mb["author_name"], what="比对"
    )
    return HTMLResponse(html)


@router.get("/{round_id}/comments.docx")
def comments_docx(request: Request, round_id: int, user: dict = Depends(signed_in)):
    from mingjing.render.comments_docx import comments_docx_bytes

    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, "reviewer", "overseer", "admin")
    materials = {m["author_id"]: m for m in store.round_materials(round_id)}
    latest = store.latest_drafts(round_id)
    members = []
    for member in store.team_members(round_["team_id"]):
        material = materials.get(member["id"])
        members.append(
            {
                "name": member["name"],
                "status": STATUS_NAMES[material["status"]] if material else "未提交",
                "draft": latest.get(material["id"]) if material else None,
                "decisions": store.decisions(material["id"]) if material else [],
                "comments": [c for c in store.comments(material["id"]) if c["state"] == "shown"]
                if material
                else [],
            }
        )
    data = comments_docx_bytes(
        f"{round_['name']} 审阅意见汇总", f"{round_['team_name']}，导出人：{user['name']}", members
    )
    store.log(user, "导出审阅意见", round_["name"], client_ip(request))
    return attachment(data, f"{round_['name']}-审阅意见.docx", DOCX)
