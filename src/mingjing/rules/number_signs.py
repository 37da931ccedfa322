"""Letters and shapes read for the digits of a number (T140, T141): 2O24年, l0个, 3l名, 二○二三年.

A scan (or a hand typing a number on a Latin keyboard) reads 0 as the letter O or o and 1 as l or I;
inside a number they change nothing to the eye and everything to a search, a sum or a check of the
year. T140 reads a run of digits and letters (no other letter in it: O2O, 5G, B2B, COVID-19 stay
quiet) that holds at least one digit and only the letters O, o, l, I, where a letter stands between
two digits (2O24) or the run counts something (a unit, a measure word or a date word follows it:
l0个, 3l名, 2O25年). A Latin unit may close the run (1OkV: the unit counts, as 个 does), a decimal
point may stand in it (99.l%), and a grade's class number in brackets may be a letter that reads as
its digit (初三（S）班: S for 5, O for 0, l or I for 1, Z for 2).

T141 reads a year or number written in Chinese numerals whose zero is another shape: the geometric
circle ○ or ◯, the letter O or the digit 0 among 一二三 … (二○二三年). The standard zero of a Chinese
numeral is 〇 (GB/T 15835); a circle looks the same and is another character.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

# (the lookbehind after the first character, which it then also holds: the engine skips ahead to a
# first character of the class, where before it tried the lookbehind at every place of the text)
_RUN = re.compile(
    r"[0-9A-Za-z](?<![0-9A-Za-z.\-_/][0-9A-Za-z])[0-9A-Za-z]*(?:\.[0-9A-Za-z]+)?(?![0-9A-Za-z\-_/])"
)
# Latin units written after a figure (GB 3100 symbols and the trades' usual ones): 10kV, 500mm
_UNITS = (
    "kV", "V", "kW", "MW", "GW", "kWh", "kVA", "MVA", "km", "m", "cm", "mm", "kg", "g", "t", "L",
    "mL", "ml", "Hz", "MHz", "GHz", "GB", "TB", "MB", "Mbps", "Gbps", "mAh", "dB", "ha", "ppm",
)  # fmt: skip
_UNIT_END = re.compile("(?:" + "|".join(sorted(map(re.escape, _UNITS), key=len, reverse=True)) + ")$")
# a class or unit number in brackets after a grade: 初三（S）班 for 初三（5）班
_CLASS = re.compile(r"[（(](?<=[一二三四五六七八九级][（(])([SOlIZ])[）)](?=[班排])")  # (the same)
_CLASS_DIGITS = {"S": "5", "O": "0", "l": "1", "I": "1", "Z": "2"}
_LETTERS = {"O": "0", "o": "0", "l": "1", "I": "1"}
# what follows a count or a date: units, measure words, date words
_COUNTED = re.compile(
    r"[年月日号个名人次项条件户家元万亿岁天周%％多余位本篇份场批处所期届轮倍米亩吨辆套台座节课千百起例宗栋株棵斤]"
)
_DIGIT_OR_POINT = "0123456789."
_CN_DIGITS = "〇一二三四五六七八九"
_ZERO_SHAPES = "○◯OoＯ0０"
_CN_RUN = re.compile(f"[{_CN_DIGITS}{_ZERO_SHAPES}]{{3,}}")


def number_letters(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the number as meant) of every number that holds a letter for a digit."""
    for m in _RUN.finditer(text):
        run, end = m.group(), m.end()
        if run.isdigit():
            continue  # no letter (most runs: 2023, 12)
        unit = _UNIT_END.search(run) if "." not in run else None
        if unit and unit.start() and run[unit.start() - 1] in "0123456789Ol":
            run, end = run[: unit.start()], m.start() + unit.start()
        else:
            unit = None
        letters = [c for c in run if not c.isdigit() and c != "."]
        digits = sum(c.isdigit() for c in run)
        if not letters or not digits or any(c not in _LETTERS for c in letters):
            continue
        if run.count(".") and not (run[0].isdigit() and run[-1] != "."):
            continue
        between = any(
            run[i] in _LETTERS and run[i - 1] in _DIGIT_OR_POINT and run[i + 1] in _DIGIT_OR_POINT
            for i in range(1, len(run) - 1)
        )
        if not (between or unit or _COUNTED.match(text, end)):
            continue
        yield m.start(), end, "".join(_LETTERS.get(c, c) for c in run)
    for m in _CLASS.finditer(text):
        yield m.start(1), m.end(1), _CLASS_DIGITS[m.group(1)]


def circle_zeros(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the numeral as meant) of every Chinese numeral whose zero is another shape."""
    for m in _CN_RUN.finditer(text):
        run = m.group()
        genuine = sum(c in _CN_DIGITS for c in run)
        if genuine < 2 or not any(c in _ZERO_SHAPES for c in run):
            continue
        if run[0] in _ZERO_SHAPES or not text.startswith("年", m.end()):
            continue
        yield m.start(), m.end(), "".join("〇" if c in _ZERO_SHAPES else c for c in run)


@code_rule(
    "T140",
    "letter-in-number",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：数字中混入了形状相近的字母（O 当 0、l 或 I 当 1）",
    "扫描识别或英文输入时，数字 0 常被打成字母 O、1 被打成小写字母 l 或大写 I，看起来一样，检索、"
    "核对年份和数目时却对不上。只在一串数字里夹着这几个字母、并且夹在两个数字之间或后面跟着单位"
    "（年、个、名、项、%、kV）时提示，年级后括号里的班号（初三（S）班）同样对待；O2O、5G、B2B "
    "这类本来就有字母的写法不提示。",
    bad=[
        variant("2023年7月网民", "2O23年7月网民"),
        variant("2023年7月网民", "2023年7月网民反映[l0]千伏线路巡视不到位"),
        variant("2023年7月网民", "2023年7月网民举报[l8]起"),
        variant("征求意见建议23条", "征求意见建议2l条"),
        variant("谈心谈话12人次", "谈心谈话l2人次"),
        variant("S218线改扩建", "S218线1OkV线路改扩建"),
        variant("征求意见建议23条", "征求意见建议23条，办结率99.l%"),
        variant("按照县委要求", "按照县委要求，到初二（S）班听课"),
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，推进O2O服务、5G基站和B2B平台，参照ISO9001标准，G20会议，"
            "10kV线路，办结率99.5%，A班、（B）班",
        ),
    ],
)
def letter_in_number(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, meant in number_letters(ctx.text):
        yield rule.finding(ctx.text, start, end, (meant,))


@code_rule(
    "T141",
    "circle-for-zero",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：汉字数字的零应写“〇”，这里是形状相近的圆圈或字母",
    "用汉字写年份时，零写作“〇”（数字用法的国家标准）。几何图形“○”、字母 O 或阿拉伯数字 0 看起来"
    "差不多，却是别的字符，检索和排版都会出错。只在三个以上汉字数字连写、后面跟“年”时提示。",
    bad=[
        variant("2023年我只精读", "二○二三年我只精读"),
        variant("2023年我只精读", "二O二三年我只精读"),
    ],
    good=[
        variant("2023年我只精读", "二〇二三年我只精读"),
        variant("按照县委要求", "按照县委要求，用○标出完成项，一○年代"),
    ],
)
def circle_for_zero(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, meant in circle_zeros(ctx.text):
        yield rule.finding(ctx.text, start, end, (meant,))
