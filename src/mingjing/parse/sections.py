"""Section kinds from heading words: problems, causes, measures, other."""

from __future__ import annotations

import re
from collections.abc import Sequence

from mingjing.model import Section
from mingjing.parse.merged_items import measure_turn
from mingjing.read.glosses import TONED_GLOSS
from mingjing.read.rejoin import unspaced

_OTHER = re.compile(
    r"上年度|上一年度|去年|前期|以往|整改落实情况|整改情况|落实情况|整改成效|整改进展|整改进度|有关事项|个人事项|"
    r"事项说明|事项报告|其他需要说明|基本情况|履职情况|工作情况|批评意见|案例|以案促改|以案为鉴|现状|学习情况|"
    # what cadres and the public said (`干部群众反映其他方面的建议意见`): their opinions, not the problems found
    r"(?:反映|提出)[^，,。；;]{0,10}(?:意见|建议)$|"
    # what was done before the examination, a report of its own (`学习和检视情况`, `学习研讨及征求意见情况`);
    # what the examination found is named otherwise (`检视出的问题`, `对照检查情况`)
    r"学习[和与及、]?(?:研讨|检视|查摆|交流|调研|征求意见|谈心谈话)(?:[和与及、](?:研讨|检视|查摆|交流|调研|"
    r"征求意见|谈心谈话))?(?:的)?情况$|"
    # what the study brought, as a part of its own before the problems (`【学习收获】`, `学习体会`)
    r"^(?:主要)?(?:学习|思想)?(?:收获|心得|体会)(?:和|与|及)?(?:体会|认识|收获)?$"
)
_CAUSES_STRONG = re.compile(r"原因|根源|根子|症结|思想根源")
_CAUSES_WEAK = re.compile(r"剖析|深挖|挖根")
_MEASURES = re.compile(
    r"整改措施|整改方向|整改举措|整改思路|整改目标|整改承诺|整改清单|承诺事项|改进措施|努力方向|"
    r"今后方向|下一步|打算|"
    r"今后|措施|举措|方向|对策|"
    # a literary heading's last words (`立行立改抓落实`, `真抓实干见实效`)
    r"(?:立行立改|抓落实|抓整改|促整改|见实效)$"
)
_PROBLEMS = re.compile(
    r"问题|不足|差距|短板|对照检查|检视|查摆|查找|对照|检查情况|"
    # the gaps a case laid bare in how a unit is run (`集团管理中存在的漏洞`, `案件暴露出的薄弱环节`)
    r"(?:存在|暴露出?|反映出?)的?(?:主要|突出)?(?:漏洞|薄弱环节|风险隐患)$|"
    # how a shortcoming shows (`党性缺失的表现`, `四风方面的突出表现`)
    r"(?:缺失|缺乏|淡化|弱化|淡薄|不强|不实|不严|不力|松懈|涣散|懈怠|偏差|四风|形式主义|官僚主义|享乐主义|奢靡之风|"
    # the bad habits of a work style named by their words (`庸懒散奢的主要表现`, `推诿扯皮的表现`)
    r"庸懒|懒散|慵懒|散漫|懒政|怠政|庸政|推诿|扯皮)"
    r"[^，,。；;]{0,6}?的?(?:主要|突出|具体)?表现$"
)


