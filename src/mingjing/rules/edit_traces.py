"""What a revision in a word processor leaves behind, read as classes (round r16, docs/real-word-errors.md):

- **One verb written twice with two versions of its object** (T188): `研究部署研究安排`, `统筹调度统筹安排` —
  the writer copied the verb and its object, changed the object and kept the old pair. T184 reads the same
  frame where the two words share a character (加强/强化); this one reads it where they share none, which is
  safe only when the repeated word is a verb (rjieba's v, vn, a set phrase of four characters, or one of
  T112's verbs of lasting acts the tagger reads as n, 指导; no other n, which it gives 谋划 and 清点 but also
  现场, 层层, 全程, 集体: 现场检查现场督办 is a parallel) and the two words after it are content words (n, v,
  vn, a) with no mark between: a parallel series of a verb's objects takes a mark (加强学习、加强管理), and a
  repeated adverb with two verbs (不断学习不断实践, 早发现早处置) is the genre's own parallel and stays quiet, as does a word the genre writes as a verb's manner though the tagger reads it
  as a noun or verb (全面排查全面整改, 统一部署统一安排: action_order's adverbs and a few more). The four words
  must be whole words of rjieba's cut of the text around them (组织村党组织书记: a copy inside a longer word;
  研究部署 may be one word), and a verb followed by a noun is read as the verb of W V2 (审计发现审计问题).
- **Half a clause left before its rewrite** (T189): `在理论学习方面，在理论学习的系统性方面还存在差距` — a
  clause that is only a preposition's frame (在/从/对 … 方面/层面/上/中), then the same frame again whose inside
  keeps the first one's first word (the rewrite widens, narrows or changes the rest) and goes on with no
  mark. Parallel frames change the inside (在学习方面，在工作方面) or are followed by a mark (在政治上，在思想上，…).
- **A clause begun again** (T192): `班子成员对，班子成员对分管领域督导不够` — a clause of three to twelve
  characters, a comma, and the next clause opening with the whole of it and going on: the old opening left
  before its rewrite. Anaphora repeats only the head (坚持学习，坚持实践) and stays quiet.
- **A connective kept twice** (T190): `但是但`, `因此因而`, `然而但是` — two conjunctions of rjieba's cut side by
  side that are two versions of one link: one begins the other, or both are of one kind (turning, result,
  adding). Chinese joins no two such conjunctions (但是却, 而且还, 并且也 join an adverb: quiet).
- **A word doubled across a line break** (T191): `对网格员队伍\\n队伍建设` — a paragraph broken by a stray
  Enter with the last word typed again on the new line. Read where the line is body text (its last clause holds a
  comma, ends on no mark and opens with no heading's number or 一是) and the word, joined, is one T112
  reads as written twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.kept_versions import _shared
from mingjing.rules.repeated_words import _REDUPLICATING
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# W V1 W V2 with nothing between: a word of two to four characters twice, a word of two after each
_REPEATED_FRAME = re.compile(r"([\u4e00-\u9fff]{2,4}?)([\u4e00-\u9fff]{2})\1([\u4e00-\u9fff]{2})")
# a verb heads the frame; rjieba tags some of the genre's verbs n (谋划, 清点), but far more of its adverbials of
# manner too (现场, 层层, 动态, 全程, 集体, 限时: 现场检查现场督办 is a parallel), so a noun heads none
_HEAD_TAGS = frozenset({"v", "vn"})
_OBJECT_TAGS = frozenset({"n", "v", "vn", "a"})  # 落实 is tagged a


def _cut_at(text: str, start: int, end: int) -> set[int]:
    """The word boundaries (text offsets) of rjieba's cut of text[start:end]."""
    import rjieba

    at, cuts = start, {start}
    for word in rjieba.cut(text[start:end]):
        at += len(word)
        cuts.add(at)
    return cuts


def _alone(word: str) -> str:
    """rjieba's tag of `word` read alone, or '' when it cuts it into more than one word."""
    import rjieba

    tagged = rjieba.tag(word)
    return tagged[0][1] if len(tagged) == 1 and tagged[0][0] == word else ""


