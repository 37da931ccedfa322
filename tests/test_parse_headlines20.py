"""A page's headlines over a material's title and the furniture around it (issue 11, round r20 parse20b):
a column's tag before a bar, a column's headline over an excerpt with no title, a red-header document's
lines, letter-spaced part headings, `（一）…方面：…` item lines. The pages are this project's own words."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes

BODY = (
    "按照要求，我认真查摆问题，现报告如下。\n"
    "一、存在的问题\n（一）学习不够深入。\n（二）服务不够到位。\n"
    "二、原因分析\n（一）思想认识不到位。\n"
    "三、整改措施\n（一）深化学习。\n"
)


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def test_a_headline_tagged_by_its_column_before_a_bar_is_the_pages(packs):
    page = "材料速递 | 2024年度民主生活会个人对照检查材料\n原创 某某党建 2025年1月3日\n听全文\n\n"
    title = "县统计局局长王某2024年度民主生活会个人对照检查材料"
    assert _parse(page + title + "\n" + BODY, packs).title == title


def test_a_columns_headline_over_an_excerpt_is_no_title(packs):
    page = "【写作课堂】问题部分怎么写（摘录）\n编者按：下文摘录自一份材料，原标题略去。\n"
    assert _parse(page + BODY, packs).title == ""
    # a tagged headline that names the document is still the title when none stands below it
    tagged = "【转载】县统计局局长王某2024年度民主生活会个人对照检查材料\n"
    assert _parse(tagged + BODY, packs).title.endswith("对照检查材料")


def test_a_red_headers_lines_over_a_two_line_title_are_furniture(packs):
    page = "中共某某镇委员会文件\n\n某镇委〔2025〕12号\n\n★\n\n中共某某镇委员会\n2025年度民主生活会对照检查材料\n\n县委：\n"
    assert _parse(page + BODY, packs).title == "中共某某镇委员会2025年度民主生活会对照检查材料"


def test_a_letter_spaced_part_heading_reads_as_its_words(packs):
    o = _parse("某某同志对照检查材料\n" + BODY.replace("存在的问题", "存 在 的 问 题"), packs)
    assert (o.sections[0].kind, o.sections[0].heading) == ("problems", "存在的问题")


def test_an_aspect_and_its_problem_on_one_line_is_one_heading(packs):
    body = BODY.replace(
        "（一）学习不够深入。", "（一）政治纪律方面：理论学习与业务结合不紧\n一是学习少。二是交流少。"
    )
    o = _parse("某某同志对照检查材料\n" + body, packs)
    assert o.sections[0].items[0].heading == "政治纪律方面：理论学习与业务结合不紧"
    # over an outline's dash points the aspect alone heads them
    dashed = BODY.replace(
        "（一）学习不够深入。", "（一）政治纪律方面：理论学习与业务结合不紧\n——学习少\n——交流少"
    )
    o = _parse("某某同志对照检查材料\n" + dashed, packs)
    assert o.sections[0].items[0].heading == "政治纪律方面"
