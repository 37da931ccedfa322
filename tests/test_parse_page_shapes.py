"""Page shapes that new blind sets and a new judge's pages broke (issue 11, round r8 second parse
helper): a viewer's chunk numbers before labels, bracketed part headings with their label inside,
counted paragraphs over numbered points that restart under each, and more. Fixtures are this
project's own words (tests/fixtures/realforms, docs/real-materials.md)."""

from conftest import FIXTURES
from mingjing.parse import parse_document
from mingjing.read import read_bytes

REALFORMS = FIXTURES / "realforms" / "materials"


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _outline(o) -> list[tuple[str, str, list[str]]]:
    return [(s.kind, s.heading, [i.heading for i in s.items]) for s in o.sections]


def test_a_viewers_number_right_before_a_label_or_the_title_is_no_label(packs):
    o = _parse((REALFORMS / "viewer_chunks_before_labels.txt").read_text(encoding="utf-8"), packs)
    assert o.title.startswith("南岭乡卫生院") and o.title.endswith("检视剖析材料")
    kinds = [(s.kind, s.heading) for s in o.sections]
    assert kinds == [("problems", "存在的问题"), ("causes", "问题产生的原因"), ("measures", "整改措施")]
    assert [i.heading for i in o.sections[0].items][2] == "在联系服务群众方面"  # after `2、`
    assert [i.label for i in o.sections[2].items] == ["（一）", "（二）", "（三）"]  # `4、（二）`


def test_a_writers_own_list_under_a_sentence_that_ends_keeps_its_numbers(packs):
    # `1、` `2、` list items, each under a sentence that ends: the writer's numbers, not a viewer's
    text = (
        "某局干部个人对照检查材料\n一、存在的问题\n1、学习不够深入，满足于读文件。\n"
        "2、（新）办法用得少，工作方法还是老一套。\n二、整改措施\n1、每周学习一次。\n2、多到基层走走。\n"
    )
    o = _parse(text, packs)
    assert [i.label for i in o.sections[0].items] == ["1、", "2、"]


def test_a_bracketed_part_heading_keeps_its_label_out_of_the_heading(packs):
    o = _parse((REALFORMS / "bracketed_parts_counted_items.txt").read_text(encoding="utf-8"), packs)
    assert [(s.label, s.heading) for s in o.sections] == [
        ("一、", "存在的问题"),
        ("二、", "问题产生的原因"),
        ("三、", "整改措施"),
    ]


def test_counted_paragraphs_over_numbers_restarting_under_each_are_the_items(packs):
    o = _parse((REALFORMS / "bracketed_parts_counted_items.txt").read_text(encoding="utf-8"), packs)
    problems = o.sections[0]
    assert [i.heading for i in problems.items] == [
        "在学习贯彻党的创新理论方面",
        "在推动高质量发展方面",
        "在服务群众方面",
        "在廉洁自律方面",
    ]
    assert [[p.label for p in i.points if p.label] for i in problems.items] == [
        ["1.", "2."],
        ["1.", "2."],
        ["1.", "2."],
        [],
    ]


def test_numbers_that_run_on_under_counted_paragraphs_stay_the_items(packs):
    # `1.` `2.` `3.` that never restart: the numbered lines are the items, whatever stands above
    text = (
        "某支部党员对照检查材料\n一、存在的问题\n第一，总的看，学习和工作都有差距。\n"
        "1.学习不够深入，满足于读文件。\n2.工作不够主动，等靠思想较重。\n"
        "第二，具体到纪律方面。\n3.请假手续不全。\n二、整改措施\n1.每周学习一次。\n2.多到基层走走。\n"
    )
    o = _parse(text, packs)
    assert [i.label for i in o.sections[0].items] == ["1.", "2.", "3."]


def test_a_title_with_a_bracketed_year_runs_into_its_first_sentence(packs):
    text = (
        "西坡县农机站党支部党员、副站长林岚党纪学习教育专题组织生活会个人对照检查材料（2024年） "
        "按照支部的安排，我逐条学习了纪律处分条例，对照六项纪律查找了自身的问题，现报告如下。 "
        "一、存在的问题 1.在政治纪律方面。一是学习条例不深。二是对网上错误言论辨别不够。 "
        "2.在组织纪律方面。请假报备有时不及时。 二、整改措施 1.加强学习。每月学一章条例。 "
        "2.严守规矩。外出一律报备。"
    )
    o = _parse(text, packs)
    assert o.title == "西坡县农机站党支部党员、副站长林岚党纪学习教育专题组织生活会个人对照检查材料（2024年）"
    assert [s.kind for s in o.sections] == ["problems", "measures"]


