"""The first runs that `make eval` prints beside each blind review set's present figure."""

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "eval"))
from first_runs import FIRST_RUNS, print_first_runs
from review_quality import REVIEW, SETS


def test_every_first_run_names_a_registered_set_with_a_sane_count():
    for label, (found, planted, _round) in FIRST_RUNS.items():
        assert label in SETS, label
        assert (REVIEW / SETS[label][0]).is_dir(), label
        assert 0 < found <= planted, label


def test_the_pooled_line_counts_the_four_newest_sets(capsys):
    newest = list(FIRST_RUNS)[:4]
    print_first_runs(dict.fromkeys(FIRST_RUNS, (1, 1)))
    out = capsys.readouterr().out
    found = sum(FIRST_RUNS[label][0] for label in newest)
    planted = sum(FIRST_RUNS[label][1] for label in newest)
    assert f"首次运行合计 {found}/{planted}" in out
    assert out.count("100.0%") == len(FIRST_RUNS)  # every present figure printed (1/1 each)
