"""Command line: thin translation between people and the pipeline (no logic of its own).

Each command group lives in its own module and registers on `mingjing.cli.app.app`;
`main` turns every failure into one Chinese line and exit code 2.
"""

from __future__ import annotations

import sys

import typer

from mingjing.cli import backup, corpus, criticism, draft, frameworks, ledger, material, serve  # noqa: F401  (registers the commands)
from mingjing.cli.app import app
from mingjing.errors import MingjingError


def _usage_message(message: str, command_path: str = "mingjing") -> str:
    """One line: the error in Chinese and the help of the command it concerns."""
    from mingjing.cli.help_zh import translate_error

    text = translate_error(message)
    stop = "" if text.endswith("？") else "。"
    return f"用法错误：{text}{stop}用 {command_path} --help 查看用法"


def _command_path(ctx: object) -> str:
    """`mingjing ledger list` for an error in that command (the program is always called mingjing)."""
    names: list[str] = []
    while ctx is not None:
        names.append(str(getattr(ctx, "info_name", "") or ""))
        ctx = getattr(ctx, "parent", None)
    names[-1] = "mingjing"
    return " ".join(reversed([n for n in names if n]))


def main() -> None:
    """Entry point: every failure becomes one Chinese line on stderr and exit code 2."""
    try:
        app(prog_name="mingjing", standalone_mode=False)
    except MingjingError as exc:
        sys.stderr.write(f"错误：{exc}\n")
        sys.exit(2)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        sys.stderr.write("已中止\n")
        sys.exit(130)
    except typer.TyperException as exc:  # usage errors of the (vendored) click layer
        ctx = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError" and ctx is not None:
            sys.stdout.write(ctx.get_help() + "\n")
            sys.exit(0)
        where = _command_path(ctx) if ctx is not None else "mingjing"
        sys.stderr.write(_usage_message(exc.format_message(), where) + "\n")
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: one line for the user, the traceback only when asked for
        import os

        if os.environ.get("MINGJING_DEBUG"):
            raise
        sys.stderr.write(
            f"内部错误：{type(exc).__name__}: {exc}。请把命令和文件反馈给开发者"
            f"（设置 MINGJING_DEBUG=1 可看到详细信息）\n"
        )
        sys.exit(2)
