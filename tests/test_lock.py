"""Reproducible installs: every dependency pyproject.toml names (run time, test, bench) is pinned in
the lock files at one exact version that satisfies pyproject's range, with a sha256 hash; the run-time
lock holds run-time packages only (the bundle ships it); `make install` installs the locks
hash-checked. (The install itself is exercised by test_bundle.py, offline, from requirements.lock.)"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
ENTRY = re.compile(
    r"^(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)==(?P<version>\S+) \\\n"
    r"(?P<hashes>(?:    --hash=sha256:[0-9a-f]{64}(?: \\\n|\n))+)",
    re.M,
)


def locked(name: str) -> dict[str, tuple[str, int]]:
    """{package: (version, number of hashes)}; fails on a line that is neither an entry nor a comment."""
    text = (ROOT / name).read_text(encoding="utf-8")
    entries: dict[str, tuple[str, int]] = {
        canonicalize_name(m["name"]): (m["version"], m["hashes"].count("--hash="))
        for m in ENTRY.finditer(text)
    }
    rest = ENTRY.sub("", text)
    stray = [line for line in rest.splitlines() if line.strip() and not line.startswith("#")]
    assert not stray, f"{name}: lines that are not pinned with a hash: {stray}"
    return entries


def project() -> dict[str, Any]:
    data: dict[str, Any] = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return data


def test_every_dependency_is_pinned_with_a_hash_inside_its_range() -> None:
    runtime, dev = locked("requirements.lock"), locked("requirements-dev.lock")
    assert not set(runtime) & set(dev), "a package is in both lock files"
    every = {**runtime, **dev}
    assert all(n >= 1 for _, n in every.values())
    extras = project()["optional-dependencies"]
    for spec, lock in [
        *((s, runtime) for s in project()["dependencies"]),
        *((s, every) for group in ("test", "bench") for s in extras[group]),
    ]:
        req = Requirement(spec)
        name = canonicalize_name(req.name)
        assert name in lock, f"{req.name} (pyproject.toml) is not in the lock; run make lock"
        assert req.specifier.contains(lock[name][0], prereleases=True), (
            f"{req.name}=={lock[name][0]} in the lock is outside pyproject's {req.specifier}; run make lock"
        )


def test_test_and_bench_packages_stay_out_of_the_runtime_lock() -> None:
    runtime = locked("requirements.lock")
    extras = project()["optional-dependencies"]
    only_dev = {canonicalize_name(Requirement(s).name) for g in ("test", "bench") for s in extras[g]}
    assert not only_dev & set(runtime)


def test_make_install_uses_the_locks_with_hashes() -> None:
    make = (ROOT / "Makefile").read_text(encoding="utf-8")
    install = make.split("$(STAMP):", 1)[1].split("\n\n", 1)[0]
    assert "--require-hashes -r requirements.lock -r requirements-dev.lock" in install
    assert "--no-deps -e ." in install and "pip check" in install
