"""The clean texts of the repository a rule family's test walks for false alarms: every `.txt` of the
review sets' clean folders (`clean`, `*_clean`) and of `fixtures/materials`."""

from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = sorted(
    p
    for d in (FIXTURES / "review").iterdir()
    if d.is_dir() and (d.name == "clean" or d.name.endswith("_clean"))
    for p in d.glob("*.txt")
) + sorted((FIXTURES / "materials").glob("*.txt"))
