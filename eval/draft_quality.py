"""Drafting quality: drafts of one team, made from each member's own notes, must not look alike.

Fixtures: tests/fixtures/draft/team/ (five members of one township Party committee, one framework).
Each notes file is drafted as `mingjing draft` does; every two drafts are compared with the
similarity stage's score, once inside the whole team (as `mingjing review` of the team does: text
common to half the batch counts as stock) and once as a lone pair (nothing discounted but the
genre's stock phrases). Both must stay ≤ 0.1. Also prints each draft's review verdict.
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
LIMIT = 0.1


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
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
