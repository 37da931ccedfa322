"""Shapes of round r12 (parse12): the page forms that still lost parts in `eval/parse_variants.py` and the
forms the judges reported, each general cause pinned in a text of this project's own words."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.read.rejoin import line_width, running_header


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _items(outline):
    return [[i.heading for i in s.items if i.heading] for s in outline.sections]


def _wrap(text: str, width: int) -> str:
    return "\n".join(text[i : i + width] for i in range(0, len(text), width)) + "\n"


# a short excerpt (one flattened paragraph) copied out of a PDF of 28 characters a line: too few lines for
# a page width, and the lines shorter than a run-on line
EXCERPT = (
    "区档案馆副馆长个人检视剖析 我对照岗位职责回看了一年来的工作，现把问题剖析如下： 一、存在的问题 "
    "1.档案数字化进度偏慢。馆藏扫描全年只完成计划的六成。 2.对外服务不够便利。查档预约仍要到窗口填表。"
    " 二、整改措施 1.每月排出扫描进度表并按周通报。 2.开通线上预约查档，当日办结。"
)


def test_a_short_excerpt_broken_at_one_width_is_joined_again(packs):
    page = _wrap(EXCERPT, 28)
    assert len(page.splitlines()) < 8  # (fewer lines than a long text's page width needs)
    o = _parse(page, packs)
    assert [s.kind for s in o.sections] == ["problems", "measures"]
    assert [len(h) for h in _items(o)] == [2, 2]


def test_a_width_in_characters_holds_with_half_width_digits_in_lines(packs):
    page = _wrap(EXCERPT.replace("六成", "60%").replace("每月", "每1个月"), 28)
    assert line_width(page.splitlines()) is not None
    assert [s.kind for s in _parse(page, packs).sections] == ["problems", "measures"]


# parallel headings of one length over paragraphs longer than a line: no page width, nothing joined
PARALLEL = (
    "区档案馆党支部查摆问题\n"
    "一、存在的问题\n"
    "（一）档案数字化工作推进偏慢，计划执行不严\n"
    "全年馆藏扫描只完成了计划的六成，有两批民国档案的修复工作一拖再拖，至今没有排出完成的时间表，"
    "影响了对外开放。\n"
    "（二）对外查档服务不够便利，预约手续偏繁\n"
    "查档预约仍然要到窗口填写纸质表格，外地群众来回跑的情况时有发生，意见比较集中，还没有改进。\n"
    "（三）安全管理制度执行不严，巡查记录不全\n"
    "库房温湿度巡查有时只签字不记录数据，消防器材检查也存在漏项，隐患排查还停留在表面上。\n"
)


def test_parallel_headings_of_one_length_over_long_paragraphs_are_no_page_width(packs):
    assert line_width(PARALLEL.splitlines()) is None
    o = _parse(PARALLEL, packs)
    assert [h[:6] for h in _items(o)[0]] == ["档案数字化工", "对外查档服务", "安全管理制度"]


# a page joined the paragraphs with spaces: a labelled part heading, a space, then its first item's bullet
# or named label, or a lead-in whose heading ends at its comma (`究其原因，`)
LABELLED_THEN_ITEM = (
    "区市场监管所所长个人对照检查材料 按照局党组的通知，我对照检查了自身不足，报告如下。 "
    "一、存在的问题 问题一：监管检查不够细致。对小餐饮店多是看证照，后厨卫生看得少。 "
    "问题二：回应投诉不够及时。有的投诉过了一周才回电话。 "
    "二、产生问题的原因 究其原因，一是宗旨意识有所淡化；二是工作标准有所降低。 "
    "三、整改措施 ●细化检查清单。每次检查都进后厨，逐项打分。 ●投诉当天回复。建立台账，每周通报。\n"
)


def test_a_labelled_part_heading_joined_to_its_first_item_or_lead_in_is_the_part_name(packs):
    o = _parse(LABELLED_THEN_ITEM, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "产生问题的原因"),
        ("measures", "整改措施"),
    ]
    assert _items(o)[0] == ["监管检查不够细致", "回应投诉不够及时"]
    assert _items(o)[2] == ["细化检查清单", "投诉当天回复"]


# a flattened page with a site's reading count after a heading and a share bar before one
COUNT_AND_SHARE = (
    "区文化馆馆长组织生活会发言材料 按照支部安排，我查找了自身不足。 一、存在的问题 阅读：2318次 "
    "（一）群众文化活动形式单一。全年活动多是文艺汇演，年轻人参加得少。 （二）基层辅导不够经常。下乡辅导一年只有四次。"
    " 分享到：微信 微博 QQ空间 二、整改措施 （一）每季度办一次青年专场。 （二）每月下乡辅导一次。\n"
)


def test_a_reading_count_and_a_share_bar_between_flattened_headings_are_read_past(packs):
    o = _parse(COUNT_AND_SHARE, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", "存在的问题"), ("measures", "整改措施")]
    assert [len(h) for h in _items(o)] == [2, 2]


# an aspect-major material whose sub-headings are numbered `（1）` `（2）` `（3）` under each aspect's `一、`
ASPECT_ROUNDS_ARABIC = (
    "区图书馆馆员党纪学习教育组织生活会检视材料\n"
    "按照支部安排，我对照纪律要求逐项检视，情况如下。\n"
    "一、在工作纪律方面\n"
    "（1）存在问题\n"
    "借阅登记有时图省事先放行后补录，个别读者的逾期记录没有及时处理。\n"
    "（2）原因分析\n"
    "觉得规章是形式，对岗位规范的严肃性认识不够。\n"
    "（3）整改措施\n"
    "当班登记当班完成，每周自查一次逾期记录。\n"
    "二、在群众纪律方面\n"
    "（1）存在问题\n"
    "接待读者咨询时有时不够耐心，回答问题简单生硬。\n"
    "（2）原因分析\n"
    "服务意识有所淡化，把读者的询问当作额外负担。\n"
    "（3）整改措施\n"
    "每月参加一次服务礼仪培训，读者意见当周回复。\n"
)


def test_aspect_rounds_numbered_with_arabic_in_brackets_are_rounds_of_parts(packs):
    o = _parse(ASPECT_ROUNDS_ARABIC, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"] * 2
    assert [s.heading for s in o.sections if s.kind == "problems"] == ["在工作纪律方面", "在群众纪律方面"]


def _page_of(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


# a PDF copy at 24 characters a line whose next page repeats the part's heading (and the title) on top
RUNNING_HEADER = [
    "区水务站站长个人对照检查材料",
    "按照站党支部的安排，我对照岗位职责查找",
    "了自身存在的问题，现报告如下。",
    "一、存在的问题",
    "（一）巡查河道不够经常。汛期前后的巡查",
    "多是委托村里的管护员，自己到现场看得少，",
    "有两处护岸松动是群众反映后才发现的。",
    "（二）工程验收把关不严。个别小型水利工",
    "程的验收资料由施工单位代填，签字前没有",
    "— 1 —",
    "一、存在的问题",
    "逐项核对，留下了质量隐患。",
    "二、整改措施",
    "（一）每月到责任河段巡查两次，巡查记录",
    "— 2 —",
    "区水务站站长个人对照检查材料",
    "当天上传。",
    "（二）验收资料一律本人逐项核对后再签字。",
]


def test_a_running_header_at_a_page_break_is_read_past(packs):
    o = _parse(_page_of(RUNNING_HEADER), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", "存在的问题"), ("measures", "整改措施")]
    assert _items(o)[0] == ["巡查河道不够经常", "工程验收把关不严"]
    assert "逐项核对，留下了质量隐患" in o.document.text
    assert "签字前没有逐项核对" in o.document.text  # (the sentence joined again across the page)


def test_a_heading_of_the_same_name_in_the_next_round_is_no_running_header(packs):
    page = _page_of(
        [
            "一、在工作纪律方面",
            "（一）存在问题",
            "借阅登记有时先放行后补录。",
            "（二）整改措施",
            "当班登记当班完成。",
            "二、在群众纪律方面",
            "— 1 —",
            "（一）存在问题",
            "接待读者时有时不够耐心。",
            "（二）整改措施",
            "每月参加一次服务礼仪培训。",
        ]
    )
    texts = page.splitlines()
    assert not any(running_header(texts, k, None) for k in range(1, len(texts)))


# a title that names a list or ledger for its meeting (`…民主生活会问题整改清单`): the document, no measures part
LEDGER_TITLE = (
    "某区统计局2024年度民主生活会问题整改清单\n"
    "为抓好问题整改，现将班子查摆的问题和措施列出如下。\n"
    "（一）数据核查不够细致。个别报表上报前没有复核。整改措施：建立报表双人复核制度。\n"
    "（二）基层指导不够经常。下乡指导全年只有三次。整改措施：每季度下乡指导一次。\n"
)


def test_a_list_named_for_its_meeting_is_the_title_not_a_measures_part(packs):
    o = _parse(LEDGER_TITLE, packs)
    assert "measures" not in [s.kind for s in o.sections]
    assert o.title.endswith("问题整改清单")
    assert _items(o)[0] == ["数据核查不够细致", "基层指导不够经常"]


def test_a_list_part_heading_still_names_measures():
    from mingjing.parse.sections import section_kind

    assert section_kind("整改清单") == "measures"
    assert section_kind("2024年度整改清单") == "measures"
    assert section_kind("检视问题清单及整改台账") is None
    assert section_kind("某局2024年度民主生活会检视问题清单及整改台账") is None


# heading lines a copy broke inside a word with a long tail, a tail that ends as a heading ends, and a
# heading cut after its joining word (`原因剖析及` / `整改措施`)
BROKEN_LONG_TAILS = [
    "区审计局科员个人对照检查材料",
    "按照支部安排，我查找了自身的差距，报告如下。",
    "一、上年度组织生活会整",
    "改落实情况",
    "去年查摆的两个问题已整改到位。",
    "二、存在的问题",
    "（一）在学习贯彻党的创新理论和审计",
    "业务知识结合方面",
    "学习多是读文件，结合审计项目谈体会少。",
    "（二）在遵守工作纪律、严格执行审",
    "计程序方面",
    "个别项目的取证记录补签，程序不够严谨。",
    "三、原因剖析及",
    "整改措施",
    "对党的理论学习重视不够。今后每月精读一篇原著，取证记录当天签字。",
]


def test_a_heading_broken_with_a_long_tail_is_one_heading(packs):
    o = _parse(_page_of(BROKEN_LONG_TAILS), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("other", "上年度组织生活会整改落实情况"),
        ("problems", "存在的问题"),
        ("measures", "原因剖析及整改措施"),
    ]
    assert _items(o)[1] == [
        "在学习贯彻党的创新理论和审计业务知识结合方面",
        "在遵守工作纪律、严格执行审计程序方面",
    ]


def test_a_part_heading_of_its_own_under_an_unfinished_line_stays_apart(packs):
    page = _page_of(
        ["一、学习贯彻党的创新理论", "存在问题", "学习多是读文件。", "整改措施", "每月精读一篇原著。"]
    )
    o = _parse(page, packs)
    assert o.sections and o.sections[0].heading == "学习贯彻党的创新理论"


# symbol-led headings: `●` items under no problems heading, then `■` parts for the causes and measures
SYMBOL_LED = _page_of(
    [
        "区人社局领导班子民主生活会对照检查材料",
        "局党组对照“四个带头”查找了班子的差距，报告如下。",
        "●带头严守政治纪律和政治规矩方面",
        "落实上级部署有时慢半拍，个别事项没有按期办结。",
        "●带头增强党性、严守纪律、砥砺作风方面",
        "调查研究不够深入，到基层窗口看得少。",
        "■问题产生的原因",
        "理论学习不够深入，宗旨意识有所淡化。",
        "■整改措施",
        "每月开展一次专题学习，班子成员每季度到窗口跟班一天。",
    ]
)


def test_symbol_led_items_before_the_first_symbol_led_part_are_the_problems(packs):
    o = _parse(SYMBOL_LED, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert _items(o)[0] == ["带头严守政治纪律和政治规矩方面", "带头增强党性、严守纪律、砥砺作风方面"]


# a page run into a few long lines: a line with one join only (`…结合进去。 （二）…`) is cut there too
FEW_LONG_LINES = (
    "区林业站职工组织生活会检视材料 按照支部安排，我参加了集中学习。 对照四个方面，我检视出以下问题： "
    "（一）学习贯彻党的创新理论情况 一是学习主动性不强。平时自学很少。\n"
    "二是学了不会用。整理护林制度时没有结合新要求。 （二）党性修养提高情况 一是批评与自我批评不够大胆。\n"
    "【整改措施】 （一）每周自学两个晚上。 （二）在组织生活中敢于提意见。 （三）每季度谈心一次。\n"
)


def test_a_line_with_one_join_on_a_page_of_flattened_lines_is_cut_there(packs):
    o = _parse(FEW_LONG_LINES, packs)
    assert [s.kind for s in o.sections] == ["problems", "measures"]
    assert _items(o)[0] == ["学习贯彻党的创新理论情况", "党性修养提高情况"]


def test_one_sentence_end_and_a_space_in_a_writers_paragraph_is_no_join(packs):
    page = (
        "区林业站职工组织生活会检视材料\n一、存在的问题\n"
        "（一）学习不够主动。平时自学很少，笔记不全。 护林制度修订时没有结合新要求，讨论发言准备不足。\n"
        "（二）服务不够到位。林农来电有时没有当天回复。\n"
    )
    o = _parse(page, packs)
    assert _items(o)[0] == ["学习不够主动", "服务不够到位"]


# literary part headings led by `▲`, named by their last words (`…找差距`, `…明根源`, `…抓落实`)
LITERARY_GLYPH_PARTS = _page_of(
    [
        "区农业站站长个人对照检查材料",
        "按照局党组通知，我查找了自身不足，报告如下。",
        "▲ 学思践悟找差距",
        "1.技术推广不够深入。示范田只办了两块，农户看得少。",
        "2.服务农户不够主动。下村多是等电话。",
        "▲ 追根溯源明根源",
        "1.宗旨意识有所淡化。把服务当成任务。",
        "▲ 立行立改抓落实",
        "1.每季度新办一块示范田。",
        "2.每月走村入户不少于十户。",
    ]
)


def test_glyph_led_literary_headings_named_by_their_last_words_are_parts(packs):
    o = _parse(LITERARY_GLYPH_PARTS, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "学思践悟找差距"),
        ("causes", "追根溯源明根源"),
        ("measures", "立行立改抓落实"),
    ]


def test_a_statement_that_falls_short_of_its_work_is_no_measures_heading():
    from mingjing.parse.sections import section_kind

    assert section_kind("抓落实的劲头不足") != "measures"
