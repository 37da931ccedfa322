"""What kind of material this is: who speaks (个人 / 班子 in a 民主生活会; 党员 / 支部 in a 组织生活会)
and whether the meeting is the yearly one (年度) or a special one (专题: 以案促改, 巡视整改, 主题教育 …).

Evidence in order of strength: the title, then the preamble (“现将个人对照检查情况报告如下”,
“代表领导班子”), then the voice of the problems part (我 against 班子/我们). The voice is also
kept on its own, so a rule can tell a material whose title says 班子 but which speaks as 我.
"""

from __future__ import annotations

import re

from mingjing.errors import InputError
from mingjing.frameworks.loader import KINDS, Framework
from mingjing.model import MaterialKind, Outline

TEAM = "班子"
PERSON = "个人"
# in a 组织生活会 the same two voices are called 支部 (the branch committee) and 党员 (a member)
MEETING_NAMES = {"组织生活会": {TEAM: "支部", PERSON: "党员"}, "民主生活会": {TEAM: TEAM, PERSON: PERSON}}
SPECIAL = ("专题", "以案促改", "以案为鉴", "巡视整改", "巡察整改", "主题教育", "党纪学习教育", "党史学习教育")

_TITLE_TEAM = re.compile(
    r"(?:领导)?班子(?!成员)|党组(?:织)?对照|党委对照|常委会对照|支部委员会|支委会|党支部对照"
)
_TITLE_PERSON = re.compile(r"个人|党员对照|发言提纲")
_PRE_TEAM = re.compile(
    r"代表(?:[^，。]{0,8})(?:班子|党组|党委|支委|支部委员会)(?:作|进行|对照)|班子对照检查情况|"
    r"(?:领导班子|党组|党委|支部委员会|支委会)(?:紧扣|认真|深入|坚持)"
)
_PRE_PERSON = re.compile(r"个人对照检查|个人检视|本人")
# 我 as a person: not 我们, nor 我 + a unit (我局, 我镇 …)
_I = re.compile(r"我(?![们局镇县市区省院校委办所乡部厅司处科室队站团社国党村组单])")
# (a 党委/党组 named with its study group, 镇党委理论学习中心组, or as a superior, 上级党委, is not the voice)
_WE = re.compile(
    r"我们|班子(?!成员)|(?<!上级)党组(?!成员|书记|理论学习中心组|中心组)|(?<!上级)党委(?!书记|委员|理论学习中心组|中心组)"
)
VOICE_MIN = 3  # uses of a voice before it counts as the material's voice


def voice(text: str) -> str | None:
    """个人 or 班子 by how the text speaks, or None when it does not clearly speak either way."""
    i, we = len(_I.findall(text)), len(_WE.findall(text))
    if i >= VOICE_MIN and i >= 2 * we:
        return PERSON
    if we >= VOICE_MIN and we >= 2 * i:
        return TEAM
    return None


def _meeting(head: str, framework_meeting: str | None) -> str:
    if "组织生活会" in head and "民主生活会" not in head:
        return "组织生活会"
    if "民主生活会" in head:
        return "民主生活会"
    return framework_meeting or "民主生活会"


def detect_kind(
    title: str, preamble: str, problems: str, framework_meeting: str | None = None, forced: str | None = None
) -> MaterialKind:
    """The material's kind; `forced` (--kind) wins and is kept as given."""
    head = title + preamble[:300]
    meeting = _meeting(title or head, framework_meeting)
    scope = "专题" if any(w in title for w in SPECIAL) else "年度"
    spoken = voice(problems)
    names = MEETING_NAMES[meeting]
    if forced and forced not in KINDS:
        raise InputError(f"--kind {forced}：材料类别应为 {'、'.join(KINDS)} 之一")
    if forced:
        return MaterialKind(who=forced, scope=scope, evidence="指定", voice=spoken and names[spoken])
    if _TITLE_PERSON.search(title):
        who, evidence = PERSON, "标题"
    elif _TITLE_TEAM.search(title):
        who, evidence = TEAM, "标题"
    elif _PRE_PERSON.search(preamble):
        who, evidence = PERSON, "前言"
    elif _PRE_TEAM.search(preamble):
        who, evidence = TEAM, "前言"
    elif heard := voice(preamble + problems):
        who, evidence = heard, "语气"
    else:
        return MaterialKind(who=None, scope=scope, evidence="", voice=None)
    return MaterialKind(who=names[who], scope=scope, evidence=evidence, voice=spoken and names[spoken])


def material_kind(
    outline: Outline, frameworks: dict[str, Framework], forced: str | None = None
) -> MaterialKind:
    """The kind of a parsed material (called once by parse_document)."""
    text = outline.document.text
    preamble = (
        text[outline.preamble_start : outline.preamble_end] if outline.preamble_start is not None else ""
    )
    problems = "".join(text[s.start : s.end] for s in outline.sections if s.kind == "problems")
    fw = frameworks.get(outline.framework.id) if outline.framework else None
    return detect_kind(outline.title, preamble, problems, fw.meeting if fw else None, forced)
