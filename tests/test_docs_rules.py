"""docs/rules.md is the output of `mingjing rules --format md`: a rule added, changed or removed
without refreshing it fails here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFRESH = "mingjing rules --format md > docs/rules.md"


def generated() -> str:
    done = subprocess.run(
        [sys.executable, "-m", "mingjing", "rules", "--format", "md"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_docs_rules_md_is_current() -> None:
    text = generated()
    assert (ROOT / "docs" / "rules.md").read_text(encoding="utf-8") == text, (
        f"docs/rules.md differs from the rule registry; refresh it with: {REFRESH}"
    )


def test_every_rule_has_its_section_with_both_examples() -> None:
    from mingjing.catalogue import all_rules

    text = generated()
    for rule in all_rules():
        section = text.split(f"\n## {rule.code}\n", 1)[1].split("\n## ", 1)[0]
        assert f"`{rule.rule}`" in section and "检查什么：" in section and "为什么：" in section
        assert "错误示例" in section and "正确示例" in section, rule.code
        assert "{" not in section.split("检查什么：", 1)[1].split("\n", 1)[0], (
            "raw placeholders in the message"
        )
