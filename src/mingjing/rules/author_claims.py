"""What the author says he is, against the material's head (R156, R157, round r17, docs/review-copy-traces.md).

A material copied from a colleague's keeps, where the author speaks of himself, the colleague's name
(`以上是本人王海峰的对照检查` signed 李建军, `不辜负组织对李文涛同志的培养和信任` in 周晓梅's, R156) or the
colleague's body or trade (`作为团县委机关党员` in a 妇联's, `作为一名检察官` in a court's, R157). The own name
is the head's (`residue_code.author_name`); the own body's kind is read from the author's lines
(`copy_traces.own_lines`) by a table of bodies whose members no other body has (团委, 妇联, 工会, 法院,
检察院, 公安, 学校, 医院 …). Where the head names nobody or no such body, or two of them, nothing is said;
another person named as another (支部书记陈国庆同志指出) is no claim and is not read."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_END = "（五）严守廉洁自律。"
_IN = "一是遇到难题有畏难情绪。"

# ---- R156: another person named as the author ------------------------------------------------------------

_NAME = r"[\u4e00-\u9fff]{2,4}?"
_SELF_NAMED = Prefiltered(
    re.compile(
        # 以上是本人王海峰的对照检查, 本人赵丽诚恳接受
        rf"本人(?P<a>{_NAME})(?=的|[，。、（(]|诚恳|郑重|在此|恳请|虚心|将|愿意|保证|承诺|表态"
        # the name before the predicate (round r20b): 本人王海燕以家中有事为由, 本人李红梅在…中
        r"|以|因|在|对|未|没有|从未|曾|一直|平时|作为|身为|担任|现任|同志)"
        # 是我郭振华的真实思想
        rf"|是我(?P<b>{_NAME})(?=的)"
        # 不辜负组织对李文涛同志的培养和信任
        rf"|(?:辜负|感谢|感激)[^，。；\n]{{0,6}}?对(?P<c>{_NAME})同志的(?:培养|信任|关心|关怀|期望|重托|教育)"
    )
)


# surnames that are also a preposition or a verb after 本人 or 我 (本人向组织郑重承诺, 我于去年的, 本人任科长的)
# and ends of a post (本人任科长): no name there
_NOT_FIRST = "向于万任"
_NOT_LAST = "长员职"


def _named(word: str) -> bool:
    """A person's name: jieba's tag, or a common surname before two characters."""
    from mingjing.rules.residue_code import _person_name, _surname_name

    if _person_name(word):
        return True
    return len(word) == 3 and _surname_name(word) and word[0] not in _NOT_FIRST and word[-1] not in _NOT_LAST


@code_rule(
    "R156",
    "other-person-as-author",
    "residue",
    "warning",
    "“{match}”是以作者本人的口吻写的，与材料开头的作者“{author}”不一致，疑似照搬他人材料后未改全",
    "“本人××”“组织对××同志的培养”说的是作者自己；写成别人的名字，多半是拿同事的材料改的，只改了开头。",
    bad=[
        GOOD + "\n以上是本人[李卫东]的对照检查，请同志们批评指正。",
        GOOD + "\n今后我将严格要求自己，不辜负组织对[李卫东]同志的培养和信任。",
    ],
    good=[
        GOOD + "\n以上是本人王建国的对照检查，请同志们批评指正。",
        GOOD + "\n今后我将严格要求自己，不辜负组织对王建国同志的培养和信任。",
        GOOD.replace(_IN, "一是遇到难题有畏难情绪。党组书记李卫东同志指出我亲自上门少，"),
        GOOD + "\n本人向组织郑重承诺，抓好每一项整改。",
        GOOD.replace(_SIGN, "宁川县交通运输局").replace("王建国2023年度", "2023年度")
        + "\n以上是本人李卫东的对照检查，请同志们批评指正。",
    ],
)
def other_person_as_author(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    found = list(_SELF_NAMED.finditer(text, ctx.outline.title_end))
    if not found:
        return
    from mingjing.rules.residue_code import author_name

    author = author_name(ctx)
    if author is None:
        return
    for m in found:
        group = next(g for g in "abc" if m.group(g))
        name = m.group(group)
        if name == author or name in author or author in name:
            continue
        if not _named(name):
            continue
        yield rule.finding(text, m.start(group), m.end(group), (author,), author=author)


# ---- R157: another body or trade claimed as the author's ---------------------------------------------------

# a body whose members no other body has → the words that name it (in the author's lines and in a claim)
_BODIES = {
    "共青团": r"团[省市县区]委|共青团|团委",
    "妇联": r"妇联|妇女联合会",
    "工会": r"总工会|工会",
    "科协": r"科协|科学技术协会",
    "残联": r"残联|残疾人联合会",
    "文联": r"文联",
    "侨联": r"侨联",
    "工商联": r"工商联",
    "法院": r"人民法院|法院|审判庭",
    "检察院": r"人民检察院|检察院|检察部",
    "公安": r"公安局|公安分局|派出所|警务|交警|刑警|特警",
    "学校": r"学校|中学|小学|幼儿园|一中|二中|三中|职业中专|职校",
    "医院": r"医院|卫生院|卫生室|卫生服务中心|妇幼保健",
}
# a trade's members → their body, and the trade each body's members write
_TRADES = {
    "法官": "法院",
    "检察官": "检察院",
    "人民警察": "公安",
    "民警": "公安",
    "警察": "公安",
    "人民教师": "学校",
    "教师": "学校",
    "医生": "医院",
    "医务工作者": "医院",
    "医务人员": "医院",
    "护士": "医院",
}
_OWN_TRADE = {"法院": "法官", "检察院": "检察官", "公安": "人民警察", "学校": "教师", "医院": "医务工作者"}
# bodies one person may belong to both of: a court's or procurator's 司法警察 (a university's hospital and school
# are read below)
_BOTH = {("法院", "公安"), ("检察院", "公安")}
# claimed, a unit's own 工会 or 团委 (作为工会干部 in a school's material) is no other body: only the mass
# organisation of a place is read (县总工会, 团县委)
_CLAIMED = {**_BODIES, "共青团": r"团[省市县区]委", "工会": r"总工会"}
_BODY_WORDS = "|".join(f"(?P<b{k}>{w})" for k, w in enumerate(_CLAIMED.values()))
# a claim of belonging to a body or of a trade (作为团县委机关党员, 作为一名检察官); R169 leaves these to R157
BODY_CLAIM = Prefiltered(
    re.compile(
        rf"作(?<![曾原前]作)为(?:一名|一位|一个)?(?:[省市县区]|[\u4e00-\u9fff]{{2}}[县区市])?(?:{_BODY_WORDS})"
        r"(?:机关)?(?:的)?(?:一名)?(?:党员|干部|工作人员|职工)"
        r"|作(?<![曾原前]作)为(?:一名|一位)(?:基层|普通|年轻|新时代的?)?"
        r"(?P<trade>人民警察|医务工作者|医务人员|人民教师|检察官|法官|民警|警察|教师|医生|护士)(?![的助])"
    )
)
_OWN_BODY = [(kind, re.compile(words)) for kind, words in _BODIES.items()]
_UNIVERSITY = re.compile(r"学院|大学")


def own_body(lines: list[str]) -> str | None:
    """The one kind of body (of `_BODIES`) the material's own lines name, else None (none or several);
    R169 (rules/identity_profile.py) reads it too, to leave R157's bodies to R157."""
    kinds = {kind for kind, words in _OWN_BODY for line in lines if words.search(line)}
    return kinds.pop() if len(kinds) == 1 else None


