"""Notes as office staff save them: any encoding a text material may have, mistakes explained in
Chinese with line and column (never a Python exception's text), and counts only from the notes."""

from __future__ import annotations

import codecs

import pytest

from conftest import ROOT, run_cli
from mingjing.draft.assemble import assemble, closing_of
from mingjing.draft.notes import Notes, load_notes
from mingjing.draft.template import notes_template
from mingjing.errors import InputError

EXAMPLE = ROOT / "examples" / "李敏-笔记.yaml"
PYTHON_WORDS = (
    "codec",
    "decode",
    "Error",
    "mapping values",
    "expected",
    "scanning",
    "line ",
    "column ",
    "Traceback",
)


@pytest.mark.parametrize(
    "encoding, bom",
    [
        ("gbk", b""),
        ("gb18030", b""),
        ("utf-16-le", codecs.BOM_UTF16_LE),
        ("utf-16-be", codecs.BOM_UTF16_BE),
        ("utf-8", codecs.BOM_UTF8),
        ("utf-8", b""),
    ],
)
def test_notes_in_every_encoding_of_materials_read_the_same(tmp_path, packs, encoding, bom):
    text = EXAMPLE.read_text(encoding="utf-8").replace("\n", "\r\n")  # 记事本 saves CRLF
    path = tmp_path / "笔记.yaml"
    path.write_bytes(bom + text.encode(encoding))
    assert load_notes(path, packs) == load_notes(EXAMPLE, packs)


def test_gbk_notes_draft_from_the_command_line(tmp_path):
    path = tmp_path / "笔记.yaml"
    path.write_bytes(EXAMPLE.read_text(encoding="utf-8").encode("gbk"))
    result = run_cli("draft", path, "--output", tmp_path / "材料.docx")
    assert result.returncode == 0, result.stderr
    # the verdict is one line even in a pipe (rich would break it at 80 columns)
    assert any("结论 通过（pass）" in line and "问题+原因 占" in line for line in result.stdout.splitlines())


def test_undecodable_notes_are_refused_in_chinese(tmp_path):
    path = tmp_path / "笔记.yaml"
    path.write_bytes(b"framework: \xff\xfe\x00\xd8\x81" * 20)
    result = run_cli("draft", path, "--output", tmp_path / "a.docx")
    assert result.returncode == 2 and result.stderr.count("\n") == 1
    assert "无法识别文本编码" in result.stderr
    assert not any(w in result.stderr for w in PYTHON_WORDS)


@pytest.mark.parametrize(
    "text, line, column, says",
    [
        ("framework: zhuti-2023\nauthor: 张三\n  role: 局长\n", 3, 7, "多了一个冒号"),
        ('framework: zhuti-2023\nauthor: "张三\n', 3, 1, "引号没有配对"),
        ("framework: zhuti-2023\n\tauthor: 张三\n", 2, 1, "Tab"),
        ("framework: zhuti-2023\naspects:\n  - aspect: 理论学习\n   problems: []\n", 4, 4, "缩进"),
        ("framework: zhuti-2023\nunit: [宁川县\n", 3, 1, "方括号"),
        ("framework: zhuti-2023\nauthor: @张三\n", 2, 9, "不能以“@”开头"),
        ("framework: zhuti-2023\nauthor: *张三\n", 2, 10, "引用"),
    ],
)
def test_yaml_mistakes_are_chinese_with_line_and_column(tmp_path, packs, text, line, column, says):
    path = tmp_path / "笔记.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_notes(path, packs)
    message = str(err.value)
    assert message.startswith(f"{path}:{line}:{column}：笔记文件不是有效的 YAML：")
    assert says in message
    assert not any(w in message for w in PYTHON_WORDS)


def test_an_untouched_template_invents_no_counts(tmp_path, packs):
    """No 查摆问题0个: a count the notes do not give is a gap."""
    fw = packs["zhuti-2023"]
    path = tmp_path / "笔记.yaml"
    path.write_text(notes_template(fw), encoding="utf-8")
    text = assemble(load_notes(path, packs), fw).text
    assert "0个" not in text and "0条" not in text
    assert (
        "我查摆问题【待补充：查摆问题数】个、剖析原因【待补充：原因条数】条、提出整改措施【待补充：措施条数】条"
        in text
    )


def test_counts_that_the_notes_give_are_used(packs):
    notes = load_notes(EXAMPLE, packs)
    fw = packs[notes.framework]
    problems = sum(len(a.problems) for a in notes.aspects)
    assert closing_of(notes, fw) == (
        f"对照四个方面，我查摆问题{problems}个、剖析原因{len(notes.causes)}条、"
        f"提出整改措施{len(notes.measures)}条，请同志们批评指正。"
    )
    notes.causes = []
    assert "剖析原因【待补充：原因条数】条" in closing_of(notes, fw)


def test_wu_leaves_a_part_out_without_a_gap(tmp_path, packs):
    text = EXAMPLE.read_text(encoding="utf-8")
    notes = load_notes(EXAMPLE, packs)
    fw = packs[notes.framework]
    base = assemble(notes, fw).text
    path = tmp_path / "笔记.yaml"
    changed = text.replace(f"date: {notes.date}", "date: 无")
    for key in ("unit", "role"):
        changed = changed.replace(f"{key}: {getattr(notes, key)}", f"{key}: 无")
    assert changed.count(": 无") == 3
    path.write_text(changed, encoding="utf-8")
    drafted = assemble(load_notes(path, packs), fw)
    assert drafted.placeholders == 0 and "无" not in drafted.text.splitlines()[1]
    assert [b.kind for b in drafted.blocks].count("signature") == 0 and drafted.blocks[-1].kind != "date"
    assert base.splitlines()[2:-1] == drafted.text.splitlines()[1:]


def test_empty_notes_model_closing_has_only_gaps(packs):
    text = closing_of(Notes(framework="zzshh-2023"), packs["zzshh-2023"])
    assert text.count("【待补充：") == 3 and not any(c.isdigit() for c in text)
