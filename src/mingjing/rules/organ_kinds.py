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
    "中学": ("校", "学校"),
    "小学": ("校", "学校"),
    "学校": ("校", "学校"),
    "大学": ("校", "学校"),
    "医院": ("院", "医院"),
    "卫生院": ("院",),
    "法院": ("院",),
    "检察院": ("院",),
    "学院": ("院", "学院"),
    "研究院": ("院",),
    "有限公司": ("公司",),
    "集团有限公司": ("集团",),
    "股份有限公司": ("公司",),
}
# a one-character word before the kind word that rjieba joins to it (经局 in 经局党委审定, 由院)
_JOINED = tuple("经由在对向从按让被将把为给跟同与和及请报")
_CLAUSE_BACK = 10
_LINE_MAX = 40


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


# a unit's last character by which a name ends (集团, 大队, 税务局 …), for the innermost unit of a line
_UNIT_END = set("局院所站队行团司镇乡村校心会社场厂矿部")
_COMPANY_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
# higher organs above lower ones: a 党委 speaks of its 党总支 and 党支部, a 党总支 of its 党支部
_RANK = {"党委": 3, "党工委": 3, "党组": 3, "党总支": 2, "党支部": 1}
_TEAM_WORDS = ("班子", "支部")  # the outline's kinds that speak as the organ itself
_NAME_TAGS = ("n", "q")  # a noun or a classifier before a unit's word makes it another name


def _innermost(unit: str) -> str:
    """The innermost unit of a line's run (第一中队 of 县公安局交通警察大队第一中队, 路桥分公司 of
    江州城建集团路桥分公司); a company's legal form is set aside (宏达建设集团有限公司 → 宏达建设集团)."""
    for form in _COMPANY_FORMS:
        if unit.endswith(form) and len(unit) > len(form):
            unit = unit[: -len(form)]
            break
    import rjieba

    words = rjieba.cut(unit)
    cut = max((k for k, w in enumerate(words[:-1]) if w[-1] in _UNIT_END), default=-1)
    return "".join(words[cut + 1 :])


_LEVEL_CHARS = ("省", "市", "县", "区", "州", "旗")
_KIND_WORDS = (
    "集团",
    "公司",
    "局",
    "院",
    "镇",
    "乡",
    "村",
    "社区",
    "街道",
    "所",
    "站",
    "队",
    "中心",
    "校",
    "场",
    "厂",
)


def _own_word(words: list[tuple[str, str]], unit: str) -> bool:
    """Whether the word before an organ stands for the own unit: its kind word (局, 院, 校, 镇) after no
    name (按照局党委, not 码头公司党支部), or a name whose characters stand in order in the innermost
    unit's name, ending as it ends (县林业局 for 松溪县林业局, not 省水文局 for 宁江水文水资源勘测局); the
    parent's word in a branch's material (行 in a 支行's, 局 in a 分局's) is the parent's."""
    word = words[-1][0]
    if len(word) == 2 and word.startswith(_JOINED) and word[1] in "局院校镇乡村所站队":
        word, words = word[1], [*words[:-1], (word[0], "p"), (word[1], "n")]
    inner = _innermost(unit)
    if not inner:
        return False
    prev_word, prev_tag = words[-2] if len(words) > 1 else ("", "")
    bare = any(unit.endswith(full) and word in shorts for full, shorts in _SHORT.items()) or (
        word in _KIND_WORDS and inner.endswith(word) and not inner.endswith(("分" + word, "支" + word))
    )
    if bare:
        return not prev_tag.startswith(_NAME_TAGS)
    if prev_word in _LEVEL_CHARS and prev_word not in unit:
        return False  # a level the own name does not hold: the superior's organ
    return len(word) >= 2 and word[-1] == inner[-1] and in_order(word, inner)


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
    lines = [
        (p.start, p.end)
        for p in ctx.outline.document.paragraphs
        if p.end - p.start <= _LINE_MAX and "。" not in text[p.start : p.end]
    ]
    who = ctx.outline.kind.who if ctx.outline.kind is not None else None
    for m in hits:
        found = _KINDS[m.group()]
        if found == kind or (found != "党组" and kind != "党组" and _RANK[found] < _RANK[kind]):
            continue  # the own kind, or a lower organ the own one leads (a 党委's 党支部)
        if _RANK[found] > _RANK[kind] and _RANK[kind] < _RANK["党委"] and who not in _TEAM_WORDS:
            continue  # a member of a branch cites the unit's higher organ (学校党总支 above its 党支部)
        if any(s <= m.start() < e for s, e in lines):
            continue  # the author's lines: read already
        before = text[max(0, m.start() - _CLAUSE_BACK) : m.start()]
        words = rjieba.tag(before) if before else []
        if not words or not _own_word(words, unit):
            continue
        yield rule.finding(text, m.start(), m.end(), [kind], own=kind)
