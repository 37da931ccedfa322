"""Flood control: the same finding many times (30 half-width commas) is shown once with its count
and a fix-all suggestion; JSON keeps every finding and adds the groups (`groups`, additive)."""

from __future__ import annotations

from dataclasses import dataclass, field

from mingjing.model import Finding

FLOOD_MIN = 5  # the same code, message and suggestion this many times: one entry with the count


@dataclass
class Group:
    findings: list[Finding] = field(default_factory=list)

    @property
    def first(self) -> Finding:
        return self.findings[0]

    @property
    def count(self) -> int:
        return len(self.findings)

    @property
    def collapsed(self) -> bool:
        return self.count >= FLOOD_MIN

    def note(self) -> str:
        """What the reader is told about the other places."""
        f = self.first
        fix = ""
        if f.suggestions:
            target = f"“{f.suggestions[0]}”" if f.suggestions[0] else "删除"
            fix = (
                f"，可一并修改：全部“{f.excerpt}”改为{target}"
                if f.suggestions[0]
                else f"，可一并删除全部“{f.excerpt}”"
            )
        return f"同类问题共 {self.count} 处{fix}"


def _key(f: Finding) -> tuple:
    return f.code, f.message, tuple(f.suggestions), f.excerpt


def group_findings(findings: list[Finding]) -> list[Group]:
    """Groups in order of first appearance: one per kind seen FLOOD_MIN times or more, else one per finding."""
    by_key: dict[tuple, Group] = {}
    for f in findings:
        by_key.setdefault(_key(f), Group()).findings.append(f)
    out: list[Group] = []
    seen: set[tuple] = set()
    for f in findings:
        group = by_key[_key(f)]
        if group.collapsed:
            if _key(f) not in seen:
                seen.add(_key(f))
                out.append(group)
        else:
            out.append(Group([f]))
    return out


def groups_json(findings: list[Finding]) -> list[dict]:
    """The collapsed groups for JSON: code, message, count, the fix-all suggestion, every place."""
    return [
        {
            "code": g.first.code,
            "rule": g.first.rule,
            "category": g.first.category,
            "severity": g.first.severity,
            "message": g.first.message,
            "excerpt": g.first.excerpt,
            "count": g.count,
            "suggestions": g.first.suggestions,
            "note": g.note(),
            "places": [{"start": f.start, "end": f.end} for f in g.findings],
        }
        for g in group_findings(findings)
        if g.collapsed
    ]
