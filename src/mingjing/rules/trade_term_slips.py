"""A trade's working term typed as a sound-alike (T178): 部分标断停工 → 标段, 盗罚林木 → 盗伐, 歉薪 → 欠薪,
稳岗反还 → 返还, 病例书写 → 病历书写, 婚姻等级 → 婚姻登记, 迎风度夏 → 迎峰度夏; since r17 also by a near reading
(控错保学 → 控辍保学, 土地流传 → 土地流转, 深林防火 → 森林防火) and as a look-alike (土地出让全 → 土地出让金, 裁植 →
栽植), and a system's 制 typed as 治 (河长治 → 河长制).

The trades' lexicon (rules/trade_lexicon.py: 3,220 everyday terms of 93 sectors and trades since r24, data/trade_lexicon.yaml) holds
what a 交通局, 林业局, 医院, 人社局 or 供电公司 writes of its own work; jieba holds many of them rarely or
not at all, so the two-character tables and T176 offer no slip of them. The table
(scripts/generate_trade_slips.py → data/trade_slips.tsv.xz) lists each term with one character typed as
another of the same reading without tones among the commonest characters an input method offers, or a
two-character member typed as another word of the same reading (登记 → 等级, 调解 → 调节): forms that are
no word and no term, the slip of one term only. A two-term pair of verb and object or of two terms
(病历书写, 对象复核, 迎峰度夏) is a term of the lexicon, so a real word its neighbour contradicts
(病例 before 书写, 复合 after 对象, 迎风 before 度夏) is read the same way.

Each form is looked up by two characters holding its change, the pair rarest in jieba (a non-word
first), among the document's bigrams (rules/grams.py's `ngrams_in`: one intersection with the set it keeps,
one pass over the bigrams it keeps), then read whole from the text where that pair stands. Reported where the dictionary's
segmentation of the document has a word boundary at both ends of the form (it is cut off from its
neighbours: 提出方案 is no slip of 处方), no digit or Latin letter stands beside it, it is not in quotation
marks or 《》, and the document writes it at most twice (more is the author's own word). A form of two
characters (标断, 歉薪) only where its changed character is no free word (只报一次 is no 直报), T116's gates
hold (no name, no series: 学纪、知纪) and the document speaks the term's trade: it writes the term itself elsewhere
or another of its sector's own terms (a 供氧设备 of a 哨所 is no 供养).

Round r17 widened the table (scripts/generate_trade_slips.py): a term of three characters or more takes the
characters of a near reading (zh/z, ch/c, sh/s, zh/ch, n/l, ang/an, eng/en, ing/in: the fuzzy pairs of a
southern ear and of fuzzy-pinyin input methods), every term its characters' look-alikes (the glyph tables;
a look-alike at the end is often a common character the segmenter takes for a word: 出让全, 管里), and a
term ending in a system's 制 its 治 (法制/法治 are both right, 河长治 is 长治 the city). A longer form whose one
change makes a real word of the dictionary by a near reading, a look-alike or such a pair (流传 in 土地流传,
长治 in 河长治) is reported only where the document speaks the term's trade (民歌在土地流传 is right); one
whose end opens a four-character saying with the next character is the saying (母亲河长治久清). The message
names the kind: 同音字, 近音字 or 形近字.
"""

from __future__ import annotations

import bisect
import lzma
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from mingjing.rules.base import code_rule
from mingjing.rules.grams import ngrams_in
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.stored import stored

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

TABLE = Path(__file__).parent / "data" / "trade_slips.tsv.xz"
MAX_WRITTEN = 2  # a form written more often is the author's own word
REST_WORD = 100  # a word this common in jieba beside a lone character reads as the text's own (登记 + 不)
MEMBER_MIN = 50  # a word this common in jieba inside a form is a real word put there (核算, 长治, 流传)
OWN_FREQ = 300  # a two-character term rarer than this in jieba's dictionary is the trade's own (台区, 线损)
_QUOTES_OPEN = "“‘「《〈"
# characters that stand alone as words of grammar (只报一次, 学期初和学期末): one put for a term's character
# is a sentence's own word, not a slip
_EVENT_FINALS = frozenset("展赛节周月课")  # the finals that make an event of any noun (文化展, 安全月)
_FREE = frozenset(
    "和与及或并而且跟同对把被将为从向给让由在于以是的了着也都就又才还只不没很更最太再已曾要会能可应需须得地个们之所等"
)
_QUOTES_CLOSE = "”’」》〉"
# a character of grammar at a form's end (what _FREE holds, and 时 of a clause of time: 开展法律服务时): beside a
# word or a trade's term it is the sentence's own, no term's character (警务是 is no 警务室)
_GRAMMAR_EDGE = _FREE | frozenset("时")
_SERIES_MARKS = frozenset("、，,和与及或")
# prefixes that make "each X" of any noun (逐井, 逐户, 每台): a form they open is no slip of a term
_DISTRIBUTIVE = frozenset("逐每各")  # what stands between two members of a series (学纪、知纪)


