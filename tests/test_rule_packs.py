"""Rule packs load strictly: a bad pack stops with file and line; an entry without examples does not load."""

import pytest

from mingjing.errors import PackError
from mingjing.rules.packs import load_rule_pack

GOOD_ENTRY = """\
category: typo
rules:
  - code: T901
    rule: test-swap
    engine: substitution
    severity: error
    message: 应为“{suggestion}”
    why: 测试。
    swap: {再接再励: 再接再厉}
    examples:
      - bad: 我们要[再接再励]。
      - good: 我们要再接再厉。
"""


def test_a_good_pack_loads(tmp_path):
    path = tmp_path / "ok.yaml"
    path.write_text(GOOD_ENTRY, encoding="utf-8")
    rules = load_rule_pack(path)
    assert [r.code for r in rules] == ["T901"]


@pytest.mark.parametrize(
    "change,line,message",
    [
        (("      - good: 我们要再接再厉。\n", ""), 11, "至少要有一个 bad 和一个 good"),
        (("      - bad: 我们要[再接再励]。\n", "      - bad: 我们要再接再励。\n"), 11, "[ ]"),
        (("code: T901", "code: X901"), 3, "规则代码"),
        (("code: T901", "code: P901"), 3, "类别字母 T"),
        (("engine: substitution", "engine: magic"), 5, "engine"),
        (("severity: error", "severity: fatal"), 3, "严重程度"),
        (("rule: test-swap", "rule: Test_Swap"), 3, "规则名"),
        (("    swap: {再接再励: 再接再厉}\n", "    swap: {再接再励: 再接再励}\n"), 9, "替换为自身"),
        (("    why: 测试。\n", ""), 3, "缺少字段 why"),
        (("    swap:", "    swop:"), 9, "未知字段 swop"),
        (("category: typo", "category: spelling"), 3, "未知类别"),
    ],
)
def test_bad_packs_name_file_and_line(tmp_path, change, line, message):
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD_ENTRY.replace(*change), encoding="utf-8")
    with pytest.raises(PackError) as err:
        load_rule_pack(path)
    assert f"bad.yaml:{line}：" in str(err.value), str(err.value)
    assert message in str(err.value)


def test_bad_regex_names_file_and_line(tmp_path):
    path = tmp_path / "regex.yaml"
    path.write_text(
        GOOD_ENTRY.replace("    swap: {再接再励: 再接再厉}\n", "    engine2: x\n")
        .replace("engine: substitution", "engine: pattern")
        .replace("    engine2: x\n", "    pattern: '(unclosed'\n"),
        encoding="utf-8",
    )
    with pytest.raises(PackError, match=r"regex.yaml:9：.*正则表达式有误"):
        load_rule_pack(path)
