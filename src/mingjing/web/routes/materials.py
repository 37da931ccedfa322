"""One material: its drafts, the review report, the Word copy with comments, what changed between
drafts, comments, and the reviewer's decision."""

from __future__ import annotations

import json

from fastapi import APIRouter, Depends, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from mingjing.control_chars import strip_control
from mingjing.errors import InputError
from mingjing.web.access import draft_for, material_for
from mingjing.web.pages import client_ip, needs_role, page, signed_in
from mingjing.web.reviews import category_counts, findings_delta, review_of
from mingjing.web.routes.rounds import DOCX, attachment

router = APIRouter()
MAX_COMMENT = 4000
MEDIA = {"docx": DOCX, "pdf": "application/pdf", "txt": "text/plain; charset=utf-8"}


def _comments(request: Request, material: dict, error: str | None = None, status_code: int = 200):
    store = request.app.state.store
    return page(
        request,
        "_comments.html",
        {"material": material, "comments": store.comments(material["id"]), "comment_error": error},
        status_code=status_code,
    )


@router.get("/materials/{material_id}")
def material_page(
    request: Request, material_id: int, draft: int | None = None, user: dict = Depends(signed_in)
):
    store = request.app.state.store
    material = material_for(store, user, material_id)
    history = store.drafts(material_id, withdrawn=True)
    drafts = [d for d in history if not d["withdrawn_at"]]
    if not drafts:  # every draft withdrawn: the author starts again from the round's page
        if user["role"] == "author":
            return RedirectResponse(f"/rounds/{material['round_id']}", status_code=303)
        raise HTTPException(404, "材料的各稿均已被作者撤回")
    current = next((d for d in history if d["id"] == draft), None) if draft else drafts[-1]
    if current is None:  # only when the draft asked for is not among them
        raise HTTPException(404, "没有这一稿")
    full = store.draft(current["id"])
    return page(
        request,
        "material.html",
        {
            "material": material,
            "round": store.round(material["round_id"]),
            "drafts": drafts,
            "draft": current,
            "review": review_of(full),
            "counts": category_counts(full),
            "comments": store.comments(material_id),
            "decisions": store.decisions(material_id),
            "latest": drafts[-1],
            "history": history,
            "can_withdraw": can_withdraw(store, user, material, drafts[-1]),
            "library_matches": len(json.loads(full["review_json"]).get("library_matches", [])),
        },
    )


async def _report_file(request: Request, kind: str, draft: dict, framework_id: str | None) -> bytes:
    """The kept report, or one made again in a worker process (a review can be long)."""
    from mingjing.web.tasks import report_file

    reviews = request.app.state.reviews
    cached = reviews.rendered / f"{draft['stored_name']}.{kind}"
    if cached.exists():
        return cached.read_bytes()
    return await request.app.state.workers.run(
        report_file,
        str(request.app.state.keeper.folder),
        reviews.frameworks,
        reviews.options,
        kind,
        dict(draft),
        framework_id,
        what="审阅",
    )


