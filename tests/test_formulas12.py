"""Round r12's formulation mechanisms (formulas12): ordered lists checked by permutation (F177), words of
a class written for one another inside a saying and dropped list members (F169), verb–object heads
that do not go together (F178) and the sentence blends F179–F182 存在 with no head noun (F183) and two idioms misused (F184, F185); sentences of our own, and every new
rule silent on the clean materials we hold."""

from itertools import permutations
from pathlib import Path

import pytest
import yaml

from clean_texts import CLEAN
from mingjing.catalogue import all_rules
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules import formulation_order, verb_objects
from mingjing.rules.context import ReviewContext
from mingjing.rules.examples import example_document
from mingjing.rules.formulation_sayings import find as saying_slips
from mingjing.rules.formulation_sayings import substituted, unquoted
from mingjing.rules.grams import cjk_bigram_set

CODES = ("F169", "F177", "F178", "F179", "F180", "F181", "F182", "F183", "F184", "F185", "F186")
NEIGHBOURS = ("F157", "F159")
RULES = {r.code: r for r in all_rules() if r.code in CODES + NEIGHBOURS}
RULES_DIR = Path(formulation_order.__file__).parent


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


def hits(code, sentence, packs):
    outline = parse_document(example_document(sentence), packs)
    ctx = ReviewContext(outline, packs)
    return [
        (ctx.text[f.start : f.end], f.suggestions[0] if f.suggestions else "")
        for f in RULES[code].check(ctx, RULES[code])
    ]


def test_the_rules_are_registered():
    assert sorted(RULES) == sorted(CODES + NEIGHBOURS)


# ---------------------------------------------------------------- F177
def test_the_ordered_lists_are_sourced_and_not_read_twice():
    data = yaml.safe_load(formulation_order.TABLE.read_text(encoding="utf-8"))
    assert len(data["lists"]) >= 30 and all(item.get("source") for item in data["lists"])
    elsewhere = set()
    for path in (RULES_DIR / "packs" / "formulation.yaml", RULES_DIR / "data" / "formula_series.yaml"):
        text = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in text.get("rules", []) + text.get("series", []):
            if entry.get("parts"):
                elsewhere.add(frozenset(entry["parts"]))
    assert not [
        lst.members for lst in formulation_order.ordered_lists() if frozenset(lst.members) in elsewhere
    ]


@pytest.mark.parametrize("lst", formulation_order.ordered_lists(), ids=lambda lst: "".join(lst.members))
def test_every_order_but_the_right_one_is_heard(lst):
    right = "、".join(lst.members)
    assert list(formulation_order.find(f"我们对{right}理解不深。")) == []
    for order in list(permutations(lst.members))[1:6]:
        wrong = "、".join(order)
        found = list(formulation_order.find(f"我们对{wrong}理解不深。"))
        assert [d.suggestion for d in found] == [right], wrong


def test_a_list_joined_by_nothing_or_quoted_keeps_its_marks():
    assert [d.suggestion for d in formulation_order.find("坚持共享共商共建的原则")] == ["共商共建共享"]
    found = list(formulation_order.find("做到“守底线”“知敬畏”“存戒惧”。"))
    assert [d.suggestion for d in found] == ["知敬畏”“存戒惧”“守底线"]
    assert list(formulation_order.find("要自身正、自身硬，不能只讲自身净。")) == []  # not one run


# ---------------------------------------------------------------- F169
@pytest.mark.parametrize(
    "written, right",
    [
        ("坚持以人民为中心的发展理念", "坚持以人民为中心的发展思想"),
        ("践行以人民为本的发展思想", "以人民为中心的发展思想"),
        ("深刻领悟“两个确立”的重要意义", "深刻领悟“两个确立”的决定性意义"),
        ("是全面建设社会主义现代化国家的根本任务", "全面建设社会主义现代化国家的首要任务"),
        ("务必谦虚谨慎、戒骄戒躁", "务必谦虚谨慎、艰苦奋斗"),
    ],
)
def test_a_word_of_a_class_written_for_another_is_heard(written, right):
    text = f"一是{written}，差距不小。"
    found = [s.suggestion for s in substituted(text, unquoted(text), cjk_bigram_set(text))]
    found += [s.suggestion for s in saying_slips(text)]
    assert any(right in f or f in right for f in found), found


@pytest.mark.parametrize(
    "written, right",
    [("德智体美全面发展", "德智体美劳全面发展"), ("同中华传统文化相结合", "同中华优秀传统文化相结合")],
)
def test_a_dropped_member_is_heard(written, right):
    assert [s.suggestion for s in saying_slips(f"推动{written}不够。")] == [right]


def test_the_right_sayings_and_other_verbs_stay_silent():
    text = "认识到“两个确立”的重大意义，坚持以人民为中心的发展思想，新时期的工作，中华传统文化博大精深。"
    assert list(substituted(text, unquoted(text), cjk_bigram_set(text))) == []
    assert list(saying_slips(text)) == []


