"""A drafted material as a Word file in the layout of GB/T 9704-2012 (党政机关公文格式).

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (版心 156 × 225 mm); a document
grid of 22 lines × 28 characters; title 2号 小标宋; body 3号 仿宋; level-1 headings 黑体,
level-2 楷体, level-3 仿宋 bold; page numbers “— 1 —” in 4号 宋体, odd pages right, even pages
left, one character in from the edge.

The 28 characters: a grid of lines and characters (w:docGrid linesAndChars) is laid out
differently by Word (it squeezes 3号 characters into 28 cells) and LibreOffice (a character wider
than its cell takes two); a grid of 22 lines plus characters condensed by a quarter point (156 mm
/ 28 is just under 16 pt) gives 22 × 28 in LibreOffice (tests/test_draft_docx.py) and, by the
same arithmetic, in Word. Fonts are named as official documents name them (方正小标宋简体,
仿宋_GB2312 …); the font table names for each an alternative installed on this machine (Noto CJK
from fonts-noto-cjk, Source Han, …) for Word; LibreOffice substitutes through fontconfig, which
render/fonts.conf points at the same fonts.
"""

from __future__ import annotations

import io
import math
import subprocess
from functools import lru_cache

from mingjing.draft.material import Block, Material

PAGE_MM = (210, 297)
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
BODY_PT = 16  # 3号
TITLE_PT = 22  # 2号
PAGE_NUMBER_PT = 14  # 4号
FOOTER_MM = 28  # from the page's bottom edge to the footer: the number sits about 7 mm below the 版心

# role → (the font official documents name, serif or sans fallback)
FONTS = {
    "title": ("方正小标宋简体", "serif"),
    "body": ("仿宋_GB2312", "serif"),
    "level1": ("黑体", "sans"),
    "level2": ("楷体_GB2312", "serif"),
    "page": ("宋体", "serif"),
}
# fallbacks in order of preference; the first installed one is named in the font table
FALLBACKS = {
    "serif": ("Noto Serif CJK SC", "Source Han Serif SC", "AR PL UMing CN", "SimSun"),
    "sans": ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Zen Hei", "SimHei"),
}


@lru_cache(maxsize=1)
def installed_families() -> frozenset[str]:
    """Chinese font families on this machine (fontconfig), empty when fc-list is not there."""
    try:
        out = subprocess.run(
            ["fc-list", ":lang=zh", "family"], capture_output=True, text=True, timeout=20
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    return frozenset(name.strip() for line in out.splitlines() for name in line.split(","))


def fallback(kind: str) -> str:
    """The fallback font for serif or sans text: the first of FALLBACKS installed here, else the first."""
    families = installed_families()
    return next((f for f in FALLBACKS[kind] if f in families), FALLBACKS[kind][0])


# elements that follow w:spacing in a run's properties (the schema's order)
_AFTER_SPACING = tuple(
    f"w:{t}"
    for t in (
        "w",
        "kern",
        "position",
        "sz",
        "szCs",
        "highlight",
        "u",
        "effect",
        "bdr",
        "shd",
        "fitText",
        "vertAlign",
        "rtl",
        "cs",
        "em",
        "lang",
        "eastAsianLayout",
        "specVanish",
        "oMath",
    )
)
HEAD_FONT = {"level1": "level1", "level2": "level2", "level3": "body"}


def _mm_twips(mm: float) -> int:
    return round(mm / 25.4 * 1440)


def text_width_pt() -> float:
    return (PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]) / 25.4 * 72


def text_height_pt() -> float:
    return (PAGE_MM[1] - MARGINS_MM["top"] - MARGINS_MM["bottom"]) / 25.4 * 72


def line_pitch() -> int:
    """The grid's line pitch in twentieths of a point: 22 lines fill the 版心."""
    return int(text_height_pt() / LINES_PER_PAGE * 20)


def letter_spacing() -> int:
    """Spacing between characters (twentieths of a point, negative: condensed) that lets 28
    characters of 3号 fill a line of 156 mm: 156 mm / 28 is a little less than 16 pt."""
    return math.floor((text_width_pt() / CHARS_PER_LINE - BODY_PT) * 20)


