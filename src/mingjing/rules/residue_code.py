"""Residue of copying that needs the whole document: another person's name in the title, a year
that does not match the framework, a watermark. Tags, prompts and placeholders are data
(packs/residue.yaml)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_TITLE_NAME = re.compile(
    r"^([\u4e00-\u9fff]{2,4}?)(?:同志)?(?=20\d{2}|在|关于|个人|对照|民主生活会|组织生活会|专题|主题教育|党纪学习教育)"
)
# the name may carry its post in brackets after it (党支部  杜明瑶（门诊部主治医师）, round r27)
_SIGNATURE_NAME = re.compile(
    r"(?:^|[\s、，,])([\u4e00-\u9fff]{2,4})(?:[（(][^（）()\n]{1,20}[）)])?$|^([\u4e00-\u9fff]{2,4})(?=[（(\s])"
)
_TITLE_ROLE_NAME = re.compile(
    r"(?:长|书记|主任|委员|成员|经理|教授|干部|党员)([\u4e00-\u9fff]{2,3}?)(?:同志)?"
    r"(?=20\d{2}|在|关于|个人|对照|民主生活会|组织生活会|专题|主题教育|党纪学习教育)"
)
_LABELLED_NAME = re.compile(
    r"^[ \t\u3000]*(?:对照检查人|对照人|检查人|检视人|剖析人|查摆人|自查人|发言人|汇报人|报告人|述职人|检讨人|署名|"
    r"本人签名|签名|签字)\s*[:：]\s*([\u4e00-\u9fff]{2,4}?)\s*(?:[（(](?:签字|签名|党员|本人)[）)])?\s*$"
)
_NOT_NAMES = ("领导班子", "党组", "党委", "支部", "班子", "关于", "全体")
_TITLE_YEAR = re.compile(r"(20\d{2})\s*年(度?)")
# every year of a sentence that names the meeting (a lookahead, so `2026年1月召开了2025年度…` yields both)
_MEETING_YEAR = re.compile(
    r"(20\d{2})\s*年(度?)(?=[^。；\n]{0,20}(?:民主生活会|组织生活会|主题教育|党纪学习教育|个人对照检查|对照检查情况"
    r"|检视剖析情况))"
)
_LOOKING_BACK = re.compile(
    r"整改|上年|去年|以来|期间|此前|前期|回头看|查摆的|查摆出的|查找的|反馈的|剖析的|会上|提的|提出的|回顾"
)
# this meeting's own notice, preparation or theme (关于召开2021年度民主生活会的通知, 为开好…, 围绕…主题, round
# r16): it names the meeting being held, whatever else its sentence looks back on
_THIS_ONE = re.compile(r"(?:本次|这次|此次)$")
_THIS_MEETING = re.compile(
    r"(?:关于|为|围绕)(?:认真|切实|高质量)?(?:召开|开好|召开好|组织召开|组织开好)?\s*$"
)


@code_rule(
    "R201",
    "title-name-mismatch",
    "residue",
    "error",
    "标题中的姓名“{match}”与署名“{signed}”不一致，疑似照搬他人材料后未改全",
    "标题写的是别人的名字，是照抄他人材料最直接的证据。",
    bad=[
        variant(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料",
            "[李卫东]2023年度主题教育专题民主生活会个人对照检查材料",
        ),
        GOOD.replace("王建国2023年度", "[李卫东]2023年度", 1).replace("宁川县交通运输局局长 王建国\n", "", 1)
        + "\n对照检查人：王建国",
    ],
    good=[
        GOOD,
        GOOD.replace(
            "王建国2023年度主题教育专题民主生活会个人对照检查材料\n宁川县交通运输局局长 王建国",
            "县委书记在2023年度主题教育专题民主生活会上\n的讲话",
            1,
        ),
        # a post's tag line under the title is no signature (原创 is no name)
        GOOD.replace("王建国2023年度", "李卫东2023年度", 1).replace(
            "宁川县交通运输局局长 王建国\n", "原创 宁川交通 2024-01-26\n", 1
        ),
    ],
)
def title_name_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    o = ctx.outline
    written = ctx.text[o.title_start : o.title_end]  # as written: offsets count its stray spaces
    m = _TITLE_NAME.match(written) or _TITLE_ROLE_NAME.search(written)  # 王建国2023年… or 局长王建国2023年…
    if not m or any(w in m.group(1) for w in _NOT_NAMES):
        return
    name = m.group(1)
    if not _a_name(name):
        return  # 市委书记在全市…大会上的讲话: a post, not a person, opens the title
    rest = ctx.text[o.title_end :]
    if name in rest:
        return
    paragraphs = [p for p in o.document.paragraphs if p.start >= o.title_end][:2]
    for p in paragraphs:
        line = ctx.text[p.start : p.end]
        s = _SIGNATURE_NAME.search(line) if len(line) <= 40 else None
        signed = (s.group(1) or s.group(2)) if s else None
        if signed and signed != name and not any(w in signed for w in _NOT_NAMES) and _a_name(signed):
            yield rule.finding(
                ctx.text, o.title_start + m.start(1), o.title_start + m.end(1), (signed,), signed=signed
            )
            return
    for p in o.document.paragraphs[-3:]:  # a labelled signature at the end (对照检查人：…)
        s = _LABELLED_NAME.match(ctx.text[p.start : p.end])
        if s and p.start >= o.title_end and s.group(1) != name:
            yield rule.finding(
                ctx.text,
                o.title_start + m.start(1),
                o.title_start + m.end(1),
                (s.group(1),),
                signed=s.group(1),
            )
            return


# no place begins with a count (身为一名市场监管干部: 一名市 is none) and a 干部 is a person, no 部 (r20)
_PLACE = r"(?!一[名位个])[\u4e00-\u9fff]{2,6}?(?:省|市|县|区|镇|乡|街道)"
_UNIT = (
    _PLACE
    + r"(?:(?![的在我])[\u4e00-\u9fff]){1,16}?(?:局|委员会|委|办公室|办|厅|院|(?<!干)部|中心|公司|集团|学校|医院|站|所|队|馆)"
)
# the writer's own voice: 作为/身为/我是 … the unit; 我在 only when the unit is where one works
# (我在临江区某局工作期间), not a time or an action (我在签约前只向县卫生健康局汇报)
# 作为 as a noun (以新作为推动…, 大有作为, 担当作为, 积极作为) is no 作为 of the writer's voice
_SELF_UNIT = re.compile(
    r"(?:(?:(?<![新有大担当敢善于极动发所])作为|身为|我是|我所在的|本人是)(?:一名|一位|一个)?(?P<unit>"
    + _UNIT
    + ")"
    r"|我在(?P<at>" + _UNIT + r")(?=工作|任职|担任|分管|负责|期间|时|的岗位))"
)
_PLACE_RE = re.compile(_PLACE)
# the whole of a level or this one (全市法院, 本县公安机关, 各区检察院, 我市税务系统): the bodies a unit of that
# place speaks for (a city's intermediate court for the city's courts), never another place's name
_WHOLE_LEVEL = re.compile(r"[全本各该我][省市县区镇乡]$|[全本各该我]街道$")


# a unit named by its level alone (市生态环境局, 县住建局) or a college of a university (外国语学院): the
# author's own one from the title or the lines under it, the one the text speaks as (我作为市住建局党组成员)
_SHORT_UNIT = r"(?<![\u4e00-\u9fff])[市县区](?:(?![的在我市县区])[\u4e00-\u9fff]){1,10}?(?:局|委|办|院|中心)"
_COLLEGE = r"[\u4e00-\u9fff]{2,8}?学院"
_SELF_SHORT = re.compile(
    r"(?:作为|身为|我是|本人是)(?P<unit>(?:[市县区](?:(?![的在我市县区])[\u4e00-\u9fff]){1,10}?(?:局|委|办|院|中心)"
    r"|[\u4e00-\u9fff]{2,8}?学院))(?=[\u4e00-\u9fff“])"
)


def _head_lines(ctx: ReviewContext) -> list[str]:
    o = ctx.outline
    return [o.title] + [ctx.text[p.start : p.end] for p in o.document.paragraphs if p.start >= o.title_end][
        :2
    ]


def _short_unit_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """我作为市住建局党组成员 in a material whose title names 市生态环境局; 作为外国语学院教师 under a title
    of 机械工程学院."""
    head = " ".join(line for line in _head_lines(ctx) if len(line) <= 60)
    units = re.findall(_SHORT_UNIT, head)
    colleges = [c.split("大学")[-1] for c in re.findall(_COLLEGE, head)]
    for m in _SELF_SHORT.finditer(ctx.text):
        unit = m.group("unit")
        own = colleges if unit.endswith("学院") else units
        if own and unit not in own and not any(o.endswith(unit) or unit.endswith(o) for o in own):
            yield rule.finding(ctx.text, m.start("unit"), m.end("unit"), (own[0],), own=own[0])


def _a_place(words: str) -> bool:
    """Whether words read as a place's name, not a clause (我是出发后才向县委办报告的: 是…的 with a
    preposition and an adverb before 县): no preposition or adverb among its words."""
    from mingjing.rules.postag import tag

    return not any(t in ("p", "d") for _, t in tag(words))


def own_unit(ctx: ReviewContext) -> tuple[str | None, str | None]:
    """(place, unit) of the author's own unit, from the title or the signature lines under it."""
    o = ctx.outline
    lines = [o.title] + [ctx.text[p.start : p.end] for p in o.document.paragraphs if p.start >= o.title_end][
        :2
    ]
    for line in lines:
        if len(line) <= 60:
            m = _PLACE_RE.search(line)
            if m:
                unit = re.search(_UNIT, line[m.start() :])
                return m.group(), unit.group() if unit and unit.start() == 0 else None
    return None, None


