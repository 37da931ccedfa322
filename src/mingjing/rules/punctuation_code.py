"""Punctuation that needs more than a pattern: quotes and brackets must be paired (GB/T 15834-2011)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

PAIRS = {"“": "”", "‘": "’", "（": "）", "《": "》", "【": "】", "〔": "〕"}
CLOSERS = {v: k for k, v in PAIRS.items()}
STOPS = "，。；：！？"
MAX_QUOTED = 30
_MARKS = re.compile("[" + re.escape("".join(PAIRS) + "".join(CLOSERS)) + "]")


@code_rule(
    "P201",
    "unpaired-mark",
    "punctuation",
    "warning",
    "“{match}”没有配对的“{other}”：引号、括号、书名号要成对使用",
    "不成对的标点多是删改时漏删或漏补，影响阅读。",
    bad=[
        variant("全县“智慧交通”平台建设", "全县[智慧交通”]平台建设"),  # quoted elsewhere: “智慧交通”
        variant("全县“智慧交通”平台建设", "全县[”]智慧交通”平台建设"),
        variant(
            "（一）强化理论学习。2024年6月底前精读原著全部篇目",
            "（一）强化理论学习。[（2024年6月底前精读原著全部篇目]",
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，书记强调，[”]要把问题整改贯穿始终”。"),
        # r19: closed with another family's mark, that mark mistyped (《…法〉, “…制')
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对[《安全生产法〉]学习不深。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对[“首问负责制']执行不严。"),
        # r19: a numeric slogan before a stray closer is the quoted name
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，落实[三会一课”]制度不严。"),
        # r26: a closer typed twice (the second has no opener)
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对《关于违纪案件的通报》[》]学习不深。"),
        # r27: a name's own head word (计划) before a run of frame nouns: the quotation closes after it
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，[“强基计划建设任务推进缓慢]。"),
    ],
    good=[
        GOOD,
        GOOD + "\n（一）“两学一做”学习教育、“",
        GOOD + "\n取得一点成绩就想要组织的“奖\n励”，遇到难题就退缩。",
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，对《关于〈安全生产法〉的解读》学习不深。"
        ),
    ],
)
def unpaired_mark(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    paragraphs = ctx.outline.document.paragraphs
    carried: list[tuple[str, int]] = []
    swapped: dict[int, int] = {}  # a stray ” answered by a stray “ a few characters on → the ”'s offset
    for n, p in enumerate(paragraphs):
        stack, carried = carried, []
        for m in _MARKS.finditer(text, p.start, p.end):  # only the marks, not every character
            k = m.start()
            ch = text[k]
            if ch in PAIRS:
                stack.append((ch, k))
            elif ch in CLOSERS:
                if stack and stack[-1][0] == CLOSERS[ch]:
                    stack.pop()
                elif any(opener == CLOSERS[ch] for opener, _ in stack):
                    while stack and stack[-1][0] != CLOSERS[ch]:
                        opener, at = stack.pop()
                        yield rule.finding(text, at, at + 1, other=PAIRS[opener])
                    stack.pop()
                elif (j := _reopened(text, k, p.end)) is not None:
                    swapped[j] = k  # ”课程思政“: decided once the paragraph's marks are all read
                elif ch == "”" and (_closed_again(text, k, p.end) or _turned_opener(text, k, p.start, p.end)):
                    # 新时代”枫桥经验”, 强调，”要…导向”: the opening mark typed as a closing one, the pair then
                    # closes (the later ” closes it, no second stray)
                    yield rule.finding(text, k, k + 1, ("“",), other="“")
                    stack.append(("“", k))
                else:
                    yield _unopened(rule, text, ch, k, p.start)
        open_at = {at for _, at in stack}
        for j, k in swapped.items():
            if j in open_at:
                yield rule.finding(text, k, j + 1, ("“" + text[k + 1 : j] + "”",), other="“")
            else:
                yield rule.finding(text, k, k + 1, other="“")
        stack = [(opener, at) for opener, at in stack if at not in swapped]
        swapped = {}
        if stack and _cut_off(text, p.end):
            continue  # a page that stops inside a quotation was cut, not left unpaired
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if (
            stack
            and following is not None
            and _closed_across_break(text, stack[-1][0], p.end, following.start)
        ):
            carried = stack  # “回⏎报”: a line break the copy made inside the quotation
            continue
        turned = _turned_quotes(text, stack)
        for opener, at in stack:
            if at in turned:
                yield rule.finding(text, turned[at], turned[at] + 1, (PAIRS[opener],), other=PAIRS[opener])
            elif at not in turned.values():
                yield _unclosed(rule, text, opener, at, p.end)


_OPENS_QUOTE = "，：:；。！？"  # a quotation opens after these (强调，“…) or at a paragraph's start


def _turned_opener(text: str, k: int, paragraph_start: int, paragraph_end: int) -> bool:
    """Whether the stray ” at `k` is an opener typed the wrong way round (强调，”要教育引导…导向”): it
    stands where a quotation opens (after a comma or colon, or at the paragraph's start) and another ”
    follows within a quotation's length with no “ between, which is then its right closer."""
    if k > paragraph_start and text[k - 1] not in _OPENS_QUOTE:
        return False
    if k + 1 >= paragraph_end or text[k + 1] in _OPENS_QUOTE or text[k + 1] in "“”":
        return False
    j = text.find("”", k + 2, min(paragraph_end, k + MAX_QUOTED + 1))
    return j > 0 and "“" not in text[k + 1 : j]


def _reopened(text: str, k: int, paragraph_end: int) -> int | None:
    """The offset of a “ that follows a stray ” at `k` within a quotation's length, nothing but words
    between (”爆款“: the pair typed the wrong way round), or None."""
    j = text.find("“", k + 2, min(paragraph_end, k + MAX_QUOTED + 1))
    if j < 0 or any(c in STOPS or c in "“”" for c in text[k + 1 : j]):
        return None
    return j


def _closed_again(text: str, k: int, paragraph_end: int) -> bool:
    """Whether a stray ” at `k` is followed, within a short name's length, by another ” with nothing but
    words between (新时代”枫桥经验”): the first is the pair's opening mark typed the wrong way."""
    j = text.find("”", k + 2, min(paragraph_end, k + 13))
    return j > 0 and not any(c in STOPS or c in "“”" for c in text[k + 1 : j])


_SENTENCE_ENDS = "。！？!?…”’）)》"


def _cut_off(text: str, paragraph_end: int) -> bool:
    """The paragraph is the text's last and stops mid-sentence (no closing mark): the text was cut there
    (a web page's or an excerpt's end), so a quotation open in it may well close on the next page."""
    tail = text[:paragraph_end].rstrip()
    return not text[paragraph_end:].strip() and bool(tail) and tail[-1] not in _SENTENCE_ENDS


def _closed_across_break(text: str, opener: str, paragraph_end: int, next_start: int) -> bool:
    """The paragraph stops mid-sentence inside a quotation that the next paragraph closes in its first
    clause: one sentence broken by a line break of the copy (a PDF's or a viewer's line end)."""
    tail = text[:paragraph_end].rstrip()
    if not tail or tail[-1] in _SENTENCE_ENDS or tail[-1] in STOPS:
        return False
    closer = PAIRS[opener]
    clause = re.match(r"[^，。；：！？“‘（《【〔\n]*", text[next_start:])
    return clause is not None and closer in clause.group()


def _turned_quotes(text: str, stack: list[tuple[str, int]]) -> dict[int, int]:
    """Unclosed quote openers whose next unclosed opener of the same kind follows within a short span with no
    clause mark between (`“第一议题“制度`): the second is the closing mark typed the wrong way round. The
    first opener's offset → the second's."""
    out: dict[int, int] = {}
    for (one, a), (two, b) in zip(stack, stack[1:], strict=False):
        if (
            one == two
            and one in "“‘"
            and a not in out.values()
            and 1 < b - a <= MAX_QUOTED
            and not any(c in STOPS for c in text[a + 1 : b])
        ):
            out[a] = b
    return out


_JOINS = "和与及、"


def _unclosed(rule: Rule, text: str, opener: str, at: int, paragraph_end: int) -> Finding:
    """An opener never closed: suggest closing it before the next clause mark (to be checked:
    where the quotation ends depends on the sense); a title mark followed by a second title joined to it
    (`《…条例和《…》`) is closed before the joining word."""
    if opener == "《":
        second = text.find("《", at + 1, paragraph_end)
        if second > at + 2 and text[second - 1] in _JOINS and "》" not in text[at:second]:
            return rule.finding(text, at, second - 1, (text[at : second - 1] + "》",), other=PAIRS[opener])
    if (k := _stand_in_closer(text, opener, at, paragraph_end)) is not None:
        # 《…条例〉, “…制', （…一次]: closed with another family's mark → that mark is the closer mistyped
        return rule.finding(text, at, k + 1, (text[at:k] + PAIRS[opener],), other=PAIRS[opener])
    stop = at + 1
    while stop < paragraph_end and text[stop] not in STOPS:
        stop += 1
    if 1 < stop - at <= MAX_QUOTED:
        if opener == "“":
            closes = _quote_closes(text, at, stop)
        elif opener == "《":
            closes = _title_closes(text, at, stop)
        else:
            closes = [stop]
        fixes = [text[at:k] + PAIRS[opener] + text[k:stop] for k in closes]
        return rule.finding(text, at, stop, fixes, other=PAIRS[opener])
    return rule.finding(text, at, at + 1, other=PAIRS[opener])


# marks of another family that writers type for a pair's closer (《…条例〉, “…制', （…一次]), by opener;
# ASCII ' and " and > count only where they follow a Chinese character (no code or markup there)
_STAND_INS = {
    "《": "〉>＞」』",
    "“": "'\"〞＂’」』",
    "（": ")]］】」",
    "【": "]］）」",
    "〔": "]］）〕",
}
_STAND_IN_OPENERS = {
    "〉": "〈",
    "」": "「",
    "』": "『",
    ")": "(",
    "]": "[",
    "］": "［",
    "’": "‘",
    ">": "<",
    "＞": "＜",
}


def _stand_in_closer(text: str, opener: str, at: int, paragraph_end: int) -> int | None:
    """The offset of a mark of another family that closes the unclosed `opener` at `at` (《安全生产法>的,
    “首问负责制'执行): the first such mark within a quotation's length, before any clause mark or another
    opener, with no opener of its own family since `at` (《关于〈…〉的通知 is nested, not mistyped)."""
    marks = _STAND_INS.get(opener, "")
    end = min(paragraph_end, at + MAX_QUOTED + 1)
    for k in range(at + 2, end):
        c = text[k]
        if c in STOPS or c in PAIRS or c == "\n":
            return None
        if c in marks:
            own = _STAND_IN_OPENERS.get(c)
            if own is not None and own in text[at:k]:
                return None
            if c in "'\">" and not ("\u4e00" <= text[k - 1] <= "\u9fff"):
                return None
            return k
    return None


_TITLE_ENDS = re.compile(
    "(?:条例|办法|规定|规则|细则|意见|决定|通知|准则|规范|纲要|方案|规划|章程|决议|讲话|报告|选编|文选|"
    "摘编|读本|问答|守则|指南|标准|制度|法)(?:（[^（）《》，。]{1,10}）)?"
)


def _title_closes(text: str, at: int, stop: int) -> list[int]:
    """Where an unclosed 《 most likely closes: after the first word that ends a document's name (条例, 办法,
    意见 …, with its bracketed 试行 or 修订), then after the last one, then at the clause's end as before."""
    ends = [m.end() for m in _TITLE_ENDS.finditer(text, at + 3, stop) if m.end() < stop]
    return list(dict.fromkeys([*ends[:1], *ends[-1:], stop]))


_NUMERIC_SLOGAN = re.compile(
    "[一二两三四五六七八九十百千万][^\\W\\d_一二两三四五六七八九十][一二两三四五六七八九十双][^\\W\\d_]"
)


def _unopened(rule: Rule, text: str, closer: str, k: int, paragraph_start: int) -> Finding:
    """A closer with no opener: for a quote, suggest the opener before the name it closes when the name is
    known — quoted elsewhere in the document (“第一议题” there, 第一议题” here), a listed abbreviation, or a
    numeric slogan (一岗双责, 三会一课)."""
    opener = CLOSERS[closer]
    if k > paragraph_start and text[k - 1] == closer:
        # 案件的通报》》, 指示”” (r26): the closer typed twice, the first closing its pair: the second is deleted
        return rule.finding(text, k, k + 1, ("",), other=opener)
    if closer == "”":
        for s in _opened_names(text, k, paragraph_start):
            return rule.finding(text, s, k + 1, ("“" + text[s:k] + "”",), other=opener)
        if k > paragraph_start and text[k - 1] in "。！？":
            # 守土尽责。” with no quotation open in its paragraph: where one would open is unknown, the stray
            # mark after the sentence's end is deleted (r24)
            return rule.finding(text, k, k + 1, ("",), other=opener)
    return rule.finding(text, k, k + 1, other=opener)


def _opened_names(text: str, k: int, paragraph_start: int) -> Iterator[int]:
    lo = max(paragraph_start, k - MAX_QUOTED)
    before = text[lo:k]
    for name in _document_quoted(text):
        if before.endswith(name) and k - len(name) - 1 >= 0 and text[k - len(name) - 1] != "“":
            yield k - len(name)
            return
    m = _abbreviation_regex().search(before[-12:]) if before else None
    if m is not None and m.end() == len(before[-12:]):
        yield k - len(m.group())
        return
    if len(before) >= 4 and _NUMERIC_SLOGAN.fullmatch(before[-4:]):
        yield k - 4


def _document_quoted(text: str) -> list[str]:
    """The short names the document itself quotes (“第一议题”), longest first."""
    names = {m.group(1) for m in re.finditer("“([^“”，。；：！？\n]{2,12})”", text)}
    return sorted(names, key=len, reverse=True)


# nouns a quoted name is followed by (“双减”政策, “水美乡村”建设, “立德树人”根本任务): the frame, not the name
_FRAME_NOUNS = re.compile(
    "(?:根本|重要|主要|首要|重大|专项|长效)?(?:政策|改革|制度|理念|建设|时期|作用|目标|要求|活动|工作|机制|"
    "模式|精神|任务|原则|标准|行动|工程|计划|规划|品牌|平台|项目|体系|战略|思维|效应|现象|意识|问题)"
)


def _quote_closes(text: str, at: int, stop: int) -> list[int]:
    """Where an unclosed “ most likely closes, the likelier first (round r15): after a quoted abbreviation
    it opens with (rules/data/quoted_abbreviations.yaml: “双减政策 → “双减”政策), alone; else before the last
    frame noun (“水美乡村建设存在… → “水美乡村”建设存在…) or before the last one of a run of them (“城市更新
    行动任务 → “城市更新行动”任务; “河长制工作机制 → “河长制”工作机制 first), then at the clause's end as before."""
    m = _abbreviation_regex().match(text, at + 1, stop)
    if m is not None and m.end() < stop:
        return [m.end()]
    both = [n for n in _either_way_longest() if text.startswith(n, at + 1) and at + 1 + len(n) < stop]
    if both:  # “一站式服务在… → “一站式”服务: a service nickname written with quotes or without (r22)
        return [at + 1 + len(both[0]), stop]
    named = [n for n in _document_quoted(text) if text.startswith(n, at + 1) and at + 1 + len(n) < stop]
    if named:  # “一生一案帮扶计划 where the document quotes “一生一案” elsewhere
        return [at + 1 + len(named[0])]
    if (n := _NUMERIC_SLOGAN.match(text, at + 1, stop)) is not None and n.end() < stop:
        return [n.end(), stop]  # “一岗双责落实不到位: a numeric slogan is a name of its own
    k = at + 3  # a quoted name holds two characters at least
    while k < stop and not _FRAME_NOUNS.match(text, k, stop):
        k += 1
    if k >= stop:
        return [stop]
    first = k
    headed: list[int] = []
    while (frame := _FRAME_NOUNS.match(text, k, stop)) and _FRAME_NOUNS.match(text, frame.end(), stop):
        if _NAME_HEADS.fullmatch(frame.group()) and not headed:
            headed.append(frame.end())
        k = frame.end()
    # r27: in a run of frame nouns, a name's own head word (计划, 工程, 行动, 战略) ends the name and what follows is
    # the frame (“双高计划建设任务 → “双高计划”建设任务, “百校行动工作要求 → “百校行动”工作要求): that close first
    # r26: a quoted name does not end on the 的 that ties it to its frame (“以学铸魂、…、以学促干的要求 →
    # “…以学促干”的要求): the mark closes before the 的
    return list(dict.fromkeys(_before_de(text, at, j) for j in (*headed, first, k, stop)))


_NAME_HEADS = re.compile("计划|工程|行动|战略")


def _before_de(text: str, at: int, k: int) -> int:
    return k - 1 if k - 1 > at + 2 and text[k - 1] == "的" else k


_NUMERAL_BEFORE = set("第一二三四五六七八九十百千0123456789")
_QUOTE_MARKS = set("“”‘’\"'「」『』")


@lru_cache(maxsize=1)
def quoted_abbreviations() -> tuple[str, ...]:
    """The abbreviations of data/quoted_abbreviations.yaml, longest first."""

    path = Path(__file__).parent / "data" / "quoted_abbreviations.yaml"
    words = load_data(path.read_text(encoding="utf-8"))["abbreviations"]
    return tuple(sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def either_way() -> frozenset[str]:
    """The listed names written with quotes or without (第一议题): P116 does not ask for their marks."""
    path = Path(__file__).parent / "data" / "quoted_abbreviations.yaml"
    return frozenset(load_data(path.read_text(encoding="utf-8")).get("either_way", ()))


@lru_cache(maxsize=1)
def _either_way_longest() -> tuple[str, ...]:
    return tuple(sorted(either_way(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _abbreviation_regex() -> re.Pattern[str]:
    return re.compile("|".join(re.escape(w) for w in quoted_abbreviations()))


def _inside_marks(text: str, start: int, paragraph_start: int) -> bool:
    """Inside an open quotation or title mark of the paragraph (“落实三重一大制度”, 《…》)."""
    before = text[paragraph_start:start]
    return before.count("“") > before.count("”") or before.count("《") > before.count("》")


def _heading_spans(ctx: ReviewContext) -> list[tuple[int, int]]:
    """The title's and the parts' heading lines (not the items': they run on as sentences)."""
    o = ctx.outline
    spans = [(o.title_start, o.title_end)] if o.title else []
    return spans + [(s.heading_start, s.heading_end) for s in o.sections if s.heading_end > s.heading_start]


@code_rule(
    "P116",
    "abbreviation-without-quotes",
    "punctuation",
    "warning",
    "简称“{match}”通常加引号，写作{quoted}",
    "“双减”“三重一大”“放管服”“四风”这类数字概括语和政策简称，公文中习惯加引号，表示特定含义；"
    "只认一份常用简称清单（rules/data/quoted_abbreviations.yaml），已加引号、在书名号内的不提示；"
    "标题和各部分的标题像新闻标题一样常不加引号（四风问题的主要表现），不提示；同一简称只在第一处提示一次。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，执行[三重一大]事项决策制度不够严格。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，身上还有[庸懒散奢]的习气。"),
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，执行“三重一大”事项决策制度不够严格。"),
        variant("二、产生问题的原因", "二、三重一大执行不严的原因"),
        # a system's name its bodies write either way (第一议题制度)
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，全年第一议题学习28次，研究贯彻措施少。"),
    ],
)
def abbreviation_without_quotes(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    regex = _abbreviation_regex()
    headings = _heading_spans(ctx)
    asked: set[str] = (
        set()
    )  # one finding per abbreviation: a writer's habit is told once (村两委 eight times)
    for p in ctx.outline.document.paragraphs:
        for m in regex.finditer(text, p.start, p.end):
            if m.group() in asked or (m.group() in either_way() and f"“{m.group()}”" not in text):
                continue  # a name written either way, and this document never quotes it: its style
            s, e = m.start(), m.end()
            before = text[s - 1] if s > p.start else ""
            after = text[e] if e < p.end else ""
            if before in _QUOTE_MARKS or after in _QUOTE_MARKS or before in _NUMERAL_BEFORE:
                continue
            if m.group() == "双减" and after == "少":
                continue  # 双减少
            if _inside_marks(text, s, p.start):
                continue
            if any(a <= s and e <= b for a, b in headings):
                continue  # a title or a part's heading: headlines drop the quotes (四风问题的主要表现)
            quoted = f"“{m.group()}”"
            asked.add(m.group())
            yield rule.finding(text, s, e, (quoted,), quoted=quoted)


@code_rule(
    "P118",
    "reversed-quotation-marks",
    "punctuation",
    "warning",
    "引号方向反了：{match}应为{quoted}",
    "从网页或PDF复制、或在英文输入法下改稿时，常把引号写反（”十五五“）。"
    "只看常用简称清单（rules/data/quoted_abbreviations.yaml）里的词被反向引号夹住的情形。",
    bad=[variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，执行[”三重一大“]决策制度不严。")],
    good=[GOOD, variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，学习“读过了”“学过了”。")],
)
def reversed_quotation_marks(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _abbreviation_regex().finditer(text):
        s, e = m.start(), m.end()
        if s > 0 and e < len(text) and text[s - 1] == "”" and text[e] == "“":
            quoted = f"“{m.group()}”"
            yield rule.finding(text, s - 1, e + 1, (quoted,), quoted=quoted)


_APPROX_DIGITS = re.compile(
    r"([1-8])(?<![0-9０-９.．第][1-8])、([2-9])(?=[次个件天人项条名家遍回处份篇场批所周步户本台辆棵株头匹只张套根支把种笔起轮趟倍盏袋箱包瓶杯碗盒桶船架艘顿餐夜晚首幅枚颗粒圈载辈番宗例]|年(?![级代度])|月份|小时|分钟|公里|公斤|千克)"
)
_CN_PAIRS = {1: "一两", 2: "两三", 3: "三四", 4: "四五", 5: "五六", 6: "六七", 7: "七八", 8: "八九"}


@code_rule(
    "P121",
    "approximate-number-digits",
    "punctuation",
    "warning",
    "相邻两个数字连用表示概数，中间不用顿号，宜用汉字：“{match}”应为“{suggestion}”",
    "GB/T 15834-2011：相邻两个数字连用表示概数时不用顿号；概数用汉字数字（“三四件”，不写“3、4件”）。"
    "序数（第1、2次）不提示。",
    bad=[
        variant("其中多数安排在交通便利的乡镇", "其中[3、4]次安排在交通便利的乡镇"),
        variant("其中多数安排在交通便利的乡镇", "其中近[3、4]年安排在交通便利的乡镇"),
        # r25: 月份 after two adjacent months is a span (三四月份); 3月、4月 or 3、4月 may list two months
        variant("其中多数安排在交通便利的乡镇", "其中[3、4]月份安排在交通便利的乡镇"),
    ],
    good=[
        GOOD,
        variant(
            "其中多数安排在交通便利的乡镇",
            "其中第1、2次安排在交通便利的乡镇，1、3季度各1次，1、2年级各1次，1、3月份各1次",
        ),
    ],
)
def approximate_number_digits(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _APPROX_DIGITS.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if b == a + 1:
            yield rule.finding(text, m.start(), m.end(), (_CN_PAIRS[a],))


# a question told, not asked: 说明了“两学一做”怎么学？, 我常常反思自己为什么做不好？ — the reporting or
# thinking verb takes the question as its object;
# a dash between them sets the question off as asked (要弄清楚——什么是党性？), as a colon does
_TOLD_QUESTION = re.compile(
    r"(?:说明|介绍|讲清楚?|讲明白?|回答|弄清楚?|搞清楚?|交代|告诉|明确了|指出|反思|思考|深思|追问|想过|想清楚|考虑过|不知道|不清楚|不明白)了?"
    r"(?P<body>[^。！？!?：:；;\n—]{0,24}?(?:怎么|怎样|如何|为什么|为何|什么|哪些|哪里|多少|是否|能否|谁|何时)"
    r"[^。！？!?：:；;\n吗呢—]{0,12})(?P<mark>[？?])"
)
# the question stated first, then judged worth thinking over (为什么会出现这样的问题，值得我深刻反思？,
# 这些问题为何屡改屡犯，需要认真思考？): the question is what is thought over, the whole a statement;
# a sentence that asks (是否值得, 难道不值得, 值不值得, …吗) stays quiet
_WORTH_QUESTION = re.compile(
    r"(?:^|(?<=[。！？!?；;\n]))(?P<body>[^。！？!?；;：:\n—]{0,40}?"
    r"(?:值得|需要|有待|应当|应该)(?:我|我们|自己|班子|大家)?(?:好好|认真|深刻|深入|进一步|冷静)?地?"
    r"(?:反思|深思|思考|反省|警醒|研究|剖析|总结))(?P<mark>[？?])",
    re.M,
)
# r25: a question the writer asks himself, told without a colon or comma (我反复问自己是否做到了…？, 扪心自问能否…？):
# the question is the object of 问自己, the whole a statement (我问自己：是否…？ asks it directly and stays quiet)
_ASKED_SELF = re.compile(
    r"(?:扪心自问|反问自己|问问自己|问一问自己|问自己|自问)"
    r"(?P<body>[^。！？!?：:；;\n—“”，,]{0,8}?(?:是否|能否|有没有|为什么|为何|怎样|如何)"
    r"[^。！？!?：:；;\n吗呢—“”]{0,36})(?P<mark>[？?])"
)
_ASKED = re.compile(
    r"难道|岂|吗|呢|吧|是否|能否|可否|是不是|值不值|不值得|要不要|该不该|需不需要|何尝|怎能|怎么能"
)
# the sentence going on after the mark with a conjunction: the mark is a comma (……为什么慢？但没有深入分析)
_GOING_ON = ("但", "却", "可是", "然而", "而", "也", "又", "只是", "结果")


@code_rule(
    "P124",
    "question-mark-on-statement",
    "punctuation",
    "warning",
    "这句是陈述句（问题是“说明、回答、弄清”的内容），句末的“{match}”应为“{suggestion}”",
    "句子里的疑问词做了“说明、介绍、回答、弄清、反思、思考、不知道”等动词的宾语时，整句是陈述句，句末用句号，不用问号"
    "（GB/T 15834-2011 4.2）；“问自己是否……”“扪心自问能否……”中问题是“问”的宾语，也是陈述句；直接发问（“……：怎么学？”）不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，也没有向群众说明为什么延误[？]"),
        variant("我两天后才安排核查。", "我两天后才安排核查，事后常常反思自己为什么拖延[？]"),
        variant("我两天后才安排核查。", "我两天后才安排核查，也没有想过群众能否接受[？]"),
        variant("我两天后才安排核查。", "我两天后才安排核查，也没有说明责任由谁承担[？]"),
        variant("我两天后才安排核查。", "我两天后才安排核查。为什么会这样，值得我深刻反思[？]"),
        variant("我两天后才安排核查。", "我两天后才安排核查。我反复问自己是否真正做到了心里装着群众[？]"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查。群众问：为什么拖了两天？我没有说明原因。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。首先要弄清楚——为什么拖了两天？"),
        variant("我两天后才安排核查。", "我两天后才安排核查。这样的拖延，难道不值得我们深刻反思？"),
        variant("我两天后才安排核查。", "我两天后才安排核查。我问自己：是否真正做到了心里装着群众？"),
    ],
)
def question_mark_on_statement(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "？" not in text and "?" not in text:
        return
    seen = set()
    for m in _TOLD_QUESTION.finditer(text):
        if "“" in m.group("body") and "”" not in m.group("body"):
            continue  # a quoted question: 他问“为什么？”
        seen.add(m.start("mark"))
        yield rule.finding(text, m.start("mark"), m.end("mark"), _stop_or_comma(text, m.end("mark")))
    for m in _ASKED_SELF.finditer(text):
        if m.start("mark") not in seen:
            seen.add(m.start("mark"))
            yield rule.finding(text, m.start("mark"), m.end("mark"), _stop_or_comma(text, m.end("mark")))
    for m in _WORTH_QUESTION.finditer(text):
        body = m.group("body")
        if m.start("mark") in seen or _ASKED.search(body) or body.count("“") != body.count("”"):
            continue
        yield rule.finding(text, m.start("mark"), m.end("mark"), _stop_or_comma(text, m.end("mark")))


def _stop_or_comma(text: str, after: int) -> tuple[str, ...]:
    """The mark a stated question's ？ should be: a full stop, or a comma when the sentence goes on (r21: a full
    stop or a comma wherever words follow in the paragraph: 反思自己为什么会出现这些问题？主要有……, writers differ)."""
    if text.startswith(_GOING_ON, after):
        return ("，", "。")
    return ("。", "，") if "\u4e00" <= text[after : after + 1] <= "\u9fff" else ("。",)


# r21: a verdict on the study of the question right after the mark (？研究不深): the mark is best deleted
_VERDICT_AFTER = re.compile(r"[\u4e00-\u9fff]{2}得?(?:还|都|也)?(?:不够|不深|不多|不足|不透|不细|不全|欠缺)")


# a question phrase as the object of 对/关于, the sentence going on after the mark: 对今后往哪里走、怎么走？研究得
# 不够深入 — the phrase is what is studied, the whole a statement (a question asked ends its sentence)
_OBJECT_QUESTION = re.compile(
    r"(?:^|(?<=[，。；\n])|(?<=[一二三四五六七八九十]是))(?:对于|对|关于)"
    r"(?P<body>[^。！？!?：:；;\n—“”]{0,30}?(?:怎么|怎样|如何|为什么|为何|什么|哪些|哪里|多少|是否|能否)"
    r"[^。！？!?：:；;\n—“”]{0,16})(?P<mark>[？?])(?=[\u4e00-\u9fff])",
    re.M,
)
# the same phrase in a sentence closed by ？ right after a predicate that judges the writer's own work
# (对群众需要什么了解不够？, 对如何用好成果思考得不多？): a verdict, not a question; 吗, 呢 and 是不是 ask
_JUDGED_QUESTION = re.compile(
    r"(?:^|(?<=[，。；\n])|(?<=[一二三四五六七八九十]是))(?:对于|对|关于)"
    r"(?P<body>[^。！？!?：:；;\n—“”吗呢]{0,30}?(?:怎么|怎样|如何|为什么|为何|什么|哪些|哪里|多少|是否|能否)"
    r"[^。！？!?：:；;\n—“”吗呢]{0,16}?(?:不够|不多|不足|不深|不透|不细|不全|不到位|不准|不清|欠缺|没底|无数|"
    r"(?:缺乏|缺少|没有|未能|未作|少有)(?:深入|认真|系统|全面|细致|足够|应有|必要|具体)?的?"
    r"(?:分析|研究|思考|调研|了解|把握|剖析|谋划|考虑|掌握|认识|论证|评估|研判|梳理|追问|反思)))(?P<mark>[？?])",
    re.M,
)

# a question phrase opening a clause, the mark, then a predicate that judges it with no subject of its own
# (怎样把统计监督融入监督体系？研究得还不够深入): the phrase is the topic of the predicate, the whole a
# statement; a clause closed by ？ right after a verdict on the writer's own work, with no question word
# in its sentence, the text going on (对廉政风险点排查不细？防控措施针对性不强): a statement too
_TOPIC_QUESTION = re.compile(
    r"(?:^|(?<=[，。；\n])|(?<=[一二三四五六七八九十]是))"
    r"(?P<body>[^。！？!?：:；;\n—“”吗呢]{0,30}?(?:怎么|怎样|如何|为什么|为何|哪些|哪里)"
    r"[^。！？!?：:；;\n—“”吗呢]{0,24})(?P<mark>[？?])"
    r"(?=(?:还|都|也|仍|较|很)?(?:[\u4e00-\u9fff]{2}得|[\u4e00-\u9fff]{2})?(?:还|都|也|仍|较|很)?"
    r"(?:不够|不深|不多|不足|不透|不细|欠缺|缺乏))",
    re.M,
)
_VERDICT_QUESTION = re.compile(
    r"(?:^|(?<=[。；\n]))(?P<body>[^。！？!?：:；;\n—“”]{4,40}?"
    r"(?:不够|不足|不深|不透|不细|不全|不到位|不及时|不严|不实|不强|偏少|较少))(?P<mark>[？?])(?=[\u4e00-\u9fff])",
    re.M,
)
_ASKING = re.compile(
    r"怎么|怎样|如何|为什么|为何|什么|哪|谁|多少|几|是否|能否|可否|是不是|有没有|难道|岂|吗|呢|吧|([\u4e00-\u9fff])不\1"
)


@code_rule(
    "P167",
    "question-phrase-as-object",
    "punctuation",
    "warning",
    "句中的“{match}”用错了：疑问短语是“对……”“关于……”的宾语，整句是陈述句，句中不用问号",
    "“对今后往哪里走、怎么走研究不够”“对如何破解停车难还缺少办法”里，疑问短语只是句子的一个成分，整句是陈述句，"
    "问号不能用在句子中间（GB/T 15834-2011 4.2）；问号后句子还接着说下去时提示，可删去问号或改为逗号。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对偏远村组的道路怎么维护[？]还没有拿出办法。"),
        variant("一是学得不够深。", "一是对原著为什么要精读理解不深[？]满足于读过。"),
        variant("一是学得不够深。", "一是对原著为什么要精读理解不深[？]"),
        variant("一是学得不够深。", "一是原著怎样结合工作来读[？]思考得还不够。"),
        variant("一是学得不够深。", "一是对新党员的思想动态掌握不及时[？]谈心谈话少。"),
        variant("一是学得不够深。", "一是对群众为什么反复上访缺乏深入分析[？]"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，对偏远村组的道路怎么维护还没有拿出办法。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。群众问：对这件事怎么看？我没有回答。"),
        variant("我两天后才安排核查。", "我两天后才安排核查。对为什么拖延是不是反思不够？"),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查。我问自己：这样的效率群众能满意吗？答案并不乐观。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查。难道群众的事情就可以拖延不及时？不能这样。"),
    ],
)
def question_phrase_as_object(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "？" not in text and "?" not in text:
        return
    for m in _OBJECT_QUESTION.finditer(text):
        fixes = ("", "，") if _VERDICT_AFTER.match(text, m.end("mark")) else ("，", "")
        yield rule.finding(text, m.start("mark"), m.end("mark"), fixes)
    for m in _JUDGED_QUESTION.finditer(text):
        body = m.group("body")
        if "是不是" not in body and not re.search("[，,](?:是否|能否|有没有|是不是|难道)", body):
            yield rule.finding(text, m.start("mark"), m.end("mark"), ("。",))
    seen = {m.start("mark") for m in _OBJECT_QUESTION.finditer(text)}
    for m in _TOPIC_QUESTION.finditer(text):
        if m.start("mark") not in seen and not m.group("body").startswith(("对", "关于")):
            yield rule.finding(text, m.start("mark"), m.end("mark"), ("，",))
    for m in _VERDICT_QUESTION.finditer(text):
        if not _ASKING.search(m.group("body")):
            yield rule.finding(text, m.start("mark"), m.end("mark"), ("，",))


# a colon leads into what it announces; a clause that turns against the one before (但是, 然而) is no such
# thing: `总体上是满意的：但是，我们也应该看到…` needs 。 or ；
# the lookbehind after the first character matched: the engine skips ahead to that character (a
# pattern opening with a lookbehind is tried at every place); the same matches
_COLON_BEFORE_TURN = re.compile(r"[：:](?<=[\u4e00-\u9fff”][：:])(?=但是|但|然而|可是|不过|所以|因此|因而)")


@code_rule(
    "P154",
    "colon-before-turn",
    "punctuation",
    "warning",
    "冒号“{match}”后面是转折或因果的分句，不是前面引出的内容：应为“。”或“；”",
    "冒号用来提示下文（说明、引语、列举）；“但是、然而、可是、不过”开头的是转折，“所以、因此、因而”开头的是结果，"
    "前后是两个分句，不用冒号。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，总体上是好的[：]但是也要看到差距。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，自己思考得少[：]所以发言缺少新意。"),
    ],
    good=[GOOD, variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。原因有二：一是忙，二是懒。")],
)
def colon_before_turn(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "：" not in text and ":" not in text:
        return
    for m in _COLON_BEFORE_TURN.finditer(text):
        yield rule.finding(text, m.start(), m.end(), ("。", "；", "，"))


# a comma between a modal verb and the verb it governs: `作为财会人员要，搞好监督`
_MODAL_COMMA = re.compile(r"(?<=[\u4e00-\u9fff])(?:要|应|应当|应该|必须|能够)[，,](?=[\u4e00-\u9fff])")
_MODAL_WORDS = frozenset(("要", "应", "应当", "应该", "必须", "能够"))


@code_rule(
    "P155",
    "comma-after-modal",
    "punctuation",
    "warning",
    "“{match}”把能愿动词和它后面的动词断开了：逗号应删去",
    "“要、应、应当、必须”后面紧跟它支配的动作（要搞好、应当加强），中间不停顿，不用逗号。",
    bad=[variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，作为财会人员要[，]搞好监督。")],
    good=[
        GOOD,
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，回应群众不够及时，根据工作需要，调整了分工。"
        ),
        variant(  # the text's own word ending in 应 (r19)
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，落实预警“叫应”制度，夜间逐一电话叫应，做到不漏一人。",
        ),
    ],
)
def comma_after_modal(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    from mingjing.rules.postag import tag

    text = ctx.text
    for m in _MODAL_COMMA.finditer(text):
        comma = m.end() - 1
        before = tag(text[max(0, comma - 6) : comma])
        after = tag(text[comma + 1 : comma + 6])
        if before and before[-1][0] in _MODAL_WORDS and after and after[0][1][:1] == "v":
            if len(before[-1][0]) == 1 and _word_closed_elsewhere(text, text[comma - 2 : comma], comma):
                continue  # 电话叫应，做到…: 叫应 is the text's own word (“叫应”要求), its 应 no modal (r19)
            yield rule.finding(text, comma, comma + 1, ("",))


def _word_closed_elsewhere(text: str, pair: str, at: int) -> bool:
    """Whether the two characters before the comma stand elsewhere in the text closed by a mark (“叫应”要求):
    a word of the text ending in 应 or 要, as no modal verb ever is."""
    return any(
        m.start() != at - 2 and m.end() < len(text) and text[m.end()] in "”’」』）)、，。；：,;:"
        for m in re.finditer(re.escape(pair), text)
    )


# a title the document itself puts in 书名号, long enough to be no common phrase and ending in a document's kind
_MARKED_TITLE = re.compile(
    r"《([^《》〈〉“”\n，。；：]{6,40}?(?:条例|准则|规定|办法|意见|通知|决定|纲要|方案|规划|讲话|决议|细则|规则|章程|规范|守则|指南|标准|"
    r"法)(?:（[^（）《》\n]{1,10}）)?)》"
)
_MARK_NEIGHBOURS = "《〈“‘<＜》〉”’>＞"


def titles_unmarked_elsewhere(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, title) of each place a title the document marks elsewhere (《…条例》) stands without its
    marks, not inside another title or quotation (《关于贯彻…条例的意见》 holds it as words)."""
    titles = sorted({m.group(1) for m in _MARKED_TITLE.finditer(text)}, key=len, reverse=True)
    taken: list[tuple[int, int]] = []
    for title in titles:
        k = text.find(title)
        while k >= 0:
            e = k + len(title)
            line = text.rfind("\n", 0, k) + 1
            if (
                (k == 0 or text[k - 1] not in _MARK_NEIGHBOURS)
                and (e >= len(text) or text[e] not in _MARK_NEIGHBOURS)
                and not _inside_marks(text, k, line)
                and not any(a < e and k < b for a, b in taken)
            ):
                taken.append((k, e))
                yield k, e, title
            k = text.find(title, e)


@code_rule(
    "P204",
    "title-unmarked-elsewhere",
    "punctuation",
    "warning",
    "文件名称“{match}”在本材料别处加了书名号，这里也应加：“{suggestion}”",
    "GB/T 15834-2011：书名、文件名用书名号，全文前后一致。材料自己在一处写了《……条例》《……意见》，另一处引同一文件"
    "却没有加书名号，多是漏加。只看材料自己加过书名号、以“条例、准则、规定、办法、意见、通知、纲要、方案”等收尾、"
    "八个字以上的名称；在别的书名号或引号里面的不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，学习《机关事务管理办法（试行）》不深，对照[机关事务管理办法（试行）]检查不细。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，学习《机关事务管理办法（试行）》，制定《关于落实〈机关事务管理办法（试行）〉的措施》。",
        ),
    ],
)
def title_unmarked_elsewhere(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "《" not in text:
        return
    for start, end, title in titles_unmarked_elsewhere(text):
        yield rule.finding(text, start, end, (f"《{title}》",))


# r22: a colon inside the reach of another colon of the same sentence (巡察组指出：我库存在以下问题：…, 方面：…，
# 根子在于认识有偏差：认为…); quotations, notes and titles are masked, and a sentence needs its closing mark (the
# label lines of a web page, 发布时间：… 来源：…, have none)
_SENTENCE = re.compile(r"(?:“[^“”\n]*”|[^。！？；\n])+[。！？；]")
_MASKED = re.compile(r"“[^“”\n]*(?:”|$)|‘[^‘’\n]*’|《[^《》\n]*》|（[^（）\n]*）|\([^()\n]*\)|【[^【】\n]*】")
_ANNOUNCED = re.compile(r"(?:以下|如下|下列|下面|几个|几点|这样|三个|两个|四个)[\u4e00-\u9fff]{0,6}$")
_SAID = re.compile(r"(?:指出|要求|强调|表示|提出|说|认为|写道|反馈)$")
# a form's field labels (r22): a line of fields written without a space between them is no sentence
_FIELD_LABEL = re.compile(
    r"(?:姓名|所在支部|所在党支部|所在单位|单位|职务|职级|部门|岗位|党龄|入党时间|时间|日期|地点|编号|工号|电话)$"
)


def nested_colons(text: str) -> Iterator[int]:
    """The offset of the colon to put right in each sentence holding two colons of its own: the second one,
    or the first where it follows a verb of saying and the second announces a list (指出：…以下问题：)."""
    if text.count("：") < 2:
        return
    for m in _SENTENCE.finditer(text):
        s = m.group()
        if s.count("：") < 2 or "  " in s or "\u3000" in s or "|" in s or "【" in s:  # page or log furniture
            continue
        masked = _MASKED.sub(lambda q: "＿" * len(q.group()), s)
        colons = [k for k, c in enumerate(masked) if c == "："]
        if len(colons) != 2 or not all(k > 0 and "\u4e00" <= masked[k - 1] <= "\u9fff" for k in colons):
            continue
        first, second = colons
        if "，" not in masked[second:] and len(masked) - second < 4:
            continue
        if _FIELD_LABEL.search(masked[:first]) and _FIELD_LABEL.search(masked[:second]):
            continue  # a form's fields run together (姓名：许晨阳所在支部：…): two labels, no colon inside another
        at = second
        if _SAID.search(masked[:first]) and _ANNOUNCED.search(masked[first + 1 : second]):
            at = first
        yield m.start() + at


@code_rule(
    "P207",
    "nested-colons",
    "punctuation",
    "warning",
    "同一句里已经有一个冒号，冒号不套用：这里的“{match}”应为“{suggestion}”",
    "冒号提示下文，一句之内用了一个冒号，它提示的范围里不再用冒号（GB/T 15834-2011 4.8：冒号不宜套用），"
    "否则层次不清。“……方面：……，根子在于认识有偏差：认为……”“学院要求：每位党员：……”里后一个冒号应为逗号；"
    "“指出：……存在以下问题：……”里前一个“指出：”改为逗号。引号、括号和书名号里的冒号不算。",
    bad=[
        variant(
            "对原文原著学习没有常抓不懈，学用结合不紧。",
            "学习方面：对原文原著学习没有常抓不懈，根子在于认识有偏差[：]认为业务忙，学习可以放一放。",
        ),
    ],
    good=[
        GOOD,
        variant(
            "对原文原著学习没有常抓不懈，学用结合不紧。",
            "对原文原著学习没有常抓不懈，根子在于认识有偏差，认为业务忙，学习可以放一放；群众说：“学习要紧：先学后干。”",
        ),
    ],
)
def nested_colons_rule(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for at in nested_colons(text):
        yield rule.finding(text, at, at + 1, ("，",))
