"""The Typer application every command module registers on."""

from __future__ import annotations

import typer

from mingjing.cli.help_zh import install as _chinese_help

_chinese_help()

app = typer.Typer(
    name="mingjing",
    help="明镜：对照检查材料的离线读取、结构解析与审阅工具。\n\n"
    "示例：\n\n  mingjing parse 张三-对照检查材料.docx\n\n"
    "  mingjing parse 材料.doc --format json --output 提纲.json\n\n"
    "  mingjing frameworks list",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        from mingjing.cli.version import version_lines

        typer.echo("\n".join(version_lines()))
        raise typer.Exit()


@app.callback()
def _global_options(
    version: bool = typer.Option(
        False,
        "--version",
        "-V",
        callback=_show_version,
        is_eager=True,
        help="显示 mingjing、Python 以及找到的 LibreOffice、poppler、Chromium 的版本",
    ),
    convert_timeout: float = typer.Option(
        None,
        "--convert-timeout",
        metavar="秒",
        help="LibreOffice 转换 .doc/.wps/.rtf 的时限（默认 60 秒，也可用环境变量 MINGJING_CONVERT_TIMEOUT）；"
        "超时即停止转换并结束它的全部进程",
    ),
) -> None:
    if convert_timeout is not None:
        import os

        from mingjing.read.limits import CONVERT_TIMEOUT_ENV, convert_timeout_setting

        os.environ[CONVERT_TIMEOUT_ENV] = str(convert_timeout)
        convert_timeout_setting()  # refuse a bad value before any work
