"""R178's table walked (round r21): every unit-name ending of `unit_self_words.OWNERS` signs the sample
material once; its own self-word stays quiet there and a self-word of another kind is heard (the body speaks
of the own unit by its word once: 全站上下). The table's
precision on real text is held by eval/review_quality.py (every clean material in the repository)."""

from __future__ import annotations

from mingjing.rules.sample import GOOD
from mingjing.rules.unit_self_words import OWNERS, own_self_words
from test_rule_examples import RULES, run

_SIGN = "宁川县交通运输局局长 王建国"
_IN = "一是遇到难题有畏难情绪。"
_RULE = next(r for r in RULES if r.code == "R178")
# self-words outside R117's group (院 校 中心 公司 集团), tried in turn as the other kind's
_OTHERS = ("站", "局", "馆", "队", "台", "厂", "场", "办", "所", "社")


def _material(end: str, word: str, own: str) -> str:
    """The sample signed by a unit of the ending, whose body calls it by its own word once (R178 reads a
    self-word of another kind only against a body that speaks of itself) and by `word` once."""
    return GOOD.replace(_SIGN, f"宁川县城东{end}负责人 王建国").replace(
        _IN, f"一是遇到难题有畏难情绪。全{own}上下任务重。我{word}干部职工中有3人未按时参加集中学习。"
    )


def _endings() -> list[tuple[str, str]]:
    return sorted({(end, word) for word, ends in OWNERS.items() for end in ends if len(end) > 1})


def test_the_table_is_of_real_size():
    assert len(OWNERS) >= 20
    assert len(_endings()) >= 200


def test_every_ending_keeps_its_own_self_word_and_hears_another(packs):
    quiet_missed, heard_missed = [], []
    for end, word in _endings():
        findings, _ = run(_RULE, _material(end, word, word), packs)
        if findings:
            quiet_missed.append((end, word))
        allowed = own_self_words([f"宁川县城东{end}负责人 王建国"])
        other = next(w for w in _OTHERS if w not in allowed)
        findings, _ = run(_RULE, _material(end, other, word), packs)
        if not any(f.excerpt == "我" + other for f in findings):
            heard_missed.append((end, other))
    assert quiet_missed == []
    assert heard_missed == []


def test_a_company_running_a_plant_may_call_itself_a_plant():
    """A power or water company is a 厂 to its staff (东川发电有限公司: 本厂机组, r23); a trade company is not."""
    assert "厂" in own_self_words(["东川发电有限公司运行部值长 李明"])
    assert "厂" in own_self_words(["城南污水处理有限公司 党支部"])
    assert "厂" not in own_self_words(["宁川县交通运输局局长 王建国"])
    assert "厂" not in own_self_words(["宁川商贸有限公司 党支部"])
