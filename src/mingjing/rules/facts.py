"""What counts as a fact in a point (一是…) or an example (比如…): a time, a place or unit, a number,
a named event or activity, a document, a person. A point holding none of them is a 表态 without a
事例 — what a reviewer sends back first. The lists were measured on the clean fixtures (see
docs/review-real-text.md): each word is something one can check or picture, never a stock phrase."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from mingjing.rules.specificity import _NOT_FACTS
from mingjing.rules.word_alternations import guarded
from mingjing.yamlnodes import load_data

_NUMBER = (
    # (二十多年, 十余次: an approximate count as much as 20多年)
    r"\d|(?:[二三四五六七八九十两几半百千万]|一[十百千万])[一二三四五六七八九十百千万]*(?:(?<=[十百千万])[多余])?"
    # (六成, 两倍: a share in tenths or a multiple is a figure as much as 60%)
    r"(?:次|趟|遍|回|个|项|名|篇|场|批|件|人|户|天|年|月|周|元|份|条|家|处|起|期|本|届|轮|门|小时|分钟|公里|亩|万|亿|成|倍)|"
    # (not the end of a word: 到位的问题, 事项, 层次, 引起: r20)
    r"(?:[一两]|(?<![到就岗单地部方品学职错缺越定补座床其整这那每某各事专款立层档依主文案软硬引提发兴看挑审]))(?<!个)[个次名位项件起批](?!别)(?=[\u4e00-\u9fff]{0,4}(?:同志|干部|群众|企业|项目|问题|事情|村|社区))|"
    # (not 一年来, 一个月以来: the span under review, which every material covers, no time one could date: r22)
    r"一次|一回|一名|一位|一家|一起|一件|一项|一笔|一批|一场|一天|一周|一个月(?![来以多])|一年(?![来以多])|一本|一篇|一份|一趟|一门|一条(?![心线龙])"
)
_QUOTED = (
    r"“[^”]{2,}”|《[^》]{2,}》|〈[^〉]{2,}〉|‘[^’]{2,}’|"
    # a document or instruction named by its maker and subject (全会关于推进全面依法治国的部署, 总书记关于审计
    # 工作的重要论述): as checkable as a title in 《》
    # (党的二十大关于健全社会保障体系的论述: the congress that made it is its maker too)
    r"(?:全会|中央|党中央|国务院|总书记|省委|市委|县委|区委|上级|[一二]?十[一二三四五六七八九]?大)"
    r"[^，。；]{0,6}关于[^，。；“”]{2,20}的"
    r"(?:重要)?(?:部署|决定|决策部署|决议|意见|通知|规定|方案|论述|讲话|指示|批示)"
)
# a body's own meeting named (院务会, 党组会, 支部组织生活会): an occasion one can check, even in a habit;
# the occasions of Party life are told as often without 会 or as a setting (在支部组织生活中, 在党小组学习时,
# 在主题党日活动中): one's own occasion and what one did there is a fact (r21)
_MEETING = (
    r"院务会|办公会|常委会|支委会|党组会|党委会|班子会|支部大会|党员大会|职代会|"
    r"在[\u4e00-\u9fff]{0,6}(?:组织生活会?|民主生活会|党小组(?:会|学习|活动)|主题党日(?:活动)?|民主评议党员)"
    r"(?:上|中|时)"
)
_TIME = (
    r"今年|去年|前年|上半年|下半年|年初|年中|年底|年末|春节|国庆|中秋|元旦|汛期|节假日|节前|节后|逢年过节|"
    # (协会党支部成立以来: the founding of a named body, a date one can look up: r25)
    r"有一?段时间(?!以来)|周末|凌晨|深夜|中午|午间|晚上|担任[\u4e00-\u9fff]{1,8}?以来|夜间|夜班|白班|早班|交班|下班后|上班时|休息时间|业余时间|八小时以外|工作之余|任职以来|到任以来|履职以来|入职以来|(?:成立|组建|挂牌)以来|调任|那段时间|当时|当天|第二天|"
    r"疫情|台风|暴雨|寒潮|换届|开学|期末|高考|中考|本学年|上学年|本学期|上学期|下学期|新学期|寒假|暑假|"
    # a named period or the moment of an event: 主题教育期间, 春耕期间, 公示前, 验收后
    r"[\u4e00-\u9fff]{2,6}期间|(?:公示|评审|换届|选举|复试|招生|开学|放假|验收|考核|审计|巡察|评估)(?:前|后|时|期间)|"
    # a year's own occasion (在年度考核中, 年终述职时) and a named campaign's (开展警示教育时, 组织专项检查时)
    r"(?:年度|年终|年中)(?:考核|考评|述职|总结|测评|评议)|"
    # a body deciding a matter of its year (讨论年度展览计划时, 研究年度评先推优等事项时): an agenda one can look up
    r"(?:研究|讨论|审议|确定|制定|酝酿|商定)(?:年度|年终|全年|季度|下年度)[^，。；]{2,24}?(?:时|期间|过程中)|"
    r"(?:开展|组织)[\u4e00-\u9fff]{0,4}(?:警示教育|专项检查|专项整治|主题党日|集中学习|廉政谈话)时|"
    # a body's named meeting deciding a matter (支委会研究发展党员时, 院务会讨论设备采购时): an agenda one can look up,
    # whoever the point's agent is (r20)
    rf"(?=[院办常支党班职在])(?:{_MEETING})(?:研究|讨论|审议|决定)[^，。；]{{2,16}}?(?:时|期间|过程中)"
)
# Each place of a name ending in a place word (青石县, 园林局) is first checked by a lookahead that the
# branch implies (the run, then one of its last characters): at most places of a text it fails at once,
# where the branch itself tried its alternatives after every length of the run (E101: 2.3 times quicker
# over a material's points, the same matches)
_PLACE = (
    r"(?=[\u4e00-\u9fff]{2,8}[省市县镇乡村])"
    r"[\u4e00-\u9fff]{2,8}(?:省|市(?!场)|(?<![区市])县|镇|(?<![下回返城家老异])乡|(?<![进驻回农乡])村(?!民))|社区|园区|小区|片区|辖区|城区|景区|街道|工厂|医院|学校|"
    r"公司|集团|科室|股室|病房|窗口|大厅|工地|车间|门店|码头|网格|(?<!为)中心|基层一线|现场|办公室|会议室|"
    r"(?:农贸|批发|集贸|菜)市场|商场|超市|广场|公园|水库|大坝|渡口|收费站|服务区|"
    r"食堂|家里|家中|老家|派驻[\u4e00-\u9fff]{2,6}组|教研室|实验室|工作群|微信群|群里|朋友圈|"
    # (its last word after a name: 污水处理厂, 实验小学; tried only where such a word stands)
    # (not 在干中学, 出厂: the character before belongs to a name: 处理厂, 实验小学, 第一中学, 城关镇卫生院)
    r"(?=[厂小中幼卫敬养])(?:(?<=[理电水砖钢纸糖酒药机化纺织铁气料泥煤肥])厂|"
    r"(?<=[一二三四五六七八九十验区县镇乡村城东西南北心属望光明路街])(?:小学|中学)|"
    r"(?<=[\u4e00-\u9fff])(?:幼儿园|卫生院|敬老院|养老院))(?![长家商房区])|"
    r"(?=[\u4e00-\u9fff]{2,6}[局委办站所队院馆厅部][，。、；的和与])"
    r"[\u4e00-\u9fff]{2,6}(?:(?<![大全格布结当时开变骗饭棋僵困残战政新乱危败])局|委|(?<![交督承主协包代举查催创兴开经转领来去要难好想帮])办|站|所|队|院|馆|厅|(?<!干)部)"
    r"(?=[，。、；的和与])"
)  # 领导交办的任务, 群众来办的事项 are no 办 (an office): 办 the verb (r24)
# the commonest surnames: a person named or his name withheld (王某) (r20)
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# someone named by surname, the name withheld (副院长王某, 张某某) or by post and name (主任李明): never a class (r20)
_NAMED = (
    rf"[{_SURNAMES}]某某?(?![些种个项一类次时地处件])|"
    r"(?=[主科局书院校所站队股经组村处部会出])"
    rf"(?:主任|科长|局长|书记|院长|校长|所长|站长|队长|股长|经理|组长|村长|处长|部长|会计|出纳)[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?"
    r"(?=[，。、；的在因对反等和与同报工被没未不]|$)"
)
_PERSON = (
    r"爱人|妻子|丈夫|孩子|子女|儿子|女儿|父母|父亲|母亲|家人|家属|亲属|亲戚|朋友|同学|老乡|战友|司机|秘书|教职工|研究生|"
    r"身边工作人员|班子成员|负责人|分管领导|主要领导|上级领导|[\u4e00-\u9fff]{1,3}同志(?<!(?:有的|个别|身边|其他|部分|少数|一些|有些|广大|别的|相关|先进|优秀|年轻|青年|年青|机关|基层|普通)同志)|"
    r"群众|居民|农户|村民|患者|病人|学生|家长|老人|企业|商户|纳税人|职工|(?<![成人党队])员工|老师|教师|医生|护士|"
    r"服务对象|办事人|来访者|网民|记者|下属|新同志|年轻干部|老同志|同事|[\u4e00-\u9fff]{2,8}领导小组|"
    r"(?:学院|学校|医院|公司|单位|局|处|科|院)领导|"
    # a post after a draft's blank for the name (与××副局长, XX书记: cleaned() reads the blank as 某甲): someone
    # named, the name withheld (r28)
    r"某甲(?=副?[\u4e00-\u9fff]{0,2}(?:长|书记|主任|经理|主席|会计|出纳|委员|老师|医生))|" + _NAMED
)
_EVENT = (
    r"会议|会上|会前|会后|座谈|研讨|调研|检查|考核|巡察|巡视|督查|审计|评估|评议|测评|培训|讲座|党课|活动|"
    r"项目|工程|改革|平台|方案|文件|通知|制度|规定|条例|报告|简报|台账|预算|决算|审批|招标|采购|"
    r"验收|信访|来信|来访|投诉|举报|热线|微信|短视频|手机|电话|聚餐|宴请|礼金|礼品|红包|消费卡|公车|公务接待|"
    r"公务用车|工作餐|(?:超标准|超规格|违规)接待|满意度调查|问卷调查|民意调查|招投标|拆迁|征地|防汛|抗旱|安全生产|事故|案件|执法|处罚|罚款|收费|补贴|补助|资金|贷款|合同|"
    r"课题|论文|教材|课堂|上课|备课|笔记|心得|指标|消费|升级|账目|报表|公文|门诊|手术|值班|加班|出差|谈心谈话|谈话|批评|表扬|通报|处分|"
    r"闲聊|闲谈|转发|公示|评审|复试|复核|职称|招生|饮酒|喝酒|打牌|"
    # a gift in kind from what someone grew or made (自家种的蔬菜, 自产的蜂蜜, 土特产): a thing handed over, one
    # could picture and check (r24)
    r"自(?:家|己家)?(?:种|养|腌|做|产|酿|晒|织)的|土特产|"
    # the media one learns from (主要靠看电视新闻、听广播): a habit one can picture and check
    r"电视|广播|报纸|党报|报刊|"
    # a people's congress's oversight by its kinds (专题询问, 执法检查 is 检查 above)
    r"专题询问|满意度测评|"
    # a call for ideas or a contest one took part in or not (r22)
    r"征集|征文|竞赛|比赛|评比|"
    # acts of conduct one could look up in a register (迟到早退, 脱岗, 不能正常参加组织生活, 未按时交纳党费): what
    # someone did, told by its kind, names the matter a point judges (r23)
    r"迟到早退|上班迟到|脱岗|离岗|串岗|空岗|不能(?:正常|按时|按期)参加(?:组织生活|支部活动|党员活动|主题党日)|"
    r"未(?:按时|按期|按月|足额)(?:交纳|缴纳)党费|"
    # a named policy of one's trade changed (产能置换、错峰生产政策调整, r22): a change one can date
    r"(?<=[\u4e00-\u9fff]{2})(?<!国家)(?<!相关)(?<!有关)(?<!上级)政策(?:调整|变化)"
)


def _any_of(*kinds: str) -> re.Pattern[str]:
    """One regex for the kinds of fact, in order; each kind's long runs of words tried only where one
    of their first characters stands (word_alternations.py: the same matches)."""
    return re.compile("|".join(f"(?:{guarded(p)})" for p in kinds))


FACT = _any_of(_NUMBER, _QUOTED, _TIME, _PLACE, _PERSON, _EVENT)
EXAMPLE_OPENER = re.compile(r"^\s*(?:比如|例如|譬如|又如|再如|如)\s*[，,：:]?\s*")


# a quoted four-character idiom (“蜻蜓点水”, “走马观花”) is a figure of speech, not a quotation or a name
_QUOTED_IDIOM = re.compile(r"“([\u4e00-\u9fff]{4})”")


_QUOTED_WORDS = re.compile(r"“([^“”]{2,12})”")


@lru_cache(maxsize=1)
def style_figures() -> frozenset[str]:
    """The figures of data/style_figures.yaml (走过场, 文山会海, 两张皮)."""
    data = load_data((Path(__file__).parent / "data" / "style_figures.yaml").read_text(encoding="utf-8"))
    return frozenset(data["figures"])


def _figure_or_quote(m: re.Match[str]) -> str:
    """A quoted figure of the genre (调研“走过场”) names nothing one could check; a quoted name does."""
    return "　" if m.group(1) in style_figures() else m.group(0)


# a quotation that is the content of an attitude (存在“大事化小、小事化了”的心态, “你好我好大家好”的思想):
# a saying one thinks by, no name or words of a document one could look up
# (认为“吃点喝点没什么”, 抱着“多一事不如少一事”的态度: what one thinks, put in quotation marks)
_QUOTED_ATTITUDE = re.compile(
    r"(?:(?<=认为)|(?<=觉得)|(?<=抱着)|(?<=想着)|(?<=总想))“[^“”]{2,16}”|"
    # what one takes a task for (把支部安排的任务当成“额外负担”, 看作“分外事”): one's view of it, no name (r24)
    r"(?:(?<=当成)|(?<=当作)|(?<=当做)|(?<=看成)|(?<=看作)|(?<=看做)|(?<=视为)|(?<=视作))“[^“”]{2,16}”|"
    r"“[^“”]{2,16}”(?=的?(?:心态|思想|倾向|想法|心理|观念|念头|错误认识|认识|态度))|"
    # a quoted figure of how one works, told as a habit or a state (有时“重部署轻落实”，存在“差不多就行”的
    # 现象, 有时当“甩手掌柜”): the manner of a kind of work, no name or document one could look up
    r"(?:(?<=有时)|(?<=偶尔)|(?<=往往)|(?<=时常)|(?<=常常)|(?<=总是)|(?<=存在)|(?<=出现)|(?<=当))"
    r"“[^“”]{2,16}”(?=[，。；,;]|$|的?(?:现象|做法|苗头|毛病|作风))"
)


# what one thinks of a thing, in quotation marks after the thing (认为科研单位“清水衙门”, 觉得后勤岗位“无权无责”):
# one's view of it, no name or words of a document one could look up (r25)
_VIEW_OF_THING = re.compile(r"((?:认为|觉得|以为)[^，。；“”]{1,8}?)“[^“”]{2,16}”")


# whose work one thinks a thing is (总觉得那是公共教育部的事, 认为督导检查是督查室的工作): an excuse, the kind of work
# and the unit named only as the one the duty is pushed to, no place one was nor anything done there (r27)
_VIEW_OF_DUTY = re.compile(
    r"((?:觉得|认为|以为|看作|看成|当作|当成))[^，。；“”]{0,4}?(?:是|归|属于)[^，。；“”]{2,10}?"
    r"(的(?:事情?|工作|职责|责任|活儿?)(?=[，。；,;]|$))"
)


def _idiom_or_quote(m: re.Match[str]) -> str:
    """A quoted word that jieba's dictionary holds as one idiom (tag i) is no fact; a name is."""
    from mingjing.rules.postag import tag

    tags = tag(m.group(1))
    return "　" if len(tags) == 1 and tags[0][1] == "i" else m.group(0)


