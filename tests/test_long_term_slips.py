"""T177 (rules/long_term_slips.py) on its own: the kinds of slip it reports inside long terms and the
gates that keep it quiet."""

from __future__ import annotations

import pytest

from mingjing.rules.long_term_slips import long_term_slips, sound_alike
from mingjing.rules.long_terms import long_term_set, long_terms


def test_the_table_is_of_real_size_and_composed() -> None:
    terms = long_terms()
    assert len(terms) > 5000
    assert all(len(t) >= 6 for t in terms)
    assert "县卫生健康局" in terms  # level × body
    assert "财政局机关党支部" in terms  # a short body × a tail attached to it
    assert "驻财政局纪检监察组" in terms
    assert "交通运输局局长" in terms  # a body × its head's post by its tail
    assert "中国共产党纪律处分条例" in terms
    assert "财政局" in long_term_set()  # shorter names are known, never reported


@pytest.mark.parametrize(
    "text, written, right",
    [
        ("对县市场监督管里局转来的投诉", "市场监督管里局", "市场监督管理局"),  # the same reading
        ("与县退役军人服务中兴联系", "退役军人服务中兴", "退役军人服务中心"),  # in/ing
        (
            "学习中国共产党农村基层组织工条例流于形式",
            "中国共产党农村基层组织工条例",
            "中国共产党农村基层组织工作条例",
        ),
        ("在农村人居环境整整治中", "农村人居环境整整治", "农村人居环境整治"),  # doubled
        ("到新时代明文实践中心参加活动", "新时代明文实践中心", "新时代文明实践中心"),  # swapped
    ],
)
def test_slips_are_found_with_the_whole_term(text: str, written: str, right: str) -> None:
    found = [(text[s:e], term) for s, e, term, _ in long_term_slips(text)]
    assert any(written.endswith(w) and right.endswith(t) for w, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "拨打综合行政执法举报电话",  # 举 opens 举报 outside the term
        "在党群服务中新设了一个调解室",  # 新设
        "召开文化站站长座谈会",  # a shorter name that reads as words
        "县人力资源社会保障局组织招聘",  # 和 left out of a body's name
        "柳林乡党委书记参加会议",  # 乡 is a word of its own
        "根據市衛生健康委黨委的通知",  # traditional characters are no slip of the simplified
        "该区纪委监委有关领导参会",  # 有 is not read wei here
        "加强干部队伍和基层组织建设",
        "乡便民服务中心办理残疾人补贴",  # one jurisdiction for another is another body
    ],
)
def test_quiet(text: str) -> None:
    assert long_term_slips(text) == []


def test_sound_alike_reads_the_term_in_context() -> None:
    assert sound_alike("里", "市场监督管理局", 5)
    assert sound_alike("兴", "党群服务中心", 5)  # in/ing
    assert not sound_alike("有", "纪委监委机关", 4)
    assert not sound_alike("做", "工作", 1)  # a pair of variants
