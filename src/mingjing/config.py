"""User settings from mingjing.toml (the current folder's, or one given with --config)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from mingjing.errors import PackError

CONFIG_NAME = "mingjing.toml"


@dataclass
class Config:
    path: str | None = None
    frameworks_dirs: list[str] = field(default_factory=list)


def load_config(path: str | Path | None = None) -> Config:
    """Read settings; relative folders are taken relative to the file. No file: defaults."""
    p = Path(path) if path else Path.cwd() / CONFIG_NAME
    if not p.exists():
        if path:
            raise PackError(f"{p}：配置文件不存在")
        return Config()
    try:
        data = tomllib.loads(p.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise PackError(f"{p}：配置文件格式错误（{exc}）") from None
    frameworks = data.get("frameworks", {})
    if not isinstance(frameworks, dict):
        raise PackError(f"{p}：[frameworks] 应为一个表")
    dirs = frameworks.get("dirs", [])
    if isinstance(dirs, str):
        dirs = [dirs]
    if not isinstance(dirs, list) or not all(isinstance(d, str) for d in dirs):
        raise PackError(f"{p}：frameworks.dirs 应为文件夹路径的列表")
    return Config(path=str(p), frameworks_dirs=[str((p.parent / d).resolve()) for d in dirs])
