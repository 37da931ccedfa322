"""The review stage's rules, by code: code rules and the data rules of the shipped packs; selection
by prefix. Rules whose engine runs in a later stage (similarity's D1xx, criticism's K1xx) are not
imported here (imports go one way, docs/architecture.md): `mingjing.catalogue` lists every rule
and checks selectors against all of them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from mingjing.errors import PackError
from mingjing.model import CATEGORIES
from mingjing.rules import collector
from mingjing.rules.base import Rule, code_rules
from mingjing.rules.packs import builtin_data_rules


def unique(rules: Iterable[Rule]) -> tuple[Rule, ...]:
    """The rules sorted by code; PackError when two share a code or a name."""
    rules = list(rules)
    seen: dict[str, Rule] = {}
    slugs: dict[str, Rule] = {}
    for r in rules:
        if r.code in seen:
            raise PackError(f"{r.origin}：规则代码 {r.code} 与 {seen[r.code].origin} 重复")
        if r.rule in slugs:
            raise PackError(f"{r.origin}：规则名 {r.rule} 与 {slugs[r.rule].origin} 重复")
        seen[r.code] = r
        slugs[r.rule] = r
    return tuple(sorted(rules, key=lambda r: r.code))


@lru_cache(maxsize=1)
def review_rules() -> tuple[Rule, ...]:
    """Every rule the material review runs: code rules and the shipped packs' data rules (built with the
    garbage collector off: rules/collector.py)."""
    with collector.paused():
        return unique(list(code_rules()) + list(builtin_data_rules()))


def matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    if selector in CATEGORIES:
        return rule.category == selector
    return rule.code.startswith(selector.upper()) or rule.rule == selector


def check_selectors(rules: Iterable[Rule], selectors: list[str]) -> None:
    """Refuse a selector that matches none of the rules (a typo would silently switch everything off)."""
    rules = list(rules)
    for s in selectors:
        if s.strip() and not any(matches(r, s) for r in rules):
            raise PackError(f"选择器“{s}”不对应任何规则（可用规则代码前缀如 S、T1、P105，或类别名如 typo）")


def choose(rules: Iterable[Rule], select: list[str], ignore: list[str]) -> list[Rule]:
    """The rules that a selector of `select` (all when empty) and no selector of `ignore` matches."""
    select = [s for s in select if s.strip()]
    ignore = [s for s in ignore if s.strip()]
    if not select and not ignore:  # every rule (each review's case): no selector asked of each
        return list(rules)
    return [
        r
        for r in rules
        if (not select or any(matches(r, s) for s in select)) and not any(matches(r, s) for s in ignore)
    ]


def selected(select: list[str], ignore: list[str]) -> list[Rule]:
    """The review stage's rules chosen by the selectors. The selectors themselves are checked
    against every rule of every stage where they come in (mingjing.catalogue.selected, called by
    the CLI and the workbench), since `D101` or `K1` name rules this stage does not hold."""
    return choose(review_rules(), select, ignore)
