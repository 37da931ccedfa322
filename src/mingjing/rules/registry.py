"""All rules, by code: code rules and the data rules of the shipped packs; selection by prefix."""

from __future__ import annotations

from functools import lru_cache

from mingjing.errors import PackError
from mingjing.model import CATEGORIES
from mingjing.rules.base import Rule, code_rules
from mingjing.rules.packs import builtin_data_rules


@lru_cache(maxsize=1)
def all_rules() -> tuple[Rule, ...]:
    from mingjing.criticism.rules import criticism_rules
    from mingjing.similarity.findings import batch_rules

    rules = list(code_rules()) + list(builtin_data_rules()) + batch_rules() + criticism_rules()
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


def _matches(rule: Rule, selector: str) -> bool:
    selector = selector.strip()
    if selector in CATEGORIES:
        return rule.category == selector
    return rule.code.startswith(selector.upper()) or rule.rule == selector


def check_selectors(selectors: list[str]) -> None:
    """Refuse a selector that matches no rule (a typo would silently switch everything off)."""
    rules = all_rules()
    for s in selectors:
        if s.strip() and not any(_matches(r, s) for r in rules):
            raise PackError(f"选择器“{s}”不对应任何规则（可用规则代码前缀如 S、T1、P105，或类别名如 typo）")


def selected(select: list[str], ignore: list[str]) -> list[Rule]:
    select = [s for s in select if s.strip()]
    ignore = [s for s in ignore if s.strip()]
    check_selectors(select + ignore)
    return [r for r in all_rules()
            if (not select or any(_matches(r, s) for s in select)) and not any(_matches(r, s) for s in ignore)]
