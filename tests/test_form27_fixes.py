"""Round r27 (form27): formulation and grammar slips sets 53/54 missed and a find whose suggestion was wrong,
fixed by their class — each with a bad and a good case, and the suggestion a reviewer would write (F234's
首当其冲的是 + an act, F238 a derogatory set phrase praised, F236 差强人意 before a count left undone, F237
是由于…造成的, F240 a 带头 aspect with its words swapped, F239 中央八项规定精神及其实施细则, F140 offering the
writer's own verb with 两个确立, T312 的 for 地 after 没有 + an attitude word or before a verb with 了, T303 quiet
on 认真的同志)."""

from __future__ import annotations

import pytest

from mingjing.frameworks import load_frameworks
from test_form26_fixes import _at
from test_typo25_fixes import _codes, _mended


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


@pytest.mark.parametrize(
    "passage, code, wrong, right",
    [
        ("抓好防汛值守，首当其冲的是压实巡堤责任，我落实得不够。", "F234", "首当其冲的是", "首要的是"),
        ("班子成员以身作则，在全局形成上行下效的良好风气。", "F238", "上行下效", "以上率下"),
        ("为乡村振兴推波助澜，我们做得还不够。", "F238", "推波助澜", "助力"),
        ("污水管网整改成效差强人意，9个片区中仍有4个未达标。", "F236", "差强人意", "不尽如人意"),
        ("这些问题，主要是由于自己放松了学习造成的。", "F237", "由于自己放松了学习造成的", "自己放松了学习"),
        (
            "窗口排长队，根本上是由于流程设计不合理导致的。",
            "F237",
            "由于流程设计不合理导致的",
            "流程设计不合理导致的",
        ),
        (
            "（二）带头在遵纪守法、清正廉洁前提下敢于担责、勇于创新方面，我做得不够。",
            "F240",
            "带头在遵纪守法、清正廉洁前提下敢于担责、勇于创新",
            "带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新",
        ),
        (
            "落实中央八项规定精神及其实施细则还有松懈。",
            "F239",
            "中央八项规定精神及其实施细则",
            "中央八项规定及其实施细则精神",
        ),
        ("深刻领会“两个维护”的决定性意义，开展研讨4次。", "F140", "两个维护", "两个确立"),
        ("深刻领会“两个维护”的决定性意义，开展研讨4次。", "F140", "领会“两个维护”", "领悟“两个确立”"),
        ("会前，我认真的对照检查了自己一年来的思想和工作。", "T312", "认真的", "认真地"),
        ("群众来问政策，我嫌麻烦，没有耐心的讲解，群众跑了三趟。", "T312", "耐心的", "耐心地"),
        ("我认真的梳理排查了近三年的台账。", "T312", "认真的", "认真地"),
    ],
)
def test_the_slip_is_found_with_the_writers_fix(packs, passage, code, wrong, right):
    text, findings = _at(passage, packs)
    assert _mended(text, findings, code, wrong, right)


@pytest.mark.parametrize(
    "passage, code",
    [
        ("物价上涨时，首当其冲的是低收入群众，我们的帮扶跟进不及时。", "F234"),
        ("一旦发生管涌，首当其冲的是下游的两个村，应急物资储备不足。", "F234"),
        ("上梁不正下梁歪，上行下效，容易形成上行下效的不良风气。", "F238"),
        ("有人在网上推波助澜，我们的回应不及时。", "F238"),
        ("整改成效差强人意，但9个片区中仍有4个未达标。", "F236"),
        ("改造进度差强人意，8个小区已完成6个。", "F236"),
        ("这次疏漏是由于审核把关不严造成的损失，我负有直接责任。", "F237"),
        ("（三）在带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新方面，我带头落实整改。", "F240"),
        ("（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面，我带头学习党章党规。", "F240"),
        ("严格执行中央八项规定及其实施细则精神，坚决纠治“四风”。", "F239"),
        ("我们没有充分的准备，也没有明确的规定，没有认真的态度。", "T312"),
        ("他是一位认真的同志，也是积极的同事。", "T303"),
    ],
)
def test_right_passages_stay_quiet(packs, passage, code):
    text, findings = _at(passage, packs)
    assert code not in _codes(text, findings, passage)
