"""Framework detection: title (year, meeting type, theme words) plus how well the items match."""

from __future__ import annotations

import re
from collections.abc import Callable

from mingjing.frameworks import Framework
from mingjing.model import FrameworkRef

_YEAR = re.compile(r"(20\d{2})\s*年")
MEETING_WORDS = {"民主生活会": ("民主生活会",), "组织生活会": ("组织生活会", "组织生活")}


def title_years(text: str) -> set[int]:
    return {int(y) for y in _YEAR.findall(text)}


def score_framework(fw: Framework, head: str, mapped: int, total: int) -> float:
    """Evidence for `fw`: head is the title plus the start of the preamble."""
    score = 0.0
    years = title_years(head)
    if fw.year is not None and years:
        score += 2.0 if fw.year in years else -2.0
    meetings = {m for m, words in MEETING_WORDS.items() if any(w in head for w in words)}
    if meetings:
        score += 1.0 if fw.meeting in meetings else -2.0
    score += min(3.0, 1.5 * sum(1 for k in fw.title_keywords if k in head))
    if total:
        score += 5.0 * mapped / total
    if fw.year is None:
        score -= 0.5  # a standing pack yields to a year's pack on equal evidence
    return score


FAR_YEARS = 2  # a title this many years off a pack is another era, not a copied old title


DATE_CHARS = 40  # the title's date or signature line right after it


def _other_era(fw: Framework, years: set[int]) -> bool:
    """A material dated years away from the pack is never checked against it (a 2019 material
    against 2023's aspects); a title a year or two off is a copied old title, which R203 reports."""
    if fw.year is None or not years or fw.year in years:
        return False
    return min(abs(y - fw.year) for y in years) > FAR_YEARS


def detect_framework(frameworks: dict[str, Framework], head: str,
                     count_mapped: Callable[[Framework], tuple[int, int]], title: str = "") -> FrameworkRef | None:
    """Best-scoring pack, or None when the evidence is weak (no mapped item, no title signal).
    A title's year weighs twice: a pack of the year the title names beats another year's pack
    whose aspects read alike (a copied old title still maps to this year's pack, for R203)."""
    best: tuple[float, Framework] | None = None
    named = title_years(title)
    dated = title_years(head[:len(title) + DATE_CHARS])
    for fw in frameworks.values():
        if _other_era(fw, dated):
            continue
        mapped, total = count_mapped(fw)
        s = score_framework(fw, head, mapped, total)
        if named and fw.year is not None:
            s += 1.0 if fw.year in named else -1.0
        enough = mapped >= max(1, total // 3) if total else s >= 3.0
        if enough and (best is None or s > best[0]):
            best = (s, fw)
    if best is None or best[0] < 2.0:
        return None
    return FrameworkRef(id=best[1].id, name=best[1].name, score=round(best[0], 2))
