from mingjing.rules.decimal_marks import broken_points
from mingjing.rules.number_signs import number_letters


def test_a_comma_that_cannot_group_thousands_is_a_decimal_point() -> None:
    text = "全年新增存款3,7亿元，其中对公存款2,45亿元，储蓄存款1,250万元。"
    assert [m for _, _, m in broken_points(text)] == ["3.7", "2.45"]


def test_a_space_after_the_point_before_an_amount_is_read() -> None:
    text = "群众满意度为96. 5%，较上年提高1. 2个百分点。"
    assert [m for _, _, m in broken_points(text)] == ["96.5", "1.2"]


def test_lists_and_numbered_lines_stay_silent() -> None:
    text = "1. 2024年完成改造。对3,4号楼开展排查，6,7月份集中整治，增长率为5.5%。"
    assert list(broken_points(text)) == []


def test_a_letter_before_a_latin_unit_or_after_a_point_is_a_digit() -> None:
    text = "新建35kV变电站1座，改造1OkV线路，合格率97.l%，高二（l）班。"
    assert [m for _, _, m in number_letters(text)] == ["10", "97.1", "1"]


def test_codes_and_shift_names_with_letters_stay_silent() -> None:
    text = "推行A班、B班轮换，（B）班值守，办结率99.5%，型号为MOS管，v1.2版本，SOS求助。"
    assert list(number_letters(text)) == []


def test_a_space_among_the_digits_of_a_year_or_a_rate_is_read() -> None:
    text = "截至20 25年6月，回访满意度为9 7.2%，服务群众1 500人次。"
    assert [m for _, _, m in broken_points(text)] == ["2025", "97.2"]
