"""The regex compiler's character classes laid out once a process (mingjing/regex_charsets.py): the
memo changes no compiled regex."""

from __future__ import annotations

import importlib
import re
from typing import Any

import mingjing  # noqa: F401  (installs the memo)
from mingjing import regex_charsets

_compiler: Any = importlib.import_module("re._compiler")
_parser: Any = importlib.import_module("re._parser")

PATTERNS = [
    (r"[\u4e00-\u9fff]{2,4}", 0),
    (r"[^，。；：！？\n]{2,40}", 0),
    (r"[“”\"‘’「」『』]", 0),
    (r"[一二三四五六七八九十]+是[、，]", 0),
    (r"[\d０-９]+\s*[年月日]", 0),
    (r"[a-zа-я\u0130\u212a]+", re.IGNORECASE),
    (r"[A-Z0-9_.-]+@[a-z]+", re.IGNORECASE | re.ASCII),
    (r"(?:对照|违反|执行)[^\W\d_]{1,3}", 0),
    (r"[^\u4e00-\u9fff\s]", 0),
    (r"[\U0001F300-\U0001FAFF\u2600-\u27bf]", 0),
    (r"[\U0001F300-\U0001FAFF]", re.IGNORECASE),
    (r"[ab]|[cd]", 0),
    (rb"[\x80-\xff]+", 0),
    (rb"[a-z]+", re.IGNORECASE | re.LOCALE),
]


def _code(pattern: str | bytes, flags: int) -> list[int]:
    code: list[int] = _compiler._code(_parser.parse(pattern, flags), flags)
    return code


def test_installed_on_import() -> None:
    assert _compiler._optimize_charset is regex_charsets.optimize_charset


def test_same_code_as_the_compiler_first_and_from_the_memo() -> None:
    try:
        regex_charsets.uninstall()
        plain = [_code(p, f) for p, f in PATTERNS]
        regex_charsets.install()
        first = [_code(p, f) for p, f in PATTERNS]
        again = [_code(p, f) for p, f in PATTERNS]  # every class now from the memo
    finally:
        regex_charsets.install()
    for p, a, b, c in zip(PATTERNS, plain, first, again):
        assert a == b == c, p
        assert [type(x) for x in a] == [type(x) for x in c], p


def test_a_class_from_the_memo_is_a_new_list() -> None:
    charset = _parser.parse(r"[\u4e00-\u9fff，。]").data[0][1]
    one, _ = regex_charsets.optimize_charset(charset)
    one.append("changed by a caller")
    two, _ = regex_charsets.optimize_charset(charset)
    assert "changed by a caller" not in two
    assert re.compile(r"[\u4e00-\u9fff，。]+").findall("审阅，材料。ok") == ["审阅，材料。"]


def test_matches_unchanged() -> None:
    text = "一是学习不够深入，二是对照检查材料ＡＢＣ123。İstanbul KELVIN"
    for pattern, flags in PATTERNS:
        if isinstance(pattern, bytes):
            continue
        regex_charsets.uninstall()
        try:
            plain = [m.span() for m in re.compile(pattern, flags).finditer(text)]
            re.purge()
        finally:
            regex_charsets.install()
        assert [m.span() for m in re.compile(pattern, flags).finditer(text)] == plain
        re.purge()
