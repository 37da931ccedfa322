"""Misuses of marks read mark by mark from GB/T 15834-2011 and the 公文 habits (P170–P172, P174–P179).

- P170: a half-width mark among Chinese where the older rules look away: a comma, colon or semicolon
  right after a figure or a percent sign with Chinese after it (`86.5%,群众`, `142,两处`; a thousands
  separator has digits after it, a clock time digits too), a run of half-width `!!`/`??` after Chinese,
  and half-width brackets around a Latin abbreviation inside a Chinese sentence (`付费(DIP)改革`);
  brackets after a space, as in an English name, stay quiet.
- P171: the mark after a serial number at a line's start: a Chinese numeral takes 、 (`三，` `四．`), an
  Arabic numeral takes the low dot (`2，`), and 其一、 其二、 take a comma like 第一，.
- P172: 书名号 around a meeting, a campaign or a system, which are no work or document (GB/T 15834-2011
  4.15): a name that ends as a meeting (大会, 会议, 座谈会…), a campaign (行动, 活动, 宣传月, 建设年…) or a
  system (…长制), or that 制度/期间/机制 follows (`《四下基层》制度`); what P161 (活动, 创建 after the mark)
  or P187 (numbered abbreviations, slogans before 理念) read is left to them.
- (P173 is not used: a regulation's full name with no 书名号 is P144's, widened in r14 to 规定 after
  中国共产党 and 法 after 中华人民共和国.)
- P174: a sentence closed twice: a full stop, exclamation or question mark inside the closing quotation mark
  or bracket and a full stop after it (`学习。”。`, `台账。）。`, `奋斗出来的！”。`).
- P175: a 顿号 before the conjunction that joins the last member of a series (`人事、和资产`, `、以及`):
  the conjunction replaces the 顿号; 与 stays quiet, as it opens a clause as a preposition (`、与患者沟通`).
- P176: a hyphen between the two ends of a range of dates (`5月8日-6月10日`): a range takes the dash —
  or the wave ～ (P149 reads bare numbers).
- P177: a bullet `•` or a katakana dot `・` between Chinese characters where the 间隔号 `·` belongs.
- P179: 书名号 closed before the document's kind (`《十四五》规划`, `《八五普法》规划`): the marks hold a
  short name, and the kind that makes it a document stands outside; the short name takes quotation marks
  (“十四五”规划) or the whole full name goes inside.
- P178: a full-width low dot `．` closing a Chinese sentence, where the full stop 。 belongs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.mark_misuse import untitled_in_title_marks
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.series_marks import odd_brackets

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_HAN = "\u4e00-\u9fff"
_AFTER_FIGURE = re.compile(rf"(?<=[0-9%％])[,:;](?=[{_HAN}])")
_FULL = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_BANG_RUN = re.compile(rf"(?<=[{_HAN}])([!?])[!?]+")
_LATIN_IN_BRACKETS = re.compile(rf"(?<=[{_HAN}])\(([A-Za-z][A-Za-z0-9&.\-]{{0,15}})\)(?=[{_HAN}，。；、：])")

_NUMERAL = "一二三四五六七八九十"
_SERIAL_CHINESE = re.compile(rf"(?m)^([{_NUMERAL}]{{1,3}})([，,．.])(?=[{_HAN}])")
_SERIAL_ARABIC = re.compile(rf"(?m)^([1-9][0-9]?)([，,])(?=[{_HAN}])")
_QI_ORDINAL = re.compile(rf"(?<=[。；：！？\n])(其[一二三四五六])、(?=[{_HAN}])")

_TITLED = re.compile(r"《([^《》\n“”]{2,20})》")
_MEETING = re.compile(r"(?:大会|会议|座谈会|推进会|部署会|动员会|培训班|论坛)$")
# r21: the heads that end the name of a class, a meeting of another kind, a contest, a festival or an exhibition —
# events that are held, never works or documents (参加了院党委组织的《主题教育读书班》)
EVENT_HEADS = (
    # classes and courses
    "读书班 轮训班 研修班 研讨班 学习班 进修班 专题班 示范班 提高班 培训会 轮训 集训 训练营 夏令营 冬令营 "
    "工作坊 大讲堂 讲习所 读书会 分享会 读书活动 "
    # meetings of every kind
    "专题会 研讨会 报告会 宣讲会 交流会 汇报会 现场会 观摩会 调度会 分析会 联席会 听证会 评审会 论证会 "
    "发布会 招聘会 推介会 洽谈会 博览会 展销会 交易会 联欢会 表彰会 誓师会 启动会 总结会 述职会 评议会 "
    "恳谈会 见面会 茶话会 对接会 年会 峰会 例会 民主生活会 组织生活会 党员大会 职代会 团代会 代表大会 "
    # contests
    "竞赛 大赛 比赛 技能赛 擂台赛 联赛 锦标赛 邀请赛 挑战赛 运动会 大比武 比武 练兵 评比 评选 知识赛 "
    # festivals, days, exhibitions and shows
    "文化节 艺术节 读书节 旅游节 音乐节 美食节 丰收节 科技节 体育节 开放日 宣传日 服务日 活动日 主题党日 "
    "宣传周 活动周 科技周 宣传月 活动月 服务月 教育月 展览 展览会 巡展 展演 汇演 巡演 文艺汇演 晚会 "
    "义诊 巡回宣讲 宣讲 大走访 大排查 大调研 大讨论 大整治 攻坚战 会战 "
    # campaigns of education
    "主题教育 党纪学习教育 党史学习教育 警示教育 集中教育 专题教育"
).split()
_EVENT = re.compile("(?:" + "|".join(sorted(EVENT_HEADS, key=len, reverse=True)) + ")$")
_CAMPAIGN = re.compile(
    r"(?:[\u4e00-\u9fff]{2}(?:行动|活动)|[^岁日明风年]{2}(?:宣传|服务|生产|教育|整治)[月周]"
    r"|(?:建设|提升|攻坚|落实|服务|作风)年|长制)$"
)
_SYSTEM_AFTER = ("制度", "期间", "机制")  # 创建, 活动 after the mark: P161
_DOCUMENT_END = re.compile(
    r"(?:条例|规定|办法|意见|通知|决定|纲要|规划|方案|报告|讲话|(?<!普)法|准则|细则|规则|章程|决议|公报)$"
)  # 普法 is legal publicity, no law

_TWICE_CLOSED = re.compile(r"[。！？][”’）]。")

_CONJUNCTION = re.compile(r"、(以及|和|及|或)")
_CUT_TITLE = re.compile(r"《([^《》\n“”]{2,8})》(?=(?:实施方案|规划|纲要|方案)(?![\u4e00-\u9fff]*》))")
_SERIAL_BEFORE = frozenset(_NUMERAL + "0123456789）)")
_WORD_AFTER = {"和": "谐平善睦美解气衷蔼顺", "及": "时早格至第", "或": "多缺许"}
# r26: 和 + someone + a verb done together with them: 和 the preposition, the 顿号 before it parts two verb phrases
_WITH_SOMEONE = re.compile(
    "[^，。；：、\n]{1,8}?(?:一起|一道|共同|面对面|商量|商议|协商|沟通|交流|谈心|谈话|交心|座谈|讨论|对接|联系|见面|打交道)"
)

_DATE_RANGE = re.compile(r"(?<=[年月日号])[-－](?=[0-9]{1,4}[年月日号])")
_BULLET_DOT = re.compile(rf"(?<=[{_HAN}])[•・‧∙](?=[{_HAN}])")
_WIDE_DOT_STOP = re.compile(rf"(?<=[{_HAN}）”])．(?=\n|$|[{_HAN}“（])")


def half_width_marks(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, mend, why) of every half-width mark by a figure, `!!` run or Latin note in (…)."""
    if "," in text or ":" in text or ";" in text:
        for m in _AFTER_FIGURE.finditer(text):
            yield m.start(), m.end(), _FULL[m.group()], "数字或百分号后面接着中文，是中文句中的停顿"
    if "!" in text or "?" in text:
        for m in _BANG_RUN.finditer(text):
            yield m.start(), m.end(), _FULL[m.group(1)], "中文句末用全角标点，且不叠用"
    if "(" in text:
        for m in _LATIN_IN_BRACKETS.finditer(text):
            mend = f"（{m.group(1)}）"
            yield m.start(), m.end(), mend, "中文句子里括注外文缩写，括号也用全角"


