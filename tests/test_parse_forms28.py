"""Round r28 (parse28, issue 11): the forms parse sets 53/54 showed misread, read as their classes — a thread's plea
titles no material, a merged part whose cause-headed items say what will be done is measures, a title's bracketed
unit runs to 16 characters, a page set by a character count joins its lines of half-width digits, a reply's lead
that sends part of a text heads no part."""

from mingjing.parse import parse_document
from mingjing.parse.sections import merged_kind
from mingjing.read import read_bytes
from mingjing.read.rejoin import PageWidth, full_line, line_width, split_title


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "p.txt", ".txt"), packs)


def test_a_threads_plea_is_no_title(packs):
    for plea in (
        "求一份2024年度组织生活会党员对照检查材料，学校党员用的，急！",
        "谁有2024年度组织生活会对照检查材料啊，发我一份",
    ):
        text = (
            f"党建论坛 › 材料交流\n{plea}\n查看：210 | 回复：3\n\n"
            "2楼  白杨  发表于 2025-1-2 10:00\n我写的，只贴一段：\n\n"
            "（一）组织纪律方面。一是参加组织生活不够经常。二是请示报告不够及时。\n"
        )
        assert _parse(text, packs).title == ""


def test_a_title_opening_with_qiu_stays():
    from mingjing.parse.outline import _PLEA

    assert not _PLEA.search("求真务实抓落实——县审计局局长2024年度民主生活会对照检查材料")
    assert _PLEA.search("跪求党纪学习教育专题组织生活会检视剖析材料，在线等！！")


def test_cause_headed_items_that_say_what_will_be_done_make_a_merged_part_measures():
    heads = ["学习自觉性不够", "宗旨意识有所淡化", "担当精神不足"]
    bodies = [
        "原因是满足于完成规定动作。2026年上半年读完规定书目。",
        "原因：习惯于看报表。措施：每季度到基层蹲点1天。",
        "严格执行请示报告制度。",
    ]
    assert merged_kind(heads, bodies) == "measures"
    # (items that only state their causes keep the causes' reading)
    assert (
        merged_kind(heads, ["满足于完成规定动作。", "习惯于看报表，对群众感受不深。", "求稳怕乱。"])
        == "causes"
    )


def test_a_title_split_before_a_long_bracketed_unit_is_one_title():
    assert split_title("2025年度组织生活会党员个人对照检", "查材料（市档案馆机关第二党支部）")


def test_a_count_set_page_joins_a_line_of_half_width_digits():
    page = PageWidth(60)
    page.by_count = True
    line = "一是完成复核。2025年3月31日前对2024年以来的全部地"  # 30 characters, 11 of them digits
    assert len(line) == 30 and full_line(line, page, 62)
    assert not full_line(line, PageWidth(60), 62)  # (a page set by columns: a short line there)
    assert not full_line("发布时间:2025-02-10 浏览:1368次阅读量", page, 62)  # (narrow marks: set by columns)
    assert line_width(["短"] * 3) is None


def test_a_replys_lead_that_sends_part_of_a_text_heads_no_part(packs):
    text = (
        "党建论坛 › 材料交流\n谁有2024年度民主生活会班子对照检查材料啊，发一份\n查看：98 | 回复：2\n\n"
        "2楼  江畔  发表于 2025-1-3 17:05\n我们去年的，只能发一部分，你看看思路：\n\n"
        "（二）在带头增强党性、严守纪律、砥砺作风方面。一是组织生活质量不高。二是批评和自我批评辣味不足。\n"
    )
    outline = _parse(text, packs)
    assert [s.kind for s in outline.sections] == ["problems"]
