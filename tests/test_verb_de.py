"""T119: the 得 of a verb written 的 (觉的, 值的, 取的了), and the uses of those characters before 的
that must stay silent."""

import pytest

from mingjing.rules.verb_de import CLAUSE_VERBS, OBJECT_VERBS, verb_de_slips

SLIPS = [
    ("总觉的自己科室的工作忙", "觉得"),
    ("我觉的这样不妥", "觉得"),
    ("这个教训值的我们深思", "值得"),
    ("这件事显的很重要", "显得"),
    ("这使的工作陷入被动", "使得"),
    ("大家晓的这件事", "晓得"),
    ("提前核对以免的，免的出错", "免得"),
    ("虽然获的了好评", "获得"),
    ("取的了一定成绩", "取得"),
    ("最后不的不请示领导", "不得不"),
    ("不懂的如何做群众工作", "懂得"),
    ("赢的了群众信任", "赢得"),
    ("要舍的花时间陪伴家人", "舍得"),
    ("最后落的个被通报的下场", "落得"),
    ("这种做法并不见的管用", "不见得"),
    ("认为这些做法不见的符合实际", "不见得"),
    ("去年获的县级先进称号", "获得"),
    ("我还记的第一次下村的情景", "记得"),
    ("要懂的换位思考", "懂得"),
]
SILENT = [
    "我们取的名字",
    "他记的笔记很全",
    "睡觉的时候",
    "难的是坚持",
    "自觉的意识",
    "发觉的问题",
    "凭感觉的判断",
    "这是价值的问题",
    "大使的讲话",
    "依法行使的权力",
    "县委书记的讲话",
    "所取的成绩",
    "值的",
    "明显的变化",
    "争取的项目",
    "宿舍的卫生",
    "取舍的标准",
    "看不见的风险",
    "多年不见的老同学",
    "缴获的物品",
    "所获的荣誉",
    "树上落的叶子",
    "我们取的名字要好记",
]


@pytest.mark.parametrize("sentence, word", SLIPS)
def test_slip_is_found_with_the_verb(sentence: str, word: str) -> None:
    hits = list(verb_de_slips(sentence))
    assert hits, sentence
    at, verb = hits[-1]
    assert sentence[at] == "的" and verb == word


@pytest.mark.parametrize("sentence", SILENT)
def test_other_uses_stay_silent(sentence: str) -> None:
    assert list(verb_de_slips(sentence)) == []


def test_every_verb_is_a_frequent_verb_of_jiebas_dictionary() -> None:
    import rjieba

    for x in CLAUSE_VERBS + OBJECT_VERBS:  # (不得不 is a word of its own)
        word = x + "得"
        assert rjieba.has_word(word) and rjieba.suggest_freq(word) >= 250, word
        assert dict(rjieba.tag(word)).get(word) == "v", word
