"""Round r12 (draft12b): a verb inside an aspect's name is no verb of the head after it (F178)."""

from __future__ import annotations

import pytest

from mingjing.rules import verb_objects


@pytest.mark.parametrize(
    "text",
    [
        "针对党性修养提高方面的问题，每月读一本原著。",
        "针对增强服务意识方面存在的问题，每季度到社区走访一次。",
        "对照能力提升情况的问题，逐项列出清单。",
    ],
)
def test_a_verb_naming_an_aspect_has_no_object(text):
    assert list(verb_objects.find(text)) == []


def test_the_mismatch_outside_an_aspect_is_still_found():
    found = list(verb_objects.find("下一步要着力提高群众反映强烈的问题。"))
    assert [(m.verb, m.head) for m in found] == [("提高", "问题")]
    assert verb_objects._names_an_aspect("方面的")
    assert not verb_objects._names_an_aspect("群众反映强烈的")


MATERIAL = """某某学院党总支领导班子主题教育专题民主生活会对照检查材料

按照学校党委的安排，班子成员围绕会议主题认真学习，广泛征求意见建议15条。现将对照检查情况报告如下。

一、查摆的问题

在学习贯彻习近平新时代中国特色社会主义思想上，一是学习不够系统，集中学习多、自学少；二是运用理论指导实践不够，比如推进课程改革时研究不深。

在求真务实、狠抓落实上，首先是督促检查不够及时，有的任务布置后没有跟进；其次是作风不够扎实，深入教室听课的次数偏少。去年班子成员人均听课仅3节。

二、原因分析和整改措施

究其原因，一是理论学习抓得不紧，满足于完成规定动作；二是服务意识有所弱化，对师生诉求回应不快。

针对上述问题，班子将抓好以下整改：

（一）加强理论学习。每月集中学习1次，每学期专题研讨2次。

（二）狠抓工作落实。建立任务台账，每月通报一次进度。

某某学院党总支领导班子
2023年12月
"""


def test_order_words_and_opening_cause_points_are_kept_as_points(tmp_path, packs):
    from mingjing.draft.extract import extract_file
    from mingjing.parse import parse_document
    from mingjing.read import read_document

    path = tmp_path / "材料.txt"
    path.write_text(MATERIAL, encoding="utf-8")
    framework = parse_document(read_document(path), packs).framework
    assert framework is not None
    notes, _ = extract_file(path, packs, framework.id)
    said = [p.problem or p.own_words or "" for a in notes.aspects for p in a.problems]
    # 首先是…；其次是…: the order word's 是 goes with the label, not into the point's words
    assert any(s.startswith("督促检查不够及时") for s in said), said
    assert not any(s.startswith("是") for s in said), said
    # 究其原因，一是…；二是… under the merged part's heading: one cause per point
    assert [c.cause for c in notes.causes] == [
        "理论学习抓得不紧，满足于完成规定动作",
        "服务意识有所弱化，对师生诉求回应不快",
    ]
