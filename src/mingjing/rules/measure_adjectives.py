"""A measure noun with a degree adjective or a verb it does not take (F147).

效率不快 for 效率不高, 水平不强 for 水平不高, 意识不够高 for 意识不够强, 力度不高 for 力度不大; 加强服务水平 for
提高服务水平, 提高工作作风 for 改进工作作风.

The nouns and the pairs are data/measure_adjectives.yaml. The adjective is read right after the noun or
after a degree word (不, 不够, 不太, 还不, 较, 比较, 很, 偏, 十分 …, with 还/仍/也/都 before them), and it
must close the phrase: the text ends there or the next character is no Chinese character (a mark, a
digit) or one of 的/了/和/且/而/又/也/等. A character after it that makes another word (质量强县, 能力高低,
意识高度, 能力低下) or a comparison (能力不低于) is no degree at all.

A verb is read with at most six characters of its object's modifiers between it and the noun, in one
clause, and the noun closes the phrase as above (加强工作效率管理 is 管理 strengthened); no verb stands
between them by jieba's dictionary (加强学习提高水平: 提高 takes 水平), and none of the verbs the noun takes.
步伐 modifies no noun, so the phrase ends with it whatever follows (加强…的步伐谋划不深).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "measure_adjectives.yaml"
_DEGREE = (
    "(?:还|仍|也|都|均|总体|普遍|整体|相对)?"
    "(?:还不够|不够|不太|不是很|不很|还不|不|较为|比较|较|很|偏|过|太|十分|非常|极|特别|更加|更|越来越)?"
)
_CLOSERS = frozenset("的了和且而又也等")
# nouns that modify no other noun: the phrase ends with them whatever follows (加快建设的步伐谋划不深)
_NEVER_MODIFIES = frozenset({"步伐"})


@lru_cache(maxsize=1)
def pairs() -> dict[str, dict[str, str]]:
    """noun → {adjective it does not take: the one it takes}, read once per process."""
    data = load_data(TABLE.read_text(encoding="utf-8"))
    return {str(n): {str(a): str(b) for a, b in d.items()} for n, d in data["nouns"].items()}


@lru_cache(maxsize=1)
def verb_pairs() -> dict[str, dict[str, str]]:
    """noun → {verb that does not take it: the verb that does}, read once per process."""
    data = load_data(TABLE.read_text(encoding="utf-8"))
    table: dict[str, dict[str, str]] = {}
    for spec in (data.get("classes") or {}).values():  # a class's verbs for each of its nouns …
        for noun in spec["nouns"]:
            table[str(noun)] = {str(a): str(b) for a, b in spec["not"].items()}
    for n, d in data["verbs"].items():  # … and a noun's own pairs over them
        table[str(n)] = {str(a): str(b) for a, b in d.items()}
    return table


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    table = verb_pairs()
    verbs = "|".join(sorted({v for d in table.values() for v in d}, key=len, reverse=True))
    nouns = "|".join(sorted(table, key=len, reverse=True))
    return re.compile(f"(?P<verb>{verbs})(?P<gap>[\u4e00-\u9fff“”]{{0,6}}?)(?P<noun>{nouns})")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    table = pairs()
    nouns = "|".join(sorted(table, key=len, reverse=True))
    adjectives = "".join(sorted({a for d in table.values() for a in d}))
    return re.compile(f"(?P<noun>{nouns}){_DEGREE}(?P<adj>[{adjectives}])")


def _closes(text: str, end: int) -> bool:
    after = text[end : end + 1]
    return not after or not ("\u4e00" <= after <= "\u9fff") or after in _CLOSERS


def mismatches(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the phrase written with the adjective or verb the noun takes) of every mismatch,
    left to right."""
    found: list[tuple[int, int, str]] = []
    table = pairs()
    for m in _pattern().finditer(text):
        right = table[m.group("noun")].get(m.group("adj"))
        if right is not None and _closes(text, m.end()):
            found.append((m.start(), m.end(), m.group(0)[:-1] + right))
    verbs = verb_pairs()
    for m in _verb_pattern().finditer(text):
        takes = verbs[m.group("noun")]
        right = takes.get(m.group("verb"))
        closes = _closes(text, m.end()) or m.group("noun") in _NEVER_MODIFIES
        # 加强对服务效率的监督: the verb's object is the noun after the 对-phrase, not the noun inside it
        inside = m.group("gap").startswith("对") and text.startswith("的", m.end())
        if right is not None and closes and not inside and _object(m.group("gap"), set(takes.values())):
            found.append((m.start(), m.start() + len(m.group("verb")), right))
    yield from sorted(found)


def _object(gap: str, right_verbs: set[str]) -> bool:
    """Whether the characters between the verb and the noun are only the noun's modifiers: no verb by
    jieba's dictionary (a verbal noun such as 服务 may modify it) and none of the verbs the noun takes."""
    from mingjing.rules.postag import tag

    if any(v in gap for v in right_verbs):
        return False
    return not gap or all(t != "v" for _, t in tag(gap))


@code_rule(
    "F147",
    "measure-noun-collocation",
    "formulation",
    "warning",
    "“{match}”搭配不当，应为“{suggestion}”",
    "表示程度的名词各有固定搭配的形容词和动词：效率、水平、质量、素质说高低，速度、进度说快慢，意识、"
    "责任心说强弱，力度说大小；水平、效率要“提高”而不是“加强”，作风要“改进”而不是“提高”，积极性要"
    "“调动”。写成“效率不快”“意识不够高”“加强服务水平”是搭配不当，按名词改用它搭配的词。两种说法都通行的"
    "（自觉性强/高、力度强/大、能力强/高、增强思想觉悟）不提示；后面连着成词的（质量强县、能力低下、效率管理）或比较（不低于）、"
    "中间隔着别的动词的（加强学习提高水平）也不提示。",
    bad=[
        variant("亲自上门做工作只有1次", "亲自上门做工作只有1次，协调[效率不快]"),
        variant("我对关键技术问题心中无数", "我对关键技术问题心中无数，业务[水平不强]"),
        variant("一是调查研究不够深入", "一是宗旨[意识不够高]，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是没有[加强]为民服务水平，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是没有[提高]开拓创新的精神，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是宣传[覆盖面不高]，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是对[加强]数字化转型的步伐思考不够，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是没有及时[解决]群众的呼声，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是没有[提高]会风，调查研究不够深入"),
    ],
    good=[
        variant(
            "亲自上门做工作只有1次",
            "亲自上门做工作只有1次，协调效率不高、进度偏慢，业务水平不高，宗旨意识不够强，"
            "推动质量强县建设，日处理能力不低于30吨，提高为民服务水平，加强学习提高业务水平，"
            "加强工作效率管理，改进工作作风，回应职工的呼声，解决群众呼声强烈的问题，改进会风，"
            "业务能力不高，通过集中学习增强思想觉悟",
        ),
    ],
)
def measure_adjective_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right in mismatches(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))
