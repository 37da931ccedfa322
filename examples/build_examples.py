"""Rebuild the bundled examples: .docx files whose labels are Word automatic numbering.

- 张三-对照检查材料.docx: a complete, specific material (the review passes it).
- 陈立华-对照检查材料-初稿.docx: a first draft with the slips reviewers send back (typos,
  formulas, residue of copying, a missing aspect …).

Run from the repository root: `.venv/bin/python examples/build_examples.py`.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from docx_factory import autonumbered_docx  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
EXAMPLES = {
    "张三-对照检查材料.docx": (FIXTURES / "materials" / "mzshh_2023_zhuti_standard.txt", ("王建国", "张三")),
    "陈立华-对照检查材料-初稿.docx": (FIXTURES / "review" / "planted" / "p01_zhuti2023.txt", None),
}

for name, (source, rename) in EXAMPLES.items():
    text = source.read_text(encoding="utf-8")
    if rename:
        text = text.replace(*rename)
    out = autonumbered_docx(text.splitlines(), ROOT / "examples" / name)
    print(f"wrote {out.relative_to(ROOT)}")
