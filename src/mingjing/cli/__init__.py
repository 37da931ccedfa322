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

def _usage_message(message: str) -> str:
    from mingjing.cli.help_zh import translate_error

    return f"用法错误：{translate_error(message)}。用 mingjing --help 查看用法"


def main() -> None:
    """Entry point: every failure becomes one Chinese line on stderr and exit code 2."""
    try:
        app(standalone_mode=False)
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
        sys.stderr.write(_usage_message(exc.format_message()) + "\n")
        sys.exit(2)
    except BrokenPipeError:
        sys.exit(0)
    except Exception as exc:  # a bug: one line for the user, the traceback only when asked for
        import os

        if os.environ.get("MINGJING_DEBUG"):
            raise
        sys.stderr.write(f"内部错误：{type(exc).__name__}: {exc}。请把命令和文件反馈给开发者"
                         f"（设置 MINGJING_DEBUG=1 可看到详细信息）\n")
        sys.exit(2)
