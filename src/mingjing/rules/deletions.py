"""Marks inside a stretch a residue finding deletes (round r28, real pages): a site's info line
(【发布时间:…】 【来源:…】), a forum's noise, a paywall note go as a whole, so the half-width colons and
brackets in them are no punctuation slips of the writer's and a reader need not mend them first.
"""

from __future__ import annotations

from mingjing.model import Finding


def quiet_in_deletions(findings: list[Finding]) -> list[Finding]:
    """The findings without the punctuation ones inside a residue finding whose only fix deletes it."""
    gone = [(f.start, f.end) for f in findings if f.category == "residue" and f.suggestions == [""]]
    if not gone:
        return findings
    return [
        f
        for f in findings
        if f.category != "punctuation" or not any(a <= f.start and f.end <= b for a, b in gone)
    ]
