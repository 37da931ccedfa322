"""Two-character slips (T116) and non-recommended variant forms (T117) of the proofreading lexicon.

T116: a two-character run that no dictionary knows and that is one character away from a word —
暇疵 → 瑕疵, 讫今 → 迄今, 证结 → 症结. The candidates are generated from the dictionaries
(scripts/generate_misspellings.py, data/misspellings_two.tsv: a character sharing a reading with its
tone, a look-alike or one an input method offers first; the pair inside no dictionary word, holding no
free character, one of its characters rarely a word alone, and the right word written far more often
than its two characters would meet by chance). In the text a candidate is reported only where it
stands apart (rjieba's segmentation of its clause has a boundary at both of its ends: 公证结婚 is
公证/结婚), no Latin letter touches it (nor a digit, but for a slip after a count or before one: 12暇疵,
讫今3次), it is not inside 《…》, not in a parallel series
(学纪、知纪、明纪), not an abbreviated body (教代会), no piece of a waiting room's word (候考室: r27; the review
drops every two-character typo there, `quiet_in_waiting_rooms`), and written once (a term written twice, 诉源治理,
is the writer's own). A warning: the generated table is measured, not read entry by entry
(docs/review-lexicon.md).

T117: the non-recommended member of a variant pair of 《第一批异形词整理表》 or of a distinction that
standard dictionaries draw (推委 → 推诿, 帐目 → 账目), data/misspellings_variants.yaml: a warning, as
the variant is not wrong but not the standard form. A text read from traditional characters gets none, and a
form ending in 由 before who does something is 原 (formerly) + 由 (by), no 原由 (审批原由财务科负责: r24).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.grams import cjk_ngrams
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.tables import FormTable, open_table
from mingjing.yamlnodes import load_data

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

DATA = Path(__file__).parent / "data"
TWO = DATA / "misspellings_two.tsv"  # scripts/generate_misspellings.py; read as misspellings_two.table
VARIANTS = DATA / "misspellings_variants.yaml"
_LATIN_OR_DIGIT = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
JURISDICTIONS = frozenset("省市县区镇乡")
BODY_SUFFIXES = frozenset("会委办")  # 教代会, 人大委, 联席办: an abbreviated body
# words jieba keeps at its noise frequency that are real words, not misspellings (闯禁行, 初现端倪, 国计民生):
# the dictionary's two-character entries of frequency 3 that sound as one common word, read by hand (r27)
NOISE_WORDS = frozenset({"不分", "中新", "初现", "国计", "皇弟", "禁行"})
_WINDOW = 8  # the clause around a candidate that is segmented, at most this many characters each side
_CLAUSE_END = re.compile(r"[。！？；，、：“”‘’（）《》\s]")


@lru_cache(maxsize=1)
def two_character_slips() -> FormTable:
    """wrong → right: the mapped table file built from the TSV source (rules/tables.py)."""
    return open_table("misspellings_two")


@lru_cache(maxsize=1)
def variant_forms() -> dict[str, tuple[str, str]]:
    """Non-recommended form → (recommended form, the source's note)."""

    data = load_data(VARIANTS.read_text(encoding="utf-8")) or {}
    out: dict[str, tuple[str, str]] = {}
    for group in data.get("groups", []):
        for wrong, right in (group.get("swap") or {}).items():
            out[str(wrong)] = (str(right), str(group["note"]))
    return out


# what a number counts or dates (a measure word, a unit, a date word): a pair opening with one of them
# right after a digit is the count's unit and a neighbour (3个案, 5处理), no word of its own
_COUNT_WORDS = frozenset(
    "年月日号时分秒个名人次项条件户家元万亿千百十岁天周多余位本篇份场批处所期届轮倍米亩吨克瓦斤辆套台座"
    "节课起例宗栋株棵层楼间张册类种点章款段级组支队班只头匹把根块片公里平立方度成折%％．.·"
)
# what stands before a number (a count's lead: 共15, 第3, 约2, 达5): a pair ending with one of them
# right before a digit is a neighbour and the lead, no word of its own
_NUMBER_LEADS = frozenset(
    "第约共近达超逾计为至到有是余占率于比和及或与前后每增减降升等由从在按满过差剩仅只再又各"
)


def _counted_after(text: str, start: int) -> bool:
    """Whether a pair at `start` right after a digit (and no Latin letter) may be read on its own: a
    slip after a count (15饥皇) is one, the count's unit (3个案) and a code's run (A3号楼) are not."""
    if start >= 2 and re.match(r"[A-Za-zＡ-Ｚａ-ｚ]", text[start - 2]):
        return False
    return text[start - 1].isdigit() and text[start] not in _COUNT_WORDS


def _counting_before(text: str, end: int) -> bool:
    """Whether a pair ending at `end` right before a digit may be read on its own: a slip before its
    count (恰谈3次) is one, a count's lead (共计15) and a code (号G3) are not."""
    return text[end].isdigit() and text[end - 1] not in _NUMBER_LEADS


def stands_apart(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is cut off from its neighbours: rjieba's segmentation of its clause
    (dictionary words only, no guessing of unknown ones) has a word boundary at both of its ends, so
    neither character forms a word with a neighbour (公证结婚 is 公证/结婚; in 问题的证结在于 the pair
    stands between 的 and 在于); no Latin letter right beside it, nor a digit that counts with the pair
    (a unit after the digit: 3个案; a lead before it: 共计15; a code: A3号楼); not inside 《…》."""
    import rjieba

    if (start > 0 and _LATIN_OR_DIGIT.match(text[start - 1]) and not _counted_after(text, start)) or (
        end < len(text) and _LATIN_OR_DIGIT.match(text[end]) and not _counting_before(text, end)
    ):
        return False
    if _named(text, start):
        return False
    left = start
    while left > 0 and start - left < _WINDOW and not _CLAUSE_END.match(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and right - end < _WINDOW and not _CLAUSE_END.match(text[right]):
        right += 1
    at, bounds = left, {left}
    for token in rjieba.cut(text[left:right], False):
        at += len(token)
        bounds.add(at)
    return start in bounds and end in bounds


# what follows a person's name in these materials (守盛书记, 关健同志): a form before one of them is a name
PERSON_TITLES = re.compile(
    r"(?:同志|书记|主任|局长|县长|市长|镇长|乡长|区长|部长|处长|科长|所长|院长|校长|经理|委员|先生|女士|老师|主席|"
    r"支书|村长|厂长|站长|队长|组长|副书记|副主任|副局长|副县长|副市长|副镇长|副乡长|副部长)"
)


_POST_BEFORE = re.compile(r"(?:长|书记|主任|委员|组长|干部|记者|同志)$")
_POST_THEN_NAME = re.compile(r"(?:长|书记|主任|委员|组长|干部|记者|同志|党员)$")


def _a_name(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is (part of) a person's name: a post title or 同志 follows it (守盛书记点评,
    a given name spoken of with the post), or a common surname stands right before it and the name ends
    there (王守盛、李明 …)."""
    if PERSON_TITLES.match(text, end):
        return True
    from mingjing.rules.residue_code import _SURNAMES

    if text[start] in _SURNAMES and (
        _written_apart(text, start, end) or _written_apart(text, start, end + 1)
    ):
        return (
            True  # a whole name set apart by spaces or a colon (第一党支部 林静, 发言人：林静, 副书记 葛晓岚)
        )

    if (
        _POST_THEN_NAME.search(text[max(0, start - 8) : start].rstrip(" \u3000"))
        and _cjk_at(text, end)
        and (not _cjk_at(text, end + 1) or PERSON_TITLES.match(text, end + 1))
    ):
        return True  # 副院长郁文涛2025年度, 党员 单立铭: a post, then a name of three ending there (r23)
    if start < 1 or text[start - 1] not in _SURNAMES:
        return False
    # the name ends there (王守盛、李明, 指导老师：段文健）), or a post stands before the surname (监委委员宋红伟介绍说)
    return (
        end == len(text)
        or text[end] in "、，,。；（(）)\n 　"
        or bool(_POST_BEFORE.search(text, 0, start - 1))
    )


# the two halves of a whole: 总馆 beside 分馆 (总分馆制), 正职 beside 副职, 内网 beside 外网
_COUNTERPARTS = {"总": "分", "分": "总", "正": "副", "主": "副", "副": "正主", "内": "外", "外": "内"}


def _counterpart_written(text: str, start: int, end: int) -> bool:
    """Whether the material also writes the other half of the pair (分馆 for 总馆, or 总分馆 joined): then
    the pair is the writer's word for one half of a whole (总馆与乡镇分馆), not a slip of the pen."""
    head, tail = text[start], text[end - 1]
    others = _COUNTERPARTS.get(head, "")
    return any(o + tail in text or head + o + tail in text or o + head + tail in text for o in others)


_QUOTED_TWO = re.compile(r"[“‘]([\u4e00-\u9fff]{2})[”’]")
_SENTENCE_END = re.compile(r"[。！？；\n]")


def quoted_counterpart(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a quoted term set against another quoted term of its sentence that
    shares a character in the same place: “显绩” and “潜绩”, “硬件” and “软件” are the writer's
    coined pair, not a slip of 业绩."""
    if end - start != 2 or not (_QUOTED_TWO.fullmatch(text[start - 1 : end + 1]) if start else None):
        return False
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 200), start)),
        default=max(0, start - 200),
    )
    m_end = _SENTENCE_END.search(text, end)
    right = m_end.start() if m_end else min(len(text), end + 200)
    form = text[start:end]
    for m in _QUOTED_TWO.finditer(text, left, right):
        other = m.group(1)
        if m.start(1) != start and other != form and (other[0] == form[0] or other[1] == form[1]):
            return True
    return False


def _written_apart(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands alone between a space, a colon or the line's start and a space,
    a bracket or the line's end: the way a signature or a header writes a name, never a word of a sentence."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    return before in " \u3000\t\n：:" and after in " \u3000\t\n（("


@lru_cache(maxsize=1)
def _fixed_phrases() -> frozenset[str]:
    """The genre's four-character fixed phrases (data/misspellings_genre.yaml: 凝心聚力, 走深走实) and
    the known phrases of near_twin (pypinyin's, the genre's collocations)."""

    from mingjing.rules.near_twin import known_phrases

    genre = load_data((DATA / "misspellings_genre.yaml").read_text(encoding="utf-8")) or {}
    return frozenset(str(p) for p in genre.get("phrases", [])) | known_phrases()


# the heads of a body's name that make "that body's side" with 方 (馆方, 站方, 园方, 所方): the genre's word for
# the party a material speaks for, coined from its own body as 校方, 院方 and 厂方 are listed (r19)
_PARTY_HEADS = frozenset("馆院校厂店园站所局社台队团司矿场港企行")


def _own_party(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a body's head and 方 (馆方) in a text that names that body elsewhere
    (博物馆, 馆里): the body's side, no slip."""
    head = text[start]
    return text[end - 1] == "方" and head in _PARTY_HEADS and text.count(head) > text.count(head + "方")


def reportable(text: str, start: int, end: int) -> bool:
    """Whether a two-character candidate at text[start:end] is reported: it stands apart, is no
    person's name (before a post title, or after a surname), is no member of a parallel four-character frame (依规依纪, 随办随归, 知纪明纪: a character repeated two
    or three places on, the genre's coined series: 学纪、知纪、明纪) and no abbreviated body (教代会, 卫健委)."""
    if text[end - 1] in BODY_SUFFIXES or (end < len(text) and text[end] in BODY_SUFFIXES):
        return False
    if text[start:end] in NOISE_WORDS:
        return False  # 闯禁行: a real word the dictionary keeps at its noise frequency (r27)
    if start > 0 and text[start - 1] in JURISDICTIONS and (start < 2 or text[start - 2] in "向到在和与、，,"):
        return False  # 向县防指报告: a body abbreviated after its county, city …
    if text[start] in JURISDICTIONS and text[end + 1 : end + 2] in BODY_SUFFIXES and _cjk_at(text, end):
        return False  # 市经信委: a level and a body of three characters (经信委, 发改委), cut 市经|信委 (r27)
    if _a_name(text, start, end):
        return False
    if waiting_room(text, start, end):
        return False  # 候考室, 候审室, 候诊区: a word of three cut (r27)
    if text[end - 1] in _SHORT_BODIES and (text[end : end + 2] in _BODY_ORGANS or _department_at(text, end)):
        return (
            False  # 院里的事院党委定了: 院 is the body's short name before its organ (院党委), no 寺院 (r22)
        )
    if _PLACE_AFTER.match(text, end):
        return False  # 岷安县委编办, 桐源县畜牧兽医站: a place's name before its 县 (r21)
    if _verb_measure(text, start, end):
        return False  # 收盒月饼: a verb and a measure word, the numeral 一 left out (r21)
    if _counted_measure(text, start):
        return False  # 新编剧目1部仅演出3场: a numeral's measure word, then the next word (r23)
    if text[start] == "来" and start > 0 and text[start - 1] in _NUMERALS:
        return (
            False  # 写了五百来字, 二十来人: 来 after a numeral is "about", its measure follows, no 来自 (r25)
        )
    if text[end - 1] == "零" and _zero_of(text, end):
        return False  # 实训零违规, 窗口零差错: 零 opens "zero of" the word after it, no 训令 or 口令 (r25)
    if text[start] in _TIMING and text[start + 1] in _HANDING:
        return False  # 多次迟交报告, 漏报数据: a timing adverb and a verb of handing in, no 提交 (r23)
    if text[end - 1] == "重" and "轻" in text[end + 1 : end + 5]:
        return False  # 有重业务轻党建的倾向: 重 opens the genre's 重X轻Y, no 有种 (r24)
    if _own_party(text, start, end):
        return False  # 从馆方角度考虑: the museum's side, in a material that names its 馆 elsewhere
    if _counterpart_written(text, start, end) or quoted_counterpart(text, start, end):
        return False
    for i in (start, start + 1):
        for d in (2, 3):  # 依规依纪; 学纪、知纪
            if (i >= d and text[i - d] == text[i]) or (i + d < len(text) and text[i + d] == text[i]):
                return False
    if any(text[k : k + 4] in _fixed_phrases() for k in range(max(0, start - 2), start + 1)):
        return False  # 凝心聚力: a piece of the genre's fixed phrase or of a known 成语
    if _trade_term(text, start, end):
        return False  # 诉源治理, 医防协同: a trade's own term
    if start >= 2 and text[start - 2] in _MEANS and text[start] in _FURTHERING:
        return False  # 以考促学, 用讲促学, 以干带学: the genre's coined 以X促Y, one character each
    if start >= 1 and text[start - 1] in _MEANS and text[start + 1] in _FURTHERING and _cjk_at(text, end):
        return False  # 以领代耗, 以会代训: the X and the verb of the coined 以X代Y (r22)
    # 知责于心、担责于身: the second character and the next recur in a series
    tail = text[start + 1 : start + 3]
    if len(tail) == 2 and (
        tail in text[start + 3 : start + 12] or tail in text[max(0, start - 9) : start + 1]
    ):
        return False
    return stands_apart(text, start, end)


_NUMERALS = frozenset("一二三四五六七八九十百千万两0123456789")
_ROOMS = frozenset("室厅区间")  # the ends of a waiting room's word: 候考室, 候车厅, 候诊区, 候审间
_CLOSING_HOU = frozenset("时等问气守伺火征症听静恭迎")  # 时候, 等候, 问候: 候 closes a word, no room opens


def waiting_room(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] closes a waiting room's word of three characters: 候 + what one waits for + the
    room (候考室, 候审室, 候诊区, 候车厅), which the dictionary lacks and its segmentation cuts (r27)."""
    return (
        start > 0
        and text[start - 1] == "候"
        and text[end - 1] in _ROOMS
        and text[start - 2 : start - 1] not in _CLOSING_HOU
    )


def quiet_in_waiting_rooms(findings: list[Finding], text: str) -> list[Finding]:
    """The findings without a typo of two characters that closes a waiting room's word (候考室's 考室): every
    table of two-character slips (T116, T136, T161, T178, T183, T316) reads the cut piece as a word (r27)."""
    return [
        f
        for f in findings
        if not (f.category == "typo" and f.end - f.start == 2 and waiting_room(text, f.start, f.end))
    ]


def _zero_of(text: str, at: int) -> bool:
    """Whether the two characters at `at` are a word of the dictionary, the noun that a 零 before it counts none
    of (零违规, 零差错, 零投诉)."""
    import rjieba

    pair = text[at : at + 2]
    return len(pair) == 2 and bool(rjieba.has_word(pair))


# a unit's one-character short name (院, 局, 所) before its organ or its people (院党委, 局领导, 所班子)
_SHORT_BODIES = frozenset("院局所厂站校馆司处科队中")
_BODY_ORGANS = frozenset({"党委", "党组", "支部", "领导", "班子", "机关", "职工", "干部", "党总"})
_DEPARTMENT_ENDS = frozenset("科处室部股组办")


def _department_at(text: str, at: int) -> bool:
    """Whether a department of a body begins at `at`: a word of the dictionary and its 科, 处, 室 … (财务科, 办公室,
    人事处), as 经馆财务科复核 names the museum's finance section after 经 (through), no 经管 (r28)."""
    from mingjing.rules.doubled_chars import dictionary_freq

    return text[at + 2 : at + 3] in _DEPARTMENT_ENDS and dictionary_freq(text[at : at + 2]) > 0


_MEANS = frozenset("以用靠借")  # 以X促Y: by X further Y
_FURTHERING = frozenset("促带强推助代")  # 代: 以罚代管, 以会代训 (one thing put in the place of another)


def _cjk_at(text: str, at: int) -> bool:
    return at < len(text) and "\u4e00" <= text[at] <= "\u9fff"


# what follows a place's name: its county (always), or a city's, district's, town's body (市委, 区政府, 镇党委);
# two characters before it are a name the dictionary need not hold (岷安县, 桐源县) (r21)
_PLACE_AFTER = re.compile(
    r"[县州旗盟]|[省市区镇乡街](?:委|政府|人民|人大|政协|纪委|党委|党工委|直|级|属|财政|卫健|教育|农业|公安|民政)"
)
# measure words that follow a verb with the numeral 一 left out (收盒月饼, 送瓶酒, 喝杯茶, 拿条烟)
_MEASURE_WORDS = frozenset("盒瓶杯包箱袋条份张本件只罐桶篮束套台顿")
_MEASURED_VERBS = frozenset("收送拿买卖喝吃抽带给递捎领要借赠")
_NOT_A_NOUN = frozenset("了着过好起的得地在上下里")


# a numeral and the measure words it counts with: the first character of a pair after a numeral is the
# count's measure word (1部仅演出, 3项均已, 两名仍在), never the first half of a word (r23)
_NUMERALS = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十百千万两几数")
_COUNTING_MEASURES = frozenset("部个件项次名位条家所场起台套本份篇批户人处座辆支张期届轮")


# a timing or manner adverb and a verb of handing in or doing: compounds the dictionary lacks but any
# office writes (迟交, 迟报, 晚报, 漏报, 补交, 缓缴, 早办) (r23)
_TIMING = frozenset("迟晚早缓补漏少多错误")
_HANDING = frozenset("交报送缴填到办发回复批审签录传")


def _counted_measure(text: str, start: int) -> bool:
    """Whether text[start] is a measure word right after a numeral (1部, 三项, 两名)."""
    return start > 0 and text[start] in _COUNTING_MEASURES and text[start - 1] in _NUMERALS


def _verb_measure(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a verb of giving or taking and a measure word before its noun (收盒月饼)."""
    return (
        end - start == 2
        and text[start] in _MEASURED_VERBS
        and text[start + 1] in _MEASURE_WORDS
        and end < len(text)
        and "\u4e00" <= text[end] <= "\u9fff"
        and text[end] not in _NOT_A_NOUN
    )


# the head of a coined task of governance (源头治理, 医防协同, 党建引领 are made this way): a pair before
# one of them is a trade's abbreviation more often than a slip
_TASK_HEADS = re.compile(r"治理|协同|融合|联动|共治|共建|一体")


@lru_cache(maxsize=1)
def _trade_terms() -> tuple[frozenset[str], re.Pattern[str]]:
    """The trades' two-character words, and one pattern of their longer terms (data/trade_terms.yaml)."""
    data = load_data((DATA / "trade_terms.yaml").read_text(encoding="utf-8")) or {}
    terms = sorted({str(t) for group in data.get("terms", {}).values() for t in group}, key=len, reverse=True)
    return frozenset(str(w) for w in data.get("words", [])), re.compile("|".join(map(re.escape, terms)))


LEXICON_RARE = (
    300  # a term of the trades' lexicon rarer than this in jieba is the trade's own (寄件, 调裁, 台区)
)


@lru_cache(maxsize=1)
def lexicon_terms() -> tuple[frozenset[str], re.Pattern[str]]:
    """The trades' lexicon (data/trade_lexicon.yaml, r24): its two-character terms the dictionary lacks or holds
    rarely, and one pattern of its longer terms. A courier's 寄件, an arbitration court's 调裁, a supervision
    body's 监察建议 are right words of a trade, no slip of 计件, 调查, 检察建议; a two-character term the
    dictionary holds commonly (执行, 抢修) is no slip's form anyway."""
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.trade_lexicon import trade_terms

    lexicon = trade_terms()
    words = frozenset(t for t in lexicon if len(t) == 2 and dictionary_freq(t) < LEXICON_RARE)
    longer = sorted((t for t in lexicon if len(t) > 2), key=len, reverse=True)
    return words, re.compile("|".join(map(re.escape, longer)))


def _trade_term(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is a trade's word or lies in a trade's term written around it (data/trade_terms.yaml,
    and the trades' lexicon since r24: 寄件, 调裁), or heads a coined task of governance (诉源治理)."""
    words, terms = _trade_terms()
    rare, longer = lexicon_terms()
    pair = text[start:end]
    if pair in words or pair in rare or _TASK_HEADS.match(text, end):
        return True
    return any(
        m.start() <= start and end <= m.end()
        for pattern in (terms, longer)
        for m in pattern.finditer(text, max(0, start - 6), end + 6)
    )


def trade_term_opens(text: str, at: int) -> bool:
    """Whether a term of the trades (data/trade_terms.yaml) begins at `at` of the text."""
    words, terms = _trade_terms()
    return text[at : at + 2] in words or terms.match(text, at) is not None


def _named(text: str, at: int) -> bool:
    """Whether `at` lies inside 《…》 (a title) on its line."""
    line_start = text.rfind("\n", 0, at) + 1
    before = text[line_start:at]
    return before.count("《") > before.count("》")


def slips(
    text: str, grams2: list[str] | None = None, table: Mapping[str, str] | None = None
) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of every two-character slip that `reportable` lets through, left to
    right; a form written twice or more in the text is the writer's term (诉源治理), not a slip.
    `table` replaces the shipped one (the generator measures its candidates with it)."""
    if table is None:
        from mingjing.rules.classic_slips import wrong_forms

        table = two_character_slips()  # less the hand list of classic misspellings (T118 reports them)
        found = two_character_slips().present_in(text) - wrong_forms()  # the text's pairs, as grams2
    else:
        found = set(table).intersection(cjk_ngrams(text, 2) if grams2 is None else grams2)
    yield from slips_written_once(text, found, table)


def slips_written_once(
    text: str, found: Iterable[str], table: Mapping[str, str]
) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of each two-character wrong form of `found` (the keys of `table` the
    text holds) that the text writes once, that `reportable` lets through and whose written character
    is not the text's own morpheme, left to right and not overlapping (T116's and T183's walk)."""
    hits = sorted((text.find(w), w) for w in found if text.count(w) == 1)
    after = 0
    for start, wrong in hits:
        if (
            start >= after
            and reportable(text, start, start + 2)
            and not own_morpheme(text, start, table[wrong])
        ):
            yield start, start + 2, table[wrong]
            after = start + 2


OWN_MORPHEME_WORDS = 2  # distinct dictionary words the written character makes elsewhere in the text


def own_morpheme(text: str, start: int, right: str) -> bool:
    """Whether the character written at text[start:start+2] in place of right's is the document's own
    working morpheme: elsewhere in the text it makes OWN_MORPHEME_WORDS or more distinct words of the
    dictionary, and the character it would replace is written nowhere. A hydrology text writes 测 in
    监测, 勘测, 测站, 测验 …, so its 测线 is a term of the trade, not a slip of 侧线; a slip puts a
    character the text otherwise does not work with (证结, 讫今)."""
    from mingjing.rules.doubled_chars import dictionary_freq

    wrong = text[start : start + 2]
    if wrong == right or len(right) != 2:
        return False
    i = 0 if wrong[0] != right[0] else 1
    written, replaced = wrong[i], right[i]
    if replaced in text:
        return False
    words: set[str] = set()
    at = text.find(written)
    while at >= 0:
        if not start <= at < start + 2:
            words.update(
                w
                for w in (text[at - 1 : at + 1] if at else "", text[at : at + 2])
                if len(w) == 2 and dictionary_freq(w)
            )
            if len(words) >= OWN_MORPHEME_WORDS:
                return True
        at = text.find(written, at + 1)
    return False


@lru_cache(maxsize=1)
def _variant_regex() -> re.Pattern[str]:
    """Every non-recommended form, longest first (无庸置疑 before 无庸)."""
    return re.compile("|".join(re.escape(w) for w in sorted(variant_forms(), key=len, reverse=True)))


# who a 由 (by) names: a unit's or a person's word ends in one of these (财务科, 各班组, 分管领导, 经办人)
_AGENT_ENDS = frozenset("科处室股局组部委办所队站院会校厂司心人员长家方")
_AGENT_WORDS = frozenset("各本我其该他她你每")


def _agent_after(text: str, at: int) -> bool:
    """Whether the words at `at` name who does something before the verb they do (各班组自行安排, 财务科负责,
    生活卫生科提出): the 由 before them is the preposition "by" (原由财务科负责: formerly by), not the second
    character of a noun (事故原由不清, 原由是, 原由分析不深)."""
    from mingjing.rules.postag import tag

    clause = re.split(r"[，。；：、！？,;:!?\s]", text[at : at + 14], maxsplit=1)[0]
    agent = False  # a word of the noun run names who (财务科, 卫生科, 各, 我们)
    for word, kind in tag(clause) if clause else ():
        if kind[:1] == "n" or kind in ("q", "r"):
            agent = (
                agent
                or word[-1] in _AGENT_ENDS
                or kind in ("nt", "nr", "nrt", "r")
                or word[0] in _AGENT_WORDS
            )
        elif kind == "vn" and not agent:
            continue  # 生活卫生科: jieba cuts a unit's name into a verbal noun and a name
        elif kind[:1] == "v":
            return agent  # 办公室统一办理, 财务科负责: who, then what they do
        else:
            return False
    return agent and len(clause) >= 4  # 原由各班组自行安排: jieba tags the verb of a set phrase a noun


def variants(text: str) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, recommended form, note) of every non-recommended variant standing apart, left to
    right, the longest at each place."""
    table = variant_forms()
    for m in _variant_regex().finditer(text):
        right = table[m.group()][0]
        if m.group()[-1] == "由" and _agent_after(text, m.end()):
            continue  # 审批原由财务科负责: 原 (formerly) + 由 (by) and who did it, no 缘由 (r24)
        if (
            stands_apart(text, m.start(), m.end())
            or (
                len(right) >= 4
                and stands_apart(
                    text[: m.start()] + right + text[m.end() :], m.start(), m.start() + len(right)
                )
            )
        ):  # a four-character form the segmenter splits wrongly (直接/了/当地) stands apart as its right form does
            yield m.start(), m.end(), *table[m.group()]


# T116 is a hint (info), not a warning: on 16 public pages never seen (2026-12-05) it gave two false
# alarms (大烩菜, 知责于心) and no true finding, and nothing on blind set 9; its lexicon was tuned on set 8.
@code_rule(
    "T116",
    "two-character-slip",
    "typo",
    "info",
    "“{match}”疑为“{suggestion}”之误：形近或同音字写错",
    "常用双字词写错一个字（形近字或输入法同音字）：暇疵→瑕疵、讫今→迄今、证结→症结。"
    "错的写法不是词、也不在任何词里，两个字各自成词并排出现又极少；只在它与前后文都不成词时提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，[讫今]没有改进。"),
        variant("对关键技术问题心中无数。", "对关键技术问题心中无数，没有找准[证结]。"),
        # beside a number (r20): a slip after a count or before one is read as anywhere else
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，全年组织业务[培驯]6期，共查出安全[引患]42处。",
        ),
    ],
    good=[
        # 零 counting none of the word after it (r25)
        variant("我两天后才安排核查。", "我两天后才安排核查。本学期实训零违规，窗口零差错。"),
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，迄今没有改进，没有找准症结。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对法庭在诉源治理中的困难了解不够。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，指导档案编研不够。"),
        # a waiting room of three characters; a schedule's 撞期 (r27)
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，在候考室听到学员议论，两次学习因签约撞期请了假。",
        ),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，铸魂增智勇担使命，正风促干再建新功。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，没有以理论学习凝心铸魂。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，监委委员宋红伟介绍说要改。"),
        # the other half of the pair written too (分馆): the writer's word for one half, no slip
        variant(
            "研讨发言多引用文件原文。", "研讨发言多引用文件原文，区里的总馆与街道分馆之间还没有通借通还。"
        ),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，今后要以写促学、以评促改。"),
        # a number's unit or lead beside the pair, a code's run (r20): no word of its own
        variant(
            "研讨发言多引用文件原文。",
            "研讨发言多引用文件原文，共有4处理由不充分的审批被退回，G318线改建，共计45件信访件按期办结。",
        ),
    ],
)
def two_character_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right in slips(ctx.text, ctx.ngrams(2)):
        yield rule.finding(ctx.text, start, end, (right,))


@code_rule(
    "T117",
    "variant-form",
    "typo",
    "warning",
    "“{match}”是非推荐的异形词写法，宜写作“{suggestion}”（{note}）",
    "《第一批异形词整理表》等规范推荐的写法（推诿、账目、笔画、答复……）：非推荐写法提示为警告，建议改用推荐写法。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，遇事[推委]。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，工程[帐目]没有按月公开。"),
    ],
    good=[
        GOOD,
        variant(
            "我两天后才安排核查。", "我两天后才安排核查，遇事推诿，推委员会审议，账目按月公开，营帐整齐。"
        ),
        # 原 (formerly) + 由 (by) + who: no 缘由 (r24)
        variant("我两天后才安排核查。", "我两天后才安排核查，这项审批原由财务科负责，现改为集体研究。"),
    ],
)
def variant_form(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    if ctx.outline.traditional:
        return  # read as simplified one character for one: 答覆 is still the traditional script's own form
    for start, end, right, note in variants(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,), note=note)


@lru_cache(maxsize=1)
def shape_slip_table() -> FormTable:
    """wrong → right: look-alikes of another reading (scripts/generate_shape_slips.py), mapped."""
    return open_table("misspellings_shape")


def shape_slips(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, right form) of every two-character look-alike slip of another reading that T116's
    guard (`reportable`) lets through, written once, left to right."""
    table = shape_slip_table()
    found = table.present_in(text)
    hits = sorted((m.start(), w) for w in found if text.count(w) == 1 for m in re.finditer(w, text))
    for start, wrong in hits:
        if compressed_verb(wrong):
            continue  # 深剖问题根源: 深入剖析 said in two characters
        if (start == 0 or text[start - 1] != "之") and reportable(text, start, start + 2):
            yield start, start + 2, table[wrong]  # 行为之垢: 之 before a literary noun of one character


# adverbs the genre fuses with the first character of a verb (深学细悟, 深剖, 严查, 实干, 笃行)
_FUSED_ADVERBS = frozenset("深细严实笃")
_VERB_FREQ = 20  # a verb of two characters this frequent in jieba's dictionary is a known one


# second characters of the common verbs of two characters (剖析, 践行, 挖掘, 研究, 查找 …)
_VERB_TAILS = "析行掘习究悟查找改实化定理解决视察抓入刻思"


@lru_cache(maxsize=4096)
def compressed_verb(pair: str) -> bool:
    """Whether a pair is an adverb fused with the first character of a common verb of two characters
    (深剖 for 深入剖析, 深践 for 深入践行): the genre's own shorthand, no look-alike slip."""
    if pair[0] not in _FUSED_ADVERBS:
        return False
    from mingjing.rules.doubled_chars import dictionary_freq
    from mingjing.rules.postag import tag

    for tail in _VERB_TAILS:
        verb = pair[1] + tail
        if dictionary_freq(verb) >= _VERB_FREQ and tag(verb) in (((verb, "v"),), ((verb, "vn"),)):
            return True
    return False


@code_rule(
    "T130",
    "look-alike-slip",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”之误：形近字写错（声旁相同，读音不同）",
    "常用双字词里一个字写成了字形相近、读音不同的字，多是声旁相同：绕幸→侥幸、气绥→气馁。"
    "同音的形近字由“疑似错字”（T116）负责；这里的写法不在任何词典里，两个字平时几乎碰不到一起，"
    "正确的词又很常用，只在它与前后文都不成词时提示。",
    bad=[
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，存在[绕幸]心理。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，遇到困难就[气绥]。"),
    ],
    good=[
        GOOD,
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，存在侥幸心理，遇到困难就气馁。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，对作风之弊、行为之垢来一次大排查。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，下一步要深剖思想上的病根。"),
        variant("研讨发言多引用文件原文。", "研讨发言多引用文件原文，口岸提效降费任务推进缓慢。"),  # r22
    ],
)
def look_alike_slip(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, right in shape_slips(ctx.text):
        yield rule.finding(ctx.text, start, end, (right,))
