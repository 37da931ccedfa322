"""Parse accuracy on cut pages: every annotated material cut as a public page store cuts it.

The store keeps the first ~700–1,600 characters of a page, and a page may open inside a material (its
title and first paragraphs gone). For every annotated material of the parse sets (blind, tuned,
real-forms, held-out: `eval/parse_accuracy.py`'s sets) the text is cut

- at the end after 800, 1,200 and 1,600 characters, wherever the cut falls (mid-word included);
- at the start: the title and the first paragraph, or the first two, dropped; or the first 300
  characters dropped, wherever that falls (a page that opens inside a heading);
- both: the title and first paragraph dropped, then 1,200 characters kept;
- at the start down to the first part's heading line: the page opens at the first line under it (a
  decimal `1.1` item, a bullet item with its `（1）` points, a `一是` paragraph).

The expected outline of what remains is derived from the annotation: a part or item is expected when
its heading lies wholly inside the kept text (a part or item cut inside its heading is not); a part
whose heading was dropped at the start but one of whose item headings is kept is expected with no
heading (a reader still sees that part, as on the judges' unseen pages). What the parser makes of a
heading cut inside (one running to the end of the kept text, or the tail of one at its start) is
neither right nor wrong, as it is not expected. Reported per cut kind:
sections and items (recall and precision, as `eval/parse_accuracy.py` counts them) and how many cut
pages that still hold problems kept a problems part. The materials are read as plain text, whole
and cut alike; one whose whole text does not parse as annotated is left out (and counted).
Run: `python eval/parse_truncated.py [DIR…]` (`make eval`).
"""

from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mingjing.frameworks import Framework, load_frameworks
from mingjing.model import Item, Outline
from mingjing.parse import parse_document
from mingjing.read import read_bytes, read_document
from parse_accuracy import sets

END_CUTS = (800, 1200, 1600)
START_CHARS = 300
BOTH_KEEP = 1200


@dataclass(frozen=True)
class Part:
    kind: str
    heading: str
    heading_start: int
    heading_end: int
    items: tuple[tuple[str, int, int], ...]  # (heading, start, end) of the items a reader counts
    lead_end: int  # where the part's own text before its first item ends (a lead-in sentence)


def _parse_text(text: str, packs: dict[str, Framework]) -> Outline:
    return parse_document(read_bytes(text.encode("utf-8"), "cut.txt", ".txt"), packs)


def _counted(items: list[Item]) -> list[Item]:
    """The items a reader counts (as eval/parse_accuracy.py): none with an empty heading, and no lone
    plain paragraph found by position."""
    found = [i for i in items if i.heading]
    found = [i for i in found if i.by != "text"]  # the part's own text (model.TEXT_ITEM)
    return [] if len(found) == 1 and found[0].by == "position" else found


def _reference(outline: Outline) -> list[Part]:
    return [
        Part(
            s.kind,
            s.heading,
            s.heading_start,
            s.heading_end,
            tuple((i.heading, i.heading_start, i.heading_end) for i in _counted(s.items)),
            s.items[0].start if s.items else s.end,
        )
        for s in outline.sections
    ]


def _matches(parts: list[Part], expected: dict) -> bool:
    """The whole text, read as plain text, parses as the annotation says (parts and item headings)."""
    exp = expected.get("sections", [])
    return [(p.kind, p.heading) for p in parts] == [(s["kind"], s["heading"]) for s in exp] and [
        [h for h, _, _ in p.items] for p in parts
    ] == [[i["heading"] for i in s.get("items", []) if i["heading"]] for s in exp]


def _expected(parts: list[Part], a: int, b: int) -> tuple[list[tuple[str, str]], list[str]]:
    """The parts (kind, heading) and item headings a reader sees in text[a:b]."""
    sections: list[tuple[str, str]] = []
    items: list[str] = []
    for p in parts:
        kept = [h for h, s, e in p.items if a <= s and e < b]  # (ending at the cut: maybe cut inside)
        items.extend(kept)
        if p.heading and a <= p.heading_start and p.heading_end < b:
            sections.append((p.kind, p.heading))
        elif p.heading and p.heading_start < a and kept:
            sections.append((p.kind, ""))  # its heading dropped, its items still there
        elif not p.heading and (
            kept
            or (not p.items and a <= p.heading_start < b)
            or (a <= p.heading_start < p.lead_end < b)  # its lead-in sentence kept whole
        ):
            sections.append((p.kind, ""))  # a part without heading (found by position or a lead-in)
    return sections, items


def _tails(expected_cut: list[str], found: str) -> bool:
    """A found item heading that is the tail of a heading cut at the start of the page."""
    return any(h != found and h.endswith(found) for h in expected_cut)


