"""The own body named with another organ kind (R148, round r14, docs/review-copy-traces.md).

Which Party body the author's unit has — a 党委, a 党组, a 党工委, a 党总支 or a 党支部 — is said by the
author's lines (`中共X局党组领导班子…`, `中共X村支部委员会`, `X医院党委书记、院长`). The body text names the own
unit's body many times (`局党组会议`, `按照院党委分工`); where it names it with another kind (`局党委` in a
局党组's material, `镇党工委` in a 镇党委's, `村党总支` in a 村党支部's) the words are another unit's,
copied. The unit before the organ is read as one word (rjieba): the bare kind (`局`, `院`, `镇`) or a name
whose characters stand in order in the own unit's name (`县林业局` in 松溪县林业局's) is the own unit;
any other (`县教育局党委`, `市国资委党委`, `局机关党委`, `上级党委`, `第二党支部`) is another body, rightly
named. Nothing is guessed: lines naming no organ, or two kinds, leave the rule quiet."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.own_unit_frames import in_order
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import team_variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_SIGN = "宁川县交通运输局局长 王建国"
_AT = "一是遇到难题有畏难情绪。"

# an organ's words → its kind (a 支部委员会 is a 党支部, a 工作委员会 a 党工委)
_KINDS = {
    "党委": "党委",
    "党组": "党组",
    "党工委": "党工委",
    "党总支": "党总支",
    "总支部委员会": "党总支",
    "总支委员会": "党总支",
    "党总支部": "党总支",
    "党支部": "党支部",
    "支部委员会": "党支部",
}
_ORGAN = rf"(?:{'|'.join(sorted(_KINDS, key=len, reverse=True))})(?!织)"
# in the author's lines: the unit and its organ (X局党组, 中共X村支部委员会, 中共X街道工作委员会)
_LINE_ORGAN = re.compile(
    rf"(?:中共|中国共产党)?(?P<unit>[\u4e00-\u9fff]{{2,24}}?)(?P<organ>{_ORGAN}|工作委员会|委员会)"
)
_BODY_ORGAN = Prefiltered(re.compile(_ORGAN))
# a unit's kind word standing for the own unit, by the endings of its full name
_SHORT = {
    "中学": "校",
    "小学": "校",
    "学校": "校",
    "大学": "校",
    "医院": "院",
    "卫生院": "院",
    "法院": "院",
    "检察院": "院",
    "学院": "院",
    "研究院": "院",
    "有限公司": "公司",
    "集团有限公司": "集团",
    "股份有限公司": "公司",
}
_CLAUSE_BACK = 10


def _own(lines: list[str]) -> tuple[str, str] | None:
    """The own unit's name and its organ's kind, when the author's lines name one kind only."""
    pairs = []
    for line in lines:
        for m in _LINE_ORGAN.finditer(line):
            unit, organ = m.group("unit"), m.group("organ")
            if unit.endswith("机关"):
                continue  # a 局's 机关党委 is another body than its 党组
            kind = _KINDS.get(organ) or ("党工委" if organ == "工作委员会" else "党委")
            pairs.append((unit.removeprefix("中共"), kind))
    kinds = {k for _, k in pairs}
    if len(kinds) != 1:
        return None
    unit = max((u for u, _ in pairs), key=len)
    return unit, kinds.pop()


def _own_word(word: str, unit: str) -> bool:
    """Whether the word before an organ stands for the own unit: its kind word (局, 院, 校, 镇) or a name
    whose characters stand in order in the own unit's name, ending as it ends."""
    if not word:
        return False
    if any(unit.endswith(full) and word == short for full, short in _SHORT.items()):
        return True
    if word in ("集团", "公司") and word in unit:
        return True
    return word[-1] == unit[-1] and in_order(word, unit)


@code_rule(
    "R148",
    "own-organ-of-another-kind",
    "residue",
    "warning",
    "“{match}”与本材料的党组织（{own}）不是同一种：本单位的党组织应写作“{own}”，疑似照搬其他单位的材料后未改",
    "局、院、镇、村、公司的党组织是党委、党组、党工委、党总支还是党支部，标题和落款已经写明；正文称本单位的"
    "党组织时换了一种（党组的材料里写“局党委”，镇党委的材料里写“镇党工委”），多半是拿别的单位的材料改的。"
    "上级和别的单位的党组织（县委、县教育局党委、局机关党委）不在此列。",
    bad=[
        GOOD.replace(_SIGN, "宁川县交通运输局党组成员、副局长 王建国").replace(
            _AT, "一是遇到难题有畏难情绪。按照局[党委]分工，"
        ),
        team_variant("班子调查研究不够深入。", "班子调查研究不够深入。镇[党工委]会议研究村道维修只有1次。"),
    ],
    good=[
        GOOD,
        GOOD.replace(_SIGN, "宁川县交通运输局党组成员、副局长 王建国").replace(
            _AT, "一是遇到难题有畏难情绪。按照局党组分工，我兼任局机关党委委员，对县委部署跟进不够，"
        ),
        GOOD.replace(_SIGN, "宁川县交通运输局党组成员、副局长 王建国").replace(
            _AT, "一是遇到难题有畏难情绪。县教育局党委和上级党委的经验学得不够，"
        ),
    ],
)
def own_organ_of_another_kind(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    hits = list(_BODY_ORGAN.finditer(text, ctx.outline.title_end))
    if not hits:
        return
    own = _own(own_lines(ctx))
    if own is None:
        return
    import rjieba

    unit, kind = own
    lines_end = _lines_end(ctx)
    for m in hits:
        found = _KINDS[m.group()]
        if found == kind or lines_end[0] <= m.start() < lines_end[1]:
            continue
        before = text[max(0, m.start() - _CLAUSE_BACK) : m.start()]
        words = rjieba.cut(before) if before else []
        if not words or not _own_word(words[-1], unit):
            continue
        yield rule.finding(text, m.start(), m.end(), [kind], own=kind)


def _lines_end(ctx: ReviewContext) -> tuple[int, int]:
    """The signature's span at the end (its organ is the author's, read already): from the last
    paragraph of the last three that is a short line."""
    o = ctx.outline
    paragraphs = [p for p in o.document.paragraphs if p.start >= o.title_end]
    tail = [p for p in paragraphs[-3:] if p.end - p.start <= 40 and "。" not in ctx.text[p.start : p.end]]
    return (tail[0].start, len(ctx.text)) if tail else (len(ctx.text), len(ctx.text))
