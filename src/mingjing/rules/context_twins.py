"""Real words written for a near twin that their neighbour makes a compound with (T176): 营业网店 →
营业网点, 科研公关 → 科研攻关, 佩带党徽 → 佩戴党徽, 涉农货款 → 涉农贷款, 河道提防 → 河道堤防.

T404 (rules/real_word_twins.py) knows a fixed set of pairs, both of them common words. Here the pairs
come from the compounds themselves: data/context_twins.tsv.xz (scripts/generate_context_twins.py) lists,
for every compound of jieba's dictionary and of the genre's list (data/twin_compounds.yaml), the words
one character off its two-character member — the same reading without tones, or a glyph look-alike —
that do not make a known string with the rest. A word of the text is reported when a whole neighbouring
word of the segmentation is such a rest, and the gates hold on both sides:

- the compound is the genre's, or jieba's at COMMON_FREQ or more, or jieba's at any frequency where the
  twin is no rarer than the written word (an input method offers the commoner word first) or where the
  document writes the twin elsewhere (its own domain: a bank's text writes 贷款);
- the written word has no evidence of its own there (T404's lexicon and collocates: 拖欠货款, 危机公关),
  and the document writes it nowhere else (a word written twice is the author's term: 网格服务);
- the pair is none of T404's variants (制定/制订: both right);
- no other twin fits the same place; no number right before it, no quotation marks around it.

The message names the compound. Data loads on first use, once per process.
"""

from __future__ import annotations

import bisect
import lzma
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.real_word_twins import FREE, Tokens, _chinese, _tag, evidence, place, segmentation
from mingjing.rules.sample import GOOD
from mingjing.rules.segmentation import two_character_places
from mingjing.rules.stored import stored
from mingjing.rules.trade_term_slips import RIGHT_TWINS

TABLE = Path(__file__).parent / "data" / "context_twins.tsv.xz"
COMMON_FREQ = 20  # a jieba compound this frequent speaks for its twin whatever the words' frequencies
LEXICON = 10  # a compound of the genre's lexicon (rules/genre_lexicon.py) is as weak as a rare jieba one
# a whole homophone of a genre compound's member (时间 for 实践, 史记 for 事迹: r28): every reading has many words,
# so such a row speaks only where the material writes the member itself elsewhere, and a common written word
# (时间) may stand elsewhere in its own sense: its pair with the rest must be written once
HOMOPHONE = 999_999


class Table(NamedTuple):
    """T176's rows, kept compact (the table has ~80,000 rows: tuples and frozensets of them took 80 MB and
    0.5 s a process; one string key per row takes a fifth of that): `rows` maps the written word (two
    characters), the side (L before it, R after it) and the rest, joined, to the row's twins as written in the
    table (`twin:source;…`, read when a text holds the pair); `strong` holds `word + S + rest` for the rests
    after the word of a compound strong enough to reach over a modifier; `words` every written word."""

    rows: dict[str, str]
    strong: frozenset[str]
    words: frozenset[str]


@stored
def table() -> Table:
    """T176's evidence table, read once a process."""
    rows: dict[str, str] = {}
    for line in lzma.decompress(TABLE.read_bytes()).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        w, side, x, t, source = line.split("\t")
        key = w + side + x
        old = rows.get(key)
        rows[key] = f"{old};{t}:{source}" if old else f"{t}:{source}"
    strong = frozenset(
        key[:2] + "S" + key[3:]
        for key, value in rows.items()
        if key[2] == "R"
        and any(COMMON_FREQ <= _strength(v.partition(":")[2]) != HOMOPHONE for v in value.split(";"))
    )
    return Table(rows, strong, frozenset(key[:2] for key in rows))


@lru_cache(maxsize=1)
def _homophone_words() -> frozenset[str]:
    """The written words that have a whole homophone's row (时间, 史记): read where the text writes them twice too."""
    return frozenset(key[:2] for key, value in table().rows.items() if ":h" in value)


def _strength(source: str) -> int:
    """A row's strength: the genre's compounds a million (HOMOPHONE for a whole homophone of their member), the
    genre lexicon's weak, jieba's their frequency."""
    if source == "h":
        return HOMOPHONE
    return 1_000_000 if source == "g" else LEXICON if source == "l" else int(source[1:])


def _twins(value: str) -> list[tuple[str, int]]:
    """A row's twins with their strengths."""
    return [(t, _strength(source)) for t, _, source in (v.partition(":") for v in value.split(";"))]


def _freq(word: str) -> int:
    import rjieba

    return int(rjieba.suggest_freq(word)) - 1 if rjieba.has_word(word) else 0


@lru_cache(maxsize=16384)
def _speaks(word: str, twin: str, strength: int) -> bool:
    """Whether a compound of this strength speaks for the twin against the written word by itself."""
    return strength >= COMMON_FREQ or _freq(twin) >= _freq(word)


@lru_cache(maxsize=1)
def _weighed_by_t404() -> frozenset[tuple[str, str]]:
    from mingjing.rules.real_word_twins import variants

    return variants()


Suspect = tuple[int, int, str, str]  # start, end, the twin, the compound