# ---------------------------------------------------------------- F178
@pytest.mark.parametrize(
    "sentence, span, fix",
    [
        ("去年没有增强支部整体工作水平。", "增强", "提升"),
        ("切实增强养老服务的短板。", "增强", "补齐"),
        ("提升推进道路硬化的步伐。", "提升", "加快"),
        ("着力改善群众的急难愁盼。", "改善", "解决"),
        ("提高干部素质和作风问题。", "问题", "水平"),
        ("这方面的整治力度还不够深。", "深", "大"),
        ("在工作中发挥好职责。", "发挥", "履行"),
        ("及时解决居民反映停车难、充电难的呼声。", "解决", "回应"),
        ("班子切实发挥好主体责任。", "发挥", "落实"),
    ],
)
def test_a_verb_and_a_head_that_do_not_go_together(sentence, span, fix):
    found = [(sentence[m.start : m.end], m.suggestion) for m in verb_objects.find(sentence)]
    assert found == [(span, fix)]


@pytest.mark.parametrize(
    "sentence",
    [
        "增强服务意识，提升工作水平，加快推进改造的步伐，补齐民生短板。",
        "提升发现问题、解决问题的能力。",
        "能力提升不够的问题比较突出，整治力度还不够大。",
        "增强补齐短板的主动性，履行监督职责，发挥示范作用。",
        "增强党性、砥砺作风，具备补齐短板的能力，形成加快发展的能力。",
    ],
)
def test_verbs_with_their_own_heads_stay_silent(sentence):
    assert list(verb_objects.find(sentence)) == []


# ---------------------------------------------------------------- F179–F182
@pytest.mark.parametrize(
    "code, sentence, span",
    [
        ("F179", "能否把整改落到实处，关键在于支部书记以身作则。", "能否"),
        ("F180", "进度滞后，主要是由于我督促不够的原因。", "的原因"),
        ("F181", "台账问题基本完全解决。", "基本"),
        # the whole blend is the span since r25 (原因 kept in one fix, deleted in the other)
        ("F182", "群众不满意，根本原因是因为服务流程繁琐造成的。", "原因是因为服务流程繁琐造成的"),
        ("F183", "在督办工作中，存在台账管理滞后。", "滞后"),
        ("F184", "要把群众满意列在首当其冲的目标上。", "首当其冲的"),
        ("F185", "这些嘱托无时无刻在提醒我。", "无时无刻"),
        ("F186", "全年走访大约有120户左右。", "大约有120户左右"),
    ],
)
def test_a_sentence_blend_is_heard(code, sentence, span, packs):
    assert [h[0] for h in hits(code, sentence, packs)] == [span]


@pytest.mark.parametrize(
    "code, sentence",
    [
        ("F179", "能否把整改落到实处，关键在于支部书记是否以身作则。"),
        ("F180", "由于天气的原因，走访推迟了。"),
        ("F181", "台账问题基本解决，全部销号。"),
        ("F182", "群众不满意，根本原因是服务流程繁琐。"),
        ("F183", "在督办工作中，存在台账管理滞后的问题；台账管理滞后。"),
        ("F184", "改制中，老职工的利益首当其冲，要把安置摆在首要位置。"),
        ("F185", "这些嘱托无时无刻不在提醒我。"),
        ("F186", "全年走访约120户，节约经费3万元左右。"),
    ],
)
def test_the_right_sentence_stays_silent(code, sentence, packs):
    assert hits(code, sentence, packs) == []


def test_the_triple_blend_is_one_finding(packs):
    sentence = "群众不满意，主要原因是由于服务流程繁琐造成的。"
    assert hits("F157", sentence, packs) == [] and hits("F159", sentence, packs) == []
    assert hits("F182", sentence, packs) == [("原因是由于服务流程繁琐造成的", "原因是服务流程繁琐")]


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_new_rule_fires_on_clean_material(path, packs):
    outline = parse_document(read_document(path), packs)
    ctx = ReviewContext(outline, packs)
    new = {code: rule for code, rule in RULES.items() if code in CODES}
    assert [(code, f.excerpt) for code, rule in new.items() for f in rule.check(ctx, rule)] == []


def test_overlapping_forms_of_one_slip_are_one_finding(packs):
    sentence = "一是深刻领悟“两个确立”的重大意义不够。"
    assert hits("F169", sentence, packs) == [
        ("深刻领悟“两个确立”的重大意义", "深刻领悟“两个确立”的决定性意义")
    ]


@pytest.mark.parametrize(
    "written, right",
    [
        ("全面从严治党永在路上", "全面从严治党永远在路上"),
        ("全面建设社会主现代化国家", "全面建设社会主义现代化国家"),
        ("不忘初衷、牢记使命", "不忘初心、牢记使命"),
    ],
)
def test_one_character_dropped_or_a_class_word_changed_is_heard(written, right, packs):
    found = hits("F169", f"一是对{written}的认识不深。", packs)
    assert [fix for _, fix in found] == [right]


def test_an_optional_particle_dropped_is_no_slip(packs):
    assert hits("F169", "一是以党的政治建设统领各项工作不够。", packs) == []
