"""Commands for drafting: `draft init`, `draft extract`, and `draft NOTES…` (one author or a team).

`draft` is a group whose default command is `write`: `mingjing draft notes.yaml …` is
`mingjing draft write notes.yaml …`.
"""

from __future__ import annotations

from pathlib import Path

import typer
from typer.core import TyperGroup

from mingjing.cli.app import app
from mingjing.cli.options import ConfigOpt, FrameworksDir, frameworks_for, split_values


class DraftGroup(TyperGroup):
    """A group that runs `write` when the first argument is not one of its commands."""

    def parse_args(self, ctx, args):
        if args and args[0] not in self.commands and args[0] not in ("-h", "--help"):
            args = ["write", *args]
        return super().parse_args(ctx, args)


draft_app = typer.Typer(
    cls=DraftGroup,
    help="起草：从自己的笔记生成完整的对照检查材料（按框架顺序、公文格式），当场审阅。\n\n"
    "示例：\n\n  mingjing draft init --framework zhuti-2023 --output 笔记.docx\n\n"
    "  mingjing draft 笔记.docx --output 材料.docx --md 材料.md\n\n"
    "  mingjing draft init --framework zhuti-2023 --output 笔记.yaml\n\n"
    "  mingjing draft 笔记.yaml --output 材料.docx\n\n"
    "  mingjing draft 班子/*.yaml --output-dir 初稿/\n\n"
    "  mingjing draft extract 去年材料.docx --output 笔记.yaml",
    no_args_is_help=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.add_typer(draft_app, name="draft")


@draft_app.command()
def init(
    framework: str = typer.Option(
        "zhuti-2023", "--framework", help="框架包 ID（mingjing frameworks list 查看）"
    ),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="写入这个笔记文件（不给则打印 YAML 模板；--format docx/xlsx 时写成 笔记-框架.docx/.xlsx）",
    ),
    fmt: str | None = typer.Option(
        None, "--format", help="docx（Word 笔记表）、xlsx（Excel 笔记表）或 yaml；默认按 --output 的扩展名"
    ),
    kind: str | None = typer.Option(
        None, "--kind", help="材料类别：个人（默认）或 班子；组织生活会写 党员 或 支部"
    ),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的文件"),
    frameworks_dir: list[str] | None = FrameworksDir,
    config: Path | None = ConfigOpt,
) -> None:
    """生成某个框架的笔记表：Word 表格（.docx）、Excel 表格（.xlsx）或 YAML，每个方面一栏，附中文填写说明。

    示例：mingjing draft init --framework zzshh-2023 --output 笔记.docx
    """
    from mingjing.draft.notes import KIND_WORDS, Notes
    from mingjing.draft.template import notes_template
    from mingjing.errors import InputError

    packs = frameworks_for(frameworks_dir, config)
    if framework not in packs:
        raise InputError(f"未知的框架 {framework}（可用：{'、'.join(sorted(packs))}）")
    if kind is not None and kind not in KIND_WORDS:
        raise InputError(f"--kind {kind}：材料类别应为 个人、班子（组织生活会：党员、支部）之一")
    fmt, output = _notes_format(fmt, output, f"笔记-{framework}")
    if fmt == "yaml":
        _emit(notes_template(packs[framework], kind), output, force, [])
        return
    assert output is not None  # _notes_format refuses a form without an output file
    _write_form(fmt, packs[framework], Notes(framework=framework, kind=kind), output, force, [])
    typer.echo(
        f"已写入 {output}：用 {'Word' if fmt == 'docx' else 'Excel'} 或 WPS 打开填写，"
        f"然后运行 mingjing draft {output.name} --output 材料.docx",
        err=True,
    )


def _notes_format(fmt: str | None, output: Path | None, stem: str) -> tuple[str, Path | None]:
    """docx, xlsx or yaml: as asked, else by the output's suffix; and the file to write: a form
    asked for without --output goes to `stem`.docx (.xlsx) in the current folder."""
    from mingjing.errors import InputError

    if fmt is not None and output is None and fmt.lower() in ("docx", "xlsx"):
        output = Path(f"{stem}.{fmt.lower()}")
    suffix = output.suffix.lower().lstrip(".") if output is not None else ""
    fmt = (fmt or {"docx": "docx", "xlsx": "xlsx"}.get(suffix, "yaml")).lower()
    if fmt not in ("docx", "xlsx", "yaml"):
        raise InputError(f"--format 只能是 docx、xlsx 或 yaml（收到 {fmt}）")
    if fmt == "yaml" and output is not None and suffix not in ("yaml", "yml"):
        raise InputError(f"{output}：笔记文件应为 .docx（Word 笔记表）、.xlsx（Excel 笔记表）或 .yaml")
    if fmt != "yaml" and (output is None or suffix != fmt):
        raise InputError(
            f"--format {fmt} 写的是 .{fmt} 文件，--output 请给出 .{fmt} 文件名，如 --output 笔记.{fmt}"
        )
    return fmt, output


def _write_form(fmt: str, fw, notes, output: Path, force: bool, inputs: list[Path]) -> None:
    from mingjing.errors import InputError
    from mingjing.render.review_files import output_target

    output_target(output, inputs, force)
    if fmt == "docx":
        from mingjing.draft.form_docx import docx_form as make
    else:
        from mingjing.draft.form_xlsx import xlsx_form as make
    try:
        output.write_bytes(make(fw, notes))
    except OSError as exc:
        raise InputError(f"{output}：无法写入（{exc.strerror or '没有权限'}）") from None


