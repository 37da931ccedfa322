"""Load and validate framework packs; a malformed pack stops the program with file and line."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mingjing.errors import PackError
from mingjing.yamlnodes import compose, fail, mapping, scalar, strings

PACKS_DIR = Path(__file__).parent / "packs"
MEETINGS = ("民主生活会", "组织生活会")


@dataclass(frozen=True)
class Aspect:
    name: str
    full: str | None = None
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


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

    def aspect(self, name: str) -> Aspect | None:
        return next((a for a in self.aspects if a.name == name), None)


WHAT = "框架包"


def _fail(path: Path, node, message: str) -> PackError:
    return fail(path, node, message, WHAT)


def _mapping(path: Path, node) -> dict:
    return mapping(path, node, what=WHAT)


def _scalar(path: Path, node, name: str, *, optional: bool = False) -> str | None:
    return scalar(path, node, name, optional=optional, what=WHAT)


def _strings(path: Path, node, name: str) -> tuple[str, ...]:
    return strings(path, node, name, what=WHAT)


_PACK_KEYS = {"id", "name", "meeting", "year", "source", "title_keywords", "aspects", "requirements"}
_ASPECT_KEYS = {"name", "full", "aliases", "keywords"}


def load_pack(path: str | Path, builtin: bool = False) -> Framework:
    import yaml

    path = Path(path)
    root = compose(path, WHAT)
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
        )
        for phrase in (aspect.name, *aspect.aliases):
            if phrase in seen and seen[phrase] != aspect.name:
                raise _fail(path, node, f"“{phrase}”同时属于两个方面（{seen[phrase]}、{aspect.name}）")
            seen[phrase] = aspect.name
        aspects.append(aspect)
    pack_id = _scalar(path, top["id"], "id")
    if not pack_id.replace("-", "").replace("_", "").isalnum() or not pack_id.isascii():
        raise _fail(path, top["id"], "id 只能由英文字母、数字、- 和 _ 组成")
    return Framework(
        id=pack_id,
        name=_scalar(path, top["name"], "name"),
        meeting=meeting,
        year=year,
        source=_scalar(path, top.get("source"), "source", optional=True) or "",
        title_keywords=_strings(path, top.get("title_keywords"), "title_keywords"),
        aspects=tuple(aspects),
        path=str(path),
        builtin=builtin,
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
