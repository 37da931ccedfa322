"""All reviewers' comments of a round as one Word document: per member the latest draft, its
verdict, the decisions taken and every comment with who wrote it and when — in the same official
layout (GB/T 9704: A4, margins, 22 lines × 28 characters, official fonts, page numbers) as a drafted
material, by building the document's blocks and handing them to draft.material_docx."""

from __future__ import annotations

DECISION_NAMES = {"return": "退回修改", "approve": "审核通过"}
VERDICT_WORDS = {"pass": "机审未见问题", "revise": "机审建议修改", "reject": "机审建议重写"}


def comments_docx_bytes(title: str, subtitle: str, members: list[dict]) -> bytes:
    """members: [{"name", "draft": {"version", "verdict", "score"} | None, "status",
    "decisions": [{"decision", "user_name", "version", "created_at"}],
    "comments": [{"body", "user_name", "version", "created_at"}]}]"""
    from mingjing.control_chars import strip_control as clean
    from mingjing.draft.material import Block, Material
    from mingjing.draft.material_docx import draft_docx_bytes
    from mingjing.numerals import chinese_count

    def when(iso: str) -> str:
        return iso[:16].replace("T", " ")

    title = clean(title, one_line=True)
    blocks = [Block("title", head=title), Block("signature", body=clean(subtitle, one_line=True))]
    for k, m in enumerate(members, 1):
        blocks.append(Block("level1", head=f"{chinese_count(k)}、{clean(m['name'], one_line=True)}"))
        draft = m.get("draft")
        if draft is None:
            blocks.append(Block("body", body="尚未提交材料。"))
        else:
            verdict = VERDICT_WORDS.get(draft["verdict"], draft["verdict"])
            blocks.append(
                Block(
                    "body",
                    body=f"最新稿：第 {draft['version']} 稿；自动审阅：{verdict}，得分 "
                    f"{draft['score']}；审阅状态：{m['status']}。",
                )
            )
        for d in m.get("decisions", []):
            blocks.append(
                Block(
                    "body",
                    body=f"{when(d['created_at'])} {clean(d['user_name'], one_line=True)}："
                    f"第 {d['version']} 稿{DECISION_NAMES.get(d['decision'], d['decision'])}。",
                )
            )
        comments = m.get("comments", [])
        if not comments:
            blocks.append(Block("body", body="（无意见）"))
        for n, c in enumerate(comments, 1):
            on = f"（第 {c['version']} 稿）" if c.get("version") else ""
            blocks.append(
                Block(
                    "level3",
                    head=f"{n}. {clean(c['user_name'], one_line=True)}{on} {when(c['created_at'])}：",
                    body=clean(c["body"]),
                )
            )
    return draft_docx_bytes(Material("", title, blocks))