def _rests(words: list[str], i: int, known: Table) -> list[tuple[str, str, str]]:
    """(side, rest, what stands between) for the i-th word among the rests it has rows for (`known`):
    one or two whole Chinese words before it (no single character: 和, 对 are no part of a compound)
    and after it (no free character), and, for strong compounds, the word after a two-character noun
    that modifies it (佩戴 + 党员 + 徽章: between is 党员) or the head of a compound word after it
    (接受 + 群众监督)."""
    w = words[i]
    rows, strong = known.rows, known.strong
    out = []
    n = len(words)
    if i >= 1 and len(left := words[i - 1]) >= 2 and _chinese(left):
        if w + "L" + left in rows:
            out.append(("L", left, ""))
        if i >= 2 and len(far := words[i - 2]) >= 2 and w + "L" + far + left in rows and _chinese(far):
            out.append(("L", far + left, ""))
    if i + 1 < n and _chinese(right := words[i + 1]) and not (len(right) == 1 and right in FREE):
        if w + "R" + right in rows:
            out.append(("R", right, ""))
        if len(right) >= 4 and w + "S" + right[-2:] in strong:
            out.append(("R", right[-2:], right[:-2]))
        if i + 2 < n and _chinese(far := words[i + 2]) and not (len(far) == 1 and far in FREE):
            if w + "R" + right + far in rows:
                out.append(("R", right + far, ""))
            if w + "S" + far in strong and len(right) == 2 and _tag(right) == "n":
                out.append(("R", far, right))
    return out


def suspects(text: str, tokens: Tokens, places: dict[str, list[int]] | None = None) -> Iterator[Suspect]:
    """The words of the text (its tokens, and each two-character token's indices as the review context
    shares them: `ReviewContext.two_character_words`) that T176 reports."""
    words, starts = tokens
    known = table()
    if places is None:
        places = two_character_places(words)

    def bounds(at: int) -> bool:
        k = bisect.bisect_left(starts, at)
        return at == len(text) or (k < len(starts) and starts[k] == at)

    once = [
        ix[0] for w, ix in places.items() if len(ix) == 1 and w in known.words
    ]  # twice: the author's term
    echoes = _homophone_words()
    again = {i for w, ix in places.items() if len(ix) > 1 and w in echoes for i in ix}
    for i in sorted([*once, *again]):
        w = words[i]
        found: dict[str, tuple[int, str]] = {}
        for side, x, between in _rests(words, i, known):
            for t, strength in _twins(known.rows[w + side + x]):
                if (w, t) in _weighed_by_t404() or (between and strength < COMMON_FREQ):
                    continue
                if i in again and (strength != HOMOPHONE or text.count(x + w if side == "L" else w + x) > 1):
                    continue  # a word written twice is the author's term, but for a homophone's one pair
                if strength == HOMOPHONE and t not in text:
                    continue  # a whole homophone speaks where the material writes its member elsewhere
                if frozenset((w, t)) in RIGHT_TWINS:
                    continue  # 党费缴纳 beside 党费交纳: one word written two ways (r26)
                if _speaks(w, t, strength) or t in text:
                    compound = x + t if side == "L" else t + between + x
                    if strength > found.get(t, (0, ""))[0]:
                        found[t] = (strength, compound)
        if len(found) != 1:
            continue  # none, or two twins fit as well
        at = starts[i]
        end = at + len(w)
        if (at > 0 and (text[at - 1].isdigit() or text[at - 1] in "“‘「《")) or text[end : end + 1] in (
            "”",
            "’",
        ):
            continue  # a measure after a number; a quoted term
        if text.count(w) > 1 and i not in again:
            continue  # the author's own term
        if evidence(text, place(text, tokens, i), w, bounds, None) is not None:
            continue  # the written word has its own compound or collocate here
        ((twin, (_s, compound)),) = found.items()
        yield at, end, twin, compound


@code_rule(
    "T176",
    "near-twin-compound",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：{evidence}，“{match}”在这里不搭配",
    "写出来的词本身存在（网店、公关、佩带、货款），词典查不出；但它与旁边的词组不成词语，换成读音相同或字形相近"
    "的另一个词却是常用搭配（营业网点、科研攻关、佩戴党徽、涉农贷款）时提示。搭配来自 jieba 词典中的复合词和"
    "本类材料各行业常用搭配；原词在这里另有搭配依据、前面是数字或加了引号时不报。",
    bad=[
        "农商行在乡镇设立的营业[网店]不多，群众办理业务要跑远路。",
        "对小微企业的信用[货款]审批时间偏长。",
        "组织骨干开展科研[公关]，关键技术突破不多。",
    ],
    good=[
        GOOD,
        # 缴纳 and 交纳 are one word written two ways: 党费交纳 is no evidence against 党费缴纳 (r26)
        "支部核对时发现我的党费缴纳不够及时。",
        "帮助返乡青年开设农产品网店，拓宽销售渠道。",
        "个别企业长期拖欠供货单位货款。",
        "突发事件发生后危机公关不及时。",
    ],
)
def near_twin_compound(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    seg = segmentation(ctx)
    for start, end, twin, compound in suspects(ctx.text, (seg.tokens, seg.starts), ctx.two_character_words()):
        yield rule.finding(ctx.text, start, end, (twin,), evidence=f"“{compound}”是常用搭配")
