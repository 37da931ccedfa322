"""An item heading that paraphrases a pack aspect, matched by the aspect's key terms, in any order.

Headings reword the year's aspects: one of their halves only (`在增强党性方面` for
`带头固本培元、增强党性`), halves reordered (`担当作为、干事创业`), 带头 or 坚决 dropped, `在…上` for
`在…方面`, another verb over the same object (`落实全面从严治党责任` for `履行全面从严治党政治责任`,
`贯彻执行` for `贯彻落实`). The pack's own wordings (name, full wording, aliases) are cut into their
clauses at 、，和及与; a clause and its object (the clause past a leading two-character verb) are the
aspect's key terms, kept only when no other aspect of the pack shares them. A heading's clause matches
an aspect when it holds one of its terms, is a term's tail (`本领` of `能力本领`), or shares most of
its two-character words with one (`学习贯彻新思想`). The aspect matching most of the heading's clauses
wins when it clearly leads; the packs are the only list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mingjing.frameworks import Aspect, Framework

_QUOTES = re.compile(r"[“”\"'‘’「」『』\s·]")
_CLAUSE_SPLIT = re.compile(r"[、，,；;]|(?<=[\u4e00-\u9fff]{2})(?:和|及|与|以及)(?=[\u4e00-\u9fff]{2})")
# words around an aspect's clause that name no part of it (`带头`, `在…方面`, `坚决`, `深刻`, `的问题`)
_LEAD = re.compile(r"^(?:带头|在|关于|对照|聚焦|坚决|深刻|自觉|始终|切实)+")
_TAIL = re.compile(r"(?:方面|情况|上)?(?:存在的?|的)?(?:主要|突出)?(?:问题|不足|差距)?$")
_OF = re.compile(r"的")  # `党的团结统一` and `党团结统一` read alike
MIN_OBJECT = 3  # characters an object must keep once its clause's verb is dropped (`政治能力`)
MIN_SHARED = 3  # two-character words a reworded clause shares with a term
SHARED_SHARE = 0.6  # and the share of the clause's two-character words that makes


def clauses(wording: str) -> list[str]:
    """A wording's clauses without the words that frame them (`带头强化政治忠诚、提高政治能力` →
    `强化政治忠诚`, `提高政治能力`)."""
    out = []
    for c in _CLAUSE_SPLIT.split(_QUOTES.sub("", wording)):
        c = _OF.sub("", _TAIL.sub("", _LEAD.sub("", c)))
        if len(c) >= 2:
            out.append(c)
    return out


def _terms_of(aspect: Aspect) -> set[str]:
    terms: set[str] = set()
    for wording in (aspect.name, aspect.full or "", *aspect.aliases):
        for c in clauses(wording):
            terms.add(c)
            if len(c) - 2 >= MIN_OBJECT:
                terms.add(c[2:])  # `提高政治能力` → `政治能力`
    return terms


_TERMS: dict[int, tuple[Framework, dict[str, frozenset[str]]]] = {}  # by id: a frozen pack hashes slowly


def key_terms(framework: Framework) -> dict[str, frozenset[str]]:
    """Each aspect's key terms: its clauses and their objects that no other aspect of the pack has."""
    kept = _TERMS.get(id(framework))
    if kept is not None and kept[0] is framework:
        return kept[1]
    raw = {a.name: _terms_of(a) for a in framework.aspects if not a.placeholder}
    table = {
        name: frozenset(t for t in terms if not any(t in o for n, os in raw.items() if n != name for o in os))
        for name, terms in raw.items()
    }
    if len(_TERMS) > 256:  # packs loaded again and again (tests): keep the table small
        _TERMS.clear()
    _TERMS[id(framework)] = (framework, table)
    return table


@lru_cache(maxsize=4096)
def _grams(text: str) -> frozenset[str]:
    return frozenset(text[k : k + 2] for k in range(len(text) - 1))


