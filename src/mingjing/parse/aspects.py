"""Map a problem item's heading to a framework aspect by name, aliases and keywords.

A strong match is the aspect's name, full wording or an alias inside the heading (quotes and
separators ignored), or the heading's "在…方面" phrase inside the name. Keywords only decide when
they clearly favour one aspect. Anything else stays unmapped: never a forced guess.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mingjing.frameworks import Aspect, Framework
from mingjing.parse.aspect_terms import paraphrased_aspect

_NOISE = re.compile(r"[“”\"'‘’「」『』、，,。；;：:\s·]")
_FANGMIAN = re.compile(r"(?:在|关于|对照|聚焦)?(.{2,40}?)(?:方面|上)(?:存在的问题|的问题|问题)?$")
# an inline heading that goes on past its aspect phrase (`关于理论学习方面,主要是学得不深不透`)
_ASPECT_CLAUSE = re.compile(r"^[^，,。；;：:！？]{2,42}?(?:方面|上)(?=[，,])")


def aspect_clause_end(heading: str) -> int:
    """Where a heading's leading aspect phrase ends when the heading goes on past it
    (`关于理论学习方面,主要是学得不深不透` → after 方面); 0 when it does not."""
    clause = _ASPECT_CLAUSE.match(heading)
    return clause.end() if clause else 0


# words a writer masks against a platform's filter (`ZZ素质`, `贯彻X中央决策部署`, `从严治X`, `X性修养`):
# read as the words they stand for; a template's blanks (`XX镇`, `X月X日`) are no mask (round r23)
_MASKS = (
    (re.compile(r"(?<![A-Za-z])ZZ(?![A-Za-z])"), "政治"),
    (re.compile(r"(?<![A-Za-z])X(?=中央|性)"), "党"),
    (re.compile(r"(?<=治)X(?![A-Za-z])"), "党"),
)


def unmasked(text: str) -> str:
    """The text with a writer's masked words read as the words they stand for (same length)."""
    if "X" not in text and "Z" not in text:
        return text
    for pattern, word in _MASKS:
        text = pattern.sub(word, text)
    return text


def squash(text: str) -> str:
    return _NOISE.sub("", unmasked(text))


_PHRASES: dict[int, tuple[Aspect, tuple[str, ...]]] = {}  # by id: hashing a frozen Aspect costs more


def _phrases(aspect: Aspect) -> tuple[str, ...]:
    kept = _PHRASES.get(id(aspect))
    if kept is not None and kept[0] is aspect:
        return kept[1]
    phrases = _make_phrases(aspect)
    if len(_PHRASES) > 4096:  # packs loaded again and again (tests): keep the table small
        _PHRASES.clear()
    _PHRASES[id(aspect)] = (aspect, phrases)
    return phrases


def _make_phrases(aspect: Aspect) -> tuple[str, ...]:
    names = [aspect.name, *(a for a in aspect.aliases)]
    if aspect.full:
        names.append(aspect.full)
    out = set()
    for n in names:
        s = squash(n)
        out.add(s)
        for suffix in ("情况", "方面"):
            if s.endswith(suffix) and len(s) - len(suffix) >= 2:
                out.add(s[: -len(suffix)])
        if s.startswith("在") and len(s) > 3:
            out.add(s[1:])
    return tuple(sorted(out, key=len, reverse=True))


def _core_name(aspect: Aspect) -> str:
    name = squash(aspect.name)
    for suffix in ("情况", "方面"):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return name


def _strong(aspect: Aspect, heading: str, phrase: str | None) -> int:
    best = 0
    for p in _phrases(aspect):
        if p and p in heading:
            best = max(best, len(p))
        if phrase and len(phrase) >= 4 and phrase in p:
            best = max(best, len(phrase))
    return best


def _keywords(aspect: Aspect, text: str) -> int:
    return sum(1 for k in aspect.keywords if k and k in text)


def _heading_phrase(h: str) -> str | None:
    m = _FANGMIAN.search(h)
    return m.group(1) if m else None


def strong_aspect(framework: Framework, heading: str) -> str | None:
    """The aspect a heading names outright (name, full wording or alias), or None."""
    clause = _ASPECT_CLAUSE.match(heading)
    h = squash(clause.group(0) if clause else heading)
    if not h:
        return None
    phrase = _heading_phrase(h)
    return _pick_strong([(_strong(a, h, phrase), a) for a in framework.aspects], h)


def _pick_strong(scored: list[tuple[int, Aspect]], h: str) -> str | None:
    strong = sorted(((score, a) for score, a in scored if score), key=lambda sa: -sa[0])
    if sum(1 for _, a in strong if _core_name(a) in h) >= 2:
        return None  # two aspects named in one heading (在理论学习、政治素质方面): no single answer
    if strong and (len(strong) == 1 or strong[0][0] > strong[1][0]):
        return strong[0][1].name
    return None