class _Rows(NamedTuple):
    """The table: each key's rows joined in one string (`offset|form|term` separated by `;`), and the
    keys as a set (one intersection with the document's bigrams)."""

    rows: dict[str, str]
    keys: frozenset[str]


@stored
def _table() -> _Rows:
    rows = dict(
        line.split("\t", 1)
        for line in lzma.decompress(TABLE.read_bytes()).decode("utf-8").splitlines()
        if line and not line.startswith("#")
    )
    return _Rows(rows, frozenset(rows))


@lru_cache(maxsize=4096)
def _rows(key: str) -> tuple[tuple[int, str, str], ...]:
    """A key's rows, read once a process: (where the key starts in the form, form, term)."""
    out = []
    for row in _table().rows[key].split(";"):
        k, form, term = row.split("|")
        out.append((int(k), form, term))
    return tuple(out)


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) of every form of the table the text writes, by where it starts."""
    out = []
    starts, grams = ngrams_in(text, 2, _table().keys)
    for at, key in zip(starts, grams, strict=True):
        for k, form, term in _rows(key):
            start = at - k
            if start >= 0 and text.startswith(form, start):
                out.append((start, start + len(form), term))
    return sorted(set(out))


def _cut_off(text: str, starts: Sequence[int], start: int, end: int, term: str) -> bool:
    """Whether the segmentation (its words' offsets) cuts the form off from its neighbours: a boundary at
    both ends, or a word across an end made of the term's own unchanged characters (two or more) and a
    word of the dictionary outside (非媒矿山企业: 矿山企业 is 矿山 and 企业; 提出方案 is no 处方)."""
    from mingjing.rules.doubled_chars import dictionary_freq

    n = len(text)
    changed = [start + i for i, (a, b) in enumerate(zip(text[start:end], term, strict=True)) if a != b]

    def bound(at: int) -> bool:
        if at in (0, n):
            return True
        k = bisect.bisect_right(starts, at) - 1
        if starts[k] == at:
            return True
        ts = starts[k]
        te = starts[k + 1] if k + 1 < len(starts) else n
        inside = (max(ts, start), min(te, end))
        outside = text[ts:start] if ts < start else text[end:te]
        return (
            inside[1] - inside[0] >= 2
            and not any(inside[0] <= c < inside[1] for c in changed)
            and len(outside) >= 2
            and dictionary_freq(outside) > 0
        )

    return bound(start) and bound(end)


def trade_slips(
    text: str, segmentation: Callable[[], Sequence[int]] | None = None
) -> Iterator[tuple[int, int, str]]:
    """(start, end, term) of every slip reported, left to right; `segmentation` gives the offsets of the
    words of the document's dictionary segmentation (the review's context passes its own, asked only
    when the table finds a form; cut here when not given)."""
    from mingjing.rules.word_slips import _LATIN_OR_DIGIT, _counted_after, _counting_before

    found = _candidates(text)
    if not found:
        return
    if segmentation is None:
        from itertools import accumulate

        import rjieba

        starts: Sequence[int] = list(accumulate(map(len, rjieba.cut(text, False)), initial=0))[:-1]
    else:
        starts = segmentation()
    after = 0
    for start, end, term in sorted(found, key=lambda f: (f[0], -f[1])):
        form = text[start:end]
        if start < after or text.count(form) > MAX_WRITTEN:
            continue
        if not _cut_off(text, starts, start, end, term):
            continue
        before, following = text[start - 1 : start], text[end : end + 1]
        if (before and _LATIN_OR_DIGIT.match(before) and not _counted_after(text, start)) or (
            following and _LATIN_OR_DIGIT.match(following) and not _counting_before(text, end)
        ):
            continue  # a code's run (G318线); a slip after a count or before one is one (r20)
        if before in _QUOTES_OPEN or following in _QUOTES_CLOSE:
            continue  # a coined name in quotes (“一口受理、限时办结” is no 一门受理: r20 tried it)
        if _written_term(text, start, end):
            continue  # 学业质量监测: a term of a trade itself (监测 and 检测 are both the trades' words)
        if end - start == 2 and not _two_reported(text, start, end, term):
            continue
        if end - start > 2 and _word_and_character(form, term):
            continue
        if _edge_word(text, start, end, term):
            continue  # 疫木伐桩: 木 closes 疫木, no 采伐
        if _opens_saying(text, start, end):
            continue  # 母亲河长治久清: 长治久 opens 长治久安, no 河长制
        if _right_twin(form, term):
            continue  # 党费缴纳 beside the lexicon's 党费交纳: both members are right (r26)
        if end - start > 2 and _real_member(form, term) and not _speaks_trade(text, term):
            continue  # 这首民歌在土地流传: a real word inside by a near reading, the term's trade unspoken
        yield start, end, term
        after = end


TERM_REACH = 4  # characters a term of the lexicon may reach beyond a form on either side

# words of one sound written either way in right text, one meaning (缴纳/交纳 pay in, 缴费/交费, 撤消/撤销, 记分/计分):
# a term's member written as its twin is the term still, no slip (r26: 党费缴纳 beside the lexicon's 党费交纳)
RIGHT_TWINS = frozenset(
    frozenset(p.split("/"))
    for p in (
        "缴纳/交纳",
        "缴费/交费",
        "缴款/交款",
        "上缴/上交",
        "补缴/补交",
        "收缴/收交",
        "撤消/撤销",
        "记分/计分",
        "记数/计数",
        "订购/定购",
        "订货/定货",
        "振动/震动",
        "账户/帐户",
        "账目/帐目",
        "台账/台帐",
    )
)


def _right_twin(form: str, term: str) -> bool:
    """Whether the form's change makes, with a neighbour, a word whose twin of one sound and meaning the term
    writes there (RIGHT_TWINS: 党费缴纳 of 党费交纳)."""
    changed = [i for i, (a, b) in enumerate(zip(form, term, strict=True)) if a != b]
    if len(changed) != 1:
        return False
    i = changed[0]
    return any(
        frozenset((form[k : k + 2], term[k : k + 2])) in RIGHT_TWINS
        for k in (i - 1, i)
        if 0 <= k <= len(form) - 2
    )


def _written_term(text: str, start: int, end: int) -> bool:
    """Whether the form, alone or with its neighbours, is itself a term of the trades' lexicon (质量监测,
    学业质量监测): one trade's right word is no slip of another's (质量检测)."""
    from mingjing.rules.trade_lexicon import trade_term_set

    terms = trade_term_set()
    return any(
        text[a:b] in terms
        for a in range(max(0, start - TERM_REACH), start + 1)
        for b in range(end, min(len(text), end + TERM_REACH) + 1)
    )


@lru_cache(maxsize=1)
def _longer_terms() -> dict[str, tuple[str, ...]]:
    """Each term → the other terms of its sectors that only the trade writes: three characters or more,
    or two that the dictionary holds rarely (台区, 治超; not 整改, 登记), and none the whole genre writes
    (genre_lexicon.shared_terms: 问题清单, 整改台账)."""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.genre_lexicon import shared_terms
    from mingjing.rules.trade_lexicon import trade_sectors

    shared = shared_terms()  # 问题清单, 整改台账: every material writes them, no trade's sign (r22)
    out: dict[str, set[str]] = {}
    for terms in trade_sectors().values():
        longer = {t for t in terms if (len(t) >= 3 or dictionary_freq(t) < OWN_FREQ) and t not in shared}
        for t in terms:
            out.setdefault(t, set()).update(longer - {t})
    return {t: tuple(sorted(v)) for t, v in out.items()}


def _chinese(c: str) -> bool:
    return "\u4e00" <= c <= "\u9fff"


def _two_reported(text: str, start: int, end: int, term: str) -> bool:
    """Whether a form of two characters is reported: the changed character is no word of grammar (只报一次,
    学期初和学期末: 只 and 和 stand alone), it is no name, no member of a series (学纪、知纪; 即审即拨) and
    no piece of a fixed phrase (T116's gates), and the document speaks the term's trade."""
    from mingjing.rules.postag import adverb_or_pronoun
    from mingjing.rules.word_slips import BODY_SUFFIXES, _a_name, _fixed_phrases

    changed = next(c for c, t in zip(text[start:end], term, strict=True) if c != t)
    if changed in _FREE or _a_name(text, start, end):
        return False
    if changed == text[start] and adverb_or_pronoun(changed):
        return False  # 逐井排查: 逐 (one by one) joins any noun, no 主井 (r24)
    if changed == text[start] and changed in BODY_SUFFIXES and start > 0 and _chinese(text[start - 1]):
        return False  # 医保办主任: a body's short name before its head's post, no 班主任
    if changed == text[start] and changed in _DISTRIBUTIVE:
        return False  # 逐井排查: "well by well" (逐户, 逐台), no 主井 (r24)
    for i in (start, start + 1):
        for d in (2, 3):  # 学纪、知纪; 即审即拨
            back = i >= d and text[i - d] == text[i] and (d == 2 or text[start - 1] in _SERIES_MARKS)
            ahead = (
                i + d < len(text) and text[i + d] == text[i] and (d == 2 or text[start + 2] in _SERIES_MARKS)
            )
            if back or ahead:
                return False  # three apart only across a series' mark: 裁植的补植 is no series
    if any(text[k : k + 4] in _fixed_phrases() for k in range(max(0, start - 2), start + 1)):
        return False
    if text[start:end] in _formulation_pairs():
        return False  # 认真学纪: a piece of the genre's own formulations (学纪、知纪、明纪、守纪), no 学籍
    return _speaks_trade(text, term)


@lru_cache(maxsize=1)
def _formulation_pairs() -> frozenset[str]:
    """Every two Chinese characters in a row of the genre's formulations and sayings (the formulation pack,
    sector formulations, fixed sayings): a two-character form found there is the genre's own word."""
    import re

    root = Path(__file__).parent
    files = (
        root / "packs" / "formulation.yaml",
        root / "data" / "sector_formulas.yaml",
        root / "data" / "fixed_sayings.yaml",
    )
    out: set[str] = set()
    for f in files:
        for run in re.findall(r"[\u4e00-\u9fff]{2,}", f.read_text(encoding="utf-8")):
            out.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(out)


