"""A catalogued title in book marks written with a word slipped, dropped, added or swapped (F213):
《中国共产党纪律处罚条例》 for 《中国共产党纪律处分条例》, 《关于新形势下党内政治生活准则》 for 《关于新形势下
党内政治生活的若干准则》, 《关于进一步激励广大干部新时代新作为新担当的意见》 for …新担当新作为….

The marks 《》 say where a title begins and ends. A title between them is read against the titles of
data/book_titles.yaml (the Party's regulations, the central documents of 2009–2025, the laws and State
Council regulations units cite, the Thought's study books) on their cores: the issuer in front
(中共中央, 国务院, 中国共产党, 中华人民共和国 …), a 关于 after it, the bracketed notes (（试行）, （2023年版）),
quotation marks and spaces are left out on both sides, so 《纪律处分条例》 and 《中国共产党纪律处分条例
（2023年修订）》 are the catalogued title itself. A core that is no catalogued core and is one step from
exactly one of them is reported:

- one inner character changed (not the core's last, the document's kind, and not a numeral: 第十三个
  and 第十五个五年规划 are two documents) in a core of six characters or more;
- in a law's or regulation's core of seven or more, one inner word of two characters changed (民营企业促进法
  for 民营经济促进法, round r18), two characters kept at each end;
- two or three characters dropped from inside (one dropped is T163's), two kept at each end;
- one character added inside (two added may name another body's rules: 《农村基层组织建设工作条例》);
- two neighbouring stretches swapped (新作为新担当, 学习要纲).

A unit's own document (《××局关于规范公务接待的通知》) is far from every catalogued title and stays quiet;
so does a title cut at its head (《落实全面从严治党主体责任规定》), the way materials cite short."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING

from mingjing.rules.base import code_rule
from mingjing.rules.sample import variant
from mingjing.rules.title_gaps import known_titles

if TYPE_CHECKING:
    from mingjing.model import Finding
    from mingjing.rules.base import Rule
    from mingjing.rules.context import ReviewContext

_QUOTED = re.compile(r"《([^《》\n]{4,80})》")
_NOISE = re.compile(r"（[^（）]*）|\([^()]*\)|[“”‘’\"「」『』\s·]")
# issuers a title starts with, longest first; 关于 may follow them
_ISSUERS = (
    "中共中央办公厅国务院办公厅",
    "中共中央办公厅、国务院办公厅",
    "中共中央国务院",
    "中共中央、国务院",
    "中共中央办公厅",
    "国务院办公厅",
    "中共中央",
    "中国共产党",
    "中华人民共和国",
    "国务院",
)
_NUMERALS = frozenset("〇零一二两三四五六七八九十百千0123456789０１２３４５６７８９")
MIN_CORE = 6
_LAW_KINDS = ("法", "条例", "准则")
_NOT_LAWS = ("办法", "方法")
_MAX_SWAP = 5


def core(title: str) -> str:
    """The title without its issuer, a following 关于, bracketed notes, quotation marks and spaces."""
    t = _NOISE.sub("", title)
    for issuer in _ISSUERS:
        if t.startswith(issuer):
            t = t[len(issuer) :]
            break
    return t.removeprefix("关于")


@lru_cache(maxsize=1)
def _cores() -> tuple[dict[str, str], dict[int, tuple[str, ...]]]:
    """(each catalogued core → its title, the cores by length)."""
    by_core: dict[str, str] = {}
    for title in sorted(known_titles()):
        by_core.setdefault(core(title), title)
    by_length: dict[int, list[str]] = {}
    for c in by_core:
        by_length.setdefault(len(c), []).append(c)
    return by_core, {n: tuple(v) for n, v in by_length.items()}


def _changed(text: str, known: str) -> bool:
    """One inner character changed, not a numeral and not the last."""
    diffs = [i for i, (a, b) in enumerate(zip(text, known, strict=True)) if a != b]
    if len(diffs) != 1:
        return False
    i = diffs[0]
    return i < len(known) - 1 and text[i] not in _NUMERALS and known[i] not in _NUMERALS


def _word_changed(text: str, known: str) -> bool:
    """A law's or regulation's inner word of two characters changed (民营企业促进法 for 民营经济促进法, round
    r18): two neighbouring characters, two kept at each end, no numeral; the names of laws and regulations
    are a closed set, so two characters off one of them is a slip, not another law."""
    if len(known) < 7 or not known.endswith(_LAW_KINDS) or known.endswith(_NOT_LAWS):
        return False
    diffs = [i for i, (a, b) in enumerate(zip(text, known, strict=True)) if a != b]
    if len(diffs) != 2 or diffs[1] != diffs[0] + 1 or diffs[0] < 2 or diffs[1] > len(known) - 3:
        return False
    return not ({text[i] for i in diffs} | {known[i] for i in diffs}) & _NUMERALS


def _inner_cut(longer: str, shorter: str) -> bool:
    """`shorter` is `longer` with one stretch cut from inside, two characters kept at each end."""
    head = 0
    while head < len(shorter) and longer[head] == shorter[head]:
        head += 1
    cut = len(longer) - len(shorter)
    if head < 2 or longer[head + cut :] != shorter[head:]:
        return False
    return len(longer) - head - cut >= 2 and not (set(longer[head : head + cut]) & _NUMERALS)


def _swapped(text: str, known: str) -> bool:
    """Two neighbouring stretches of `known` swapped."""
    diffs = [i for i, (a, b) in enumerate(zip(text, known, strict=True)) if a != b]
    if len(diffs) < 2 or sorted(text) != sorted(known):
        return False
    first, last = diffs[0], diffs[-1]
    for s in range(max(0, first - 3), first + 1):
        for e in range(last + 1, min(len(known), last + 4) + 1):
            for k in range(s + 1, e):
                if k - s > _MAX_SWAP or e - k > _MAX_SWAP:
                    continue
                if known[:s] + known[k:e] + known[s:k] + known[e:] == text:
                    return True
    return False


def near_title(title: str) -> str | None:
    """The one catalogued title `title` is a step from, or None (known, far, or near several)."""
    by_core, by_length = _cores()
    c = core(title)
    if c in by_core:
        return None
    if len(c) < 4:
        return _whole_slip(_NOISE.sub("", title))
    fits: set[str] = set()
    n = len(c)
    for k in by_length.get(n, ()):
        if len(k) >= MIN_CORE and (_changed(c, k) or _swapped(c, k)):
            fits.add(k)
    for cut in (2, 3):  # dropped from the catalogued core
        for k in by_length.get(n + cut, ()):
            if len(k) >= MIN_CORE and _inner_cut(k, c):
                fits.add(k)
    for k in by_length.get(n - 1, ()):  # one character added (two may make another title: …建设工作条例)
        if len(k) >= MIN_CORE and _inner_cut(c, k):
            fits.add(k)
    if not fits:  # a law's word changed, only where no nearer title fits
        fits = {k for k in by_length.get(n, ()) if _word_changed(c, k)}
    if not fits and (_STATE in title or not c.endswith(_NOT_STATE_LAWS)):  # the State's laws (round r19)
        fits = _state_law_fits(c, by_core, by_length)
    if not fits:  # the document's kind written as another (若干规定 for 若干准则, round r19)
        fits = _kind_swapped(c, by_core)
    if len(fits) == 1:
        return by_core[fits.pop()]
    if fits:
        return None
    whole = _NOISE.sub("", title)
    return _whole_slip(whole) or _kind_tail(c, by_length) or _party_slip(whole)


@lru_cache(maxsize=1)
def _wholes() -> dict[str, str]:
    """Each catalogued title without its bracketed notes, quotation marks and spaces → the title."""
    out: dict[str, str] = {}
    for title in sorted(known_titles()):
        out.setdefault(_NOISE.sub("", title), title)
    return out


def _whole_slip(t: str) -> str | None:
    """The one catalogued title the whole written title (issuer and all, notes left out) is a typing slip
    of, where the core reading found none (round r20): a character doubled (《中华人人民共和国计量法》,
    《飞向向太空港》), two neighbours swapped (《中华人民共和国证公法》), or one character of the issuer
    changed (《中华人民共合国水法》) — the marks say where the title ends, and a doubled or swapped
    character names no other document."""
    wholes = _wholes()
    if t in wholes or len(t) < MIN_TITLE_WHOLE:
        return None
    fits: set[str] = set()
    for i in range(1, len(t)):
        if t[i] == t[i - 1] and (k := t[:i] + t[i + 1 :]) in wholes:
            fits.add(k)
        swapped = t[: i - 1] + t[i] + t[i - 1] + t[i + 1 :]
        if t[i] != t[i - 1] and swapped in wholes and not {t[i], t[i - 1]} & _NUMERALS:
            fits.add(swapped)
    for issuer in _ISSUERS:
        head = t[: len(issuer)]
        if head == issuer or len(head) != len(issuer):
            continue
        if (
            sum(a != b for a, b in zip(head, issuer, strict=True)) == 1
            and (k := issuer + t[len(issuer) :]) in wholes
        ):
            fits.add(k)
    return wholes[fits.pop()] if len(fits) == 1 else None


MIN_TITLE_WHOLE = 5  # a written title this long at least is read whole


_STATE = "中华人民共和国"
# the kinds of the Party's and the State's rules; 办法 and 意见 are every body's own documents' kinds
# a method's name ends in 法 too (《四下基层工作法》, a unit's 《…办法》): never read as a law
_NOT_STATE_LAWS = (
    *_NOT_LAWS,
    "工作法",
    "做法",
    "写法",
    "算法",
    "说法",
    "想法",
    "看法",
    "疗法",
    "战法",
    "兵法",
    "书法",
    "手法",
    "技法",
)
_RULE_KINDS = ("条例", "规定", "准则", "规则", "细则")
_MIN_STEM = 5


def _state_law_fits(c: str, by_core: dict[str, str], by_length: dict[int, tuple[str, ...]]) -> set[str]:
    """The catalogued laws a 中华人民共和国… law's core is one slip from: one inner character changed in a core of
    four or more (行政处理法), two characters added inside, two kept in front (安全生产管理法, 档案管理法), or an inner
    word of two changed with one kept before it (反粮食浪费法). The State's laws are enacted by name and the
    catalogue holds those in force, so a name next to one of them and equal to none is a slip."""
    if not c.endswith("法"):
        return set()
    laws = [k for k in by_core if by_core[k].startswith(_STATE) and k.endswith("法") and len(k) >= 3]
    n = len(c)
    fits = {k for k in laws if len(k) == n >= 4 and _changed(c, k)}
    fits |= {k for k in laws if len(k) == n - 2 and _two_added(c, k)}
    if not fits:
        fits = {k for k in laws if len(k) == n and len(k) >= 5 and _word_changed_short(c, k)}
    return fits


def _two_added(longer: str, shorter: str) -> bool:
    """`longer` is the law's core `shorter` with two characters put in before its 法 or inside, two kept in
    front (安全生产管理法 for 安全生产法)."""
    head = 0
    while head < len(shorter) and longer[head] == shorter[head]:
        head += 1
    return head >= 2 and longer[head + 2 :] == shorter[head:] and not set(longer[head : head + 2]) & _NUMERALS


def _word_changed_short(text: str, known: str) -> bool:
    """Two neighbouring inner characters changed, one kept before them and two after, no numeral."""
    diffs = [i for i, (a, b) in enumerate(zip(text, known, strict=True)) if a != b]
    if len(diffs) != 2 or diffs[1] != diffs[0] + 1 or diffs[0] < 1 or diffs[1] > len(known) - 3:
        return False
    return not ({text[i] for i in diffs} | {known[i] for i in diffs}) & _NUMERALS


def _kind_swapped(c: str, by_core: dict[str, str]) -> set[str]:
    """The catalogued rules whose core is `c` with its kind (条例, 规定, 准则 …) written as another."""
    kind = next((k for k in _RULE_KINDS if c.endswith(k)), None)
    if kind is None or len(c) - len(kind) < _MIN_STEM:
        return set()
    stem = c[: -len(kind)]
    return {stem + k for k in _RULE_KINDS if k != kind and stem + k in by_core}


def near_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the catalogued title) of every title in book marks a step from a catalogued one."""
    if "《" not in text:
        return
    for m in _QUOTED.finditer(text):
        if (known := near_title(m.group(1))) is not None:
            yield m.start(1), m.end(1), known


