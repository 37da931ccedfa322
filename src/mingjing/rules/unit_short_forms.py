"""The own unit by its kind alone, offered beside its full name when another unit's name was left in a
copied material (round r15, R117, R124, R135): a writer who mends `河口村党支部书记` in 石坝村's material
writes 村党支部书记 as often as 石坝村党支部书记, and `第二税务分局工作人员` becomes 分局工作人员. The kind word
is the unit's own ending (村, 局, 分局, 院, 分公司, 支部 …); before an organ or a clause's verb it stands
alone, as a whole phrase it takes 本 (对石桥村的 → 对本村的); before a place word (到河口村去) nothing is offered."""

from __future__ import annotations

import re

# a unit's kind by its ending, longest first
_ENDINGS = (
    "分公司", "分局", "分行", "支行", "公司", "集团", "学校", "中学", "小学", "学院", "医院", "中心",
    "街道", "社区", "支部", "总支", "研究所", "局", "院", "所", "村", "镇", "乡", "站", "队", "馆", "社",
    "科", "股", "厂", "场",
)  # fmt: skip
# what follows a unit named as the writer's own subject or organ: its organs, its people, a verb or a date
_ORGAN_AFTER = re.compile(
    r"党组|党委|党工委|党支部|党总支|支部|两委|村委|居委|领导班子|班子|工作人员|干部|职工|党员|全体|"
    r"要|将|在|已|还|对|20\d{2}\s*年"
)
_ALONE_WITH_BEN = frozenset("局院所村镇乡站队馆社科股厂场")


def kind_of(unit: str) -> str | None:
    """The unit's kind word (分局 of 第二税务分局, 村 of 河口村), or None."""
    return next((e for e in _ENDINGS if unit.endswith(e) and len(unit) > len(e)), None)


def short_forms(unit: str, after: str) -> tuple[str, ...]:
    """The own unit by its kind, for a unit written where the own one was meant: the kind alone before an
    organ, a person or a verb (`after` is the text that follows the unit), 本 and the kind for a
    one-character kind where the unit stands as a whole phrase (followed by 的, a clause mark or the end)."""
    kind = kind_of(unit)
    if kind is None:
        return ()
    if _ORGAN_AFTER.match(after):
        return (kind,)
    if kind in _ALONE_WITH_BEN and (not after or after[0] in "的，。；：、！？\n"):
        return ("本" + kind,)
    return ()