def _score(c: Counter, outline: Outline, parts: list[Part], a: int, b: int) -> None:
    exp_sections, exp_items = _expected(parts, a, b)
    # a heading that runs to the end of the kept text may be cut inside (`三、问题产生`): neither right
    # nor wrong, as it is not expected
    end = len(outline.document.text.rstrip())
    found_sections = [
        (s.kind, s.heading) for s in outline.sections if not (s.heading and s.heading_end >= end)
    ]
    c["pages"] += 1
    c["sections_expected"] += len(exp_sections)
    c["sections_found"] += len(found_sections)
    c["sections_correct"] += sum((Counter(exp_sections) & Counter(found_sections)).values())
    cut_heads = [h for p in parts for h, s, e in p.items if s < a < e]  # item headings cut at the start
    found_items = [
        i.heading
        for s in outline.sections
        for i in _counted(s.items)
        if not _tails(cut_heads, i.heading) and i.heading_end < end
    ]
    c["items_expected"] += len(exp_items)
    c["items_found"] += len(found_items)
    c["items_correct"] += sum((Counter(exp_items) & Counter(found_items)).values())
    if any(k == "problems" for k, _ in exp_sections):
        c["problems_expected"] += 1
        c["problems_kept"] += any(s.kind == "problems" for s in outline.sections)


def _cuts(text: str, outline: Outline) -> list[tuple[str, int, int]]:
    """(cut kind, start, end) of the cuts made of one material."""
    out = [(f"末尾截断 {n}", 0, n) for n in END_CUTS if n < len(text)]
    paras = [
        p
        for p in outline.document.paragraphs
        if p.start >= outline.title_end and text[p.start : p.end].strip()
    ]
    for k in (1, 2):
        if len(paras) > k:
            out.append((f"开头去掉标题和 {k} 段", paras[k].start, len(text)))
    if len(text) > 2 * START_CHARS:
        out.append((f"开头去掉 {START_CHARS} 字", START_CHARS, len(text)))
    if len(paras) > 1 and paras[1].start + BOTH_KEEP < len(text):
        out.append((f"去掉标题和 1 段，留 {BOTH_KEEP} 字", paras[1].start, paras[1].start + BOTH_KEEP))
    # the page opens at the first part's first line under its heading (`1.1 在…方面`, `●在…方面`,
    # `一是…`): everything down to that part's heading line dropped
    first = outline.sections[0] if outline.sections else None
    if first is not None and first.heading:
        under = next((p for p in paras if p.start >= first.heading_end and p.start > first.start), None)
        if under is not None:
            out.append(("开头去掉到 第一个部分标题", under.start, len(text)))
    return out


def run(folders: list[tuple[str, Path]], packs: dict[str, Framework]) -> tuple[dict[str, Counter], Counter]:
    by_cut: dict[str, Counter] = {}
    left = Counter()
    for _label, folder in folders:
        for exp_path in sorted((folder / "expected").glob("*.yaml")):
            materials = sorted((folder / "materials").glob(exp_path.stem + ".*"))
            if not materials:
                continue
            expected = yaml.safe_load(exp_path.read_text(encoding="utf-8"))
            text = read_document(materials[0]).text
            whole = _parse_text(text, packs)
            parts = _reference(whole)
            left["materials"] += 1
            if not _matches(parts, expected):
                left["not_as_annotated"] += 1
                continue
            for kind, a, b in _cuts(text, whole):
                _score(by_cut.setdefault(kind, Counter()), _parse_text(text[a:b], packs), parts, a, b)
    return by_cut, left


_ORDER = ("末尾截断", "开头去掉标题和", "开头去掉到", "开头去掉", "去掉标题和")


def _ratio(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.1%}" if total else "—"


def main(argv: list[str] | None = None) -> int:
    extra = sys.argv[1:] if argv is None else argv
    packs = load_frameworks()
    by_cut, left = run(sets(extra), packs)
    print(
        "\n截断页面的解析：每份标注材料按公开网页库的截法截断后再解析（标题和部分只算完整留在截下文字里的）。"
    )
    print(
        f"材料 {left['materials']} 份（整篇按纯文本解析与标注不一致而未计入：{left['not_as_annotated']} 份）。"
    )
    header = f"{'截法':<24}{'页数':>6}  {'部分 召回':<22}{'部分 精确率':<22}{'条目 召回':<22}{'条目 精确率':<22}问题部分保住"
    print(header)
    for kind, c in sorted(by_cut.items(), key=lambda kc: _ORDER.index(kc[0].split(" ")[0])):
        print(
            f"{kind:<24}{c['pages']:>6}  "
            f"{_ratio(c['sections_correct'], c['sections_expected']):<22}"
            f"{_ratio(c['sections_correct'], c['sections_found']):<22}"
            f"{_ratio(c['items_correct'], c['items_expected']):<22}"
            f"{_ratio(c['items_correct'], c['items_found']):<22}"
            f"{_ratio(c['problems_kept'], c['problems_expected'])}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
