"""The own unit's identity against what the text says it is (round r13b, docs/review-copy-traces.md).

A material copied from another unit keeps words only that unit could write: another organ in the own
organ's closing frame (`推动县政协各项工作再上新台阶` in a 人大常委会's material, R141), another
department's system (`作为全市财政系统的重要部门` in a 统计局's, R142), another company in the own
company's governing bodies (`向鑫达公司管理层反映` in 鸿泰精密机械有限公司's, R143), another kind of
unit (`作为国有企业党支部` where the branch is a 非公企业's, `作为机关党支部` in a 村's, R144) and the
author's status (`作为在职党员` signed by a member of a 离退休干部党支部, R145).

The own unit's organ, department, kind and status are read from the author's lines (the title, the
lines under it, the signature: `copy_traces.own_lines`); ownership (国有/非公) also from the rest of the
text. What the lines do not tell is never guessed: the rule stays quiet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.own_unit_frames import FRAME_PREFIXES, frames, in_order
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import team_variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_AT = "每月专题学习数字化知识1次。"
_IN = "一是遇到难题有畏难情绪。"

# ---- R141: another organ in the own organ's frame ------------------------------------------------

# the organs of a place by the words that name them (longest first), each with its kind
_ORGANS = {
    "人大常委会": "人大",
    "人大": "人大",
    "政协": "政协",
    "中级人民法院": "法院",
    "人民法院": "法院",
    "法院": "法院",
    "人民检察院": "检察院",
    "检察院": "检察院",
    "纪委监委": "纪委",
    "纪委": "纪委",
    "监委": "纪委",
    "政法委": "政法委",
    "人民政府": "政府",
    "政府": "政府",
}
_ORGAN_WORDS = sorted(_ORGANS, key=len, reverse=True)
_ORGAN_UNIT = (
    r"(?P<unit>(?P<name>(?:[\u4e00-\u9fff]{0,4}?[省市县区州旗](?:委)?)?)"
    rf"(?P<suffix>{'|'.join(_ORGAN_WORDS)}))"
)
_ORGAN_FRAMES = Prefiltered(frames(_ORGAN_UNIT))
_ORGAN_LINE = re.compile("|".join(_ORGAN_WORDS))
# an organ's own contribution, named by its short word (贡献人大力量, 彰显政协担当, 展现检察作为)
_ORGAN_SHARE = Prefiltered(
    re.compile(
        r"(?:贡献|展现|彰显|体现|发出|凝聚|汇聚|奉献)(?P<unit>(?P<suffix>人大|政协|法院|检察|纪检监察|纪检|监察))"
        r"(?:力量|智慧|担当|作为|声音|共识|贡献)"
    )
)
_SHARE_KINDS = {"检察": "检察院", "纪检监察": "纪委", "纪检": "纪委", "监察": "纪委"}
# a 政法委 leads the courts and procurators: their names in its frames are its own work
_LEADS = {"政法委": {"法院", "检察院"}}


_SHARE_WORD = {"人大": "人大", "政协": "政协", "法院": "法院", "检察院": "检察", "纪委": "纪检监察"}


def _own_organ(lines: list[str]) -> str | None:
    kinds = {_ORGANS[m.group()] for line in lines for m in _ORGAN_LINE.finditer(line)}
    return kinds.pop() if len(kinds) == 1 else None


@code_rule(
    "R141",
    "other-organ-as-own",
    "residue",
    "warning",
    "“{match}”与本材料的机关（{own}）不是同一个机关：只有本机关才能这样写，疑似照搬其他机关的材料后未改",
    "人大、政协、法院、检察院、纪委监委、政府的材料，结尾“推动××各项工作再上新台阶”“作为××的一名党员”"
    "“贡献××力量”里只能是自己；写成别的机关，多半是拿别的机关的材料改的。",
    bad=[
        GOOD.replace(_SIGN, "宁川县人大常委会副主任 王建国").replace(
            _AT, "每月专题学习数字化知识1次，推动[县政协]各项工作再上新台阶。"
        ),
        GOOD.replace(_SIGN, "宁川县人民检察院副检察长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为[县人民法院]的一名党员干部，"
        ),
        GOOD.replace(_SIGN, "宁川县政协副主席 王建国").replace(
            _AT, "每月专题学习数字化知识1次，为建设美丽宁川贡献[人大]力量。"
        ),
    ],
    good=[
        GOOD.replace(_SIGN, "宁川县人大常委会副主任 王建国").replace(
            _AT, "每月专题学习数字化知识1次，推动县人大各项工作再上新台阶。"
        ),
        GOOD.replace(_SIGN, "宁川县人民检察院副检察长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为县人民检察院的一名党员干部，与县人民法院沟通不够。"
        ),
        GOOD.replace(_AT, "每月专题学习数字化知识1次，推动县政协委员提案办理再上新台阶。"),
        GOOD.replace(_SIGN, "宁川县政协副主席 王建国").replace(
            _AT, "每月专题学习数字化知识1次，为建设美丽宁川贡献政协力量。"
        ),
    ],
)
def other_organ_as_own(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    own = _own_organ(own_lines(ctx))
    if own is None:
        return  # the author's lines name no organ, or several
    # the own organ as the lines write it (人大常委会), offered after the frame's place (县)
    written = next(m.group() for line in own_lines(ctx) for m in _ORGAN_LINE.finditer(line))
    for m in _ORGAN_FRAMES.finditer(text, ctx.outline.title_end):
        p = next(p for p in FRAME_PREFIXES if m.group(p + "unit"))
        kind = _ORGANS[m.group(p + "suffix")]
        if kind == own or kind in _LEADS.get(own, ()):
            continue
        unit = m.group(p + "unit")
        if text.count(unit) > 1:
            continue  # an organ the material speaks of, not a leftover
        fix = m.group(p + "name") + written
        yield rule.finding(text, m.start(p + "unit"), m.end(p + "unit"), [fix], own=own)
    for m in _ORGAN_SHARE.finditer(text, ctx.outline.title_end):
        kind = _SHARE_KINDS.get(m.group("suffix"), m.group("suffix"))
        if kind != own and kind not in _LEADS.get(own, ()):
            share = _SHARE_WORD.get(own)
            yield rule.finding(text, m.start("unit"), m.end("unit"), [share] if share else [], own=own)


# ---- R142: another department's system --------------------------------------------------------------

# a department's system → the words by which the own unit belongs to it (its department's name or the
# units it leads); umbrella systems (政法, 宣传, 组织, 统战) hold several departments and are not read
_SYSTEMS = {
    "财政": ("财政",),
    "统计": ("统计",),
    "审计": ("审计",),
    "税务": ("税务",),
    "公安": ("公安",),
    "司法": ("司法",),
    "民政": ("民政",),
    "人社": ("人社", "人力资源", "社会保障"),
    "教育": ("教育", "教体", "学校", "中学", "小学", "学院", "大学", "幼儿园"),
    "卫健": ("卫健", "卫生", "健康", "医院", "疾控"),
    "卫生健康": ("卫健", "卫生", "健康", "医院", "疾控"),
    "水利": ("水利", "水务"),
    "交通": ("交通",),
    "交通运输": ("交通",),
    "农业农村": ("农业", "农村", "农机", "畜牧"),
    "林业": ("林业", "林草", "林场"),
    "自然资源": ("自然资源", "国土", "规划"),
    "生态环境": ("生态", "环境", "环保"),
    "住建": ("住建", "住房", "建设"),
    "商务": ("商务",),
    "文旅": ("文旅", "文化", "旅游", "广电"),
    "应急": ("应急", "安监"),
    "应急管理": ("应急", "安监"),
    "市场监管": ("市场",),
    "医保": ("医保", "医疗保障"),
    "退役军人": ("退役军人",),
    "信访": ("信访",),
    "气象": ("气象",),
    "邮政": ("邮政",),
    "烟草": ("烟草",),
    "发改": ("发改", "发展和改革"),
    "工信": ("工信", "工业和信息化", "经信"),
    "科技": ("科技",),
    "粮食": ("粮食",),
    "档案": ("档案",),
}
# a system is also written by its department's other names (水务 for 水利, 卫健 for 卫生健康, 林草, 环保 …, round
# r16); not by the names of the institutions it leads (学校, 医院) or words of every unit (人力资源, 市场, 建设)
_NOT_SYSTEM_NAMES = frozenset(
    "学校 中学 小学 学院 大学 幼儿园 医院 疾控 林场 建设 健康 卫生 市场 规划 社会保障 人力资源 住房 文化 旅游 广电 农村 "
    "农业 农机 畜牧 环境 生态".split()
)
_SYSTEM_NAMES = {
    name: system
    for system, words in _SYSTEMS.items()
    for name in (*words, system)
    if name == system or (len(name) >= 2 and name not in _NOT_SYSTEM_NAMES)
}
_SYSTEM = Prefiltered(
    re.compile(
        r"(?:作为|我们)(?:全[省市县区州旗]|我[省市县区]|本[省市县区]|[省市县区](?![委政]))?"
        rf"(?P<system>{'|'.join(sorted(_SYSTEM_NAMES, key=len, reverse=True))})(?:行政|主管|职能)?(?P<tail>系统|部门|局(?![长面势部限])|委(?![员托屈]))"
    )
)
# the words of a department in the author's lines (交通运输局, 财政厅, 卫生健康委)
_DEPARTMENT = re.compile(r"局|厅|委(?!员)|办公室|中心|院|站|馆|学校|中学|小学|医院")


def _belongs(system: str, lines: list[str]) -> bool | None:
    """Whether the own unit belongs to `system`; None when its lines name no department of a system."""
    if any(word in line for word in _SYSTEMS[system] for line in lines):
        return True
    for line in lines:
        if _DEPARTMENT.search(line) and any(w in line for words in _SYSTEMS.values() for w in words):
            return False
    return None


@code_rule(
    "R142",
    "other-department-system",
    "residue",
    "warning",
    "“{match}”不是本单位（{own}）所在的系统，疑似照搬其他部门的材料后未改",
    "“作为全市××系统的重要部门”“作为××部门”“我们××系统”里的系统只能是本单位所在的系统；写成别的部门的系统，"
    "多半是拿别的部门的材料改的。",
    bad=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为全县[财政系统]的重要部门，局里对工程款拨付把关不严。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为[审计部门]，局里对工程款拨付把关不严。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为县[财政部门]，局里对工程款拨付把关不严。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为全县[医保主管部门]，局里对工程款拨付把关不严。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为县[卫健委]的班子成员，我对工程款拨付把关不严。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为县[水务部门]，局里对工程款拨付把关不严。"),
    ],
    good=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为全县交通系统的主管部门，局里对工程款拨付把关不严。"),
        GOOD.replace(_SIGN, "宁川县第一中学校长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为全县教育系统的窗口学校，学校对课后服务谋划不够。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为全县政法系统的一员，"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为交通部门，局里对审计部门指出的问题整改不快。"),
        GOOD.replace(
            _IN, "一是遇到难题有畏难情绪。作为县交通运输主管部门，局里对县财政部门指出的问题整改不快。"
        ),
        GOOD.replace(
            _IN, "一是遇到难题有畏难情绪。作为县交通运输局的班子成员，我对县财政局指出的问题整改不快。"
        ),
    ],
)
def other_department_system(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    lines: list[str] | None = None
    for m in _SYSTEM.finditer(text, ctx.outline.title_end):
        if lines is None:
            lines = own_lines(ctx)
        if _belongs(_SYSTEM_NAMES[m.group("system")], lines) is not False:
            continue
        own = next(line for line in lines if _DEPARTMENT.search(line))
        mine = [
            system + m.group("tail")
            for system, words in _SYSTEMS.items()
            if any(w in line for w in words for line in lines)
        ]
        yield rule.finding(text, m.start("system"), m.end(), mine[:1], own=own)


# ---- R143: another company in the own company's governing bodies ------------------------------------

_COMPANY_BODY = Prefiltered(
    re.compile(
        r"(?P<before>[\u4e00-\u9fff]{1,6})(?P<suffix>公司|集团)(?:的)?"
        r"(?:管理层|经营层|经理层|董事会|领导层|高管层|管理团队|领导班子"
        # the own company's Party committee as a team (round r18): 按照市城发集团党委班子成员基层联系点制度
        r"|党委(?:领导)?班子|党委会)"
    )
)
_OWN_COMPANY = re.compile(r"公司|集团")
_PREPOSITIONS = "对向给由被把与和跟同将经在从为请"
_NO_NAME = ("v", "p", "c", "d", "r", "u", "m", "q", "f")
_NOT_A_COMPANY = re.compile(
    r"^(?:子|分|母|总|本|我|该|上级|下属|所属|控股|参股|合作|兄弟|集团|股份|有限|投资|全资|国有|民营|外资|合资|"
    r"各|其他|其它|有关|相关|成员|这家|那家|一家)+$"
)


def _company_name(before: str) -> str:
    """The name at the end of `before`: its last words up to a verb, preposition, pronoun … A last
    word tagged a verb is a name only right after a preposition (向远航公司, not 就提交集团)."""
    import rjieba

    tagged = rjieba.tag(before)
    words: list[str] = []
    for k in range(len(tagged) - 1, -1, -1):
        word, tag = tagged[k]
        verb_after_preposition = (
            not words and tag.startswith("v") and k > 0 and tagged[k - 1][1].startswith("p")
        )
        if not word.strip() or (tag.startswith(_NO_NAME) and not verb_after_preposition):
            break
        words.append(word)
    return "".join(reversed(words))


@code_rule(
    "R143",
    "other-company-as-own",
    "residue",
    "warning",
    "“{match}”与本材料的企业（{own}）不符：{what}，疑似照搬其他企业的材料后未改",
    "企业党组织的材料里“向××公司管理层反映”“提交××集团董事会”说的是本企业；写成别的企业的名字，"
    "多半是拿别的企业的材料改的。",
    bad=[
        GOOD.replace(_SIGN, "宁川县鸿运客运有限公司总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。驾驶员反映的夜班补贴问题，我向[远航公司]管理层提过一次就没有下文。"
        ),
        GOOD.replace(_SIGN, "宁川县交通投资集团有限公司党委").replace(
            _IN, "一是遇到难题有畏难情绪。按照[城发集团]党委班子成员基层联系点制度，每人每季度应到联系点1次。"
        ),
        # a quoted short name of another company of the own trade (r27, residue27)
        GOOD.replace(_SIGN, "（东湖楼宇联合党支部 鼎新物业服务有限公司 客服主管 王建国）").replace(
            _IN, "一是遇到难题有畏难情绪。作为“[安居物业]”的一名员工，我把业绩看得比党员身份重。"
        ),
    ],
    good=[
        GOOD.replace(_SIGN, "宁川县鸿运客运有限公司总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。驾驶员反映的夜班补贴问题，我向公司管理层提过一次就没有下文。"
        ),
        GOOD.replace(_SIGN, "宁川县鸿运客运有限公司总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。驾驶员反映的夜班补贴问题，我向鸿运公司管理层提过一次就没有下文。"
        ),
        GOOD.replace(_SIGN, "宁川县交通投资集团有限公司党委").replace(
            _IN, "一是遇到难题有畏难情绪。按照交投集团党委班子成员基层联系点制度，每人每季度应到联系点1次。"
        ),
        GOOD.replace(_SIGN, "（东湖楼宇联合党支部 鼎新物业服务有限公司 客服主管 王建国）").replace(
            _IN, "一是遇到难题有畏难情绪。作为“鼎新物业”的一名员工，我把业绩看得比党员身份重。"
        ),
        GOOD.replace(_SIGN, "（东湖楼宇联合党支部 鼎新物业服务有限公司 客服主管 王建国）").replace(
            _IN, "一是遇到难题有畏难情绪。作为“党员先锋”的一员，我把业绩看得比党员身份重。"
        ),
    ],
)
def other_company_as_own(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    companies: list[str] | None = None
    for m in _COMPANY_BODY.finditer(text, ctx.outline.title_end):
        if companies is None:
            companies = [line for line in own_lines(ctx) if _OWN_COMPANY.search(line)]
        if not companies:
            return
        name = _company_name(m.group("before")).lstrip(_PREPOSITIONS)  # jieba's 对华 in 对华锐公司
        if len(name) < 2 or _NOT_A_COMPANY.match(name):
            continue
        if any(in_order(name, line) for line in companies):
            continue
        unit = name + m.group("suffix")
        if text.count(name) > 1:
            continue  # a company the material speaks of elsewhere: a partner, not a leftover
        start = m.end("before") - len(name)
        yield rule.finding(
            text,
            start,
            start + len(unit),
            [m.group("suffix")],
            own=companies[-1],
            what="这里说的是本企业的管理层",
        )
    yield from _quoted_company(ctx, rule)


# the own company called by a quoted short name, its member speaking (作为“众联人力”的一名员工, round r27)
_AS_QUOTED_MEMBER = Prefiltered(
    re.compile(
        r"作为“(?P<name>[\u4e00-\u9fff]{2,4})(?P<trade>[\u4e00-\u9fff]{2})”的?(?:一名|一位|一员)?"
        r"(?:员工|职工|党员|干部|管理人员|业务员|一员|骨干)"
    )
)


def _quoted_company(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """A quoted short name of a company of the own company's trade (人力 of 启衡人力资源服务有限公司) that is not the
    own one's: the own short name (启衡人力) is offered."""
    text = ctx.text
    companies = [line for line in own_lines(ctx) if _OWN_COMPANY.search(line)]
    for m in _AS_QUOTED_MEMBER.finditer(text, ctx.outline.title_end):
        trade, written = m.group("trade"), m.group("name") + m.group("trade")
        homes = [line for line in companies if trade in line]
        if not homes or any(in_order(written, line) for line in companies) or text.count(written) > 1:
            continue
        home = homes[-1]
        at = home.index(trade)
        own_name = re.sub(r"^.*[\s（(、，]", "", home[:at])[-len(m.group("name")) :]
        # the own short name, and the company's whole name as its line writes it (启衡人力资源服务有限公司)
        whole = re.search(
            rf"[\u4e00-\u9fff]*?{re.escape(own_name + trade)}[\u4e00-\u9fff]*?(?:公司|集团)", home
        )
        fixes = (own_name + trade, *((whole.group(),) if whole else ())) if len(own_name) >= 2 else ()
        own = own_name + trade if fixes else home
        yield rule.finding(
            text, m.start("name"), m.end("trade"), fixes, own=own, what="以本企业一员自称，只能是本企业的名字"
        )


