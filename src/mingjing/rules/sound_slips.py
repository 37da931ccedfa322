"""Four slips of the sound that the word tables leave out (round r20, wave 2).

- **年未 / 月未 for 年末 / 月末** (T175): 未 (not yet) written for 末 (end) after a time word — a year
  repeated (2024年年未), or 年, 月, 季, 周 followed by 前, 止, 时, 的 or a mark (6月未前, 年未，). 多年未解决
  (years not solved) has a verb after 未 and stays quiet.
- **The first half of 既…又 mistyped** (T179): 即, 及 or 继 opening a clause half closed by 又 within a few
  characters and no mark (即要求稳又怕担责 for 既…又), or opening a clause that the next one answers with
  又 and the same character (及要抓好当前，又要谋划长远). Words holding the character (立即, 即使, 及时, 以及,
  继续, 相继) and 又一 (once more) stay quiet.
- **A …性/…化/…率 word one character off** (T180): three characters ending in 性, 化 or 率 that are no word,
  where one character of the same sound (tone aside) gives exactly one word of jieba's dictionary of that
  ending (真对性 → 针对性, 系通性 → 系统性), or 姓 written for the ending 性 (前瞻姓 → 前瞻性).
- **Two single characters that sound as one common word** (T181): two neighbours that the dictionary's
  segmentation leaves as single characters, together no word, where changing one of them to a character
  of the same syllable and tone gives exactly one common two-character word (以经 → 已经, 置后 → 滞后). The
  word tables (T116, T316) drop such forms because they are pieces of longer words (以经济, 掉以经心) or
  their characters meet often; here the segmentation of the sentence shows they are not.

The right words are jieba's (data/sound_slip_words.tsv, scripts/generate_sound_slip_words.py). A text
read from traditional characters gets none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.doubled_chars import dictionary_freq
from mingjing.rules.sample import variant
from mingjing.rules.stored import stored
from mingjing.rules.word_slips import NOISE_WORDS

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

DATA = Path(__file__).parent / "data" / "sound_slip_words.tsv"
NOISE = 5  # jieba's dictionary carries misspellings as entries of frequency 3
FREE = frozenset(
    "一二三四五六七八九十百千万两几半各每该本此其这那某诸全上下中内外前后里间和与及或并而且跟同对把被将为从向"
    "给让由在于以是的了着也都就又才还只不没很更最太再已曾要会能可应需须得地个们之所等"
)
COMMON = 20000  # T181's right words: the commonest only (已经 51289); rarer ones meet by chance
_TONE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
PLACE_ENDS = frozenset("省市县区镇乡村路街州局厅处科委办所院校厂队站社馆湖河江山")

# T175
_TIME_END = re.compile(
    r"(?:(?<=\d年)|(?<=[今去前上本当明]年))年未"
    r"|(?<=[\d一二三四五六七八九十底初])(?:季度|年|月|季|周)未(?=[前止时的，。；、）]|$)"
)

# T179
_BOTH = re.compile(r"(?P<c>[即及继])(?P<a>[\u4e00-\u9fff]{1,7}?)又(?!一)(?=[\u4e00-\u9fff])")
_WORD_BEFORE = {
    "即": "立随旋当亦意若在迫成",
    "及": "以涉普不危波提顾论触遍所企惠推殃累可力得来",
    "继": "相后承嗣过中",
}
_WORD_AFTER = {"即": "使将便时刻日可是席兴位期景", "及": "时早其格至第物以", "继": "续承而任往母父室电"}

_OPENS = re.compile(r"[即及继]")
_BOTH_PARALLEL = re.compile(
    r"(?P<c>[即及继])(?P<a>(?P<v>[\u4e00-\u9fff])[^。；！？\n，,]{1,18}?)[，,]又(?P=v)"
)

# T180
_ENDING = re.compile(r"([\u4e00-\u9fff]{2}[性化率姓])")
_ENDS = re.compile(r"[性化率姓]")


@lru_cache(maxsize=1)
def _words() -> dict[str, int]:
    table: dict[str, int] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, freq = line.split("\t")
            table[word] = int(freq)
    return table


def _tone_readings(char: str) -> tuple[str, ...]:
    from pypinyin.constants import PINYIN_DICT

    return tuple(s for s in PINYIN_DICT.get(ord(char), "").split(",") if s)


@lru_cache(maxsize=8192)
def _reading(char: str) -> str:
    """The character's common reading with its tone ('' when pypinyin has none)."""
    return (_tone_readings(char) or ("",))[0]


