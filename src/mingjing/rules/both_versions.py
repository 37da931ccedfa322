"""Both versions kept: more of what a revision leaves when the old text is not deleted (round r17), beside
rules/edit_traces.py's shapes. Each rule reads one way two versions of a passage stand side by side:

- **A topic opened twice** (T193): `对于出口退税审核，对此，` — a clause that is only a topic frame (对于/关于/
  针对 …, 对 … 问题; 在/从 … 方面), then a pointing word that opens the same topic again (对此, 对这些问题, 在这方面).
  One of the two openings is the old one. A frame followed by its predicate (对于这个问题，我们…) is quiet.
- **A frame word written again inside its list** (T194): `通过召开居民议事会、通过逐户走访等方式` — an instrument
  preposition (通过, 利用, 借助, 依托 …) whose object is a list closed by 等: the list's items are the
  preposition's object, so the word repeated on a later item is the old item's beginning kept. Parallel
  phrases that each carry their own predicate (通过学习提高认识、通过实践增长才干) have no 等 and stay quiet.
- **A clause's end written again as a clause** (T195): `次数少了，少了，` — after a comma a clause that is only
  the end of the clause before it, closed by a mark: the tail typed again. Emphasis doubles a whole short
  clause (坚持，坚持，再坚持; 好，好) and stays quiet; a whole clause of four characters or more written twice is read.
- **A list's item written twice** (T196): `听汇报、看材料、听汇报的时候` — in one series of items joined by 、 the
  same item of two characters or more stands twice: the list was rewritten and the old one kept.
- **A clause written twice with one word changed** (T197): `回应不及时，回应不够及时` — two clauses side by side
  that differ only by a word of one to three characters added (not a negation: 能解决的，不能解决的) or by
  two words of two characters sharing one as rewordings do (不够/不太), with at least six characters the same.
  Contrasts of a distributive subject (有的解决了，有的基本解决了) and parallels changing a word that shares
  nothing (在思想上严格要求，在工作上严格要求) stay quiet.
- **The subject written twice** (T198): `本人我`, `我们我`, `我我们` — two first-person forms of the subject side by
  side; 我本人, 我们党 and 我市 are Chinese.
- **A connective half deleted** (T199): `同时时，`, `首先先，` — a clause-opening connective with one of its
  characters typed again before the comma (T134 reads those that make no word, 此此; 时时 is a word).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.kept_versions import _shared
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_TOPIC_NOUNS = "问题|情况|现象|事项|意见|建议|不足|短板|差距|矛盾|诉求"
_TOPIC_FRAME = re.compile(
    rf"(?:[一二三四五六七八九十]是)?(?:(?:对于|关于|针对).{{2,30}}|对.{{1,28}}(?:{_TOPIC_NOUNS})|[在从].{{2,20}}(?:方面|层面|上))"
)
_TOPIC_AGAIN = re.compile(
    r"，(?P<again>(?:对此|就此|对于此|针对此|对(?:于|)(?:这|那|上述|以上)(?:个|些|一|类|)(?:问题|情况|现象|事项|方面)"
    r"|[在从](?:这|此)(?:一|个|)(?:方面|层面|点上))(?![次类项前后])，?)"
)
_BOUNDARY = re.compile(r"[，。；：！？\n“”]")


def _clause_before(text: str, end: int, most: int = 32) -> str | None:
    """The clause that ends at `end`, if it begins after a mark (or the text's start) within `most` characters."""
    begin = max(0, end - most)
    marks = [m.end() for m in _BOUNDARY.finditer(text, begin, end)]
    if marks:
        return text[marks[-1] : end]
    return text[:end] if begin == 0 else None


def topics_opened_twice(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each pointing word that opens again the topic the clause before it only opened."""
    for m in _TOPIC_AGAIN.finditer(text):
        clause = _clause_before(text, m.start())
        if clause is not None and _TOPIC_FRAME.fullmatch(clause):
            yield m.start("again"), m.end("again")


@code_rule(
    "T193",
    "topic-opened-twice",
    "typo",
    "warning",
    "“{match}”又把前一句刚提出的话题重新引出一次：疑为修改时新旧两种开头都留下了，可删去",
    "改稿时把“对此，”改成“对于出口退税审核，”，旧的没有删，就成了“对于出口退税审核，对此，建立……”。"
    "前一句只有“对于/关于/针对……”或“在……方面”、没有下文，后面紧接着又用“对此”“对这些问题”“在这方面”"
    "引出同一个话题时提示；话题后直接接着说（对于这个问题，我们……）不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文。对于巡察反馈的问题，[对此，]班子逐项制定了整改措施。",
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文。对于这个问题，我们的认识是逐步深化的。针对这些问题，班子逐项制定了措施。",
        ),
    ],
)
def topic_opened_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in topics_opened_twice(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",))


_LEAD = 8  # the instrument opens its clause, after at most a short subject (我们积极通过…), not 审议通过
_INSTRUMENTS = ("通过", "利用", "借助", "依托", "运用", "依靠", "凭借", "采取", "采用")
_CLAUSE = re.compile(r"[^，。；：！？\n（）()]+")  # quotation marks inside: “四不两直”、交叉检查等


def _series(text: str) -> list[tuple[int, str]]:
    """(start, clause) of each clause holding a series joined by 、, kept for the last document (T194, T196)."""
    from mingjing.rules.grams import kept

    return kept(
        "series", text, lambda t: [(m.start(), m.group()) for m in _CLAUSE.finditer(t) if "、" in m.group()]
    )


def _cut_starts(phrase: str) -> set[int]:
    """The offsets at which rjieba's cut of `phrase` begins a word."""
    import rjieba

    at, starts = 0, set()
    for word in rjieba.cut(phrase):
        starts.add(at)
        at += len(word)
    starts.add(at)
    return starts


def frames_in_lists(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, word) of each instrument preposition written again on a later item of the list it
    governs, a list of items joined by 、 and closed by 等."""
    for begin, clause in _series(text):
        items = clause.split("、")
        if "等" not in items[-1] or not any(f"、{w}" in clause for w in _INSTRUMENTS):
            continue
        at = begin + len(items[0]) + 1
        first = items[0]
        for item in items[1:]:
            word = next((w for w in _INSTRUMENTS if item.startswith(w)), None)
            if word is not None and word in first and len(item) > len(word) + 1:
                head = first.rindex(word)
                if head <= _LEAD and head in _cut_starts(first) and len(word) in _cut_starts(item):
                    yield at, at + len(word), word
            at += len(item) + 1


@code_rule(
    "T194",
    "frame-word-in-its-list",
    "typo",
    "warning",
    "“{match}”在并列的各项前又写了一遍：它管的是整个“……等”的并列成分，疑为修改时旧的开头没有删，可删去",
    "改稿时把“通过逐户走访”改成并列的“通过召开居民议事会、逐户走访等方式”，后一项前的“通过”没有删。"
    "“通过、利用、借助、依托”等介词后是用顿号连接、以“等”收尾的并列成分，后面的项又以同一个介词开头时提示；"
    "各带谓语的排比（通过学习提高认识、通过实践增长才干）没有“等”，不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，通过召开座谈会、[通过]逐户走访等方式征求意见。",
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，通过学习提高认识、通过实践增长才干，通过座谈、走访等方式征求意见。",
        ),
    ],
)
def frame_word_in_its_list(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, _word in frames_in_lists(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",))


_TAIL_AGAIN = re.compile(r"，(?P<w>[\u4e00-\u9fff]{2,12})(?=[，。；！？])")
_CLAUSE_START = re.compile(r"[，。；：！？\n“”（）()]")


def _inside_quotes(text: str, at: int) -> bool:
    return text.rfind("“", 0, at) > text.rfind("”", 0, at)


def tails_again(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause, with the comma before it, that only writes the clause before's end again."""
    for m in _TAIL_AGAIN.finditer(text):
        word, comma = m.group("w"), m.start()
        if text[comma - len(word) : comma] != word:
            continue
        before = _clause_before(text, comma, 40) or ""
        if not before.endswith(word) or _inside_quotes(text, comma):
            continue
        if before == word:
            if len(word) < 4:
                continue  # 坚持，坚持，再坚持; 好，好: emphasis
        elif len(word) > 6 or len(before) - len(word) < 2 or not _tail_word(before, word):
            continue  # a tail of two must begin a word of the clause (次数/少了), not split one
        yield comma, m.end()


@code_rule(
    "T195",
    "clause-end-again",
    "typo",
    "warning",
    "“{match}”把前一句的末尾又单独写了一遍：疑为修改时重复留下的，可删去",
    "改稿时把一句话的末尾又打了一遍，成了“主动上门服务的次数少了，少了，与企业的感情有所疏远”。"
    "逗号后的一句只是前一句末尾的重复、后面紧接标点时提示；整句是两三个字的强调（坚持，坚持，再坚持）"
    "和引号里的话不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，下基层的时间少了[，少了]，对一线情况掌握不准。",
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，坚持，坚持，再坚持。群众说：“好了，好了，路修通了。”",
        ),
    ],
)
def clause_end_again(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in tails_again(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",))


_AFTER_HEAD = frozenset("的等时中上里后前")


_CJK_ONLY = re.compile(r"[\u4e00-\u9fff“”]+")


def items_twice(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, item) of each item of a 、 series that stands in it a second time."""
    for begin, clause in _series(text):
        items = clause.split("、")
        if len(items) < 3:
            continue  # 查验等企业、企业等查验: two parts turned about, no series
        offsets = [begin]
        for item in items[:-1]:
            offsets.append(offsets[-1] + len(item) + 1)
        whole = [item for item in items[1:-1] if len(item) >= 2 and _CJK_ONLY.fullmatch(item)]
        seen: set[str] = set()
        for k, item in enumerate(items):
            if k == 0:
                continue
            if 0 < k < len(items) - 1 and len(item) >= 2 and _CJK_ONLY.fullmatch(item):  # not 1人、2人、1人
                if item in seen or (items[0].endswith(item) and _tail_word(items[0], item)):
                    yield offsets[k] - 1, offsets[k] + len(item), item
                    break
                seen.add(item)
            elif k == len(items) - 1:
                heads = [w for w in (*whole, *_tails(items[0], item)) if _head_word(item, w)]
                if heads:
                    word = max(heads, key=len)
                    yield offsets[k] - 1, offsets[k] + len(word), word


def _tail_word(first: str, word: str) -> bool:
    """Whether `word` ends `first` as words of their own (办公室听汇报, not 党员干部): a tail of three characters
    or more is taken whole, as the cut may join its first to the character before (中签文件, 抓得松了一些)."""
    return len(first) == len(word) or len(word) >= 3 or len(first) - len(word) in _cut_starts(first)


def _tails(first: str, last: str) -> list[str]:
    """The ends of the series' first part of two to six characters that begin a word of its cut and
    begin its last part too."""
    ends = [first[-n:] for n in range(2, min(6, len(first)) + 1) if last.startswith(first[-n:])]
    return [end for end in ends if _tail_word(first, end)] if ends else []


def _head_word(last: str, word: str) -> bool:
    """Whether the series' last part begins with `word` followed by a particle or place word (听汇报的时候)."""
    if len(word) < 2 or not last.startswith(word):
        return False
    rest = last[len(word) :]
    return rest == "" or (rest[0] in _AFTER_HEAD and len(word) in _cut_starts(last))


@code_rule(
    "T196",
    "item-listed-twice",
    "typo",
    "warning",
    "“{match}”在同一组并列成分里出现了两次：疑为修改时新旧两种列法都留下了，应删去重复的一项",
    "改稿时把“听汇报的时候”改成“听汇报、看材料的时候”，旧的没有删，成了“听汇报、看材料、听汇报的时候”。"
    "用顿号连接的一组并列成分里同一项（两个字以上）出现两次时提示；不同句子、不同条目里的重复不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，坐在办公室听汇报、看材料[、听汇报]的时候多了。",
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，看材料、听汇报、开座谈会是了解情况的方式，抓党建、抓业务、抓队伍都要硬。",
        ),
    ],
)
def item_listed_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, _item in items_twice(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",))


# two clauses side by side, the second read again as the first of the next pair
_TWO_PARTS = re.compile(
    r"(?<![\u4e00-\u9fff0-9])(?P<a>(?P<h>[\u4e00-\u9fff0-9])[\u4e00-\u9fff0-9]{5,})，"
    r"(?=(?P<b>(?P=h)[\u4e00-\u9fff0-9]{5,}))"
)
_DISTRIBUTIVE = (
    "有的",
    "有些",
    "一些",
    "部分",
    "个别",
    "既",
    "又",
    "也",
    "不仅",
    "而且",
    "一方面",
    "另一方面",
)
_NEGATIONS = frozenset({"不", "没", "没有", "未", "无", "非", "不能", "不会", "不是"})
_SAME_MIN = 6


def _one_word_apart(a: str, b: str) -> bool:
    """Whether clause b is clause a with one word added or one word reworded (sharing a character)."""
    from mingjing.rules.series_member_length import shared_ends

    p, s = shared_ends(a, b)
    if p + s < _SAME_MIN or p == 0:
        return False
    da, db = a[p : len(a) - s], b[p : len(b) - s]
    if not da or not db:
        added = da or db
        return 1 <= len(added) <= 3 and added not in _NEGATIONS and s > 0
    if len(da) == 1 and len(db) == 1:  # 不够/不太: the change is a word's second character in both
        return p >= 1 and all(p - 1 in _cut_starts(c) and p + 1 in _cut_starts(c) for c in (a, b))
    return len(da) == len(db) == 2 and _shared(da, db)


def clauses_one_word_apart(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each clause, with its comma, written again right after it with one word changed."""
    for m in _TWO_PARTS.finditer(text):
        a, b = m.group("a"), m.group("b")
        if min(len(a), len(b)) < _SAME_MIN or a.startswith(_DISTRIBUTIVE) or b.startswith(a):
            continue  # a contrast of a distributive subject; a clause begun again is T192's
        if _one_word_apart(a, b) and not _inside_quotes(text, m.start()):
            yield m.start(), m.start("b")


@code_rule(
    "T197",
    "clause-twice-one-word-changed",
    "typo",
    "warning",
    "“{match}”和后一句只差一个词：疑为修改时新旧两句都留下了，应删去其中一句",
    "改稿时把“回应不及时”改成“回应不够及时”，旧句没有删，成了两句几乎一样的话。"
    "相邻两句至少六个字相同、只多一个词（不是“不”“没有”这样的否定）或只换了一个共用一字的词（不够/不太）时提示；"
    "“有的……，有的……”的对比和换了整个词的排比（在思想上严格要求，在工作上严格要求）不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，[对群众反映的问题回应不及时，]对群众反映的问题回应不够及时。",
        ),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，有的问题已经解决了，有的问题基本解决了，在思想上严格要求，在工作上严格要求，"
            "能解决的问题马上解决，不能解决的问题说明原因。",
        ),
    ],
)
def clause_twice_one_word_changed(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in clauses_one_word_apart(ctx.text):
        yield rule.finding(ctx.text, start, end, ("",))


# two first-person forms side by side; 我 before a unit's character is a word (我市, 我局)
_SUBJECT_TWICE = re.compile(
    r"本人我们?|我们我(?![市县区局省国院校委部厅所镇乡村党司行们])|我我们|咱们我们?|我们咱们"
)


def subjects_twice(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the subject kept) of each first-person subject written twice."""
    for m in _SUBJECT_TWICE.finditer(text):
        start, found = m.start(), m.group()
        first = next(w for w in ("本人", "我们", "咱们", "我") if found.startswith(w))
        if not _word_at(text, start, first):
            continue  # 日本人我们, 自我我们: the first form inside a word
        yield (
            start,
            m.end(),
            "本人" if first == "本人" else found[len(first) :],
        )  # the formal 本人, else the later


def _cut_starts_near(text: str, at: int) -> set[int]:
    begin = max(0, at - 4)
    return {begin + s for s in _cut_starts(text[begin : at + 4])}


def _word_at(text: str, at: int, word: str) -> bool:
    cuts = _cut_starts_near(text, at)
    return at in cuts and at + len(word) in cuts


@code_rule(
    "T198",
    "subject-written-twice",
    "typo",
    "warning",
    "“{match}”主语写了两遍：疑为修改时新旧两种说法都留下了，应为“{suggestion}”",
    "改稿时把“我”改成“本人”，旧的没有删，成了“本人我在理论学习上……”。"
    "两个第一人称（本人、我、我们、咱们）紧挨着时提示；“我本人”“我们党”“我市”不提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，[本人我]对分管工作研究不深。"),
    ],
    good=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，我本人也有责任，我们党历来重视调研，我们我市的做法是。",
        ),
    ],
)
def subject_written_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, kept in subjects_twice(ctx.text):
        yield rule.finding(ctx.text, start, end, (kept,))


