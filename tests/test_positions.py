"""`path:line:col` points where the user's editor shows the text: blank lines count, columns are
1-based characters of the source line; a Word file counts paragraphs as Word does."""

import io

import docx

from conftest import run_cli
from mingjing.read import read_bytes

TEXT = (
    "\n"  # a leading blank line counts
    "  张三2023年度主题教育专题民主生活会对照检查材料\n"
    "\n"
    "按照要求，我  认真的学习了。\n"  # two spaces the reader folds into one
    "\t一、存在的问题\r\n"
    "（一）在理论学习方面。我\u200b认真的读了原著。\n"
)


def test_positions_count_blank_lines_and_source_columns():
    doc = read_bytes(TEXT.encode("utf-8"), "m.txt", ".txt")
    lines = TEXT.replace("\r\n", "\n").split("\n")

    def where(needle, nth=0):
        at = -1
        for _ in range(nth + 1):
            at = doc.text.index(needle, at + 1)
        return doc.position(at)

    assert where("张三") == (2, 3)
    assert where("的学习") == (4, lines[3].index("的学习") + 1)
    assert where("一、存在") == (5, 2)
    assert where("的读了") == (6, lines[5].index("的读了") + 1)
    assert doc.position(0) == (2, 3)


def test_review_text_output_uses_editor_positions(tmp_path):
    path = tmp_path / "m.txt"
    path.write_bytes(TEXT.encode("utf-8"))
    out = run_cli("review", str(path), "--select", "T303", "--exit-zero")
    lines = TEXT.replace("\r\n", "\n").split("\n")
    assert f"m.txt:4:{lines[3].index('的学习') + 1}: T303" in out.stdout
    assert "m.txt:4:" in out.stdout and "    4 │ " in out.stdout


def test_word_positions_count_paragraphs_as_word_numbers_them():
    d = docx.Document()
    for line in (
        "张三2023年度主题教育专题民主生活会对照检查材料",
        "",
        "",
        "按照要求，我认真的学习了。",
        "",
        "一、存在的问题",
    ):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "m.docx", ".docx")
    assert doc.position(doc.text.index("认真的") + 2) == (4, 9)
    assert doc.position(doc.text.index("存在")) == (6, 3)
