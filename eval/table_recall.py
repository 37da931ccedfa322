"""The typo tables' recall in context (round r20): does the review hear the pairs its own tables hold
wherever a writer puts them?

Sets 37/38's typo misses were pairs some table of the review already held, hidden by a context guard
(a number before the character, a measure word after it, a four-character frame). This eval takes a
fixed-seed sample of the entries of each wrong → right table of the typo rules (listed in TABLES), writes
the wrong form into each of the CONTEXTS of material language (sentence start, after a date, right after
a number, before a number and its measure word, after 的, inside a 做好…工作 frame, inside quotes, at a
line end, inside a 一是 point, between two words), puts the passages into the sample material
(rules/sample.py) after one of its sentences, several to a material, and reviews it. A slip is found when
a typo or formulation finding overlaps the wrong form. The same passages with the right form are
reviewed too: a typo or formulation finding there is a false alarm.

Run: `python eval/table_recall.py` (prints recall per table and per context, the clean passages' alarms,
and a last line with the totals); `-v` lists misses by context; `--per N` entries per table (default
PER_TABLE).
"""

from __future__ import annotations

import lzma
import random
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

DATA = Path(__file__).resolve().parent.parent / "src" / "mingjing" / "rules" / "data"
SEED = 20261206
PER_TABLE = 40
BATCH = 8  # passages to one material
ANCHOR = "我两天后才安排核查。"
CATEGORIES = frozenset({"typo", "formulation"})

# name → (file, columns of wrong and right); a yaml file holds groups of `swap` maps
TABLES: dict[str, tuple[str, int, int]] = {
    "T111 词典": ("misspellings.yaml", 0, 1),
    "T111 成语生成": ("misspellings_generated.tsv", 0, 1),
    "T118 常见错别字": ("misspellings_classic.yaml", 0, 1),
    "T117 异形词": ("misspellings_variants.yaml", 0, 1),
    "T116 双字词": ("misspellings_two.tsv", 0, 1),
    "T130 形近双字": ("misspellings_shape.tsv", 0, 1),
    "T318 词典噪声": ("listed_misspellings.tsv", 0, 1),
    "T316 近音词": ("near_words.tsv.xz", 0, 1),
    "T317 近音成语": ("near_phrases.tsv.xz", 0, 1),
    "T166 少用词": ("near_words_rare.tsv.xz", 0, 1),
    "T124 宽表": ("misspellings_wide.tsv.xz", 0, 1),
    "T168 长词": ("long_word_slips.tsv.xz", 2, 3),
    "T157 字框": ("glyph_frame_pairs.tsv.xz", 0, 1),
    "T178 行业术语": ("trade_slips.tsv.xz", 0, 1),
}

# context → passage around {w}; a passage ending in \n closes its line there
CONTEXTS: dict[str, str] = {
    "句首": "{w}是我这次查摆中反复掂量的问题。",
    "平常": "我对{w}的认识还不够深。",
    "日期后": "2023年5月{w}方面的问题仍然存在。",
    "数字后": "全年共计15{w}未按期完成。",
    "量词前": "其中{w}3项还没有落实到位。",
    "的后": "工作中缺少应有的{w}，群众有意见。",
    "四字框": "没有认真做好{w}工作。",
    "引号内": "对“{w}”的要求理解得还不透。",
    "行末": "这方面我仍需对照{w}\n",
    "一是": "一是{w}不够到位，",
    "两词间": "推进{w}问题整改不力。",
}