@code_rule(
    "R202",
    "unit-mismatch",
    "residue",
    "error",
    "“{match}”与本人单位（{own}）不符：以本单位身份写的却是别的单位，疑似照搬他人材料",
    "照抄别人的材料时，最容易漏改的是文中以“作为××单位……”自称的单位名称。",
    bad=[
        variant(
            "一是对工程领域廉洁风险盯得不紧。",
            "一是对工程领域廉洁风险盯得不紧。作为[临江区人力资源和社会保障局]负责人，",
        ),
        variant(
            "一是对工程领域廉洁风险盯得不紧。",
            "一是对工程领域廉洁风险盯得不紧。我在[临江区人力资源和社会保障局]工作期间，",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "（县交通运输局局长）").replace(
            "一是对工程领域廉洁风险盯得不紧。", "一是对工程领域廉洁风险盯得不紧。我作为[县住建局]党组成员，"
        ),
    ],
    good=[
        GOOD.replace("宁川县交通运输局局长 王建国", "（县交通运输局局长）")
        + "\n我作为县交通运输局党组书记，将带头整改。",
        GOOD + "作为宁川县交通运输局负责人，我将带头整改。",
        GOOD + "我在签约前只向市交通运输局口头作了汇报，没有提交书面请示。",
        GOOD + "今年有1次外出考察，我是出发后才向县委办报告的。",
        # a unit speaks for the whole city's or county's bodies of its kind; 作为 as a noun is no voice
        GOOD + "我们将以新作为推动全市法院工作高质量发展。",
        GOOD + "作为全县公安局系统的一员，我带头整改。",
    ],
)
def unit_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    yield from _short_unit_mismatch(ctx, rule)
    place, own = own_unit(ctx)
    if not place:
        return
    for m in _SELF_UNIT.finditer(ctx.text):
        group = "unit" if m.group("unit") else "at"
        unit = m.group(group)
        other = _PLACE_RE.match(unit)
        if other and _WHOLE_LEVEL.search(other.group()):
            continue
        if other and other.group() != place and not unit.startswith(place) and _a_place(other.group()):
            yield rule.finding(
                ctx.text, m.start(group), m.end(group), (own,) if own else (), own=own or place
            )


