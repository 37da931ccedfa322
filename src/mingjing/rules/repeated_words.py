"""Words written twice in a row (T112): 用公款用公款送礼, 形成决策决策决议 — a slip of editing (a
pasted phrase not deleted). Reported where the repeated run is whole words of rjieba's cut and is
either two words or more (three characters at least) or one noun or adverb (切实切实); verbs said twice
(研究研究, 讨论讨论) and counted steps (一步一步, 一件一件) are ordinary Chinese and stay silent, unless the
verb closes a word begun before it (贯彻落实落实), follows an adverb of the written register
(进一步加强加强) or is followed by 不/没/的 (到位到位不够), none of which a verb said twice on purpose
takes (round r13); since round r16 any other word of two characters written twice is reported too unless it
is one of the spoken language's reduplicating verbs (`_REDUPLICATING`: 研究, 商量, 参加 …; 改革改革, 整改整改
are slips), begins a longer word with what follows (管理管理人员) or follows a lone character a name may end
with (中节能节能环保) or is a numbered unit before its post (第3网格网格长: r27), and no word of two characters inside 《》 is reported (a title may join two
names that end and begin alike: 《全面深化改革改革开放史》); speech in quotation marks (“马上马上”) stays silent; one word of
three characters written twice (进一步进一步) and 的的 (not 的的确确) are reported too. A sentence
written twice in a row, or a phrase of five characters or more started again a few characters after
it began (与各位文友共同探讨与各位文友探讨: the old wording left before the new), is T113.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_TWICE = re.compile(r"([\u4e00-\u9fff]{2,8})\1")
_COUNTED = set("一二两三四五六七八九十几每半")
# a point's label (一是, 二是) with its numeral doubled, where a clause or a line begins: 一一是 — 一一 as
# "one by one" is followed by a verb, never by 是 (一一是 has no reading of its own)
_LABEL_TWICE = re.compile(r"([一二三四五六七八九])\1是")
_LABEL_BEFORE = frozenset("：:，,。；;！？\n）)")
_DE_TWICE = re.compile(
    r"的(?<![的目]的)的(?![确])"
)  # 的的确确 and 目的的 (any noun in 的: 标的的) are Chinese
_NOUN_TAGS = {"n", "nr", "ns", "nt", "nz", "nrt"}
# the last character of a unit whose head is named by the unit and 长 (支队 → 支队长, 处 → 处长)
_UNITS = frozenset("队局处科所站院校部厅组社村室庭")
_ADVERB_TAGS = {"d", "ad", "vd", "c"}
_POSTS = frozenset("长员")  # 网格长, 网格员: a unit's leader or worker named by the unit
_NUMBERED = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十号本该各每")
# pronouns, prepositions, time words, attributives, places: never said twice on purpose (这些这些, 按照按照,
# 目前目前, 上述上述, 其中其中 — round r14)
_NEVER_TWICE_TAGS = {
    "r",
    "p",
    "t",
    "b",
    "f",
    "s",
}  # adverbs, adverbial verbs (持续) and conjunctions (及时, 并且)
_NOT_AFTER_TWICE = ("不", "没", "的", "得")
# adverbs that do go before a verb said twice (再研究研究, 好好学习学习)
_LIGHT_ADVERBS = frozenset(
    {"再", "就", "也", "还", "先", "都", "多", "好好", "又", "去", "来", "要", "得", "才", "一起"}
)
# the two-character verbs (and verb-like adjectives) the spoken language says twice for "a little" (研究研究,
# 商量商量, 凉快凉快): volitional acts that last, a small closed class (round r16). Any other word of two
# characters written twice (改革改革, 落实落实, 建设建设) is a slip in written text.
_REDUPLICATING = frozenset(
    "研究 学习 讨论 商量 考虑 了解 打听 检查 休息 活动 锻炼 收拾 整理 打扫 准备 介绍 说明 解释 交流 沟通 比较"
    " 体会 体验 思考 反思 琢磨 考察 调查 清理 练习 熟悉 关心 照顾 帮助 表扬 批评 教育 提醒 放松 调整 走动"
    " 溜达 掂量 合计 盘算 打理 梳理 总结 分析 估计 核对 修改 联系 认识 比划 请教 尝试"
    " 参观 见识 反省 开导 安慰 鼓励 表示 意思 应付 凑合 摸索 磨炼 历练 操练 温习 复习 补习 热闹 凉快 暖和"
    " 高兴 轻松 痛快 舒服 清醒 明白 精神 乐呵 协调 汇报 请示 研讨 碰头 议论 走访 慰问 打点 通融"
    " 参加 参与 观察 观摩 感受 享受 打扮 拾掇 修理 折腾 摆弄 捣鼓 商议 筹划 打算 宣传 动员 培训 指导 辅导 督促"
    " 敲打 提点 点拨 调研 活络 疏通 打磨".split()
)
_COMPOUND_FREQ = 20  # a longer word the second copy heads counts from this frequency (jieba's noise is 3)


def repeated_run(text: str, start: int, run: str) -> bool:
    """Whether `run`, written at text[start:] twice, is whole words that should not be doubled."""
    import rjieba

    if run[0] in _COUNTED:
        return False
    first: list[tuple[str, str]] = []
    at = 0
    for word, tag in rjieba.tag(text[start : start + 2 * len(run)]):
        if at < len(run):
            first.append((word, tag))
        at += len(word)
        if at > len(run) and sum(len(w) for w, _ in first) != len(run):
            return False  # the run does not end on a word boundary
    if sum(len(w) for w, _ in first) != len(run):
        return False
    if len(first) >= 2 or len(run) >= 3:
        return len(run) >= 3  # one word of three characters is never doubled on purpose (进一步进一步)
    spoken = text.rfind("“", 0, start) > text.rfind("”", 0, start)  # speech quoted (“马上马上”)
    if first[0][1] in _NOUN_TAGS and run not in _REDUPLICATING:
        return True
    if (first[0][1].startswith("v") or first[0][1] == "a") and run not in _REDUPLICATING and not spoken:
        # 改革改革; 管理管理人员: a verb and its object; 中节能节能环保: a name's last word, then the word
        return _clear_before(text, start) and not _heads_compound(text, start + 2 * len(run), run)
    if (first[0][1] in _ADVERB_TAGS or first[0][1] in _NEVER_TWICE_TAGS) and not spoken:
        return True  # an adverb is never said twice (切实切实, 认真认真)
    if (first[0][1].startswith("v") or first[0][1] == "a") and not spoken:
        # a verb said twice on purpose (研究研究) takes no degree adverb before it, closes no word begun
        # before it and is followed by no 不/没/的: 进一步加强加强, 贯彻落实落实, 到位到位不够
        if _degree_before(text, start) or text.startswith(_NOT_AFTER_TWICE, start + 2 * len(run)):
            return True
        if _ends_word(text, start, len(run)) and not _heads_compound(text, start + 2 * len(run), run):
            return True
    # 研究研究生: a verb, then a noun it heads; 党组织组织生活: the first copy ends the word before it
    return (
        not first[0][1].startswith("v")
        and not _ends_word(text, start, len(run))
        and _heads_compound(text, start + 2 * len(run), run)
    )


def _clear_before(text: str, start: int) -> bool:
    """Whether a word begins at `start` beyond doubt: a mark, a word of two characters or more, or a function
    word or verb of one character is before it (not a lone character a name may end with: 中节能)."""
    import rjieba

    words = rjieba.tag(text[max(0, start - 4) : start])
    return not words or len(words[-1][0]) >= 2 or words[-1][1].startswith(("u", "p", "c", "d", "v", "r", "x"))


def _in_title(text: str, start: int) -> bool:
    """Whether `start` is inside a title in 《》 (a book's or a document's name is quoted as it is)."""
    return text.rfind("《", 0, start) > text.rfind("》", 0, start)


def _degree_before(text: str, start: int) -> bool:
    """Whether the word before `start` is an adverb of the written register (进一步, 切实, 不断)."""
    import rjieba

    words = rjieba.tag(text[max(0, start - 4) : start])
    return bool(words) and words[-1][1] in _ADVERB_TAGS and words[-1][0] not in _LIGHT_ADVERBS


def _ends_word(text: str, start: int, size: int) -> bool:
    """Whether the run at `start` closes a word of jieba's dictionary begun before it (党组织)."""
    import rjieba

    return any(start >= k and rjieba.has_word(text[start - k : start + size]) for k in (1, 2))


