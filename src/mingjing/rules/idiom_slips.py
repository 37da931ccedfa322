"""Slips in 成语 and four-character set phrases beyond the same sound. Two characters swapped
(事实求是 for 实事求是, T120), one character changed where the phrase's kept characters hold a pair
found almost nowhere else (户枢不矗 for 户枢不蠹, T121), and a three-character set phrase of the genre
standing as a clause of its own with one character of a near sound (走过程 for 走过场, T123).

The lexicon: pypinyin's four-character phrases, and from jieba's dictionary every four-character 成语
(tag i) and every other four-character entry of frequency 100 or more that is no name
(data/idioms_four.tsv, scripts/generate_idioms.py). A rare pair is two neighbouring characters that
are no word and would meet by chance at most 3 times in jieba's corpus (户枢, 莫展).

Evidence required (docs/review-real-errors.md has the measurements):

- the run as written is no word of jieba's dictionary (beside the phrase's frequency: its noise entries
  do not count) and no known phrase;
- its edges are the dictionary's word edges in the sentence (回头看一次 holds 回头看一, a swap of 回头一看,
  but 回头看 is a word running across the edge);
- T120: swapping two neighbours gives exactly one phrase of the lexicon;
- T121: the changed character stands alone in the dictionary's segmentation (精神不够 is 精神 + 不够,
  not a slip of 精神不振), the kept characters hold a rare pair, and exactly one phrase fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mingjing.rules.base import code_rule
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.stored import stored

if TYPE_CHECKING:
    import numpy as np

    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

DATA = Path(__file__).parent / "data" / "idioms_four.tsv"
_CJK4 = re.compile(r"[\u4e00-\u9fff]{4}")
_RUN = re.compile(r"[\u4e00-\u9fff]+")
NOISE = 5  # jieba's dictionary carries misspellings as entries of frequency 3 (本未倒置)
RATIO = 50  # a written form 50 times rarer than the phrase is noise too


@lru_cache(maxsize=1)
def lexicon() -> dict[str, str]:
    """Each four-character phrase and the offsets of its rare pairs ('' when it has none)."""
    from pypinyin.constants import PHRASES_DICT

    words = {p: "" for p in PHRASES_DICT if _CJK4.fullmatch(p)}
    for line in DATA.read_text(encoding="utf-8").splitlines()[1:]:  # the first row: the rare characters
        word, _, pairs = line.partition("\t")
        words[word.lstrip("=")] = pairs
    return words


def _swaps(form: str) -> Iterator[str]:
    """`form` with each two different neighbours swapped (a phrase gives a form so, and the form gives
    the phrase back so)."""
    for i in range(3):
        if form[i] != form[i + 1]:
            yield form[:i] + form[i + 1] + form[i] + form[i + 2 :]


@stored
def _swapped_codes() -> np.ndarray[Any, Any]:
    """Every form a phrase of the lexicon gives with two different neighbours swapped, packed as in
    rules/tables.py (15 bits a character) and sorted: 0.8 MB, where a dictionary of the 100,000 forms
    took about 10 MB. The swaps are made on the phrases' codes, never as strings."""
    import numpy as np

    from mingjing.rules.tables import BITS, pack_forms

    codes = pack_forms([w for w in lexicon() if _CJK4.fullmatch(w)], 4)
    if codes is None:
        return np.zeros(0, dtype=np.uint64)
    bits, mask = np.uint64(BITS), np.uint64((1 << BITS) - 1)
    chars = [(codes >> np.uint64(BITS * (3 - k))) & mask for k in range(4)]  # first to last
    forms = []
    for i in range(3):
        differ = chars[i] != chars[i + 1]
        a, b = chars[i][differ], chars[i + 1][differ]
        place = np.uint64(BITS * (2 - i))  # where character i + 1 sits; character i is one place higher
        cleared = codes[differ] & ~(((mask << bits) | mask) << place)
        forms.append(cleared | (((b << bits) | a) << place))
    return np.unique(np.concatenate(forms))


def swapped_forms(text: str) -> set[str]:
    """The runs of four Chinese characters of `text` that are a phrase with two neighbours swapped: the
    text's runs as packed codes (`tables.windows`, made once per document for the tables of four
    characters too), searched among `_swapped_codes` at once."""
    import numpy as np

    from mingjing.rules.tables import unpack, windows

    keys = _swapped_codes()
    runs = windows(text, 4).sorted
    if not len(keys) or not len(runs):
        return set()
    at = np.searchsorted(keys, runs)
    at[at == len(keys)] = 0
    return {unpack(code, 4) for code in runs[keys[at] == runs].tolist()}