@code_rule(
    "R203",
    "year-mismatch",
    "residue",
    "error",
    "“{match}”与本次对照的框架（{framework}）年度不符，疑似沿用往年材料",
    "年份不对是沿用旧材料时最常见的遗漏。",
    bad=[
        variant("王建国2023年度", "王建国[2021年度]"),
        variant("按照县委要求，", "按照县委关于召开[2021年]度主题教育专题民主生活会的要求，"),
        variant(
            "与班子成员谈心谈话12人次。",
            "与班子成员谈心谈话12人次。现将本人[2022年]度个人对照检查情况报告如下。",
        ),
        variant("按照县委要求，", "按照县委关于召开[2022年]度民主生活会的通知要求，对照上年度提出的问题，"),
    ],
    good=[
        GOOD,
        variant("按照县委要求，", "按照县委要求，回顾了2022年度民主生活会上同志们给我提的意见，"),
        # a year's meeting is held early in the next year
        variant("按照县委要求，", "按照县委要求，局党组于2024年1月召开了2023年度民主生活会，"),
        variant("按照县委要求，", "按照县委要求，局党组于2024 年*月*日召开 2023 年度民主生活会，"),
        variant("按照县委要求，", "按照县委关于召开2023年度民主生活会的通知要求，对照上年度提出的问题，"),
    ],
)
def year_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    fw = ctx.framework
    o = ctx.outline
    if fw is None or fw.year is None:
        yield from _this_meeting_year(ctx, rule)
        return
    for m in _TITLE_YEAR.finditer(ctx.text[o.title_start : o.title_end]):  # offsets as written
        if _older(int(m.group(1)), fw.year):
            yield rule.finding(
                ctx.text,
                o.title_start + m.start(),
                o.title_start + m.end(),
                (f"{fw.year}年{m.group(2)}",),
                framework=fw.name,
            )
    start = o.preamble_start if o.preamble_start is not None else o.title_end
    end = o.preamble_end if o.preamble_end is not None else start
    for m in _MEETING_YEAR.finditer(ctx.text, start, end):
        sentence_start = (
            max(ctx.text.rfind("。", start, m.start()), ctx.text.rfind("\n", start, m.start())) + 1
        )
        sentence_end = ctx.text.find("。", m.end())
        this_meeting = _THIS_MEETING.search(ctx.text, max(sentence_start, m.start() - 8), m.start())
        if not this_meeting and _LOOKING_BACK.search(
            ctx.text, sentence_start, sentence_end if sentence_end > 0 else end
        ):
            continue
        limit = (_title_year(ctx) or fw.year) if this_meeting else fw.year
        if _older(int(m.group(1)), limit):
            end_at = m.start(1) + len(m.group(1)) + 1
            offered: tuple[str, ...] = (f"{limit}年",)
            if _THIS_ONE.search(ctx.text, max(0, m.start() - 2), m.start()):
                # 本次[2022年度]组织生活会: 本次 names the meeting, the wrong year may go (r22)
                end_at += len(m.group(2))
                offered = (f"{limit}年{m.group(2)}", "")
            yield rule.finding(ctx.text, m.start(1), end_at, offered, framework=fw.name)


