"""Punctuation that needs more than a pattern: quotes and brackets must be paired (GB/T 15834-2011)."""

from __future__ import annotations

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

PAIRS = {"“": "”", "‘": "’", "（": "）", "《": "》", "【": "】", "〔": "〕"}
CLOSERS = {v: k for k, v in PAIRS.items()}
STOPS = "，。；：！？"
MAX_QUOTED = 30


@code_rule("P201", "unpaired-mark", "punctuation", "warning",
           "“{match}”没有配对的“{other}”：引号、括号、书名号要成对使用",
           "不成对的标点多是删改时漏删或漏补，影响阅读。",
           bad=[variant("全县“智慧交通”平台建设", "全县智慧交通[”]平台建设"),
                variant("（一）强化理论学习。2024年6月底前精读原著全部篇目", "（一）强化理论学习。[（2024年6月底前精读原著全部篇目]")],
           good=[GOOD])
def unpaired_mark(ctx, rule):
    text = ctx.text
    for p in ctx.outline.document.paragraphs:
        stack: list[tuple[str, int]] = []
        for k in range(p.start, p.end):
            ch = text[k]
            if ch in PAIRS:
                stack.append((ch, k))
            elif ch in CLOSERS:
                if stack and stack[-1][0] == CLOSERS[ch]:
                    stack.pop()
                elif any(opener == CLOSERS[ch] for opener, _ in stack):
                    while stack and stack[-1][0] != CLOSERS[ch]:
                        opener, at = stack.pop()
                        yield rule.finding(text, at, at + 1, other=PAIRS[opener])
                    stack.pop()
                else:
                    yield rule.finding(text, k, k + 1, other=CLOSERS[ch])
        for opener, at in stack:
            yield _unclosed(rule, text, opener, at, p.end)


def _unclosed(rule, text: str, opener: str, at: int, paragraph_end: int):
    """An opener never closed: suggest closing it before the next clause mark (to be checked:
    where the quotation ends depends on the sense)."""
    stop = at + 1
    while stop < paragraph_end and text[stop] not in STOPS:
        stop += 1
    if 1 < stop - at <= MAX_QUOTED:
        return rule.finding(text, at, stop, (text[at:stop] + PAIRS[opener],), other=PAIRS[opener])
    return rule.finding(text, at, at + 1, other=PAIRS[opener])
