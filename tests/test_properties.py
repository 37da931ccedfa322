"""Property-based tests: random and mutated input never causes a traceback; offsets stay valid."""

import io
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mingjing.errors import InputError
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from test_bad_input import docx_bytes
from test_parse import check_offsets

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = st.sampled_from([".txt", ".md", ".docx", ".pdf", ".doc", "", ".rtf"])


def read_or_refuse(data, suffix):
    """A Document, or an InputError that is not the internal-error safety net."""
    try:
        return read_bytes(data, "x" + suffix, suffix)
    except InputError as exc:
        message = str(exc)
    assert "内部错误" not in message, message
    assert "\n" not in message
    return None


@SETTINGS
@given(st.binary(max_size=2000), st.sampled_from([".txt", ".md", ".docx", ".pdf", ""]))
def test_random_bytes(data, suffix):
    read_or_refuse(data, suffix)


BASE_DOCX = docx_bytes()


@SETTINGS
@given(st.integers(min_value=0, max_value=len(BASE_DOCX)))
def test_truncated_docx(cut):
    read_or_refuse(BASE_DOCX[:cut], ".docx")


@SETTINGS
@given(st.lists(st.tuples(st.integers(0, len(BASE_DOCX) - 1), st.integers(0, 255)), min_size=1, max_size=8))
def test_mutated_docx_bytes(mutations):
    data = bytearray(BASE_DOCX)
    for pos, value in mutations:
        data[pos] = value
    read_or_refuse(bytes(data), ".docx")


def _rezip(replace):
    src = zipfile.ZipFile(io.BytesIO(BASE_DOCX))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for item in src.infolist():
            z.writestr(item.filename, replace(item.filename, src.read(item)))
    return out.getvalue()


@SETTINGS
@given(
    st.sampled_from(
        [
            "word/document.xml",
            "word/numbering.xml",
            "word/styles.xml",
            "[Content_Types].xml",
            "word/_rels/document.xml.rels",
        ]
    ),
    st.integers(0, 4000),
    st.binary(max_size=40),
)
def test_mutated_docx_parts(part, pos, junk):
    def replace(name, data):
        return data[:pos] + junk + data[pos + len(junk) :] if name == part else data

    read_or_refuse(_rezip(replace), ".docx")


LABELS = st.sampled_from(
    ["一、", "二、", "（一）", "（二）", "1.", "2、", "（1）", "①", "第一部分", "", "", ""]
)
WORDS = st.sampled_from(
    [
        "存在的问题",
        "原因剖析",
        "整改措施",
        "在理论学习方面",
        "政治素质",
        "一是",
        "二是",
        "第一，",
        "其次，",
        "比如，",
        "例如",
        "2023年",
        "。",
        "；",
        "：",
        "，",
        "学习不够深入",
        "下一步",
        "上年度整改落实情况",
        "方面",
        "“两个确立”",
        "\n",
        " ",
        "\u3000",
        "如",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(LABELS, st.lists(WORDS, max_size=12)), min_size=1, max_size=25), st.text(max_size=30)
)
def test_random_numbered_text_parses_with_valid_offsets(packs, paragraphs, noise):
    text = "\n".join(label + "".join(words) for label, words in paragraphs) + noise
    try:
        doc = read_bytes(text.encode("utf-8"), "t.txt", ".txt")
    except InputError:
        return
    outline = parse_document(doc, packs)
    check_offsets(outline)


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_pdf_bodies(body):
    read_or_refuse(b"%PDF-1.4\n" + body, ".pdf")


@SETTINGS
@given(st.binary(max_size=3000))
def test_random_markdown_and_text_bytes(body):
    for suffix in (".md", ".txt"):
        doc = read_or_refuse(body, suffix)
        if doc is not None:
            for p in doc.paragraphs:
                assert "\n" not in doc.text[p.start : p.end]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 10**9), st.integers(1, 12))
def test_mutated_real_pdf(real_pdf, seed, count):
    import random

    rng = random.Random(seed)
    data = bytearray(real_pdf)
    for _ in range(count):
        data[rng.randrange(len(data))] = rng.randrange(256)
    read_or_refuse(bytes(data), ".pdf")


@settings(max_examples=4, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(min_size=1, max_size=2000))
def test_random_ole_bodies_through_libreoffice(body):
    read_or_refuse(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + body, ".doc")


def test_paragraph_level_diff_reassembles_both_texts():
    """Over the size bound the diff aligns paragraphs first; the chunks still spell both drafts."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from mingjing.render.diff_html import diff_chunks

    paragraph = st.text(alphabet="甲乙丙丁ab", max_size=12)

    @settings(max_examples=150, deadline=None)
    @given(st.lists(paragraph, max_size=8), st.lists(paragraph, max_size=8), st.integers(0, 40))
    def check(a, b, bound):
        old, new = "\n".join(a), "\n".join(b)
        chunks = diff_chunks(old, new, max_chars=bound)
        assert "".join(c.old for c in chunks) == old
        assert "".join(c.new for c in chunks) == new
        assert all(c.old == c.new for c in chunks if c.kind == "equal")

    check()
