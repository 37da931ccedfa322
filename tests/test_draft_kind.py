"""A team's material (班子, 支部) is drafted as a team's: the notes carry the kind the review tells
(个人 / 班子, in a 组织生活会 党员 / 支部) in every format; the draft's title names the team, it has no
signature line, it counts its problems as 班子, and the review reads it as a team's material."""

from __future__ import annotations

import pytest

from conftest import FIXTURES, run_cli
from mingjing.draft.assemble import assemble
from mingjing.draft.extract import extract_file
from mingjing.draft.notes import load_notes
from mingjing.draft.template import dump_notes
from mingjing.errors import InputError
from mingjing.parse import parse_document
from mingjing.read import read_document

TEAM_NOTES = """\
framework: {fw}
kind: {kind}
unit: {unit}
date: 2025年12月20日
preamble:
  study: 班子集中学习4次，每名班子成员作了1次研讨发言。
  opinions: 通过座谈会向村（社区）干部和群众代表征求意见26条。
  talks: 班子成员之间开展谈心谈话21人次。
aspects:
  - aspect: {aspect}
    problems:
      - problem: 班子抓落实的韧劲不够
        own_words: 班子对上级部署满足于开会传达，跟踪问效不够。
        facts:
          - 2025年5月县里部署耕地整治，班子到7月才制定实施方案
"""


def _team_notes(tmp_path, packs, fw_id: str, kind: str, unit: str = "桐溪镇党委"):
    fw = packs[fw_id]
    path = tmp_path / "班子笔记.yaml"
    path.write_text(TEAM_NOTES.format(fw=fw_id, kind=kind, unit=unit, aspect=fw.aspects[0].name), "utf-8")
    return load_notes(path, packs), fw


def _reviewed_kind(text: str, tmp_path, packs):
    path = tmp_path / "初稿.txt"
    path.write_text(text, encoding="utf-8")
    return parse_document(read_document(path), packs).kind


def test_a_team_draft_names_the_team_and_speaks_as_the_team(tmp_path, packs):
    notes, fw = _team_notes(tmp_path, packs, "mzshh-2025", "班子")
    assert notes.kind == "班子"
    text = assemble(notes, fw).text
    lines = text.split("\n")
    assert lines[0] == f"桐溪镇党委领导班子{fw.name}对照检查材料"
    assert "个人" not in lines[0] and lines[1].startswith("班子集中学习4次")  # no signature line
    assert "班子查摆问题1个" in text and "我查摆问题" not in text
    kind = _reviewed_kind(text, tmp_path, packs)
    assert (kind.who, kind.voice) == ("班子", "班子")


def test_a_branch_committee_in_an_organisation_meeting_is_a_branch(tmp_path, packs):
    """班子 written for a 组织生活会 is the review's 支部; the title names the branch committee."""
    notes, fw = _team_notes(tmp_path, packs, "zzshh-2023", "班子", unit="城东小学党支部")
    assert notes.kind == "支部"
    text = assemble(notes, fw).text
    assert text.startswith(f"城东小学党支部委员会{fw.name}对照检查材料\n")
    assert "支委会查摆问题1个" in text
    assert _reviewed_kind(text, tmp_path, packs).who == "支部"