@router.get("/drafts/{draft_id}/report")
async def report(request: Request, draft_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    draft, material = draft_for(store, user, draft_id)
    framework_id = store.round(material["round_id"])["framework_id"]
    return HTMLResponse(await _report_file(request, "html", draft, framework_id))


@router.get("/drafts/{draft_id}/docx")
async def report_docx(request: Request, draft_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    draft, material = draft_for(store, user, draft_id)
    framework_id = store.round(material["round_id"])["framework_id"]
    data = await _report_file(request, "docx", draft, framework_id)
    stem = draft["original_name"].rsplit(".", 1)[0]
    store.log(user, "下载批注版", f"{material['author_name']} 第 {draft['version']} 稿", client_ip(request))
    return attachment(data, f"{stem}.第{draft['version']}稿.审阅.docx", DOCX)


@router.get("/drafts/{draft_id}/original")
def original(request: Request, draft_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    draft, material = draft_for(store, user, draft_id)
    data = request.app.state.keeper.path(draft["stored_name"]).read_bytes()
    store.log(user, "下载原稿", f"{material['author_name']} 第 {draft['version']} 稿", client_ip(request))
    return attachment(data, draft["original_name"], MEDIA.get(draft["format"], "application/octet-stream"))


@router.get("/materials/{material_id}/diff")
async def diff(
    request: Request,
    material_id: int,
    old: int | None = None,
    new: int | None = None,
    full: int = 0,
    user: dict = Depends(signed_in),
):
    store = request.app.state.store
    material = material_for(store, user, material_id)
    drafts = store.drafts(material_id)
    if len(drafts) < 2:
        raise InputError("只有一稿，还没有可比较的修改")
    by_version = {d["version"]: d for d in drafts}
    new_v = new or drafts[-1]["version"]
    old_v = old or max((v for v in by_version if v < new_v), default=new_v - 1)  # withdrawn drafts skipped
    if old_v not in by_version or new_v not in by_version or old_v == new_v:
        raise HTTPException(404, "没有这一稿")
    a, b = store.draft(by_version[old_v]["id"]), store.draft(by_version[new_v]["id"])
    from mingjing.web.tasks import diff_parts

    # in a worker process with a time limit: a huge diff never holds the server's interpreter lock
    parts = await request.app.state.workers.run(
        diff_parts, a["text"], b["text"], bool(full), timeout=request.app.state.diff_timeout, what="比较两稿"
    )
    return page(
        request,
        "diff.html",
        {
            "material": material,
            "round": store.round(material["round_id"]),
            "old": a,
            "new": b,
            "drafts": drafts,
            "diff_html": parts["html"],
            "full": full,
            "stats": parts["stats"],
            "coarse": parts["coarse"],
            "delta": findings_delta(a, b),
        },
    )


@router.post("/materials/{material_id}/comments")
def add_comment(request: Request, material_id: int, body: str = Form(""), user: dict = Depends(signed_in)):
    store = request.app.state.store
    material = material_for(store, user, material_id)
    body = strip_control(body).strip()
    if not body or len(body) > MAX_COMMENT:
        return _comments(request, material, f"意见不能为空，最长 {MAX_COMMENT} 字", status_code=400)
    latest = _latest(store, material_id)
    store.add_comment(material_id, latest["id"], user["id"], body)
    store.log(user, "添加意见", f"{material['author_name']} 第 {latest['version']} 稿", client_ip(request))
    if request.headers.get("hx-request"):
        return _comments(request, material)
    return RedirectResponse(f"/materials/{material_id}#comments", status_code=303)


@router.post("/comments/{comment_id}/{action}")
def change_comment(request: Request, comment_id: int, action: str, user: dict = Depends(signed_in)):
    """Its writer withdraws a comment; a reviewer (or admin) of the team hides one."""
    store = request.app.state.store
    comment = store.comment(comment_id)
    if comment is None or action not in ("withdraw", "hide"):
        raise HTTPException(404, "没有这条意见")
    material = material_for(store, user, comment["material_id"])  # 404 outside the user's reach
    if action == "withdraw" and comment["user_id"] != user["id"]:
        raise HTTPException(403, "只能撤回自己写的意见")
    if action == "hide":
        needs_role(user, "reviewer", "admin")
    store.set_comment_state(comment_id, "withdrawn" if action == "withdraw" else "hidden", user["id"])
    store.log(
        user,
        "撤回意见" if action == "withdraw" else "隐藏意见",
        f"{material['author_name']} 意见 #{comment_id}",
        client_ip(request),
    )
    return RedirectResponse(f"/materials/{material['id']}#comments", status_code=303)


@router.post("/materials/{material_id}/decision")
def decide(
    request: Request,
    material_id: int,
    decision: str = Form(""),
    body: str = Form(""),
    draft_id: int = Form(0),
    user: dict = Depends(signed_in),
):
    store = request.app.state.store
    material = material_for(store, user, material_id)
    needs_role(user, "reviewer")
    if decision not in ("return", "approve"):
        raise InputError("审阅结论只能是退回修改或审核通过")
    latest = _latest(store, material_id)
    if draft_id != latest["id"]:
        raise HTTPException(409, "作者已上传新稿，请先查看最新一稿再作结论")
    if material["status"] == "approved":
        raise HTTPException(409, "材料已审核通过")
    body = strip_control(body).strip()[:MAX_COMMENT]
    if (
        decision == "return"
        and not body
        and not any(c["state"] == "shown" for c in store.comments(material_id))
    ):
        raise InputError("退回修改时请写明意见")
    if body:
        store.add_comment(material_id, latest["id"], user["id"], body)
    store.add_decision(material_id, latest["id"], user["id"], decision)
    store.log(
        user,
        "审核通过" if decision == "approve" else "退回修改",
        f"{material['author_name']} 第 {latest['version']} 稿",
        client_ip(request),
    )
    return RedirectResponse(f"/materials/{material_id}", status_code=303)


def _latest(store, material_id: int) -> dict:
    drafts = store.drafts(material_id)
    if not drafts:
        raise HTTPException(409, "材料的各稿均已被作者撤回")
    return drafts[-1]


def can_withdraw(store, user: dict, material: dict, draft: dict) -> bool:
    """The author may take back their latest draft while nobody has decided on it."""
    return (
        user["role"] == "author"
        and user["id"] == material["author_id"]
        and material["status"] != "approved"
        and not any(d["draft_id"] == draft["id"] for d in store.decisions(material["id"]))
    )


@router.post("/drafts/{draft_id}/withdraw")
def withdraw(request: Request, draft_id: int, user: dict = Depends(signed_in)):
    """A wrong upload taken back: kept in the history and marked 已撤回; the draft before it is current again."""
    store = request.app.state.store
    draft, material = draft_for(store, user, draft_id)
    drafts = store.drafts(material["id"])
    if user["role"] != "author" or user["id"] != material["author_id"]:
        raise HTTPException(403, "只有作者本人可以撤回自己的稿件")
    if not drafts or drafts[-1]["id"] != draft_id or not can_withdraw(store, user, material, drafts[-1]):
        raise HTTPException(409, "只能撤回尚未审阅（未作结论）的最新一稿")
    store.withdraw_draft(draft_id)
    store.log(
        user,
        "撤回稿件",
        f"{material['author_name']} 第 {draft['version']} 稿（{draft['original_name']}）",
        client_ip(request),
    )
    if len(drafts) > 1:
        return RedirectResponse(f"/materials/{material['id']}", status_code=303)
    return RedirectResponse(f"/rounds/{material['round_id']}", status_code=303)
