"""What an edit leaves when a wording is rewritten in place (round r14, docs/real-word-errors.md):

- **Two versions of a verb after a repeated adverb** (T184): `进一步加强进一步强化`, `切实加强切实强化` —
  the writer copied the adverb and its verb, changed the verb and kept the old pair. Read where a word
  W (two or three characters) stands twice with one verb after each and nothing between (W V1 W V2),
  rjieba cuts the four as words, both verbs are verbs (v, vn) of the dictionary and they share a character
  as rewordings do (`kept_versions._shared`: 提升/提高, 加强/强化; not 学习/实践, 发现/处置: 不断学习不断实践,
  早发现早处置 are parallel acts, and a comma between keeps any pair quiet).
- **Two adverbs before one verb said twice** (T187, round r15): `认真学习深入学习` — the adverb was rewritten
  and the old pair kept (A1 V A2 V: two adverbs of manner or degree, one verb of the dictionary, nothing between).
- **A sentence cut right after a preposition or a joining word** (T185): `…主题党日活动，在。`,
  `…制定了整改清单，把。` — the clause's last word is a preposition or conjunction (rjieba's p, c), which
  never closes a sentence, and no adverb stands before it (人不在。: 在 a verb after 不) nor a numeral (结对8对。:
  a measure word, r27). R120 keeps the
  two-character prepositions after a comma (对于。).
- **A frame begun twice with a changed head** (T186): `对平台经济的监管，对新业态新模式的监管思路还不够清晰`
  — the first clause is only the preposition's phrase (对/在/把/针对 … 的 H), the second opens with the
  same preposition and writes the same head H as the modifier of a longer head (H + a word of two
  characters or more that is no pronoun, particle, preposition or conjunction: 监管思路, 巡查频次).
  Parallel clauses (对上级的部署，对群众的期盼) change the head itself and stay quiet.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.edit_leftovers import _BARE_PREPOSITION
from mingjing.rules.kept_versions import _shared
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WORD_MIN = 100  # the repeated frame is the evidence: any verb of the dictionary (化解, 查找)
_VERB_TAGS = ("v", "vn")
# W V1 W V2 with nothing between: a word of two or three characters twice, a two-character word after each
_REPEATED_FRAME = re.compile(r"([\u4e00-\u9fff]{2,3})([\u4e00-\u9fff]{2})\1([\u4e00-\u9fff]{2})")


def _is_verb(tagged: list[tuple[str, str]], word: str) -> bool:
    return len(tagged) == 1 and tagged[0][0] == word and tagged[0][1].startswith(_VERB_TAGS)


def versions_after_adverb(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, kept wording) of every W V1 W V2 whose two verbs are two versions of one."""
    import rjieba

    for m in _REPEATED_FRAME.finditer(text):
        head, first, second = m.group(1), m.group(2), m.group(3)
        if first == second or not _shared(first, second) or first[1] == second[1]:
            continue
        if not rjieba.has_word(head) or not all(_is_verb(rjieba.tag(v), v) for v in (first, second)):
            continue  # the dictionary's phrases (切实加强, 进一步提高) hide the cut: each word is tagged alone
        if dictionary_freq(first + second) or min(dictionary_freq(first), dictionary_freq(second)) < WORD_MIN:
            continue
        yield m.start(), m.end(), head + second


