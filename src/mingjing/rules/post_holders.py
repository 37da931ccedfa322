"""One post held by two people in one material (R188, round r23): `会前，所长孙建国同志和支部…` at the opening and
`第一时间向科长和所长何志刚同志报告` in the measures, the second name kept from a colleague's or an older material.

A unit has one head at a time: a post named bare (所长, 局长, 站长, 院长 …, no 副, 原, 前任 before it) and followed by
a person's name (a common surname and one or two characters, closed by 同志 or a mark) is one person throughout.
A later name for the same post is reported when it is named nowhere else in the material (a predecessor spoken
of, 前任局长陈建华同志调走后, is named with the word that dates him and is quiet); the first name is offered."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.literals import Prefiltered
from mingjing.rules.residue_code import _SURNAMES
from mingjing.rules.sample import GOOD

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

# the posts a unit has one of: its head's (a deputy, 副所长, is one of several)
_POSTS = (
    "所长 局长 站长 院长 矿长 厂长 校长 馆长 队长 科长 处长 主任 行长 社长 董事长 总经理 部长 庭长 检察长 区长 县长 "
    "市长 镇长 乡长 园长 台长 场长 段长 主席 团长 政委 教导员 指导员 支部书记 党委书记 党组书记 总支书记"
).split()
# what makes a post no bare one when it stands right before it: a deputy's, a predecessor's, another unit's
# (副所长, 前任局长, 原馆长, 县公路局局长, 党支部书记, 第二支部书记: one of several numbered; 办公室主任 and
# 宣传室主任, 财务股股长: the head of one office of several)
_NOT_BARE = re.compile(
    r"[一二三四五六七八九十0-9０-９副原前任老代总常执现新党团局院所站馆校队部委办处科厂矿司行社会心区县市镇乡村组室股厅]$"
)
_SURNAME = "[" + "".join(sorted(_SURNAMES)) + "]"
_HOLDER = Prefiltered(
    re.compile(
        r"(?P<post>" + "|".join(sorted(_POSTS, key=len, reverse=True)) + r")"
        rf"(?:(?P<named>{_SURNAME}[\u4e00-\u9fff]{{1,2}}?)同志|(?P<bare>{_SURNAME}[\u4e00-\u9fff]{{1,2}})"
        r"(?=[，、。；：和及的等]|报告|汇报|请示|反映|批评|指出|提出|要求|带队|主持|强调|讲话|签字|审批|交办|安排|部署))"
    )
)
_AT = "我两天后才安排核查。"


@code_rule(
    "R188",
    "post-held-by-two-names",
    "residue",
    "warning",
    "“{match}”与前文的“{post}{first}”不一致：同一职务在一份材料里写了两个人，疑似照搬他人或往年材料",
    "一个单位同一时间只有一位所长、局长、站长；材料前面写“所长孙建国同志”，后面却写“向所长何志刚同志报告”，"
    "多半是照搬兄弟单位或往年的材料后没有改全。前任、原任等带时间的说法不在此列。",
    bad=[
        GOOD.replace(_AT, _AT + "会前，局长李明华同志同我谈心。")
        + "\n今后遇到重大舆情，第一时间向[局长赵国强]同志报告。",
    ],
    good=[
        GOOD,
        GOOD.replace(_AT, _AT + "会前，局长李明华同志同我谈心。")
        + "\n今后遇到重大舆情，第一时间向局长李明华同志报告。",
        GOOD.replace(_AT, _AT + "会前，局长李明华同志同我谈心；前任局长赵国强同志调走后，部分工作交接不清。"),
        GOOD.replace(_AT, _AT + "专题会分别由第一支部书记王素华和第二支部书记孙彦华主持。"),
        GOOD.replace(_AT, _AT + "会前，办公室主任张立新同志同我谈心；宣传室主任李国华同志提出了两条意见。"),
        GOOD.replace(_AT, _AT + "会前，局长李明华同志同我谈心；与县公路局局长赵国强同志多次沟通。")
        + "\n今后赵国强同志提出的意见，我们逐项落实。",
    ],
)
def post_held_by_two_names(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    first: dict[str, str] = {}
    for m in _HOLDER.finditer(text):
        post = m.group("post")
        name = m.group("named") or m.group("bare")
        if _NOT_BARE.search(text, max(0, m.start() - 1), m.start()):
            continue  # 副所长, 前任局长, 县公路局局长: a deputy, a predecessor or another unit's head
        if post not in first:
            first[post] = name
            continue
        known = first[post]
        if name.startswith(known) or known.startswith(name) or text.count(name) > 1:
            continue
        yield rule.finding(
            text,
            m.start(),
            m.end("named") if m.group("named") else m.end("bare"),
            [post + known],
            post=post,
            first=known,
        )
