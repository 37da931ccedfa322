"""Parse accuracy on page variants: every annotated material changed as public pages change it.

Each round the judges' unseen pages show page forms the fixtures lack. Instead of adding those pages
one by one, every annotated material of the parse sets (blind, tuned, real-forms, held-out:
`eval/parse_accuracy.py`'s sets) is transformed as real pages transform a material, each
transformation alone and a few in combination, with a fixed seed, and parsed again:

- page furniture: lines a site inserts at paragraph boundaries (`第2页 共5页`, `本文来源：…`,
  `（此处隐藏2180字）`, `点击查看全文`, ads, a reading count, a share bar), a site's header and
  breadcrumb at the top, `上一篇/下一篇` and a download prompt at the bottom;
- layout: the body flattened into one line or a few long lines (doc-sharing sites, paragraphs joined
  by a space), re-wrapped at a fixed width (PDF copies, with and without a space at each break),
  full-width spaces as indents, a blank line after every paragraph, or no blank line at all;
- labels swapped to their siblings (`一、`→`一．`/`一.`/`一，`, `（一）`→`(一)`/`一）`/`（1）`,
  `1.`→`1、`/`1．`), heading lines given a final `：` or losing their final `：`/`。`;
- characters: half-width punctuation throughout (phone typing), traditional script;
- HTML left in (`<p>`, `<br>`, `&nbsp;`), the title repeated, a salutation and a signature added;
- (round r11) heading lines in Markdown bold markers, a viewer's `1、` `2、` before every paragraph, a
  table of contents (the parts' heading lines) between the title and the body, heading lines broken
  over two lines inside a word, part headings in `【】` in place of their `一、`;
- (round r12) heading lines led by `■` / `●` in place of their `一、` / `（一）`, an item list whose
  `（一）` numbering starts again inside its part, a PDF copy whose pages repeat the part's heading
  line as a running header (with a page number line) at each page break.

The expected outline is the annotation's (the whole text, read as plain text, must parse as
annotated, else the material is left out, as in `eval/parse_truncated.py`). A transformation that is
not meaning-preserving for a material is not scored for it (counted as 不计): `（一）`→`（1）` where
the material already uses `（1）` or `1.` labels (a reader could no longer tell items from points).
Headings are compared after the same character change is made to the annotation (half-width or
traditional) and with whitespace, final `：`/`。` and full-/half-width forms ignored, since line
breaks and final marks are what these pages change. A page cut mid-part is `eval/parse_truncated.py`'s.
Per transformation: parts and items found/expected (recall and precision) and problems parts lost.
Run: `python eval/parse_variants.py [-v] [DIR…]` (`make eval`); `-v` lists each miss.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mingjing.frameworks import Framework, load_frameworks
from mingjing.model import Outline
from mingjing.read import read_document
from parse_accuracy import sets
from parse_truncated import Part, _counted, _matches, _parse_text, _reference

SEED = 20261205
WRAP = 34  # characters per line of a PDF copy
FURNITURE_EVERY = 4  # one furniture line per this many paragraph boundaries, on average

# lines sites insert between paragraphs (written for this eval; the kinds are the ones pages show)
BETWEEN = (
    "第{n}页 共{m}页",
    "本文来源：网络整理",
    "（此处隐藏{k}字）",
    "点击查看全文",
    "免费下载本文档",
    "阅读：{k}次",
    "分享到：微信 微博 QQ空间",
    "【推荐阅读】{y}年度民主生活会对照检查材料范文精选",
    "文档下载后可编辑，请放心下载",
    "——广告——",
)
TOP = ("首页 > 范文大全 > 心得体会", "发布时间：{y}-01-08 09:32  来源：网友投稿  阅读：{k}次")
BOTTOM = (
    "上一篇：学习心得体会范文    下一篇：{y}年个人述职报告",
    "免费下载 | 复制全文 | 收藏",
    "相关推荐：对照检查材料 发言提纲",
)
SALUTATION = "尊敬的各位领导、同志们："
SIGNATURE = ("发言人：张某某", "{y}年1月12日")

_HALF = str.maketrans(
    {"，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "（": "(", "）": ")"}
)
_HALF.update({ord("“"): '"', ord("”"): '"', ord("‘"): "'", ord("’"): "'"})
_CN = "一二三四五六七八九十"
_TOP_LABEL = re.compile(rf"^(\s*)([{_CN}]{{1,3}})、")
_SUB_LABEL = re.compile(rf"^(\s*)（([{_CN}]{{1,3}})）")
_DEC_LABEL = re.compile(r"^(\s*)(\d{1,2})[.．](?!\d)")
_HEAD_LINE = re.compile(rf"^\s*(?:[{_CN}]{{1,3}}、|（[{_CN}]{{1,3}}）|\d{{1,2}}[.．、])")
_POINT_LABELS = re.compile(r"(?:^|\n)\s*(?:（\d{1,2}）|\(\d{1,2}\)|\d{1,2}[.．、](?!\d))")


@dataclass(frozen=True)
class Variant:
    name: str
    page: Callable[[str, random.Random], str]  # the transformed text
    chars: Callable[[str], str] = lambda s: s  # the same change made to an annotated heading
    scored: Callable[[str], bool] = lambda text: True  # meaning-preserving for this material


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _fill(line: str, rng: random.Random) -> str:
    return line.format(n=rng.randint(2, 4), m=rng.randint(5, 9), k=rng.randint(800, 3000), y=2024)


def furniture_between(text: str, rng: random.Random) -> str:
    out: list[str] = []
    lines = _lines(text)
    for i, line in enumerate(lines):
        out.append(line)
        if 0 < i < len(lines) - 1 and line.strip() and rng.randrange(FURNITURE_EVERY) == 0:
            out.append(_fill(rng.choice(BETWEEN), rng))
    return "\n".join(out)


def furniture_ends(text: str, rng: random.Random) -> str:
    top = [_fill(t, rng) for t in TOP]
    bottom = [_fill(b, rng) for b in BOTTOM]
    return "\n".join([*top, text.rstrip("\n"), *bottom]) + "\n"


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in _lines(text) if line.strip()]


def flatten_one(text: str, rng: random.Random) -> str:
    return " ".join(_paragraphs(text)) + "\n"


def flatten_few(text: str, rng: random.Random) -> str:
    paras = _paragraphs(text)
    size = max(2, len(paras) // 4)
    return "\n".join(" ".join(paras[i : i + size]) for i in range(0, len(paras), size)) + "\n"


def _wrap(text: str, space: bool) -> str:
    out: list[str] = []
    for para in _paragraphs(text):
        chunks = [para[i : i + WRAP] for i in range(0, len(para), WRAP)]
        out.extend((c + " " if space and j < len(chunks) - 1 else c) for j, c in enumerate(chunks))
    return "\n".join(out) + "\n"


def wrap_plain(text: str, rng: random.Random) -> str:
    return _wrap(text, space=False)


def wrap_space(text: str, rng: random.Random) -> str:
    return _wrap(text, space=True)


def indent_fullwidth(text: str, rng: random.Random) -> str:
    return "\n".join("\u3000\u3000" + line.strip() if line.strip() else "" for line in _lines(text))


def blank_between(text: str, rng: random.Random) -> str:
    return "\n\n".join(_paragraphs(text)) + "\n"


def no_blank(text: str, rng: random.Random) -> str:
    return "\n".join(_paragraphs(text)) + "\n"


def _relabel(
    pattern: re.Pattern[str], new: Callable[[re.Match[str]], str]
) -> Callable[[str, random.Random], str]:
    def page(text: str, rng: random.Random) -> str:
        return "\n".join(pattern.sub(new, line, count=1) for line in _lines(text))

    return page


def _arabic(cn: str) -> str:
    if len(cn) == 1:
        return str(_CN.index(cn) + 1)
    if cn[0] == "十":
        return str(10 + (_CN.index(cn[1]) + 1 if len(cn) > 1 else 0))
    tens = _CN.index(cn[0]) + 1
    return str(tens * 10 + (_CN.index(cn[2]) + 1 if len(cn) > 2 else 0))


def heading_colon(text: str, rng: random.Random) -> str:
    """Short heading lines end in `：`."""
    out = []
    for line in _lines(text):
        s = line.rstrip()
        if _HEAD_LINE.match(s) and len(s) <= 30 and "。" not in s[:-1] and s[-1:] not in "：:":
            s = s.rstrip("。") + "："
        out.append(s)
    return "\n".join(out)


def heading_bare(text: str, rng: random.Random) -> str:
    """Short heading lines lose their final `：`/`。`."""
    out = []
    for line in _lines(text):
        s = line.rstrip()
        if _HEAD_LINE.match(s) and len(s) <= 30 and "。" not in s[:-1]:
            s = s.rstrip("：:。")
        out.append(s)
    return "\n".join(out)


def half_width(text: str) -> str:
    return text.translate(_HALF)


_S2T: Callable[[str], str] | None = None


def traditional(text: str) -> str:
    global _S2T
    if _S2T is None:
        import opencc

        _S2T = opencc.OpenCC("s2t").convert
    return _S2T(text)


def html_left(text: str, rng: random.Random) -> str:
    out = []
    for para in _paragraphs(text):
        if rng.randrange(3) == 0:
            out.append(f"&nbsp;&nbsp;{para}<br>")
        else:
            out.append(f'<p style="text-indent:2em">{para}</p>')
    return "\n".join(out) + "\n"


def title_repeated(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    return "\n".join([*lines[: first + 1], lines[first], *lines[first + 1 :]])


def salutation_signature(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    sign = [_fill(s, rng) for s in SIGNATURE]
    return "\n".join([*lines[: first + 1], SALUTATION, *lines[first + 1 :], *sign]) + "\n"


def _short_heading(s: str) -> bool:
    return bool(_HEAD_LINE.match(s)) and len(s) <= 30 and "。" not in s[:-1]


def heading_bold(text: str, rng: random.Random) -> str:
    """Short heading lines in Markdown bold markers (`**一、存在的问题**`), as a page's editor leaves them."""
    out = []
    for line in _lines(text):
        s = line.rstrip()
        out.append(f"**{s.strip()}**" if _short_heading(s) else line)
    return "\n".join(out)


