"""`mingjing backup` and `mingjing restore`: a consistent copy of a running web installation."""

from __future__ import annotations

from pathlib import Path

import typer

from mingjing.cli.app import app
from mingjing.cli.serve import DbOpt, _db


@app.command()
def backup(
    output: Path = typer.Option(..., "--output", "-o", help="备份文件（.tar.gz）"),
    db: Path | None = DbOpt,
    force: bool = typer.Option(False, "--force", help="备份文件已存在时覆盖它"),
) -> None:
    """备份网页数据库、整改台账和上传的文件（服务运行时也可以做，得到的是同一时刻的一致副本）。

    示例：mingjing backup --output 备份-2024-06-30.tar.gz --db /var/lib/mingjing/web.db
    """
    from mingjing.backup import backup as take

    manifest = take(_db(db), output, force=force)
    files = manifest["files"]
    uploads = sum(1 for name in files if name.startswith("web-files/"))
    size = output.stat().st_size
    typer.echo(
        f"已备份到 {output}（{size / 1024 / 1024:.1f} MB）：网页数据库"
        f"{'、整改台账' if 'web.ledger.db' in files else ''}、上传文件 {uploads} 个"
    )


@app.command()
def restore(
    archive: Path = typer.Argument(..., help="mingjing backup 生成的备份文件"),
    db: Path | None = DbOpt,
    force: bool = typer.Option(False, "--force", help="覆盖已有的（未在使用的）数据库"),
) -> None:
    """从备份恢复：先校验备份（清单、校验和、数据库完整性），再写入；不会覆盖正在使用的数据库。

    示例：mingjing restore 备份-2024-06-30.tar.gz --db /var/lib/mingjing/web.db
    """
    from mingjing.backup import restore as put_back

    path = _db(db)
    manifest = put_back(archive, path, force=force)
    uploads = sum(1 for name in manifest["files"] if name.startswith("web-files/"))
    typer.echo(
        f"已从 {archive}（{manifest['created']} 备份）恢复到 {path}：上传文件 {uploads} 个，"
        "数据库完整性检查通过"
    )
