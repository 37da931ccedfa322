"""A character typed twice inside an ordinary word (T134): 群众众反映 → 群众, 整改措措施 → 整改措施.

A key pressed twice leaves a doubled character no list can foresee, in any word. Chinese doubles
characters on purpose too (常常, 层层, 实实在在) and meets two words on one character (工作|作风,
学习|习近平, 学院|院长), so the doubled pair `cc` is read against jieba's dictionary:

- `cc` is no word (常常, 人人, 钉钉子 are), nor part of a listed word of three or four characters;
- exactly one copy belongs to a word: a word of two to four characters ends on the first copy or one
  begins with the second, not both (工作|作风 is two words that meet). The other copy is left alone;
- the lone second copy is no particle's verb (工作作了: 作 is the verb), begins no word with what
  follows when it is itself a common word (工作作研讨), begins no term of the trades (确保保交房, 联系
  系所: data/trade_terms.yaml) and is no 任 before the post it takes (主任任总队长);
- the lone first copy follows no digit (2024年年底, 3号楼楼道), is no suffix of a unit's name
  (资源所|所长, 水利股|股长: the name's short form is no dictionary word), and what comes before it
  ends a word (卒中|中心: 卒 alone would be left over; 、记记笔记 at a clause's start is a verb said
  twice), and is no preposition before a word it begins (处理厂在|在线监测).
- no run of three, and no AABB (团团伙伙, 实实在在).

The suggestion drops one copy. The dictionary is rjieba's (jieba's), read through `has_word`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import doubled_starts
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_DOUBLED = re.compile(r"([\u4e00-\u9fff])\1")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PARTICLES = frozenset("了着过")
_COMMON_SINGLE = 20_000  # a character this frequent alone in jieba's dictionary is a word of its own
_APPOINTING = frozenset("任兼")  # verbs of taking a post: 主任任副局长 (jieba tags 任 alone a pronoun)
_POSTS = ("长", "书记", "主任", "委员", "主席", "经理", "干事")  # how the name of a post ends
# the last characters of units' short names (自然资源部, 派出所, 文化站): the name is rarely listed
UNIT_ENDS = frozenset(
    "部所局处院站厅委办队组科股室厂县市区镇村乡街司社团馆校园庭系台"
)  # 台: 预报台, 电视台 (r24)
# localizers that close a phrase of place after a noun (企业中, 工作上): the next word may begin with the same
# character (企业中|中小微企业, 业务中|中介) (r24)
LOCALIZERS = frozenset("中上下里内外")
# prepositions and joining words that stand before a noun phrase, which may begin with the same character
PREPOSITIONS = frozenset("在对把从向给和与及为于以被将")
# what a unit's short name begins after the unit's full name (组织部|部务会, 教育局|局务会, 医院|院务公开, 学校|校务会):
# its own affairs and meetings, rarely listed (r21)
_UNIT_AFFAIRS = re.compile(r"务|委会|领导|班子|机关")
# classifiers said twice mean "every one" (信访件件有回复, 项项有着落, 桩桩落实): the grammar's own doubling
CLASSIFIERS = frozenset("件项桩条份样回笔户家篇")


@lru_cache(maxsize=8192)
def dictionary_freq(word: str) -> int:
    import rjieba

    return rjieba.suggest_freq(word) - 1 if rjieba.has_word(word) else 0


@lru_cache(maxsize=4096)
def _not_verb(word: str) -> bool:
    """jieba's dictionary does not tag the word a bare verb (企业 n, 工作 vn; 增强 v): a localizer may follow it."""
    from mingjing.rules.postag import tag

    words = tag(word)
    return not (len(words) == 1 and words[0][1] == "v")


def _word(text: str, start: int, end: int) -> bool:
    return (
        start >= 0
        and end <= len(text)
        and _CJK.match(text[start]) is not None
        and dictionary_freq(text[start:end]) > 0
    )


def paired_unit(text: str, at: int) -> bool:
    """Whether the character at `at` is a unit's short name paired with another by a bracket, a slash or
    a 顿号 (系（所）, 处/室): it stands alone on purpose."""
    return (
        text[at] in UNIT_ENDS
        and text[at + 1 : at + 2] in ("（", "(", "、", "/")
        and text[at + 2 : at + 3] in UNIT_ENDS
    )