@lru_cache(maxsize=8192)
def _toneless(char: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s.translate(_TONE) for s in _tone_readings(char)))


@stored
def _two_index() -> dict[tuple[int, str, str], tuple[str, ...]]:
    """(changed position, kept character, reading with tone of the changed one) → the words."""
    index: dict[tuple[int, str, str], list[str]] = {}
    for word in _words():
        if len(word) != 2:
            continue
        for i in (0, 1):
            for r in _tone_readings(word[i])[:1]:  # the common reading (冰 is read níng too)
                index.setdefault((i, word[1 - i], r), []).append(word)
    return {k: tuple(v) for k, v in index.items()}


@lru_cache(maxsize=1)
def _three_index() -> dict[tuple[int, str, str], tuple[str, ...]]:
    """(changed position, the word with that place blank, toneless reading) → the …性/化/率 words."""
    index: dict[tuple[int, str, str], list[str]] = {}
    for word in _words():
        if len(word) != 3:
            continue
        for i in (0, 1):
            blank = word[:i] + "_" + word[i + 1 :]
            for r in _toneless(word[i])[:1]:  # the common reading (络 is read lào too)
                index.setdefault((i, blank, r), []).append(word)
    return {k: tuple(v) for k, v in index.items()}


def time_ends(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of each 年未/月未 written for 年末/月末."""
    at = text.find("未")
    while at >= 0:
        for back in (1, 2):  # 年未, 季度未
            m = _TIME_END.match(text, at - back) if at >= back else None
            if m and m.end() == at + 1:
                yield m.start(), m.end(), m.group()[:-1] + "末"
                break
        at = text.find("未", at + 1)


def both_halves(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of each 即/及/继 opening a 既…又 pair."""
    opens = [m.start() for m in _OPENS.finditer(text)]
    found = [_BOTH.match(text, k) for k in opens] + [_BOTH_PARALLEL.match(text, k) for k in opens]
    for m in filter(None, found):
        c, at = m.group("c"), m.start()
        before = text[at - 1 : at]
        if (before and before in _WORD_BEFORE[c]) or m.group("a")[0] in _WORD_AFTER[c]:
            continue
        if "又" in m.group("a") or any(ch in "即及继既" for ch in m.group("a")):
            continue
        yield at, at + 1, "既"


def ending_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right word) of each …性/…化/…率 run one character off a word of that ending."""
    words = _words()
    index = _three_index()
    for e in _ENDS.finditer(text):
        m = _ENDING.match(text, e.start() - 2) if e.start() >= 2 else None
        if m is None:
            continue
        written, at = m.group(1), m.start()
        if written in words:
            continue
        if written[2] == "姓":
            right = written[:2] + "性"
            after = text[at + 3 : at + 4]
            if (
                right in words and not (after and after in "名氏") and _no_word(written, written[1:])
            ):  # 真实姓名
                yield at, at + 3, right
            continue
        if written[:2] in words:  # 有人性: a common word and its own ending
            continue
        found: set[str] = set()
        for i in (0, 1):
            blank = written[:i] + "_" + written[i + 1 :]
            for r in _toneless(written[i])[:1]:
                found.update(w for w in index.get((i, blank, r), ()) if w != written)
        if len(found) == 1 and _no_word(written):
            yield at, at + 3, found.pop()


def _no_word(*forms: str) -> bool:
    """Whether no form is a word of the dictionary (its noise entries aside)."""
    return all(dictionary_freq(f) <= NOISE for f in forms)


def _reduplicated(text: str, at: int) -> bool:
    """Whether the pair at `at` holds the 一 of a verb said twice round it (歇一歇, 看一看, 等一等)."""
    return any(text[k : k + 1] == "一" and k > 0 and text[k - 1] == text[k + 1 : k + 2] for k in (at, at + 1))


def single_pairs(ctx: ReviewContext) -> Iterator[tuple[int, int, str]]:
    """(start, end, right word) of two characters that the segmenter's guessing (HMM) reads as one word
    the dictionary lacks (its own words are cut alike without guessing), that sound as one common word."""
    text = ctx.text
    words = _words()
    index = _two_index()
    places = ctx.two_character_words()
    tokens = ctx.words()
    starts = ctx.word_starts()
    for pair, where in places.items():
        if pair in words:
            continue
        a, b = pair[0], pair[1]
        found = {*index.get((0, b, _reading(a)), ()), *index.get((1, a, _reading(b)), ())}
        if len(found) != 1 or (a in FREE and b in FREE):
            continue
        right = found.pop()
        if right == pair or words[right] < COMMON or dictionary_freq(pair) > NOISE or pair in NOISE_WORDS:
            continue
        for k in where:
            at = starts[k]
            if text[at - 1 : at].isdigit():  # 22时后: a time
                continue
            if tokens[k + 1 : k + 2] and tokens[k + 1][:1] in PLACE_ENDS:  # 宁川县: a name
                continue
            if _reduplicated(text, at):  # 歇一歇, 想一想: a verb said twice round 一 (r23)
                continue
            yield at, at + 2, right


@code_rule(
    "T175",
    "time-end-written-not-yet",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：表示时间末尾应写“末”，“未”是“没有”的意思",
    "“年末”“月末”“季末”的“末”是末尾，常被打成形近的“未”（没有）。在时间词后重复的“年年未”、"
    "或“年未”“月未”后面紧跟“前”“止”和标点时，“未”只能是“末”；“多年未解决”这类“未”后跟动词的说法不提示。",
    bad=[
        variant("2024年6月底前精读", "2024年6[月未]前精读"),
        variant("2024年底前完成", "2024年[年未]前完成"),
    ],
    good=[variant("2024年6月底前精读", "2024年6月末前精读"), variant("2024年底前完成", "多年未完成")],
)
def time_end_written_not_yet(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in time_ends(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))


@code_rule(
    "T179",
    "both-written-homophone",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：与后面的“又”搭配成“既……又……”",
    "“既……又……”的前一半常被打成同音的“即”“及”“继”。一个分句里“即/及/继”后几个字之内接“又”、"
    "中间没有标点时，应为“既”；“立即”“即使”“及时”“以及”“继续”“相继”等词和“又一次”不提示。",
    bad=[variant("学用结合不紧。", "学用结合不紧，[即]要求稳又怕担责。")],
    good=[
        variant("学用结合不紧。", "学用结合不紧，既要求稳又怕担责。"),
        variant("学用结合不紧。", "学用结合不紧，发现问题立即又改了一遍。"),
        variant("学用结合不紧。", "学用结合不紧，及时又准确地报送。"),
    ],
)
def both_written_homophone(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in both_halves(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))


@code_rule(
    "T180",
    "abstract-noun-one-off",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：以“性”“化”“率”收尾的常用词写错了一个同音字",
    "“针对性”“系统性”“信息化”“合格率”这类以“性”“化”“率”收尾的三字词，打错一个同音字就不成词（真对性、系通性），"
    "“性”也常被打成“姓”（前瞻姓）。写法不是词、换一个同音字恰好只得到一个常用词时提示。",
    bad=[
        variant("学用结合不紧。", "学用结合不紧，整改的[真对性]不强。"),
        variant("学用结合不紧。", "学用结合不紧，工作的[前瞻姓]不够。"),
    ],
    good=[
        variant("学用结合不紧。", "学用结合不紧，整改的针对性不强。"),
        variant("学用结合不紧。", "学用结合不紧，群众是老百姓。"),
    ],
)
def abstract_noun_one_off(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in ending_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))


@code_rule(
    "T181",
    "single-characters-one-word",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：两个字不成词，换一个同音字是常用词",
    "同音字打错后，两个字常常不成词（以经、置后），分词时各自单独成字；把其中一个字换成同音同调的字，"
    "恰好只得到一个常用词（已经、滞后）时提示。“以经济建设为中心”里“经”属于“经济”，不提示。",
    bad=[variant("学用结合不紧。", "学用结合不紧，对形式主义[以经]习以为常。")],
    good=[
        variant("学用结合不紧。", "学用结合不紧，对形式主义已经习以为常。"),
        variant("学用结合不紧。", "学用结合不紧，以经济建设为中心。"),
        # a real word the dictionary keeps at its noise frequency (r27)
        variant("学用结合不紧。", "学用结合不紧，对闯禁行、乱停车的车辆查处不严。"),
    ],
)
def single_characters_one_word(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return
    for start, end, right in single_pairs(ctx):
        yield rule.finding(ctx.text, start, end, (right,))