def viewer_numbers(text: str, rng: random.Random) -> str:
    """A viewer's own `1、` `2、` … before every paragraph (a copy out of a numbered reading pane)."""
    return "\n".join(f"{k}、{p}" for k, p in enumerate(_paragraphs(text), 1)) + "\n"


def contents_first(text: str, rng: random.Random) -> str:
    """A table of contents (`目录` and the parts' heading lines) between the title and the body."""
    lines = _lines(text)
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    toc = [line.strip() for line in lines if _TOP_LABEL.match(line) and len(line.strip()) <= 30]
    if not toc:
        return text
    return "\n".join([*lines[: first + 1], "目录", *toc, *lines[first + 1 :]])


def heading_broken(text: str, rng: random.Random) -> str:
    """A heading line broken over two lines inside a word by a copy (`（一）在理论学习不够深入方` / `面`):
    each labelled heading line of 10 to 30 characters with no `。` in it, cut at a random place in its
    second half."""
    out = []
    for line in _lines(text):
        s = line.rstrip()
        body = _HEAD_LINE.sub("", s)
        if _short_heading(s) and len(s) >= 10 and len(body) >= 6:
            at = len(s) - rng.randint(2, len(body) // 2)
            out.extend([s[:at], s[at:]])
        else:
            out.append(line)
    return "\n".join(out)


def bracket_parts(text: str, rng: random.Random) -> str:
    """Part heading lines in `【】` in place of their `一、` label (`【存在的问题】`)."""
    out = []
    for line in _lines(text):
        s = line.strip()
        m = _TOP_LABEL.match(s)
        out.append(f"【{s[m.end() :].rstrip('：:。')}】" if m and _short_heading(s) else line)
    return "\n".join(out)


def symbol_headings(text: str, rng: random.Random) -> str:
    """Labelled heading lines led by symbols in place of their numbers, as literary materials and
    WeChat articles set them: a part's `一、` becomes `■`, an item's `（一）` becomes `●`."""
    out = []
    for line in _lines(text):
        s = line.strip()
        top, sub = _TOP_LABEL.match(s), _SUB_LABEL.match(s)
        if top and _short_heading(s):
            out.append("■" + s[top.end() :])
        elif sub and _short_heading(s):
            out.append("●" + s[sub.end() :])
        else:
            out.append(line)
    return "\n".join(out)


def numbering_restarted(text: str, rng: random.Random) -> str:
    """An item list whose numbering starts again inside its part (`（一）（二）（三）（一）`), as a copy of
    Word's list numbering leaves it: in each part under a `一、` heading the `（一）` labels from the third
    on count from `（一）` again."""
    out, k = [], 0
    headed = False  # (a list with no part heading above it, restarted, reads as two lists: left alone)
    for line in _lines(text):
        s = line.strip()
        if _TOP_LABEL.match(s):
            k, headed = 0, True
        sub = _SUB_LABEL.match(line)
        if sub and headed:
            k += 1
            if 3 <= k < 3 + len(_CN):
                line = f"{sub[1]}（{_CN[k - 3]}）{line[sub.end() :]}"
        out.append(line)
    return "\n".join(out)


PAGE_LINES = 22  # lines of a printed page (a PDF copy's page break every this many wrapped lines)


def running_header(text: str, rng: random.Random) -> str:
    """A PDF copy whose pages repeat the current part's heading line as a running header: wrapped at
    `WRAP`, and after every `PAGE_LINES` lines the heading of the part the page is in (the last
    `一、` line above), with the page's number in the footer line before it."""
    out: list[str] = []
    part = ""
    lines = _wrap(text, space=False).split("\n")
    for k, line in enumerate(lines):
        if _TOP_LABEL.match(line) and _short_heading(line):
            part = line.strip()
        if k and k % PAGE_LINES == 0 and part and any(t.strip() for t in lines[k + 1 :]):
            out.extend([f"— {k // PAGE_LINES} —", part])
        out.append(line)
    return "\n".join(out)


def _then(*steps: Callable[[str, random.Random], str]) -> Callable[[str, random.Random], str]:
    def page(text: str, rng: random.Random) -> str:
        for step in steps:
            text = step(text, rng)
        return text

    return page


def _no_arabic_points(text: str) -> bool:
    return not _POINT_LABELS.search(text)


_TOP_DOT = _relabel(_TOP_LABEL, lambda m: f"{m[1]}{m[2]}．")
_SUB_HALF = _relabel(_SUB_LABEL, lambda m: f"{m[1]}({m[2]})")

VARIANTS: tuple[Variant, ...] = (
    Variant("段间插入网页杂项", furniture_between),
    Variant("首尾加网页杂项", furniture_ends),
    Variant("压成一行", flatten_one),
    Variant("压成几行长段", flatten_few),
    Variant("定宽折行（PDF）", wrap_plain),
    Variant("定宽折行加空格", wrap_space),
    Variant("全角空格缩进", indent_fullwidth),
    Variant("每段后空一行", blank_between),
    Variant("无空行", no_blank),
    Variant("一、→一．", _TOP_DOT),
    Variant("一、→一.", _relabel(_TOP_LABEL, lambda m: f"{m[1]}{m[2]}.")),
    Variant("一、→一，", _relabel(_TOP_LABEL, lambda m: f"{m[1]}{m[2]}，")),
    Variant("（一）→(一)", _SUB_HALF),
    Variant("（一）→一）", _relabel(_SUB_LABEL, lambda m: f"{m[1]}{m[2]}）")),
    Variant(
        "（一）→（1）", _relabel(_SUB_LABEL, lambda m: f"{m[1]}（{_arabic(m[2])}）"), scored=_no_arabic_points
    ),
    Variant("1.→1、", _relabel(_DEC_LABEL, lambda m: f"{m[1]}{m[2]}、")),
    Variant("1.→1．", _relabel(_DEC_LABEL, lambda m: f"{m[1]}{m[2]}．")),
    Variant("标题行末加：", heading_colon),
    Variant("标题行末去：。", heading_bare),
    Variant("半角标点", lambda t, r: half_width(t), chars=half_width),
    Variant("繁体", lambda t, r: traditional(t), chars=traditional),
    Variant("残留HTML", html_left),
    Variant("标题重复", title_repeated),
    Variant("加称呼和署名", salutation_signature),
    Variant("标题加**粗体标记**", heading_bold),
    Variant("每段前加阅读器编号", viewer_numbers),
    Variant("正文前有目录", contents_first),
    Variant("标题在词中断行", heading_broken),
    Variant("部分标题改【】", bracket_parts),
    # (round r12)
    Variant("标题改符号■●", symbol_headings),
    Variant("条目编号中途重排", numbering_restarted),
    Variant("定宽折行加页眉", running_header),
    # a few combinations pages show together
    Variant("组合：杂项+压成几行", _then(furniture_between, furniture_ends, flatten_few)),
    Variant("组合：杂项+HTML", _then(furniture_between, html_left)),
    Variant("组合：杂项+定宽折行", _then(furniture_between, wrap_plain)),
    Variant("组合：半角+一．+(一)", _then(_TOP_DOT, _SUB_HALF, lambda t, r: half_width(t)), chars=half_width),
    Variant(
        "组合：繁体+杂项+称呼",
        _then(salutation_signature, furniture_ends, lambda t, r: traditional(t)),
        chars=traditional,
    ),
)

_T2S: Callable[[str], str] | None = None


def norm(heading: str) -> str:
    """A heading as compared: no whitespace, full-/half-width alike, no final `：`/`。`/`.`."""
    s = unicodedata.normalize("NFKC", heading)
    s = re.sub(r"\s+", "", s).replace("。", ".").replace("、", ",")
    return s.rstrip(":.;,")


def _expected(parts: list[Part], chars: Callable[[str], str]) -> tuple[list[tuple[str, str]], list[str]]:
    return (
        [(p.kind, norm(chars(p.heading))) for p in parts],
        [norm(chars(h)) for p in parts for h, _, _ in p.items],
    )


def _score(
    c: Counter, outline: Outline, parts: list[Part], variant: Variant, misses: list[str], name: str
) -> None:
    exp_sections, exp_items = _expected(parts, variant.chars)
    found_sections = [(s.kind, norm(s.heading)) for s in outline.sections]
    found_items = [norm(i.heading) for s in outline.sections for i in _counted(s.items)]
    c["pages"] += 1
    c["sections_expected"] += len(exp_sections)
    c["sections_found"] += len(found_sections)
    right_s = Counter(exp_sections) & Counter(found_sections)
    c["sections_correct"] += sum(right_s.values())
    c["items_expected"] += len(exp_items)
    c["items_found"] += len(found_items)
    right_i = Counter(exp_items) & Counter(found_items)
    c["items_correct"] += sum(right_i.values())
    lost = any(k == "problems" for k, _ in exp_sections) and not any(
        s.kind == "problems" for s in outline.sections
    )
    c["problems_expected"] += any(k == "problems" for k, _ in exp_sections)
    c["problems_lost"] += lost
    if sum(right_s.values()) < len(exp_sections) or sum(right_i.values()) < len(exp_items) or lost:
        miss_s = list((Counter(exp_sections) - right_s).elements())
        extra_s = list((Counter(found_sections) - right_s).elements())
        miss_i = list((Counter(exp_items) - right_i).elements())
        misses.append(
            f"{variant.name}  {name}: 缺部分 {miss_s} 多出 {extra_s}；缺条目 {len(miss_i)} {miss_i[:3]}"
            + ("；问题部分丢失" if lost else "")
        )


def _materials(folders: list[tuple[str, Path]]) -> list[tuple[str, str, dict]]:
    out = []
    for _label, folder in folders:
        for exp_path in sorted((folder / "expected").glob("*.yaml")):
            materials = sorted((folder / "materials").glob(exp_path.stem + ".*"))
            if materials:
                expected = yaml.safe_load(exp_path.read_text(encoding="utf-8"))
                out.append((f"{folder.name}/{materials[0].name}", read_document(materials[0]).text, expected))
    return out


def run(
    folders: list[tuple[str, Path]],
    packs: dict[str, Framework],
    variants: tuple[Variant, ...] = VARIANTS,
    limit: int | None = None,
) -> tuple[dict[str, Counter], Counter, list[str]]:
    by_variant: dict[str, Counter] = {v.name: Counter() for v in variants}
    left = Counter()
    misses: list[str] = []
    for name, text, expected in _materials(folders)[:limit]:
        parts = _reference(_parse_text(text, packs))
        left["materials"] += 1
        if not _matches(parts, expected):
            left["not_as_annotated"] += 1
            continue
        for v in variants:
            if not v.scored(text):
                by_variant[v.name]["skipped"] += 1
                continue
            rng = random.Random(f"{SEED}:{name}:{v.name}")
            _score(by_variant[v.name], _parse_text(v.page(text, rng), packs), parts, v, misses, name)
    return by_variant, left, misses


def _ratio(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.1%}" if total else "—"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    packs = load_frameworks()
    by_variant, left, misses = run(sets([a for a in args if a != "-v"]), packs)
    print("\n页面变体的解析：每份标注材料按真实网页的改法改写后再解析（固定随机种子），对照同一标注。")
    print(
        f"材料 {left['materials']} 份（整篇按纯文本解析与标注不一致而未计入：{left['not_as_annotated']} 份）；"
        "不计 = 该改法对该材料改变了含义，未计分。"
    )
    print(
        f"{'改法':<22}{'页数':>5}{'不计':>5}  {'部分 召回':<22}{'部分 精确率':<22}{'条目 召回':<24}{'条目 精确率':<24}问题部分丢失"
    )
    for v in VARIANTS:
        c = by_variant[v.name]
        print(
            f"{v.name:<22}{c['pages']:>5}{c['skipped']:>5}  "
            f"{_ratio(c['sections_correct'], c['sections_expected']):<22}"
            f"{_ratio(c['sections_correct'], c['sections_found']):<22}"
            f"{_ratio(c['items_correct'], c['items_expected']):<24}"
            f"{_ratio(c['items_correct'], c['items_found']):<24}"
            f"{c['problems_lost']}/{c['problems_expected']}"
        )
    if verbose:
        print("\n".join(["", *misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
