"""The outline as a Rich tree for the terminal."""

from __future__ import annotations

from rich.text import Text
from rich.tree import Tree

from mingjing.model import TEXT_ITEM, Outline
from mingjing.parse.readings import LOW_CONFIDENCE

KIND_NAMES = {"problems": "问题", "causes": "原因", "measures": "措施", "other": "其他"}


def _clip(text: str, n: int = 36) -> str:
    text = text.replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def confidence_line(outline: Outline) -> str:
    """One line that says the parts were hard to tell apart, and what else they could be."""
    parts = []
    if outline.confidence < LOW_CONFIDENCE:
        parts.append(f"识别把握不大（置信度 {outline.confidence:.2f}）")
    if outline.kinds_elsewhere:
        parts.append(
            "另一种读法还能找到" + "、".join(f"“{KIND_NAMES[k]}”" for k in outline.kinds_elsewhere) + "部分"
        )
    return "结构：" + "，".join(parts) + "，请核对各部分的划分"


def outline_tree(outline: Outline) -> Tree:
    doc = outline.document
    title = outline.title or "（未识别到标题）"
    root = Tree(Text(title, style="bold"))
    src = doc.source
    info = (
        f"{src.format}"
        + (f" · {src.encoding}" if src.encoding else "")
        + (f" · 经 {src.converted_with} 转换" if src.converted_with else "")
        + f" · {len(doc.text)} 字"
    )
    root.add(Text(f"来源：{src.path}（{info}）", style="dim"))
    if outline.traditional:
        root.add(Text("文字：繁体字，已按对应的简体字识别结构（行列位置不变）", style="yellow"))
    fw = outline.framework
    if fw:
        how = "指定" if fw.forced else f"自动识别，得分 {fw.score}"
        root.add(Text(f"框架：{fw.name}（{fw.id}，{how}）", style="cyan"))
    else:
        missing = "".join(f"“{u}”" for u in outline.unpacked)
        why = f"{missing}没有对应的框架包；" if missing else ""
        root.add(Text(f"框架：未识别（{why}可用 --framework 指定）", style="yellow"))
    kind = outline.kind
    if kind is not None:
        how = {"指定": "指定", "": ""}.get(kind.evidence, f"据{kind.evidence}")
        who = f"{kind.who}材料" if kind.who else "未识别（可用 --kind 指定）"
        root.add(
            Text(
                f"类别：{who}，{kind.scope}" + (f"（{how}）" if how else ""),
                style="cyan" if kind.who else "yellow",
            )
        )
    if outline.confidence < LOW_CONFIDENCE or outline.kinds_elsewhere:
        root.add(Text(confidence_line(outline), style="yellow"))
    elif not outline.sections:
        root.add(Text("结构：没有识别出查摆问题、原因剖析、整改措施等部分", style="yellow"))
    if outline.preamble_start is not None and outline.preamble_end is not None:
        n = outline.preamble_end - outline.preamble_start
        root.add(
            Text(
                f"前言：{_clip(doc.text[outline.preamble_start : outline.preamble_end])}（{n} 字）",
                style="dim",
            )
        )
    for section in outline.sections:
        items = [i for i in section.items if i.by != TEXT_ITEM]  # the part's own text is no item
        intro = doc.text[section.start : items[0].start if items else section.end]
        name = (
            f"{section.label}{section.heading}"
            if section.heading
            else (f"（无标题，引导语：{_clip(intro.strip(), 30)}）" if intro.strip() else "（无标题）")
        )
        node = root.add(
            Text.assemble(
                (name, "bold" if section.heading else "dim"),
                (f"  [{KIND_NAMES.get(section.kind, section.kind)}]", "magenta"),
            )
        )
        for block in section.items:
            if block.by == TEXT_ITEM:  # its points run in the part's own text
                for point in block.points:
                    node.add(
                        Text(f"{point.label or '· '}{_clip(point.text[len(point.label) :], 30)}", style="dim")
                    )
        for item in items:
            line = Text(f"{item.label}{_clip(item.heading, 40)}")
            if section.kind == "problems":
                line.append(
                    f"  → {item.aspect}" if item.aspect else "  → 未对应框架方面",
                    style="green" if item.aspect else "yellow",
                )
            inode = node.add(line)
            for point in item.points:
                body = _clip(point.text[len(point.label) :].lstrip("，,、：: "), 30)
                pnode = inode.add(Text(f"{point.label or '· '}{body}"))
                for ex in point.examples:
                    pnode.add(Text(f"例：{_clip(ex.text, 40)}", style="blue"))
    if doc.extras:
        kinds: dict[str, int] = {}
        for e in doc.extras:
            kinds[e.kind] = kinds.get(e.kind, 0) + 1
        names = {
            "header": "页眉",
            "footer": "页脚",
            "footnote": "脚注",
            "endnote": "尾注",
            "comment": "批注",
            "textbox": "文本框",
            "watermark": "水印",
            "gloss": "拼音注音",
            "jammer": "论坛防复制乱码",
        }
        root.add(
            Text("另存：" + "，".join(f"{names.get(k, k)} {v} 处" for k, v in kinds.items()), style="dim")
        )
    return root
