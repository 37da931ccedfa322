"""Every bad input: one Chinese line on stderr, exit code 2, no traceback, nothing overwritten."""

import io
import zipfile

import pytest

from conftest import MATERIALS, run_cli
from mingjing.errors import InputError
from mingjing.read import read_bytes, read_document
from mingjing.read.limits import Limits

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def docx_bytes(extra_entries=0, big_entry=0):
    buf = io.BytesIO()
    import docx

    d = docx.Document()
    d.add_paragraph("一、存在的问题")
    d.save(buf)
    if not (extra_entries or big_entry):
        return buf.getvalue()
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            z.writestr(item, src.read(item))
        for i in range(extra_entries):
            z.writestr(f"word/media/x{i}.bin", b"x")
        if big_entry:
            z.writestr("word/media/bomb.bin", b"\x00" * big_entry)
    return out.getvalue()


CASES = {
    "empty.txt": (b"", "文件是空的"),
    "blank.txt": (b"  \r\n\t\n", "文件是空的"),
    "image_renamed.docx": (PNG, "PNG 图片"),
    "photo.txt": (b"\xff\xd8\xff\xe0" + b"\x00" * 40, "JPEG 图片"),
    "not_a_zip.docx": (b"just some text pretending", "扩展名是 .docx"),
    "truncated.docx": (docx_bytes()[:900], "已损坏"),
    "encrypted.docx": (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptionInfo".encode("utf-16-le"),
        "已加密",
    ),
    "excel.docx": (None, "Excel"),
    "archive.txt": (b"Rar!\x1a\x07\x00" + b"\x00" * 20, "RAR"),
}


def _excel_bytes():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
    return out.getvalue()


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_files_raise_input_error(name):
    data, message = CASES[name]
    if data is None:
        data = _excel_bytes()
    with pytest.raises(InputError, match=message):
        read_bytes(data, name, "." + name.rsplit(".", 1)[1])


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_files_exit_2_with_one_chinese_line(tmp_path, name):
    data, message = CASES[name]
    path = tmp_path / name
    path.write_bytes(data if data is not None else _excel_bytes())
    before = path.read_bytes()
    result = run_cli("parse", path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.startswith("错误：") and result.stderr.count("\n") == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_missing_file_and_folder(tmp_path):
    for target, message in ((tmp_path / "没有这个文件.docx", "文件不存在"), (tmp_path, "文件夹")):
        result = run_cli("parse", target)
        assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr


def test_file_size_limit():
    with pytest.raises(InputError, match="超过上限"):
        read_bytes("一、存在的问题\n".encode() * 100, "big.txt", ".txt", Limits(max_bytes=1000))


def test_file_size_limit_is_checked_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 3000)
    with pytest.raises(InputError, match=r"3000|MB"):
        read_document(path, Limits(max_bytes=2000))


def test_zip_entry_limit():
    with pytest.raises(InputError, match="文件数"):
        read_bytes(docx_bytes(extra_entries=60), "many.docx", ".docx", Limits(max_zip_entries=50))


def test_zip_bomb_ratio():
    with pytest.raises(InputError, match="压缩"):
        read_bytes(docx_bytes(big_entry=30 * 1024 * 1024), "bomb.docx", ".docx")


def _zip_needing_version(data: bytes, version: int) -> bytes:
    """The archive with its first central directory entry asking for a zip version no reader has."""
    at = data.index(b"PK\x01\x02") + 6  # central directory header: signature, version made by, version needed
    return data[:at] + bytes([version, 0]) + data[at + 2 :]


def test_unknown_zip_version_is_a_damaged_file_not_an_internal_error():
    """A damaged header asking for zip version 6.4 (found by test_properties in r23's clean clone): zipfile raises
    NotImplementedError, which must read as a damaged file, not as the internal-error safety net."""
    with pytest.raises(InputError, match="压缩包版本或压缩方式") as caught:
        read_bytes(_zip_needing_version(docx_bytes(), 64), "v64.docx", ".docx")
    assert "内部错误" not in str(caught.value)


def test_unzipped_size_limit():
    with pytest.raises(InputError, match="解压后大小"):
        read_bytes(
            docx_bytes(big_entry=3 * 1024 * 1024),
            "big.docx",
            ".docx",
            Limits(max_unzipped_bytes=2 * 1024 * 1024),
        )


def test_paragraph_limit():
    with pytest.raises(InputError, match="段落数"):
        read_bytes("一段\n".encode() * 200, "long.txt", ".txt", Limits(max_paragraphs=100))


def test_usage_errors_are_chinese_and_exit_2():
    result = run_cli("parse", MATERIALS / "zzshh_2023_member.txt", "--format", "xml")
    assert result.returncode == 2 and "用法错误" in result.stderr and result.stderr.count("\n") == 1
    result = run_cli("parse", MATERIALS / "zzshh_2023_member.txt", "--framework", "nope")
    assert result.returncode == 2 and "未知的框架 nope" in result.stderr


def test_output_never_overwrites_the_input(tmp_path):
    src = tmp_path / "材料.txt"
    src.write_bytes((MATERIALS / "zzshh_2023_member.txt").read_bytes())
    before = src.read_bytes()
    result = run_cli("parse", src, "--format", "json", "--output", src)
    assert result.returncode == 2 and "不能是输入文件" in result.stderr
    assert src.read_bytes() == before
