"""A101 judged measure by measure (rules/measure_units.py): an aspect is answered when one measure
takes it up, not when the part as a whole shares a few of its words by chance; aspect headings the
framework does not list; words that tie a measure to no problem (坚决, 责任人). Materials written for
these tests."""

from mingjing.rules.context import ReviewOptions
from mingjing.rules.correspondence import _buried, bigrams
from mingjing.rules.examples import example_outline
from mingjing.rules.review import review_outline

HEAD = """刘清和同志党纪学习教育专题组织生活会个人发言材料
按照机关党委的安排，我逐章学习了《中国共产党纪律处分条例》，听取了科室同事和服务对象的意见8条，对照六项纪律查找了问题。
一、存在的问题
（一）政治纪律方面。一是理论学习跟得不紧，2024年上半年中心组学习我请假2次，事后没有补学。二是对网上转发的不实消息辨别不够，曾在科室工作群里转发过一条未经核实的政策解读。
（二）组织纪律方面。一是请示报告不够及时，今年6月外出参加行业会议，出发前没有向主要领导书面报告。二是参加支部“三会一课”有3次迟到。
（三）廉洁纪律方面。一是对药品耗材供应商的接触把关不严，今年春节前收下过一家配送企业送来的两箱水果。二是对科室小金库风险认识不足，科室结余的讲课费曾放在个人账户保管半年。
（四）群众纪律方面。一是对患者投诉回应慢，今年3月一位老人反映挂号难，我一周后才回复。二是门诊高峰期加号不公开，有熟人打招呼就优先安排。
（五）工作纪律方面。一是夜班交接制度执行不严，今年有2次交班记录是事后补写的。二是对新入职医生的带教不够上心，带教笔记多由本人代写。
二、问题产生的原因
一是理想信念有所松懈，把学习当作软任务。二是纪律意识有所淡化，认为小事小节无关紧要。三是宗旨意识有所减弱，对群众的冷暖感受不深。
三、整改措施
"""

ANSWERED = [
    "一是补上理论学习。每月补学中心组学习内容1次，转发涉及政策的消息前先向政策科核实。",
    "二是严格请示报告。外出参加会议一律提前书面报告主要领导，按时参加支部“三会一课”，迟到一次在支部会上说明。",
    "四是改进患者服务。患者投诉当天登记、三天内回复，门诊加号一律在挂号大厅公示。",
    "五是从严落实交接班制度。交班记录当班写完，带教笔记由新入职医生本人书写，每月抽查1次。",
]
CLEAN_HANDS = "三是守牢廉洁底线。与供应商只在院内公开场合接触，一律谢绝礼品；科室结余费用全部上交财务，不在个人账户存放。"
# the 廉洁纪律 measure left out, while the other measures borrow a word or two of its item each (企业,
# 春节, 个人, 保管): the part as a whole shares them, no single measure takes the item up
SCATTERED = [
    ANSWERED[0].replace("核实。", "核实，学习笔记交个人档案保管。"),
    ANSWERED[1].replace("说明。", "说明，春节前后外出同样报告。"),
    ANSWERED[2].replace("公示。", "公示，对企业职工团体体检单独预约。"),
    ANSWERED[3],
]


def review(packs, text):
    return review_outline(example_outline(text, packs), packs, ReviewOptions(select=["A101"]))


def unanswered(packs, text):
    return [f.excerpt for f in review(packs, text).findings]


def material(*measures: str) -> str:
    return HEAD + "\n".join(measures)


def test_every_aspect_taken_up_by_one_measure_is_answered(packs):
    assert unanswered(packs, material(*ANSWERED[:2], CLEAN_HANDS, *ANSWERED[2:])) == []


def test_words_of_an_aspect_scattered_over_measures_for_other_problems_do_not_answer_it(packs):
    assert unanswered(packs, material(*SCATTERED)) == ["廉洁纪律方面"]
    assert unanswered(packs, material(*ANSWERED)) == ["廉洁纪律方面"]


def test_a_measure_headed_by_what_only_one_problem_tells_answers_it(packs):
    """加强学习 under a problem that alone confessed its 学习: the heading names its matter."""
    text = material(
        "一是加强学习。每周自学两个晚上，年内把条例再通读一遍。",
        *ANSWERED[1:2],
        CLEAN_HANDS,
        *ANSWERED[2:],
    )
    assert "政治纪律方面" not in unanswered(packs, text)


def test_measures_as_points_in_one_paragraph_are_judged_one_by_one(packs):
    points = "".join(ANSWERED)
    assert unanswered(packs, material(points)) == ["廉洁纪律方面"]
    assert unanswered(packs, material(points + CLEAN_HANDS.replace("三是", "六是"))) == []


def test_an_aspect_heading_the_framework_does_not_list_must_be_answered_too(packs):
    """An item headed 在……方面 outside the year's framework is judged by its own words."""
    text = HEAD.replace(
        "（五）工作纪律方面。",
        "（五）在科室带教和交接班方面。",
    ) + "\n".join(ANSWERED[:3] + [CLEAN_HANDS])
    assert unanswered(packs, text) == ["在科室带教和交接班方面"]
    assert unanswered(packs, text + "\n" + ANSWERED[3]) == []