def test_notes_without_a_kind_are_personal_and_a_wrong_kind_names_its_line(tmp_path, packs):
    path = tmp_path / "笔记.yaml"
    path.write_text("framework: zzshh-2023\nauthor: 王芳\n", encoding="utf-8")
    notes = load_notes(path, packs)
    assert notes.kind == "党员" and assemble(notes, packs["zzshh-2023"]).text.startswith("王芳")
    path.write_text("framework: zzshh-2023\nkind: 集体\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_notes(path, packs)
    assert f"{path}:2" in str(err.value) and "不是材料类别" in str(err.value)


@pytest.mark.parametrize("fmt", ["docx", "xlsx", "yaml"])
def test_init_writes_the_kind_into_every_form(tmp_path, packs, fmt):
    form = tmp_path / f"笔记.{fmt}"
    result = run_cli("draft", "init", "--framework", "mzshh-2025", "--kind", "班子", "--output", form)
    assert result.returncode == 0, result.stderr
    assert load_notes(form, packs).kind == "班子"
    personal = tmp_path / f"个人.{fmt}"
    assert run_cli("draft", "init", "--framework", "mzshh-2025", "--output", personal).returncode == 0
    assert load_notes(personal, packs).kind == "个人"


def test_init_refuses_an_unknown_kind(tmp_path):
    result = run_cli("draft", "init", "--kind", "集体", "--output", tmp_path / "笔记.docx")
    assert result.returncode == 2 and "材料类别" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "笔记.docx").exists()


def test_a_filled_word_form_says_which_kind(tmp_path, packs):
    """The 基本信息 table has a 材料类别 row the user fills (its instruction in the third column)."""
    from docx import Document

    form = tmp_path / "笔记.docx"
    assert run_cli("draft", "init", "--framework", "mzshh-2025", "--output", form).returncode == 0
    doc = Document(str(form))
    row = next(r for r in doc.tables[0].rows if r.cells[0].text == "材料类别")
    assert row.cells[1].text == "个人" and "班子" in row.cells[2].text
    row.cells[1].text = "领导班子"
    doc.save(str(form))
    assert load_notes(form, packs).kind == "班子"


def test_extract_of_a_team_material_keeps_the_kind_and_the_team(tmp_path, packs):
    material = FIXTURES / "review" / "heldout4_clean" / "c02_mzshh-2022_tongjiju_banzi.txt"
    notes, _ = extract_file(material, packs)
    assert (notes.kind, notes.unit, notes.author, notes.role) == ("班子", "中共南屏县统计局党组", "无", "无")
    path = tmp_path / "笔记.yaml"
    path.write_text(dump_notes(notes), encoding="utf-8")
    again = load_notes(path, packs)
    assert again.kind == "班子"
    title = assemble(again, packs[again.framework]).title
    assert title == "中共南屏县统计局党组领导班子2022年度民主生活会对照检查材料"


def test_a_team_reports_last_years_rectification_as_a_part_of_its_own(tmp_path, packs):
    """The pack requires 上年度民主生活会整改落实情况 of a team (S150): the notes carry it (YAML
    preamble.rectification, the forms' row 上年度整改落实情况), the draft gives it its own part before
    the problems; notes that say nothing of it get a gap to fill, notes that say 无 no part."""
    from docx import Document

    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.review import review_outline

    form = tmp_path / "班子.docx"
    assert (
        run_cli("draft", "init", "--framework", "mzshh-2025", "--kind", "班子", "--output", form).returncode
        == 0
    )
    doc = Document(str(form))
    table = next(t for t in doc.tables if t.rows[0].cells[0].text == "会前准备")
    row = next(r for r in table.rows if r.cells[0].text == "上年度整改落实情况")
    row.cells[1].text = "2024年度民主生活会查摆的5个问题，班子已整改完成4个，农村饮水工程维护问题正在整改"
    doc.save(str(form))
    notes = load_notes(form, packs)
    fw = packs["mzshh-2025"]
    text = assemble(notes, fw).text
    assert "一、上年度民主生活会整改落实情况\n2024年度民主生活会查摆的5个问题，班子已整改完成4个" in text
    assert "二、对照检视存在的问题" in text
    path = tmp_path / "初稿.txt"
    path.write_text(text, encoding="utf-8")
    report = review_outline(parse_document(read_document(path), packs), packs, ReviewOptions())
    assert "S150" not in [f.code for f in report.findings]

    notes.preamble.rectification = None
    assert "【待补充：上年度整改落实情况" in assemble(notes, fw).text
    notes.preamble.rectification = "无"
    assert "上年度" not in assemble(notes, fw).text