_OPENERS = (
    "同时",
    "此外",
    "另外",
    "首先",
    "其次",
    "最后",
    "总之",
    "因此",
    "所以",
    "但是",
    "然而",
    "而且",
    "并且",
)
_HALF_DELETED = re.compile(
    "(?:" + "|".join(sorted({w + c for w in _OPENERS for c in w})) + ")(?=，)",
)
_OPENS_AFTER = frozenset("，。；：！？\n")


def connectives_half_deleted(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, connective) of each clause-opening connective with one of its characters typed again."""
    for m in _HALF_DELETED.finditer(text):
        start = m.start()
        if (
            start == 0
            or text[start - 1] in _OPENS_AFTER
            or re.match(r"[一二三四五六七八九十]是", text[start - 2 : start])
        ):
            yield start, m.end(), m.group()[:2]


@code_rule(
    "T199",
    "connective-half-deleted",
    "typo",
    "warning",
    "“{match}”多了一个字：疑为修改时连接词没有删干净，应为“{suggestion}”",
    "改稿时删改句首的连接词，留下了半个（同时时，首先先，）。句首的连接词后多出一个与它相同的字、"
    "紧接逗号时提示；多出的字和前后不成词的（此此）由T134提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。[同时时]，对苗头性问题警惕不够。"),
    ],
    good=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。同时，对苗头性问题时时保持警惕。"),
    ],
)
def connective_half_deleted(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, word in connectives_half_deleted(ctx.text):
        yield rule.finding(ctx.text, start, end, (word,))
