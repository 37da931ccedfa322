"""Forms real materials take (docs/real-materials.md): each has a fixture in tests/fixtures/realforms
scored by eval/parse_accuracy.py; these tests pin the behaviour behind the forms."""

import io

import docx
import pytest

from conftest import FIXTURES
from mingjing.model import outline_to_dict
from mingjing.parse import parse_document
from mingjing.parse.embedded import split_points
from mingjing.parse.sections import section_kind
from mingjing.read import read_bytes

REALFORMS = FIXTURES / "realforms" / "materials"
WRAPPED = (REALFORMS / "pdf_wrapped_lines.txt").read_text(encoding="utf-8")


def test_lines_broken_by_a_pdf_are_joined_and_keep_their_source_positions(packs):
    doc = read_bytes(WRAPPED.encode("utf-8"), "m.txt", ".txt")
    o = parse_document(doc, packs)
    assert o.title == "镇党委领导班子2024年度民主生活会对照检查材料"  # the title's stray spaces dropped
    assert (
        doc.text[o.title_start : o.title_end] == "镇党委领导班子 2024 年度民主生活会对照检查材料"
    )  # as written
    assert "对照检查材料" in doc.text.split("\n")[0]
    assert doc.position(doc.text.index("查材料")) == (2, 1)
    lines = WRAPPED.split("\n")
    k = next(n for n, line in enumerate(lines) if line.startswith("时，多数发言"))
    assert doc.position(doc.text.index("时，多数发言")) == (k + 1, 1)
    assert doc.position(doc.text.index("多数发言")) == (k + 1, 3)
    point = o.sections[0].items[0].points[0]
    assert point.examples and "谈得少" in point.examples[0].text


def test_a_wrapped_word_file_is_joined_too(packs):
    d = docx.Document()
    for line in WRAPPED.split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "m.docx", ".docx")
    o = parse_document(doc, packs)
    assert o.title.endswith("对照检查材料")
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]


def test_plain_text_with_one_paragraph_a_line_is_never_joined():
    for path in [*(FIXTURES / "materials").glob("*.txt"), *(FIXTURES / "review" / "clean").glob("*.txt")]:
        text = path.read_text(encoding="utf-8")
        doc = read_bytes(text.encode("utf-8"), path.name, ".txt")
        assert len(doc.paragraphs) == sum(1 for line in text.split("\n") if line.strip()), path.name


