"""Shapes of round r11's second helpers (parse11b): the blind sets 18/19 and the judges' r11 pages read
by their general causes, each pinned in a text of this project's own words."""

from mingjing.parse import parse_document
from mingjing.read import read_bytes


def _parse(text: str, packs):
    return parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)


def _items(outline):
    return [[i.heading for i in s.items if i.heading] for s in outline.sections]


def _points(outline, part: int):
    return [[p.label for p in i.points if p.label] for i in outline.sections[part].items if i.heading]


# a word processor's list style sets a `●` before each item's one paragraph: no series of one; the
# `一是…二是…` run inline in it are the points
WORD_BULLET_PARAGRAPHS = (
    "某区档案馆党支部2024年度组织生活会对照检查材料\n"
    "一、存在的问题\n"
    "1.1\t理论学习方面\n"
    "●\t一是读原著不够多，常以听辅导代替自学。二是学用结合不紧，整理档案时想不到用新理论指导。\n"
    "1.2\t服务群众方面\n"
    "●\t一是查档窗口周末不开放，上班族查档不便。二是线上查档回复偏慢，有的申请三天才答复。"
    "三是对老年人代办服务宣传不够。\n"
    "一、问题产生的原因\n"
    "1.1\t学习自觉不够\n"
    "●\t把学习当成任务，满足于完成规定篇目，没有养成每天自学的习惯。\n"
    "1.2\t服务意识不强\n"
    "●\t习惯按部就班，站在查档群众角度想问题少。\n"
    "一、整改措施\n"
    "1.1\t坚持自学\n"
    "●\t每天自学半小时，每月交一篇读书笔记。\n"
    "1.2\t改进查档服务\n"
    "●\t周六上午开放查档窗口，线上申请一个工作日内答复。\n"
)


