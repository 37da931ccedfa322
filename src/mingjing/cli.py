"""Command line: thin translation between people and the pipeline (no logic of its own)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from mingjing.errors import MingjingError

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
frameworks_app = typer.Typer(help="查看框架包（每年的对照检查方面）。", no_args_is_help=True)
app.add_typer(frameworks_app, name="frameworks")
corpus_app = typer.Typer(help="模板库：把范文、往年材料建成索引，审阅时查找照搬的段落。", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


def _default_db() -> Path:
    return Path(typer.get_app_dir("mingjing")) / "corpus.db"


DbOpt = typer.Option(None, "--db", help="模板库文件（默认在用户数据文件夹：~/.config/mingjing/corpus.db）")


class OutlineFormat(str, Enum):
    text = "text"
    json = "json"


FrameworksDir = typer.Option(None, "--frameworks-dir", help="自定义框架包所在文件夹（可多次给出）")
ConfigOpt = typer.Option(None, "--config", help="配置文件路径（默认读取当前文件夹的 mingjing.toml）")


def _frameworks(dirs: list[str] | None, config: Optional[Path]):
    from mingjing.config import load_config
    from mingjing.frameworks import load_frameworks

    cfg = load_config(config)
    return load_frameworks([*cfg.frameworks_dirs, *(dirs or [])])


def _write(text: str, output: Optional[Path], inputs: list[Path]) -> None:
    if output is None:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    from mingjing.errors import InputError

    target = output.resolve()
    if any(target == p.resolve() for p in inputs):
        raise InputError(f"{output}：输出文件不能是输入文件本身，原文件不会被覆盖")
    if target.is_dir():
        raise InputError(f"{output}：这是一个文件夹，请给出输出文件名")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{output}：无法写入（{exc.strerror or exc}）") from None
    typer.echo(f"已写入 {output}", err=True)


@app.command()
def parse(
    file: Path = typer.Argument(..., help="材料文件：.docx .doc .wps .pdf .txt .md"),
    format: OutlineFormat = typer.Option(OutlineFormat.text, "--format", "-f", help="输出格式：text（树形）或 json"),
    framework: Optional[str] = typer.Option(None, "--framework", help="指定框架包 ID，不自动识别"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件而不是打印"),
    frameworks_dir: Optional[list[str]] = FrameworksDir,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """解析一份材料的结构：标题、前言、问题/原因/措施、框架方面、要点和举例。

    示例：mingjing parse 张三-对照检查材料.docx --format json
    """
    from mingjing.parse import parse_document
    from mingjing.read import read_document

    packs = _frameworks(frameworks_dir, config)
    outline = parse_document(read_document(file), packs, framework)
    if format == OutlineFormat.json:
        from mingjing.render.outline_json import render_outline_json

        _write(render_outline_json(outline), output, [file])
        return
    from rich.console import Console

    from mingjing.render.outline_tree import outline_tree

    if output is None:
        Console(highlight=False).print(outline_tree(outline))
    else:
        import io

        console = Console(record=True, width=100, highlight=False, file=io.StringIO())
        console.print(outline_tree(outline))
        _write(console.export_text(), output, [file])


class ReviewFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"
    docx = "docx"


def _split(values: Optional[list[str]]) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


@app.command()
def review(
    files: list[Path] = typer.Argument(..., help="一份或多份材料：.docx .doc .wps .pdf .txt .md"),
    framework: Optional[str] = typer.Option(None, "--framework", help="指定框架包 ID，不自动识别"),
    format: ReviewFormat = typer.Option(ReviewFormat.text, "--format", "-f", help="text、json、html 或 docx（带批注的 Word）"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件（html/docx 默认写在原文件旁）"),
    select: Optional[list[str]] = typer.Option(None, "--select", help="只用这些规则：代码前缀或类别，逗号分隔，如 S,T 或 typo"),
    ignore: Optional[list[str]] = typer.Option(None, "--ignore", help="不用这些规则，如 P105"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="发现错误也以 0 退出"),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的输出文件（从不覆盖原材料）"),
    corpus: Optional[Path] = typer.Option(None, "--corpus", help="同时与这个模板库比对（mingjing corpus add 建立）"),
    frameworks_dir: Optional[list[str]] = FrameworksDir,
    config: Optional[Path] = ConfigOpt,
) -> None:
    """审阅材料：结构、覆盖、对应、具体性、抄袭痕迹、错别字、提法、标点，给出结论和得分。

    示例：mingjing review 张三.docx 李四.docx --format json --ignore P105
    """
    import time

    from rich.console import Console

    from mingjing.config import load_config
    from mingjing.errors import InputError
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.registry import check_selectors

    cfg = load_config(config)
    packs = _frameworks(frameworks_dir, config)
    options = ReviewOptions(select=_split(select) or cfg.select, ignore=cfg.ignore + _split(ignore),
                            allow_words=cfg.allow_words)
    check_selectors(options.select + options.ignore)
    if format in (ReviewFormat.html, ReviewFormat.docx) and output is not None and len(files) > 1:
        raise InputError("多份材料输出 html/docx 时请不要指定 --output，报告会分别写在各自原文件旁")
    err = Console(stderr=True, highlight=False)
    started = time.monotonic()
    bar: dict = {}

    def on_file(k: int, path: Path, error: str | None) -> None:
        if error:
            err.print(f"错误：{error}", style="red", markup=False)
        if not bar and len(files) - k > 2 and time.monotonic() - started > 1.0 and err.is_terminal:
            from rich.progress import Progress

            bar["progress"] = Progress(transient=True, console=err)
            bar["task"] = bar["progress"].add_task("审阅中", total=len(files), completed=k + 1)
            bar["progress"].start()
        elif bar:
            bar["progress"].update(bar["task"], completed=k + 1)

    from mingjing.workbench import review_files

    try:
        result = review_files(list(files), packs, options, framework, corpus, on_file)
    finally:
        if bar:
            bar["progress"].stop()
    rows, reports, pairs, matches = result.rows, result.reports, result.pairs, result.matches
    if format == ReviewFormat.json:
        from mingjing.render.review_json import render_review_json

        _write(render_review_json(reports, pairs, matches), output, list(files))
    elif format in (ReviewFormat.html, ReviewFormat.docx):
        from mingjing.render.review_files import write_review_file

        for path, report, _ in rows:
            if report is not None:
                target = write_review_file(report, path, format.value, output, force, packs)
                typer.echo(f"已写入 {target}", err=True)
    else:
        from mingjing.render.review_text import render_report, summary_table

        console = Console(highlight=False)
        for path, report, _ in rows:
            if report is not None:
                render_report(console, report, str(path))
        if len(rows) > 1:
            console.print(summary_table([(str(p), r, e) for p, r, e in rows], pairs))
    if result.failed:
        sys.exit(2)
    if not exit_zero and any(f.severity == "error" for r in reports for f in r.findings):
        sys.exit(1)


@app.command()
def compare(
    file_a: Path = typer.Argument(..., metavar="A", help="一份材料"),
    file_b: Path = typer.Argument(..., metavar="B", help="另一份材料"),
    format: ReviewFormat = typer.Option(ReviewFormat.text, "--format", "-f", help="text、json 或 html（并排对照）"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="写入文件（html 默认写在 A 旁）"),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的输出文件"),
) -> None:
    """比对两份材料：相似度和共享的段落（去掉通用提法后计算）。

    示例：mingjing compare 张三.docx 李四.docx --format html
    """
    from mingjing.errors import InputError
    from mingjing.read import read_document
    from mingjing.similarity.batch import compare_batch

    a, b = read_document(file_a), read_document(file_b)
    pair = compare_batch([(str(file_a), a), (str(file_b), b)])[0]
    if format == ReviewFormat.json:
        import json

        _write(json.dumps(pair.to_dict(), ensure_ascii=False, indent=2), output, [file_a, file_b])
    elif format == ReviewFormat.html:
        from mingjing.render.compare_html import render_compare_html
        from mingjing.render.review_files import default_target, output_target

        target = output_target(output or default_target(file_a, "html", "比对"), [file_a, file_b], force)
        _write(render_compare_html(pair, a, b), target, [file_a, file_b])
    elif format == ReviewFormat.docx:
        raise InputError("compare 不支持 docx 格式，请用 text、json 或 html")
    else:
        from rich.console import Console

        from mingjing.render.compare_text import render_compare_text

        render_compare_text(Console(highlight=False), pair, a, b)


@app.command()
def rules(
    format: OutlineFormat = typer.Option(OutlineFormat.text, "--format", "-f", help="text 或 json"),
    select: Optional[list[str]] = typer.Option(None, "--select", help="只列这些规则：代码前缀或类别"),
) -> None:
    """列出全部审阅规则：代码、类别、严重程度、说明、原因和例句。"""
    from mingjing.rules.registry import selected

    chosen = selected(_split(select), [])
    if format == OutlineFormat.json:
        import json

        from mingjing.render.rules_table import rules_as_dicts

        _write(json.dumps(rules_as_dicts(chosen), ensure_ascii=False, indent=2), None, [])
        return
    from rich.console import Console

    from mingjing.render.rules_table import rules_table

    Console(highlight=False).print(rules_table(chosen))


@corpus_app.command("add")
def corpus_add(paths: list[Path] = typer.Argument(..., help="文件或文件夹（递归读取其中的材料）"),
               db: Optional[Path] = DbOpt) -> None:
    """把材料加入模板库：同一内容只加一次，记录路径、标题、年度和作者。

    示例：mingjing corpus add 模板库/ 去年材料/ --db library.db
    """
    from rich.console import Console
    from rich.progress import Progress

    from mingjing.frameworks import load_frameworks
    from mingjing.workbench import add_to_library, material_files

    files = material_files(paths)
    target = db or _default_db()
    err = Console(stderr=True, highlight=False)
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("加入模板库", total=len(files))

        def on_file(k: int, path: Path, error: str | None) -> None:
            if error:
                err.print(f"跳过：{error}", markup=False)
            progress.advance(task)

        result = add_to_library(files, target, load_frameworks(), on_file)
    typer.echo(f"新加入 {result.added} 份，已存在跳过 {result.skipped} 份，无法读取 {len(result.failed)} 份；"
               f"模板库现有 {result.stats['sources']} 份、{result.stats['paragraphs']} 段（{target}）")
    if result.failed:
        sys.exit(2)


@corpus_app.command("stats")
def corpus_stats(db: Optional[Path] = DbOpt) -> None:
    """模板库的规模：材料、段落、指纹数和文件大小。"""
    from mingjing.similarity.index import Library

    library = Library(db or _default_db())
    s = library.stats()
    library.close()
    typer.echo(f"材料 {s['sources']} 份，段落 {s['paragraphs']} 段，字数 {s['characters']}，指纹 {s['fingerprints']} 个，"
               f"文件 {s['bytes'] / 1024 / 1024:.1f} MB（格式 {s['format']}，k={s['k']}，w={s['w']}）")


@corpus_app.command("list")
def corpus_list(db: Optional[Path] = DbOpt) -> None:
    """列出模板库中的材料（编号、标题、年度、作者、路径）。"""
    from rich.console import Console
    from rich.table import Table

    from mingjing.similarity.index import Library

    library = Library(db or _default_db())
    table = Table(title="模板库")
    for col in ("编号", "标题", "年度", "作者", "段落", "路径"):
        table.add_column(col)
    for src in library.sources():
        table.add_row(str(src.id), src.title or "—", str(src.year or "—"), src.author or "—", str(src.paragraphs), src.path)
    library.close()
    Console(highlight=False).print(table)


@corpus_app.command("remove")
def corpus_remove(ids: list[int] = typer.Argument(..., help="要移除的材料编号（见 corpus list）"),
                  db: Optional[Path] = DbOpt) -> None:
    """从模板库移除材料。"""
    from mingjing.errors import InputError
    from mingjing.similarity.index import Library

    library = Library(db or _default_db())
    missing = [i for i in ids if not library.remove(i)]
    library.close()
    if missing:
        raise InputError(f"模板库中没有编号为 {'、'.join(map(str, missing))} 的材料")
    typer.echo(f"已移除 {len(ids)} 份")


@frameworks_app.command("list")
def frameworks_list(frameworks_dir: Optional[list[str]] = FrameworksDir,
                    config: Optional[Path] = ConfigOpt) -> None:
    """列出可用的框架包（内置的和自定义文件夹里的）。"""
    from rich.console import Console
    from rich.table import Table

    packs = _frameworks(frameworks_dir, config)
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

    packs = _frameworks(frameworks_dir, config)
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


_CLICK_MESSAGES = (
    ("No such option", "没有这个选项"),
    ("No such command", "没有这个命令"),
    ("Missing argument", "缺少参数"),
    ("Missing option", "缺少选项"),
    ("Invalid value", "取值无效"),
    ("Got unexpected extra argument", "多余的参数"),
    ("requires an argument", "需要一个取值"),
)


def _usage_message(message: str) -> str:
    for en, zh in _CLICK_MESSAGES:
        if en in message:
            return f"用法错误：{zh}（{message}）。用 mingjing --help 查看用法"
    return f"用法错误：{message}。用 mingjing --help 查看用法"


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
