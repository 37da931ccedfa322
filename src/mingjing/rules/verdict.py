"""Score (0–100) and verdict (pass | revise | reject) from the findings."""

from __future__ import annotations

from collections import Counter

from mingjing.model import Finding

WEIGHTS = {"error": 8.0, "warning": 3.0, "info": 0.5}
MAX_PER_CODE = 3  # one recurring slip should not sink a material on its own
PASS_SCORE = 85
REJECT_SCORE = 60
# findings that send a material back whole: it is not the author's own or not a material at all
REJECT_CODES = {"S100", "S103", "R201"}


# checks that could not run: the material cannot pass until they can (no framework → no coverage;
# a cut copy → no check of what the cut hides)
NO_PASS_CODES = {"C100", "S112"}
REFUSED = "S100"  # not a material at all: nothing was checked, so nothing is scored


def score(findings: list[Finding]) -> int:
    if any(f.code == REFUSED for f in findings):
        return 0
    per_code: Counter[str] = Counter()
    total = 0.0
    for f in findings:
        per_code[f.code] += 1
        if per_code[f.code] <= MAX_PER_CODE:
            total += WEIGHTS.get(f.severity, 0.0)
    return max(0, round(100 - total))


def verdict(findings: list[Finding], points: int) -> str:
    if points < REJECT_SCORE or any(f.code in REJECT_CODES and f.severity == "error" for f in findings):
        return "reject"
    # (an info C100 is a special meeting's: no pack could ever exist for it, so none is missing)
    if points < PASS_SCORE or any(
        f.severity == "error" or (f.code in NO_PASS_CODES and f.severity != "info") for f in findings
    ):
        return "revise"
    return "pass"
