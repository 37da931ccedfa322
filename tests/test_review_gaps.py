"""A draft's gaps (【待补充：…】) in the review: reported once (R110), and an item that holds only a
gap carries no words, so it changes nothing that rules weigh across items (A101's generic words,
the factless share, the counts)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, ROOT, run_cli
from mingjing.model import Item
from mingjing.rules.context import ReviewOptions
from mingjing.rules.gaps import has_own_text
from mingjing.rules.review import review_file

H06 = FIXTURES / "review" / "heldout" / "h06_zzshh2023_gongdian.txt"  # lacks 发挥先锋模范作用情况
GAP_ITEM = (
    "（四）发挥先锋模范作用情况。【待补充：本方面查摆出的问题：每个问题说清具体事实和征求到的意见】。\n"
)


def _item(text: str, heading: str, aspect: str | None) -> Item:
    start = text.index(heading)
    return Item(
        label="（四）",
        heading=heading,
        heading_start=start,
        heading_end=start + len(heading),
        start=start - 3,
        end=len(text),
        aspect=aspect,
    )


@pytest.mark.parametrize(
    "text, heading, aspect, own",
    [
        (
            "（四）发挥先锋模范作用情况。【待补充：本方面查摆出的问题】。",
            "发挥先锋模范作用情况",
            "发挥先锋模范作用情况",
            False,
        ),
        ("（四）在工作纪律方面。", "在工作纪律方面", "工作纪律", False),
        ("（四）【待补充：产生问题的原因】。", "【待补充：产生问题的原因】", None, False),
        (
            "（四）党员主动请缨的不多，2023年抢险中只有2人报名。",
            "党员主动请缨的不多，2023年抢险中只有2人报名",
            "发挥先锋模范作用情况",
            True,
        ),
        ("（四）在工作纪律方面。一是请假不报备，2023年有2次。", "在工作纪律方面", "工作纪律", True),
        ("（四）在工作纪律方面。一是请假不报备。【待补充：具体事实】。", "在工作纪律方面", "工作纪律", True),
    ],
)
def test_own_text_is_what_an_item_says_besides_gaps_and_its_aspect(packs, text, heading, aspect, own):
    framework = packs["zzshh-2023"] if aspect and "作用" in aspect else packs["dangji-2024"]
    assert has_own_text(text, _item(text, heading, aspect), framework) is own


def _review(tmp_path, packs, text: str, name: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return review_file(path, packs, ReviewOptions())


def test_a_gap_item_changes_nothing_that_rules_weigh_across_items(tmp_path, packs):
    """h06 has three aspects; a draft of it adds a gap item for the fourth. With four items A101
    used to drop the words half of them share, and one measure no longer answered 党性修养."""
    text = H06.read_text(encoding="utf-8")
    with_gap = text.replace("二、问题产生的原因", GAP_ITEM + "二、问题产生的原因", 1)
    before, after = _review(tmp_path, packs, text, "原.txt"), _review(tmp_path, packs, with_gap, "缺项.txt")
    weighed = ("A101", "A102", "A104", "E101", "E105")
    assert [(f.code, f.message) for f in after.findings if f.code in weighed] == [
        (f.code, f.message) for f in before.findings if f.code in weighed
    ]
    assert [f.code for f in before.findings].count("C101") == 1
    assert "C101" not in [f.code for f in after.findings]
    assert [f.code for f in after.findings].count("R110") == 1
    assert after.stats["problem_items"] == before.stats["problem_items"] == 3
    assert after.stats["aspects_covered"] == 3


def test_reviewing_an_untouched_draft_reports_only_its_gaps(tmp_path, packs):
    """The draft reviewed again (mingjing review, the web app's review) says what drafting said:
    each gap once, no rule judging a gap's wording (a slogan, a cause restating a problem)."""
    notes = tmp_path / "笔记.yaml"
    assert run_cli("draft", "init", "--framework", "zzshh-2023", "--output", notes).returncode == 0
    assert run_cli("draft", notes, "--output", tmp_path / "初稿.docx").returncode == 0
    report = review_file(tmp_path / "初稿.docx", packs, ReviewOptions())
    assert {f.code for f in report.findings} == {"R110"}, [(f.code, f.message) for f in report.findings]
    assert report.stats["problem_items"] == 0 and report.stats["aspects_covered"] == 0


def test_a_finished_material_counts_every_item(packs):
    report = review_file(ROOT / "examples" / "张三-对照检查材料.docx", packs, ReviewOptions())
    assert report.stats["problem_items"] == report.stats["aspects_covered"] == 6
