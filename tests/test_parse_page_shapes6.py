"""Shapes of the r10 second blind sets and judge pages (issue 11, parse10b): each general cause pinned
in a text of this project's own words."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _items(outline):
    return [[i.heading for i in s.items if i.heading] for s in outline.sections]


# report-style decimal numbering: `1 ` parts (one opening with a year), `1.1` items, `（1）` points run on
DECIMAL = (
    "某县统计局党组2024年度民主生活会对照检查材料\n"
    "按照县委要求，党组认真开展会前准备，现将有关情况报告如下。\n"
    "1 2023年度民主生活会查摆问题整改情况\n"
    "上年度查摆的问题已基本整改到位，个别问题还需长期坚持。\n"
    "2 存在的问题\n"
    "2.1 在理论学习方面\n"
    "（1）学习计划执行不严，集中学习多次推迟。（2）研讨发言准备不足，照读材料的多。比如，三季度研讨会上有两人照稿宣读。\n"
    "2.2 在统计督查方面\n"
    "（1）督查发现的问题跟踪不够。（2）对基层数据质量抽查偏少。（3）通报之后整改回访不及时。\n"
    "3 原因分析\n"
    "3.1 思想认识不到位\n"
    "对学习的重要性认识不足，存在重业务轻学习的倾向。\n"
    "3.2 责任落实不到位\n"
    "对督查工作的责任分解不细，压力传导层层递减。\n"
    "4 整改措施\n"
    "4.1 严格学习制度\n"
    "（1）每月集中学习不少于两次。（2）研讨发言提前三天提交书面稿。\n"
    "4.2 强化督查闭环\n"
    "建立问题台账，整改情况每月回访一次。\n"
)


def test_a_decimal_part_whose_heading_opens_with_a_year_is_a_part(packs):
    o = _parse(DECIMAL, packs)
    assert [s.kind for s in o.sections] == ["other", "problems", "causes", "measures"]
    assert o.sections[0].heading.endswith("查摆问题整改情况")
    assert _items(o)[1:] == [
        ["在理论学习方面", "在统计督查方面"],
        ["思想认识不到位", "责任落实不到位"],
        ["严格学习制度", "强化督查闭环"],
    ]


def test_numbered_points_run_on_after_a_paragraph_that_opens_with_the_first(packs):
    o = _parse(DECIMAL, packs)
    problems = o.sections[1].items
    assert [len(i.points) for i in problems] == [2, 3]
    assert problems[0].points[1].text.startswith("（2）研讨发言准备不足")
    assert len(problems[0].points[1].examples) == 1
    assert [len(i.points) for i in o.sections[3].items] == [2, 1]
