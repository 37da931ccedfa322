"""The forms parse sets 45/46 lost (round r24, parse24), each general cause pinned in a text of this project's own
words: a copy run into one paragraph with `1.` parts over `（1）` items (or `一、` parts over `1.` items, no mark
between), an excerpt that goes on from the page before it (`（接上页）`) with no title, and a table of contents whose
page numbers follow the headings after a space (a word processor's tab leader lost in the copy)."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _parts(outline):
    return [(s.kind, s.heading) for s in outline.sections]


def _items(outline):
    return [[i.heading for i in s.items if i.heading] for s in outline.sections]


ONE_PARAGRAPH_ARABIC = (
    "王晓东同志2025年度组织生活会个人对照检查材料\n"
    "按照所在党支部的安排，我对照六项纪律检视了自身不足，现报告如下。1.存在的问题（1）在政治纪律方面：一是学习"
    "不够深入，满足于读文件；二是对网上错误言论辨别不够。（2）在工作纪律方面：一是落实窗口首问负责制不严格，比如"
    "，上月有群众来电两次才找到经办人；二是台账更新不及时。2.原因分析：一是纪律意识淡化；二是自我要求放松。"
    "3.整改措施（1）严守政治纪律。每周自学不少于2小时。（2）改进窗口服务。首问负责一律登记到人。\n"
)


def test_arabic_parts_over_paren_items_run_in_one_paragraph_are_read_as_parts(packs):
    o = _parse(ONE_PARAGRAPH_ARABIC, packs)
    assert _parts(o) == [("problems", "存在的问题"), ("causes", "原因分析"), ("measures", "整改措施")]
    assert _items(o) == [["在政治纪律方面", "在工作纪律方面"], [], ["严守政治纪律", "改进窗口服务"]]
    assert [i.aspect for i in o.sections[0].items] == ["政治纪律", "工作纪律"]
    assert [len(i.points) for i in o.sections[0].items] == [2, 2]


def test_half_width_paren_items_and_a_part_with_no_causes_run_in_too(packs):
    text = ONE_PARAGRAPH_ARABIC.replace("（", "(").replace("）", ")").replace("1.", "1、")
    text = text.replace("2.原因分析：一是纪律意识淡化；二是自我要求放松。3.", "2、")
    o = _parse(text, packs)
    assert _parts(o) == [("problems", "存在的问题"), ("measures", "整改措施")]
    assert _items(o)[1] == ["严守政治纪律", "改进窗口服务"]


def test_cn_parts_over_arabic_items_with_no_mark_between_are_cut(packs):
    text = (
        "李红同志个人检视剖析材料\n"
        "现将检视情况报告如下。一、存在的问题1.学习方面。一是学习时间不足；二是学用结合不紧。2.服务方面。一是入户"
        "走访少；二是回应诉求慢。二、产生问题的原因：一是理论学习不够；二是宗旨意识淡化。三、整改措施1.加强学习。"
        "每周自学半天。2.改进服务。每月走访不少于20户。\n"
    )
    o = _parse(text, packs)
    assert _parts(o) == [("problems", "存在的问题"), ("causes", "产生问题的原因"), ("measures", "整改措施")]
    assert _items(o) == [["学习方面", "服务方面"], [], ["加强学习", "改进服务"]]


def test_paren_numbers_inside_an_items_paragraph_stay_its_points(packs):
    # (no part is cut in the paragraph: `（1）…（2）…` count the item's points, as before)
    text = (
        "个人对照检查材料\n"
        "一、存在的问题\n"
        "（一）理论学习方面\n"
        "（1）学习不够系统，满足于读文件。（2）学用结合不紧，联系实际不够。\n"
        "二、整改措施\n"
        "（一）加强学习。每周自学不少于2小时。\n"
    )
    o = _parse(text, packs)
    assert _items(o) == [["理论学习方面"], ["加强学习"]]
    assert len(o.sections[0].items[0].points) == 2


def test_a_sentence_counting_things_named_like_parts_cuts_no_part(packs):
    # (one `1.` naming a part is no numbered list of parts: the two must name parts of different kinds)
    text = (
        "个人对照检查材料\n"
        "一、存在的问题\n"
        "（一）理论学习方面。会上提出两条：1.存在的问题要建立台账，2.存在的问题要逐条销号，我落实不够。\n"
        "二、整改措施\n"
        "（一）加强学习。每周自学不少于2小时。\n"
    )
    o = _parse(text, packs)
    assert _parts(o) == [("problems", "存在的问题"), ("measures", "整改措施")]
    assert _items(o) == [["理论学习方面"], ["加强学习"]]


CONTINUED = (
    "（接上页）\n"
    "【带头发扬斗争精神方面】\n"
    "第一，面对矛盾有畏难情绪。第二，较真碰硬不够，比如，对拖欠工期的施工单位只是约谈。\n"
    "【带头落实全面从严治党政治责任方面】\n"
    "第一，“一岗双责”落实有温差。第二，对身边人管理偏松。\n"
    "二、产生问题的原因\n"
    "主要是理论学习不够深入，党性修养有所放松。\n"
    "三、整改措施\n"
    "【增强斗争本领】\n"
    "对施工单位严格按合同考核。\n"
)


def test_the_first_line_under_a_continued_pages_note_is_no_title(packs):
    o = _parse(CONTINUED, packs)
    assert o.title == ""
    assert _parts(o)[0] == ("problems", "")
    assert _items(o)[0] == ["带头发扬斗争精神方面", "带头落实全面从严治党政治责任方面"]
    assert o.framework is not None and o.framework.id == "mzshh-2022"


def test_a_line_naming_the_document_under_a_continued_pages_note_is_still_the_title(packs):
    o = _parse(
        CONTINUED.replace("（接上页）\n", "（接上页）\n县水电站站长2022年度民主生活会对照检查材料\n"), packs
    )
    assert o.title == "县水电站站长2022年度民主生活会对照检查材料"


def test_contents_lines_with_page_numbers_after_a_space_are_no_parts(packs):
    text = (
        "县自来水公司党支部2025年度组织生活会对照检查材料\n"
        "目  录\n"
        "1 存在的问题\t1\n"
        "1.1 政治纪律方面\t1\n"
        "1.2 工作纪律方面\t2\n"
        "2 整改措施\t2\n"
        "按照公司党委的部署，现对照检查如下。\n"
        "1 存在的问题\n"
        "1.1 政治纪律方面\n"
        "一是学习不够深入；二是宣讲不够。\n"
        "1.2 工作纪律方面\n"
        "一是抄表考核不严；二是演练不经常。\n"
        "2 整改措施\n"
        "2.1 加强学习\n"
        "每月精读1篇重要文章。\n"
    )
    o = _parse(text, packs)
    assert _parts(o) == [("problems", "存在的问题"), ("measures", "整改措施")]
    assert _items(o) == [["政治纪律方面", "工作纪律方面"], ["加强学习"]]


def test_a_contents_line_whose_heading_is_not_found_again_stays_in_the_contents(packs):
    # (the body's `存在的问题` line left out, as when a page cuts it: the contents' other lines stand again)
    text = (
        "县自来水公司党支部2025年度组织生活会对照检查材料\n"
        "目录\n"
        "一、存在的问题 1\n"
        "（一）政治纪律方面 1\n"
        "（二）工作纪律方面 2\n"
        "二、整改措施 2\n"
        "按照公司党委的部署，现对照检查如下。\n"
        "（一）政治纪律方面\n"
        "一是学习不够深入；二是宣讲不够。\n"
        "（二）工作纪律方面\n"
        "一是抄表考核不严；二是演练不经常。\n"
        "二、整改措施\n"
        "（一）加强学习。每月精读1篇重要文章。\n"
    )
    o = _parse(text, packs)
    assert [s.kind for s in o.sections] == ["problems", "measures"]
    assert _items(o) == [["政治纪律方面", "工作纪律方面"], ["加强学习"]]


def test_a_one_line_contents_of_arabic_parts_is_not_cut_into_parts(packs):
    # (its parts hold no sentence: the line is a contents over the title's text, not a copy run into one paragraph)
    text = (
        "王明同志2025年度组织生活会个人对照检查材料\n"
        "本文目录：1.存在的问题（1）政治纪律方面 （2）工作纪律方面 2.原因分析 3.整改措施\n"
        "按照支部安排，我对照六项纪律进行了检视，现报告如下。\n"
        "1.存在的问题\n"
        "（1）政治纪律方面。一是学习不够深入；二是宣讲不够。\n"
        "（2）工作纪律方面。一是考核不严；二是演练不经常。\n"
        "2.原因分析\n"
        "一是纪律意识淡化；二是要求放松。\n"
        "3.整改措施\n"
        "（1）加强学习。每月精读1篇重要文章。\n"
    )
    o = _parse(text, packs)
    assert o.title == "王明同志2025年度组织生活会个人对照检查材料"
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert _items(o) == [["政治纪律方面", "工作纪律方面"], [], ["加强学习"]]
