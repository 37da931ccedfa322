"""Year over year: problems a person states again in a later year's material (年年查摆同样的问题).

The problems of two years are compared with the similarity stage's own normalisation
(`similarity.normalize`) and its near-copy measure (rapidfuzz ratio ≥ `similarity.batch.NEAR`),
on the problem's statement (一是学习不够系统) and on its whole text; the better of the two counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mingjing.ledger.store import Ledger, LedgerItem, StoredProblem

STATEMENT_NEAR = 0.7  # short statements need a closer match than whole paragraphs
MIN_STATEMENT = 4  # normalised characters a statement needs before it is compared on its own


@dataclass
class Recurrence:
    person: str
    earlier: StoredProblem
    later: StoredProblem
    score: float  # 0–1
    measures: list[LedgerItem] = field(default_factory=list)  # the earlier year's items answering it


def _norm(text: str) -> str:
    from mingjing.similarity.normalize import normalize

    return normalize(text).text


def _score(a: StoredProblem, b: StoredProblem, texts: dict[int, tuple[str, str]]) -> float:
    """How alike two problems are; 0 when neither the whole texts nor the statements are near."""
    from rapidfuzz import fuzz

    from mingjing.similarity.batch import NEAR

    sa, ta = texts[id(a)]
    sb, tb = texts[id(b)]
    whole = fuzz.ratio(ta, tb) / 100 if ta and tb else 0.0
    short = fuzz.ratio(sa, sb) / 100 if len(sa) >= MIN_STATEMENT and len(sb) >= MIN_STATEMENT else 0.0
    return max(whole if whole >= NEAR else 0.0, short if short >= STATEMENT_NEAR else 0.0)


def recurring_problems(ledger: Ledger, earlier_year: int, later_year: int) -> list[Recurrence]:
    """Problems of `later_year` that a person already stated in `earlier_year`, best match each,
    grouped by person (materials without a known author are compared with each other), with the
    earlier year's ledger items that answered the problem (a problem back although its measure is
    已完成 is what reviewers ask about)."""
    earlier = ledger.problems(earlier_year)
    items = ledger.items(year=earlier_year)
    later = ledger.problems(later_year)
    texts = {id(p): (_norm(p.statement), _norm(p.text)) for p in earlier + later}
    found = []
    for b in later:
        candidates = [a for a in earlier if (a.person or "") == (b.person or "")]
        best, best_score = None, 0.0
        for a in candidates:
            score = _score(a, b, texts)
            if score > best_score:
                best, best_score = a, score
        if best is not None:
            answering = [
                i
                for i in items
                if i.import_id == best.import_id and best.statement and best.statement in i.problem
            ]
            found.append(Recurrence(b.person or "（未知）", best, b, best_score, answering))
    return sorted(found, key=lambda r: (r.person, -r.score))
