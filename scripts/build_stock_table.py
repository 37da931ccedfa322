"""Build src/mingjing/similarity/data/stock.npy: fingerprints found in at least MIN_DOCS of the
independent materials written for this project (tests/fixtures: parse fixtures, held-out, clean
and planted review materials) — the stock text of the genre. Reworked copies are left out.

Run from the repository root: `.venv/bin/python scripts/build_stock_table.py`.
"""

from pathlib import Path

import numpy as np

from mingjing.read import read_document
from mingjing.similarity.fingerprint import fingerprints
from mingjing.similarity.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
SOURCES = [
    "materials",
    "heldout/materials",
    "review/clean",
    "review/planted",
    "review/heldout",
    "review/heldout_clean",
]
MIN_DOCS = 3

sets = []
for folder in SOURCES:
    for path in sorted((FIXTURES / folder).glob("*.*")):
        if path.suffix in (".txt", ".md"):
            hashes, _ = fingerprints(normalize(read_document(path).text).text)
            sets.append(np.unique(hashes))
values, counts = np.unique(np.concatenate(sets), return_counts=True)
stock = values[counts >= MIN_DOCS]
out = ROOT / "src" / "mingjing" / "similarity" / "data" / "stock.npy"
np.save(out, stock)
print(
    f"{len(sets)} materials, {len(values)} distinct fingerprints, {len(stock)} stock → {out.relative_to(ROOT)}"
)
