"""The Typer application every command module registers on."""

from __future__ import annotations

import typer

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
