"""A generated measure of one class (round r20): counts, names and labels a material states of itself, read
against the document itself — not of seen sentences.

Each family below crosses a few wordings (templates written for this project) with many numbers, owners and
kinds, drawn by a fixed seed, and makes of each instance a consistent passage (must stay quiet) and an
inconsistent one (must be heard). Each passage is put into the team sample (rules/sample_team.py) by the
residue19b probe's `material`: `open` joins the opening paragraph, `text` follows a problem's first sentence.
An inconsistent passage is found when a finding of the family's categories overlaps its marked span; any such
finding inside a consistent passage (its `open` or its `text`) is a false alarm.

Families: the ordinal of the inspecting group against the opening's (R170); a later count of the opening's
feedback or of "the above" problems (R171); a completion rate its counts deny (R172); the opening's count of
aspects against the meeting's (R173); a drafting note left in brackets (R106); a point label repeated or
skipped inside one item (S110/S111, structure).

Run: `python eval/counts_recall.py [-v] [FAMILY]`; the last line is the figure.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
sys.path.insert(0, str(ROOT / "src"))

from mingjing.numerals import chinese_count  # noqa: E402
from mingjing.parse import parse_document  # noqa: E402
from mingjing.rules.examples import example_document  # noqa: E402
from mingjing.rules.review import review_outline  # noqa: E402
from probe_residue19b import _packs, material  # noqa: E402

SEED = 20
PER_TEMPLATE = 3
_MARK = re.compile(r"\[([^\]]*)\]")
# an owner with the kinds of group it sends (巡视 is a province's, 巡察 a county's or city's)
OWNER_KINDS = (
    ("县委", ("巡察组", "督导组", "督查组")),
    ("市委", ("巡察组", "督导组")),
    ("区委", ("巡察组", "督查组")),
    ("省委", ("巡视组", "督导组")),
)


def _cn(n: int) -> str:
    return chinese_count(n)


# ---- the families: each yields (open, text with [marked span], categories) for slip and clean


def _groups(r: random.Random) -> Iterator[tuple[str, str | None, str, str]]:
    """(open, slip text, clean text, family) for the inspecting group's ordinal."""
    opens = (
        "{o}第{n}{k}于2025年5月对镇党委开展了常规巡察，反馈问题3个方面12条。",
        "2025年4月至6月，{o}第{n}{k}对镇党委开展了为期两个月的巡察。",
        "今年，{o}第{n}{k}进驻我镇，指出问题15个。",
        "根据{o}第{n}{k}的反馈意见，班子召开专题会议研究整改。",
    )
    laters = (
        "对[{o}第{m}{k}]反馈的问题，班子有等待思想。",
        "班子将主动接受[{o}第{m}{k}]和群众的监督。",
        "整改进展按月向[{o}第{m}{k}]报告。",
        "按照[{o}第{m}{k}]的要求，班子逐条认领问题。",
        "[{o}第{m}{k}]指出的问题还有2个没有销号。",
        "欢迎[{o}第{m}{k}]对整改情况进行回访检查。",
        "对照[第{m}{k}]的反馈意见，班子逐条制定措施。",
    )
    for op in opens:
        for lt in laters:
            for _ in range(PER_TEMPLATE):
                o, kinds = r.choice(OWNER_KINDS)
                k = r.choice(kinds)
                n = r.randint(1, 9)
                m = r.choice([x for x in range(1, 10) if x != n])
                w = {"o": o, "k": k}
                yield (
                    op.format(n=_cn(n), **w),
                    lt.format(m=_cn(m), **w),
                    lt.format(m=_cn(n), **w).replace("[", "").replace("]", ""),
                    "groups",
                )


