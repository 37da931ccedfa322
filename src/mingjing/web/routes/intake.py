"""Bulk intake (批量导入): a clerk (a reviewer of the round's team or unit, or an admin) uploads a
folder's worth of files or a .zip of a whole team; each file is matched to its author by name (file
name, else title or signature), the ones it cannot match wait in a confirmation table; after the
confirmation each file is reviewed in the worker pool and stored as its author's next draft — or
listed with its reason, nothing of it kept. A progress bar follows the batch."""

from __future__ import annotations

import asyncio
from typing import Any

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from fastapi.responses import RedirectResponse

from mingjing.errors import InputError
from mingjing.web.access import NOT_FOUND, round_for
from mingjing.web.intake_files import HEAD_CHARS, TAIL_CHARS, match_by_name, match_by_text, uploaded_parts
from mingjing.web.pages import client_ip, needs_role, page, signed_in
from mingjing.web.uploads import check_upload

router = APIRouter()
MAX_FILES = 1000  # files in one batch
MATCHED_BY = {"file": "文件名", "text": "标题或署名", "hand": "人工确认"}


def _round(request: Request, user: dict, round_id: int) -> dict:
    round_ = round_for(request.app.state.store, user, round_id)
    needs_role(user, "reviewer", "admin")
    if round_.get("archived") or round_.get("closed_at"):
        raise HTTPException(409, "轮次已结束或已归档，不能再导入材料")
    return round_


def _batch(request: Request, user: dict, batch_id: int) -> tuple[dict, dict]:
    store = request.app.state.store
    batch = store.intake_batch(batch_id)
    if batch is None:
        raise HTTPException(404, NOT_FOUND)
    round_ = round_for(store, user, batch["round_id"])  # 404 outside the user's reach
    needs_role(user, "reviewer", "overseer", "admin")
    return batch, round_