def _heads_compound(text: str, at: int, run: str) -> bool:
    """Whether the second copy of `run` heads a longer word of jieba's dictionary or a known phrase
    (pypinyin's, the genre's collocations) with what follows it (安全安全生产: 安全生产, so the first
    安全 is a leftover — a verb said twice heads none)."""
    import rjieba

    from mingjing.rules.near_twin import known_phrases

    for k in (2, 1):
        word = run + text[at : at + k]
        if len(word) == len(run) + k and (
            (rjieba.has_word(word) and rjieba.suggest_freq(word) > _COMPOUND_FREQ) or word in known_phrases()
        ):
            return True
    return False


def _noun_in_de(word: str) -> bool:
    """A noun of the dictionary that ends in 的 (目的, 标的, 众矢之的's 之的 is none)."""
    from mingjing.rules.de_adverbial import dictionary_tag

    return dictionary_tag(word) in _NOUN_TAGS


@code_rule(
    "T112",
    "word-written-twice",
    "typo",
    "warning",
    "“{match}”重复了：“{suggestion}”写了两遍",
    "删改时没有删干净，一个词或短语连写两遍（“用公款用公款送礼”“决策决策”“进一步进一步”“的的”）。"
    "口语里动词重叠（研究研究）、逐一计数（一步一步）不提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用[文件原文文件原文]。"),
        variant("研讨发言多引用文件原文。", "研讨发言要[进一步进一步]减少引用文件原文。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件[的的]原文。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对[安全安全]生产抓得较紧。"),
        variant("研讨发言多引用文件原文。", "研讨发言有两种情况：[一一是]引用文件原文，二是照搬讲话。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对学习要求贯彻[落实落实]不够。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对群众意见[切实切实]重视不够。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，整改落实[到位到位]不够。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，要加快城区管网[改造改造]。"),
    ],
    good=[
        GOOD,
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，要研究研究，一步一步整改，的的确确达到学习的目的的要求，执行标的的金额不大，"
            "一是逐项对账，问题一一销号，基层党组织组织生活会如期召开。",
        ),
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，群众找来时常说“马上马上”，要再研究研究。"
        ),
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，消防救援支队支队长和派出所所长都提了意见。"
        ),
        # a numbered unit, then its post (r27)
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，我是第2网格网格员，也兼任3号楼栋楼栋长。"
        ),
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，遇事多和同志们商量商量，读了《全面深化改革改革开放史》，负责管理管理人员。",
        ),
        # a point's heading glued to its text (r28)
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文。\n（五）反馈评议意见评议意见确定后，书面告知本人。",
        ),
    ],
)
def word_written_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "的的" in text:
        for m in _DE_TWICE.finditer(text):
            if m.start() and _noun_in_de(text[m.start() - 1 : m.end() - 1]):
                continue  # 标的的案件, 目的的要求: a noun that ends in 的, then the particle
            yield rule.finding(text, m.start(), m.end(), ("的",))
    for m in _LABEL_TWICE.finditer(text):  # 一一是: a point's label with its numeral written twice
        if m.start() == 0 or text[m.start() - 1] in _LABEL_BEFORE:
            yield rule.finding(text, m.start(), m.end(), (m.group(1) + "是",))
    for m in _TWICE.finditer(text):
        run = m.group(1)
        if run[-1] in _UNITS and text[m.end() : m.end() + 1] == "长":
            continue  # 消防救援支队支队长, 公安局局长: the unit, then its head's post
        if text[m.end() : m.end() + 1] in _POSTS and text[m.start() - 1 : m.start()] in _NUMBERED:
            continue  # 第3网格网格长, 2号楼栋楼栋长: a numbered unit, then its leader's or worker's post (r27)
        if len(run) >= 4 and _glued_heading(text, m.start()):
            continue  # 〔五〕反映评议意见评议意见确定后: a point's heading whose line break was lost (r28, real pages)
        if repeated_run(text, m.start(), run) and not (len(run) == 2 and _in_title(text, m.start())):
            yield rule.finding(text, m.start(), m.end(), (run,))


