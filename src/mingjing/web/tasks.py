"""The functions the worker pool runs (module level, so a worker process can import them by name):
the diff of two drafts, and the review of an upload. Each takes and returns plain data."""

from __future__ import annotations

from pathlib import Path
from typing import Any

_reviews: dict[tuple, object] = {}  # one Reviews per worker process and setting (rules loaded once)


def diff_parts(old_text: str, new_text: str, full: bool) -> dict:
    """The diff page's parts: the marked-up HTML, the counts, and whether paragraphs were aligned
    first (the drafts were too long for a character-by-character alignment as a whole)."""
    from mingjing.render.diff_html import diff_chunks, diff_stats, is_coarse, render_diff_html

    chunks = diff_chunks(old_text, new_text)
    return {
        "html": render_diff_html(chunks, None if full else 1),
        "stats": diff_stats(chunks),
        "coarse": is_coarse(old_text, new_text),
    }


def _reviews_for(files_dir: str, frameworks: dict, options, library: str | None = None):
    from mingjing.web.reviews import Reviews
    from mingjing.web.uploads import FileKeeper

    key = (files_dir, tuple(sorted(frameworks)), repr(options), library)
    reviews = _reviews.get(key)
    if reviews is None:
        reviews = _reviews[key] = Reviews(FileKeeper(Path(files_dir)), frameworks, options, library)
    return reviews


def review_upload(
    files_dir: str,
    frameworks: dict,
    options,
    stored: str,
    original: str,
    framework_id: str | None,
    library: str | None = None,
) -> dict:
    """Review a stored upload (Reviews.review) in the worker, against the template library when given;
    the Reviews is kept for the next task."""
    return _reviews_for(files_dir, frameworks, options, library).review(stored, original, framework_id)


def report_file(
    files_dir: str, frameworks: dict, options, kind: str, draft: dict, framework_id: str | None
) -> bytes:
    """The HTML report or the Word copy with comments of a stored draft (made again when not kept)."""
    reviews = _reviews_for(files_dir, frameworks, options)
    return (
        reviews.report_html(draft, framework_id)
        if kind == "html"
        else reviews.report_docx(draft, framework_id)
    )


def read_criticism_list(path: str, original: str) -> dict:
    """Read an uploaded 相互批评意见 file in the worker: the document as stored and how many criticisms
    it holds (criticism.parse), so the request path only stores the result."""
    from mingjing.criticism.parse import parse_criticisms
    from mingjing.criticism.stored import document_to_json
    from mingjing.errors import InputError
    from mingjing.read import read_document

    try:
        doc = read_document(path)
    except InputError as exc:
        raise InputError(str(exc).replace(Path(path).name, original)) from None
    return {"document_json": document_to_json(doc), "criticisms": len(parse_criticisms(doc).criticisms)}


def head_and_tail(path: str, original: str, head: int = 200, tail: int = 200) -> dict:
    """The first and last characters of a material (for matching it to its author by title or
    signature), read in the worker; {"error": …} when it cannot be read."""
    from mingjing.errors import InputError
    from mingjing.read import read_document

    try:
        text = read_document(path).text.strip()
    except InputError as exc:
        return {"error": str(exc).replace(Path(path).name, original)}
    return {"head": text[:head], "tail": text[-tail:]}


def add_to_library(library: str, frameworks: dict, items: list[tuple[str, str | None, str | None]]) -> dict:
    """Add materials to the template library in the worker: (label, path or None, text or None) each —
    a file read from `path`, or a stored draft's text. The label is what D102 names as the source.
    Returns {"added", "skipped", "failed": [reasons]}."""
    from mingjing.errors import InputError
    from mingjing.parse import parse_document
    from mingjing.read import read_bytes, read_document
    from mingjing.similarity.index import Library

    lib = Library(library, create=True)
    out: dict[str, Any] = {"added": 0, "skipped": 0, "failed": []}
    try:
        for label, path, text in items:
            try:
                document = (
                    read_document(path) if path else read_bytes((text or "").encode("utf-8"), label, ".txt")
                )
            except InputError as exc:
                out["failed"].append(str(exc).replace(Path(path).name, label) if path else str(exc))
                continue
            document.source.path = label
            if lib.add_document(document, parse_document(document, frameworks).title) is None:
                out["skipped"] += 1
            else:
                out["added"] += 1
    finally:
        lib.close()
    return out


def library_overview(library: str) -> dict:
    """The library's size, last addition and latest sources for the admin pages (no scan of the index)."""
    from mingjing.similarity.index import Library

    lib = Library(library)
    try:
        found = lib.overview()
    finally:
        lib.close()
    return {**found, "recent": [vars(s) for s in found["recent"]]}


def annotated_zip(
    files_dir: str,
    frameworks: dict,
    options,
    library: str | None,
    framework_id: str | None,
    drafts: list[tuple[str, dict]],
) -> bytes:
    """Every draft's Word copy with one comment per finding (Reviews.report_docx), as one .zip whose
    entries are named `<member>-第N稿-审阅.docx` — built in the worker."""
    import io
    import zipfile

    from mingjing.errors import InputError
    from mingjing.web.reviews import Reviews
    from mingjing.web.uploads import FileKeeper

    reviews = Reviews(FileKeeper(Path(files_dir)), frameworks, options, library)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, draft in drafts:
            try:
                data = reviews.report_docx(draft, framework_id)
            except InputError as exc:
                zf.writestr(f"{name}-第{draft['version']}稿-无法生成.txt", str(exc))
                continue
            zf.writestr(f"{name}-第{draft['version']}稿-审阅.docx", data)
    return out.getvalue()


def draft_notes(data: bytes, name: str, frameworks: dict, framework_id: str | None, llm, options) -> dict:
    """Draft an author's uploaded notes (draft.uploaded) in the worker, with its review and HTML report:
    plain data for the drafting page."""
    from collections import Counter

    from mingjing.draft.uploaded import draft_notes_bytes
    from mingjing.render.review_html import render_review_html

    result = draft_notes_bytes(data, name, frameworks, framework_id=framework_id, llm=llm, options=options)
    drafted, report = result.drafted, result.drafted.reviewed
    docx_name = drafted.job.docx.name
    return {
        "docx": result.docx,
        "report_html": render_review_html(report, docx_name, frameworks).encode("utf-8"),
        "summary": {
            "notes_name": drafted.job.notes_path.name,
            "docx_name": docx_name,
            "verdict": report.verdict,
            "score": report.score,
            "findings": len(report.findings),
            "counts": dict(Counter(f.category for f in report.findings)),
            "placeholders": drafted.material.placeholders,
            "hints": result.hints,
            "llm_used": drafted.llm_used,
        },
    }


def extract_notes(path: str, original: str, frameworks: dict, framework_id: str | None, fmt: str) -> bytes:
    """`draft extract` of a stored draft in the worker: the notes file's bytes."""
    from mingjing.draft.uploaded import extract_notes_file

    data, _ = extract_notes_file(Path(path), original, frameworks, framework_id, fmt)
    return data