def swapped_phrase(form: str) -> str:
    """The phrase that `form` is with two neighbours swapped ('' when two phrases give it)."""
    words = {w for w in _swaps(form) if w in lexicon()}
    return words.pop() if len(words) == 1 else ""


@lru_cache(maxsize=1)
def rare_chars() -> frozenset[str]:
    """The rare characters of the rare pairs (the data's first row): a text is searched for these
    few characters, and the pairs around them looked up, not every pair searched for."""
    with DATA.open(encoding="utf-8") as f:
        return frozenset(f.readline().rstrip("\n").partition("\t")[2])


@lru_cache(maxsize=1)
def rare_index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Each rare pair → (phrase, offset of the pair in it)."""
    index: dict[str, list[tuple[str, int]]] = {}
    for word, pairs in lexicon().items():
        for offset in map(int, pairs):
            index.setdefault(word[offset : offset + 2], []).append((word, offset))
    return {k: tuple(v) for k, v in index.items()}


def _known(written: str, phrase: str) -> bool:
    """Whether the run as written is itself a phrase or a word of the dictionary (not its noise)."""
    import rjieba

    from mingjing.rules.near_twin import known_phrases

    if written in lexicon() or written in known_phrases():
        return True
    if not rjieba.has_word(written):
        return False
    freq = rjieba.suggest_freq(written) - 1
    return freq >= max(NOISE, (rjieba.suggest_freq(phrase) - 1) / RATIO)


def _two_words(form: str) -> bool:
    """Two words of the dictionary side by side (交叉学科, 相互交换): no slip of 交叉科学, 互相交换."""
    import rjieba

    return all(rjieba.has_word(w) and rjieba.suggest_freq(w) - 1 >= NOISE for w in (form[:2], form[2:]))


def word_spans(text: str, start: int) -> dict[int, tuple[int, int]]:
    """The dictionary words (no HMM) of the run of Chinese characters holding `start`: offset → span."""
    import rjieba

    run = _RUN.search(text, max(0, start - 12))
    while run and run.end() <= start:
        run = _RUN.search(text, run.end())
    owner: dict[int, tuple[int, int]] = {}
    if run is None:
        return owner
    at = run.start()
    for word in rjieba.cut(run.group(), False):
        for k in range(at, at + len(word)):
            owner[k] = (at, at + len(word))
        at += len(word)
    return owner


def clean_edges(owner: dict[int, tuple[int, int]], start: int, n: int = 4) -> bool:
    """No word of the segmentation runs across the edges of the window of `n` characters."""
    first, last = owner.get(start), owner.get(start + n - 1)
    return first is not None and last is not None and first[0] == start and last[1] == start + n


def swapped_characters(text: str) -> Iterator[tuple[int, str]]:
    """(start, phrase) of each four-character run that is a phrase with two neighbours swapped."""
    for form in sorted(swapped_forms(text)):
        phrase = swapped_phrase(form)
        if not phrase or _known(form, phrase) or _two_words(form):
            continue
        at = text.find(form)
        while at >= 0:
            if clean_edges(word_spans(text, at), at) and not _unit_place(text, at + 3):
                yield at, phrase
            at = text.find(form, at + 1)


def _unit_place(text: str, at: int) -> bool:
    """Whether the character at `at` is a unit's short name that opens the unit's own place or side with the
    next one (问题在所里解决: 所里, 院内, 馆方), a word the dictionary does not hold."""
    from mingjing.rules.doubled_chars import UNIT_ENDS

    return text[at : at + 1] in UNIT_ENDS and text[at + 1 : at + 2] in _PLACE_AFTER_UNIT


_PLACE_AFTER_UNIT = frozenset("里内方")


def odd_characters(text: str) -> Iterator[tuple[int, str, str]]:
    """(start, phrase, rare pair) of each four-character run that is a phrase with one character
    changed, the phrase's rare pair kept."""
    index = rare_index()
    seen: set[int] = set()
    for m in _rare_char_class().finditer(text):
        for at in (m.start() - 1, m.start()):
            pair = text[at : at + 2] if at >= 0 else ""
            if pair in index and at not in seen:
                seen.add(at)
                yield from _odd_at(text, at, pair, index[pair])


@lru_cache(maxsize=1)
def _rare_char_class() -> re.Pattern[str]:
    """One character class of the rare characters (scanned in C, quicker than a set of the text)."""
    return re.compile("[" + re.escape("".join(sorted(rare_chars()))) + "]")


