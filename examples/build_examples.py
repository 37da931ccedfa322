"""Rebuild the bundled example: a .docx whose labels are Word automatic numbering.

Run from the repository root: `.venv/bin/python examples/build_examples.py`.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from docx_factory import autonumbered_docx  # noqa: E402

source = ROOT / "tests" / "fixtures" / "materials" / "mzshh_2023_zhuti_standard.txt"
lines = source.read_text(encoding="utf-8").replace("王建国", "张三").splitlines()
out = autonumbered_docx(lines, ROOT / "examples" / "张三-对照检查材料.docx")
print(f"wrote {out.relative_to(ROOT)}")
