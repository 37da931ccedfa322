"""`mingjing frameworks …`: the framework packs (each year's aspects)."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from mingjing.cli.app import app
from mingjing.cli.options import ConfigOpt, FrameworksDir, frameworks_for

frameworks_app = typer.Typer(
    help="框架包（每年的对照检查方面）：查看、从通知导入、试用。\n\n"
    "示例：mingjing frameworks import 2026年度通知.docx --output 2026年度.yaml",
    no_args_is_help=True,
)
app.add_typer(frameworks_app, name="frameworks")


@frameworks_app.command("list")
def frameworks_list(
    frameworks_dir: list[str] | None = FrameworksDir, config: Path | None = ConfigOpt
) -> None:
    """列出可用的框架包（内置的和自定义文件夹里的）。

    示例：mingjing frameworks list --frameworks-dir 我的框架
    """
    from rich.table import Table

    from mingjing.cli.options import stdout_console

    packs = frameworks_for(frameworks_dir, config)
    table = Table(title="框架包", show_lines=False)
    for col in ("ID", "名称", "会议", "年度", "方面数", "来源"):
        table.add_column(col, no_wrap=col in ("ID", "会议", "年度"))
    table.add_column("出处", min_width=10, max_width=30, overflow="ellipsis", no_wrap=True)
    for fw in sorted(packs.values(), key=lambda f: (f.year or 0, f.id)):
        count = str(len(fw.aspects)) + (f"+{len(fw.pending)}待核实" if fw.pending else "")
        table.add_row(
            fw.id,
            fw.name,
            fw.meeting,
            str(fw.year or "常设"),
            count,
            "内置" if fw.builtin else fw.path,
            fw.source or "（未注明）",
        )
    stdout_console().print(table)


@frameworks_app.command("show")
def frameworks_show(
    pack_id: str = typer.Argument(..., metavar="ID", help="框架包 ID"),
    frameworks_dir: list[str] | None = FrameworksDir,
    config: Path | None = ConfigOpt,
) -> None:
    """显示一个框架包的各个方面、别名和关键词。

    示例：mingjing frameworks show mzshh-2025
    """
    from rich.text import Text
    from rich.tree import Tree

    from mingjing.cli.options import stdout_console
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
    stdout_console().print(tree)


@frameworks_app.command("import")
def frameworks_import(
    notice: Path = typer.Argument(..., help="上级通知（.docx/.doc/.wps/.pdf/.txt）"),
    output: Path = typer.Option(..., "--output", "-o", help="写出的框架包（.yaml）"),
    pack_id: str | None = typer.Option(None, "--id", help="框架包 ID（默认按会议和年度，如 mzshh-2026）"),
    force: bool = typer.Option(False, "--force", help="覆盖已有的输出文件"),
) -> None:
    """从通知中提取主题和对照检查的方面，写成框架包并校验；找不到的内容标为“待补充”。

    示例：mingjing frameworks import 2026年度民主生活会通知.docx --output 我的框架/2026年度.yaml
    """
    from mingjing.cli.options import stdout_console
    from mingjing.errors import InputError, PackError
    from mingjing.frameworks import load_pack
    from mingjing.frameworks.importer import pack_yaml
    from mingjing.frameworks.notice import read_notice
    from mingjing.read import read_document

    if output.suffix.lower() not in (".yaml", ".yml"):
        raise InputError(f"{output}：框架包文件名应以 .yaml 结尾")
    if output.exists() and output.resolve() == notice.resolve():
        raise InputError(f"{output}：输出文件不能是通知本身，原文件不会被覆盖")
    if output.exists() and not force:
        raise InputError(f"{output}：文件已存在（加 --force 覆盖）")
    if pack_id is not None and (
        not pack_id.isascii() or not pack_id.replace("-", "").replace("_", "").isalnum()
    ):
        raise InputError(f"--id {pack_id}：ID 只能由英文字母、数字、- 和 _ 组成")
    document = read_document(notice)
    reading = read_notice(document.text, [(p.start, p.end) for p in document.paragraphs])
    text = pack_yaml(reading, notice.name, pack_id)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}：无法写入（{exc.strerror or exc}）") from None
    console = stdout_console()
    console.print(f"已写入 {output}（从 {notice.name} 提取，{reading.how or '未找到对照检查的方面'}）")
    try:
        pack = load_pack(output)
    except PackError as exc:
        _print_missing(console, reading.missing())
        console.print(f"校验未通过：{exc}")
        console.print("请按通知补全后运行 mingjing frameworks check 再试。")
        sys.exit(1)
    _print_pack(console, pack)
    _print_missing(console, reading.missing())
    console.print(f"校验通过：{output}（{pack.id}，{len(pack.aspects)} 个方面）")


def _print_missing(console, missing: list[str]) -> None:
    for what in missing:
        console.print(f"[yellow]待补充[/]：通知中没有找到{what}，已在框架包中标出")


def _print_pack(console, pack) -> None:
    from rich.table import Table

    console.print(f"{pack.name}（{pack.id}）　会议：{pack.meeting}　年度：{pack.year or '待补充'}")
    console.print(f"主题：{pack.theme or '（待补充）'}")
    console.print(
        f"问题+原因至少占正文：{pack.problems_causes_share:.0%}"
        + "".join(f"；{'、'.join(p.kinds)}材料须有：{p.name}" for p in pack.required_parts)
    )
    table = Table(show_lines=False)
    for col in ("序号", "简称", "完整表述", "别名", "关键词"):
        table.add_column(col, no_wrap=col == "序号")
    for n, a in enumerate(pack.aspects, 1):
        table.add_row(str(n), a.name, a.full or "同简称", "、".join(a.aliases), "、".join(a.keywords) or "—")
    console.print(table)


@frameworks_app.command("check")
def frameworks_check(
    pack_file: Path = typer.Argument(..., metavar="PACK.yaml", help="要试用的框架包文件"),
    materials: list[Path] = typer.Argument(..., help="几份材料（文件或文件夹）"),
    frameworks_dir: list[str] | None = FrameworksDir,
    config: Path | None = ConfigOpt,
) -> None:
    """用一个框架包映射几份材料的问题条目，看别名和关键词是否都对得上。

    示例：mingjing frameworks check 我的框架/2026年度.yaml 材料/
    """
    from rich.table import Table

    from mingjing.cli.options import stdout_console
    from mingjing.errors import InputError
    from mingjing.frameworks import load_pack
    from mingjing.parse import parse_document
    from mingjing.read import read_document
    from mingjing.workbench import material_files

    if not pack_file.is_file():
        raise InputError(f"{pack_file}：框架包文件不存在")
    pack = load_pack(pack_file)
    packs = {**frameworks_for(frameworks_dir, config), pack.id: pack}
    console = stdout_console()
    console.print(
        f"框架包 {pack_file}（{pack.id}，{len(pack.aspects)} 个方面"
        + (f"，另 {len(pack.pending)} 个待核实" if pack.pending else "")
        + "）"
    )
    hits = {a.name: 0 for a in pack.aspects}
    unmapped = 0
    table = Table(show_lines=False)
    for col in ("材料", "条目", "对应方面"):
        table.add_column(col)
    for path in material_files(list(materials)):
        outline = parse_document(read_document(path), packs, pack.id)
        items = outline.items("problems")
        if not items:
            table.add_row(path.name, "（没有找到“存在的问题”部分的条目）", "—")
        for item in items:
            heading = (item.label + item.heading)[:40]
            if item.aspect:
                hits[item.aspect] += 1
            else:
                unmapped += 1
            table.add_row(path.name, heading, item.aspect or "[red]未对应[/]（请补别名或关键词）")
    console.print(table)
    for name, count in hits.items():
        console.print(f"  {name}：{count} 项" + ("" if count else " [yellow]← 没有材料对应到这个方面[/]"))
    console.print(
        f"共 {sum(hits.values()) + unmapped} 项，对应 {sum(hits.values())} 项，未对应 {unmapped} 项"
    )
