"""What a year was, said of this year (round r12, docs/review-copy-traces.md): `今年是建党100周年` in a
2022年度 material, `今年是全面贯彻党的二十大精神的开局之年` in a 2024年度 one (R131); the material's own
campaign dated before it was launched (`2023年4月以来，支部按照党纪学习教育安排…`, R132); another batch
of the 2023 主题教育 taken for one's own (`检验第一批主题教育成效` in a 第二批 unit's material, R133).

The facts are public dates (anniversaries counted from the founding year, the congress after which
a year opens, each campaign's launch month); the material's year is the title's 年度, else its
framework's. Unknown, nothing is said. A 年度 meeting is held early in the next year, so `今年` may
be the material's year or the next."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import material_year, sentence_span
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# ---- R131: this year said to be a year it is not ----------------------------------------------------

# an anniversary: what it counts from (public facts)
_FOUNDED = {
    "建党": 1921,
    "中国共产党成立": 1921,
    "新中国成立": 1949,
    "中华人民共和国成立": 1949,
    "改革开放": 1978,
    "中国人民抗日战争暨世界反法西斯战争胜利": 1945,
    "抗日战争胜利": 1945,
    "抗战胜利": 1945,
    "红军长征胜利": 1936,
    "长征胜利": 1936,
    "香港回归祖国": 1997,
    "香港回归": 1997,
    "澳门回归祖国": 1999,
    "澳门回归": 1999,
}
_FROM = "|".join(sorted(_FOUNDED, key=len, reverse=True))
_CONGRESSES = {"十八大": 2012, "十九大": 2017, "二十大": 2022}
_CN_DIGIT = {c: k for k, c in enumerate("零一二三四五六七八九")}
_THIS_YEAR_IS = re.compile(
    r"(?P<when>今年|20\d{2}\s*年)(?:正)?(?:是|为|恰逢|正值|适逢)(?P<what>[^，。；！\n]{0,30}?)"
    rf"(?:(?P<from>{_FROM})(?P<n>[0-9]{{2,3}}|[一二三四五六七八九十百零]{{1,5}})\s*周年"
    r"|党的(?P<congress>十八大|十九大|二十大)(?:精神)?(?:的)?(?P<phase>开局之年|召开之年|开局年)"
    r"|(?P<goal>脱贫攻坚|全面建成小康社会)(?:的)?(?:收官之年|决战决胜之年|决胜之年|目标实现之年))"
)
_THIS_YEAR_SCAN = Prefiltered(_THIS_YEAR_IS)


def _number(written: str) -> int | None:
    """75, 七十五, 一百, 一百零五 → the number; None when it is no plain count."""
    if written.isdigit():
        return int(written)
    total, digit = 0, 0
    for c in written:
        if c in _CN_DIGIT:
            digit = _CN_DIGIT[c]
        elif c == "十":
            total += (digit or 1) * 10
            digit = 0
        elif c == "百":
            total += (digit or 1) * 100
            digit = 0
        else:
            return None
    return total + digit or None


def _fact_year(m: re.Match[str]) -> tuple[int, str] | None:
    """The year the stated fact belongs to, and the fact as said in the message."""
    if m.group("from"):
        n = _number(m.group("n"))
        if n is None:
            return None
        return _FOUNDED[m.group("from")] + n, f"{m.group('from')}{n}周年"
    if m.group("congress"):
        held = _CONGRESSES[m.group("congress")]
        if m.group("phase") == "召开之年":
            return held, f"党的{m.group('congress')}召开之年"
        return held + 1, f"党的{m.group('congress')}后的开局之年"
    return 2020, f"{m.group('goal')}的收官之年"


@code_rule(
    "R131",
    "stated-year-fact",
    "residue",
    "warning",
    "“{match}”：{fact}是{when}年，与本材料的年度（{year}年度）不符，疑似沿用往年材料的提法",
    "“今年是建党××周年”“今年是贯彻党的二十大精神的开局之年”这类话只对某一年成立；年度材料的会在次年初开，"
    "“今年”可以是材料的年度或下一年，别的年份多半是照搬往年材料。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2022年度").replace(
            "按照县委要求，", "[今年是建党100周年]，按照县委要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "按照县委要求，", "[今年是全面贯彻落实党的二十大精神的开局之年]，按照县委要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "[今年是新中国成立七十周年]，按照县委要求，"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace("王建国2023年度主题教育专题", "王建国2021年度").replace(
            "按照县委要求，", "今年是建党100周年，按照县委要求，"
        ),
        GOOD.replace("按照县委要求，", "今年是全面贯彻落实党的二十大精神的开局之年，按照县委要求，"),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "按照县委要求，", "今年是新中国成立75周年，按照县委要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "按照县委要求，", "2021年是建党100周年，按照县委要求，"
        ),
    ],
)
def stated_year_fact(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    year = material_year(ctx)
    if year is None:
        return
    text = ctx.text
    for m in _THIS_YEAR_SCAN.finditer(text, ctx.outline.title_end):
        fact = _fact_year(m)
        if fact is None:
            continue
        when, said = fact
        named = m.group("when")
        allowed = {year, year + 1} if named == "今年" else {int(named[:4])}
        if when in allowed:
            continue
        yield rule.finding(text, m.start(), m.end(), fact=said, when=when, year=year)


# ---- R132: the material's own campaign dated before its launch ------------------------------------

# a campaign (as written) → its launch (year, month), by the material year that tells the two 主题教育
# apart (public facts: 党史学习教育 February 2021, 主题教育 June 2019 and April 2023, 党纪学习教育
# April 2024, 中央八项规定精神学习教育 March 2025)
_LAUNCH: dict[str, dict[int, tuple[int, int]]] = {
    "党史学习教育": {2021: (2021, 2), 2022: (2021, 2)},
    "党纪学习教育": {2024: (2024, 4)},
    "中央八项规定精神学习教育": {2025: (2025, 3)},
    "主题教育": {2019: (2019, 6), 2020: (2019, 6), 2023: (2023, 4), 2024: (2023, 4)},
}
_OWN_CAMPAIGN = re.compile("|".join(sorted(_LAUNCH, key=len, reverse=True)))
_SINCE = re.compile(
    r"(?:^|(?<=[，。；：\n]))(?:自|从)?(?P<date>(?P<year>20\d{2})\s*年(?:(?P<month>1[0-2]|0?[1-9])\s*月(?:份)?)?)(?:以来|起|开始)，"
)
_SINCE_SCAN = Prefiltered(_SINCE)
_LOOKS_BACK = re.compile(r"去年|上年|往年|此前|以往|曾|回顾|先后|历次")


@code_rule(
    "R132",
    "campaign-before-launch",
    "residue",
    "warning",
    "“{match}”早于{campaign}的启动（{launch}），与本材料的学习教育对不上，疑似沿用往年材料的年份",
    "专题组织生活会、民主生活会材料开头回顾本次学习教育开展以来的工作；起始时间早于这次学习教育的启动，"
    "多半是照搬往年材料时年份没改。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国党纪学习教育专题").replace(
            "按照县委要求，", "[2023年4月]以来，按照县委党纪学习教育安排，"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace("王建国2023年度主题教育专题", "王建国党纪学习教育专题").replace(
            "按照县委要求，", "2024年4月以来，按照县委党纪学习教育安排，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国党纪学习教育专题").replace(
            "按照县委要求，", "2022年以来，我先后参加了党史学习教育、主题教育和党纪学习教育，"
        ),
    ],
)
def campaign_before_launch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    own = _OWN_CAMPAIGN.search(ctx.outline.title)
    if own is None:
        return
    launches = _LAUNCH[own.group()]
    year = material_year(ctx)
    # a campaign held once has one launch; 主题教育 is told by the material's year
    launch = next(iter(launches.values())) if len(set(launches.values())) == 1 else launches.get(year or 0)
    if launch is None:
        return
    text = ctx.text
    for m in _SINCE_SCAN.finditer(text, ctx.outline.title_end):
        _, end = sentence_span(text, m.start())
        named = {c.group() for c in _OWN_CAMPAIGN.finditer(text, m.end(), end)}
        if named != {own.group()} or _LOOKS_BACK.search(text, m.end(), end):
            continue  # the campaign is not named, or several are, or the sentence looks back
        y = int(m.group("year"))
        month = int(m.group("month")) if m.group("month") else None
        if (y, month or 12) >= launch:
            continue
        fixed = f"{launch[0]}年{month}月" if month and month >= launch[1] else f"{launch[0]}年{launch[1]}月"
        yield rule.finding(
            text,
            m.start("date"),
            m.end("date"),
            (fixed,),
            campaign=own.group(),
            launch=f"{launch[0]}年{launch[1]}月",
        )


# ---- R133: the other batch of the 2023 主题教育 ------------------------------------------------------

_FIRST_BATCH = re.compile(r"第一批(?:学习贯彻习近平新时代中国特色社会主义思想)?主题教育")
_THIS = ("这次", "本次", "此次")
_BATCH_BACK = re.compile(r"借鉴|经验|总结|相比|对比|衔接|以来|期间|上半年|做法|成果|指导|参加过")


_AS_TIME = re.compile(r"时(?:候)?[，,]|之时|时期")  # 第一批主题教育时，…: the batch as a time looked back on


def _sentence(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in "。！？\n") + 1
    ends = [k for c in "。！？\n" if (k := text.find(c, at)) >= 0]
    return start, min(ends) if ends else len(text)


def _clause(text: str, at: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, at) for c in "，。；！？\n") + 1
    ends = [k for c in "，。；！？\n" if (k := text.find(c, at)) >= 0]
    return start, min(ends) if ends else len(text)


@code_rule(
    "R133",
    "other-batch",
    "residue",
    "warning",
    "“{match}”：本材料是第二批主题教育单位的，疑似照搬第一批单位的材料后未改",
    "2023年主题教育分两批开展（第一批自2023年4月，第二批自2023年9月）；第二批单位的材料把这次主题教育写成第一批的，"
    "多半是拿第一批单位的材料改的。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国第二批主题教育专题").replace(
            "按照县委要求，", "按照县委要求，把开好这次会议作为检验[第一批主题教育]成效的重要环节，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县溪口镇党委书记 王建国").replace(
            "按照县委要求，", "按照县委要求，把开好这次会议作为检验[第一批主题教育]成效的重要环节，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国主题教育专题").replace(
            "按照县委要求，", "按照县委要求，把开好这次会议作为检验[第一批主题教育]成效的重要环节，"
        )
        + "\n以上对照检查，请同志们批评指正。\n王建国\n2023年12月26日",
        GOOD.replace("王建国2023年度主题教育专题", "王建国主题教育专题").replace(
            "按照县委要求，",
            "按照县委要求，以这次[第一批主题教育]专题民主生活会为起点，把主题教育成果转化为实效，",
        ),
    ],
    good=[
        GOOD,
        GOOD.replace("王建国2023年度主题教育专题", "王建国第二批主题教育专题").replace(
            "按照县委要求，", "按照县委要求，借鉴第一批主题教育的经验做法，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国第二批主题教育专题").replace(
            "按照县委要求，", "按照县委要求，对照第一批主题教育和第二批主题教育的不同要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国主题教育专题").replace(
            "按照县委要求，", "按照县委要求，总结第一批主题教育的经验，把主题教育成果转化为实效，"
        ),
        GOOD.replace("宁川县交通运输局局长", "江州省交通运输厅厅长").replace(
            "按照县委要求，", "按照县委要求，把开好这次会议作为检验第一批主题教育成效的重要环节，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国主题教育专题").replace(
            "按照县委要求，", "按照县委要求，把开好这次会议作为检验第一批主题教育成效的重要环节，"
        )
        + "\n以上对照检查，请同志们批评指正。\n王建国\n2023年8月26日",
    ],
)
def other_batch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    matches = list(_FIRST_BATCH.finditer(text, ctx.outline.title_end))
    if not matches:
        return
    from mingjing.rules.meeting_window import second_batch

    if not second_batch(ctx):
        return
    for m in matches:
        # this meeting's batch (以这次第一批…为新的起点) is never looked back on; otherwise a back word counts in
        # the clause that names the batch only (round r17: 成果 later in the sentence is the own campaign's)
        this = text[max(0, m.start() - 2) : m.start()] in _THIS
        if not this and _BATCH_BACK.search(text, *_clause(text, m.start())):
            continue
        if not this and _AS_TIME.match(text, m.end()):
            continue  # 在今年8月，第一批主题教育时，…: the first batch's time, looked back on (r28, real pages)
        if "第二批" in text[slice(*_sentence(text, m.start()))]:
            continue  # 第一批主题教育和第二批主题教育的要求: the two batches set side by side (r28, real pages)
        # the own batch, or the campaign without a batch (对照主题教育的目标要求), as the writers mend it (round r15)
        rest = text[m.start() + 3 : m.end()]
        yield rule.finding(text, m.start(), m.end(), ("第二批" + rest, rest))