@code_rule(
    "P170",
    "half-width-mark-among-chinese",
    "punctuation",
    "warning",
    "“{match}”是半角标点：{why}，应为“{suggestion}”",
    "中文行文用全角标点（GB/T 15834-2011）。数字、百分号之后接着中文的逗号、冒号、分号是中文句中的停顿，"
    "应为全角；千分位逗号（1,286）、时刻（8:30）不提示。中文句末不叠用“!!”。中文句子里括注外文缩写"
    "（付费（DIP）改革）也用全角括号；英文名称中空格后的括号不提示。",
    bad=[
        variant("交通工程项目14个，", "交通工程投资完成率64%[,]"),
        variant("我两天后才安排核查。", "我两天后才安排核查[!!]"),
        variant("全县“智慧交通”平台", "全县智能交通系统[(ITS)]平台"),
    ],
    good=[
        GOOD,
        variant("征求意见建议23条，", "征求意见建议1,023条，上午8:30开会，"),
        variant("全县“智慧交通”平台", "全县Intelligent Transport (ITS)平台"),
    ],
)
def half_width_mark_among_chinese(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, mend, why in half_width_marks(text):
        yield rule.finding(text, start, end, (mend,), why=why)


def serial_marks(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, mend, why) of every serial number at a line's start with the mark of another kind."""
    for m in _SERIAL_CHINESE.finditer(text):
        yield m.start(), m.end(), m.group(1) + "、", "汉字数字序号后用顿号"
    for m in _SERIAL_ARABIC.finditer(text):
        yield m.start(), m.end(), m.group(1) + ".", "阿拉伯数字序号后用下脚点"
    if "其" in text:
        for m in _QI_ORDINAL.finditer(text):
            yield m.start(), m.end(), m.group(1) + "，", "“其一”“其二”表示次序，后面用逗号"


@code_rule(
    "P171",
    "serial-number-mark",
    "punctuation",
    "warning",
    "序号“{match}”的标点用错了：{why}，应为“{suggestion}”",
    "GB/T 15834-2011 和公文格式：汉字数字序号后用顿号（一、），阿拉伯数字序号后用下脚点（1.），"
    "括号序号后不加标点；“第一”“其一”这类序次语后用逗号。行首的“三，”“四．”“2，”都是序号标点用错。"
    "同级序号形式统一：其他序号都是“（1）（3）”这样的全角括号、只有一个写成半角“(2)”的，也提示（全文都用半角的不提示）。",
    bad=[
        variant("二、产生问题的原因", "[二，]产生问题的原因"),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "\n（1）学得不够深。\n[(2)]读得不多。\n（3）悟得不够透。\n",
        ),
        variant("一是学得不够深。比如，", "一是学得不够深。[其一、]比如，"),
    ],
    good=[
        GOOD,
        variant("一是学得不够深。比如，", "一是学得不够深。其一，比如，"),
        variant(
            "一是学得不够深。比如，2023年我只精读了原著中的6篇文章，研讨发言多引用文件原文。",
            "\n(1)学得不够深。\n(2)读得不多。\n(3)悟得不够透。\n",
        ),
    ],
)
def serial_number_mark(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, mend, why in serial_marks(text):
        yield rule.finding(text, start, end, (mend,), why=why)
    for start, end, mend in odd_brackets(ctx):  # r22: (2) among （1）（3）
        yield rule.finding(text, start, end, (mend,), why="同级的其他序号都用全角括号，这一个是半角括号")


def non_works_in_title_marks(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, mend, what it is) of every meeting, campaign or system in 书名号 that P187 leaves."""
    read = {start for start, _, _ in untitled_in_title_marks(text)}
    for m in _TITLED.finditer(text):
        inner = m.group(1)
        if m.start() in read or _DOCUMENT_END.search(inner):
            continue
        if _MEETING.search(inner):
            yield m.start(), m.end(), inner, "会议名称"
        elif _EVENT.search(inner):
            yield m.start(), m.end(), inner, "培训班、会议、比赛、节会或教育活动的名称"
        elif _CAMPAIGN.search(inner):
            yield m.start(), m.end(), f"“{inner}”", "活动或制度的名称"
        elif text.startswith(_SYSTEM_AFTER, m.end()):
            yield m.start(), m.end(), f"“{inner}”", "制度或活动的简称"


@code_rule(
    "P172",
    "non-work-in-title-marks",
    "punctuation",
    "warning",
    "“{match}”是{what}，不是书名或文件名，不用书名号，应为“{suggestion}”",
    "GB/T 15834-2011 4.15：书名号标示书名、篇名、报刊名、文件名等。会议（大会、座谈会）、活动和行动"
    "（安全生产月、专项行动、作风建设年）、制度（河长制，后接“制度”“期间”“机制”的简称）不是作品或文件，"
    "会议名称不加标点，活动、制度的简称需要突出时用引号。名称以条例、意见、方案、讲话等结尾的文件不提示。",
    bad=[
        variant("通过座谈会、个别访谈", "落实[《全县交通工作会议》]部署，通过座谈会、个别访谈"),
        variant("通过座谈会、个别访谈", "开展[《安全生产宣传月》]，通过座谈会、个别访谈"),
        variant("通过座谈会、个别访谈", "落实[《四下基层》]制度，通过座谈会、个别访谈"),
    ],
    good=[
        GOOD,
        variant("通过座谈会、个别访谈", "学习《在全县交通工作会议上的讲话》，通过座谈会、个别访谈"),
    ],
)
def non_work_in_title_marks(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "《" not in text:
        return
    for start, end, mend, what in non_works_in_title_marks(text):
        yield rule.finding(text, start, end, (mend,), what=what)


@code_rule(
    "P174",
    "sentence-closed-twice",
    "punctuation",
    "warning",
    "“{match}”句末标点用了两次，应为“{suggestion}”",
    "GB/T 15834-2011：引文或括号里的话独立成句、句号已在引号或括号之内时，引号、括号之后不再加句号；"
    "引文只是句子的成分时，句号放在引号之外、引号之内不用句号。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文（见学习笔记。[）。]"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，常说“要学深悟透！[”。]"),
    ],
    good=[GOOD, variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文。（见学习笔记。）")],
)
def sentence_closed_twice(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "”。" not in text and "）。" not in text and "’。" not in text:
        return
    for m in _TWICE_CLOSED.finditer(text):
        yield rule.finding(text, m.start() + 1, m.end(), (m.group()[1],))


def dunhao_before_conjunctions(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the conjunction) of every 顿号 right before the conjunction of a series."""
    for m in _CONJUNCTION.finditer(text):
        word = m.group(1)
        if m.start() and text[m.start() - 1] in _SERIAL_BEFORE:
            continue  # 三、和低年级同学交流: the 顿号 of a serial number
        if len(word) == 1 and text[m.end() : m.end() + 1] in _WORD_AFTER[word]:
            continue
        if m.end() >= len(text) or not "\u4e00" <= text[m.end()] <= "\u9fff":
            continue
        if word == "和" and _WITH_SOMEONE.match(text, m.end()):
            continue  # 去现场听一听、和司机商量一下: 和 the preposition (with someone) opens a verb phrase, no series
        yield m.start(), m.end(), word


@code_rule(
    "P175",
    "dunhao-before-conjunction",
    "punctuation",
    "warning",
    "“{match}”：连词“{suggestion}”已连接最后一项，前面不再用顿号",
    "GB/T 15834-2011：并列词语之间用顿号；最后两项之间用“和”“及”“以及”“或”连接时，连词前不用顿号"
    "（财务、人事和资产管理）。“和谐”“及时”等词不提示。",
    bad=[variant("政治素质和舆情风险", "政治素质、舆情研判[、和]风险防控")],
    good=[
        GOOD,
        variant("政治素质和舆情风险", "政治素质、安全、和谐、及时处置和风险防控"),
        variant("我两天后才安排核查。", "我两天后才安排核查；三、和网民沟通不及时。"),
        # r26: 和 the preposition after a verb phrase (和网民商量): no series closed by a conjunction
        variant("我两天后才安排核查。", "我两天后才去现场看一看、和网民商量一下。"),
    ],
)
def dunhao_before_conjunction(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "、" not in text:
        return
    for start, end, word in dunhao_before_conjunctions(text):
        yield rule.finding(text, start, end, (word,))


@code_rule(
    "P176",
    "hyphen-in-date-range",
    "punctuation",
    "warning",
    "日期范围中间用了连字符“{match}”，应用“{suggestion}”",
    "GB/T 15834-2011 4.13：标示时间、数值的起止用一字线“—”或浪纹线“～”，不用连字符“-”（5月8日—6月10日）。",
    bad=[variant("2023年7月网民反映", "2023年7月1日[-]7月5日网民反映")],
    good=[GOOD, variant("2023年7月网民反映", "2023年7月1日—7月5日网民反映")],
)
def hyphen_in_date_range(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "-" not in text and "－" not in text:
        return
    for m in _DATE_RANGE.finditer(text):
        yield rule.finding(text, m.start(), m.end(), ("—",))


@code_rule(
    "P177",
    "bullet-as-interpunct",
    "punctuation",
    "warning",
    "“{match}”不是间隔号，应为“{suggestion}”",
    "GB/T 15834-2011 4.14：间隔号是居中的“·”，用于外国人名、以月日命名的事件（一二·九运动）等；"
    "项目符号“•”、日文中点“・”不能代替。",
    bad=[variant("2023年7月网民反映", "学习一二[•]九运动史，2023年7月网民反映")],
    good=[GOOD, variant("2023年7月网民反映", "学习一二·九运动史，2023年7月网民反映")],
)
def bullet_as_interpunct(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for m in _BULLET_DOT.finditer(text):
        yield rule.finding(text, m.start(), m.end(), ("·",))


@code_rule(
    "P178",
    "wide-dot-as-full-stop",
    "punctuation",
    "warning",
    "中文句末用了全角下脚点“{match}”，应为句号“{suggestion}”",
    "GB/T 15834-2011：中文陈述句末用句号“。”；全角下脚点“．”只用于数字、序号，不能代替句号。",
    bad=[variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文[．]")],
    good=[GOOD],
)
def wide_dot_as_full_stop(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "．" not in text:
        return
    for m in _WIDE_DOT_STOP.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _SERIAL_CHINESE.match(text, line_start):
            continue
        yield rule.finding(text, m.start(), m.end(), ("。",))


@code_rule(
    "P179",
    "title-marks-cut-short",
    "punctuation",
    "warning",
    "“{match}”：书名号只括了简称，后面的文件种类留在了外面，应为“{suggestion}”或写出文件全称加书名号",
    "GB/T 15834-2011 4.15：书名号标示文件的名称，名称要完整。“十四五”“八五普法”这类简称后接“规划”“方案”时，"
    "简称用引号（“十四五”规划），或者把文件全称整个放进书名号；只括简称、把“规划”留在书名号外是常见错误。",
    bad=[variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对[《十四五》]规划学得不深。")],
    good=[
        GOOD,
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，对“十四五”规划和《交通强国建设纲要》学得不深。",
        ),
    ],
)
def title_marks_cut_short(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "》" not in text:
        return
    for m in _CUT_TITLE.finditer(text):
        inner = m.group(1)
        if _DOCUMENT_END.search(inner):
            continue
        yield rule.finding(text, m.start(), m.end(), (f"“{inner}”",))
