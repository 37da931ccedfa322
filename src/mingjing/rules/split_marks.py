"""Marks that part what belongs together or name what they do not (P209–P212, round r23).

- P209: 书名号 closed after a law (or a regulation) with its implementing act left outside:
  `《中华人民共和国审计法》实施条例`. An implementing regulation, rule set or measure (实施条例, 实施细则, 实施办法,
  实施规定) is a document of its own whose title holds the law's name: `《中华人民共和国审计法实施条例》`.
  `《…法》及其实施条例` and `《…法》和实施条例` name two documents and stay quiet.
- P210: a colon after a time phrase that opens a sentence and introduces nothing (`截至目前：巡察反馈的13个问题中，…`):
  截至/截止/到 with a time (目前, 11月底, 2024年6月, 发稿时) or 目前为止, 至今, 今年以来; the clause after it is the
  sentence's own predicate, and the mark is a comma. A colon before a line's end or a point label (一是, 1., （一）)
  opens a list and stays quiet, as does one before a run of semicolon-parted items.
- P211: the name of a standard, code or measure in quotation marks (`印发的“水库运行管理标准化建设评价标准”`): a
  document's name takes 书名号. Read where the name ends in a document's kind (标准, 规范, 规程, 导则, 办法, 细则,
  规定, 条例, 准则, 方案…) and a verb that cites or issues documents stands right before it (印发的, 对照, 按照,
  执行…); 标准 and 规范 count only with a word of a technical or managing trade in the name (评价, 验收, 技术,
  管理…), as “新时代好干部标准” is a concept; a counted short name (“三项规定”) is a formulation. Law names after
  中华人民共和国/中国共产党 are P162's.
- P212: a comma between listed ordinal numbers (`第3，4季度`, `第二，三批`, `3，4月份`): listed ordinals take 顿号.
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

_HAN = "\u4e00-\u9fff"

# ---- P209 -------------------------------------------------------------------------------------------------
_SPLIT_ACT = re.compile(
    rf"《(?P<law>[^《》\n]{{2,30}}?(?:(?<!普)法|条例|办法|规定))》(?P<kind>实施条例|实施细则|实施办法|实施规定)"
    rf"(?![{_HAN}]*》)"
)

# ---- P210 -------------------------------------------------------------------------------------------------
_NUM = "0-9一二三四五六七八九十〇零"
_TIME_POINT = (
    rf"(?:目前|当前|现在|今天|今日|发稿时|本月底?|本季度末?|本年底?|年底|年末|月底|上半年末?|前三季度|"
    rf"(?:20[0-9]{{2}}年|今年|去年|上年)?(?:[{_NUM}]{{1,2}}月(?:[{_NUM}]{{1,3}}日)?(?:底|末)?|年底|年末|上半年|底)|"
    rf"20[0-9]{{2}}年(?:底|末)?)"
)
_TIME_LEAD = re.compile(
    rf"(?:^|(?<=[。！？；\n]))[ \t\u3000]*(?P<time>(?:截至|截止到?|到|至)(?:{_TIME_POINT})(?:为止)?|"
    rf"(?:到|至)?目前为止|迄今为止|至今|目前|当前|今年以来|去年以来|近年来|[{_NUM}]{{2,4}}年以来)(?P<mark>[：:])"
    rf"(?=[{_HAN}0-9“])",
    re.M,
)
_LIST_AFTER = re.compile(
    r"(?:[一二三四五六七八九十]是|[一二三四五六七八九十]、|（[一二三四五六七八九十0-9]|[0-9]+[.．、]|[①-⑩]|第[一二三四五六七八九十]|首先)"
)

# ---- P211 -------------------------------------------------------------------------------------------------
_CITING = (
    "印发的|出台的|制定的|发布的|颁布的|修订的|下发的|印发了|出台了|制定了|修订了|下发了|出台|印发|下发|"
    "对照|按照|依照|依据|根据|参照|执行|落实|学习|贯彻|遵守|违反"
)
_QUOTED_DOC = re.compile(
    rf"(?:{_CITING})(?P<err>“(?P<name>[{_HAN}A-Za-z0-9（）]{{4,30}}?"
    rf"(?P<kind>标准|规范|规程|导则|办法|细则|规定|条例|准则|守则|规则|实施方案|工作方案|管理制度|指引|指南|"
    r"(?<=的)(?:通知|意见|决定)))”)"
)
# 标准 and 规范 name a document only with a word of a trade in the name: “新时代好干部标准” is a concept
_TRADE_WORD = re.compile(
    r"管理|建设|评价|评定|验收|技术|质量|检验|检测|安全|施工|设计|服务|操作|运行|考核|评估|标准化|规范化|工程|"
    r"卫生|环境|消防|监测|维护|养护|作业|生产|档案|财务|采购|计量|收费|统计|信息"
)
_COUNTED = re.compile(r"[一二两三四五六七八九十百0-9]+(?:项|条|个|大|点|不)")
_P162_NAME = re.compile(r"^(?:中华人民共和国|中国共产党).*(?:法|条例|准则|规定|规则)$")

# ---- P212 -------------------------------------------------------------------------------------------------
_ORD = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})"
_ORDINAL_RUN = re.compile(
    rf"第(?P<run>{_ORD}(?:[，,]{_ORD})+)(?=季度|批|次|期|个|项|条|届|轮|号|年度|章|节|部分|标段|类|级|阶段|周|步|组|"
    rf"站|场|页|款|段|层|排|卷|篇|名)"
)
_BARE_RUN = re.compile(
    r"(?<![0-9第，,、])(?P<run>(?:[1-4](?:[，,][1-4])+)(?=季度)|(?:[1-9]|1[0-2])(?:[，,](?:[1-9]|1[0-2]))+(?=月份)|"
    r"[一二三四](?:[，,][一二三四])+(?=季度))"
)

_ORDINAL_CHARS = frozenset("0123456789一二三四五六七八九十")
# a comma with a number after it: where a run of listed ordinals may part (one literal scan, then a look back)
_NUMBER_COMMA = re.compile(r"[，,](?=[0-9一二三四五六七八九十])")


def _value(part: str) -> int:
    """An ordinal's value: Arabic digits or a Chinese numeral up to 九十九."""
    if part.isdigit():
        return int(part)
    digits = "一二三四五六七八九"
    if "十" not in part:
        return digits.index(part) + 1 if len(part) == 1 else 0
    tens, _, units = part.partition("十")
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(units) + 1 if units else 0)