@lru_cache(maxsize=1)
def _saying_ends() -> tuple[frozenset[str], frozenset[str]]:
    """The first three and the last three characters of the genre's four-character sayings (长治久 of
    长治久安, 不知返 of 迷途知返)."""
    from mingjing.rules.word_slips import _fixed_phrases

    sayings = [p for p in _fixed_phrases() if len(p) == 4]
    return frozenset(p[:3] for p in sayings), frozenset(p[1:] for p in sayings)


def _edge_word(text: str, start: int, end: int, term: str) -> bool:
    """Whether a changed character at the form's edge, not of the term's reading, makes a word or a trade's
    term with its neighbour outside the form (疫木伐桩: 木 closes 疫木, no 采伐 by shape): it belongs there."""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.trade_lexicon import trade_term_set

    form = text[start:end]
    pairs = []
    if form[0] != term[0] and start > 0:
        pairs.append(text[start - 1 : start + 1])
    if form[-1] != term[-1] and end < len(text):
        pairs.append(text[end - 1 : end + 1])
    if slip_kind(form, term) == "同音字":
        # a same reading's character belongs outside only in a real word whose outer character is its own, no
        # neighbour's, no commoner word of the next (劝导占道经营: 占道, no 劝导站; 抗菌药务使用: 使 is 使用's)
        own = []
        if form[0] != term[0] and start > 1:
            own.append((text[start - 1 : start + 1], text[start - 2 : start]))
        if form[-1] != term[-1] and end < len(text):
            own.append((text[end - 1 : end + 1], text[end : end + 2]))
        return any(
            (dictionary_freq(p) >= MEMBER_MIN or p in trade_term_set())
            and dictionary_freq(p) >= dictionary_freq(q)
            for p, q in own
        )
    return any(dictionary_freq(p) > 0 or p in trade_term_set() for p in pairs)


