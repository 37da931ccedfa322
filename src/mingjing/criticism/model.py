"""Criticisms and their team review: every criticism points at characters of its document's text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from mingjing.model import Document, Finding

CRITICISM_SCHEMA = "mingjing.criticism/1"


@dataclass
class Criticism:
    giver: str | None  # None when the file does not say who wrote it
    receiver: str
    text: str
    start: int  # offsets into the document's text
    end: int
    findings: list[Finding] = field(default_factory=list)


@dataclass
class CriticismList:
    """One file: a member's list (one giver) or a team file (a giver per section)."""

    document: Document
    giver: str | None
    form: str  # member | table | team
    criticisms: list[Criticism] = field(default_factory=list)
    receivers: list[str] = field(default_factory=list)  # every colleague a section names, in order

    @property
    def path(self) -> str:
        return self.document.source.path


@dataclass
class TeamReview:
    lists: list[CriticismList]
    members: list[str]
    team_findings: list[tuple[str, Finding]] = field(
        default_factory=list
    )  # (member, finding), no text anchor

    def text_of(self, c: Criticism) -> str:
        """The text of the document `c` comes from (its offsets point into it)."""
        for lst in self.lists:
            if any(x is c for x in lst.criticisms):
                return lst.document.text
        raise KeyError(c.text)

    def criticisms(self) -> list[tuple[CriticismList, Criticism]]:
        return [(lst, c) for lst in self.lists for c in lst.criticisms]

    def matrix(self) -> dict[tuple[str, str], list[Criticism]]:
        """(giver, receiver) → criticisms, for every pair of members."""
        cells: dict[tuple[str, str], list[Criticism]] = {
            (g, r): [] for g in self.members for r in self.members if g != r
        }
        for _, c in self.criticisms():
            if c.giver:
                cells.setdefault((c.giver, c.receiver), []).append(c)
        return cells


def team_to_dict(team: TeamReview) -> dict[str, Any]:
    """The `mingjing.criticism/1` contract."""

    def finding(f: Finding) -> dict[str, Any]:
        return f.to_dict()

    return {
        "schema": CRITICISM_SCHEMA,
        "members": team.members,
        "files": [
            {
                "source": lst.document.source.to_dict(),
                "giver": lst.giver,
                "form": lst.form,
                "text": lst.document.text,
                "criticisms": [
                    {
                        "giver": c.giver,
                        "receiver": c.receiver,
                        "text": c.text,
                        "start": c.start,
                        "end": c.end,
                        "findings": [finding(f) for f in c.findings],
                    }
                    for c in lst.criticisms
                ],
            }
            for lst in team.lists
        ],
        "matrix": [
            {"giver": g, "receiver": r, "count": len(cs), "findings": sum(len(c.findings) for c in cs)}
            for (g, r), cs in team.matrix().items()
        ],
        "team_findings": [{"member": m, **finding(f)} for m, f in team.team_findings],
    }