def _feedback(r: random.Random) -> Iterator[tuple[str, str | None, str, str]]:
    """A later count of the opening's feedback (or of the above problems) against the opening's."""
    opens = (
        "县委巡察组反馈问题{a}个方面{w}条。",
        "2025年6月，市委巡察组共指出{a}个方面{w}个具体问题。",
        "巡察反馈意见指出问题{w}个，其中涉及镇党委班子的有{p}个。",
        "县委第二巡察组对镇党委开展了常规巡察，反馈了{a}个方面{w}个问题。",
        "县委第一巡察组反馈问题共计{w}条，涉及{a}个方面。",
    )
    laters = (
        "确保上述[{x}个问题]整改到位。",
        "对巡察反馈的[{x}个问题]，班子逐一建立台账。",
        "以上[{x}个问题]，班子逐条认领。",
        "针对反馈的[{x}个问题]，班子明确了责任人。",
        "这[{x}个问题]虽然表现在工作上，根子在思想上。",
        "对照上述[{x}条问题]，班子逐条制定措施。",
    )
    for op in opens:
        for lt in laters:
            for _ in range(PER_TEMPLATE):
                a, w = r.randint(3, 6), r.randint(8, 30)
                p = r.randint(2, w - 2)
                x = r.choice([v for v in range(6, 33) if v not in (w, p, a, 5, 4, 26, 2, 17, 6, 19, 41, 3)])
                yield (
                    op.format(a=a, w=w, p=p),
                    lt.format(x=x),
                    lt.format(x=w).replace("[", "").replace("]", ""),
                    "feedback",
                )


def _near(r: random.Random) -> Iterator[tuple[str, str | None, str, str]]:
    """Close correct passages with no slip: a part of the feedback, another body's or an older group, the
    text's own counts, a share of another whole, brackets that are content."""
    for _ in range(PER_TEMPLATE * 2):
        w, p, a = r.randint(10, 30), r.randint(2, 8), r.randint(3, 6)
        n, m = r.sample(range(1, 10), 2)
        d = r.randint(1, w - 1)
        cases = (
            (
                f"县委第{_cn(n)}巡察组反馈问题{a}个方面{w}条，其中涉及班子的有{p}条。",
                f"对上述{p}条问题，班子逐条认领。",
            ),
            (f"县委巡察组反馈问题{w}个。", f"2023年巡察反馈的{w + 3}个问题已全部整改。"),
            (f"县委巡察组反馈问题{w}个。", f"巡察反馈问题中涉及我分管领域的{p}个问题，已整改{p - 1}个。"),
            (f"县委巡察组反馈问题{w}个。", f"班子梳理出{p}个突出问题。这{p}个问题，根子在思想上。"),
            (f"县委巡察组反馈问题{w}个。", "以上2个问题，班子负有主要责任。"),
            (f"县委第{_cn(n)}巡察组对我镇开展了巡察。", f"2022年县委第{_cn(m)}巡察组指出的问题已全部销号。"),
            (f"县委第{_cn(n)}巡察组对我镇开展了巡察。", f"班子配合县委第{_cn(m)}巡察组对下属单位开展巡察。"),
            (
                f"市委第{_cn(n)}巡察组对我镇开展了巡察。",
                f"县委第{_cn(m)}巡察组对村级的巡察中发现的问题要一并整改。",
            ),
            ("", f"{w}个问题已整改{d}个，占全县问题总量的{r.randint(10, 40)}%。"),
            ("", f"{w}个问题已完成{d}个，按时完成率100%。"),
            ("", f"全镇{w}个村已完成{d}个，其中{p}个村完成率100%。"),
        )
        for open_, text in cases:
            yield open_, None, text, "near"


def _rates(r: random.Random) -> Iterator[tuple[str, str | None, str, str]]:
    """A completion rate against the counts in its sentence."""
    templates = (
        "{w}个问题已完成整改{d}个，[整改完成率{p}%]。",
        "交办的{w}件信访件已办结{d}件，[办结率{p}%]。",
        "查摆问题{w}个，已整改到位{d}个，[整改率达{p}%]。",
        "{w}项整改任务已完成{d}项，[完成率为{p}%]。",
        "共梳理问题{w}条，目前已销号{d}条，[销号率{p}%]。",
        "{w}个问题中已完成{d}个，[完成率达到{p}%]。",
        "{w}个问题截至目前已整改完成{d}个，[整改完成率{p}%]。",
        "应整改问题{w}个、已整改{d}个，[整改率{p}％]。",
        "{w}个问题已整改{d}个，[占{p}%]。",
        "{w}条整改措施已落实{d}条，[落实率{p}%]。",
    )
    for t in templates:
        for _ in range(PER_TEMPLATE * 2):
            w = r.randint(5, 40)
            d = r.randint(1, w - 1)
            right = round(d * 100 / w, 1)
            wrong = r.choice([100, 95, 90, 85, 80, 75]) if abs(right - 100) > 3 else 80
            if abs(wrong - right) < 3:
                wrong = 100 if right < 97 else 60
            rp = f"{right:g}"
            yield (
                "",
                t.format(w=w, d=d, p=wrong),
                t.format(w=w, d=d, p=rp).replace("[", "").replace("]", ""),
                "rates",
            )


