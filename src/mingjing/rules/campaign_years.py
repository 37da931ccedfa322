"""Another year's campaign, plenum or circumstances written as this year's (R125, R126, round r11,
docs/review-copy-traces.md). Each year's meeting belongs to one campaign (a public fact: 不忘初心、
牢记使命主题教育 2019, 党史学习教育 2021, 学习贯彻习近平新时代中国特色社会主义思想主题教育 2023, 党纪学习
教育 2024, 深入贯彻中央八项规定精神学习教育 2025) and follows one Party congress; a material copied
from an earlier year keeps the old campaign as the one under way (`在党纪学习教育中` in a 2025年度
material), the old meeting's name (`召开…主题教育专题组织生活会` under a 党纪学习教育 title), an earlier
congress's plenum as the first task (`十九届六中全会精神` in a 2022年度 material, written after the 20th
congress), or the pandemic as this year's work in a material of 2023 or later. The material's year comes
from the 年度 its title names, else its framework pack; unknown, nothing is said. A sentence that
looks back (去年, 上年, 整改, 成果, 期间 …) names an old campaign rightly."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import material_year, sentence_span
from mingjing.rules.literals import Prefiltered
from mingjing.rules.party_sessions import SESSIONS, own_sessions, stale
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# campaign (as written, longest first) → (its short name, the material years it was the current one)
_CAMPAIGNS: dict[str, tuple[str, tuple[int, ...]]] = {
    "学习贯彻习近平新时代中国特色社会主义思想主题教育": ("主题教育", (2023,)),
    "不忘初心、牢记使命主题教育": ("不忘初心、牢记使命主题教育", (2019, 2020)),
    "“不忘初心、牢记使命”主题教育": ("不忘初心、牢记使命主题教育", (2019, 2020)),
    "深入贯彻中央八项规定精神学习教育": ("中央八项规定精神学习教育", (2025,)),
    "中央八项规定精神学习教育": ("中央八项规定精神学习教育", (2025,)),
    "党史学习教育": ("党史学习教育", (2021,)),
    "党纪学习教育": ("党纪学习教育", (2024,)),
    "党的群众路线教育实践活动": ("党的群众路线教育实践活动", (2013, 2014)),
    "群众路线教育实践活动": ("党的群众路线教育实践活动", (2013, 2014)),
    "“三严三实”专题教育": ("“三严三实”专题教育", (2015,)),
    "三严三实专题教育": ("“三严三实”专题教育", (2015,)),
    # the 专题 named without 教育 (紧扣“三严三实”专题要求, round r27): 三严三实 alone is a standing demand, no campaign
    "“三严三实”专题": ("“三严三实”专题教育", (2015,)),
    "三严三实专题": ("“三严三实”专题教育", (2015,)),
    "主题教育": ("主题教育", (2019, 2020, 2023)),
}
_CAMPAIGN = "|".join(re.escape(c) for c in sorted(_CAMPAIGNS, key=len, reverse=True))
# a campaign written as the one under way: its meeting called, its aspects followed, work done in it
_CURRENT = re.compile(
    rf"(?:召开|开好|开展)(?P<a>{_CAMPAIGN})专题(?:民主|组织)生活会"
    # the meeting's requirements followed as the one under way (round r26): 按照党史学习教育专题民主生活会要求
    rf"|(?:按照|根据|依据|落实)(?P<k>{_CAMPAIGN})专题(?:民主|组织)生活会的?(?:要求|部署|安排|通知)"
    rf"|(?:对照|围绕|紧扣|按照)(?P<b>{_CAMPAIGN})(?:的)?(?:“[^”\n]{{4,30}}”(?:的)?)?"
    r"(?P<what>[一二三四五六七八九十]个方面|目标要求|检视重点|具体要求|总要求|根本任务"
    # a finished campaign's bare 要求 followed as this year's (对照党的群众路线教育实践活动要求, round r27)
    r"|(?<=活动)要求|(?<=三实”专题)要求|(?<=三实专题)要求)"
    rf"|(?:^|[，。；：\n]|[一二三四五六七八九十]是)(?:今年|本年度)?(?:在|通过)(?:开展)?(?:今年|本年度|当前)?的?(?P<c>{_CAMPAIGN})(?:中|过程中)"
    rf"|(?:这次|本次|此次)(?P<d>{_CAMPAIGN})"
    # the campaign as work done this year (round r17): 按要求开展了党纪学习教育, 结合党史学习教育开展的
    rf"|(?:开展了|深入开展|扎实开展|认真开展|组织开展了?)(?P<e>{_CAMPAIGN})(?!常态化|长效化|成果|回头看|以来|期间|时)"
    # what was made under it too (round r20b): 结合党史学习教育制定的举措, 结合主题教育推出的, 建立的
    rf"|结合(?P<f>{_CAMPAIGN})(?:的要求)?(?:开展|组织|制定|推出|出台|建立|形成|实施|谋划|确定|梳理|推行|列出)"
    # the campaign called this year's or the one under way by a word before it (round r18): 结合今年党纪学习
    # 教育, 结合正在开展的主题教育, 按照当前开展的…学习教育的要求
    r"|(?:今年|本年度|本年|(?:当前|目前)?正在(?:深入|扎实|全面)?开展的?|当前(?:深入|扎实|全面)?开展的?)的?"
    rf"(?P<g>{_CAMPAIGN})(?!常态化|长效化|成果|回头看|以来|期间|时)"
    # this year's campaign with the verb that holds it between (round r18b): 在今年开展的党纪学习教育中,
    # 本年度组织的…, 今年上半年部署开展的…
    r"|(?:今年|本年度|本年)(?:[上下]半年|以来|年初|[一二三四]季度)?[^，。；：“”\n]{0,4}?"
    r"(?:开展|组织|部署|推进|进行|启动|举办)的?"
    rf"(?P<h>{_CAMPAIGN})(?!常态化|长效化|成果|回头看|以来|期间|时)"
    # work done under the campaign's requirements (round r18b): 结合按照党纪学习教育要求开展的自查,
    # 根据…部署开展的, 按照…的安排组织
    rf"|(?:按照|根据|依据|落实)(?P<i>{_CAMPAIGN})的?(?:要求|部署|安排|工作方案|实施方案)"
    r"(?=[^，。；\n]{0,4}?(?:开展|组织|进行|查摆|自查|对照|梳理))"
    # the campaign as this year's occasion (round r19): 以党纪学习教育为契机, 借主题教育开展的有利时机, 趁…东风
    rf"|(?:以|借助?|借着|趁着?)(?:今年|本年度|正在开展的)?(?P<j>{_CAMPAIGN})(?:深入|扎实)?(?:开展)?的?"
    r"(?:为契机|契机|有利时机|东风|之机)"
)
LOOKS_BACK = re.compile(r"上年|去年|上一年|往年|此前|以往|曾|回头看|整改|成果|期间|以来|回顾")
# 今年以来, 年初以来 count the own year, not a look back
_THIS_YEAR_SINCE = re.compile(r"(?:今年|年初|本年度|本年)以来")
_DATED = re.compile(r"20\d{2}\s*年[^，。；\n]{0,6}$")
# a congress or plenum named as the spirit studied; which one each year takes as its first task is read from
# the table of sessions by year (rules/party_sessions.py, round r16: every term's plenums, not the 19th's only)
_PLENUM = re.compile(
    r"(?:党的)?((?:十七|十八|十九|二十)届[一二三四五六七]中全会|十七大|十八大|十九大|二十大)精神"
)
_FIRST_TASK = re.compile(
    r"作为首要政治任务|作为(?:当前和今后一个时期|今年)的?(?:首要|重大)政治任务"
    r"|(?:作为|为)(?:(?:本次|会前|这次|此次)[^，。；]{0,8}?)?(?:的)?主线"
)
# the pandemic's control as current work: over with the measures of January 2023 (乙类乙管)
_PANDEMIC = re.compile(
    r"(?:新冠肺炎|新冠|新型冠状病毒)?(?:疫情防控|防疫|核酸检测|疫情封控)|受(?:新冠肺炎|新冠)?疫情(?:影响|冲击)"
)
_NOW = re.compile(r"今年|当前|目前|正在|本年度|年内")
# the control as a standing duty pledged (round r20b): 严格落实疫情防控常态化要求, 毫不放松抓好常态化疫情防控
_DUTY = re.compile(
    r"(?:落实|执行|抓好|做好|抓实|抓细|落细)好?(?:常态化|各项)?(?:新冠肺炎|新冠)?(?:疫情防控|防疫)"
)
_PANDEMIC_BACK = re.compile(r"三年|期间|曾|过去|以来|此前|回顾|疫情后|后疫情|那时|当时|20[12]\d\s*年")
_PANDEMIC_OVER = 2023
# bodies whose daily work is the control of epidemics (a 疾控中心, a hospital, an animal-disease station):
# 疫情防控 there is this year's work of any disease; so in a sentence naming another disease than COVID
_EPIDEMIC_WORK = re.compile(
    r"疾控|疾病预防控制|卫生健康|卫健|医院|卫生院|卫生所|防疫站|动物疫病|动物卫生|畜牧|兽医|海关|口岸"
)
_OTHER_DISEASE = re.compile(
    r"流感|甲流|乙流|禽流感|传染病|登革热|手足口|诺如|结核|艾滋|狂犬|鼠疫|霍乱|麻疹|猴痘|支原体|"
    r"基孔肯雅|疟疾|猪瘟|口蹄疫|布病|包虫"
    # livestock named: 防疫 is the animals' (养殖户的防疫记录: round r25, residue25)
    r"|养殖户|养殖场|畜禽|生猪|牲畜|家禽|圈舍|动物防疫|牛羊"
)
_COVID = re.compile(r"新冠|新型冠状病毒")
# the three scanned only near the strings every match holds (a campaign's name, 十九, 疫情 …): the same
# matches, without trying each place of the text (rules/literals.py)
_CURRENT_SCAN = Prefiltered(_CURRENT)
_PLENUM_SCAN = Prefiltered(_PLENUM)
_PANDEMIC_SCAN = Prefiltered(_PANDEMIC)


# what says the campaign is the one under way (今年开展的, 正在开展的, 当前全党开展的) and the meeting this one
_UNDER_WAY = re.compile(r"(?:今年|当前|目前|眼下|本年度|今年以来)?(?:全党)?(?:正在|集中|深入)?开展的$")
_THIS_ONE = re.compile(r"(?:本次|这次|此次)$")


def _own_campaign(title: str, year: int, *, meeting: bool) -> tuple[str, ...]:
    """What R125 offers for another year's campaign: the year's own campaign, full name and short
    (在今年[党史学习教育]中 → 学习贯彻…主题教育 or 主题教育 in 2023); for the campaign's 专题 meeting
    (`meeting`), the meeting the title names: its own campaign's 专题 meeting, or the year's meeting
    (开好2022年度民主生活会) when the title names the 年度 or the year had no campaign."""
    own = next((c for c, (_, ys) in _CAMPAIGNS.items() if ys == (year,) and c != "主题教育"), None)
    names = tuple(dict.fromkeys((own, _CAMPAIGNS[own][0]))) if own else ()
    if not meeting:
        return names
    if own and _CAMPAIGNS[own][0] in title:
        # the name as the title writes it, and its short name (主题教育专题: r26)
        return tuple(
            dict.fromkeys((f"{own if own in title else _CAMPAIGNS[own][0]}专题", f"{_CAMPAIGNS[own][0]}专题"))
        )
    return (f"{year}年度",) if f"{year}年度" in title or not own else (f"{year}年度", f"{own}专题")


# the closing's date line (2019年3月, 2024年1月10日): the last one in the material's last lines
_SIGNED = re.compile(r"^\s*(20\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*$", re.M)
_CLOSING_SPAN = 120


def signed_year(text: str) -> int | None:
    """The year of the date line that closes the material, or None."""
    dates = list(_SIGNED.finditer(text, max(0, len(text.rstrip()) - _CLOSING_SPAN)))
    return int(dates[-1].group(1)) if dates else None


def title_campaign_year(title: str) -> int | None:
    """The year of the one-year campaign a title's meeting belongs to (党史学习教育专题民主生活会: 2021), or None."""
    years = {ys[0] for c, (_, ys) in _CAMPAIGNS.items() if len(ys) == 1 and c in title}
    return years.pop() if len(years) == 1 else None