# A place or event word used generically names nothing one could check: as the modifier of an abstract
# noun (文件依据, 科室管理, 调研成果), after 新/各/有的/一些 (新项目, 有的会议), or as the bare place of
# a routine (到社区调研时, 在科室工作中). Numbers, quotations and times are never generic.
_ABSTRACT_HEAD = re.compile(
    r"依据|管理|成果|研究|工作|建设|水平|能力|意识|质量|领域|方面|层面|环节|业务|事务|服务|"
    r"作风|精神|要求|规定|制度|体系|机制|责任|理念|监管|创新|"
    # the quality of a kind of activity (谈心谈话的针对性, 培训的实效性): the kind judged, no occasion
    r"的(?:针对性|实效性|有效性|实效|效果|质量)|"
    # the courage or resolve a kind of activity takes (批评和监督的勇气不足, 问责的力度): the kind, no occasion (r23)
    r"(?:[和与][\u4e00-\u9fff]{2})?的(?:勇气|魄力|底气|决心|力度|劲头|韧劲)|"
    # one's will to take part in a kind of activity (参与宣传活动的积极性, 培训的主动性): the kind, no occasion (r27)
    r"的(?:积极性|主动性|热情|热情度)|"
    # one's own organisation as the owner of its plans (落实公司重点工作部署): no place one went to
    r"重点|部署|决策|安排|整体|各项|"
    # the goals of the genre's slogans (推动改革发展, 项目建设稳定): a field, no event
    r"发展|稳定"
)
# …中的新要求, …中，: the course of an activity as a frame (对财政管理改革中的新要求钻研不够), no occasion
# (对审计现场管理, 执法过程监督: one's trade as a field, its site or course named with it)
_ABSTRACT_AFTER = re.compile(rf"(?:中的?新?|现场|过程)?(?:{_ABSTRACT_HEAD.pattern})|中(?=[，,])")
# 一些社交活动: a vague quantifier names no event, no one and no place
_VAGUE_BEFORE = re.compile(r"(?:新|各|有的|一些|有些|相关|日常)[\u4e00-\u9fff]{0,2}$")
# 部分科室, 少数窗口, 部分职工: some of one's places or people, none named (not 部分采购手续, some of the
# steps of an event told; 个别 points at someone the team knows: 个别班子成员 is a fact in the clean fixtures)
_SOME_BEFORE = re.compile(r"(?:部分|少数|某些)[\u4e00-\u9fff]{0,2}$")
_VAGUE_INSIDE = re.compile(r"[到在去赴]?(?:一些|有些|有的|个别|部分|某些)")
_VAGUE_OF = re.compile(r"(?:一些|有些|有的|个别|某些)[\u4e00-\u9fff]{1,4}的$")
_GENERIC_DOCS = {"规定", "制度", "文件", "规矩", "纪律", "要求"}
_DOC_VERB_BEFORE = re.compile(r"(?:违反|遵守|按照|执行|落实|贯彻|有关|相关|各项|发|下发|传达|读|念|看|学)$")
_ROUTINE_PLACE = re.compile(
    r"[到在去赴](?:社区|基层|一线|现场|村里|镇里|企业|窗口|科室)(?:调研|走访|检查|督查|蹲点)"
    r"|深入(?:项目|生产|施工|工作|服务)(?:一线)?|深入一线|深入[\u4e00-\u9fff]{2,6}?(?:调研|走访|检查|督查|蹲点)"
    r"|(?:下乡|下基层|进村|入户|下企业)(?:调研|走访|检查|督查|蹲点)"
)
# stock phrases that name no event, setting or person one could check: 用会议落实会议 (the figure of
# formalism), 在支部研讨发言时 (the routine setting of study), 对家属……过问较少, 对家人关心不够 (the family
# as a class, one's care of it judged by degree: r23)
_STOCK = re.compile(
    r"[用以](?:会议|文件|会|文)(?:落实|贯彻|传达|代替)(?:会议|文件|会|文)?|"
    # the practice's own name (开展批评和自我批评): no criticism one could date
    r"批评(?:和|与)自我批评|自我批评|(?:相互|互相)批评|(?:批评|说服|提醒)教育|教育提醒|"
    # the practice of reporting to one's superiors by its name (遇事请示报告不够及时, 请示报告意识): no report one
    # could date (向县政府报告, 书面报告 are told apart: r24)
    r"(?:遇事|及时|主动|按规定)?请示报告(?=制度|意识|工作|不|还|有时|[，。；]|$)|"
    # the rooms and mates of one's day as the setting of a role (在宿舍、实验室中发挥联系服务作用): the role's
    # setting in general, no place one could check (r24)
    r"在(?:宿舍|寝室|教室|课堂|实验室|实训室|班级|班组|车间|科室|病区|病房|门诊|窗口|网格|社区|岗位|社团|支部|工作|生活|学习)"
    r"(?:[、和与及](?:宿舍|寝室|教室|课堂|实验室|实训室|班级|班组|车间|科室|病区|病房|门诊|窗口|网格|社区|岗位|社团|支部|工作|生活|学习))*"
    r"(?:中|里|上|内)?(?=发挥)|"
    # the people as a class in the genre's set phrases (服务群众的意识, 密切联系群众): no one named
    r"(?:服务|联系|深入|依靠|发动|团结|贴近|走近|面向)群众(?=的|意识|观念|工作|方面|不够|还|$|[，。；])|"
    r"在(?:支部|小组|集中|党组|党委|中心组|专题)?(?:学习|研讨|讨论|交流)(?:发言|交流|讨论)?(?:时|中)|"
    r"(?:对|把)群众(?:反映|关心|关注|反映强烈)的[\u4e00-\u9fff]{0,4}?(?:问题|诉求|意见|事情|事)|"
    # the genre's slogans of service (执法为民, 推动改革的思路): a creed or a goal, no event
    r"执法为民|执政为民|立党为公|(?:推动|推进|深化|促进|助推)改革(?=的|发展|[，。；])|"
    # a quoted rule kept in general (执行审计“四严禁”工作要求, 落实“一岗双责”要求): the rule's name, no case of it
    r"(?:执行|落实|贯彻|遵守|对照|按照|违反)[\u4e00-\u9fff]{0,4}“[^“”]{2,12}”[\u4e00-\u9fff]{0,4}?"
    r"(?:要求|规定|精神|纪律|原则|制度)|"
    # people as a class in the genre's set phrases of one's stance towards them (群众观念, 为群众着想, 征求群众意见,
    # 把群众满意挂在嘴上): a creed or a habit, no one named (r22)
    r"(?:为|替|把|征求|听取|倾听|尊重|维护|站在)?(?:人民群众|职工群众|党员群众|干部群众|群众|职工|患者|学生|家长|居民|村民|服务对象)"
    r"(?:观念|路线|立场|观点|感情|满意(?!度)|利益|意见(?![箱簿])|着想|冷暖|呼声|角度)|"
    # the genre's comparison with what superiors demand and people hope for (与市委市政府的要求和职工群众的期盼还有
    # 差距, 离上级的要求还有距离): the measure every material sets itself, no body or people one could name (r22)
    r"(?:与|同|离|距|对照)[^，。；]{0,24}?的?(?:要求|期盼|期待|期望|标准|需求)[^，。；]{0,16}?"
    r"(?:还有|仍有|存在|尚有|有)[^，。；]{0,4}?(?:差距|距离|不小的差距)|"
    r"对(?:家属|亲属|家人|子女|配偶|身边工作人员)[^，。；]{0,16}?"
    r"(?:管教|教育|约束|要求|过问|提醒|管理|监督|关心|关爱|陪伴|照顾|沟通)[^，。；]{0,4}?(?:不严|不够|较少|不多|偏少|放松|少)"
)
_SERVICE_AS_AIM = re.compile(r"的|意识|观念|本领|能力|办法|不够|还|方面")
# the classes of people joined to the first one (学生和家长, 企业、商户), perhaps none
_CLASS_LIST_TAIL = re.compile(
    r"(?:[和与、](?:群众|居民|农户|村民|患者|病人|学生|家长|老人|企业|商户|纳税人|职工|员工|服务对象|办事人))*"
)
# a class of people served, joined to the next one (服务学生和家长的意识: 家长 is served as 学生 is)
_SERVED_LIST = re.compile(
    r"(?:服务|联系|面向|关心|关爱|依靠|贴近|走近|方便|帮助)(?:群众|居民|农户|村民|患者|病人|学生|家长|老人|企业|商户|纳税人|职工|员工|服务对象|办事人)[和与、]$"
)
_SERVING = {"服务", "联系", "面向", "关心", "关爱", "依靠", "贴近", "走近", "方便", "帮助"}
_CLASS_OF_PEOPLE = re.compile(
    r"群众|居民|农户|村民|患者|病人|学生|家长|老人|企业|商户|纳税人|职工|员工|服务对象|办事人|来访者|网民|"
    r"教职工|教师|老师|研究生|年轻干部|新同志|老同志|同事|下属|"
    # the mates of a student's or a worker's day (与同学交流, 关心帮助工友): a class, no one named (r24)
    r"同学|工友|室友|舍友"
)
# 检查多, 笔记记得多, 调研的次数不多, 调研不够经常: an activity counted, a habit and no occasion
_MORE_OR_LESS = re.compile(
    r"(?:[\u4e00-\u9fff]{1,2}得|的?次数)?(?:多|少|不多|不少|较多|较少|偏多|偏少|不够经常|不经常|不够多)"
    r"(?=[，。；、,;]|的问题|的现象|$)"
)
# what people as a class say or feel (群众反映, 患者有意见, 纳税人的获得感): a class's voice, no one named
_CLASS_VOICE = re.compile(
    r"反映(?=较多|强烈|较大|不少|的(?:问题|诉求|意见|事情|困难)|[，。；,;]|$)|"
    # what a class puts forward in general (职工提出的创新性建议, 群众的意见建议): no one named
    r"提出的[\u4e00-\u9fff]{0,4}?(?:意见|建议|诉求|想法)|的意见建议|"
    # the matters a class brings in general (群众来办的一些事项, 企业要办的事): no one named (r24)
    r"(?:来|要|所|找我|前来)办(?:理)?的|"
    # a complaint in general (群众反映报装时间长, 家长反映内容单调): the class's voice, what it finds wanting
    r"反映(?!的)(?=[^，。；]{0,10}?(?:难|慢|长|久|多|少|窄|单一|单调|不便|不方便|不畅|拥挤|繁琐|偏高|偏低|不及时|不到位)"
    r"(?:[，。；、,;]|$))|有意见|意见(?:较大|大|时有|较多|不少)|不满意|(?:对[^，。；、]{1,8}?)?的?(?:获得感|满意度|幸福感|安全感|认可度|合理诉求|诉求|需求|期盼|呼声|"
    # what the people as a class feel and wait for in the genre's set phrases (人民群众的期待, 与患者的感情,
    # 对群众关切回应不够, 居民的急难愁盼): no one named
    r"期待|期望|感情|关切|冷暖|疾苦|急难愁盼|所思所盼|所急所盼|所想所盼|心声|切身利益|利益)"
)
# what one does for or with people as a class (为群众办实事, 与职工的沟通不够, 与家长沟通有时不够耐心):
# the genre's set phrases of service and of contact, no one named
_FOR_CLASS = re.compile(r"(?:办实事|办好事|解难题|谋利益|谋福利|排忧解难|服务)")
_WITH_CLASS = re.compile(r"(?:面对面|当面)?的?(?:沟通|交流|互动|联系|感情)")
# what one does to people as a class (对年轻干部培养使用不够, 对教职工的思想关心不够)
# (对群众, 对来办事的群众) told with how one treats them now and then (有时不够耐心, 态度生硬)
# (对待群众的态度, 对于患者的询问: 对待 and 对于 are 对: r25)
_TOWARDS_CLASS = re.compile(r"对(?:待|于)?(?:[^，。；,;对]{0,6}的|[^，。；,;对的]{2})?$")
_HEDGED_MANNER = re.compile(r"(?:有时|偶尔|往往|时常|有时候)|(?:的)?态度")
_CARE_OF_CLASS = re.compile(
    # (对患者家庭关心不够: the class's households are the class: r25)
    r"(?:家庭|群体)?的?(?:培养|教育|管理|关心|关爱|帮助|服务|指导|监督|提醒|要求|思想)|"
    # one's oversight of a class (对企业安全检查, 对商户的执法): the kind of work, no one checked named
    r"的?(?:[\u4e00-\u9fff]{2})?(?:检查|监管|执法|帮扶|督导)(?=有时|偶尔|往往|不|[，。；,;]|$)"
)
# a field named by a list (招投标、物资采购、资金拨付等重点环节): the kinds of work, no event of them
_FIELD_TAIL = r"等(?:重点|关键|敏感|高风险)?(?:环节|领域|方面|岗位|行业|部位|事项|业务)"
_FIELD_END = re.compile(_FIELD_TAIL)
_FIELD_LIST = re.compile(r"[^，。；：、\s]{2,10}(?:、[^，。；：、\s]{2,10})+" + _FIELD_TAIL)
# people as a class that one treats some way more or less (对员工批评多、鼓励少): a habit, no one named
_CLASS_MORE_OR_LESS = re.compile(
    r"[^，。；、]{1,4}?(?:多|少|不多|较多|较少|偏多|偏少)(?=[，。；、,;]|$)|"
    # (给同事提意见多谈优点、少谈缺点: what one says to them, more of one thing and less of another: r25)
    r"[^，。；、]{0,4}?[多少](?:谈|讲|提|说)[^，。；、]{1,6}、[多少](?:谈|讲|提|说)"
)
_PORTFOLIO = re.compile(r"分管|所属|下属|联系的")
# the superiors' routine handed down (完成下达的指标) and a body as the one that hands it down
_ROUTINE_OF_SUPERIORS = re.compile(r"(?:下达|布置|交办|分配|安排)的$")
_ISSUED = re.compile(r"(?:里|上级|上面)?(?:下达|布置|交办|分配)的")
_BARE_PLACES = {"社区", "基层一线", "现场", "企业", "窗口", "科室", "学校", "医院", "公司"}
_NEVER_GENERIC = re.compile(f"(?:{_NUMBER})|(?:{_QUOTED})|(?:{_TIME})|(?:{_MEETING})|(?:{_NAMED})")


