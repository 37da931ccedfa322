"""Section kinds from heading words: problems, causes, measures, other."""

from __future__ import annotations

import re

_OTHER = re.compile(r"上年度|上一年度|去年|前期|以往|整改落实情况|整改情况|落实情况|整改成效|有关事项|个人事项|"
                    r"事项说明|事项报告|其他需要说明|基本情况|履职情况|工作情况|批评意见|案例|以案促改|以案为鉴|现状|学习情况")
_CAUSES_STRONG = re.compile(r"原因|根源|根子|症结|思想根源")
_CAUSES_WEAK = re.compile(r"剖析|深挖|挖根")
_MEASURES = re.compile(r"整改措施|整改方向|整改举措|整改思路|整改目标|改进措施|努力方向|今后方向|下一步|打算|"
                       r"今后|措施|举措|方向")
_PROBLEMS = re.compile(r"问题|不足|差距|短板|对照检查|检视|查摆|查找|对照|检查情况")


def section_kind(heading: str) -> str | None:
    """The kind a section heading names, or None when it names none."""
    if _OTHER.search(heading):
        return "other"
    if _CAUSES_STRONG.search(heading):
        return "causes"
    if _MEASURES.search(heading):
        return "measures"
    if _CAUSES_WEAK.search(heading) and "问题" not in heading:
        return "causes"
    if _PROBLEMS.search(heading):
        return "problems"
    return None