# words the genre writes before a verb as its manner (the tagger reads them n, v or vn), beside action_order's
_MANNER = frozenset(
    "重点 专项 联合 共同 分类 分级 提前 按时 按期 全力 统一 集中 同步 优先 综合 闭环 联动 协同 挂牌 现场 动态 全程 限时".split()
)


@lru_cache(maxsize=1)
def _manner_words() -> frozenset[str]:
    from mingjing.rules.action_order import _adverbs
    from mingjing.rules.edit_repeats import _MORE_ADVERBS

    return frozenset({*_adverbs(), *_MORE_ADVERBS, *_MANNER})


def _head_tag(head: str) -> str:
    """The repeated word's tag, read as a verb where it is one of T112's verbs of lasting acts the tagger
    reads as a noun (指导, 商量) or a set phrase of four characters (贯彻落实, tagged i)."""
    tag = _alone(head)
    if (tag == "n" and head in _REDUPLICATING) or (len(head) == 4 and tag in ("i", "l")):
        return "v"
    return tag


def verb_with_two_objects(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the later version, the earlier one) of each W V1 W V2 whose W is a verb and whose two
    words after it share no character (T184 reads those that do)."""
    for m in _REPEATED_FRAME.finditer(text):
        head, first, second = m.group(1), m.group(2), m.group(3)
        if first == second or _shared(first, second):
            continue
        if head in _manner_words():
            continue  # 全面排查全面整改, 统一部署统一安排: an adverbial the tagger reads as n or v, a parallel
        tags = _head_tag(head), _alone(first), _alone(second)
        if tags[0] not in _HEAD_TAGS or not {tags[1], tags[2]} <= _OBJECT_TAGS:
            continue  # an adverb repeated (不断学习不断实践, 早发现早处置): the genre's parallel
        if tags[1] == "v" and tags[2] == "n":
            continue  # 审计发现审计问题: a verb whose object is the noun phrase W V2
        start, end = m.start(), m.end()
        cuts = _cut_at(text, max(0, start - 2), min(len(text), end + 2))
        second_at = start + len(head) + 2
        if not {start, second_at, end} <= cuts:
            continue  # 组织村党组织书记: a copy inside a longer word
        if second_at + len(head) not in cuts and tags[1] == "v" and _alone(head + second).startswith("n"):
            continue  # 审计出具审计报告: a verb and its object, a noun that begins with the first word
        yield start, end, head + second, head + first


@code_rule(
    "T188",
    "one-verb-two-objects",
    "typo",
    "warning",
    "“{match}”同一个动词连写两遍、各带一个宾语，中间没有标点：疑为修改时新旧两种说法都留下了，应为“{suggestion}”",
    "改稿时把“研究部署”改成“研究安排”，旧的没有删，就成了“研究部署研究安排”。同一个动词连着出现两次、"
    "各带一个词、中间没有标点才提示（两个词共用一个字的由T184提示）；并列的动宾短语有顿号或逗号"
    "（加强学习、加强管理），重复的是副词（不断学习不断实践、早发现早处置）或名词（政治纪律政治规矩）的不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，班子[统筹调度统筹安排]重点项目不够有力。"
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，要加强学习、加强管理，早发现早处置，不断学习不断实践，"
            "严守政治纪律政治规矩，审计出具审计报告后立即整改。",
        ),
    ],
)
def one_verb_two_objects(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, later, earlier in verb_with_two_objects(ctx.text):
        yield rule.finding(
            ctx.text, start, end, (later, earlier)
        )  # which is the new one, only the writer knows


_CLOSERS = "方面|层面|角度|问题上|工作中|过程中|上|中"
_HALF_CLAUSE = re.compile(
    rf"(?=[在从对])(?:(?<=[，。；：！？\n])|(?<=[一二三四五六七八九十]是)|^)(?P<prep>在|从|对于|对)(?P<x>[\u4e00-\u9fff]{{2,10}}?)"
    rf"(?P<close>{_CLOSERS})，(?P=prep)(?P<y>[\u4e00-\u9fff]{{2,16}}?)(?P=close)(?=[\u4e00-\u9fff])",
    re.MULTILINE,
)


def half_clauses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause that is only a preposition's frame written again, widened or narrowed,
    right after it with a predicate."""
    import rjieba

    for m in _HALF_CLAUSE.finditer(text):
        x, y = m.group("x"), m.group("y")
        inner, outer = (x, y) if len(x) <= len(y) else (y, x)
        topic = rjieba.cut(inner)[0][:2]
        if (
            len(topic) == 2 and topic in outer
        ):  # the rewrite keeps the frame's first word (信访工作 → 信访积案化解)
            yield m.start(), m.start("y") - len(m.group("prep"))


