"""What `mingjing draft` prints: the files written, what the LLM did, and the review of each
draft (with the team's summary table and its most similar pairs)."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from mingjing.draft.produce import TeamResult, draft_hints


def render_drafts(out: Console, err: Console, result: TeamResult) -> None:
    for d in result.drafts:
        written = "、".join(str(p) for p in (d.job.docx, d.job.md) if p is not None)
        err.print(f"已写入 {written}", markup=False, soft_wrap=True)
        for line in draft_hints(d):
            if line.startswith("提示："):
                err.print(Text(line, style="yellow"), soft_wrap=True)
            else:
                err.print(line, markup=False, soft_wrap=True)
    from mingjing.render.review_text import render_report, summary_table

    for d in result.drafts:
        render_report(out, d.reviewed, str(d.job.docx))
    if len(result.drafts) > 1:
        out.print(summary_table([(str(d.job.docx), d.report, None) for d in result.drafts], result.pairs))