# the lot or the rank that makes people a class (困难职工, 普通员工, 一般群众, 广大党员), or the matter that brings
# them (来访群众, 投诉群众): a class, no one named
_CLASS_QUALIFIER = re.compile(r"(?:困难|贫困|特困|普通|一般|广大|弱势|低保|来访|来信|信访|投诉|举报)$")
# people as a compound class (人民群众, 职工群众, 干部群众, 党员群众, 企业群众, 干部职工): two classes joined into the
# genre's people in general, whatever verb stands before them (服务职工群众的意识, 联系人民群众不够紧密), no one named;
# the first of them is no one either (职工 of 职工群众); a class of its own before a trade's people (青年教师, 党员教师)
# is read as before (r28)
_COMPOUND_HEAD = re.compile(
    r"(?:人民|职工|干部|党员|企业|居民|农民|村民|患者|员工|青年|学生|师生|基层|城乡|农村)$"
)
_COMPOUND_TAIL = ("群众", "职工")
# the matters that name people as a class when they stand before it (来访群众, 投诉群众)
_BRINGS_CLASS = frozenset({"来访", "来信", "信访", "投诉", "举报"})


def _before_class(text: str, start: int, words: str = "对为向给") -> bool:
    """Whether a preposition stands before a class of people at `start` (对患者, 为群众, 对待群众, 对于学生)."""
    if start <= 0:
        return False
    return text[start - 1] in words or (
        words.startswith("对") and text[max(0, start - 2) : start] in ("对待", "对于")
    )


