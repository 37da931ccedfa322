"""A Party campaign's name with its kind or one word changed (F214): “三严三实”主题教育 for “三严三实”专题
教育, “两学一做”专题教育 for “两学一做”学习教育, 学习贯彻习近平新时代中国特色社会主义思想专题教育 for …主题教育,
深入学习中央八项规定精神学习教育 for 深入贯彻中央八项规定精神学习教育.

Each集中教育 of the Party has one name (public facts, data/fixed_sayings.yaml: 保持共产党员先进性教育活动
2005, 党的群众路线教育实践活动 2013, “三严三实”专题教育 2015, “两学一做”学习教育 2016, “不忘初心、牢记使命”
主题教育 2019, 党史学习教育 2021, the 2023 主题教育, 党纪学习教育 2024, 深入贯彻中央八项规定精神学习教育
2025): a theme, then its kind (主题教育, 专题教育, 学习教育, 教育实践活动, 教育活动). F169 hears one character
changed; F214 reads each kind the text writes and the theme before it:

- the theme of a catalogued campaign (four characters or more, quotation marks left out) before another
  kind, the two together no campaign of the list;
- the kind of a catalogued campaign after its theme of eight characters or more with one word of two
  characters changed (one character is F169's).

Themes of two characters (党史, 党纪) are left out: a school's 党史专题教育 is a lesson, not the campaign.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules import formulation_sayings
from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_KINDS = re.compile("教育实践活动|主题教育|专题教育|学习教育|教育活动")
_QUOTES = frozenset('“”‘’"「」『』')
MIN_THEME = 4
MIN_CHANGED = 8
_BACK = 40


@lru_cache(maxsize=1)
def campaigns() -> dict[str, tuple[str, ...]]:
    """Each catalogued campaign's theme → its kinds (the sayings of data/fixed_sayings.yaml that end in a
    campaign's kind, quotation marks left out)."""
    out: dict[str, list[str]] = {}
    for saying in formulation_sayings.sayings():
        m = _KINDS.search(saying)
        if m is not None and m.end() == len(saying) and len(saying) - len(m.group()) >= MIN_THEME:
            out.setdefault(saying[: m.start()], []).append(m.group())
    return {k: tuple(v) for k, v in out.items()}


def _before(text: str, at: int) -> tuple[str, list[int]]:
    """The text before `at` (a window) without quotation marks, and each kept character's offset."""
    keep = [i for i in range(max(0, at - _BACK), at) if text[i] not in _QUOTES]
    return "".join(text[i] for i in keep), keep


def _one_word(written: str, theme: str) -> bool:
    """Two neighbouring characters changed, the rest as the theme."""
    diffs = [i for i, (a, b) in enumerate(zip(written, theme, strict=True)) if a != b]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1


def _carried_out(written: str, theme: str) -> bool:
    """Whether the word changed opens the theme's words and is a verb of carrying out (深入开展 +
    中央八项规定精神学习教育): the campaign's short name after its verb, no slip of its name (r23)."""
    i = next(i for i, (a, b) in enumerate(zip(written, theme, strict=True)) if a != b)
    return i <= 2 and written[i : i + 2] in formulation_sayings.CONDUCT_VERBS


def campaign_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the right wording) of every campaign name written with its kind changed (the kind is
    reported) or a word of its theme changed (the theme and kind are)."""
    table = campaigns()
    for m in _KINDS.finditer(text):
        before, offsets = _before(text, m.start())
        kind = m.group()
        for theme, kinds in table.items():
            if len(theme) > len(before):
                continue
            if before.endswith(theme):
                if kind not in kinds:
                    yield m.start(), m.end(), kinds[0]
                break
            written = before[-len(theme) :]
            if kind in kinds and len(theme) >= MIN_CHANGED and _one_word(written, theme):
                if _carried_out(written, theme):
                    break
                yield offsets[-len(theme)], m.end(), theme + kind
                break


@code_rule(
    "F214",
    "campaign-name-changed",
    "formulation",
    "warning",
    "“{match}”疑为“{suggestion}”：党内集中教育的名称是固定的",
    "党内每次集中教育都有固定名称（“三严三实”专题教育、“两学一做”学习教育、“不忘初心、牢记使命”主题教育、"
    "党纪学习教育、深入贯彻中央八项规定精神学习教育等），主题和“主题教育”“专题教育”“学习教育”“教育实践活动”"
    "不能互换，主题中的词也不能改。名称前面是已知的主题而后面的类别不对，或类别对而主题错了一个词时提示。",
    bad=[
        variant("我认真学习《习近平著作选读》", "我参加了“三严三实”[主题教育]"),
        variant("我认真学习《习近平著作选读》", "我参加了“两学一做”[专题教育]"),
        variant("我认真学习《习近平著作选读》", "我参加了[深入学习中央八项规定精神学习教育]"),
    ],
    good=[
        variant(
            "我认真学习《习近平著作选读》",
            "我参加了“三严三实”专题教育、“两学一做”学习教育和深入贯彻中央八项规定精神学习教育，"
            "学校开展了党史专题教育",
        ),
        variant("我认真学习《习近平著作选读》", "我们深入开展中央八项规定精神学习教育"),
    ],
)
def campaign_name_changed(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, name in campaign_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (name,))