@code_rule(
    "T189",
    "half-clause-left",
    "typo",
    "warning",
    "“{match}”只是一个介词框架、没有下文，后一句又用同样的框架重写：疑为修改时前半句没有删，可删去",
    "改稿时重写了句子开头，旧的半句没有删（在理论学习方面，在理论学习的系统性方面还存在差距）。"
    "前一句只有“在/从/对……方面（上、中）”，后一句紧接着用同一个框架、框架里保留了前一句的词并接着往下说时提示；"
    "并列的框架（在学习方面，在工作方面）或框架后又是逗号的（在政治上，在思想上，……）不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文。[在作风建设上，]在机关作风建设上抓得不实。"
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文。在学习方面，在工作方面，我都要求自己走在前面。在政治上，在思想上，坚决做到两个维护。",
        ),
    ],
)
def half_clause_left(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in half_clauses(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",))


# a clause of 3-12 characters, a comma, and the same clause begun again and carried on (班子成员对，班子成员对分管…)
_CLAUSE_AGAIN = re.compile(r"(?:[，。；：！？\n]|\A)(?P<c>([\u4e00-\u9fff]{3,12})，)\2(?=[\u4e00-\u9fff]{2})")


@code_rule(
    "T192",
    "clause-begun-again",
    "typo",
    "warning",
    "“{match}”这一句刚写了开头就用逗号断开，后一句又从同样的开头写起：疑为修改时旧的半句没有删，可删去",
    "改稿时从头重写了一句话，旧的开头没有删（我对分管领域，我对分管领域的意识形态工作重视不够）。"
    "逗号前的半句原样出现在后一句的开头、后一句接着往下写时提示；排比（坚持学习，坚持实践）开头不全同，不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文。[班子成员对，]班子成员对分管领域督导不够。"
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文。坚持学习，坚持实践，学习再学习，坚持，坚持，再坚持。深入学习党章，深入学习党规。",
        ),
    ],
)
def clause_begun_again(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in clauses_begun_again(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",))


def clauses_begun_again(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause, with its comma, that the next clause opens with whole and carries on."""
    for m in _CLAUSE_AGAIN.finditer(text):
        yield m.start("c"), m.end("c")


# conjunctions of one kind: two of a kind side by side are two versions of one link
_KINDS = (
    ("但是", "但", "可是", "然而", "不过"),
    ("因此", "因而", "所以", "从而", "故而", "于是", "故"),
    ("而且", "并且", "并", "况且", "此外", "另外"),
)
_KIND = {word: n for n, words in enumerate(_KINDS) for word in words}
_CONNECTIVES = "|".join(sorted(_KIND, key=len, reverse=True))
_FIRST_CHARS = "".join(sorted({w[0] for w in _KIND}))
_TWO_LINKS = re.compile(rf"(?=[{_FIRST_CHARS}])(?=({_CONNECTIVES})({_CONNECTIVES}|[\u4e00-\u9fff]))")


_NEGATIONS = frozenset("不没非未无")  # 并不, 并没有, 并非: an adverb of emphasis, no conjunction


def _heads_word(text: str, end: int, second: str) -> bool:
    """Whether a one-character conjunction is the head of an adverb (并不) or a word of the dictionary (但凡)."""
    from mingjing.rules.doubled_chars import dictionary_freq

    return len(second) == 1 and (
        text[end : end + 1] in _NEGATIONS or bool(dictionary_freq(text[end - 1 : end + 1]))
    )


def connectives_twice(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, the first version, the second) of two conjunctions of one link side by side."""
    import rjieba

    for m in _TWO_LINKS.finditer(text):
        first, second = m.group(1), m.group(2)
        if first == second:
            continue  # T112's
        kin = first.startswith(second) or second.startswith(first)
        if not kin and _KIND.get(second, -1) != _KIND[first]:
            continue
        start, end = m.start(), m.start() + len(first) + len(second)
        words = rjieba.tag(text[start : min(len(text), end + 2)])
        if len(words) < 2 or (words[0][0], words[1][0]) != (first, second) or _heads_word(text, end, second):
            continue  # 但凡, 并不, 可能: the second is the head of another word
        if not (words[0][1] == "c" and words[1][1] in ("c", "zg", "d")):
            continue
        if words[1][1] == "d" and not kin:
            continue
        yield start, end, first, second


@code_rule(
    "T190",
    "connective-kept-twice",
    "typo",
    "warning",
    "“{match}”两个同类的连词连在一起，疑为修改时新旧两种说法都留下了：应为“{suggestion}”",
    "改稿时把“但”改成“但是”、把“因此”改成“因而”，旧的没有删（但是但、因此因而、然而但是）。"
    "两个表示同一种关系（转折、因果、递进）的连词紧挨着才提示；连词后接副词（但是却、而且还、并且也）不提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，[但是但]推进较慢。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，[因此因而]有些工作拖了后腿。"),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，但是却没有人指出，而且还有3个问题没有销号，但凡群众有反映都及时回应，并且并不推诿。",
        ),
    ],
)
def connective_kept_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, first, second in connectives_twice(ctx.text):
        longer, shorter = (first, second) if len(first) >= len(second) else (second, first)
        yield rule.finding(
            ctx.text, start, end, (longer, shorter)
        )  # the written register's two-character link first