def _title_year(ctx: ReviewContext) -> int | None:
    from mingjing.rules.copy_traces import material_year

    return material_year(ctx) if _TITLE_YEAR.search(ctx.outline.title) else None


def _this_meeting_year(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """Where no year's framework is read, the title's year against this meeting's own notice or theme in the
    opening (关于开好2023年度民主生活会的部署 in a 2024年度 material)."""
    o = ctx.outline
    year = _title_year(ctx)
    if year is None:
        return
    start = o.preamble_start if o.preamble_start is not None else o.title_end
    end = o.preamble_end if o.preamble_end is not None else start
    for m in _MEETING_YEAR.finditer(ctx.text, start, end):
        if (
            m.group(2)
            and int(m.group(1)) < year
            and _THIS_MEETING.search(ctx.text, max(start, m.start() - 8), m.start())
        ):
            yield rule.finding(
                ctx.text,
                m.start(1),
                m.start(1) + len(m.group(1)) + 1,
                (f"{year}年",),
                framework=o.title.strip(),
            )


def _older(year: int, pack_year: int) -> bool:
    """Only a year before the pack's is a copied old one. A year's meeting is held early in the next
    year (2025年度 → January 2026), so a date a year on is right; and a year after the pack's is a
    newer material read against the newest pack there is (2026年度 materials are written in 2027),
    never an old one."""
    return year < pack_year


_BARE_NAME = re.compile(r"^\s*([\u4e00-\u9fff]{2,4})\s*$")
_NOT_PERSONS = ("谢谢", "此致", "敬礼", "附件", "以上", "特此")


def _person_name(word: str) -> bool:
    """A word that jieba tags as a person's name throughout (杜海涛, 郑一鸣), not 谢谢 or a unit."""
    from mingjing.rules.postag import tag

    return (
        word not in _NOT_PERSONS
        and not any(w in word for w in _NOT_NAMES)
        and all(t == "nr" for _, t in tag(word))
    )


@code_rule(
    "R205",
    "signature-name-mismatch",
    "residue",
    "error",
    "落款署名“{match}”与材料开头的作者“{author}”不一致，疑似照搬他人材料后未改全",
    "开头写着作者的名字，结尾落款却是另一个人，多半是拿别人的材料改了开头、忘了改落款。",
    bad=[
        GOOD + "\n以上对照检查，请同志们批评指正。\n[李卫东]\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国\n", "").replace(
            "王建国2023年度", "宁川县交通运输局局长王建国2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n[李卫东]\n2024年1月10日",
        GOOD.replace("王建国2023年度", "2023年度").replace(
            "宁川县交通运输局局长 王建国\n", "荻港镇党委书记 韦崇山\n"
        )
        + "\n以上对照检查，请同志们批评指正。\n[李卫东]\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国\n", "").replace(
            "王建国2023年度", "宁川县交通运输局副局长葛振华2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n[李卫东]\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国\n", "（党员　苗秀英）\n")
        + "\n以上对照检查，请同志们批评指正。\n[李卫东]\n2024年1月10日",
        GOOD + "\n以上对照检查，请同志们批评指正。\n检视人：[周国庆]\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国\n", "").replace(
            "王建国2023年度", "宁川县交通运输局机关党支部王建国同志2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n检视人：[周国庆]\n2024年1月10日",
        GOOD.replace(
            "宁川县交通运输局局长 王建国\n", "宁川县交通运输局机关党委 综合科党支部 邵明远\n"
        ).replace("王建国2023年度", "2023年度")
        + "\n以上对照检查，请同志们批评指正。\n发言人：[韩立平]\n2024年1月",
        GOOD.replace("宁川县交通运输局局长 王建国\n", "（宁川县交通运输局党组书记、局长）\n")
        + "\n以上对照检查，请同志们批评指正。\n发言人：[李卫东]\n2024年1月",
        GOOD + "\n以上对照检查，请同志们批评指正。\n对照人：[李卫东]\n2024年1月10日",
        # the author's post in brackets after the name (r27, residue27)
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局党支部 邵文澜（运输科科长）").replace(
            "王建国2023年度", "2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n发言人：[韩立平]\n2024年1月",
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局 党员 欧阳明").replace(
            "王建国2023年度", "2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n签名：[欧阳敏]\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国", "（宁川县交通运输局运输科党支部 孙立强）").replace(
            "王建国2023年度", "2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n检视人：[郑国栋]\n2024年1月10日",
    ],
    good=[
        GOOD + "\n以上对照检查，请同志们批评指正。\n王建国\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国\n", "").replace(
            "王建国2023年度", "宁川县交通运输局副局长葛振华2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n葛振华\n2024年1月10日",
        GOOD + "\n以上对照检查，请同志们批评指正。\n检视人：王建国\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国\n", "").replace(
            "王建国2023年度", "宁川县交通运输局机关党支部王建国同志2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n检视人：王建国\n2024年1月10日",
        GOOD.replace("王建国2023年度", "2023年度").replace(
            "宁川县交通运输局局长 王建国\n", "荻港镇党委书记 韦崇山\n"
        )
        + "\n以上对照检查，请同志们批评指正。\n韦崇山\n2024年1月10日",
        GOOD + "\n以上对照检查，请同志们批评指正。\n对照人：王建国（签字）\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局 党员 欧阳明").replace(
            "王建国2023年度", "2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n签名：欧阳明\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国", "【宁川县交通运输局运输科党支部 孙立强】").replace(
            "王建国2023年度", "2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n检视人：孙立强\n2024年1月10日",
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局党支部 邵文澜（运输科科长）").replace(
            "王建国2023年度", "2023年度"
        )
        + "\n以上对照检查，请同志们批评指正。\n发言人：邵文澜\n2024年1月",
    ],
)
def signature_name_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    o = ctx.outline
    author = author_name(ctx)
    if author is None:
        return
    tail = [p for p in o.document.paragraphs[-3:] if p.start >= o.title_end + 200]
    for p in tail:
        line = ctx.text[p.start : p.end]
        s = _BARE_NAME.match(line) or _LABELLED_NAME.match(line)
        if s and s.group(1) != author and (_person_name(s.group(1)) or _surname_name(s.group(1))):
            yield rule.finding(ctx.text, p.start + s.start(1), p.start + s.end(1), (author,), author=author)
            return


