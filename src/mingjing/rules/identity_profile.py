"""A later self-reference against the material's identity profile (R169, R174, R175; round r20, identity20).

A material copied from another person's or unit's keeps, where the author speaks of himself, the other
writer's identity: `作为一名小学数学教师` in a 幼儿园 teacher's material, `作为一名基层教师` in an 档案馆's,
`县水利局党组的部署` carried out by a 交通运输局, a personal closing (`以上是我个人的对照检查`) under a 班子's
title. The profile is read from the author's lines (`copy_traces.own_lines`: the title, the lines under it,
the signature) by the kinds of unit they name (rules/unit_kinds.py, ≥ 80 kinds in families) and from the
outline's voice (个人 or 班子, told by the title or the preamble). A self-reference is judged by the kind it
names: a claim (作为一名X, 身为X, 本人系X) of a kind no bureau of the own family leads (R169); a 党组's or
党委's 部署 carried out by a unit of another family (a 党组 leads only its own unit and system, R174); the
closing of the other voice (R175). Quiet when the lines name no kind or kinds of two families."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.author_claims import BODY_CLAIM, own_body
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import team_variant
from mingjing.rules.unit_kinds import BY_NAME, compatible, kinds_claimed, kinds_named

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"
_END = "2024年3月底前修订项目招投标内控制度。"
_TEAM_AT = "全镇17个图斑中有6个没有按期整改。"


# a web page's furniture among the lines under a title: another material's title, the source
_FURNITURE = re.compile(r"^(?:上一篇|下一篇|相关|来源|首页|浏览|责任编辑|编辑|发布|返回|推荐)")


def own_kinds(ctx: ReviewContext) -> frozenset[str] | None:
    """The kinds of unit the author's lines name, when they are of one family (else None: uncertain)."""
    lines = [line for line in own_lines(ctx) if not _FURNITURE.match(line)]
    kinds = frozenset().union(*(kinds_named(line) for line in lines))
    families = {BY_NAME[k].family for k in kinds}
    return kinds if len(families) == 1 else None


# ---- R169: a member's identity of another kind claimed ---------------------------------------------------

_CLAIM = Prefiltered(
    re.compile(
        r"(?:(?<![曾原也])作为|身为|本人系|本人是|我是)(?:一名|一位|一个)"
        r"(?P<x>[\u4e00-\u9fff]{2,12}?)(?=[，,]|我|的一员|，我|应当|应该|要|更要|理应)"
    )
)
# a past, a family's or a kind of person, no post: 医生出身的, 退休教师, 教师子女
_NOT_OWN = re.compile(
    r"出身|曾|原|退休|离休|家属|子女|父母|家长|后代|转业|老兵|出生|兼职|志愿者|委员|书记|支部|党小组"
    r"|分管|联系|包保|挂钩|负责|派驻|驻|帮扶|结对|服务对象|病号|患者|学生|读者|群众|过|以前|此前|子弟"
    # one served, a member or a representative of a body, no post in it (党校学员, 人大代表, 共青团员, 退役军人)
    r"|学员|参保|纳税|用户|客户|消费者|观众|乘客|储户|代表|执委|会员|团员|退役(?!军人事务|军人服务)|军转"
)
# after 的, a member word leaves the unit before it the claim (交通运输局的干部); another word is the claim
_MEMBER = re.compile(r"(?:普通|基层|年轻)?(?:党员|干部|职工|员工|工作人员|一员|一分子)")


def _claim(x: str) -> str:
    if "的" not in x:
        return x
    before, _, after = x.rpartition("的")
    return before if _MEMBER.fullmatch(after) else after


