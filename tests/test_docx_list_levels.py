"""Parts and items of a .docx numbered only by Word lists whose labels look alike (`1.` over `1.`):
the nesting of the lists, not the label text, tells a part from an item (parse/word_lists.py)."""

import docx
import pytest

from docx_factory import abstract_xml, add_numbered_style, level_xml, num_xml, number_paragraph, set_numbering
from mingjing.parse import parse_document
from mingjing.read import read_document

TITLE = "某区农业农村局党组书记2024年度民主生活会个人对照检查材料"
INTRO = "按照区委通知要求，本人认真学习有关文件，广泛征求意见，深入查找自身问题。现对照检查如下。"
# (part, [(item, its paragraph)]) — a part with no items has its text as the only pair, item None
OUTLINE = [
    (
        "存在的主要问题",
        [
            ("理论学习方面", "学习时间常被事务挤占，读原文少，记心得多是摘抄，联系农业实际思考不深。"),
            ("担当作为方面", "对高标准农田建设中的难点问题，习惯等上级政策，主动研究破解办法少。"),
            ("作风建设方面", "下乡调研多在交通方便的村，走进偏远山村少，听到的真实情况不够。"),
        ],
    ),
    (
        "问题产生的原因",
        [(None, "一是理想信念有所放松；二是宗旨意识有所淡化；三是纪律要求有所松懈。")],
    ),
    (
        "整改措施",
        [
            ("坚持读原著学原文", "每周固定两个晚上自学，每季度撰写一篇结合工作的体会文章。"),
            ("主动破解难题", "牵头研究农田建设资金筹措办法，年内拿出可操作的方案。"),
            ("扎实改进调研", "每月至少到一个偏远村蹲点两天，住农户家，摸清实情。"),
        ],
    ),
]


def _outline_docx(number, document=None):
    """The material; `number(document, paragraph, depth)` numbers a part (0) or item (1)."""
    document = document or docx.Document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(INTRO)
    for part, items in OUTLINE:
        number(document, document.add_paragraph(part), 0)
        for item, text in items:
            if item is not None:
                number(document, document.add_paragraph(item), 1)
            document.add_paragraph(text)
    document.add_paragraph("以上对照检查，请同志们批评指正。")
    return document


def _shape(path, packs):
    outline = parse_document(read_document(path), packs)
    return [(s.kind, [i.heading for i in s.items]) for s in outline.sections]


EXPECTED = [
    ("problems", ["理论学习方面", "担当作为方面", "作风建设方面"]),
    ("causes", None),
    ("measures", ["坚持读原著学原文", "主动破解难题", "扎实改进调研"]),
]


def _check(shape):
    assert [kind for kind, _ in shape] == [kind for kind, _ in EXPECTED]
    for (_, items), (_, expected) in zip(shape, EXPECTED):
        if expected is not None:
            assert items == expected


def test_list_number_styles_of_the_default_template(tmp_path, packs):
    """`List Number` for parts and `List Number 2` for items: two lists both showing `1.`; the items
    go on counting 4, 5, 6 in the measures, as Word and LibreOffice show them."""

    def number(document, paragraph, depth):
        paragraph.style = document.styles["List Number" if depth == 0 else "List Number 2"]

    path = tmp_path / "list_number.docx"
    _outline_docx(number).save(path)
    text = read_document(path).text
    assert "3.整改措施" in text and "4.坚持读原著学原文" in text
    _check(_shape(path, packs))


def test_two_lists_by_direct_numbering(tmp_path, packs):
    """The same with numPr on each paragraph: numId 1 for parts, numId 2 for items, both `%1.`."""

    def number(document, paragraph, depth):
        number_paragraph(paragraph, 1 + depth, 0)

    path = tmp_path / "direct.docx"
    document = _outline_docx(number)
    set_numbering(
        document,
        [
            abstract_xml(1, [level_xml(0, "decimal", "%1.")]),
            abstract_xml(2, [level_xml(0, "decimal", "%1.")]),
        ],
        [num_xml(1, 1), num_xml(2, 2)],
    )
    document.save(path)
    _check(_shape(path, packs))


@pytest.mark.parametrize("item_text", ["%2.", "%1.%2."])
def test_multilevel_list_bound_to_heading_styles(tmp_path, packs, item_text):
    """One multi-level list whose level 0 (`%1.`) numbers the parts and level 1 (`%2.`, starting again
    under each part, or Word's `%1.%2.`, shown `1.1.`) the items, each bound through the style's own
    numPr."""

    def number(document, paragraph, depth):
        paragraph.style = document.styles["MJ Part" if depth == 0 else "MJ Item"]

    path = tmp_path / "multilevel.docx"
    document = docx.Document()
    add_numbered_style(document, "MJPart", "MJ Part", 1, 0)
    add_numbered_style(document, "MJItem", "MJ Item", 1, 1)
    _outline_docx(number, document)
    levels = [
        level_xml(0, "decimal", "%1.", pstyle="MJPart"),
        level_xml(1, "decimal", item_text, pstyle="MJItem"),
    ]
    set_numbering(document, [abstract_xml(1, levels)], [num_xml(1, 1)])
    document.save(path)
    _check(_shape(path, packs))


def test_lists_one_after_another_stay_one_level(tmp_path, packs):
    """Two lists that do not nest (one numbers the problems, another the measures, under typed part
    headings) keep their rank: each is a run of items, neither becomes a level under the other."""
    document = docx.Document()
    document.add_paragraph(TITLE, style="Title")
    document.add_paragraph(INTRO)
    heads = ["一、存在的主要问题", "二、问题产生的原因", "三、整改措施"]
    for k, (_part, items) in enumerate(OUTLINE):
        document.add_paragraph(heads[k])
        for item, text in items:
            if item is not None:
                p = document.add_paragraph(item)
                p.style = document.styles["List Number" if k == 0 else "List Number 2"]
            document.add_paragraph(text)
    path = tmp_path / "sequential.docx"
    document.save(path)
    _check(_shape(path, packs))
