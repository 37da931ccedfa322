"""`mingjing corpus …`: the template library used by the similarity check."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from mingjing.cli.app import app
from mingjing.cli.options import data_file

corpus_app = typer.Typer(
    help="模板库：把范文、往年材料建成索引，审阅时查找照搬的段落。\n\n"
    "示例：mingjing corpus add 模板库/ 去年材料/ --db library.db",
    no_args_is_help=True,
)
app.add_typer(corpus_app, name="corpus")


DbOpt = typer.Option(None, "--db", help="模板库文件（默认在用户数据文件夹：~/.config/mingjing/corpus.db）")


@corpus_app.command("add")
def corpus_add(
    paths: list[Path] = typer.Argument(..., help="文件或文件夹（递归读取其中的材料）"),
    db: Path | None = DbOpt,
    force: bool = typer.Option(
        False, "--force", help="不像对照检查材料的文本也加入（默认跳过，与审阅的 S100 同一标准）"
    ),
) -> None:
    """把材料加入模板库：同一内容只加一次，记录路径、标题、年度和作者。

    说出加入了几份、跳过了几份及原因；不像对照检查材料的文本（菜谱、空白文件……）默认不加入。
    退出码：0 全部加入或已存在，1 有文本因不像材料被跳过，2 有文件无法读取或没有找到材料。

    示例：mingjing corpus add 模板库/ 去年材料/ --db library.db
    """
    from rich.progress import Progress

    from mingjing.cli.options import stderr_console
    from mingjing.errors import InputError
    from mingjing.frameworks import load_frameworks
    from mingjing.workbench import SUPPORTED, add_to_library, material_files

    err = stderr_console()
    files: list[Path] = []
    for path in paths:
        found = material_files([path])
        if not found and path.is_dir():
            err.print(
                f"提醒：{path}：文件夹中没有可读取的材料（{' '.join(sorted(SUPPORTED))}）", markup=False
            )
        files += found
    if not files:
        raise InputError("没有找到可加入的材料，模板库未改动")
    target = db or data_file("corpus.db")
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("加入模板库", total=len(files))

        def on_file(k: int, path: Path, error: str | None) -> None:
            if error:
                err.print(f"跳过：{error}", markup=False)
            progress.advance(task)

        result = add_to_library(files, target, load_frameworks(), on_file, force=force)
    typer.echo(
        f"新加入 {result.added} 份，已存在跳过 {result.skipped} 份，不像材料跳过 {len(result.not_material)} 份，"
        f"无法读取 {len(result.failed)} 份；模板库现有 {result.stats['sources']} 份、"
        f"{result.stats['paragraphs']} 段（{target}）"
    )
    if result.failed:
        sys.exit(2)
    if result.not_material:
        sys.exit(1)


@corpus_app.command("stats")
def corpus_stats(db: Path | None = DbOpt) -> None:
    """模板库的规模：材料、段落、指纹数和文件大小。

    示例：mingjing corpus stats --db library.db
    """
    from mingjing.similarity.index import Library

    library = Library(db or data_file("corpus.db"))
    s = library.stats()
    library.close()
    typer.echo(
        f"材料 {s['sources']} 份，段落 {s['paragraphs']} 段，字数 {s['characters']}，指纹 {s['fingerprints']} 个，"
        f"文件 {s['bytes'] / 1024 / 1024:.1f} MB（格式 {s['format']}，k={s['k']}，w={s['w']}）"
    )


@corpus_app.command("list")
def corpus_list(db: Path | None = DbOpt) -> None:
    """列出模板库中的材料（编号、标题、年度、作者、路径）。

    示例：mingjing corpus list --db library.db
    """
    from rich.table import Table

    from mingjing.cli.options import stdout_console
    from mingjing.similarity.index import Library

    library = Library(db or data_file("corpus.db"))
    table = Table(title="模板库")
    for col in ("编号", "标题", "年度", "作者", "段落", "路径"):
        table.add_column(col)
    for src in library.sources():
        table.add_row(
            str(src.id),
            src.title or "—",
            str(src.year or "—"),
            src.author or "—",
            str(src.paragraphs),
            src.path,
        )
    library.close()
    stdout_console().print(table)


@corpus_app.command("remove")
def corpus_remove(
    ids: list[int] = typer.Argument(..., help="要移除的材料编号（见 corpus list）"), db: Path | None = DbOpt
) -> None:
    """从模板库移除材料。

    示例：mingjing corpus remove 12 --db library.db
    """
    from mingjing.errors import InputError
    from mingjing.similarity.index import Library

    library = Library(db or data_file("corpus.db"))
    missing = [i for i in ids if not library.remove(i)]
    library.close()
    if missing:
        raise InputError(f"模板库中没有编号为 {'、'.join(map(str, missing))} 的材料")
    typer.echo(f"已移除 {len(ids)} 份")
