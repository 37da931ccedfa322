"""A two-character word of the genre typed with one character of its sound (T183): 出抬 for 出台, 颠跛
for 颠簸, 轮侯 for 轮候, 冷连 for 冷链, 较准 for 校准.

T116's table takes only a replacement commoner than the right character (or a listed look-alike) and
drops a pair whose characters are common words alone; the trades' words the dictionary lacks are no
right forms there. This table (data/genre_word_slips.tsv, scripts/generate_genre_word_slips.py) takes
the genre's vocabulary — the trades' words written for mingjing and the dictionary's words that the
repository's clean materials write — with any common character of the same reading, or of the same
syllable and a shared phonetic part (侯/候, 连/链), and leaves the evidence in the text to T116's
guard (word_slips.reportable): the pair stands apart from its neighbours in the dictionary's
segmentation (比较准确 is 比较/准确: no 较准 there), is no name, no member of a parallel frame and no
trade's term, is written once, and its written character is not the text's own working morpheme.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_ngrams
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.tables import FormTable, open_table
from mingjing.rules.word_slips import slips_written_once

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext


@lru_cache(maxsize=1)
def genre_slip_table() -> FormTable:
    return open_table("genre_word_slips")


def slips_in(text: str, table: Mapping[str, str] | None = None) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of each slip of `table` (the shipped one by default) that T116's guard
    lets through, left to right; a form written twice or more is the writer's term."""
    if table is None:
        table = genre_slip_table()
        found = genre_slip_table().present_in(text)
    else:
        found = set(table).intersection(cjk_ngrams(text, 2))
    yield from slips_written_once(text, found, table)


@code_rule(
    "T183",
    "genre-word-sound-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：同音或声旁相同的字打错了，写出的不是词",
    "本类材料和各行业的常用词（出台、颠簸、轮候、冷链、校准）打成同音字或声旁相同的字，写出的两个字"
    "不成词、又和前后不连成词时提示；词表是各行业常用词和干净材料里常写的词。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，可[出抬]的政策建议不多。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，[轮侯]查询系统长期没有更新。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对电能表[较准]争议处理不及时。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，血液[冷连]运输温度记录不全。"),
    ],
    good=[
        # 来 after a numeral is "about" (r25)
        variant("我两天后才安排核查。", "我两天后才安排核查。研讨发言稿只写了八百来字。"),
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，比较准确地掌握了轮候家庭的情况，新政策出台后冷链运输温度记录齐全。",
        ),
        # a shop's customers coming to the shop (r26)
        variant("我两天后才安排核查。", "我两天后才安排核查，谣言传开后不少老年顾客来店抢购。"),
        # a handover told late, a night spent in the village (r23)
        variant("我两天后才安排核查。", "我两天后才安排核查，有2名党员迟交党费。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，每月到联系村住村1晚。"),
        # the genre's 重X轻Y; a publisher's 退修 (the trades' lexicon) (r24)
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，班子有重项目轻管理的倾向，2篇稿件被编辑部退修。"
        ),
    ],
)
def genre_word_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in slips_in(ctx.text):
        if coined_pair(ctx.text, start, end):
            continue
        yield rule.finding(ctx.text, start, end, (right,))


# a verb of handing in, reporting or handling with a morpheme of its time, manner or agent before it (迟交材料,
# 代报数据, 代拟发言稿, 漏报, 补填), or negated (未关, 未交, 没签): a phrase the writer coins freely and the
# dictionary lacks, no slip of 提交, 大报, 代理 or 机关 (r23)
_TIMING = frozenset("迟晚早漏补缓欠少错误代续预超逾催")
_NEGATION = frozenset("未没")
_HANDOVER = frozenset("交缴报办发送收填签审批登录还付领递传拟")
_NEGATED = _HANDOVER | frozenset("关开到建改修核查销做用停锁退")
# 驻村 (stationed) and 住村 (staying the night) are both the writer's words; only the stationed post's own
# continuation (驻村工作队, 驻村干部, 驻点帮扶) tells 住 as its slip (r23)
# a verb of coming or going and the one-character premises it reaches (来店抢购, 来馆参观, 到院就诊, 进园): a
# phrase any service writes, no slip of 来电 or 来源 (r26)
_COMING = frozenset("来到进回赴入离出")
_PREMISES = frozenset("店馆院园校站所厂场企")
_STATIONED_NEXT = ("工作", "干部", "第一书记", "书记", "帮扶", "队员", "人员")


def coined_pair(text: str, start: int, end: int) -> bool:
    """text[start:end] is a freely coined phrase of two characters, no slip of a listed word (T183, T316)."""
    pair = text[start:end]
    if len(pair) != 2:
        return False
    if (pair[0] in _TIMING and pair[1] in _HANDOVER) or (pair[0] in _NEGATION and pair[1] in _NEGATED):
        return True
    if pair[0] in _COMING and pair[1] in _PREMISES:
        return True  # 来店, 来馆, 到院: coming to a shop, a hall or a hospital, no 来电 (r26)
    return pair[0] == "住" and pair[1] in "村点镇厂站户" and not text.startswith(_STATIONED_NEXT, end)
