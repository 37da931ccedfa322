"""Drafting in the browser (an author in a round): the notes template, notes uploaded and drafted
by the draft package as `mingjing draft` does, the drafted Word file and its review, submitting it
as the material's next draft (the same path as an uploaded .docx), notes extracted from one's own
latest draft. Only authors draft, each on their own working draft."""

from __future__ import annotations

from fastapi import APIRouter, Depends, File, HTTPException, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse

from mingjing.errors import InputError
from mingjing.web.access import round_for
from mingjing.web.drafting_desk import DraftingDesk
from mingjing.web.pages import client_ip, needs_role, page, signed_in
from mingjing.web.routes.rounds import DOCX, accept_draft, attachment, refuse_if_approved
from mingjing.web.uploads import check_upload, read_limited

router = APIRouter(prefix="/rounds/{round_id}/drafting")
LLM_DRAFT_TIMEOUT = 900.0  # seconds for drafting when an LLM rewrites every problem's notes
YAML = "application/yaml; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMS = {"docx": DOCX, "xlsx": XLSX, "yaml": YAML}  # the notes' formats, the Word form first
DEFAULT_FRAMEWORK = "zhuti-2023"  # as `mingjing draft init`


def _desk(request: Request) -> DraftingDesk:
    if not hasattr(request.app.state, "desk"):
        request.app.state.desk = DraftingDesk(request.app.state.keeper.folder / "drafting")
    return request.app.state.desk


def _author_round(request: Request, user: dict, round_id: int) -> dict:
    round_ = round_for(request.app.state.store, user, round_id)
    needs_role(user, "author")
    return round_


def _framework_id(request: Request, round_: dict, asked: str | None = None) -> str:
    frameworks = request.app.state.frameworks
    chosen = round_["framework_id"] or asked or DEFAULT_FRAMEWORK
    if chosen not in frameworks:
        raise InputError(f"未知的框架 {chosen}（可用：{'、'.join(sorted(frameworks))}）")
    return chosen


def _page(request: Request, user: dict, round_: dict, error: str | None = None, status_code: int = 200):
    store = request.app.state.store
    material = store.material_of(round_["id"], user["id"])
    llm = request.app.state.llm
    return page(
        request,
        "drafting.html",
        {
            "round": round_,
            "material": material,
            "drafts": store.drafts(material["id"]) if material else [],
            "framework": request.app.state.frameworks.get(round_["framework_id"] or ""),
            "frameworks": request.app.state.frameworks,
            "default_framework": DEFAULT_FRAMEWORK,
            "working": _desk(request).get(round_["id"], user["id"]),
            "error": error,
            "llm": f"{llm.model}（{llm.endpoint}）" if llm else None,
        },
        status_code=status_code,
    )


@router.get("")
def drafting_page(request: Request, round_id: int, user: dict = Depends(signed_in)):
    return _page(request, user, _author_round(request, user, round_id))


@router.get("/template.{fmt}")
def template(
    request: Request,
    round_id: int,
    fmt: str,
    framework: str | None = None,
    kind: str | None = None,
    user: dict = Depends(signed_in),
):
    """The notes form of the round's framework and the kind asked for (personal unless a team's):
    Word (.docx), Excel (.xlsx) or YAML, as `draft init`."""
    from mingjing.draft.notes import KIND_WORDS, Notes

    if fmt not in FORMS:
        raise HTTPException(404, "没有这种格式的笔记模板")
    if kind is not None and kind not in KIND_WORDS:
        raise HTTPException(400, "材料类别应为 个人、班子（组织生活会：党员、支部）之一")
    round_ = _author_round(request, user, round_id)
    framework_id = _framework_id(request, round_, framework)
    fw = request.app.state.frameworks[framework_id]
    if fmt == "docx":
        from mingjing.draft.form_docx import docx_form

        data = docx_form(fw, Notes(framework=fw.id, kind=kind))
    elif fmt == "xlsx":
        from mingjing.draft.form_xlsx import xlsx_form

        data = xlsx_form(fw, Notes(framework=fw.id, kind=kind))
    else:
        from mingjing.draft.template import notes_template

        data = notes_template(fw, kind).encode("utf-8")
    request.app.state.store.log(
        user, "下载笔记模板", f"{round_['name']}：{framework_id}（.{fmt}）", client_ip(request)
    )
    return attachment(data, f"笔记-{framework_id}.{fmt}", FORMS[fmt])