_HEAD_BRACKETS = re.compile(r"^[（(【\[〔]\s*|\s*[）)】\]〕]$")


def author_name(ctx: ReviewContext) -> str | None:
    """The author's name as the material's head gives it: the line under the title (党员 李建军), a name after
    a post (…局长郭振华), the title's opening name (王建国2023年度…); None where the head names nobody."""
    o = ctx.outline
    for p in [p for p in o.document.paragraphs if p.start >= o.title_end][
        :2
    ]:  # the author line under the title
        # the line may sit in brackets or parentheses (（东川石化公司炼油二部党支部  李建军）, round r22)
        line = ctx.text[p.start : p.end].strip()
        if line[:1] in "（(【[〔":  # not a post in brackets after the name (杜明瑶（门诊部主治医师）, r27)
            line = _HEAD_BRACKETS.sub("", line)
        s = _SIGNATURE_NAME.search(line) if len(line) <= 40 else None
        if s and _a_name(s.group(1) or s.group(2)):
            return s.group(1) or s.group(2)
    return _author_after_post(ctx) or _title_author(ctx)


def _title_author(ctx: ReviewContext) -> str | None:
    """The person the title opens with (王建国2023年度…, 陈立新同志主题教育…)."""
    o = ctx.outline
    title = ctx.text[o.title_start : o.title_end]
    m = _TITLE_NAME.match(title)
    if m and not any(w in m.group(1) for w in _NOT_NAMES) and _a_name(m.group(1)):
        return m.group(1)
    # a unit's line joined to the title (…供电所党支部张立群同志2025年度…, round r18): the name before 同志
    for m in _TITLE_COMRADE.finditer(title):
        for size in (3, 2):
            name = m.group(1)[-size:]
            if len(name) == size and name[0] in _SURNAMES and _a_name(name):
                return name
    return None