def _odd_at(
    text: str, at: int, pair: str, phrases: tuple[tuple[str, int], ...]
) -> Iterator[tuple[int, str, str]]:
    fits: dict[int, set[str]] = {}
    for phrase, offset in phrases:
        start = at - offset
        window = text[start : start + 4] if start >= 0 else ""
        if not _CJK4.fullmatch(window):
            continue
        diff = [i for i in range(4) if window[i] != phrase[i]]
        if len(diff) == 1:
            fits.setdefault(start, set()).add(phrase)
    for start, found in fits.items():
        window = text[start : start + 4]
        trusted = sorted(p for p in found if _trusted(p))
        changed = {next(i for i in range(4) if window[i] != p[i]) for p in trusted}
        if len(changed) != 1:  # none, or phrases that differ elsewhere: the context does not decide
            continue
        (i,) = changed
        # variants of one phrase (户枢不蠹, 户枢不朽): the one whose character sounds most like the one written
        phrase = max(trusted, key=lambda p: (_same_final(window[i], p[i]), _freq(p)))
        if _known(window, phrase):
            continue
        owner = word_spans(text, start)
        alone = [start + i, at, at + 1]  # the changed character and the rare pair's two
        if all(_single(owner, k) for k in alone) and clean_edges(owner, start):
            yield start, phrase, pair


def _same_final(a: str, b: str) -> bool:
    from mingjing.rules.near_twin import readings

    return bool({_final(r) for r in readings(a)} & {_final(r) for r in readings(b)})


def _initial(syllable: str) -> str:
    return (
        syllable[:2]
        if syllable[:2] in ("zh", "ch", "sh")
        else syllable[:1]
        if syllable[:1] in INITIALS
        else ""
    )


def _final(syllable: str) -> str:
    return syllable[len(_initial(syllable)) :]


INITIALS = "bpmfdtnlgkhjqxrzcsyw"


def _near_sound(a: str, b: str) -> bool:
    """The two characters share an initial or a final (toneless): 程 cheng, 场 chang."""
    from mingjing.rules.near_twin import readings

    return any(_initial(x) == _initial(y) or _final(x) == _final(y) for x in readings(a) for y in readings(b))


# the genre's three-character predicate phrases of formalism (beside the 3-character collocations of
# data/collocations.yaml): written as a clause of their own (只重形式，走过场，不求实效)
FORMALISM: tuple[str, ...] = tuple(
    "走过场 一刀切 打折扣 一阵风 做样子 摆样子 装门面 走形式 搞变通 留尾巴 开小差 和稀泥 踢皮球 唱高调 老好人 绕道走 打太极 "
    "甩包袱 撂挑子".split()
)
# the genre's three-character figures (nouns: 成为推诿的挡箭牌, 发展的绊脚石), found wherever they stand
FIGURES: tuple[str, ...] = tuple(
    "挡箭牌 绊脚石 拦路虎 敲门砖 试金石 紧箍咒 主心骨 顶梁柱 领头雁 排头兵 急先锋 老黄牛 孺子牛 拓荒牛 传家宝 "
    "定盘星 压舱石 风向标 指挥棒 连心桥 金钥匙 护身符 万金油 墙头草 糊涂账 马后炮 花架子 空架子 半拉子 和事佬 "
    "出头鸟 避风港 试验田 硬骨头 保护伞 防火墙 冷板凳 铁饭碗 大锅饭 一言堂 一把手 土政策 潜规则".split()
)
FIGURE_KEPT = 100  # frequency from which the two kept characters of a figure are a word of their own


@lru_cache(maxsize=1)
def _figure_places() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, int], ...]]]:
    """A class of the figures' characters, and each character → (figure, place in it)."""
    places: dict[str, list[tuple[str, int]]] = {}
    for f in FIGURES:
        for i, c in enumerate(f):
            places.setdefault(c, []).append((f, i))
    return re.compile("[" + "".join(sorted(places)) + "]"), {c: tuple(v) for c, v in places.items()}


def _figure_windows(text: str) -> Iterator[tuple[int, str]]:
    """(start, text) of each window of three Chinese characters that keeps two of a figure's in place
    (found from the figures' own characters: one scan of a character class)."""
    chars, places = _figure_places()
    seen: set[int] = set()
    for m in chars.finditer(text):
        for figure, i in places[m.group()]:
            start = m.start() - i
            window = text[start : start + 3] if start >= 0 else ""
            if start in seen or len(window) != 3 or not _RUN.fullmatch(window):
                continue
            if sum(a == b for a, b in zip(window, figure)) == 2:
                seen.add(start)
                yield start, window