def map_aspect(framework: Framework, heading: str, body_start: str = "") -> str | None:
    """The aspect name for a problem item, or None. A heading that goes on past its aspect phrase
    (`关于理论学习方面,主要是…`) is mapped by that phrase, its summary read as the body."""
    clause = _ASPECT_CLAUSE.match(heading)
    if clause:
        body_start = heading[clause.end() :] + body_start
        heading = clause.group(0)
    h = squash(heading)
    if not h:
        return None
    phrase = _heading_phrase(h)
    scored = [(_strong(a, h, phrase), a) for a in framework.aspects]
    if any(score for score, _ in scored):
        return _pick_strong(scored, h)
    slipped = [a for a in framework.aspects if _one_off(a, h)]
    if len(slipped) == 1:  # 在带头增强党性、严守纪律、抵砺作风方面: the aspect with a slip (F129 reports it)
        return slipped[0].name
    reworded = paraphrased_aspect(framework, heading)
    if reworded is not None:  # `在增强党性方面`, `在担当作为、干事创业上`: the aspect's own terms, reworded
        return reworded
    if phrase:  # the heading's own aspect phrase: the year's words reworded, or an aspect the pack lacks
        return _phrase_of_keywords(framework, phrase)
    body = squash(body_start)
    scores = sorted(
        ((2 * _keywords(a, h) + _keywords(a, body), a) for a in framework.aspects), key=lambda sa: -sa[0]
    )
    second = scores[1][0] if len(scores) > 1 else 0  # a pack may have one confirmed aspect
    if scores[0][0] >= 2 and scores[0][0] >= second + 2:
        return scores[0][1].name
    return _by_shared_words(framework, heading)


MIN_SLIP_PHRASE = 6  # aspect wordings this long are recognised with one character changed


def _one_off(aspect: Aspect, heading: str) -> bool:
    """Whether the heading holds one of the aspect's wordings (six characters or more) with exactly
    one character changed."""
    for p in _phrases(aspect):
        n = len(p)
        if n < MIN_SLIP_PHRASE or n > len(heading):
            continue
        # one changed character leaves one half of the wording intact where it stands: only the
        # windows where a half is found are compared in full
        half = n // 2
        for piece, shift in ((p[:half], 0), (p[half:], half)):
            at = heading.find(piece)
            while at >= 0:
                i = at - shift
                if 0 <= i <= len(heading) - n and _differ_once(heading[i : i + n], p):
                    return True
                at = heading.find(piece, at + 1)
    return False


def _differ_once(window: str, phrase: str) -> bool:
    return sum(a != b for a, b in zip(window, phrase, strict=True)) == 1


KEYWORD_COVER = 0.6  # share of an aspect phrase its keywords must make up to name the aspect


def _phrase_of_keywords(framework: Framework, phrase: str) -> str | None:
    """An aspect phrase made mostly of one aspect's keywords (`政治忠诚和政治能力方面` for
    `带头强化政治忠诚、提高政治能力`, two of its keywords): that aspect; a phrase of other words, of one
    keyword (`意识形态工作方面`), or of two aspects' keywords, is an aspect the pack does not have."""
    hits = []
    for a in framework.aspects:
        found = [k for k in a.keywords if k and k in phrase]
        if found:
            hits.append((a, len(found), sum(len(k) for k in found)))
    if len(hits) == 1 and hits[0][1] >= 2 and hits[0][2] >= KEYWORD_COVER * len(phrase):
        return hits[0][0].name
    return None


MIN_SHARED = 2  # two-character words a problem statement must share with an aspect's wording


@lru_cache(maxsize=64)
def _bigrams(aspect: Aspect) -> frozenset[str]:
    return frozenset(p[k : k + 2] for p in _phrases(aspect) for k in range(len(p) - 1))


def _by_shared_words(framework: Framework, heading: str) -> str | None:
    """A heading that states the problem (`理论学习抓得不够紧，…`): the aspect whose wording shares
    the most two-character words with its first clause, when one clearly leads."""
    clause = squash(re.split(r"[，,；;。]", heading, maxsplit=1)[0])
    grams = {clause[k : k + 2] for k in range(len(clause) - 1)}
    scores = sorted(((len(grams & _bigrams(a)), a) for a in framework.aspects), key=lambda sa: -sa[0])
    if scores[0][0] >= MIN_SHARED and (len(scores) == 1 or scores[0][0] > scores[1][0]):
        return scores[0][1].name
    return None