_TITLE_COMRADE = re.compile(
    r"([\u4e00-\u9fff]{2,3})同志(?=20\d{2}|在|关于|个人|对照|民主生活会|组织生活会|专题|主题教育|党纪学习教育)"
)


_SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    # less common surnames that are no everyday word on their own (not 全, 时, 路, 关, 安, 单, 管 …)
    "葛乔樊殷施洪翟颜倪牛温季俞章鲁伍申尤毕聂焦柳邢岳齐梅庞靳辛祝左涂谷祁舒耿牟卜詹苗凌费纪滕栾霍阮蒲柴瞿"
    "阎戚邬房裴艾卓蓝褚冉桂巩屈"
)
_POST_NAME_AT_END = re.compile(
    r"(?:长|书记|主任|委员|成员|经理|教授|干部|党员|教师)(?:、|[ \t\u3000]+)?([\u4e00-\u9fff]{2,3})\s*$"
)


def _a_name(word: str) -> bool:
    """A person's name by jieba's tags or by its surname (李卫东, 王立新), not a post (市委书记)."""
    return _person_name(word) or _surname_name(word)


# two-character surnames (欧阳明, 司马南): a name of three or four characters
_COMPOUND_SURNAMES = (
    "欧阳",
    "司马",
    "上官",
    "诸葛",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "长孙",
    "宇文",
    "司徒",
    "夏侯",
    "令狐",
    "端木",
    "独孤",
    "南宫",
    "申屠",
    "轩辕",
    "澹台",
    "呼延",
    "钟离",
    "闻人",
    "万俟",
    "赫连",
    "拓跋",
    "百里",
    "东郭",
)


