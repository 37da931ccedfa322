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
- (round r20) title forms: a site's headline above the title, a byline/date/source line below it (and
  both), a column's name above it, the site's header above it, the title over two lines, the title in
  another document name (`发言提纲`, `检视剖析材料`), no title at all; part headings in the less common
  wordings of their kind (`查摆问题`, `问题根源`, `今后打算`…), item heading lines in `【】`. The title is
  scored on every transformation (where the whole text's parse has the annotated title).
Run: `python eval/parse_variants.py [-v] [-k WORDS] [DIR…]` (`make eval`); `-v` lists each miss, `-k`
runs only the transformations whose name holds WORDS.
"""

from __future__ import annotations

import random
import re
import sys
import unicodedata
import zlib
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
    # (round r20) the title a reader sees on the transformed page, from the annotated one ("" = none)
    title: Callable[[str], str] = lambda t: t
    chars_title: bool = True  # the change to headings is made to the title too


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


# (round r20) title forms: the lines public pages set around a material's title, and its wordings
HEADLINES = (
    "{y}年度民主生活会对照检查材料范文（通用5篇）",
    "最新个人对照检查材料精选范文",
    "{y}年组织生活会发言提纲合集",
)
BYLINES = (
    "来源：党建网  作者：佚名  发布时间：{y}-01-08",
    "{y}年1月10日",
    "发布日期：{y}-02-03 浏览次数：{k}",
    "作者：张某某　　{y}年1月",
)
COLUMNS = ("党建园地", "【党建专栏】", "当前位置：首页 > 党建工作 > 民主生活会", "学习园地")
DOC_NAMES = (
    ("对照检查材料", ("发言提纲", "检视剖析材料", "对照检查发言材料", "个人检视剖析材料")),
    ("发言提纲", ("对照检查材料", "检视剖析材料")),
    ("检视剖析材料", ("对照检查材料", "发言提纲")),
)


def _title_line(text: str) -> int | None:
    """Index of the first non-blank line (the title's, when the material has one)."""
    return next((i for i, line in enumerate(_lines(text)) if line.strip()), None)


def _around_title(before: Callable[[random.Random], list[str]], after: Callable[[random.Random], list[str]]):
    def page(text: str, rng: random.Random) -> str:
        lines = _lines(text)
        first = _title_line(text)
        if first is None:
            return text
        return "\n".join([*lines[:first], *before(rng), lines[first], *after(rng), *lines[first + 1 :]])

    return page


def _fills(lines: tuple[str, ...]) -> Callable[[random.Random], list[str]]:
    return lambda rng: [_fill(rng.choice(lines), rng)]


title_headline = _around_title(_fills(HEADLINES), lambda rng: [])
title_byline = _around_title(lambda rng: [], _fills(BYLINES))
title_headline_byline = _around_title(_fills(HEADLINES), _fills(BYLINES))
title_column = _around_title(_fills(COLUMNS), lambda rng: [])
title_furniture = _around_title(lambda rng: [_fill(t, rng) for t in TOP], lambda rng: [])


# (round r20, parse20b) a WeChat account's headline tagged by its column before a bar, with the account's
# line under it; a red-header document's furniture (issuer, number, star); a column's headline over an
# excerpt that keeps no title of its own
BAR_HEADLINES = (
    "范文｜{y}年度民主生活会个人对照检查材料",
    "干货 | 班子对照检查材料（四个方面）",
    "材料速递｜{y}年组织生活会发言提纲",
)
ACCOUNT_LINES = ("原创 某某党建 某某党建 {y}年1月8日 08:30 湖南", "听全文", "点击上方蓝字 关注我们")
RED_HEADERS = (
    ("中共某某县某某局党组文件", "某局党组〔{y}〕{n}号", "★"),
    ("中共某某镇委员会文件", "某镇委〔{y}〕1{n}号", "☆"),
)
EXCERPT_HEADLINES = (
    (
        "【学习园地】对照检查材料写法示例（节选）",
        "编者按：以下内容节选自某单位的材料，单位名称已作处理，供参考。",
    ),
    ("【写作课堂】问题部分怎么写（摘录）", "编者按：下文摘录自一份材料的正文，原标题略去。"),
)

title_bar_headline = _around_title(
    lambda rng: [_fill(rng.choice(BAR_HEADLINES), rng), *(_fill(t, rng) for t in ACCOUNT_LINES)],
    lambda rng: [],
)


def title_red_header(text: str, rng: random.Random) -> str:
    """A red-header document: the issuer's line, the number and a star over the title, the title over two
    lines (split as `title_two_lines` splits it)."""
    return _title_on_two_lines(text, lambda t: [_fill(h, rng) for h in rng.choice(RED_HEADERS)])


def title_excerpt_headline(text: str, rng: random.Random) -> str:
    """An editor's column headline and note over the material, its own title gone: the page has none."""
    return "\n".join([*rng.choice(EXCERPT_HEADLINES), title_dropped(text, rng)])


# (round r21, parse21) a shared file's page: the file's name, the uploader's counters and a line of download
# buttons over the material's own title set on two lines; a Q&A page: the asker's question over an answer
# that pastes the material without its title
FILE_STORE_TOPS = (
    (
        "{t}.docx",
        "上传者：**  上传时间：{y}-01-1{n}  页数：4  下载积分：{k}",
        "[立即下载] [开通VIP 免费下载本文档]",
    ),
    (
        "{t}.doc",
        "贡献者：某* 日期：{y}-02-0{n} 共3页 下载积分：{k}",
        "举报 | 收藏",
        "[下载到电脑] [VIP免费下载全文]",
    ),
)
QA_TOPS = (
    (
        "某某问答 › 职场 › 公文写作",
        "{y}年度民主生活会对照检查材料的问题部分该怎么写？",
        "提问者：某某 {y}-01-0{n}",
        "最佳答案",
        "给你贴一段我们去年材料的原文，供你参考：",
    ),
    (
        "问答社区 » 材料写作",
        "班子对照检查材料怎么写才不空？",
        "推荐回答",
        "回答者：笔杆子 | 采纳率 9{n}%",
        "下面摘录一份材料的正文，标题略去：",
    ),
)


def title_file_store(text: str, rng: random.Random) -> str:
    """A shared file's page: the file's name (the title), the uploader's counters and the download buttons over
    the material's own title, set on two lines (split as `title_two_lines` splits it)."""
    return _title_on_two_lines(
        text, lambda t: [*(_fill(line.replace("{t}", t), rng) for line in rng.choice(FILE_STORE_TOPS)), ""]
    )


def title_qa_page(text: str, rng: random.Random) -> str:
    """A Q&A page: a breadcrumb, the asker's question and the answerer's lines over the material pasted
    without its title: the page has no title (a question is none)."""
    return "\n".join([*(_fill(line, rng) for line in rng.choice(QA_TOPS)), title_dropped(text, rng)])


def _split_at(title: str) -> int:
    """Where a two-line title breaks: before its year, its meeting or its document's name, else mid-way."""
    for mark in ("20", "专题", "民主生活会", "组织生活会", "个人", "对照", "发言", "检视"):
        at = title.find(mark, 4)
        if 4 <= at <= len(title) - 4 and title[at - 1] not in "（(":  # (never inside a bracket: `（2024年）`)
            return at
    return len(title) // 2


def _title_on_two_lines(text: str, over: Callable[[str], list[str]]) -> str:
    """The text with its title line set on two lines (split at `_split_at`) under the lines `over(title)`
    gives; the text as it is when it has no title line."""
    lines = _lines(text)
    first = _title_line(text)
    if first is None:
        return text
    t = lines[first].strip()
    at = _split_at(t)
    return "\n".join([*lines[:first], *over(t), t[:at], t[at:], *lines[first + 1 :]])


def title_two_lines(text: str, rng: random.Random) -> str:
    return _title_on_two_lines(text, lambda t: [])


def _renamed(title: str) -> str:
    for old, news in DOC_NAMES:
        if title.rstrip().endswith(old):
            new = news[zlib.crc32(title.encode()) % len(news)]
            return title.rstrip()[: -len(old)] + new
    return title


def title_renamed(text: str, rng: random.Random) -> str:
    lines = _lines(text)
    first = _title_line(text)
    if first is None:
        return text
    return "\n".join([*lines[:first], _renamed(lines[first]), *lines[first + 1 :]])


def title_dropped(text: str, rng: random.Random) -> str:
    """The page without its title: the first line, and the lines under it while the title goes on (a title
    over two or three lines); the reader's lines under it (a byline, the date) stay."""
    lines = _lines(text)
    title = _TITLES.get(text, "")
    # (the title's first line: below a page's furniture, where the page has some)
    first = next((i for i, line in enumerate(lines) if norm(line) and title.startswith(norm(line))), None)
    first = _title_line(text) if first is None else first
    if first is None:
        return text
    end, head = first + 1, norm(lines[first])
    while end < len(lines) and title and len(head) < len(title) and title.startswith(head):
        head += norm(lines[end])
        end += 1
    return "\n".join(lines[:first] + lines[end:])


_TITLES: dict[str, str] = {}  # the annotated title of each page's text (set by `run`), normalized


def _has_title_line(text: str) -> bool:
    first = _title_line(text)
    line = "" if first is None else _lines(text)[first].strip()
    return bool(line) and not _HEAD_LINE.match(line) and len(line) <= 60 and "。" not in line


def _renamable(text: str) -> bool:
    first = _title_line(text)
    return _has_title_line(text) and _renamed(_lines(text)[first]) != _lines(text)[first]


# (round r20) part headings in the less common wordings pages use, and items set in 【】
PART_WORDINGS = {
    "problems": ("查摆问题", "存在不足", "差距和不足", "存在的差距和不足", "检视出的问题", "问题表现"),
    "causes": ("问题根源", "思想根源", "产生问题的根源", "原因剖析", "根源剖析"),
    "measures": ("努力方向", "今后打算", "整改方向", "下一步举措", "今后努力方向", "整改打算"),
}


def _reworded(heading: str) -> str:
    """A short part heading of a problems/causes/measures part in another wording of its kind (stable);
    a merged part (`原因分析及整改措施`) is left as it is."""
    from mingjing.parse.sections import is_merged, section_kind

    words = heading.strip().rstrip("：:。")
    if not 2 <= len(words) <= 20 or is_merged(words) or re.search(r"[：:。；;，,\s】*]", words):
        return heading
    kind = section_kind(words)
    if kind not in PART_WORDINGS:
        return heading
    choices = PART_WORDINGS[kind]
    return choices[zlib.crc32(words.encode()) % len(choices)]


_PACKS: dict[str, Framework] = {}


def part_wordings(text: str, rng: random.Random) -> str:
    """Every part's and item's heading that names a problems/causes/measures part, in another wording of
    its kind: the headings where the whole text's parse finds them (the annotation's, as scored)."""
    if not _PACKS:
        _PACKS.update(load_frameworks())
    headings = [
        (h, start)
        for s in _parse_text(text, _PACKS).sections
        for h, start in [(s.heading, s.heading_start)] + [(i.heading, i.heading_start) for i in s.items]
        if h and _reworded(h) != h
    ]
    for heading, start in sorted(set(headings), key=lambda hs: -hs[1]):
        # (the heading's words where the text writes them: the place nearest the parse's offset)
        places = [m.start() for m in re.finditer(re.escape(heading), text)]
        at = min(places, key=lambda k: abs(k - start)) if places else -1
        if at >= 0:
            text = text[:at] + _reworded(heading) + text[at + len(heading) :]
    return text


def item_brackets(text: str, rng: random.Random) -> str:
    """Item heading lines in `【】` in place of their `（一）` label (`【理论学习方面】`)."""
    out = []
    for line in _lines(text):
        s = line.strip()
        m = _SUB_LABEL.match(s)
        out.append(f"【{s[m.end() :].rstrip('：:。')}】" if m and _short_heading(s) else line)
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
    # (round r20) titles among a page's lines and in other wordings; parts and items in other wordings
    Variant("标题上有网站标题", title_headline, scored=_has_title_line),
    Variant("标题下有署名日期来源", title_byline, scored=_has_title_line),
    Variant("网站标题+署名", title_headline_byline, scored=_has_title_line),
    Variant("标题上有栏目名", title_column, scored=_has_title_line),
    Variant("标题在网页杂项后", title_furniture, scored=_has_title_line),
    Variant("标题分两行", title_two_lines, scored=_has_title_line),
    Variant("标题改文种名", title_renamed, chars=_renamed, scored=_renamable),
    Variant("无标题", title_dropped, scored=_has_title_line, title=lambda t: ""),
    Variant("标题上有公众号栏目标题", title_bar_headline, scored=_has_title_line),
    Variant("红头文件标题分两行", title_red_header, scored=_has_title_line),
    Variant("栏目摘录无标题", title_excerpt_headline, scored=_has_title_line, title=lambda t: ""),
    Variant("文库页按钮下标题分两行", title_file_store, scored=_has_title_line),
    Variant("问答页提问下贴无标题正文", title_qa_page, scored=_has_title_line, title=lambda t: ""),
    Variant("部分标题换说法", part_wordings, chars=_reworded, chars_title=False),
    Variant("条目标题改【】", item_brackets),
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
    c: Counter,
    outline: Outline,
    parts: list[Part],
    variant: Variant,
    misses: list[str],
    name: str,
    title: str | None = None,
) -> None:
    exp_sections, exp_items = _expected(parts, variant.chars)
    if title is not None:  # (round r20) the title, when the whole text's parse has the annotated one
        want = variant.title(title)
        want = norm(variant.chars(want) if variant.chars_title else want) if want else ""
        got = norm(outline.title) if outline.title else ""
        c["titles_expected"] += 1
        c["titles_correct"] += want == got
        if want != got:
            misses.append(f"{variant.name}  {name}: 标题 应为 {want!r} 得到 {got!r}")
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
        whole = _parse_text(text, packs)
        parts = _reference(whole)
        left["materials"] += 1
        title = whole.title if whole.title == (expected.get("title") or "") else None
        _TITLES[text] = norm(title or "")
        if not _matches(parts, expected):
            left["not_as_annotated"] += 1
            continue
        for v in variants:
            if not v.scored(text):
                by_variant[v.name]["skipped"] += 1
                continue
            rng = random.Random(f"{SEED}:{name}:{v.name}")
            _score(by_variant[v.name], _parse_text(v.page(text, rng), packs), parts, v, misses, name, title)
    return by_variant, left, misses


def _ratio(right: int, total: int) -> str:
    return f"{right}/{total} = {right / total:.1%}" if total else "—"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    verbose = "-v" in args
    # `-k WORDS`: only the transformations whose name holds WORDS (a quick look at a few)
    only = args[args.index("-k") + 1] if "-k" in args and args.index("-k") + 1 < len(args) else None
    dirs = [a for i, a in enumerate(args) if a not in ("-v", "-k") and (i == 0 or args[i - 1] != "-k")]
    chosen = tuple(v for v in VARIANTS if only is None or only in v.name)
    packs = load_frameworks()
    by_variant, left, misses = run(sets(dirs), packs, chosen)
    print("\n页面变体的解析：每份标注材料按真实网页的改法改写后再解析（固定随机种子），对照同一标注。")
    print(
        f"材料 {left['materials']} 份（整篇按纯文本解析与标注不一致而未计入：{left['not_as_annotated']} 份）；"
        "不计 = 该改法对该材料改变了含义，未计分。"
    )
    print(
        f"{'改法':<22}{'页数':>5}{'不计':>5}  {'部分 召回':<22}{'部分 精确率':<22}{'条目 召回':<24}{'条目 精确率':<24}问题部分丢失  标题"
    )
    for v in chosen:
        c = by_variant[v.name]
        print(
            f"{v.name:<22}{c['pages']:>5}{c['skipped']:>5}  "
            f"{_ratio(c['sections_correct'], c['sections_expected']):<22}"
            f"{_ratio(c['sections_correct'], c['sections_found']):<22}"
            f"{_ratio(c['items_correct'], c['items_expected']):<24}"
            f"{_ratio(c['items_correct'], c['items_found']):<24}"
            f"{c['problems_lost']}/{c['problems_expected']:<8}"
            f"{_ratio(c['titles_correct'], c['titles_expected'])}"
        )
    if verbose:
        print("\n".join(["", *misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