def _opens_saying(text: str, start: int, end: int) -> bool:
    """Whether the form's last two characters and the next open a saying, or the character before and its
    first two close one (河长治久清: 长治久 as in 长治久安): the text is writing the saying, not the term."""
    heads, tails = _saying_ends()
    return text[end - 2 : end + 1] in heads or (start > 0 and text[start - 1 : start + 2] in tails)


def _real_member(form: str, term: str) -> bool:
    """Whether a real word of the dictionary (MEMBER_MIN) holds the one changed character of the form, and
    the change is a near reading, a look-alike or a pair of variants (制/治) rather than r16's same reading:
    流传 in 土地流传, 深林 in 深林防火, 长治 in 河长治. Such a form is a right text's words side by side as
    often as a slip (民歌在土地流传), unless the text speaks the term's trade."""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.long_term_slips import _VARIANTS

    changed = [i for i, (a, b) in enumerate(zip(form, term, strict=True)) if a != b]
    if len(changed) > 1:
        return False  # a member word typed for a member (婚姻等级): both its characters are the slip's
    i = changed[0]
    if slip_kind(form, term) == "同音字" and frozenset((form[i], term[i])) not in _VARIANTS:
        return False  # 病例书写: a word of the same reading, read since r16 wherever it is cut off
    for i in changed:
        for k in (i - 1, i):
            if 0 <= k <= len(form) - 2 and dictionary_freq(form[k : k + 2]) >= MEMBER_MIN:
                return True
    return False


