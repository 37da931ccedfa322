"""Shapes of round r12 (parse12b): the general causes behind what blind sets 21 and 22 lost, each pinned
in a text of this project's own words."""

import docx

from mingjing.parse import parse_document
from mingjing.read import read_bytes, read_document


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _outline(o):
    return [
        (s.kind, s.heading, [i.heading for i in s.items if i.heading and i.by != "text"]) for s in o.sections
    ]


MERGED = (
    "县档案馆党支部班子2023年度组织生活会对照检查材料\n"
    "按照局党组的安排，支部班子广泛征求了意见，现将检查情况报告如下。\n"
    "一、存在的问题\n"
    "（一）理论学习不够深入。集中学习读文件多，联系档案工作实际少。\n"
    "（二）服务群众不够主动。查档窗口午间无人值守，群众多次反映。\n"
    "二、原因分析和整改措施\n"
    "分析起来，一是理论武装抓得不紧，二是服务意识有所淡化，三是制度执行不够严格。\n"
    "对照以上问题，支部班子将着力抓好以下几个方面的整改：\n"
    "（一）抓实理论学习。每月组织一次专题学习，结合馆藏编研谈体会。\n"
    "（二）改进窗口服务。推行午间轮班值守，当月落实到人。\n"
    "（三）严格制度执行。每季度检查一次借阅登记制度执行情况。\n"
)


def test_a_lead_in_under_a_merged_causes_and_measures_part_is_its_text_not_a_new_part(packs):
    """A merged part (`原因分析和整改措施`) answers for the measures: the lead-in that announces them
    further down it (`对照以上问题，…整改：`) opens no second, unnamed measures part."""
    o = _parse(MERGED, packs)
    assert _outline(o) == [
        ("problems", "存在的问题", ["理论学习不够深入", "服务群众不够主动"]),
        ("measures", "原因分析和整改措施", ["抓实理论学习", "改进窗口服务", "严格制度执行"]),
    ]


def test_a_lead_in_after_a_causes_part_still_opens_the_measures(packs):
    """Without the merged heading (a causes part only), the same lead-in still opens the measures."""
    o = _parse(MERGED.replace("二、原因分析和整改措施", "二、原因分析"), packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]


def test_a_causes_lead_in_under_a_problems_and_causes_heading_still_opens_the_causes(packs):
    """Only a merged causes-and-measures part keeps the lead-in as its text: under `存在的问题及原因` the
    lead-in announcing the causes (`产生以上问题的原因主要有：一是…`) still opens a causes part."""
    text = (
        MERGED.replace("一、存在的问题", "一、存在的问题及原因")
        .replace("二、原因分析和整改措施\n", "")
        .replace("分析起来，", "产生以上问题的原因主要有：")
        .replace("对照以上问题，支部班子将着力抓好以下几个方面的整改：", "二、整改措施")
    )
    o = _parse(text, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]


def test_a_styled_line_under_the_parts_style_is_an_item_whatever_it_names(packs, tmp_path):
    """`Heading 1` parts, `Heading 2` items: an item whose words name problems or measures
    (`落实审计发现问题整改方面`) stays an item of its part, no part of its own."""
    d = docx.Document()
    d.add_paragraph("市水务公司党委领导班子审计整改专题民主生活会对照检查材料", style="Title")
    d.add_paragraph("按照上级党委的要求，班子成员逐条认领审计反馈的问题，现将查摆情况报告如下。")
    outline = [
        (
            "审计反馈问题的认领和查摆",
            [
                ("落实安全生产责任方面", "一是管网巡检记录不全。二是应急演练次数偏少。"),
                ("落实审计发现问题整改方面", "一是上次审计指出的问题有两项反弹。二是整改台账更新不及时。"),
            ],
        ),
        ("问题产生的根源", [("责任意识有所弱化", "对安全生产的重要性认识不足。")]),
        ("整改措施", [("压实安全生产责任", "每月开展一次管网巡检抽查。")]),
    ]
    for part, items in outline:
        d.add_heading(part, level=1)
        for heading, body in items:
            d.add_heading(heading, level=2)
            d.add_paragraph(body)
    path = tmp_path / "styled.docx"
    d.save(str(path))
    o = parse_document(read_document(path), packs)
    assert [(s.kind, s.heading, [i.heading for i in s.items]) for s in o.sections] == [
        ("problems", "审计反馈问题的认领和查摆", ["落实安全生产责任方面", "落实审计发现问题整改方面"]),
        ("causes", "问题产生的根源", ["责任意识有所弱化"]),
        ("measures", "整改措施", ["压实安全生产责任"]),
    ]


ORDER_WORDS = (
    "区文化馆党支部党员2023年度组织生活会对照检查材料\n"
    "一、存在的问题\n"
    "在联系服务群众上，首先是下基层辅导次数偏少，全年只去了三个社区；其次是对群众点单的需求回应不快。\n"
    "在发挥先锋模范作用上，一是业务创新不够，二是带头攻坚不够。\n"
    "二、整改措施\n"
    "（一）每月到社区辅导一次。\n"
)


def test_an_inline_heading_stops_before_a_series_of_order_words_run_on_with_shi(packs):
    """`在…上，首先是…；其次是…`: the heading stops before the series, as before `一是…`, and the
    order words are its points."""
    o = _parse(ORDER_WORDS, packs)
    items = o.sections[0].items
    assert [i.heading for i in items] == ["在联系服务群众上", "在发挥先锋模范作用上"]
    assert [p.label for p in items[0].points if p.label] == ["首先", "其次"]


