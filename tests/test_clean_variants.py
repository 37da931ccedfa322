"""The clean-variants eval (eval/clean_variants.py): its variants keep a text's meaning (years, dates, labels
and the meeting's aspects stay; the added sentences speak the trade and the material's voice), the seed fixes
them, and on a fixed subset of the clean texts the review stays under the false-alarm rate measured (r20)."""

import random
import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "eval"))
from clean_variants import SENTENCES, TRADES, per4k, run, variant, vary_numbers

TEXT = (
    "2025年度民主生活会对照检查材料\n\n按照要求，围绕六个方面，开展谈心谈话12次，收到意见8条。\n\n"
    "一、存在的问题\n\n（一）政治纪律方面\n\n一是学习不够深入。2025年3月以来只参加集中学习4次，研讨发言多引用原文。\n"
    "二是调研不够扎实。全年到基层调研9次，其中其余2次只听汇报。\n\n二、原因剖析\n\n"
    "一是理论武装不够。对创新理论学得不深，满足于读文件、记笔记。\n\n三、整改措施\n\n"
    "一是加强学习。每月集中学习不少于2次，推进学习常态化。\n"
)
# the subset the ceilings are measured on (the first 30 clean texts from heldout38_clean on, one variant each, 96,915 characters), and the
# ceilings per 4,000 characters at r20's end: all false alarms 0.165 (the originals' own among them), those the
# variation brought in 0 (main before r20: 12, 0.50); one such alarm (0.04) is let pass
SUBSET = 30
SUBSET_START = (
    "heldout38_clean"  # the newest clean folder when the ceilings were measured (sets 39/40 came later)
)
# At the merge (r20's end) specificity20's E104 reads three more factless points in the subset's originals (a
# 班子's 党组成员 told only by their state, 向组织汇报思想不够经常): 0.21 with them; an anniversary's count kept
# whole (抗战胜利80周年: R176 reads it against the year) and one new alarm let pass (T134 on 供销社社有资产)
CEILING_ALL = 0.21
CEILING_NEW = 0.05


def test_trades_are_many_and_whole() -> None:
    assert len(TRADES) >= 60
    assert all(len(t.nouns) >= 5 and len(t.verbs) >= 3 for t in TRADES)
    assert set(SENTENCES) == {"problems", "causes", "measures", "other"}


def test_variants_are_fixed_by_the_seed_and_keep_years_dates_and_labels() -> None:
    one = variant(TEXT, random.Random(3))
    assert one == variant(TEXT, random.Random(3))
    for seed in range(20):
        text, added = variant(TEXT, random.Random(seed))
        for kept in (
            "2025年度",
            "2025年3月",
            "六个方面",
            "一、存在的问题",
            "（一）政治纪律方面",
            "三、整改措施",
        ):
            assert kept in text
        assert all(sentence in text for sentence in added)
        assert not any("我" in sentence for sentence in variant(TEXT, random.Random(seed), True)[1])


def test_counts_vary_but_not_sums() -> None:
    text = vary_numbers("开展谈心谈话12次。全年调研9次，其中其余2次只听汇报。", random.Random(1))
    assert text.endswith("全年调研9次，其中其余2次只听汇报。")


def test_the_review_stays_under_the_measured_ceiling() -> None:
    result = run(per=1, limit=SUBSET, start=SUBSET_START)
    assert per4k(sum(result.alarms.values()), result.chars) <= CEILING_ALL, result.alarms
    assert per4k(sum(result.new.values()), result.chars) <= CEILING_NEW, result.listed
