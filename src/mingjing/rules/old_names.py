"""A body named by what it was called before a reform, and the 巡视 of a body that a 巡察 inspected
(R163, R164, round r18).

The institutional reform of 2018 renamed a county's or city's bodies (public facts: 安全生产监督管理局 →
应急管理局, 国土资源局 → 自然资源局, 环境保护局 → 生态环境局, 卫生和计划生育委员会 → 卫生健康委员会, 工商局,
质监局 and 食药监局 → 市场监督管理局, 农业局 → 农业农村局, 文化广电新闻出版局 and 旅游局 → 文化和旅游局, 国税局 and
地税局 → 税务局, 公安消防 → 消防救援, local reforms done by early 2019); 扶贫办 became 乡村振兴局 in 2021. A
material of a later year that names the old body as a present one (`作为市安监局分管领导` in 2025) kept the
words of an old material. History told as history stays quiet: `原安监局`, a sentence naming the reform,
a merger, an earlier year or a past (曾, 时任, 当时 …).

A county's or a city's party committee inspects its bodies by 巡察; 巡视 is the central and provincial
committees' word. A material about a 巡察 (县委第三巡察组, 巡察反馈) that speaks of `本次巡视反馈的问题` kept
the word of a 巡视 material it was copied from. Where the text names a central or provincial 巡视, or
the 巡视 is the regulation's (《中国共产党巡视工作条例》) or the work's (巡视工作, 巡视巡察), nothing is said."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import material_year, own_lines, sentence_span
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# old name (as written) → (the first material year it can no longer be the present name, the new name)
_RENAMED: dict[str, tuple[int, str]] = {
    "安全生产监督管理局": (2019, "应急管理局"),
    "安监局": (2019, "应急管理局"),
    "国土资源局": (2019, "自然资源局"),
    "国土局": (2019, "自然资源局"),
    "环境保护局": (2019, "生态环境局"),
    "环保局": (2019, "生态环境局"),
    "卫生和计划生育委员会": (2019, "卫生健康委员会"),
    "卫生计生委": (2019, "卫生健康委"),
    "卫计委": (2019, "卫健委"),
    "卫生计生局": (2019, "卫生健康局"),
    "卫计局": (2019, "卫健局"),
    "工商行政管理局": (2019, "市场监督管理局"),
    "工商局": (2019, "市场监管局"),
    "工商所": (2019, "市场监管所"),
    "质量技术监督局": (2019, "市场监督管理局"),
    "质监局": (2019, "市场监管局"),
    "食品药品监督管理局": (2019, "市场监督管理局"),
    "食药监局": (2019, "市场监管局"),
    "农业局": (2019, "农业农村局"),
    "文化广电新闻出版局": (2019, "文化和旅游局"),
    "文广新局": (2019, "文化和旅游局"),
    "旅游发展委员会": (2019, "文化和旅游局"),
    "旅发委": (2019, "文化和旅游局"),
    "旅游局": (2019, "文化和旅游局"),
    "国家税务局": (2019, "税务局"),
    "地方税务局": (2019, "税务局"),
    "国税局": (2019, "税务局"),
    "地税局": (2019, "税务局"),
    "公安消防大队": (2019, "消防救援大队"),
    "公安消防支队": (2019, "消防救援支队"),
    "扶贫开发办公室": (2022, "乡村振兴局"),
    "扶贫办": (2022, "乡村振兴局"),
}
_OLD = Prefiltered(
    re.compile(
        # 旅游局 inside 文化和旅游局, 文化广电旅游局, 文体旅游局 is the new name
        r"(?P<level>[省市州县区旗])?(?<![和电体广化文])(?P<name>"
        + "|".join(re.escape(n) for n in sorted(_RENAMED, key=len, reverse=True))
        + ")"
    )
)
# the old body told as history: named 原/老/旧/前, or a sentence of the reform, a merger, a past time
_HISTORY_BEFORE = re.compile(r"[原老旧前][省市州县区旗镇乡]?[^，。；、\n]{0,4}$")
_HISTORY = re.compile(
    r"机构改革|改革前|更名|改名|合并|撤并|组建|划入|划转|整合|撤销|挂牌|曾|时任|历任|当时|那时|以前|以往|过去|此前|早年|原来"
)
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")

# ---- R164 ----
# the text's own inspection is a 巡察 of the county's or city's committee
_XUNCHA = re.compile(
    r"巡察组|常规巡察|专项巡察|机动巡察|提级巡察|巡察反馈|巡察整改|巡察意见|巡察办|巡察工作领导小组"
)
# a 巡视 the text names as the central or provincial one: the material may speak of both
_UPPER_XUNSHI = re.compile(r"(?:中央|省委|省|自治区党委|区党委|中共中央|上级)[^，。；\n]{0,4}巡视")
_OWN_XUNSHI = Prefiltered(
    re.compile(
        r"(?:本次|这次|此次|本轮|这轮|接受|配合)(?P<a>巡视)(?!工作|巡察|条例)"
        r"|(?<![巡察和、《])(?P<b>巡视)(?=反馈|组|整改|意见|指出|发现|期间|进驻|移交|报告)"
    )
)

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"


_ORGAN_AFTER = re.compile(r"党组|党委|领导班子|班子")


def _in_book_title(text: str, at: int, start: int) -> bool:
    return text.rfind("《", start, at) > text.rfind("》", start, at)


@code_rule(
    "R163",
    "pre-reform-body-name",
    "residue",
    "warning",
    "“{match}”是机构改革前的名称（{since}年前后起为“{new}”），{year}年的材料仍把它当作现有机构，疑似沿用旧材料后未改",
    "2018年机构改革后，安监局改为应急管理局，国土资源局改为自然资源局，环保局改为生态环境局，卫计委改为卫生健康委，"
    "工商、质监、食药监并入市场监督管理局，农业局改为农业农村局，国税地税合并为税务局；2021年扶贫办改为乡村振兴局。"
    "新近年度的材料还把旧机构当作现在的机构来写，多半是照搬了旧材料。写明“原安监局”“机构改革前”等回顾历史的不提示。",
    bad=[
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            _IN, "一是遇到难题有畏难情绪。作为[市安监局]分管领导，我对企业安全生产标准化建设督促不够。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。与[县环保局]会商后仍未解决搅拌站扬尘问题。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。[县扶贫办]反映的通组路问题，我们答复不及时。"),
    ],
    good=[
        GOOD,
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。机构改革前的县安监局只有7名执法人员，现在仍然不足。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。原县环保局的职责划入县生态环境局后，我们对接不够。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。县文化和旅游局提出的旅游公路规划，我们参与不够。"),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2017年度").replace(
            _IN, "一是遇到难题有畏难情绪。与县环保局会商后仍未解决搅拌站扬尘问题。"
        ),
    ],
)
def pre_reform_body_name(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    matches = list(_OLD.finditer(text, ctx.outline.title_end))
    if not matches:
        return
    year = material_year(ctx)
    if year is None:
        return
    for m in matches:
        since, new = _RENAMED[m.group("name")]
        if year < since:
            continue
        start, end = sentence_span(text, m.start())
        if _in_book_title(text, m.start(), start):
            continue  # a document's name keeps the name of its day
        if _HISTORY_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue
        sentence = text[start:end]
        if _HISTORY.search(sentence) or any(int(y) < since for y in _YEAR.findall(sentence)):
            continue
        level = m.group("level") or ""
        fixes = [level + new]
        # the own unit's organ under its old name (县扶贫办党组 in 县乡村振兴局党组's material, round r22): the
        # unit speaks of itself by its kind's word (局党组)
        if (
            _ORGAN_AFTER.match(text, m.end())
            and new[-1] in "局委办院"
            and any(new in line for line in own_lines(ctx))
        ):
            fixes.append(new[-1])
        yield rule.finding(text, m.start(), m.end(), fixes, since=since - 1, new=new, year=year)


@code_rule(
    "R164",
    "xunshi-for-xuncha",
    "residue",
    "warning",
    "本材料写的是县（市）委的巡察，这里却说“{match}”：巡视是中央和省级党委的，疑似套用巡视整改材料后未改",
    "中央和省、自治区、直辖市党委开展巡视，市、县党委开展巡察。材料开头写的是巡察组的巡察，正文又说“本次巡视”"
    "“巡视反馈”，多半是照搬了巡视整改的材料。提到中央或省委巡视、《中国共产党巡视工作条例》、巡视工作的不提示。",
    bad=[
        GOOD.replace(
            _IN,
            "一是遇到难题有畏难情绪。县委第二巡察组对我局开展了常规巡察，对本次[巡视]反馈的问题，我起初有抵触情绪。",
        ),
    ],
    good=[
        GOOD,
        GOOD.replace(
            _IN,
            "一是遇到难题有畏难情绪。县委第二巡察组对我局开展了常规巡察，我学习了《中国共产党巡视工作条例》，"
            "对巡察反馈的问题起初有抵触情绪。",
        ),
        GOOD.replace(
            _IN,
            "一是遇到难题有畏难情绪。县委巡察组反馈的问题和省委巡视组反馈的问题，我局整改进度都偏慢。",
        ),
    ],
)
def xunshi_for_xuncha(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    body = ctx.outline.title_end
    matches = list(_OWN_XUNSHI.finditer(text, body))
    if not matches or not _XUNCHA.search(text) or _UPPER_XUNSHI.search(text):
        return
    for m in matches:
        group = "a" if m.group("a") else "b"
        start, _ = sentence_span(text, m.start(group))
        if _in_book_title(text, m.start(group), start):
            continue
        yield rule.finding(text, m.start(group), m.end(group), ["巡察"])
