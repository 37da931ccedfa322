"""T151 (rules/four_character_slips.py): a four-character word of the dictionary with one slip."""

from mingjing.rules.four_character_slips import four_character_slips


def test_sound_shape_doubled_and_swapped_slips_are_read():
    assert list(four_character_slips("三、整改措拾如下")) == [(2, 6, "整改措施")]
    assert list(four_character_slips("落实全面从严冶党责任")) == [(4, 8, "从严治党")]
    assert list(four_character_slips("三、整改改措施")) == [(2, 7, "整改措施")]
    assert list(four_character_slips("坚持廉廉洁自律")) == [(2, 7, "廉洁自律")]


def test_the_writers_own_piece_is_no_slip():
    assert list(four_character_slips("整改措拾如下，整改措拾完成")) == []  # the form itself twice
    # the broken half written again elsewhere is the writer's word (思政 of 课程思政建设 beside 思政课)
    assert list(four_character_slips("三、整改措拾如下")) != []
    assert list(four_character_slips("三、整改措拾如下，措拾一词另有所指")) == []


def test_a_doubled_edge_copy_that_belongs_outside_stays_quiet():
    assert list(four_character_slips("把成果转化为为民服务的行动")) == []  # 化为
    assert list(four_character_slips("2号楼楼上楼下漏水")) == []  # 号 stands alone beside the copy
