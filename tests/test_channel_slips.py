"""T150 (rules/channel_slips.py): a swap read by how much more probable the mended clause is."""

from mingjing.rules.channel_slips import clause_gain, wide_swaps


def test_swap_of_a_less_frequent_word_is_read():
    assert list(wide_swaps("二是对重点位岗的廉政风险防控不够精细")) == [(5, "岗位")]
    assert list(wide_swaps("我认真学习了总书记于关全面从严治党的重要论述")) == [(9, "关于")]


def test_words_that_merely_meet_gain_too_little():
    assert clause_gain("教师节时有家长送花", 3, 5, "有时") < 6
    assert list(wide_swaps("教师节时有家长送花，年底前向支部书面报告")) == []
    assert list(wide_swaps("在社区工作中主动亮明党员身份")) == []  # 亮明 is no slip of 明亮


def test_left_to_t148_and_to_the_writer():
    assert list(wide_swaps("对群众反映的题问研究不够")) == []  # T148's
    assert list(wide_swaps("二是位岗职责不清，三是位岗风险不明")) == []  # written twice: the writer's own
