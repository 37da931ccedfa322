"""Marks that only knowledge of the words around them shows (P205, P206).

- P205: commas between the listed nouns of one family closed by 等 (或 和/及): `鲫鱼，草鱼，鳜鱼等主养品种`. The items
  are nouns of one family in data/noun_families.tsv (fish, crops, diseases, posts, bodies, materials, disasters …:
  1,770 entries in 44 families written as facts), or three and more single nouns by the tagger before 等; each item between
  two commas is the whole chunk (a clause there, 钢筋价格上涨，水泥供应偏紧，is no list), the first one ends its
  chunk. The list is mended as a whole: its commas become 顿号. A list in mixed scripts (网吧，KTV，剧本杀门店等, r23) is
  read by its Latin abbreviation standing alone between commas: such a name is never a clause, so the short chunks
  around it (no verb or adverb in them, the first one cut after its governing word) are listed names too. The first of
  three tagged nouns before 等 may be one the tagger reads as a verb after a preposition (对超市，菜市场，药店等, r23).
- P206: a hyphen (or an en dash, a lone one-em line) typed for the dash that opens an explanation: `并存-即“有编无人”`.
  A clause of at least four characters before it, Chinese or an opening quotation mark after it, and no other
  hyphen in the same stretch (省-市-县 is a chain of levels); a hyphen inside a word is P145's, between two short
  words (党建-业务) none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.postag import tag
from mingjing.rules.sample import GOOD, variant
from mingjing.rules.stray_space import split_word

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

DATA = Path(__file__).parent / "data" / "noun_families.tsv"
_COMMAS = "，,"
MAX_ITEM = 8
MIN_TAGGED = 3  # items the tagger alone reads as nouns: at least three before 等
_NOUN_TAGS = frozenset({"n", "nz", "nt", "ns"})
# what closes a list of nouns after its last item
_CLOSERS = ("等等", "等", "和", "及", "以及", "与")


_COMMA = re.compile(r"[，,](?=[\u4e00-\u9fff])")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    """The first two characters of every listed noun of two and more."""
    return frozenset(w[:2] for w in families() if len(w) >= 2)


@lru_cache(maxsize=1)
def families() -> dict[str, frozenset[str]]:
    """Each listed noun and the names of the families that hold it."""
    out: dict[str, set[str]] = {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, members = line.split("\t")
        for word in members.split():
            out.setdefault(word, set()).add(name)
    return {w: frozenset(s) for w, s in out.items()}


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _single_noun(word: str) -> bool:
    tokens = tag(word)
    return len(tokens) == 1 and tokens[0][1] in _NOUN_TAGS


def _first_item(chunk: str, table: dict[str, frozenset[str]]) -> str | None:
    """The longest listed noun ending the chunk (对小麦 → 小麦; a one-character noun alone or after a preposition or
    verb: 对猪 → 猪)."""
    for k in range(min(MAX_ITEM, len(chunk)), 1, -1):
        if chunk[-k:] in table:
            return chunk[-k:]
    if chunk[-1:] in table and (len(chunk) == 1 or chunk[-2] in _BEFORE_ONE):
        return chunk[-1]
    return None


_BEFORE_ONE = frozenset("对把将如养种是有的了和与及从在向为用")


def _last_item(text: str, start: int, table: dict[str, frozenset[str]]) -> tuple[str, str] | None:
    """(item, closer) where text[start:] opens with a listed noun and a closer (草鱼等, 草鱼和鳜鱼)."""
    for k in range(min(MAX_ITEM, len(text) - start), 0, -1):
        word = text[start : start + k]
        if word in table and (k > 1 or text.startswith(("等", "和", "及", "与"), start + 1)):
            rest = start + k
            for closer in _CLOSERS:
                if text.startswith(closer, rest) and (
                    closer in ("等", "等等") or _first_of(text, rest + len(closer), table)
                ):
                    return word, closer
            if k > 1 and text.startswith(_WEAK_CLOSERS, rest):
                return word, ""  # 鲫鱼，草鱼，鳜鱼的育种: only three of one family
            return None
    return None


# what may follow the last of three nouns of one family (no 等): 的, a summing word, the sentence's end
_WEAK_CLOSERS = ("的", "这些", "这几", "这三", "这四", "在内", "。", "；")


def _first_of(text: str, at: int, table: dict[str, frozenset[str]]) -> bool:
    return any(text[at : at + k] in table for k in range(2, MAX_ITEM + 1))


def _chunk_before(text: str, comma: int) -> str:
    """The stretch between the mark before the comma at `comma` and the comma."""
    k = comma - 1
    while k >= 0 and _is_han(text[k]) and comma - k <= 24:
        k -= 1
    return text[k + 1 : comma]


def comma_lists(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, mended list) of every list of like nouns whose items commas part."""
    table = families()
    seen: set[int] = set()
    spans: list[tuple[int, int]] = []
    heads = _heads()
    for m in _COMMA.finditer(text):
        if m.start() in seen or (text[m.end() : m.end() + 2] not in heads and text[m.end()] not in table):
            continue  # no listed noun opens what follows the comma (most commas: one look)
        # walk forward over the exact items between commas, to the last item and its closer
        commas = [m.start()]
        items: list[str] = []
        at = m.end()
        last = None
        while True:
            last = _last_item(text, at, table)
            if last is not None:
                break
            nxt = at
            while nxt < len(text) and _is_han(text[nxt]):
                nxt += 1
            if nxt >= len(text) or text[nxt] not in _COMMAS or text[at:nxt] not in table:
                break
            items.append(text[at:nxt])
            commas.append(nxt)
            at = nxt + 1
        seen.update(commas)
        if last is None:
            continue
        chunk = _chunk_before(text, m.start())
        first = _first_item(chunk, table)
        if first is None:
            continue
        members = [first, *items, last[0]]
        shared = frozenset.intersection(*(table[w] for w in members))
        if len(members) < MIN_TAGGED and not shared:
            continue  # two items of no one family (会计，出纳 share one; 小麦，会计 none)
        if not last[1] and (len(members) < MIN_TAGGED or not shared):
            continue  # no 等 or 和 closes the list: three of one family at least
        start = m.start() - len(first)
        end = at + len(last[0])
        span = text[start:end]
        spans.append((start, end))
        yield start, end, span.replace("，", "、").replace(",", "、")
    for start, end, mended in _tagged_lists(text, table):
        if not any(s < end and start < e for s, e in spans):
            spans.append((start, end))
            yield start, end, mended
    for start, end, mended in _latin_lists(text):
        if not any(s < end and start < e for s, e in spans):
            yield start, end, mended