def _set_fonts(rpr, role: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    name = FONTS[role][0]
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _run(paragraph, text: str, role: str, size: float, bold: bool = False):
    from docx.shared import Pt

    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    rpr = run._r.get_or_add_rPr()
    _set_fonts(rpr, role)
    if size == BODY_PT:
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        spacing = OxmlElement("w:spacing")
        spacing.set(qn("w:val"), str(letter_spacing()))
        rpr.insert_element_before(spacing, *_AFTER_SPACING)
    return run


def _font_table(document) -> None:
    """Declare each official font with its fallback (w:altName) in the font table."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype == RT.FONT_TABLE)
    from lxml import etree

    root = etree.fromstring(part.blob)
    for name, kind in sorted(set(FONTS.values())):
        font = OxmlElement("w:font")
        font.set(qn("w:name"), name)
        alt = OxmlElement("w:altName")
        alt.set(qn("w:val"), fallback(kind))
        font.append(alt)
        charset = OxmlElement("w:charset")
        charset.set(qn("w:val"), "86")  # GB2312
        font.append(charset)
        root.append(font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _page_setup(document) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    section = document.sections[0]
    section.page_width, section.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.footer_distance = Mm(FOOTER_MM)
    section.header_distance = Mm(15)
    sect = section._sectPr
    for old in sect.findall(qn("w:docGrid")):
        sect.remove(old)
    doc_grid = OxmlElement("w:docGrid")
    doc_grid.set(qn("w:type"), "lines")
    doc_grid.set(qn("w:linePitch"), str(line_pitch()))
    sect.append(doc_grid)


def _normal_style(document) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    normal = document.styles["Normal"]
    normal.font.size = Pt(BODY_PT)
    _set_fonts(normal.element.get_or_add_rPr(), "body")
    pf = normal.paragraph_format
    pf.space_before = pf.space_after = Pt(0)
    pf.widow_control = False
    ppr = normal.element.get_or_add_pPr()
    for tag in ("w:snapToGrid",):
        for old in ppr.findall(qn(tag)):
            ppr.remove(old)
    # the docDefaults of the template carry a Latin theme font and 10 pt after paragraphs: reset
    defaults = document.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        for ppr_default in defaults.iter(qn("w:spacing")):
            ppr_default.set(qn("w:after"), "0")
            ppr_default.set(qn("w:line"), "240")
            ppr_default.set(qn("w:lineRule"), "auto")


def _indent_chars(paragraph, chars: int) -> None:
    """First-line indent in characters (w:firstLineChars), with the length for older readers."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph.paragraph_format.first_line_indent = Pt(text_width_pt() / CHARS_PER_LINE * chars)
    ind = paragraph._p.get_or_add_pPr().find(qn("w:ind"))
    ind.set(qn("w:firstLineChars"), str(chars * 100))


def _page_number_footer(footer, odd: bool) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    paragraph = footer.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT if odd else WD_ALIGN_PARAGRAPH.LEFT
    side = paragraph.paragraph_format
    if odd:
        side.right_indent = Pt(PAGE_NUMBER_PT)
    else:
        side.left_indent = Pt(PAGE_NUMBER_PT)
    _run(paragraph, "— ", "page", PAGE_NUMBER_PT)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "1"), ("end", None)):
        run = _run(paragraph, "", "page", PAGE_NUMBER_PT)
        if kind:
            fld = OxmlElement("w:fldChar")
            fld.set(qn("w:fldCharType"), kind)
            run._r.append(fld)
        elif text is not None and text.strip() == "PAGE":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text
    _run(paragraph, " —", "page", PAGE_NUMBER_PT)


def _block(document, block: Block) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    paragraph = document.add_paragraph()
    if block.kind == "title":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(paragraph, block.text, "title", TITLE_PT)
        return
    if block.kind == "signature":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(paragraph, block.text, "level2", BODY_PT)
        return
    if block.kind == "date":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        paragraph.paragraph_format.right_indent = _char_width() * 4
        _run(paragraph, block.text, "body", BODY_PT)
        return
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    _indent_chars(paragraph, 2)
    if block.head:
        role = HEAD_FONT.get(block.kind, "body")
        _run(paragraph, block.head, role, BODY_PT, bold=block.kind == "level3")
    if block.body:
        _run(paragraph, block.body, "body", BODY_PT)


def _char_width():
    from docx.shared import Pt

    return Pt(text_width_pt() / CHARS_PER_LINE)


def draft_docx_bytes(material: Material) -> bytes:
    """The .docx file of a drafted material."""
    from docx import Document

    document = Document()
    _page_setup(document)
    _normal_style(document)
    _font_table(document)
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    _page_number_footer(section.footer, odd=True)
    _page_number_footer(section.even_page_footer, odd=False)
    body = document.element.body
    for p in list(body.iterchildren()):
        if p.tag.endswith("}p"):
            body.remove(p)
    for block in material.blocks:
        _block(document, block)
    document.core_properties.title = material.title
    document.core_properties.author = "明镜"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