# ---- R144: another kind of unit ---------------------------------------------------------------------

# the kinds a `作为…党支部/党员` frame names, and the kind each word is
_FRAME_KINDS = {
    "国有企业": "国有企业",
    "国企": "国有企业",
    "央企": "国有企业",
    "中央企业": "国有企业",
    "民营企业": "非公企业",
    "非公企业": "非公企业",
    "非公有制企业": "非公企业",
    "私营企业": "非公企业",
    "外资企业": "非公企业",
    "企业": "企业",
    "机关": "机关",
    "事业单位": "事业单位",
}
_AS_KIND = Prefiltered(
    re.compile(
        r"作(?<![曾原前]作)为(?:一[名个家所]|我们)?"
        rf"(?P<kind>{'|'.join(sorted(_FRAME_KINDS, key=len, reverse=True))})(?:的)?"
        r"(?:党支部|党组织|党委|党总支|基层党组织|党员|干部|职工|一员|一分子)"
    )
)
# the own unit's kind by the words of its lines (委员会, 支部 and 党委 said of every unit are dropped)
_LINE_NOISE = re.compile(r"支部委员会|委员会|党总支|党支部|党委|党组|支部|中共|中国共产党")
_LINE_KINDS = (
    ("企业", re.compile(r"公司|集团|(?<![工学])厂")),
    ("村", re.compile(r"村(?!镇)|社区")),
    (
        "事业单位",
        re.compile(
            r"医院|卫生院|学校|中学|小学|学院|大学|幼儿园|图书馆|档案馆|博物馆|文化馆|研究所|研究院|中心"
        ),
    ),
    (
        "机关",
        re.compile(r"局|厅|机关|人民政府|人大|政协|法院|检察院|纪委|监委|办公室|县委|市委|区委|部(?!门)"),
    ),
)
# the ownership the text says of the own unit: the party work of private firms is called 非公 (a partner
# called 民营企业 is no such word); an investment or holding group named after its province, city or
# county is the state's (a private firm may carry its county's name too: 宁川县鸿运客运有限公司)
_PRIVATE = re.compile(r"非公有制经济组织|非公企业|非公党建|非公经济")
_STATE = re.compile(r"国资委|国有企业党|国企党建|国有资产|国有资本")
_STATE_NAME = re.compile(
    r"^(?:中国|[\u4e00-\u9fff]{0,3}[省市县区])[\u4e00-\u9fff]{0,6}?(?:投资|控股|城投|交投|国资|国有|发展集团)"
)
# which frame kinds each own kind rules out
_CLASHES = {
    "企业": {"机关", "事业单位"},
    "村": {"机关", "事业单位", "企业", "国有企业", "非公企业"},
    "事业单位": {"机关", "企业", "国有企业", "非公企业"},
    "机关": {"企业", "国有企业", "非公企业", "事业单位"},
}


