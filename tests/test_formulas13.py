"""Round r13's formulation mechanisms (formulas13), measured first on a probe of our own
(tests/fixtures/probes13/formulas13/probe.yaml): passages of the kinds the round targets, in words
other than set 25's, each put into a clean sample material and reviewed with every rule."""

from functools import lru_cache
from pathlib import Path

import pytest
import yaml

from clean_texts import CLEAN
from mingjing.catalogue import all_rules
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules import action_order, counted_lists, pack_wording, verb_objects
from mingjing.rules.context import ReviewContext
from mingjing.rules.formulation_sayings import substituted, unquoted
from mingjing.rules.grams import cjk_bigram_set
from passage_probe import run_probe

PROBE = Path(__file__).parent / "fixtures" / "probes13" / "formulas13" / "probe.yaml"
CODES = (
    "F169",
    "F178",
    "F179",
    "F187",
    "F188",
    "F189",
    "F190",
    "F191",
    "F192",
    "F193",
    "F194",
    "F195",
    "F196",
    # round r15 (grammar15): the widened F151 and the new frames
    "F151",
    "F203",
    "F204",
    "F205",
    "F206",
    "F207",
)


@lru_cache(maxsize=1)
def _packs():
    return load_frameworks()


def test_the_probe_is_big_enough():
    data = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    assert len(data["bad"]) >= 40 and len(data["good"]) >= 40


def test_the_probe_is_heard_and_its_clean_side_quiet():
    out = run_probe(PROBE)
    assert len(out["missed"]) <= 4, out["missed"]
    # F169 reads 政治上思想上行动上 as the fixed 思想上政治上行动上 written in another order (its own example)
    known = {"自觉在政治上思想上行动上同党中央保持高度一致。"}
    assert [a for a in out["alarms"] if any(f[3] == "formulation" for f in a[1]) and a[0] not in known] == []


def _pairs(find, sentence):
    return [(sentence[m.start : m.end], m.suggestion) for m in find(sentence)]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("三是不断提高营商环境的举措还不够精准，", [("提高", "优化")]),  # a modifier before 的举措
        ("下一步要持续增强全员的工作效率。", [("增强", "提高")]),  # level class
        ("切实解决好群众反映强烈的突出问题和意见建议。", [("意见建议", "问题")]),  # a second object
        ("认真解决群众反映的意见。", [("解决", "听取")]),  # 反映 inside the modifier
        ("近年来，全县营商环境有了明显提高。", [("提高", "改善")]),  # subject and predicate
        ("职工收入水平有了一定改善，", [("改善", "提高")]),
        ("切实提高党员干部的工作作风。", [("提高", "转变")]),  # conduct, rules and mechanism classes
        ("进一步增强纪律规矩的水平。", [("增强", "提升")]),
        ("不断增强支部的工作机制。", [("增强", "健全")]),
        ("机关工作作风有了明显提高。", [("提高", "转变")]),
        ("加强对下属单位的监督力度。", [("加强", "加大")]),  # force, method, relation classes
        ("不断提高工作方法。", [("提高", "改进")]),
        ("切实增强党群干群关系。", [("增强", "密切")]),
    ],
)
def test_verb_object_classes(sentence, expected):
    assert _pairs(verb_objects.find, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "加快为企业创造条件。",  # 创造 takes the environment class
        "有村民对缴费标准提高有意见，",  # 提高 with a predicate of its own
        "持续提升人居环境，改善空气质量，优化营商环境的举措还不多。",
        "向大队提出优化交通组织的建议，",  # 优化 inside 提出's object
        "加强作风建设，严明纪律规矩，健全工作机制，提高制度执行力。",
        "加大监督检查力度，改进工作方法，密切党群关系。",
        "提的多是“加强学习”“注意身体”之类的意见。",  # a quoted slogan
    ],
)
def test_verb_object_classes_quiet(sentence):
    assert _pairs(verb_objects.find, sentence) == []


def test_action_pairs_are_swapped_with_their_adverbs():
    assert _pairs(action_order.find, "对反映的问题及时解决并认真梳理，") == [
        ("及时解决并认真梳理", "认真梳理并及时解决")
    ]
    # a bare earlier action: the adverbs were the pair's first (r15), the other reading offered after
    assert _pairs(action_order.find, "抓紧实施并制定年度方案。") == [("抓紧实施并制定", "抓紧制定并实施")]
    assert [m.other for m in action_order.find("抓紧实施并制定年度方案。")] == ["制定并抓紧实施"]
    assert [m.other for m in action_order.find("对反映的问题及时解决并认真梳理，")] == ["及时认真梳理并解决"]
    assert _pairs(action_order.find, "认真梳理并及时解决；深入调查并依法处理；检查时整改、检查后反弹。") == []


def _sayings(sentence):
    return _pairs(lambda t: substituted(t, unquoted(t), cjk_bigram_set(t)), sentence)


def test_series_members_dropped_and_class_words():
    assert _sayings("在思想上行动上同党中央保持高度一致的自觉性不强") == [
        ("在思想上行动上同党中央保持高度一致", "在思想上政治上行动上同党中央保持高度一致")
    ]
    assert _sayings("开展筑牢中华民族共同体意识宣传") == [
        ("筑牢中华民族共同体意识", "铸牢中华民族共同体意识")
    ]
    assert _sayings("牢记发展是党执政兴国的首要任务。") == [
        ("发展是党执政兴国的首要任务", "发展是党执政兴国的第一要务")
    ]
    assert _sayings("牢记发展是党执政兴国的第一要务，铸牢中华民族共同体意识，筑牢思想防线。") == []


def test_pack_wording_reads_every_pack():
    fw = _packs()
    assert _pairs(lambda t: pack_wording.find(t, fw), "（三）在带头敬畏人民、敬畏组织、敬畏纪律方面") == [
        ("敬畏纪律", "敬畏法纪")
    ]
    assert _pairs(lambda t: pack_wording.find(t, fw), "在带头增强党性、严守纪律、改进作风方面") == [
        ("改进作风", "砥砺作风")
    ]
    # another year's wording, a list in prose with no 带头 or 方面, the pack's own wording
    quiet = (
        "带头增强党性、严守纪律、砥砺作风；敬畏人民、敬畏组织、敬畏纪律；带头敬畏人民、敬畏组织、敬畏法纪。"
    )
    assert _pairs(lambda t: pack_wording.find(t, fw), quiet) == []


def test_counted_formulas_against_their_listed_members():
    def counts(t):
        return [(t[m.start : m.end], m.count, m.listed) for m in counted_lists.find(t)]

    assert counts("做到“五个带头”：带头学习、带头落实、带头担当、带头廉洁。") == [("五个带头", 5, 4)]
    assert counts("树立“四个意识”，即政治意识、大局意识、核心意识、看齐意识理解不深，") == []
    assert counts("存在三个问题：一是学习不深。") == []  # no parallel members


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_rule_of_the_round_fires_on_clean_material(path):
    rules = [r for r in all_rules() if r.code in CODES]
    assert len(rules) == len(CODES)
    ctx = ReviewContext(parse_document(read_document(path), _packs()), _packs())
    assert [(r.code, f.excerpt) for r in rules for f in r.check(ctx, r)] == []


if __name__ == "__main__":
    out = run_probe(PROBE)
    found = out["bad"] - len(out["missed"])
    print(
        f"probe: found {found}/{out['bad']}, false alarms {len(out['alarms'])} on {out['good']} good passages"
    )
    for t in out["missed"]:
        print("  漏报", t)
    for t, f in out["alarms"]:
        print("  误报", t, f)
