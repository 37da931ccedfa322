"""A meeting the author's unit cannot hold, called its own (R152, round r15, docs/review-copy-traces.md).

Each kind and level of unit has its own deliberating bodies (data/unit_bodies.yaml): a 局党组 meets as
the 党组会议 and the 局长办公会, a 镇 as the 党委会 and the 镇长办公会, a village as the 村民代表会议, a
school as the 校长办公会, a branch as the 支委会. A material copied from a unit of another kind keeps the
other's body: `全年召开县长办公会专题研究项目建设4次` in a 镇党委's, `支部全年召开党组会议6次` in a
village branch's. The body is read as the own one only where the own unit holds it — directly after
召开, 主持召开, 开了; or, for a body no unit near the own one has (no 党组 stands near a 镇 or a 村),
wherever it stands bare, after no other unit's name (经党组会研究) — and compared with the author's lines (`copy_traces.own_lines`): lines naming a unit
and none of the body's holders. Quiet: a body attended, submitted to or obeyed (列席, 参加, 提请, 按照 …:
no 召开 before it), a body named with another unit before it (镇党委会), lines that name no unit."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.copy_traces import own_lines
from mingjing.rules.literals import Prefiltered
from mingjing.rules.sample_team import team_variant
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "unit_bodies.yaml"
# the own unit holding the meeting: 召开 (主持召开, 组织召开) or 开了/开过 right before its name
_HELD = r"(?:召开|主持|开了|开过)(?:了|过)?"
# a character after which a body's name stands bare, not after another unit's name (经党组会研究, 在党组会上)
_BARE_BEFORE = "，。；：、（“\n经在由将对按照开了过的"
_ORGAN = re.compile(r"党委|党组|党工委|党总支|支部|委员会")


@dataclass(frozen=True)
class Body:
    names: tuple[str, ...]
    holders: re.Pattern[str]
    organ: bool
    nowhere: re.Pattern[str] | None  # lines of units near which no such body stands


@lru_cache(maxsize=1)
def bodies() -> tuple[tuple[Body, ...], dict[str, int], Prefiltered, Prefiltered]:
    """The table's bodies, each name → its body, the pattern of a body's name after 召开 and that of
    a body's name standing bare (only the bodies with `nowhere`: read in those units' materials only)."""
    data = load_data(TABLE.read_text(encoding="utf-8"))["bodies"]
    out = tuple(
        Body(
            tuple(b["names"]),
            re.compile("|".join(b["holders"])),
            bool(b.get("organ")),
            re.compile(b["nowhere"]) if b.get("nowhere") else None,
        )
        for b in data
    )
    index = {name: k for k, b in enumerate(out) for name in b.names}
    names = "|".join(sorted(index, key=len, reverse=True))
    bare = "|".join(sorted((n for b in out if b.nowhere for n in b.names), key=len, reverse=True))
    return (
        out,
        index,
        Prefiltered(re.compile(f"{_HELD}({names})")),
        Prefiltered(re.compile(f"(?<=[{_BARE_BEFORE}])({bare})")),
    )


@code_rule(
    "R152",
    "body-of-another-unit",
    "residue",
    "warning",
    "“{match}”不是本单位（{own}）能召开的会议，疑似照搬其他单位的材料后未改",
    "不同层级、不同类型的单位各有自己的议事机构：局有党组会、局长办公会，镇有党委会、镇长办公会，村有"
    "村民代表会议，学校有校长办公会，支部有支委会。写成“召开”别的单位才有的会议（镇党委的材料里“全年召开"
    "县长办公会”，村支部的材料里“召开党组会议”），多半是拿别的单位的材料改的。镇、村一级周围没有党组，那里不带单位名的“党组会”无论怎样写都是照搬来的。",
    bad=[
        team_variant(
            "班子学习贯彻上级部署的系统性不够。",
            "班子学习贯彻上级部署的系统性不够，全年召开[县长办公会]研究项目4次。",
        ),
        team_variant(
            "班子学习贯彻上级部署的系统性不够。",
            "班子学习贯彻上级部署的系统性不够，经[党组会]研究的事项落实不快。",
        ),
    ],
    good=[
        team_variant(
            "班子学习贯彻上级部署的系统性不够。",
            "班子学习贯彻上级部署的系统性不够，全年召开镇长办公会研究项目4次。",
        ),
        team_variant("桐溪镇党委领导班子", "宁川县水利局机关第一党支部").replace(
            "班子学习贯彻上级部署的系统性不够。",
            "班子学习贯彻上级部署的系统性不够，经党组会研究的事项落实不快。",
        ),
        team_variant(
            "班子学习贯彻上级部署的系统性不够。",
            "班子学习贯彻上级部署的系统性不够，对县长办公会议定的事项落实不够快。",
        ),
    ],
)
def body_of_another_unit(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    table, index, held, bare = bodies()
    text = ctx.text
    lines = own_lines(ctx)
    if not any(b.holders.search(line) for b in table for line in lines):
        return  # the lines name no unit the table knows
    nowhere = {k for k, b in enumerate(table) if b.nowhere and any(b.nowhere.search(line) for line in lines)}
    matches = list(held.finditer(text, ctx.outline.title_end))
    if nowhere:
        matches += [m for m in bare.finditer(text, ctx.outline.title_end) if index[m.group(1)] in nowhere]
    done: set[int] = set()
    for m in sorted(matches, key=lambda m: m.start(1)):
        body = table[index[m.group(1)]]
        if m.start(1) in done or any(body.holders.search(line) for line in lines):
            continue
        if body.organ and not any(_ORGAN.search(line) for line in lines):
            continue  # a department's lines often name no Party organ: nothing to compare
        done.add(m.start(1))
        own = next((line for line in lines if any(b.holders.search(line) for b in table)), lines[0])
        yield rule.finding(text, m.start(1), m.end(1), own=own)
