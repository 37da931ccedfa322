"""The reviewer17 probes (tests/fixtures/probes17/reviewer17/): unanswered aspects and factless points in
whole materials, read as probe_reviewer16 reads its own (same format, same measure).

Run: `python eval/probe_reviewer17.py [first|second] [-v]`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import probe_reviewer16 as base

PROBE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "probes17" / "reviewer17"


@contextmanager
def _here() -> Iterator[None]:
    """probe_reviewer16's readers pointed at these fixtures for the call, and back after it."""
    kept, base.PROBE = base.PROBE, PROBE
    try:
        yield
    finally:
        base.PROBE = kept


def _read(reader: Callable[[str], dict[str, list[str]]], part: str) -> dict[str, list[str]]:
    with _here():
        return reader(part)


def material_results(part: str) -> dict[str, list[str]]:
    return _read(base.material_results, part)


def point_results(part: str) -> dict[str, list[str]]:
    return _read(base.point_results, part)


def main(argv: list[str]) -> int:
    with _here():
        return base.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