def test_a_lone_bullet_before_an_items_paragraph_is_no_point(packs):
    o = _parse(WORD_BULLET_PARAGRAPHS, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert _items(o)[0] == ["理论学习方面", "服务群众方面"]
    assert _points(o, 0) == [["一是", "二是"], ["一是", "二是", "三是"]]
    assert _points(o, 1) == [[], []]


# bullets that do run a series under one item stay its points
BULLET_SERIES = (
    "某街道社区党委2024年度组织生活会对照检查材料\n"
    "一、存在的问题\n"
    "（一）联系群众方面\n"
    "●入户走访不够经常，一年只走访了二十来户。\n"
    "●对居民反映的问题跟踪不够，有的答复后就没有下文。\n"
    "二、问题产生的原因\n"
    "宗旨意识有所淡化，满足于坐在办公室里处理事务。\n"
    "三、整改措施\n"
    "（一）每月走访居民不少于十户，问题建立台账逐件销号。\n"
)


def test_bullets_that_run_a_series_stay_points(packs):
    o = _parse(BULLET_SERIES, packs)
    assert _points(o, 0) == [["●", "●"]]


# a merged part whose item headings each state a cause and then turn to what must be done after a
# comma: its items head measures
CAUSE_THEN_MEASURE_HEADINGS = (
    "某县图书馆领导班子2024年度民主生活会对照检查材料\n"
    "一、存在的问题\n"
    "（一）理论学习方面。集体学习多是读文件，研讨发言准备不足。\n"
    "（二）服务读者方面。乡镇分馆图书更新慢，借阅量逐年下降。\n"
    "二、原因分析及整改措施\n"
    "（一）学习自觉不够是主要原因，必须把学习摆在首位。每月安排一次专题研讨，发言提前一周准备。\n"
    "（二）服务意识淡化是深层根源，要把读者需求放在心上。每季度给乡镇分馆更新图书不少于五百册。\n"
)


def test_item_headings_that_turn_from_cause_to_measure_make_a_merged_part_measures(packs):
    o = _parse(CAUSE_THEN_MEASURE_HEADINGS, packs)
    assert [s.kind for s in o.sections] == ["problems", "measures"]


# a causes part whose `一是…四是` run in one paragraph and go on with `五是` in the next: one series of
# the part's own text, no items
SERIES_OVER_PARAGRAPHS = (
    "某区气象局机关党员党纪学习教育专题组织生活会个人对照检查材料\n"
    "一、存在的问题\n"
    "（一）政治纪律方面。学习条例只读条文，没有联系预报服务的实际。\n"
    "（二）工作纪律方面。值班交接记录有时不完整。\n"
    "二、产生问题的原因\n"
    "一是学习浮于表面，满足于读过了。二是纪律观念淡薄，觉得小节无碍。三是宗旨意识弱化，"
    "对农户用天气预报的难处想得少。\n"
    "四是自律放松。对自己的要求一年比一年低，没有经常对照检查。\n"
    "归根到底，还是思想上放松了改造。\n"
    "三、整改措施\n"
    "（一）逐章学习条例，每月写一篇体会。\n"
    "（二）严格值班交接，交接记录当班签字。\n"
)


def test_a_series_carried_on_into_the_next_paragraph_is_the_parts_points(packs):
    o = _parse(SERIES_OVER_PARAGRAPHS, packs)
    causes = o.sections[1]
    assert causes.kind == "causes"
    assert [i.heading for i in causes.items if i.heading] == []
    assert [p.label for i in causes.items for p in i.points if p.label] == ["一是", "二是", "三是", "四是"]


# a paragraph per item, each opening its own `一是` series anew, keeps its items
ITEMS_WITH_OWN_SERIES = (
    "某区气象局机关党员2024年度组织生活会个人对照检查材料\n"
    "一、存在的问题\n"
    "一是理论学习不够深入。一是读原著少，二是研讨发言准备不足。\n"
    "二是服务群众不够主动。一是下乡少，二是对农户的需求了解不细。\n"
    "二、整改措施\n"
    "（一）每月读一本原著。\n"
)


def test_items_each_with_their_own_series_stay_items(packs):
    o = _parse(ITEMS_WITH_OWN_SERIES, packs)
    assert _items(o)[0] == ["理论学习不够深入", "服务群众不够主动"]


def _wrapped(text: str, width: int = 26) -> str:
    """A printed page's lines: every paragraph broken at `width` characters."""
    lines = []
    for para in text.split("\n"):
        lines += [para[k : k + width] for k in range(0, len(para), width)] or [""]
    return "\n".join(lines)


# a printed page's number (`— 2 —`) copied inside a sentence broken by the page: read past, the
# sentence whole again; and `二 是` with a scan's space inside it still counts in the series
PAGE_NUMBER_INSIDE = _wrapped(
    "某村党支部委员会2024年度组织生活会对照检查材料\n"
    "一、存在的问题\n"
    "（一）组织生活方面\n"
    "一是主题党日有时因农忙推迟召开，个别党员多次请假，支部没有及时提醒谈话。二 是发展党员"
    "工作推进不力，三年只发展了一名党员，党员年龄普遍偏大。三是流动党员管理不到位，外出务工"
    "党员的联系方式多年没有更新，组织关系转接不及时。\n"
    "二、整改措施\n"
    "（一）主题党日按月召开，确因农忙调整的当月补开，请假党员由支委逐个谈话提醒，谈话情况记入"
    "支部工作台账，年底逐项对账销号。\n"
    "（二）每年确定两名入党积极分子重点培养，支委分工联系，优先从返乡创业青年和村医、教师中"
    "物色人选，让党员队伍年龄结构逐步改善。\n"
).replace("管理\n不到位", "管理\n\n— 2 —\n\n不到位", 1)


def test_a_page_number_inside_a_broken_sentence_is_read_past(packs):
    assert "— 2 —" in PAGE_NUMBER_INSIDE
    o = _parse(PAGE_NUMBER_INSIDE, packs)
    points = o.sections[0].items[0].points
    assert [p.label for p in points] == ["一是", "二是", "三是"]
    assert "流动党员管理不到位" in points[2].text
    assert "— 2 —" not in o.sections[0].items[0].points[2].text


# a mirror site's traditional page: the member's line over the title's year line is one title, as in
# simplified characters
TRADITIONAL_TWO_LINE_TITLE = (
    "濱河街道黨工委第二黨支部黨員許麗華\n"
    "2024年度組織生活會個人對照檢查材料\n"
    "按照街道黨工委的通知要求，我認真學習，廣泛聽取意見，現將個人對照檢查情況報告如下。\n"
    "一、存在的問題\n"
    "（一）理論學習不夠系統。學習多靠集中學習，自學時間少。\n"
    "（二）聯繫群眾不夠緊密。走訪居民多在節日前後。\n"
    "二、整改措施\n"
    "（一）每天自學半小時，每月寫一篇學習體會。\n"
)


def test_a_traditional_title_over_two_lines_is_one_title(packs):
    o = _parse(TRADITIONAL_TWO_LINE_TITLE, packs)
    assert o.title == "濱河街道黨工委第二黨支部黨員許麗華2024年度組織生活會個人對照檢查材料"


# a forum thread's tagged title over the material's own, whose subject stands on the line above it
THREAD_OWN_TITLE_TWO_LINES = (
    "[分享] 组织生活会个人对照检查材料（医院护士，供参考）\n"
    "楼主 白衣执甲 发表于 2024-12-01\n"
    "按单位要求写的，已改过名字，大家参考。\n"
    "市第二人民医院内科护理党支部党员\n"
    "2024年度组织生活会个人对照检查材料\n"
    "按照支部通知要求，我对照党章党规认真查找了差距，现报告如下。\n"
    "一、存在的问题\n"
    "（一）学习不够经常。排班紧时常把自学放下。\n"
    "（二）服务不够细致。对病人的疑问有时解释不耐心。\n"
    "二、整改措施\n"
    "（一）每周自学两次，每次不少于半小时。\n"
)


def test_a_threads_own_title_takes_its_subject_line_above(packs):
    o = _parse(THREAD_OWN_TITLE_TWO_LINES, packs)
    assert o.title == "市第二人民医院内科护理党支部党员2024年度组织生活会个人对照检查材料"


# a scanned title whose second line is spaced out letter by letter under its meeting's line
SPACED_OUT_TITLE_LINE = (
    "内部资料 注意保存\n"
    "\n"
    "专题组织生活会\n"
    "个 人 对 照 检 查 材 料\n"
    "\n"
    "区水利局机关第一党支部 陈建平\n"
    "按照支部通知要求，我认真学习，查找了自身差距，现汇报如下。\n"
    "一、存在的问题\n"
    "（一）学习不够深入。读原文少，听辅导多。\n"
    "（二）下基层不够经常。一年只去了三次灌区。\n"
    "二、整改措施\n"
    "（一）每月读一本原著。\n"
)


def test_a_title_line_spaced_out_letter_by_letter_joins_the_line_above(packs):
    o = _parse(SPACED_OUT_TITLE_LINE, packs)
    assert o.title == "专题组织生活会个人对照检查材料"


# a list of problems each with its measure, the same field names in turn and no heading: one problems
# part from its first line, never a measures part per `整改措施：`
FIELD_PAIRS = (
    "问题表现：值班交接记录有时不完整，夜班发现的异常没有写进交接本。\n"
    "整改措施：交接本逐项签字，异常情况当班写明处理结果。\n"
    "问题表现：对新上岗人员的带教不够系统，主要靠跟班看。\n"
    "整改措施：编写岗位操作要点，每名新人指定一名师傅带教三个月。\n"
    "问题表现：设备巡检有走过场现象，记录多是照抄上次。\n"
    "整改措施：巡检拍照上传，班组长每周抽查一次记录。\n"
)


def test_field_names_in_turn_are_no_part_headings(packs):
    o = _parse(FIELD_PAIRS, packs)
    assert [s.kind for s in o.sections] == ["problems"]
    assert o.sections[0].start == 0


# a document site's copy: the title written twice on one line, then a few long chunks numbered by the
# viewer, each cut mid-sentence; a part's heading line joined with spaces on both sides inside a chunk,
# and its first item after a sentence's end in the next chunk
SITE_CHUNKS = (
    "1、2023年度社区党支部开展民主评议党员工作情况的汇报2023年度社区党支部开展民主评议党员工作情况的汇报 "
    "按照街道党工委的统一部署，社区党支部认真组织开展了民主评议党员工作，现将有关情况汇报如下: "
    "一、会前准备扎实 支部委员会提前一个月研究制定工作方案，明确时间安排和各环节要求，向全体党员"
    "发出通知，并通过走访、电话等方式通知到每一名流动党员和年老体弱党员，确保应到尽到。支委分头与"
    "党员谈心谈话，了解思想状况，听取对支部工作的意见建议，共收集意见十二条，逐条梳理后向党员反馈，为\n"
    "2、开好会议打下了基础。 (一)认真组织学习,统一思想认识。支部集中学习了党章和有关文件，党员结合"
    "岗位谈认识谈体会，大家普遍认为这次评议是一次很好的党性教育，进一步增强了做合格党员的自觉性，"
    "也对照标准找到了自身的差距和不足，明确了今后努力的方向和具体的改进措施，效果比较明显，党员\n"
    "3、反映良好。支部还组织党员观看了警示教育片，开展了讨论交流。\n"
)


def test_a_heading_joined_with_spaces_inside_a_viewers_chunk_is_a_part(packs):
    o = _parse(SITE_CHUNKS, packs)
    assert o.title == "2023年度社区党支部开展民主评议党员工作情况的汇报"
    assert [s.heading for s in o.sections] == ["会前准备扎实"]
    assert _items(o) == [["认真组织学习,统一思想认识"]]


# a page of several pieces: the piece's tag before its title, after the page's own words; a site's
# greeting and menu above it are never the title
PIECE_TAGGED_TITLE = (
    "欢迎来到本站范文平台!\n"
    "心得体会 工作总结 工作计划 述职报告 事迹材料\n"
    "关于作风方面存在的问题及整改措施范文三篇 第一篇:作风方面存在的问题及整改措施\n"
    "一、基本情况\n"
    "单位现有干部职工四十人，全年开展作风教育六次，群众满意度稳步提升。\n"
    "二、存在的问题\n"
    "（一）调研不够深入。到基层调研多是听汇报，直接听取群众意见少。\n"
)


def test_a_pieces_tag_heads_its_title_and_a_sites_menu_is_none(packs):
    o = _parse(PIECE_TAGGED_TITLE, packs)
    assert o.title == "作风方面存在的问题及整改措施"
    o = _parse("第2篇: 2024年个人作风建设自查报告\n" + PIECE_TAGGED_TITLE.split("\n", 3)[3], packs)
    assert o.title == "2024年个人作风建设自查报告"


# a party lesson cut after its first part: its heading joins two clauses on a line of its own, its text
# runs `一是…二是…` inline; nothing names a part, the line is a part of its own
LESSON_FIRST_PART = (
    "支部书记讲党课:锤炼过硬作风 当好服务群众的排头兵\n"
    "一、始终把群众装在心里,着力解决服务意识淡化的问题\n"
    "服务群众是党员的本分。一是要常下基层，面对面听取群众的意见；二是要把群众的小事当大事，"
    "件件有回音；三是要经常对照检查，看看自己离群众是近了还是远了。\n"
)


def test_a_lessons_heading_of_two_clauses_on_its_own_line_is_a_part(packs):
    o = _parse(LESSON_FIRST_PART, packs)
    assert [s.heading for s in o.sections] == ["始终把群众装在心里,着力解决服务意识淡化的问题"]


# a page cut above its `一、存在的问题`: its `1.1 …方面` items, numbered again under `一、问题产生的原因`,
# stand under the parts — the problems found by position, the causes' items their own `1.1` lines
CUT_ABOVE_DECIMAL_ITEMS = (
    "某水厂党支部2023年度组织生活会对照检查材料\n"
    "1.1\t理论学习方面\n"
    "●\t一是学习不够系统，常以读文件代替读原著。二是学用脱节，研究制水工艺时想不到用理论指导。\n"
    "1.2\t服务群众方面\n"
    "●\t一是报修响应偏慢。二是停水通知不够及时，居民意见较大。\n"
    "一、问题产生的原因\n"
    "1.1\t学习自觉不够\n"
    "●\t满足于完成规定篇目，没有养成自学的习惯。\n"
    "1.2\t服务意识淡化\n"
    "●\t习惯按部就班，站在居民角度想问题少。\n"
    "一、整改措施\n"
    "1.1\t坚持每天自学\n"
    "●\t每天自学半小时，每月交一篇笔记。\n"
)


def test_decimal_items_on_a_page_cut_above_its_problems_heading_stay_items(packs):
    o = _parse(CUT_ABOVE_DECIMAL_ITEMS, packs)
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]
    assert _items(o)[:2] == [["理论学习方面", "服务群众方面"], ["学习自觉不够", "服务意识淡化"]]
