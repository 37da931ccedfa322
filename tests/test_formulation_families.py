"""Round r10's formulation families (F154–F160): the series data walked in every order, each family on
sentences of our own, and every rule of the families silent on all the clean materials we hold."""

import pytest
import yaml

from clean_texts import CLEAN
from mingjing.catalogue import all_rules
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_document
from mingjing.rules.context import ReviewContext
from mingjing.rules.examples import example_document
from mingjing.rules.formulation_series import TABLE, _crossed, named_members

FAMILY = ("F154", "F155", "F156", "F157", "F158", "F159", "F160")
RULES = {r.code: r for r in all_rules() if r.code in FAMILY}
SERIES = yaml.safe_load(TABLE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


def findings(code, text, packs):
    outline = parse_document(example_document(text), packs)
    return list(RULES[code].check(ReviewContext(outline, packs), RULES[code]))


def test_the_family_is_registered():
    assert sorted(RULES) == list(FAMILY)


def test_the_clean_materials_hold_clean_text():
    assert len(CLEAN) >= 40


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_family_rule_fires_on_clean_material(path, packs):
    outline = parse_document(read_document(path), packs)
    ctx = ReviewContext(outline, packs)
    fired = [(r.code, f.excerpt) for r in RULES.values() for f in r.check(ctx, r)]
    assert fired == []


@pytest.mark.parametrize("entry", SERIES["series"], ids=lambda e: e["name"])
def test_each_series_is_silent_in_order_and_heard_reversed(entry, packs):
    parts = entry["parts"]
    assert len(set(parts)) == len(parts) and 2 <= entry["min_parts"] <= len(parts)
    sentence = "我对{}的理解还不够深入，今后要加强学习。"
    assert findings("F155", sentence.format("、".join(parts)), packs) == []
    swapped = [parts[1], parts[0], *parts[2:]]
    hit = findings("F155", sentence.format("、".join(swapped)), packs)
    assert [f.suggestions[0] for f in hit] == ["、".join(parts)]


def test_a_pair_is_heard_with_one_place_crossed(packs):
    assert "为国育人\x00为党育才" in _crossed("为党育人", "为国育才")
    assert "为党育人\x00为国育才" not in _crossed("为党育人", "为国育才")
    hit = findings("F155", "我们始终坚持为国育人，为党育才，把立德树人落到实处。", packs)
    assert [f.suggestions[0] for f in hit] == ["为党育人，为国育才"]


def test_a_named_member_one_character_off():
    text = "对“四个自信”中的历史自信讲得多，对“四风”当中的官僚主意警惕不够，“四个意识”里的核心意识强。"
    assert [(text[s:e], part) for s, e, part, _ in named_members(text)] == [("官僚主意", "官僚主义")]
    text = "增强“四个意识”中的全局意识，树牢“政治三力”中的政治领导力。"
    assert [part for _, _, part, _ in named_members(text)] == ["大局意识", "政治领悟力"]


@pytest.mark.parametrize(
    "code,bad",
    [
        ("F154", "支部在落实“[四议一公开]”时，会议记录不全。"),
        ("F154", "深刻领悟“[四个确立]”的决定性意义。"),
        ("F157", "造成这种情况的原因主要是思想上放松了要求[所致]。"),
        ("F157", "工作滞后，原因就是统筹协调不到位[导致的]，要尽快改。"),
        ("F158", "[是否]敢于动真碰硬，是衡量干部担当的试金石。"),
        ("F159", "今年全镇新增就业[约]300余人，比去年略多。"),
        ("F159", "[大约]五十多名群众到现场参观。"),
        ("F159", "下一步将[进行]推进数字化改造。"),
        ("F159", "要把整改落实摆在首要位置[摆在突出位置]，逐项销号。"),
    ],
)
def test_own_sentences_are_heard(code, bad, packs):
    start = bad.index("[")
    end = bad.index("]") - 1
    text = bad.replace("[", "").replace("]", "")
    assert [(f.start, f.end) for f in findings(code, text, packs)] == [(start, end)]


@pytest.mark.parametrize(
    "code,good",
    [
        ("F154", "从“三个自信”到“四个自信”，体现了理论的发展。"),
        ("F157", "事故的原因已经查明，是线路老化造成的火灾隐患。"),
        ("F157", "这些短板是长期投入不足造成的，原因是多方面的。"),
        ("F158", "能否守住底线，关键在于平时是否严格要求自己。"),
        ("F158", "是否敢于动真碰硬，是衡量干部担当与否的试金石。"),
        ("F158", "群众关心的是能否按时通车，这是我们的工作重点。"),
        ("F159", "履约保证金约300万元，节约资金50余万元，约30名群众多次反映。"),
        ("F159", "要对问题进行研判，推进整改，进行全面排查。"),
    ],
)
def test_own_sentences_stay_quiet(code, good, packs):
    assert findings(code, good, packs) == []
