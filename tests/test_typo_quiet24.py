"""Round r24's precision of the typo rules (typoquiet24): the classes behind sets 47/48's false alarms, each read by
its cause. The rules' own good examples hold the sentences; here the guards are walked directly, and the trades'
lexicon, now a guard of T116's family, is held against every planted typo of the review sets."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from mingjing.rules.near_twin import find_twins
from mingjing.rules.word_slips import _trade_term, lexicon_terms, variants

FIXTURES = Path(__file__).parent / "fixtures" / "review"


def test_no_rare_term_of_the_trades_lexicon_is_a_planted_typo() -> None:
    """A term that silences the slip rules where it stands is never the wrong form of a planted typo (a term written
    in the planted text and changed in its suggestion)."""
    # a count's name (六进 for 五进) is the counting rules' to read, not the slip rules'
    words = [w for w in lexicon_terms()[0] if w[0] not in "一二三四五六七八九十两"]
    hidden = []
    for path in sorted(FIXTURES.glob("heldout*/*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for p in data.get("planted", []) or []:
            if p.get("category") != "typo":
                continue
            text, right = str(p.get("text") or ""), str(p.get("suggestion") or "")
            hidden += [
                (path.name, w, text) for w in words if w in text and w not in right and w not in _OWN_FORM
            ]
    assert not hidden, hidden


# terms of the lexicon planted as another real word's slip that the review reads from the material's own form, not from
# the slip tables: set 53's h03 writes 路政巡察 once and 巡查 for the same work elsewhere (T143 finds it)
_OWN_FORM = {"巡察"}


@pytest.mark.parametrize(
    "text, pair",
    [
        ("旺季寄件客户多，揽收时有延误。", "寄件"),
        ("坚持调解优先、调裁结合。", "调裁"),
        ("2篇稿件被编辑部退修。", "退修"),
    ],
)
def test_a_trades_own_word_is_no_slip(text: str, pair: str) -> None:
    at = text.index(pair)
    assert _trade_term(text, at, at + 2)


def test_a_slip_beside_a_trades_word_is_still_one() -> None:
    text = "旺季寄建客户多。"
    assert not _trade_term(text, 2, 4)


@pytest.mark.parametrize(
    "text, found",
    [
        ("这项审批原由财务科负责，后来改为集体研究。", False),
        ("职工休假原由各班组自行安排。", False),
        ("这件事原由办公室统一办理。", False),
        ("所外就医审批原由生活卫生科提出意见。", False),
        ("查明事故原由，举一反三。", True),
        ("事故的原由是什么，至今说不清。", True),
        ("原由分析不深。", True),
        ("说明原由我不清楚。", True),
    ],
)
def test_yuan_you_as_formerly_by(text: str, found: bool) -> None:
    assert bool(list(variants(text))) is found


def test_a_point_label_opens_no_set_phrase() -> None:
    assert list(find_twins("有农户说：“一是不知道找谁，二是说了也听不懂。”", None)) == []
    assert [t[2] for t in find_twins("遇事一是不知，只能求人。", None)] == ["一事不知"]
