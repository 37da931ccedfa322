"""Round r23 (parse23, issue 11): the forms parse sets 43/44 lost, read as their classes — parts counted `第一，…` on
lines of their own, a page header over the title, a title run into its first sentence under a copy's source and
file lines, a news report quoting an excerpt, a document library's price line, bracketed aspects under a cut
problems heading."""

from mingjing.model import TEXT_ITEM
from mingjing.parse import parse_document
from mingjing.parse.labels import COUNTED_RANK, match_label
from mingjing.read import read_bytes


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "p.txt", ".txt"), packs)


def _shape(outline):
    """Each part's kind and its items' headings (a part's own text held as an item, `TEXT_ITEM`, is none)."""
    return [
        (s.kind, [i.heading for i in s.items if i.heading and i.by != TEXT_ITEM]) for s in outline.sections
    ]


def test_a_counted_line_of_its_own_is_a_label_and_a_counted_sentence_is_not():
    for line in ("第一，深刻汲取案件教训", "第三、问题产生的根源", "第二：整改措施"):
        label = match_label(line)
        assert label is not None and label.rank == COUNTED_RANK, line
    for line in (
        "第一，加强理论学习。每周自学不少于3小时。",
        "第二，对同事的缺点不愿当面指出，怕得罪人",
        "第一",
    ):
        assert match_label(line) is None, line


def test_parts_counted_on_lines_of_their_own_with_measures_headed_by_yishi(packs):
    text = (
        "以案促改专题民主生活会个人发言材料\n\n按照县纪委通知要求，我对照案件作如下剖析。\n\n"
        "第一，案件带来的警示\n\n这起案件说明监督链条任何一环失守都会造成严重后果。\n\n"
        "第二，对照案件查摆的问题\n\n（一）监督流于形式。一是缺少复核环节；二是举报线索跟踪不够。\n\n"
        "（二）教育管理偏松。一是谈心谈话少；二是对异常情况不警觉。\n\n"
        "第三，问题根源\n\n根本上是管党治党责任认识不到位。\n\n"
        "第四，整改措施\n\n一是健全复核机制。年内建立交叉复核制度。\n\n二是抓实谈心谈话。每季度谈心一次。\n"
    )
    assert _shape(_parse(text, packs)) == [
        ("other", []),
        ("problems", ["监督流于形式", "教育管理偏松"]),
        ("causes", []),
        ("measures", ["健全复核机制", "抓实谈心谈话"]),
    ]


HEADED = (
    "主题教育专题组织生活会\n个人检视剖析材料\n\n按照支部安排，我对照四个方面检视剖析如下。\n\n"
    "一、检视出的问题\n\n（一）学习贯彻党的创新理论情况。一是自学少；二是学用脱节。\n\n"
    "二、产生问题的原因\n\n主要是理想信念有所松懈。\n\n三、整改措施\n\n一是加强学习；二是改进作风。\n"
)


def test_a_page_header_over_the_title_is_no_title_line(packs):
    header = "西岭县水务局机关第二党支部" + " " * 24 + "会议材料  请勿外传\n\n"
    assert _parse(header + HEADED, packs).title == "主题教育专题组织生活会个人检视剖析材料"
    # (a byline's name two spaces after the post is no page header: the title is the line under it)
    byline = "县水务局副局长  郑海涛\n"
    assert _parse(byline + HEADED, packs).title == "主题教育专题组织生活会个人检视剖析材料"


def test_a_title_run_into_its_first_sentence_under_a_copys_source_and_file_lines(packs):
    text = (
        "转自：市交通系统党建联络群（群文件）\n[附件] 中心副主任民主生活会发言材料.docx（共4页）\n\n"
        "市公路中心副主任韩启明2024年度民主生活会个人对照检查材料 根据局党委的统一安排，我围绕“四个带头”"
        "征求意见6条，现将个人对照检查情况报告如下。\n\n"
        "一、存在的问题\n\n（一）带头严守政治纪律和政治规矩方面。一是贯彻部署不够迅速；二是请示报告不够及时。\n\n"
        "二、整改措施\n\n一是每月开展专题学习；二是严格执行请示报告制度。\n"
    )
    assert _parse(text, packs).title == "市公路中心副主任韩启明2024年度民主生活会个人对照检查材料"


REPORT = (
    "临川日报网 > 时政要闻 > 部门动态\n县市场监管局党组召开2024年度民主生活会\n"
    "2025-01-17 09:32  来源：县市场监管局  作者：通讯员 费思远\n\n"
    "本报讯 1月16日，县市场监管局党组召开2024年度民主生活会。\n\n"
    "以下为党组班子对照检查材料的部分内容：\n\n"
    "对照“四个带头”，党组班子主要存在以下问题：在带头严守政治纪律和政治规矩方面，传达学习上级部署有时停留在"
    "会议层面；在带头增强党性、严守纪律、砥砺作风方面，深入基层调研偏少；在带头履行全面从严治党政治责任方面，"
    "对基层所执法廉政风险排查不够细……\n\n"
    "对于这些问题，下一步局党组将逐条建立整改台账，每季度开展一次执法监督检查。\n\n"
    "邱文华在点评中指出，这次民主生活会主题突出、准备充分……（下略）\n\n相关新闻：\n· 县市场监管局开展宣传活动\n"
)


def test_a_report_quoting_an_excerpt_has_no_title_and_its_excerpt_two_parts(packs):
    o = _parse(REPORT, packs)
    assert o.title == ""
    assert _shape(o) == [("problems", []), ("measures", [])]
    assert o.framework is not None and o.framework.id == "mzshh-2024"
    # (the report's own voice after the excerpt, and its links, are no part's)
    assert "点评" not in o.document.text[o.sections[-1].start : o.sections[-1].end]


def test_a_report_that_tells_the_meeting_in_its_own_words_keeps_its_headline(packs):
    text = REPORT.replace("以下为党组班子对照检查材料的部分内容：\n\n", "")
    assert _parse(text, packs).title == "县市场监管局党组召开2024年度民主生活会"


def test_a_librarys_price_line_is_no_point(packs):
    text = HEADED.replace(
        "二是改进作风。\n", "二是改进作风……\n\n试读已结束，还剩2页未读，继续阅读>>\n3 下载券\n8 积分\n"
    )
    o = _parse(text, packs)
    assert all(
        "券" not in p.text and "积分" not in p.text for s in o.sections for i in s.items for p in i.points
    )
    assert match_label("8 积分") is None and match_label("3 下载券") is None


def test_bracketed_aspects_under_a_cut_problems_heading_are_the_problems(packs):
    text = (
        "2025年度组织生活会个人对照检查材料\n\n根据支部的安排，我对照六项纪律查摆了问题。\n\n"
        "【政治纪律】第一，理论学习不够主动。第二，辨别网上负面信息不够敏锐。\n\n"
        "【组织纪律】第一，参加组织生活不够积极。第二，批评时不愿当面指出。\n\n"
        "二、产生问题的原因\n\n（一）理想信念不够坚定。放松了思想改造。\n\n"
        "三、整改措施\n\n（一）加强学习。每周自学不少于3小时。\n"
    )
    o = _parse(text, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert [i.heading for i in o.sections[0].items] == ["政治纪律", "组织纪律"]
