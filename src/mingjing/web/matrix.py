"""The reviewer's view of a round: one row per team member (latest draft, verdict, findings per
category, status) and the similarity heat map among their latest drafts."""

from __future__ import annotations

from mingjing.web.reviews import Reviews, category_counts
from mingjing.web.store import WebStore


def team_matrix(store: WebStore, reviews: Reviews, round_: dict) -> dict:
    members = store.team_members(round_["team_id"])
    materials = {m["author_id"]: m for m in store.round_materials(round_["id"])}
    latest = store.latest_drafts(round_["id"])
    pairs = reviews.pairs(latest) if len(latest) > 1 else {}
    rows = []
    for member in members:
        material = materials.get(member["id"])
        draft = latest.get(material["id"]) if material else None
        rows.append({"member": member, "material": material, "draft": draft,
                     "counts": category_counts(draft) if draft else None})
    heat = []
    for row in rows:
        cells = []
        for other in rows:
            if row is other or not row["draft"] or not other["draft"]:
                cells.append(None)
                continue
            pair = pairs.get((row["material"]["id"], other["material"]["id"]))
            cells.append({"a": row["material"]["id"], "b": other["material"]["id"],
                          "score": pair.score if pair else 0.0, "passages": len(pair.passages) if pair else 0})
        heat.append({"member": row["member"], "cells": cells})
    counts = {s: sum(1 for r in rows if r["material"] and r["material"]["status"] == s)
              for s in ("submitted", "returned", "approved")}
    counts["missing"] = sum(1 for r in rows if not r["material"])
    return {"rows": rows, "heat": heat, "counts": counts}


def heat_class(score: float) -> str:
    """A CSS class for a similarity score (shared non-stock text over the shorter material)."""
    for limit, name in ((0.5, "h4"), (0.3, "h3"), (0.15, "h2"), (0.05, "h1")):
        if score >= limit:
            return name
    return "h0"