def test_order_words_inside_a_sentence_make_no_series(packs):
    """`…首先是` inside a clause (`审计监督首先是经济监督`) opens no series: the heading runs to its `。`."""
    text = ORDER_WORDS.replace(
        "在联系服务群众上，首先是下基层辅导次数偏少，全年只去了三个社区；其次是对群众点单的需求回应不快。",
        "在联系服务群众上，对基层辅导首先是服务的认识不深，其次是方法的认识不足。",
    )
    o = _parse(text, packs)
    assert o.sections[0].items[0].heading.startswith("在联系服务群众上，对基层辅导首先是服务")


HEADER = "区级机关党建工作资料选编　　　　　　　　　　　　　　　　　内部交流"
WIDTH = 30


def _page_text(body: str) -> list[str]:
    """A paragraph broken at the page's width, its first line indented by two full-width spaces."""
    first = WIDTH - 2
    return ["　　" + body[:first]] + [body[i : i + WIDTH] for i in range(first, len(body), WIDTH)]


def _scanned(title_lines: list[str]) -> str:
    """A compilation's pages: its running header over every page (over the title on the first), the
    body broken at a fixed width, `- N -` page numbers between pages."""
    intro = (
        "按照机关党委的通知要求，我认真学习了规定的篇目，结合本职工作查找了差距和不足，"
        "听取了科室同事和服务对象的意见共七条。现将检查情况报告如下。"
    )
    problems = (
        "一是学习的系统性不够，参加集中学习比较认真，但个人自学时间不足，读原著只读了部分章节，"
        "对新修订的条例理解不深。二是服务的主动性不够，对来电咨询的群众有时只讲政策条文，"
        "没有主动帮助对方把材料一次备齐，导致群众多跑了一趟，反映出服务意识还需要加强。"
    )
    measures = (
        "一是每周安排两个晚上自学，读完指定篇目并写出体会，每季度在支部交流一次。"
        "二是推行咨询一次讲清制度，把常见事项的材料清单印成卡片，当面交给来访群众。"
    )
    lines = [HEADER, "", *title_lines, "", "　　区机关事务服务中心第一党支部　周海宁"]
    lines += _page_text(intro) + ["一、存在的问题"] + _page_text(problems)
    lines[-3:-3] = ["- 2 -", "", HEADER, ""]
    lines += ["二、整改措施"] + _page_text(measures)
    lines[-2:-2] = ["- 3 -", "", HEADER, ""]
    return "\n".join(lines) + "\n"


def test_a_compilations_running_header_over_the_first_pages_title_is_no_part_of_it(packs):
    """The header a compilation prints at the top of every page stands over the title on the first page
    too: that copy is the header's, read past like the others, and the title is the lines below it."""
    o = _parse(_scanned(["组 织 生 活 会 个 人", "对 照 检 查 材 料"]), packs)
    assert o.title == "组织生活会个人对照检查材料"
    assert [s.kind for s in o.sections] == ["problems", "measures"]


def test_a_title_repeated_as_the_running_header_stays_the_title(packs):
    """A page whose running header is the title itself, alone on its first line: it stays the title."""
    text = _scanned(["组 织 生 活 会 个 人", "对 照 检 查 材 料"])
    title = "区机关事务服务中心党员组织生活会对照检查材料"
    text = text.replace(HEADER + "\n\n组 织 生 活 会 个 人\n对 照 检 查 材 料\n", title + "\n").replace(
        HEADER, title
    )
    o = _parse(text, packs)
    assert o.title == title


UNIT_OVER_TITLE = (
    "中共临川县林业局党组\n"
    "领导班子2024年度民主生活会\n"
    "对 照 检 查 材 料\n"
    "\n"
    "按照县委的通知要求，局党组认真开展会前准备，现将对照检查情况报告如下。\n"
    "一、存在的问题\n"
    "（一）在严守政治纪律方面，一是请示报告不够及时；二是学习传达不够深入。\n"
    "二、整改措施\n"
    "（一）严格执行请示报告制度，重大事项事前报告。\n"
)


def test_a_title_over_three_lines_under_a_units_short_name_is_one_title(packs):
    """`中共…局党组` / `领导班子…民主生活会` / `对 照 检 查 材 料`: a unit's name, however short, on the
    first of three title lines is the title's first words."""
    o = _parse(UNIT_OVER_TITLE, packs)
    assert o.title == "中共临川县林业局党组领导班子2024年度民主生活会对照检查材料"


def test_a_bold_part_line_beside_heading_styled_parts_stays_a_part(packs, tmp_path):
    """A writer who styled two parts `Heading 1` and set the third in bold only: the bold line is no
    style level under the parts', and names its part as before."""
    d = docx.Document()
    d.add_paragraph("县气象局党支部班子2023年度组织生活会对照检查材料", style="Title")
    d.add_paragraph("按照局党组的安排，支部班子对照检查了一年来的工作，现报告如下。")
    d.add_heading("存在的问题", level=1)
    d.add_heading("理论学习不够深入", level=2)
    d.add_paragraph("集中学习时读文件多，结合预报业务讨论少。")
    d.add_heading("问题产生的原因", level=1)
    d.add_paragraph("主要是对理论学习的重要性认识不足，抓学习的办法不多。")
    d.add_paragraph().add_run("整改措施").bold = True
    d.add_paragraph("每月组织一次专题学习，结合汛期服务谈体会。")
    path = tmp_path / "bold.docx"
    d.save(str(path))
    o = parse_document(read_document(path), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "问题产生的原因"),
        ("measures", "整改措施"),
    ]
