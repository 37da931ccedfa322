from mingjing.rules.own_twins import own_twin_slips
from mingjing.rules.segmentation import Segmentation


def _slips(text: str) -> list[tuple[str, str]]:
    return [(slip, word) for _, slip, word, _ in own_twin_slips(text, Segmentation(text).tokens)]


def test_a_real_word_of_the_same_reading_is_read_as_the_material_s_word() -> None:
    text = "我们把护林防火放在首位，防火检查每月一次，但防伙宣传还不到位，村民意识不强。"
    assert _slips(text) == [("防伙", "防火")]


def test_a_rare_dictionary_word_is_read_when_the_material_writes_its_twin_twice() -> None:
    text = "文物保护是底线，保护责任要压实，可是文物保户巡查走过场，隐患没有及时排除。"
    assert _slips(text) == [("保户", "保护")]


def test_common_words_of_their_own_and_other_tones_stay_silent() -> None:
    text = "及时公开，及时回复，即使有困难也要办。二十条，二十项，二是抓落实。公示名单，公示结果，计算公式。"
    assert _slips(text) == []


def test_a_slip_across_two_words_or_a_function_word_stays_silent() -> None:
    text = "信访接待，信访回复，他接受信访群众来访。群众满意，群众点赞，他在工作群中说明。"
    assert _slips(text) == []