def _word_and_character(form: str, term: str) -> bool:
    """Whether the form reads as a word and a character of its own: changed at an end to a character
    that stands alone (LONE_MAX in jieba) beside a rest that is a common word (REST_WORD: 登记不规范,
    会议时长, 会议事项: no 登记簿, no 会议室); 特种设被 keeps 特种设 and 反洗前 反洗, no such word."""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.long_word_slips import LONE_MAX
    from mingjing.rules.trade_lexicon import trade_term_set

    if form[0] != term[0]:
        changed, rest = form[0], form[1:]
    elif form[-1] != term[-1]:
        changed, rest = form[-1], form[:-1]
    else:
        return False
    if changed == form[-1] and changed in _EVENT_FINALS and dictionary_freq(rest) >= REST_WORD:
        return True  # 民俗文化展, 读书节: a common word and the final of an event it names, no 文化站
    # 社区警务是…, 开展法律服务时: a word (or a trade's term) and a word of grammar, no 警务室
    if changed in _GRAMMAR_EDGE and (dictionary_freq(rest) > 0 or rest in trade_term_set()):
        return True
    return dictionary_freq(changed) >= LONE_MAX and dictionary_freq(rest) >= REST_WORD


def _speaks_trade(text: str, term: str) -> bool:
    """Whether the document speaks the trade of a two-character term: it writes the term itself, or
    another term of its sector that only the trade writes (a 供氧 of a 哨所 is no 供养 of a 民政局's text)."""
    return term in text or any(t in text for t in _longer_terms().get(term, ()))


