"""Criticism review quality: labelled criticisms (tests/fixtures/criticism/<set>/labels.yaml) against
what `mingjing criticism` flags. Prints precision and recall per kind and overall. Run: `make eval`.

A label names the file, giver, receiver, the criticism's text (or its first words) and its kind:
good | praise | suggestion | vague | self | softened | copied. A K106 (copied) finding on a criticism
whose twin is labelled `copied` is right: both halves of a copied pair are flagged.
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mingjing.criticism.review import review_team
from mingjing.criticism.rules import similar
from mingjing.read import read_document

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "tests" / "fixtures" / "criticism"
KIND_CODE = {
    "praise": "K101",
    "suggestion": "K102",
    "vague": "K103",
    "self": "K104",
    "softened": "K105",
    "copied": "K106",
}
KIND_NAMES = {
    "praise": "表扬式批评",
    "suggestion": "建议式批评",
    "vague": "隔靴搔痒",
    "self": "批评自己",
    "softened": "层层弱化",
    "copied": "雷同",
}


def _norm(s: str) -> str:
    return "".join(ch for ch in s if ch.isalnum())


@dataclass
class Tally:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    labelled: int = 0
    unmatched: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    alarms: list = field(default_factory=list)
    good_flagged: list = field(default_factory=list)
    bad_found: int = 0
    bad_total: int = 0


def evaluate(folder: Path) -> Tally:
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8")) or []
    files = sorted({lab["file"] for lab in labels})
    team = review_team([read_document(folder / f) for f in files])
    by_file = {Path(lst.path).name: lst for lst in team.lists}
    t = Tally()
    matched = []
    for lab in labels:
        t.labelled += 1
        lst = by_file.get(lab["file"])
        want = _norm(lab["text"])
        hit = None
        for c in lst.criticisms if lst else []:
            got = _norm(c.text)
            if (
                c.receiver == lab["receiver"]
                and want
                and (got.startswith(want) or want.startswith(got[: max(8, len(got))]) or want in got)
            ):
                hit = c
                break
        if hit is None:
            t.unmatched.append((lab["file"], lab["receiver"], lab["text"][:30]))
            if lab["kind"] != "good":
                t.fn[lab["kind"]] += 1
                t.bad_total += 1
            continue
        matched.append((lab, hit))
    copied_texts = [(lab["receiver"], c.text) for lab, c in matched if lab["kind"] == "copied"]
    for lab, c in matched:
        codes = {f.code for f in c.findings}
        kind = lab["kind"]
        twin_copied = any(
            r == c.receiver and text is not c.text and similar(text, c.text) for r, text in copied_texts
        )
        if kind != "good":
            t.bad_total += 1
            t.bad_found += bool(codes)
            if KIND_CODE[kind] in codes:
                t.tp[kind] += 1
            else:
                t.fn[kind] += 1
                t.misses.append((kind, c.giver, c.receiver, c.text[:40], sorted(codes)))
        elif codes - ({"K106"} if twin_copied else set()):
            t.good_flagged.append((lab["file"], lab["receiver"], c.text[:30], sorted(codes)))
        for k, code in KIND_CODE.items():
            if code in codes and kind != k and not (k == "copied" and twin_copied):
                t.fp[k] += 1
                t.alarms.append((KIND_CODE[k], kind, c.receiver, c.text[:40]))
    return t


def print_tally(name: str, t: Tally) -> None:
    print(f"\n== 相互批评审阅质量：{name}（{t.labelled} 条标注）==")
    print(f"{'类型':<10}{'查到':>6}{'漏掉':>6}{'误报':>6}{'精确率':>9}{'召回率':>9}")
    tp_all = fp_all = fn_all = 0
    for kind, label in KIND_NAMES.items():
        tp, fp, fn = t.tp[kind], t.fp[kind], t.fn[kind]
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        prec = f"{tp / (tp + fp):.0%}" if tp + fp else "—"
        rec = f"{tp / (tp + fn):.0%}" if tp + fn else "—"
        print(f"{label:<10}{tp:>6}{fn:>6}{fp:>6}{prec:>9}{rec:>9}")
    prec = tp_all / (tp_all + fp_all) if tp_all + fp_all else 0
    rec = tp_all / (tp_all + fn_all) if tp_all + fn_all else 0
    print(f"{'按类型合计':<10}{tp_all:>6}{fn_all:>6}{fp_all:>6}{prec:>9.0%}{rec:>9.0%}")
    print(
        f"有问题的批评被指出（任一类型）：{t.bad_found}/{t.bad_total}；好的批评被误报：{len(t.good_flagged)} 条"
    )
    for g in t.good_flagged:
        print("  误报：", *g)
    if "-v" in sys.argv:
        for m in t.misses:
            print("  漏报：", *m)
        for a in t.alarms:
            print("  误报：", *a)
    for u in t.unmatched:
        print("  未解析到：", *u)


def main() -> int:
    names = [("blind", "盲写集（首次运行前未看规则）"), ("tuned", "调校集")]
    for folder, label in names:
        if (SETS / folder / "labels.yaml").exists():
            print_tally(label, evaluate(SETS / folder))
    return 0


if __name__ == "__main__":
    sys.exit(main())
