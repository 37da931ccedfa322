"""The template library as the review's language model (issue 12): T110 and T401 ask it about their
candidates (rules/library_model.py). It lives here, in the similarity stage, because it reads the
library's store; the review only receives the model."""

from __future__ import annotations

from pathlib import Path

from mingjing.rules.library_model import LibraryModel
from mingjing.similarity.index import Library

_CACHE: dict[tuple[str, int, int], LibraryModel] = {}


def library_language_model(path: Path) -> LibraryModel:
    """The model of a template library (read once per library file and version in a process)."""
    library = Library(path)  # a missing or foreign file is a one-line InputError here
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        if key not in _CACHE:
            rows = library.db.execute("SELECT text FROM paragraphs ORDER BY id")
            _CACHE.clear()
            _CACHE[key] = LibraryModel.from_texts(text for (text,) in rows)
    finally:
        library.close()
    return _CACHE[key]
