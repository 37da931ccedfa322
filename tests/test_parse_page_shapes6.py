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


# a forum thread copied with its BBCode: a tagged thread title, the poster's lines, the material's
# own title in bold tags, part headings in bold tags
FORUM = (
    "职工之家论坛 » 党建交流 » 查看主题\n"
    "[交流] 支部组织生活会发言材料（机关普通党员，供参考）\n"
    "楼主 山间清风 发表于 2025-1-8 20:11 | 只看该作者\n"
    "写得一般，大家看看哪里还要改，欢迎拍砖。\n"
    "[b][size=4]县水利局机关第二党支部党员2024年度组织生活会个人对照检查材料[/size][/b]\n"
    "按照支部安排，本人认真学习有关文件，对照要求查找了自身存在的问题。\n"
    "[b]一、存在的问题[/b]\n"
    "1、学习方面：学习时间不固定，学得不深。\n"
    "2、工作方面：对防汛物资台账核对不细，出过差错。\n"
    "[b]二、原因分析[/b]\n"
    "主要是自我要求放松了，工作标准不高。\n"
    "[b]三、整改措施[/b]\n"
    "1、每周固定学习两次。\n"
    "2、物资台账每月复核一遍。\n"
    "[quote]楼主写得很实在，收藏了。[/quote]\n"
)


def test_a_forum_threads_bbcode_is_markup_and_its_tagged_title_gives_way(packs):
    o = _parse(FORUM, packs)
    assert o.title == "县水利局机关第二党支部党员2024年度组织生活会个人对照检查材料"
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "原因分析"),
        ("measures", "整改措施"),
    ]
    assert "[b]" not in o.document.text and "[size=4]" not in o.document.text
    assert _items(o)[0] == ["学习方面", "工作方面"]


def test_bracketed_words_are_not_bbcode(packs):
    from mingjing.read.html_text import carries_markup

    assert not carries_markup("见附件[1]和[图片]，另见[2]。\n[b]只有一个标签")
    assert carries_markup("[b]一、存在的问题[/b]\n[b]二、原因分析[/b]")


# a document library's page: the shared file's name, its facts, then the material under its own title
LIBRARY = (
    "首页 > 党建材料 > 组织生活会\n"
    "组织生活会个人发言材料（街道干部）.docx\n"
    "文档格式：.docx 页数：3页 上传时间：2025-02-11\n"
    "城南街道党工委委员2024年度组织生活会个人对照检查材料\n"
    "按照街道党工委的要求，我认真准备，现将个人对照检查情况报告如下。\n"
    "一、存在的问题\n"
    "（一）学习不够深入。对新理论学得浅。\n"
    "（二）服务不够主动。下社区次数少。\n"
    "二、整改措施\n"
    "（一）加强学习。每周学习一次。\n"
    "（二）主动服务。每月下社区四次。\n"
)


def test_the_materials_own_title_under_a_shared_files_name_is_the_title(packs):
    o = _parse(LIBRARY, packs)
    assert o.title == "城南街道党工委委员2024年度组织生活会个人对照检查材料"
    # a file name with no title of the material's own under it stays the title
    alone = _parse(LIBRARY.replace("城南街道党工委委员2024年度组织生活会个人对照检查材料\n", ""), packs)
    assert alone.title == "组织生活会个人发言材料（街道干部）"


# a cover page: the unit, the meeting and the document's name spaced letter by letter on three lines;
# a scanned copy with an archive stamp above a title broken after the unit
COVER = (
    "中共东湖区审计局党组领导班子\n"
    "2024年度民主生活会\n"
    "对 照 检 查 材 料\n"
    "二〇二五年一月\n"
    "按照区委的部署，局党组认真开展会前准备，现将对照检查情况报告如下。\n"
    "一、存在的问题\n"
    "（一）在学习方面。学得不够深。\n"
    "（二）在作风方面。调研不够实。\n"
    "二、整改措施\n"
    "（一）深化学习。每月研讨一次。\n"
    "（二）改进作风。每季度蹲点调研。\n"
)


def test_a_title_on_three_cover_lines_spaced_out_is_one_title(packs):
    o = _parse(COVER, packs)
    assert o.title == "中共东湖区审计局党组领导班子2024年度民主生活会对照检查材料"