def test_a_list_no_heading_names_is_the_causes_when_its_lead_names_them(packs):
    text = (
        "关于防汛工作失误的检讨\n\n"
        "7月12日夜间，我乡两处河堤出现险情，转移群众不及时，造成了不良影响。我作为乡长，负有直接责任。\n\n"
        "事后我反复回想，认真反省，感到出现这样的问题主要有以下几方面原因：\n\n"
        "一是防汛思想有所松懈。\n\n连续几年没有发生大的汛情，总觉得今年也能平安度过。\n\n"
        "二是预案落实不到位。\n\n预案写在纸上，演练走了过场，真到险情时各组分工不清。\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("causes", "")]
    assert [i.heading for i in o.sections[0].items] == ["防汛思想有所松懈", "预案落实不到位"]
    # the same list under a lead that names no causes stays the problems
    o = _parse(text.replace("主要有以下几方面原因：", "主要有以下几个方面："), packs)
    assert [s.kind for s in o.sections] == ["problems"]


def test_the_preambles_closing_formula_heads_no_part(packs):
    # `现将…检视剖析情况报告如下：` closes the preamble: never a causes part, and the page cut after
    # `一、检` keeps its first part, which begins to name the problems
    text = (
        "东川县水利局领导班子民主生活会对照检查材料\n"
        "按照县委的通知要求，局领导班子认真学习，广泛征求意见，逐一谈心谈话，做实了会前各项准备。\n"
        "会前，班子成员分别到基层站所调研，共收集意见建议21条，已逐条梳理归类。\n"
        "按照要求，现将局领导班子检视剖析情况报告如下：\n"
        "一、检\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.label) for s in o.sections] == [("problems", "一、")]
    assert o.preamble_end is not None and "报告如下" in o.document.text[o.preamble_start : o.preamble_end]


def test_a_cut_heading_that_could_begin_two_names_stays_other(packs):
    text = (
        "某局领导班子对照检查材料\n按照通知要求，班子认真查摆了问题，广泛征求了意见。\n"
        "现将有关情况报告如下：\n一、问\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("other", "问")]  # 问题清单? 问题产生的原因?


def test_points_of_a_flattened_body_are_the_list_its_lead_announces(packs):
    # a doc site joined the paragraphs with spaces: the title again, the salutation, the lead, then
    # `一是…。 二是…` — the causes, though their words name no shortcoming the lists know
    body = (
        "关于一起火灾事故的检讨发言 尊敬的各位领导： 上周我镇一家作坊发生火灾，造成财产损失，"
        "我作为分管副镇长，深感自责，在此作出检讨。 经过反复反思，我认为原因主要有以下几个方面： "
        "一是消防安全这根弦绷得松。对小作坊的隐患，总想着下次再查。 "
        "二是检查只看台账。到现场多是听汇报、看记录，灭火器是否能用没有逐个试过。"
    )
    o = _parse("关于一起火灾事故的检讨发言\n\n" + body + "\n", packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("causes", "")]
    assert [i.heading for i in o.sections[0].items] == ["消防安全这根弦绷得松", "检查只看台账"]
    # the writer's own paragraph that runs `一是…。二是…` with no spaces is not split
    o = _parse("关于一起火灾事故的检讨发言\n\n" + body.replace("。 二是", "。二是") + "\n", packs)
    assert [i.heading for s in o.sections for i in s.items] != ["消防安全这根弦绷得松", "检查只看台账"]


def test_a_page_cut_inside_its_first_point_keeps_the_problems(packs):
    text = (
        "关于秋粮收购工作不力的反思检讨\n尊敬的各位领导：\n"
        "我县秋粮收购中出现了压级压价的问题，被市里通报，我深感愧疚。问题不容回避，责任不可推卸。\n"
        "一是抓落实的紧迫感不够强。收购开始前我们召开了会议，作了部署，但对收购点的价格执行情况"
        "没有及时跟进检查，对此，我应该"
    )
    o = _parse(text, packs)
    assert [(s.kind, [i.heading for i in s.items]) for s in o.sections] == [
        ("problems", ["抓落实的紧迫感不够强"])
    ]
    # a point that ends its sentence is a paragraph of the text, not a cut page's problems
    o = _parse(text + "回头看看。\n以上检讨，请领导批评。\n", packs)
    assert o.sections == []


def test_a_sites_own_lines_are_never_the_title_nor_hide_it(packs):
    body = (
        "作为一名村党支部书记，我把带领群众增收当作头等大事。一年来，我和支部一班人跑遍了全村的田块，"
        "摸清了每户的收入来源，也看到了自己工作中的不足。\n"
    )
    # the site's sentence over the material, the title set in 【】 with the page's piece number
    o = _parse(
        "乡村振兴是一篇大文章。下面是本站小编整理的村党支部书记民主生活会对照检查材料，欢迎大家阅读！\n"
        "【村党支部书记民主生活会对照检查材料2】\n" + body,
        packs,
    )
    assert o.title == "村党支部书记民主生活会对照检查材料"
    # a 美篇 author's line and the author's name over a page: no title there
    o = _parse("山桥的美篇\n\n山桥\n\n" + body, packs)
    assert o.title == ""
    # a 检讨 names the document; a site's line stamped with a date and time stands between
    o = _parse(
        "镇长关于防汛工作失职问题的反思检讨\n公文站 2023-08-02 09:15:40 应急\n"
        "尊敬的各位领导：\n今年汛期我镇转移群众不及时，问题不容回避。\n"
        "一是防汛的紧迫感不够强。汛前部署早，但对险情的预判不足，对此，我应该",
        packs,
    )
    assert o.title == "镇长关于防汛工作失职问题的反思检讨"
    assert [s.kind for s in o.sections] == ["problems"]


def test_a_sites_prompt_over_the_title_is_not_its_first_half(packs):
    text = (
        "范文站 > 党建范文 > 民主生活会\n【推荐】更多检视剖析材料请点击进入专题页\n\n"
        "白石矿业公司经理“不忘初心、牢记使命”专题民主生活会检视剖析材料\n\n"
        "按照公司党委的安排，我认真检视了自身差距，现将有关情况报告如下。\n"
        "一、检视出的问题\n（一）学习不够系统深入。平时忙于生产调度，学习多靠零碎时间。\n"
        "（二）为职工办实事主动性不够强。对一线班组反映的问题跟进不及时。\n"
        "二、整改措施\n（一）每周安排半天集中学习。\n（二）每月到一线班组走访一次。\n"
    )
    o = _parse(text, packs)
    assert o.title == "白石矿业公司经理“不忘初心、牢记使命”专题民主生活会检视剖析材料"
    assert o.framework is None  # a 2019 campaign: no pack fits


def test_a_members_line_with_her_name_is_the_first_half_of_the_title(packs):
    text = (
        "城南社区卫生服务中心党支部党员林若溪\n2023年度主题教育专题组织生活会个人检视剖析材料\n\n"
        "按照支部的安排，我对照要求查找了自身问题，现报告如下。\n存在的问题\n"
        "1、学习贯彻党的创新理论情况。学习不够深入。\n2、联系服务群众情况。对居民的诉求回应不够及时。\n"
        "整改措施\n1、加强学习。\n2、改进服务。\n"
    )
    o = _parse(text, packs)
    assert o.title == "城南社区卫生服务中心党支部党员林若溪2023年度主题教育专题组织生活会个人检视剖析材料"


def test_a_mirror_sites_pinyin_glosses_leave_titles_and_headings(packs):
    text = (
        "党员干部作(zuò)风问题对照检查材(cái)料\n"
        "按照支部的安排，我对照检查了自己的作风，现报告如下。\n"
        "一、存在的问(wèn)题\n（一）学(xué)习不够深入。平时读书少。\n（二）调查研究不实(shí)。下基层次数少。\n"
        "二、整改措施\n（一）每周学习一次。\n（二）每月下基层两次。\n"
    )
    o = _parse(text, packs)
    assert o.title == "党员干部作风问题对照检查材料"
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", "存在的问题"), ("measures", "整改措施")]
    item = o.sections[0].items[1]
    assert item.heading == "调查研究不实"
    # the reader drops the glosses (kept apart as an extra); positions still point into the file
    assert o.document.text[item.heading_start : item.heading_end] == "调查研究不实"
    line = text.split("\n")[4]
    assert o.document.position(item.heading_start) == (5, line.index("调查研究") + 1)
    assert o.document.position(item.heading_end - 1) == (5, line.index("实(shí)") + 1)
    assert [e.kind for e in o.document.extras] == ["gloss"]
    # a bracketed word that is no gloss stays (`(app)` has no tone mark)
    o = _parse(text.replace("（二）调查研究不实(shí)。", "（二）政务(app)推广不实。"), packs)
    assert o.sections[0].items[1].heading == "政务(app)推广不实"


def test_a_page_opening_at_a_later_part_keeps_that_part(packs):
    # `二、…。` on the page's first line, a long heading: a part of its own, not preamble
    text = (
        "二、准确把握“守正创新”和“实干担当”的基本要求和实践路径。\n"
        "守正就是要坚守根本，把方向、把原则放在首位，做到任何时候都不偏离。创新就是要面对新情况想新办法，"
        "不因循守旧。实干就是要把工作落到一件件具体的事上，不搞花架子。\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.label) for s in o.sections] == [("other", "二、")]
    assert o.sections[0].heading.startswith("准确把握")


def test_a_page_opening_at_counted_paragraphs_keeps_their_part(packs):
    # the page cut off the part's heading and its `第一，`: `第二，…` `第三，…` are that part's items
    text = (
        "第二，开展这次专题学习，是改进机关作风的重要抓手。一些干部办事拖拉、推诿扯皮的现象还不同程度存在，"
        "群众对此意见较大。\n"
        "第三，开展这次专题学习，是锤炼干部队伍的重要途径。新形势新任务对干部的本领提出了更高要求。\n"
        "二、如何把学习成果用到工作中\n（一）要在推动实际工作上见成效\n"
        "学习的目的全在于运用。每个科室都要列出本年度要解决的两件实事，按月推进。\n"
    )
    o = _parse(text, packs)
    assert [(s.kind, s.by, [i.heading for i in s.items]) for s in o.sections] == [
        (
            "other",
            "position",
            ["开展这次专题学习，是改进机关作风的重要抓手", "开展这次专题学习，是锤炼干部队伍的重要途径"],
        ),
        ("other", "label", ["要在推动实际工作上见成效"]),
    ]
    # counted from 第一: the page is whole, those paragraphs are the writer's text before the part
    o = _parse(text.replace("第二，", "第一，").replace("第三，", "第二，"), packs)
    assert [s.by for s in o.sections] == ["label"]


NEWS = (
    "首页 > 基层动态\n\n石桥村党支部召开2025年度组织生活会\n\n"
    "发布时间：2026-01-20 10:05　来源：石桥镇党委\n\n"
    "1月18日，石桥村党支部召开2025年度组织生活会，全体党员参加，镇党委委员到会指导。\n\n"
    "会上，支部书记代表支部委员会作对照检查，指出支部在服务群众上还有差距：一是党员学习不够经常，"
    "外出务工党员参学率偏低；二是村务公开不够及时，有两个季度的账目晚公布了半个月；"
    "三是为群众办事的效率不高，宅基地审批材料退回次数偏多。\n\n"
    "随后，党员们逐一发言，开展了批评和自我批评，大家敞开心扉，气氛热烈。\n\n"
    "下一步，石桥村党支部将建立整改台账，明确责任人和完成时限，年底前全部整改到位。\n\n"
    "（编辑：周岚　审核：何川）\n"
)


def test_a_news_page_of_a_meeting_has_its_parts_and_no_items(packs):
    o = _parse(NEWS, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [("problems", ""), ("measures", "")]
    # the report paragraph after the found problems belongs to that part's one body of text
    assert [len(s.items) for s in o.sections] == [1, 1]
    # (held as the part's own text, which the outline's JSON lists as no item)
    assert all(i.by == "text" for s in o.sections for i in s.items)
    # the page's credits belong to no part
    assert "编辑" not in o.document.text[o.sections[-1].start : o.sections[-1].end]


def test_a_part_whose_second_paragraph_runs_points_keeps_its_items(packs):
    # the later paragraphs run their own series: items as before, not one body of text
    text = NEWS.replace(
        "随后，党员们逐一发言，", "随后，党员们逐一发言，一是谈了学习体会；二是谈了今后打算，"
    )
    o = _parse(text, packs)
    assert len(o.sections[0].items) == 2


def test_a_page_cut_among_counted_items_keeps_them_as_the_problems(packs):
    # the page opens inside the second item's points (`2.…`), then `第三，…` over `1.` `2.` again
    text = (REALFORMS / "bracketed_parts_counted_items.txt").read_text(encoding="utf-8")
    cut = text[text.index("2.运用理论") :]
    o = _parse(cut, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert [i.heading for i in o.sections[0].items] == [
        "在推动高质量发展方面",
        "在服务群众方面",
        "在廉洁自律方面",
    ]


def test_a_flattened_page_opening_inside_its_list_keeps_its_items_and_later_parts(packs):
    # a .docx flattened into one line, the page cut in the second item: `…。 3.…。 4.…。 二、原因分析 1.…`
    text = (
        "审批时只看了材料，没有再问一句。 3.在廉洁纪律方面。对下属单位的采购流程关注不够，审签时没有核对比价单。 "
        "4.在群众纪律方面。一是到村里调研次数偏少。二是对群众来电的答复有时拖延。 二、原因分析 1.理论学习不够扎实。"
        "把学习当成任务。 2.纪律意识有所弱化。觉得小事无关紧要。 三、整改措施 1.每月学一章条例。 2.每季度到村调研一次。"
    )
    o = _parse(text + "\n", packs)
    assert [(s.kind, [i.heading for i in s.items]) for s in o.sections] == [
        ("problems", ["在廉洁纪律方面", "在群众纪律方面"]),
        ("causes", ["理论学习不够扎实", "纪律意识有所弱化"]),
        ("measures", ["每月学一章条例", "每季度到村调研一次"]),
    ]
    # the writer's own line with no space after its sentences is not split at `3.`
    o = _parse(text.replace("。 ", "。") + "\n", packs)
    assert [i.heading for s in o.sections for i in s.items][:2] != ["在廉洁纪律方面", "在群众纪律方面"]


def test_a_bullet_between_a_restarting_series_is_one_level_out(packs):
    # the page opens inside the first ■ item's `（2）` point; `（1）` starts again under each ■
    text = (
        "（2）理论学习与业务结合不紧，谈认识多，谈办法少。\n"
        "■带头增强党性方面\n（1）支部作用发挥不均衡，有的支部主题党日流于形式。\n（2）双重组织生活参加不够规范。\n"
        "■带头担当作为方面\n（1）改革创新的魄力不够，方案论证一年多未能落地。\n"
        "二、原因剖析\n■理想信念方面。对理论学习抓得不紧。\n■宗旨意识方面。为群众着想不够。\n"
        "三、整改措施\n■坚持学习制度。每周集中学习一次。\n■改进服务作风。每月下基层两次。\n"
    )
    o = _parse(text, packs)
    problems = o.sections[0]
    assert (problems.kind, [i.heading for i in problems.items]) == (
        "problems",
        ["带头增强党性方面", "带头担当作为方面"],
    )


def test_an_item_heading_a_viewers_chunk_cut_in_two_is_one_heading(packs):
    # a doc-sharing page: chunks `1、` `2、` `3、`, the third cutting `（一）纪律观念` / `3、有所淡化。`
    text = (
        "1、2024年党纪学习教育专题组织生活会个人对照检查材料 按照支部的通知要求，我逐条学习了纪律处分条例，"
        "对照六项纪律查找了自身差距。现将有关情况报告如下。 一、存在的问题 （一）政治纪律方面。一是学习条例"
        "浅尝辄止，对有的条款只是通读。二是课堂上落实立德树人不够自觉。 （二）组织纪律方面。一是外出培训报备"
        "不及时，今年\n\n"
        "2、暑期外出只向组长说了一声。二是参加组织生活有时迟到。 （三）廉洁纪律方面。对有偿补课的危害认识不深。"
        " （四）工作纪律方面。备课有时沿用旧教案。 二、原因分析 （一）纪律观念\n\n"
        "3、有所淡化。觉得普通教师碰不到纪律红线。（二）宗旨意识不够牢固。服务学生的主动性不强。 三、整改措施 "
        "（一）加强学习。每月精读一章条例。（二）严守规矩。外出一律报备。\n"
    )
    o = _parse(text, packs)
    causes = o.sections[1]
    assert [i.heading for i in causes.items] == ["纪律观念有所淡化", "宗旨意识不够牢固"]
    first = causes.items[0]
    assert o.document.text[first.heading_start : first.heading_end].startswith("纪律观念")  # as written
    # the page cut at its first part's heading, opening inside chunk 2 with `…。 （三）…`: the problems
    cut = _parse(text[text.index("2、暑期") :], packs)
    assert [s.kind for s in cut.sections] == ["problems", "causes", "measures"]
    assert [i.heading for i in cut.sections[0].items] == ["廉洁纪律方面", "工作纪律方面"]
