"""Review on real text, fourth pass (issue 12): what the first run on public materials showed —
each a general cause, tested here on sentences written for mingjing."""

from mingjing.rules.context import ReviewOptions
from mingjing.rules.examples import example_outline
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD, variant


def findings(packs, text, code):
    report = review_outline(example_outline(text, packs), packs, ReviewOptions(select=[code]))
    return [(f.code, text[f.start : f.end], f.suggestions[:1]) for f in report.findings if f.code == code]


def with_line(line: str) -> str:
    return variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。" + line)


def test_a_list_mark_is_no_slip_of_a_formulation_and_both_names_of_the_six_disciplines_stand(packs):
    assert (
        findings(packs, with_line("按照县委“不忘初心、牢记使命”主题教育的安排，对照“六项纪律”查摆。"), "F129")
        == []
    )
    # one character off is still reported
    assert findings(packs, with_line("对照“六项记律”查摆。"), "F129")


def test_a_report_about_something_is_no_document_title(packs):
    line = "对照党的二十大报告关于基层党组织要成为宣传党的主张、贯彻党的决定的坚强战斗堡垒的要求查摆。"
    assert findings(packs, with_line(line), "P114") == []
    line = "认真学习了关于新时代加强和改进思想政治工作的意见，对照查找差距。"
    assert findings(packs, with_line(line), "P114")


def test_a_masked_year_is_reported_once_and_long_masks_too(packs):
    hits = findings(packs, with_line("20**年底进入政协工作以来，看到各种****现象，没有及时抵制。"), "R111")
    assert [h[1] for h in hits] == ["20**", "****"]


def test_a_space_is_reported_only_where_it_splits_a_word(packs):
    hits = findings(
        packs, with_line("有时 未能第 一时间到场，解决问 题不及时，后续未定 期召开专题会议。"), "P117"
    )
    assert [h[2][0] for h in hits] == ["第一", "解决问题", "定期"]
    # the author line, a point label, spaced-out letters and digits stay silent
    assert (
        findings(packs, with_line("一是 调研不深。字号：大 中 小。2024 年开展 3 次。\n目 录\n"), "P117") == []
    )


def test_a_phrase_written_twice_is_reported_but_reduplicated_verbs_and_counted_steps_are_not(packs):
    hits = findings(packs, with_line("有时用公款用公款送礼，形成决策决策决议。"), "T112")
    assert [h[1] for h in hits] == ["用公款用公款", "决策决策"]
    line = "这事要研究研究，大家讨论讨论，一步一步整改，一件一件销号，方方面面都要顾及。"
    assert findings(packs, with_line(line), "T112") == []


def test_reversed_quotation_marks_around_a_slogan(packs):
    hits = findings(packs, with_line("为实现”十五五“良好开局打好基础。"), "P118")
    assert hits == [("P118", "”十五五“", ["“十五五”"])]
    assert findings(packs, with_line("满足于“读过了”“学过了”，对“十五五”规划研究不深。"), "P118") == []


def test_de_in_a_parallel_complement(packs):
    hits = findings(packs, with_line("学习时看得多、思考的少，翻得多、记住的少。"), "T306")
    assert len(hits) == 2
    assert (
        findings(packs, with_line("参加的多是例会，发言的少是年轻同志，说得多的人未必做得多。"), "T306") == []
    )


def test_the_good_material_stays_silent_under_every_new_rule(packs):
    for code in ["P117", "P118", "T112", "T306", "F133"]:
        assert findings(packs, GOOD, code) == [], code


def test_a_space_before_a_mark_is_reported(packs):
    hits = findings(packs, with_line("对难点工作抓得不紧 ;整改作用发挥不充分 。"), "P117")
    assert [h[2][0] for h in hits] == ["紧;", "分。"]


def test_a_paragraph_break_inside_a_word_and_a_lead_in_without_its_colon(packs):
    text = variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对原著领会不深\n刻，学用结合不紧。")
    assert [h[2][0] for h in findings(packs, text, "P119")] == ["深刻"]
    # the tail of a word alone on the next line (`…学习热情有所减` / `弱。`): the reader joins it back for
    # the outline, and the break is still reported
    text = variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对新知识的学习热情有所减\n弱。")
    assert [h[2][0] for h in findings(packs, text, "P119")] == ["减弱"]
    text = variant(
        "（一）在理论学习方面。一是学得不够深。",
        "（一）在理论学习方面。对照要求，认真查摆，我发现以下几个主要问题\n一是学得不够深。",
    )
    assert [h[2][0][-3:] for h in findings(packs, text, "P120")] == ["问题："]
    # a line that goes on in the next line (a PDF line end) is not a paragraph without its mark
    text = variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对原著的领会\n不够深，学用结合不紧。")
    assert findings(packs, text, "P120") == []


def test_a_vague_quantifier_or_the_rules_in_general_are_no_fact():
    from mingjing.rules.facts import has_fact

    assert not has_fact("比如，在一些支部的活动中，有时存在工作标准不高的情况。")
    assert not has_fact("对自己在生活中的小节要求不够严，有时认为只要不违反规定就可以。")
    assert has_fact("比如，2023年5月在城关支部的主题党日活动中只念了文件。")
    assert has_fact("一是在东村支部调研时只听汇报。")
    assert has_fact("违反《差旅费管理办法》报销2次。")


def test_one_slip_is_one_finding(packs):
    text = with_line("坚决反对形式主义、官僚主义、享乐主义和奢糜之风。")
    report = review_outline(example_outline(text, packs), packs, ReviewOptions())
    hits = [f for f in report.findings if "奢糜" in text[f.start : f.end]]
    assert [(f.code, f.suggestions[0]) for f in hits] == [("F104", "形式主义、官僚主义、享乐主义和奢靡之风")]


def test_a_branch_committee_writes_about_its_members(packs):
    text = (
        "城南社区党支部委员会2024年党纪学习教育专题组织生活会对照检查材料\n"
        "按照街道党工委的通知要求，支部委员会认真做好会前准备，征求意见建议12条。现将支部委员会对照检查情况报告如下。\n"
        "一、存在的问题\n（一）组织纪律方面\n一是“三会一课”执行不够规范。今年有1次支委会没有记录，部分党员无故缺席党小组会2次，个别党员党费交纳不及时。\n"
        "二、原因分析\n（一）管党治党责任落实不到位。支委会对党员教育管理标准低，纪律要求没有传导到每名党员。\n"
        "三、整改措施\n（一）规范“三会一课”。2025年起每次支委会当场形成记录，党员缺席一律在党员大会上说明。\n"
    )
    report = review_outline(example_outline(text, packs), packs, ReviewOptions(select=["E103", "A102"]))
    assert [f.code for f in report.findings] == []


def test_approximate_numbers_in_digits(packs):
    hits = findings(
        packs, with_line("全年有3、4件案件存在超期，第1、2次检查都没有发现，1、3季度各检查1次。"), "P121"
    )
    assert hits == [("P121", "3、4", ["三四"])]
