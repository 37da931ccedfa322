"""Two materials compared, for the terminal: the score and each shared passage in both texts."""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from mingjing.model import Document
from mingjing.render.review_text import line_col
from mingjing.similarity.batch import STOCK_PASSAGE, Pair, percent, short_name

SHOWN = 60


def _clip(text: str) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def render_compare_text(console: Console, pair: Pair, a: Document, b: Document) -> None:
    level = "高度雷同" if pair.score >= 0.5 else "部分相似" if pair.score >= 0.2 else "未见雷同"
    console.print(
        Text.assemble(
            ("相似度 ", "bold"),
            (percent(pair.score), "bold red" if pair.score >= 0.5 else "bold"),
            f"（{level}）：共享片段 {len(pair.passages)} 处",
        ),
        soft_wrap=True,
    )
    a_name, b_name = short_name(pair.a), short_name(pair.b)
    console.print(
        f"{a_name} 的 {percent(pair.a_share)} 文字见于 {b_name}；{b_name} 的 {percent(pair.b_share)} 文字见于 "
        f"{a_name}（相似度取较大者；以通用提法为主的片段不计）",
        soft_wrap=True,
        markup=False,
    )
    for n, p in enumerate(pair.passages, 1):
        la, ca = line_col(a.text, p.a_start)
        lb, cb = line_col(b.text, p.b_start)
        note = "（多为通用提法）" if p.stock >= STOCK_PASSAGE else ""
        console.print(Text(f"{n}. {p.chars} 字{note}", style="bold"))
        console.print(
            f"   {pair.a}:{la}:{ca}  {_clip(a.text[p.a_start : p.a_end])}", soft_wrap=True, markup=False
        )
        console.print(
            f"   {pair.b}:{lb}:{cb}  {_clip(b.text[p.b_start : p.b_end])}", soft_wrap=True, markup=False
        )