@lru_cache(maxsize=1)
def figure_index() -> dict[str, str]:
    """Each figure with one character as `?` → the figure ('' when two figures give it)."""
    index: dict[str, str] = {}
    for phrase in FIGURES:
        for i in range(3):
            key = phrase[:i] + "?" + phrase[i + 1 :]
            index[key] = "" if key in index and index[key] != phrase else phrase
    return index


def figure_slips(text: str) -> Iterator[tuple[int, str]]:
    """(start, figure) of each three characters one near-sounding character from a figure (档箭牌,
    拌脚石), where the three are no word, no word of the segmentation runs across their edges, and, when
    the changed character is first or last, the two kept characters are no common word of their own."""
    import rjieba

    index = figure_index()
    for at, written in _figure_windows(text):
        found = {index.get(written[:i] + "?" + written[i + 1 :], "") for i in range(3)} - {"", written}
        if len(found) != 1 or written in FIGURES:
            continue
        (phrase,) = found
        i = next(k for k in range(3) if written[k] != phrase[k])
        if not _near_sound(written[i], phrase[i]) or (rjieba.has_word(written) and _freq(written) >= NOISE):
            continue
        if _inserted(text, at, phrase, i):
            continue  # 压舱之石 is the figure with 之 put in (精神之钙, 立命之本): no character changed
        kept = phrase[1:] if i == 0 else phrase[:2] if i == 2 else ""
        if kept and _freq(kept) >= FIGURE_KEPT:
            continue  # 的政策 is no 土政策, 的先锋 no 急先锋: the two kept characters are a word of their own
        made = written[1:] if i == 2 else written[:2] if i == 0 else ""
        if made and _freq(made) >= FIGURE_KEPT:
            continue  # 人数和事由: the changed character makes a word with its neighbour (事由), no 和事佬 (r22)
        if clean_edges(word_spans(text, at), at, 3):
            yield at, phrase


def _inserted(text: str, at: int, phrase: str, i: int) -> bool:
    """Whether the window at `at` is the phrase with one character put in at place i (压舱之石: the
    figure's own character follows the put-in one), not one character changed."""
    return text[at : at + 4] == phrase[:i] + text[at + i] + phrase[i:]


_CLAUSE3 = re.compile(r"(?<=[，,。；;：:！？!?、\n])([\u4e00-\u9fff]{3})(?=[，,。；;！？!?、])")


@lru_cache(maxsize=1)
def three_character_phrases() -> dict[str, tuple[str, ...]]:
    """Each three-character phrase with one character as `?` → the phrases it stands for."""
    from mingjing.rules.near_twin import collocations

    index: dict[str, list[str]] = {}
    for phrase in {p for p in collocations() if len(p) == 3} | set(FORMALISM):
        for i in range(3):
            index.setdefault(phrase[:i] + "?" + phrase[i + 1 :], []).append(phrase)
    return {k: tuple(sorted(set(v))) for k, v in index.items()}


def three_character_slips(text: str) -> Iterator[tuple[int, str]]:
    """(start, phrase) of each clause of three characters one near-sounding character from a phrase."""
    import rjieba

    index = three_character_phrases()
    for m in _CLAUSE3.finditer(text):
        written = m.group(1)
        found = {
            p for i in range(3) for p in index.get(written[:i] + "?" + written[i + 1 :], ()) if p != written
        }
        if len(found) != 1 or any(
            written in index.get(written[:i] + "?" + written[i + 1 :], ()) for i in range(3)
        ):
            continue
        (phrase,) = found
        if rjieba.has_word(written) and rjieba.suggest_freq(written) - 1 >= NOISE:
            continue
        i = next(k for k in range(3) if written[k] != phrase[k])
        if _near_sound(written[i], phrase[i]):
            yield m.start(1), phrase


def _freq(word: str) -> int:
    import rjieba

    return rjieba.suggest_freq(word) - 1 if rjieba.has_word(word) else 0


def _single(owner: dict[int, tuple[int, int]], k: int) -> bool:
    """Whether the character at k is a word of one character in the segmentation (研究生在 holds the
    pair 究生 of 研究生院 inside the word 研究生: no evidence)."""
    span = owner.get(k)
    return span is not None and span[1] - span[0] == 1


