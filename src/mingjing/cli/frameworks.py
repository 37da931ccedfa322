"""`mingjing frameworks …`: the framework packs (each year's aspects)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from mingjing.cli.app import app
from mingjing.cli.options import ConfigOpt, FrameworksDir, frameworks_for

frameworks_app = typer.Typer(help="查看框架包（每年的对照检查方面）。", no_args_is_help=True)
app.add_typer(frameworks_app, name="frameworks")


@frameworks_app.command("list")
def frameworks_list(frameworks_dir: Optional[list[str]] = FrameworksDir,
                    config: Optional[Path] = ConfigOpt) -> None:
    """列出可用的框架包（内置的和自定义文件夹里的）。"""
    from rich.console import Console
    from rich.table import Table

    packs = frameworks_for(frameworks_dir, config)
    table = Table(title="框架包", show_lines=False)
    for col in ("ID", "名称", "会议", "年度", "方面数", "来源"):
        table.add_column(col)
    for fw in sorted(packs.values(), key=lambda f: (f.year or 0, f.id)):
        table.add_row(fw.id, fw.name, fw.meeting, str(fw.year or "常设"), str(len(fw.aspects)),
                      "内置" if fw.builtin else fw.path)
    Console(highlight=False).print(table)


@frameworks_app.command("show")
def frameworks_show(pack_id: str = typer.Argument(..., metavar="ID", help="框架包 ID"),
                    frameworks_dir: Optional[list[str]] = FrameworksDir,
                    config: Optional[Path] = ConfigOpt) -> None:
    """显示一个框架包的各个方面、别名和关键词。"""
    from rich.console import Console
    from rich.text import Text
    from rich.tree import Tree

    from mingjing.errors import InputError

    packs = frameworks_for(frameworks_dir, config)
    if pack_id not in packs:
        raise InputError(f"未知的框架 {pack_id}（可用：{'、'.join(sorted(packs))}）")
    fw = packs[pack_id]
    tree = Tree(Text(f"{fw.name}（{fw.id}）", style="bold"))
    tree.add(f"会议：{fw.meeting}　年度：{fw.year or '常设'}　文件：{fw.path}")
    if fw.source:
        tree.add(Text(f"出处：{fw.source}", style="dim"))
    for n, aspect in enumerate(fw.aspects, 1):
        node = tree.add(Text(f"{n}. {aspect.name}", style="cyan"))
        if aspect.full:
            node.add(f"完整表述：{aspect.full}")
        if aspect.aliases:
            node.add(f"别名：{'、'.join(aspect.aliases)}")
        if aspect.keywords:
            node.add(f"关键词：{'、'.join(aspect.keywords)}")
    Console(highlight=False).print(tree)
