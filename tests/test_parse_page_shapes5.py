"""Page shapes found by the page-variants measure (eval/parse_variants.py, round r10, issue 11) and
the r9 judge's leftovers: each general cause pinned in a text of this project's own words."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _items(outline):
    return [[i.heading for i in s.items if i.heading] for s in outline.sections]


# typed on a phone: half-width marks throughout, a measure's first sentence ending in `.` before a date
HALF_WIDTH = (
    "个人对照检查材料\n"
    "一、存在的问题\n"
    "(一)理论学习不够深入.对新出台的文件只是浏览一遍,没有结合分管工作深入思考.\n"
    "(二)服务意识不够强.窗口排队时间偏长,群众有意见.\n"
    "二、原因分析及整改措施\n"
    "(一)思想上有松懈.觉得学习是软任务.下一步,每周固定半天自学.\n"
    "(二)宗旨意识淡化.对群众诉求回应不及时.今后每月到窗口坐班一天.\n"
    "三、下一步打算\n"
    "(一)压缩办事时限.2025年3月底前把办件时限压缩到5个工作日以内.\n"
    "(二)加强作风建设.每季度开展1次作风专项检查.\n"
)


def test_a_half_width_full_stop_before_a_date_ends_the_heading(packs):
    o = _parse(HALF_WIDTH, packs)
    assert _items(o)[-1] == ["压缩办事时限", "加强作风建设"]
    # the merged part whose items turn to what will be done after a half-width `.` is measures
    assert [s.kind for s in o.sections][:2] == ["problems", "measures"]
    full = _parse(
        HALF_WIDTH.replace(".", "。").replace(",", "，").replace("(", "（").replace(")", "）"), packs
    )
    assert [s.kind for s in full.sections] == [s.kind for s in o.sections]
    assert _items(full) == [[h.replace(",", "，") for h in hs] for hs in _items(o)]