@code_rule(
    "R157",
    "other-body-claimed",
    "residue",
    "warning",
    "“{match}”与本材料的单位（{own}）不符：这里说的是作者自己的身份，疑似照搬其他单位同志的材料后未改",
    "“作为××机关党员”“作为一名法官”说的是作者本人所在的单位和职业；与标题、署名里的单位对不上"
    "（妇联干部写成团委机关党员，法院干警写成检察官），多半是拿别的单位同志的材料改的。",
    bad=[
        GOOD.replace(_SIGN, "宁川县妇联机关党支部 党员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。[作为团县委机关党员]，我对自己要求不严。"
        ),
        GOOD.replace(_SIGN, "宁川县人民法院刑事审判庭党支部 党员 王建国").replace(
            _END, "（五）严守廉洁自律。[作为一名检察官]，我将严格要求自己。"
        ),
    ],
    good=[
        GOOD,
        GOOD.replace(_SIGN, "宁川县妇联机关党支部 党员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为县妇联机关党员，我对自己要求不严。"
        ),
        GOOD.replace(_SIGN, "宁川县人民法院刑事审判庭党支部 党员 王建国").replace(
            _END, "（五）严守廉洁自律。作为一名法官，我将严格要求自己。"
        ),
        GOOD.replace(_SIGN, "宁川县人民法院司法警察大队党支部 党员 王建国").replace(
            _END, "（五）严守廉洁自律。作为一名人民警察，我将严格要求自己。"
        ),
        GOOD.replace(_END, "（五）严守廉洁自律。作为一名检察官，我将严格要求自己。"),
        GOOD.replace(_SIGN, "宁川县第一中学党支部 党员 王建国").replace(
            _IN, "一是遇到难题有畏难情绪。作为工会干部，我对教职工的诉求反映不及时。"
        ),
    ],
)
def other_body_claimed(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    claims = list(BODY_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims:
        return
    lines = own_lines(ctx)
    own = own_body(lines)
    if own is None or (own in ("学校", "医院") and any(_UNIVERSITY.search(line) for line in lines)):
        return
    kinds = list(_BODIES)
    for m in claims:
        trade = m.group("trade")
        if trade:
            kind = _TRADES[trade]
        else:
            kind = kinds[next(k for k in range(len(kinds)) if m.group(f"b{k}"))]
        if kind == own or (own, kind) in _BOTH:
            continue
        fixes = [m.group().replace(trade, _OWN_TRADE[own])] if trade and own in _OWN_TRADE else []
        yield rule.finding(text, m.start(), m.end(), fixes, own=own)
