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


# a material in the form real pages set it, its part headings and items decorated (probe 1's forms, other words)
PARTS = ["存在的问题", "原因剖析", "整改措施"]
DECORATED_BODY = [
    "在带头强化政治忠诚、提高政治能力方面。学习不够系统。",
    "在带头干事创业、担当作为方面。一是攻坚不够；二是办法不多。",
]


def _decorated(banners):
    lines = ["县档案馆党组领导班子2025年度民主生活会对照检查材料", "会前征求意见建议12条，现报告如下。"]
    lines += [banners[0] + PARTS[0], *DECORATED_BODY, banners[1] + PARTS[1], "理论武装不够深入。"]
    lines += [banners[2] + PARTS[2], "每季度专题学习1次。"]
    return "\n".join(lines)


@pytest.mark.parametrize(
    "banners",
    [
        ["PART 01 ", "PART 02 ", "PART 03 "],
        ["Part 1：", "Part 2：", "Part 3："],
        ["01 / ", "02 / ", "03 / "],
        ["01丨", "02丨", "03丨"],
        ["❶ ", "❷ ", "❸ "],
        ["➊", "➋", "➌"],
        ["1️⃣ ", "2️⃣ ", "3️⃣ "],
        # (probe 2's members: a dot after PART, a dingbat's plain circled digit, `NO.1`)
        ["PART.01 ", "PART.02 ", "PART.03 "],
        ["➀ ", "➁ ", "➂ "],
        ["NO.1 ", "NO.2 ", "NO.3 "],
        # (a page editor's pictograph before a part's words, no number at all: a bullet)
        ["📌 ", "📌 ", "📌 "],
        ["✅", "✅", "✅"],
    ],
)
def test_a_layouts_banner_numbers_are_no_part_of_the_headings(banners, packs):
    outline = _parse(_decorated(banners), packs)
    assert [(s.kind, s.heading) for s in outline.sections] == [
        ("problems", "存在的问题"),
        ("causes", "原因剖析"),
        ("measures", "整改措施"),
    ]
    # the heading's span is the heading's words in the user's file, its banner left out
    for s in outline.sections:
        assert outline.document.text[s.heading_start : s.heading_end] == s.heading


def test_keycap_numbers_read_as_the_numbers_they_show(packs):
    text = "\n".join(
        [
            "药剂科党支部党员党纪学习教育专题组织生活会个人检视剖析材料",
            "❶ 查摆的问题",
            "1️⃣ 政治纪律方面。学习停留在读原文。",
            "2️⃣ 组织纪律方面。一是请假后没有补学；二是汇报思想不主动。",
            "❷ 努力方向",
            "1️⃣ 学深悟透条例。每月精读一章。",
            "2️⃣ 严格组织生活。一周内补学。",
        ]
    )
    outline = _parse(text, packs)
    assert [[i.heading for i in s.items] for s in outline.sections] == [
        ["政治纪律方面", "组织纪律方面"],
        ["学深悟透条例", "严格组织生活"],
    ]


def test_a_number_that_does_not_rise_is_no_banner(packs):
    # one `01 /` line only, or numbers that do not start at one: the text as written
    from mingjing.read.insertions import banner_numbers

    assert banner_numbers(["01 / 存在的问题", "正文。"]) == {}
    assert banner_numbers(["02 / 存在的问题", "03 / 原因剖析"]) == {}
    assert banner_numbers(["2024 / 25 学年", "01 / 存在的问题"]) == {}
    assert sorted(banner_numbers(["❶ 问题", "1️⃣ 甲", "2️⃣ 乙", "❷ 措施", "1️⃣ 丙"])) == [0, 1, 2, 3, 4]


@pytest.mark.parametrize("label", ["〔一〕", "〔1〕", "【一】"])
def test_tortoise_shell_and_square_brackets_number_items(label, packs):
    second = label.replace("一", "二").replace("1", "2")
    text = "\n".join(
        [
            "社区卫生服务站党支部党员2023年度组织生活会个人对照检查材料",
            "一、存在的问题",
            f"{label}学习贯彻党的创新理论情况。自学时间少。",
            f"{second}联系服务群众情况。上门换药不及时。",
            "二、整改措施",
            f"{label}坚持经常学。每周自学2小时。",
            f"{second}改进上门服务。按期上门。",
        ]
    )
    outline = _parse(text, packs)
    assert [[i.heading for i in s.items] for s in outline.sections] == [
        ["学习贯彻党的创新理论情况", "联系服务群众情况"],
        ["坚持经常学", "改进上门服务"],
    ]


def test_a_document_number_in_tortoise_shell_brackets_is_no_label():
    from mingjing.parse.labels import match_label

    assert match_label("〔2024〕5号文件要求") is None
    assert match_label("【1】县水务局机关党支部党员对照检查材料") is None  # (a page's number for its piece)


def test_square_bracketed_numbers_head_parts_over_round_ones(packs):
    text = "\n".join(
        [
            "县人社局副局长2023年主题教育专题民主生活会个人对照检查材料",
            "【一】存在的问题",
            "（一）在理论学习方面。学得不深。",
            "（二）在工作作风方面。调研提前打招呼。",
            "【二】整改措施",
            "（一）深化学习。每月专题学习1次。",
        ]
    )
    outline = _parse(text, packs)
    assert [(s.kind, s.heading, [i.heading for i in s.items]) for s in outline.sections] == [
        ("problems", "存在的问题", ["在理论学习方面", "在工作作风方面"]),
        ("measures", "整改措施", ["深化学习"]),
    ]


