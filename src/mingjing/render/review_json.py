"""Reviews as JSON (contract mingjing.review/1)."""

from __future__ import annotations

import json

from mingjing.model import REVIEW_SCHEMA, Report, report_to_dict
from mingjing.render.finding_groups import groups_json


def report_json(report: Report) -> dict:
    """report_to_dict plus `groups` (additive): kinds seen many times, with every place."""
    return {**report_to_dict(report), "groups": groups_json(report.findings)}


def render_review_json(
    reports: list[Report],
    pairs: list | None = None,
    matches: list | None = None,
    clusters: list | None = None,
) -> str:
    """`clusters` (additive): groups of materials that share text, each member with its shared
    characters, share of its own text, partners and passages (similarity.clusters)."""
    return json.dumps(
        {
            "schema": REVIEW_SCHEMA,
            "reports": [report_json(r) for r in reports],
            "pairs": [p.to_dict() if hasattr(p, "to_dict") else p for p in pairs or []],
            "clusters": [c.to_dict() for c in clusters or []],
            "matches": matches or [],
        },
        ensure_ascii=False,
        indent=2,
    )
