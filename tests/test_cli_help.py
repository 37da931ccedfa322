"""Every command's --help is Chinese throughout, with an example; usage errors are one Chinese line;
--version names mingjing, Python and the programs found."""

import re
import subprocess
import sys

import pytest
import typer.main

import mingjing.cli  # noqa: F401  (registers the commands)
from mingjing.cli.app import app

ENGLISH = (
    "Usage:",
    "Options:",
    "Arguments:",
    "Commands:",
    "Show this message and exit",
    "[required]",
    "[default:",
    "<str>",
    "<path>",
    "<list[",
    "[OPTIONS]",
    "COMMAND [ARGS]",
)


def command_paths():
    root = typer.main.get_command(app)

    def walk(cmd, path):
        yield path
        for name, sub in getattr(cmd, "commands", {}).items():
            yield from walk(sub, path + [name])

    return list(walk(root, []))


PATHS = command_paths()


def run(*args):
    return subprocess.run([sys.executable, "-m", "mingjing", *args], capture_output=True, text=True)


@pytest.mark.parametrize("path", PATHS, ids=[" ".join(p) or "mingjing" for p in PATHS])
def test_help_is_chinese_with_an_example(path):
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0, result.output
    for english in ENGLISH:
        assert english not in result.output, (path, english)
    assert "用法：" in result.output and "显示本帮助并退出" in result.output
    assert "示例" in result.output, path
    for label in re.findall(r"<([^>]+)>", result.output):  # a Chinese type label or the choices typed
        assert re.fullmatch(r"[^\x00-\x7f]+|[a-z0-9]+(\|[a-z0-9]+)+", label), (path, label)


@pytest.mark.parametrize(
    "args,expected",
    [
        (["review", "--nope"], "没有这个选项：--nope"),
        (["revieww"], "没有这个命令"),
        (["review"], "缺少参数 files"),
        (["review", "x.txt", "--format", "xx"], "“xx”不是可选值"),
    ],
)
def test_usage_errors_are_one_chinese_line(args, expected):
    done = run(*args)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and expected in done.stderr, done.stderr
    assert "Invalid value" not in done.stderr and "No such" not in done.stderr


def test_version_names_the_programs():
    done = run("--version")
    assert done.returncode == 0
    lines = done.stdout.splitlines()
    assert lines[0].startswith("mingjing ") and lines[1].startswith("Python 3.")
    assert any(line.startswith("LibreOffice：") for line in lines)
    assert any(line.startswith("Chromium：") for line in lines)
