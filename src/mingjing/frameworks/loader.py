"""Load and validate framework packs; a malformed pack stops the program with file and line."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, overload

from mingjing.errors import PackError
from mingjing.yamlnodes import compose, fail, mapping, scalar, strings

PACKS_DIR = Path(__file__).parent / "packs"
MEETINGS = ("民主生活会", "组织生活会")
KINDS = (
    "个人",
    "班子",
    "支部",
    "党员",
)  # who speaks: a member, a leadership team, a branch, an ordinary member
DEFAULT_SHARE = (
    0.5  # problems + causes must take at least this share of the body unless a pack says otherwise
)


@dataclass(frozen=True)
class Aspect:
    name: str
    full: str | None = None
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    placeholder: bool = False  # wording not yet confirmed: listed, never required or mapped


@dataclass(frozen=True)
class Part:
    """A part some kinds of material must contain (e.g. a team's report on last year's rectification)."""

    name: str
    kinds: tuple[str, ...]
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Framework:
    id: str
    name: str
    meeting: str
    year: int | None
    source: str
    title_keywords: tuple[str, ...]
    aspects: tuple[Aspect, ...]
    path: str = ""
    builtin: bool = True
    extra: dict = field(default_factory=dict, compare=False, hash=False)
    theme: str = ""
    problems_causes_share: float = DEFAULT_SHARE
    required_parts: tuple[Part, ...] = ()
    pending: tuple[Aspect, ...] = ()  # placeholder aspects, in pack order; not in `aspects`

    def aspect(self, name: str) -> Aspect | None:
        return next((a for a in self.aspects if a.name == name), None)

    def parts_for(self, kind: str | None) -> tuple[Part, ...]:
        return tuple(p for p in self.required_parts if kind in p.kinds)


WHAT = "框架包"


def _fail(path: Path, node, message: str) -> PackError:
    return fail(path, node, message, WHAT)


def _mapping(path: Path, node) -> dict:
    return mapping(path, node, what=WHAT)


@overload
def _scalar(path: Path, node: Any, name: str, *, optional: Literal[False] = False) -> str: ...
@overload
def _scalar(path: Path, node: Any, name: str, *, optional: bool) -> str | None: ...
def _scalar(path: Path, node: Any, name: str, *, optional: bool = False) -> str | None:
    return scalar(path, node, name, optional=optional, what=WHAT)


def _strings(path: Path, node, name: str) -> tuple[str, ...]:
    return strings(path, node, name, what=WHAT)


_PACK_KEYS = {
    "id",
    "name",
    "meeting",
    "year",
    "source",
    "title_keywords",
    "aspects",
    "requirements",
    "theme",
    "problems_causes_share",
    "required_parts",
}
_ASPECT_KEYS = {"name", "full", "aliases", "keywords", "placeholder"}
_PART_KEYS = {"name", "kinds", "aliases"}


_FOLDED_GAP = re.compile(r"(?<=[^\x00-\x7f])\s+(?=[^\x00-\x7f])")


def _prose(path: Path, node, name: str) -> str:
    """A long text written as a folded YAML block: the line breaks between Chinese characters are no spaces."""
    return _FOLDED_GAP.sub("", _scalar(path, node, name, optional=True) or "")


def _bool(path: Path, node, name: str) -> bool:
    value = _scalar(path, node, name, optional=True)
    if value is None:
        return False
    if value.lower() not in ("true", "false"):
        raise _fail(path, node, f"{name} 应为 true 或 false")
    return value.lower() == "true"


def _share(path: Path, node) -> float:
    value = _scalar(path, node, "problems_causes_share", optional=True)
    if value is None:
        return DEFAULT_SHARE
    try:
        share = float(value)
    except ValueError:
        share = -1.0
    if not 0 < share < 1:
        raise _fail(
            path, node, "problems_causes_share 应为 0 到 1 之间的小数（如 0.5 表示一半，0.67 表示三分之二）"
        )
    return share


def _parts(path: Path, node) -> tuple[Part, ...]:
    import yaml

    if node is None:
        return ()
    if not isinstance(node, yaml.SequenceNode):
        raise _fail(path, node, "required_parts 应为列表")
    parts = []
    for item in node.value:
        fields = _mapping(path, item)
        for key in fields:
            if key not in _PART_KEYS:
                raise _fail(
                    path,
                    item,
                    f"required_parts 中有未知字段 {key}（可用字段：{'、'.join(sorted(_PART_KEYS))}）",
                )
        if "name" not in fields or "kinds" not in fields:
            raise _fail(path, item, "required_parts 的每一项都要有 name 和 kinds")
        kinds = _strings(path, fields["kinds"], "kinds")
        for kind in kinds:
            if kind not in KINDS:
                raise _fail(
                    path, fields["kinds"], f"kinds 中的“{kind}”不是材料类别（可用：{'、'.join(KINDS)}）"
                )
        if not kinds:
            raise _fail(path, fields["kinds"], "kinds 不能为空")
        parts.append(
            Part(
                name=_scalar(path, fields["name"], "name"),
                kinds=kinds,
                aliases=_strings(path, fields.get("aliases"), "aliases"),
            )
        )
    return tuple(parts)


def load_pack(path: str | Path, builtin: bool = False) -> Framework:
    path = Path(path)
    try:
        return _framework(path, compose(path, WHAT, fast=True), builtin)
    except PackError:  # complain with the nodes of the pure Python composer, as always
        return _framework(path, compose(path, WHAT), builtin)


def _framework(path: Path, root: Any, builtin: bool) -> Framework:
    import yaml

    top = _mapping(path, root)
    for key in top:
        if key not in _PACK_KEYS:
            node = next(k for k, _ in root.value if k.value == key)
            raise _fail(path, node, f"未知字段 {key}（可用字段：{'、'.join(sorted(_PACK_KEYS))}）")
    for key in ("id", "name", "meeting", "aspects"):
        if key not in top:
            raise _fail(path, root, f"缺少字段 {key}")
    meeting = _scalar(path, top["meeting"], "meeting")
    if meeting not in MEETINGS:
        raise _fail(path, top["meeting"], f"meeting 应为 {' 或 '.join(MEETINGS)}")
    year_text = _scalar(path, top.get("year"), "year", optional=True)
    year = None
    if year_text is not None:
        if not year_text.isdigit() or not 1949 <= int(year_text) <= 2100:
            raise _fail(path, top["year"], "year 应为年份数字（如 2023）或 null")
        year = int(year_text)
    aspects_node = top["aspects"]
    if not isinstance(aspects_node, yaml.SequenceNode) or not aspects_node.value:
        raise _fail(path, aspects_node, "aspects 应为非空列表")
    aspects = []
    seen: dict[str, object] = {}
    for node in aspects_node.value:
        fields = _mapping(path, node)
        for key in fields:
            if key not in _ASPECT_KEYS:
                raise _fail(path, node, f"方面中有未知字段 {key}")
        if "name" not in fields:
            raise _fail(path, node, "方面缺少 name")
        aspect = Aspect(
            name=_scalar(path, fields["name"], "name"),
            full=_scalar(path, fields.get("full"), "full", optional=True),
            aliases=_strings(path, fields.get("aliases"), "aliases"),
            keywords=_strings(path, fields.get("keywords"), "keywords"),
            placeholder=_bool(path, fields.get("placeholder"), "placeholder"),
        )
        for phrase in (aspect.name, *aspect.aliases):
            if phrase in seen and seen[phrase] != aspect.name:
                raise _fail(path, node, f"“{phrase}”同时属于两个方面（{seen[phrase]}、{aspect.name}）")
            seen[phrase] = aspect.name
        aspects.append(aspect)
    if all(a.placeholder for a in aspects):
        raise _fail(
            path, aspects_node, "aspects 中至少要有一个已确认的方面（placeholder 的方面只是待补充的占位）"
        )
    pack_id = _scalar(path, top["id"], "id")
    if not pack_id.replace("-", "").replace("_", "").isalnum() or not pack_id.isascii():
        raise _fail(path, top["id"], "id 只能由英文字母、数字、- 和 _ 组成")
    return Framework(
        id=pack_id,
        name=_scalar(path, top["name"], "name"),
        meeting=meeting,
        year=year,
        source=_prose(path, top.get("source"), "source"),
        title_keywords=_strings(path, top.get("title_keywords"), "title_keywords"),
        aspects=tuple(a for a in aspects if not a.placeholder),
        path=str(path),
        builtin=builtin,
        theme=_prose(path, top.get("theme"), "theme"),
        problems_causes_share=_share(path, top.get("problems_causes_share")),
        required_parts=_parts(path, top.get("required_parts")),
        pending=tuple(a for a in aspects if a.placeholder),
    )


@lru_cache(maxsize=1)
def _builtin() -> tuple[Framework, ...]:
    return tuple(load_pack(p, builtin=True) for p in sorted(PACKS_DIR.glob("*.yaml")))


def load_frameworks(extra_dirs: tuple[str, ...] | list[str] = ()) -> dict[str, Framework]:
    """Shipped packs, then the user's packs from each folder (a user pack may replace a shipped one)."""
    packs: dict[str, Framework] = {fw.id: fw for fw in _builtin()}
    for folder in extra_dirs:
        d = Path(folder)
        if not d.is_dir():
            raise PackError(f"{folder}：框架包文件夹不存在")
        user_ids: dict[str, str] = {}
        for p in sorted(list(d.glob("*.yaml")) + list(d.glob("*.yml"))):
            fw = load_pack(p)
            if fw.id in user_ids:
                raise PackError(f"{p}:1：框架包 id “{fw.id}” 与 {user_ids[fw.id]} 重复")
            user_ids[fw.id] = str(p)
            packs[fw.id] = fw
    return packs
