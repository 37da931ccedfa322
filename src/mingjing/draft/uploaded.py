"""Drafting for files that arrive as bytes (the web app): the notes are written to a private
temporary folder under the name the author gave them, and drafted and reviewed there exactly as
`mingjing draft` does (produce.draft_team); every message names the file as the author knows it.
A material kept by the web app is extracted (`draft extract`) the same way."""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from mingjing.draft.llm import LlmConfig
from mingjing.draft.produce import Drafted, draft_hints, draft_team, jobs_for
from mingjing.errors import InputError
from mingjing.frameworks import Framework
from mingjing.rules.context import ReviewOptions

NOTES_SUFFIXES = (".docx", ".xlsx", ".yaml", ".yml")  # the Word form, the Excel form, YAML


@dataclass
class DraftedFiles:
    drafted: Drafted  # notes, material, review report, what the LLM did
    docx: bytes
    markdown: str
    hints: list[str]


def safe_stem(name: str) -> str:
    """A file name's stem with no folder part and nothing a file system would refuse."""
    stem = Path(name.replace("\\", "/").rsplit("/", 1)[-1]).stem
    stem = re.sub(r'[\x00-\x1f<>:"|?*]', "", stem).strip(" .")
    return stem[:80] or "笔记"


def _shown(message: str, folder: str) -> str:
    return message.replace(folder + "/", "").replace(folder, "")


def draft_notes_bytes(
    data: bytes,
    name: str,
    frameworks: dict[str, Framework],
    *,
    framework_id: str | None = None,
    llm: LlmConfig | None = None,
    options: ReviewOptions | None = None,
) -> DraftedFiles:
    """Validate, draft and review one notes file given as bytes; InputError (file:line) when the
    notes are wrong or follow another framework than framework_id."""
    from mingjing.draft.material_md import draft_markdown
    from mingjing.draft.notes import load_notes

    stem = safe_stem(name)
    with tempfile.TemporaryDirectory(prefix="mingjing-draft-") as folder:
        notes_path = Path(folder) / f"{stem}{Path(name).suffix.lower() or '.yaml'}"
        if notes_path.suffix not in NOTES_SUFFIXES:
            raise InputError(
                f"{notes_path.name}：笔记应为 Word 笔记表（.docx）、Excel 笔记表（.xlsx）或 .yaml"
                f"（可先下载笔记模板填写）"
            )
        notes_path.write_bytes(data)
        try:
            notes = load_notes(notes_path, frameworks)
            if framework_id and notes.framework != framework_id:
                raise InputError(
                    f"{notes_path.name}：笔记的框架是 {notes.framework}，本次应按 {framework_id}"
                    f"（{frameworks[framework_id].name}）起草，请改 framework 或下载本次的笔记模板"
                )
            jobs = jobs_for([notes_path], None, notes_path.with_suffix(".md"), None)
            drafted = draft_team(jobs, frameworks, False, llm, options).drafts[0]
        except InputError as exc:
            raise InputError(_shown(str(exc), folder)) from None
        drafted.reviewed.document.source.path = drafted.job.docx.name
        return DraftedFiles(
            drafted,
            drafted.job.docx.read_bytes(),
            draft_markdown(drafted.material),
            [_shown(h, folder) for h in draft_hints(drafted)],
        )


def extract_notes_file(
    path: Path,
    shown_name: str,
    frameworks: dict[str, Framework],
    framework_id: str | None = None,
    fmt: str = "yaml",
) -> tuple[bytes, list[str]]:
    """`draft extract` of a kept material: the notes as a Word form, an Excel form or YAML (hints
    as comments on top), and the hints."""
    from mingjing.draft.extract import extract_file
    from mingjing.draft.template import dump_notes

    try:
        notes, hints = extract_file(path, frameworks, framework_id, shown_name)
    except InputError as exc:
        raise InputError(str(exc).replace(str(path), shown_name)) from None
    fw = frameworks[notes.framework]
    if fmt == "docx":
        from mingjing.draft.form_docx import docx_form

        return docx_form(fw, notes), hints
    if fmt == "xlsx":
        from mingjing.draft.form_xlsx import xlsx_form

        return xlsx_form(fw, notes), hints
    return dump_notes(notes, shown_name, hints).encode("utf-8"), hints
