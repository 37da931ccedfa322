"""R180/R181 (rules/author_posts.py, round r21): the author's seat, portfolio and trade against the rest of the
material. Each table entry is walked on a sentence of its own (heard where the author's unit is another
family's, quiet in its own family's), and both rules are silent on every clean material the repository holds."""

import re

import pytest

from clean_texts import ANY_CLEAN
from mingjing.catalogue import all_rules
from mingjing.frameworks import load_frameworks
from mingjing.rules.author_posts import _PLACE_PORTFOLIOS, _TRADE_WORK
from mingjing.rules.sample import GOOD
from mingjing.rules.unit_kinds import FAMILY_POSTS, KINDS
from rule_checks import excerpts, marks_in_clean_file

RULES = {r.code: r for r in all_rules() if r.code in ("R180", "R181")}
_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


def fired(text, packs, code="R181"):
    return excerpts(text, packs, RULES[code])


def test_both_rules_are_registered():
    assert sorted(RULES) == ["R180", "R181"]


@pytest.mark.parametrize("path", ANY_CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_silent_on_clean_material(path, packs):
    assert marks_in_clean_file(path, packs, RULES.values()) == []


@pytest.mark.parametrize("field", sorted(_PLACE_PORTFOLIOS))
def test_each_place_portfolio_heard_in_another_family_quiet_in_its_own(field, packs):
    owners = _PLACE_PORTFOLIOS[field]
    other = next(
        k for k in KINDS if k.bureau and k.family not in owners and k.family in ("档案", "统计", "编办")
    )
    line = f"一是遇到难题有畏难情绪。对分管{field}工作的调研不够。"
    assert fired(GOOD.replace(_SIGN, f"{other.sample}副局长 王建国").replace(_IN, line), packs)
    own = next(k for k in KINDS if k.family in owners and k.bureau)
    assert fired(GOOD.replace(_SIGN, f"{own.sample}副局长 王建国").replace(_IN, line), packs) == []


@pytest.mark.parametrize("family", sorted(_TRADE_WORK))
def test_each_trade_heard_without_its_work_quiet_with_it(family, packs):
    word = FAMILY_POSTS[family].split("|")[0]
    sign = "江州新材料股份有限公司 王建国"
    bare = GOOD.replace(_SIGN, sign).replace(
        _IN, f"一是遇到难题有畏难情绪。作为一名{word}，我对新工艺学习不够。"
    )
    if re.search(_TRADE_WORK[family], bare.replace(f"作为一名{word}", "")):
        pytest.skip("the sample itself speaks of this trade's work")
    assert fired(bare, packs) == [f"作为一名{word}"]
    work = _TRADE_WORK[family].split("|")[0]
    assert fired(bare.replace("我对新工艺学习不够。", f"我对{work}方面的事关心不够。"), packs) == []