STAMPED = [
    "县统计局党组领导班子2024年度民主生活会对照检查材料",
    "局党组会前征求意见建议16条，现报告如下。 文秘港 www.wenmigang.cn",
    "一、存在的问题 文秘港 www.wenmigang.cn",
    "（一）在带头增强党性、严守纪律、砥砺作风方面。深入企业核查数据少。 文秘港,公文写作素材库",
    "文秘港 www.wenmigang.cn",
    "二、原因分析 文秘港 www.wenmigang.cn",
    "（一）作风不够扎实。习惯于看报表。",
    "三、整改措施",
    "（一）改进调查作风。每季度到企业核查不少于2家。 文秘港,公文写作素材库",
]


def test_a_sites_stamp_is_no_part_of_a_heading_or_a_line(packs):
    outline = _parse("\n".join(STAMPED), packs)
    assert [s.heading for s in outline.sections] == ["存在的问题", "原因分析", "整改措施"]
    assert "文秘港" not in outline.document.text
    assert outline.sections[-1].items[0].heading == "改进调查作风"


def test_a_name_with_an_address_once_is_the_texts_own():
    from mingjing.read.insertions import site_stamp

    assert site_stamp(["详见 政务网 www.example.gov.cn", "一、存在的问题"]) is None


@pytest.mark.parametrize(
    "statement",
    [
        "免责声明：本文来源于网络，版权归原作者所有，如有侵权请联系删除。",
        "声明：本网站引用、摘录或转载内容仅供交流参考，不代表本站立场。",
        "本文来源于网络，仅供学习交流。",
        "【版权声明】文章版权归作者所有。",
    ],
)
def test_a_sites_statement_run_on_is_no_part_of_the_last_measure(statement, packs):
    last = "（二）压实廉政责任。每季度开展一次廉政谈话。"
    text = "\n".join(
        [
            "县交通运输局副局长2024年度民主生活会个人对照检查材料",
            "一、存在的问题",
            "（一）在带头增强党性、严守纪律、砥砺作风方面。调研看盆景多。",
            "二、整改措施",
            "（一）改进调研作风。每季度随机调研2次。",
            last + statement,
            "相关推荐",
            "县交通运输局领导班子2024年度民主生活会对照检查材料",
        ]
    )
    outline = _parse(text, packs)
    item = outline.sections[-1].items[-1]
    assert outline.document.text[item.start : item.end] == last
    # on a line of its own, the same
    alone = _parse(text.replace(last + statement, last + "\n" + statement), packs)
    item = alone.sections[-1].items[-1]
    assert alone.document.text[item.start : item.end].strip() == last


def test_a_sentence_that_names_the_net_is_the_materials_own(packs):
    text = "\n".join(
        [
            "县委网信办副主任2024年度民主生活会个人对照检查材料",
            "一、存在的问题",
            "（一）在带头增强党性、严守纪律、砥砺作风方面。对网络谣言处置慢，有的消息来源于网络却未核实。",
            "二、整改措施",
            "（一）加强核实。转发前核实来源。",
        ]
    )
    outline = _parse(text, packs)
    item = outline.sections[0].items[0]
    assert outline.document.text[item.start : item.end].endswith("却未核实。")


@pytest.mark.parametrize(
    "lines, title",
    [
        (
            ["XX局党组书记、局长XXX", "2024年度民主生活会个人对照检查材料"],
            "XX局党组书记、局长XXX2024年度民主生活会个人对照检查材料",
        ),
        (["××县××局党组书记、局长×××", "2024年度民主生活会个人对照检查材料"], None),
        (["XX 局党组 2024 年度民主生活会", "对照检查材料"], "XX局党组2024年度民主生活会对照检查材料"),
    ],
)
def test_a_masked_name_on_a_titles_first_line_is_a_name(lines, title, packs):
    body = [
        "一、存在的问题",
        "（一）在带头增强党性、严守纪律、砥砺作风方面。调研少。",
        "二、整改措施",
        "（一）多调研。每季度2次。",
    ]
    outline = _parse("\n".join([*lines, *body]), packs)
    assert outline.title == (title or "".join(lines))


MERGED = """县国资公司副总经理2024年度民主生活会个人对照检查材料
一、存在的问题
（一）带头严守政治纪律和政治规矩，维护党的团结统一。请示报告不够及时，2024年有2个投资事项先谈后报。
二、原因剖析及整改措施
（一）政治站位不够高。对国企的政治属性认识不到位。今后坚持第一议题制度，切实提高政治站位。
（二）纪律意识有所淡化。对规矩看得不重。今后每季度向党委书记报告一次个人投资决策情况。
"""


def test_a_merged_items_measure_half_is_judged_as_a_measure(tmp_path, packs):
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.review import review_file

    path = tmp_path / "m.txt"
    path.write_text(MERGED, encoding="utf-8")
    report = review_file(path, packs, ReviewOptions(), None)
    slogans = [report.outline.document.text[f.start : f.end] for f in report.findings if f.code == "A103"]
    # the first item's measure says nothing checkable; the second's gives a frequency; the causes are no measures
    assert slogans == ["今后坚持第一议题制度，切实提高政治站位"]
