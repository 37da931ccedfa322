"""`mingjing criticism`: review the criticisms team members prepare for each other."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path

import typer

from mingjing.cli.app import app
from mingjing.cli.options import print_or_write, split_values, write_output


class CriticismFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


@app.command()
def criticism(
    files: list[Path] = typer.Argument(
        ..., help="每人一份的批评意见（.docx .doc .wps .txt .pdf），或一份汇总表"
    ),
    format: CriticismFormat = typer.Option(CriticismFormat.text, "--format", "-f", help="text、json 或 html"),
    output: Path | None = typer.Option(None, "--output", "-o", help="写入文件而不是打印（html 必须指定）"),
    select: list[str] | None = typer.Option(None, "--select", help="只用这些规则，如 K101,K103"),
    ignore: list[str] | None = typer.Option(None, "--ignore", help="不用这些规则，如 K109"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="发现错误也以 0 退出"),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的输出文件"),
) -> None:
    """审阅相互批评意见：表扬式批评、建议式批评、隔靴搔痒、批评自己、层层弱化、雷同，以及谁没有被批评。

    示例：mingjing criticism 班子/*批评意见*.docx --format html --output 相互批评.html
    """
    import json

    from mingjing.catalogue import selected
    from mingjing.criticism.model import team_to_dict
    from mingjing.criticism.review import review_team
    from mingjing.errors import InputError
    from mingjing.read import read_document

    rules = [r for r in selected(split_values(select), split_values(ignore)) if r.category == "criticism"]
    if format == CriticismFormat.html and output is None:
        raise InputError("html 格式请用 --output 指定输出文件，如 --output 相互批评.html")
    if output is not None and output.exists() and not force:
        raise InputError(f"{output}：文件已存在，加 --force 覆盖")
    team = review_team([read_document(f) for f in files], rules)
    if format == CriticismFormat.json:
        write_output(json.dumps(team_to_dict(team), ensure_ascii=False, indent=1), output, files)
    elif format == CriticismFormat.html:
        from mingjing.render.criticism_html import render_team_html

        write_output(render_team_html(team), output, files)
        typer.echo(f"已写入 {output}")
    else:
        from mingjing.render.criticism_text import render_team_text

        if output is None:  # finding lines are never wrapped, so editors and grep can jump to them
            from rich.console import Console

            Console(highlight=False, soft_wrap=True).print(render_team_text(team))
        else:
            print_or_write(render_team_text(team), output, files)
    errors = any(f.severity == "error" for _, c in team.criticisms() for f in c.findings)
    if errors and not exit_zero:
        sys.exit(1)
