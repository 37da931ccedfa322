"""All reviewers' comments of a round as one Word document: per member the latest draft, its
verdict, the decisions taken and every comment with who wrote it and when."""

from __future__ import annotations

import io

from mingjing.render.review_text import VERDICTS

DECISION_NAMES = {"return": "退回修改", "approve": "审核通过"}


def comments_docx_bytes(title: str, subtitle: str, members: list[dict]) -> bytes:
    """members: [{"name", "draft": {"version", "verdict", "score"} | None, "status",
    "decisions": [{"decision", "user_name", "version", "created_at"}],
    "comments": [{"body", "user_name", "version", "created_at"}]}]"""
    import docx
    from docx.shared import Pt

    from mingjing.control_chars import strip_control as clean

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.size = Pt(12)
    document.add_heading(clean(title, one_line=True), level=1)
    document.add_paragraph(clean(subtitle, one_line=True))
    for m in members:
        document.add_heading(clean(m["name"], one_line=True), level=2)
        draft = m.get("draft")
        if draft is None:
            document.add_paragraph("尚未提交材料。")
        else:
            verdict = VERDICTS.get(draft["verdict"], (draft["verdict"],))[0]
            document.add_paragraph(f"最新稿：第 {draft['version']} 稿；自动审阅结论：{verdict}，得分 {draft['score']}；"
                                   f"状态：{m['status']}")
        for d in m.get("decisions", []):
            document.add_paragraph(f"{d['created_at'][:16].replace('T', ' ')} {clean(d['user_name'], one_line=True)}："
                                   f"第 {d['version']} 稿{DECISION_NAMES.get(d['decision'], d['decision'])}",
                                   style="List Bullet")
        if not m.get("comments"):
            document.add_paragraph("（无意见）")
        for c in m.get("comments", []):
            p = document.add_paragraph(style="List Number")
            on = f"（第 {c['version']} 稿）" if c.get("version") else ""
            p.add_run(f"{clean(c['user_name'], one_line=True)}{on} {c['created_at'][:16].replace('T', ' ')}：").bold = True
            p.add_run(clean(c["body"]))
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
