"""Write requirements.lock: the exact version of every package mingjing needs at run time, as pip
resolves pyproject.toml's dependencies now (`pip install --dry-run --report`). `make bundle` downloads
these versions and nothing else; `make install` installs under them as constraints.

Run: python scripts/make_lock.py   (with registry access; rewrites requirements.lock)
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "requirements.lock"


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run([sys.executable, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--quiet",
                        "--disable-pip-version-check", "--report", str(report), str(ROOT)], check=True)
        resolved = json.loads(report.read_text("utf-8"))["install"]
    pins = sorted((i["metadata"]["name"].lower().replace("_", "-"), i["metadata"]["version"])
                  for i in resolved if i["metadata"]["name"].lower() != "mingjing")
    py = f"{sys.version_info.major}.{sys.version_info.minor}"
    lines = [f"# mingjing's run-time dependencies at exact versions (resolved for Python {py});",
             "# written by scripts/make_lock.py — rerun it after changing pyproject.toml's dependencies.",
             *(f"{name}=={version}" for name, version in pins)]
    LOCK.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{LOCK.name}：{len(pins)} 个依赖包")
    return 0


if __name__ == "__main__":
    sys.exit(main())