def _trusted(phrase: str) -> bool:
    """A phrase of pypinyin, or of jieba's dictionary above its noise (戒娇戒燥 is an entry of 3)."""
    import rjieba
    from pypinyin.constants import PHRASES_DICT

    return phrase in PHRASES_DICT or (rjieba.has_word(phrase) and rjieba.suggest_freq(phrase) - 1 > 3)


@code_rule(
    "T120",
    "idiom-swapped-characters",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：两个字颠倒了（“{suggestion}”是成语或固定说法，“{match}”不是）",
    "成语和四字格里相邻两个字写颠倒（事实求是、政廉建设），每个字都对，同音和形近的检查都发现不了。"
    "这里把四字片段与成语、四字格比较：颠倒两个相邻的字正好是一个成语，而原样既不是词、"
    "前后也没有词跨过它的边界时提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，没有做到[事实求是]。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，没有做到实事求是，4家商铺全部回头看一次。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，没有做到问题在所里闭环解决。"),  # 所里 (r20)
    ],
)
def idiom_swapped_characters(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text, offsets = unglossed(ctx)
    for at, phrase in swapped_characters(text):
        start, end = (at, at + 4) if offsets is None else (offsets[at], offsets[at + 3] + 1)
        yield rule.finding(ctx.text, start, end, (phrase,))


@code_rule(
    "T121",
    "idiom-odd-character",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：“{pair}”几乎只出现在“{suggestion}”里，这里的“{char}”应为“{right}”",
    "成语里的生僻字常被写成别的字（户枢不矗），既不同音也不形近，清单追不上。这里只看成语中两个相邻的、"
    "平时几乎不会碰在一起的字（户枢、莫展）：它们出现了，成语的其余三个字只差一个，差的那个字又不与前后成词，"
    "原样也不是词时，提示那个成语。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，流水不腐，[户枢不矗]，这个道理我懂。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，流水不腐，户枢不蠹，这个道理我懂。"),
    ],
)
def idiom_odd_character(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text, offsets = unglossed(ctx)
    for at, phrase, pair in odd_characters(text):
        changed = next(i for i in range(4) if text[at + i] != phrase[i])
        start, end = (at, at + 4) if offsets is None else (offsets[at], offsets[at + 3] + 1)
        yield rule.finding(
            ctx.text, start, end, (phrase,), pair=pair, char=text[at + changed], right=phrase[changed]
        )


# a pinyin gloss after a character, as some pages print them: 實(shí)
_GLOSS = re.compile(r"[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]")


def unglossed(ctx: ReviewContext) -> tuple[str, list[int] | None]:
    """The text without pinyin glosses, and the offset in the text of each character kept (None when
    the text has no gloss): a gloss must not hide a slip (事實(shí)求是)."""
    key = "unglossed"
    if key not in ctx.cache:
        text = ctx.text
        if not _GLOSS.search(text):
            ctx.cache[key] = (text, None)
        else:
            kept: list[int] = []
            at = 0
            for m in _GLOSS.finditer(text):
                kept.extend(range(at, m.start()))
                at = m.end()
            kept.extend(range(at, len(text)))
            ctx.cache[key] = ("".join(text[k] for k in kept), kept)
    result: tuple[str, list[int] | None] = ctx.cache[key]
    return result


@code_rule(
    "T123",
    "three-character-set-phrase",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：三字说法只差一个音近的字",
    "“走过场”“一刀切”“打折扣”这类三字说法常单独成为一个分句（只重形式，走过场，不求实效），"
    "打字时一个音近的字就变成了别的词（走过程）。只看单独成句、与本类材料的三字说法只差一个声母或韵母相同的字、"
    "原样又不是常用词的片段；“挡箭牌”“绊脚石”这类三字比喻在哪里都看，但原样不能是词，前后也不能有词跨过它的边界，"
    "改的是头尾的字时，留下的两个字不能是常用词（的政策不是“土政策”）。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，只重形式，[走过程]，不求实效。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，把人手不足当成推诿的[档箭牌]。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，审批环节成了项目落地的[拌脚石]。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，只重形式，走过场，不求实效；同部署、同落实、同检查。"
        ),
        variant("我两天后才安排核查。", "我两天后才安排核查，对上级的政策学得不透，没有发挥先锋模范作用。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，理想信念是“精神之钙”“压舱之石”，我补得不够。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，有5份审批单缺少接待对象人数和事由。"),  # r22
    ],
)
def three_character_set_phrase(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    seen = set()
    for at, phrase in [*three_character_slips(ctx.text), *figure_slips(ctx.text)]:
        if at not in seen:
            seen.add(at)
            yield rule.finding(ctx.text, at, at + 3, (phrase,))