_KIND_WORD = {"企业": "企业", "村": "农村", "事业单位": "事业单位", "机关": "机关"}


def _own_kind(lines: list[str]) -> str | None:
    kinds = set()
    for line in lines:
        line = _LINE_NOISE.sub("", line)
        kinds |= {kind for kind, words in _LINE_KINDS if words.search(line)}
    return kinds.pop() if len(kinds) == 1 else None


def _ownership(text: str, start: int, end: int, lines: list[str]) -> str | None:
    """国有企业 or 非公企业 when the own company's name or the text outside the frame says only one."""
    for line in lines:
        line = _LINE_NOISE.sub("", line).strip()
        if _LINE_KINDS[0][1].search(line) and _STATE_NAME.match(line):
            return "国有企业"
    rest = text[:start] + text[end:]
    private, state = bool(_PRIVATE.search(rest)), bool(_STATE.search(rest))
    if private == state:
        return None
    return "非公企业" if private else "国有企业"


@code_rule(
    "R144",
    "other-kind-of-unit",
    "residue",
    "warning",
    "“{match}”与本单位的性质（{own}）不符，疑似照搬其他类型单位的材料后未改",
    "“作为国有企业党支部”“作为机关党员”说的是本单位的性质；与落款、标题和正文里的单位性质（机关、企业、"
    "事业单位、村社区，国有或非公）对不上，多半是拿别的单位的材料改的。",
    bad=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为[国有企业]党员干部，"),
        GOOD.replace(_SIGN, "宁川县鸿运客运有限公司总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为[机关]的一员，我对考勤制度执行不严。"
        ),
        team_variant("班子调查研究不够深入。", "作为[机关]党支部，班子调查研究不够深入。").replace(
            "桐溪镇党委领导班子", "中共桐溪镇石桥村支部委员会"
        ),
    ],
    good=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为机关党员干部，"),
        GOOD.replace(_SIGN, "宁川县鸿运客运有限公司总经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为非公企业党员，对上级党组织的要求落实不够。"
        ),
    ],
)
def other_kind_of_unit(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    own: str | None = None
    lines: list[str] = []
    for m in _AS_KIND.finditer(text, ctx.outline.title_end):
        if own is None:
            lines = own_lines(ctx)
            own = _own_kind(lines) or ""
        if not own:
            return
        said = _FRAME_KINDS[m.group("kind")]
        if said in _CLASHES[own]:
            yield rule.finding(text, m.start("kind"), m.end("kind"), [_KIND_WORD[own]], own=own)
        elif own == "企业" and said in ("国有企业", "非公企业"):
            owned = _ownership(text, m.start(), m.end(), lines)
            if owned is not None and owned != said:
                yield rule.finding(text, m.start("kind"), m.end("kind"), [owned], own=owned)


# ---- R145: the author's status ----------------------------------------------------------------------

_RETIRED_LINE = re.compile(r"离退休|退休|离休|老干部")
_POST_LINE = re.compile(
    r"(?:局|院|校|站|所|部|科|处|厅|主|经|馆|社|场|队)长|书记|主任|经理|主席|委员|检察官|法官"
)
_AS_STATUS = Prefiltered(
    re.compile(
        r"作(?<![曾原前]作)为(?:一名|一位)?(?P<status>在职|在岗|退休|离退休|离休)(?:老)?"
        r"(?:党员|干部|职工|同志|人员)"
    )
)


@code_rule(
    "R145",
    "other-status-as-own",
    "residue",
    "warning",
    "“{match}”与作者的身份（{own}）不符，疑似照搬他人的材料后未改",
    "落款是离退休干部党支部的党员，正文却说“作为在职党员”（或者反过来，担任现职的作者自称退休党员），"
    "多半是拿别人的材料改的。",
    bad=[
        GOOD.replace(_SIGN, "宁川县交通运输局离退休干部党支部 党员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。[作为在职党员]，我对单位的工作关心不够。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。[作为一名退休党员]，我对全局工作关心不够。"),
    ],
    good=[
        GOOD.replace(_SIGN, "宁川县交通运输局离退休干部党支部 党员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为退休党员，我对单位的工作关心不够，与在职党员交流也少。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为在职党员，我对全局工作关心不够。"),
    ],
)
def other_status_as_own(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    retired: bool | None = None
    serving = False
    for m in _AS_STATUS.finditer(text, ctx.outline.title_end):
        if retired is None:
            lines = own_lines(ctx)
            retired = any(_RETIRED_LINE.search(line) for line in lines)
            serving = not retired and any(_POST_LINE.search(line) for line in lines)
        in_post = m.group("status") in ("在职", "在岗")
        if retired and in_post:
            fix = m.group().replace(m.group("status"), "离退休", 1)
            yield rule.finding(text, m.start(), m.end(), [fix], own="离退休党员")
        elif serving and not in_post:
            yield rule.finding(text, m.start(), m.end(), own="在职的领导干部")


# ---- R147: another level of unit ---------------------------------------------------------------------

# the own unit's level: the last level word of the place that opens the author's line (云岭市统计局 → 市,
# 江州市西湖区财政局 → 区); 市场, 社区, 园区, 城区 are no levels
_LEVEL_WORD = r"(?:省|市(?!场)|(?<![社园城景校厂矿])区(?!域)|县|州|旗)"
# a vertically managed agency names its head office first (国家税务总局雁南县税务局, 国家金融监督管理总局江州监管分局,
# 国家统计局宁川调查队): the level is the place's after it (round r19)
_HEAD_OFFICE = r"(?:国家[\u4e00-\u9fff]{1,8}?总局|国家统计局|中国人民银行)?"
_OWN_LEVEL = re.compile(
    rf"^(?:中共|中国共产党)?{_HEAD_OFFICE}(?:[\u4e00-\u9fff]{{0,6}}?{_LEVEL_WORD}){{1,3}}"
)
_AS_LEVEL = Prefiltered(
    re.compile(
        r"作(?<![曾原前]作)为(?:一[家个所名])?(?P<level>省|市|县|区)(?:直|属)"
        r"(?:部门|单位|机关|企业|国有企业|国企|医院|学校)"
    )
)
_LEVELS = "省市县区州旗"
# the whole of the own place (全县, 全区), round r17: a county's material writing 全区 (or a district's 全县) is
# a district's (a county's) copied; not 安全区, 健全区域, 全区域 (a whole area), 全县（市、区）
_WHOLE_PLACE = Prefiltered(re.compile(r"(?<![安完健保齐周成自])全(?P<level>县|区)(?![域分别间级（(、区市])"))
# a county under an autonomous region says 全区 of the region (区党委, 自治区)
_REGION = re.compile(r"自治区|区党委|区委|区政府")


def own_level(lines: list[str]) -> str | None:
    """The own unit's level (县, 市 …) read from the author's lines, None when they name none or two."""
    levels = set()
    for line in lines:
        m = _OWN_LEVEL.match(line.strip())
        if m:
            levels.add(next(c for c in reversed(m.group()) if c in _LEVELS))
    return levels.pop() if len(levels) == 1 else None


@code_rule(
    "R147",
    "other-level-as-own",
    "residue",
    "warning",
    "“{match}”与本单位的层级（{own}级）不符，疑似照搬其他层级单位的材料后未改",
    "“作为市直部门”“作为县属企业”“全县”说的是本单位的层级；与标题和落款里的单位（县里的局写成“市直部门”"
    "“全区”）对不上，多半是拿上级、下级或别处单位的材料改的。",
    bad=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为[市直]部门，局里对乡镇的指导不够。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。[全区]农村公路养护任务虽然完成了，但有的路段质量不高。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。按照县委部署，对[区委]督办的农村公路项目跟进不够。"),
    ],
    good=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。按照县委部署，对社区党委反映的农村公路问题跟进不够。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为县直部门，局里对乡镇的指导不够。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。全县农村公路养护任务虽然完成了，但有的路段质量不高。"),
        GOOD.replace(_SIGN, "广西壮族自治区宁川县交通运输局局长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。农村公路养护在全区考核中排名靠后。"
        ),
        GOOD.replace(_SIGN, "宁川县交通运输局离退休干部党支部 党员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为县直单位的退休干部，"
        ),
    ],
)
def other_level_as_own(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    own: str | None = None
    for m in _AS_LEVEL.finditer(text, ctx.outline.title_end):
        if own is None:
            own = own_level(own_lines(ctx)) or ""
        if not own:
            return
        if m.group("level") != own:
            fix = own + text[m.end("level")]
            yield rule.finding(text, m.start("level"), m.end("level") + 1, [fix], own=own)
    yield from _whole_of_another_level(ctx, rule)
    yield from _body_of_another_level(ctx, rule)


def _whole_of_another_level(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """全区 in a county's material, 全县 in a district's: the whole of the own place under another level's
    word, written once or twice (a word written throughout is the material's own usage)."""
    text = ctx.text
    own = own_level(own_lines(ctx))
    if own not in ("县", "区") or ("全区" if own == "县" else "全县") not in text:
        return
    found = list(_WHOLE_PLACE.finditer(text, ctx.outline.title_end))
    other = [m for m in found if m.group("level") != own]
    if not other or len(other) > 2 or len(other) >= len(found) - len(other) + 2:
        return
    if own == "县" and _REGION.search(text):
        return
    for m in other:
        yield rule.finding(text, m.start(), m.end(), ["全" + own], own=own)


# the place's committee or government under another level's word (round r20b): 区委宣传部牵头的 in a 县委宣传部's
# material; not a word ending in 区 (社区, 园区, 开发区, 城区 …) nor 自治区's 区党委
_PLACE_BODY = Prefiltered(
    re.compile(
        r"(?<![城园社景片辖校新矿街库山老发税贸能验港镇市省水林牧坝湖湾海旅风治灾战军病疫商])"
        r"(?P<level>县|区)(?:委|政府)(?!员)"
    )
)


def _body_of_another_level(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    """区委 or 区政府 in a county's material, 县委 in a district's, once or twice among the own level's."""
    text = ctx.text
    own = own_level(own_lines(ctx))
    other_level = "区" if own == "县" else "县"
    if own not in ("县", "区") or (other_level + "委" not in text and other_level + "政府" not in text):
        return
    found = list(_PLACE_BODY.finditer(text, ctx.outline.title_end))
    other = [m for m in found if m.group("level") != own]
    if not other or len(other) > 2 or len(other) >= len(found) - len(other) + 2:
        return
    for m in other:
        yield rule.finding(text, m.start("level"), m.end("level") + 1, [own + text[m.end("level")]], own=own)
