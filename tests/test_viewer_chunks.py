"""A document viewer's chunk numbers (`1、` `2、` wherever a piece was cut) are no labels of the writer's:
P105 and P106 stay silent on them, and only on firm evidence that the text is a viewer's copy."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD
from mingjing.rules.viewer_chunks import chunk_numbers

VIEWER = (
    "关于村级班子作风问题的调查\n"
    "1、关于村级班子作风问题的调查 近来，镇纪委组织开展了村干部作风评议，我参加了评议全过程。\n"
    "评议中群众反映，部分村干部在办理低保、宅基地审批\n"
    "2、、危房改造等事项时，态度生硬，办事拖拉。\n"
    "3、群众意见集中在三个方面。\n"
)
WRITER = (
    "党员意识弱化的表现主要有以下几种：\n"
    "1、学习党的理论不够主动，政治敏锐性下降。\n"
    "2、组织观念淡薄，参加组织生活不够经常。\n"
)


def codes(text: str, packs) -> list[tuple[str, str]]:
    outline = parse_document(read_bytes((GOOD + "\n" + text).encode("utf-8"), "t.txt"), packs)
    report = review_outline(outline, packs)
    return [(f.code, outline.document.text[f.start : f.end]) for f in report.findings]


def test_a_viewer_copy_has_its_chunk_numbers_found():
    spans = chunk_numbers(VIEWER)
    assert [VIEWER[a:b] for a, b in spans] == ["1、", "2、、", "3、"]


def test_a_writers_list_is_no_viewer_copy():
    assert chunk_numbers(WRITER) == []


def test_no_label_finding_on_chunk_numbers(packs):
    found = codes(VIEWER, packs)
    assert not [c for c, _ in found if c in ("P105", "P106")], found


def test_a_writers_numbered_list_keeps_its_label_finding(packs):
    found = codes(WRITER, packs)
    assert [c for c, _ in found if c == "P105"], found


# the same kind of copy as a search store gives it: marks made half-width, a chunk cut after an
# opening quote (the writer's words of the piece before stop at “)
VIEWER_HALF_WIDTH = (
    "1、镇农业服务中心2022年度工作总结 今年以来,中心围绕粮食稳产和村集体增收,组织技术培训十二场,覆盖\n"
    "2、农户八百余户,推广“稻渔共生”模式,带动增收明显。同时坚持“\n"
    "3、田间课堂”做法,让技术员住到村里,做到问题当天回应。\n"
)


def test_a_viewer_copy_with_half_width_marks_has_its_chunk_numbers_found():
    spans = chunk_numbers(VIEWER_HALF_WIDTH)
    assert [VIEWER_HALF_WIDTH[a:b] for a, b in spans] == ["1、", "2、", "3、"]


def test_no_label_finding_on_chunk_numbers_of_a_half_width_copy(packs):
    found = codes(VIEWER_HALF_WIDTH, packs)
    assert not [c for c, _ in found if c in ("P105", "P106")], found


def test_a_writers_list_with_half_width_commas_is_no_viewer_copy():
    text = "整改措施如下:\n1、加强学习,每周自学不少于两次。\n2、改进作风,每月下村调研一次。\n"
    assert chunk_numbers(text) == []


def test_a_writers_list_under_a_heading_with_half_width_commas_is_no_viewer_copy():
    text = (
        "二、支部工作落实情况\n"
        "(一)抓实组织生活,严格落实支部学习制度\n"
        "1、健全学习制度,每月固定一天为支部学习日,全年集中学习十二次。\n"
        "2、规范支部会议,支委会每月召开一次,党员大会每季度召开一次。\n"
    )
    assert chunk_numbers(text) == []
