"""A student's grade and major claimed against the first self-description (R197; round r25, residue25).

A student's material says once who the author is (`作为2022级航海技术专业学生、班级学习委员`, or the title and
the author's line: `2023级临床医学专业 党员 孙某`); a material copied from a classmate's keeps, where the author
speaks of himself again, the classmate's grade or major (`作为2021级轮机工程专业学生`). Read: the first grade and
major the author's lines or a self-claim (作为, 我是, 身为, 本人是) give; reported: a later self-claim with another
grade or another major. Quiet: other students named (2021级的同学, 与…专业的学生), a text that gives two grades or
majors of the author's own (a changed major said so: 转入, 原)."""

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

_GRADE = r"(?P<grade>20[0-9]{2}|[0-9]{2})级(?:的)?(?P<major>[\u4e00-\u9fff]{2,10}?)专业"
# a grade and major said of oneself
_CLAIM = Prefiltered(
    re.compile(
        r"(?<![曾原])(?:作为|我是|身为|本人是|本人系)(?:一名|一位)?"
        + _GRADE
        + r"(?:的)?(?:学生|本科生|研究生|学员|党员)?"
    )
)
_LINE = re.compile(_GRADE)
_CHANGED = re.compile(r"转入|转专业|转到|调整专业|原专业|原为")

_SAID = "按照县委要求，"


@code_rule(
    "R197",
    "other-grade-claimed",
    "residue",
    "warning",
    "“{match}”与前文自述的“{own}”不一致，疑似抄用同学的材料后未改全",
    "学生材料开头已写明自己的年级和专业，后文再以“作为××级××专业学生”自称时应当一致；写成别的年级或专业，多半是"
    "照抄了同学的材料。",
    bad=[
        GOOD.replace(_SAID, "作为2022级航海技术专业学生、班级学习委员，")
        + "\n作为[2021级轮机工程专业]学生，对专业学习的投入不够。",
        GOOD.replace(_SAID, "我是2023级临床医学专业学生。")
        + "\n作为[2022级临床医学专业]学生，本学期有1门课补考。",
    ],
    good=[
        GOOD.replace(_SAID, "作为2022级航海技术专业学生、班级学习委员，")
        + "\n作为2022级航海技术专业学生，对专业学习的投入不够。",
        GOOD.replace(_SAID, "作为2022级航海技术专业学生、班级学习委员，")
        + "\n对2021级轮机工程专业的学弟学妹帮带不够。",
        GOOD.replace(_SAID, "我是2023级临床医学专业学生，去年由护理学专业转入。")
        + "\n作为2022级护理学专业学生时，我学习不够主动。",
    ],
)
def other_grade_claimed(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    claims = list(_CLAIM.finditer(text, ctx.outline.title_end))
    if not claims or _CHANGED.search(text):
        return
    own: tuple[str, str] | None = None
    for line in own_lines(ctx):
        if m := _LINE.search(line):
            own = (m["grade"], m["major"])
            break
    for m in claims:
        said = (m["grade"], m["major"])
        if own is None:
            own = said
            continue
        if said == own:
            continue
        grade, major = own
        yield rule.finding(
            text,
            m.start("grade"),
            m.end("major") + 2,
            (f"{grade}级{major}专业",),
            own=f"{grade}级{major}专业",
        )
