"""T120 (two characters of a 成语 swapped) and T121 (one odd character beside a rare pair): slips
found with the phrase, and the near misses of clean text that must stay silent."""

import pytest

from mingjing.rules.context import ReviewOptions
from mingjing.rules.examples import example_outline
from mingjing.rules.idiom_slips import (
    lexicon,
    odd_characters,
    rare_index,
    swapped_characters,
    three_character_slips,
)
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

SWAPS = [
    ("我们要坚持事实求是的原则", "实事求是"),
    ("对党风政廉建设责任制考核结果运用不够", "廉政建设"),
]
SWAPS_SILENT = [
    "4家商铺全部回头看一次",  # 回头看 runs across the edge of 回头看一 (回头一看)
    "学校提出建设交叉学科平台",  # two words, not 交叉科学
    "领导干部需要相互交换意见",  # two words, not 互相交换
    "坚持实事求是",
]
ODD = [
    ("流水不腐，户枢不矗", "户枢不蠹"),
    ("这样的问题罄竹难输", "罄竹难书"),
    ("坚持锲而不设抓好学习", "锲而不舍"),
]
ODD_SILENT = [
    "一名硕士研究生在组会后说",  # 究生 lies inside the word 研究生 (研究生院)
    "对新技术新项目研究不够",  # 新技 inside 新技术 (高新技术)
    "学得怎么样、用得怎么样",
    "没有做到以案为鉴、以案促改",  # a phrase of the genre (以史为鉴)
    "严于律己、严负其责、严管所辖",
    "流水不腐，户枢不蠹",
]


@pytest.mark.parametrize("sentence, phrase", SWAPS)
def test_swapped_characters_found(sentence, phrase):
    assert [p for _, p in swapped_characters(sentence)] == [phrase]


@pytest.mark.parametrize("sentence", SWAPS_SILENT)
def test_swapped_characters_silent(sentence):
    assert list(swapped_characters(sentence)) == []


@pytest.mark.parametrize("sentence, phrase", ODD)
def test_odd_character_found(sentence, phrase):
    assert [p for _, p, _ in odd_characters(sentence)] == [phrase]


@pytest.mark.parametrize("sentence", ODD_SILENT)
def test_odd_character_silent(sentence):
    assert list(odd_characters(sentence)) == []


def test_a_pinyin_gloss_does_not_hide_a_swap(packs):
    text = GOOD.replace("我两天后才安排核查。", "我两天后才安排核查，本着“事实(shí)求是”的态度。")
    report = review_outline(example_outline(text, packs), packs, ReviewOptions(select=["T120"]))
    assert [(text[f.start : f.end], f.suggestions[0]) for f in report.findings] == [
        ("事实(shí)求是", "实事求是")
    ]


def test_lexicon_holds_idioms_of_both_sources_and_rare_pairs_are_pairs_of_them():
    words = lexicon()
    assert {"实事求是", "户枢不蠹", "一筹莫展"} <= words.keys()
    for pair, phrases in list(rare_index().items())[:2000]:
        assert all(p[o : o + 2] == pair for p, o in phrases)


@pytest.mark.parametrize(
    "sentence, phrase",
    [("只重形式，走过程，不求实效。", "走过场"), ("政策执行中，一刀且，不看实际。", "一刀切")],
)
def test_three_character_phrase_slip(sentence, phrase):
    assert [p for _, p in three_character_slips(sentence)] == [phrase]


@pytest.mark.parametrize(
    "sentence",
    [
        "只重形式，走过场，不求实效。",
        "业务工作同部署、同落实、同检查。",  # 落 and 抓 share no sound: not 抓落实
        "多形式、多层面征求意见。",  # not 走形式
    ],
)
def test_three_character_phrase_silent(sentence):
    assert list(three_character_slips(sentence)) == []


def test_a_three_character_figure_with_one_near_sounding_character():
    """档箭牌, 拌脚石, 挡剑牌 wherever they stand; 的政策 and 的先锋 are no 土政策 or 急先锋 (blind set 12/13)."""
    from mingjing.rules.idiom_slips import figure_slips

    assert [p for _, p in figure_slips("成为推诿扯皮的档箭牌。")] == ["挡箭牌"]
    assert [p for _, p in figure_slips("成了发展的拌脚石，")] == ["绊脚石"]
    assert [p for _, p in figure_slips("把困难当作挡剑牌来用")] == ["挡箭牌"]
    for text in ["对上级的政策学得不透", "发挥党员的先锋模范作用", "他是单位的顶梁柱", "这是挡箭牌"]:
        assert list(figure_slips(text)) == [], text