def test_an_archive_stamp_above_a_broken_title_is_no_part_of_it(packs):
    stamped = COVER.replace(
        "中共东湖区审计局党组领导班子\n2024年度民主生活会\n对 照 检 查 材 料\n",
        "东湖区审计局办公室 扫描存档\n中共东湖区审计局党组 领导班子\n2024 年度民主生活会对照检查材料\n",
    )
    o = _parse(stamped, packs)
    assert o.title == "中共东湖区审计局党组领导班子2024年度民主生活会对照检查材料"


# causes as short heading lines with no number, each over its paragraph; a part reporting how the
# rectification of an inspection's findings goes on
HEADLINES = (
    "某市水务集团党委领导班子巡察整改专题民主生活会对照检查材料\n"
    "按照市委巡察办的通知要求，集团党委认真开展会前准备，现将有关情况报告如下。\n"
    "一、巡察反馈问题整改进展\n"
    "反馈的问题已细化为若干项任务，大部分已经完成，其余正按计划推进。\n"
    "二、存在的问题\n"
    "（一）供水保障的主责履行不够到位。管网漏损率仍然偏高。\n"
    "（二）安全生产的责任传导不够有力。基层站点检查流于形式。\n"
    "三、问题产生的原因\n"
    "宗旨意识树得不牢\n"
    "对供水是民生工程的认识不深，考虑经营指标多，考虑群众感受少。\n"
    "责任链条压得不紧\n"
    "集团党委对下属企业督促检查不够，责任层层递减。\n"
    "四、整改措施\n"
    "（一）压实供水保障责任。年内完成老旧管网改造。\n"
    "（二）织密安全责任网络。每月对基层站点抽查一次。\n"
)


def test_short_heading_lines_each_over_a_paragraph_head_the_items(packs):
    o = _parse(HEADLINES, packs)
    assert [s.kind for s in o.sections] == ["other", "problems", "causes", "measures"]
    assert _items(o)[2] == ["宗旨意识树得不牢", "责任链条压得不紧"]


def test_paragraphs_without_heading_lines_stay_paragraph_items(packs):
    plain = HEADLINES.replace("宗旨意识树得不牢\n", "").replace("责任链条压得不紧\n", "")
    o = _parse(plain, packs)
    assert all(i.heading not in ("宗旨意识树得不牢", "责任链条压得不紧") for i in o.sections[2].items)
    assert o.sections[0].kind == "other"


# a WeChat article: a bar before each part heading, a blank line between paragraphs, a list of other
# articles after the end mark
WECHAT = (
    "2024年度组织生活会党员个人对照检查材料\n\n"
    "原创 学习小站 2025年01月06日 08:00\n\n"
    "按照支部要求，本人认真查摆问题，现对照检查如下。\n\n"
    "▍一、存在的问题\n\n"
    "（一）学习不够深入。读原著少。\n\n"
    "（二）作风不够扎实。下基层少。\n\n"
    "▍二、原因分析\n\n"
    "（一）思想上有所放松。\n\n"
    "（二）标准上有所降低。\n\n"
    "▍三、整改措施\n\n"
    "（一）每周自学两次。\n\n"
    "（二）每月下基层三天。\n\n"
    "-END-\n\n"
    "往期推荐\n\n"
    "组织生活会批评意见清单50条\n\n"
)


def test_a_bar_before_a_part_heading_is_no_part_of_its_label(packs):
    from mingjing.parse.labels import match_label

    label = match_label("▍二、原因分析")
    assert label is not None and label.rank == 1 and label.value == 2
    o = _parse(WECHAT, packs)
    assert [(s.kind, s.heading) for s in o.sections] == [
        ("problems", "存在的问题"),
        ("causes", "原因分析"),
        ("measures", "整改措施"),
    ]


def test_an_articles_end_mark_ends_its_last_part(packs):
    o = _parse(WECHAT, packs)
    last = o.sections[-1]
    assert "往期推荐" not in o.document.text[last.start : last.end]
    assert o.document.text[last.start : last.end].rstrip().endswith("每月下基层三天。")


# a rectification plan on a document site (its date and length under the title): its title names a 整改方案 (and says 查摆问题); its parts are the plan's own
PLAN = (
    "县林业局党组2025年度民主生活会查摆问题整改方案\n"
    "时间：2026-01-05\n"
    "字数：1800字\n"
    "为抓好民主生活会查摆问题的整改落实，特制定本方案。\n"
    "一、指导思想\n"
    "以党的创新理论为指导，坚持问题导向，真改实改。\n"
    "二、整改目标\n"
    "（一）理论武装取得新成效。学习制度全面落实。\n"
    "（二）工作作风实现新转变。调研走访形成常态。\n"
)