def _aspects(r: random.Random) -> Iterator[tuple[str, str | None, str, str]]:
    """The opening's count of the aspects it examines (the 2025 民主生活会: five)."""
    opens = (
        "现对照[{n}个方面]，把自己摆进去，检视剖析如下。",
        "班子对照[{n}个方面]逐一进行了检视。",
        "围绕[{n}个方面]深入查摆问题。",
        "紧扣会议主题，从[{n}个方面]查摆问题。",
        "班子从以下[{n}个方面]进行对照检查。",
    )
    for op in opens:
        for n in (3, 4, 6, 7):
            cn = _cn(n)
            yield op.format(n=cn), "", op.format(n="五").replace("[", "").replace("]", ""), "aspects"


def _notes(r: random.Random) -> Iterator[tuple[str, str | None, str, str]]:
    """A note to the drafter left in brackets, against brackets that are content."""
    notes = (
        "（此处根据实际补充）",
        "（此处补充具体事例）",
        "（字数控制在{n}字以内）",
        "（数据待核实）",
        "（请结合本单位实际填写）",
        "（具体时间待定）",
        "（根据需要增删）",
        "（此段可删）",
        "（篇幅不超过{k}页）",
        "（例子待补）",
        "（事例需再具体一些）",
        "（以下内容可结合分管工作调整）",
        "（人数待统计）",
        "（此处可举1至2个例子）",
    )
    cleans = (
        "（以下简称“两个责任”）",
        "（含2名退休干部）",
        "（2025年5月）",
        "（试行）",
        "（占总数的35%）",
        "（涉及资金2.3万元）",
        "（以下简称“中心”）",
        "（其中村干部12名）",
        "（详见整改台账）",
        "（不含节假日）",
        "（按户籍人口计算）",
        "（分管领导负责）",
        "（每季度1次）",
        "（第3次）",
    )
    contexts = ("比如群众反映的问题解决不及时{b}。", "有的村道三年没有维修{b}，", "班子对此负有责任{b}。")
    for i, note in enumerate(notes):
        for c in contexts:
            b = note.format(n=r.choice((2000, 3000, 5000)), k=r.randint(2, 6))
            yield "", c.format(b=f"[{b}]"), c.format(b=cleans[i % len(cleans)]), "notes"


def _labels(r: random.Random) -> Iterator[tuple[str, str | None, str, str]]:
    """A point label repeated or skipped inside one item."""
    series = (
        ("一是", "二是", "三是", "四是"),
        ("第一，", "第二，", "第三，", "第四，"),
        ("（1）", "（2）", "（3）", "（4）"),
    )
    bodies = ("对群众来信办理不及时", "调研时多听汇报少下基层", "会议多落实少", "对村级财务监督不严")
    for labs in series:
        for slip_at in (1, 2):
            for kind in ("repeat", "skip"):
                b = r.sample(bodies, 3)
                good = [labs[0] + b[0], labs[1] + b[1], labs[2] + b[2]]
                bad = list(good)
                wrong = labs[slip_at - 1] if kind == "repeat" else labs[slip_at + 1]
                if slip_at == 1:
                    bad[1] = f"[{wrong}]{b[1]}"
                else:
                    bad[2] = f"[{wrong}]{b[2]}"
                    if kind == "skip":
                        bad[2] = f"[{labs[3]}]{b[2]}"
                yield "", "。".join(bad) + "。", "。".join(good) + "。", "labels"
    # a point's heading kept twice by an edit, the second with no body of its own
    for _ in range(PER_TEMPLATE * 2):
        b = r.sample(bodies, 3)
        body = r.choice(("去年只下村调研5次", "有2封来信超过30天未回复", "全年专题会议开了12次"))
        kept = f"一是{b[0]}。二是{b[1]}。{body}。[二是{b[1]}。]三是{b[2]}。"
        yield "", kept, f"一是{b[0]}。二是{b[1]}。{body}。三是{b[2]}。", "labels"


