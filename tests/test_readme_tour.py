"""The README's tour is what the commands print (scripts/readme_tour.py): every ```console block is
run and compared, outputs go under out/ only, and blocks that cannot run say so visibly."""

from __future__ import annotations

import sys

from conftest import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import readme_tour


def test_the_readme_tour_prints_what_the_readme_shows() -> None:
    problems, blocks, folder = readme_tour.check(readme_tour.README.read_text(encoding="utf-8"))
    try:
        commands = sum(len(b.commands) for b in blocks)
        assert commands >= 25, commands
        assert not problems, (
            "\n\n".join(problems)
            + f"\n\n{len(problems)} tour command(s) differ; refresh with: {readme_tour.REFRESH}"
        )
    finally:
        import shutil

        shutil.rmtree(folder, ignore_errors=True)


def test_blocks_not_run_are_marked_and_few() -> None:
    others = readme_tour.marked_blocks(readme_tour.README.read_text(encoding="utf-8"))
    unmarked = [line for line, marker in others if not marker]
    assert unmarked == [], f"README.md lines {unmarked}: make them ```console blocks or mark them as not run"
    assert len(others) <= 6, others


def test_cut_lines_match_any_run_of_lines() -> None:
    shown = ["标题", "…", "合计 3 项"]
    assert readme_tour.matches(shown, ["标题", "a", "b", "合计 3 项"])
    assert readme_tour.matches(shown, ["标题", "合计 3 项"])
    assert not readme_tour.matches(shown, ["标题", "a", "合计 4 项"])
    assert not readme_tour.matches(["标题"], ["标题", "多出的一行"])


def test_normalised_are_times_passwords_durations_and_the_folder() -> None:
    lines = [
        "导出后 李娜 于 2026-11-26 17:04 改为",
        "一次性密码：PYbHm7H75UZfDv（只显示这一次）",
        "用时 3.2 s",
        "/tmp/mingjing-tour-x/out/a.docx",
        "行尾空格   ",
    ]
    assert readme_tour.normalise(lines, "/tmp/mingjing-tour-x") == [
        "导出后 李娜 于 <时间> 改为",
        "一次性密码：<密码>",
        "用时 <用时>",
        "out/a.docx",
        "行尾空格",
    ]
    assert readme_tour.normalise(["得分 68；错误 4"]) == ["得分 68；错误 4"]  # numbers are compared


def test_refresh_keeps_the_readme_cuts() -> None:
    shown = ["a.txt:1:1: S150 缺少整改", "…", "a.txt：结论 需修改，得分 68"]
    real = [
        "a.txt:1:1: S150 缺少整改情况",
        "    1 │ 标题",
        "a.txt:3:3: C101 缺少方面",
        "a.txt：结论 需修改，得分 60",
    ]
    new = readme_tour.refreshed(shown, real, real)
    assert new == ["a.txt:1:1: S150 缺少整改情况", "…", "a.txt：结论 需修改，得分 60"]
    assert readme_tour.matches(new, real)
    assert readme_tour.refreshed(["x"], ["y", "z"], ["y", "z"]) == ["y", "z"]


def test_git_ignores_the_tour_outputs() -> None:
    import shutil
    import subprocess

    import pytest

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    for path in ("out/照片.docx", "out/单位/mingjing.toml"):
        done = subprocess.run(["git", "check-ignore", "-q", path], cwd=ROOT, check=False)
        assert done.returncode == 0, f"{path}: out/ must be ignored by .gitignore (the tour writes there)"
