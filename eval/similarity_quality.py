"""Similarity quality: reworked copies must score high and have every copied passage of at least
20 characters reported; independent materials of the same framework and year must score low.

Fixtures: tests/fixtures/similarity/ (copies of review/clean materials reworked at four levels:
reorder, synonyms, added, heavy; and independent materials). "Copied passages" are found by
brute force: every 20-character run of the copy's normalised text that also occurs in the source.
Team copying: teams of 4, 8 and 20 where one member's material is copied with light edits (names,
units, numbers, a few sentences changed; tests/team_copies.py) by 1, half, and all but one of the
others, mixed with independently written materials; all reviewed together as `mingjing review`
does (workbench.review_files). Every copier must get a D101 finding and no independent author.
Run: `make eval`.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import yaml

from mingjing.read import read_document
from mingjing.similarity.batch import compare_batch
from mingjing.similarity.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
SIM = ROOT / "tests" / "fixtures" / "similarity"
CLEAN = ROOT / "tests" / "fixtures" / "review" / "clean"
RUN = 20


def relations() -> tuple[list[tuple[Path, Path, str]], list[tuple[Path, Path]]]:
    notes = SIM / "pairs.yaml"
    if notes.exists():
        data = yaml.safe_load(notes.read_text(encoding="utf-8"))
        copies = [
            (SIM / c["copy"], (SIM / c["source"]).resolve(), c["level"]) for c in data.get("copies", [])
        ]
        independent = [((SIM / a).resolve(), (SIM / b).resolve()) for a, b in data.get("independent", [])]
        return copies, independent
    copies = []
    for path in sorted(SIM.glob("c*__*.txt")):
        stem, level = path.stem.split("__")
        copies.append((path, next(CLEAN.glob(stem + "_*.txt")), level))
    return copies, []


def brute_force_copied(copy_norm: str, source_norm: str) -> np.ndarray:
    """Positions of the copy inside some RUN-character run that also occurs in the source."""
    grams = {source_norm[i : i + RUN] for i in range(len(source_norm) - RUN + 1)}
    mask = np.zeros(len(copy_norm), dtype=bool)
    for i in range(len(copy_norm) - RUN + 1):
        if copy_norm[i : i + RUN] in grams:
            mask[i : i + RUN] = True
    return mask


def reported(copy_doc_offsets: np.ndarray, spans: list[tuple[int, int]], n: int) -> np.ndarray:
    mask = np.zeros(n, dtype=bool)
    for start, end in spans:
        lo, hi = np.searchsorted(copy_doc_offsets, start), np.searchsorted(copy_doc_offsets, end)
        mask[lo:hi] = True
    return mask


def runs(mask: np.ndarray) -> int:
    padded = np.concatenate([[False], mask, [False]]).astype(np.int8)
    return int((np.diff(padded) == 1).sum())


def main() -> int:
    copies, independent = relations()
    if not copies:
        print("没有相似度评测材料（tests/fixtures/similarity）")
        return 0
    print("\n== 雷同检测：改写抄袭与独立写作（tests/fixtures/similarity）==")
    print(
        f"{'改写方式':<10}{'份数':>5}{'相似度（最低/平均）':>22}{'≥0.6':>7}{'应报片段':>10}{'漏报片段':>10}{'应报字数覆盖':>14}"
    )
    by_level: dict[str, list] = {}
    for copy_path, source_path, level in copies:
        copy, source = read_document(copy_path), read_document(source_path)
        pair = compare_batch([("source", source), ("copy", copy)])[0]
        cn, sn = normalize(copy.text), normalize(source.text)
        truth = brute_force_copied(cn.text, sn.text)
        got = reported(cn.offsets, [(p.b_start, p.b_end) for p in pair.passages], len(cn.text))
        missed = truth & ~got
        by_level.setdefault(level, []).append(
            (pair.score, runs(truth), runs(missed), truth.sum(), (truth & got).sum())
        )
    total_ok = total = 0
    for level, rows in by_level.items():
        scores = [r[0] for r in rows]
        ok = sum(s >= 0.6 for s in scores)
        total_ok += ok
        total += len(rows)
        truth_runs, missed_runs = sum(r[1] for r in rows), sum(r[2] for r in rows)
        chars, hit = sum(r[3] for r in rows), sum(r[4] for r in rows)
        print(
            f"{level:<12}{len(rows):>5}{min(scores):>12.2f} / {np.mean(scores):.2f}{ok:>7}{truth_runs:>10}{missed_runs:>10}"
            f"{hit / max(1, chars):>14.1%}"
        )
    print(f"改写抄袭相似度 ≥ 0.6：{total_ok}/{total}（目标：全部）")
    if independent:
        scores = []
        for a, b in independent:
            pair = compare_batch([("a", read_document(a)), ("b", read_document(b))])[0]
            scores.append((pair.score, a.name, b.name))
        worst = max(scores)
        print(
            f"独立写作（同框架同年度）{len(scores)} 对：相似度最高 {worst[0]:.3f}（{worst[1]} / {worst[2]}），"
            f"平均 {np.mean([s for s, _, _ in scores]):.3f}；≤ 0.1 的 {sum(s <= 0.1 for s, _, _ in scores)}/{len(scores)}（目标：全部）"
        )
    return team_copying()


def team_copying() -> int:
    """The team table: recall over copiers and false alarms over independent authors per team."""
    import tempfile

    from mingjing.frameworks import load_frameworks
    from mingjing.rules.context import ReviewOptions
    from mingjing.similarity.batch import compare_batch
    from mingjing.workbench import review_files
    from team_copies import INDEPENDENT, team

    packs = load_frameworks()
    pool = [(p.name, read_document(p)) for p in INDEPENDENT]
    worst = max(compare_batch(pool), key=lambda p: p.score)
    print("\n== 班子雷同：一份材料被轻改后传抄（tests/team_copies.py）==")
    print(f"独立写作材料 {len(pool)} 份两两比对：相似度最高 {worst.score:.3f}（{worst.a} / {worst.b}）")
    print(
        f"{'班子人数':>6}{'抄写人数':>8}{'独立人数':>8}{'抄写被标出':>10}{'召回':>8}{'原作者被标出':>12}"
        f"{'独立误报':>8}{'雷同组':>8}{'抄写者占比最低':>10}{'独立者最相似':>10}{'用时':>8}"
    )
    import time

    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        for size in (4, 8, 20):
            for copiers in (1, size // 2, size - 1):
                folder = Path(tmp) / f"{size}-{copiers}"
                folder.mkdir()
                members = team(size, copiers, seed=size * 31 + copiers)
                files = []
                for name, text, _ in members:
                    (folder / name).write_text(text, encoding="utf-8")
                    files.append(folder / name)
                t = time.perf_counter()
                result = review_files(files, packs, ReviewOptions())
                took = time.perf_counter() - t
                flagged = {
                    str(path)
                    for path, report, _ in result.rows
                    if report and any(f.code == "D101" for f in report.findings)
                }
                roles = {str(folder / name): role for name, _, role in members}
                hit = sum(1 for f, r in roles.items() if r == "copier" and f in flagged)
                false = sum(1 for f, r in roles.items() if r == "independent" and f in flagged)
                source = any(r == "source" and f in flagged for f, r in roles.items())
                independent = size - 1 - copiers
                shares = {m.name: m.share for c in result.clusters for m in c.members}
                lowest = min((shares.get(f, 0.0) for f, r in roles.items() if r == "copier"), default=0.0)
                nearest = max(
                    (p.score for p in result.pairs if "independent" in (roles[p.a], roles[p.b])), default=0.0
                )
                ok &= hit == copiers and false == 0
                print(
                    f"{size:>8}{copiers:>12}{independent:>12}{hit:>12}{hit / copiers:>12.0%}"
                    f"{'是' if source else '否':>12}{false:>10}{len(result.clusters):>10}{lowest:>14.0%}{nearest:>16.0%}"
                    f"{took:>9.1f}s"
                )
    print("每个抄写者都被标出、没有独立作者被误报：" + ("是" if ok else "否（未达标）"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
