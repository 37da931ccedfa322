"""Title forms and cut problems headings read in round r18 (parse18; tests/fixtures/probes18): a thread's form
field over the material's own title, a newsletter's masthead over a speech named for its meeting, a title over
three lines under an organisation's name, aspect lines over numbers of their own with or without the problems
heading."""

from mingjing.parse import parse_document
from mingjing.parse.sections import section_kind
from mingjing.read import read_bytes

BODY = (
    "现将个人对照检查情况报告如下。\n一、存在的问题\n（一）政治纪律方面。学习不深入。\n（二）组织纪律方面。汇报不及时。\n"
    "二、原因分析\n（一）学习不够。放松要求。\n三、整改措施\n（一）加强学习。每周学习。\n"
)


def _parse(text, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def test_a_threads_form_field_over_the_materials_own_title(packs):
    page = (
        "交流论坛 » 党建材料\n主题：【转帖】干部党纪学习教育专题组织生活会发言材料（供参考）\n发帖人 青山 发表于 2024-09-03\n"
        "转来给大家参考。\n党纪学习教育专题组织生活会个人对照检查材料\n市税务局第三党支部  周明\n"
    )
    assert _parse(page + BODY, packs).title == "党纪学习教育专题组织生活会个人对照检查材料"
    # a form field alone with nothing naming the document below: the field's words are the title
    alone = _parse("标题：2025年度组织生活会个人对照检查材料\n" + BODY, packs)
    assert alone.title == "2025年度组织生活会个人对照检查材料"


def test_a_speech_named_for_its_meeting_is_a_document_never_a_part():
    assert section_kind("党员张静同志2023年度主题教育专题组织生活会对照检查发言（摘要）") is None
    assert section_kind("县生态环境局党组班子在2024年度民主生活会上的检视剖析发言") is None
    assert section_kind("对照检查查摆的问题") == "problems"
    assert section_kind("发言中提到的问题") == "problems"


def test_a_newsletters_masthead_over_the_speech_title(packs):
    text = (
        "党建工作动态\n第3期\n中共县农业技术推广中心支部委员会    2024年1月22日\n"
        "【编者按】中心党支部召开专题组织生活会。现刊登党员李建国同志的发言，供大家学习。\n"
        "党员李建国同志在主题教育专题组织生活会上的对照检查发言（摘登）\n"
    )
    assert (
        _parse(text + BODY, packs).title == "党员李建国同志在主题教育专题组织生活会上的对照检查发言（摘登）"
    )


def test_a_title_over_three_lines_under_an_organisations_name(packs):
    text = "县供销合作社联合社\n党组成员、副主任\n2025年度民主生活会个人对照检查材料\n" + BODY
    assert _parse(text, packs).title == "县供销合作社联合社党组成员、副主任2025年度民主生活会个人对照检查材料"


ASPECTS = (
    "【工作纪律方面】\n（1）办案超审限3件。（2）庭审着装不规范。\n"
    "【群众纪律方面】\n（1）接待当事人耐心不够。（2）诉求回应偏慢。\n"
)
AFTER = "二、原因分析\n纪律意识不强，放松了要求。\n三、整改措施\n（一）提升质效。严格审限。\n（二）改进作风。耐心接待。\n"


def test_aspect_lines_over_their_own_numbers_head_the_items(packs):
    """`【…方面】` lines each over `（1）（2）` run in one paragraph: the lines are the items, the numbers their
    points — under the part's heading and with the heading cut off alike."""
    for head in ("一、存在的问题\n", ""):
        o = _parse("材料\n现将情况报告如下。\n" + head + ASPECTS + AFTER, packs)
        problems = o.sections[0]
        assert problems.kind == "problems", head
        assert [i.heading for i in problems.items] == ["工作纪律方面", "群众纪律方面"]
        assert [len([p for p in i.points if p.label]) for i in problems.items] == [2, 2]


def test_numbers_that_run_on_across_the_aspect_lines_stay_the_items(packs):
    """`（1）` `（2）` `（3）` counting on under the aspect lines (not starting again): the numbers are the items."""
    text = (
        "一、存在的问题\n【工作纪律方面】\n（1）办案超审限3件。\n（2）庭审着装不规范。\n"
        "【群众纪律方面】\n（3）接待当事人耐心不够。\n" + AFTER
    )
    o = _parse(text, packs)
    assert [i.heading for i in o.sections[0].items] == [
        "办案超审限3件",
        "庭审着装不规范",
        "接待当事人耐心不够",
    ]
