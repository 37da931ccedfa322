"""Options, default locations and output writing shared by the command modules."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from rich.console import Console


def data_file(name: str) -> Path:
    """Default location of a store (corpus.db, ledger.db, web.db) in the user's data folder."""
    return Path(typer.get_app_dir("mingjing")) / name


class OutlineFormat(str, Enum):
    text = "text"
    json = "json"


FrameworksDir = typer.Option(None, "--frameworks-dir", help="自定义框架包所在文件夹（可多次给出）")
KindOpt = typer.Option(
    None, "--kind", help="指定材料类别：个人、班子（民主生活会）或 党员、支部（组织生活会），不自动识别"
)
ConfigOpt = typer.Option(None, "--config", help="配置文件路径（默认读取当前文件夹的 mingjing.toml）")


def frameworks_for(dirs: list[str] | None, config: Path | None):
    from mingjing.config import load_config
    from mingjing.frameworks import load_frameworks

    cfg = load_config(config)
    return load_frameworks([*cfg.frameworks_dirs, *(dirs or [])])


def write_output(text: str, output: Path | None, inputs: list[Path]) -> None:
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


class RulesFormat(str, Enum):
    text = "text"
    json = "json"
    md = "md"


class ReviewFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"
    docx = "docx"


class CompareFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


def split_values(values: list[str] | None) -> list[str]:
    return [v.strip() for value in values or [] for v in value.split(",") if v.strip()]


def print_or_write(renderable, output: Path | None, inputs: list[Path], width: int = 100) -> None:
    """A Rich renderable on the terminal, or as plain text into `output` (never over an input)."""
    if output is None:
        stdout_console().print(renderable)
        return
    import io

    from rich.console import Console

    console = Console(record=True, width=width, highlight=False, file=io.StringIO())
    console.print(renderable)
    write_output(console.export_text(), output, inputs)


def stdout_console() -> Console:
    """Rich console for the output: when piped, a line is never wrapped (tables keep the width)."""
    from rich.console import Console

    console = Console(highlight=False)
    console.soft_wrap = not console.is_terminal
    return console


def stderr_console() -> Console:
    """Rich console for messages on stderr; a message is never wrapped (one error, one line)."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)
