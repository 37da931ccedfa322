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
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    allow_words: list[str] = field(default_factory=list)


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
    review = data.get("review", {})
    if not isinstance(review, dict):
        raise PackError(f"{p}：[review] 应为一个表")
    lists = {}
    for key in ("select", "ignore", "allow_words"):
        value = review.get(key, [])
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",")]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise PackError(f"{p}：review.{key} 应为文字列表")
        lists[key] = [v for v in value if v]
    for name in review.get("allow_files", []) if isinstance(review.get("allow_files", []), list) else []:
        words_path = p.parent / name
        try:
            lists["allow_words"] += [
                w.strip()
                for w in words_path.read_text(encoding="utf-8").splitlines()
                if w.strip() and not w.startswith("#")
            ]
        except (OSError, UnicodeDecodeError) as exc:
            raise PackError(f"{p}：无法读取词表 {words_path}（{exc}）") from None
    unknown = set(review) - {"select", "ignore", "allow_words", "allow_files"}
    if unknown:
        raise PackError(f"{p}：[review] 中有未知设置 {'、'.join(sorted(unknown))}")
    return Config(path=str(p), frameworks_dirs=[str((p.parent / d).resolve()) for d in dirs], **lists)