# what a case campaign will do (`以案促改的措施`, `以案为鉴整改举措`): measures, though the heading names the
# campaign, as `以案促改` alone, a part about the case, does not
_CASE_MEASURES = re.compile(
    r"(?:以案促改|以案为鉴|以案明纪|以案促治)[^，,。；;]{0,6}(?:措施|举措|打算|对策)$"
)
# the problems found by looking at a case (`以案为鉴查摆的突出问题`, `对照案例检视出的问题`): problems,
# though the heading names the case (`反面典型案例剖析`, `对照案例查摆自身差距` stay `other`)
_CASE_PROBLEMS = re.compile(r"(?:以案|案例).{0,6}(?:查摆|检视|查找|查出)[^，,。；;]{0,8}问题$")
# causes and measures under one heading (`原因剖析及整改措施`, `问题原因及努力方向`, `问题根源及整改措施`)
_MERGED = re.compile(r"(?:原因|根源).{0,8}(?:整改|措施|方向|打算|举措)|(?:整改|措施).{0,8}(?:原因|根源)")
# problems first, with their causes and/or measures, under one heading (`存在的问题及原因剖析`,
# `存在问题及整改措施`, `问题、原因及整改措施`): the items are the problems
_PROBLEMS_AND = re.compile(
    r"问题(?:清单|表现)?(?:及|和|与|、|以及)(?:其|产生的?|相应的?)?(原因|根源|整改|措施|努力方向|对策)(.*)"
)
_CAUSE_WORDS = ("原因", "根源")
# a line that names the document itself (`…对照检查材料`, `写对照检查材料为什么需要“帮助”`) names no part
_DOCUMENT = re.compile(
    r"对照检查材料|剖析材料|检视材料|发言提纲|发言材料|(?:材料|提纲|发言稿)(?:[（(][^）)]{1,10}[）)])?$|"
    # a speech named for its meeting or its examination (`…对照检查发言（摘要）`, `…在…生活会上的发言`)
    r"(?:生活会|对照检查|检视剖析|党性分析|剖析|查摆|检视|自查)[^，,。；;：:]{0,8}发言(?:[（(][^）)]{1,10}[）)])?$|"
    r"(?:自查|检视|查摆)问题清单\d{0,2}$|"
    # a list or ledger named for its meeting, or a unit's for its year (`…民主生活会问题整改清单`,
    # `…局2024年度检视问题清单及整改台账`, `问题清单及整改台账`); `2024年度整改清单` is a part's name
    r"(?:民主生活会|组织生活会)[^，,。；;]*(?:清单|台账)$|清单(?:及|和|与)[^，,。；;]{0,8}台账$|"
    r"^[^，,。；;]{8,}年度[^，,。；;]*(?:清单|台账)$|"
    # the preamble's closing formula announcing the whole material (`现将…检视剖析情况报告如下：`)
    r"(?:报告|汇报)如下[：:。]?$"
)


# a heading that says in brackets which part it is (`社区党建工作现状(存在的主要问题)`)
_BRACKETED_PART = re.compile(r"[（(]([^（()）]{2,16})[）)]$")


# a pinyin gloss a site put after a character (`问(wèn)题`, `担(dān)当`): no word of the heading
PINYIN_GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def unglossed(words: str) -> str:
    """A heading's or a title's words without the pinyin glosses a mirror site put after their
    characters (`谋事不实(shí)的问(wèn)题` → `谋事不实的问题`)."""
    return TONED_GLOSS.sub("", words) if "(" in words or "（" in words else words


def section_kind(heading: str) -> str | None:
    """The kind a section heading names, or None when it names none; a core part named in brackets
    at the end of a heading that names none or `other` (`…现状(存在的主要问题)`) is what it means.
    Pinyin glosses (`问(wèn)题`) are read past."""
    heading = unspaced(heading)  # (`查 摆 的 主 要 问 题`: spaced out letter by letter)
    if "(" in heading or "（" in heading:
        heading = PINYIN_GLOSS.sub("", heading)
    if _DOCUMENT.search(heading):
        return None
    bracketed = _BRACKETED_PART.search(heading)
    if bracketed and bracketed.start() > 0 and section_kind(heading[: bracketed.start()]) in (None, "other"):
        inner = section_kind(bracketed.group(1))
        if inner in ("problems", "causes", "measures"):
            return inner  # `…现状(存在的主要问题)`, never `整改措施（问题清单）`
    if _OTHER.search(heading) and not _CASE_PROBLEMS.search(heading) and not _CASE_MEASURES.search(heading):
        return "other"
    if _PROBLEMS_AND.search(heading):
        return "problems"
    if _CAUSES_STRONG.search(heading):
        return "causes"
    if _MEASURES.search(heading):
        return "measures"
    if _CAUSES_WEAK.search(heading) and not re.search(r"问题|对照检查|查摆", heading):
        return "causes"  # not `个人剖析对照检查情况`: what the examination found is the problems
    if _PROBLEMS.search(heading):
        return "problems"
    return None