@code_rule(
    "R169",
    "other-kind-identity-claimed",
    "residue",
    "warning",
    "“{match}”是{claimed}的身份，本材料的单位是{own}，疑似照搬其他单位同志的材料后未改",
    "“作为一名……”说的是作者本人的身份：幼儿园老师写成“小学数学教师”，档案馆干部写成“基层教师”，"
    "与标题、署名里的单位不是同一类，多半是拿别的单位同志的材料改的。",
    bad=[
        GOOD.replace(_SIGN, "宁川县实验幼儿园教师 王丽").replace(
            _IN, "一是遇到难题有畏难情绪。[作为一名小学数学教师]，我对孩子的习惯养成关注不够。"
        ),
        GOOD.replace(_SIGN, "宁川县档案馆副馆长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。[作为一名基层教师]，我对业务钻研不够。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。[身为一名水利工作者]，我对防汛的研判不够。"),
    ],
    good=[
        GOOD,
        GOOD.replace(_SIGN, "宁川县实验幼儿园教师 王丽").replace(
            _IN, "一是遇到难题有畏难情绪。作为一名人民教师，我对孩子的习惯养成关注不够。"
        ),
        GOOD.replace(_SIGN, "宁川县教育局副局长 王丽").replace(
            _IN, "一是遇到难题有畏难情绪。作为一名小学教师出身的干部，我对职教了解不够。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为一名交通运输干部，我对自己要求不严。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。我曾作为一名中学教师在乡镇任教。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。作为一名县人大代表，我联系选民不够经常。"),
    ],
)
def other_kind_identity_claimed(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    claims = list(_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims:
        return
    own = own_kinds(ctx)
    if own is None:
        return
    r157 = own_body(own_lines(ctx)) is not None  # R157 judges its bodies' claims itself
    for m in claims:
        x = m.group("x")
        if _NOT_OWN.search(x) or (r157 and BODY_CLAIM.regex.match(text, m.start())):
            continue
        claimed = kinds_claimed(_claim(x))
        if not claimed or compatible(claimed, own):
            continue
        yield rule.finding(
            text,
            m.start(),
            m.end(),
            claimed="、".join(sorted({BY_NAME[k].family for k in claimed})) + "单位",
            own="、".join(sorted(own)),
        )


# ---- R174: another unit's 党组 or 党委 whose 部署 the own unit carries out ------------------------------------

# the last word of a unit whose 党组 or 党委 may be named (a department's 部 has a 部务会, no 党组)
_UNIT_END = r"(?:[局委办院馆所队站段社校室库会行]|政协|中心|集团|公司|幼儿园|小学|中学|监狱)"
# a body's name opens after a verb or a preposition, never on one (我对县水利局党组, 落实县财政局党组)
_NAME_OPENS = r"(?![我对按照根据落贯彻的和与及向把将从在由]|实[省市县区州])"
# a unit's name holds no link but 和 (发展和改革局) and no other body's organ (市国资委党委和公司党委 is two); a 和
# after a body's own last word joins two bodies (市委组织部和局党组: r23)
_NAME_CHAR = r"(?:(?![与及的、]|党[组委]|(?<=[部委局办厅院处室会])和)[\u4e00-\u9fff])"
# the owner of every state company of its place: its 党委 leads any of them, whatever their trade, as a
# parent group's 党委 leads its companies
_OWNER = "国资"
_COMPANY = re.compile(r"公司|集团|企业|国企")
# a town, a village or a development zone carries out every county department's work (县农业农村局党组部署的试点)
_TERRITORIAL = frozenset({"乡镇", "园区"})
_ORGAN = re.compile(r"党[组委]")
_BEFORE, _AFTER = 16, 10  # the body's name before an organ, the 的…部署 after it
_DEPLOYED = re.compile(
    r"(?P<body>"
    + _NAME_OPENS
    + r"(?:[省市县区州]|[\u4e00-\u9fff]{2}[省市县区])?(?P<unit>"
    + _NAME_CHAR
    + "{1,10}?"
    + _UNIT_END
    + ")"
    r"(?P<organ>党组|党委))(?:的|统一|关于)*(?=部署|安排|要求|决策|决定|工作要点)"
    r"|(?<=按照|根据|落实|贯彻)(?P<body2>" + _NAME_OPENS + r"(?:[省市县区州]|[\u4e00-\u9fff]{2}[省市县区])?"
    r"(?P<unit2>" + _NAME_CHAR + "{1,10}?" + _UNIT_END + r")(?P<organ2>党组|党委))"
)


@code_rule(
    "R174",
    "other-unit-deployment",
    "residue",
    "warning",
    "“{match}”是{other}的党组织，只领导本单位和本系统；本材料的单位是{own}，疑似照搬其他单位的材料后未改",
    "党组（党委）只领导本单位和本系统：交通运输局的材料写“按照县水利局党组的部署”，部署的主体与本单位对不上，"
    "多半是拿别的部门的材料改的。",
    bad=[
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。我对[县水利局党组]的部署落实不够及时。"),
        GOOD.replace(_SIGN, "宁川县审计局局长 刘强").replace(
            _IN, "一是遇到难题有畏难情绪。按照[县财政局党组]的安排，我牵头开展了作风整顿。"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。我对县交通运输局党组的部署落实不够及时。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。按照市交通运输局党组的部署，我督促不够。"),
        GOOD.replace(_SIGN, "宁川县人民医院副院长 李明").replace(
            _IN, "一是遇到难题有畏难情绪。按照县卫健委党组的部署，我牵头开展了作风整顿。"
        ),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。配合县水利局开展河道整治时，我协调不够主动。"),
        GOOD.replace(_SIGN, "宁川县供水有限公司副经理 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。根据市国资委党委和公司党委的部署，我对管网改造督促不够。"
        ),
        GOOD.replace(_SIGN, "宁川县地震局副局长 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。根据县委组织部和局党组的安排，我认真做了会前准备。"
        ),
    ],
)
def other_unit_deployment(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    begin = ctx.outline.title_end
    # read only around each 党组 or 党委 (a scan of every position cost 1 ms on 5,000 characters)
    bodies = []
    for organ in _ORGAN.finditer(text, begin):
        window = _DEPLOYED.finditer(text, max(begin, organ.start() - _BEFORE), organ.end() + _AFTER)
        bodies += [m for m in window if m.end("organ" if m.group("body") else "organ2") == organ.end()]
    if not bodies:
        return
    own = own_kinds(ctx)
    if own is None:
        return
    if {BY_NAME[k].family for k in own} & _TERRITORIAL:
        return
    company = any(_COMPANY.search(line) for line in own_lines(ctx))
    for m in bodies:
        group = "body" if m.group("body") else "body2"
        unit = m.group("unit") or m.group("unit2")
        other = kinds_named(unit)
        if not other or compatible(other, own):
            continue
        if company and (_COMPANY.search(unit) or {BY_NAME[k].family for k in other} == {_OWNER}):
            continue  # a company's owner or parent group leads it, whatever its trade
        yield rule.finding(
            text,
            m.start(group),
            m.end(group),
            other="、".join(sorted({BY_NAME[k].family for k in other})) + "部门",
            own="、".join(sorted(own)),
        )


# ---- R175: the closing of the other voice -------------------------------------------------------------------

_PERSONAL_CLOSING = Prefiltered(
    re.compile(r"以上(?:是|为|就是)(?P<v>(?:我|本人)(?:个人)?)的?(?:个人)?(?:对照检查|发言|检视剖析|剖析)")
)
_TEAM_CLOSING = Prefiltered(
    re.compile(
        r"以上(?:是|为|就是)(?P<v>(?:[\u4e00-\u9fff]{0,6}?(?:党组|党委|党支部|支部|党总支))?(?:领导)?班子)"
        r"的?(?:对照检查|发言|检视剖析)"
    )
)


@code_rule(
    "R175",
    "other-voice-closing",
    "residue",
    "warning",
    "“{match}”是{voice}材料的结束语：本材料是{who}材料，疑似照搬{voice}材料后未改",
    "个人材料以“以上是我的对照检查”结束，班子材料以“以上是班子的对照检查”结束；结束语与标题的口吻对不上，"
    "多半是拿班子或个人的材料改的。",
    bad=[
        team_variant(_TEAM_AT, _TEAM_AT + "[以上是我个人]的对照检查，不妥之处请批评指正。"),
        GOOD.replace(_END, _END + "\n[以上是局党组班子]的对照检查，请批评指正。"),
    ],
    good=[
        GOOD,
        GOOD.replace(_END, _END + "\n以上是我的对照检查，请批评指正。"),
        team_variant(_TEAM_AT, _TEAM_AT + "以上是班子的对照检查，不妥之处请批评指正。"),
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。在班子对照检查材料起草中，我提出了2条意见。"),
    ],
)
def other_voice_closing(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    kind = ctx.outline.kind
    if kind is None or kind.who is None or kind.evidence not in ("标题", "前言"):
        return
    if kind.who == "个人":
        pattern, voice, fix = _TEAM_CLOSING, "班子", "我"
    elif kind.who in ("班子", "支部"):
        pattern, voice, fix = _PERSONAL_CLOSING, "个人", kind.who
    else:
        return
    text = ctx.text
    for m in pattern.finditer(text, ctx.outline.title_end):
        yield rule.finding(
            text, m.start(), m.end("v"), (text[m.start() : m.start("v")] + fix,), voice=voice, who=kind.who
        )
