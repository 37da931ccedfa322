"""What the probe runners of eval/ print alike: the numbered probes of one folder, and the reviewer's readings.

- `run_numbered`: each `probeN.yaml` of a folder named on the command line (1 and 2 when none is), measured
  by the runner's `measure(path)` into a ProbeResult (eval/probe_typo13.py) and printed by its `show` — the
  runners of residue19a, residue20b, residue21a, residue21b and identity20.
- `run_part`, `points_line`, `materials_line`, `print_keyed`: the figures of probe_reviewer16's `point_results` (E104 on
  factless and factual points) and `material_results` (A101 on unanswered and answered materials), and,
  verbose, each missed one and false alarm — the runners of reviewer16 and of the probes read as it reads.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from probe_typo13 import ProbeResult, show


def run_numbered(argv: list[str], folder: Path, name: str, measure: Callable[[Path], ProbeResult]) -> int:
    """Print `name`-N's figure for each probe N of the command line found in `folder` (-v: each line)."""
    for n in [a for a in argv if a.isdigit()] or ["1", "2"]:
        path = folder / f"probe{n}.yaml"
        if path.exists():
            show(f"{name}-{n}", measure(path), "-v" in argv)
    return 0


def run_part(
    argv: list[str],
    results: Callable[[str], dict[str, list[str]]],
    line: Callable[[dict[str, list[str]]], str],
) -> int:
    """Print the figure `line` gives of the reading `results(part)` of the part the command line names (first
    when none is) and, with -v, each missed one and false alarm."""
    rest = [a for a in argv if not a.startswith("-")]
    part = rest[0] if rest else "first"
    reading = results(part)
    print(f"{part}: {line(reading)}")
    if "-v" in argv:
        print_keyed(reading)
    return 0


def points_line(p: dict[str, list[str]]) -> str:
    """The figure of a `point_results` reading: factless points heard, factual ones marked."""
    return (
        f"factless heard {len(p['heard'])}/{len(p['heard']) + len(p['missed'])}, "
        f"factual marked {len(p['alarms'])}/{len(p['alarms']) + len(p['quiet'])}"
    )


def materials_line(m: dict[str, list[str]]) -> str:
    """The figure of a `material_results` reading: unanswered heard, answered quiet, A101's false alarms."""
    return (
        f"unanswered heard {len(m['heard'])}/{len(m['heard']) + len(m['missed'])}, "
        f"answered quiet {len(m['quiet'])}/{len(m['quiet']) + len(m['loud'])}, A101 false alarms {len(m['alarms'])}"
    )


def print_keyed(reading: dict[str, list[str]], prefix: str = "") -> None:
    """Each missed one and each false alarm of a reading, one line each (`prefix` names what was read)."""
    for key in ("missed", "alarms"):
        for text in reading[key]:
            print(f"  {prefix}{key}: {text}")