# the characters before a bare 改革 that leave it unnamed (对改革, 推进改革, 。改革攻坚): a verb, a preposition or
# a stop (not 医共体改革, 预算管理改革: what is reformed names the reform)
_BEFORE_BARE_REFORM = frozenset("对在抓进化动与和、，。；：面于搞促助入随谋")


# an occasion followed by how often or how much one does something there (在党组会上多讲成绩, 在支部会上
# 有时一言堂, 在民主评议中多讲优点): the meeting as the setting of a habit, no meeting one could date
_OCCASION = re.compile(rf"{_MEETING}|会上|会议|座谈|评议|研讨")
# (not 支部党员大会有时推迟召开: the meeting itself is what is late, a fact)
_HABIT_AFTER = re.compile(r"(?:会上|中|上)(?:多|少|常常|往往|总是|有时|习惯)(?![次个项名位人数])")
_HABIT_AFTER_SETTING = re.compile(r"(?:多|少|常常|往往|总是|有时|习惯)(?![次个项名位人数])")


def _generic_use(text: str, m: re.Match[str]) -> bool:
    word = m.group()
    if _OCCASION.fullmatch(word) and (
        _HABIT_AFTER_SETTING if word.endswith(("上", "中", "时")) else _HABIT_AFTER
    ).match(text, m.end()):
        return True
    if _NEVER_GENERIC.fullmatch(word):
        return False
    if ("少" in text or "不多" in text) and _counted_clause(text, m):
        return True  # 对社区组织的志愿服务活动参加得少: a kind of activity, and where, counted as more or less (r27)
    if _CLASS_OF_PEOPLE.fullmatch(word) and _CLASS_QUALIFIER.search(text, max(0, m.start() - 2), m.start()):
        return (
            True  # 困难职工家庭, 混同于普通员工, 广大群众: people as a class by their lot, no one named (r25)
        )
    if _CLASS_OF_PEOPLE.fullmatch(word) and (
        (word in _COMPOUND_TAIL and _COMPOUND_HEAD.search(text, max(0, m.start() - 2), m.start()))
        or text.startswith(_COMPOUND_TAIL, m.end())
    ):
        return True  # 服务职工群众, 联系人民群众, 干部职工: a compound class, the genre's people in general (r28)
    if word in _BRINGS_CLASS and _CLASS_OF_PEOPLE.match(text, m.end()):
        return (
            True  # 来访群众, 投诉群众: the class by the matter that brings it, no visit one could date (r25)
        )
    if word == "改革" and (m.start() == 0 or text[m.start() - 1] in _BEFORE_BARE_REFORM):
        # 面对改革中的矛盾, 推进改革: reform in general; a reform is named by what it reforms (r22)
        return True
    if _ABSTRACT_AFTER.match(text, m.end()) or _VAGUE_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return True
    if _SOME_BEFORE.search(text, max(0, m.start() - 4), m.start()) and (
        not _EVENT_RE.fullmatch(word) or word in _GENERIC_DOCS
    ):
        return True  # 部分科室, 部分制度形同虚设: some of one's places or rules, none named (r24)
    if _VAGUE_INSIDE.match(word) or _VAGUE_OF.search(text, max(0, m.start() - 8), m.start()):
        return True  # 在一些支部, 一些支部的活动: a vague quantifier names no place or event one could check
    if word in _GENERIC_DOCS and _DOC_VERB_BEFORE.search(text, max(0, m.start() - 2), m.start()):
        return True  # 不违反规定, 按照要求: the rules in general, not a document named
    if word in _GENERIC_DOCS and text.startswith(("执行", "落实"), m.end()):
        return True  # 制度执行情况: the keeping of rules in general
    if (
        _CLASS_OF_PEOPLE.fullmatch(word)
        and text[m.end() : m.end() + 1] == "的"
        and _before_class(text, m.start())
    ):
        return True  # 对患者的询问: people as a class, the object of a habit, not someone one could name
    if (
        _CLASS_OF_PEOPLE.fullmatch(word)
        and _before_class(text, m.start())
        and _CLASS_MORE_OR_LESS.match(text, m.end())
    ):
        return True  # 对员工批评多: how one treats people as a class, more or less
    if (
        _CLASS_OF_PEOPLE.fullmatch(word)
        and text[max(0, m.start() - 2) : m.start()] in _SERVING
        and _SERVICE_AS_AIM.match(text, _CLASS_LIST_TAIL.match(text, m.end()).end())  # type: ignore[union-attr]
    ):
        return True  # 服务企业, 联系患者: people as a class one serves, no one named
    joined = _CLASS_JOINED.match(text, m.end())  # matches always (all of it is optional)
    if _CLASS_OF_PEOPLE.fullmatch(word) and _CLASS_VOICE.match(text, joined.end() if joined else m.end()):
        return True  # 患者反映, 职工群众的获得感: what people as a class say or feel, no one named
    if _CLASS_OF_PEOPLE.fullmatch(word) and m.start() > 0:
        before = text[m.start() - 1]
        if (before in "为替" and _FOR_CLASS.match(text, m.end())) or (
            before in "与同和跟" and _WITH_CLASS.match(text, m.end())
        ):
            return True  # 为群众办实事, 与职工的沟通: service and contact with a class, no one named
        if before in "和与、" and _SERVED_LIST.search(text, max(0, m.start() - 12), m.start()):
            return True  # 服务学生和家长的意识: the second of a class served, as the first
    if (
        _CLASS_OF_PEOPLE.fullmatch(word)
        and _TOWARDS_CLASS.search(text, max(0, m.start() - 8), m.start())
        and _HEDGED_MANNER.match(text, m.end())
    ):
        return True  # 对来办事的群众有时不够耐心: one's manner towards people as a class, now and then
    if (
        _CLASS_OF_PEOPLE.fullmatch(word)
        and _before_class(text, m.start(), "对")
        and _CARE_OF_CLASS.match(text, m.end())
    ):
        return True  # 对年轻干部培养使用不够: one's care of people as a class
    if _ROUTINE_OF_SUPERIORS.search(text, max(0, m.start() - 4), m.start()) or _ISSUED.match(text, m.end()):
        return True  # 学校下达的指标: what the superiors hand down as a kind, no occasion
    if _PORTFOLIO.search(word) or _PORTFOLIO.search(text, max(0, m.start() - 2), m.start()):
        return True  # 对分管科所, 所属企业: one's portfolio as a class, no place one went to
    if word == "班子成员" and (
        text[max(0, m.start() - 1) : m.start()] == "对"
        or (
            _SOME_MEMBERS.search(text, max(0, m.start() - 2), m.start()) and _DISPOSITION.match(text, m.end())
        )
        or _TEAM_HABIT.match(text, m.end())
        or not text[: m.start()].strip("，,、：: 　")
    ):
        return True  # 班子成员在工作中有时…, 对班子成员的提醒: the members as a whole, no one named
    if _EVENT_RE.fullmatch(word) and (
        _HEDGE_AFTER.match(text, m.end()) or _ROUTINE_VERB.search(text, max(0, m.start() - 3), m.start())
    ):
        return True  # 调研时有时走马观花, 开展活动, 停留在发通知: a kind of activity, no occasion
    if _MORE_OR_LESS.match(text, m.end()):
        return True  # 检查多, 调研少: an activity counted as more or less is a habit, not an occasion
    if (
        _EVENT_RE.fullmatch(word)
        and (
            m.start() == 0
            or text[m.start() - 1] in _CLAUSE_OPENERS
            or _PARTNER_BEFORE.search(text, max(0, m.start() - 8), m.start())
        )
        and _JUDGED_KIND.match(text, m.end())
    ):
        return True  # 但检查督促跟不上, 考核不够严格: a kind of activity judged by degree, no occasion (r23)
    return (
        word in _BARE_PLACES
        and m.start() > 0
        and (text[m.start() - 1] in "到在去赴" or text.startswith("深入", max(0, m.start() - 2)))
    )