def _rising(run: str) -> bool:
    """Whether the numbers of a run rise (3，4; 二，三): listed ordinals, no figure and no clause's end."""
    try:
        values = [_value(p) for p in re.split(r"[，,]", run)]
    except ValueError:
        return False
    return all(0 < a < b for a, b in zip(values, values[1:], strict=False))


@code_rule(
    "P209",
    "implementing-act-outside-title-marks",
    "punctuation",
    "warning",
    "“{match}”：实施条例（细则、办法）是单独的一部法规，名称包括所实施的法律，书名号应括住全称：“{suggestion}”",
    "GB/T 15834-2011 4.15：书名号标示文件的完整名称。法律的实施条例、实施细则、实施办法是另一部法规，它的名称"
    "本身就含有法律的名称（《中华人民共和国审计法实施条例》），把书名号只括在法律名称上、把“实施条例”留在外面，"
    "是把一部法规的名称拆开了。“《……法》及其实施条例”“《……法》和实施条例”说的是两部法规，不提示。",
    bad=[
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，对[《中华人民共和国政府采购法》实施条例]学得不深。",
        )
    ],
    good=[
        GOOD,
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，对《中华人民共和国政府采购法》及其实施条例学得不深。",
        ),
    ],
)
def implementing_act_outside_title_marks(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "》实施" not in text:
        return
    for m in _SPLIT_ACT.finditer(text):
        yield rule.finding(text, m.start(), m.end(), (f"《{m.group('law')}{m.group('kind')}》",))


@code_rule(
    "P210",
    "colon-after-time-phrase",
    "punctuation",
    "warning",
    "“{match}”后面的冒号不是提示下文：时间状语后接着的是句子本身，应为“{suggestion}”",
    "GB/T 15834-2011 4.7：冒号用在总说性或提示性词语之后，引起下文。“截至目前”“到11月底”“今年以来”是句子的"
    "时间状语，后面接的是这句话的主体（巡察反馈的13个问题中，已完成整改7个），中间用逗号。冒号后分行、接“一是”"
    "“1.”等序号或接一串用分号隔开的分项时，是总起下文，不提示。",
    bad=[
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。[截至目前：]网民反映的3个问题中，已办结2个。",
        )
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。截至目前，网民反映的3个问题中，已办结2个。",
        ),
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查。截至目前：一是办结2个；二是正在办理1个。",
        ),
    ],
)
def colon_after_time_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "：" not in text and ":" not in text:
        return
    for m in _TIME_LEAD.finditer(text):
        after = m.end()
        if _LIST_AFTER.match(text, after):
            continue
        stop = len(text)
        for mark in "。\n！？":
            k = text.find(mark, after)
            if 0 <= k < stop:
                stop = k
        if "；" in text[after:stop] or ";" in text[after:stop]:
            continue  # a run of semicolon-parted items: the colon introduces them
        yield rule.finding(text, m.start("time"), m.end(), (f"{m.group('time')}，",))