# r23: a list of short names in mixed scripts (网吧，KTV，剧本杀门店等): a Latin abbreviation standing alone between two
# commas (KTV, ATM机, OA系统) is a name, never a clause, so the chunks around it are listed names too
_LATIN_ITEM = r"[A-Z](?:[A-Za-z0-9]{1,5}[\u4e00-\u9fff]{0,3}|[\u4e00-\u9fff]{1,3})"  # KTV, ATM机, B超
_SHORT_ITEM = rf"(?:{_LATIN_ITEM}|[\u4e00-\u9fff]{{2,6}})"
# from the list's first comma: two and more items, the last one closed
_LATIN_RUN = re.compile(rf"(?P<rest>(?:[，,]{_SHORT_ITEM}){{2,}}?)(?=等|的|和|及|与|这些|在内|。|；)")
_COMMA_IN_WINDOW = re.compile(r"[，,]")
_LATIN_ALONE = re.compile(rf"^{_LATIN_ITEM}$")
# a Latin name before a comma, or after one (scans with a literal first: one alternation cost four times as much)
_LATIN_BY_COMMA = (
    re.compile(r"[A-Z][A-Za-z0-9]{0,5}[\u4e00-\u9fff]{0,3}[，,]"),
    re.compile(r"，[A-Z]"),
    re.compile(r",[A-Z]"),
)
# what governs the first name from before it (对超市, 集中在网吧, 如KTV, 医院的CT)
_GOVERNORS = "对在把将如是有和与从向为及含括像到的"
_CLAUSE_CHARS = frozenset("了着过是在把被将让使要会能不没很都也就还又再")


def _latin_lists(text: str) -> Iterator[tuple[int, int, str]]:
    """Three and more short names parted by commas, one of them a Latin abbreviation alone between marks."""
    done = -1
    near = sorted({m.start() for pattern in _LATIN_BY_COMMA for m in pattern.finditer(text)})
    for at in near:
        if at < done:
            continue
        for start, end, mended in _latin_lists_near(text, at):
            done = max(done, end)
            yield start, end, mended