# a clause that ends by counting how little one takes part or goes (参加得少, 去得不多): whatever it names as where or
# what the activity was (社区组织的志愿服务活动) is the kind of a habit, no occasion (its time or figure stays a fact);
# what a body holds too seldom (结合收费岗位实际的案例教育开展得少) names its matter and is not read (r27)
_COUNTED_HABIT = re.compile(r"(?:参加|参与|出席|去|到|跑|走|下去)得(?:少|不多|较少|偏少|不够多)$")
_CLAUSE_MARK = re.compile(r"[，,。；;：:！？\n]")


# a clause that opens with taking part and ends with how little (参加村里的调解工作较少)
_TAKING_PART = ("参加", "参与", "出席")
_LITTLE = re.compile(r"(?:较少|偏少|很少|不多|少)$")


def _counted_clause(text: str, m: re.Match[str]) -> bool:
    stop = _CLAUSE_MARK.search(text, m.end())
    end = stop.start() if stop else len(text)
    if _COUNTED_HABIT.search(text, m.end(), end):
        return True
    start = max((c.end() for c in _CLAUSE_MARK.finditer(text, max(0, m.start() - 24), m.start())), default=0)
    return text.startswith(_TAKING_PART, start) and bool(_LITTLE.search(text, m.end(), end))


