"""Read YAML data packs node by node, so that every complaint names file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal, overload

from mingjing.errors import PackError


def fail(path: Path, node, message: str, what: str = "数据包") -> PackError:
    line = node.start_mark.line + 1 if node is not None else 1
    return PackError(f"{path}:{line}：{what}格式错误：{message}")


def load_data(text: str) -> Any:
    """`yaml.safe_load` of a data file shipped with the package (the rules' lexicons), by libyaml when
    PyYAML was built with it — ten times quicker, a few hundred milliseconds of a process's first
    review — else by the pure Python loader; the same objects either way."""
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506 (a safe loader)


def compose(path: Path, what: str = "数据包", fast: bool = False):
    """The YAML node tree of a file, or PackError naming file and line. `fast`: composed by libyaml
    when PyYAML has it (ten times quicker: 75 → 7 ms for the rule packs at a process's start; the same
    nodes, tags, values and lines, only a plain scalar's style is '' instead of None); a caller that
    complains about a node composes again without it, so that every complaint reads as before."""

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PackError(f"{path}：无法读取{what}（{exc}）") from None
    return compose_text(text, path, what, fast=fast)


def compose_text(
    text: str, path: Path | str, what: str = "数据包", columns: bool = False, fast: bool = False
):
    """The YAML node tree of a text read from path; PackError in Chinese naming the line (and the
    column when asked). `fast`: as `compose` says (a text libyaml cannot read is read again by the
    pure Python composer, whose complaint is given)."""
    import yaml

    from mingjing.yaml_messages import yaml_problem

    if fast and hasattr(yaml, "CSafeLoader"):
        try:
            quick = yaml.compose(text, Loader=yaml.CSafeLoader)
        except yaml.YAMLError:
            quick = None
        if quick is not None:
            return quick
    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        line, column, message = yaml_problem(exc)
        where = f"{line}:{column}" if columns else f"{line}"
        raise PackError(f"{path}:{where}：{what}不是有效的 YAML：{message}") from None
    if root is None:
        raise PackError(f"{path}:1：{what}是空的")
    return root


def mapping(path: Path, node, allowed: set[str] | None = None, what: str = "数据包") -> dict:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise fail(path, node, "这里应为键值对（映射）", what)
    out = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise fail(path, key, "键必须是文字", what)
        if key.value in out:
            raise fail(path, key, f"键 {key.value} 重复", what)
        if allowed is not None and key.value not in allowed:
            raise fail(path, key, f"未知字段 {key.value}（可用字段：{'、'.join(sorted(allowed))}）", what)
        out[key.value] = value
    return out


def is_null(node) -> bool:
    import yaml

    return node is None or (isinstance(node, yaml.ScalarNode) and node.tag.endswith(":null"))


@overload
def scalar(
    path: Path,
    node: Any,
    name: str,
    *,
    optional: Literal[False] = False,
    what: str = ...,
    keep_empty: bool = ...,
) -> str: ...
@overload
def scalar(
    path: Path, node: Any, name: str, *, optional: bool, what: str = ..., keep_empty: bool = ...
) -> str | None: ...
def scalar(
    path: Path,
    node: Any,
    name: str,
    *,
    optional: bool = False,
    what: str = "数据包",
    keep_empty: bool = False,
) -> str | None:
    import yaml

    if is_null(node):
        if optional:
            return None
        raise fail(path, node, f"{name} 不能为空", what)
    if not isinstance(node, yaml.ScalarNode):
        raise fail(path, node, f"{name} 应为文字", what)
    value = str(node.value)
    if keep_empty:
        return value
    value = value.strip()
    if not value and not optional:
        raise fail(path, node, f"{name} 不能为空", what)
    return value or None


def strings(path: Path, node, name: str, what: str = "数据包") -> tuple[str, ...]:
    import yaml

    if is_null(node):
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise fail(path, node, f"{name} 应为列表", what)
    return tuple(scalar(path, n, name, what=what) for n in node.value)


def sequence(path: Path, node, name: str, what: str = "数据包") -> list:
    import yaml

    if not isinstance(node, yaml.SequenceNode) or not node.value:
        raise fail(path, node, f"{name} 应为非空列表", what)
    return list(node.value)
