"""Commands on materials: parse, review, compare, and the rule list."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from mingjing.cli.app import app
from mingjing.cli.options import (
    CompareFormat,
    ConfigOpt,
    FrameworksDir,
    KindOpt,
    OutlineFormat,
    ReviewFormat,
    RulesFormat,
    frameworks_for,
    print_or_write,
    split_values,
    stdout_console,
    write_output,
)


@app.command()
def parse(
    file: Path = typer.Argument(..., help="材料文件：.docx .doc .wps .pdf .txt .md"),
    format: OutlineFormat = typer.Option(
        OutlineFormat.text, "--format", "-f", help="输出格式：text（树形）或 json"
    ),
    framework: str | None = typer.Option(None, "--framework", help="指定框架包 ID，不自动识别"),
    kind: str | None = KindOpt,
    output: Path | None = typer.Option(None, "--output", "-o", help="写入文件而不是打印"),
    frameworks_dir: list[str] | None = FrameworksDir,
    config: Path | None = ConfigOpt,
) -> None:
    """解析一份材料的结构：标题、前言、问题/原因/措施、框架方面、要点和举例。

    示例：mingjing parse 张三-对照检查材料.docx --format json
    """
    from mingjing.parse import parse_document
    from mingjing.read import read_document

    packs = frameworks_for(frameworks_dir, config)
    outline = parse_document(read_document(file), packs, framework, kind)
    if format == OutlineFormat.json:
        from mingjing.render.outline_json import render_outline_json

        write_output(render_outline_json(outline), output, [file])
        return
    from mingjing.render.outline_tree import outline_tree

    print_or_write(outline_tree(outline), output, [file])


@app.command()
def review(
    files: list[Path] = typer.Argument(..., help="一份或多份材料：.docx .doc .wps .pdf .txt .md"),
    framework: str | None = typer.Option(None, "--framework", help="指定框架包 ID，不自动识别"),
    kind: str | None = KindOpt,
    format: ReviewFormat = typer.Option(
        ReviewFormat.text, "--format", "-f", help="text、json、html 或 docx（带批注的 Word）"
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="写入文件（html/docx 默认写在原文件旁）"),
    select: list[str] | None = typer.Option(
        None, "--select", help="只用这些规则：代码前缀或类别，逗号分隔，如 S,T 或 typo"
    ),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="不用这些规则，如 P105"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="发现错误也以 0 退出"),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的输出文件（从不覆盖原材料）"),
    corpus: Path | None = typer.Option(
        None, "--corpus", help="同时与这个模板库比对（mingjing corpus add 建立）"
    ),
    frameworks_dir: list[str] | None = FrameworksDir,
    config: Path | None = ConfigOpt,
) -> None:
    """审阅材料：结构、覆盖、对应、具体性、残留痕迹、错别字、提法、标点，给出结论和得分。

    示例：mingjing review 张三.docx 李四.docx --format json --ignore P105
    """
    import time

    from mingjing.catalogue import check_selectors
    from mingjing.config import load_config
    from mingjing.errors import InputError
    from mingjing.rules.context import ReviewOptions

    cfg = load_config(config)
    packs = frameworks_for(frameworks_dir, config)
    options = ReviewOptions(
        select=split_values(select) or cfg.select,
        ignore=cfg.ignore + split_values(ignore),
        allow_words=cfg.allow_words,
        kind=kind,
    )
    check_selectors(options.select + options.ignore)
    if format in (ReviewFormat.html, ReviewFormat.docx) and output is not None and len(files) > 1:
        raise InputError("多份材料输出 html/docx 时请不要指定 --output，报告会分别写在各自原文件旁")
    from mingjing.cli.options import stderr_console

    err = stderr_console()
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

        write_output(render_review_json(reports, pairs, matches, result.clusters), output, list(files))
    elif format in (ReviewFormat.html, ReviewFormat.docx):
        from mingjing.render.review_files import write_review_file

        for path, report, _ in rows:
            if report is not None:
                target = write_review_file(report, path, format.value, output, force, packs)
                typer.echo(f"已写入 {target}", err=True)
    else:
        from mingjing.render.review_text import render_report, summary_table

        console = stdout_console()
        for path, report, _ in rows:
            if report is not None:
                render_report(console, report, str(path))
        if len(rows) > 1:
            console.print(summary_table([(str(p), r, e) for p, r, e in rows], pairs, result.clusters))
    if result.failed:
        sys.exit(2)
    if not exit_zero and any(f.severity == "error" for r in reports for f in r.findings):
        sys.exit(1)


@app.command()
def compare(
    file_a: Path = typer.Argument(..., metavar="A", help="一份材料"),
    file_b: Path = typer.Argument(..., metavar="B", help="另一份材料"),
    format: CompareFormat = typer.Option(
        CompareFormat.text, "--format", "-f", help="text、json 或 html（并排对照）"
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="写入文件（html 默认写在 A 旁）"),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的输出文件"),
) -> None:
    """比对两份材料：相似度和共享的段落（去掉通用提法后计算）。

    示例：mingjing compare 张三.docx 李四.docx --format html
    """
    from mingjing.read import read_document
    from mingjing.similarity.batch import compare_batch

    a, b = read_document(file_a), read_document(file_b)
    pair = compare_batch([(str(file_a), a), (str(file_b), b)])[0]
    if format == CompareFormat.json:
        import json

        write_output(json.dumps(pair.to_dict(), ensure_ascii=False, indent=2), output, [file_a, file_b])
    elif format == CompareFormat.html:
        from mingjing.render.compare_html import render_compare_html
        from mingjing.render.review_files import default_target, output_target

        target = output_target(output or default_target(file_a, "html", "比对"), [file_a, file_b], force)
        write_output(render_compare_html(pair, a, b), target, [file_a, file_b])
    else:
        from mingjing.render.compare_text import render_compare_text

        render_compare_text(stdout_console(), pair, a, b)


@app.command()
def rules(
    format: RulesFormat = typer.Option(
        RulesFormat.text, "--format", "-f", help="text（表格）、json 或 md（Markdown，即 docs/rules.md）"
    ),
    select: list[str] | None = typer.Option(None, "--select", help="只列这些规则：代码前缀或类别"),
) -> None:
    """列出全部审阅规则：代码、类别、严重程度、说明、原因和例句。

    示例：mingjing rules --format md > docs/rules.md
    """
    from mingjing.catalogue import selected

    chosen = selected(split_values(select), [])
    if format == RulesFormat.md:
        from mingjing.render.rules_markdown import rules_markdown

        write_output(rules_markdown(chosen), None, [])
        return
    if format == RulesFormat.json:
        import json

        from mingjing.render.rules_table import rules_as_dicts

        write_output(json.dumps(rules_as_dicts(chosen), ensure_ascii=False, indent=2), None, [])
        return

    from mingjing.render.rules_table import rules_summary, rules_table

    console = stdout_console()
    console.print(rules_table(chosen))
    console.print(rules_summary(chosen), markup=False)