# a clause that is an activity (and its partner word) judged by degree and nothing else (检查督促跟不上,
# 考核流于形式, 督查走过场): the activity as a kind (r23)
_CLAUSE_OPENERS = frozenset("，,。；;：:但而且　")
# (not 但批评不够严肃 after 我虽然谈过话: how one did a thing one tells is no verdict on a kind of activity)
_JUDGED_KIND = re.compile(
    r"[\u4e00-\u9fff]{0,2}?(?:还|仍|也)?(?:跟不上|不到位|流于形式|流于一般|流于表面|浮于表面|走过场|缺位|打折扣)(?=[，。；,;]|$)"
)


# the partner words of a kind of oversight at a clause's start (监督检查不到位, 日常监督检查, 跟踪督查不到位):
# the kind judged by degree, no occasion (r24)
_PARTNER_BEFORE = re.compile(
    r"(?:^|(?<=[，,。；;：:但而　]))(?:日常|经常性|动态)?(?:监督|跟踪|督促|指导|监管)?$"
)


# some of the members, none named (个别班子成员, 有的班子成员: r20); one singled out by what he did is told by
# that (个别班子成员周末聚餐: the time is the fact)
_SOME_MEMBERS = re.compile(r"(?:个别|有的|少数|部分|一些|有些)$")
# …of whom only a disposition is told (个别班子成员政治理论学习的自觉性不够高, 有的班子成员存在“老好人”思想,
# 个别班子成员党性修养有所松懈: r23): the
# state of some, none named; what one of them did (参加支部组织生活的次数偏少, 自行调整后才报告) singles him out
_DISPOSITION = re.compile(
    r"[^，。；]{0,16}?(?:性|意识|观念|精神|作风|标准|思想|心态|劲头|态度|情绪|定力|敏锐性|自觉|修养|素养|党性)"
    r"(?:还|仍|有所|不同程度)?(?:不够|不高|不强|不足|不深|有待|淡化|淡薄|弱化|松懈|减弱|下降|降低)|"
    r"(?:还|仍|不同程度|一定程度上)?(?:存在|有)[^，。；]{0,24}?(?:思想|心态|倾向|现象|情绪|苗头|问题)(?=[，。；]|$)|"
    # a clause that is a verdict of degree (落实…责任制不够到位, 学习…不够系统, 抓得不够紧)
    r"[^，。；]{0,20}?(?:(?:还|仍)?不够[\u4e00-\u9fff]{1,2}|不到位|有差距|不[强高足深严实牢细硬]|有待[\u4e00-\u9fff]{2,4}|辣味不足)"
    r"(?=[，。；]|$)|"
    # a habit of some, hedged at once (个别班子成员有时参加朋友聚会)
    r"(?:个别时候|有时候|有时|偶尔|一定程度上|不同程度)"
)
# the members as a whole, told by their conduct in general (班子成员在工作中有时…, 班子成员抓落实的力度,
# 班子成员对工作…): the team, no one named (班子成员大多长期从事业务工作, 与班子成员签订责任书: facts)
_TEAM_HABIT = re.compile(r"在(?:日常)?工作中|有时|偶尔|往往|抓|对工作|的(?:廉政|思想|作风|工作)")
# a class joined to the next (职工群众, 学生和家长) before what the class says or feels
_CLASS_JOINED = re.compile(r"(?:群众|干部|党员)?" + _CLASS_LIST_TAIL.pattern)
# an activity followed by how often it goes some way (调研时有时走马观花, 开展活动有时流于形式,
# 在推进改革中有时保守): the activity as a kind, the setting of a habit
_HEDGE_AFTER = re.compile(
    r"(?:时|中|上|时候|过程中)(?:有时|有时候|有的时候|偶尔|往往|常常|总是|不时|时常|个别时候|有些时候|一些时候)"
)
# an activity told by a verb of routine (开展活动, 组织活动, 停留在发通知、开会议, 读文件、念报纸, 参加上级培训):
# the kind of thing a body does, no occasion one could date
_ROUTINE_VERB = re.compile(
    r"(?:开展|组织|举办|参加|参与)(?:上级|各类|各种)?$|(?:^|(?<=[在于靠是、，,]))[发开搞读念写填报](?:上级)?$"
)


