"""Facts a material states about itself, contradicted once further on (R190–R195, round r24): the own unit's name
with another ordinal (第一选矿厂 signed under a 第二选矿厂 title) or another seat city (驻沪联络处 in a 驻北京联络处's
material), another person's case where the material studies its own (郑某案 where the meeting is on 孙某某's),
another university than the one that sent the author (协调岭南大学… after 由江北理工大学选派), a count of the own
members that contradicts the earlier one (现有入社农户86户 after 目前有社员128户), and the own body's organ under
its sibling body's name (市社科联党组 in a 社会科学院's material).

Each rule reads the fact from where the material introduces it (its title and signature lines, its opening, the
first count) and reports a later mention that contradicts it and is made once, outside a list or a partner's
context; the suggestion is the own fact."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.residue_code import _SURNAMES
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_AT = "我两天后才安排核查。"
_END = "2024年3月底前修订项目招投标内控制度。"
# a unit named as a partner, a model, a neighbour or one of several, right before it
_PARTNER = re.compile(
    r"(?:与|和|同|跟|向|及|、|联合|会同|配合|协同|兄弟|其他|其它|各|到|赴|前往|学习|借鉴|参照|对标|比如|例如|像)"
    r"[^，。；：\n]{0,3}$"
)
_LISTED_AFTER = re.compile(r"^(?:、|和|与|及|等)")


def _partner(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_PARTNER.search(text, line_start, start) or _LISTED_AFTER.match(text, end))


def _title_lines(ctx: ReviewContext) -> list[str]:
    """The title and the short lines right under it (not the signature): where the material names itself first."""
    o = ctx.outline
    lines = [o.title.strip()]
    for p in o.document.paragraphs:
        if p.start < o.title_end:
            continue
        line = ctx.text[p.start : p.end].strip()
        if len(line) > 40 or "。" in line:
            break
        lines.append(line)
        if len(lines) > 3:
            break
    return lines


# ---- R190: the own unit's name with another ordinal --------------------------------------------------------

_NUMERAL = "[一二三四五六七八九十0-9]{1,3}"
# the organ or the team of a unit, which makes a mention of it the own unit's self-reference or signature
_ORGAN = r"(?:领导班子|党委|党组|党总支|党支部|委员会|班子)"
_OWN_ORDINAL = re.compile(
    r"(?P<stem>[\u4e00-\u9fff]{2,16}?)第(?P<n>" + _NUMERAL + r")(?P<kind>(?![党支])[\u4e00-\u9fff]{0,5}?"
    r"(?:医院|中学|小学|学校|幼儿园|公司|车间|项目部|监狱|支行|分行|营业部|[厂矿院所站队处局]))"
    r"(?="
    + _ORGAN
    + r"|党|[厂矿院校所站队处局行]长|经理|主任|书记|\d|20|年度|民主|组织|主题|个人|对照|[\s\u3000，]|$)"
)


@code_rule(
    "R190",
    "own-name-other-ordinal",
    "residue",
    "error",
    "“{match}”与标题的本单位“{own}”序号不同：落款或本单位的班子写成了另一个序号的兄弟单位，疑似照搬其材料后未改全",
    "第一选矿厂、第二选矿厂这样按序号命名的兄弟单位，照搬材料时最容易只改标题：落款和“××领导班子”里仍是原单位的序号。",
    bad=[
        GOOD.replace(_SIGN, "江源钢铁集团第三炼钢厂厂长 王建国")
        + "\n[江源钢铁集团第一炼钢厂领导班子]\n2024年1月12日",
        GOOD.replace(_SIGN, "青川市第四人民医院院长 王建国").replace(
            _AT, _AT + "[青川市第二人民医院领导班子]对急诊投诉的分析不深。"
        ),
    ],
    good=[
        GOOD.replace(_SIGN, "江源钢铁集团第三炼钢厂厂长 王建国")
        + "\n江源钢铁集团第三炼钢厂领导班子\n2024年1月12日",
        GOOD.replace(_SIGN, "江源钢铁集团第三炼钢厂厂长 王建国").replace(
            _AT, _AT + "我们到江源钢铁集团第一炼钢厂领导班子座谈学习，回来后推广不够。"
        ),
        GOOD.replace(_SIGN, "青川市第四人民医院院长 王建国").replace(
            _AT, _AT + "与青川市第二人民医院组建医联体，双向转诊还不够顺畅。"
        ),
    ],
)
def own_name_other_ordinal(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    body = ctx.outline.title_end
    lines = own_lines(ctx)
    owns = {(m["stem"], m["n"], m["kind"]) for line in _title_lines(ctx) for m in _OWN_ORDINAL.finditer(line)}
    for stem, n, kind in owns:
        pattern = re.compile(re.escape(stem[-4:]) + "第(?P<n>" + _NUMERAL + ")" + re.escape(kind))
        for m in pattern.finditer(text, body):
            if m["n"] == n:
                continue
            # the whole name as written: as much of the title's stem as stands before it (赣西有色金属集团…)
            start, held = m.start(), len(stem[-4:])
            while start > body and held < len(stem) and text[start - 1] == stem[-held - 1]:
                start, held = start - 1, held + 1
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", m.end())
            line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
            organ = re.match(_ORGAN, text[m.end() : m.end() + 4])
            if line not in lines and organ is None:
                continue  # another unit of the series spoken of (到第一炼钢厂学习): no self-reference
            if line not in lines and _partner(text, start, m.end()):
                continue
            end = m.end() + (organ.end() if organ else 0)
            written = text[start:end]
            fixed = written[: m.start("n") - start] + n + written[m.end("n") - start :]
            yield rule.finding(text, start, end, (fixed,), own=stem + "第" + n + kind)


# ---- R191: the own office's seat written as another city ---------------------------------------------------

# a city's one-character short form → its name (驻京 = 驻北京)
_CITY_SHORT = {
    "京": "北京",
    "沪": "上海",
    "穗": "广州",
    "深": "深圳",
    "津": "天津",
    "渝": "重庆",
    "蓉": "成都",
    "杭": "杭州",
    "汉": "武汉",
    "厦": "厦门",
    "港": "香港",
    "澳": "澳门",
    "榕": "福州",
    "邕": "南宁",
    "筑": "贵阳",
    "昆": "昆明",
    "甬": "宁波",
}
_SEAT = re.compile(r"驻(?P<city>[\u4e00-\u9fff]{1,3}?)(?P<office>联络处|办事处|联络办|代表处|联络服务处)")


def _city(written: str) -> str:
    return _CITY_SHORT.get(written, written.removesuffix("市"))


@code_rule(
    "R191",
    "own-seat-other-city",
    "residue",
    "error",
    "“{match}”与本单位（驻{own}）不符：驻外机构写成了驻另一城市的机构，疑似照搬其他驻外机构的材料后未改全",
    "驻京、驻沪、驻穗联络处（办事处）的材料结构相近，互相借用时最容易漏改正文里的“驻×联络处”。",
    bad=[
        GOOD.replace(_SIGN, "临川市人民政府驻北京联络处主任 王建国").replace(
            _AT, _AT + "对[驻沪联络处]派驻人员的日常管理不够严格。"
        ),
    ],
    good=[
        GOOD.replace(_SIGN, "临川市人民政府驻北京联络处主任 王建国").replace(
            _AT, _AT + "对驻京联络处派驻人员的日常管理不够严格。"
        ),
        GOOD.replace(_SIGN, "临川市人民政府驻北京联络处主任 王建国").replace(
            _AT, _AT + "与驻沪联络处、驻穗联络处建立了信息共享机制，但联动还不多。"
        ),
    ],
)
def own_seat_other_city(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    seats = {
        (_city(m["city"]), m["office"], m["city"]) for line in own_lines(ctx) for m in _SEAT.finditer(line)
    }
    if len(seats) != 1:
        return
    city, office, written_city = next(iter(seats))
    text = ctx.text
    for m in _SEAT.finditer(text, ctx.outline.title_end):
        if _city(m["city"]) == city or m["office"] != office or text.count(m.group()) > 1:
            continue
        if _partner(text, m.start(), m.end()):
            continue
        yield rule.finding(
            text, m.start(), m.end(), ("驻" + written_city + office, ""), own=written_city + office
        )


# ---- R192: another person's case where the material studies its own ------------------------------------------

_SURNAME = "[" + "".join(sorted(_SURNAMES)) + "]"
_PERSON = re.compile(_SURNAME + "某{1,2}(?![些种项个])")
_CASE = re.compile(r"(?P<p>" + _SURNAME + r"某{1,2})(?![些种项个])(?:同志)?(?:[\u4e00-\u9fff]{0,8}?)案")
# the verbs that make a case the one the material studies (通过剖析郑某案, 从刘某某案中)
_STUDIED = re.compile(
    r"(?:剖析|深挖|反思|汲取|吸取|解剖|从|以|通过|透过|围绕|针对|对照)[^，。；：、\n]{0,3}$"
)
_CASE_MEETING = re.compile(r"以案[促为明]|警示教育|案件")
_OTHER_CASES = re.compile(
    r"(?:通报|其他|其它|系统内|近年|典型|以往|同类|兄弟|外地|全国|全省|全市)[^。；\n]{0,8}$"
)


_ON_CASE = GOOD.replace(
    _AT, _AT + "按照县纪委关于王某某违纪案以案促改的要求，我逐条对照。王某某长期分管工程。"
)


@code_rule(
    "R192",
    "other-case-person",
    "residue",
    "error",
    "“{match}”与本材料剖析的案件（{own}案）不符：剖析的是另一个人的案件，疑似照搬其他以案促改材料后未改全",
    "以案促改材料从标题、开头到剖析都围绕本单位的一个案件；中间突然出现另一个当事人的案件，多半是套用了别的单位的材料。",
    bad=[
        _ON_CASE + "\n通过剖析[李某]案暴露出的问题，我认识到监督缺位。",
    ],
    good=[
        _ON_CASE + "\n通过剖析王某某案暴露出的问题，我认识到监督缺位。",
        _ON_CASE + "\n同时对照学习了市里通报的李某某案、张某案等典型案例。",
    ],
)
def other_case_person(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    counts: dict[str, int] = {}
    for m in _PERSON.finditer(text):
        counts[m.group()] = counts.get(m.group(), 0) + 1
    if not counts:
        return
    # the material's own case: its person named most, at least twice, and named with 案 in the title or opening
    # (or anywhere in a material the title says is on a case: 以案促改, 以案为鉴, 警示教育)
    opening = text if _CASE_MEETING.search(ctx.outline.title) else text[: ctx.outline.title_end + 600]
    own = max(counts, key=lambda p: counts[p])
    if counts[own] < 2 or not any(m["p"] == own for m in _CASE.finditer(opening)):
        return
    for m in _CASE.finditer(text, ctx.outline.title_end):
        person = m["p"]
        if person == own or counts[person] > 1 or own.startswith(person) or person.startswith(own):
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not _STUDIED.search(text, line_start, m.start()) or _OTHER_CASES.search(
            text, line_start, m.start()
        ):
            continue
        if _LISTED_AFTER.match(text, m.end()):
            continue
        yield rule.finding(text, m.start("p"), m.end("p"), (own,), own=own)


# ---- R193: another university than the one that sent the author ---------------------------------------------

_SCHOOL = r"[\u4e00-\u9fff]{2,10}?(?:大学|学院)"
_SENT_BY = re.compile(
    r"(?:是由|是从|系由|由|从|是|系)(?P<u>" + _SCHOOL + r")(?:选派|派驻|派出|选调|委派|推荐)"
)
# the author's own resources offered in his measures: what he brings from the university that sent him
_BRINGS = re.compile(r"(?:协调|争取|依托|发挥|利用|借助|动员|联系|引进)(?P<u>" + _SCHOOL + ")")


_SENT = GOOD.replace(_AT, _AT + "我由东岭农业大学选派到县里挂职。")


@code_rule(
    "R193",
    "other-sending-university",
    "residue",
    "warning",
    "“{match}”与前文派出本人的“{own}”不符：本人带来的资源写成了另一所高校，疑似照搬他人材料后未改全",
    "挂职干部、驻村第一书记的材料开头写明由哪所高校选派，后文协调、争取的多是派出单位的资源；换成另一所高校，"
    "多半是照搬了别人的材料。",
    bad=[
        _SENT + "\n下一步，协调[西江农业大学]专家团队开展品种改良。",
    ],
    good=[
        _SENT + "\n下一步，协调东岭农业大学专家团队开展品种改良。",
        _SENT + "\n下一步，邀请西江农业大学和北川农林学院的专家开展讲座。",
    ],
)
def other_sending_university(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    sent = {m["u"] for m in _SENT_BY.finditer(text)}
    if len(sent) != 1:
        return
    own = next(iter(sent))
    for m in _BRINGS.finditer(text, text.find(own) + len(own)):
        u = m["u"]
        if u == own or own.endswith(u) or u.endswith(own) or text.count(u) > 1:
            continue
        if _LISTED_AFTER.match(text, m.end()):
            continue
        yield rule.finding(text, m.start("u"), m.end("u"), (own,), own=own)


# ---- R194: the own members counted twice with two figures --------------------------------------------------

# the words for the members of one whole: a cooperative's (社员, 入社农户), a branch's (党员)
_MEMBERS = {
    "社员": "社员",
    "社员户": "社员",
    "入社农户": "社员",
    "入社社员": "社员",
    "成员户": "社员",
    "入社成员": "社员",
    "党员": "党员",
    "在册党员": "党员",
    "床位": "床位",
    "会员": "会员",
    "会员单位": "会员单位",
}
_COUNT = re.compile(
    r"(?P<lead>现有|目前有|目前共有|现共有|共有)(?P<noun>"
    + "|".join(sorted(_MEMBERS, key=len, reverse=True))
    + r")(?P<n>\d+)(?P<unit>[户名人张个家])"
)
# a part of the whole or a time counted, not the whole now (第一党小组现有党员, 年初共有社员)
_PART_BEFORE = re.compile(
    r"(?:小组|组|车间|科室|科|病区|分社|分院|队|村|社区|网点|基地|点|其中|年初|年底|年末|去年|上年|当时|成立时|原来|原有|"
    r"\d+年|\d+月|已|新|另|全[县市区镇乡省国]|辖区|系统)[^，。；\n]{0,2}$"
)


@code_rule(
    "R194",
    "own-count-twice",
    "residue",
    "warning",
    "“{match}”与前文的“{first}”不一致：同一个数（本单位现有的{noun}）前后写了两个数，疑似沿用旧稿数字未更新",
    "前文写“目前有社员128户”，后文又写“现有入社农户86户”：同一时点本单位的成员数只有一个，前后不一多半是套用旧稿或他人材料。",
    bad=[
        GOOD.replace(_AT, _AT + "我们合作社目前有社员215户。")
        + "\n对社员的技术培训不够，合作社现有入社农户[143]户，参加培训的不到一半。",
    ],
    good=[
        GOOD.replace(_AT, _AT + "我们合作社目前有社员215户。")
        + "\n对社员的技术培训不够，合作社现有入社农户215户，参加培训的不到一半。",
        GOOD.replace(_AT, _AT + "本支部现有党员37名。") + "\n第一党小组现有党员9名，学习情况掌握不全。",
    ],
)
def own_count_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    first: dict[tuple[str, str], re.Match[str]] = {}
    for m in _COUNT.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _PART_BEFORE.search(text, max(line_start, m.start() - 8), m.start()):
            continue
        key = (_MEMBERS[m["noun"]], m["unit"])
        known = first.get(key)
        if known is None:
            first[key] = m
            continue
        if known["n"] == m["n"]:
            continue
        yield rule.finding(
            text, m.start("n"), m.end("n"), (known["n"],), first=known.group(), noun=_MEMBERS[m["noun"]]
        )


# ---- R195: the own body's organ under its sibling body's name ----------------------------------------------

# bodies of one family whose names are easily swapped (a 社科院 and the 社科联, a 科协 and the 科技局): each
# leads neither; the first written form is the short one a suggestion uses
_SIBLINGS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("社科院", "社会科学院"), ("社科联", "社会科学界联合会")),
    (("科协", "科学技术协会"), ("科技局", "科学技术局")),
    (("侨联", "归国华侨联合会"), ("侨办", "侨务办公室")),
    (("文联", "文学艺术界联合会"), ("文旅局", "文化和旅游局", "文化广电旅游局")),
)
_LEVEL = "(?:[省市县区州])?"


@code_rule(
    "R195",
    "sibling-body-organ",
    "residue",
    "error",
    "“{match}”不是本单位（{own}）的党组织：同一系统的另一个机构写在了本单位的位置上，疑似照搬其材料后未改全",
    "社科院与社科联、科协与科技局名称相近、材料相似，互相借用时最容易漏改“××党组”这样的主体。",
    bad=[
        GOOD.replace(_SIGN, "中共汀川市社会科学院党组书记 王建国").replace(
            _END, "[市社科联党组]对院属单位的监督检查以年终考核为主。"
        ),
    ],
    good=[
        GOOD.replace(_SIGN, "中共汀川市社会科学院党组书记 王建国").replace(
            _END, "院党组对院属单位的监督检查以年终考核为主。"
        ),
        GOOD.replace(_SIGN, "中共汀川市社会科学院党组书记 王建国").replace(
            _END, "与市社科联联合举办学术年会，但成果转化不多。"
        ),
        GOOD.replace(_SIGN, "中共青州市科学技术协会党组书记 王建国").replace(
            _END, "配合市科技局党组开展科技周活动，宣传方式单一。"
        ),
    ],
)
def sibling_body_organ(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    lines = "\n".join(own_lines(ctx))
    text = ctx.text
    for a, b in _SIBLINGS:
        for own, other in ((a, b), (b, a)):
            if not any(w in lines for w in own) or any(w in lines for w in other):
                continue
            pattern = re.compile(_LEVEL + "(?:" + "|".join(other) + ")(?P<organ>党组|党委)")
            for m in pattern.finditer(text, ctx.outline.title_end):
                if text.count(m.group()) > 1 or _partner(text, m.start(), m.end()):
                    continue
                short = own[0]
                level = m.group()[0] if m.group()[0] in "省市县区州" else ""
                self_word = short[-1] + m["organ"]  # 院党组, 局党组: the own organ as its members call it
                fixes = ((self_word,) if self_word in text else ()) + (level + short + m["organ"],)
                yield rule.finding(text, m.start(), m.end(), fixes, own=short)
