"""R182 (another portfolio claimed than the one the material states) and R183 (another company, group or
account of the author's own trade where the own one belongs), round r22: src/mingjing/rules/own_trade_names.py."""

from pathlib import Path

import pytest

from clean_texts import ANY_CLEAN
from mingjing.catalogue import all_rules
from mingjing.frameworks import load_frameworks
from mingjing.rules.own_trade_names import _LINE_STEMS, FIELD_FAMILIES, NAMED_MEMBERS, TRADE_SUFFIXES
from mingjing.rules.sample import GOOD
from rule_checks import excerpts, marks_in_clean_file, marks_in_file

RULES = {r.code: r for r in all_rules() if r.code in ("R182", "R183")}
REVIEW = Path(__file__).parent / "fixtures" / "review"
_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


def fired(text, packs, code):
    return excerpts(text, packs, RULES[code])


@pytest.mark.parametrize("path", ANY_CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_silent_on_clean_material(path, packs):
    assert marks_in_clean_file(path, packs, RULES.values()) == []


@pytest.mark.parametrize(
    "name, wrong",
    [
        ("heldout43/h08_mzshh-basic-2016_yanye_geren.txt", "作为分管财务工作的"),
        ("heldout44/h05_zhuti-2023-b2_huaxinbaoxian_geren.txt", "泰和人寿"),
        ("heldout44/h08_mzshh-basic-2016_rencaifazhanjituan_banzi.txt", "市城投集团"),
        ("heldout44/h03_mzshh-2024_shimenzhufangbaozhang_banzi.txt", "临溪住保"),
        ("heldout43/h02_zzshh-2025_zhongzizhan_geren.txt", "县农技推广中心"),
    ],
)
def test_heard_in_the_seen_sets(name, wrong, packs):
    assert wrong in [excerpt for _, excerpt in marks_in_file(REVIEW / name, packs, RULES.values())]


def _other_family(field):
    return next(f for f, fam in FIELD_FAMILIES.items() if fam != FIELD_FAMILIES[field])


@pytest.mark.parametrize("field", sorted(FIELD_FAMILIES))
def test_each_field_heard_against_another_family_quiet_in_its_own(field, packs):
    own = _other_family(field)
    text = GOOD.replace(_SIGN, "江州盐业集团有限公司副总经理 王建国").replace(
        _IN, f"一是遇到难题有畏难情绪。本人分管{own}工作，作为分管{field}工作的班子成员，督促不够。"
    )
    assert fired(text, packs, "R182") == [f"作为分管{field}工作的"]
    same = next(f for f, fam in FIELD_FAMILIES.items() if fam == FIELD_FAMILIES[field])
    text = GOOD.replace(_SIGN, "江州盐业集团有限公司副总经理 王建国").replace(
        _IN, f"一是遇到难题有畏难情绪。本人分管{same}工作，作为分管{field}工作的班子成员，督促不够。"
    )
    assert fired(text, packs, "R182") == []


@pytest.mark.parametrize("suffix", sorted(TRADE_SUFFIXES))
def test_each_trade_heard_in_its_own_trade_quiet_as_a_rival(suffix, packs):
    sign = f"华安{suffix}股份有限公司临江分公司副总经理 王建国"
    text = GOOD.replace(_SIGN, sign).replace(
        _IN, f"一是遇到难题有畏难情绪。执行鼎盛{suffix}总公司的考核要求时，我只转发了文件。"
    )
    assert fired(text, packs, "R183") == [f"鼎盛{suffix}"]
    text = GOOD.replace(_SIGN, sign).replace(
        _IN, f"一是遇到难题有畏难情绪。与鼎盛{suffix}等同业相比，我们的服务还有差距。"
    )
    assert fired(text, packs, "R183") == []
    text = GOOD.replace(_SIGN, sign).replace(
        _IN, f"一是遇到难题有畏难情绪。执行华安{suffix}总公司的考核要求时，我只转发了文件。"
    )
    assert fired(text, packs, "R183") == []


@pytest.mark.parametrize("province", ["湖南", "江西", "浙江", "中国"])
def test_an_account_of_a_higher_level_is_quiet(province, packs):
    text = GOOD.replace(_SIGN, "宁川县人力资源和社会保障局副局长 王建国").replace(
        _IN, f"一是遇到难题有畏难情绪。“{province}人社”公众号发布的政策解读，我们转载不及时。"
    )
    assert fired(text, packs, "R183") == []


@pytest.mark.parametrize("stem", sorted(_LINE_STEMS))
def test_a_line_of_business_is_no_company(stem, packs):
    for sign, suffix in (
        ("华安财产保险股份有限公司临江分公司副总经理 王建国", "保险"),
        ("华安融资租赁有限公司副总经理 王建国", "租赁"),
    ):
        text = GOOD.replace(_SIGN, sign).replace(
            _IN, f"一是遇到难题有畏难情绪。执行{stem}{suffix}统一规定时，我只转发了文件。"
        )
        assert fired(text, packs, "R183") == [], (stem, suffix)


@pytest.mark.parametrize("name", sorted(NAMED_MEMBERS))
def test_each_named_member_heard_in_another_members_material_quiet_in_its_own(name, packs):
    trade, member = NAMED_MEMBERS[name]
    other = next(n for n, (t, m) in NAMED_MEMBERS.items() if t == trade and m != member)
    passage = f"一是遇到难题有畏难情绪。执行{name}总部的统一要求时，我只转发了文件。"
    text = GOOD.replace(_SIGN, f"{other}{trade}临江分公司副总经理 王建国").replace(_IN, passage)
    assert fired(text, packs, "R183") == [name]
    text = GOOD.replace(_SIGN, f"{name}{trade}临江分公司副总经理 王建国").replace(_IN, passage)
    assert fired(text, packs, "R183") == []