# "sometimes" marks a habit, not an occasion: 比如，有时调研走马观花 names a routine (调研), no event one
# could check; with such a word an activity is no fact (a number, a quotation, a time, a place or a
# person still is: 遇到学生反复问同一问题，有时表现出急躁 pictures someone)
# an agent no one could name (有的同志满足于完成活动任务): what they do is a habit of a kind
# (not 有的党员, 少数党员: a branch's material tells its members' habits so, and what they did is its fact (r21))
_VAGUE_AGENTS = r"有的同志|个别同志|一些同志|有些同志|少数同志"
_VAGUE_AGENT = re.compile(_VAGUE_AGENTS)
_SOMETIMES = re.compile(
    r"有时|有时候|有的时候|时常|偶尔|往往|经常|常常|总是|老是|个别时候|有些时候|一些时候|不时|偶有|平时(?:多|主要|只)|"
    # the extent of a habit (不同程度存在, 多停留在, 主要靠, 满足于): what follows is a kind, no occasion
    r"不同程度|一定程度|停留在|主要靠|主要依靠|多靠|满足于|" + _VAGUE_AGENTS
)
_HARD_FACT = _any_of(_NUMBER, _QUOTED, _TIME, _PLACE, _PERSON, _MEETING)
# every kind of fact, a body's meeting before the events (支部党员大会 whole, not its 会)
_ANY_FACT = _any_of(_NUMBER, _QUOTED, _TIME, _PLACE, _PERSON, _MEETING, _EVENT)
_SENTENCE_END = re.compile(r"[。；;！？]")


def _habit(text: str, m: re.Match[str]) -> bool:
    """An activity told after "sometimes" in its sentence (有时调研走马观花, 有时满足于开会部署、听取汇报):
    a routine, no occasion. What the point tells before that word, or in another sentence, is told
    as it is (支部党员大会有时推迟召开: the meeting; 刷短视频的时间较多，有时熬夜备课: the videos)."""
    if m.group() in _MEDIA:
        return False  # 主要靠看电视新闻、听广播: a habit one can picture and check
    start = max((c.end() for c in _SENTENCE_END.finditer(text, 0, m.start())), default=0)
    hard = _HARD_FACT.match(text, m.start())  # in place: a place's lookahead needs what follows
    if hard and hard.end() == m.end() and not _common_place(text, m):
        # a body's meeting in what an unnamed agent does (有的同志……在班子会上提得少): the meeting as a kind
        # (not 在今年的民主生活会上: its time is told; not 有的同志……，院务会讨论…时我…: the author's own) (r20)
        return (
            bool(_MEETING_RE.fullmatch(m.group()))
            and not _KEEPS_FIELD.search(m.group())
            and any(
                len(_COMMA.findall(text, a.end(), m.start())) < HABIT_CLAUSES
                and not _AUTHOR.search(text, a.end(), m.end() + 12)
                for a in _VAGUE_AGENT.finditer(text, start, m.start())
            )
        )
    # its reach is its own clause and the next one (有时满足于开会部署、听取汇报，跟踪问效少): a clause after
    # those tells a thing of its own (……“差不多”思想，维修记录填写不规范，个别维修项目没有录入台账)
    return any(
        len(_COMMA.findall(text, s.end(), m.start())) < HABIT_CLAUSES
        for s in _SOMETIMES.finditer(text, start, m.start())
    )


HABIT_CLAUSES = 2
_MEDIA = frozenset({"电视", "广播", "报纸", "党报", "报刊"})
# the rooms and sites of every day's work, named bare (平时多在办公室, 深入车间、班组): where a habit is kept,
# no place one could check (项目食堂, 一车间 are named: a word before them)
_COMMON_PLACES = frozenset(
    {"办公室", "现场", "车间", "科室", "股室", "窗口", "大厅", "工地", "基层一线", "网格", "会议室"}
)


def _common_place(text: str, m: re.Match[str]) -> bool:
    """A bare room or site of every day's work: after a hedge, where a habit is kept."""
    if m.group() in ("现场", "一线", "基层一线"):
        return True  # 宿舍现场, 生产一线: the site of a kind of work
    # (有时把窗口咨询视为…, 有时对车间…: the room as the object of a habit, r24)
    return m.group() in _COMMON_PLACES and (m.start() == 0 or text[m.start() - 1] in "在到去赴入、，,的把对")


_COMMA = re.compile(r"[，,]")
_AUTHOR = re.compile(r"我|本人")


_MEETING_RE = re.compile(_MEETING)
_KEEPS_SYSTEM = _any_of(_NUMBER, _TIME, _PLACE, _PERSON)
_EVENT_RE = re.compile(_EVENT)
_KEEPS_FIELD = _any_of(_NUMBER, _QUOTED, _TIME, _PERSON)


def _field(m: re.Match[str]) -> str:
    """A field named by a list is blanked, unless it holds someone or a number or time (对孩子使用手机、
    网络购物等方面: the child is a fact)."""
    if _KEEPS_FIELD.search(m.group()):
        return m.group()
    # a body deciding the listed matters at a time (研究年度评先推优、党员发展对象确定等事项时): an agenda, no
    # field of work in general (r19)
    decided = _DECIDING.search(m.string, max(0, m.start() - 4), m.end())
    return m.group() if decided and _AT_THE_TIME.match(m.string, m.end()) else "　"


_DECIDING = re.compile(r"研究|讨论|审议|酝酿|商定|决定")
_AT_THE_TIME = re.compile(r"时|期间|过程中")


_HALF_QUOTED = re.compile(r'"([^"\n]{1,40})"')
# a draft's blank for a name (在与XXX同志谈心时, 到××村走访时, ○○项目部): the person or place is told, its name
# withheld; the blank is R105's to report, the fact stays one. The blank is read as a name of two characters, so
# that the word after it (同志, 村, 局) makes it a person or a place as a written name would; alone (XX意识) it is
# nothing (r28). The forms are R105's (rules/packs/residue.yaml), 〇 among a year's digits left out.
_PLACEHOLDER = re.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])|[×╳✕]{2,}|某{3,}|"
    r"(?<![一二三四五六七八九十〇○零0-9])[○〇◯]{2,}(?![一二三四五六七八九十〇○零0-9]|\s*年)"
)
_PLACEHOLDER_HINT = re.compile(r"[XxＸｘ×╳✕○〇◯]|某某")
_STAND_IN = "某甲"


