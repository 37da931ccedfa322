"""A set phrase with one character changed whose run falls apart (T144), round r10b (issue 12)."""

from __future__ import annotations

from mingjing.rules.idiom_one_off import one_off_phrases


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[s : s + 4], p) for s, p in one_off_phrases(text)]


def test_one_character_of_sound_or_shape_changed() -> None:
    assert _found("防汛任务迫在眉捷，村干部兢兢业叶地守在堤上。") == [
        ("迫在眉捷", "迫在眉睫"),
        ("兢兢业叶", "兢兢业业"),
    ]


def test_the_writers_frames_and_words_stay_quiet() -> None:
    text = (
        "入户的次数不多，实行一会一报，问群众满不满意，学而不思、学而不用，以书为媒，"
        "兢兢业业，迫在眉睫，精神不够集中。"
    )
    assert _found(text) == []