def test_a_lead_paragraph_answers_nothing(packs):
    """针对查摆出的问题…逐条建立整改台账 promises nothing to one problem."""
    text = material(
        "针对查摆出的问题，我逐条建立整改台账，对供应商送礼、个人账户保管结余等问题明确完成时限。",
        *ANSWERED,
    )
    assert unanswered(packs, text) == ["廉洁纪律方面"]


def test_words_of_manner_or_of_a_person_tie_a_measure_to_nothing():
    """坚决 says how (坚决防止问题反弹), 责任人 says who: neither answers 坚决扛起管党治党责任."""
    assert "坚决" not in bigrams("坚决防止问题反弹")
    assert "责任" in _buried("明确责任人和完成时限")
    assert "责任" not in _buried("压实管党治党责任，明确责任人")


THEMES = """青河县市场监管局领导班子2025年度民主生活会对照检查材料
按照县委要求，班子围绕“五个带头”，征求意见建议19条，班子成员之间逐一谈心。
一、存在的主要问题
（一）在带头强化政治忠诚、提高政治能力方面。中心组学习多是领读文件，全年专题研讨只有2次；对食品安全领域的风险研判不够敏锐，今年5月校园周边小作坊问题经媒体曝光后才组织排查。
（二）在带头固本培元、增强党性方面。班子成员参加所在支部组织生活不够经常，今年有3次因会议冲突缺席；开展批评时多谈工作建议。
（三）在带头敬畏人民、敬畏组织、敬畏法纪方面。12315投诉热线高峰期接通率不到七成；个别执法人员对小微商户处罚尺度不一，今年有2起处罚决定被复议撤销。
（四）在带头干事创业、担当作为方面。对预制菜生产企业的监管办法不多，抽检覆盖率只有四成；推进“个转企”工作进度落后于全市平均。
（五）在带头坚决扛起管党治党责任方面。落实“一岗双责”偏重业务，与分管股室负责人的廉政谈话多集中在年初；对稽查、抽检等岗位的廉政风险点排查不全。
二、问题产生的原因
一是理论武装不够深入。二是党性锤炼有所放松。三是宗旨意识有所淡化。四是担当精神有所减弱。五是管党治党责任压得不实。
三、整改措施
（一）学思践悟，提升政治能力和党性修养。每月开展1次中心组专题研讨，班子成员每半年在所在支部讲1次党课，按时参加组织生活；对食品安全风险每季度会商1次，对校园周边小作坊开展专项整治。
（二）人民至上，担当作为。2026年3月底前完成投诉热线扩容，高峰期接通率提高到九成；统一行政处罚裁量基准，执法案卷每季度评查1次；制定预制菜生产企业监管清单，年内抽检覆盖率达到八成，“个转企”工作按月调度。
（三）压实管党治党责任。班子成员每季度与分管股室负责人开展1次廉政谈话，年内完成稽查、抽检岗位廉政风险点排查并建立台账。"""


def test_measures_organised_by_themes_answer_every_aspect_they_take_up(packs):
    """Three themed measures for five aspects: each theme answers the items whose matter it takes up."""
    assert unanswered(packs, THEMES) == []
    without = THEMES.replace(
        "2026年3月底前完成投诉热线扩容，高峰期接通率提高到九成；统一行政处罚裁量基准，执法案卷每季度评查1次；",
        "",
    ).replace("（二）人民至上，担当作为。", "（二）担当作为，服务发展。")
    assert unanswered(packs, without) == ["在带头敬畏人民、敬畏组织、敬畏法纪方面"]


# an aspect named "…情况" (组织生活会 2023): its framing word makes no bigram with the name (作用情况 has
# no 用情 to meet a measure's 用心用情), and a pair across 的 (的意 of 的意识) is no word of the item's
ZZSHH_2023 = """孙立平同志2023年度组织生活会个人对照检查材料
按照支部的安排，我学习了党的二十大报告，听取了同事意见6条，对照四个方面查找了问题。
一、存在的问题
（一）学习贯彻习近平新时代中国特色社会主义思想情况。一是学习不够系统，2023年读书笔记只写了3篇。二是联系实际不紧，讨论安全生产时引用原文多、结合班组实际少。
（二）党性修养提高情况。一是组织观念有所淡化，今年支部主题党日我缺席2次。二是批评别人放不开，在支部组织生活会上只提了1条意见。
（三）联系服务群众情况。一是上门服务偏少，今年到包联的3个小区走访只有4次。二是对居民反映的电梯维修问题回复慢，拖了20天才答复。
（四）发挥先锋模范作用情况。一是开拓的意识不强，车间的技改项目我没有主动牵头。二是完成急难任务不够主动，今年8月抢修时我没有第一时间报名。
二、问题产生的原因
一是理论学习的自觉性不够。二是党性锻炼有所放松。三是宗旨意识有所淡化。
三、整改措施
一是系统学习。每月写读书笔记2篇，每季度结合安全生产交流1次。
二是严格组织生活。按时参加主题党日，在组织生活会上对每名支委至少提1条意见。
三是用心用情服务居民。增强上门服务的意识，每月到包联小区走访不少于2次，居民反映的电梯问题3天内完成答复。"""


def test_a_framing_word_and_a_particle_tie_no_measure_to_an_aspect(packs):
    text = review_outline(example_outline(ZZSHH_2023, packs), packs, ReviewOptions(select=["A101"]))
    assert [f.excerpt for f in text.findings] == ["发挥先锋模范作用情况"]
