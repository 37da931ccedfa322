"""Marks real pages leave out (P143, P144, P214): the colon after a lead-in (表现为, 主要有, 体现在) that runs
straight into its first point (具体表现为一是… → 具体表现为：一是…), and the 《》 around the full name of a
Party regulation or a law in running text (对中国共产党党组工作条例等党内法规 → 《中国共产党党组工作条例》,
学习关于新形势下党内政治生活的若干准则 → 《…若干准则》).

A regulation's name is told by its form, not a list: 中国共产党, 中华人民共和国 or 党政机关, up to sixteen more
characters, and 条例, 准则, 规则 or 办法 (规定 after 中国共产党 and 法 after 中华人民共和国 too, r14) (the names of policies such as 中央八项规定 are written without
《》 by good materials and stay silent); or, after a verb of studying or keeping (对照, 学习, 遵守 …),
a name ending in 若干准则. A name inside 《》 or “” is left alone. A code of conduct counted by its
rules (教师职业行为十项准则, 九项准则) is written short as a numbered formulation, like 中央八项规定, and
needs no 《》 (GB/T 15834 marks a document's name; the counted short form is a 数字概括语): only its exact
full title is a name, and P109 knows those (《医疗机构工作人员廉洁从业九项准则》).

r27: a law's or a regulation's implementing rules (…法实施办法, …法实施条例, …条例实施细则) are a document's name by
their form, whatever precedes them: the name begins after the nearest verb that cites or keeps it (对照, 执行, 依据 …)
or a clause mark; 中央八项规定实施细则 (no 法 or 条例 before 实施) stays a bare formulation.

P214 (r25): a law's short name (its title in data/book_titles.yaml without 中华人民共和国) cited bare as the source
of a provision: after a verb that cites (对照, 依据, 按照, 违反 …) and before the provision (关于…, 第…条, 的规定,
要求). A law only spoken of (对审计法和审计准则的理解, 学习档案法) is not read: good materials write those bare too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.literals import longest_first
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.title_gaps import known_titles

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_LEAD_IN = re.compile(
    r"(?:表现为|表现在|主要有|体现为|体现在|具体有|主要是|如下"
    r"|以下[\u4e00-\u9fff]{0,4}?(?:方面|问题|几点|原因|不足|措施))"
    r"(?=一是|首先[，,]|第一[，,、是]|[（(][一二1][）)]|1[.、．](?!\d)|①)"
)
_REGULATION = re.compile(
    r"(?:中国共产党|中华人民共和国|党政机关)[\u4e00-\u9fff]{2,16}?(?:条例|准则|规则|办法)"
    r"|(?<=对照|学习|遵守|执行|落实|贯彻|违反|重温|研读|依据|根据|按照|践行)"
    r"[\u4e00-\u9fff]{4,14}?若干准则"
)


_TAILS = ("条例", "准则", "规则", "办法")
# a Party regulation named 规定 and a law named 法 only after the full prefix (中央八项规定 has none)
_PREFIXED = re.compile(
    r"(?<![《〈“])(?:中国共产党[\u4e00-\u9fff]{2,16}?规定|中华人民共和国[\u4e00-\u9fff]{2,16}?法)"
)
_NOT_IN_NAME = re.compile(r"[的和与及在是了对把为]|成立|领导|党员|历史|章程规定")
_NAME_REACH = 26  # characters before a name's end where it may begin (中华人民共和国 + 16 + 条例, or 对照 + 14 + 九项准则)


def _quoted(text: str, at: int) -> bool:
    """Whether `at` lies inside 《…》 or “…” on its line."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return before.count("《") > before.count("》") or before.count("“") > before.count("”")


