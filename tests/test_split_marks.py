"""P209–P212 (rules/split_marks.py) and r23's widenings of P115/P121 and P205, by class, and quiet on all clean text."""

from __future__ import annotations

import pytest

from clean_texts import ANY_CLEAN
from mingjing.catalogue import all_rules
from mingjing.frameworks import load_frameworks
from mingjing.rules.comma_lists import comma_lists
from rule_checks import excerpts, marks_in_clean_file

NEW = ("P209", "P210", "P211", "P212")
RULES = {r.code: r for r in all_rules() if r.code in (*NEW, "P121")}


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


@pytest.mark.parametrize(
    "code, text, excerpt",
    [
        ("P209", "对《中华人民共和国档案法》实施条例学习不够。", "《中华人民共和国档案法》实施条例"),
        ("P209", "执行《中华人民共和国政府采购法》实施细则不严。", "《中华人民共和国政府采购法》实施细则"),
        ("P210", "截至10月底：全镇还有3户没有签约。", "截至10月底："),
        ("P210", "到目前为止：群众反映的问题已办结8件。", "到目前为止："),
        ("P211", "对照“农村饮水安全工程运行管理办法”检查。", "“农村饮水安全工程运行管理办法”"),
        ("P211", "按照“建设工程施工质量验收标准”组织验收。", "“建设工程施工质量验收标准”"),
        ("P212", "第2，3批次的样品没有留存。", "第2，3"),
        ("P212", "今年3，4月份雨水偏多。", "3，4"),
        ("P121", "全站每年坏3、4台设备。", "3、4"),
    ],
)
def test_fires_on_its_class(code: str, text: str, excerpt: str, packs) -> None:
    heard = excerpts(text, packs, RULES[code])
    assert excerpt in heard, heard


@pytest.mark.parametrize(
    "code, text",
    [
        ("P209", "学习《中华人民共和国档案法》及其实施条例不够。"),
        ("P209", "学习《中华人民共和国档案法实施条例》不够。"),
        ("P210", "截至10月底，全镇还有3户没有签约。"),
        ("P210", "截至10月底：一是签约97户；二是还有3户未签。"),
        ("P210", "会议安排如下。上午：集中学习。"),
        ("P211", "对照“新时代好干部标准”查找差距。"),
        ("P211", "严格落实“中央八项规定”精神。"),
        ("P212", "第2、3批次的样品没有留存。"),
        ("P212", "计划完成5，实际完成3。"),
        ("P121", "第3、4台设备已经修好，1、2号楼已交付。"),
    ],
)
def test_quiet_on_close_correct_text(code: str, text: str, packs) -> None:
    assert excerpts(text, packs, RULES[code]) == []


def test_mixed_script_list_is_mended_whole() -> None:
    text = "检查重点集中在网吧，KTV，剧本杀门店等实体场所。"
    assert [m for _, _, m in comma_lists(text)] == ["网吧、KTV、剧本杀门店"]
    assert list(comma_lists("网吧关门后，KTV还在营业，巡查没有跟上。")) == []


@pytest.mark.parametrize("path", ANY_CLEAN, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_new_codes_quiet_on_clean_material(path, packs) -> None:
    assert marks_in_clean_file(path, packs, [RULES[c] for c in NEW]) == []
