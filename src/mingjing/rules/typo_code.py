"""Typos that need the whole document: a term written with two characters swapped once while the
document uses it correctly elsewhere. Set phrases and 的/地/得 are data (packs/typo_*.yaml)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.sample import GOOD, variant

if TYPE_CHECKING:
    from mingjing.rules.context import ReviewContext

_FUNCTION = set("的地得了是和与及也都就把被着过")


_KNOWN: dict[tuple[tuple[str, object], ...], set[str]] = {}


def known_grams(ctx: ReviewContext) -> set[str]:
    """The 4-character pieces of terms mingjing knows are right (aspects, keywords, formulas, set
    phrases, stock phrases): the tie-breaker when both orders occur once in a document."""
    key = tuple(sorted((fw.id, fw.path) for fw in ctx.frameworks.values()))
    if key not in _KNOWN:
        _KNOWN[key] = {t[i : i + 4] for t in _collect_known_terms(ctx).split("|") for i in range(len(t) - 3)}
    return _KNOWN[key]


def _collect_known_terms(ctx: ReviewContext) -> str:
    from mingjing.rules.engines import Formula, Substitution
    from mingjing.rules.registry import review_rules
    from mingjing.rules.specificity import stock_phrases

    terms = []
    for fw in ctx.frameworks.values():
        for a in fw.aspects:
            terms += [a.name, a.full or "", *a.aliases, *a.keywords]
    for rule in review_rules():
        if isinstance(rule.matcher, Substitution):
            terms += list(rule.matcher.swap.values())
        elif isinstance(rule.matcher, Formula):
            terms += [rule.matcher.canonical, *rule.matcher.parts]
    terms += stock_phrases()
    return "|".join(t for t in terms if t)


def _straddles(text: str, at: int, n: int) -> bool:
    """A word of the segmentation runs across an edge of the run (家庭家教 holds 庭家教 across 家庭/家教):
    the run is the end of one word and the start of the next, not a term written out of order."""
    from mingjing.rules.idiom_slips import clean_edges, word_spans

    return not clean_edges(word_spans(text, at), at, n)


def _bucket(numbers: Any) -> Any:
    """16 bits of a multiplicative hash of each number (numpy, wrapping)."""
    import numpy as np

    return ((numbers * np.uint64(0x9E3779B97F4A7C15)) >> np.uint64(48)).astype(np.intp)


def _swapped_once(text: str, n: int) -> list[tuple[int, int, int]]:
    """(the first place of a gram of n characters among the document's grams, a place i in it, how often
    the gram is written) wherever the gram with its characters i and i + 1 swapped is written exactly once
    in the text (and they differ), in the order of the grams' first places and of i: all the document's
    distinct grams tested at once as numbers (16 bits a character, as `grams.gram_numbers`) rather than
    each in Python; few pass."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).astype(np.uint64)
    places = len(codes) - n + 1
    if places <= 0:
        return []
    chinese = (codes >= 0x4E00) & (codes <= 0x9FFF)
    whole = chinese[:places].copy()
    numbers = codes[:places].copy()
    for k in range(1, n):  # the places of `document_ngrams`, each gram as one number
        whole &= chinese[k : places + k]
        numbers = (numbers << np.uint64(16)) | codes[k : places + k]
    numbers = numbers[whole]
    if not len(numbers):
        return []
    order = np.argsort(numbers)
    ranked = numbers[order]
    heads = np.flatnonzero(np.concatenate(([True], ranked[1:] != ranked[:-1])))
    distinct = ranked[heads]
    uses = np.diff(np.append(heads, len(ranked)))
    first = np.minimum.reduceat(order, heads)  # each gram's first place among the document's grams
    found: list[tuple[int, int, int]] = []
    mask = np.uint64(0xFFFF)
    # a bitmap of the grams' hashes (16 bits): a swapped form not in it is written nowhere; the few that
    # are are looked up in the sorted grams (a binary search of every form costs more than all the rest)
    seen = np.zeros(1 << 16, dtype=bool)
    seen[_bucket(distinct)] = True
    for i in range(n - 1):
        left, right = np.uint64(16 * (n - 1 - i)), np.uint64(16 * (n - 2 - i))
        a, b = (distinct >> left) & mask, (distinct >> right) & mask
        swapped = distinct - (a << left) - (b << right) + (b << left) + (a << right)
        maybe = np.flatnonzero((a != b) & seen[_bucket(swapped)])
        forms = swapped[maybe]
        where = np.minimum(np.searchsorted(distinct, forms), len(distinct) - 1)
        once = maybe[(distinct[where] == forms) & (uses[where] == 1)]
        found += zip(first[once].tolist(), [i] * len(once), uses[once].tolist(), strict=True)
    found.sort()
    return found


@code_rule(
    "T201",
    "transposed-term",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”的字序颠倒：文中其他地方写作“{suggestion}”",
    "同一术语前后写法不一，多是录入时字序颠倒。",
    bad=[
        variant("斗争精神和担当作为有所减弱", "斗争精神和[当担作为]有所减弱"),
        GOOD + "\n我将把群众急难愁盼放在心上，及时回应群众[急难盼愁]。",
    ],
    good=[
        GOOD + "\n这是工作中的重点和难点，也是难点中的重点。",
        GOOD + "\n注重家庭家教家风，支持爱人做好家庭教育。",
        GOOD + "\n镇团委配合团市委开展活动，镇团委委员参加了团镇委换届，团市委派员指导。",
        # 员在工 is 党员|在|工作群 twice, no term: 员工在岗 and 在员工中 are no slips of it (r22)
        GOOD
        + "\n教育党员在工作群中谨言慎行，个别党员在工作群中转发段子；检查员工在岗状态，在员工中造成影响。",
    ],
)
def transposed_term(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    text = ctx.text
    flagged: set[int] = set()
    known = known_grams(ctx)
    pairs = cjk_bigram_set(text)
    for n in (4, 3):
        # a gram whose swapped form is not written exactly once is passed over (`_swapped_once`); the
        # others are read as they always were, in the same order
        places = _swapped_once(text, n)
        if not places:
            continue
        grams = ctx.ngrams(n)
        counts: Counter[str] | None = None  # made only for the few grams read this far
        for k, i, uses in places:
            gram = grams[k]
            # the right form: used at least twice, or (for four characters) a term mingjing knows
            if (uses < 2 and (n != 4 or gram not in known)) or not _FUNCTION.isdisjoint(gram):
                continue
            # adjacent characters only: whole words swapped (学习理论 / 理论学习) are often both right;
            # fixed terms whose words never swap are in packs/typo_set_phrases.yaml
            a, b = gram[i], gram[i + 1]
            if a == b or b + a not in pairs:
                continue  # the swapped form holds the pair b a, which the text never writes
            swapped = gram[:i] + b + a + gram[i + 2 :]
            if counts is None:
                counts = Counter(grams)
            if counts.get(swapped) != 1 or (uses < 2 and swapped in known):
                continue
            if n == 3 and any(g != swapped and g[0] + g[2] == swapped[0] + swapped[2] for g in counts):
                continue  # 团镇委 beside 团市委: the text builds its names that way, both orders are right
            at = text.find(swapped)
            if at in flagged or at - 1 in flagged or at + 1 in flagged or _straddles(text, at, n):
                continue
            if _straddles(text, text.find(gram), n):
                continue  # 党员在工作群: the right form is the end of one word and the start of another (r22)
            flagged.add(at)
            yield rule.finding(text, at, at + n, (gram,))