def cleaned(text: str) -> str:
    """The text with what only looks like a fact blanked: formulas, idioms, figures, stock phrases."""
    if (
        '"' in text
    ):  # half-width quotation marks ("真情服务") are read as the Chinese ones (P-rules mark them: r22)
        text = _HALF_QUOTED.sub(r"“\1”", text)
    if _PLACEHOLDER_HINT.search(text):
        text = _PLACEHOLDER.sub(_STAND_IN, text)
    text = _QUOTED_IDIOM.sub(_idiom_or_quote, _NOT_FACTS.sub("", EXAMPLE_OPENER.sub("", text)))
    text = _QUOTED_WORDS.sub(_figure_or_quote, _QUOTED_ATTITUDE.sub("　", _VIEW_OF_THING.sub(r"\1　", text)))
    if "是" in text or "属于" in text or "归" in text:
        text = _VIEW_OF_DUTY.sub(r"\1　\2", text)
    text = _DUTY_BY_DEGREE.sub(_set_name_or_quote, text).replace("“”", "")
    text = _SYSTEM_BY_DEGREE.sub(_unnamed_system, text)
    return _GATHERING.sub("　", _STOCK.sub("　", _ROUTINE_PLACE.sub("　", text)))


# a gathering as a kind (参加朋友聚会, 和战友聚餐, 出入应酬场合): the company of one's private life, no occasion one
# could date — its time or place, when told, is a fact of its own (周末和同学聚餐: 周末) (r20)
_GATHERING = re.compile(
    r"(?=[朋同老战亲校各一之聚饭酒宴应])(?:朋友|同学|老乡|战友|亲友|同事|校友|各种|各类|一些)?(?:之间的)?(?:聚会|聚餐|饭局|酒局|宴请|应酬)(?:场合|活动)?"
)


# a set of duties carried out, judged only by degree (“两个责任”落实有差距, 落实“第一议题”制度不够到位): the
# slogan kept in general, no case of it (运用“四种形态”不够经常, 宣传“三个区分开来”的措施: what was done is told)
_DEGREE = r"(?:得)?(?:还)?(?:不够到位|不到位|有差距|存在差距|不够严格|不严格|不够规范|不平衡|不力|不够有力|不够扎实|不够|不严|打折扣)"
_DUTY_BY_DEGREE = re.compile(
    r"“([^“”]{2,12})”(?=(?:责任|制度|要求|精神)?(?:的)?(?:落实|执行|履行|贯彻|践行)" + _DEGREE + ")|"
    r"(?=[落执履贯践])(落实|执行|履行|贯彻|践行)“([^“”]{2,12})”(?=(?:责任|制度|要求|精神)?(?:上|方面)?"
    + _DEGREE
    + ")"
)


# a system named without quotation marks and carried out, judged only by degree (落实请示报告制度不够严格, 执行会议
# 纪要督办制度有时不够及时): the rule kept in general, no case of it; what was done, and when, is what such a
# point leaves out (值班制度要求夜间双人在岗: what the rule says is told, no degree) (r24)
_SYSTEM_BY_DEGREE = re.compile(
    r"(?=[落执履贯遵])(?:落实|执行|履行|贯彻|遵守)[\u4e00-\u9fff]{2,10}?(?:制度|规定|规矩|要求)"
    r"(?=(?:上|方面)?(?:有时|有时候|偶尔|还|仍)?" + _DEGREE + ")"
)


def _unnamed_system(m: re.Match[str]) -> str:
    """A system kept by degree is blanked, unless its name holds a time, place, number or person (执行工作日
    午间禁酒规定: the rule of a named hour is a fact)."""
    return m.group() if _KEEPS_SYSTEM.search(m.group()) else "　"


@lru_cache(maxsize=1)
def _set_names() -> frozenset[str]:
    from mingjing.rules.punctuation_code import quoted_abbreviations

    return frozenset(quoted_abbreviations())


def _set_name_or_quote(m: re.Match[str]) -> str:
    """A set name of the Party in quotes (“两个责任”, “一岗双责”) is a slogan one keeps, no document or event one
    could look up: carrying it out is what a point must tell (one's grasp of it is names_formulation's) (r20)."""
    if m.group(1) is not None:
        return "" if m.group(1) in _set_names() else m.group(0)
    return m.group(2) if m.group(3) in _set_names() else m.group(0)


def fact_words(text: str) -> Iterator[str]:
    """The facts of `cleaned(text)` that are used as facts (not generically, as a role or in a habit),
    left to right, found as they are asked for."""
    return (
        m.group()
        for m in _ANY_FACT.finditer(text)
        if not _generic_use(text, m) and not _role(text, m) and not _habit(text, m)
    )


def has_fact(text: str) -> bool:
    text = cleaned(text)
    # the words of a field named by a list are no fact; the particular things it names still count below
    if next(fact_words(_FIELD_LIST.sub(_field, text) if _FIELD_END.search(text) else text), None) is not None:
        return True
    from mingjing.rules.particulars import particular_words

    # no fact from the lists, but a point that names several particular things (医保基金审核, 稽核岗位,
    # 临时动议) names its matter: it is no bare 表态 (measured: no planted factless point names four).
    # The things a class complains of in general (群众反映取件、汇款不方便) are not counted: who
    # complained, when and how often is what the point leaves out (the class itself is counted as before)
    words = particular_words(_UNNAMED.sub(r"\1　", text))
    return sum(1 for w in words if not _ABSTRACT_WORD.search(w)) >= PARTICULAR_FACTS


# a quality, a measure or a frame named in the abstract (积极性, 公益性, 层面, 次数, 氛围, 劲头) and the
# words of manner (应付, 被动): rare as they are in general text, no particular thing
_ABSTRACT_WORD = re.compile(
    r"(?:积极|主动|创造|创新|自觉|针对|实效|系统|前瞻|原则|坚定|紧迫|重要|必要|公益|能动|时效|预见|斗争)性$|"
    # any quality named as X性 (警觉性, 敏锐性, 纪律性: r25)
    r"^[\u4e00-\u9fff]{2}性$|"
    r"(?:层面|方面|次数|氛围|劲头|苗头|精力|效果|属性)$|^(?:应付|实事|被动|大胆|融合|班子成员)$|"
    # one's portfolio as a verb and a maxim of diligence (r20)
    r"^(?:分管|主管|协管|精益求精)$|"
    # the genre's figures of effort and of pressure passed down (抓业务用力多, 层层递减, 传到末梢), which
    # jieba tags as nouns (r25)
    r"^(?:用力|层层|末梢)$"
)


PARTICULAR_FACTS = 4
# (not 对企业反映的出口退税进度慢等问题: the matters one was asked to settle, named)
_UNNAMED = re.compile(rf"((?:{_CLASS_OF_PEOPLE.pattern})反映)(?!的)[^，。；]+")


def _role(text: str, m: re.Match[str]) -> bool:
    """A place word that names one's post (党员网格员, 窗口人员), a class of people that names one's rank
    (学生干部), a place word that names a post (窗口岗位, r25): who one is, no place one was and no one named."""
    if text.startswith("岗位", m.end()):  # (收费岗位: the post's work, an event word, is told as before)
        return bool(_PLACE_RE.fullmatch(m.group()))
    return text.startswith(("员", "人员", "干部"), m.end())


_PLACE_RE = re.compile(_PLACE)


# what E101 (an aspect's whole text) counts besides its own short list: the people of one's private life,
# the rooms of a day's work, a body's meeting and a document named by its subject. People as a class
# (群众, 职工, 学生) and places in general (学校, 科室) are no fact about the author there.
PRIVATE_FACT = re.compile(
    r"爱人|妻子|丈夫|孩子|子女|儿子|女儿|父母|父亲|母亲|家人|家属|亲属|亲戚|配偶|"
    r"食堂|病房|工地|车间|门店|会议室|家里|家中|老家|工作群|微信群|朋友圈|短视频|" + _MEETING + "|" + _QUOTED
)
