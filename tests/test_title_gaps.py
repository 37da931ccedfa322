from mingjing.rules.title_gaps import known_titles, title_gaps


def _gaps(text: str) -> list[tuple[str, str]]:
    return [(text[s:e], t) for s, e, t in title_gaps(text)]


def test_a_listed_title_missing_a_character_anywhere_is_read() -> None:
    text = "组织学生读《骆驼祥》，党员学习《中国共产党廉洁律准则》和《共产宣言》。"
    assert _gaps(text) == [
        ("骆驼祥", "骆驼祥子"),
        ("中国共产党廉洁律准则", "中国共产党廉洁自律准则"),
        ("共产宣言", "共产党宣言"),
    ]


def test_the_material_s_own_title_written_in_full_elsewhere_is_the_model() -> None:
    text = "传达《全县河湖长制工作考核办法》，但对《全县河湖长制工作考办法》落实不力。"
    assert _gaps(text) == [("全县河湖长制工作考办法", "全县河湖长制工作考核办法")]


def test_whole_titles_short_forms_and_unknown_titles_stay_silent() -> None:
    text = "学习《论语》《纪律处分条例》《中国共产党历史》《论中国共产党历史》《本村村规民约》。"
    assert _gaps(text) == []


def test_the_list_is_of_real_size() -> None:
    assert len(known_titles()) >= 150