def _opens_phrase(text: str, at: int) -> bool:
    """Whether the character at `at` begins what follows: a term of the trades (保|交房 of 保交房,
    系|所 of 系所, data/trade_terms.yaml) or a verb of taking a post before the post (任|副局长)."""
    from mingjing.rules.postag import CLAUSE, tag
    from mingjing.rules.word_slips import trade_term_opens

    if trade_term_opens(text, at):
        return True
    if text[at] not in _APPOINTING:
        return False
    m = CLAUSE.match(text, at)
    words = tag(text[at : min(m.end(), at + 6)]) if m else ()
    return len(words) > 1 and words[0][0] == text[at] and words[1][0].endswith(_POSTS)


def doubled_slips(text: str) -> Iterator[int]:
    """The offset of the first copy of every character typed twice, left to right."""
    for i in doubled_starts(text):
        c = text[i]
        if text[i - 1 : i] == c or text[i + 2 : i + 3] == c or dictionary_freq(c + c):
            continue
        if _DOUBLED.match(text, i + 2) or (i >= 2 and _DOUBLED.match(text, i - 2)):
            continue  # AABB: 团团伙伙, 实实在在
        if any(_word(text, a, a + k) for k in (3, 4) for a in range(i + 2 - k, i + 1)):
            continue  # a listed word holds both copies: 钉钉子
        left = any(_word(text, i + 1 - k, i + 1) for k in (2, 3, 4))
        right = any(_word(text, i + 1, i + 1 + k) for k in (2, 3, 4))
        if left == right:
            continue
        if c in CLASSIFIERS and not right:
            continue  # 信访件|件有回复: no word begins with the second copy, a classifier said twice
        if left:  # the second copy is the lone one
            after = text[i + 2 : i + 3]
            if after in _PARTICLES:
                continue
            if dictionary_freq(c) >= _COMMON_SINGLE and any(_word(text, i + 2, i + 2 + k) for k in (2, 3)):
                continue
            if _opens_phrase(text, i + 1):
                continue  # 主任|任|总队长, 确保|保|交房, 联系|系所: the copy begins what follows
            if paired_unit(text, i + 1):
                continue  # 联系|系（所）负责人: a unit's short name paired with another
            if c in UNIT_ENDS and (
                any(_word(text, i + 1, i + 1 + k) for k in (2, 3)) or _UNIT_AFFAIRS.match(text, i + 2)
            ):
                continue  # 戒毒所|所政管理, 博物馆|馆藏: a unit's name before its own word (所政, 馆藏, 院务)
        else:  # the first copy is the lone one
            before = text[i - 1 : i]
            if before.isdigit() or before.isspace() or c in UNIT_ENDS:
                continue
            if c in PREPOSITIONS and dictionary_freq(c) >= _COMMON_SINGLE:
                continue  # 处理厂在|在线监测, 对|对口支援: a preposition before a word it begins
            if c in LOCALIZERS and any(
                _word(text, i - k, i) and _not_verb(text[i - k : i]) for k in (2, 3, 4)
            ):
                continue  # 新增会员企业中|中小微企业: a noun's localizer before a word it begins (r24); 增强中中华 no
            if not _CJK.match(before) or not any(_word(text, i - k, i) for k in (2, 3, 4)):
                continue
        yield i


@code_rule(
    "T134",
    "doubled-character",
    "typo",
    "warning",
    "“{match}”疑多打了一个字：应为“{suggestion}”",
    "同一个键按了两次，会在普通词里留下一个多余的重复字（群众众、整改措措施），词表列不全。"
    "只在重叠的两个字本身不成词、其中只有一个能和前后组成词时提示；"
    "常常、层层、实实在在这样的叠词，工作作风、学习习近平、学院院长这样两个词首尾相接的，都不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，认真听取群[众众]意见"),
        variant("按照县委要求", "按照县委要求，研究[措措]施"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，常常对照检查，改进工作作风，学习习近平总书记重要讲话，学院院长讲话，"
            "以钉钉子精神抓落实，压力层层递减，用实实在在的行动，分管工作作了交流，"
            "自然资源所所长座谈，水利股股长，3号楼楼道，卒中中心，读原文、记记笔记，"
            "他由办公室主任任副局长，确保保交楼，同联系系所沟通，联系系部，落实信访件件有回复，"
            "与所联系系（所）负责人谈心，污水处理厂在在线监测方面，博物馆馆藏文物，参加组织部部务会组织的学习",
        ),
        # a localizer before a word it begins, a unit's 台 before its head's post (r24)
        variant("按照县委要求", "按照县委要求，新增会员企业中中小微企业占比低，气象台台长带队检查"),
    ],
)
def doubled_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at in doubled_slips(text):
        yield rule.finding(text, at, at + 2, (text[at],))