_LINE_DOUBLE = re.compile(r"(?=[\u4e00-\u9fff]{2,4}\n)([\u4e00-\u9fff]{2,4})\n\1")
_HEADING_START = re.compile(
    r"[一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十0-9]+[）)]|[0-9]+[.、．]|第[一二三四五六七八九十]"
)


def doubled_across_lines(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each word typed again at the start of the next line of a paragraph cut in two."""
    from mingjing.rules.repeated_words import repeated_run

    for m in _LINE_DOUBLE.finditer(text):
        word = m.group(1)
        line_start = text.rfind("\n", 0, m.start()) + 1
        clause = text[max(line_start, *(text.rfind(c, 0, m.start()) + 1 for c in "。！？；：")) : m.start()]
        if "，" not in clause or len(clause) < 10 or _HEADING_START.match(clause):
            continue  # a heading (二是学习培训\n学习培训的…, （一）…，…) is no cut paragraph
        joined = text[line_start : m.start() + len(word)] + text[m.end() - len(word) : m.end() + 4]
        if repeated_run(joined, m.start() - line_start, word):
            yield m.start(), m.end(), word


@code_rule(
    "T191",
    "word-doubled-across-a-line",
    "typo",
    "warning",
    "“{match}”在换行处重复了：“{suggestion}”写了两遍，段落也被断开了",
    "改稿时误按回车把一段话断成两行，又在新的一行重复了上一行末尾的词（……对网格员队伍／队伍建设重视不够）。"
    "上一行是正文（有逗号、末尾没有标点、不以标题序号开头），重复的词连起来读又是整词重复时才提示；"
    "标题后接正文（二是学习培训／学习培训的针对性不强）不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，在推进基层治理的过程中，对网格员[队伍\n队伍]建设重视不够。",
        ),
    ],
    good=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。\n二是学习培训\n学习培训的针对性不强。"),
    ],
)
def word_doubled_across_a_line(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, word in doubled_across_lines(ctx.text):
        yield rule.finding(ctx.text, start, end, (word,))
