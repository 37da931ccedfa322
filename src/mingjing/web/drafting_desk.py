"""An author's working draft in one round, kept until it is submitted or replaced: the notes they
uploaded, the drafted .docx, its review report (HTML) and a summary. One folder per author and
round under the uploads folder (never in the static tree); a new draft replaces the old in one
rename, so a reader never sees half of one."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path


@dataclass
class WorkingDraft:
    folder: Path
    summary: dict

    def read(self, what: str) -> bytes:
        return (self.folder / what).read_bytes()


class DraftingDesk:
    NOTES, DOCX, REPORT, SUMMARY = "notes.yaml", "draft.docx", "report.html", "summary.json"

    def __init__(self, folder: str | Path):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def _place(self, round_id: int, user_id: int) -> Path:
        return self.folder / f"{int(round_id)}-{int(user_id)}"

    def get(self, round_id: int, user_id: int) -> WorkingDraft | None:
        place = self._place(round_id, user_id)
        try:
            summary = json.loads((place / self.SUMMARY).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return WorkingDraft(place, summary)

    def put(
        self, round_id: int, user_id: int, notes: bytes, docx: bytes, report_html: bytes, summary: dict
    ) -> None:
        """Replace the working draft as a whole."""
        new = Path(tempfile.mkdtemp(dir=self.folder, prefix=".new-"))
        summary = {
            **summary,
            "drafted_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "submitted_version": None,
        }
        for name, data in (
            (self.NOTES, notes),
            (self.DOCX, docx),
            (self.REPORT, report_html),
            (self.SUMMARY, json.dumps(summary, ensure_ascii=False).encode("utf-8")),
        ):
            (new / name).write_bytes(data)
        place = self._place(round_id, user_id)
        old = None
        if place.exists():
            old = Path(tempfile.mkdtemp(dir=self.folder, prefix=".old-"))
            os.replace(place, old / "draft")
        os.replace(new, place)
        if old:
            shutil.rmtree(old, ignore_errors=True)

    def mark_submitted(self, draft: WorkingDraft, version: int) -> None:
        summary = {**draft.summary, "submitted_version": version}
        tmp = draft.folder / f".{self.SUMMARY}.tmp"
        tmp.write_text(json.dumps(summary, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, draft.folder / self.SUMMARY)