@code_rule(
    "P211",
    "document-name-in-quotes",
    "punctuation",
    "warning",
    "“{match}”是标准、规范或文件的名称，应用书名号，不用引号：应为“{suggestion}”",
    "GB/T 15834-2011 4.15：标准、规范、办法、细则、方案等文件的名称用书名号；引号标示引语、特定称谓和着重论述的"
    "对象。只看以文件种类收尾、前面紧接“印发的、对照、按照、执行”等引用或发文动词的名称；“标准”“规范”要带上"
    "管理、评价、技术、验收这类行业用语才算名称（“新时代好干部标准”是概念），数着条数的简称（“三项规定”）是"
    "概括语，不提示。",
    bad=[
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，没有按照[“道路运输车辆技术管理规定”]处理。",
        )
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。",
            "我两天后才安排核查，没有按照《道路运输车辆技术管理规定》处理，对照“新时代好干部标准”查找差距。",
        ),
    ],
)
def document_name_in_quotes(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "“" not in text:
        return
    for m in _QUOTED_DOC.finditer(text):
        name, kind = m.group("name"), m.group("kind")
        if _P162_NAME.match(name) or _COUNTED.search(name):
            continue
        if kind in ("标准", "规范") and not _TRADE_WORD.search(name[: -len(kind)]):
            continue
        yield rule.finding(text, m.start("err"), m.end("err"), (f"《{name}》",))


@code_rule(
    "P212",
    "comma-between-listed-ordinals",
    "punctuation",
    "warning",
    "“{match}”是并列的序数，中间用顿号，不用逗号：应为“{suggestion}”",
    "GB/T 15834-2011 4.5：并列的词语之间用顿号。“第3、4季度”“第二、三批”“3、4月份”列举的是两个序数，逗号会把它们"
    "断成两个分句。",
    bad=[variant("2023年7月网民反映", "2023年[第3，4]季度网民反映")],
    good=[GOOD, variant("2023年7月网民反映", "2023年第3、4季度网民反映")],
)
def comma_between_listed_ordinals(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "，" not in text and "," not in text:
        return
    done = -1
    for c in _NUMBER_COMMA.finditer(text):
        k = c.start()
        while k > 0 and text[k - 1] in _ORDINAL_CHARS:
            k -= 1
        if k == c.start() or k < done:
            continue
        if k > 0 and text[k - 1] == "第":
            m, lead = _ORDINAL_RUN.match(text, k - 1), "第"
        else:
            m, lead = _BARE_RUN.match(text, k), ""
        if m is None or not _rising(m.group("run")):
            continue
        done = m.end()
        mended = lead + re.sub(r"[，,]", "、", m.group("run"))
        yield rule.finding(text, m.start(), m.end(), (mended,))
