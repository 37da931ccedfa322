"""A forum's anti-copy noise left in a copied text (R213, round r28, real pages).

Discuz boards salt a thread with runs of short random ASCII tokens that the page hides but a copy keeps
(`5 A9 X9 d, n/ K# K` after a line's text, `3 r, {4 [' S: d6 ?0 g( d` on a line of its own; read/insertions.py
says what a run is). A text with two runs or more is read without them (round r23) and the runs are kept
aside (Document.extras, kind `jammer`): the review read a clean text, but the writer's file still holds them,
so one finding on the title says how many and shows one. A text with one run only is read as it stands
(one run may be a line of codes); a run there that holds five tokens or more is reported where it stands.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.read.insertions import jammer_runs
from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TOKENS_MIN = 5  # tokens of a lone run reported where it stands


def lone_runs(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every jammer run of TOKENS_MIN tokens or more left in the text."""
    if " " not in text:
        return
    at = 0
    for line in text.split("\n"):
        if " " in line:
            for a, b in jammer_runs(line):
                if len(line[a:b].split()) >= TOKENS_MIN:
                    yield at + a, at + b
        at += len(line) + 1


@code_rule(
    "R213",
    "forum-noise",
    "residue",
    "error",
    "{lead}论坛防复制的乱码“{shown}”{tail}",
    "有的论坛在帖子里插入隐藏的随机字符串（一两个字母、数字和符号一组，如“5 A9 X9 d, n/ K# K”），网页上看不见，"
    "复制时却一起带了下来。文中有两串以上时，审阅时已略去，在标题处提示一次；只有一串的，在原处提示。",
    bad=[
        variant("按照县委要求，", "按照县委要求，[ 5 A9 X9 d, n/ K# K]"),
    ],
    good=[
        variant("按照县委要求，", "按照县委要求，用OA系统和VPN账号处理公文，按A B C D四档打分，"),
        variant("按照县委要求，", "按照县委要求，对第1, 2, 3, 4, 5号问题逐项整改，"),
    ],
)
def forum_noise(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    kept = [e.text for e in ctx.outline.document.extras if e.kind == "jammer"]
    runs = [r for e in kept for r in e.split("\n") if r]
    if runs:
        end = text.find("\n")
        end = len(text) if end < 0 else end
        yield rule.finding(
            text,
            0,
            end,
            (),
            lead="原文件夹着",
            shown=runs[0],
            tail=f"等{len(runs)}串（审阅时已略去），请在原文件中删除",
        )
        return
    for start, end in lone_runs(text):
        yield rule.finding(
            text, start, end, ("",), lead="正文中夹有", shown=text[start:end].strip(), tail="，应删除"
        )
