"""Formulation recall, generated: every fixed formulation the review knows, slipped and put in context (issue 12).

The blind sets' formulation misses are fixed wordings written with a slip the review holds the right form of,
missed because a rule wanted its exact frame. This eval measures whole classes instead of seen strings: it
takes every formulation of the review's own tables —

- 固定说法: data/fixed_sayings.yaml (F169);
- 带数提法: data/counted_members.yaml (F198), each written as its name and its wording;
- 固定序列: data/formula_series.yaml (F155), data/ordered_lists.yaml (F177), the packs' formula rules
  (packs/formulation.yaml, engine formula);
- 书名: data/book_titles.yaml, in 《》;
- 会议: data/dated_sessions.yaml, a plenum with its year and month —

and, with a fixed seed, makes of each the slips people make: 同音字 (a character of the same syllable),
形近字 (a look-alike of data/similar_shapes.yaml), 漏字, 重字, 颠倒 (two neighbouring characters), 数字
(the number word changed: 三个 → 四个, 三中全会 → 四中全会), 成员颠倒 (two members swapped), 成员缺漏 (a
member dropped), 实词 (a two-character word inside replaced by a real word of the dictionary sharing one of
its characters: 物质基础 → 经济基础). Each slip stands in one of several contexts (after 坚持/落实/学习贯彻/
深刻领悟, in quotes and without, split by a line end, inside a 一是 point, in a heading). Slips are put into
short materials, one to a paragraph, and reviewed; a slip is found when a formulation or typo finding
overlaps it. The right forms in the same contexts are reviewed apart: any formulation or typo finding on
them (hints apart) is a false alarm. Run: `python eval/formulation_recall.py` (`-v` lists misses and alarms;
`--per-table N` caps the formulations drawn from each table; `--kind K` one slip kind only).
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic_slips import _dictionary, spoil

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "mingjing" / "rules" / "data"
PACK = ROOT / "src" / "mingjing" / "rules" / "packs" / "formulation.yaml"
SEED = 20261206
PER_TABLE = 60  # formulations drawn from each table (all when fewer)
PER_DOC = 8  # slips to a material, one to a paragraph
KINDS = ("同音字", "形近字", "漏字", "重字", "颠倒", "数字", "成员颠倒", "成员缺漏", "实词")
CATEGORIES = frozenset({"formulation", "typo"})
NUMBERS = "一二三四五六七八九十"
_NUMBER = re.compile(rf"(?<![{NUMBERS}])([{NUMBERS}两])(?=[个项种大条中严风全]|届|次|心|自|个)")
_SEPARATORS = re.compile(r"[、，]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
# contexts: {F} is the formulation; a `|` in the result is where a line ends (split by a line end)
CONTEXTS = (
    "我始终坚持{F}，但在具体工作中落实还有差距。",
    "在落实{F}方面，自己抓得还不够紧，有时满足于一般性部署。",
    "通过学习贯彻{F}，我进一步认清了自身的不足。",
    "深刻领悟“{F}”的丰富内涵，是我今后努力的方向。",
    "一是对{F}的理解还不够深入，学用结合不够紧密。",
    "H:一、深入学习{F}",
    "我们要把{F}作为重要遵循，切实抓好贯彻落实。",
    "SPLIT:对照{F}的要求，我在思想认识上还存在差距。",
)
OPENING = (
    "关于本人对照检查情况的报告\n"
    "根据上级党组织的安排，我认真开展学习，广泛听取意见，对照要求查摆了自身存在的问题，深入剖析了产生问题的原因，"
    "明确了今后的努力方向。现将有关情况报告如下，请同志们批评指正。\n"
    "一年来，我在理论学习、履职尽责、作风建设等方面做了一些工作，但对照上级要求和群众期盼，还存在不少差距和不足，"
    "主要表现在以下几个方面。\n"
)


@dataclass
class Item:
    table: str
    right: str  # the formulation as the table holds it (in 《》 for a title)
    members: tuple[str, ...] = ()  # the members of a series, when it is one


@dataclass
class Slip:
    table: str
    kind: str
    right: str
    wrong: str
    context: int


@dataclass
class Tally:
    planted: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    misses: list = field(default_factory=list)
    clean_chars: int = 0
    clean_count: int = 0
    alarms: list = field(default_factory=list)


def _load(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def items() -> list[Item]:
    """Every formulation of the tables, in a stable order."""
    out: list[Item] = []
    for group in _load("fixed_sayings.yaml")["groups"]:
        for s in group["sayings"]:
            parts = tuple(p for p in _SEPARATORS.split(str(s)) if p)
            out.append(Item("固定说法", str(s), parts if len(parts) > 1 else ()))
    for name, wording in _load("counted_members.yaml")["formulas"].items():
        parts = tuple(p for p in _SEPARATORS.split(str(wording)) if p)
        out.append(Item("带数提法", f"{name}：{wording}", parts))
    for entry in _load("formula_series.yaml")["series"]:
        parts = tuple(str(p) for p in entry["parts"])
        out.append(Item("固定序列", "、".join(parts), parts))
    for entry in _load("ordered_lists.yaml")["lists"]:
        parts = tuple(str(p) for p in entry["members"])
        if min(len(p) for p in parts) >= 2:
            out.append(Item("固定序列", "、".join(parts), parts))
    for rule in yaml.safe_load(PACK.read_text(encoding="utf-8"))["rules"]:
        if rule.get("engine") == "formula" and rule.get("canonical"):
            parts = tuple(str(p) for p in rule.get("parts", ()))
            out.append(Item("固定序列", str(rule["canonical"]), parts))
    for title in _load("book_titles.yaml")["titles"]:
        if len(str(title)) >= 4:
            out.append(Item("书名", f"《{title}》"))
    sessions = _load("dated_sessions.yaml")
    for term, meetings in sessions["plenums"].items():
        for number, month in meetings.items():
            year, mon = str(month).split("-")
            out.append(Item("会议", f"{year}年{int(mon)}月召开的党的{term}{number}中全会"))
    return out


@cache
def _words_by_char() -> dict[tuple[int, str], list[str]]:
    """Two-character words of the dictionary (frequency ≥ 2,000) by (position, character)."""
    index: dict[tuple[int, str], list[str]] = {}
    for w, f in _dictionary().items():
        if len(w) == 2 and f >= 2000 and all(_HAN.match(c) for c in w):
            index.setdefault((0, w[0]), []).append(w)
            index.setdefault((1, w[1]), []).append(w)
    for v in index.values():
        v.sort()
    return index


def _real_word(text: str, rng: random.Random) -> str | None:
    import jieba

    words = []
    pos = 0
    for w in jieba.cut(text, HMM=False):
        if len(w) == 2 and all(_HAN.match(c) and c not in NUMBERS for c in w):
            words.append((pos, w))
        pos += len(w)
    if not words:
        return None
    pos, w = rng.choice(words)
    keep = rng.randrange(2)
    choices = [o for o in _words_by_char().get((keep, w[keep]), []) if o != w]
    if not choices:
        return None
    return text[:pos] + rng.choice(choices) + text[pos + 2 :]


def _inner(item: Item) -> tuple[int, int]:
    """The span of the formulation a character slip may touch (a title's marks and a session's date apart)."""
    if item.table == "书名":
        return 1, len(item.right) - 1
    if item.table == "会议":
        return item.right.index("党的") + 2, len(item.right)
    if item.table == "带数提法":
        return item.right.index("：") + 1, len(item.right)
    return 0, len(item.right)


def make_slip(item: Item, kind: str, rng: random.Random) -> str | None:
    text = item.right
    lo, hi = _inner(item)
    core = text[lo:hi]
    if item.table == "会议":
        if kind != "数字":
            return None
        found = re.search(r"党的(.+届)(.)中全会", text)
        assert found is not None
        term, number = found.groups()
        others = [n for n in _load("dated_sessions.yaml")["plenums"][term] if n != number]
        return text.replace(f"{term}{number}中", f"{term}{rng.choice(others)}中")
    if kind in ("同音字", "形近字", "漏字", "重字", "颠倒"):
        # one character slip inside one run of Chinese characters of the core
        runs = [(m.start(), m.group()) for m in re.finditer(r"[\u4e00-\u9fff]{2,}", core)]
        if not runs:
            return None
        for _ in range(6):
            at, run = rng.choice(runs)
            spoilt = spoil(kind, run, rng)
            if spoilt and spoilt != run:
                return text[: lo + at] + spoilt + text[lo + at + len(run) :]
        return None
    if kind == "数字":
        marks = list(_NUMBER.finditer(text))
        if not marks:
            return None
        m = rng.choice(marks)
        old = m.group(1)
        options = [n for n in "两三四五六七八九" if n != old and not (old == "二" and n == "两")]
        return text[: m.start(1)] + rng.choice(options) + text[m.end(1) :]
    if kind in ("成员颠倒", "成员缺漏"):
        parts = item.members
        # a list cited in part is ordinary prose: a member is missing only where a count announces them
        # all (四个意识：…) or from a series of four or more
        least = 2 if kind == "成员颠倒" else (2 if item.table == "带数提法" else 4)
        if len(parts) < least or len(set(parts)) < len(parts):
            return None
        spans = [(m.start(), m.end()) for p in parts for m in [re.search(re.escape(p), core)] if m]
        if len(spans) != len(parts):
            return None
        if kind == "成员颠倒":
            i = rng.randrange(len(parts) - 1)
            new = list(parts)
            new[i], new[i + 1] = new[i + 1], new[i]
            return (
                text[:lo]
                + core.replace(parts[i], "\0", 1)
                .replace(parts[i + 1], parts[i], 1)
                .replace("\0", parts[i + 1], 1)
                + text[hi:]
            )
        i = rng.randrange(len(parts))
        s, e = spans[i]
        if i + 1 < len(parts):
            e = spans[i + 1][0]  # the member and the mark after it
        else:
            s = spans[i - 1][1]  # the mark before the last member and the member
        return text[:lo] + core[:s] + core[e:] + text[hi:]
    if kind == "实词":
        spoilt = _real_word(core, rng)
        return None if spoilt is None else text[:lo] + spoilt + text[hi:]
    raise ValueError(kind)


def slips(per_table: int = PER_TABLE, kinds: tuple[str, ...] = KINDS) -> list[Slip]:
    by_table: dict[str, list[Item]] = {}
    for item in items():
        by_table.setdefault(item.table, []).append(item)
    out: list[Slip] = []
    for table, group in by_table.items():
        rng = random.Random(SEED + zlib.crc32(table.encode()))
        drawn = group if len(group) <= per_table else rng.sample(group, per_table)
        for n, item in enumerate(drawn):
            for k, kind in enumerate(kinds):
                wrong = make_slip(item, kind, rng)
                if wrong and wrong != item.right and wrong not in {i.right for i in drawn}:
                    out.append(Slip(table, kind, item.right, wrong, _context(n + k, item.right)))
    return out


def _context(n: int, formulation: str) -> int:
    """The n-th context, or the next one whose words before and after the formulation do not repeat its
    first or last characters (我始终坚持 + 坚持和加强…, …作为 + 作为重要遵循: a doubling the generator
    made, not a slip)."""
    for k in range(len(CONTEXTS)):
        c = (n + k) % len(CONTEXTS)
        before, after = CONTEXTS[c].split("{F}")
        head, tail = formulation[:2], formulation[-2:]
        if before[-1] != head[0] and before[-2:] != head and after[:2] != tail and after[:1] != tail[-1]:
            return c
    return n % len(CONTEXTS)


def place(context: int, formulation: str) -> tuple[str, int, int]:
    """The paragraph of a context around a formulation, and the formulation's span in it."""
    frame = CONTEXTS[context]
    heading = frame.startswith("H:")
    split = frame.startswith("SPLIT:")
    frame = frame.removeprefix("H:").removeprefix("SPLIT:")
    before, after = frame.split("{F}")
    if split:  # a line end inside the formulation, as a copy from a narrow column leaves it
        cut = max(1, len(formulation) // 2)
        formulation = formulation[:cut] + "\n" + formulation[cut:]
    if heading:
        after += "\n我在这方面的差距主要是学得不深、用得不够，今后要持续加强。"
    return before + formulation + after, len(before), len(before) + len(formulation)


def _review(pieces: list[tuple[int, str]], packs) -> tuple[str, list[tuple[int, int]], list]:
    """Review a material of the pieces; its text as read, each formulation's span in it, the findings.

    The reader joins a line cut without a closing mark to the next (a heading, a formulation split by a
    line end), so each formulation is found again in the text as read, in order."""
    written = OPENING + "\n".join(place(c, f)[0] for c, f in pieces)
    document = read_bytes(written.encode("utf-8"), "formulation_recall.txt", ".txt")
    text = document.text
    spans = []
    at = len(OPENING) - 1
    for context, formulation in pieces:
        para, s, e = place(context, formulation)
        shown = para[s:e]
        for form in (shown, shown.replace("\n", "")):
            k = text.find(form, at)
            if k >= 0:
                spans.append((k, k + len(form)))
                at = k + len(form)
                break
        else:
            raise SystemExit(f"读入后找不到：{shown}")
    return text, spans, review_outline(parse_document(document, packs), packs).findings


def evaluate(per_table: int = PER_TABLE, kinds: tuple[str, ...] = KINDS, packs=None) -> Tally:
    packs = packs or load_frameworks()
    tally = Tally()
    planted = slips(per_table, kinds)
    for i in range(0, len(planted), PER_DOC):
        batch = planted[i : i + PER_DOC]
        text, spans, found = _review([(s.context, s.wrong) for s in batch], packs)
        findings = [f for f in found if f.category in CATEGORIES]
        for slip, (s, e) in zip(batch, spans, strict=True):
            key = (slip.table, slip.kind)
            tally.planted[key] += 1
            if any(f.start < e and f.end > s for f in findings):
                tally.found[key] += 1
            else:
                tally.misses.append((slip.table, slip.kind, slip.right, slip.wrong))
    # the right forms, in the same contexts
    rights = sorted({(s.context, s.right) for s in planted})
    for i in range(0, len(rights), PER_DOC):
        pieces = rights[i : i + PER_DOC]
        text, spans, found = _review(pieces, packs)
        findings = [f for f in found if f.category in CATEGORIES and f.severity != "info"]
        body = len(OPENING) - 1
        tally.clean_chars += len(text) - body
        tally.clean_count += len(pieces)
        for f in findings:
            if f.start >= body:
                context = next(
                    (c for (c, _), (_, e) in zip(pieces, spans, strict=True) if f.start < e + 40), -1
                )
                tally.alarms.append(
                    (f.code, context, text[f.start : f.end], f.message[:50].replace("\n", "⏎"))
                )
    return tally


def figures(t: Tally) -> tuple[int, int]:
    return sum(t.found.values()), sum(t.planted.values())


def print_tally(t: Tally, verbose: bool = False) -> None:
    tables = sorted({k[0] for k in t.planted})
    kinds = [k for k in KINDS if any(key[1] == k for key in t.planted)]
    print("按表：")
    for table in tables:
        p = sum(v for k, v in t.planted.items() if k[0] == table)
        f = sum(v for k, v in t.found.items() if k[0] == table)
        print(f"  {table}\t{f}/{p}\t{f / p:.0%}")
    print("按错法：")
    for kind in kinds:
        p = sum(v for k, v in t.planted.items() if k[1] == kind)
        f = sum(v for k, v in t.found.items() if k[1] == kind)
        print(f"  {kind}\t{f}/{p}\t{f / p:.0%}")
    if verbose:
        for row in t.misses:
            print("  漏：", *row, sep="\t")
        for row in t.alarms:
            print("  误：", *row, sep="\t")
    found, planted = figures(t)
    print(
        f"formulation recall: {found}/{planted} ({found / planted:.1%}) slips found; "
        f"right forms: {len(t.alarms)} false alarms on {t.clean_count} passages ({t.clean_chars} chars)"
    )


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    per_table = int(argv[argv.index("--per-table") + 1]) if "--per-table" in argv else PER_TABLE
    kinds = (argv[argv.index("--kind") + 1],) if "--kind" in argv else KINDS
    print_tally(evaluate(per_table, kinds), verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
