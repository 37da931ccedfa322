"""A generated measurement of the identity class (round r20, identity20): self-references of another kind of
unit than the author's, against matched ones of the own kind.

From the unit-kind table (src/mingjing/rules/unit_kinds.py) every kind is the author's once (its sample unit in
the signature of the personal sample material, rules/sample.py, with one of several posts). For each, kinds
of other families are drawn by a fixed stride and written into one sentence in several shapes: a claim of
their members' identity (作为一名…, 我作为一名…, 身为一名…, 本人是一名…) and their 党组's or 党委's 部署
carried out (按照县…党组的部署, 落实县…党组部署的任务时, 我对县…党委的要求…). The matched passages are the same
shapes with the own kind's words, and the other kind named as a partner, a place visited or a superior
(配合县…开展, 到县…调研, 向县…汇报). The closing of the other voice is generated for every kind's team and
personal material. A slip is found when a residue finding overlaps its span; any residue finding inside a
matched passage is a false alarm. Only the review's residue rules run (the measured category).

Run: `python eval/identity_recall.py [-v] [--every N]`; prints one line:
`identity_recall: found F/S (P %), false alarms A in M matched passages`.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.context import ReviewOptions
from mingjing.rules.registry import review_rules
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD
from mingjing.rules.sample_team import TEAM_GOOD
from mingjing.rules.unit_kinds import FAMILY_POSTS, KINDS, UnitKind

_SIGN = "宁川县交通运输局局长 王建国"
_ANCHOR = "我两天后才安排核查。"
_TEAM_TITLE = "桐溪镇党委领导班子"
_TEAM_ANCHOR = "全镇17个图斑中有6个没有按期整改。"
_POSTS = ("党支部书记", "副主任", "干部", "党员", "副局长", "工作人员")
_STRIDE = (7, 19, 31)
# a company's parent group may be of another trade, and the 国资 body owns it: neither over a company is a slip
_COMPANY = re.compile(r"公司|集团")
# a town, a village or a zone carries out every county department's work: their 部署 there is matched
_TERRITORIAL = ("乡镇", "园区")  # the other kinds drawn for each own kind, by their place in the table

_CLAIMS = (
    "作为一名{x}，我对分管工作的督促检查不够经常。",
    "我作为一名{x}，对自己的要求有所放松。",
    "身为一名{x}，我在学习上满足于完成规定动作。",
    "本人是一名{x}，但在廉洁自律上没有做到防微杜渐。",
    "去年以来，作为一名{x}，我服务群众的主动性不够。",
)
_DEPLOYS = (
    "按照[{u}]的部署，我牵头开展了作风整顿，但跟踪问效不够。",
    "落实[{u}]部署的重点任务时，我有2项推进滞后。",
    "我对[{u}]的要求理解不深，贯彻打了折扣。",
)
_OTHER_NAMED = (
    "配合{u}开展联合检查时，我协调不够主动。",
    "到{u}调研学习后，我对借鉴来的做法消化不够。",
    "与{u}对接工作时，我跟进不够及时。",
)


@dataclass
class Result:
    slips: int = 0
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    matched: int = 0
    alarms: list[str] = field(default_factory=list)


def _first_word(kind: UnitKind) -> str:
    return re.sub(r"\(\?<?[!=][^)]*\)", "", kind.words.split("|")[0]).replace("(?:", "")


def _member(kind: UnitKind) -> str:
    """How a member of the kind calls himself: the family's first post word, or the unit's 工作人员."""
    if kind.family == "乡镇" and not kind.bureau:
        return "村干部"
    if kind.family in FAMILY_POSTS and not kind.bureau:
        return _first_word(kind) + FAMILY_POSTS[kind.family].split("|")[0]
    if kind.family in FAMILY_POSTS:
        return FAMILY_POSTS[kind.family].split("|")[0]
    return _first_word(kind) + "工作人员"


def _county(kind: UnitKind) -> str:
    return "县" + kind.sample.removeprefix("宁川县") if kind.sample.startswith("宁川县") else kind.sample


def _organ(kind: UnitKind) -> str | None:
    """The kind's 党组 (a government bureau's) or 党委 (another unit's); None for a unit led by no such
    body of its own (a 村, a department of the 县委 with its 部务会)."""
    county = _county(kind)
    if kind.family in ("组织", "宣传", "统战", "政法委", "编办", "纪检", "乡镇"):
        return None
    county = (
        county.removesuffix("机关")
        .replace("政协宁川县委员会", "县政协")
        .replace("共青团宁川县委员会", "团县委")
    )
    return county + ("党组" if county.endswith(("局", "会", "政协", "团县委")) else "党委")


def cases(every: int = 1) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]:
    """(sign or team, material, marked passage) of the slips and the matched passages."""
    slips: list[tuple[str, str, str]] = []
    matched: list[tuple[str, str, str]] = []
    for i, own in enumerate(KINDS):
        if i % every:
            continue
        sign = f"{own.sample}{_POSTS[i % len(_POSTS)]} 王建国"
        material = GOOD.replace(_SIGN, sign)
        others = [KINDS[(i + s) % len(KINDS)] for s in _STRIDE]
        for j, other in enumerate(k for k in others if k.family != own.family):
            claim = _CLAIMS[(i + j) % len(_CLAIMS)]
            deploy = _DEPLOYS[(i + j) % len(_DEPLOYS)]
            slips.append((sign, material, claim.replace("{x}", "[" + _member(other) + "]")))
            body = _organ(other)
            led = other.family == "国资" or _COMPANY.search(other.sample)
            if body and own.family in _TERRITORIAL:
                matched.append(
                    (sign, material, deploy.replace("{u}", body).replace("[", "").replace("]", ""))
                )
            elif body and not (_COMPANY.search(own.sample) and led):
                slips.append((sign, material, deploy.replace("{u}", body)))
            matched.append(
                (sign, material, _OTHER_NAMED[(i + j) % len(_OTHER_NAMED)].replace("{u}", _county(other)))
            )
        matched.append((sign, material, _CLAIMS[i % len(_CLAIMS)].replace("{x}", _member(own))))
        own_body = _organ(own)
        if own_body:
            own_deploy = _DEPLOYS[i % len(_DEPLOYS)].replace("{u}", own_body)
            matched.append((sign, material, own_deploy.replace("[", "").replace("]", "")))
        team_title = own.sample + "党组" if own.bureau else own.sample + "党委"
        team = TEAM_GOOD.replace(_TEAM_TITLE, team_title + "领导班子").replace(
            "镇党委领导班子紧扣", "领导班子紧扣"
        )
        slips.append((team_title, team, "[以上是我个人]的对照检查，不妥之处请批评指正。"))
        matched.append((team_title, team, "以上是班子的对照检查，不妥之处请批评指正。"))
        slips.append((sign, material, "[以上是班子]的对照检查，请各位同志批评指正。"))
        matched.append((sign, material, "以上是我的对照检查，请各位同志批评指正。"))
    return slips, matched


def _residue(material: str, passage: str, packs, options: ReviewOptions) -> tuple[int, list]:
    anchor = _TEAM_ANCHOR if _TEAM_ANCHOR in material else _ANCHOR
    at = material.index(anchor) + len(anchor)
    text = material[:at] + passage + material[at:]
    report = review_outline(
        parse_document(read_bytes(text.encode("utf-8"), "g.txt", ".txt"), packs), packs, options
    )
    return at, [f for f in report.findings if f.category == "residue"]


def measure(every: int = 1) -> Result:
    packs = load_frameworks()
    options = ReviewOptions(select=sorted({r.code for r in review_rules() if r.category == "residue"}))
    result = Result()
    slips, matched = cases(every)
    for who, material, marked in slips:
        start = marked.index("[")
        end = marked.index("]") - 1
        passage = marked.replace("[", "").replace("]", "")
        at, found = _residue(material, passage, packs, options)
        hit = [f for f in found if f.start < at + end and f.end > at + start]
        result.slips += 1
        (result.found if hit else result.missed).append(
            f"{who}: {marked}" + (f" ← {hit[0].code}" if hit else "")
        )
    for who, material, passage in matched:
        at, found = _residue(material, passage, packs, options)
        result.matched += 1
        result.alarms += [
            f"{who}: {passage} ← {f.code} {f.message}" for f in found if at <= f.start < at + len(passage)
        ]
    return result


def main(argv: list[str]) -> int:
    every = int(argv[argv.index("--every") + 1]) if "--every" in argv else 1
    r = measure(every)
    if "-v" in argv:
        for line in r.missed:
            print("漏报：", line)
        for line in r.alarms:
            print("误报：", line)
    share = 100 * len(r.found) / r.slips if r.slips else 0.0
    print(
        f"identity_recall: found {len(r.found)}/{r.slips} ({share:.1f} %), "
        f"false alarms {len(r.alarms)} in {r.matched} matched passages"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
