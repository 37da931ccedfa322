"""Build .docx test files whose labels exist only as Word automatic numbering (numbering.xml).

`autonumbered_docx(lines, path)` turns a material written with typed labels (一、（一）1.（1）①)
into a .docx where each label is removed from the text and produced by numbering.xml instead:
one abstractNum with the house levels, restarts through new w:num instances with startOverride,
and (optionally) the top level attached through a paragraph style.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from mingjing.parse.labels import match_label

W_NS = nsdecls("w")
# rank → (ilvl, numFmt, lvlText)
HOUSE_LEVELS = {
    1: (0, "chineseCounting", "%1、"),
    2: (1, "chineseCounting", "（%2）"),
    3: (2, "decimal", "%3."),
    4: (3, "decimal", "（%4）"),
    5: (4, "decimalEnclosedCircle", "%5"),
}


def level_xml(
    ilvl: int,
    fmt: str,
    text: str,
    start: int = 1,
    suff: str | None = "nothing",
    restart: int | None = None,
    pstyle: str | None = None,
    legal: bool = False,
) -> str:
    parts = [f'<w:lvl w:ilvl="{ilvl}">', f'<w:start w:val="{start}"/>', f'<w:numFmt w:val="{fmt}"/>']
    if restart is not None:
        parts.append(f'<w:lvlRestart w:val="{restart}"/>')
    if pstyle:
        parts.append(f'<w:pStyle w:val="{pstyle}"/>')
    if legal:
        parts.append("<w:isLgl/>")
    if suff:
        parts.append(f'<w:suff w:val="{suff}"/>')
    parts.append(f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')
    return "".join(parts)


def abstract_xml(abstract_id: int, levels: list[str], style_link: str | None = None) -> str:
    link = f'<w:numStyleLink w:val="{style_link}"/>' if style_link else ""
    return (
        f'<w:abstractNum {W_NS} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>'
        f"{link}{''.join(levels)}</w:abstractNum>"
    )


def num_xml(
    num_id: int,
    abstract_id: int,
    start_overrides: dict[int, int] | None = None,
    level_overrides: dict[int, str] | None = None,
) -> str:
    inner = ""
    for ilvl, start in (start_overrides or {}).items():
        inner += f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
    for ilvl, lvl in (level_overrides or {}).items():
        inner += f'<w:lvlOverride w:ilvl="{ilvl}">{lvl}</w:lvlOverride>'
    return f'<w:num {W_NS} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{inner}</w:num>'


def set_numbering(document, abstracts: list[str], nums: list[str]) -> None:
    """Replace the numbering part's definitions (abstractNums must precede nums)."""
    numbering = document.part.numbering_part.element
    for child in list(numbering):
        numbering.remove(child)
    for xml in abstracts + nums:
        numbering.append(parse_xml(xml))


def number_paragraph(paragraph, num_id: int | None, ilvl: int | None) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    inner = ""
    if ilvl is not None:
        inner += f'<w:ilvl w:val="{ilvl}"/>'
    if num_id is not None:
        inner += f'<w:numId w:val="{num_id}"/>'
    ppr.insert(0, parse_xml(f"<w:numPr {W_NS}>{inner}</w:numPr>"))


def add_numbered_style(document, style_id: str, name: str, num_id: int, ilvl: int) -> None:
    styles = document.styles.element
    styles.append(
        parse_xml(
            f'<w:style {W_NS} w:type="paragraph" w:customStyle="1" w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
            f'<w:pPr><w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr></w:pPr></w:style>'
        )
    )


def autonumbered_docx(lines: list[str], path: str | Path, *, section_style: bool = True) -> Path:
    """Write `lines` as a .docx whose labels come from numbering.xml, not from the text."""
    document = docx.Document()
    rank3_sep = "."
    for line in lines:
        label = match_label(line.strip())
        if label and label.rank == 3:
            rank3_sep = "、" if "、" in label.text else "."
            break
    levels = []
    for rank, (ilvl, fmt, text) in HOUSE_LEVELS.items():
        if rank == 3:
            text = "%3" + rank3_sep
        levels.append(level_xml(ilvl, fmt, text, pstyle="MJSection" if rank == 1 and section_style else None))
    abstracts = [abstract_xml(1, levels)]
    nums = [num_xml(1, 1)]
    counters: dict[int, int] = {}
    current_num = 1
    if section_style:
        add_numbered_style(document, "MJSection", "MJ Section", 1, 0)
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        label = match_label(line)
        if label is None or label.rank not in HOUSE_LEVELS:
            document.add_paragraph(line)
            continue
        ilvl = HOUSE_LEVELS[label.rank][0]
        expected = counters.get(ilvl, 0) + 1
        if label.value != expected:  # restart: a new w:num instance with a start override
            current_num = len(nums) + 1
            nums.append(num_xml(current_num, 1, {ilvl: label.value}))
            counters = {k: v for k, v in counters.items() if k < ilvl}
        counters[ilvl] = label.value
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        body = line[label.end :]
        if ilvl == 0 and section_style and current_num == 1:
            p = document.add_paragraph(body, style="MJ Section")
        else:
            p = document.add_paragraph(body)
            number_paragraph(p, current_num, ilvl)
    set_numbering(document, abstracts, nums)
    path = Path(path)
    document.save(path)
    return path


def plain_docx(
    lines: list[str],
    path: str | Path,
    *,
    header: str | None = None,
    footer: str | None = None,
    watermark: str | None = None,
    comment: tuple[str, str] | None = None,
    table: list[list[str]] | None = None,
) -> Path:
    """A .docx with typed labels, optional page furniture, a comment and a table."""
    document = docx.Document()
    for line in lines:
        if line.strip():
            document.add_paragraph(line.strip())
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                t.cell(r, c).text = value
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if watermark:
        hp = section.header.paragraphs[0]._p
        hp.append(
            parse_xml(
                f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict>'
                f'<v:shape id="PowerPlusWaterMarkObject" style="position:absolute;width:400pt;height:100pt">'
                f'<v:textpath style="font-family:SimSun" string="{watermark}"/></v:shape></w:pict></w:r>'
            )
        )
    if footer:
        section.footer.paragraphs[0].text = footer
    if comment:
        target, text = comment
        for p in document.paragraphs:
            if target in p.text and p.runs:
                document.add_comment(p.runs, text=text, author="审阅人")
                break
    path = Path(path)
    document.save(path)
    return path


__all__ = [
    "abstract_xml",
    "add_numbered_style",
    "autonumbered_docx",
    "level_xml",
    "num_xml",
    "number_paragraph",
    "plain_docx",
    "qn",
    "set_numbering",
]


FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def add_footnote(path: str | Path, note: str) -> Path:
    """Give the first body paragraph a footnote (python-docx cannot write footnotes)."""
    import zipfile

    path = Path(path)
    with zipfile.ZipFile(path) as z:
        parts = {i.filename: z.read(i) for i in z.infolist()}
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts["word/footnotes.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {w}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{note}</w:t></w:r></w:p></w:footnote></w:footnotes>'
    ).encode()
    ct = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = ct.replace(
        "</Types>", f'<Override PartName="/word/footnotes.xml" ContentType="{FOOTNOTES_CT}"/></Types>'
    ).encode()
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rIdFn1" Type="{FOOTNOTES_REL}" Target="footnotes.xml"/></Relationships>',
    ).encode()
    body = parts["word/document.xml"].decode()
    parts["word/document.xml"] = body.replace(
        "</w:t></w:r></w:p>", '</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>', 1
    ).encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return path
