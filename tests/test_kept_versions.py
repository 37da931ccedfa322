"""Two versions of one verb left side by side (T145), round r10b (issue 12)."""

from __future__ import annotations

from mingjing.rules.kept_versions import kept_versions


def test_two_verbs_of_one_head_before_their_object() -> None:
    text = "今年要切实改进改善机关作风，不断提升提高服务质量。"
    assert [(a, b) for _, a, b in kept_versions(text)] == [("改进", "改善"), ("提升", "提高")]


def test_joined_or_separated_verbs_stay_quiet() -> None:
    text = "今年要改进和改善机关作风，提升、提高服务质量，发展发展再发展，学习学习。"
    assert list(kept_versions(text)) == []