def _matches(clause: str, term: str) -> bool:
    if term in clause or (len(clause) >= 2 and term.endswith(clause)):
        return True
    mine = _grams(clause)
    if len(clause) < 4 or not mine:
        return False
    shared = len(mine & _grams(term))
    return shared >= MIN_SHARED and shared >= SHARED_SHARE * len(mine)


# a heading's aspect phrase, its clauses' marks kept (`在对党忠诚、政治能力上`), past a label left on it
_LABEL = re.compile(r"^(?:[（(][^（()）]{1,3}[）)]|[\d一二三四五六七八九十]{1,2}[、.．])")
_FRAME = re.compile(r"^(.{2,40}?)(?:方面|上)(?:存在的?|的)?(?:主要|突出)?(?:问题|不足|差距)?$")


def _phrase(heading: str) -> tuple[str, bool]:
    """The words of a heading that may name an aspect: its `在…方面` / `在…上` phrase, else its first
    clause (`政治素质有待提高`); and whether the heading is framed so."""
    h = _LABEL.sub("", _QUOTES.sub("", heading)).rstrip("。；;：:，,")
    frame = _FRAME.match(h)
    return (frame.group(1), True) if frame else (re.split(r"[，,；;。：:]", h, maxsplit=1)[0], False)


TOPIC = 2  # characters of the word a sector's wording keeps of its aspect (`作风建设` for 工作作风)


def _topic_aspect(framework: Framework, clause: str) -> str | None:
    """A sector's wording in four characters that opens with the head word of an aspect named by two
    words (`作风建设` → 工作作风, `学习教育` → 理论学习), when one aspect only ends so; never an aspect of
    longer wording (`作风建设` is not 砥砺作风 of `增强党性、严守纪律、砥砺作风`) nor a heading that
    keeps the other word (`政治建设` is not 政治纪律, `服务群众` not 服务人民)."""
    if len(clause) != 2 * TOPIC:
        return None
    named = []
    for a in framework.aspects:
        core = core_name(a)
        if len(core) == 2 * TOPIC and core.endswith(clause[:TOPIC]):
            named.append(a.name)
    return named[0] if len(named) == 1 else None


def core_name(aspect: Aspect) -> str:
    """An aspect's name without its quotes and a final 情况/方面 (`党性修养提高情况` → `党性修养提高`)."""
    return re.sub(r"(?:情况|方面)$", "", _QUOTES.sub("", aspect.name))


def one_word_aspect(
    framework: Framework, heading: str, elsewhere: frozenset[str] = frozenset()
) -> str | None:
    """A heading framed `在…方面` round one word: the aspect one of whose keywords it is, word for
    word (`党性修养方面` → 带头固本培元、增强党性), else its sector's wording (`_topic_aspect`) — never a
    word that is the name of an aspect of another pack (`elsewhere`: `在担当作为方面` in a 2024 material
    keeps the 2023 campaign's aspect, which the coverage checks report). Weak evidence: the caller takes
    it only where the material's other items map to the pack."""
    phrase, framed = _phrase(heading)
    mine = clauses(phrase)
    if not framed or len(mine) != 1 or mine[0] in elsewhere:
        return None
    clause = mine[0]
    named = [a.name for a in framework.aspects if clause in a.keywords]
    if len(named) == 1:
        return named[0]
    return _topic_aspect(framework, clause) if not named else None


def paraphrased_aspect(framework: Framework, heading: str) -> str | None:
    """The aspect whose key terms match most of the clauses of a heading's aspect phrase, when one
    aspect clearly leads and matches at least half of them; None otherwise."""
    phrase, _ = _phrase(heading)
    mine = clauses(phrase)
    if not mine:
        return None
    table = key_terms(framework)
    scores = []
    for name, terms in table.items():
        hit = [c for c in mine if any(_matches(c, t) for t in terms)]
        if hit:
            scores.append((len(hit), name))
    if not scores:
        return None
    scores.sort(reverse=True)
    best, name = scores[0]
    if 2 * best < len(mine) or (len(scores) > 1 and scores[1][0] == best):
        return None
    return name
