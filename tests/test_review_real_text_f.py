"""Review on real text, sixth pass (issue 12): the general causes found on the fourth look at real pages
and on blind set 7, each tested here on sentences written for mingjing."""

from pathlib import Path

from mingjing.rules.context import ReviewOptions
from mingjing.rules.examples import example_outline
from mingjing.rules.review import review_outline
from mingjing.rules.sample import variant

GENERATED = Path(__file__).resolve().parent.parent / "src/mingjing/rules/data/misspellings_generated.tsv"


def findings(packs, text, code):
    report = review_outline(example_outline(text, packs), packs, ReviewOptions(select=[code]))
    return [(text[f.start : f.end], f.suggestions[:1]) for f in report.findings if f.code == code]


def with_line(line: str) -> str:
    return variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。" + line)


def test_generated_misspellings_that_read_as_two_ordinary_words_are_gone(packs):
    rows = dict(line.rstrip("\n").split("\t") for line in GENERATED.open(encoding="utf-8") if "\t" in line)
    assert len(rows) > 20_000
    assert not {"不知可否", "人员收入", "世界市长"} & set(rows)  # 不知 + 可否, 人员 + 收入, 世界 + 市长
    assert findings(packs, with_line("问题到底在哪里，就连其本人也不知可否。"), "T111") == []
    assert findings(packs, with_line("工作中我有时敷洐了事。"), "T111") == [("敷洐", ["敷衍"])]


def test_two_ordinary_words_are_a_sound_slip_only_with_the_phrase_tone(packs):
    assert findings(packs, with_line("问题到底在哪里，就连其本人也不知可否。"), "T401") == []
    assert findings(packs, with_line("运用法治方式不够，我的法制思维有待提高。"), "F129") == [
        ("法制思维", ["法治思维"])
    ]


def test_one_character_off_a_long_formulation_but_not_a_word_for_a_word(packs):
    assert findings(packs, with_line("落实全面从紧治党主体责任不到位。"), "F129") == [
        ("全面从紧治党", ["全面从严治党"])
    ]
    line = "对中国共产党党史学习不够，落实全面从严管党治党责任，学习新时代中国特色社会主义思想不够。"
    assert findings(packs, with_line(line), "F129") == []
    hit = findings(packs, with_line("运用近平新时代中国特色社会主义思想指导实践不够。"), "F129")
    assert hit == [("近平新时代中国特色社会主义思想", ["习近平新时代中国特色社会主义思想"])]


def test_a_past_meeting_spoken_of_as_past_is_no_copied_year(packs):
    line = "会前回顾了2022年度民主生活会上同志们给我提的3条意见。"
    text = variant("按照县委要求，", "按照县委要求，" + line)
    assert findings(packs, text, "R203") == []
    text = variant("王建国2023年度", "王建国2021年度")
    assert findings(packs, text, "R203")


def test_a_space_is_reported_by_one_rule_only(packs):
    text = with_line("我对群众反映的问题回应不及时，有时 只告诉对方缺什么材料，没有第 一时间跟进。")
    between = findings(packs, text, "P123")
    inside = findings(packs, text, "P117")
    assert between == [("时 只", ["时只"])]
    assert inside == [("第 一", ["第一"])]


def test_a_restart_is_reported_and_a_shared_ending_is_not(packs):
    assert findings(packs, with_line("今天，与各位同事共同探讨与各位同事探讨整改思路。"), "T113")
    assert findings(packs, with_line("第一批主题教育和第二批主题教育的要求一致。"), "T113") == []


def test_masks_of_letters_but_not_x_rays(packs):
    hits = findings(packs, with_line("带头贯彻X中央决策部署，提高ZZ站位，按时检定X光机。"), "R111")
    assert [h[0] for h in hits] == ["X", "ZZ"]


def test_generic_words_are_no_facts_but_counted_ones_are():
    from mingjing.rules.facts import has_fact

    assert not has_fact("三是作风不够扎实，对制度执行情况的检查多，深入项目了解情况少。")
    assert not has_fact("三是作风不够扎实，对群众反映的问题有时满足于交办了事。")
    assert has_fact("今年对群众反映的12件问题只回复了5件。")
    assert has_fact("三是深入项目现场检查不够，全年只到燃气站检查了2次。")
    assert has_fact("三是面对繁重工作有时被动应付，夜班结束后对交班记录只求完成。")


def test_people_as_a_class_in_a_habit_are_no_fact_but_one_person_on_one_day_is():
    from mingjing.rules.facts import has_fact

    assert not has_fact("比如有时对患者的询问解释得不够耐心。")
    assert has_fact("比如今年3月对一位患者的询问解释得不够耐心。")
    assert has_fact("遇到学生反复问同一问题，有时表现出急躁。")
