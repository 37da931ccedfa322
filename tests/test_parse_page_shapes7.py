"""Shapes of round r11 (issue 11, parse11): flattened pages — a material's paragraphs joined by spaces on
a few long lines, with a site's words run in — each general cause pinned in a text of this project's
own words."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _items(outline):
    return [[i.heading for i in s.items if i.heading] for s in outline.sections]


# a doc-sharing page joined the paragraphs with a space: bullet headings after a sentence's end
BULLETS_JOINED = (
    "某镇农业服务中心党员2023年度组织生活会对照检查材料\n"
    "按照镇党委通知，我认真查找了自身差距，报告如下。 ★存在的问题 ●理论学习不够系统。平时学得零散，"
    "对新政策只看标题。 ●服务农户不够主动。下村多是等电话，主动上门少。\n"
    "★问题产生的原因 ●宗旨意识有所淡化，对群众的急事难事感受不深。 ●自我要求有所放松，满足于完成任务。\n"
    "★整改措施 ●每周安排半天读原著，每月写一篇笔记。 ●每月走访农户不少于十户，当场记下诉求。\n"
)


def test_headings_joined_after_a_sentence_end_and_a_space_are_paragraphs(packs):
    o = _parse(BULLETS_JOINED, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert _items(o)[0] == ["理论学习不够系统", "服务农户不够主动"]


# a short line of a page's furniture with a part's name between its words; a site's word ending a line
FURNITURE_AROUND_PART = (
    "某区图书馆党支部查摆问题清单\n"
    "一、基本情况\n"
    "支部现有党员十二名，全年开展主题党日十二次，读者满意度保持在九成以上。\n"
    "（此处隐藏1800字） 存在的不足： 免费下载本文档\n"
    "一是阅读推广活动形式单一，多年沿用讲座和展览两种办法，年轻读者参与偏少。\n"
    "二是数字资源更新偏慢，部分数据库到期后续订不及时，读者反映查不到新刊。 上一篇：某馆年度工作总结\n"
)


def test_a_part_name_between_site_words_on_a_short_line_is_a_part(packs):
    o = _parse(FURNITURE_AROUND_PART, packs)
    kinds = [s.kind for s in o.sections]
    assert "problems" in kinds
    problems = o.sections[kinds.index("problems")]
    assert problems.heading.rstrip("：") == "存在的不足"
    headings = [i.heading for i in problems.items]
    assert len(headings) == 2
    assert headings[0].startswith("阅读推广活动形式单一") and headings[1].startswith("数字资源更新偏慢")


# a labelled part heading whose own paragraph runs a `一是` series after a colon and spaces: points, no
# items (the series is the paragraph's, not paragraphs a page joined)
HEADING_OWN_SERIES = (
    "某社区党委班子查摆问题情况\n"
    "一、社区服务工作现状(存在的主要问题) 从走访情况看，主要有以下问题： 一是便民服务时间安排不合理。"
    "窗口下午五点关门，上班族办事难。 二是网格员入户不够勤。有的网格一季度才走访一轮。\n"
)


def test_a_yishi_series_in_a_labelled_heading_paragraph_stays_points(packs):
    o = _parse(HEADING_OWN_SERIES, packs)
    assert [s.kind for s in o.sections] == ["problems"]
    assert _items(o) == [[]]


# a page editor's Markdown bold markers around every heading line
BOLD_MARKERS = (
    "某县水利局党员2024年度组织生活会发言提纲\n"
    "**一、存在的问题**\n"
    "**（一）在工程监管方面**\n"
    "到现场次数偏少，对施工质量多看台账少看实物。\n"
    "**（二）在服务群众方面**\n"
    "对群众反映的灌溉渠道淤塞问题答复不及时。\n"
    "**二、整改措施**\n"
    "**（一）盯紧工程现场**\n"
    "每月到在建工程现场不少于两次。\n"
)


def test_bold_markers_around_heading_lines_are_read_past(packs):
    o = _parse(BOLD_MARKERS, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", "存在的问题"), ("measures", "整改措施")]
    assert _items(o) == [["在工程监管方面", "在服务群众方面"], ["盯紧工程现场"]]


# a reading pane's own numbers before every paragraph, the title's and the headings' too
PANE_NUMBERS = (
    "1、某街道社区卫生服务中心党员2025年度组织生活会发言提纲\n"
    "2、按照中心党支部的安排，我对照要求查找了差距，报告如下。\n"
    "3、存在的问题\n"
    "4、（一）学习上有松劲\n"
    "5、集中学习时常因门诊任务请假，补学也只是看看材料。\n"
    "6、（二）服务上有差距\n"
    "7、对慢病患者的随访电话打得不够勤，有的一个季度才联系一次。\n"
    "8、整改措施\n"
    "9、（一）补上学习短板\n"
    "10、每次缺席集中学习后一周内补学并交笔记。\n"
)

# a writer's own numbered list: the numbers do not run over the title
WRITER_LIST = (
    "某社区党员承诺事项\n"
    "1、每月参加一次志愿服务。\n"
    "2、每季度走访一次结对困难户。\n"
    "3、按时足额交纳党费。\n"
    "4、每周登录学习平台不少于三次。\n"
    "5、带头遵守小区公约。\n"
    "6、年底向支部书面报告承诺落实情况。\n"
)


def test_a_panes_numbers_before_every_paragraph_are_read_past(packs):
    o = _parse(PANE_NUMBERS, packs)
    assert o.title.startswith("某街道社区卫生服务中心")
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", "存在的问题"), ("measures", "整改措施")]
    assert _items(o) == [["学习上有松劲", "服务上有差距"], ["补上学习短板"]]


def test_a_writers_numbered_list_keeps_its_numbers(packs):
    o = _parse(WRITER_LIST, packs)
    headings = [i.heading for s in o.sections for i in s.items]
    assert headings[0] == "每月参加一次志愿服务" and len(headings) == 6


# a table of contents that names itself, under the title, listing the one part that has a heading (the
# problems stand headless under the opening)
CONTENTS_UNDER_TITLE = (
    "某区档案馆党员2023年度组织生活会个人发言材料\n"
    "目录\n"
    "二、下一步打算\n"
    "会前我参加了支部的集中学习，也听取了同事的意见，现将检视情况报告如下：\n"
    "（一）学习贯彻党的创新理论方面。读原著少，多是看解读文章。\n"
    "（二）联系服务群众方面。查档窗口的答复有时过于简单，群众要跑第二趟。\n"
    "二、下一步打算\n"
    "一是每周读一篇原著。二是查档答复一次讲清，不让群众多跑。\n"
)


def test_a_named_table_of_contents_under_the_title_is_read_past(packs):
    o = _parse(CONTENTS_UNDER_TITLE, packs)
    assert [s.kind for s in o.sections] == ["problems", "measures"]
    assert _items(o)[0] == ["学习贯彻党的创新理论方面", "联系服务群众方面"]


# a copy broke item headings inside a word: the end of the heading alone on the next line
HEADING_BROKEN = (
    "某县供销社党员2024年度组织生活会对照检查材料\n"
    "一、存在的问题\n"
    "（一）在学习贯彻党的创新理论方\n"
    "面\n"
    "学习多停留在读文件，联系业务思考得少。\n"
    "（二）在联系服务社员群众方\n"
    "面：\n"
    "到基层网点次数偏少，对社员反映的农资价格问题回应不及时。\n"
    "（三）纪律意识不够牢固\n"
    "具体表现为：\n"
    "请假手续有时事后补办。\n"
)


def test_a_heading_broken_inside_a_word_keeps_its_end(packs):
    o = _parse(HEADING_BROKEN, packs)
    assert _items(o) == [["在学习贯彻党的创新理论方面", "在联系服务社员群众方面", "纪律意识不够牢固"]]


# a page in a few long lines: the first ends with a part's heading after a space, a site's line opens the
# next
HEADING_ENDS_LONG_LINE = (
    "某县林业局党员2024年度组织生活会对照检查材料 按照局机关党委的通知要求，我认真学习了有关文件，"
    "与支部委员和同事谈心交流，听取了大家的意见，查找了自身的不足，现将有关情况报告如下： 一、存在的问题\n"
    "【推荐阅读】2024年度组织生活会对照检查材料范文精选 （一）理论学习不够深入。读原著少，多是看辅导材料。"
    " （二）护林巡查不够细致。进山巡查有时只走主路，偏远林区去得少。 二、整改措施\n"
    "分享到：微信 （一）每月精读一篇原著，写一篇笔记。 （二）每季度把偏远林区走一遍，发现问题当场登记，"
    "月底前汇总报支部\n"
)


def test_a_long_line_ending_with_a_part_heading_breaks_there(packs):
    o = _parse(HEADING_ENDS_LONG_LINE, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", "存在的问题"), ("measures", "整改措施")]
    assert _items(o)[0] == ["理论学习不够深入", "护林巡查不够细致"]
