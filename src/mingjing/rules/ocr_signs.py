"""A digit or Latin letter that a scan read for a Chinese character of the same outline (T135):
I作 → 工作, 统l → 统一, 7解 → 了解, 0头 → 口头.

An OCR program reads 口 as 0 or O, 一 as 1 or l, 了 as 7, 工 as I or T, 乙 as Z or 2, 丁 as J. A sign
is read as such a slip where it stands alone among Chinese characters (no digit or letter beside it)
and the character it stands for makes a common word of jieba's dictionary with a neighbour (WORD_MIN
or more), and the sign is no number there: when another numeral (两, 三, 五) in its place makes a word
too (1个, 第1, 0号, 1月), the digit counts something and stays silent. A letter is reported only
between two Chinese characters (A级, T型 stay silent: the word must need the character).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

WORD_MIN = 300  # 一致, 了解, 工作, 口头 … are thousands in jieba's dictionary
LETTER_EDGE_MIN = 3000  # a letter with Chinese on one side only must make a very common word (，T作)
READS: dict[str, str] = {
    "0": "口",
    "O": "口",
    "1": "一",
    "l": "一",
    "7": "了",
    "I": "工",
    "T": "工",
    "Z": "乙",
    "J": "丁",
}
_LONE = re.compile(r"[017OlITZJ](?<![0-9A-Za-z.,:/%+\-][017OlITZJ])(?![0-9A-Za-z.,:/%+\-])")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_OTHER_NUMERALS = "两三五"


def _makes_word(text: str, at: int, ch: str, least: int) -> bool:
    """Whether `ch` in the place of text[at] makes a word of 2–3 characters with its neighbours."""
    for k in (2, 3):
        for start in range(at - k + 1, at + 1):
            end = start + k
            if start < 0 or end > len(text):
                continue
            window = text[start:at] + ch + text[at + 1 : end]
            if all(_CJK.match(c) for c in window) and dictionary_freq(window) >= least:
                return True
    return False


# 一 + these is a measure by jieba's dictionary but more often a word of its own (一起学习, 一线, 一手)
_ADVERBIAL_MEASURES = frozenset("起线手")


def _count_and_measure(ch: str, after: str) -> bool:
    """Whether the character the digit stands for and the one after it are a numeral and its measure word (jieba's
    dictionary tags 一出, 一台, 一折 m): the digit counts, as a text written with digits counts everything."""
    from mingjing.rules.postag import tag

    if not after or after in _ADVERBIAL_MEASURES:
        return False
    words = tag(ch + after)
    return len(words) == 1 and words[0][1] == "m"


def _opens_idiom(text: str, at: int, ch: str) -> bool:
    """Whether the character opens a four-character idiom there (一丝不苟, 一如既往): a word, no count."""
    from mingjing.rules.postag import tag

    rest = text[at + 1 : at + 4]
    if len(rest) < 3 or not all(_CJK.match(c) for c in rest):
        return False
    words = tag(ch + rest)
    return len(words) == 1 and words[0][1] == "i"


_SENTENCE_MARKS = re.compile(r"[，。；：！？,;:!?]")


def _numbers_a_title(text: str, at: int) -> bool:
    """Whether the digit at `at` closes a line that holds no sentence mark (自查问题清单1, 自查报告3): a site
    numbers the pieces of a page by a digit after their titles, no 一 that a scan misread (round r26)."""
    if not text[at].isdigit() or text[at + 1 : at + 2] not in ("", "\n", "\r"):
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return not _SENTENCE_MARKS.search(line)


def sign_slips(text: str) -> Iterator[tuple[int, str]]:
    """(offset, character) of every sign read for a character, left to right."""
    for m in _LONE.finditer(text):
        at = m.start()
        sign = m.group()
        before, after = text[at - 1 : at], text[at + 1 : at + 2]
        han_before, han_after = bool(_CJK.match(before)), bool(_CJK.match(after))
        if not (han_before or han_after) or _numbers_a_title(text, at):
            continue
        ch = READS[sign]
        alone = sign.isalpha() and not (han_before and han_after)
        if not _makes_word(text, at, ch, LETTER_EDGE_MIN if alone else WORD_MIN):
            continue
        idiom = sign.isdigit() and _opens_idiom(text, at, ch)  # 1丝不苟: no numeral opens 一丝不苟 (r25)
        if sign.isdigit() and not idiom and any(_makes_word(text, at, n, 1) for n in _OTHER_NUMERALS):
            continue
        if sign.isdigit() and not idiom and _count_and_measure(ch, after):
            continue  # 新排1出小戏, 1折: the numeral and the measure after it, a count whatever the measure (r25)
        yield at, ch


@code_rule(
    "T135",
    "scan-sign-for-character",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：扫描识别（OCR）常把这个字认成形状相近的数字或字母",
    "扫描件经文字识别后粘贴的材料，会把字认成形状相近的数字或字母：“工”认成 I、“一”认成 1 或 l、“了”认成 7、"
    "“口”认成 0。只在这个数字或字母单独夹在汉字中间、换回汉字能组成常用词、换成别的数字又不成词时提示"
    "（1个、第1、1月是数字，A级、T型不提示）。",
    bad=[
        variant("按照县委要求", "按照县委要求，把[I]作抓实"),
        variant("按照县委要求", "按照县委要求，思想认识高度[1]致"),
        variant("按照县委要求", "按照县委要求，对待工作[1]丝不苟"),  # an idiom 一 opens (r25)
    ],
    good=[
        variant(
            "按照县委要求",
            "按照县委要求，1个问题，第1条，1月份，0号文件，A级，T型台，统一思想，了解情况",
        ),
        # a numeral and a measure word the dictionary holds with 一 (一出 of a play, 一折): a count (r25)
        variant("按照县委要求", "按照县委要求，今年新编1出小戏，全年演出1台晚会"),
        # a site's number after a piece's title at the end of its line (r26)
        "机关作风建设自查问题清单1\n" + GOOD,
    ],
)
def scan_sign_for_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for at, ch in sign_slips(ctx.text):
        yield rule.finding(ctx.text, at, at + 1, (ch,))
