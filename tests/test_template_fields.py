"""A template's field left in brackets, undecided or named as a template (R184), a sentence pasted twice
(R185; rules/template_fields.py), and the suggestions residue findings get from the material
(rules/placeholder_fills.py, R125, R203): the table walked against itself and all clean text in the
repository."""

from __future__ import annotations

import pytest

from clean_texts import set_clean_texts
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD
from mingjing.rules.template_fields import TABLE, fields, pasted_repeats, template_leftovers

KINDS = {"person", "unit", "place", "time", "number", "trade", "doc", "example"}


def _heard(text: str) -> list[str]:
    return [text[s:e] for s, e, _, _ in template_leftovers(text)]


def test_the_table_is_of_real_size() -> None:
    table = fields()
    assert len(table) >= 400
    assert set(table.values()) <= KINDS
    names = [
        line.split("\t")[0] for line in TABLE.read_text(encoding="utf-8").splitlines() if line[:1] != "#"
    ]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_field_in_brackets_is_heard_and_written_out_is_quiet(kind) -> None:
    for name, k in fields().items():
        if k != kind:
            continue
        slot = f"比如，【{name}】。"
        assert _heard(slot) == [f"【{name}】"], name
        assert _heard(f"我对{name}的情况掌握不够。") == [], name
        # a heading or a label that opens its line, its content after it
        assert _heard(f"\n【{name}】\n我对情况掌握不够。") == [], name
        assert _heard(f"\n【{name}】2024年3月5日") == [], name


def test_all_clean_text_of_the_repository_stays_quiet() -> None:
    loud = []
    for name, text in set_clean_texts():
        loud += [(name, text[s:e]) for s, e, _, _ in template_leftovers(text)]
        loud += [(name, text[s:e]) for s, e in pasted_repeats(text)]
    assert not loud


def test_undecided_values_and_template_words() -> None:
    assert _heard("完成时限：（待定））") == ["（待定）"]
    assert _heard("整改时限：待定；责任科室：综合科。") == ["待定"]
    assert _heard("对待定事项没有及时跟踪。会议时间待定。") == []
    assert _heard("个人对照检查材料（参考模板）\n") == ["（参考模板）"]
    assert _heard("我参照省里的模板制定了应急预案。") == []
    assert _heard("开设了【政策解读】栏目。学习《【学思想】党员干部读本》。") == []
    assert _heard("执飞【航班号】航班时，我解释不够耐心。") == ["【航班号】"]
    assert _heard("接待【来访人姓名】时，我没有及时转办。") == ["【来访人姓名】"]


def test_pasted_repeats() -> None:
    text = (
        "二是对下属单位监督偏松，两家单位被指出报销手续不全。对下属单位监督偏松，两家单位被指出报销手续不全。"
    )
    assert [text[s:e] for s, e in pasted_repeats(text)] == [
        "对下属单位监督偏松，两家单位被指出报销手续不全。"
    ]
    assert not list(pasted_repeats("学习不够深入。学习不够深入的原因在于思想上重视不够。"))
    assert not list(pasted_repeats("一是学得不深。二是学得不深的原因在于没有挤出时间。"))
    twice = "一是学得不深。二是用得不够。\n\n一是学得不深。二是用得不够。\n三是查得不细。"
    assert [twice[s:e] for s, e in pasted_repeats(twice)] == ["一是学得不深。二是用得不够。"]
    kept = "对平台建设进度督促不够有力。对平台建设进度督促不够有力，建设滞后计划2个月。"
    assert [kept[s:e] for s, e in pasted_repeats(kept)] == ["对平台建设进度督促不够有力。"]


def _suggestions(text: str, packs, code: str) -> list[tuple[str, list[str]]]:
    o = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    t = o.document.text
    return [(t[f.start : f.end], f.suggestions) for f in review_outline(o, packs).findings if f.code == code]


def test_a_masked_year_is_the_material_s_or_the_next_in_a_plan(packs) -> None:
    ahead = GOOD.replace("2024年6月底前精读原著", "计划于202X年6月底前精读原著")
    assert ("202X", ["2024", "2023"]) in _suggestions(ahead, packs, "R111")
    back = GOOD.replace("2023年我只精读了", "202X年以来我只精读了")
    assert ("202X", ["2023"]) in _suggestions(back, packs, "R111")
    own = GOOD.replace("2023年我只精读了", "作为202X年入党的党员，我只精读了")
    assert ("202X", []) in _suggestions(own, packs, "R111")


def test_a_masked_name_and_the_closing_request(packs) -> None:
    name = GOOD.replace("我两天后才安排核查。", "我两天后才安排核查，站长×××同志提醒后才改。")
    assert ("×××", ["（写明姓名）"]) in _suggestions(name, packs, "R105")
    closing = GOOD + "\n请**同志和各位同志批评指正。"
    assert ("**", ["督导组", "指导组"]) in _suggestions(closing, packs, "R111")


def test_a_drafting_note_is_offered_its_deletion(packs) -> None:
    note = GOOD.replace("我两天后才安排核查。", "我两天后才安排核查。（此处补充具体事例）")
    assert ("（此处补充具体事例）", [""]) in _suggestions(note, packs, "R106")
