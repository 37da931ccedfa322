"""Forms real materials take (docs/real-materials.md): each has a fixture in tests/fixtures/realforms
scored by eval/parse_accuracy.py; these tests pin the behaviour behind the forms."""

import io

import docx

from conftest import FIXTURES
from mingjing.parse import parse_document
from mingjing.read import read_bytes

REALFORMS = FIXTURES / "realforms" / "materials"
WRAPPED = (REALFORMS / "pdf_wrapped_lines.txt").read_text(encoding="utf-8")


def test_lines_broken_by_a_pdf_are_joined_and_keep_their_source_positions(packs):
    doc = read_bytes(WRAPPED.encode("utf-8"), "m.txt", ".txt")
    o = parse_document(doc, packs)
    assert o.title == "镇党委领导班子 2024 年度民主生活会对照检查材料"
    assert "对照检查材料" in doc.text.split("\n")[0]
    assert doc.position(doc.text.index("查材料")) == (2, 1)
    lines = WRAPPED.split("\n")
    k = next(n for n, line in enumerate(lines) if line.startswith("时，多数发言"))
    assert doc.position(doc.text.index("时，多数发言")) == (k + 1, 1)
    assert doc.position(doc.text.index("多数发言")) == (k + 1, 3)
    point = o.sections[0].items[0].points[0]
    assert point.examples and "谈得少" in point.examples[0].text


def test_a_wrapped_word_file_is_joined_too(packs):
    d = docx.Document()
    for line in WRAPPED.split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    doc = read_bytes(buf.getvalue(), "m.docx", ".docx")
    o = parse_document(doc, packs)
    assert o.title.endswith("对照检查材料")
    assert [s.kind for s in o.sections] == ["problems", "causes", "measures"]


def test_plain_text_with_one_paragraph_a_line_is_never_joined():
    for path in [*(FIXTURES / "materials").glob("*.txt"), *(FIXTURES / "review" / "clean").glob("*.txt")]:
        text = path.read_text(encoding="utf-8")
        doc = read_bytes(text.encode("utf-8"), path.name, ".txt")
        assert len(doc.paragraphs) == sum(1 for line in text.split("\n") if line.strip()), path.name


def test_a_title_naming_its_year_rules_out_other_years_packs(packs):
    text = WRAPPED.replace("2024 年度", "2025 年度")
    o = parse_document(read_bytes(text.encode("utf-8"), "m.txt", ".txt"), packs)
    if any(fw.year == 2025 and fw.meeting == "民主生活会" for fw in packs.values()):
        assert o.framework is not None and o.framework.id.endswith("2025")
    else:
        assert o.framework is None  # never 2024's aspects for a 2025 material
