"""Plain text and Markdown readers: encodings, line ends, normalisation, clear errors."""

import pytest

from conftest import MATERIALS
from mingjing.errors import InputError
from mingjing.read import read_bytes, read_document

SAMPLE = "张三对照检查材料\n一、存在的问题\n（一）在理论学习方面。学习不够深入。\n"


@pytest.mark.parametrize(
    "encoding,bom,label",
    [
        ("utf-8", b"", "UTF-8"),
        ("utf-8", b"\xef\xbb\xbf", "UTF-8-BOM"),
        ("gbk", b"", "GB18030"),
        ("gb18030", b"", "GB18030"),
        ("utf-16-le", b"\xff\xfe", "UTF-16LE"),
        ("utf-16-be", b"\xfe\xff", "UTF-16BE"),
    ],
)
def test_encodings_are_detected(encoding, bom, label):
    doc = read_bytes(bom + SAMPLE.encode(encoding), "a.txt", ".txt")
    assert doc.text == SAMPLE.strip()
    assert doc.source.encoding == label


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\n"])
def test_line_ends_become_paragraphs(newline):
    data = SAMPLE.replace("\n", newline).encode("gbk")
    doc = read_bytes(data, "gbk_crlf.txt", ".txt")
    assert [doc.text[p.start : p.end] for p in doc.paragraphs] == SAMPLE.split("\n")[:3]


def test_gbk_crlf_fixture_reads_like_utf8(tmp_path):
    original = (MATERIALS / "zzshh_2023_member.txt").read_text(encoding="utf-8")
    gbk = tmp_path / "gbk_crlf.txt"
    gbk.write_bytes(original.replace("\n", "\r\n").encode("gbk"))
    assert read_document(gbk).text == read_document(MATERIALS / "zzshh_2023_member.txt").text


def test_whitespace_and_invisible_characters_are_normalised():
    data = "\u3000\u3000一、存在的\u200b问题  \n\n\n\t（一）理论\u00a0学习\n".encode()
    doc = read_bytes(data, "a.txt", ".txt")
    assert doc.text == "一、存在的问题\n（一）理论 学习"
    for p in doc.paragraphs:
        assert "\n" not in doc.text[p.start : p.end]


def test_undecodable_bytes_are_a_clear_error():
    data = bytes(range(0x80, 0x100)) * 4
    with pytest.raises(InputError, match="无法识别文本编码"):
        read_bytes(data, "bad.txt", ".txt")


def test_big5_text_is_not_silently_misread():
    data = "這是一份繁體中文的對照檢查材料，內容涉及黨員應當遵守的紀律與規矩。".encode("big5")
    with pytest.raises(InputError, match="编码"):
        read_bytes(data, "big5.txt", ".txt")


def test_bad_bom_is_reported():
    with pytest.raises(InputError, match="UTF-16"):
        read_bytes(b"\xff\xfe\x00\xd8", "x.txt", ".txt")


def test_markdown_headings_and_lists():
    md = "# 标题材料\n\n## 一、存在的问题\n\n### （一）在**理论学习**方面\n\n1. 学习不够\n- 要点\n---\n> 引用\n"
    doc = read_bytes(md.encode(), "a.md", ".md")
    assert doc.text.split("\n") == [
        "标题材料",
        "一、存在的问题",
        "（一）在理论学习方面",
        "1. 学习不够",
        "要点",
        "引用",
    ]
    assert [p.level for p in doc.paragraphs[:3]] == [1, 2, 3]
    assert doc.source.format == "md"


def test_committed_gbk_crlf_fixture(packs):
    from conftest import FIXTURES
    from mingjing.parse import parse_document

    doc = read_document(FIXTURES / "gbk_crlf.txt")
    assert doc.source.encoding == "GB18030"
    assert doc.text == read_document(MATERIALS / "zzshh_2023_short_phone.txt").text
    assert parse_document(doc, packs).framework.id == "zzshh-2023"
