"""The floors of the numbered residue probes (eval/probe_residue19a.py's format and its ProbeResult): one
test per probe of a folder, holding what the probe's first run recorded in the test module's docstring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest


def floor_test(measure: Callable[[Path], Any], folder: Path, floors: dict[int, tuple[int, ...]]) -> Callable:
    """A test over each probe N of `floors` ({N: (found, planted[, false alarms at most])}) in `folder`:
    at least that many planted, that many found, at most that many false alarms (none when not given)."""

    @pytest.mark.parametrize("n", sorted(floors))
    def test_probe_found_and_quiet(n: int) -> None:
        r = measure(folder / f"probe{n}.yaml")
        found, planted, *most = floors[n]
        assert r.slips >= planted
        assert len(r.found) >= found, r.missed
        assert len(r.alarms) <= (most[0] if most else 0), r.alarms

    return test_probe_found_and_quiet


def punct_floor_test(
    measure: Callable[[Path], Any], folder: Path, floors: dict[int, tuple[int, int, int, int]]
) -> Callable:
    """A test over each punctuation probe N of `floors` ({N: (found, right fix, planted, clean)}) in `folder`
    (eval/probe_punct17.py's format and measure): each figure at least its floor, and no false alarm."""

    @pytest.mark.parametrize("n", sorted(floors))
    def test_probe_found_fixed_and_quiet(n: int) -> None:
        r = measure(folder / f"probe{n}.yaml")
        found, fixed, planted, clean = floors[n]
        assert r.planted >= planted and r.clean >= clean
        assert r.found >= found and r.fixed >= fixed, r.lines
        assert r.alarms == 0, r.lines

    return test_probe_found_fixed_and_quiet
