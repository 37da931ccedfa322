"""Round r26 (parse26, issue 11): parse sets 49/50's leftovers and forms of real public pages, by class.

- A sentence that counts the aspects to come (`主要有三个方面：第一，…`) is the part's lead-in, never an aspect that
  heads an item (set 49's b07).
"""

import pytest

from test_parse_realpages24 import _parse


@pytest.mark.parametrize(
    "lead", ["主要有三个方面", "归纳起来有以下几个方面", "表现在如下方面", "集中在两个方面"]
)
def test_a_count_of_aspects_is_a_lead_in_no_item(lead, packs):
    text = "\n".join(
        [
            "党员个人发言材料",
            "1.存在的问题",
            "（1）工作纪律方面。第一，巡查走过场。第二，登记不全。",
            "（2）生活纪律方面。应酬偏多。",
            "2.问题原因",
            f"{lead}：第一，信念不够坚定；第二，纪律意识淡薄；第三，宗旨意识弱化。",
            "3.整改措施",
            "（1）加强学习。每月自学两次。",
            "（2）严守规矩。按时参加组织生活。",
        ]
    )
    causes = next(s for s in _parse(text, packs).sections if s.kind == "causes")
    assert [i.heading for i in causes.items] == [""]  # the part's own text, its points under it
    assert [p.label for p in causes.items[0].points] == ["第一", "第二", "第三"]


def test_an_aspect_line_still_heads_its_item(packs):
    text = "\n".join(
        [
            "党员个人发言材料",
            "1.存在的问题",
            "在工作纪律方面：第一，巡查走过场；第二，登记不全。",
            "在生活纪律方面：应酬偏多。",
            "2.整改措施",
            "（1）加强学习。每月自学两次。",
        ]
    )
    problems = _parse(text, packs).sections[0]
    assert [i.heading for i in problems.items] == ["在工作纪律方面", "在生活纪律方面"]