def _latin_lists_near(text: str, at: int) -> Iterator[tuple[int, int, str]]:
    """The mixed-script lists around a Latin name by a comma at `at` (read in a window: 0.1 ms saved)."""
    for c in _COMMA_IN_WINDOW.finditer(text, max(0, at - 3 * (MAX_ITEM + 1)), at + MAX_ITEM):
        comma = c.start()
        m = _LATIN_RUN.match(text, comma, min(len(text), at + 80))
        if m is None:
            continue
        rest = re.split(r"[，,]", m.group("rest"))[1:]
        if any(_CLAUSE_CHARS.intersection(p) for p in rest):
            continue  # a verb or an adverb in an item: clauses, no list
        # the whole run of letters and characters before the first comma, cut after its last governing word
        k = comma
        while (
            k > 0
            and comma - k < 24
            and (_is_han(text[k - 1]) or (text[k - 1].isascii() and text[k - 1].isalnum()))
        ):
            k -= 1
        chunk = text[k:comma]
        cut = max(chunk.rfind(g) for g in _GOVERNORS)
        first = chunk[cut + 1 :] if cut >= 0 else chunk
        if not 2 <= len(first) <= 6 or _CLAUSE_CHARS.intersection(first):
            continue
        if not any(_LATIN_ALONE.match(p) for p in (first, *rest[:-1])):
            continue
        start = comma - len(first)
        end = m.end("rest")
        span = text[start:end]
        yield start, end, span.replace("，", "、").replace(",", "、")
        return  # one list by one Latin name


_TAGGED = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[，,]){2,}[\u4e00-\u9fff]{2,6}$")
_NOT_IN_LIST = re.compile(r"[^\u4e00-\u9fff，,]")
TAGGED_REACH = 45  # the list before 等 within this many characters


def _tagged_lists(text: str, table: dict[str, frozenset[str]]) -> Iterator[tuple[int, int, str]]:
    """Three and more nouns the tagger reads alone, commas between them, 等 after (no table family)."""
    at = text.find("等")
    while at >= 0:
        found = _tagged_before(text, at)
        at = text.find("等", at + 1)
        if found is None:
            continue
        start, parts = found
        if len(parts) > MIN_TAGGED and _governed(parts[1]):
            start, parts = start + len(parts[0]) + 1, parts[1:]  # 核查，对超市，…: the list opens at 对 (r23)
        # the first chunk may open with a verb or preposition: its last noun is the first item
        head = parts[0]
        rest = parts[1:]
        if len(rest) + 1 < MIN_TAGGED or not all(_single_noun(p) for p in rest):
            continue
        tokens = tag(head)
        if tokens and tokens[-1][1] in _NOUN_TAGS and len(tokens[-1][0]) >= 2:
            first = tokens[-1][0]
        elif len(tokens) >= 2 and tokens[-2][1] == "p" and 2 <= len(tokens[-1][0]) <= 4:
            # 对超市: a noun the tagger reads as a verb, governed by a preposition (r23)
            first = tokens[-1][0]
        else:
            continue
        end = start + sum(len(p) + 1 for p in parts) - 1
        start += len(head) - len(first)
        span = text[start:end]
        yield start, end, span.replace("，", "、").replace(",", "、")


def _governed(chunk: str) -> bool:
    """Whether a chunk is a preposition and one word (对超市)."""
    tokens = tag(chunk)
    return len(tokens) == 2 and tokens[0][1] == "p"


def _tagged_before(text: str, at: int) -> tuple[int, list[str]] | None:
    """(start, chunks) of a run of Chinese chunks parted by two and more commas right before text[at] (等)."""
    lo = max(0, at - TAGGED_REACH)
    window = text[lo:at]
    if window.count("，") + window.count(",") < 2:
        return None
    cut = max((m.end() for m in _NOT_IN_LIST.finditer(window)), default=0)
    m = _TAGGED.search(window, cut)
    if m is None:
        return None
    return lo + m.start(), re.split(r"[，,]", m.group())


