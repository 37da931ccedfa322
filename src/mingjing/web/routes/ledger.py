"""The rectification ledger (整改台账) in the web app: approved materials of a round become items; the
team's (or the author's own) items with filters, one item's history, evidence and update form, the
xlsx sheet and the progress report. Every change is written by the ledger package with the web
user's name and goes to the audit log."""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, Depends, File, Form, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from mingjing.errors import InputError
from mingjing.ledger.store import FIELDS, STATUSES, check_date, check_status
from mingjing.localtime import today as local_today
from mingjing.web.access import ledger_item_for, ledger_scope, material_for, round_for
from mingjing.web.pages import client_ip, needs_role, page, signed_in
from mingjing.web.routes.rounds import attachment
from mingjing.web.uploads import check_evidence

router = APIRouter()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
AUTHOR_STATUSES = ("进行中",)  # an author reports progress; the reviewer confirms 已完成 / 长期坚持
MAX_PROGRESS = 4000
EVIDENCE_MEDIA = {
    ".pdf": "application/pdf",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain; charset=utf-8",
}


def _ledgers(request: Request):
    return request.app.state.ledgers


def _title(request: Request, user: dict) -> str:
    team = request.app.state.store.team(user["team_id"])
    return f"{team['name']}整改台账" if team else "整改台账"


@router.post("/rounds/{round_id}/ledger")
def import_round(
    request: Request,
    round_id: int,
    material_id: str = Form(""),
    meeting_date: str = Form(""),
    user: dict = Depends(signed_in),
):
    """One approved material's measures (material_id), or those of every approved material of the round."""
    store = request.app.state.store
    round_ = round_for(store, user, round_id)
    needs_role(user, "reviewer", "admin")
    if material_id.strip():
        if not material_id.strip().isdigit():
            raise HTTPException(404, "没有这份材料")
        material = material_for(store, user, int(material_id))
        if material["round_id"] != round_id:
            raise HTTPException(404, "没有这份材料")
        if material["status"] != "approved":
            raise HTTPException(409, "材料尚未审核通过，不能生成台账")
        materials = [material]
    else:
        materials = [
            store.material(m["id"]) for m in store.round_materials(round_id) if m["status"] == "approved"
        ]
        if not materials:
            raise HTTPException(409, "这一轮还没有审核通过的材料")
    day = check_date(meeting_date, "会议日期") if meeting_date.strip() else _meeting_day(round_)
    chosen = [(m, store.drafts(m["id"])[-1]) for m in materials]
    outcome, links = _ledgers(request).import_drafts(round_, chosen, day, user["name"])
    for import_id, material, draft in links:
        store.link_ledger_import(import_id, material["id"], draft["id"])
    for done in outcome:
        if done.items:
            store.log(
                user,
                "生成台账",
                f"{round_['name']}：{done.material['author_name']} {done.items} 项（会议日期 {day}）",
                client_ip(request),
            )
    return page(request, "ledger_imported.html", {"round": round_, "outcome": outcome, "day": day})


def _meeting_day(round_: dict) -> date:
    """The date time limits count from: the round's deadline (the meeting follows the materials), else today."""
    return date.fromisoformat(round_["deadline"]) if round_.get("deadline") else local_today()


@router.get("/ledger")
def ledger_page(
    request: Request,
    status: str = "",
    person: str = "",
    overdue: str = "",
    round: int | None = None,
    user: dict = Depends(signed_in),
):
    store = request.app.state.store
    if round is not None:
        round_for(store, user, round)
    allowed, links = ledger_scope(store, user, round)
    status = check_status(status) if status else ""
    with _ledgers(request).open() as ledger:
        everything = ledger.items(import_ids=allowed) if ledger else []
        items = (
            ledger.items(
                import_ids=allowed, status=status or None, person=person or None, overdue=bool(overdue)
            )
            if ledger
            else []
        )
    people = sorted({i.owner for i in everything if i.owner})
    today = local_today()
    return page(
        request,
        "ledger.html",
        {
            "items": items,
            "total": len(everything),
            "links": links,
            "people": people,
            "statuses": STATUSES,
            "status": status,
            "person": person,
            "overdue": bool(overdue),
            "round_id": round,
            "today": today,
            "overdue_ids": {i.id for i in items if i.is_overdue(today)},
            "title": _title(request, user),
        },
    )


