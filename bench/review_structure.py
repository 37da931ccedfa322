"""Where the review's time goes as a structure, not rule by rule: the bench material of
`review_speed.py` (5,000 characters) through every rule's check, CPU time, medians of `--runs` runs.

Four passes over the same rules on the same text tell the parts apart:
- a new document: the context and the text's caches (rules/grams.py `kept`, the tag cache) emptied,
  as `review_speed.py` times a review;
- the text's caches kept, a new context: what the context's shared entries (segmentation, data hits,
  claims, near twins …) cost is still paid;
- the same context again: only what each rule does itself, with no shared work left, but after the
  other 400-odd rules have run in between (the CPU's caches hold other rules' tables);
- each rule run twice in a row, the second timed: its own work with its tables still in the CPU's caches.
The gap between the last two is what the working set of all the rules' tables costs; the gap between the
first two is the text's caches, between the second and third the context's shared entries, listed after
by cost (an entry filled inside another's making is counted in both). Last, the data rules (packs/*.yaml)
on a new document, split by whether their literal prefilter (rules/literals.py) finds a required string
in the text: the first group is all that one shared pass over every literal could still skip.

Run: `python bench/review_structure.py [--runs N]`. Prints; asserts nothing (round r20, speed20)."""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from mingjing.frameworks import load_frameworks  # noqa: E402
from mingjing.parse import parse_document  # noqa: E402
from mingjing.read import read_bytes  # noqa: E402
from mingjing.rules import collector  # noqa: E402
from mingjing.rules.context import ReviewContext, ReviewOptions  # noqa: E402
from mingjing.rules.grams import forget  # noqa: E402
from mingjing.rules.postag import tag  # noqa: E402
from mingjing.rules.registry import selected  # noqa: E402
from parse_speed import material_lines  # noqa: E402


class TimedCache(dict[object, Any]):
    """A context's cache that times each entry from the first asking that misses it to its filling."""

    def __init__(self, spent: dict[str, float], made: dict[str, int]) -> None:
        super().__init__()
        self.opened: dict[object, float] = {}
        self.spent, self.made = spent, made

    def __contains__(self, key: object) -> bool:
        found = dict.__contains__(self, key)
        if not found and key not in self.opened:
            self.opened[key] = time.process_time()
        return found

    def __setitem__(self, key: object, value: Any) -> None:
        began = self.opened.pop(key, None)
        if began is not None:
            name = str(key[0] if isinstance(key, tuple) else key)
            self.spent[name] += time.process_time() - began
            self.made[name] += 1
        dict.__setitem__(self, key, value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--top", type=int, default=12)
    args = parser.parse_args()
    packs = load_frameworks()
    text = "\n".join(material_lines())
    outline = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs).reading()
    rules = [(r, r.check) for r in selected([], []) if r.check is not None]

    def run_all(ctx: ReviewContext) -> float:
        t = time.process_time()
        with collector.paused():
            for rule, check in rules:
                for _ in check(ctx, rule):
                    pass
        return time.process_time() - t

    def run_twice(ctx: ReviewContext) -> float:
        spent = 0.0
        with collector.paused():
            for rule, check in rules:
                for _ in check(ctx, rule):
                    pass
                t = time.process_time()
                for _ in check(ctx, rule):
                    pass
                spent += time.process_time() - t
        return spent

    rows: dict[str, list[float]] = defaultdict(list)
    spent: dict[str, float] = defaultdict(float)
    made: dict[str, int] = defaultdict(int)
    for k in range(args.runs + 1):
        tag.cache_clear()
        forget()
        ctx = ReviewContext(outline, packs, ReviewOptions())
        new = run_all(ctx)
        ctx = ReviewContext(outline, packs, ReviewOptions())
        if k:
            ctx.cache = TimedCache(spent, made)
        warm_text = run_all(ctx)
        ctx.cache = dict(ctx.cache)
        same = run_all(ctx)
        tag.cache_clear()
        forget()
        twice = run_twice(ReviewContext(outline, packs, ReviewOptions()))
        if k:  # the first run warms up
            for name, value in (("new", new), ("text", warm_text), ("same", same), ("twice", twice)):
                rows[name].append(value * 1000)
    med = {name: statistics.median(v) for name, v in rows.items()}
    print(f"{len(rules)} rules, {len(text)} characters, CPU medians of {args.runs} runs")
    print(f"  a new document (as a review)             {med['new']:6.1f} ms")
    print(f"  text caches kept, a new context          {med['text']:6.1f} ms")
    print(f"  the same context again                   {med['same']:6.1f} ms")
    print(f"  each rule's second run in a row          {med['twice']:6.1f} ms")
    print("the context's shared entries (first made in a review), costliest first:")
    for name, total in sorted(spent.items(), key=lambda kv: -kv[1])[: args.top]:
        print(f"  {total / args.runs * 1000:6.2f} ms  {made[name] / args.runs:5.0f}×  {name}")
    data_rows(outline, packs, rules, text, args.runs)
    return 0


def _absent(matcher: Any, text: str) -> bool | None:
    """Whether the data rule's prefilters find none of their strings in the text (None: a formula's
    own test)."""
    kind = type(matcher).__name__
    if kind == "Substitution":
        return bool(matcher._absent(text))
    scans = matcher._scans if kind == "Existence" else [matcher._scan] if kind == "Pattern" else None
    return None if scans is None else not any(s.present(text) for s in scans)


def data_rows(outline: Any, packs: Any, rules: list[Any], text: str, runs: int) -> None:
    kinds = {rule.code: _absent(rule.matcher, text) for rule, _ in rules if rule.matcher is not None}
    samples: dict[str, list[float]] = defaultdict(list)
    for k in range(runs + 1):
        tag.cache_clear()
        forget()
        ctx = ReviewContext(outline, packs, ReviewOptions())
        with collector.paused():
            for rule, check in rules:
                t = time.process_time()
                for _ in check(ctx, rule):
                    pass
                if k and rule.code in kinds:
                    samples[rule.code].append(time.process_time() - t)
    med = {code: statistics.median(v) * 1000 for code, v in samples.items()}
    names = {True: "no required string in the text", False: "a required string found", None: "formulas"}
    print("data rules on a new document:")
    for kind, name in names.items():
        codes = [c for c in med if kinds[c] is kind]
        print(f"  {sum(med[c] for c in codes):6.2f} ms  {len(codes):4d} rules  {name}")


if __name__ == "__main__":
    sys.exit(main())
