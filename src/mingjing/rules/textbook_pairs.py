"""Textbook slips the wider rules leave in their blind spots (T172–T174 and F167, round r19).

T172 reads a glyph by the number before it: 干 between a digit and a unit is 千 (3干吨), 曰 after a day's
number is 日 (3月15曰), and 末 after a span of months before a modal is 未 (三个月末能). T173 holds fixed
words whose slip the segmenter keeps as a word or hides in a longer one: 防讯 (防汛), 摸低 (摸底), the
metaphor 绷紧…这根玄 (弦), 技术知道 (技术指导) where a noun frame stands round it. T174 reads a trade's post
names written with a look-alike (览投员 → 揽投员, 信货员 → 信贷员). F167 holds the genre's formulations
written in a near wording: 中国特色现代化 (中国式现代化), 三大一重 (三重一大), 国之大事 (国之大者), and the
三个务必's 谦虚谨慎、艰苦奋斗 written as 艰苦朴素.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_UNITS = "吨克米瓦元亩户人名件台辆套斤公次余多万亿册个条张份平立方"
_DIGIT_GLYPHS = (
    # 3干吨, 1.5干克, 200干瓦: 干 right after a digit, before a unit or a count word
    ("干", re.compile(rf"[0-9０-９](干)(?=[{_UNITS}])"), "千"),
    # 15曰, 3月8曰: 曰 right after a day's number
    ("曰", re.compile(r"[0-9０-９](曰)"), "日"),
    # 三个月末能, 两个月末及时: a span of months is no month's end; 每个月末 is
    (
        "个月末",
        re.compile(r"(?<![每当这该上下本])[0-9一二两三四五六七八九十几多半]个月(末)(?=[能曾及按有来必])"),
        "未",
    ),
)


def digit_glyphs(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right) of a glyph that the number before it reads as another."""
    for key, pattern, right in _DIGIT_GLYPHS:
        if key in text:
            for m in pattern.finditer(text):
                yield m.start(1), m.end(1), right


_NOUN_AFTER = "不工服力和、，。；与培水指帮的上方"
_FIXED_WORDS = (
    (re.compile(r"防讯"), "防汛"),
    (re.compile(r"摸低(?!价|端|位|点|于)"), "摸底"),
    # the metaphor 绷紧/拧紧…这根弦 and its short form 根玄/弦: 玄 after 这根/那根/一根 with 紧 before
    (re.compile(r"(?<=[这那一]根)玄"), "弦"),
    (re.compile(r"(?<=[绷崩紧])玄(?=[绷紧不，。、])"), "弦"),
    # 技术知道 inside a noun frame: 的技术知道不够, 技术知道工作, 加强技术知道
    (re.compile(rf"(?:(?<=[的强展供予])|(?<=加大)|(?<=开展))技术知道(?=[{_NOUN_AFTER}])"), "技术指导"),
    (re.compile(r"技术知道(?=[工服力和、与培]|不够|不到位|不足|不力|不及时)"), "技术指导"),
    (re.compile(r"业务知道(?=[工服力和、与培])"), "业务指导"),
)


def _fixed(text: str, table: tuple[tuple[re.Pattern[str], str], ...]) -> Iterator[tuple[int, int, str]]:
    seen: set[int] = set()
    for pattern, right in table:
        if _key(pattern) not in text:
            continue
        for m in pattern.finditer(text):
            if m.start() not in seen:
                seen.add(m.start())
                yield m.start(), m.end(), right


def _key(pattern: re.Pattern[str]) -> str:
    """The pattern's literal core: a match needs it in the text (most texts hold none)."""
    return _KEYS.get(pattern.pattern) or _KEYS.setdefault(pattern.pattern, _literal(pattern.pattern))


def _literal(source: str) -> str:
    plain = re.sub(r"\(\?<?[=!][^)]*\)|\[[^]]*\]|[(){}?:|+*]|\\\w", " ", source)
    return max(plain.split(), key=len)


_KEYS: dict[str, str] = {}


def fixed_words(text: str) -> Iterator[tuple[int, int, str]]:
    yield from _fixed(text, _FIXED_WORDS)


# a trade's post names written with a look-alike or a same-sounding glyph (wrong → right)
POSTS = {
    "览投员": "揽投员",
    "揽头员": "揽投员",
    "览收员": "揽收员",
    "投第员": "投递员",
    "分捡员": "分拣员",
    "分检员": "分拣员",
    "司镑员": "司磅员",
    "网隔员": "网格员",
    "质捡员": "质检员",
    "保结员": "保洁员",
    "钞表员": "抄表员",
    "积查员": "稽查员",
    "驾使员": "驾驶员",
    "压运员": "押运员",
    "信货员": "信贷员",
    "收营员": "收银员",
    "巡户员": "巡护员",
    "护林园": "护林员",
    "调渡员": "调度员",
    "保管园": "保管员",
    "协管园": "协管员",
    "宣讲园": "宣讲员",
}
_POSTS = re.compile("|".join(POSTS))