@code_rule(
    "T184",
    "two-versions-after-an-adverb",
    "typo",
    "warning",
    "“{match}”同一个状语后两个意思相近的动词重复出现，疑为修改时新旧两种说法都留下了：应为“{suggestion}”",
    "改稿时把“进一步加强”改成“进一步强化”，旧的没有删，就成了“进一步加强进一步强化”。"
    "同一个词连着出现两次、各带一个共用一个字的动词、中间没有标点，才提示；"
    "两个不同的动作（不断学习不断实践、早发现早处置）或中间有逗号的排比不提示。",
    bad=[
        variant(
            "斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，要[进一步加强进一步强化]作风建设。"
        ),
        variant("斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，[切实提升切实提高]服务质量。"),
    ],
    good=[
        variant(
            "斗争精神和担当作为有所减弱。",
            "斗争精神和担当作为有所减弱，要不断学习不断实践，早发现早处置，"
            "进一步加强作风建设，进一步强化责任担当。",
        ),
    ],
)
def two_versions_after_an_adverb(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, kept in versions_after_adverb(ctx.text):
        head = kept[:-2]
        older = head + ctx.text[start + len(head) : start + len(head) + 2]
        yield rule.finding(
            ctx.text, start, end, (kept, older)
        )  # which version is the new one, only the writer knows


# two adverbs of manner before one verb said twice (认真学习深入学习): the adverbs action_order knows and a few
# of degree; r15 read it on set 30 (no other hit in 974 fixture and edited texts)
_MORE_ADVERBS = ("不断", "持续", "进一步", "大力", "有效", "严格", "始终", "真正", "努力")


@lru_cache(maxsize=1)
def _adverb_frame() -> re.Pattern[str]:
    from mingjing.rules.action_order import _adverbs

    alt = "|".join(sorted({*_adverbs(), *_MORE_ADVERBS}, key=len, reverse=True))
    return re.compile(rf"({alt})([\u4e00-\u9fff]{{2}})({alt})\2")


def adverbs_before_one_verb(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the later version, the earlier one) of every A1 V A2 V with two adverbs and one verb."""
    import rjieba

    for m in _adverb_frame().finditer(text):
        first, verb, second = m.group(1), m.group(2), m.group(3)
        if first != second and _is_verb(rjieba.tag(verb), verb):
            yield m.start(), m.end(), second + verb, first + verb


@code_rule(
    "T187",
    "two-adverbs-one-verb",
    "typo",
    "warning",
    "“{match}”同一个动词前换了状语又写了一遍，疑为修改时新旧两种说法都留下了：应为“{suggestion}”",
    "改稿时把“认真学习”改成“深入学习”，旧的没有删，就成了“认真学习深入学习”。两个不同的状语修饰同一个动词、"
    "中间没有标点，才提示；“不断学习不断实践”（动词不同）、“认真学习、深入思考”不提示。",
    bad=[
        variant(
            "斗争精神和担当作为有所减弱。", "斗争精神和担当作为有所减弱，要[认真学习深入学习]党的创新理论。"
        ),
    ],
    good=[
        variant(
            "斗争精神和担当作为有所减弱。",
            "斗争精神和担当作为有所减弱，要认真学习、深入思考，不断学习不断实践，深入学习党的创新理论。",
        ),
    ],
)
def two_adverbs_one_verb(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, later, earlier in adverbs_before_one_verb(ctx.text):
        yield rule.finding(ctx.text, start, end, (later, earlier))


_CLAUSE_MARKS = "，,；;：:。！？!?\n“”"
# a clause that ends on a character a preposition or conjunction ends with: worth tagging
_DANGLING_END = re.compile(r"[在对把将向从被以给为与和跟同比按往朝及并或而且让使][。；;！？!?]")
_FUNCTION_TAGS = ("p", "c")
_MODALS = frozenset("要将会能应可想需")
_COUNTING = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万几多余")


def _adjective_he(word: tuple[str, str]) -> bool:
    """Whether 和 after this word is the adjective of 人和, 家和, 政和: a one-character noun before it (党和
    opens 党和国家 too often to be one)."""
    return len(word[0]) == 1 and word[1][:1] in "nq" and word[0] != "党"


def cut_sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of the preposition or conjunction that ends each sentence cut by an edit."""
    import rjieba

    for m in _DANGLING_END.finditer(text):
        end = m.start() + 1
        lo = max(text.rfind(c, 0, end) for c in _CLAUSE_MARKS) + 1
        words = rjieba.tag(text[lo:end])
        if not words or not words[-1][1].startswith(_FUNCTION_TAGS):
            continue
        if len(words) >= 2 and (words[-2][1].startswith("d") or words[-2][0] in ("不", "没")):
            continue  # 人不在。: 在 as a verb after an adverb
        if len(words) >= 2 and len(words[-2][0]) == 1 and words[-2][1] == "v" and words[-2][0] not in _MODALS:
            continue  # 清而有为。: a classical verb-object pair, not a cut (我们要把。 is one)
        if words[-1][0] == "和" and len(words) >= 2 and _adjective_he(words[-2]):
            continue  # 案结事了人和, 家和: 和 the adjective after a one-character noun (人和, 家和, 政和)
        at = end - len(words[-1][0])
        if text[at - 1 : at] in _COUNTING:
            continue  # 结对8对。, 添置椅子20把。: after a numeral 对 and 把 are measure words (r27)
        if text[at - 1 : at] == "\n" or rjieba.has_word(text[at - 1 : end]):
            continue  # a word wrapped at a line's end (核\n对) or closed by it (有为, 核对): no cut
        if _BARE_PREPOSITION.match(text, end - len(words[-1][0])):
            continue  # 对于。 after a comma: R120's
        yield at, end


@code_rule(
    "T185",
    "sentence-cut-after-a-preposition",
    "typo",
    "warning",
    "句子停在“{match}”上：介词或连词不能收尾，疑为修改时删去了后半句，请补全或删去",
    "改稿时删掉了半句话，只留下开头的介词或连词（……主题党日活动，在。……整改清单，把。）。"
    "句子最后一个词是介词或连词、前面没有副词（人不在。里的“在”是动词）时提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，[在]。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，我们[把]。"),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，群众说得对。根子就在这里，责任在我。人不在。",
        ),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，没有真正做到案结事了人和。"),
        # after a numeral 对 and 把 are measure words (r27)
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，师徒结对8对。新添折叠椅20把。"),
    ],
)
def sentence_cut_after_a_preposition(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in cut_sentences(ctx.text):
        yield rule.finding(ctx.text, start, end)


_FRAME_PREPOSITIONS = "对|对于|在|把|针对|围绕|关于|从"
# a clause that is only a preposition's phrase closed by 的 + a head, then the same preposition again
_FRAME_TWICE = re.compile(
    rf"(?:(?<=[，。；：！？\n])|(?<=[一二三四五六七八九十]是))(?P<prep>{_FRAME_PREPOSITIONS})(?P<x>[\u4e00-\u9fff]{{2,12}}?)的"
    rf"(?P<head>[\u4e00-\u9fff]{{2}})，(?P=prep)(?P<y>[^，。；：！？\n]{{2,16}}?)的(?P=head)"
    r"(?=[\u4e00-\u9fff])"
)
# what cannot be the longer head after the first one: a pronoun, a particle, a preposition, a conjunction
_NOT_A_HEAD = ("r", "u", "p", "c", "x")


def frames_begun_twice(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, merged wording) of each clause of a preposition's phrase whose frame is begun again
    right after it with the same head made the modifier of a longer one."""
    import rjieba

    for m in _FRAME_TWICE.finditer(text):
        after = rjieba.tag(text[m.end() - 2 : m.end() + 6])
        if len(after) < 2 or after[0][0] != m.group("head") or len(after[1][0]) < 2:
            continue  # the second head is itself the head (对上级的要求，对群众的要求都…)
        if after[1][1].startswith(_NOT_A_HEAD):
            continue
        yield m.start(), m.start("y") - len(m.group("prep")), m.group("prep")


@code_rule(
    "T186",
    "frame-begun-twice",
    "typo",
    "warning",
    "“{match}”只有“{prep}……的”的框架、没有谓语，后一句又用同样的框架开头：疑为修改时新旧两种说法都留下了",
    "改稿时重写了句子的开头，旧的开头没有删（对平台经济的监管，对新业态新模式的监管思路还不够清晰）。"
    "前一句只有“对……的××”，后一句又以同一介词开头、把同一个词用作更长的中心语的修饰语时提示；"
    "并列的分句（对上级的部署，对群众的期盼）不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文。[对窗口服务的监督，]对窗口人员的监督考核流于形式。",
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文。对上级的部署，对群众的期盼，我都有清醒认识。"
            "对问题的整改，对责任的追究，都要一抓到底。",
        ),
    ],
)
def frame_begun_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, prep in frames_begun_twice(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",), prep=prep)