# a part's name as a heading states it (`存在的主要问题`, `问题产生的原因`, `原因分析`, `下一步整改措施`)
# (what the problems were found against may stand first, `对照六项纪律查摆的问题`; a 的 may stand inside a
# name, `今后努力的方向`, `整改的措施`)
_PART_NAME = re.compile(
    r"^(?:(?:对照[^，,。；;：:]{2,10}?)?(?:存在|检视出?|查摆出?|查找出?|对照检查出?)的?(?:主要|突出)?(?:问题|不足)"
    r"(?:和不足|与不足)?|(?:存在的?)?(?:差距|短板)(?:和|与|及)(?:不足|短板|差距)|问题(?:表现|清单)|"
    r"(?:问题)?(?:产生的?)?(?:主要)?(?:原因|根源)(?:分析|剖析)?|(?:原因|根源|思想)剖析|思想根源|产生问题的(?:原因|根源)|"
    r"(?:下一步|下步|下阶段|今后)?的?(?:整改的?措施|努力的?方向|改进的?措施|整改的?方向|整改举措|整改打算|举措|打算))"
)
# what may follow a part's name in its own heading (`存在的问题及原因`, `整改措施和努力方向`, `（一）`)
_NAME_GOES_ON = re.compile(r"^(?:及|和|与|暨|以及|、|[（(]|方面|情况|清单|表现)")
FUSED_REST = 6  # characters of a sentence after a part's name with no mark between (`存在的问题通过…`)


def fused_name(heading: str) -> int:
    """The length of a part's name that runs on into the part's first sentence with no mark between
    (`存在的问题通过学习对照，我…`, `整改措施针对上述问题，我将…`), as a copy that lost the line break
    writes it; 0 when the heading is a name (or anything else) as it stands."""
    m = _PART_NAME.match(heading)
    if m is None:
        return 0
    rest = heading[m.end() :]
    if len(rest) < FUSED_REST or _NAME_GOES_ON.match(rest) or not re.search(r"[，,]", rest):
        return 0
    if _NAME_AGAIN.match(rest):  # `存在的问题，存在问题的具体表现；`: the writer's mark, one heading
        return 0
    return m.end()


# after a part's name and a comma, a short phrase with no mark and no speaker, the line's end (a whole
# heading line: `查找出的问题，问题的主要表现`); a sentence after the comma (`，我…`) is the part's text
_NAME_AGAIN = re.compile(r"^[，,](?![我本]|主要|具体)[^，,。；;：:！？!?]{2,14}$")


# how the names of parts begin (`存在的问题`, `检视出的问题`, `原因分析`, `整改措施`): a heading the end
# of a page cut after a character or two (`一、检`) is the part whose name it begins
_NAME_STARTS = {
    "problems": ("存在", "检视", "检查", "查摆", "查找", "对照", "问题", "突出问题"),
    "causes": ("原因", "产生", "剖析", "根源", "问题根源", "问题产生", "问题原因"),
    "measures": ("整改", "努力", "下一步", "今后", "改进"),
}
CUT_NAME = 3  # characters: a part's name cut this short names its kind only by how it begins


def cut_part_kind(heading: str) -> str | None:
    """The kind of part a heading cut off at the end of a page begins to name (`检` → problems),
    when the names of only one kind begin so; None for a longer or an ambiguous heading."""
    if not 0 < len(heading) <= CUT_NAME:
        return None
    kinds = {k for k, starts in _NAME_STARTS.items() for w in starts if w.startswith(heading)}
    return kinds.pop() if len(kinds) == 1 else None


# an intro sentence that looks forward (`针对以上问题，我将从以下几个方面抓好整改：`) opens the measures,
# whatever problem it names on the way
_FORWARD = re.compile(r"针对(?:以上|上述|这些|前述|查摆|检视|存在)|我将|今后|下一步|整改|努力方向|改进")


