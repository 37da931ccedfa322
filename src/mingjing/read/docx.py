"""Read .docx: body paragraphs and tables in order, Word numbering rendered, page furniture apart."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

from mingjing.errors import InputError
from mingjing.read.assemble import DocumentBuilder
from mingjing.read.docx_numbering import Numbering, StyleTable, W, q, read_styles, wval
from mingjing.read.limits import Limits

if TYPE_CHECKING:
    from lxml.etree import _Element as Element

MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
V = "urn:schemas-microsoft-com:vml"
_SKIP = {
    q("del"),
    q("moveFrom"),
    q("instrText"),
    q("delText"),
    q("rPr"),
    q("pPr"),
    q("fldChar"),
    f"{{{MC}}}Fallback",
    q("commentReference"),
    q("footnoteReference"),
    q("endnoteReference"),
    q("proofErr"),
    q("bookmarkStart"),
    q("bookmarkEnd"),
}
_HEADING_NAMES = ("heading ", "标题 ")


def check_zip(data: bytes, name: str, limits: Limits) -> None:
    """Refuse archives that are corrupt, not Word documents, or built to exhaust memory."""
    infos = check_archive(data, name, limits)
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        if "[Content_Types].xml" in names and any(n.startswith(("xl/", "ppt/")) for n in names):
            raise InputError(f"{name}：这是 Excel 或 PowerPoint 文件，不是 Word 文档")
        raise InputError(f"{name}：这不是 Word 文档（压缩包内没有 word/document.xml）")
    if "[Content_Types].xml" not in names:
        raise InputError(f"{name}：文件已损坏，缺少 [Content_Types].xml")


def check_archive(data: bytes, name: str, limits: Limits, kind: str = ".docx") -> list[zipfile.ZipInfo]:
    """Refuse Office archives (.docx, .xlsx) that are corrupt or built to exhaust memory; their entries."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        raise InputError(f"{name}：文件已损坏，无法作为 {kind} 打开（压缩包结构错误）") from None
    except NotImplementedError:  # a zip version or compression method no reader has (a damaged header, r23)
        raise InputError(
            f"{name}：文件已损坏，无法作为 {kind} 打开（压缩包版本或压缩方式无法识别）"
        ) from None
    if len(infos) > limits.max_zip_entries:
        raise InputError(f"{name}：压缩包内文件数 {len(infos)} 超过上限 {limits.max_zip_entries}，拒绝读取")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos) or 1
    if total > limits.max_unzipped_bytes:
        raise InputError(
            f"{name}：解压后大小超过上限 {limits.describe_bytes(limits.max_unzipped_bytes)}，疑似压缩炸弹，拒绝读取"
        )
    if total > 1024 * 1024 and total / packed > limits.max_zip_ratio:
        raise InputError(f"{name}：压缩比异常（{total / packed:.0f} 倍），疑似压缩炸弹，拒绝读取")
    return infos


def run_chunks(el: Element, boxes: list[Element]) -> Iterator[tuple[str, Element | None]]:
    """The visible text of el's subtree as (text, w:t element or None) chunks, in reading order;
    text boxes go to `boxes`. The w:t element lets a writer find the run behind each character."""
    for child in el:
        tag: object = child.tag  # a comment's or processing instruction's tag is not a string
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == q("t"):
            yield child.text or "", child
        elif tag == q("tab") or tag == q("ptab"):
            yield "\t", None
        elif tag in (q("br"), q("cr")):
            yield "\n", None
        elif tag == q("noBreakHyphen"):
            yield "-", None
        elif tag == q("sym"):
            code = child.get(q("char")) or ""
            try:
                ch = chr(int(code, 16))
                if not 0xE000 <= ord(ch) <= 0xF8FF and not int(code, 16) >= 0xF000:
                    yield ch, None
            except ValueError:
                pass
        elif tag == q("txbxContent"):
            boxes.append(child)
        elif tag == q("r"):
            rpr = child.find(q("rPr"))
            if (
                rpr is not None
                and rpr.find(q("vanish")) is not None
                and wval(rpr, "vanish") not in ("0", "false")
            ):
                continue
            yield from run_chunks(child, boxes)
        else:
            yield from run_chunks(child, boxes)


BOLD_HEADING = 40  # characters: a longer all-bold paragraph is emphasis, not a heading


def all_bold(p: Element) -> bool:
    """Every run with text is bold (a heading set off by weight); short paragraphs only."""
    runs = [r for r in p.iter(q("r")) if "".join(t.text or "" for t in r.iter(q("t"))).strip()]
    if not runs or sum(len("".join(t.text or "" for t in r.iter(q("t")))) for r in runs) > BOLD_HEADING:
        return False
    for r in runs:
        rpr = r.find(q("rPr"))
        b = None if rpr is None else rpr.find(q("b"))
        if b is None or wval(rpr, "b") in ("0", "false"):
            return False
    return True


def paragraph_text(p: Element) -> tuple[str, list[Element]]:
    boxes: list[Element] = []
    text = "".join(chunk for chunk, _ in run_chunks(p, boxes))
    return text, boxes


