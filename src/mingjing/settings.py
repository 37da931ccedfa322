"""Server settings: `/etc/mingjing/mingjing.toml` (or the file named by --settings / MINGJING_SETTINGS),
then environment variables over it, then command-line options over both.

```toml
[server]
host = "0.0.0.0"              # MINGJING_HOST
port = 8000                   # MINGJING_PORT
workers = 4                   # MINGJING_WORKERS   (processes; they share the SQLite files safely)
data_dir = "/var/lib/mingjing" # MINGJING_DATA_DIR (web.db, web.ledger.db, web-files/)
timezone = "Asia/Shanghai"    # MINGJING_TIMEZONE  (times shown in pages, reports, xlsx)
trusted_proxies = ["127.0.0.1"] # MINGJING_TRUSTED_PROXIES (comma-separated): X-Forwarded-* only from these
secure_cookies = true         # MINGJING_SECURE_COOKIES (behind HTTPS)

[uploads]
max_mb = 20                   # MINGJING_MAX_UPLOAD_MB

[llm]                         # drafting (optional): MINGJING_LLM_URL / _MODEL / _KEY
url = "http://10.1.2.3:8000/v1"
model = "qwen2.5-14b-instruct"

[log]
level = "info"                # MINGJING_LOG_LEVEL: debug | info | warning | error
format = "text"               # MINGJING_LOG_FORMAT: text | json
```
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path

from mingjing.errors import InputError

DEFAULT_PATH = Path("/etc/mingjing/mingjing.toml")
LOG_LEVELS = ("debug", "info", "warning", "error")

# (table, key, environment variable, type) for every setting
_KEYS = {
    "host": ("server", "host", "MINGJING_HOST", str),
    "port": ("server", "port", "MINGJING_PORT", int),
    "workers": ("server", "workers", "MINGJING_WORKERS", int),
    "data_dir": ("server", "data_dir", "MINGJING_DATA_DIR", str),
    "timezone": ("server", "timezone", "MINGJING_TIMEZONE", str),
    "trusted_proxies": ("server", "trusted_proxies", "MINGJING_TRUSTED_PROXIES", list),
    "secure_cookies": ("server", "secure_cookies", "MINGJING_SECURE_COOKIES", bool),
    "max_upload_mb": ("uploads", "max_mb", "MINGJING_MAX_UPLOAD_MB", int),
    "llm_url": ("llm", "url", "MINGJING_LLM_URL", str),
    "llm_model": ("llm", "model", "MINGJING_LLM_MODEL", str),
    "llm_key": ("llm", "key", "MINGJING_LLM_KEY", str),
    "log_level": ("log", "level", "MINGJING_LOG_LEVEL", str),
    "log_format": ("log", "format", "MINGJING_LOG_FORMAT", str),
}


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1
    data_dir: str = ""  # "" → the user's data folder (as before settings existed)
    timezone: str = "Asia/Shanghai"
    trusted_proxies: list[str] = field(default_factory=list)
    secure_cookies: bool = False
    max_upload_mb: int = 20
    llm_url: str = ""
    llm_model: str = ""
    llm_key: str = ""
    log_level: str = "info"
    log_format: str = "text"
    source: str = ""  # the file read, "" when none

    def environment(self) -> dict[str, str]:
        """The settings as MINGJING_* variables: how `mingjing serve` hands them to its workers."""
        env = {}
        for name, (_, _, var, kind) in _KEYS.items():
            value = getattr(self, name)
            if kind is list:
                env[var] = ",".join(value)
            elif kind is bool:
                env[var] = "1" if value else "0"
            else:
                env[var] = str(value)
        return env


def _convert(value, kind, where: str):
    if kind is list:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",")]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(f"{where} 应为文字列表")
        return [v for v in value if v]
    if kind is bool:
        if isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off", ""):
            return False
        raise InputError(f"{where} 应为 true 或 false")
    if kind is int:
        try:
            if isinstance(value, bool):
                raise ValueError
            return int(value)
        except (TypeError, ValueError):
            raise InputError(f"{where} 应为整数") from None
    if not isinstance(value, str):
        raise InputError(f"{where} 应为文字")
    return value


def settings_path(
    explicit: str | Path | None = None, environ: Mapping[str, str] | None = None
) -> Path | None:
    env = os.environ if environ is None else environ
    if explicit:
        return Path(explicit)
    if env.get("MINGJING_SETTINGS"):
        return Path(env["MINGJING_SETTINGS"])
    return DEFAULT_PATH if DEFAULT_PATH.exists() else None


def load_settings(path: str | Path | None = None, environ: dict | None = None) -> Settings:
    """File (if any) → environment → validated Settings; InputError names what is wrong."""
    env = os.environ if environ is None else environ
    settings = Settings()
    p = settings_path(path, env)
    if p is not None:
        if not p.is_file():
            raise InputError(f"{p}：设置文件不存在")
        try:
            data = tomllib.loads(p.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise InputError(f"{p}：设置文件格式错误（{exc}）") from None
        except OSError as exc:
            raise InputError(f"{p}：无法读取设置文件（{exc.strerror or exc}）") from None
        known: dict[str, set[str]] = {}
        for table, key, _, _ in _KEYS.values():
            known.setdefault(table, set()).add(key)
        for table, body in data.items():
            if table not in known or not isinstance(body, dict):
                raise InputError(f"{p}：未知的设置表 [{table}]（可用：{'、'.join(sorted(known))}）")
            for key in body:
                if key not in known[table]:
                    raise InputError(f"{p}：[{table}] 中有未知设置 {key}")
        for name, (table, key, _, kind) in _KEYS.items():
            if key in data.get(table, {}):
                setattr(settings, name, _convert(data[table][key], kind, f"{p}：{table}.{key}"))
        settings.source = str(p)
    for name, (_, _, var, kind) in _KEYS.items():
        if var in env and env[var] != "":
            setattr(settings, name, _convert(env[var], kind, f"环境变量 {var}"))
    check(settings)
    return settings


def check(settings: Settings) -> None:
    from mingjing.localtime import _zone

    if not 0 < settings.port < 65536:
        raise InputError(f"端口 {settings.port} 无效，应在 1–65535 之间")
    if not 1 <= settings.workers <= 64:
        raise InputError(f"工作进程数 {settings.workers} 无效，应在 1–64 之间")
    if not 1 <= settings.max_upload_mb <= 1024:
        raise InputError(f"上传上限 {settings.max_upload_mb} MB 无效，应在 1–1024 之间")
    if settings.log_level.lower() not in LOG_LEVELS:
        raise InputError(f"日志级别“{settings.log_level}”无效，应为 {'、'.join(LOG_LEVELS)} 之一")
    if settings.log_format not in ("text", "json"):
        raise InputError(f"日志格式“{settings.log_format}”无效，应为 text 或 json")
    _zone(settings.timezone)
    settings.log_level = settings.log_level.lower()


def setting_names() -> list[str]:
    return [f.name for f in fields(Settings) if f.name != "source"]