# a point's label opening a line (（五）, 〔五〕, 五、, 1.), then at most a few characters before the doubled run
_LINE_LABEL = re.compile(
    r"[ \t\u3000]*(?:[（(〔][一二三四五六七八九十\d]{1,3}[）)〕]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.、．])"
    r"[\u4e00-\u9fff]{1,6}$"
)


def _glued_heading(text: str, at: int) -> bool:
    """Whether the doubled run at `at` follows a point's label and a short heading on its line: the heading's
    last words, then the point's text opening with them again (its line break lost in a copy)."""
    line_start = text.rfind("\n", 0, at) + 1
    return _LINE_LABEL.fullmatch(text, line_start, at) is not None


_SENTENCE = re.compile(r"[^。！？!?\n]{6,}[。！？!?]")
# 市应急管理局召开全市应急管理工作会议: 全 before the second copy makes it another noun phrase (the whole
# city's), no restart
_WHOLE = frozenset("全")
_RESTART_MIN = 5  # characters the restarted phrase repeats
# four characters that begin a clause (no Chinese character before them) and come again 1-8 characters on
_RESTART = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{4})(?=[\u4e00-\u9fff]{1,8}?\1)")


def restarted_phrases(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, phrase) of each sentence written twice in a row (both copies) and of each phrase
    of _RESTART_MIN characters or more that begins a clause and is written again within eight characters
    without a mark between."""
    previous: re.Match[str] | None = None
    for m in _SENTENCE.finditer(text):
        if previous is not None and previous.end() == m.start() and previous.group() == m.group():
            yield previous.start(), m.end(), m.group()
        previous = m
    at = 0
    for m in _RESTART.finditer(text):  # a restart begins where a run of Chinese characters begins
        first = m.start()
        if first < at:
            continue
        gap, size = text.find(m.group(1), first + 5) - first, 4
        while (
            first + size + gap < len(text)
            and size < gap
            and text[first + size] == text[first + gap + size]
            and "\u4e00" <= text[first + size] <= "\u9fff"
        ):
            size += 1
        if size >= _RESTART_MIN and size < gap and text[first + gap - 1] not in _WHOLE:
            at = first + gap + size
            yield first, at, text[first : first + size]


@code_rule(
    "T113",
    "phrase-written-again",
    "typo",
    "warning",
    "“{match}”里“{suggestion}”写了两遍，疑为修改时旧的说法没有删干净",
    "改稿时新写了一遍，旧的句子或短语没有删（“与各位文友共同探讨与各位文友探讨”、同一句话连写两遍）。"
    "五个字以上的短语在句首写出后，几个字之内、中间没有标点又从头写起，才提示；"
    "并列的两个短语共用同样的结尾（第一批主题教育和第二批主题教育）不提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "[研讨发言多照搬研讨发言多]引用文件原文。"),
        variant(
            "一是学得不够深。比如，",
            "一是学得不够深。[我对原文原著读得不多。我对原文原著读得不多。]比如，",
        ),
    ],
    good=[
        GOOD,
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，从群众中来到群众中去，第一批主题教育和第二批主题教育。",
        ),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。市交通运输局召开全市交通运输工作会议。"),
    ],
)
def phrase_written_again(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, phrase in restarted_phrases(ctx.text):
        yield rule.finding(ctx.text, start, end, (phrase,))