def post_names(text: str) -> Iterator[tuple[int, int, str]]:
    for m in _POSTS.finditer(text):
        yield m.start(), m.end(), POSTS[m.group()]


_FORMULAS = (
    (re.compile(r"中国特色现代化"), "中国式现代化"),
    (re.compile(r"三大一重"), "三重一大"),
    (re.compile(r"三重一大一"), "三重一大"),
    # 国之大者 (a classical 国之大事，在祀与戎 stays quiet)
    (re.compile(r"国之大事(?![，,]?在祀)"), "国之大者"),
    # the 三个务必: 务必谦虚谨慎、艰苦奋斗
    (re.compile(r"(?<=谦虚谨慎、)艰苦朴素"), "艰苦奋斗"),
    (re.compile(r"(?<=务必不忘初心、)牢记宗旨"), "牢记使命"),
    (re.compile(r"(?<=务必敢于斗争、)勇于斗争"), "善于斗争"),
)


def formulas(text: str) -> Iterator[tuple[int, int, str]]:
    for start, end, right in _fixed(text, _FORMULAS):
        if right == "艰苦奋斗" and "务必" not in text[max(0, start - 12) : start]:
            continue
        yield start, end, right


_OLD = "我两天后才安排核查。"


@code_rule(
    "T172",
    "glyph-after-number",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：数字后面这个字应当是“{suggestion}”",
    "数字后面的“干”“曰”“末”常是形近字之误：数字和计量单位之间是“千”（3千吨），日期的数字后是“日”"
    "（15日），“几个月”后面接“能”“及时”的是“未”（三个月未能）。只在数字或“个月”紧挨着时提示；"
    "“周末”“月末”“干部”不提示。",
    bad=[
        variant(_OLD, _OLD + "全年储备沙袋3[干]吨。"),
        variant(_OLD, _OLD + "9月15[曰]召开会议。"),
        variant(_OLD, _OLD + "有近三个月[末]能及时更新。"),
    ],
    good=[GOOD, variant(_OLD, _OLD + "全年储备沙袋3千吨，月末能及时盘点，周末加班。")],
)
def glyph_after_number(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right in digit_glyphs(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))


@code_rule(
    "T173",
    "fixed-word-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”之误",
    "固定说法里的错别字：防汛写成“防讯”，摸底写成“摸低”，“绷紧这根弦”写成“这根玄”，"
    "“技术指导”写成“技术知道”（只在前后是名词框架时提示，“知道”作动词不提示）。",
    bad=[
        variant(_OLD, _OLD + "组织[防讯]演练。"),
        variant(_OLD, _OLD + "绷紧安全这根[玄]。"),
        variant(_OLD, _OLD + "对乡镇的[技术知道]不够。"),
    ],
    good=[GOOD, variant(_OLD, _OLD + "组织防汛演练，绷紧这根弦，我知道技术知道得少。")],
)
def fixed_word_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right in fixed_words(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))


@code_rule(
    "T174",
    "post-name-slip",
    "typo",
    "warning",
    "岗位名称“{match}”疑为“{suggestion}”之误",
    "行业岗位名称里的形近、同音字：揽投员写成“览投员”，信贷员写成“信货员”，分拣员写成“分捡员”。",
    bad=[variant(_OLD, _OLD + "一名[览投员]家中遇到困难。")],
    good=[GOOD, variant(_OLD, _OLD + "一名揽投员家中遇到困难。")],
)
def post_name_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right in post_names(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))


@code_rule(
    "F167",
    "formula-near-wording",
    "formulation",
    "warning",
    "提法“{match}”有误，规范表述为“{suggestion}”",
    "规范提法写成了近似说法：中国式现代化写成“中国特色现代化”，三重一大写成“三大一重”，"
    "国之大者写成“国之大事”，三个务必的“谦虚谨慎、艰苦奋斗”写成“艰苦朴素”。",
    bad=[
        variant(_OLD, _OLD + "对[中国特色现代化]理解不深。"),
        variant(_OLD, _OLD + "务必谦虚谨慎、[艰苦朴素]的要求落实不够。"),
    ],
    good=[GOOD, variant(_OLD, _OLD + "对中国式现代化理解不深，保持艰苦朴素的作风。")],
)
def formula_near_wording(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right in formulas(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))
