"""Traces of copying last year's or a colleague's material, found by the material's own consistency
(issue 12, docs/review-copy-traces.md): another town, street, village or college of the same rank
as the author's own (R117); the whole-unit word of another kind of unit (全镇 in a 乡's material,
全中心 in a hospital's); an event dated in a year it was not held, or a congress or plan phase the
material's year no longer allows (R118); another post claimed with 作为… than the one the title and
the author's line give (R119); another year's framework (R121); a date before the material's year or
another meeting named as this one (R122). Each finding names the place it disagrees with."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding, Item
from mingjing.numerals import parse_chinese_number
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.unit_short_forms import short_forms

if TYPE_CHECKING:
    from mingjing.frameworks.loader import Framework
    from mingjing.rules.context import ReviewContext

_TITLE_MAX = 60
_OWN_LINE_MAX = 40


def own_lines(ctx: ReviewContext) -> list[str]:
    """The title, the short lines under it and the short lines of the signature: where the author
    names his own unit and post (a sentence of the text, ending in 。, is none of them)."""
    o = ctx.outline
    after = [ctx.text[p.start : p.end].strip() for p in o.document.paragraphs if p.start >= o.title_end]
    short = [line for line in after[:2] + after[2:][-3:] if len(line) <= _OWN_LINE_MAX and "。" not in line]
    return ([o.title.strip()] if len(o.title) <= _TITLE_MAX else []) + short


SENTENCE_ENDS = "。；！？\n"


def sentence_span(text: str, at: int) -> tuple[int, int]:
    """The start and end of the sentence around `at` (after the last 。；！？ or line break before it, up to
    the first one from it on, or the text's end)."""
    start = max(text.rfind(c, 0, at) for c in SENTENCE_ENDS) + 1
    ends = [k for c in SENTENCE_ENDS if (k := text.find(c, at)) >= 0]
    return start, min(ends) if ends else len(text)


# ---- R117: another unit of the author's own rank ------------------------------------------------

_RANKS = ("街道", "镇", "乡", "村", "社区")
_NAME_TAGS = ("ns", "nr")
# words before a named unit that make it a neighbour, a place visited or a partner, named rightly
_OTHER_UNIT_CONTEXT = re.compile(
    r"(?:邻|周边|兄弟|学习|考察|参观|对口|帮扶|结对|交流|借鉴|先进|赴|前往|与|和|同|跟|向|及|、|"
    r"联合|支援|协作|调任|调入|调到|曾在|原|挂职|毗邻|相邻|交界|接壤|比如|例如|像|如)[^，。；：\n]{0,3}$"
)
# 到 or 去 before a unit makes it a place visited only with the visit's purpose after it (到白沙镇学习);
# 到河湾村6个村民小组走访 goes round the own village's groups under another village's name
_GOING = re.compile(r"(?:到|去)[^，。；：\n]{0,3}$")
_VISIT_PURPOSE = re.compile(
    r"^[^，。；：\n]{0,8}?(?:学习|考察|参观|交流|取经|观摩|对接|帮扶|慰问|指导|督导|检查|调研|开会|参加|挂职|任职|工作)"
)
_ORGAN_START = tuple("党两委支班政")
# the author's own village, town or street in his lines, read by its place in the line when jieba does
# not tag the name as a place (石门村党支部书记); no name holds 的 (我们的社区 is a slogan)
_OWN_RANK_LINE = re.compile(
    # a three-character name too (杨树店村党总支委员, round r28), never one that runs over a higher rank's word
    r"((?:(?![的县市区镇乡道村党委部支局])[\u4e00-\u9fff]){2,3})(街道|社区|镇|乡|村)(?=党|两委|村委|居委|委|支部|班子|人民政府|政府|[\s\u3000]|$)"
)
_OWN_PREFIX = re.compile(r"^(?:中共|中国共产党)")


def _rank_names(text: str) -> Iterator[tuple[str, str, int]]:
    """(name, rank, offset) of every unit of a rank named in `text` (石桥镇, 钟楼街道, 柳湾村): a
    place name by jieba's tags, whole (石桥镇) or followed by the rank's word (钟楼 街道, 石桥 村)."""
    from mingjing.rules.postag import tag

    at = 0
    words = tag(text)
    for k, (word, t) in enumerate(words):
        start, at = at, at + len(word)
        if t not in _NAME_TAGS:
            continue
        rank = next((r for r in _RANKS if word.endswith(r) and len(word) >= len(r) + 2), None)
        if rank:
            yield word, rank, start
            continue
        if not 2 <= len(word) <= 3 or k + 1 >= len(words):
            continue
        following = words[k + 1][0]
        # the rank's word alone or with its organ (石桥 村, 横塘 镇党委), not a word it starts (村规民约)
        rank = next(
            (
                r
                for r in _RANKS
                if following == r
                or (following.startswith(r) and following[len(r) : len(r) + 1] in _ORGAN_START)
            ),
            None,
        )
        if rank:
            yield word + rank, rank, start


def _own_rank_names(ctx: ReviewContext) -> dict[str, list[str]]:
    own: dict[str, list[str]] = {}
    for line in own_lines(ctx):
        line = _OWN_PREFIX.sub("", line)
        for name, rank, _ in _rank_names(line):
            own.setdefault(rank, []).append(name)
        for m in _OWN_RANK_LINE.finditer(line):
            names = own.setdefault(m.group(2), [])
            # the whole name where jieba read its tail alone (杨树|店村: 树店村 → 杨树店村)
            names[:] = [m.group() if m.group().endswith(n) and len(n) < len(m.group()) else n for n in names]
            if not any(_same_unit(m.group(), n) for n in names):
                names.append(m.group())
    return own


# a unit of the own rank named with the own organ as the author's lines write it (观澜街道机关党支部委员会 in
# 望湖街道机关党支部委员会's material, round r18): the unit speaks of itself, whatever jieba tags the name
_RANK_ORGAN = Prefiltered(
    re.compile(
        # the name bare, or claimed as the author's own post's unit (作为石碾子村党总支委员, round r28); three
        # characters too
        r"(?:(?<![\u4e00-\u9fff])|(?<=作为)|(?<=身为)|(?<=担任)|(?<=我是))"
        r"(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<rank>街道|社区|镇|乡|村)"
        r"(?P<organ>机关党支部|党工委|党委|党支部|党总支|两委|村委会|居委会|人民政府|办事处|领导班子)"
    )
)
_NOT_A_NAME_START = tuple("全本我各该这那其每此本两三四五六七八九十的在和与及原邻")


def _a_noun(name: str) -> bool:
    """One word that rjieba tags a noun (观澜 n, 望湖 ns): no verb, particle or function word (加了, 根据)."""
    import rjieba

    tagged = rjieba.tag(name)
    nouns = ("n", "ns", "nr", "nz", "nt")
    if len(name) == 3:  # 杨树|店, 柳树|沟: a three-character name of nouns only (round r28)
        return all(t in (*nouns, "nrfg", "ng") for _, t in tagged)
    return len(tagged) == 1 and tagged[0][1] in nouns


def _other_unit_own_organ(
    ctx: ReviewContext, rule: Rule, lines: list[str], own: dict[str, list[str]]
) -> Iterator[Finding]:
    text = ctx.text
    for m in _RANK_ORGAN.finditer(text, ctx.outline.title_end):
        name, rank = m.group("name"), m.group("rank")
        names = own.get(rank)
        if not names or any(_same_unit(name + rank, n) or name in n for n in names):
            continue
        if name.startswith(_NOT_A_NAME_START) or "的" in name or text.count(name) > 1 or not _a_noun(name):
            continue
        if not any(rank + m.group("organ") in line for line in lines):
            continue  # not the own organ's words: another unit's organ may be named rightly
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _OTHER_UNIT_CONTEXT.search(text, line_start, m.start()):
            continue
        yield rule.finding(text, m.start(), m.end("rank"), (names[0],), own=names[0])


def _same_unit(a: str, b: str) -> bool:
    return a == b or a.endswith(b) or b.endswith(a)


# the whole-unit words (全镇, 本院) of each kind of unit and the kinds that rule each other out
_KIND_GROUPS = (
    {"镇": "镇", "乡": "乡", "街道": "街道"},
    {"村": "村", "社区": "社区"},
    {
        "医院": "院",
        "学校": "校",
        "中学": "校",
        "小学": "校",
        "大学": "校",
        "学院": "院",
        "中心": "中心",
        "公司": "公司",
        "集团": "公司",
    },
)
# a town's, township's or street's organ named bare, as one's own (镇党委每季度听取… in a 街道's material)
_BARE_ORGAN = re.compile(
    r"(?:^|(?<=[，。；：、\n]))(?P<kind>镇|乡|街道)(?P<organ>党委|党工委|人民政府|政府|办事处|纪委)"
)
_OWN_ORGAN = {"镇": "镇党委", "乡": "乡党委", "街道": "街道党工委"}


def _closes_a_word(text: str, at: int) -> bool:
    """Whether the character at `at` (全, 本, 我) closes a word of the clause's segmentation with the characters
    before it (健全|中心组, 基本|公司): then it is no determiner of a unit (形成|全镇|上下 keeps its 全镇)."""
    import rjieba

    start = max(0, at - 6)
    offset = start
    for word in rjieba.cut(text[start : at + 4], False):
        if offset <= at < offset + len(word):
            return len(word) > 1 and at == offset + len(word) - 1
        offset += len(word)
    return False


_WHOLE_UNIT = re.compile(r"(?:全|本|我)(街道|社区|中心|公司|集团|镇|乡|村|院|校)(?![镇乡村街区])")
# a county-level district named in the author's lines (临江区交通运输局, 中共鼓楼区委): its material says 全区,
# never 全县; zones that end in 区 (高新区, 开发区, 园区, 景区, 社区 …) are no district
_DISTRICT = re.compile(r"(?:^|(?<=[省市共\s]))([\u4e00-\u9fff]{2})区(?=[\u4e00-\u9fff])")
_ZONE_END = tuple("新开发园贸税范验景城社片辖小矿林牧库山灾校厂军战能业济游态")
# a city named at the head of the author's unit (临江市疾病预防控制中心, 中共临江市委): its units say 全市
_CITY = re.compile(r"(?:^|(?<=[省共\s]))[\u4e00-\u9fff]{2}市(?=[\u4e00-\u9fff])")
_WHOLE_CITY = re.compile(r"(?:全|本|我)市(?![场民县区])")
_WHOLE_COUNTY = re.compile(r"(?:全|本|我)县(?![市区城])")


# an institute (设计院, 研究院, 勘察院 …) run as a company: both its kinds are its own
_INSTITUTE_COMPANY = re.compile(r"[\u4e00-\u9fff]院(?:有限责任公司|股份有限公司|有限公司|集团)")


def _own_kinds(lines: list[str]) -> set[str]:
    """The kinds of unit the author's lines name (镇, 村, 院 for a hospital, 公司 …)."""
    kinds: set[str] = set()
    for line in lines:
        for group in _KIND_GROUPS:
            for word, kind in group.items():
                if word in line:
                    kinds.add(kind)
        if _INSTITUTE_COMPANY.search(line):
            kinds.add(
                "院"
            )  # 电力设计院有限公司: an institute that is a company says 本院 and 全院 (round r24)
    if (
        "中心" in kinds
    ):  # 中心 is the name of schools, hospitals and offices alike: no kind to rule out others
        return set()
    return kinds


def _group_of(kind: str) -> set[str] | None:
    for group in _KIND_GROUPS:
        if kind in group.values():
            return set(group.values())
    return None


@code_rule(
    "R117",
    "other-unit-same-rank",
    "residue",
    "error",
    "“{match}”与本材料的单位“{own}”不符：同一级的别的单位，疑似照搬他人材料后未改全",
    "照抄别的乡镇、街道、村或单位的材料时，最容易漏改的是正文和结尾里的单位名称和“全镇”“全院”这类称谓。",
    bad=[
        # a three-character village claimed as the author's own (round r28)
        GOOD.replace("宁川县交通运输局局长 王建国", "杨柳湾村党总支委员 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[石碾子村]党总支委员，我推动不力。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "青溪镇党委书记 王建国").replace(
            "对偏远村组的道路安全隐患了解不够。",
            "对偏远村组的道路安全隐患了解不够，推动[白沙镇]各项工作不力。",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "中共望湖街道机关党支部委员会").replace(
            "对偏远村组的道路安全隐患了解不够。",
            "对偏远村组的道路安全隐患了解不够。[观澜街道]机关党支部委员会成员中存在求稳怕乱思想。",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "东坪乡党委书记 王建国").replace(
            "全年到基层调研21次", "[全镇]到基层调研21次"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "县中医医院党委书记 王建国").replace(
            "2024年3月底前修订项目招投标内控制度。", "2024年3月底前修订[全中心]招投标内控制度。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "临江区交通运输局局长 王建国").replace(
            "全县“智慧交通”平台", "[全县]“智慧交通”平台"
        ),
        variant(
            "其中多数安排在交通便利的乡镇", "对推动全县[住建]事业发展谋划不深，其中多数安排在交通便利的乡镇"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "临江市妇幼保健院院长 王建国")
        .replace("全县", "全市")
        .replace("全年到基层调研21次", "[全县]到基层调研21次"),
        GOOD.replace("宁川县交通运输局局长 王建国", "中国移动宁川分公司总经理 王建国").replace(
            "全年到基层调研21次", "为推动[联通]高质量发展，全年到基层调研21次"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "东关街道党工委书记 王建国").replace(
            "每半年听取1次工程项目廉政风险防控汇报，", "[镇党委]每半年听取1次工程项目廉政风险防控汇报，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "临江市妇幼保健院院长 王建国")
        .replace("全县", "全市")
        .replace("全年到基层调研21次", "推动[全区]妇幼健康工作，全年到基层调研21次"),
        GOOD.replace("宁川县交通运输局局长 王建国", "市纪委监委驻市自然资源局纪检监察组组长 王建国").replace(
            "一是数字化本领不足。", "一是数字化本领不足，对[生态环境]领域的专业知识掌握不够。"
        ),
    ],
    good=[
        GOOD.replace("宁川县交通运输局局长 王建国", "杨柳湾村党总支委员 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为杨柳湾村党总支委员，我推动不力。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "中共望湖街道机关党支部委员会").replace(
            "对偏远村组的道路安全隐患了解不够。",
            "对偏远村组的道路安全隐患了解不够，向观澜街道机关党支部学习的少。",
        ),
        GOOD,
        GOOD.replace(  # 全 closes 健全, 中心 opens 中心组: no whole-unit word
            "2024年3月底前修订项目招投标内控制度。", "2024年3月底前健全中心组学习制度。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "青溪镇党委书记 王建国").replace(
            "对偏远村组的道路安全隐患了解不够。",
            "对偏远村组的道路安全隐患了解不够，到白沙镇学习也只去过一次。",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "青溪镇党委书记 王建国").replace(
            "全年到基层调研21次", "全镇到基层调研21次，推动青溪镇各项工作"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "临江区交通运输局局长 王建国").replace("全县", "全区"),
        GOOD.replace("宁川县交通运输局局长 王建国", "临江高新区管委会建设局局长 王建国"),
        variant(
            "其中多数安排在交通便利的乡镇", "对推动全县交通运输事业发展谋划不深，其中多数安排在交通便利的乡镇"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "临江市妇幼保健院院长 王建国").replace(
            "全年到基层调研21次", "全市到基层调研21次"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "临江市妇幼保健院院长 王建国").replace("全县", "全市"),
        GOOD.replace("宁川县交通运输局局长 王建国", "中国移动宁川分公司总经理 王建国").replace(
            "全年到基层调研21次", "为推动移动高质量发展，全年到基层调研21次"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "东关街道党工委书记 王建国").replace(
            "每半年听取1次工程项目廉政风险防控汇报，", "街道党工委每半年听取1次工程项目廉政风险防控汇报，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "临江市妇幼保健院院长 王建国")
        .replace("全县", "全市")
        .replace("全年到基层调研21次", "对照自治区卫健委要求，推动全区妇幼健康工作，全年到基层调研21次"),
        GOOD.replace("宁川县交通运输局局长 王建国", "市纪委监委驻市自然资源局纪检监察组组长 王建国").replace(
            "一是数字化本领不足。", "一是数字化本领不足，对自然资源领域的专业知识掌握不够。"
        ),
    ],
)
def other_unit_same_rank(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    lines = own_lines(ctx)
    own = _own_rank_names(ctx)
    text = ctx.text
    body_start = ctx.outline.title_end
    if own:
        for name, rank, at in _rank_names(text[body_start:]):
            start = body_start + at
            names = own.get(rank)
            if not names or any(_same_unit(name, n) for n in names):
                continue
            line_start = text.rfind("\n", 0, start) + 1
            if _OTHER_UNIT_CONTEXT.search(text, line_start, start) or (
                _GOING.search(text, line_start, start)
                and _VISIT_PURPOSE.match(text[start + len(name) : start + len(name) + 14])
            ):
                continue
            line_end = text.find("\n", start)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if line.strip() in lines:
                continue  # a signature line (横塘镇党委) is the own unit itself
            fixes = (names[0], *short_forms(name, text[start + len(name) : start + len(name) + 8]))
            yield rule.finding(text, start, start + len(name), fixes, own=names[0])
        yield from _other_unit_own_organ(ctx, rule, lines, own)
    yield from _county_in_district(ctx, rule, lines)
    yield from _other_department(ctx, rule, lines)
    kinds = _own_kinds(lines)
    if not kinds:
        return
    for m in _WHOLE_UNIT.finditer(text, body_start):
        word = m.group(1)
        kind = "公司" if word == "集团" else word
        group = _group_of(kind)
        if group is None or kind in kinds or not (kinds & group):
            continue
        if kind == "校" and any("学院" in line for line in lines):
            continue  # a college says 全校 of its university (or is a school itself)
        if _closes_a_word(text, m.start()):
            continue  # 健全中心组学习制度: 全 closes 健全, 中心 opens 中心组 — no whole-unit word
        own_kind = sorted(kinds & group)[0]
        yield rule.finding(text, m.start(), m.end(), (m.group()[0] + own_kind,), own=own_kind)
    for m in _BARE_ORGAN.finditer(text, body_start):
        kind = m.group("kind")
        if kind in kinds or not (kinds & {"镇", "乡", "街道"}):
            continue
        own_kind = sorted(kinds & {"镇", "乡", "街道"})[0]
        fixed = _OWN_ORGAN.get(own_kind) if m.group("organ") in ("党委", "党工委") else None
        yield rule.finding(text, m.start(), m.end(), (fixed,) if fixed else (), own=own_kind)


# a department's line of work by its short name, and the full names that give it in the author's lines
_DEPARTMENTS = {
    "医保": "医疗保障|医保",
    "人社": "人力资源和社会保障|人力资源社会保障|人社",
    "卫健": "卫生健康|卫健",
    "教育": "教育|教体",
    "民政": "民政",
    "财政": "财政",
    "税务": "税务",
    "住建": "住房和城乡建设|住房城乡建设|住建",
    "交通运输": "交通运输|交通",
    "自然资源": "自然资源",
    "生态环境": "生态环境",
    "农业农村": "农业农村",
    "水利": "水利|水务",
    "市场监管": "市场监督管理|市场监管",
    "公安": "公安",
    "司法": "司法",
    "审计": "审计",
    "统计": "统计",
    "商务": "商务",
    "文旅": "文化和旅游|文化旅游|文旅",
}
# the lines of state-owned enterprises, by the word their names and their lines of work share
_ENTERPRISES = {
    "邮政": "邮政",
    "电信": "电信",
    "移动": "移动",
    "联通": "联通",
    "电力": "电力|供电|电网",
    "烟草": "烟草",
    "铁路": "铁路",
    "石油": "石油",
    "石化": "石化",
    "燃气": "燃气",
}
_OWN_DEPARTMENT = {
    short: re.compile(rf"(?:{names})(?:[\u4e00-\u9fff]{{0,4}})?(?:局|委员会|委|厅|部门|系统)")
    for short, names in _DEPARTMENTS.items()
} | {
    short: re.compile(rf"(?:{names})(?:[\u4e00-\u9fff]{{0,6}}?)(?:集团|公司|局)")
    for short, names in _ENTERPRISES.items()
}
# the own line of work promoted (推动全县人社事业高质量发展): what a department says of itself
_OWN_LINE_OF_WORK = re.compile(
    r"(?:推动|促进|谋划|引领)(?:全县|全市|全区|全省|全州|全旗|我县|我市|我区|本地)?"
    rf"(?P<line>{'|'.join(_DEPARTMENTS)})事业"
    rf"|(?:推动|促进|谋划|引领)(?:全县|全市|全区|全省|我县|我市|我区|本地)?(?P<firm>{'|'.join(_ENTERPRISES)})"
    r"(?:事业|行业|企业)?高质量发展"
)


# a department's field as the writer's own trade (对卫生健康领域的专业知识学习不够): by any of its names
_CROSS_CUTTING = {"审计", "统计", "财政", "司法"}
_FIELD_NAMES = {n: short for short, names in _DEPARTMENTS.items() for n in names.split("|")}
_OWN_TRADE = re.compile(
    rf"(?:对|缺乏|欠缺|掌握)(?P<field>{'|'.join(sorted(_FIELD_NAMES, key=len, reverse=True))})"
    r"(?:领域|行业|工作)?的?(?:专业知识|业务知识|法律法规和专业知识)"
)


def _other_department(ctx: ReviewContext, rule: Rule, lines: list[str]) -> Iterator[Finding]:
    """推动全县人社事业 in a 医疗保障局's material, 对卫生健康领域的专业知识学习不够 in that of the
    住房和城乡建设局 or of its resident discipline group: the department's material it was copied from."""
    own = {
        short: m.group()
        for short, pattern in _OWN_DEPARTMENT.items()
        for line in lines
        if (m := pattern.search(line))
    }
    if not own:
        return
    name = next(iter(own.values()))
    for m in _OWN_LINE_OF_WORK.finditer(ctx.text, ctx.outline.title_end):
        group = "line" if m.group("line") else "firm"
        if m.group(group) not in own:
            yield rule.finding(ctx.text, m.start(group), m.end(group), own=name)
    if own.keys() & _CROSS_CUTTING:
        return  # an auditor's or a finance bureau's trade spans the other departments' fields
    for m in _OWN_TRADE.finditer(ctx.text, ctx.outline.title_end):
        if _FIELD_NAMES[m.group("field")] not in own:
            yield rule.finding(ctx.text, m.start("field"), m.end("field"), own=name)


# 全区 of an autonomous region: a city's unit there says it of the region, rightly
_REGION = re.compile(r"自治区|广西|内蒙古|西藏|宁夏|新疆|壮族|回族|维吾尔")
_WHOLE_DISTRICT = re.compile(r"(?:全|本|我)区(?![域间块段位])")


def _district_in_city(ctx: ReviewContext, rule: Rule, own: str) -> Iterator[Finding]:
    """全区 in the material of a city's unit (临江市疾病预防控制中心) whose text otherwise says 全市: a
    district's material copied. Quiet in an autonomous region, where 全区 is the region."""
    text, body = ctx.text, ctx.outline.title_end
    if _REGION.search(text):
        return
    found = list(_WHOLE_DISTRICT.finditer(text, body))
    if not found or len(found) > len(_WHOLE_CITY.findall(text, body)):
        return
    for m in found:
        yield rule.finding(text, m.start(), m.end(), (m.group()[:-1] + "市",), own=own)


def _county_in_district(ctx: ReviewContext, rule: Rule, lines: list[str]) -> Iterator[Finding]:
    """全县 in the material of a district (临江区…) or a city's unit (临江市疾病预防控制中心): the county's
    material it was copied from."""
    if any("县" in line for line in lines):
        return
    districts = [
        m.group(1) + "区"
        for line in lines
        for m in _DISTRICT.finditer(line)
        if not m.group(1).endswith(_ZONE_END) and m.group(1) not in ("高新", "经开")
    ]
    cities = [m.group() for line in lines for m in _CITY.finditer(line)]
    if not districts and not cities:
        return
    own, word = (districts[0], "区") if districts else (cities[0], "市")
    if not districts and not any("区" in line for line in lines):  # 高新区管委会: its 全区 is the zone
        yield from _district_in_city(ctx, rule, own)
    counties = list(_WHOLE_COUNTY.finditer(ctx.text, ctx.outline.title_end))
    if not districts and len(counties) >= len(_WHOLE_CITY.findall(ctx.text, ctx.outline.title_end)):
        return  # a city's unit is compared only where its text says 全市 more often than 全县
    for m in counties:
        yield rule.finding(ctx.text, m.start(), m.end(), (m.group()[:-1] + word,), own=own)


# ---- R118: events and phases the material's year does not allow ----------------------------------

# (event, years it was held or ran into): a year named with the event outside them is a slip or residue
_EVENTS = (
    ("党纪学习教育", (2024,)),
    ("党史学习教育", (2021, 2022)),
    ("中央八项规定精神学习教育", (2025,)),
    ("主题教育", (2019, 2020, 2023, 2024)),
)
_EVENT_YEAR = re.compile(
    r"(20\d{2})\s*年(?:度)?(?:开展的?|参加的?|的)?(党纪学习教育|党史学习教育|中央八项规定精神学习教育|主题教育)"
)
# a Party congress awaited (迎接二十大) in a material of a year after it was held
_AWAITED = re.compile(r"(?:迎接|喜迎|献礼)(?:党的)?(十九大|二十大)(?:胜利召开)?")
_CONGRESS_YEAR = {"十九大": 2017, "二十大": 2022}
# an anniversary awaited (喜迎建党100周年) in a material of a later year: (what, the year it counts from)
_ANNIVERSARY = re.compile(
    r"(?:迎接|喜迎|献礼)(?P<what>建党|中国共产党成立|新中国成立|中华人民共和国成立)(?P<n>[0-9]{2,3}|一百|百)\s*周年"
)
_FOUNDED = {"建党": 1921, "中国共产党成立": 1921, "新中国成立": 1949, "中华人民共和国成立": 1949}
# a five-year plan's first or last year written wrongly is F224's (rules/dated_facts.py, round r18)


def _year_mismatch_reports(ctx: ReviewContext, at: int, year: int) -> bool:
    """R203 reports a year before the pack's in a sentence of the preamble that does not look back."""
    from mingjing.rules.residue_code import _LOOKING_BACK

    o, fw = ctx.outline, ctx.framework
    if fw is None or fw.year is None or year >= fw.year or o.preamble_start is None or o.preamble_end is None:
        return False
    if not o.preamble_start <= at < o.preamble_end:
        return False
    start = max(ctx.text.rfind("。", 0, at), ctx.text.rfind("\n", 0, at)) + 1
    end = ctx.text.find("。", at)
    return not _LOOKING_BACK.search(ctx.text, start, end if end > 0 else o.preamble_end)


@code_rule(
    "R118",
    "event-year-mismatch",
    "residue",
    "warning",
    "“{match}”与{reason}不符，疑似沿用往年材料或写错年份",
    "党纪学习教育在2024年开展，党的二十大在2022年召开；年份与事件对不上，多半是照搬往年材料。",
    bad=[
        variant("按照县委要求，", "按照县委要求，对照[2023年党纪学习教育]的要求，"),
        variant("按照县委要求，", "按照县委要求，[迎接党的二十大胜利召开]，"),
        variant("按照县委要求，", "按照县委要求，以[喜迎建党100周年]的热情，"),
    ],
    good=[
        GOOD,
        variant("按照县委要求，", "按照县委要求，对照2024年党纪学习教育的要求，"),
        variant("按照县委要求，", "按照县委要求，结合2019年主题教育的整改情况，"),
        variant("按照县委要求，", "按照县委要求，以迎接新中国成立75周年为契机，"),
    ],
)
def event_year_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    years = dict(_EVENTS)
    fw = ctx.framework
    for m in _EVENT_YEAR.finditer(text):
        year, event = int(m.group(1)), m.group(2)
        if year not in years[event] and not _year_mismatch_reports(ctx, m.start(), year):
            when = "、".join(str(y) for y in years[event])
            # the event's own years nearest the written one (2023年党纪学习教育 → 2024年党纪学习教育; round r15)
            written = text[m.start() : m.end()]
            nearest = sorted(years[event], key=lambda y: (abs(y - year), -y))[:2]
            fixes = [written.replace(str(year), str(y), 1) for y in nearest]
            yield rule.finding(text, m.start(), m.end(), fixes, reason=f"{event}开展的年份（{when}年）")
    if fw is None or fw.year is None:
        return
    for m in _AWAITED.finditer(text):
        held = _CONGRESS_YEAR[m.group(1)]
        if fw.year >= held:
            yield rule.finding(
                text,
                m.start(),
                m.end(),
                reason=f"本材料的年度（{fw.year}年度，党的{m.group(1)}已于{held}年召开）",
            )
    for m in _ANNIVERSARY.finditer(text):
        n = 100 if m.group("n") in ("一百", "百") else int(m.group("n"))
        year = _FOUNDED[m.group("what")] + n
        if year < fw.year:
            yield rule.finding(
                text,
                m.start(),
                m.end(),
                reason=f"本材料的年度（{fw.year}年度；{m.group('what')}{n}周年在{year}年）",
            )


# ---- R119: another post claimed with 作为… --------------------------------------------------------

_POSTS = (
    r"(?:党委|党组|党总支|党支部|党工委)?(?:副)?书记|(?:常务)?副?(?:院长|校长|局长|总经理|董事长|镇长|乡长|"
    r"主任|所长|站长|行长|厂长|处长|科长|部长|主席|会长|理事长|秘书长|监事长|社长|场长|(?:大|中|支)?队长|矿长|馆长|护士长|"
    r"园长|台长|庭长|关长|检察长|"
    r"(?:财务|技术|运营|人力资源)?总监|总工程师|总会计师|总经济师|"
    r"(?:项目|商务|技术|生产|财务|客户|销售|市场|部门)?经理)|(?:组织|宣传|纪检|青年|统战)委员"
    # a disciplined force's political post beside its 队长 (round r14): 指导员, 教导员, 政委
    r"|副?(?:指导员|教导员|政委|政治委员)"
)
_CLAIMED_POST = re.compile(
    r"作为(?:一名)?(?:(?P<unit>[\u4e00-\u9fff]{0,8}?(?:医院|学校|集团|公司|局|中心|院|校|镇|乡|街道|村|单位|部门|部|科|处|室|股|"
    r"协会|学会|商会|社|场|队|站|厂|矿|馆|园|台))的?)?"
    r"(?:分管(?:(?P<field>[\u4e00-\u9fff]{1,6}?)的)?)?(?P<post>"
    + _POSTS
    + r")(?![\u4e00-\u9fff]{0,2}(?:助手|助理|秘书))"
)
# a unit's head claimed by no post's name (作为市疾控中心主要负责人 in a hospital's material, round r28): only the
# unit is compared, as for the own post at another unit
_HEAD_CLAIMED = re.compile(
    r"作(?<![曾原前]作)为(?:一名)?(?P<unit>[省市县区州旗镇乡][\u4e00-\u9fff]{0,10}?(?:医院|学校|集团|公司|局|中心|院|校|"
    r"协会|学会|商会|社|场|队|站|厂|矿|馆|园|台|所|教研室|办公室))的?(?:主要负责人|主要领导|一把手|负责人)"
)
# the chair of a firm's trade union claimed by a manager (我作为公司工会主席 signed 副总经理, round r28): a firm's
# administrative heads may not sit on its union committee, so the claim is a former post or a colleague's
_UNION_CHAIR = re.compile(
    r"作(?<![曾原前]作)为(?:一名)?(?:(?:本|我们?)?(?:公司|集团|企业|厂|矿)的?)?(?P<post>工会(?:副)?主席)(?!助理|秘书)"
)
_MANAGER = re.compile(r"(?:总经理|董事长|厂长|矿长|总监|总工程师|总会计师|总经济师|经理)$")
# the fields the author says he oversees, in the opening (结合分管的食品安全、特种设备安全和消费者权益保护工作)
# (a field may carry a bracket: 因公出国（境）管理, r23)
_DECLARED_FIELDS = re.compile(r"分管的?(?P<fields>[\u4e00-\u9fff、和及与（）]{2,40}?)(?:等)?(?:工作|领域)")
_FIELD_SPLIT = re.compile(r"[、和及与]")
# a local Party committee's or government's head claimed (作为区委书记): a post of a place's committee,
# wrong in the material of a unit that is none (a company, a bureau, a school)
_PLACE_HEAD = Prefiltered(
    re.compile(
        r"作(?<![曾原前]作)为(?:(?P<org>[省市州县区旗镇乡])(?:委|党委)(?:常委|副书记|书记)|(?P<gov>[省市州县区旗镇乡])长)"
    )
)
_OWN_POST = re.compile(_POSTS)
OWN_POST = _OWN_POST  # the posts an author line names (own_unit_frames reads the unit before it)
_NEXT_POST = re.compile(r"、(?:" + _POSTS + ")")
# a teacher's subject, claimed in the author's line or with 作为/我是/身为 (作为数学教研组的骨干教师)
_SUBJECTS = "语文|数学|英语|物理|化学|生物|历史|地理|政治|道德与法治|思想政治|体育|音乐|美术|信息技术|科学"
_SUBJECT_CLAIM = re.compile(
    rf"(?:作为|我是|身为|本人是)(?:一名|一位)?[^，。；\n]{{0,8}}?(?P<subject>{_SUBJECTS})(?=教研组|学科|老师|教师|课)"
)
_SUBJECT_LINE = re.compile(rf"(?P<subject>{_SUBJECTS})(?:教研组|学科|老师|教师)")
# a subject taught, said of one's own lessons (在数学课堂上, 我的语文课)
_SUBJECT_LESSON = re.compile(rf"(?:在|我的|我在)(?P<subject>{_SUBJECTS})(?:课堂|课上|课中|教学中)")
# the post the author says he holds, in the opening of the text (结合自己担任运检部副主任以来的工作实际)
_DECLARED = re.compile(r"担(?<![曾原先]担)任(?P<what>[^，。；\n]{0,16})")
# … or the post the author works in (round r17): 结合自己在社区警务队长岗位上的工作实际
_DECLARED_AT = re.compile(r"在(?<![曾原先]在)(?P<what>[^，。；\n在]{2,16}?)(?:岗位|职位|任)上")

# a department of the author's unit: 运维检修部, 调度科, 办公室 (not 党支部, 全部, 干部 …)
# a department's name: an office (部, 科 — 内科 and 外科 too since round r16 —, 处, 室, 股) or a force's
# brigade (二大队, 三中队)
_DEPARTMENT_SUFFIX = r"(?:(?<![支全干内外总本])部|(?<![本学专预工理文])科(?![学技研普])|处|室|股)"
# a works' shop and a community's numbered grid are departments too (制炼车间, 第3网格: round r27)
_SHOP_OR_GRID = r"(?:[\u4e00-\u9fff]{2,6}?(?<![本各全该])车间|第[0-9一二三四五六七八九十]{1,3}网格)"
_DEPARTMENT = re.compile(
    rf"[\u4e00-\u9fff]{{2,6}}?{_DEPARTMENT_SUFFIX}(?![\u4e00-\u9fff]{{0,1}}(?:门|分|署|属|位))"
    r"|[\u4e00-\u9fff]{1,6}?[大中]队(?![长员])"
    rf"|{_SHOP_OR_GRID}"
)
# the author's own department claimed: 我所在的生产技术科; since round r16 also 作为骨伤科的一名医生, 作为一大队
# 的民警, 我们消化内科…, 我在儿科工作 (a colleague's material kept its department)
_CLAIM_START = r"(?![的这那各对在把将从向和与跟为被给是有也都就还分主牵责业职临机基兄其])"
_DEPARTMENT_CLAIM = re.compile(
    rf"我所在的?(?P<dept>{_CLAIM_START}[\u4e00-\u9fff]{{2,6}}?(?:部|科|处|室|股))(?![\u4e00-\u9fff]{{0,1}}(?:门|长))"
    # the shop or grid one is in or heads (我所在的第5网格, 我现任压榨车间副主任: round r27)
    rf"|我(?:所在的?|现任|担任)(?P<shop>{_CLAIM_START}{_SHOP_OR_GRID})"
    rf"|(?:作为(?:一名)?|我们)(?P<as>{_CLAIM_START}(?:[\u4e00-\u9fff]{{1,6}}?{_DEPARTMENT_SUFFIX}|[\u4e00-\u9fff]{{1,3}}?[大中]队))"
    r"(?=的(?:一名|一员|党员|干部|职工|医生|护士|教师|民警|工作人员|同志)|一员|党员|干部|职工|医生|护士|民警|工作人员|开展|全年|今年|在)"
    rf"|我在(?P<at>{_CLAIM_START}(?:[\u4e00-\u9fff]{{1,6}}?{_DEPARTMENT_SUFFIX}|[\u4e00-\u9fff]{{1,3}}?[大中]队))(?=工作|任职|上班)"
)


def _declared(ctx: ReviewContext) -> list[str]:
    """What the author says he holds (担任…) in the opening: the preamble, else the first paragraph."""
    o = ctx.outline
    if o.preamble_start is not None and o.preamble_end is not None:
        start, end = o.preamble_start, o.preamble_end
    else:
        # the first paragraph that is no short line (the author's name under the title is none: round r17)
        after = [p for p in o.document.paragraphs if p.start >= o.title_end]
        first = next((p for p in after[:3] if p.end - p.start > _OWN_LINE_MAX), after[0] if after else None)
        start, end = (first.start, first.end) if first else (0, 0)
    found = [*_DECLARED.finditer(ctx.text, start, end), *_DECLARED_AT.finditer(ctx.text, start, end)]
    return [m.group("what") for m in sorted(found, key=lambda m: m.start())]


def _other_subject(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """作为语文教师 after the author's line or the first claim gave 数学; 在数学课堂上 when the author
    says he teaches 语文 (担任…语文教师)."""
    text = ctx.text
    own = next(
        (
            m.group("subject")
            for line in own_lines(ctx) + _declared(ctx)
            for m in _SUBJECT_LINE.finditer(line)
        ),
        None,
    )
    claims = sorted(
        [
            *_SUBJECT_CLAIM.finditer(text, ctx.outline.title_end),
            *_SUBJECT_LESSON.finditer(text, ctx.outline.title_end),
        ],
        key=lambda m: m.start(),
    )
    for m in claims:
        subject = m.group("subject")
        if own is None:
            if m.re is _SUBJECT_LESSON:
                continue  # a lesson alone does not say what the author teaches
            own = subject
        elif subject != own:
            yield rule.finding(text, m.start("subject"), m.end("subject"), own=f"{own}教师")


def _same_department(a: str, b: str) -> bool:
    """运检部 and 运维检修部 are one department: the shorter name's characters in order in the longer."""
    short, long = sorted((a, b), key=len)
    if short[-1] != long[-1]:
        return False
    it = iter(long)
    return all(c in it for c in short)


def _other_department_claimed(ctx: ReviewContext, rule: Rule, declared: list[str]) -> Iterator[Finding]:
    """我所在的生产技术科 or 作为营销部主任 when the author's lines or his own words name another one."""
    text = ctx.text
    lines = [line for line in own_lines(ctx) if not line.startswith("关于")]  # a 检讨书's subject is no unit
    own = [m.group() for line in lines + declared for m in _DEPARTMENT.finditer(line)]
    if not own:
        return
    claims = [
        m.span(group)
        for m in _DEPARTMENT_CLAIM.finditer(text, ctx.outline.title_end)
        for group in ("dept", "as", "at", "shop")
        if m.group(group)
    ]
    claims += [
        (m.start("unit"), m.end("unit"))
        for m in _CLAIMED_POST.finditer(text, ctx.outline.title_end)
        if m.group("unit")
        and _DEPARTMENT.fullmatch(m.group("unit"))
        and not m.group("unit").startswith("分管")
    ]
    for start, end in sorted(claims):
        dept = text[start:end]
        if dept[-2:] in ("科室", "处室", "部室", "部门"):
            continue  # the word for a department, no name
        if not any(_department_kind(o) == _department_kind(dept) for o in own):
            continue  # a force's brigade against an office (round r16): the lines name no department of its kind
        if not any(_same_department(dept, o[-len(dept) - 4 :]) or _same_department(dept, o) for o in own):
            names = dict.fromkeys(_department_name(o) for o in own)
            fixes = tuple(n for n in names if n[-1] == dept[-1])[:1]
            # the kind's own word too (作为呼吸科主任 → 作为科室主任, round r28): the author may head none
            fixes += tuple(
                w for w in (_DEPARTMENT_WORD.get(dept[-1]),) if w and text.startswith(_POST_AFTER, end)
            )
            yield rule.finding(text, start, end, fixes, own="、".join(names))


# a department's kind word (科室, 部门) before a post claimed with a department's name
_DEPARTMENT_WORD = {"科": "科室", "部": "部门", "处": "处室"}
_POST_AFTER = ("主任", "副主任", "科长", "副科长", "部长", "副部长", "处长", "副处长", "负责人")


def _department_kind(name: str) -> str:
    """A brigade, a shop, a grid or an office: only departments of one kind are compared (r16, r27)."""
    return next((k for k in ("队", "车间", "网格") if name.endswith(k)), "")


def _department_name(found: str) -> str:
    """The department's own name in what `_DEPARTMENT` read from a line (医院针灸推拿科 → 针灸推拿科,
    局交警支队二大队 → 二大队): what follows the institution's last word."""
    # 心 only as 中心's: 心血管内科 is a department's name (round r28)
    at = max(found.rfind(c, 0, len(found) - 1) for c in "院局校学司队所站")
    centre = found.rfind("中心", 0, len(found) - 2)
    at = max(at, centre + 1 if centre >= 0 else -1)
    return found[at + 1 :] if len(found) - at - 1 >= 2 else found


def _own_posts(lines: list[str]) -> list[str]:
    return [m.group() for line in lines for m in _OWN_POST.finditer(line)]


def _committee_post(text: str, at: int, post: str) -> bool:
    """Whether the post is a seat on a Party branch's committee (支部宣传委员, 组织委员, 纪检委员): one holds it
    beside one's office, so an office in the title or signature does not contradict it."""
    return post.endswith(("宣传委员", "组织委员", "纪检委员", "青年委员", "统战委员", "支委委员")) or (
        post.endswith("委员") and "支部" in text[max(0, at - 4) : at + len(post)]
    )


def _same_post(claimed: str, own: str) -> bool:
    """书记 claimed and 党委书记 held are one post; 副总经理 and 总经理, 院长 and 党委书记 are not."""
    if claimed == own:
        return True
    if ("副" in claimed) != ("副" in own):
        return False
    if "党组" in claimed + own and {claimed[-2:], own[-2:]} & {"局长", "主任", "厅长", "部长"}:
        return True  # a government body's 党组书记 is as a rule its head: 局长 and 党组书记 are one person
    return claimed.endswith(own) or own.endswith(claimed)


@code_rule(
    "R119",
    "other-post-claimed",
    "residue",
    "warning",
    "“{match}”与材料开头或落款的职务“{own}”不符，疑似照搬他人材料后未改全",
    "以“作为××”自称的职务应与标题、署名中的职务一致；写成别人的职务，多半是拿同事或前任的材料改的。",
    bad=[
        # a unit's head claimed at another unit; a manager's claimed union chair (round r28)
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县人民医院院长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[县疾控中心]主要负责人，我推动不力。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川燃气有限公司副总经理 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为公司[工会主席]，我推动不力。"
        ),
        variant("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[交通运输局副局长]，"),
        variant("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[县公路事业发展中心主任]，"),
        variant(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪。作为物理教研组组长，我听课少；作为[化学]教师，我批改作业不及时。",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局建设科科长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我所在的[规划科]承担的项目推进缓慢。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县实验中学 王建国")
        .replace("按照县委要求，", "按照县委要求，结合本人担任初二语文教师的实际，")
        .replace("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪，在[数学]课堂上回避难点。"),
        GOOD.replace("宁川县交通运输局局长 王建国", "路桥公司第三项目部 技术经理 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[项目经理]，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局副局长 王建国")
        .replace("按照县委要求，", "按照县委要求，结合分管的公路建设和安全生产工作，")
        .replace("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为分管[水路运输]的副局长，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通投资集团有限公司党委领导班子").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪，作为[县委书记]时的干劲有所减弱。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "市农业科学院果树研究所所长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[院党组成员]，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "溪口镇供销合作社 农资经营部经理 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[社主任]，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县人民医院骨科 党员 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[眼科]的一名医生，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县公安局交警大队二中队 民警 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我们[一中队]全年查处酒驾12起，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县财政局预算股 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我在[国库股]工作多年，"
        ),
        # a works' shop, a community's numbered grid (r27, residue27)
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县纺织有限公司细纱车间党支部 副主任 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我现任[织布车间]副主任，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "（社区党支部委员、第2网格网格长 王建国）").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我所在的[第4网格]有独居老人12人，"
        ),
        variant("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[分管副局长]，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县实验中学党支部 党员 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[分管教学的副校长]，对年级组关心不够，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局副局长 王建国")
        .replace("按照县委要求，", "按照县委要求，结合分管的公路建设和安全生产工作，")
        .replace("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为分管[水上交通]工作的局领导，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县公安局城关派出所党支部 王建国")
        .replace("按照县委要求，", "按照县委要求，结合自己在社区警务队长岗位上的工作实际，")
        .replace("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[所长]，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县档案馆副馆长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[县图书馆馆长]，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县档案馆馆长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[县图书馆]馆长，"
        ),
        # the post the opening claims (我作为协会会员部部长) where the lines name none; a deputy head (r26)
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县物流协会党支部 党员 王建国")
        .replace("按照县委要求，", "按照县委要求，我作为协会会员部部长，")
        .replace("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我作为[协会办公室主任]，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局副局长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[局办公室主任]，"
        ),
    ],
    good=[
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县人民医院院长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为县人民医院主要负责人，我推动不力。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川燃气有限公司党委副书记、副总经理 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为公司工会主席，我推动不力。"
        ),
        GOOD,
        variant("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为局长，"),
        variant("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为班子成员，"),
        variant("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为局党组书记，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局建设科副科长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为支部宣传委员，支部宣传栏只更新了3次。"
        ),
        variant(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪。作为物理教研组组长，我听课少，对化学教师的实验课指导也不够。",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局建设科科长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我所在的建设科承担的项目推进缓慢。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县纺织有限公司细纱车间党支部 副主任 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我现任细纱车间副主任，对织布车间的配合不够，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "（社区党支部委员、第2网格网格长 王建国）").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。我所在的第2网格有独居老人12人，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县实验中学 王建国")
        .replace("按照县委要求，", "按照县委要求，结合本人担任初二语文教师的实际，")
        .replace("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪，在语文课堂上回避难点。"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局副局长 王建国")
        .replace("按照县委要求，", "按照县委要求，结合分管的公路建设和安全生产工作，")
        .replace("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为分管安全生产的副局长，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "中共宁川县委领导班子").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪，作为县委书记，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通投资集团有限公司党委领导班子").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪，曾作为县委书记的同志干劲有所减弱。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县人民医院副院长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为院党委委员，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县第一中学副校长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为校党委委员，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县人民医院骨科 党员 王建国").replace(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪。作为骨科的一名医生，我对眼科会诊的请求回应不及时，",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县财政局预算股 王建国").replace(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪。我在预算股工作多年，对国库股退回的凭证过问少，",
        ),
        variant("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为局长，我对分管副局长压担子不够，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通运输局副局长 王建国")
        .replace("按照县委要求，", "按照县委要求，结合分管的公路建设和安全生产工作，")
        .replace("一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为分管公路工作的局领导，"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县实验中学党支部 党员 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。对分管教学的副校长提的意见回应不及时，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县人民医院院长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为县医院院长，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县物流协会党支部 党员 王建国")
        .replace("按照县委要求，", "按照县委要求，我作为协会会员部部长，")
        .replace(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪。作为会员部部长，协会办公室主任交办的事拖了两周。",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通科学研究所副所长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为副所长，"
        ),
    ],
)
def other_post_claimed(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    yield from _other_subject(ctx, rule)
    declared = _declared(ctx)
    found = list(_other_department_claimed(ctx, rule, declared))
    yield from found
    lines = own_lines(ctx)
    yield from _place_head_claimed(ctx, rule, lines)
    yield from _other_organ_member(ctx, rule, lines)
    opening = _opening_claims(ctx)
    own = _own_posts(lines) or _own_posts(declared) or [m.group("post") for m in opening[:1]]
    fields = _declared_fields(ctx)
    yield from _other_field_claimed(ctx, rule, fields)
    managers = [o for o in _own_posts(lines) if _MANAGER.search(o)]
    if managers and not any("书记" in o or "工会" in o for o in _own_posts(lines) + declared):
        for m in _UNION_CHAIR.finditer(text, ctx.outline.title_end):
            yield rule.finding(text, m.start("post"), m.end("post"), (managers[0],), own="、".join(managers))
    for m in _HEAD_CLAIMED.finditer(text, ctx.outline.title_end):
        if _other_unit_claimed(m.group("unit"), lines + declared):
            yield rule.finding(text, m.start("unit"), m.end("unit"), own="、".join(dict.fromkeys(lines[:1])))
    if not own:
        yield from _post_of_a_member(ctx, rule, lines + declared)
        return
    for m in _CLAIMED_POST.finditer(text, ctx.outline.title_end):
        post = m.group("post")
        if any(f.start <= m.start("post") < f.end + 2 for f in found):
            continue  # the department claimed is reported already
        if _committee_post(text, m.start("post"), post) and not any("书记" in o or "委员" in o for o in own):
            continue  # 作为支部宣传委员 beside 副科长: a branch committee's post is held beside one's office (r20)
        # the field, or an office overseen read as the unit (作为分管综合办公室的副主任, r23)
        at = "field" if m.group("field") else "unit"
        field = m.group(at) if at == "field" or (m.group("unit") or "").startswith("分管") else None
        field_start = m.start(at) + (2 if at == "unit" else 0)
        field = field[2:] if field and at == "unit" else field
        stray = bool(field and fields and not any(field in f or f in field for f in fields))
        if not any(_same_post(post, o) for o in own):
            mine = tuple(dict.fromkeys(own))
            start, end, fixes = _post_fixes(text, m, mine)
            if field and not (fields and not stray):
                # a colleague's post with its field (作为分管综合科的副主任 of a 副院长): the field is the colleague's
                # too unless the opening declares it; no fix keeps it (r24)
                fixes = tuple(f for f in fixes if field not in f)
            unit = m.group("unit") or ""
            if (
                len(unit) >= 3
                and not unit.startswith("分管")
                and not any(unit in x for x in lines + declared)
            ):
                # and the colleague's unit before it (作为市委组织部分管…的副部长 in 市直机关工委's material): r24
                fixes = tuple(f for f in fixes if unit not in f)
                # the own post with the own unit's kind before it (县文化馆馆长 → 中心主任: r25, residue25)
                kinds = [
                    k.group(1) for x in lines for k in _KIND_BEFORE_POST.finditer(x) if k.group(2) == mine[0]
                ]
                fixes = tuple(dict.fromkeys((*(k + mine[0] for k in kinds[:1]), *fixes)))
            # the post as the opening claims it, with its unit (我作为协会会员服务部部长: r26, residue26)
            said = [
                text[c.start() + len("作为") : c.end("post")] for c in opening if c.group("post") == mine[0]
            ]
            fixes = tuple(dict.fromkeys((*said[:1], *fixes)))
            if (deputy := _DEPUTY_HEAD.fullmatch(mine[0])) is not None and field is None:
                # a deputy head speaks of himself as the unit's leader in charge (副院长 → 分管院领导: r26); a claim
                # with a field keeps it with the own post (分管农田水利的副局长) instead
                fixes = (*fixes, "分管" + deputy.group(1) + "领导")
            if (
                stray and "副" in mine[0]
            ):  # the field too is a colleague's: the own fields before the own post
                head = text[start:field_start]
                fixes = (*(head + f + "的" + mine[0] for f in _field_fixes(fields)), *fixes)
            yield rule.finding(text, start, end, fixes, own=said[0] if said else "、".join(mine))
        elif _other_unit_claimed(m.group("unit") or "", lines + declared):
            # the own post at another unit (作为县图书馆馆长 in a 档案馆馆长's material: round r25, residue25)
            yield rule.finding(text, m.start("unit"), m.end("unit"), own="、".join(dict.fromkeys(lines[:1])))
        elif stray:
            yield rule.finding(
                text,
                field_start,
                field_start + len(field or ""),
                _field_fixes(fields),
                own="分管" + "、".join(dict.fromkeys(fields)),
            )


# the kind of unit right before a post in an author's line (地方志编纂中心主任 → 中心, 主任)
_KIND_BEFORE_POST = re.compile(
    r"(中心|医院|学校|公司|集团|局|院|校|所|站|馆|队|厂|场|社|办|会)(" + _POSTS + ")"
)


# a deputy head of a unit (副院长, 副局长): he calls himself 分管院领导, 分管局领导
_DEPUTY_HEAD = re.compile(r"副([院局校所站馆厅处])长")
# the author's own claim of his post in the opening (我作为协会会员服务部部长，对照…)
_SELF_CLAIM = re.compile(r"(?:我|本人)(?P<作为>作为)")


def _opening_span(ctx: ReviewContext) -> tuple[int, int]:
    """The opening: the preamble, or with none the first of the three paragraphs after the title that is no short
    line; (0, 0) when there is none."""
    o = ctx.outline
    if o.preamble_start is not None and o.preamble_end is not None:
        return o.preamble_start, o.preamble_end
    after = [p for p in o.document.paragraphs if p.start >= o.title_end]
    first = next((p for p in after[:3] if p.end - p.start > _OWN_LINE_MAX), None)
    return (first.start, first.end) if first else (0, 0)


def _opening_claims(ctx: ReviewContext) -> list[re.Match[str]]:
    """The posts the author claims for himself (我作为…) in the opening, when his lines name none (r26)."""
    start, end = _opening_span(ctx)
    text = ctx.text
    claims = []
    for m in _SELF_CLAIM.finditer(text, start, end):
        c = _CLAIMED_POST.match(text, m.start("作为"))
        if c is not None and not _committee_post(text, c.start("post"), c.group("post")):
            claims.append(c)
    return claims


def _other_unit_claimed(unit: str, lines: list[str]) -> bool:
    """Whether a unit claimed with the own post (作为县图书馆馆长) names another unit than the author's lines:
    a named unit (a level and a name, three characters at least) none of whose characters stand in order in
    a line."""
    if len(unit) < 4 or unit.startswith("分管") or not re.match(r"[省市县区州旗镇乡]", unit):
        return False

    def in_order(short: str, long: str) -> bool:
        it = iter(long)
        return all(c in it for c in short)

    return not any(in_order(unit[1:], line) for line in lines)


def _field_fixes(fields: list[str]) -> tuple[str, ...]:
    """The declared fields a claim's stray field is offered (r23): the first, the first two, all of them."""
    fields = list(dict.fromkeys(fields))
    return tuple(
        dict.fromkeys(
            (
                fields[0],
                "和".join(fields[:2]),
                "、".join(fields[:-1]) + "和" + fields[-1] if len(fields) > 2 else "和".join(fields),
            )
        )
    )


def _post_fixes(text: str, m: re.Match[str], mine: tuple[str, ...]) -> tuple[int, int, tuple[str, ...]]:
    """The span of R119's fix and what it offers (round r15): the claimed posts (党委书记、董事长, the second
    one too), replaced by the own ones as written before them, then by the own ones alone after 作为 (作为一名
    教导员 → 作为所长, 作为协会会长 → 作为党支部书记、秘书长: the unit and 一名 of the copied claim go with it)
    and by the last of them (党委副书记、总经理 → 集团总经理, 总经理); a 分管…的 field is kept only before a deputy's post
    (作为分管财务的副总经理 → 作为总经理 for a 总经理)."""
    end = m.end("post")
    while (more := _NEXT_POST.match(text, end)) is not None:
        end = more.end()
    joined = "、".join(mine)
    last = joined.split("、")[-1]
    start = m.start() + len("作为")
    if start == m.start("post"):
        return start, end, tuple(dict.fromkeys((*mine, joined, last)))
    head = text[start : m.start("field") - len("分管")] if m.group("field") else text[start : m.start("post")]
    kept = text[start : m.start("post")]
    first = kept + joined if joined.startswith("副") else head + joined
    return start, end, tuple(dict.fromkeys((first, joined, head + last, last)))


def _declared_fields(ctx: ReviewContext) -> list[str]:
    """The fields the author says in the opening he oversees (分管的食品安全、特种设备安全…工作); with no
    preamble, the first paragraph that is no short line (round r18)."""
    start, end = _opening_span(ctx)
    if start == end:
        return []
    return [
        f
        for m in _DECLARED_FIELDS.finditer(ctx.text, start, end)
        for f in _FIELD_SPLIT.split(m.group("fields"))
        if len(f) >= 2 and not _NO_FIELD.search(f)
    ]


# words after 分管 that name who or what is overseen, no field (分管处室, 分管单位, 分管领域, round r18)
_NO_FIELD = re.compile(r"^(?:处室|科室|单位|部门|领域|干部|同志|人员|工作|范围|口|片区|的)")
# a field claimed with 作为 and a post or 领导 (作为分管畜牧兽医工作的厅领导, round r18)
_FIELD_CLAIM = Prefiltered(
    re.compile(
        r"作为(?:一名)?分管(?P<field>[\u4e00-\u9fff、和]{2,12}?)(?:工作|领域)?的"
        r"(?:[\u4e00-\u9fff]{0,3}?(?:领导|负责人|班子成员)|" + _POSTS + ")"
    )
)


def _field_agrees(claimed: str, declared: str) -> bool:
    """种业 and 种业管理, 农机 and 农业机械化: one field (the shorter's characters in order in the longer)."""
    short, long = sorted((claimed, declared), key=len)
    if short[0] != long[0]:
        return False
    it = iter(long)
    return all(c in it for c in short)


def _other_field_claimed(ctx: ReviewContext, rule: Rule, fields: list[str]) -> Iterator[Finding]:
    """作为分管畜牧兽医工作的厅领导 when the opening says the author oversees 种业管理和农业机械化 (round r18):
    a colleague's field kept. Posts R119 reads below are left to it."""
    if not fields:
        return
    text = ctx.text
    for m in _FIELD_CLAIM.finditer(text, ctx.outline.title_end):
        claimed = [f for f in _FIELD_SPLIT.split(m.group("field")) if len(f) >= 2]
        if not claimed or _CLAIMED_POST.match(text, m.start()):
            continue
        if any(_field_agrees(c, f) for c in claimed for f in fields):
            continue
        yield rule.finding(
            text, m.start("field"), m.end("field"), own="分管" + "、".join(dict.fromkeys(fields))
        )


# an author who names himself an ordinary member (党员林晓红, 普通党员, 教师) and no post (round r18)
_MEMBER = re.compile(
    r"(?<!领导)(?:普通)?党员(?!领导|干部|大会|代表)|(?:专任|一线)?教师|(?<![领导部])(?:职工|员工|科员)"
)


def _post_of_a_member(ctx: ReviewContext, rule: Rule, lines: list[str]) -> Iterator[Finding]:
    """作为分管教学的副校长 in the material of a teacher whose head names him 党员 and no post: the oversight of a
    field (分管) is a leader's, copied from a colleague's material."""
    member = next((m.group() for line in lines for m in _MEMBER.finditer(line)), None)
    if member is None:
        return
    text = ctx.text
    for m in _CLAIMED_POST.finditer(text, ctx.outline.title_end):
        if "分管" not in m.group() or ("副" not in m.group("post") and m.group("field") is None):
            continue
        yield rule.finding(text, m.start() + len("作为"), m.end("post"), own=member)


# a member of one organ's Party committee claimed (作为院党组成员), against the author's own unit, the last
# one his lines name before his post (文学研究所 in 省社会科学院文学研究所所长): 院, 校, 局, 所 or 厂
_ORGAN_MEMBER = Prefiltered(
    re.compile(r"作(?<![曾原前]作)为(?P<org>[院校局所厂])(?:党委|党组|党总支)(?:成员|委员)")
)
_UNIT_ORGAN = re.compile(
    r"(?:医院|学院|研究院|科学院|卫生院|法院|检察院|学校|中学|小学|大学|研究所|局|所|厂)"
)
_ORGAN_OF = {"学校": "校", "中学": "校", "小学": "校", "大学": "校", "研究所": "所"}


def _own_organ(lines: list[str]) -> str | None:
    """The organ char of the author's innermost unit (所 for 省社会科学院文学研究所所长), None if unknown."""
    for line in lines:
        post = _OWN_POST.search(line)
        if post is None:
            continue
        units = list(_UNIT_ORGAN.finditer(line, 0, post.start()))
        if units:
            word = units[-1].group()
            return _ORGAN_OF.get(word, word[-1])
    return None


def _other_organ_member(ctx: ReviewContext, rule: Rule, lines: list[str]) -> Iterator[Finding]:
    own = None
    for m in _ORGAN_MEMBER.finditer(ctx.text, ctx.outline.title_end):
        own = own or _own_organ(lines)
        if own is not None and m.group("org") != own:
            yield rule.finding(ctx.text, m.start("org"), m.end(), own=lines[0])


_UNIT_WORDS = (
    "公司",
    "集团",
    "局",
    "医院",
    "学校",
    "学院",
    "大学",
    "中学",
    "小学",
    "中心",
    "银行",
    "所",
    "馆",
    "站",
)


def _place_head_claimed(ctx: ReviewContext, rule: Rule, lines: list[str]) -> Iterator[Finding]:
    """作为区委书记 in a company's or a bureau's material: the place committee's material it was copied from."""
    joined = "".join(lines)
    if not joined or not any(w in joined for w in _UNIT_WORDS):
        return
    for m in _PLACE_HEAD.finditer(ctx.text, ctx.outline.title_end):
        level = m.group("org") or m.group("gov")
        if level + "委" in joined or level + "党委" in joined or level + "政府" in joined:
            continue
        if level in "镇乡" and level in joined:
            continue
        yield rule.finding(ctx.text, m.start() + 2, m.end(), own=lines[0])


# ---- R121: another year's framework ---------------------------------------------------------------

_SLOGAN = re.compile(r"[一二三四五六七八九十]个带头")
_FOLLOWING = re.compile(
    r"(?:对照|围绕|紧扣|聚焦|按照|结合|突出|从|对标|依照|根据|落实|以|按)[“\"]?([一二三四五六七八九十]个带头)"
    # the slogan as the meeting's requirement, whatever verb stands before it (round r21)
    r"|“([一二三四五六七八九十]个带头)”(?=的?(?:要求|方面|内容|为重点|为主题|为主线|为对照))"
)
_BACK = re.compile(r"上年|去年|上一年|上次|以往|此前|往年|曾|整改|回头看")
_BACK_MEETING = re.compile(r"(20\d{2})\s*年度?(?:民主生活会|组织生活会)")
_HEADING_ASPECT_MIN = 6
# what a pack of no slogan has its members measure themselves against, in its name (对照六项纪律)
_PACK_THEME = re.compile(r"对照([\u4e00-\u9fff]{2,10})[）)]")


def _slogan(fw: Framework) -> str | None:
    m = _SLOGAN.search(fw.name) or _SLOGAN.search(" ".join(fw.title_keywords))
    return m.group() if m else None


def _phrases(fw: Framework) -> set[str]:
    return {p for a in fw.aspects for p in (a.name, *(a.aliases or ()))}


@code_rule(
    "R121",
    "other-year-framework",
    "residue",
    "warning",
    "“{match}”是{other}的要求，与本材料对照的框架（{framework}）不符，疑似沿用往年材料",
    "每年民主生活会、组织生活会的对照要求不同（2022年度“六个带头”，2024年度“四个带头”，2025年度“五个带头”）；"
    "对照了别的年度的要求或沿用了别的年度的方面标题，多半是照搬往年材料。",
    bad=[
        variant("按照县委要求，", "按照县委要求，对照“[四个带头]”，"),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委关于召开2025年度民主生活会的要求，我紧扣“[六个带头]”，"
        ),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "（一）在理论学习方面。", "（一）在[带头严守政治纪律和政治规矩]方面。"
        ),
    ],
    good=[
        GOOD,
        variant("按照县委要求，", "按照县委要求，对照去年“四个带头”查摆问题的整改情况，"),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2025年度").replace(
            "按照县委要求，", "按照县委要求，对照2024年度民主生活会上“四个带头”查摆的问题，"
        ),
    ],
)
def other_year_framework(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    fw = ctx.framework
    if fw is None or fw.year is None:
        return
    text = ctx.text
    own = _slogan(fw)
    others = {s: f for f in ctx.frameworks.values() if f.id != fw.id and (s := _slogan(f))}
    for m in _FOLLOWING.finditer(text):
        group = 1 if m.group(1) else 2
        slogan = m.group(group)
        if slogan == own or slogan not in others:
            continue
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        end = text.find("。", m.end())
        end = end if end > 0 else len(text)
        # a look back before the slogan, or in its own clause after it (round r21: 围绕“六个带头”，…明确整改
        # 方向 names this year's meeting; the 整改 of a later clause is no look back)
        clause = min((k for c in "，；：" if (k := text.find(c, m.end(), end)) >= 0), default=end)
        if (
            _BACK.search(text, start, m.start())
            or _BACK.search(text, m.end(), clause)
            or any(int(y) < fw.year for y in _BACK_MEETING.findall(text, start, end))
        ):
            continue  # last year's rectification or meeting, named rightly (this year's meeting is none)
        a, b = m.start(group), m.end(group)
        fixes: tuple[str, ...] = (own,) if own else ()
        theme = _PACK_THEME.search(fw.name) if not own else None
        if theme:  # a pack of no slogan (组织生活会（对照六项纪律）): its theme, the quotes going with the slogan (r23)
            quoted = text[a - 1 : a] == "“" and text[b : b + 1] == "”"
            a, b = a - quoted, b + quoted
            fixes = (theme.group(1), f"“{theme.group(1)}”")
        yield rule.finding(text, a, b, fixes, match=slogan, other=others[slogan].name, framework=fw.name)
    for item in ctx.outline.items():
        if item.aspect:
            continue
        heading = text[item.heading_start : item.heading_end]
        found = foreign_heading_phrase(ctx, heading)
        if found is not None:
            k, phrase, f = found
            yield rule.finding(
                text,
                item.heading_start + k,
                item.heading_start + k + len(phrase),
                own_aspects_for(ctx, item),
                other=f.name,
                framework=fw.name,
            )


def own_aspects_for(ctx: ReviewContext, item: Item) -> tuple[str, ...]:
    """The own framework's aspects a copied problem heading may stand for: those no problem heading maps
    to, the one in the heading's own place first (the second heading of a 2025 material copied from 2024
    keeps 带头增强党性、严守纪律、砥砺作风 where 带头固本培元、增强党性 belongs), at most three."""
    fw = ctx.framework
    if fw is None:
        return ()
    problems = ctx.items("problems")
    present = {i.aspect for i in problems if i.aspect}
    own = [a.name for a in fw.aspects if not a.placeholder]
    missing = [name for name in own if name not in present]
    k = next((n for n, i in enumerate(problems) if i is item), -1)
    placed = [own[k]] if 0 <= k < len(own) and own[k] in missing else []
    return tuple(dict.fromkeys(placed + missing))[:3]


def foreign_heading_phrase(ctx: ReviewContext, heading: str) -> tuple[int, str, Framework] | None:
    """A `带头…` aspect phrase of another year's pack of the same meeting inside an unmapped heading:
    (its offset in the heading, the phrase, the pack), or None (R121; R150 stands aside for it)."""
    fw = ctx.framework
    if fw is None or fw.year is None or not _slogan(fw):
        return None
    mine = _phrases(fw)
    for f in ctx.frameworks.values():
        if f.id == fw.id or f.meeting != fw.meeting or not _slogan(f):
            continue
        for p in _phrases(f):
            if (
                p.startswith("带头")
                and len(p) >= _HEADING_ASPECT_MIN
                and not any(p in q or q in p for q in mine)
            ):
                k = heading.find(p)
                if k >= 0:
                    return k, p, f
    return None


# ---- R122: the material's date and meeting against its title -------------------------------------

_DIGIT_CHARS = {c: str(k) for k, c in enumerate("〇一二三四五六七八九")} | {
    "○": "0",
    "零": "0",
    "O": "0",
    "０": "0",
}
DATE_LINE = re.compile(
    r"^[\s（(]*(?P<year>20\d{2}|二[〇○零O０][一二三四五六七八九〇○零O０]{2})\s*年\s*"
    r"(?P<month>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})\s*日)?[\s）)]*$"
)
_TITLE_OWN_YEAR_DU = re.compile(r"(20\d{2})\s*年度")
_TITLE_OWN_YEAR = re.compile(r"(20\d{2})\s*年")
_MEETINGS = ("民主生活会", "组织生活会")
_THIS_MEETING = re.compile(r"(?:本次|这次|此次)[^，。；\n]{0,12}?(民主生活会|组织生活会)")


def year_of(written: str) -> int:
    return int("".join(_DIGIT_CHARS.get(c, c) for c in written))


def _signed_early(ctx: ReviewContext, rule: Rule, year: int) -> Iterator[Finding]:
    """A signature dated in the material's year but before its meeting can be held (round r16: a 2024年度
    material signed in January 2024, a second-batch 主题教育 material signed in January 2023): the date is
    a year early; the same date a year on is offered where it falls in the meeting's time."""
    from mingjing.rules.meeting_window import earliest, signed

    first = earliest(ctx)
    if first is None:
        return
    text = ctx.text
    for start, end, y, month in signed(ctx):
        if y < year or (y, month) >= first:
            continue  # a year before the material's is reported above
        line = text[start:end]
        lead = len(line) - len(line.lstrip(" \t\u3000（("))
        stop = len(line.rstrip(" \t\u3000）)"))
        written = DATE_LINE.match(line)
        fixes: tuple[str, ...] = ()
        if written and written.group("year").isdigit() and (y + 1, month) >= first and month <= 3:
            fixes = (str(y + 1) + line[written.end("year") : stop],)
        yield rule.finding(text, start + lead, start + stop, fixes, title=ctx.outline.title.strip())


def _moved_into_window(ctx: ReviewContext, line: str, m: re.Match[str], year: int) -> tuple[str, ...]:
    """A date line of an earlier year than the material's, its month and day kept and its year made the one
    that puts it in the meeting's time (round r19: a 2025年度 material signed 2024年12月25日 → 2025年12月25日,
    a 2024 党纪学习教育 one signed 2023年8月20日 → 2024年8月20日); nothing where no such year is one."""
    from mingjing.rules.meeting_window import earliest

    first = earliest(ctx)
    written = m.group("month")
    month = int(written) if written.isdigit() else parse_chinese_number(written)
    if first is None or month is None or not m.group("year").isdigit():
        return ()
    for y in (year, year + 1):
        if (y, month) >= first and (y == year or month <= _EARLY_MONTHS):
            return (str(y) + line[m.end("year") :],)
    return ()


_EARLY_MONTHS = 3  # a 年度 meeting is held by the end of March of the next year


def material_year(ctx: ReviewContext) -> int | None:
    """The year the title names (2025年度), else the framework's."""
    m = _TITLE_OWN_YEAR_DU.search(ctx.outline.title) or _TITLE_OWN_YEAR.search(ctx.outline.title)
    if m:
        return int(m.group(1))
    fw = ctx.framework
    return fw.year if fw is not None else None


@code_rule(
    "R122",
    "date-or-meeting-mismatch",
    "residue",
    "warning",
    "“{match}”与标题（{title}）不符，疑似沿用往年或别的会议的材料后未改全",
    "落款日期早于材料的年度，或者正文说“本次民主生活会”而标题是组织生活会（反之亦然），多半是拿往年或别的会议的材料改的。",
    bad=[
        GOOD + "\n以上对照检查，请同志们批评指正。\n王建国\n[2022年12月]",
        variant("按照县委要求，", "按照县委要求，为开好本次[组织生活会]，"),
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度")
        + "\n以上对照检查，请同志们批评指正。\n王建国\n[2024年1月10日]",
        GOOD.replace("王建国2023年度主题教育专题", "王建国第二批主题教育专题")
        + "\n以上对照检查，请同志们批评指正。\n王建国\n[2023年1月10日]",
        GOOD.replace("王建国2023年度主题教育专题民主生活会个人对照检查材料", "个人对照检查材料").replace(
            "按照县委要求，", "按照县委关于召开2023年度民主生活会的通知要求，"
        )
        + "\n以上对照检查，请同志们批评指正。\n王建国\n[2023年1月10日]",
    ],
    good=[
        GOOD + "\n以上对照检查，请同志们批评指正。\n王建国\n2024年1月10日",
        GOOD + "\n以上对照检查，请同志们批评指正。\n王建国\n二〇二三年十二月",
        GOOD.replace("王建国2023年度主题教育专题", "王建国2024年度")
        + "\n以上对照检查，请同志们批评指正。\n王建国\n2025年1月10日",
        GOOD.replace("王建国2023年度主题教育专题", "王建国第二批主题教育专题")
        + "\n以上对照检查，请同志们批评指正。\n王建国\n2024年1月10日",
        GOOD.replace("王建国2023年度主题教育专题民主生活会个人对照检查材料", "个人对照检查材料").replace(
            "按照县委要求，", "按照县委关于召开2023年度民主生活会的通知要求，"
        )
        + "\n以上对照检查，请同志们批评指正。\n王建国\n2024年1月10日",
        variant("按照县委要求，", "按照县委要求，为开好本次民主生活会，我参加了支部组织生活会，"),
    ],
)
def date_or_meeting_mismatch(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    o = ctx.outline
    text = ctx.text
    year = material_year(ctx)
    if year is not None:
        after = [p for p in o.document.paragraphs if p.start >= o.title_end]
        for p in after[:1] + after[-2:]:
            line = text[p.start : p.end]
            m = DATE_LINE.match(line)
            if m and year_of(m.group("year")) < year:
                lead = len(line) - len(line.lstrip(" \t\u3000（("))
                end = len(line.rstrip(" \t\u3000）)"))
                fixes = _moved_into_window(ctx, line[:end], m, year)
                yield rule.finding(text, p.start + lead, p.start + end, fixes, title=o.title)
        yield from _signed_early(ctx, rule, year)
    kinds = [k for k in _MEETINGS if k in o.title]
    if len(kinds) != 1:
        return
    for m in _THIS_MEETING.finditer(text, o.title_end):
        if m.group(1) != kinds[0]:
            yield rule.finding(text, m.start(1), m.end(1), (kinds[0],), title=o.title)