@router.get("/ledger/items/{item_id}")
def item_page(request: Request, item_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    with _ledgers(request).open() as ledger:
        item = ledger_item_for(store, user, ledger, item_id)
        history, evidence = ledger.history(item.id), ledger.evidence(item.id)
    _, links = ledger_scope(store, user)
    return page(
        request,
        "ledger_item.html",
        {
            "item": item,
            "history": history,
            "evidence": evidence,
            "link": links.get(item.import_id),
            "fields": FIELDS,
            "statuses": AUTHOR_STATUSES if user["role"] == "author" else STATUSES,
            "overdue": item.is_overdue(local_today()),
        },
    )


@router.post("/ledger/items/{item_id}")
def update_item(
    request: Request,
    item_id: int,
    status: str = Form(""),
    progress: str | None = Form(None),
    evidence: UploadFile | None = File(None),
    user: dict = Depends(signed_in),
):
    store = request.app.state.store
    with _ledgers(request).open() as ledger:
        item = ledger_item_for(store, user, ledger, item_id)
        status = status.strip()
        if user["role"] == "author" and status and status not in AUTHOR_STATUSES and status != item.status:
            raise HTTPException(403, "撰写人只能把事项标为“进行中”，完成情况由审阅人确认")
        if progress is not None:
            progress = progress.replace("\r\n", "\n").strip()
            if len(progress) > MAX_PROGRESS:
                raise InputError(f"进展情况最长 {MAX_PROGRESS} 字")
        upload = None
        if evidence is not None and evidence.filename:
            limit = request.app.state.max_upload
            upload = check_evidence(evidence.filename, evidence.file.read(limit + 1), limit)
        changes = _ledgers(request).update(
            ledger, item.id, user["name"], status=status or None, progress=progress, evidence=upload
        )
    if changes:
        said = "；".join(
            f"{c.field_name} {c.old or '（空）'} → {c.new}"
            if c.field == "status"
            else (f"{c.field_name} {c.new}" if c.field == "evidence" else c.field_name)
            for c in changes
        )
        store.log(user, "更新台账", f"事项 #{item.id}（{item.owner}）：{said}", client_ip(request))
    return RedirectResponse(f"/ledger/items/{item.id}", status_code=303)


@router.get("/ledger/items/{item_id}/evidence/{number}")
def evidence_file(request: Request, item_id: int, number: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    with _ledgers(request).open() as ledger:
        item = ledger_item_for(store, user, ledger, item_id)
        files = ledger.evidence(item.id)
    if not 1 <= number <= len(files):
        raise HTTPException(404, "没有这份佐证材料")
    found = files[number - 1]
    store.log(user, "下载佐证材料", f"事项 #{item.id}：{found.name}", client_ip(request))
    return attachment(
        found.stored.read_bytes(),
        found.name,
        EVIDENCE_MEDIA.get(found.stored.suffix, "application/octet-stream"),
    )


@router.get("/ledger/export.xlsx")
def export(request: Request, user: dict = Depends(signed_in)):
    needs_role(user, "reviewer", "overseer", "admin")
    store = request.app.state.store
    allowed, _ = ledger_scope(store, user)
    title = _title(request, user)
    with _ledgers(request).open(create=True) as ledger:
        data = _ledgers(request).xlsx(ledger, allowed, title)
    store.log(user, "导出台账", title, client_ip(request))
    return attachment(data, f"{title}.xlsx", XLSX)


@router.get("/ledger/report")
def report_page(request: Request, user: dict = Depends(signed_in)):
    needs_role(user, "reviewer", "overseer", "admin")
    return page(request, "ledger_report.html", {"title": _title(request, user)})


@router.get("/ledger/report/view")
def report_view(request: Request, user: dict = Depends(signed_in)):
    """The progress report (render.ledger_html) of the user's items, shown in the report page's frame."""
    needs_role(user, "reviewer", "overseer", "admin")
    allowed, _ = ledger_scope(request.app.state.store, user)
    with _ledgers(request).open() as ledger:
        return HTMLResponse(_ledgers(request).report_html(ledger, allowed, _title(request, user)))


@router.post("/ledger/import.xlsx")
async def import_xlsx(
    request: Request, file: UploadFile | None = File(None), user: dict = Depends(signed_in)
):
    """The sheet exported here, edited in Excel or WPS, back in: edits applied, conflicts shown for a decision."""
    from mingjing.web.uploads import clean_name, read_limited

    needs_role(user, "reviewer", "admin")
    store = request.app.state.store
    if file is None or not file.filename:
        raise InputError("请选择编辑后的 .xlsx 台账")
    name = clean_name(file.filename or "")
    if not name.lower().endswith(".xlsx"):
        raise InputError(f"{name}：请上传从本系统导出、编辑后的 .xlsx 台账")
    data = await read_limited(file, request.app.state.max_upload)
    allowed, _ = ledger_scope(store, user)
    with _ledgers(request).open() as ledger:
        if ledger is None:
            raise InputError("还没有整改台账，请先在轮次页面生成台账")
        item_ids = None if allowed is None else [i.id for i in ledger.items(import_ids=allowed)]
        result = _ledgers(request).import_xlsx(ledger, data, name, user["name"], item_ids)
        items = {i.id: i for i in ledger.items(import_ids=allowed)}
    store.log(
        user,
        "导入台账表格",
        f"{name}：修改 {len(result.applied)} 处，冲突 {len(result.conflicts)} 处，"
        f"未匹配 {len(result.unmatched)} 行",
        client_ip(request),
    )
    from mingjing.web import flash

    flash.put(request, "sheet", {"result": result, "items": items})
    return RedirectResponse("/ledger/imported", status_code=303)  # a reload does not import again


@router.get("/ledger/imported")
def imported_sheet(request: Request, user: dict = Depends(signed_in)):
    """What this session's last sheet import did, with its conflicts for a decision (a reload shows
    it again and imports nothing)."""
    from mingjing.web import flash

    needs_role(user, "reviewer", "admin")
    found = flash.peek(request, "sheet")
    if found is None:
        return RedirectResponse("/ledger", status_code=303)
    return page(
        request, "ledger_sheet.html", {**found, "field_names": FIELDS, "title": _title(request, user)}
    )


@router.post("/ledger/items/{item_id}/conflict")
def take_sheet_value(
    request: Request,
    item_id: int,
    field: str = Form(""),
    value: str = Form(""),
    user: dict = Depends(signed_in),
):
    """A conflict decided for the sheet: its value replaces the ledger's (one more history entry)."""
    from mingjing.ledger.xlsx import EDITABLE, split_limit_cell

    needs_role(user, "reviewer", "admin")
    store = request.app.state.store
    with _ledgers(request).open() as ledger:
        item = ledger_item_for(store, user, ledger, item_id)
        if field not in EDITABLE:
            raise InputError("无法修改这一栏")
        fields = {field: value}
        if field == "time_limit":
            phrase, due = split_limit_cell(value)
            fields = {"time_limit": phrase, **({"due": due} if due else {})}
        changes = ledger.update(item.id, user["name"], via="网页（冲突处理：采用表格值）", **fields)
    store.log(user, "台账冲突采用表格值", f"事项 #{item.id}：{FIELDS.get(field, field)}", client_ip(request))
    return RedirectResponse(f"/ledger/items/{item.id}?taken={len(changes)}", status_code=303)
