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
        table.add_column(col, no_wrap=col in ("ID", "会议", "年度"))
    table.add_column("出处", min_width=10, max_width=30, overflow="ellipsis", no_wrap=True)
    for fw in sorted(packs.values(), key=lambda f: (f.year or 0, f.id)):
        count = str(len(fw.aspects)) + (f"+{len(fw.pending)}待核实" if fw.pending else "")
        table.add_row(fw.id, fw.name, fw.meeting, str(fw.year or "常设"), count,
                      "内置" if fw.builtin else fw.path, fw.source or "（未注明）")
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
    if fw.theme:
        tree.add(f"主题：{fw.theme}")
    if fw.source:
        tree.add(Text(f"出处：{fw.source}", style="dim"))
    tree.add(f"问题+原因至少占正文：{fw.problems_causes_share:.0%}")
    for part in fw.required_parts:
        tree.add(f"必备部分（{'、'.join(part.kinds)}材料）：{part.name}")
    for n, aspect in enumerate(fw.aspects, 1):
        node = tree.add(Text(f"{n}. {aspect.name}", style="cyan"))
        if aspect.full:
            node.add(f"完整表述：{aspect.full}")
        if aspect.aliases:
            node.add(f"别名：{'、'.join(aspect.aliases)}")
        if aspect.keywords:
            node.add(f"关键词：{'、'.join(aspect.keywords)}")
    for aspect in fw.pending:
        tree.add(Text(f"待核实（不检查）：{aspect.name}", style="yellow"))
    Console(highlight=False).print(tree)
