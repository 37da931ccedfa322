"""Drafting quality: drafts of one team, made from each member's own notes, must not look alike.

Fixtures: tests/fixtures/draft/team/ (five members of one township Party committee, one framework).
Each notes file is drafted as `mingjing draft` does; every two drafts are compared with the
similarity stage's score, once inside the whole team (as `mingjing review` of the team does: text
common to half the batch counts as stock) and once as a lone pair (nothing discounted but the
genre's stock phrases). Both must stay ≤ 0.1. Also prints each draft's review verdict.

Then extract → redraft on every fixture material that has a framework (the sets
tests/test_draft_extract.py redrafts): how many redrafts review at least as well as the material
(score), the total score of both, and every material whose redraft loses points.
Run: `make eval`.
"""

from __future__ import annotations

import sys
import tempfile
from itertools import combinations
from pathlib import Path

from mingjing.draft.produce import Job, draft_team
from mingjing.frameworks import load_frameworks
from mingjing.read import read_document
from mingjing.similarity.batch import compare_batch

ROOT = Path(__file__).resolve().parent.parent
TEAM = ROOT / "tests" / "fixtures" / "draft" / "team"
FIXTURES = ROOT / "tests" / "fixtures"
LIMIT = 0.1
# extract → redraft: the sets of tests/test_draft_extract.py (finished, flawed, real shapes)
REDRAFT_SETS = {
    "完成稿": sorted(FIXTURES.glob("materials/*"))
    + sorted(FIXTURES.glob("review/clean/*.txt"))
    + sorted(FIXTURES.glob("review/*_clean/*.txt"))
    + [ROOT / "examples" / "张三-对照检查材料.docx"],
    "有缺陷": sorted(
        p for p in FIXTURES.glob("review/heldout*/*.txt") if not p.parent.name.endswith("_clean")
    )
    + sorted(FIXTURES.glob("review/planted/*.txt"))
    + [ROOT / "examples" / "陈立华-对照检查材料-初稿.docx"],
    "真实形态": sorted(p for p in FIXTURES.glob("realforms*/materials/*") if p.suffix in (".txt", ".docx"))
    + sorted(FIXTURES.glob("heldout/materials/*"))
    + sorted(FIXTURES.glob("kinds/*.txt")),
}


def redraft_scores(packs: dict) -> int:
    """Extract → redraft every fixture material; the number of redrafts that lose points."""
    from mingjing.draft.extract import extract_file
    from mingjing.draft.produce import jobs_for
    from mingjing.draft.template import dump_notes
    from mingjing.parse import parse_document
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.review import review_file

    print("\n== 提取 → 重新起草：每份夹具材料（tests/test_draft_extract.py 的各组）==")
    print(f"{'组':<8}{'份数':>6}{'不降分':>8}{'原稿总分':>10}{'新稿总分':>10}")
    lost: list[str] = []
    made = 0  # files written (one name each)
    with tempfile.TemporaryDirectory(prefix="mingjing-eval-redraft-") as tmp:
        for group, paths in REDRAFT_SETS.items():
            kept = total_before = total_after = n = 0
            for path in paths:
                if parse_document(read_document(path), packs).framework is None:
                    continue  # a year or campaign no pack covers: nothing to redraft
                original = review_file(path, packs, ReviewOptions(), None)
                notes, _ = extract_file(path, packs, original.outline.framework.id)
                made += 1
                yaml_path = Path(tmp) / f"{made}.yaml"
                yaml_path.write_text(dump_notes(notes, path.name), encoding="utf-8")
                drafted = draft_team(
                    jobs_for([yaml_path], Path(tmp) / f"{made}.docx", None, None), packs
                ).drafts[0]
                n += 1
                total_before += original.score
                total_after += drafted.report.score
                if drafted.report.score >= original.score:
                    kept += 1
                else:
                    lost.append(f"{path.parent.name}/{path.name}：{original.score} → {drafted.report.score}")
            print(f"{group:<8}{n:>6}{kept:>8}{total_before:>10}{total_after:>10}")
    for line in lost:
        print(f"  降分：{line}")
    print(f"重新起草后降分的材料：{len(lost)} 份（目标 0 份：{'达到' if not lost else '未达到'}）")
    return len(lost)


def main() -> int:
    notes = sorted(TEAM.glob("*.yaml"))
    packs = load_frameworks()
    with tempfile.TemporaryDirectory(prefix="mingjing-eval-draft-") as tmp:
        jobs = [Job(p, Path(tmp) / f"{p.stem}.docx") for p in notes]
        result = draft_team(jobs, packs)
        print(f"\n== 起草：同一班子 {len(notes)} 人的初稿（tests/fixtures/draft/team）==")
        print(f"{'初稿':<22}{'结论':>8}{'得分':>6}{'字数':>7}")
        for d in result.drafts:
            print(
                f"{d.job.notes_path.stem:<22}{d.report.verdict:>8}{d.report.score:>6}{len(d.material.text):>7}"
            )
        docs = [(d.job.notes_path.stem, read_document(d.job.docx)) for d in result.drafts]
    team_scores = {(p.a, p.b): p.score for p in compare_batch(docs)}
    print(f"\n{'两两相似度':<40}{'班子内':>8}{'单独两份':>10}")
    worst = 0.0
    for (name_a, a), (name_b, b) in combinations(docs, 2):
        alone = compare_batch([(name_a, a), (name_b, b)])[0].score
        team = team_scores[(name_a, name_b)]
        worst = max(worst, alone, team)
        print(f"{name_a + ' × ' + name_b:<40}{team:>8.3f}{alone:>10.3f}")
    passed = all(d.report.verdict == "pass" for d in result.drafts)
    ok = worst <= LIMIT and passed
    print(
        f"\n最高相似度 {worst:.3f}（上限 {LIMIT}）；全部通过审阅：{'是' if passed else '否'} → {'合格' if ok else '不合格'}"
    )
    # the redraft figure is printed, not fatal: `make eval` goes on to the criticism figures (the known
    # losses are strict xfails in tests/test_draft_extract.py, with their reasons)
    redraft_scores(packs)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
