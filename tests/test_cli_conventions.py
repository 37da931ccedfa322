"""The command line behaves as a careful CLI does (issue 17): usage errors name the command's own help,
commands that read a store refuse a missing one without creating it, `corpus add` says what it added
and keeps out what is not a material, `compare --help` offers only what it accepts, `mingjing rules`
shows no raw {placeholders}, and summary lines are not wrapped when the output is piped."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from conftest import MATERIALS, ROOT, run_cli

EXAMPLES = ROOT / "examples"
RECIPE = (
    "番茄炒蛋的做法\n准备两个番茄、三个鸡蛋，番茄洗净切块，鸡蛋打散加少许盐。"
    "锅里放油烧热，先倒入蛋液炒到凝固盛出，再放番茄翻炒出汁，加糖和盐调味。\n"
)


@pytest.mark.parametrize(
    "args,help_of",
    [
        (["review", "--nope"], "mingjing review --help"),
        (["ledger", "list", "--nope"], "mingjing ledger list --help"),
        (["corpus", "add"], "mingjing corpus add --help"),
        (["users", "add", "张三"], "mingjing users add --help"),
        (["ledger", "lis"], "mingjing ledger --help"),
        (["revieww"], "mingjing --help"),
    ],
)
def test_usage_error_points_at_the_help_of_its_command(args: list[str], help_of: str) -> None:
    done = run_cli(*args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1, done.stderr
    assert done.stderr.startswith("用法错误：") and done.stderr.rstrip().endswith(f"用 {help_of} 查看用法")
    assert not re.search(r"[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}", done.stderr.split("用 mingjing")[0]), (
        done.stderr
    )


def _missing_store_commands(tmp: Path) -> list[list[str]]:
    web, ledger, library = str(tmp / "web.db"), str(tmp / "台账.db"), str(tmp / "library.db")
    return [
        ["users", "list", "--db", web],
        ["users", "add", "李四", "--role", "admin", "--db", web],
        ["ledger", "list", "--db", ledger],
        ["ledger", "history", "1", "--db", ledger],
        ["ledger", "update", "1", "--status", "进行中", "--db", ledger],
        ["ledger", "report", "--db", ledger],
        ["ledger", "export", "--db", ledger, "--xlsx", str(tmp / "out.xlsx")],
        ["corpus", "stats", "--db", library],
        ["corpus", "list", "--db", library],
        ["corpus", "remove", "1", "--db", library],
        ["review", str(MATERIALS / "zzshh_2023_member.txt"), "--corpus", library],
        ["backup", "--output", str(tmp / "b.tar.gz"), "--db", web],
    ]


@pytest.mark.parametrize("k", range(12), ids=[" ".join(c[:2]) for c in _missing_store_commands(Path("x"))])
def test_a_missing_store_is_refused_never_created(tmp_path: Path, k: int) -> None:
    command = _missing_store_commands(tmp_path)[k]
    done = run_cli(*command)
    assert done.returncode == 2, (command, done.stdout, done.stderr)
    assert done.stderr.startswith("错误：") and done.stderr.count("\n") == 1, done.stderr
    assert "不存在" in done.stderr
    assert list(tmp_path.iterdir()) == [], list(tmp_path.iterdir())


def test_serve_does_not_create_folders_or_an_admin(tmp_path: Path) -> None:
    done = run_cli("serve", "--db", str(tmp_path / "no" / "such" / "web.db"), "--port", "1")
    assert done.returncode == 2
    assert done.stderr.startswith("错误：") and "不存在" in done.stderr and done.stderr.count("\n") == 1
    assert "管理员" not in done.stdout
    assert list(tmp_path.iterdir()) == []


def test_corpus_add_of_an_empty_folder_adds_nothing(tmp_path: Path) -> None:
    (tmp_path / "空文件夹").mkdir()
    done = run_cli("corpus", "add", str(tmp_path / "空文件夹"), "--db", str(tmp_path / "library.db"))
    assert done.returncode == 2
    assert "没有可读取的材料" in done.stderr and "模板库未改动" in done.stderr
    assert not (tmp_path / "library.db").exists()


def test_corpus_add_keeps_a_recipe_out_unless_forced(tmp_path: Path) -> None:
    recipe = tmp_path / "菜谱.txt"
    recipe.write_text(RECIPE, encoding="utf-8")
    db = str(tmp_path / "library.db")
    done = run_cli("corpus", "add", str(recipe), "--db", db)
    assert done.returncode == 1
    assert "不像对照检查材料" in done.stderr and "--force" in done.stderr
    assert "新加入 0 份" in done.stdout and "不像材料跳过 1 份" in done.stdout
    forced = run_cli("corpus", "add", str(recipe), "--db", db, "--force")
    assert forced.returncode == 0, forced.stderr
    assert "新加入 1 份" in forced.stdout and "模板库现有 1 份" in forced.stdout


def test_corpus_add_of_a_mix_counts_what_it_added_and_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "范文"
    folder.mkdir()
    (folder / "菜谱.txt").write_text(RECIPE, encoding="utf-8")
    shutil.copy(MATERIALS / "zzshh_2023_member.txt", folder / "a.txt")
    shutil.copy(MATERIALS / "zzshh_2023_member.txt", folder / "a-copy.txt")
    shutil.copy(MATERIALS / "mzshh_2022_six_daitou.txt", folder / "b.txt")
    (folder / "坏.docx").write_bytes(b"not a zip")
    (tmp_path / "空").mkdir()
    done = run_cli("corpus", "add", str(folder), str(tmp_path / "空"), "--db", str(tmp_path / "library.db"))
    assert done.returncode == 2  # an unreadable file is the worst outcome
    assert "新加入 2 份，已存在跳过 1 份，不像材料跳过 1 份，无法读取 1 份" in done.stdout
    assert "模板库现有 2 份" in done.stdout
    skipped = [line for line in done.stderr.splitlines() if line.startswith("跳过：")]
    assert (
        len(skipped) == 2 and any("菜谱.txt" in s for s in skipped) and any("坏.docx" in s for s in skipped)
    )
    assert any(line.startswith("提醒：") and "空" in line for line in done.stderr.splitlines())


def test_compare_offers_exactly_the_formats_it_accepts(tmp_path: Path) -> None:
    helped = run_cli("compare", "--help")
    offered = re.search(r"--format <([a-z|]+)>", helped.stdout)
    assert offered, helped.stdout
    formats = offered.group(1).split("|")
    assert "docx" not in formats
    a, b = MATERIALS / "zzshh_2023_member.txt", MATERIALS / "zzshh_2023_semicolon_points.txt"
    for fmt in formats:
        done = run_cli("compare", str(a), str(b), "--format", fmt, "--output", str(tmp_path / f"比对.{fmt}"))
        assert done.returncode == 0, (fmt, done.stderr)
    refused = run_cli("compare", str(a), str(b), "--format", "docx")
    assert refused.returncode == 2 and "用 mingjing compare --help 查看用法" in refused.stderr


def test_rules_show_no_raw_placeholders() -> None:
    table = run_cli("rules", env={"COLUMNS": "400"})
    assert table.returncode == 0
    assert not re.search(r"\{\w+\}", table.stdout), re.findall(r".{20}\{\w+\}.{10}", table.stdout)[:5]
    data = json.loads(run_cli("rules", "--format", "json").stdout)
    raw = [r["code"] for r in data if re.search(r"\{\w+", r["message"])]
    assert raw == []
    s103 = next(r for r in data if r["code"] == "S103")
    assert "〈部分〉" in s103["message"] and "{part}" in s103["message_template"]


def test_summary_lines_do_not_wrap_when_piped() -> None:
    files = [str(EXAMPLES / "张三-对照检查材料.docx"), str(EXAMPLES / "陈立华-对照检查材料-初稿.docx")]
    done = run_cli("review", *files, "--exit-zero", env={"COLUMNS": "40"})
    assert done.returncode == 0, done.stderr
    summaries = [line for line in done.stdout.splitlines() if "：结论 " in line]
    assert len(summaries) == 2
    for line in summaries:
        assert re.search(r"：结论 \S+（\w+），得分 \d+；错误 \d+，警告 \d+，提示 \d+；框架：", line), line
    compared = run_cli("compare", *files, env={"COLUMNS": "40"})
    first = compared.stdout.splitlines()[0]
    assert re.fullmatch(r"相似度 \d+%（.+）：共享片段 \d+ 处", first), first