@router.post("/notes")
async def upload_notes(
    request: Request, round_id: int, file: UploadFile = File(...), user: dict = Depends(signed_in)
):
    from mingjing.web.tasks import draft_notes

    store, frameworks = request.app.state.store, request.app.state.frameworks
    round_ = _author_round(request, user, round_id)
    name = file.filename or "笔记.yaml"
    llm = request.app.state.llm
    try:
        data = await read_limited(file, request.app.state.max_upload)
        # in a worker process with time and memory limits; an LLM's rewriting gets longer
        result = await request.app.state.workers.run(
            draft_notes,
            data,
            name,
            frameworks,
            round_["framework_id"],
            llm,
            request.app.state.reviews.options,
            timeout=LLM_DRAFT_TIMEOUT if llm else None,
            what="起草",
        )
    except InputError as exc:
        store.log(user, "笔记有误", f"{round_['name']}：{exc}", client_ip(request))
        return _page(request, user, round_, str(exc), status_code=400)
    summary = result["summary"]
    _desk(request).put(round_id, user["id"], data, result["docx"], result["report_html"], summary)
    llm = f"，LLM 改写 {summary['llm_used']:d} 处" if summary["llm_used"] else ""
    store.log(
        user,
        "起草初稿",
        f"{round_['name']}：{summary['notes_name']} → {summary['docx_name']}"
        f"（{summary['verdict']}，{summary['score']} 分{llm}）",
        client_ip(request),
    )
    return RedirectResponse(f"/rounds/{round_id}/drafting#draft", status_code=303)


def _working(request: Request, user: dict, round_id: int):
    round_ = _author_round(request, user, round_id)
    working = _desk(request).get(round_id, user["id"])
    if working is None:
        raise HTTPException(404, "还没有起草的初稿，请先上传笔记")
    return round_, working


def _download(request: Request, user: dict, round_id: int, what: str, name_key: str, action: str, media: str):
    round_, working = _working(request, user, round_id)
    request.app.state.store.log(
        user, action, f"{round_['name']}：{working.summary[name_key]}", client_ip(request)
    )
    return attachment(working.read(what), working.summary[name_key], media)


@router.get("/draft.docx")
def drafted_docx(request: Request, round_id: int, user: dict = Depends(signed_in)):
    return _download(request, user, round_id, DraftingDesk.DOCX, "docx_name", "下载起草初稿", DOCX)


@router.get("/notes.yaml")
def working_notes(request: Request, round_id: int, user: dict = Depends(signed_in)):
    """The notes the working draft was made from, in the format they were uploaded in."""
    _, working = _working(request, user, round_id)
    suffix = working.summary["notes_name"].rsplit(".", 1)[-1].lower()
    return _download(
        request, user, round_id, DraftingDesk.NOTES, "notes_name", "下载笔记", FORMS.get(suffix, YAML)
    )


@router.get("/report")
def drafted_report(request: Request, round_id: int, user: dict = Depends(signed_in)):
    _, working = _working(request, user, round_id)
    return HTMLResponse(working.read(DraftingDesk.REPORT))


@router.post("/submit")
async def submit(request: Request, round_id: int, user: dict = Depends(signed_in)):
    store = request.app.state.store
    round_, working = _working(request, user, round_id)
    if working.summary.get("submitted_version"):
        raise HTTPException(
            409, f"这份初稿已提交为第 {working.summary['submitted_version']} 稿；修改笔记后可重新起草"
        )
    refuse_if_approved(store, round_id, user)
    checked = check_upload(
        working.summary["docx_name"], working.read(DraftingDesk.DOCX), request.app.state.max_upload
    )
    if not hasattr(request.app.state, "drafts_submitting"):
        request.app.state.drafts_submitting = set()
    submitting = request.app.state.drafts_submitting
    key = (round_id, user["id"])
    if key in submitting:  # a second click while the first is being reviewed
        raise HTTPException(409, "这份初稿正在提交，请稍候")
    submitting.add(key)
    try:
        material_id, version = await accept_draft(request, user, round_, checked, action="提交起草稿")
        _desk(request).mark_submitted(working, version)
    finally:
        submitting.discard(key)
    return RedirectResponse(f"/materials/{material_id}", status_code=303)


@router.get("/extract.{fmt}")
async def extract(request: Request, round_id: int, fmt: str, user: dict = Depends(signed_in)):
    """`draft extract` of the author's own latest draft: notes (a Word form, an Excel form or YAML)
    to start the next version."""
    from mingjing.web.tasks import extract_notes

    if fmt not in FORMS:
        raise HTTPException(404, "没有这种格式的笔记")
    store = request.app.state.store
    round_ = _author_round(request, user, round_id)
    material = store.material_of(round_id, user["id"])
    if material is None:
        raise HTTPException(404, "还没有上传过材料，无从提取")
    latest = store.drafts(material["id"])[-1]
    path = request.app.state.keeper.path(latest["stored_name"])
    data = await request.app.state.workers.run(
        extract_notes,
        str(path),
        latest["original_name"],
        request.app.state.frameworks,
        round_["framework_id"],
        fmt,
        what="提取笔记",
    )
    store.log(
        user,
        "提取笔记",
        f"{round_['name']}：第 {latest['version']} 稿 {latest['original_name']}（.{fmt}）",
        client_ip(request),
    )
    stem = latest["original_name"].rsplit(".", 1)[0]
    return attachment(data, f"{stem}-笔记.{fmt}", FORMS[fmt])
