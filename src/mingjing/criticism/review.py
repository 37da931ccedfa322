"""Review a team's criticism lists: every criticism through the K1xx rules, then the team rules."""

from __future__ import annotations

from collections.abc import Iterable

from mingjing.criticism.model import CriticismList, TeamReview
from mingjing.criticism.parse import parse_criticisms
from mingjing.criticism.rules import CHECKS, criticism_rules
from mingjing.model import Document
from mingjing.rules.base import Rule

SHARPER = {"K101", "K102", "K104", "K105"}


def members_of(lists: list[CriticismList]) -> list[str]:
    """Everyone who gives or receives a criticism, givers first, in the order they appear."""
    seen: dict[str, None] = {}
    for lst in lists:
        for c in lst.criticisms:
            if c.giver:
                seen.setdefault(c.giver, None)
    for lst in lists:
        if lst.giver:
            seen.setdefault(lst.giver, None)
        for r in lst.receivers:
            seen.setdefault(r, None)
    return list(seen)


def review_team(
    documents: Iterable[Document], rules: list[Rule] | None = None, givers: list[str] | None = None
) -> TeamReview:
    """Parse each document as a criticism list and review all of them as one team.

    `givers` (one per document) are the known authors of members' lists (the web app's accounts):
    they replace what the file says, except in a team file, where each pair names its giver."""
    lists = [parse_criticisms(d) for d in documents]
    for lst, giver in zip(lists, givers or []):
        if lst.form != "team":
            lst.giver = giver
            for c in lst.criticisms:
                c.giver = giver
    team = TeamReview(lists, members_of(lists))
    active = criticism_rules() if rules is None else [r for r in rules if r.category == "criticism"]
    for _lst, c in team.criticisms():
        for rule in active:
            if rule.engine == "criticism":
                c.findings.extend(CHECKS[rule.code](team, c, rule))
        # "too general" only where no sharper finding says what is wrong with the criticism
        if any(f.code in SHARPER for f in c.findings):
            c.findings = [f for f in c.findings if f.code != "K103"]
    for rule in active:
        if rule.engine == "criticism-team":
            for f in CHECKS[rule.code](team, rule):
                member = f.message.split("同志", 1)[0]
                team.team_findings.append((member, f))
    return team
