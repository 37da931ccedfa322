"""Shared helpers of the ledger tests: fixture paths, a ledger with the two years of one person."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

from conftest import FIXTURES

LEDGER_FIXTURES = FIXTURES / "ledger"
YEAR_2023 = LEDGER_FIXTURES / "zhouhaifeng_2023.txt"
YEAR_2024 = LEDGER_FIXTURES / "zhouhaifeng_2024.txt"
MEETING_2023 = date(2024, 1, 18)  # the 2023 material's meeting
MEETING_2024 = date(2025, 1, 20)


def build_ledger(path: Path, packs):
    """A ledger holding the 2023 and 2024 materials of 周海峰 (6 + 4 items)."""
    from mingjing.ledger.extract import extract_file
    from mingjing.ledger.store import Ledger

    ledger = Ledger(path)
    ledger.import_extractions(
        [extract_file(YEAR_2023, packs, MEETING_2023), extract_file(YEAR_2024, packs, MEETING_2024)], "王秘书"
    )
    return ledger


def dump(db: Path) -> list[str]:
    """Every row of the database as SQL: equal dumps mean an unchanged ledger."""
    con = sqlite3.connect(str(db))
    try:
        return list(con.iterdump())
    finally:
        con.close()
