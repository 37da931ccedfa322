"""`mingjing ledger …`: the rectification ledger (整改台账) — import, list, update, history, export,
import-xlsx, report, compare. Thin: the work is done in `mingjing.ledger`."""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from mingjing.cli.app import app
from mingjing.cli.options import (
    ConfigOpt,
    FrameworksDir,
    data_file,
    frameworks_for,
    print_or_write,
    write_output,
)
from mingjing.localtime import today as local_today

ledger_app = typer.Typer(
    help="整改台账：把整改措施变成可跟踪的事项，记录每次修改，导出/导入 Excel，统计进展，比对历年问题。\n\n"
    "示例：mingjing ledger import 张三-对照检查材料.docx --meeting-date 2024-01-15\n\n"
    "  mingjing ledger export --xlsx 整改台账.xlsx",
    no_args_is_help=True,
)
app.add_typer(ledger_app, name="ledger")

DbOpt = typer.Option(None, "--db", help="台账文件（默认在用户数据文件夹：~/.config/mingjing/ledger.db）")
ByOpt = typer.Option(None, "--by", help="修改人姓名（默认：当前系统用户名）")


class ListFormat(str, Enum):
    text = "text"
    json = "json"


class ReportFormat(str, Enum):
    text = "text"
    html = "html"
    md = "md"


def _db(db: Path | None) -> Path:
    return db or data_file("ledger.db")


def _by(by: str | None) -> str:
    if by and by.strip():
        return by.strip()
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return "未知用户"


def _console():
    from mingjing.cli.options import stdout_console

    return stdout_console()


def _date(text: str | None, what: str):
    from mingjing.ledger.store import check_date

    return check_date(text, what) if text else None


def _open(db: Path | None):
    from mingjing.ledger.store import Ledger

    return Ledger(_db(db), create=False)


@ledger_app.command("import")
def ledger_import(
    files: list[Path] = typer.Argument(..., help="一份或多份对照检查材料（.docx .doc .wps .pdf .txt .md）"),
    db: Path | None = DbOpt,
    person: str | None = typer.Option(None, "--person", help="责任人（默认从材料标题或署名识别）"),
    unit: str | None = typer.Option(None, "--unit", help="单位（默认从材料署名识别）"),
    meeting_date: str | None = typer.Option(
        None, "--meeting-date", help="会议日期，时限从这天起算，如 2024-01-15（默认今天）"
    ),
    framework: str | None = typer.Option(None, "--framework", help="指定框架包 ID，不自动识别"),
    by: str | None = ByOpt,
    frameworks_dir: list[str] | None = FrameworksDir,
    config: Path | None = ConfigOpt,
) -> None:
    """把材料的整改措施导入台账：每条措施一项，关联到它对应的问题和方面，识别完成时限。

    同一份材料只导入一次；任何一份材料无法导入时，台账不做任何改动。

    示例：mingjing ledger import 张三-对照检查材料.docx --db 台账.db --meeting-date 2024-01-15
    """

    from rich.progress import Progress

    from mingjing.ledger.extract import extract_file
    from mingjing.ledger.store import Ledger

    day = _date(meeting_date, "会议日期")
    packs = frameworks_for(frameworks_dir, config)
    from mingjing.cli.options import stderr_console

    err = stderr_console()
    guessed = day is None
    day = day or local_today()
    extractions = []
    with Progress(console=err, transient=True, disable=not err.is_terminal) as progress:
        task = progress.add_task("读取材料", total=len(files))
        for path in files:
            extractions.append(
                extract_file(path, packs, day, framework_id=framework, person=person, unit=unit)
            )
            progress.advance(task)
    if guessed:
        err.print(
            f"未给出会议日期，时限按今天（{day.isoformat()}）起算；可用 --meeting-date 指定", markup=False
        )
    with Ledger(_db(db)) as ledger:
        results = ledger.import_extractions(extractions, _by(by))
        items = {
            i.id: i
            for i in ledger.items(import_ids=[r.import_id for r in results if r.import_id is not None])
        }
    for ex, result in zip(extractions, results):
        name = Path(ex.path).name
        if result.import_id is None:
            typer.echo(f"{name}：已导入过（第 {result.existing} 批），跳过")
            continue
        mine = [i for i in items.values() if i.import_id == result.import_id]
        typer.echo(
            f"{name}：导入 {len(mine)} 项（责任人 {ex.person or '未识别'}，{ex.year} 年度，"
            f"会议日期 {ex.meeting_date.isoformat()}），编号 {mine[0].id}–{mine[-1].id}"
        )
        unknown = [i for i in mine if i.limit_kind == "unknown"]
        if unknown:
            typer.echo(
                "  时限无法识别（保留原文，请人工填写完成日期）："
                + "；".join(f"#{i.id}“{i.time_limit}”" for i in unknown)
            )
        missing = [i for i in mine if i.limit_kind == "none"]
        if missing:
            typer.echo("  未写完成时限：" + "、".join(f"#{i.id}" for i in missing))
        unlinked = [i for i in mine if not i.problem]
        if unlinked:
            typer.echo("  未能对应到查摆的问题：" + "、".join(f"#{i.id}" for i in unlinked))
    typer.echo(f"台账：{_db(db)}", err=True)