@code_rule(
    "T178",
    "trade-term-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：{kind}，“{suggestion}”是行业常用语",
    "行业常用语（工程的标段、林业的盗伐、医院的病历书写、人社的欠薪和稳岗返还、供电的迎峰度夏等，"
    "七十余个行业门类两千余条）被拼音输入法打成同音字、分不清平翘舌和前后鼻音的近音字（控错保学、土地流传），"
    "或被扫描识别、字形输入打成形近字（土地出让全、裁植）：写出的不成词（标断、盗罚、歉薪），或把其中的词换成音近的另一个词"
    "（病例书写、婚姻等级、迎风度夏、河长治）时提示。与前后文字已成词、前后是字母或编号（计数前后的照样提示）、加了引号或在全文写了三次以上的不报；"
    "换出的是常用词而全文不谈这个行业的、与后面的字连成成语的（母亲河长治久清）也不报。",
    bad=[
        "部分[标断]因征迁协调不顺停工，群众出行受影响。",
        "对建筑领域农民工[歉薪]问题介入不及时，劳动保障监察不够主动。",
        "院内[病例书写]质量检查中发现记录不全。",
        "义务教育阶段[控错保学]工作存在盲区，个别辍学学生劝返不及时。",
        "今年一季度[土地出让全]入库滞后，影响了项目资金拨付。",
        "对农村饮水安全、[河长治]落实中群众反映的问题了解不够。",
        # beside a count (r20): a listed slip is one there too
        "全县有[标断]3个因征迁停工。",
    ],
    good=[
        # a discipline body's supervision by peers, no 统计监督 (the trades' lexicon, r25)
        variant("我两天后才安排核查。", "我两天后才安排核查。对班子成员的同级监督还比较薄弱。"),
        GOOD,
        "部分标段因征迁协调不顺停工，群众出行受影响。",
        "组织全院对典型病例开展讨论。",
        "对建筑领域农民工欠薪问题实行动态清零。",
        "学生学籍管理不规范。认真学纪，每月精读一次党纪党规。",
        "镇文化站今年策划的民俗文化展，引用的史料未经核实。",
        "落实河长制，推动母亲河长治久清。",
        "这首民歌在土地流传了数百年，承载着乡愁。",
        "土地出让金全部缴入国库，实行收支两条线管理。",
        # 缴纳 and 交纳 are one word written two ways: the lexicon's 党费交纳 is no evidence against 缴纳 (r26)
        "支部组织委员核对党员信息，发现党费缴纳不及时。",
        "S218线2标段完成路基12公里，推行“一口受理、限时办结”。",
        # 问题清单 is every material's word, no sign of an auditor's trade (进点): 进店 is a shop's door (r22)
        "调研中进店入户与代销者交流的少，建立问题清单逐项销号。",
        # a term of another trade, not a slip of this one's (学业质量监测 is no 质量检测)
        "今年全县六年级学业质量监测中，学校数学平均分低于全县平均水平。",
        # 检测 tests and 监测 watches: both are a trade's work (r18)
        "水厂每日开展出厂水水质检测，国民体质检测站全年开放。",
        # a supervision body's 监察建议 beside a procuratorate's 检察建议; 逐 (one by one) before any noun (r24)
        "对区监委提出的监察建议整改不及时，对矿区主井提升系统逐井排查不细。",
    ],
)
def trade_term_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    for start, end, term in trade_slips(text, lambda: ctx.word_starts(hmm=False)):
        yield rule.finding(text, start, end, (term,), kind=slip_kind(text[start:end], term))


def slip_kind(form: str, term: str) -> str:
    """How the form's changed characters stand to the term's: of the same reading without tones (同音字),
    a near reading (近音字: 深/森, 传/转) or neither, a look-alike (形近字: 全/金, 裁/栽)."""
    from pypinyin import Style, lazy_pinyin

    pairs = [(a, b) for a, b in zip(form, term, strict=True) if a != b]
    written = lazy_pinyin("".join(a for a, _b in pairs), style=Style.NORMAL)
    meant = lazy_pinyin("".join(b for _a, b in pairs), style=Style.NORMAL)
    if written == meant:
        return "同音字"
    if all(_near(w, m) for w, m in zip(written, meant, strict=True)):
        return "近音字"
    return "形近字"


def _near(a: str, b: str) -> bool:
    """Whether two readings differ by one fuzzy pair of initials (zh/z, ch/c, sh/s, zh/ch, n/l) or of
    finals (ang/an, eng/en, ing/in), or not at all."""
    if a == b:
        return True
    for x, y in (("zh", "z"), ("ch", "c"), ("sh", "s"), ("zh", "ch"), ("n", "l")):
        for p, q in ((x, y), (y, x)):
            if _initial(a) == p and _initial(b) == q and a[len(p) :] == b[len(q) :]:
                return True
    nasal = ("ng", "an", "en", "in")
    return a.rstrip("g") == b.rstrip("g") and a[-2:] in nasal and b[-2:] in nasal


def _initial(reading: str) -> str:
    """A reading's initial among those the fuzzy pairs name (zh, ch, sh before z, c, s), or ''."""
    for i in ("zh", "ch", "sh", "z", "c", "s", "n", "l"):
        if reading.startswith(i):
            return i
    return ""
