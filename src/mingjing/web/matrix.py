"""The reviewer's view of a round: one row per team member (latest draft, verdict, findings per
category, status) and the similarity heat map among their latest drafts."""

from __future__ import annotations

from typing import Any

from mingjing.similarity.batch import percent
from mingjing.web.reviews import Reviews, category_counts
from mingjing.web.store import WebStore


def team_matrix(store: WebStore, reviews: Reviews, round_: dict) -> dict:
    members = store.team_members(round_["team_id"])
    materials = {m["author_id"]: m for m in store.round_materials(round_["id"])}
    latest = store.latest_drafts(round_["id"])
    team = reviews.team(latest) if len(latest) > 1 else {"pairs": {}, "clusters": []}
    pairs = team["pairs"]
    rows: list[dict[str, Any]] = []
    for member in members:
        material = materials.get(member["id"])
        draft = latest.get(material["id"]) if material else None
        rows.append(
            {
                "member": member,
                "material": material,
                "draft": draft,
                "counts": category_counts(draft) if draft else None,
            }
        )
    names = {row["material"]["id"]: row["member"]["name"] for row in rows if row["draft"]}
    group_of = {mid: k for k, members in enumerate(team["clusters"], 1) for mid, _ in members}
    clusters = [
        {
            "number": k,
            "members": [
                {
                    "material": mid,
                    "name": names.get(mid, "?"),
                    "share": percent(m.share),
                    "chars": m.chars,
                    "others": len(m.others),
                }
                for mid, m in members
            ],
        }
        for k, members in enumerate(team["clusters"], 1)
    ]
    heat = []
    for row in rows:
        cells: list[dict[str, Any] | None] = []
        mine = row["material"]["id"] if row["draft"] else None
        for other in rows:
            if row is other or not row["draft"] or not other["draft"]:
                cells.append(None)
                continue
            theirs = other["material"]["id"]
            pair = pairs.get((mine, theirs))
            score = pair.score if pair else 0.0
            same = mine in group_of and group_of.get(mine) == group_of.get(theirs) and score > 0
            cells.append(
                {
                    "a": mine,
                    "b": theirs,
                    "score": score,
                    "label": percent(score),
                    "passages": len(pair.passages) if pair else 0,
                    "mine": percent(pair.share_of(str(mine))) if pair else "0%",
                    "theirs": percent(pair.share_of(str(theirs))) if pair else "0%",
                    "cluster": group_of.get(mine) if same else None,
                }
            )
        heat.append({"member": row["member"], "cells": cells, "cluster": group_of.get(mine)})
    counts = {
        s: sum(1 for r in rows if r["material"] and r["material"]["status"] == s)
        for s in ("submitted", "returned", "approved")
    }
    counts["missing"] = sum(1 for r in rows if not r["material"])
    return {"rows": rows, "heat": heat, "counts": counts, "clusters": clusters}


def heat_class(score: float) -> str:
    """A CSS class for a similarity score (the larger share of either material found in the other)."""
    for limit, name in ((0.5, "h4"), (0.3, "h3"), (0.15, "h2"), (0.05, "h1")):
        if score >= limit:
            return name
    return "h0"