def lead_ins(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every lead-in run straight into its first point."""
    for m in _LEAD_IN.finditer(text):
        yield m.start(), m.end()


def bare_regulations(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every regulation's full name written without 《》: the pattern is tried only in
    the few characters before each name ending (条例, 准则 …), not along the whole text."""
    seen: set[int] = set()
    for tail in _TAILS:
        at = text.find(tail)
        while at >= 0:
            end = at + len(tail)
            lo = max(0, end - _NAME_REACH)
            for m in _REGULATION.finditer(text, lo, end):
                if m.end() == end and m.start() not in seen:
                    seen.add(m.start())
                    if not _quoted(text, m.start()) and text[end : end + 1] not in ("》", "”"):
                        yield m.start(), end
                    break
            at = text.find(tail, end)
    if "中国共产党" in text or "中华人民共和国" in text:
        for m in _PREFIXED.finditer(text):
            prefix = 5 if m.group().startswith("中国共产党") else 7  # 共和国 holds 和
            if m.start() in seen or _NOT_IN_NAME.search(m.group(), prefix) or _quoted(text, m.start()):
                continue
            if text[m.end() : m.end() + 1] not in ("》", "”"):
                yield m.start(), m.end()


# r27: a law's or a regulation's implementing rules (社区矫正法实施办法, 土地管理法实施条例, 信访工作条例实施细则) are a
# document's name by their form; the name begins after the nearest verb that cites, studies or keeps it, or after a
# clause mark, within a name's length (a 的 or a 和 between them is not a name); 中央八项规定实施细则 (a formulation
# good materials write bare) has no 法 or 条例 before 实施 and is not read
_IMPLEMENTING = re.compile(r"(?:法|条例)实施(?:条例|办法|细则)")
_NAME_LEAD = re.compile(
    r"(?:对照|学习|遵守|执行|落实|贯彻|违反|违背|重温|研读|依据|根据|按照|依照|遵照|参照|结合|宣传|宣讲|解读|对)"
    r"$|[，。；：、（\n]$"
)
_LEAD_REACH = 12  # characters of a name before its 法 or 条例 (中华人民共和国招标投标 is eleven)


def bare_implementing_rules(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every implementing regulation's name (…法实施条例) written without 《》."""
    if "实施" not in text:
        return
    for m in _IMPLEMENTING.finditer(text):
        head = m.start()
        for start in range(head - 2, max(-1, head - _LEAD_REACH - 1), -1):
            if start == 0 or (
                _NAME_LEAD.search(text, max(0, start - 2), start) and text[start - 1 : start + 1] != "对外"
            ):
                break
        else:
            continue
        name = text[start : m.end()]
        if head - start < 2 or _NOT_IN_NAME.search(name) or not all("\u4e00" <= c <= "\u9fff" for c in name):
            continue
        if _quoted(text, start) or text[m.end() : m.end() + 1] in ("》", "”"):
            continue
        yield start, m.end()


@code_rule(
    "P143",
    "lead-in-colon",
    "punctuation",
    "warning",
    "“{match}”后面直接接列出的第一点，缺少冒号：应为“{suggestion}”",
    "“表现为”“主要有”“体现在”“有以下几点”这类提起下文的说法后面紧接着列出“一是”“首先”“第一”“（一）”“1.”时，"
    "中间要用冒号。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，具体[表现为]一是学习不深，二是调研不实。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，主要[表现在]（一）学习不深；（二）调研不实。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，问题有[以下几点]1.学习不深；2.调研不实。"),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，主要存在[以下几个问题]一是学习不深，二是调研不实。"
        ),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，具体表现为：一是学习不深，二是调研不实。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，村民主要有1.5万人，问题主要有：1.学习不深。"),
    ],
)
def lead_in_colon(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end in lead_ins(ctx.text):
        yield rule.finding(ctx.text, start, end, (ctx.text[start:end] + "：",))


@code_rule(
    "P144",
    "regulation-without-title-marks",
    "punctuation",
    "warning",
    "党内法规或法律的全称“{match}”应加书名号：“{suggestion}”",
    "正文里写出党内法规、法律的全称（中国共产党……条例、中华人民共和国……法办法、……若干准则）要加书名号；"
    "法律、法规的实施条例、实施办法、实施细则（社区矫正法实施办法、信访工作条例实施细则）也是文件名称。"
    "中央八项规定、教师职业行为十项准则这类数着条数的简称是数字概括语，不是文件全称，不提示；"
    "已在书名号或引号里的不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对[中国共产党党组工作条例]学习不深。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，重温[关于新形势下党内政治生活的若干准则]不够。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对[党政机关公文处理工作条例]执行不严。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对[中华人民共和国公路法]学习不深。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对[中国共产党组织处理规定]学习不深。"),
        # r27: a law's implementing regulation, named by its form after the verb that cites it
        variant("我两天后才安排核查。", "我两天后才安排核查，对照[道路运输条例实施细则]检查不够。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，执行[公路法实施办法]不严。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，对《中国共产党党组工作条例》学习不深，严格执行中央八项规定精神。",
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，对照教师职业行为十项准则自查不够。"),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，执行中央八项规定实施细则精神不严，执法实施过程中取证不全。",
        ),
    ],
)
def regulation_without_title_marks(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    seen: set[int] = set()
    for start, end in bare_regulations(ctx.text):
        seen.add(end)
        yield rule.finding(ctx.text, start, end, ("《" + ctx.text[start:end] + "》",))
    for start, end in bare_implementing_rules(ctx.text):
        if end not in seen:
            yield rule.finding(ctx.text, start, end, ("《" + ctx.text[start:end] + "》",))


_STATE = "中华人民共和国"
_CITING = r"(?:对照|依据|根据|按照|依照|遵照|参照|违反了|违反|违背了|违背)"
# the provision cited: 关于…, 第十二条, (的)规定, (的)要求, (的)条款
_PROVISION = r"(?=关于|第[一二三四五六七八九十百零〇\d]+条|的?(?:规定|要求|条款))"
MIN_SHORT = 3  # 刑法, 民法 are said bare as branches of law; 监察法, 预算法 are names


@lru_cache(maxsize=1)
def _cited_law() -> re.Pattern[str]:
    shorts = [t[len(_STATE) :] for t in known_titles() if t.startswith(_STATE) and t.endswith("法")]
    names = [n for n in shorts if len(n) >= MIN_SHORT]
    return re.compile(_CITING + "(?P<name>" + longest_first(names) + ")" + _PROVISION)


def bare_cited_laws(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, short name) of every law's short name cited bare as a provision's source."""
    if "法" not in text:
        return
    for m in _cited_law().finditer(text):
        if not _quoted(text, m.start("name")):
            yield m.start("name"), m.end("name"), m.group("name")


@code_rule(
    "P214",
    "law-short-name-cited-bare",
    "punctuation",
    "warning",
    "引用了法律“{match}”的条款，法律名称应加书名号：“{suggestion}”",
    "GB/T 15834-2011：法律、法规的名称用书名号，简称也一样（《安全生产法》）。“对照精神卫生法关于……的规定”"
    "“依据食品安全法第六十三条”是在引用一部法律的条款，法律名称不加书名号就和正文连在一起。只看“对照、依据、按照、违反”"
    "等引用的动词之后、条款（关于……、第……条、的规定、要求）之前的法律简称；泛泛地说“对审计法和审计准则的理解”不提示。",
    bad=[
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，对照[精神卫生法]关于心理援助热线的规定还有差距。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，依据[安全生产法]第二十一条，应当建立责任制。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，对照《精神卫生法》关于心理援助热线的规定还有差距。"
        ),
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，对审计法和审计准则的理解不深，学习安全生产法规不够。"
        ),
    ],
)
def law_short_name_cited_bare(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, name in bare_cited_laws(ctx.text):
        yield rule.finding(ctx.text, start, end, (f"《{_STATE}{name}》", f"《{name}》"))