@draft_app.command()
def extract(
    file: Path = typer.Argument(..., help="自己以前的材料：.docx .doc .wps .pdf .txt .md"),
    framework: str | None = typer.Option(None, "--framework", help="按这个框架提取（默认自动识别）"),
    output: Path | None = typer.Option(
        None,
        "--output",
        "-o",
        help="写入这个笔记文件：.docx（Word 笔记表）、.xlsx（Excel 笔记表）或 .yaml（不给则打印 YAML）",
    ),
    fmt: str | None = typer.Option(None, "--format", help="docx、xlsx 或 yaml；默认按 --output 的扩展名"),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的文件（从不覆盖原材料）"),
    frameworks_dir: list[str] | None = FrameworksDir,
    config: Path | None = ConfigOpt,
) -> None:
    """从一份材料提取笔记，作为新一稿的起点：问题、事实、意见、原因、措施；可直接写成 Word/Excel 笔记表。

    示例：mingjing draft extract 去年材料.docx --output 笔记.docx
    """
    from mingjing.draft.extract import extract_file
    from mingjing.draft.template import dump_notes

    packs = frameworks_for(frameworks_dir, config)
    fmt, output = _notes_format(fmt, output, f"{file.stem}-笔记")
    notes, warnings = extract_file(file, packs, framework)
    if fmt != "yaml" and notes.extras:
        warnings.append(
            f"笔记表没有“其他部分”一栏：{'、'.join(e.heading for e in notes.extras)}没有写进笔记表"
            f"（.yaml 笔记会保留）"
        )
    for line in warnings:
        typer.echo(f"提示：{line}", err=True)
    if fmt == "yaml":
        _emit(dump_notes(notes, file.name), output, force, [file])
    else:
        assert output is not None  # _notes_format refuses a form without an output file
        _write_form(fmt, packs[notes.framework], notes, output, force, [file])
        typer.echo(f"已写入 {output}", err=True)


def _emit(text: str, output: Path | None, force: bool, inputs: list[Path]) -> None:
    from mingjing.cli.options import write_output
    from mingjing.render.review_files import output_target

    if output is not None:
        output_target(output, inputs, force)
    write_output(text, output, inputs)


@draft_app.command()
def write(
    notes: list[Path] = typer.Argument(
        ..., help="一份或多份笔记：Word 笔记表 .docx、Excel 笔记表 .xlsx 或 .yaml"
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="初稿 .docx（一份笔记时；默认与笔记同名）"
    ),
    md: Path | None = typer.Option(None, "--md", help="同时写出 Markdown 初稿（一份笔记时）"),
    output_dir: Path | None = typer.Option(
        None, "--output-dir", help="多份笔记时初稿写入的文件夹（.docx 和 .md）"
    ),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的初稿（从不覆盖笔记）"),
    llm_url: str | None = typer.Option(
        None,
        "--llm-url",
        help="可选：OpenAI 兼容接口地址，如 http://127.0.0.1:11434/v1（或环境变量 MINGJING_LLM_URL）",
    ),
    llm_model: str | None = typer.Option(None, "--llm-model", help="LLM 模型名称（或 MINGJING_LLM_MODEL）"),
    llm_timeout: float | None = typer.Option(
        None, "--llm-timeout", help="每次 LLM 请求的超时秒数（默认 60）"
    ),
    select: list[str] | None = typer.Option(None, "--select", help="审阅只用这些规则"),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="审阅不用这些规则"),
    frameworks_dir: list[str] | None = FrameworksDir,
    config: Path | None = ConfigOpt,
) -> None:
    """从笔记起草材料（.docx 公文格式，可加 .md），写好后当场审阅并打印结论。

    示例：mingjing draft 笔记.yaml --output 材料.docx --md 材料.md
    """
    from mingjing.catalogue import check_selectors
    from mingjing.cli.options import stdout_console
    from mingjing.config import load_config
    from mingjing.draft.llm import llm_config
    from mingjing.draft.produce import draft_team, jobs_for
    from mingjing.errors import InputError
    from mingjing.render.draft_summary import render_drafts
    from mingjing.rules.context import ReviewOptions

    cfg = load_config(config)
    packs = frameworks_for(frameworks_dir, config)
    options = ReviewOptions(
        select=split_values(select) or cfg.select,
        ignore=cfg.ignore + split_values(ignore),
        allow_words=cfg.allow_words,
    )
    check_selectors(options.select + options.ignore)
    if llm_timeout is not None and llm_timeout <= 0:
        raise InputError("--llm-timeout 应为正数（秒）")
    llm = llm_config(llm_url, llm_model, llm_timeout)
    jobs = jobs_for(list(notes), output, md, output_dir)
    from mingjing.cli.options import stderr_console

    err = stderr_console()
    if llm:
        err.print(f"使用 LLM：{llm.model}（{llm.endpoint}）", markup=False)
    if len(jobs) > 1 and err.is_terminal:
        from rich.progress import Progress

        with Progress(console=err, transient=True) as progress:
            task = progress.add_task("起草中", total=len(jobs))
            result = draft_team(
                jobs, packs, force, llm, options, on_file=lambda k, _: progress.update(task, completed=k + 1)
            )
    else:
        result = draft_team(jobs, packs, force, llm, options)
    render_drafts(stdout_console(), err, result)
