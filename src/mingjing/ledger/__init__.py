"""Rectification ledger (整改台账): measures of a material become tracked items.

The API the CLI and the web app both call (no logic lives in either):

    from mingjing.ledger.extract import extract_file          # material → Extraction (measures, problems)
    from mingjing.ledger.store import Ledger                  # the SQLite store (format mingjing.ledger/1)
    with Ledger(path) as ledger:
        ledger.import_extractions([extract_file(p, frameworks, meeting_date)], by="王秘书")
        ledger.items(status=…, person=…, overdue=True, as_of=…, year=…)
        ledger.update(item_id, by, status=…, progress=…, owner=…, due=…, time_limit=…, evidence=…)
        ledger.history(item_id); ledger.evidence(item_id); ledger.imports()
    from mingjing.ledger.report import ledger_report          # counts, overdue, recently closed
    from mingjing.ledger.recurring import recurring_problems  # problems that come back year after year
    from mingjing.ledger.xlsx import export_xlsx, import_sheet

Every method raises `mingjing.errors.InputError` (one Chinese line) for bad input and then leaves the
ledger unchanged.
"""
