"""Round r21 (parse21, issue 11): the page forms parse sets 39 and 40 lost — a shared file's download
buttons over a title set on two lines, a special meeting whose purpose stands apart from 专题, a Q&A page
whose answer pastes an excerpt opening inside the problems part."""

import pytest
import yaml

from conftest import FIXTURES
from mingjing.parse import parse_document
from mingjing.parse.detect import _SPECIAL_MEETING, SPECIAL_PURPOSES, unpacked_title
from mingjing.read import read_bytes
from mingjing.read.rejoin import _page_line, title_lines


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "p.txt", ".txt"), packs)


BODY = (
    "按照通知要求，班子会前认真学习，广泛征求意见。现将对照检查情况报告如下。\n"
    "一、存在的问题\n"
    "（一）在理论学习方面\n一是学习不够深入。满足于读文件。二是联系实际不紧。\n"
    "（二）在工作作风方面\n一是调研不够经常。下基层次数偏少。\n"
    "二、问题产生的原因\n（一）理想信念有所松懈。\n（二）宗旨意识有所淡化。\n"
    "三、整改措施\n（一）抓实理论学习。\n（二）改进工作作风。\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "[立即下载] [开通VIP 免费下载本文档]",
        "[下载到电脑] [VIP免费下载全文]",
        "举报 | 收藏 | 下载",
        "下载积分：8  页数：3",
    ],
)
def test_a_shared_files_controls_are_page_lines_never_half_a_title(line):
    assert _page_line(line)
    texts = [line, "中共某县林业局机关支部委员会", "党纪学习教育专题组织生活会对照检查材料", "根据…"]
    assert title_lines(texts) == (1, 3)  # the unit's line and the meeting's, not the buttons over them


def test_a_title_below_a_shared_files_buttons_joins_its_unit_line(packs):
    top = (
        "文档中心 > 党建 > 组织生活会\n某林场支部组织生活会对照检查材料.docx\n"
        "上传者：林**  下载积分：6\n[立即下载] [开通VIP 免费下载本文档]\n\n"
        "中共某县国有林场支部委员会\n党纪学习教育专题组织生活会对照检查材料\n\n"
    )
    outline = _parse(top + BODY, packs)
    assert outline.title == "中共某县国有林场支部委员会党纪学习教育专题组织生活会对照检查材料"
    assert [s.kind for s in outline.sections] == ["problems", "causes", "measures"]


@pytest.mark.parametrize("purpose", SPECIAL_PURPOSES)
def test_every_purpose_of_a_special_meeting_names_one_with_words_between(purpose, packs):
    for title in (
        f"某县水利局党组{purpose}专题民主生活会对照检查材料",
        f"某县水利局党组2024年{purpose}工作有关问题专题民主生活会对照检查材料",
        f"某县水利局机关支部{purpose}专题组织生活会发言提纲",
    ):
        assert _SPECIAL_MEETING.search(title), title
        assert unpacked_title(packs, title), title


def test_a_campaign_a_pack_covers_keeps_its_pack_though_it_names_a_purpose(packs):
    assert not unpacked_title(packs, "某局党组2023年主题教育检视整改专题民主生活会对照检查材料")
    assert not unpacked_title(packs, "某局党组2024年度民主生活会对照检查材料")


def test_no_annotated_material_with_a_pack_is_read_as_a_special_meeting():
    """The table walked against every annotated material of the repository: no title of a material that
    has a pack names a special meeting (the purposes never catch a year's meeting)."""
    checked = 0
    for path in FIXTURES.rglob("expected/*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not data.get("framework") or not data.get("title"):
            continue
        checked += 1
        assert not _SPECIAL_MEETING.search(data["title"]), (path, data["title"])
    assert checked > 300


QA_TOP = (
    "某某问答 › 职场 › 公文写作\n"
    "警示教育专题民主生活会班子材料的问题部分怎么写？\n"
    "提问者：某某  2025-04-02 09:10\n"
    "单位要开专题民主生活会，写出来总是很空。求参考。\n"
    "最佳答案\n答主：老笔杆  |  采纳率 88%\n"
)


def test_a_qa_pages_question_is_no_title_and_its_lines_no_part(packs):
    outline = _parse(QA_TOP + "给你贴一段我们去年材料的原文，供你参考：\n" + BODY.split("\n", 1)[1], packs)
    assert outline.title == ""
    assert [(s.kind, s.heading) for s in outline.sections] == [
        ("problems", "存在的问题"),
        ("causes", "问题产生的原因"),
        ("measures", "整改措施"),
    ]


def test_an_answers_excerpt_opening_at_a_later_item_is_the_problems_part(packs):
    excerpt = (
        "下面是一段节选，前面的内容略去，从问题部分的第二条开始：\n"
        "（二）在工作作风方面\n一是调研不够经常。下基层次数偏少。二是会议偏多。\n"
        "（三）在廉洁自律方面\n一是对亲属要求不严。\n"
        "三、问题产生的原因\n（一）理想信念有所松懈。\n"
        "四、整改措施\n（一）改进工作作风。\n"
    )
    outline = _parse(QA_TOP + excerpt, packs)
    assert [(s.kind, s.heading) for s in outline.sections] == [
        ("problems", ""),
        ("causes", "问题产生的原因"),
        ("measures", "整改措施"),
    ]
    assert [i.heading for i in outline.sections[0].items] == ["在工作作风方面", "在廉洁自律方面"]


def test_a_lead_that_announces_a_list_still_starts_it_at_one(packs):
    """A lead ending in a colon that announces no excerpt (`现将查摆的问题报告如下：`) over `（二）` `（三）` does
    not make the page one cut inside its problems (readings.opens_inside, as before)."""
    from mingjing.parse.readings import _EXCERPT_LEAD

    assert not _EXCERPT_LEAD.search("现将查摆的问题报告如下：")
    assert not _EXCERPT_LEAD.search("主要有以下几个方面：")
    assert _EXCERPT_LEAD.search("下面摘录一份材料的正文，标题略去：")


def test_a_qa_sites_controls_and_stamps_are_no_part_of_the_material(packs):
    top = (
        "某乎 › 问题\n专题组织生活会的检视材料，问题部分一般分几个方面写？\n关注问题  写回答\n"
        "赞同 36\n编辑于 2025-03-03 08:12\n"
    )
    outline = _parse(top + "给你贴一段我们去年材料的原文，供你参考：\n" + BODY.split("\n", 1)[1], packs)
    assert outline.title == ""
    assert [(s.kind, s.heading) for s in outline.sections] == [
        ("problems", "存在的问题"),
        ("causes", "问题产生的原因"),
        ("measures", "整改措施"),
    ]