@code_rule(
    "F213",
    "title-near-catalogued",
    "formulation",
    "warning",
    "“{match}”疑为《{suggestion}》：书名号里的文件名与已知的党内法规、中央文件或法律名称只差一处",
    "党内法规、中央文件和法律的名称是固定的，引用时一字不能改。书名号里的名称去掉发文机关、“关于”、括注"
    "后与已知名称相比，只错一个字（法律法规名称中间错一个词）、漏掉两三个字、多出一个字或前后两段颠倒时提示（《中国共产党纪律处罚"
    "条例》应为《中国共产党纪律处分条例》）；与已知名称相同、只截去开头（《纪律处分条例》）或与所有已知名称"
    "都差得远（本单位自己的文件）时不提示。整个名称（连同发文机关）里有一个字重打、相邻两字颠倒或发文机关错一个字，"
    "也提示（《中华人人民共和国计量法》）。文种的末字写错（《……实施纲耍》），或写了“中国共产党”的党内法规"
    "中间错一个词、文种写成另一种、发文机关后漏掉或多出一个词（《中国共产党请示报告条例》），也提示。",
    bad=[
        variant("我认真学习《习近平著作选读》", "我认真学习《[中国共产党纪律处罚条例]》"),
        variant("我认真学习《习近平著作选读》", "我认真学习《[关于新形势下党内政治生活准则]》"),
        variant(
            "我认真学习《习近平著作选读》",
            "我认真学习《[关于进一步激励广大干部新时代新作为新担当的意见]》",
        ),
        variant("我认真学习《习近平著作选读》", "我认真学习《[中华人民共和国民营企业促进法]》"),
        # the whole title read (round r20): a character doubled, two swapped, the issuer slipped
        variant("我认真学习《习近平著作选读》", "我认真学习《[中华人人民共和国计量法]》"),
        variant("我认真学习《习近平著作选读》", "我认真学习《[中华人民共和国证公法]》"),
        variant("我认真学习《习近平著作选读》", "我认真学习《[中华人民共合国水法]》"),
        # round r21: the kind's last character slipped; a Party regulation read whole with its issuer
        variant("我认真学习《习近平著作选读》", "我认真学习《[新时代爱国主义教育实施纲耍]》"),
        variant("我认真学习《习近平著作选读》", "我认真学习《[中国共产党党内督查条例]》"),
        variant("我认真学习《习近平著作选读》", "我认真学习《[中国共产党组织处理条例]》"),
    ],
    good=[
        variant(
            "我认真学习《习近平著作选读》",
            "我认真学习《中国共产党纪律处分条例》《纪律处分条例》《关于新形势下党内政治生活的若干准则》"
            "《中国共产党支部工作条例（试行）》《××局关于规范公务接待管理的通知》《人人都是安全员》《水法》",
        ),
    ],
)
def title_near_catalogued(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, title in near_titles(ctx.text):
        yield rule.finding(ctx.text, start, end, (title,))


# ---- F226: a Party regulation cited in book marks without 中国共产党 (round r18) ----------------------

_PARTY = "中国共产党"
_SHORTENED = re.compile(r"(?:简称|下称|称为?)[“《]?$")


@lru_cache(maxsize=1)
def _party_short() -> dict[str, str]:
    """Each catalogued Party regulation's name without 中国共产党 (and notes) → its full title."""
    out: dict[str, str] = {}
    for title in sorted(known_titles()):
        t = _NOISE.sub("", title)
        if t.startswith(_PARTY) and len(t) - len(_PARTY) >= 4:
            out.setdefault(t[len(_PARTY) :], title)
    return out


def party_short_titles(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, the full title) of every Party regulation cited in book marks by its name alone."""
    if "《" not in text:
        return
    table = _party_short()
    quoted = list(_QUOTED.finditer(text))
    # a short name is the writer's style unless the document cites Party regulations by their full titles
    # elsewhere: then the short one beside them is a slip of the same list (r18; 《纪律处分条例》 alone is quiet)
    if not any(_NOISE.sub("", m.group(1)).startswith(_PARTY) for m in quoted):
        return
    for m in quoted:
        full = table.get(_NOISE.sub("", m.group(1)))
        if full is not None and not _SHORTENED.search(text, max(0, m.start() - 4), m.start()):
            yield m.start(1), m.end(1), full


@code_rule(
    "F226",
    "party-regulation-short-title",
    "formulation",
    "warning",
    "“{match}”应写全称《{suggestion}》：党内法规在书名号里引用时，名称以“中国共产党”开头",
    "党内法规的正式名称以“中国共产党”开头（《中国共产党纪律处分条例》《中国共产党政法工作条例》），"
    "在书名号里引用时写全称：全文别处用全称引用党内法规、这里却只写简称时提示；全文都用简称的（写作习惯），"
    "或前文已注明“以下简称《条例》”等简称时不提示。",
    bad=[
        variant("我认真学习《习近平著作选读》", "我认真学习《中国共产党巡视工作条例》和《[政法工作条例]》"),
        variant("我认真学习《习近平著作选读》", "我认真学习《中国共产党章程》《[廉洁自律准则]》"),
    ],
    good=[
        variant(
            "我认真学习《习近平著作选读》",
            "我认真学习《中国共产党政法工作条例》《中国共产党纪律处分条例》（以下简称《条例》），"
            "学习了政法工作条例的规定",
        ),
        # only short names: the writer's style
        variant("我认真学习《习近平著作选读》", "对《纪律处分条例》中的违反群众纪律条款理解不深"),
    ],
)
def party_regulation_short_title(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, title in party_short_titles(ctx.text):
        yield rule.finding(ctx.text, start, end, (title,))


# ---- round r21 (doctitles21): a kind's last character slipped; a Party regulation read whole ----------

# the kinds a catalogued title ends in; a written title ending in the kind's first character and another
# one (意件, 纲耍, 学习问题) names no kind, so it is the catalogued title slipped at its end
_TAIL_KINDS = frozenset(
    ("条例", "规定", "准则", "规则", "细则", "办法", "意见", "通知", "决定", "决议", "建议", "纲要", "问答")
    + ("章程", "方案", "规划", "摘编", "选编", "选读", "读本")
)


def _kind_tail(c: str, by_length: dict[int, tuple[str, ...]]) -> str | None:
    """The one catalogued title whose core is `c` with only its last character, the kind's second, written
    otherwise (《关于加强新时代廉洁文化建设的意件》, 《新时代爱国主义教育实施纲耍》)."""
    if len(c) < MIN_CORE or c[-2:] in _TAIL_KINDS or c[-1] in _NUMERALS:
        return None
    by_core, _ = _cores()
    fits = {k for k in by_length.get(len(c), ()) if k[:-1] == c[:-1] and k[-2:] in _TAIL_KINDS}
    return by_core[fits.pop()] if len(fits) == 1 else None


def _party_slip(t: str) -> str | None:
    """The one catalogued Party regulation a title written with 中国共产党 in front is a word's slip of, the
    issuer holding the head the core reading lacks (round r21): an inner word of two changed
    (《中国共产党党内督查条例》), the kind written as another (《中国共产党组织处理条例》), or two to four
    characters cut or two added right after the issuer (《中国共产党请示报告条例》, 《中国共产党党员廉洁自律准则》)."""
    if not t.startswith(_PARTY) or len(t) - len(_PARTY) < MIN_CORE:
        return None
    wholes = _wholes()
    n, head = len(t), len(_PARTY)
    fits: set[str] = set()
    kinds: set[str] = set()
    for w in _party_wholes():
        if len(w) == n:
            if t[:-2] == w[:-2] and t[-2:] in _RULE_KINDS:
                kinds.add(w)  # the kind written as another: nearer than a word changed
            elif _word_after(t, w, head):
                fits.add(w)
        elif 2 <= len(w) - n <= 4 and w[head + len(w) - n :] == t[head:]:
            fits.add(w)  # cut right after the issuer
        elif len(w) == n - 2 and t[head + 2 :] == w[head:]:
            fits.add(w)  # two added right after the issuer
    fits = kinds or fits
    return wholes[fits.pop()] if len(fits) == 1 else None


def _word_after(t: str, w: str, head: int) -> bool:
    """`t` is `w` with two neighbouring characters changed after the issuer and before the kind, no numeral."""
    diffs = [i for i, (a, b) in enumerate(zip(t, w, strict=True)) if a != b]
    if len(diffs) != 2 or diffs[1] != diffs[0] + 1 or diffs[0] < head or diffs[1] > len(w) - 3:
        return False
    return not ({t[i] for i in diffs} | {w[i] for i in diffs}) & _NUMERALS


@lru_cache(maxsize=1)
def _party_wholes() -> tuple[str, ...]:
    """The catalogued Party regulations' whole titles (notes left out) that start with 中国共产党."""
    return tuple(w for w in _wholes() if w.startswith(_PARTY) and w.endswith(_RULE_KINDS))
