"""Two versions of one verb left side by side (T145), round r10b (issue 12)."""

from __future__ import annotations

from mingjing.rules.kept_versions import kept_versions


def test_two_verbs_of_one_head_before_their_object() -> None:
    text = "今年要切实改进改善机关作风，不断提升提高服务质量。"
    assert [(a, b) for _, a, b in kept_versions(text)] == [("改进", "改善"), ("提升", "提高")]


def test_joined_or_separated_verbs_stay_quiet() -> None:
    text = "今年要改进和改善机关作风，提升、提高服务质量，发展发展再发展，学习学习。"
    assert list(kept_versions(text)) == []


def test_verbs_sharing_a_crossed_character_are_two_versions() -> None:
    text = "下一步要巩固强化加强队伍建设，对各类检查进行整合合并。"
    assert [(a, b) for _, a, b in kept_versions(text)] == [("强化", "加强"), ("整合", "合并")]


def test_verbs_ending_alike_a_noun_after_de_or_an_adverb_stay_quiet() -> None:
    text = "把经费投入纳入预算，做到收到通知就办，对违规的行为进行处理，到期事项提前提醒。"
    assert list(kept_versions(text)) == []


def test_an_object_of_any_kind_of_content_word_follows() -> None:
    # 矛盾 is tagged an (adjectival noun), 对接 v: the object two verbs of one head share; a crossed
    # pair (没有 / 有意) takes only a noun
    text = "我们没有提升提高矛盾纠纷化解水平，对群众来信改进改善对接，没有有意避实就虚。"
    assert [(a, b) for _, a, b in kept_versions(text)] == [("提升", "提高"), ("改进", "改善")]