def _surname_name(word: str) -> bool:
    """A two- or three-character word that begins with a common surname and ends like no unit (王立新, not
    王庄村): jieba does not tag every given name as one. A two-character surname begins one of three or four
    (欧阳明, round r16)."""
    if len(word) in (3, 4) and word[:2] in _COMPOUND_SURNAMES:
        return word[-1] not in "村镇乡局县区市委部厅所站队院校处科室组"
    return (
        len(word) in (2, 3)
        and word[0] in _SURNAMES
        and word[-1] not in "村镇乡局县区市委部厅所站队院校处科室组"
        and word not in _NOT_PERSONS
    )


def _author_after_post(ctx: ReviewContext) -> str | None:
    """The author named after a post in the title or a short line at the top (柳溪镇党委书记刘海涛2023年…,
    县人社局党组书记、局长郭振华): a name that starts with a common surname."""
    o = ctx.outline
    lines = (
        [o.title]
        + [
            ctx.text[p.start : p.end]
            .strip()
            .strip("（）()")
            .strip()  # `（党员　陆晓岚）`: the line in brackets
            for p in o.document.paragraphs[:3]
            if p.end - p.start <= 40 and p.start < o.title_end + 80
        ]
    )
    for line in lines:
        for m in (*_TITLE_ROLE_NAME.finditer(line), *_POST_NAME_AT_END.finditer(line)):
            name = m.group(1)
            surname = name[0] in _SURNAMES or name[:2] in _COMPOUND_SURNAMES  # 欧阳丽 (round r17)
            if surname and not any(w in name for w in _NOT_NAMES):
                return name
    return None


