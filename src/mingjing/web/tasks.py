"""The functions the worker pool runs (module level, so a worker process can import them by name):
the diff of two drafts, and the review of an upload. Each takes and returns plain data."""

from __future__ import annotations

from pathlib import Path

_reviews: dict[tuple, object] = {}  # one Reviews per worker process and setting (rules loaded once)


def diff_parts(old_text: str, new_text: str, full: bool) -> dict:
    """The diff page's parts: the marked-up HTML, the counts, and whether paragraphs were aligned
    first (the drafts were too long for a character-by-character alignment as a whole)."""
    from mingjing.render.diff_html import diff_chunks, diff_stats, is_coarse, render_diff_html

    chunks = diff_chunks(old_text, new_text)
    return {"html": render_diff_html(chunks, None if full else 1), "stats": diff_stats(chunks),
            "coarse": is_coarse(old_text, new_text)}


def _reviews_for(files_dir: str, frameworks: dict, options):
    from mingjing.web.reviews import Reviews
    from mingjing.web.uploads import FileKeeper

    key = (files_dir, tuple(sorted(frameworks)), repr(options))
    reviews = _reviews.get(key)
    if reviews is None:
        reviews = _reviews[key] = Reviews(FileKeeper(Path(files_dir)), frameworks, options)
    return reviews


def review_upload(files_dir: str, frameworks: dict, options, stored: str, original: str,
                  framework_id: str | None) -> dict:
    """Review a stored upload (Reviews.review) in the worker; the Reviews is kept for the next task."""
    return _reviews_for(files_dir, frameworks, options).review(stored, original, framework_id)


def report_file(files_dir: str, frameworks: dict, options, kind: str, draft: dict, framework_id: str | None) -> bytes:
    """The HTML report or the Word copy with comments of a stored draft (made again when not kept)."""
    reviews = _reviews_for(files_dir, frameworks, options)
    return reviews.report_html(draft, framework_id) if kind == "html" else reviews.report_docx(draft, framework_id)


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
