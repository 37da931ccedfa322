"""T176 (rules/context_twins.py): a real word written for a near twin that its neighbour makes a
compound with, and the gates that keep the author's own terms, siblings and productive heads quiet."""

from __future__ import annotations

import importlib.util
import lzma
import sys
from pathlib import Path

import pytest

from mingjing.rules.context_twins import TABLE, suspects
from mingjing.rules.segmentation import Segmentation


def found(text: str) -> list[tuple[str, str, str]]:
    seg = Segmentation(text, True)
    return [(text[s:e], t, c) for s, e, t, c in suspects(text, (seg.tokens, seg.starts))]


def test_a_twin_that_makes_a_compound_with_its_neighbour() -> None:
    assert found("农商行在乡镇设立的营业网店不多。") == [("网店", "网点", "营业网点")]
    assert found("对小微企业的信用货款审批时间偏长。") == [("货款", "贷款", "信用贷款")]


def test_a_compound_word_or_a_noun_between_still_counts() -> None:
    assert found("主动接收群众监督的意识不强。") == [("接收", "接受", "接受群众监督")]
    assert found("参加活动时没有佩带党员徽章。") == [("佩带", "佩戴", "佩戴党员徽章")]


def test_the_written_word_right_in_its_own_frame_stays_quiet() -> None:
    assert found("帮助返乡青年开设农产品网店，拓宽销售渠道。") == []
    assert found("个别企业长期拖欠供货单位货款。") == []
    assert found("突发事件发生后危机公关不及时。") == []


def test_the_authors_own_term_quotes_and_numbers_stay_quiet() -> None:
    assert found("营业网店不多，网店服务也跟不上。") == []
    assert found("所谓“网店”式营业网点。") == []


def test_siblings_and_productive_heads_are_no_evidence() -> None:
    assert found("第一次主任会议，县委常委、政法委书记出席。") == []
    assert found("全市新设台资企业98家。") == []


def test_the_table_is_what_the_script_gives() -> None:
    pytest.importorskip("jieba")
    scripts = Path(__file__).resolve().parent.parent / "scripts"
    sys.path.insert(0, str(scripts))
    spec = importlib.util.spec_from_file_location(
        "generate_context_twins", scripts / "generate_context_twins.py"
    )
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert lzma.decompress(TABLE.read_bytes()).decode("utf-8") == script.table_text()
