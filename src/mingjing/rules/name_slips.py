"""Slips in the Party's names and in fixed short forms (F149, F152, T131).

- **F149, names of the Thought and of congresses**: 马列 right before 毛泽东思想 (马列主义 lost 主义 when
  the list was cut: 马列毛泽东思想 → 马列主义、毛泽东思想); a national congress counted in Arabic digits
  (党的5大 → 党的五大: the congresses are named in Chinese numerals).
- **F152, a body's level and blends**: 注重理论与实际结合起来 (注重…相结合 + 把…结合起来: a verb that takes
  a noun object, the pair, then 结合起来 with no 把/将 in the clause); 县委巡视 / 区委巡视 (a county or district inspects by 巡察;
  巡视 is the centre's and the province's); 作以 before an object (作以简要点评: 作 and 予以 blended;
  作以下说明 and 作以上 are 以下 and 以上; 工作以服务为主 is 工作 + 以).
- **T131, a short form written as another word**: 县纪律 for 县纪委 among bodies (以及县纪律、县委组织部的
  领导: a county's 纪律 before a joining mark or 的领导); a numbered ban written with a look-alike
  (九不淮 → 九不准); 主要由 before a colon that opens a list (主要由：1、… → 主要有).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.numerals import chinese_count
from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_THOUGHT = re.compile(r"马列(?=毛泽东思想)")
_CONGRESS = re.compile(r"党的([1-9]|[12][0-9])大(?![\u4e00-\u9fff]?[小量多部])")
_LEVEL = re.compile(r"巡(?<=[县区]委巡)视(?!组织|员)")
_BLEND = re.compile(r"作以(?![下上后前内外往及来便至致])(?=[\u4e00-\u9fff])")
# 注重理论与实际结合起来: 注重…相结合 blended with 把…结合起来 (a verb that takes a noun object, then the
# pair joined by 与/和/同, then 结合起来 with no 把/将 to carry it)
_JOINED = re.compile(
    r"(?P<verb>注重|坚持|强调|重视|做到|突出)(?P<pair>[^，。；：！？把将\n]{1,16}?(?:与|和|同)[^，。；：！？把将\n]{1,12}?)"
    r"(?P<tail>(?:紧密|有机|真正|很好地)?结合起来)"
)
_BODY_WORD = re.compile(r"纪(?<=[省市县区]纪)律(?=[、和与及]|的领导|领导)")
_BAN = re.compile(r"不(?<=[一二三四五六七八九十]不)淮")
_LIST_COLON = re.compile(r"主要由(?=[：:])")


def name_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """F149: (start, end, the name as written in full)."""
    if "马列" in text:
        for m in _THOUGHT.finditer(text):
            yield m.start(), m.end() + 5, "马列主义、毛泽东思想"
    for m in _CONGRESS.finditer(text):
        yield m.start(), m.end(), "党的" + chinese_count(int(m.group(1))) + "大"


def level_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """F152: (start, end, suggestion)."""
    if "巡视" in text:
        for m in _LEVEL.finditer(text):
            yield m.start() - 2, m.end(), text[m.start() - 2 : m.start()] + "巡察"
    if "结合起来" in text:
        for m in _JOINED.finditer(text):
            yield m.start("tail"), m.end("tail"), "相结合"
    if "作以" in text:
        import rjieba

        for m in _BLEND.finditer(text):
            if m.start() == 0 or not rjieba.has_word(text[m.start() - 1 : m.start() + 1]):
                yield m.start(), m.end(), "予以"  # 工作以服务为主: 作 closes 工作


def short_form_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """T131: (start, end, suggestion)."""
    found: list[tuple[int, int, str]] = []
    if "纪律" in text:
        found += [(m.start() - 1, m.end(), text[m.start() - 1] + "纪委") for m in _BODY_WORD.finditer(text)]
    if "不淮" in text:
        found += [(m.start() - 1, m.end(), text[m.start() - 1] + "不准") for m in _BAN.finditer(text)]
    if "主要由" in text:
        found += [(m.start(), m.end(), "主要有") for m in _LIST_COLON.finditer(text)]
    yield from sorted(found)


@code_rule(
    "F149",
    "party-name-slip",
    "formulation",
    "warning",
    "“{match}”应为“{suggestion}”：党的理论和会议名称要写全、写规范",
    "党的指导思想和历次代表大会的名称有固定写法：“马列”后面紧接“毛泽东思想”，是“马列主义、毛泽东思想”"
    "删节时丢了“主义”；“党的5大”这类用阿拉伯数字计的届次，规范写法是“党的五大”。",
    bad=[
        variant("一是调查研究不够深入", "一是用[马列毛泽东思想]武装头脑不够，调查研究不够深入"),
        variant("一是调查研究不够深入", "一是学习[党的5大]以来的纪检历史不够，调查研究不够深入"),
    ],
    good=[
        variant(
            "一是调查研究不够深入",
            "一是学习马列主义、毛泽东思想不够，对党的五大、党的二十大精神理解不深，马列经典读得少，"
            "调查研究不够深入",
        ),
    ],
)
def party_name_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in name_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,))


@code_rule(
    "F152",
    "level-or-blend-slip",
    "formulation",
    "warning",
    "“{match}”疑为“{suggestion}”：{note}",
    "县（区）委开展的是“巡察”，“巡视”是中央和省委的；“作以”是“作”和“予以”的杂糅（对工作作以点评），"
    "应写“作”或“予以”；“注重理论与实际结合起来”是“注重…相结合”和“把…结合起来”的杂糅。“作以下说明”“作以上安排”里的“以下”“以上”是词，不提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，接受[县委巡视]时整改不彻底"),
        variant("按照县委要求", "按照县委要求，对全年工作[作以]简要点评"),
        variant("按照县委要求", "按照县委要求，注重理论与实际[结合起来]"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，接受县委巡察和省委巡视时整改不彻底，对全年工作予以点评，现作以下说明，作以上安排，"
            "机关工作以服务为主，注重理论与实际相结合，坚持把学习与工作结合起来",
        ),
    ],
)
def level_or_blend_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in level_slips(ctx.text):
        note = (
            "县（区）一级开展的是巡察"
            if suggestion.endswith("巡察")
            else "“注重…相结合”与“把…结合起来”杂糅"
            if suggestion == "相结合"
            else "“作”与“予以”杂糅"
        )
        yield rule.finding(ctx.text, start, end, (suggestion,), note=note)


@code_rule(
    "T131",
    "short-form-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”之误",
    "简称和固定说法写成了别的词：“县纪律、县委组织部的领导”里的“县纪律”是“县纪委”；“九不淮”是“九不准”；"
    "冒号前引出清单的“主要由：”是“主要有：”。",
    bad=[
        variant("按照县委要求", "按照县委要求，出席的有[县纪律]、县委组织部的领导"),
        variant("按照县委要求", "按照县委要求，传达了医疗行风“[九不淮]”"),
        variant("按照县委要求", "按照县委要求，大家提出的意见[主要由]：1、多开展讨论"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，出席的有县纪委、县委组织部的领导，县纪律检查委员会，传达了“九不准”，"
            "意见主要由支部收集，主要有：1、多开展讨论",
        ),
    ],
)
def short_form_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in short_form_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,))


# a prevention campaign named with the act it prevents: 森林放火宣传 (防火), 开展燃放烟花爆竹宣传 (禁放),
# 开展焚烧秸秆巡查 (禁烧) — the campaign's head (宣传, 巡查, 工作 …) shows it is the prevention
_CAMPAIGN = "宣传|巡查|巡护|检查|督查|工作|责任|措施|任务|演练|期|指挥部|专项行动|专项整治|劝导"
_OPPOSITE = (
    ("放火", re.compile(rf"放(?<=(?:森林|林区|山林|草原|野外)放)火(?=(?:安全)?(?:{_CAMPAIGN}))"), "防火"),
    ("燃放", re.compile(rf"燃(?<=(?:开展|加强|做好|落实|组织)燃)放(?=烟花爆竹的?(?:{_CAMPAIGN}))"), "禁放"),
    ("焚烧", re.compile(rf"焚(?<=(?:开展|加强|做好|落实|组织)焚)烧(?=秸秆的?(?:{_CAMPAIGN}))"), "禁烧"),
)


def opposite_actions(text: str) -> Iterator[tuple[int, int, str]]:
    """T132: (start, end, the prevention's verb) of every campaign named with the act it prevents."""
    found: list[tuple[int, int, str]] = []
    for word, pattern, right in _OPPOSITE:
        if word in text:
            found += [(m.start(), m.end(), right) for m in pattern.finditer(text)]
    yield from sorted(found)


@code_rule(
    "T132",
    "opposite-action",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：这里说的是防范工作，写成了要防范的行为",
    "防范工作的名称写成了要防范的行为，意思正好相反：森林放火宣传（防火）、开展燃放烟花爆竹宣传（禁放）、"
    "开展焚烧秸秆巡查（禁烧）。只在后面跟着宣传、巡查、检查、工作这类工作名称时提示。",
    bad=[
        variant("按照县委要求", "按照县委要求，加强森林[放火]宣传和巡查"),
        variant("按照县委要求", "按照县委要求，在辖区开展[燃放]烟花爆竹宣传"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，加强森林防火宣传和巡查，开展禁放烟花爆竹宣传，查处一起在山林放火的案件，"
            "春节期间燃放烟花爆竹的人多",
        ),
    ],
)
def opposite_action(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, suggestion in opposite_actions(ctx.text):
        yield rule.finding(ctx.text, start, end, (suggestion,))