def test_a_rectification_plans_title_is_the_title_not_a_problems_part(packs):
    o = _parse(PLAN, packs)
    assert o.title == "县林业局党组2025年度民主生活会查摆问题整改方案"
    assert [s.heading for s in o.sections] == ["指导思想", "整改目标"]


# scraps of a material: problems, then a sentence announcing the causes over `一是` lines
CAUSES_LEAD = (
    "服务群众的意识不强。接待来访群众有时不够耐心，解释政策不够细致。\n"
    "业务能力不足，处理复杂问题办法不多。出现业务能力不足的问题，主要有以下几个原因。\n"
    "一是学习抓得不紧，满足于已有经验。\n"
    "二是实践锻炼不够，遇到难题习惯绕着走。\n"
    "三是自我要求不高，有得过且过的想法。\n"
)


def test_yi_shi_lines_under_a_sentence_announcing_causes_are_causes(packs):
    o = _parse(CAUSES_LEAD, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes"]
    assert len([i for i in o.sections[1].items if i.heading]) == 3


# a report page: a paragraph saying problems remain, then paragraphs each opening with a short
# sentence that names one problem, no label anywhere
SHORT_OPENINGS = (
    "同时也要看到，对照新时代党的建设总要求，一些基层党组织和党员还存在不少短板，问题还比较突出。\n"
    "组织生活松散。有的支部三会一课时开时停，主题党日变成了普通的工作会议。\n"
    "纪律观念淡薄。有的党员对组织的要求打折扣，请假外出不按规定报告。\n"
    "作用发挥不够。有的党员混同于一般群众，关键时刻站不出来、顶不上去。\n"
)


def test_paragraphs_opening_with_a_short_problem_sentence_after_a_lead_are_problems(packs):
    o = _parse(SHORT_OPENINGS, packs)
    assert [s.kind for s in o.sections] == ["problems"]
    assert _items(o) == [["组织生活松散", "纪律观念淡薄", "作用发挥不够"]]


def test_paragraphs_opening_with_long_sentences_are_no_problems_list(packs):
    long_openings = SHORT_OPENINGS.replace(
        "组织生活松散。", "组织生活松散的情况在个别支部时有发生并且影响较大。"
    )
    o = _parse(long_openings, packs)
    assert "组织生活松散" not in [h for hs in _items(o) for h in hs]


# an essay-like page: a headline with its subtitle after a colon, a text table without outer bars
# under the problems heading, a paragraph under the table, and a closing `结语` with no number
ESSAY = (
    "基层治理与作风建设:从问题到行动\n"
    "在推进基层治理的过程中，作风建设始终是绕不开的课题，本文结合走访所见谈几点认识。\n"
    "一、认清形势任务\n"
    "基层工作千头万绪，群众的期待越来越高，对干部作风提出了新的要求。\n"
    "二、查摆突出问题\n"
    "问题 | 表现 | 备注 |\n"
    "---|---|---|\n"
    "服务意识淡化 | 办事推诿，群众跑多次 | |\n"
    "担当精神不足 | 遇到矛盾绕着走 | |\n"
    "走访中还发现，个别干部对群众反映的问题记录不全，跟踪不够。\n"
    "三、剖析思想根源\n"
    "根子在于宗旨意识有所淡化，把为民服务当成了额外负担。\n"
    "结语\n"
    "作风建设永远在路上，唯有常抓不懈，才能赢得群众信任。\n"
)


def test_a_headline_with_a_subtitle_after_a_colon_is_the_title(packs):
    assert _parse(ESSAY, packs).title == "基层治理与作风建设:从问题到行动"


def test_a_text_tables_rows_without_outer_bars_are_the_items(packs):
    o = _parse(ESSAY, packs)
    problems = next(s for s in o.sections if s.kind == "problems")
    assert [i.heading for i in problems.items] == ["服务意识淡化", "担当精神不足"]


def test_a_closing_line_of_its_own_is_a_closing_part(packs):
    o = _parse(ESSAY, packs)
    assert (o.sections[-1].kind, o.sections[-1].heading) == ("other", "结语")
    assert o.sections[-2].kind == "causes"


# a document library's viewer page: the site's blurb sentence, then the viewer's chunks `1、` `2、`, the
# first holding the title run into the first sentence, the second cutting a sentence after its `、`
VIEWER = (
    "《社区干部作风问题调研报告.docx》由会员分享，可在线阅读，更多相关文档请在本站搜索。\n"
    "1、社区干部作风问题调研报告 近期我们对全区社区干部作风情况开展了专题调研，走访了多个社区，"
    "听取了居民和驻区单位的意见，现将情况报告如下。 一、存在问题 调研发现，社区干部队伍总体是好的，"
    "但个别干部在服务居民中存在门难进、脸难看、事难办、\n"
    "2、、推诿扯皮等现象，居民意见较大。归纳起来主要有以下几个方面的问题：一是服务意识不强。"
    "对居民诉求回应慢。二是业务能力不足。对新政策掌握不准。三是工作作风不实。入户走访流于形式。\n"
)


def test_a_viewer_pages_title_after_the_sites_blurb_and_a_cut_chunk_make_no_item(packs):
    o = _parse(VIEWER, packs)
    assert o.title == "社区干部作风问题调研报告"
    problems = next(s for s in o.sections if s.kind == "problems")
    assert not any(i.heading.startswith("、") for i in problems.items)


# a page that opens inside a causes part: `（二）` `（三）` `（四）` each stating a cause at length
CUT_CAUSES = (
    "（二）遇事不敢拍板、习惯层层请示的原因是怕担责任。总担心决策失误被追责，宁可慢一点也不愿冒风险。\n"
    "（三）服务群众不够主动的原因在于宗旨意识淡化：一是下基层少了；二是和群众的感情淡了。\n"
    "（四）工作标准不高、满足于过得去的根源在于进取心减退。觉得按部就班就行，缺少争先的劲头。\n"
)


def test_numbered_statements_all_of_causes_are_items_of_one_cut_part(packs):
    o = _parse(CUT_CAUSES, packs)
    assert [s.kind for s in o.sections] == ["causes"]
    assert len(o.sections[0].items) == 3


def test_short_numbered_part_names_stay_parts(packs):
    parts = "（一）存在的问题\n服务群众不够主动。\n（二）原因分析\n宗旨意识淡化。\n（三）整改措施\n每月下基层两次。\n"
    o = _parse(parts, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]


def test_the_end_of_a_word_alone_on_the_next_line_joins_its_line(packs):
    text = (
        "一、存在的问题\n"
        "1、对新业务新知识的学习不够主动,钻研精神减\n"
        "弱。\n"
        "2、联系群众不够紧密。下基层的次数偏少。\n"
        "二、整改措施\n"
        "1、每月学习一项新业务。\n"
    )
    o = _parse(text, packs)
    assert [i.heading for i in o.sections[0].items] == [
        "对新业务新知识的学习不够主动,钻研精神减弱",
        "联系群众不够紧密",
    ]
    # a short line that is a sentence of its own stays a paragraph
    kept = _parse(text.replace("钻研精神减\n弱。", "钻研精神减弱。\n很好。"), packs)
    assert "很好。" in [kept.document.text[p.start : p.end] for p in kept.document.paragraphs]


# a speech page that left its opening out: the site's note, the last problem (`最后是…`), then the
# causes part with a paragraph of reflection over its only `一是` point (the page cut after it)
ELIDED = (
    "分管副局长在专项检查通报后的表态发言\n"
    "……(开头部分已省略800字)\n"
    "最后是窗口服务效率偏低的问题。通报指出，企业办一件事平均要跑三趟，群众意见较大。\n"
    "二、深挖问题根源，找准症结所在\n"
    "这几天我反复对照检查，问自己：为什么年初定的目标没有落实？为什么群众反映的问题迟迟没有解决？"
    "根子还在自己身上，必须刀刃向内。\n"
    "一是服务意识淡化，缺乏换位思考。我习惯于按程序办事，很少站在企业角度想问题。\n"
)


def test_a_last_problem_after_an_elision_note_is_the_cut_problems_part(packs):
    o = _parse(ELIDED, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes"]


def test_a_reflection_over_a_lone_yi_shi_point_is_the_parts_text(packs):
    o = _parse(ELIDED, packs)
    causes = o.sections[-1]
    assert [i.heading for i in causes.items] == ["服务意识淡化，缺乏换位思考"]
