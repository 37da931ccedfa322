"""Word automatic numbering (numbering.xml): render each paragraph's label as Word shows it.

Covers abstractNum/num, lvlText with %1…%9, number formats (see mingjing.numerals), start values,
lvlRestart, lvlOverride (startOverride and whole-level overrides), isLgl, numStyleLink, suffixes,
and numbering inherited from a paragraph style (basedOn chains, level chosen by the level's pStyle).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mingjing.numerals import format_number

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_LVL_REF = re.compile(r"%([1-9])")


_QNAMES: dict[str, str] = {}


def q(tag: str) -> str:
    """Clark name of a w: tag (cached: this is on the hot path)."""
    name = _QNAMES.get(tag)
    if name is None:
        name = _QNAMES[tag] = f"{{{W}}}{tag}"
    return name


def wval(el: Element | None, tag: str) -> str | None:
    """The w:val of child `tag` of el, or None."""
    if el is None:
        return None
    child = el.find(q(tag))
    return None if child is None else child.get(q("val"))


def _int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str | None = "%1."
    suffix: str = "tab"
    restart: int | None = None  # w:lvlRestart: restart after a level above this 1-based number
    legal: bool = False
    pstyle: str | None = None


def _level(el: Element) -> Level:
    return Level(
        start=_int(wval(el, "start"), 1) or 0,
        fmt=wval(el, "numFmt") or "decimal",
        text=wval(el, "lvlText"),
        suffix=wval(el, "suff") or "tab",
        restart=_int(wval(el, "lvlRestart")),
        legal=el.find(q("isLgl")) is not None and wval(el, "isLgl") not in ("0", "false"),
        pstyle=wval(el, "pStyle"),
    )


@dataclass
class StyleInfo:
    name: str
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline_level: int | None  # 0-based as in w:outlineLvl


@dataclass
class _Num:
    abstract_id: str
    start_overrides: dict[int, int] = field(default_factory=dict)
    level_overrides: dict[int, Level] = field(default_factory=dict)


class StyleTable:
    """Paragraph styles by id, read lazily: only the styles a document uses are looked at."""

    def __init__(self, styles_el: Element | None) -> None:
        self._elements: dict[str, Element] = {}
        self._infos: dict[str, StyleInfo] = {}
        if styles_el is not None:
            for st in styles_el.findall(q("style")):
                sid = st.get(q("styleId"))
                if sid:
                    self._elements.setdefault(sid, st)

    def __contains__(self, sid: object) -> bool:
        return sid in self._elements

    def __getitem__(self, sid: str) -> StyleInfo:
        info = self._infos.get(sid)
        if info is None:
            st = self._elements[sid]
            ppr = st.find(q("pPr"))
            numpr = ppr.find(q("numPr")) if ppr is not None else None
            info = self._infos[sid] = StyleInfo(
                name=wval(st, "name") or sid,
                based_on=wval(st, "basedOn"),
                num_id=wval(numpr, "numId"),
                ilvl=_int(wval(numpr, "ilvl")),
                outline_level=_int(wval(ppr, "outlineLvl")),
            )
        return info


def read_styles(styles_el: Element | None) -> StyleTable:
    return StyleTable(styles_el)


class Numbering:
    """Stateful renderer: call `label(p)` for every body paragraph in document order."""

    def __init__(self, numbering_el: Element | None, styles: StyleTable) -> None:
        self.styles = styles
        self.abstracts: dict[str, dict[int, Level]] = {}
        self.style_links: dict[str, str] = {}  # abstractId -> style id (numStyleLink)
        self.nums: dict[str, _Num] = {}
        self.counters: dict[object, dict[int, int | None]] = {}
        self.last_key: str | None = None  # the list and level the last label counted in
        if numbering_el is None:
            return
        for ab in numbering_el.iter(q("abstractNum")):
            aid = ab.get(q("abstractNumId"))
            if aid is None:
                continue
            self.abstracts[aid] = {
                (_int(lv.get(q("ilvl")), 0) or 0): _level(lv) for lv in ab.findall(q("lvl"))
            }
            link = wval(ab, "numStyleLink")
            if link:
                self.style_links[aid] = link
        for num in numbering_el.iter(q("num")):
            nid = num.get(q("numId"))
            aid = wval(num, "abstractNumId")
            if nid is None or aid is None:
                continue
            entry = _Num(aid)
            for ov in num.findall(q("lvlOverride")):
                ilvl = _int(ov.get(q("ilvl")), 0) or 0
                so = _int(wval(ov, "startOverride"))
                if so is not None:
                    entry.start_overrides[ilvl] = so
                lvl = ov.find(q("lvl"))
                if lvl is not None:
                    entry.level_overrides[ilvl] = _level(lvl)
            self.nums[nid] = entry

    # -- resolution -----------------------------------------------------------------------
    def _style_chain(self, style_id: str | None) -> Iterator[tuple[str, StyleInfo]]:
        seen = set()
        while style_id and style_id in self.styles and style_id not in seen:
            seen.add(style_id)
            yield style_id, self.styles[style_id]
            style_id = self.styles[style_id].based_on

    def _levels(self, abstract_id: str, depth: int = 0) -> dict[int, Level]:
        link = self.style_links.get(abstract_id)
        if link and depth < 4:
            for _, info in self._style_chain(link):
                if info.num_id and info.num_id in self.nums:
                    target = self.nums[info.num_id].abstract_id
                    if target != abstract_id:
                        return self._levels(target, depth + 1)
                    break
        return self.abstracts.get(abstract_id, {})

    def resolve(self, p: Element) -> tuple[str, int, str | None] | None:
        """(numId, ilvl, style id the numbering came from) for paragraph element p, or None."""
        ppr = p.find(q("pPr"))
        numpr = ppr.find(q("numPr")) if ppr is not None else None
        style_id = wval(ppr, "pStyle")
        num_id = wval(numpr, "numId")
        ilvl = _int(wval(numpr, "ilvl"))
        from_style = None
        if num_id is None:
            for sid, info in self._style_chain(style_id):
                if info.num_id is not None:
                    num_id, from_style = info.num_id, sid
                    if ilvl is None:
                        ilvl = info.ilvl
                    break
        if num_id is None or num_id == "0" or num_id not in self.nums:
            return None
        if ilvl is None:
            ilvl = 0
            if from_style:
                for k, lvl in self._levels(self.nums[num_id].abstract_id).items():
                    if lvl.pstyle == from_style:
                        ilvl = k
                        break
        return num_id, ilvl, from_style

    def _level_def(self, num: _Num, ilvl: int) -> Level | None:
        if ilvl in num.level_overrides:
            return num.level_overrides[ilvl]
        return self._levels(num.abstract_id).get(ilvl)

    def _start(self, num: _Num, ilvl: int) -> int:
        if ilvl in num.start_overrides:
            return num.start_overrides[ilvl]
        lvl = self._level_def(num, ilvl)
        return lvl.start if lvl else 1

    # -- rendering ------------------------------------------------------------------------
    def label(self, p: Element) -> str:
        """Advance the counters for paragraph p and return its label text ("" if none)."""
        self.last_key = None
        found = self.resolve(p)
        if found is None:
            return ""
        num_id, ilvl, _ = found
        num = self.nums[num_id]
        lvl = self._level_def(num, ilvl)
        if lvl is None:
            return ""
        key: object = ("num", num_id) if (num.start_overrides or num.level_overrides) else num.abstract_id
        counters = self.counters.setdefault(key, {})
        self.last_key = f"{key}:{ilvl}"
        current = counters.get(ilvl)
        counters[ilvl] = self._start(num, ilvl) if current is None else current + 1
        for deeper in list(counters):
            if deeper <= ilvl:
                continue
            dl = self._level_def(num, deeper)
            threshold = dl.restart if dl and dl.restart is not None else deeper
            if ilvl < threshold:
                counters[deeper] = None
        if lvl.fmt == "bullet":
            return _bullet(lvl.text) + ("" if lvl.suffix != "space" else " ")
        if not lvl.text:
            return ""

        def sub(m: re.Match[str]) -> str:
            k = int(m.group(1)) - 1
            value = counters.get(k)
            if value is None:
                value = self._start(num, k)
            kl = self._level_def(num, k)
            fmt = "decimal" if lvl.legal else (kl.fmt if kl else "decimal")
            return format_number(value, fmt)

        text = _LVL_REF.sub(sub, lvl.text)
        return text + (" " if lvl.suffix == "space" else "")


def _bullet(text: str | None) -> str:
    if not text or any(0xE000 <= ord(c) <= 0xF8FF for c in text):
        return "•"
    return text