def _rows(name: str) -> list[tuple[str, str]]:
    path = DATA / name
    if name.endswith(".yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        return [(str(w), str(r)) for group in data["groups"] for w, r in (group.get("swap") or {}).items()]
    opener = lzma.open if name.endswith(".xz") else open
    if name.startswith("trade_slips"):  # key<TAB>rows `where|form|term` joined by `;`
        with opener(path, "rt", encoding="utf-8") as handle:
            return sorted(
                {
                    (form, term)
                    for line in handle
                    if "\t" in line and not line.startswith("#")
                    for row in line.rstrip("\n").split("\t")[1].split(";")
                    for _where, form, term in [row.split("|")]
                }
            )
    with opener(path, "rt", encoding="utf-8") as handle:
        return [
            tuple(line.rstrip("\n").split("\t"))  # type: ignore[misc]
            for line in handle
            if line.strip() and not line.startswith("#")
        ]


def sample(per: int = PER_TABLE) -> dict[str, list[tuple[str, str]]]:
    """A fixed-seed sample of `per` wrong → right pairs of each table."""
    out: dict[str, list[tuple[str, str]]] = {}
    for table, (name, wi, ri) in TABLES.items():
        rows = [
            (row[wi], row[ri])
            for row in _rows(name)
            if len(row) > max(wi, ri) and row[wi] and row[ri] and row[wi] != row[ri]
        ]
        rows.sort()
        rng = random.Random(f"{SEED}:{table}")
        out[table] = rng.sample(rows, min(per, len(rows)))
    return out


@dataclass
class Case:
    table: str
    context: str
    wrong: str
    right: str


@dataclass
class Result:
    planted: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    misses: list[Case] = field(default_factory=list)
    clean_chars: int = 0
    alarms: list[str] = field(default_factory=list)


def _review(passages: list[str], packs) -> tuple[int, list]:
    at = GOOD.index(ANCHOR) + len(ANCHOR)
    text = GOOD[:at] + "".join(passages) + GOOD[at:]
    document = read_bytes(text.encode("utf-8"), "probe.txt", ".txt")
    report = review_outline(parse_document(document, packs), packs)
    return at, [f for f in report.findings if f.category in CATEGORIES]


def cases(per: int = PER_TABLE) -> list[Case]:
    return [
        Case(table, context, wrong, right)
        for table, pairs in sample(per).items()
        for wrong, right in pairs
        for context in CONTEXTS
    ]


def batches(todo: list[Case]) -> list[list[Case]]:
    """The cases shuffled (fixed seed) into materials of BATCH passages that share no character of
    their forms nor a context: a form or a frame written twice in one material is the writer's term
    (or an edit's leftover) to several rules."""
    rng = random.Random(SEED)
    pending = todo[:]
    rng.shuffle(pending)
    out: list[list[Case]] = []
    while pending:
        batch: list[Case] = []
        used: set[str] = set()
        rest: list[Case] = []
        for case in pending:
            chars = set(case.wrong) | set(case.right) | {case.context}
            if len(batch) < BATCH and not chars & used:
                batch.append(case)
                used |= chars
            else:
                rest.append(case)
        out.append(batch)
        pending = rest
    return out


def measure(per: int = PER_TABLE) -> Result:
    packs = load_frameworks()
    result = Result()
    for batch in batches(cases(per)):
        for form in ("wrong", "right"):
            passages, spans = [], []
            offset = 0
            for case in batch:
                frame = CONTEXTS[case.context]
                word = getattr(case, form)
                passage = frame.replace("{w}", word)
                start = offset + frame.index("{w}")
                spans.append((offset, offset + len(passage), start, start + len(word)))
                passages.append(passage)
                offset += len(passage)
            at, findings = _review(passages, packs)
            for case, (p0, p1, w0, w1) in zip(batch, spans):
                if form == "wrong":
                    key = (case.table, case.context)
                    result.planted[key] += 1
                    if any(f.start < at + w1 and f.end > at + w0 for f in findings):
                        result.found[key] += 1
                    else:
                        result.misses.append(case)
                else:
                    result.clean_chars += p1 - p0
                    result.alarms += [
                        f"{case.table} {case.context} {case.right} ← {f.code} {f.message}"
                        for f in findings
                        if at + p0 <= f.start < at + p1
                    ]
    return result


def _share(found: int, planted: int) -> str:
    return f"{found}/{planted}（{100 * found / planted:.1f} %）" if planted else "0/0"


def main(argv: list[str]) -> int:
    per = int(argv[argv.index("--per") + 1]) if "--per" in argv else PER_TABLE
    r = measure(per)
    for table in TABLES:
        p = sum(n for (t, _c), n in r.planted.items() if t == table)
        f = sum(n for (t, _c), n in r.found.items() if t == table)
        print(f"{table}：{_share(f, p)}")
    for context in CONTEXTS:
        p = sum(n for (_t, c), n in r.planted.items() if c == context)
        f = sum(n for (_t, c), n in r.found.items() if c == context)
        print(f"  语境 {context}：{_share(f, p)}")
    if "-v" in argv:
        for case in r.misses:
            print("漏报：", case.context, case.table, f"{case.wrong}→{case.right}")
        for line in r.alarms:
            print("误报：", line)
    planted, found = sum(r.planted.values()), sum(r.found.values())
    print(
        f"表内错字在语境中：发现 {_share(found, planted)}，正确写法 {r.clean_chars} 字误报 {len(r.alarms)} 处"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
