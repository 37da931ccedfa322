"""Another unit written where only the author's own can stand (R135, round r12,
docs/review-copy-traces.md): the unit whose development the material promises to push
(`推动交投集团高质量发展` in 城市建设投资集团's material, `推动全市博物馆事业高质量发展` in a 图书馆's,
`推动软件学院事业高质量发展` in 计算机科学与技术学院's), or the unit that promises the rectification
(`历史研究所将认真抓好整改` in 文学研究所's), or the team the writer rectifies with
(`和外国语学院领导班子成员一道…整改` in 人文学院's). A colleague's or a sibling unit's material copied keeps
its name in these closing frames.

The unit is read by its kind's suffix (集团, 公司, 学院, 研究所, 馆, 医院, 中心 …) and compared with the
author's lines (the title, the lines under it, the signature): only a kind those lines name is
compared, and a name whose characters stand in order in them is the own one abbreviated (城投 for
城市建设投资, 计算机学院 for 计算机科学与技术学院). Generic words (子公司, 二级学院, 所属医院) are no names.

Round r13 (docs/review-copy-traces.md): the kinds are groups of suffixes (林场/农场/牧场, 镇/乡, 村/社区,
开发区/高新区/经开区, 协会/学会/商会, 站, 厂, 矿 …: a name of the group is compared with the own unit of the
group), and the development frame takes any end of the genre's closing sentence (推动红旗农场改革发展,
推动勐宋镇各项工作再上新台阶) and 为X…提供坚强保证; the unit the writer belongs to is read too
(作为红旗农场的一名党员, 我们红旗农场). A name opening with a preposition or a pronoun (按照社区要求,
全乡乡村振兴) or with a verb (谋划园区发展) names no unit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import OWN_POST, own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD
from mingjing.rules.unit_short_forms import short_forms

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# kinds of unit by their suffix; the suffixes of one group name units of one kind (a 经开区 and a 高新区
# are both zones, a 小学 and a 学校 both schools), so a name of the group is compared with the own unit
_GROUPS = (
    ("集团", "分公司", "公司"),
    ("学院", "大学"),
    ("中学", "小学", "学校"),
    ("研究所", "研究院"),
    ("卫生院", "中医院", "医院", "保健院"),
    ("馆",),
    ("中心",),
    ("银行", "支行", "分行"),
    ("林场", "农场", "牧场", "渔场", "茶场", "园艺场"),
    ("煤矿", "矿"),
    ("街道",),
    ("镇", "乡"),
    ("村", "社区"),
    ("经济技术开发区", "高新技术产业开发区", "开发区", "高新区", "经开区", "园区", "新区"),
    ("协会", "学会", "商会"),
    ("合作社", "供销社"),
    ("站",),
    ("厂",),
    # round r14: a government department and a disciplined force's unit
    ("局",),
    ("支队", "大队", "中队"),
    # round r19: a Party committee's department (县委组织部 against 县委宣传部; not a unit's own 阅览部, 业务部)
    ("组织部", "宣传部", "统战部", "社会工作部", "政法委", "编办", "网信办"),
)
_SUFFIXES = tuple(sorted({s for g in _GROUPS for s in g}, key=len, reverse=True))
_GROUP_OF = {s: g for g in _GROUPS for s in g}
_SUFFIX = "|".join(_SUFFIXES)
_UNIT = rf"(?P<unit>(?P<name>(?!推动|促进|推进|助推|引领|助力|开创|谱写|带动|一[名位个])(?:(?![的和与及在对把将要])[\u4e00-\u9fff]){{2,10}}?)(?P<suffix>{_SUFFIX}))"


_OPENING = (
    r"(?:^|(?<=[。；\n])|(?<=[。；\n]会后，)|(?<=[。；\n]今后，)|(?<=[。；\n]下一步，))"
    r"{unit}(?:机关)?(?:党委|党总支|党支部|党组|领导班子|班子)?(?:将|一定|要)"
)


def opening_frame(unit: str) -> re.Pattern[str]:
    """The unit that promises the rectification, opening its sentence (groups prefixed s_), matched
    where a sentence begins (`frames(unit, opening=False)` leaves it out: its one literal is the unit's
    suffix, which a 局's own material is full of)."""
    return re.compile(
        r"(?:会后，|今后，|下一步，)?" + unit.replace("P<", "P<s_") + _OPENING.split("{unit}")[1]
    )


def frames(unit: str, opening: bool = True) -> re.Pattern[str]:
    """The closing and belonging frames around `unit` (a pattern with the groups unit, name and
    suffix): each frame's groups carry a prefix ("", b_, s_, t_, m_, w_, x_)."""
    return re.compile(
        # the development the material promises: 推动(全市)…事业高质量发展
        # (为市客运集团高质量发展提供坚强保证, 推动红旗农场改革发展, 推动勐宋镇各项工作再上新台阶)
        rf"(?:推动|促进|推进|助推|引领|助力|开创|谱写|带动)(?:全[市县区省州旗]|我[市县区])?{unit}"
        r"(?:的)?[^，。；：、！？\n]{0,12}?"
        r"(?:发展|新台阶|新成效|新突破|新局面|新篇章|新面貌|新气象|新跨越|前列|稳步提升|提质增效|向好|"
        r"做强做优做大|做优做强|坚强保障|坚强保证|贡献力量)"
        # what the material gives the unit: 为…高质量发展提供坚强保证
        rf"|(?<![作成认因行以称更较转化])为(?:全[市县区省州旗]|我[市县区])?{unit.replace('P<', 'P<b_')}"
        r"[^，。；：、！？\n]{0,12}?(?:提供|作出|做出|贡献|营造|保驾护航)"
        # the unit that promises the rectification, opening its sentence
        + ("|" + _OPENING.replace("{unit}", unit.replace("P<", "P<s_")) if opening else "")
        +
        # the team the writer rectifies with: 和…领导班子成员一道
        rf"|(?:和|同|与)(?:全体)?{unit.replace('P<', 'P<t_')}(?:党委|党组|党总支)?(?:领导班子|班子)(?:其他)?(?:成员|同志)"
        r"(?:一道|一起|共同)"
        # the unit the writer belongs to: 作为红旗农场的一名党员, 我们红旗农场
        rf"|(?<![曾原前])作为(?:一名)?{unit.replace('P<', 'P<m_')}(?:的)?(?:一名|一员|党员|干部|职工|员工|负责人|领导|班子|党委|党支部)"
        rf"|(?:我们|咱们){unit.replace('P<', 'P<w_')}"
        # the work the writer promises to do well (round r17): 把县水利局的各项工作做得更扎实
        rf"|把{unit.replace('P<', 'P<x_')}(?:的)?各项工作(?:做|抓|干)"
    )


FRAME_PREFIXES = ("", "b_", "s_", "t_", "m_", "w_", "x_")
# the body whose failing a team's problem reports, opening its clause (round r14): 县住建局领导班子对农村
# 公路提质改造统筹不够, ，县自然资源局党组对个别干部履职不力的问题… — found by its organ and verb, the unit
# read back to the clause's start
# round r19: the verbs a team's own review opens with (县财政局党组研究…, 县委宣传部领导班子对照查摆…)
_BODY_SUBJECT = Prefiltered(
    re.compile(
        r"(?:党委|党组|党总支|党工委|领导班子|班子|部务会|局务会)"
        r"(?:对|在|把|没有|未|研究|查摆|对照|召开|落实|履行|贯彻|重视|统筹|带头|存在|整改|制定|组织)"
    )
)


_FRAMES = frames(_UNIT)


@lru_cache(maxsize=64)
def _frames_of(suffixes: tuple[str, ...]) -> Prefiltered:
    """The frames for the kinds the author's lines hold only (a 局's material scans for 局 names, not
    for the forty suffixes of every kind: round r14, when 局 became a kind, cut R135 from 0.5 ms)."""
    return Prefiltered(frames(_UNIT.replace(_SUFFIX, "|".join(suffixes)), opening=False))


@lru_cache(maxsize=64)
def _opening_of(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    return opening_frame(_UNIT.replace(_SUFFIX, "|".join(suffixes)))


_SENTENCE_BREAK = re.compile(r"[。；\n]")
# words before a unit's suffix that name no unit: the own unit's parts and kinds
_GENERIC = re.compile(
    r"^(?:子|分|二级|三级|下属|所属|直属|附属|各|各级|各类|基层|全资|控股|参股|成员|兄弟|合作|友好|相关|有关|上级|"
    r"本|我|全|总|母|国有|民营|地方|市属|县属|区属|省属|新|该|这个|这所|集团|个别|部分|一些|少数|多数|有的|其他|其它|"
    r"同类|同级|公立|民办|私立|县级|市级|省级|区级|乡镇|村级|社区|综合|专科|定点|三甲|二甲|龙头|骨干|重点|示范|高等|"
    r"职业|试点|中小|大型|小型|上市|科技型|高新技术|专精特新|链主|医联体|医共体|工业|产业|物流|科技|农业|创业|孵化|"
    r"特色|现代|美丽|和美|城|乡|集|小|家|故|服务|经济|邻近|周边)+$"
)


# a name's first character that begins no name (全乡乡村振兴, 本镇, 各村, 按照社区要求), and words ending in a kind's
# suffix that name no unit (乡村, 农村, 城乡, 乡镇)
_NOT_A_NAME = (
    *"全本我各该这此其每贵在从向给把被让",
    "按照",
    "根据",
    "依照",
    "遵照",
    "参照",
    "比照",
    "对照",
    "通过",
    "经过",
)
_NOT_A_NAME += ("结合", "围绕", "针对", "关于", "作为", "由于", "同时")
_COMMON_WORDS = ("乡村", "农村", "城乡", "乡镇", "城镇", "集镇", "村镇", "下乡", "家乡", "故乡")


_NO_NAME_TAGS = ("v", "d", "p", "c", "r", "u")  # a verb, adverb, preposition, conjunction, pronoun, particle


def _starts_with_verb(name: str) -> bool:
    """Whether `name` opens with a word no name opens with (谋划园区, 才发现当年新进馆). A state company's short
    name of two characters (水投 of 水利投资, 城控) is read by jieba as a verb; it is a name (r24)."""
    import rjieba

    if len(name) == 2 and name[1] in "投控":
        return False

    tag = rjieba.tag(name)[0][1]
    return tag == "v" or tag.startswith(_NO_NAME_TAGS[1:])


# a verb of saying or requiring inside a would-be name: the span runs over the sentence's subject and verb
_SAYS = re.compile(r"提出|要求|指出|强调|明确|规定|部署|提到|写明|表明|希望|决定|批示|指示")
_LEVELS = "省市县区州旗"  # a name opening with a level is a unit's (县住建局: rjieba reads 县住 as a verb)


def _proper_name(name: str) -> bool:
    """A name that reads as a unit's own: opening with a level (县住建局) or a place's name (城东街道)."""
    import rjieba

    return name[0] in _LEVELS or rjieba.tag(name)[0][1] in ("ns", "nt", "nz")


def _before_post(line: str) -> str:
    """The author's line up to the post it names (宁川县林业局 of 宁川县林业局局长), whole if it names none."""
    post = OWN_POST.search(line)
    return line[: post.start()] if post and post.start() > 0 else line


def _last_suffix(line: str, group: tuple[str, ...]) -> int:
    """The end of the last suffix of the group in `line` (0 when none stands in it)."""
    ends = [line.rfind(s) + len(s) for s in group if s in line]
    return max(ends, default=0)


def in_order(short: str, long: str) -> bool:
    """The characters of `short` in order in `long` (城投 in 城市建设投资集团)."""
    it = iter(long)
    return all(c in it for c in short)


def _subjects(text: str, start: int) -> Iterator[re.Match[str]]:
    """The units opening a clause before a body's organ and verb (县住建局 of 县住建局领导班子对…)."""
    for m in _BODY_SUBJECT.finditer(text, start):
        lo = max(text.rfind(c, start, m.start()) for c in "。；，\n") + 1
        if m.start() - lo > _SUBJECT_MAX or lo == 0:
            continue
        if text[lo + 1 : lo + 2] == "是" and text[lo] in "一二三四五六七八九十":
            lo += 2  # 一是县住建局领导班子对…
        lead = _CLAUSE_LEAD.match(text, lo, m.start())
        if lead:
            lo = lead.end()  # 去年县委宣传部领导班子查摆…: a time or a link before the subject (round r19)
        u = _UNIT_ONLY.fullmatch(text, lo, m.start())
        if u:
            yield u


_SUBJECT_MAX = 18
_CLAUSE_LEAD = re.compile(r"(?:去年|今年|年初|年内|上半年|下半年|此前|前期|近年来|同时|其中|但是|但|而|可是)")
_UNIT_ONLY = re.compile(_UNIT.replace("P<", "P<r_"))


@code_rule(
    "R135",
    "other-unit-as-own",
    "residue",
    "warning",
    "“{match}”与本材料的单位（{own}）不符：只有本单位才能这样写，疑似照搬兄弟单位材料后未改",
    "材料结尾“推动××高质量发展”“××将认真抓好整改”里的单位只能是自己；写成别的单位，多半是拿兄弟单位的材料改的。",
    bad=[
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通投资集团有限公司总经理 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，推动[城投集团]高质量发展。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县图书馆馆长 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，推动全县[博物馆]事业高质量发展。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县农业科学研究所所长 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次。[林业研究所]将认真抓好整改。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "江州师范学院美术学院院长 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，和[音乐学院]领导班子成员一道抓好整改。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "国有青峰林场场长 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，推动[白石林场]各项事业持续健康发展。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "石岭乡党委书记 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，为[马坪乡]高质量发展提供坚强保证。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "前进农场副场长 王建国").replace(
            "一是遇到难题有畏难情绪。", "一是遇到难题有畏难情绪。作为[红旗农场]的一名党员干部，"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县水务局副局长 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，把[县水利局]的各项工作做得更扎实。"
        ),
    ],
    good=[
        # a plan says what the unit must do: no unit's name runs over 提出 (r26)
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县公路事业发展中心主任 王建国").replace(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪。十四五规划提出中心要在2025年前建成3个养护基地。",
        ),
        GOOD,
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通投资集团有限公司总经理 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，推动交投集团和子公司高质量发展。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县图书馆馆长 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，推动全县图书馆事业高质量发展。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县交通投资集团有限公司总经理 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，推动子公司高质量发展。"
        ),
        GOOD.replace("每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，推动县人民医院高质量发展。"),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县人民医院院长 王建国").replace(
            "每月专题学习数字化知识1次。", "每月专题学习数字化知识1次，推动公立医院高质量发展。"
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "石岭乡党委书记 王建国").replace(
            "每月专题学习数字化知识1次。",
            "每月专题学习数字化知识1次，推动全乡乡村振兴各项工作走在前列，把学习成果转化为谋划园区发展的思路。",
        ),
        GOOD.replace("宁川县交通运输局局长 王建国", "宁川县图书馆馆长 王建国").replace(
            "一是遇到难题有畏难情绪。",
            "一是遇到难题有畏难情绪。读者举报后，我们才发现当年新进馆藏有错版图书。",
        ),
    ],
)
def other_unit_as_own(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    lines = [line for line in own_lines(ctx) if any(s in line for s in _SUFFIXES)]
    if not lines:
        return
    held = tuple(
        sorted(
            {x for g in _GROUPS if any(x in line for line in lines for x in g) for x in g},
            key=len,
            reverse=True,
        )
    )
    begin = ctx.outline.title_end
    opening = _opening_of(held)
    starts = [m.end() for m in _SENTENCE_BREAK.finditer(text, begin)]
    scans = [
        *_frames_of(held).finditer(text, begin),
        *(o for k in starts if (o := opening.match(text, k))),
        *_subjects(text, begin),
    ]
    for m in scans:
        groups = m.groupdict()
        p = next(p for p in (*FRAME_PREFIXES, "r_") if groups.get(p + "unit"))
        name, suffix = m.group(p + "name"), m.group(p + "suffix")
        if (
            _GENERIC.match(name)
            or name.startswith(_NOT_A_NAME)
            or m.group(p + "unit").endswith(_COMMON_WORDS)
        ):
            continue
        if name[0] not in _LEVELS and _starts_with_verb(name):
            continue  # 转化为谋划园区发展的思路, 我们才发现…馆: no unit's name
        if _SAYS.search(name, 1):
            continue  # 十四五规划提出中心要…: a plan or an organ says what the unit must do, no unit's name (r26)
        if p == "r_" and not _proper_name(name):
            continue  # 暴露出局党组对…: a clause's subject is a unit only when it is named as one
        # the own unit of this kind: its line up to the kind's last suffix (not the title's 材料 …)
        # (the line before the author's post: 局 of 林业局局长 is the unit's, not the post's; round r15)
        own = [(u := _before_post(line))[: _last_suffix(u, _GROUP_OF[suffix])].strip() for line in lines]
        own = [unit for unit in own if unit]
        # the own unit abbreviated: the whole name with its suffix in order in the own one's (城投集团 in
        # 城市建设投资集团); the own place alone is no own unit (沙河县中医院 in 沙河县妇幼保健院's, round r14)
        if not own or any(in_order(m.group(p + "unit"), unit) for unit in own):
            continue
        if any(len(unit) >= 4 and m.group(p + "unit").endswith(unit) for unit in own):
            continue  # the own unit under its superior's name (东湖街道桂花巷社区 of 桂花巷社区): round r19
        unit = m.group(p + "unit")
        if text.count(unit) > 1:
            continue  # a unit the material speaks of, not a leftover
        end = m.end(p + "unit")
        fixes = tuple(
            dict.fromkeys(
                _own_unit_fixes(unit, name, own[0], _GROUP_OF[suffix])
                + short_forms(unit, text[end : end + 8])
            )
        )
        yield rule.finding(text, m.start(p + "unit"), m.end(p + "unit"), fixes, own=_PARTY.sub("", own[0]))


_PARTY = re.compile(r"^(?:中共|中国共产党)")
# a school's kind alone names a stage of schooling (推动中学教育…), not the own school: 学校 does (r24)
_SCHOOL_WORD = {"中学": "学校", "小学": "学校", "大学": "学校"}


def _own_unit_fixes(unit: str, name: str, own: str, group: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What the writer likely meant: the own unit, from the level the written one starts with (县人民医院 for
    县中医院 in 沙河县人民医院's material), and the own unit's kind alone (林场 for 白石林场 in 青峰林场's). The Party's
    name before a company's (中共…有限公司委员会) is its committee's, not the company's; a kind of the group that the own
    name does not hold (集团 for 公交集团 in a 有限公司's material) is another unit's: the own kind is offered (r24)."""
    mine = _PARTY.sub("", own)
    if unit[0] in _LEVELS and unit[0] in mine:
        mine = mine[mine.rindex(unit[0]) :]
    bare = unit[len(name) :] if unit.startswith(name) else ""
    if bare and bare not in mine:
        bare = next((k for k in group if mine.endswith(k)), "")
    bare = _SCHOOL_WORD.get(bare, bare)
    # the own kind of the same length where the written kind is a whole word (博物馆 in a 美术馆's material: 美术馆,
    # round r27): the own name's last characters, when they end as the written one does
    kind = mine[-len(unit) :] if len(mine) > len(unit) >= 3 and mine[-1] == unit[-1] else ""
    if kind and (len(bare) > 1 or not kind.endswith(bare)):
        kind = ""
    return tuple(dict.fromkeys(f for f in (mine, bare, kind) if len(f) > 1 and f != unit))
