"""Round r11's fixed sayings and sentence slips (F169–F176): every saying of data/fixed_sayings.yaml
walked (silent as written, heard with one inner character changed and with two words swapped), the
slogan verbs crossed, sentences of our own for each sentence-level rule, and every rule of the family
silent on all the clean materials and edited texts we hold."""

import pytest
import yaml

from clean_texts import CLEAN
from mingjing.catalogue import all_rules
from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.rules.context import ReviewContext
from mingjing.rules.examples import example_document
from mingjing.rules.formulation_sayings import TABLE, find, sayings, wrong_counts

FAMILY = ("F169", "F170", "F171", "F172", "F173", "F174", "F175", "F176")
RULES = {r.code: r for r in all_rules() if r.code in FAMILY}
DATA = yaml.safe_load(TABLE.read_text(encoding="utf-8"))
# a character no saying holds: put for one of a saying's, it makes a slip that is no other saying
FOREIGN = "鑫"


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


def findings(code, text, packs):
    outline = parse_document(example_document(text), packs)
    return list(RULES[code].check(ReviewContext(outline, packs), RULES[code]))


def test_the_family_is_registered():
    assert sorted(RULES) == list(FAMILY)


def test_the_list_is_of_real_size_and_sourced():
    assert len(sayings()) >= 340
    assert all(g.get("source") for g in DATA["groups"])


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_family_rule_fires_on_clean_material(path, packs):
    from mingjing.read import read_document

    outline = parse_document(read_document(path), packs)
    ctx = ReviewContext(outline, packs)
    fired = [(code, f.excerpt) for code, rule in RULES.items() for f in rule.check(ctx, rule)]
    assert fired == []


def _inner_cjk(saying: str) -> list[int]:
    return [
        i
        for i in range(1, len(saying) - 1)
        if "\u4e00" <= saying[i] <= "\u9fff" and saying[i] not in "和与及同并跟的之"
    ]


@pytest.mark.parametrize("saying", sayings())
def test_each_saying_is_silent_as_written_and_heard_one_character_off(saying):
    text = f"我们对{saying}认识不深。"
    assert list(find(text)) == []
    i = _inner_cjk(saying)[len(_inner_cjk(saying)) // 2]
    slipped = saying[:i] + FOREIGN + saying[i + 1 :]
    hits = list(find(f"我们对{slipped}认识不深。"))
    assert [h.suggestion for h in hits] == [saying], slipped


@pytest.mark.parametrize("saying", [s for s in sayings() if "、" in s and s.count("、") == 1])
def test_a_pair_of_one_length_is_heard_swapped(saying):
    a, b = saying.split("、")
    if len(a) != len(b) or a == b:
        pytest.skip("parts of different lengths are not swapped in place")
    if f"{b}、{a}" in sayings():
        pytest.skip("written in both orders (咬耳扯袖、红脸出汗: sector_formulas' `also`, r22)")
    hits = list(find(f"我们对{b}、{a}认识不深。"))
    assert [h.suggestion for h in hits] == [saying]


NUMBERED = [str(f) for f in DATA["numbered"]["formulations"]]


@pytest.mark.parametrize("formulation", NUMBERED)
def test_a_numbered_formulation_is_heard_with_another_count(formulation):
    assert list(wrong_counts(f"对{formulation}理解不深。")) == []
    first = next(i for i, c in enumerate(formulation) if c in "一二两三四五六七八九十")
    other = "七" if formulation[first] != "七" else "八"
    slipped = formulation[:first] + other + formulation[first + 1 :]
    if (
        sum(
            f.replace(f[first], "#", 1) == slipped.replace(other, "#", 1)
            for f in NUMBERED
            if len(f) == len(slipped)
        )
        > 1
    ):
        pytest.skip("two formulations differ only in their count (两个务必, 三个务必)")
    assert [s.suggestion for s in wrong_counts(f"对{slipped}理解不深。")] == [formulation]


def test_a_name_word_dropped_is_heard():
    hits = list(find("会议学习了在学习贯彻新时代中国特色社会主义思想主题教育工作会议上的讲话。"))
    assert [h.reason for h in hits] == ["漏了“习近平”"]


def test_a_conjunction_or_a_traditional_character_is_no_slip():
    assert list(find("坚持统筹发展与安全，为中国人民谋幸福，为中华民族谋复兴。")) == []
    assert list(find("開展「不忘初心、牢記使命」主題教育。")) == []


@pytest.mark.parametrize(
    "slogan,wrong",
    [
        (s, v)
        for s, vs in DATA["slogan_verbs"]["pairs"].items()
        for o, ws in DATA["slogan_verbs"]["pairs"].items()
        if o != s
        for v in ws
        if v not in vs
    ],
)
def test_a_slogan_after_another_slogans_verb_is_heard(slogan, wrong, packs):
    found = findings("F170", f"一是{wrong}“{slogan}”不够，调查研究不够深入。", packs)
    assert [f.excerpt for f in found] == [wrong]


OWN_BAD = [
    ("F171", "今后要完善台账制度，严防类似差错不再出现。"),
    ("F172", "本系统共有在编干部80余名左右，其中党员56名。"),
    ("F173", "会前虚心听取和认真征求了服务对象的意见。"),
    ("F174", "今年要加快老旧管网改造的力度，全年改造12公里。"),
    ("F174", "着力解决办事窗口门难进、脸难看的现象。"),
    ("F175", "个别干部认为理论学习可有可无、学不学都行的想法，参学率不高。"),
    ("F176", "台账填写不规范，影响了统计结果的可信度得不到保障。"),
]
OWN_GOOD = [
    ("F171", "今后要完善台账制度，严防类似差错再次出现，整改过的事项不再出现。"),
    ("F172", "本系统共有在编干部80余名，年龄40岁左右，上下级关系顺畅。"),
    ("F173", "会前认真征求并听取了服务对象的意见，听取了群众代表的发言。"),
    ("F174", "今年要加大老旧管网改造的力度，加快改造进度，解决群众反映的问题。"),
    ("F175", "个别干部存在学习是软任务的想法，认为这是可有可无的事。"),
    ("F176", "台账填写不规范，影响了统计结果的可信度，质量得不到保障。"),
]


@pytest.mark.parametrize("code,text", OWN_BAD)
def test_own_sentences_are_heard(code, text, packs):
    assert findings(code, f"一是调查研究不够深入。{text}", packs)


@pytest.mark.parametrize("code,text", OWN_GOOD)
def test_own_sentences_stay_quiet(code, text, packs):
    assert findings(code, f"一是调查研究不够深入。{text}", packs) == []


def test_kept_places_are_every_place_but_the_quotation_marks() -> None:
    """The places kept when quotation marks are left out, made from the stretches between the marks,
    are each character's place that is no mark (marks at either end, side by side, or none)."""
    import random

    from mingjing.rules.formulation_sayings import _QUOTES, _kept_places

    rnd = random.Random(7)
    pool = sorted(_QUOTES) + list("一二三ab\n")
    texts = ["", "“", "“”", "a“b”c", "“a", "a”", "不忘初心、牢记使命"]
    texts += ["".join(rnd.choice(pool) for _ in range(rnd.randrange(40))) for _ in range(2000)]
    for text in texts:
        assert _kept_places(text) == [i for i, c in enumerate(text) if c not in _QUOTES]
