"""A 成语 or fixed phrase whose 作 is typed as 做 (T328): 默不做声 → 默不作声, 做茧自缚 → 作茧自缚, 胡做非为 →
胡作非为, 当家做主 → 当家作主; and the few whose 做 is typed as 作 (说到作到 → 说到做到).

作 and 做 are one sound and both right in free text (看作/看做, 作为/做为 aside), so the sound tables leave them to
each other (T182's `_EITHER`, long_term_slips' variants). Inside a fixed four-character phrase the form is
settled: the phrases are the 成语 of the idiom table (data/idioms_four.tsv) and pypinyin's phrases of four
characters that jieba's dictionary holds at least PHRASE_MIN times, holding 作 or 做 once; the swapped form
is a slip where jieba holds it at its noise level at most (SWAP_MAX: 默不做声 3 beside 默不作声 200) and the
phrase RATIO times as often — a swap written about as often as the phrase (大做文章 54 / 大作文章 130, 小题大做
28 / 小题大作 16, 敢做敢为 4 / 敢作敢为 44) is the other's accepted twin and is left alone. 做 put back for 作 is
read only in a 成语 (jieba's tag i): 错误作法 is a word of its own beside 错误做法.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

IDIOMS = Path(__file__).parent / "data" / "idioms_four.tsv"
PHRASE_MIN = 10  # the phrase is a settled one (从中作梗 10, 作茧自缚 14)
SWAP_MAX = 20  # the swapped form is rare in jieba (its noise is 3; 当家做主 18 beside 当家作主 394)
RATIO = 15  # the phrase is written this many times as often as the swap (自作自受 56 / 自做自受 3)
_SWAP = {"作": "做", "做": "作"}
_SWAP_TABLE = str.maketrans(_SWAP)


def _phrases() -> set[str]:
    from pypinyin.constants import PHRASES_DICT

    out = {
        w
        for w in (
            line.partition("\t")[0].lstrip("=") for line in IDIOMS.read_text(encoding="utf-8").splitlines()
        )
        if len(w) == 4 and not w.startswith("#")
    }
    out.update(w for w in PHRASES_DICT if len(w) == 4)
    return {w for w in out if ("作" in w) != ("做" in w)}


@lru_cache(maxsize=1)
def swapped_forms() -> dict[str, str]:
    """Each swapped form that is a slip → its phrase."""
    from mingjing.rules.de_adverbial import dictionary_tag
    from mingjing.rules.doubled_chars import dictionary_freq

    out = {}
    for phrase in sorted(_phrases()):
        if "做" in phrase and dictionary_tag(phrase) != "i":
            continue  # 错误做法: 作法 is a word too; only a 成语's 做 is settled
        form = phrase.translate(_SWAP_TABLE)
        f, swap = dictionary_freq(phrase), dictionary_freq(form)
        if f >= PHRASE_MIN and swap <= SWAP_MAX and f >= RATIO * swap:
            out[form] = phrase
    return out


def zuo_swaps(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of every swapped form in `text`, left to right."""
    forms = swapped_forms()
    after = 0
    for i, c in enumerate(text):
        if c not in _SWAP:
            continue
        for start in range(max(after, i - 3), i + 1):
            phrase = forms.get(text[start : start + 4])
            if phrase is not None:
                yield start, start + 4, phrase
                after = start + 4
                break


@code_rule(
    "T328",
    "saying-zuo-swap",
    "typo",
    "warning",
    "“{match}”应为“{suggestion}”：成语和固定说法里的“作”“做”是定了的，不能互换",
    "“作”和“做”同音，平常行文里很多地方两可，但成语和固定说法里是定了的：默不作声、作茧自缚、胡作非为、"
    "当家作主、说到做到。写成另一个字的样子在词典里只是偶见（默不做声）或没有时提示；两种写法都常见的"
    "（大做文章/大作文章、小题大做/小题大作）不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对班子里的“一言堂”长期[默不做声]。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，层层加码的制度[做茧自缚]。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，保障群众[当家做主]的举措不多。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，对“一言堂”默不作声，作茧自缚，保障群众当家作主的举措不多，有时小题大做、大做文章。",
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，把错误做法当作经验，白日做梦。"),
    ],
)
def saying_zuo_swap(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, phrase in zuo_swaps(ctx.text):
        yield rule.finding(ctx.text, start, end, (phrase,))