def _own_meeting(title: str, year: int) -> bool:
    """Whether the title names the year's own campaign (党纪学习教育专题组织生活会 in 2024): the meeting is that
    campaign's."""
    return any(ys == (year,) and (c in title or short in title) for c, (short, ys) in _CAMPAIGNS.items())


@code_rule(
    "R125",
    "other-year-campaign",
    "residue",
    "warning",
    "“{match}”是{when}的{what}，与本材料的年度（{year}年）不符，疑似沿用往年材料后未改",
    "每年的民主生活会、组织生活会对应当年的学习教育和党的最新会议精神；把往年的学习教育写成正在开展的，"
    "把上一届的全会精神写成首要政治任务，多半是照搬往年材料。",
    bad=[
        # a yearless title's one-year campaign dates the material (round r28)
        GOOD.replace("王建国2023年度主题教育专题民主生活会", "王建国党史学习教育专题组织生活会").replace(
            "按照县委要求，", "在这次[“不忘初心、牢记使命”主题教育]中，"
        ),
        # the meeting's requirements followed as the one under way (r26)
        GOOD.replace("按照县委要求，", "按照[党史学习教育专题]民主生活会要求，"),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "一是学得不够深。", "一是学得不够深，在[党纪学习教育]中查摆问题不深。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，围绕[主题教育]“学思想、强党性、重实践、建新功”总要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2022年度").replace(
            "一是学得不够深。", "一是学得不够深。在今年[党史学习教育]中，我只完成了规定篇目。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2022年度").replace(
            "按照县委要求，", "按照县委要求，把学习贯彻党的[十九届六中全会]精神作为主线，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "按照县委要求，", "按照县委要求，对照[主题教育]六个方面的检视重点，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2022年度").replace(
            "（一）强化理论学习。", "（一）强化理论学习。把学习贯彻党的[十九届五中全会]精神作为首要政治任务，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "按照县委要求，", "按照县委要求，会前以学习贯彻党的[二十届二中全会]精神为主线，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2019年度").replace(
            "按照县委要求，", "按照县委要求，把学习贯彻党的[十九届三中全会]精神作为会前学习的主线，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "一是学得不够深。", "一是学得不够深。在[今年开展的党纪学习教育]中查摆问题不深。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，结合按照[党纪学习教育]要求开展的自查，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，以[党纪学习教育]为契机，"
        ),
        # a finished campaign's 专题 or activity followed by its bare 要求; a year read from the closing date (r27)
        GOOD.replace("王建国2023年度主题教育专题", "王建国2017年度").replace(
            "按照县委要求，", "按照县委要求，紧扣[“三严三实”专题]要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题民主生活会", "王建国以案促改专题民主生活会").replace(
            "按照县委要求，", "按照县委要求，对照[党的群众路线教育实践活动]要求，"
        )
        + "\n以上对照检查，请同志们批评指正。\n王建国\n2019年3月",
    ],
    good=[
        GOOD.replace("王建国2023年度主题教育专题民主生活会", "王建国党史学习教育专题组织生活会").replace(
            "按照县委要求，", "在这次党史学习教育中，"
        ),
        GOOD,
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "一是学得不够深。", "一是学得不够深，在党纪学习教育中查摆的问题去年整改不彻底。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "按照县委要求，", "按照县委要求，对照党纪学习教育的具体要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，以巩固党纪学习教育成果为契机，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2021年度").replace(
            "（一）强化理论学习。", "（一）强化理论学习。把学习贯彻党的十九届六中全会精神作为首要政治任务，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "按照县委要求，", "按照县委要求，会前以学习贯彻党的二十届三中全会精神为主线，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2015年度").replace(
            "按照县委要求，", "按照县委要求，紧扣“三严三实”专题要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题民主生活会", "王建国以案促改专题民主生活会").replace(
            "按照县委要求，", "按照县委要求，对照党的群众路线教育实践活动要求，"
        )
        + "\n以上对照检查，请同志们批评指正。\n王建国\n2015年1月",
        GOOD.replace("王建国2023年度主题教育专题", "王建国2018年度").replace(
            "按照县委要求，", "按照县委要求，践行“三严三实”要求，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2023年度").replace(
            "按照县委要求，", "按照县委要求，把学习贯彻党的二十大精神作为会前学习的主线，"
        ),
    ],
)
def other_year_campaign(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    year = material_year(ctx)
    signed = year is None
    if year is None:
        # no year in the title or the pack: a title that names a one-year campaign's meeting (党史学习教育专题组织
        # 生活会) dates it (round r28, residue28); else the closing's date (2019年3月) does, and its meeting may be
        # the year before, so a campaign of either year is no other one (round r27, residue27)
        year = title_campaign_year(ctx.outline.title)
        signed = year is None
        if year is None:
            year = signed_year(ctx.text)
        if year is None:
            return
    text = ctx.text
    body = ctx.outline.title_end
    for m in _CURRENT_SCAN.finditer(text, body):
        found = next(g for g in ("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k") if m.group(g))
        group = "a" if found == "k" else found  # the meeting named as in 召开…专题民主生活会
        short, years = _CAMPAIGNS[m.group(found)]
        if (
            year in years
            or (signed and year - 1 in years)
            or (short in ctx.outline.title and group in ("a", "d", "e", "f", "g", "h", "i", "j"))
        ):
            continue
        start, end = sentence_span(text, m.start(found))
        if group in (
            "e",
            "f",
            "g",
            "h",
            "i",
            "j",
        ):  # work done: what the sentence says after its clause (但学习成果转化不够) is no look back
            end = min((k for c in "，；：" if (k := text.find(c, m.end(found), end)) >= 0), default=end)
        sentence = _THIS_YEAR_SINCE.sub("今年", text[start:end])
        # 本次/这次 X names the meeting under way: its 整改 or 成果 is this year's, no look back (round r20b)
        if (group != "d" and LOOKS_BACK.search(sentence)) or _DATED.search(
            text, max(0, m.start(found) - 12), m.start(found)
        ):
            continue  # looked back on, or dated (R118 compares the date)
        when = "、".join(str(y) for y in years) + "年"
        start, end = m.start(found), m.end(found)
        offered = _own_campaign(ctx.outline.title, year, meeting=group == "a")
        if group == "d" and not _own_meeting(ctx.outline.title, year):
            # 本次 X names the meeting under way: where it is no campaign's 专题 meeting, the year's campaign (held
            # months before it) is not what 本次 names; the writer's words (本次民主生活会的学习准备) are not known (r24)
            offered = ()
        elif group == "b" and ("“" in m.group() or m.group("what") not in ("目标要求", "具体要求")):
            # 对照[主题教育]“学思想、强党性…”总要求, 对照[主题教育]六个方面的检视重点: the slogan, the count of aspects
            # and the 检视重点 are that campaign's own, no other campaign's name fits before them (r24)
            offered = ()
        if group == "a":
            end += len(
                "专题"
            )  # the meeting's name: 开好[党史学习教育专题]民主生活会 → 开好2022年度民主生活会
            if _THIS_ONE.search(text, max(0, start - 2), start):
                offered = (*offered, "")  # 本次[主题教育专题]组织生活会: 本次 names it already (r22)
        elif (text.startswith("专题", end) or m.group(found).endswith("专题")) and _THIS_ONE.search(
            text, max(0, start - 2), start
        ):
            # 本次[主题教育专题]组织生活会 → 本次组织生活会 (r22); the 专题 the campaign's name holds already
            # (这次[“三严三实”专题]民主生活会 → 这次民主生活会: round r28)
            if not m.group(found).endswith("专题"):
                end += len("专题")
            # where the material's own meeting is a 专题 one (its title says so), only the other campaign's name
            # goes: 这次[党史学习教育专题]民主生活会 → 这次专题民主生活会 (r25)
            own_kind = ("专题",) if "专题" in ctx.outline.title else ()
            offered = (*(name + "专题" for name in offered), *own_kind, "")
        else:
            # 在今年开展的[党纪学习教育]中: the qualifier goes with the old name (在深入贯彻…学习教育中, r22)
            q = _UNDER_WAY.search(text, max(0, start - 10), start)
            if q and q.group():
                start = q.start()
                offered = (*offered, *(q.group() + name for name in offered))
        yield rule.finding(
            text,
            start,
            end,
            offered,
            when=when,
            what="学习教育（当年开展的）",
            year=year,
        )
    for m in _PLENUM_SCAN.finditer(text, body):
        session = m.group(1)
        start, end = sentence_span(text, m.start())
        if not stale(session, year) or not _FIRST_TASK.search(text, m.end(), end):
            continue
        if LOOKS_BACK.search(text, start, end):
            continue
        yield rule.finding(
            text,
            m.start(1),
            m.end(1),
            own_sessions(year),
            when=f"{SESSIONS[session]}年召开",
            what="会议精神",
            year=year,
        )


@code_rule(
    "R126",
    "pandemic-as-current",
    "residue",
    "warning",
    "“{match}”把疫情防控写成当年的工作，与本材料的年度（{year}年）不符，疑似照搬2022年以前的材料",
    "新冠疫情防控自2023年1月起转为“乙类乙管”；2023年以后的材料把疫情防控写成今年的任务，多半是照搬旧材料。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "我两天后才安排核查。", "我两天后才安排核查。[今年新冠疫情防控任务重，运力调度受到影响。]"
        ),
    ],
    good=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "我两天后才安排核查。", "我两天后才安排核查。疫情防控期间形成的应急运力机制，今年没有坚持。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2022年度").replace(
            "我两天后才安排核查。", "我两天后才安排核查。今年新冠疫情防控任务重，运力调度受到影响。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "我两天后才安排核查。", "我两天后才安排核查。今年冬季学校流感疫情防控的宣传提示发布不及时。"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "我两天后才安排核查。", "我两天后才安排核查。今年联系的养殖户中，有2户的防疫记录不全。"
        ),
    ],
)
def pandemic_as_current(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    year = material_year(ctx)
    if year is None or year < _PANDEMIC_OVER:
        return
    text = ctx.text
    seen: set[int] = set()
    epidemic_work = bool(_EPIDEMIC_WORK.search(text, 0, ctx.outline.title_end))
    for m in _PANDEMIC_SCAN.finditer(text, ctx.outline.title_end):
        start, end = sentence_span(text, m.start())
        now = _NOW.search(text, start, end) or _DUTY.search(text, max(start, m.start() - 8), m.end() + 2)
        if start in seen or not now or _PANDEMIC_BACK.search(text, start, end):
            continue
        if not _COVID.search(text, start, end) and (epidemic_work or _OTHER_DISEASE.search(text, start, end)):
            continue  # a 疾控中心's 疫情防控, or the control of another disease: this year's work rightly
        seen.add(start)
        stop = end + 1 if end < len(text) and text[end] == "。" else end
        yield rule.finding(text, start, stop, year=year)


# ---- R176: an anniversary or dated event of another year as this year's work (round r20b) -----------------

# an anniversary's event → the year it happened: 建党100周年 is 1921 + 100 = 2021 (public dates)
_FOUNDED = {
    "建党": 1921,
    "中国共产党成立": 1921,
    "新中国成立": 1949,
    "中华人民共和国成立": 1949,
    "改革开放": 1978,
    "建军": 1927,
    "人民军队建军": 1927,
    "抗战胜利": 1945,
    "抗日战争胜利": 1945,
    "中国人民抗日战争暨世界反法西斯战争胜利": 1945,
    "香港回归": 1997,
    "澳门回归": 1999,
    "五四运动": 1919,
    "红军长征胜利": 1936,
    "长征胜利": 1936,
}
_CN_DIGIT = {c: i for i, c in enumerate("〇一二三四五六七八九")}
_ANNIVERSARY = re.compile(
    rf"(?:{'|'.join(sorted(_FOUNDED, key=len, reverse=True))})"
    r"(?:[0-9]{2,3}|[一二三四五六七八九十百〇零]{1,5})周年"
)
# events held in one year only: the congress's days, the games (public dates)
_EVENTS = {
    "党的二十大召开": 2022,
    "党的二十大期间": 2022,
    "喜迎二十大": 2022,
    "迎接党的二十大": 2022,
    "北京冬奥会": 2022,
    "杭州亚运会": 2023,
    "成都大运会": 2023,
    "第七次全国人口普查": 2020,
    "第五次全国经济普查": 2023,
    "第四次全国经济普查": 2018,
}
_EVENT = re.compile(
    "|".join(re.escape(e) for e in sorted(_EVENTS, key=len, reverse=True)) + "|" + _ANNIVERSARY.pattern
)
_EVENT_SCAN = Prefiltered(_EVENT)
_THIS_YEAR = re.compile(r"今年|本年度|本年(?!龄)")
_EVENT_BACK = re.compile(r"去年|上年|前年|往年|以往|此前|曾经|回顾|那年|当年|20\d{2}\s*年")


def _number(word: str) -> int | None:
    """12, 一百, 七十五, 一〇〇 as a number."""
    if word.isdigit():
        return int(word)
    if "百" in word or "十" in word:
        total, unit = 0, 0
        for c in word:
            if c in _CN_DIGIT:
                unit = _CN_DIGIT[c]
            elif c == "百":
                total, unit = total + (unit or 1) * 100, 0
            elif c == "十":
                total, unit = total + (unit or 1) * 10, 0
            elif c != "零":
                return None
        return total + unit
    digits = [_CN_DIGIT.get(c) for c in word]
    return None if None in digits else int("".join(str(d) for d in digits))


def _event_year(match: str) -> int | None:
    if match in _EVENTS:
        return _EVENTS[match]
    head = next(e for e in sorted(_FOUNDED, key=len, reverse=True) if match.startswith(e))
    n = _number(match[len(head) : -len("周年")])
    return None if n is None else _FOUNDED[head] + n


@code_rule(
    "R176",
    "other-year-event",
    "residue",
    "warning",
    "“{match}”是{when}年的事，本材料写成今年（{year}年）的工作，疑似沿用往年材料后未改",
    "周年纪念、党代会召开、大型赛会都有确定的年份；把往年的纪念活动写成“今年”完成的任务，多半是照搬往年材料。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2022年度").replace(
            "我两天后才安排核查。",
            "我两天后才安排核查。今年，我局圆满完成了庆祝[建党100周年]期间的运输保障任务。",
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "我两天后才安排核查。", "我两天后才安排核查。今年我们做好了[党的二十大期间]的安保工作。"
        ),
    ],
    good=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2021年度").replace(
            "我两天后才安排核查。",
            "我两天后才安排核查。今年，我局圆满完成了庆祝建党100周年期间的运输保障任务。",
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度").replace(
            "我两天后才安排核查。", "我两天后才安排核查。2021年庆祝建党100周年期间的保障经验，今年没有用好。"
        ),
    ],
)
def other_year_event(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    year = material_year(ctx)
    if year is None:
        return
    text = ctx.text
    for m in _EVENT_SCAN.finditer(text, ctx.outline.title_end):
        when = _event_year(m.group())
        if when is None or when in (year, year + 1):
            continue  # this year's, or next year's being prepared (迎接建党105周年)
        start, end = sentence_span(text, m.start())
        if not _THIS_YEAR.search(text, start, end) or _EVENT_BACK.search(text, start, end):
            continue
        yield rule.finding(text, m.start(), m.end(), when=when, year=year)
