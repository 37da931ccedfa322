"""The web app's calls into the rectification ledger (`mingjing.ledger`): the ledger file beside the
web database, approved drafts turned into items, an update with an uploaded evidence file, the xlsx
sheet and the progress report. No ledger logic here: extraction, storage, history, the sheet and
the report are the ledger package's, exactly as `mingjing ledger …` uses them."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from mingjing.errors import InputError
from mingjing.ledger.store import Change, Ledger
from mingjing.web.uploads import FileKeeper, Upload


def ledger_path(db_path: Path) -> Path:
    """`web.db` → `web.ledger.db`: the ledger that `mingjing ledger … --db` opens as well."""
    return db_path.with_name(db_path.stem + ".ledger.db")


@dataclass
class Imported:
    material: dict
    items: int = 0  # items made now
    before: bool = False  # the same draft was imported earlier: nothing done
    error: str = ""


class Ledgers:
    def __init__(self, path: Path, keeper: FileKeeper, frameworks: dict):
        self.path = Path(path)
        self.keeper = keeper
        self.frameworks = frameworks

    @contextmanager
    def open(self, create: bool = False) -> Iterator[Ledger | None]:
        """The ledger; None while nothing was imported and the file does not exist (`create=False`)."""
        if not create and not self.path.exists():
            yield None
            return
        ledger = Ledger(self.path)
        try:
            yield ledger
        finally:
            ledger.close()

    def import_drafts(
        self, round_: dict, chosen: list[tuple[dict, dict]], meeting_date: date, by: str
    ) -> tuple[list[Imported], list[tuple[int, dict, dict]]]:
        """Turn the measures of (material, approved draft) pairs into ledger items; the material's
        author is the 责任人. Returns what happened per material and the (import id, material, draft)
        links to remember. A material without a measures section is reported, the others imported."""
        from mingjing.ledger.extract import extract_file

        outcome, extractions = [], []
        for material, draft in chosen:
            try:
                extraction = extract_file(
                    self.keeper.path(draft["stored_name"]),
                    self.frameworks,
                    meeting_date,
                    framework_id=round_["framework_id"],
                    person=material["author_name"],
                )
            except InputError as exc:
                outcome.append(
                    Imported(material, error=str(exc).replace(draft["stored_name"], draft["original_name"]))
                )
                continue
            extraction.name = draft["original_name"]
            extractions.append((material, draft, extraction))
        links = []
        if extractions:
            with self.open(create=True) as ledger:
                assert ledger is not None  # create=True
                results = ledger.import_extractions([e for _, _, e in extractions], by)
            for (material, draft, _), result in zip(extractions, results):
                outcome.append(Imported(material, result.items, result.import_id is None))
                import_id = result.import_id or result.existing
                assert import_id is not None  # a new import, or the earlier one of the same text
                links.append((import_id, material, draft))
        return outcome, links

    def update(
        self,
        ledger: Ledger,
        item_id: int,
        by: str,
        *,
        status: str | None,
        progress: str | None,
        evidence: Upload | None,
    ) -> list[Change]:
        """Change an item as `by`; an uploaded evidence file goes to the ledger's evidence folder under
        its original name (written to a private temporary folder first, removed afterwards)."""
        if evidence is None:
            return ledger.update(item_id, by, status=status, progress=progress, via="网页")
        folder = Path(tempfile.mkdtemp(prefix=".evidence-", dir=self.keeper.folder))
        try:
            source = folder / evidence.original_name
            source.write_bytes(evidence.data)
            return ledger.update(item_id, by, status=status, progress=progress, evidence=source, via="网页")
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def xlsx(self, ledger: Ledger, import_ids: Collection[int] | None, title: str) -> bytes:
        """The 整改台账 sheet of these imports' items (all when None), as `mingjing ledger export` writes it."""
        from mingjing.ledger.xlsx import export_xlsx

        folder = Path(tempfile.mkdtemp(prefix=".export-", dir=self.keeper.folder))
        try:
            target = folder / "台账.xlsx"
            export_xlsx(ledger, target, import_ids=import_ids, title=title)
            return target.read_bytes()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def import_xlsx(self, ledger: Ledger, data: bytes, name: str, by: str, item_ids: Collection[int] | None):
        """An edited sheet back into the ledger under `ledger import-xlsx`'s rules (edits applied, a field
        changed in the ledger since the export kept and the sheet's value recorded as a conflict), limited
        to `item_ids` (None: any). Written to a private temporary folder first, removed afterwards."""
        from mingjing.ledger.xlsx import import_sheet

        folder = Path(tempfile.mkdtemp(prefix=".sheet-", dir=self.keeper.folder))
        try:
            target = folder / "台账.xlsx"
            target.write_bytes(data)
            result = import_sheet(ledger, target, by, item_ids, via=f"网页表格 {name}")
            result.path = name
            return result
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def report_html(self, ledger: Ledger | None, import_ids: Collection[int] | None, title: str) -> str:
        """The same report page as `mingjing ledger report --format html`, of these imports' items."""
        from mingjing.ledger.report import build_report, ledger_report
        from mingjing.render.ledger_html import render_report_html

        report = ledger_report(ledger, import_ids=import_ids) if ledger is not None else build_report([])
        return render_report_html(report, title)