def iter_paragraphs(el: Element, in_table: bool = False) -> Iterator[tuple[Element, bool]]:
    """Body paragraphs (w:p) in reading order, with whether they sit in a table."""
    for child in el:
        tag = child.tag
        if tag == q("p"):
            yield child, in_table
        elif tag == q("tbl"):
            for tr in child.iter(q("tr")):
                for tc in tr.findall(q("tc")):
                    yield from iter_paragraphs(tc, True)
        elif tag == q("sdt"):
            content = child.find(q("sdtContent"))
            if content is not None:
                yield from iter_paragraphs(content, in_table)
        elif tag in (q("customXml"), q("sdtContent")):
            yield from iter_paragraphs(child, in_table)


class _BodyReader:
    def __init__(self, builder: DocumentBuilder, numbering: Numbering, styles: StyleTable) -> None:
        self.builder = builder
        self.numbering = numbering
        self.styles = styles

    def block(self, el: Element) -> None:
        for p, in_table in iter_paragraphs(el):
            self.paragraph(p, in_table)

    def paragraph(self, p: Element, in_table: bool) -> None:
        text, boxes = paragraph_text(p)
        label = self.numbering.label(p)
        ppr = p.find(q("pPr"))
        style_id = wval(ppr, "pStyle")
        style_name = None
        level = None
        if style_id and style_id in self.styles:
            info = self.styles[style_id]
            style_name = info.name
            lowered = info.name.lower()
            for prefix in _HEADING_NAMES:
                if lowered.startswith(prefix) and lowered[len(prefix) :].strip().isdigit():
                    level = int(lowered[len(prefix) :])
            if level is None and info.outline_level is not None and info.outline_level < 9:
                level = info.outline_level + 1
        own = wval(ppr, "outlineLvl")
        if own is not None and own.isdigit() and int(own) < 9:
            level = int(own) + 1
        if text.strip() or label:
            self.builder.add(
                text,
                style=style_name,
                level=level,
                label=label if text.strip() else "",
                in_table=in_table,
                breaks_are_lines=False,
                bold=all_bold(p),
                list_key=self.numbering.last_key if text.strip() else None,
            )
        else:
            self.builder.skip()  # Word still counts the empty paragraph
        for box in boxes:
            self.builder.add_extra("textbox", _plain(box))


def _plain(el: Element) -> str:
    lines = []
    for p in el.iter(q("p")):
        text, _ = paragraph_text(p)
        lines.append(text)
    return "\n".join(lines)


def read_docx(data: bytes, builder: DocumentBuilder, name: str) -> None:
    check_zip(data, name, builder.limits)
    import docx  # python-docx; imported here to keep `mingjing --help` fast
    from lxml import etree

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:  # python-docx raises many kinds for a broken package
        raise InputError(f"{name}：文件已损坏或不是有效的 Word 文档，无法打开") from None
    try:
        body = document.element.body
        styles = read_styles(document.styles.element)
        try:
            numbering_el = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            numbering_el = None
        reader = _BodyReader(builder, Numbering(numbering_el, styles), styles)
        reader.block(body)
        for part in document.part.package.iter_parts():
            partname = str(part.partname)
            kind = _furniture_kind(partname)
            if kind is None:
                continue
            root = etree.fromstring(part.blob)
            _read_furniture(root, kind, builder)
    except InputError:
        raise
    except (etree.XMLSyntaxError, ValueError, KeyError, AttributeError, TypeError):
        raise InputError(f"{name}：文件内容已损坏（XML 结构错误），无法读取") from None


def _furniture_kind(partname: str) -> str | None:
    base = partname.rsplit("/", 1)[-1]
    for prefix, kind in (
        ("header", "header"),
        ("footer", "footer"),
        ("footnotes", "footnote"),
        ("endnotes", "endnote"),
        ("comments", "comment"),
    ):
        if base.startswith(prefix) and base.endswith(".xml") and partname.startswith("/word/"):
            return kind
    return None


def _remove(el: Element) -> None:
    parent = el.getparent()
    if parent is not None:
        parent.remove(el)


def _drop_field_results(root: Element) -> None:
    """Remove what fields (PAGE, NUMPAGES, DATE …) display: a page number that Word computes is
    furniture; a page number typed as text is what the review looks for."""
    for simple in list(root.iter(q("fldSimple"))):
        _remove(simple)
    depth = 0
    showing = False
    for run in list(root.iter(q("r"))):
        char = run.find(q("fldChar"))
        kind = char.get(q("fldCharType")) if char is not None else None
        if kind == "begin":
            depth += 1
        elif kind == "separate":
            showing = True
        elif kind == "end":
            depth = max(0, depth - 1)
            showing = showing and depth > 0
        elif showing and depth:
            _remove(run)


def _read_furniture(root: Element, kind: str, builder: DocumentBuilder) -> None:
    marks = dict.fromkeys(mark for s in root.iter(f"{{{V}}}textpath") if (mark := s.get("string")))
    for mark in marks:
        builder.add_extra("watermark", mark)
    for fallback in list(root.iter(f"{{{MC}}}Fallback")):  # the same shapes again, for old readers
        _remove(fallback)
    _drop_field_results(root)
    if kind in ("footnote", "endnote", "comment"):
        for note in root:
            if note.get(q("type")) in ("separator", "continuationSeparator", "continuationNotice"):
                continue
            builder.add_extra(kind, _plain(note))
    else:
        builder.add_extra(kind, _plain(root))


__all__ = ["W", "check_zip", "paragraph_text", "read_docx"]