def intro_kind(sentence: str) -> str | None:
    """The kind of part a lead-in sentence opens: causes when it names them, measures when it
    looks forward, else what its words name."""
    if _CAUSES_STRONG.search(sentence):
        return "causes"
    if _FORWARD.search(sentence):
        return "measures"
    return section_kind(sentence)


ANSWERS = ("causes", "measures")
# a heading that says what will be done: it opens with a verb of action
_MEASURE_HEAD = re.compile(
    r"^(?:进一步|持续|始终|切实|坚持|坚定|加强|强化|提高|提升|增强|深化|严格|严守|落实|压实|"
    r"筑牢|树牢|锤炼|改进|转变|发扬|弘扬|践行|推动|推进|守牢|扛起|扛牢|聚焦|着力|狠抓|勇于|"
    r"敢于|带头|用心|创新|完善|健全|建立|抓好|抓实|做到|做好|当好|站稳|牢记|恪守|主动|注重|"
    r"突出|把|以|在.{1,12}上下功夫|补齐|提振|树立|涵养|保持|激发|锻造|扎实|全面|认真|努力)"
)
# a heading that names a cause: something weakened or missing (`思想上松了劲`, `宗旨意识有所淡化`)
_CAUSE_HEAD = re.compile(
    r"弱化|淡化|松懈|放松|松了|降了|少了|差了|缺了|有所|不够|不足|不强|不深|不高|不严|不牢|"
    r"缺失|缺乏|欠缺|偏差|偏离|懈怠|滑坡|根源|原因"
)
# a heading that states the cause and then turns to what must be done in its last clause (`…是思想
# 根源，要强化理论武装`, `…认识不足，必须…`): the measure is what it heads
_HEAD_TURNS = re.compile(r"[，,；;]\s*(?:要|必须|务必|应当|需要|亟需|亟须)[^，,；;]{2,}$")
# an item that says what will be done (its body after the cause)
_WILL_DO = re.compile(r"今后|下一步|将|要|努力|每[天日周月季年]|前完成|[年月]底前|不少于|整改措施|改进措施")
# a heading that names the problem an item answers (`关于理论学习不深入的问题`): neither a cause nor
# a measure, whatever words the problem uses
_PROBLEM_REF = re.compile(r"^(?:关于|针对|对于)?.{2,30}(?:的|方面)问题$")


_ASPECT_REF = re.compile(r"^(?:关于|针对|对于).{2,30}方面$")


def is_problem_ref(heading: str) -> bool:
    """An item heading that names the problem (or the aspect) the item answers: `关于理论学习不深入的
    问题`, `关于政治纪律方面`."""
    heading = heading.strip().rstrip("。：:")
    return bool(_PROBLEM_REF.search(heading) or _ASPECT_REF.search(heading))


def cause_before_turn(heading: str) -> str | None:
    """The cause an item heading states before it turns to what must be done (`理论学习不深是思想根源，
    要强化理论武装` → `理论学习不深是思想根源`); None for a heading that does not turn."""
    m = _HEAD_TURNS.search(heading)
    return heading[: m.start()].strip() or None if m else None


def is_measure_heading(heading: str) -> bool:
    """An item heading that says what will be done (加强理论武装, 严守纪律规矩)."""
    return bool(_MEASURE_HEAD.search(heading))


# a sentence of an item's body that turns to what will be done (`下一步，…`, `今后…`, `整改措施：…`)
_TURN = re.compile(
    r"(?:^|[。；;！？!?\n]|(?<=[\u4e00-\u9fff”])\.)\s*(?:下一步|今后|我将|整改措施[：:]|改进措施[：:])"
)


def is_merged(heading: str) -> bool:
    """A part whose heading names both causes and measures."""
    return bool(_MERGED.search(heading))