@router.get("/rounds/{round_id}/intake")
def intake_page(request: Request, round_id: int, user: dict = Depends(signed_in)):
    round_ = _round(request, user, round_id)
    members = request.app.state.store.team_members(round_["team_id"])
    return page(
        request,
        "intake.html",
        {"round": round_, "members": members, "max_mb": request.app.state.max_upload // (1024 * 1024)},
    )


@router.post("/rounds/{round_id}/intake")
async def intake_upload(
    request: Request,
    round_id: int,
    files: list[UploadFile] = File(default=[]),
    user: dict = Depends(signed_in),
):
    round_ = _round(request, user, round_id)
    store = request.app.state.store
    batch_id = store.add_intake_batch(round_id, user["id"])
    await _stage(request, round_, batch_id, files)
    store.log(user, "批量导入（上传）", f"{round_['name']}：批次 #{batch_id}", client_ip(request))
    return RedirectResponse(f"/intake/{batch_id}", status_code=303)


@router.post("/intake/{batch_id}/files")
async def intake_more(
    request: Request,
    batch_id: int,
    files: list[UploadFile] = File(default=[]),
    user: dict = Depends(signed_in),
):
    batch, round_ = _batch(request, user, batch_id)
    _round(request, user, round_["id"])
    if batch["state"] != "open":
        raise HTTPException(409, "这一批已确认导入，请新建一批")
    await _stage(request, round_, batch_id, files)
    return RedirectResponse(f"/intake/{batch_id}", status_code=303)


async def _stage(request: Request, round_: dict, batch_id: int, files: list[UploadFile]) -> None:
    """Every file checked by content and kept under a random name, matched to its author when possible;
    a zip's files each on their own; what is refused is listed with its reason."""
    store, keeper, limit = request.app.state.store, request.app.state.keeper, request.app.state.max_upload
    files = [f for f in files if f.filename]
    if not files:
        raise InputError("请选择要导入的文件或 .zip 压缩包")
    parts = await uploaded_parts(files, limit)
    if len(store.intake_files(batch_id)) + len(parts) > MAX_FILES:
        raise InputError(f"一批最多 {MAX_FILES} 个文件")
    members = store.team_members(round_["team_id"])
    for part in parts:
        row: dict[str, Any] = {"original_name": part.name, "state": "failed", "error": part.error}
        if part.data is not None:
            try:
                checked = check_upload(part.name, part.data, limit)
            except InputError as exc:
                row["error"] = str(exc)
            else:
                stored = keeper.keep(checked)
                row.update(
                    original_name=checked.original_name,
                    stored_name=stored,
                    sha256=checked.sha256,
                    size=len(checked.data),
                    format=checked.format,
                    state="staged",
                    error=None,
                )
                author = match_by_name(checked.original_name, members)
                if author is None:
                    from mingjing.web.tasks import head_and_tail

                    found = await request.app.state.workers.run(
                        head_and_tail,
                        str(keeper.path(stored)),
                        checked.original_name,
                        HEAD_CHARS,
                        TAIL_CHARS,
                        what="读取",
                    )
                    if "error" in found:
                        keeper.discard(stored)
                        row.update(state="failed", error=found["error"], stored_name=None)
                    else:
                        author = match_by_text(found["head"], found["tail"], members)
                        row["matched_by"] = "text" if author else None
                else:
                    row["matched_by"] = "file"
                if author is not None:
                    row["author_id"] = author["id"]
        store.add_intake_file(batch_id, row)


def _batch_page(
    request: Request,
    batch: dict,
    round_: dict,
    error: str | None = None,
    chosen: dict | None = None,
    status_code: int = 200,
):
    store = request.app.state.store
    files = store.intake_files(batch["id"])
    counts = {
        s: sum(1 for f in files if f["state"] == s)
        for s in ("staged", "waiting", "done", "failed", "dropped")
    }
    members = store.team_members(round_["team_id"])
    approved = {m["author_id"] for m in store.round_materials(round_["id"]) if m["status"] == "approved"}
    return page(
        request,
        "intake_batch.html",
        {
            "batch": batch,
            "round": round_,
            "files": files,
            "counts": counts,
            "members": members,
            "error": error,
            "chosen": chosen or {},
            "approved": approved,
            "matched_by": MATCHED_BY,
            "running": batch["state"] == "running" and batch["id"] in _running(request),
            "to_review": counts["waiting"]
            + counts["done"]
            + (counts["failed"] if batch["state"] != "open" else 0),
        },
        status_code=status_code,
    )


@router.get("/intake/{batch_id}")
def batch_page(request: Request, batch_id: int, user: dict = Depends(signed_in)):
    batch, round_ = _batch(request, user, batch_id)
    return _batch_page(request, batch, round_)


@router.get("/intake/{batch_id}/progress")
def batch_progress(request: Request, batch_id: int, user: dict = Depends(signed_in)):
    """The progress part of the batch page (polled by htmx while the batch is reviewed)."""
    batch, round_ = _batch(request, user, batch_id)
    response = _batch_page(request, batch, round_)
    if batch["state"] != "running" or batch_id not in _running(request):
        response.headers["HX-Refresh"] = "true"  # finished: the whole page with the results
    return response


@router.post("/intake/{batch_id}/confirm")
async def confirm(request: Request, batch_id: int, user: dict = Depends(signed_in)):
    """Each staged file's author as confirmed (a member, or 不导入); then the batch is reviewed."""
    batch, round_ = _batch(request, user, batch_id)
    _round(request, user, round_["id"])
    store = request.app.state.store
    if batch["state"] != "open":
        return RedirectResponse(f"/intake/{batch_id}", status_code=303)
    form = await request.form()
    members = {m["id"]: m for m in store.team_members(round_["team_id"])}
    staged = [f for f in store.intake_files(batch_id) if f["state"] == "staged"]
    chosen = {f["id"]: str(form.get(f"author_{f['id']}", "")) for f in staged}
    problems: list[str] = []
    by_author: dict[int, list[str]] = {}
    for f in staged:
        value = chosen[f["id"]]
        if value == "skip":
            continue
        if not value.isdigit() or int(value) not in members:
            problems.append(f"{f['original_name']}：请选择撰写人，或选“不导入”")
            continue
        by_author.setdefault(int(value), []).append(f["original_name"])
    for author_id, names in by_author.items():
        if len(names) > 1:
            problems.append(
                f"{members[author_id]['name']} 有 {len(names)} 个文件（{'、'.join(names)}），请只保留一个"
            )
    if problems:
        return _batch_page(request, batch, round_, "；".join(problems), chosen, status_code=400)
    approved = {m["author_id"] for m in store.round_materials(round_["id"]) if m["status"] == "approved"}
    for f in staged:
        value = chosen[f["id"]]
        if value == "skip":
            request.app.state.keeper.discard(f["stored_name"])
            store.update_intake_file(f["id"], state="dropped")
            continue
        author_id = int(value)
        by = f["matched_by"] if f["author_id"] == author_id and f["matched_by"] else "hand"
        if author_id in approved:
            request.app.state.keeper.discard(f["stored_name"])
            store.update_intake_file(
                f["id"],
                author_id=author_id,
                matched_by=by,
                state="failed",
                error=f"{f['original_name']}：{members[author_id]['name']} 的材料已审核通过，不能再导入新稿",
            )
            continue
        store.update_intake_file(f["id"], author_id=author_id, matched_by=by, state="waiting")
    store.set_intake_batch(batch_id, "running")
    store.log(user, "批量导入（确认）", f"{round_['name']}：批次 #{batch_id}", client_ip(request))
    start(request.app, batch_id, round_, user)
    return RedirectResponse(f"/intake/{batch_id}", status_code=303)


@router.post("/intake/{batch_id}/resume")
def resume(request: Request, batch_id: int, user: dict = Depends(signed_in)):
    """A batch whose server stopped while reviewing: the files still waiting are reviewed now."""
    batch, round_ = _batch(request, user, batch_id)
    _round(request, user, round_["id"])
    if batch["state"] == "running" and batch_id not in _running(request):
        start(request.app, batch_id, round_, user)
    return RedirectResponse(f"/intake/{batch_id}", status_code=303)


def _running(request_or_app) -> dict:
    app = getattr(request_or_app, "app", request_or_app)
    if not hasattr(app.state, "intake_running"):
        app.state.intake_running = {}
    return app.state.intake_running


def start(app, batch_id: int, round_: dict, user: dict) -> None:
    """Review the batch's waiting files in the background (as many at once as the pool has workers)."""
    running = _running(app)
    task = asyncio.get_running_loop().create_task(run_batch(app, batch_id, round_, user))
    running[batch_id] = task
    task.add_done_callback(lambda _: running.pop(batch_id, None))


async def run_batch(app, batch_id: int, round_: dict, user: dict) -> None:
    from mingjing.web.tasks import review_upload

    store, keeper, reviews = app.state.store, app.state.keeper, app.state.reviews
    slots = asyncio.Semaphore(app.state.workers.workers)

    async def one(f: dict) -> None:
        async with slots:
            try:
                review = await app.state.workers.run(
                    review_upload,
                    str(keeper.folder),
                    reviews.frameworks,
                    reviews.options,
                    f["stored_name"],
                    f["original_name"],
                    round_["framework_id"],
                    reviews.library_path(),
                    what="审阅",
                )
                material_id, version = store.add_draft(
                    round_["id"],
                    f["author_id"],
                    {
                        "original_name": f["original_name"],
                        "stored_name": f["stored_name"],
                        "sha256": f["sha256"],
                        "size": f["size"],
                        "format": f["format"],
                        **review,
                    },
                )
            except InputError as exc:
                keeper.discard(f["stored_name"])
                store.update_intake_file(f["id"], state="failed", error=str(exc), stored_name=None)
                return
            except Exception:
                import logging

                logging.getLogger("mingjing.web").exception("intake of %s failed", f["original_name"])
                keeper.discard(f["stored_name"])
                store.update_intake_file(
                    f["id"],
                    state="failed",
                    error=f"{f['original_name']}：审阅时出错，已记录",
                    stored_name=None,
                )
                return
            store.update_intake_file(f["id"], state="done", material_id=material_id, version=version)
            store.log(
                user,
                "批量导入材料",
                f"{round_['name']}：{f['original_name']} → {f['author_name']}"
                f"（第 {version} 稿，材料 #{material_id}）",
            )

    waiting = [f for f in store.intake_files(batch_id) if f["state"] == "waiting"]
    await asyncio.gather(*(one(f) for f in waiting))
    latest = store.latest_drafts(round_["id"])
    if len(latest) > 1:  # the team's similarity, ready for the matrix and the summaries
        await reviews.warm_team(app.state.workers, latest)
    store.set_intake_batch(batch_id, "finished")
