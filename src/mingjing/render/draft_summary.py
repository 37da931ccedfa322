"""What `mingjing draft` prints: the files written, what the LLM did, and the review of each
draft (with the team's summary table and its most similar pairs)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from mingjing.draft.produce import TeamResult


def render_drafts(out: Console, err: Console, result: TeamResult) -> None:
    for d in result.drafts:
        written = "、".join(str(p) for p in (d.job.docx, d.job.md) if p is not None)
        err.print(f"已写入 {written}", markup=False, soft_wrap=True)
        if d.llm_error:
            rest = f"LLM 改写了 {d.llm_used} 个问题，其余" if d.llm_used else "本稿未使用 LLM，"
            err.print(Text(f"提示：{d.llm_error}；{rest}按笔记原文拼接", style="yellow"), soft_wrap=True)
        elif d.fallbacks or d.llm_used:
            err.print(f"LLM 改写了 {d.llm_used} 个问题", markup=False, soft_wrap=True)
        for fb in d.fallbacks:
            err.print(Text(f"提示：{fb.message()}", style="yellow"), soft_wrap=True)
        gaps = d.material.placeholders
        if gaps:
            err.print(Text(f"提示：初稿中有 {gaps} 处“【待补充：……】”，请补充笔记后重新起草", style="yellow"), soft_wrap=True)
    from mingjing.render.review_text import render_report, summary_table

    for d in result.drafts:
        render_report(out, d.report, str(d.job.docx))
    if len(result.drafts) > 1:
        out.print(summary_table([(str(d.job.docx), d.report, None) for d in result.drafts], result.pairs))