@code_rule(
    "R204",
    "watermark",
    "residue",
    "info",
    "文件带有水印“{mark}”：提交前请确认水印不是下载来源留下的",
    "从文档分享网站下载的文件常带网站水印；本单位的密级水印可忽略此提示。",
    bad=[
        GOOD.replace("王建国2023年度", "[王建国2023年度", 1).replace("对照检查材料\n", "对照检查材料]\n", 1)
        + "\n@extra watermark: 某某文库"
    ],
    good=[GOOD],
)
def watermark(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    start, end = ctx.heading_anchor()
    for extra in ctx.outline.document.extras:
        if extra.kind == "watermark":
            yield rule.finding(ctx.text, start, end, mark=extra.text)


# a letter a web site puts for a character it avoids (D内监督, D员干部 for 党): pasted from such a site
_LETTER_FOR_PARTY = re.compile(r"D(?<![A-Za-z0-9Ａ-Ｚａ-ｚ０-９]D)(?![A-Za-z0-9Ａ-Ｚａ-ｚ０-９])")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")


def _party_word(text: str, at: int) -> str | None:
    """The dictionary word that 党 in place of the letter at `at` makes with the characters after it
    (党内, 党员, 党委) or before it (治党, 全党), if any; None when D stands by itself (D级, 方案D的)."""
    import rjieba

    after = text[at + 1 : at + 2]
    before = text[max(0, at - 1) : at]
    if _HAN_CHAR.match(after) and after not in _FUNCTION_AFTER:
        word = "党" + after
        if rjieba.has_word(word) and rjieba.suggest_freq(word) - 1 >= _PARTY_FREQ:
            return word
    if before in _BEFORE_PARTY:  # the list is the check: 治党 and 管党 are rare in jieba's counts
        return before + "党"
    return None


_FUNCTION_AFTER = set("的地得和与及是在了也都就")
_BEFORE_PARTY = set("治管全入建爱兴强护")  # 全面从严治党, 入党, 建党
_PARTY_FREQ = 20  # 党内, 党员, 党委 … are far above this; a chance pair in jieba's dictionary is not


@code_rule(
    "R115",
    "letter-for-party",
    "residue",
    "warning",
    "“{match}”应为“党”：网页为避开敏感字常用字母代替（{word}），说明这段文字是从网上复制的，没有改全",
    "有些网站把“党”写成字母 D（D内监督、D员干部），复制来的文字带着这种替代字，是照搬网上材料的痕迹。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对[D]内监督的要求理解不深。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，部分[D]员干部意识不强。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，落实全面从严治[D]责任不够。"),
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，按D级危房标准组织了排查。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，方案D的测算也不完整。"),
    ],
)
def letter_for_party(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "D" not in text:
        return
    for m in _LETTER_FOR_PARTY.finditer(text):
        word = _party_word(text, m.start())
        if word:
            yield rule.finding(text, m.start(), m.end(), ("党",), word=word)


# a unit written as 某 in the title or the author's line (某公安局2025年…报告, 某县某局党组): a template's or a
# site's anonymised name, left where the writer's own unit belongs
_UNIT_END = (
    r"(?:省|市|县|区|镇|乡|村|局|委|部|院|厅|办|所|站|公司|集团|学校|医院|中心|支部|党委|党组|单位|部门)"
)
_ANONYMISED_UNIT = re.compile(
    rf"某(?:某)?[\u4e00-\u9fff]{{0,6}}?{_UNIT_END}(?:[\u4e00-\u9fff]{{1,6}}?{_UNIT_END})*"
)


@code_rule(
    "R116",
    "anonymised-own-unit",
    "residue",
    "warning",
    "标题或署名中的单位写作“{match}”，像是模板或网上范文隐去的名称，请写上本单位的实际名称",
    "材料标题和署名写的是自己的单位；写成“某公安局”“某县”，多半是套用了隐去名称的范文或模板，没有改完。",
    bad=[
        GOOD.replace("王建国2023年度", "[某交通运输局]王建国2023年度"),
        GOOD.replace("宁川县交通运输局局长 王建国", "[某县交通运输局]局长 王建国"),
    ],
    good=[
        GOOD,
        GOOD.replace("研讨发言多引用文件原文。", "研讨发言多引用文件原文，与某企业合作开发的项目进度滞后。"),
    ],
)
def anonymised_own_unit(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    o = ctx.outline
    if "某" not in ctx.text[o.title_start : o.title_end + 120]:
        return
    spans = [(o.title_start, o.title_end)]
    spans += [(p.start, p.end) for p in o.document.paragraphs if p.start >= o.title_end][:1]
    for start, end in spans:
        if end - start > 80:
            continue  # a paragraph of text, not the title or the author's line
        m = _ANONYMISED_UNIT.search(ctx.text, start, end)
        if m and "某些" not in m.group() and not m.group().startswith("某某"):  # 某某 is R111's placeholder
            yield rule.finding(ctx.text, m.start(), m.end())
            return
