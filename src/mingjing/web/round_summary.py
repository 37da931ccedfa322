"""The round summary for the 督导组: who handed in, how many drafts each needed, the human status and
the automatic verdict with its score, findings per category, the most frequent findings, the most
similar pairs among the latest drafts, and how long each draft waited for a reviewer's decision.
One dict per round, shown as a printable page and written as xlsx (openpyxl)."""

from __future__ import annotations

import io
from collections import Counter
from datetime import UTC, datetime

from mingjing.model import CATEGORIES
from mingjing.render.rules_table import CATEGORY_NAMES
from mingjing.web.reviews import Reviews, review_of
from mingjing.web.store import WebStore

SUMMARY_CATEGORIES = tuple(c for c in CATEGORIES if c != "criticism")
TOP_PAIRS, TOP_FINDINGS = 5, 3
PAIR_FLOOR = 0.05  # pairs below this share of shared text are not worth listing


def _time(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def waits(drafts: list[dict], decisions: list[dict], now: datetime) -> float:
    """Hours the material's drafts waited for a decision: each draft from its upload to the first
    decision on it — or to now, for the latest one still waiting."""
    first: dict[int, str] = {}
    for d in decisions:
        first.setdefault(d["draft_id"], d["created_at"])
    total = 0.0
    for k, draft in enumerate(drafts):
        if draft["id"] in first:
            end = _time(first[draft["id"]])
        elif k == len(drafts) - 1:
            end = now
        else:
            continue  # replaced by a newer draft before anyone decided
        total += max(0.0, (end - _time(draft["uploaded_at"])).total_seconds() / 3600)
    return total


def round_summary(
    store: WebStore, reviews: Reviews | None, round_: dict, now: datetime | None = None
) -> dict:
    """Everything the summary page and the xlsx show; `reviews` None leaves out the similar pairs."""
    now = now or datetime.now(UTC)
    members = store.team_members(round_["team_id"])
    materials = {m["author_id"]: m for m in store.round_materials(round_["id"])}
    latest = store.latest_drafts(round_["id"])
    per_category: Counter = Counter()
    per_code: dict[str, Counter] = {c: Counter() for c in SUMMARY_CATEGORIES}
    messages: dict[str, str] = {}
    rows = []
    for member in members:
        material = materials.get(member["id"])
        draft = latest.get(material["id"]) if material else None
        row = {
            "name": member["name"],
            "material": material,
            "draft": draft,
            "drafts": 0,
            "counts": {},
            "wait_hours": None,
            "status": material["status"] if material and draft else None,
        }
        if draft and material:
            drafts = store.drafts(material["id"])
            row["drafts"] = len(drafts)
            row["wait_hours"] = waits(drafts, store.decisions(material["id"]), now)
            counts: Counter[str] = Counter()
            for f in review_of(draft)["findings"]:
                if f["severity"] == "info" or f["category"] not in per_code:
                    continue
                counts[f["category"]] += 1
                per_code[f["category"]][f["code"]] += 1
                messages.setdefault(f["code"], f["message"])
            row["counts"] = dict(counts)
            per_category.update(counts)
        rows.append(row)
    pairs = []
    if reviews is not None and len(latest) > 1:
        names = {m["id"]: m["author_name"] for m in store.round_materials(round_["id"])}
        seen = set()
        for (a, b), pair in reviews.team(latest)["pairs"].items():
            key = tuple(sorted((a, b)))
            if key in seen or pair.score < PAIR_FLOOR:
                continue
            seen.add(key)
            pairs.append(
                {
                    "a": names[key[0]],
                    "b": names[key[1]],
                    "a_id": key[0],
                    "b_id": key[1],
                    "score": pair.score,
                    "passages": len(pair.passages),
                }
            )
        pairs = sorted(pairs, key=lambda p: -p["score"])[:TOP_PAIRS]
    main = {
        c: [
            {"code": code, "count": n, "message": messages[code]}
            for code, n in per_code[c].most_common(TOP_FINDINGS)
        ]
        for c in SUMMARY_CATEGORIES
        if per_code[c]
    }
    handed = [r for r in rows if r["draft"]]
    return {
        "round": round_,
        "rows": rows,
        "pairs": pairs,
        "main": main,
        "categories": [
            {"key": c, "name": CATEGORY_NAMES[c], "count": per_category.get(c, 0)} for c in SUMMARY_CATEGORIES
        ],
        "totals": {
            "members": len(rows),
            "handed_in": len(handed),
            "approved": sum(1 for r in handed if r["status"] == "approved"),
            "returned": sum(1 for r in handed if r["status"] == "returned"),
            "submitted": sum(1 for r in handed if r["status"] == "submitted"),
            "drafts": sum(r["drafts"] for r in handed),
            "mean_score": round(sum(r["draft"]["score"] for r in handed) / len(handed), 1)
            if handed
            else None,
        },
        "generated": now.isoformat(timespec="minutes"),
    }


def chart_bars(categories: list[dict], width: int = 420, bar: int = 18) -> list[dict]:
    """Bars of the findings-by-category chart (inline SVG in the page; no script, prints as drawn)."""
    top = max([c["count"] for c in categories] + [1])
    return [
        {**c, "y": k * (bar + 8), "w": round(width * c["count"] / top, 1), "h": bar}
        for k, c in enumerate(categories)
    ]


def summary_xlsx(summaries: list[dict], title: str) -> bytes:
    """One sheet of members (every round given), one of findings per category, one of similar pairs;
    A4 landscape fitted to the width, header repeated on each printed page; text stays text."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.properties import PageSetupProperties
    from openpyxl.worksheet.worksheet import Worksheet

    from mingjing.ledger.xlsx import text_cell
    from mingjing.web.pages import STATUS_NAMES, VERDICT_NAMES

    wb = Workbook()
    ws = wb.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = "成员"
    cats = SUMMARY_CATEGORIES
    header = [
        "单位",
        "班子/支部",
        "轮次",
        "成员",
        "是否提交",
        "稿数",
        "审阅状态",
        "自动审阅",
        "得分",
        *[CATEGORY_NAMES[c] for c in cats],
        "等待审阅（小时）",
    ]
    text_cell(ws, 1, 1, title).font = Font(bold=True, size=14)
    for col, name in enumerate(header, 1):
        text_cell(ws, 2, col, name).font = Font(bold=True)
    r = 3
    for s in summaries:
        rd = s["round"]
        for row in s["rows"]:
            draft = row["draft"]
            values = [
                rd["unit_name"],
                rd["team_name"],
                rd["name"],
                row["name"],
                "已提交" if draft else "未提交",
                row["drafts"] or None,
                STATUS_NAMES.get(row["status"], "—") if draft else "—",
                VERDICT_NAMES[draft["verdict"]] if draft else "—",
                draft["score"] if draft else None,
                *[row["counts"].get(c, 0) if draft else None for c in cats],
                round(row["wait_hours"], 1) if row["wait_hours"] is not None else None,
            ]
            for col, value in enumerate(values, 1):
                text_cell(ws, r, col, value)
            r += 1
    ws.freeze_panes = "A3"
    ws.print_title_rows = "2:2"
    for letter, width in zip("ABCDEFGHI", (14, 14, 24, 10, 9, 6, 10, 10, 6)):
        ws.column_dimensions[letter].width = width
    ws2 = wb.create_sheet("问题分类")
    for col, name in enumerate(["单位", "轮次", "类别", "问题数", "主要问题"], 1):
        text_cell(ws2, 1, col, name).font = Font(bold=True)
    r = 2
    for s in summaries:
        for c in s["categories"]:
            main = "；".join(
                f"{m['code']} {m['message'][:40]}（{m['count']}）" for m in s["main"].get(c["key"], [])
            )
            for col, value in enumerate(
                [s["round"]["unit_name"], s["round"]["name"], c["name"], c["count"], main], 1
            ):
                text_cell(ws2, r, col, value).alignment = Alignment(wrap_text=True, vertical="top")
            r += 1
    ws2.column_dimensions["E"].width = 80
    ws3 = wb.create_sheet("相似")
    for col, name in enumerate(["单位", "轮次", "成员甲", "成员乙", "相同内容占比", "相同段落数"], 1):
        text_cell(ws3, 1, col, name).font = Font(bold=True)
    r = 2
    for s in summaries:
        for p in s["pairs"]:
            for col, value in enumerate(
                [
                    s["round"]["unit_name"],
                    s["round"]["name"],
                    p["a"],
                    p["b"],
                    f"{p['score']:.0%}",
                    p["passages"],
                ],
                1,
            ):
                text_cell(ws3, r, col, value)
            r += 1
    for sheet in (ws, ws2, ws3):
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = "landscape"
        sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
        sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()