@code_rule(
    "P205",
    "commas-in-noun-list",
    "punctuation",
    "warning",
    "“{match}”是并列的同类名词，中间的逗号应为顿号：“{suggestion}”",
    "GB/T 15834-2011 4.5：句子内部并列词语之间的停顿用顿号。“鲫鱼，草鱼，鳜鱼等主养品种”列举的是同一类事物"
    "（鱼的品种），后面以“等”收住，是一个句子成分，逗号会把它断成几个分句。只看同一类名词（鱼类、作物、疫病、"
    "岗位、部门、建材、灾害等，按一张常见名词表）或三个以上单独的名词以逗号相隔、后接“等”（或“和、及”）的情况；"
    "逗号之间是分句（钢筋价格上涨，水泥供应偏紧）时不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对[钢筋，水泥，砂石]等建材的进场检验把关不严。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对[高血压，糖尿病]等慢性病患者随访不够。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对[网吧，KTV，剧本杀门店]等场所检查不够。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对[超市，菜市场，药店]等场所抽检不够。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，钢筋价格上涨，水泥供应偏紧，砂石等地材短缺。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对钢筋、水泥、砂石等建材的进场检验把关不严。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，网吧关门后，KTV还在营业，巡查没有跟上。"),
    ],
)
def commas_in_noun_list(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "，" not in text and "," not in text:
        return
    for start, end, mended in comma_lists(text):
        yield rule.finding(text, start, end, (mended,))


# a hyphen, an en dash or a lone one-em line between a clause and what explains it
_DASHLIKE = re.compile(r"[ \u3000]?[-－–‐](?![-－–‐])[ \u3000]?|—(?!—)")
_EXPLAINS = ("即", "也就是", "就是", "主要是", "尤其是", "特别是", "包括", "比如", "例如", "如", "一是")
MIN_BEFORE = 4


def dash_hyphens(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every hyphen-like mark standing for a dash."""
    for m in _DASHLIKE.finditer(text):
        s, e = m.start(), m.end()
        if s == 0 or e >= len(text):
            continue
        before, after = text[s - 1], text[e]
        if not (_is_han(before) or before in "”）") or not (_is_han(after) or after == "“"):
            continue
        if text[s - 1] in "-－–‐—" or text[e] in "-－–‐—":
            continue
        k = s
        while k > 0 and _is_han(text[k - 1]):
            k -= 1
        run_before = s - k
        j = e
        while j < len(text) and (_is_han(text[j]) or text[j] in "“”"):
            j += 1
        run_after = j - e
        rest = text[e : e + 12]
        explains = rest.startswith(_EXPLAINS)
        if m.group().strip() == "—" and not explains:
            continue  # a lone one-em line: 北京—上海 is a range
        if run_before < MIN_BEFORE and not (explains and run_before >= 2):
            continue  # 党建-业务: two short words
        if run_after < 2 or re.search(r"[-－–‐]", text[e:j]):
            continue  # 省-市-县: a chain
        if not explains and not (_clause_after(text, e, j) and _predicate_ends(text[k:s])):
            continue  # 党建-业务融合: two nouns joined, no clause ended before the mark
        if m.group() in "-－‐" and split_word(text, s, e) is not None:
            continue  # 执-法: a word broken by the hyphen (P145)
        yield s, e


def _predicate_ends(run: str) -> bool:
    """The stretch before the mark ends on a predicate (并存, 把关不严, 出了偏差): a clause is over."""
    tokens = tag(run[-8:])
    return bool(tokens) and (tokens[-1][1][:1] in ("v", "a") or tokens[-1][0] in ("了", "过"))


def _clause_after(text: str, start: int, end: int) -> bool:
    """What follows the hyphen runs on for a while to a mark (a phrase or clause, not the other half of a
    compound): at least four characters before a comma or full stop, or a quotation."""
    return end - start >= 4 and end < len(text) and text[end] in "，。；：,"


@code_rule(
    "P206",
    "hyphen-for-dash",
    "punctuation",
    "warning",
    "“{match}”是连字符，这里引出解释说明，应为破折号“——”",
    "GB/T 15834-2011 4.14：标示注释内容、插入语或话题转换用破折号“——”，占两个字的位置。连字符“-”、"
    "半字线“–”或单个一字线“—”是键盘或输入法的替代写法（并存-即“有编无人”）。只看前面是一个分句、"
    "后面接着解释（即、也就是、包括……或一个完整的短语）的情况；一串层级（省-市-县）、"
    "两个词之间的连字符（党建-业务）和起止范围不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，两类问题交织[-]即人手不足和系统卡顿。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，推动党建-业务融合，建立省-市-县三级台账。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，两类问题交织——即人手不足和系统卡顿。"),
    ],
)
def hyphen_for_dash(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if not any(c in text for c in "-－–‐—"):
        return
    for start, end in dash_hyphens(text):
        yield rule.finding(text, start, end, ("——",))


# r25: a comma before the last item of a 顿号 list of one family (景区、星级酒店，旅行社的检查中)
_CLAUSE_MARK = frozenset("，,。；;：:！？!?\n“”（）()《》")
_AFTER_TAIL = ("等", "、", "和", "及", "与", "，", "。", "；")
_GOVERNS = re.compile(
    r"[对在向从到与为给]"
)  # a preposition opening the clause governs the list as one object
_CLAUSE_WORDS = re.compile(r"[也还又却仍]")  # a second clause set beside the first (超市的负责人也来了)
MAX_TAIL = 8
MAX_REST = 14  # the rest of the clause after 的: the object's head and the predicate


def _tail_families(chunk: str, table: dict[str, frozenset[str]]) -> frozenset[str]:
    """The families of the longest listed noun (two characters and more) ending the chunk (星级酒店 → 酒店)."""
    for k in range(min(MAX_TAIL, len(chunk)), 1, -1):
        if chunk[-k:] in table:
            return table[chunk[-k:]]
    return frozenset()


def dunhao_list_tails(text: str) -> Iterator[int]:
    """The offset of each comma between the last two items of a 顿号 list of nouns of one family."""
    table = families()
    for m in _COMMA.finditer(text):
        c = m.start()
        start = c
        while start > 0 and text[start - 1] not in _CLAUSE_MARK:
            start -= 1
        items = text[start:c].split("、")
        if len(items) < 2 or not 0 < len(items[-1]) <= MAX_TAIL:
            continue
        common = _tail_families(items[-1], table) & _tail_families(items[-2], table)
        if not common:
            continue
        for k in range(2, MAX_TAIL + 1):
            word, rest = text[c + 1 : c + 1 + k], c + 1 + k
            if len(word) < k or any(ch in _CLAUSE_MARK or ch == "、" for ch in word):
                break
            if not _tail_families(word, table) & common:
                continue
            if text.startswith(_AFTER_TAIL, rest):
                yield c
            elif text.startswith("的", rest) and _GOVERNS.search(items[0][:4]):
                end = rest
                while end < len(text) and text[end] not in _CLAUSE_MARK:
                    end += 1
                if end - rest <= MAX_REST and not _CLAUSE_WORDS.search(text[rest:end]):
                    yield c  # 对景区、酒店，旅行社的检查中: the list is the object of 对
            break


@code_rule(
    "P216",
    "comma-before-last-family-item",
    "punctuation",
    "warning",
    "“{match}”前面的同类词语用顿号隔开，最后一项前却用了逗号：应为顿号",
    "GB/T 15834-2011 4.5：句子内部并列词语之间用顿号。“对景区、星级酒店，旅行社的检查”列举的是同一类场所，"
    "前面用了顿号，最后一项前用逗号，读者会以为列举已经结束、后面另起一句。只看逗号两边和前一项都是同一类名词"
    "（按常见名词表），逗号后的一项后面接着“等、和、的”或句末的情况；逗号后是另一句话（超市的负责人也来了）时不提示。",
    bad=[
        variant("我两天后才安排核查。", "我两天后才安排核查，对学校、幼儿园[，]养老院的食堂抽检偏少。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，对鲫鱼、草鱼[，]鳜鱼等品种指导不够。"),
    ],
    good=[
        GOOD,
        variant("我两天后才安排核查。", "我两天后才安排核查，对学校、幼儿园、养老院的食堂抽检偏少。"),
        variant("我两天后才安排核查。", "我两天后才安排核查，走访了学校、医院，超市的负责人也参加了座谈。"),
    ],
)
def comma_before_last_family_item(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    if "、" not in text:
        return
    for at in dunhao_list_tails(text):
        yield rule.finding(text, at, at + 1, ("、",))