FAMILIES = {
    "groups": (_groups, ("residue",)),
    "feedback": (_feedback, ("residue",)),
    "rates": (_rates, ("residue",)),
    "aspects": (_aspects, ("residue",)),
    "notes": (_notes, ("residue",)),
    "labels": (_labels, ("residue", "structure")),
    "near": (_near, ("residue",)),
}


def _findings(doc: str, cats: tuple[str, ...]) -> list[tuple[int, int, str]]:
    report = review_outline(parse_document(example_document(doc), _packs()), _packs())
    return [(f.start, f.end, f"{f.code} {f.message}") for f in report.findings if f.category in cats]


def _place(open_: str, text: str) -> tuple[str, list[tuple[int, int]], list[tuple[int, int]]]:
    """The material, the marked spans (slips) and the inserted spans (where an alarm is counted)."""
    plain_open, plain_text = _MARK.sub(r"\1", open_), _MARK.sub(r"\1", text)
    case: dict[str, object] = {"open": plain_open, "at": "point"}
    doc, _at = material(case, plain_text or "。")
    if not plain_text:
        doc = doc.replace("班子调查研究不够深入。。", "班子调查研究不够深入。", 1)
    spans: list[tuple[int, int]] = []
    inserted: list[tuple[int, int]] = []
    for part, plain in ((open_, plain_open), (text, plain_text)):
        if not plain:
            continue
        base = doc.index(plain)
        inserted.append((base, base + len(plain)))
        shift = 0
        for m in _MARK.finditer(part):
            s = base + m.start() - shift
            spans.append((s, s + len(m.group(1))))
            shift += 2
    return doc, spans, inserted


def measure(only: str = "") -> dict[str, tuple[int, int, int, int, list[str], list[str]]]:
    """Per family: found, slips, false alarms, clean passages, the misses and the alarms."""
    out: dict[str, tuple[int, int, int, int, list[str], list[str]]] = {}
    for name, (make, cats) in FAMILIES.items():
        if only and name != only:
            continue
        r = random.Random(f"{SEED}-{name}")
        found = slips = alarms = cleans = 0
        missed: list[str] = []
        loud: list[str] = []
        for open_, slip, clean, _fam in make(r):
            if slip is not None:
                bad_open = open_ if _MARK.search(open_) else _MARK.sub(r"\1", open_)
                doc, spans, _ins = _place(bad_open, slip)
                hits = _findings(doc, cats)
                slips += 1
                if spans and all(any(s < e2 and e > s2 for s2, e2, _m in hits) for s, e in spans):
                    found += 1
                else:
                    missed.append(f"{open_} | {slip}")
            good_open = _MARK.sub(r"\1", open_)
            if _MARK.search(open_):  # the aspects family: the clean passage is its own opening
                good_open, clean_text = clean, ""
            else:
                clean_text = clean
            doc, _sp, inserted = _place(good_open, clean_text)
            cleans += 1
            for s, _e, msg in _findings(doc, cats):
                if any(a <= s < b for a, b in inserted):
                    alarms += 1
                    loud.append(f"{good_open} | {clean_text} ← {msg}")
        out[name] = (found, slips, alarms, cleans, missed, loud)
    return out


def main(argv: list[str]) -> int:
    only = next((a for a in argv if not a.startswith("-")), "")
    res = measure(only)
    for name, (found, slips, alarms, cleans, missed, loud) in res.items():
        print(f"{name:<10} 发现 {found}/{slips}，干净段落 {cleans} 段误报 {alarms} 处")
        if "-v" in argv:
            for m in missed:
                print("   漏报：", m)
            for line in loud:
                print("   误报：", line)
    f = sum(v[0] for v in res.values())
    n = sum(v[1] for v in res.values())
    a = sum(v[2] for v in res.values())
    c = sum(v[3] for v in res.values())
    print(f"counts_recall：发现 {f}/{n}（{100 * f / max(1, n):.1f} %），干净段落 {c} 段误报 {a} 处")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
