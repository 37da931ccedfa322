"""T137/T138 (rules/doubled_singles.py), T139/T148 (rules/homophone_pairs.py): the guards that keep them
quiet on ordinary text, and what they read."""

from mingjing.rules.doubled_singles import lone_doubles, stray_copies
from mingjing.rules.homophone_pairs import homophone_slips, swapped_slips


def test_lone_double_read_only_for_words_never_doubled():
    assert list(lone_doubles("历史演化为为中国共产党的奋斗史")) == [4]
    assert list(lone_doubles("个别问题年年查、年年有")) == []  # a noun doubled on purpose
    assert list(lone_doubles("把教训给大家说说透")) == []  # a verb doubled on purpose
    assert list(lone_doubles("我认为为了群众")) == []  # two words meet on 为


def test_stray_copy_by_the_clause_segmentation():
    assert list(stray_copies("要不断提提升能力")) == [3]
    assert list(stray_copies("谋划十五五规划")) == []  # a numeral
    assert list(stray_copies("初二（3）班班主任")) == []  # a class named by its number
    assert list(stray_copies("原原本\n本学习")) == []  # AABB across a line break


def test_homophone_pair_needs_a_whole_mended_clause():
    assert list(homophone_slips("二是政冶站位还需提高")) == [(2, "政治")]
    assert list(homophone_slips("实验室有2次因危化品试剂台账")) == []  # 危化品 leaves loose characters
    assert list(homophone_slips("没有一盯到底")) == []  # the kept character is a numeral
    assert list(homophone_slips("我認真學習了規定書目")) == []  # traditional characters are no slips


def test_swapped_pair_of_rare_single_characters():
    assert list(swapped_slips("对群众反映的题问研究不够")) == [(6, "问题")]
    assert list(swapped_slips("教师节时有家长送花")) == []  # 时 is a common word alone


def test_the_verb_of_having_and_auxiliaries_typed_twice_are_read() -> None:
    from mingjing.rules.doubled_singles import lone_doubles

    assert list(lone_doubles("上级对有有的问题没有回复。")) == [3]
    assert list(lone_doubles("我们要要抓紧整改。")) == [2]
    assert list(lone_doubles("还有有的同志没有有效办法，要有有的放矢。")) == []
