"""Commands for the web app: `mingjing serve` starts it, `mingjing users add|list` manages accounts."""

from __future__ import annotations

from pathlib import Path

import typer

from mingjing.cli.app import app
from mingjing.cli.options import data_file

users_app = typer.Typer(
    help="网页版的用户账号。\n\n示例：\n\n  mingjing users add 张三 --role author --team 党委班子\n\n"
    "  mingjing users list",
    no_args_is_help=True,
)
app.add_typer(users_app, name="users")

DbOpt = typer.Option(
    None,
    "--db",
    help="网页数据库文件（默认在用户数据文件夹的 web.db；上传的文件存放在旁边的 web-files 文件夹，整改台账为旁边的 web.ledger.db）",
)


def _db(db: Path | None) -> Path:
    return db or data_file("web.db")


@app.command()
def serve(
    host: str | None = typer.Option(
        None, "--host", help="监听地址（默认 127.0.0.1，只在本机可访问；内网共享用 0.0.0.0）"
    ),
    port: int | None = typer.Option(None, "--port", help="端口（默认 8000）"),
    db: Path | None = DbOpt,
    secure_cookies: bool | None = typer.Option(
        None, "--secure-cookies", help="经 HTTPS 反向代理提供服务时打开（Cookie 只走 HTTPS）"
    ),
    workers: int | None = typer.Option(None, "--workers", help="工作进程数（默认 1；共用同一个数据库）"),
    settings_file: Path | None = typer.Option(
        None, "--settings", help="设置文件（默认 /etc/mingjing/mingjing.toml，或环境变量 MINGJING_SETTINGS）"
    ),
    trusted_proxy: list[str] | None = typer.Option(
        None,
        "--trusted-proxy",
        help="可信反向代理的地址或网段（可重复；也可在设置文件 trusted_proxies 或环境变量 MINGJING_TRUSTED_PROXIES "
        "中用逗号分隔给出）；只有来自这些地址的请求才采用 X-Forwarded-For 中的客户端地址",
    ),
) -> None:
    """启动网页版：上传材料、自动审阅、多稿对照、意见与审核，按角色（管理员/审阅人/撰写人）分权。

    设置依次取自设置文件、MINGJING_* 环境变量和命令行选项（后者优先）。
    首次启动时如果没有管理员，会创建“管理员”账号并打印一次性密码。

    示例：mingjing serve --port 8000 --db /srv/mingjing/web.db
    """
    import os

    import uvicorn

    from mingjing.service_log import configure, log_config
    from mingjing.settings import check, load_settings
    from mingjing.web.accounts import ensure_admin
    from mingjing.web.app import create_app

    settings = load_settings(settings_file)
    for name, value in (
        ("host", host),
        ("port", port),
        ("workers", workers),
        ("secure_cookies", secure_cookies),
    ):
        if value is not None:
            setattr(settings, name, value)
    if trusted_proxy:
        settings.trusted_proxies = [p for value in trusted_proxy for p in value.replace(",", " ").split()]
    check(settings)
    from mingjing.web.forwarded import parse_proxies

    parse_proxies(settings.trusted_proxies)  # a bad address stops here with one line
    _check_address(settings.host, settings.port)
    path = db or (Path(settings.data_dir) / "web.db" if settings.data_dir else _db(None))
    _check_database_folder(path, explicit=db is not None)
    os.environ.update(settings.environment())  # the workers read their settings from here
    os.environ["MINGJING_DB"] = str(path)
    configure(settings.log_level, settings.log_format)
    application = create_app(
        path,
        secure_cookies=settings.secure_cookies,
        max_upload_bytes=settings.max_upload_mb * 1024 * 1024,
        trusted_proxies=settings.trusted_proxies,
    )
    password = ensure_admin(application.state.store)
    if settings.source:
        typer.echo(f"设置文件：{settings.source}")
    typer.echo(f"网页数据库：{path}")
    typer.echo(f"整改台账：{application.state.ledgers.path}（mingjing ledger … --db 可直接使用）")
    if password:
        typer.echo(f"已创建管理员账号：管理员  一次性密码：{password}（只显示这一次，首次登录后须修改）")
    if application.state.llm:
        typer.echo(f"起草使用 LLM：{application.state.llm.model}（{application.state.llm.endpoint}）")
    application.state.store.close()
    shown = "127.0.0.1" if settings.host in ("0.0.0.0", "::") else settings.host
    typer.echo(
        f"请用浏览器打开 http://{shown}:{settings.port}/ （{settings.workers} 个工作进程，时区 "
        f"{settings.timezone}；健康检查 /healthz），按 Ctrl+C 停止"
    )
    uvicorn.run(
        "mingjing.web.service:app_from_environment",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        log_config=log_config(settings.log_level, settings.log_format),
        access_log=False,
        proxy_headers=False,
        server_header=False,
    )


def _check_database_folder(path: Path, explicit: bool) -> None:
    """A database named with --db must be in an existing folder: a typo never creates folders or an admin."""
    from mingjing.errors import InputError

    if path.is_dir():
        raise InputError(f"{path}：这是一个文件夹，请给出网页数据库的文件名（如 {path / 'web.db'}）")
    if explicit and not path.exists() and not path.parent.is_dir():
        raise InputError(f"{path}：文件夹 {path.parent} 不存在；请先建立它，或换一个位置（不会自动创建）")


def _check_address(host: str, port: int) -> None:
    """One Chinese line instead of uvicorn's traceback when the address cannot be used."""
    import socket

    from mingjing.errors import InputError

    if not 0 < port < 65536:
        raise InputError(f"端口 {port} 无效，应在 1–65535 之间")
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror:
        raise InputError(f"监听地址“{host}”无效") from None
    family, _, _, _, address = infos[0]
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            raise InputError(
                f"无法在 {host}:{port} 上监听（{exc.strerror or exc}）；端口可能已被占用，请用 --port 换一个"
            ) from None


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="姓名（登录名）"),
    role: str = typer.Option(
        ..., "--role", help="admin（管理员）、overseer（督导组，只读）、reviewer（审阅人）或 author（撰写人）"
    ),
    team: str | None = typer.Option(
        None, "--team", help="所属班子/支部名称，或“单位/班子”（审阅人和撰写人必填）"
    ),
    db: Path | None = DbOpt,
) -> None:
    """添加用户并打印一次性密码（首次登录后须修改）。

    示例：mingjing users add 李四 --role reviewer --team 机关党支部
    """
    from mingjing.errors import InputError
    from mingjing.web.accounts import add_account, resolve_team
    from mingjing.web.store import WebStore

    if role in ("reviewer", "author") and not (team or "").strip():
        raise InputError(
            "审阅人和撰写人必须属于一个班子/支部，请用 --team 指定"
        )  # the web form says it without the flag
    store = WebStore(_db(db), create=False)
    try:
        password = add_account(store, name, role, resolve_team(store, team))
        store.log(None, "添加用户（命令行）", f"{name.strip()}（{role}）")
    finally:
        store.close()
    typer.echo(f"已添加用户：{name.strip()}  一次性密码：{password}（只显示这一次，首次登录后须修改）")


@users_app.command("list")
def users_list(db: Path | None = DbOpt) -> None:
    """列出用户：姓名、角色、班子/支部。

    示例：mingjing users list --db web.db
    """
    from mingjing.web.pages import ROLE_NAMES
    from mingjing.web.store import WebStore

    store = WebStore(_db(db), create=False)
    try:
        for u in store.users():
            typer.echo(f"{u['name']}\t{ROLE_NAMES[u['role']]}\t{u['team_name'] or '—'}")
    finally:
        store.close()
