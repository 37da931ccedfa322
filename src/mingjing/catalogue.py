"""Every rule of every stage, by code: the review's own rules (rules/registry.py), the similarity
rules that run over a batch (similarity/findings.py, D1xx) and the criticism rules (criticism/rules.py,
K1xx). It sits above those stages (imports go one way, docs/architecture.md), so the rule list,
`mingjing rules` and the selector check see all of them."""

from __future__ import annotations

from functools import lru_cache

from mingjing.criticism.rules import criticism_rules
from mingjing.rules.base import Rule
from mingjing.rules.registry import check_selectors as _check
from mingjing.rules.registry import choose, review_rules, unique
from mingjing.similarity.findings import batch_rules


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    """All rules sorted by code; PackError when two share a code or a name."""
    return unique(list(review_rules()) + batch_rules() + criticism_rules())


def check_selectors(selectors: list[str]) -> None:
    """Refuse a selector (code prefix, rule name or category) that matches no rule at all."""
    _check(all_rules(), selectors)


def selected(select: list[str], ignore: list[str]) -> list[Rule]:
    """The rules of every stage chosen by the selectors, after checking them."""
    check_selectors([*select, *ignore])
    return choose(all_rules(), select, ignore)