def test_headings_run_into_one_line_are_read_as_their_pieces(packs):
    text = (REALFORMS / "single_line_excerpt.txt").read_text(encoding="utf-8")
    o = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    assert [(s.label, s.heading) for s in o.sections] == [
        ("一、", "存在的问题"),
        ("二、", "产生问题的原因"),
        ("三、", "整改措施"),
    ]
    assert o.preamble_end <= o.sections[0].start and o.document.text[o.preamble_end - 1] == "。"
    line = (REALFORMS / "title_line_with_first_item.txt").read_text(encoding="utf-8")
    o = parse_document(read_bytes(line.encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.title == "何静2024年度民主生活会个人对照检查材料"
    assert o.sections[0].items[0].label == "（一）"


def test_numbers_inside_a_sentence_are_not_headings():
    from mingjing.parse.embedded import split_points

    assert (
        split_points(
            "今年一季度完成了目标任务的三成，二、三季度又完成了四成，全年目标基本实现，群众比较满意。"
        )
        == []
    )
    assert (
        split_points(
            "我们推行了“一、二、三”工作法，一是登记，二是跟踪，三是回访，效果比较明显，群众普遍认可。"
        )
        == []
    )
    assert (
        split_points(
            "对照检查情况如下（详见第（一）项），在理论学习、政治素质等方面都存在差距，需要认真整改。"
        )
        == []
    )


def test_every_form_in_the_docs_has_a_fixture_and_every_fixture_a_form():
    import re

    from conftest import ROOT

    doc = (ROOT / "docs" / "real-materials.md").read_text(encoding="utf-8")
    fixture_cells = re.findall(r"^\|[^|]*\|([^|]*)\|", doc, re.M)  # the second column of each table
    named = set(re.findall(r"`([a-z0-9_]+)`", " ".join(fixture_cells)))
    stems = {p.stem for p in REALFORMS.glob("*.txt")}
    assert stems == {p.stem for p in (FIXTURES / "realforms" / "expected").glob("*.yaml")}
    assert named == stems, (named - stems, stems - named)


def _bold_docx(lines):
    d = docx.Document()
    for text, bold in lines:
        para = d.add_paragraph()
        para.add_run(text).bold = bold
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_bold_headings_without_numbers_are_parts_and_items(packs):
    lines = [
        ("徐明2023年主题教育专题民主生活会对照检查材料", True),
        ("会前我参加集中学习6次，征求意见9条，与班子成员逐一谈心，现对照检查如下。", False),
        ("存在的问题", True),
        ("在理论学习方面", True),
        ("读原著不多，学用脱节，研讨发言多是复述文件。", False),
        ("在政治素质方面", True),
        ("对分管领域的舆情风险不敏感，处置慢了半拍。", False),
        ("原因分析", True),
        ("理论武装不够自觉，党性锻炼有所放松。", False),
        ("整改措施", True),
        ("每周读原著半天，建立舆情日报制度。", False),
    ]
    doc = read_bytes(_bold_docx(lines), "m.docx", ".docx")
    assert [p.bold for p in doc.paragraphs] == [b for _, b in lines]
    o = parse_document(doc, packs)
    assert [(s.kind, s.heading, s.by) for s in o.sections] == [
        ("problems", "存在的问题", "style"),
        ("causes", "原因分析", "style"),
        ("measures", "整改措施", "style"),
    ]
    assert [(i.heading, i.aspect, i.by) for i in o.sections[0].items] == [
        ("在理论学习方面", "理论学习", "style"),
        ("在政治素质方面", "政治素质", "style"),
    ]
    md = "\n".join(f"**{t}**" if b else t for t, b in lines)
    o = parse_document(read_bytes(md.encode("utf-8"), "m.md", ".md"), packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    # a long bold sentence is emphasis, not a heading
    emphasis = [
        *lines[:2],
        ("我深刻认识到，存在的问题根子在思想，必须从思想上找原因、从行动上抓整改。", True),
        *lines[2:],
    ]
    o = parse_document(read_bytes(_bold_docx(emphasis), "m.docx", ".docx"), packs)
    assert [s.heading for s in o.sections] == ["存在的问题", "原因分析", "整改措施"]


MERGED = (
    "刘敏2022年度民主生活会个人对照检查材料\n"
    "按照县委通知要求，我会前集中学习4次，征求意见6条，现对照检查如下。\n"
    "一、存在的问题\n"
    "（一）在带头学习贯彻习近平新时代中国特色社会主义思想方面。学习不系统，今年读书笔记只有8000字。\n"
    "（二）在带头坚持以人民为中心的发展思想方面。下乡调研少，全年只到村里走访5次。\n"
    "二、原因剖析及整改措施\n{items}"
)
MEASURE_HEADED = (
    "（一）加强理论学习。根子在学习自觉性不够。今后每周自学不少于4小时。\n"
    "（二）践行宗旨意识。对群众的冷暖关心不够。2023年每季度到联系村走访不少于3次。\n"
)
CAUSE_HEADED = (
    "（一）学习自觉性有所弱化。今后每周自学不少于4小时。\n"
    "（二）宗旨意识有所淡化。2023年每季度到联系村走访不少于3次。\n"
)


# (r28: cause-headed items whose bodies say what will be done make the part measures too, as ~50 parse sets label
# it; their headings still tie to the causes when the review reads the part by halves, so A101 asks of them as before)
@pytest.mark.parametrize("items, kind", [(MEASURE_HEADED, "measures"), (CAUSE_HEADED, "measures")])
def test_a_merged_causes_and_measures_part_is_read_by_what_its_items_hold(packs, items, kind):
    from mingjing.rules.review import review_outline

    o = parse_document(read_bytes(MERGED.format(items=items).encode("utf-8"), "m.txt", ".txt"), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        (kind, "原因剖析及整改措施"),
    ]
    codes = [f.code for f in review_outline(o, packs).findings]
    assert "S104" not in codes and "S105" not in codes  # merged: neither part is missing
    # correspondence reads the merged part by halves: each item's cause (its heading when the part is
    # causes, else the sentences before 今后/2023年…) answers both problems
    assert "A102" not in codes
    if items is MEASURE_HEADED:  # and each item's measure (its heading and what it will do) too
        assert "A101" not in codes


# cause-headed items whose measures name what they answer (学习…思想, 以人民为中心)
CAUSE_HEADED_ANSWERED = (
    "（一）学习自觉性有所弱化。今后每周系统学习习近平新时代中国特色社会主义思想不少于4小时。\n"
    "（二）宗旨意识有所淡化。2023年每季度下乡到联系村调研走访不少于3次，坚持以人民为中心。\n"
)


@pytest.mark.parametrize("items, unanswered", [(CAUSE_HEADED, 2), (CAUSE_HEADED_ANSWERED, 0)])
def test_a_cause_in_a_merged_part_does_not_answer_an_aspect_as_a_measure(packs, items, unanswered):
    """学习自觉性有所弱化 (a cause) speaks to the learning aspect, but only its measure (今后每周自学…)
    answers it for A101: a redraft, with causes and measures in parts of their own, is read alike."""
    from mingjing.rules.review import review_outline

    o = parse_document(read_bytes(MERGED.format(items=items).encode("utf-8"), "m.txt", ".txt"), packs)
    assert [s.kind for s in o.sections] == ["problems", "measures"]  # (r28: was causes, see above)
    codes = [f.code for f in review_outline(o, packs).findings]
    assert codes.count("A101") == unanswered and "A102" not in codes


# items headed by the problem they answer (关于…的问题), each a cause, then 整改措施：…
PROBLEM_REF_HEADED = (
    "（一）关于理论学习不系统的问题。原因在于自觉性不够。整改措施：今后每周自学不少于4小时。\n"
    "（二）关于践行宗旨不到位的问题。原因在于怕麻烦。整改措施：2023年每季度到联系村走访不少于3次。\n"
)


def test_a_merged_item_headed_by_the_problem_it_answers_ties_its_cause_to_that_problem(packs):
    """关于理论学习不系统的问题 says which problem the item's cause and measure answer: its heading
    counts for both halves (a measure heading, 加强学习, counts for the measures only)."""
    from mingjing.rules.review import review_outline

    for items, unanswered in [
        (PROBLEM_REF_HEADED, []),
        (PROBLEM_REF_HEADED.replace("关于理论学习不系统的问题", "加强学习"), ["A102"]),
    ]:
        o = parse_document(read_bytes(MERGED.format(items=items).encode("utf-8"), "m.txt", ".txt"), packs)
        assert [s.kind for s in o.sections] == ["problems", "measures"]
        codes = [f.code for f in review_outline(o, packs).findings if f.code in ("A101", "A102")]
        assert codes == unanswered


def test_a_merged_part_that_misses_an_aspect_is_still_reported(packs):
    from mingjing.rules.review import review_outline

    items = "（一）加强理论学习。根子在学习自觉性不够。今后每周自学不少于4小时。\n"
    o = parse_document(read_bytes(MERGED.format(items=items).encode("utf-8"), "m.txt", ".txt"), packs)
    codes = [f.code for f in review_outline(o, packs).findings]
    assert "A101" in codes and "S104" not in codes


@pytest.mark.parametrize(
    "title",
    [
        "县住建局局长林峰2021年度党史学习\n教育专题民主生活会个人对照检查材料",  # broken mid-word by a PDF
        "县住建局局长林峰2021年度\n党史学习教育专题民主生活会\n个人对照检查材料",  # three short lines
        # a page's breadcrumb that ends like a title is looked past (blind-3 b01)
        (
            "公文网\n首页 > 民主生活会 > 班子对照检查\n浏览量：128  发布时间：2026-01-22\n"
            "青禾镇党委领导班子2021年度民主生活会\n对照检查材料"
        ),
    ],
)
def test_a_title_over_two_or_three_lines_is_one_title(packs, title):
    body = WRAPPED.split("\n", 1)[1]
    o = parse_document(read_bytes((title + "\n" + body).encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.title == title.split("2026-01-22\n")[-1].replace("\n", "")


@pytest.mark.parametrize(
    "lines",
    [
        "国家税务总局安平县税务局党委委员、副局长  郑海涛\n2024 年度民主生活会个人发言提纲",  # blind-3 b06
        # (the name set apart by a wide gap, or a member's line; a post and its name after one space, right
        # over the meeting's line, is the title's first line: blind-30 b02, b07, tests/test_parse_probe17.py)
        "县水利局党组书记、局长  何涛\n2024年度民主生活会个人对照检查材料",
        "县水利局机关党支部党员 何涛\n2024年度组织生活会个人对照检查材料",
    ],
)
def test_the_speakers_line_before_the_title_is_not_half_of_it(packs, lines):
    body = WRAPPED.split("\n", 1)[1]
    o = parse_document(read_bytes((lines + "\n" + body).encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.title == lines.split("\n")[1].replace(" ", "")  # stray spaces in a title are dropped


def test_with_no_title_the_opening_sentence_names_the_meeting(packs):
    """No title, and the preamble names a campaign no pack covers: no framework, as a title would
    (blind-3 b09); a bare `对照检查材料` title is read with its opening sentence too."""
    items = "".join(
        f"（{n}）在{a}方面。对照要求还有差距，学得不深，做得不实。\n"
        for n, a in zip("一二三四", ["理论学习", "政治素质", "能力本领", "担当作为"], strict=True)
    )
    body = "一、存在的问题\n" + items + "二、整改措施\n（一）每周自学原著半天。\n"
    opening = "按照学校党委关于召开“不忘初心、牢记使命”主题教育专题民主生活会的安排，我认真学习了规定篇目。\n"
    o = parse_document(read_bytes((opening + body).encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.title == "" and o.framework is None
    from mingjing.rules.review import review_outline

    c100 = [f for f in review_outline(o, packs).findings if f.code == "C100"]
    assert len(c100) == 1 and "开头所写的“不忘初心、牢记使命”没有对应的框架包" in c100[0].message
    plain = "按照支部的安排，我认真学习了规定篇目，现对照检查如下。\n"
    o = parse_document(read_bytes((plain + body).encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.framework is not None and o.framework.id.startswith("zhuti-2023")  # the aspects decide


@pytest.mark.parametrize(
    "title, unpacked",
    [
        ("林峰2021年度党史学习教育专题民主生活会个人对照检查材料", ["2021年", "党史学习教育"]),
        ("王芳2022年度组织生活会个人检视剖析材料", ["2022年组织生活会"]),
        (
            "赵明2019年“不忘初心、牢记使命”主题教育专题民主生活会对照检查材料",
            ["2019年", "不忘初心、牢记使命"],
        ),
        ("张三2023年度主题教育专题民主生活会个人对照检查材料", []),
        ("李四个人对照检查材料", []),
    ],
)
def test_what_a_title_names_without_a_pack(packs, title, unpacked):
    from mingjing.parse.detect import unpacked_title

    assert unpacked_title(packs, title) == unpacked


def test_a_year_and_theme_without_a_pack_get_no_framework_never_the_nearest(packs):
    from mingjing.rules.review import review_outline

    text = (FIXTURES / "materials" / "mzshh_2022_six_daitou.txt").read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    assert "2022年度" in first
    # the same items under a title of a year and campaign no pack covers
    moved = text.replace(first, "某某2021年度党史学习教育专题民主生活会个人对照检查材料", 1)
    o = parse_document(read_bytes(moved.encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.framework is None
    c100 = [f for f in review_outline(o, packs).findings if f.code == "C100"]
    assert len(c100) == 1 and "党史学习教育" in c100[0].message and "frameworks import" in c100[0].message
    # with no year or meeting in the title, the aspects alone still choose the pack
    bare = text.replace(first, "某某个人对照检查材料", 1)
    assert (
        parse_document(read_bytes(bare.encode("utf-8"), "m.txt", ".txt"), packs).framework.id == "mzshh-2022"
    )
    # only the year unknown and the items matching a pack one by one: a copied old title (R203 says so)
    copied = text.replace(first, first.replace("2022年度", "2021年度"), 1)
    assert (
        parse_document(read_bytes(copied.encode("utf-8"), "m.txt", ".txt"), packs).framework.id
        == "mzshh-2022"
    )


@pytest.mark.parametrize(
    "heading, kinds, answered",
    [
        ("存在的问题及原因剖析", ["problems", "measures"], ("S103", "S104")),
        ("存在问题、原因及整改措施", ["problems", "measures"], ("S103", "S104", "S105")),
    ],
)
def test_problems_merged_with_causes_are_not_reported_missing(packs, heading, kinds, answered):
    from mingjing.rules.review import review_outline

    text = (REALFORMS / "problems_and_causes_merged.txt").read_text(encoding="utf-8")
    text = text.replace("存在的问题及原因剖析", heading)
    o = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    assert [s.kind for s in o.sections] == kinds
    codes = [f.code for f in review_outline(o, packs).findings]
    assert not set(answered) & set(codes)
    # problems merged with measures only: the problems are found, the causes still missing
    only = text.replace(heading, "存在问题及整改措施").replace("二、整改措施", "二、其他说明")
    codes = [
        f.code
        for f in review_outline(
            parse_document(read_bytes(only.encode("utf-8"), "m.txt", ".txt"), packs), packs
        ).findings
    ]
    assert "S103" not in codes and "S105" not in codes and "S104" in codes
    # a causes part of its own is still a causes part
    assert (
        parse_document(read_bytes("一、问题产生的原因\n（一）学习不够。\n".encode(), "m.txt", ".txt"), packs)
        .sections[0]
        .kind
        == "causes"
    )


@pytest.mark.parametrize(
    "closing",
    [
        "以上发言，请同志们批评指正。",
        "请同志们批评指正。\n马骏\n2026年1月20日",
        "以上对照检查，恳请同志们批评帮助。\n县交通运输局 马骏\n（2026年1月）",
    ],
)
def test_the_closing_lines_belong_to_no_item(packs, closing):
    text = (REALFORMS / "speech_outline_subtitle_closing.txt").read_text(encoding="utf-8")
    text = text.replace("以上发言，请同志们批评指正。", closing)
    o = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    last = o.sections[-1]
    assert o.document.text[last.items[-1].start : last.end] == "3.每季度听取1次纪检工作汇报。"
    assert last.items[-1].points == []


def test_a_copied_title_of_a_meeting_year_without_a_pack_keeps_the_pack_its_items_match(packs):
    text = (FIXTURES / "materials" / "zzshh_2023_member.txt").read_text(encoding="utf-8")
    first = text.split("\n", 1)[0]
    copied = text.replace(first, "某某2022年度组织生活会个人对照检查材料", 1)
    assert (
        parse_document(read_bytes(copied.encode("utf-8"), "m.txt", ".txt"), packs).framework.id
        == "zzshh-2023"
    )


def test_a_text_in_traditional_characters_is_read_in_simplified_ones_at_the_same_places(packs):
    # read in simplified characters for every keyword test; title and headings shown as written
    from mingjing.traditional import is_traditional

    text = (REALFORMS / "traditional_characters.txt").read_text(encoding="utf-8")
    doc = read_bytes(text.encode("utf-8"), "m.txt", ".txt")
    o = parse_document(doc, packs)
    assert o.traditional and not is_traditional(o.document.text)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert o.framework is not None and o.framework.id == "zzshh-2023"
    item = o.sections[0].items[0]
    assert item.heading == "學習貫徹黨的創新理論方面" and item.aspect == "学习贯彻党的创新理论情况"
    assert o.title == "2023年度組織生活會個人對照檢查材料"
    reading = o.reading()
    assert reading.title == "2023年度组织生活会个人对照检查材料"
    assert reading.sections[0].items[0].heading == "学习贯彻党的创新理论方面"
    assert o.sections[0].items[0].heading == "學習貫徹黨的創新理論方面"  # the copy, not the outline
    # the same offsets, lines and columns as the traditional file the user has open
    assert doc.text[item.heading_start : item.heading_end] == "學習貫徹黨的創新理論方面"
    assert o.document.position(item.heading_start) == doc.position(item.heading_start) == (4, 4)
    assert outline_to_dict(o)["traditional"] is True
    assert (
        outline_to_dict(parse_document(read_bytes(WRAPPED.encode("utf-8"), "m.txt", ".txt"), packs))[
            "traditional"
        ]
        is False
    )


def test_no_simplified_fixture_is_taken_for_traditional_characters():
    from mingjing.traditional import is_traditional

    # the blind writers mark their pages in traditional script with `fanti` in the name
    simplified = [
        p for p in FIXTURES.rglob("*.txt") if p.stem != "traditional_characters" and "fanti" not in p.stem
    ]
    assert len(simplified) > 50
    for path in simplified:
        assert not is_traditional(path.read_text(encoding="utf-8", errors="replace")), path


def test_a_first_item_after_a_part_heading_on_the_title_line_is_an_item(packs):
    from mingjing.parse.embedded import split_points

    text = (REALFORMS / "title_part_item_spaced_colon.txt").read_text(encoding="utf-8")
    o = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.title == "周立新2024年度组织生活会个人对照检查材料"  # not `篇一:…` nor the page's `…3篇`
    assert [i.label for i in o.sections[0].items] == ["1、", "2、", "3、", "4、"]
    # a title that names no kind of document, run into its first part heading, is the title too
    bare = text.replace("周立新2024年度组织生活会个人对照检查材料", "学习和工作方面存在的问题及整改措施")
    o = parse_document(read_bytes(bare.encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.title == "学习和工作方面存在的问题及整改措施" and o.sections[0].heading == "存在的主要问题"
    line = "王芳2024年度个人对照检查材料 一、存在的问题 : 1、学习不够系统。表现在:自学时断时续。"
    assert [line[k : k + 2] for k in split_points(line)] == ["一、", "1、"]
    # an Arabic label is an item only right after a part heading: never inside a sentence or a body
    assert (
        split_points("今年走访了社区2、3次，主要表现在：1、学习不够系统，2、调研不够深入，需要整改。") == []
    )
    assert split_points("一、存在的问题。理论学习方面做得还不够，全年只读了2.5本原著，需要加强。") == []


def test_a_table_of_contents_that_runs_into_the_title_is_skipped_though_its_lines_are_reworded(packs):
    from mingjing.parse.outline import analyse, leading_contents

    text = (REALFORMS / "contents_before_title_reworded.txt").read_text(encoding="utf-8")
    o = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.title == "县农业农村局党组领导班子2025年度民主生活会对照检查材料"
    assert [s.heading for s in o.sections] == ["存在的主要问题", "问题产生的原因", "整改措施"]
    # with the title gone, the contents are known by their first heading numbered again further on
    untitled = "\n".join(line for line in text.split("\n") if not line.endswith("对照检查材料"))
    o = parse_document(read_bytes(untitled.encode("utf-8"), "m.txt", ".txt"), packs)
    assert [s.heading for s in o.sections] == ["存在的主要问题", "问题产生的原因", "整改措施"]
    # heading lines followed by their text, not by a title, are the material itself
    body = "\n".join(line for line in text.split("\n")[7:] if not line.endswith("对照检查材料"))
    assert leading_contents(analyse(read_bytes(body.encode("utf-8"), "m.txt", ".txt"))) == 0


def test_a_pack_is_not_chosen_by_chance_when_nothing_names_the_meeting(packs):
    """An excerpt that names no year, meeting or campaign gets a pack only when its items explain
    several of the pack's aspects: four 四风 items that all read as one discipline are chance."""
    items = ["形式主义还有表现", "官僚主义思想未除", "享乐主义有所抬头", "奢靡之风时有存在"]
    body = "".join(
        f"{n}、{h}。工作纪律上要求不严，开会发文多，下基层少，群众反映的事情跟踪不够。\n"
        for n, h in enumerate(items, 1)
    )
    o = parse_document(
        read_bytes(("一、“四风”方面存在的主要问题\n" + body).encode("utf-8"), "m.txt", ".txt"), packs
    )
    assert [i.heading for i in o.sections[0].items] == items and o.framework is None
    aspects = ["在理论学习方面", "在政治素质方面", "在能力本领方面", "在担当作为方面"]
    body = "".join(
        f"（{n}）{h}。对照要求还有差距，需要认真整改。\n" for n, h in zip("一二三四", aspects, strict=True)
    )
    o = parse_document(read_bytes(("一、存在的问题\n" + body).encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.framework is not None and o.framework.id.startswith("zhuti-2023")


def test_a_line_that_names_the_document_names_no_part(packs):
    """A commentary about materials (`[香山评论] 写对照检查材料为什么需要“帮助”?`, seen on public pages)
    has no problems part; a heading that names the document is never one, `对照检查情况` still is."""
    from mingjing.parse.sections import section_kind

    assert section_kind("写对照检查材料为什么需要“帮助”") is None
    assert section_kind("王芳个人发言提纲（修改稿）") is None
    assert section_kind("对照检查情况") == "problems" and section_kind("存在的问题") == "problems"
    text = (
        "[短评] 写对照检查材料为什么需要“帮助”?\n"
        "民主生活会前，由党员自己撰写对照检查材料，是为了把问题查准、把原因找深。"
        "有的单位却让一个人替几个人写材料，查摆出来的都是共性问题，整改措施也大同小异。\n"
        "对照检查材料不能代写，党员干部要自己动笔，把自己摆进去，把问题说具体。\n"
    )
    assert parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs).sections == []


def _parse_text(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def test_a_word_file_flattened_into_one_line_is_read_as_its_title_parts_and_items(packs):
    o = _parse_text((REALFORMS / "flattened_line_title_run_in.txt").read_text(encoding="utf-8"), packs)
    assert o.title == "县卫健局副局长在作风建设年活动中的个人剖析"
    assert o.document.text[o.title_start : o.title_end] == o.title
    assert o.preamble_start is not None and o.document.text[o.preamble_start :].startswith("按照局党组")
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("measures", "今后的努力方向"),
    ]
    # `1.…。 3.…`: the writer's missing 2. does not stop the run after a sentence's end and a space
    assert [i.label for i in o.sections[0].items] == ["1.", "3."]


def test_a_title_runs_into_its_first_sentence_only_when_it_names_a_document(packs):
    body = "根据上级的安排，我们于上月召开了会议，班子成员逐一发言，会前征求了各方面意见，现将情况报告如下。"
    o = _parse_text("市水利局班子民主生活会情况汇报 " + body, packs)
    assert o.title == "市水利局班子民主生活会情况汇报"
    o = _parse_text("今年以来我们多次组织学习 " + body, packs)  # no document's name: running text
    assert o.title == ""
    o = _parse_text("对照检查情况 " + body, packs)  # the name of a part run into its text
    assert o.title == ""
    o = _parse_text(
        "市水利局班子民主生活会情况汇报 会议很成功。", packs
    )  # too little text after it: one line
    assert o.title == ""


def test_a_news_report_of_a_self_check_has_its_headline_as_title_and_found_problems_then_measures(packs):
    o = _parse_text((REALFORMS / "news_report_found_problems.txt").read_text(encoding="utf-8"), packs)
    assert o.title == "查摆短板推动整改"  # a headline of two phrases over a report's first sentence
    assert [(s.kind, s.heading, s.by) for s in o.sections] == [
        ("problems", "", "position"),
        ("measures", "", "position"),
    ]
    text = o.document.text
    assert text[o.sections[0].start :].startswith("会上，各支委")  # the report's sentences are preamble
    assert text[o.sections[1].start :].startswith("下一步，支部将")
    assert [p.label for p in o.sections[0].items[0].points] == ["一是", "二是", "三是"]


def test_a_paragraph_after_found_problems_is_measures_only_when_it_says_what_will_be_done(packs):
    problems = (
        "会上，大家对照检查了自身不足。一是学习不够深入，读得多想得少。二是服务群众不够主动，下基层次数偏少。"
    )
    o = _parse_text(problems + "\n下一步，支部将逐条整改，每月通报一次进度。", packs)
    assert [s.kind for s in o.sections] == ["problems", "measures"]
    o = _parse_text(problems + "\n今后的情况还有待观察，会后大家合影留念。", packs)
    assert [s.kind for s in o.sections] == ["problems"]


def test_a_numbered_part_naming_no_kind_above_an_unnumbered_problems_line_is_a_part_not_preamble(packs):
    path = REALFORMS / "other_part_before_unnumbered_problems.txt"
    o = _parse_text(path.read_text(encoding="utf-8"), packs)
    assert [(s.kind, s.label, s.heading) for s in o.sections] == [
        ("other", "一、", "关于医院领导班子"),
        ("problems", "", "差距和不足"),
    ]
    assert o.preamble_start is None  # the evaluation's paragraphs are the other part's text
    # a numbered line that names a kind above it is no `other` part of this kind: it is read as it was
    text = path.read_text(encoding="utf-8").replace("一、关于医院领导班子", "一、存在的主要问题")
    assert _parse_text(text, packs).sections[0].kind == "problems"


def test_numbered_aspects_before_a_part_of_opinions_are_the_problems_and_the_opinions_a_part(packs):
    path = REALFORMS / "aspect_parts_then_opinions.txt"
    o = _parse_text(path.read_text(encoding="utf-8"), packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", ""),
        ("other", "干部职工提出的意见和建议"),
    ]
    assert [i.heading for i in o.sections[0].items] == ["形式主义方面", "官僚主义方面", "享乐主义方面"]
    assert section_kind("群众反映的意见建议") == "other"
    assert section_kind("群众反映强烈的问题") == "problems"  # what they raised, found as problems


def test_a_part_heading_line_the_page_doubled_is_one_part(packs):
    o = _parse_text((REALFORMS / "doubled_part_heading_line.txt").read_text(encoding="utf-8"), packs)
    assert [s.heading for s in o.sections] == ["基本情况", "主要做法", "测评结果", "存在的不足"]
    # two different lines with the same number are still two parts (the writer's slip, not a copy)
    text = "工作总结\n一、基本情况\n会议按时召开，全体党员参加。\n一、主要做法\n会前组织了集中学习。\n"
    assert [s.heading for s in _parse_text(text, packs).sections] == ["基本情况", "主要做法"]


def test_no_framework_from_a_year_without_a_meeting_or_from_words_every_meeting_uses(packs):
    o = _parse_text((REALFORMS / "year_only_speech_no_meeting.txt").read_text(encoding="utf-8"), packs)
    assert o.framework is None  # 2024 and a 表态发言: no meeting named
    o = _parse_text((REALFORMS / "doubled_part_heading_line.txt").read_text(encoding="utf-8"), packs)
    assert o.framework is None  # 组织生活会 and 民主评议党员, no year: which year's pack is unknown
    named = "某局机关党支部2025年度组织生活会和民主评议党员工作总结"
    text = (REALFORMS / "doubled_part_heading_line.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    assert _parse_text(named + "\n" + text, packs).framework.id == "zzshh-2025"  # year and meeting named


def test_a_page_opening_at_the_shi_points_of_a_cut_item_keeps_them_as_that_item(packs):
    o = _parse_text((REALFORMS / "page_opens_at_shi_points.txt").read_text(encoding="utf-8"), packs)
    assert o.title == ""  # `更新时间：…` is the page's furniture
    (part,) = o.sections
    assert part.kind == "problems"
    cut, *rest = part.items
    assert (cut.heading, cut.by) == ("", "position")  # the item whose heading the page cut off
    assert [p.label for p in cut.points] == ["一是", "二是", "三是"]
    assert o.document.text[cut.start :].startswith("一是下基层")
    assert [i.heading for i in rest] == ["在官僚主义方面", "在享乐主义方面"]


def test_a_speech_paragraph_counted_second_heads_its_problems_part_with_its_first_sentence(packs):
    path = REALFORMS / "speech_counted_part_one_paragraph.txt"
    o = _parse_text(path.read_text(encoding="utf-8"), packs)
    (part,) = o.sections
    assert (part.kind, part.heading) == ("problems", "坚持刀刃向内，把自身存在的问题查摆清楚")
    assert o.document.text[part.heading_start : part.heading_end] == part.heading
    assert [p.label for p in part.items[0].points] == ["一是", "二是", "三是"]
    # a counted first sentence that names no part (`第二，要抓好学习。`) heads nothing
    text = path.read_text(encoding="utf-8").replace(
        "坚持刀刃向内，把自身存在的问题查摆清楚", "要把学习抓紧抓实"
    )
    assert _parse_text(text, packs).sections[0].heading == ""


def test_the_first_item_given_after_the_colon_of_a_run_in_part_heading_is_an_item(packs):
    path = REALFORMS / "run_in_part_first_item_after_colon.txt"
    o = _parse_text(path.read_text(encoding="utf-8"), packs)
    items = o.sections[0].items
    assert [i.heading for i in items] == [
        "第一处短板是食品抽检完成率偏低",
        "第二处短板是投诉处置时效偏慢",
        "第三处短板是信用监管推进迟缓",
    ]
    text = o.document.text
    assert text[items[0].heading_start : items[0].heading_end] == items[0].heading
    assert text[items[0].start :].startswith("第一处短板")  # the announcing clause stays the part's text


def test_parts_named_inline_with_no_label_split_a_one_line_material(packs):
    path = REALFORMS / "one_line_parts_named_inline.txt"
    o = _parse_text(path.read_text(encoding="utf-8"), packs)
    assert o.title == "社区党委委员个人对照检查材料"
    assert [(s.kind, s.heading, len(s.items)) for s in o.sections] == [
        ("problems", "存在问题", 3),
        ("measures", "整改措施", 3),
    ]
    # a name of a part inside an item's text, with no list after its colon, splits nothing
    assert (
        split_points("学习不够深入，读原著少。主要问题：读原著少，学得不系统，联系实际谈体会的时候少。") == []
    )
    # nor in an item's own paragraph, though a list follows
    assert (
        split_points("（一）学习不够深入。存在问题：1、读原著少，学得不系统，联系实际谈体会的时候少。") == []
    )
    assert split_points(
        "现报告如下。存在问题：1、读原著少，学得不系统。2、联系实际谈体会的时候少，笔记照抄。"
    ) == [6, 11, 24]


def test_a_sites_name_after_the_title_and_furniture_after_the_text_are_no_part_of_the_material(packs):
    path = REALFORMS / "site_title_suffix_furniture_end.txt"
    o = _parse_text(path.read_text(encoding="utf-8"), packs)
    assert o.title == "2024年度组织生活会党员个人检视剖析材料"  # `_某某范文网` dropped
    assert o.document.text[o.preamble_start :].startswith("按照支部的安排")  # the title again is skipped
    measures = o.sections[-1]
    assert "未完" not in o.document.text[measures.start : measures.end]
    assert all("未完" not in i.heading for i in measures.items)
    # an underscore inside a title that names no site stays (`…材料_修订稿` names none of 网/站/文库)
    o = _parse_text(
        "2024年度民主生活会对照检查材料 - 修改稿\n" + path.read_text(encoding="utf-8").split("\n", 3)[3],
        packs,
    )
    assert o.title.startswith("2024年度民主生活会对照检查材料")


def test_a_traditional_site_page_keeps_its_words_as_written_and_its_furniture_out(packs):
    # `繁體 | 简体` and the breadcrumb before the title, `發布日期` after it: page furniture in any script
    text = (REALFORMS / "fanti_site_page.txt").read_text(encoding="utf-8")
    o = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    assert o.traditional and o.title == "縣氣象局黨支部黨員2024年度組織生活會個人對照檢查材料"
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "檢查出的問題"),
        ("causes", "問題產生的原因"),
        ("measures", "整改措施"),
    ]
    assert [i.heading for i in o.sections[1].items] == ["理想信念有所弱化", "宗旨意識不夠牢固"]
    assert o.preamble_start is not None and o.document.text[o.preamble_start :].startswith("根据局党支部")
    # the review reads the simplified words: the parts are found, no S103 for a problems part
    from mingjing.rules.review import review_outline

    assert not [f for f in review_outline(o, packs).findings if f.code in ("S101", "S103", "S104")]


def test_a_page_cut_after_its_last_part_heading_began_keeps_that_part_of_the_kind_that_comes_next(packs):
    text = (REALFORMS / "cut_after_part_heading_paywall.txt").read_text(encoding="utf-8")

    def parts(page: str) -> list[tuple[str, str, int]]:
        o = parse_document(read_bytes(page.encode("utf-8"), "m.txt", ".txt"), packs)
        return [(s.kind, s.heading, len(s.items)) for s in o.sections]

    assert parts(text)[-1] == ("measures", "努", 0)  # `努` begins `努力方向`
    # cut text that begins no part's name: the kind that follows the causes; no paywall line either
    cut = text.replace("三、努\n（未完，全文共4216字，登录后阅读全文）\n", "三、加\n")
    assert parts(cut)[-1] == ("measures", "加", 0)
    # after the problems only, the next part is the causes
    problems_only = text.split("二、问题产生的原因")[0] + "二、深\n"
    assert [k for k, _, _ in parts(problems_only)] == ["problems", "causes"]
    # a part after the measures names nothing that follows: it stays `other`
    after_measures = text.replace("三、努", "三、整改措施\n（一）每月到库点调研一次。\n四、附")
    assert parts(after_measures)[-1][0] == "other"