@ledger_app.command("list")
def ledger_list(
    db: Path | None = DbOpt,
    status: str | None = typer.Option(
        None, "--status", help="只列出这个状态：未开始、进行中、已完成、长期坚持"
    ),
    person: str | None = typer.Option(None, "--person", help="只列出这个责任人的事项"),
    overdue: bool = typer.Option(False, "--overdue", help="只列出逾期未完成的事项"),
    year: int | None = typer.Option(None, "--year", help="只列出这个年度材料的事项"),
    as_of: str | None = typer.Option(None, "--as-of", help="按这一天判断逾期（默认今天）"),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text 或 json"),
) -> None:
    """列出台账事项（编号、责任人、方面、措施、时限、状态）。

    示例：mingjing ledger list --db 台账.db --person 张三 --overdue
    """
    with _open(db) as ledger:
        items = ledger.items(
            status=status, person=person, overdue=overdue, as_of=_date(as_of, "日期"), year=year
        )
    if format == ListFormat.json:
        typer.echo(
            json.dumps(
                {"schema": "mingjing.ledger-items/1", "items": [i.to_dict() for i in items]},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    from mingjing.render.ledger_text import items_table

    _console().print(items_table(items))


@ledger_app.command("update")
def ledger_update(
    item_id: str = typer.Argument(..., metavar="ID", help="事项编号（见 mingjing ledger list）"),
    db: Path | None = DbOpt,
    status: str | None = typer.Option(None, "--status", help="新状态：未开始、进行中、已完成、长期坚持"),
    note: str | None = typer.Option(None, "--note", help="进展情况"),
    evidence: Path | None = typer.Option(
        None, "--evidence", help="佐证材料文件（复制保存到台账旁，原文件不动）"
    ),
    owner: str | None = typer.Option(None, "--owner", help="改为这个责任人"),
    due: str | None = typer.Option(None, "--due", help="完成日期，如 2024-06-30"),
    time_limit: str | None = typer.Option(None, "--time-limit", help="时限说法，如 2024年6月底前、3个月内"),
    by: str | None = ByOpt,
) -> None:
    """修改一项：状态、进展、责任人、时限或佐证材料；每处修改都记入历史（谁、何时、原值 → 新值）。

    示例：mingjing ledger update 3 --db 台账.db --status 已完成 --note 已修订内控制度 --evidence 制度.pdf --by 李娜
    """
    from mingjing.errors import InputError
    from mingjing.render.ledger_text import change_line

    if all(v is None for v in (status, note, evidence, owner, due, time_limit)):
        raise InputError(
            "没有要修改的内容：请给出 --status、--note、--evidence、--owner、--due 或 --time-limit"
        )
    with _open(db) as ledger:
        changes = ledger.update(
            item_id,
            _by(by),
            status=status,
            progress=note,
            owner=owner,
            due=due,
            time_limit=time_limit,
            evidence=evidence,
        )
    if not changes:
        typer.echo(f"#{item_id} 没有变化")
        return
    typer.echo(f"#{changes[0].item_id} 已修改：" + "；".join(change_line(c) for c in changes))


@ledger_app.command("history")
def ledger_history(
    item_id: str = typer.Argument(..., metavar="ID", help="事项编号"), db: Path | None = DbOpt
) -> None:
    """一项的全部修改记录（包括导入表格时未采用的冲突值）。

    示例：mingjing ledger history 3 --db 台账.db
    """
    from mingjing.render.ledger_text import history_table

    with _open(db) as ledger:
        item = ledger.item(item_id)
        changes = ledger.history(item.id)
        evidence = ledger.evidence(item.id)
    _console().print(history_table(item, changes, evidence))


@ledger_app.command("export")
def ledger_export(
    xlsx: Path = typer.Option(..., "--xlsx", help="导出的 Excel 文件（.xlsx）"),
    db: Path | None = DbOpt,
    status: str | None = typer.Option(None, "--status", help="只导出这个状态的事项"),
    person: str | None = typer.Option(None, "--person", help="只导出这个责任人的事项"),
    force: bool = typer.Option(False, "--force", help="允许覆盖已存在的文件"),
) -> None:
    """导出常用格式的整改台账 Excel（序号、问题、整改措施、责任人、时限、进展情况、状态、编号），可直接打印。

    办公室同志在表中填写进展和状态后，用 mingjing ledger import-xlsx 导回。

    示例：mingjing ledger export --db 台账.db --xlsx 整改台账.xlsx
    """
    from mingjing.errors import InputError
    from mingjing.ledger.xlsx import export_xlsx

    if xlsx.suffix.lower() != ".xlsx":
        raise InputError(f"{xlsx}：导出文件的扩展名应为 .xlsx")
    if xlsx.exists() and not force:
        raise InputError(f"{xlsx}：文件已存在；如要覆盖请加 --force")
    if xlsx.resolve() == _db(db).resolve():
        raise InputError(f"{xlsx}：不能导出到台账文件本身")
    with _open(db) as ledger:
        items = export_xlsx(ledger, xlsx, status=status, person=person)
    typer.echo(f"已导出 {len(items)} 项到 {xlsx}")


@ledger_app.command("import-xlsx")
def ledger_import_xlsx(
    file: Path = typer.Argument(..., help="由 mingjing ledger export 导出、经过编辑的 .xlsx"),
    db: Path | None = DbOpt,
    by: str | None = ByOpt,
) -> None:
    """把办公室编辑过的台账表格导回：改动逐项记入历史；导出后台账里又被改过的，保留台账的值并列出表格的值
    （两边都不丢）；对不上编号的行列出来。

    示例：mingjing ledger import-xlsx 整改台账.xlsx --db 台账.db --by 李娜
    """
    from mingjing.ledger.store import FIELDS, local_time
    from mingjing.ledger.xlsx import import_sheet
    from mingjing.render.ledger_text import change_line

    with _open(db) as ledger:
        result = import_sheet(ledger, file, _by(by))
    items = len({c.item_id for c in result.applied})
    typer.echo(
        f"{file.name}：{result.rows} 行，修改 {items} 项共 {len(result.applied)} 处，"
        f"冲突 {len(result.conflicts)} 处，未匹配 {len(result.unmatched)} 行"
    )
    for c in result.applied:
        typer.echo(f"  #{c.item_id} {change_line(c)}")
    for conflict in result.conflicts:
        typer.echo(
            f"  冲突 第 {conflict.row} 行 #{conflict.item_id}“{FIELDS[conflict.field]}”："
            f"导出后 {conflict.by} 于 {local_time(conflict.at)} "
            f"改为“{conflict.ledger}”（保留），表格中为“{conflict.sheet}”（已记入历史，未采用）"
        )
    for u in result.unmatched[:SHOWN_UNMATCHED]:
        typer.echo(f"  未匹配 第 {u['row']} 行：{u['reason']}（内容已记录在台账的导入记录中）")
    if len(result.unmatched) > SHOWN_UNMATCHED:
        typer.echo(f"  另有 {len(result.unmatched) - SHOWN_UNMATCHED} 行未匹配，未逐行列出")


SHOWN_UNMATCHED = 20


@ledger_app.command("report")
def ledger_report(
    db: Path | None = DbOpt,
    format: ReportFormat = typer.Option(
        ReportFormat.text, "--format", "-f", help="text、html（带图表）或 md"
    ),
    output: Path | None = typer.Option(None, "--output", "-o", help="写入文件而不是打印"),
    as_of: str | None = typer.Option(None, "--as-of", help="统计截止日期（默认今天）"),
    person: str | None = typer.Option(None, "--person", help="只统计这个责任人"),
    year: int | None = typer.Option(None, "--year", help="只统计这个年度的材料"),
) -> None:
    """整改进展报告：按状态、责任人、方面统计，逾期事项，近 30 天完成的事项。

    示例：mingjing ledger report --db 台账.db --format html --output 整改进展.html
    """
    from mingjing.ledger.report import ledger_report as build

    with _open(db) as ledger:
        report = build(ledger, _date(as_of, "日期"), person=person, year=year)
    if format == ReportFormat.html:
        from mingjing.render.ledger_html import render_report_html

        write_output(render_report_html(report), output, [_db(db)])
    elif format == ReportFormat.md:
        from mingjing.render.ledger_markdown import render_report_markdown

        write_output(render_report_markdown(report), output, [_db(db)])
    else:
        from mingjing.render.ledger_text import report_renderable

        print_or_write(report_renderable(report), output, [_db(db)], width=120)


@ledger_app.command("compare")
def ledger_compare(
    db: Path | None = DbOpt,
    year: list[int] = typer.Option(..., "--year", help="两个年度，如 --year 2023 --year 2024"),
    format: ListFormat = typer.Option(ListFormat.text, "--format", "-f", help="text 或 json"),
) -> None:
    """年年查摆同样的问题：列出同一个人在后一年材料中再次查摆的问题（按相似度）。

    示例：mingjing ledger compare --db 台账.db --year 2023 --year 2024
    """
    from mingjing.errors import InputError
    from mingjing.ledger.recurring import recurring_problems

    if len(year) != 2 or year[0] == year[1]:
        raise InputError("请给出两个不同的年度，如 --year 2023 --year 2024")
    earlier, later = sorted(year)
    with _open(db) as ledger:
        have = ledger.years()
        missing = [y for y in (earlier, later) if y not in have]
        if missing:
            raise InputError(
                f"台账中没有 {'、'.join(map(str, missing))} 年度的材料"
                f"（现有：{'、'.join(map(str, have)) or '无'}）"
            )
        found = recurring_problems(ledger, earlier, later)
    if format == ListFormat.json:
        typer.echo(
            json.dumps(
                {
                    "schema": "mingjing.ledger-recurring/1",
                    "years": [earlier, later],
                    "recurring": [
                        {
                            "person": r.person,
                            "score": round(r.score, 3),
                            "earlier": {
                                "aspect": r.earlier.aspect,
                                "statement": r.earlier.statement,
                                "text": r.earlier.text,
                            },
                            "later": {
                                "aspect": r.later.aspect,
                                "statement": r.later.statement,
                                "text": r.later.text,
                            },
                            "earlier_items": [{"id": i.id, "status": i.status} for i in r.measures],
                        }
                        for r in found
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    from mingjing.render.ledger_text import recurrence_table

    _console().print(recurrence_table(found, earlier, later))
