"""Aspects and points in the forms read in round r19 (parse19; tests/fixtures/probes19/parse19): items headed by
the problem itself take the aspect of their place or the aspect their text opens by naming; points run in one
paragraph by numbering glyphs (`①②`, `⑴⑵`) or half-bracketed numbers (`1)2)`)."""

from mingjing.parse import parse_document
from mingjing.parse.labels import inline_markers
from mingjing.read import read_bytes

TAIL = "二、原因分析\n学习不够深入。\n三、整改措施\n（一）加强学习。每周学习。\n（二）改进作风。深入基层。\n"
TITLE = "市档案馆馆长2025年度民主生活会个人对照检查材料\n现将个人对照检查情况报告如下。\n一、存在的问题\n"


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _aspects(outline):
    return [i.aspect for i in outline.sections[0].items]


STATEMENTS = (
    "（一）学用结合还不够紧密\n对新理论的研究不深。\n"
    "（二）党性锤炼的自觉性有所减弱\n参加支部生活不够经常。\n"
    "（三）服务群众和依法办事还有差距\n群众来信回应偏慢。\n"
    "（四）担当作为的劲头还需提振\n推进数字档案馆建设不力。\n"
    "（五）管党治党责任传导不够到位\n对分管科室过问不多。\n"
)


def test_problem_statements_take_the_aspect_of_their_place(packs):
    """Five items for the pack's five aspects, those that map standing at their aspect's place: the others
    take the aspect of theirs."""
    aspects = _aspects(_parse(TITLE + STATEMENTS + TAIL, packs))
    assert aspects == [a.name for a in packs["mzshh-2025"].aspects]


def test_no_place_where_the_items_do_not_follow_the_pack(packs):
    # four items for five aspects: no place to read
    four = STATEMENTS.split("（五）")[0]
    assert _aspects(_parse(TITLE + four + TAIL, packs))[:3].count(None) >= 1
    # the mapped items out of their places: the order is the writer's own
    swapped = STATEMENTS.replace("（四）担当作为的劲头还需提振", "（四）管党治党责任传导还有短板").replace(
        "（五）管党治党责任传导不够到位", "（五）担当作为的劲头还需提振"
    )
    assert _aspects(_parse(TITLE + swapped + TAIL, packs))[0] is None


def test_an_aspect_of_the_writers_own_keeps_none(packs):
    """`在意识形态工作方面` at the third place names an aspect the pack lacks: it stays unmapped."""
    own = STATEMENTS.replace("（三）服务群众和依法办事还有差距", "（三）在意识形态工作方面")
    assert _aspects(_parse(TITLE + own + TAIL, packs))[2] is None
    # a topic of the writer's own (no shortfall stated) at an aspect's place: none either
    topic = STATEMENTS.replace("（三）服务群众和依法办事还有差距", "（三）关于档案数字化建设")
    assert _aspects(_parse(TITLE + topic + TAIL, packs))[2] is None


def test_the_aspect_the_items_text_opens_by_naming(packs):
    text = (
        "街道党员2023年度组织生活会个人对照检查材料\n一、存在的问题\n"
        "（一）标准有所降低\n在党性修养提高方面，我对自己要求有所放松。一是批评怕得罪人；二是学习应付。\n"
        "（二）示范带动不明显\n对照发挥先锋模范作用上，我冲锋在前不够。一是加班少；二是帮带少。\n" + TAIL
    )
    assert _aspects(_parse(text, packs)) == ["党性修养提高情况", "发挥先锋模范作用情况"]


def test_points_run_in_one_paragraph_by_glyphs_and_half_brackets():
    assert [m.label for m in inline_markers("方面。①学习不深。②落实不够。③作风漂浮。")] == ["①", "②", "③"]
    assert [m.label for m in inline_markers("⑴学习不深。⑵落实不够。")] == ["⑴", "⑵"]
    assert [m.label for m in inline_markers("主要是：1)学习不深；2)落实不够。")] == ["1)", "2)"]
    assert [m.label for m in inline_markers("方面。（一）学得不深；（二）用得不够。")] == ["（一）", "（二）"]
    # a note's ① after a word, or a glyph alone, is no series
    assert inline_markers("依据《条例》①的规定，又见②。") == []
    assert inline_markers("①学习不深。") == []


def test_run_in_aspect_items_count_their_glyph_points(packs):
    text = (
        TITLE + "第一，带头强化政治忠诚、提高政治能力方面。①学习不深。②落实不够。\n"
        "第二，带头固本培元、增强党性方面。⑴批评怕得罪人。⑵讲党课照本宣科。⑶组织生活应付。\n" + TAIL
    )
    items = _parse(text, packs).sections[0].items
    assert [len([p for p in i.points if p.label]) for i in items] == [2, 3]


def test_a_titles_stray_full_stop_ends_no_sentence(packs):
    """`…个人对照检查材料。` (a slip P200 reports) is still the title, on one line or under its member's line."""
    body = "按照通知要求，现报告如下。\n一、存在的问题\n（一）政治纪律方面。学习不深入。\n二、原因分析\n学习不够。\n"
    one = _parse("宋亚婷2025年度组织生活会个人对照检查材料。\n" + body, packs)
    assert one.title == "宋亚婷2025年度组织生活会个人对照检查材料"
    two = _parse("东泽大学后勤处党支部党员宋亚婷\n2025年度组织生活会个人对照检查材料。\n" + body, packs)
    assert two.title == "东泽大学后勤处党支部党员宋亚婷2025年度组织生活会个人对照检查材料"
    # a sentence that ends in a document's name is no title
    assert _parse("按照要求，现将对照检查材料。\n" + body, packs).title == ""


def test_a_free_aspects_keywords_deep_in_a_statements_text(packs):
    """An item headed by its problem, out of the pack's order, whose text names a free aspect's keywords past
    its opening: that aspect, the only one its text names of those no other item holds."""
    text = (
        TITLE + "（一）在强化政治忠诚、提高政治能力方面\n学习不深。\n"
        "（二）业务工作推进还有差距\n"
        + "数字档案馆建设进度慢，馆藏档案数字化率只有百分之四十，"
        * 3
        + "反映出干事创业的"
        "劲头不足，担当作为不够。\n" + TAIL
    )
    assert _aspects(_parse(text, packs)) == ["带头强化政治忠诚、提高政治能力", "带头干事创业、担当作为"]
    # a topic of the writer's own keeps none, whatever its text names
    topic = text.replace("（二）业务工作推进还有差距", "（二）关于档案数字化")
    assert _aspects(_parse(topic, packs))[1] is None
