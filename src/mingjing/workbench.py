"""The stages run together for a set of files — read, parse, review each; compare every two;
look them up in the template library. The one entry point the CLI and the web app both call,
so that they cannot disagree."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from mingjing.errors import InputError
from mingjing.frameworks import Framework
from mingjing.model import Report
from mingjing.rules.context import ReviewOptions


@dataclass
class BatchResult:
    rows: list[tuple[Path, Report | None, str | None]]  # each file: its report, or why it could not be read
    pairs: list = field(default_factory=list)  # similarity.batch.Pair for every two reports
    clusters: list = field(default_factory=list)  # similarity.clusters.Cluster: reports that share text
    matches: list[dict] = field(default_factory=list)  # library sources per file (JSON `matches`)

    @property
    def reports(self) -> list[Report]:
        return [r for _, r, _ in self.rows if r is not None]

    @property
    def failed(self) -> bool:
        return any(r is None for _, r, _ in self.rows)


def review_files(
    files: list[Path],
    frameworks: dict[str, Framework],
    options: ReviewOptions,
    framework_id: str | None = None,
    corpus: Path | None = None,
    on_file: Callable[[int, Path, str | None], None] | None = None,
) -> BatchResult:
    """Review each file; then similarity among them (D101: clusters of materials sharing text,
    stock text told by the shipped table and the library) and against the library (D102).

    on_file(k, path, error) is called after each file (for progress bars and error lines)."""
    from mingjing.catalogue import selected
    from mingjing.rules.review import review_file
    from mingjing.similarity.findings import add_library_matches, add_peer_similarity

    active = {r.code for r in selected(options.select, options.ignore)}  # refuses a selector matching no rule
    if corpus is not None and options.language_model is None:
        from dataclasses import replace

        from mingjing.similarity.language_model import library_language_model

        options = replace(options, language_model=library_language_model(corpus))
    rows: list[tuple[Path, Report | None, str | None]] = []
    for k, path in enumerate(files):
        try:
            rows.append((path, review_file(path, frameworks, options, framework_id), None))
        except InputError as exc:
            rows.append((path, None, str(exc)))
        if on_file:
            on_file(k, path, rows[-1][2])
    result = BatchResult(rows)
    named = [(str(p), r) for p, r, _ in rows if r is not None]
    library = None
    if corpus is not None:
        from mingjing.similarity.index import Library

        library = Library(corpus)
    try:
        team = add_peer_similarity(named, "D101" in active, library)
        result.pairs, result.clusters = team.pairs, team.clusters
        if library is not None:
            result.matches = add_library_matches(named, library, "D102" in active)
    finally:
        if library is not None:
            library.close()
    return result


SUPPORTED = {".txt", ".md", ".markdown", ".docx", ".doc", ".wps", ".rtf", ".pdf"}


@dataclass
class LibraryAdd:
    added: int = 0
    skipped: int = 0  # the same content was already in the library
    failed: list[str] = field(default_factory=list)  # why each unreadable file was skipped
    not_material: list[str] = field(default_factory=list)  # texts refused like S100 (kept out unless forced)
    stats: dict = field(default_factory=dict)


def material_files(paths: list[Path]) -> list[Path]:
    """The files to read: files as given, folders searched recursively for supported formats."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED)
        elif path.exists():
            files.append(path)
        else:
            raise InputError(f"{path}：文件或文件夹不存在")
    return files


def add_to_library(
    files: list[Path],
    db: Path,
    frameworks: dict[str, Framework],
    on_file: Callable[[int, Path, str | None], None] | None = None,
    force: bool = False,
) -> LibraryAdd:
    """Read each file and add it to the library at db (created if missing).

    A text that does not look like a material (the test of S100) is kept out unless `force`;
    `on_file` gets the reason a file was skipped (unreadable or not a material), None when it was read.
    """
    from mingjing.parse import parse_document
    from mingjing.read import read_document
    from mingjing.rules.failclosed import NOT_MATERIAL, refusal_reason
    from mingjing.similarity.index import Library

    library = Library(db, create=True)
    result = LibraryAdd()
    try:
        for k, path in enumerate(files):
            error = None
            try:
                document = read_document(path)
                outline = parse_document(document, frameworks)
                reason = None if force else refusal_reason(outline)
                if reason is not None:
                    error = f"{path}：{NOT_MATERIAL}（{reason}），未加入（确属范文可加 --force）"
                    result.not_material.append(error)
                elif library.add_document(document, outline.title) is None:
                    result.skipped += 1
                else:
                    result.added += 1
            except InputError as exc:
                error = str(exc)
                result.failed.append(error)
            if on_file:
                on_file(k, path, error)
        result.stats = library.stats()
    finally:
        library.close()
    return result