def merged_kind(headings: list[str], bodies: list[str]) -> str:
    """The kind a careful reader gives a merged part, by what its items hold: as `headings_kind`, but
    items headed by causes whose bodies mostly say what will be done make it measures too (each cause
    heads the measure that answers it: `（一）理论武装还需加强。原因是…。2026年上半年拿出…方案`, `原因：…
    措施：…`, or a body that is the measure itself; round r28, the convention of ~50 parse sets)."""
    kind = headings_kind(headings, bodies)
    if kind == "causes" and _cause_heads(headings) > _measure_heads(headings):
        return "measures" if _most_say_what_will_be_done(bodies) else kind
    return kind


def headings_kind(headings: list[str], bodies: list[str]) -> str:
    """The kind a merged part's item headings name: items that each turn to what will be done in a
    sentence of its own (`下一步，…`) make it measures; items headed by measures make it measures,
    items headed by causes make it causes; with neither, items that each say what will be done make
    it measures (a cause stated, then the measure that answers it). The review ties each item's
    heading to this kind when it reads a merged part by halves (rules/context.py)."""
    if bodies and all(_TURN.search(b) for b in bodies):
        return "measures"  # every item states its cause, then turns to the measure: `…。下一步，…`
    measures, causes = _measure_heads(headings), _cause_heads(headings)
    if measures != causes:
        return "measures" if measures > causes else "causes"
    if bodies and all(_WILL_DO.search(b) for b in bodies):
        return "measures"
    return "causes"


def _measure_heads(headings: list[str]) -> int:
    return sum(1 for h in headings if _MEASURE_HEAD.search(h) or _HEAD_TURNS.search(h))


def _cause_heads(headings: list[str]) -> int:
    return sum(
        1
        for h in headings
        if not _MEASURE_HEAD.search(h)
        and not _HEAD_TURNS.search(h)
        and not _PROBLEM_REF.search(h)
        and _CAUSE_HEAD.search(h)
    )


def _most_say_what_will_be_done(bodies: list[str]) -> bool:
    """More than half the items' bodies say what will be done: a sentence that looks forward or says by
    when or how often (`merged_items.measure_turn`), or a body that opens with the measure (`严格执行…`)."""
    doing = sum(1 for b in bodies if measure_turn(b) is not None or _MEASURE_HEAD.match(b.strip()))
    return doing * 2 > len(bodies)


def answers(kind: str, section_kind_: str, heading: str) -> bool:
    """Whether a part of kind `section_kind_` answers for `kind`: itself, a merged part of causes
    and measures, which answers for both, or problems with their causes or measures
    (`存在的问题及原因剖析`, `存在问题及整改措施`), which answer for what they name (no missing-part
    alarm beside them, and the correspondence checks read them for it)."""
    if section_kind_ == kind:
        return True
    if "(" in heading or "（" in heading:
        heading = PINYIN_GLOSS.sub("", heading)
    if kind in ANSWERS and section_kind_ in ANSWERS and is_merged(heading):
        return True
    m = _PROBLEMS_AND.search(heading) if section_kind_ == "problems" else None
    if m is None:
        return False
    named = m.group(1) + m.group(2)
    if kind == "causes":
        return any(w in named for w in _CAUSE_WORDS)
    return kind == "measures" and bool(re.search(r"整改|措施|方向|打算|对策", named))


_ROUND_ORDER = {"problems": 0, "causes": 1, "measures": 2}


def aspect_rounds(sections: Sequence[Section]) -> list[list[Section]]:
    """The rounds of an aspect-major outline (docs/real-materials.md): problems → causes → measures
    once per aspect, two rounds or more, each in order with its causes or measures; [] otherwise.
    The causes and measures of a round answer that round's problems."""
    rounds: list[list[Section]] = []
    for s in sections:
        if s.kind not in _ROUND_ORDER:
            continue
        if s.kind == "problems":
            rounds.append([s])
        elif rounds:
            rounds[-1].append(s)
        else:
            return []
    if len(rounds) < 2:
        return []
    for r in rounds:
        order = [_ROUND_ORDER[s.kind] for s in r]
        if len(r) < 2 or order != sorted(set(order)):
            return []
    return rounds
