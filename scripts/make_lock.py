"""Write the lock files: the exact version and sha256 hash of every package mingjing needs, as pip
resolves pyproject.toml's dependencies now (`pip install --dry-run --report`, whose download info
holds each file's hash).

- requirements.lock: the run-time dependencies (what `make bundle` ships and install.sh installs);
- requirements-dev.lock: what the `test` and `bench` extras add on top of them.

`make install` installs both with `pip install --require-hashes`, then mingjing itself without
dependencies, so every install gets these files byte for byte. The hashes are those of the files pip
chose on this machine (one file per package: for compiled packages the wheel of this Python and
platform); refresh the locks on the platform you install on.

Run: python scripts/make_lock.py   (`make lock`; needs the package index; rewrites both files)
"""

from __future__ import annotations

import json
import platform
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RUNTIME_LOCK = ROOT / "requirements.lock"
DEV_LOCK = ROOT / "requirements-dev.lock"


@dataclass(frozen=True)
class Pin:
    name: str
    version: str
    sha256: str

    def lines(self) -> list[str]:
        return [f"{self.name}=={self.version} \\", f"    --hash=sha256:{self.sha256}"]


def normalise(name: str) -> str:
    """The package name as PEP 503 compares it."""
    return name.lower().replace("_", "-").replace(".", "-")


def resolve(target: str) -> dict[str, Pin]:
    """What pip would install for `target` into an empty environment, each with its file's hash."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--dry-run",
                "--ignore-installed",
                "--quiet",
                "--disable-pip-version-check",
                "--report",
                str(report),
                target,
            ],
            check=True,
            cwd=ROOT,
        )
        resolved: list[dict[str, Any]] = json.loads(report.read_text("utf-8"))["install"]
    pins: dict[str, Pin] = {}
    for item in resolved:
        name = normalise(item["metadata"]["name"])
        if name == "mingjing":
            continue
        hashes: dict[str, str] = item["download_info"].get("archive_info", {}).get("hashes", {})
        if "sha256" not in hashes:
            raise SystemExit(f"{name}：下载信息中没有 sha256（{item['download_info'].get('url')}）")
        pins[name] = Pin(name, item["metadata"]["version"], hashes["sha256"])
    return pins


def write(path: Path, title: str, pins: list[Pin]) -> None:
    py = platform.python_version()
    lines = [
        f"# {title}",
        f"# Resolved for CPython {py} on {sys.platform} {platform.machine()}; written by",
        "# scripts/make_lock.py (`make lock`) — rerun it after changing pyproject.toml's dependencies.",
        "# Installed by `make install` with pip's --require-hashes.",
        *(line for pin in sorted(pins, key=lambda p: p.name) for line in pin.lines()),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    runtime = resolve(".")
    everything = resolve(".[test,bench]")
    for name, pin in runtime.items():  # one resolution for both files: the run-time pins must agree
        if everything[name].version != pin.version:
            raise SystemExit(
                f"{name}：运行依赖解析为 {pin.version}，连同测试依赖解析为 {everything[name].version}"
            )
    write(
        RUNTIME_LOCK,
        "mingjing's run-time dependencies at exact versions, with hashes.",
        [everything[n] for n in runtime],
    )
    write(
        DEV_LOCK,
        "What the test and bench extras add to requirements.lock: exact versions, hashes.",
        [p for n, p in everything.items() if n not in runtime],
    )
    print(
        f"{RUNTIME_LOCK.name}：{len(runtime)} 个依赖包；{DEV_LOCK.name}：{len(everything) - len(runtime)} 个"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
