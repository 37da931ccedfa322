"""T321 and T322 (rules/own_name_twins.py): the material's own body name and a person's name written once as
a same-sounding twin (round r23)."""

from __future__ import annotations

import pytest

from clean_texts import table_clean_texts
from mingjing.rules.own_name_twins import body_twins, name_twins


def test_silent_on_every_clean_text() -> None:
    loud = [
        text[s:e]
        for text in table_clean_texts()
        for finder in (body_twins, name_twins)
        for s, e, _ in finder(text)
    ]
    assert loud == []


@pytest.mark.parametrize(
    "text, written, own",
    [
        ("督查室全年督查14项，督查室干部7人，对县政府督察室牵头的机制执行不严。", "督察室", "督查室"),
        ("信访办受理来信326件，信访办干部5人，信防办台账不全。", "信防办", "信访办"),
        ("卫健委部署了专项行动，卫健委的督导组来了2次，卫建委通报了3家医院。", "卫建委", "卫健委"),
    ],
)
def test_a_body_twin_is_heard(text: str, written: str, own: str) -> None:
    assert [(text[s:e], r) for s, e, r in body_twins(text)] == [(written, own)]


@pytest.mark.parametrize(
    "text",
    [
        "对各科室考核偏松，两个科室没有报送，个科室负责人未到。",  # 个/各: the first character is a count
        "县纪委监察室和县检察院驻镇检察室联合走访，监察室干部3人。",  # two real bodies
        "省局检查了县局，县局整改了2项，对省局反馈的问题逐项销号。",  # 省 is no xian
    ],
)
def test_counts_real_pairs_and_other_levels_stay_quiet(text: str) -> None:
    assert list(body_twins(text)) == []


def test_a_name_written_two_ways_after_one_post() -> None:
    text = "我与局长罗昌平同志谈心2次。恳请局长罗长平同志监督。"
    assert [(text[s:e], r) for s, e, r in name_twins(text)] == [("罗长平", "罗昌平")]


def test_two_people_of_other_posts_stay_quiet() -> None:
    assert list(name_twins("主任王志刚同志主持会议，科长王志钢同志作了说明。")) == []
