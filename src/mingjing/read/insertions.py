"""What a copy of a web page put into a material's lines that the material never held (round r23).

A forum's anti-copy jammer: Discuz boards print runs of random ASCII pairs (`; K2 r" d! h* u`, `7 O: \\( A! _+ Q`) hidden on the
page; a copied post carries them on lines of their own, after a line's text, or glued before a heading
(`…Q二、原因剖析`), where they hide the heading's label and lengthen the title. A text that carries them
is read without them, every character kept remembering its column in the user's file (as pinyin
glosses are, `read/glosses.py`).

A WeChat layout's part numbers: `01` `02` `03` (or `PART 01`) set large on lines of their own over the
part headings, ornaments the headings' own words follow; a text that rises through two or more of them
is read without those lines. The same numbers set before the heading's words on its own line (`PART 01 存在的问题`,
`01 / 原因剖析`, `01丨…`, `❶ 查摆的问题`, `➀ …`, `➋ …`, `NO.1 …`) are banners, no part of the heading: a text that rises through two
or more of them (from one, a run may start again at one) is read without them; an emoji keycap number before a
heading or an item (`1️⃣ 政治纪律方面。…`) is read as the number it shows, `1.` (round r26).

A site's watermark: a template site stamps its name and address, or its name and slogan, on lines of their own and
after a line's words (`…报告如下。 文秘港 www.wenmigang.cn`, `二、原因分析 文秘港,公文写作素材库`), where it lengthens
the heading; a text that carries its name with an address twice or more is read without the stamps (round r26).

A layout table's cell borders: a page that set its article in a table copies as lines opened and closed
by `|` (`| 二、存在的问题 |`) with lone `|` lines between; the bars are no part of the text.
"""

from __future__ import annotations

import re

# a jammer run: four or more tokens of one or two printable ASCII characters, one space apart, with a
# symbol in at least two of them and a letter in one (`1. 2. 3. 4.`, `a. b. c. d.` or `A B C D` are no run)
_JAMMER = re.compile(r"[ \t]*(?<![!-~])(?:[!-~]{1,2} ){3,}[!-~]{1,2}(?![!-~])[ \t]*")
_PUNCT = re.compile(r"[^A-Za-z0-9.,]")
_LETTER = re.compile(r"[A-Za-z]")
MIN_RUNS = 2  # jammer runs in a text before it is read as a jammed forum copy


def jammer_runs(line: str) -> list[tuple[int, int]]:
    """The spans of the line's jammer runs (with the spaces around them)."""
    runs = []
    for m in _JAMMER.finditer(line):
        tokens = m.group(0).split()
        if sum(1 for t in tokens if _PUNCT.search(t)) >= 2 and any(_LETTER.search(t) for t in tokens):
            runs.append(m.span())
    return runs


def carries_jammer(text: str) -> bool:
    """At least two jammer runs in the text: a jammed forum copy, not a line of codes."""
    found = 0
    for line in text.splitlines():
        if " " in line:
            found += len(jammer_runs(line))
            if found >= MIN_RUNS:
                return True
    return False


def jammer_free(line: str) -> list[tuple[str, int]]:
    """The line's characters without its jammer runs, each with its column."""
    drop: set[int] = set()
    for a, b in jammer_runs(line):
        drop.update(range(a, b))
    return [(c, k) for k, c in enumerate(line) if k not in drop]


# a site's stamp at a line's end: its name (after a space, or opening the line) and its address
_SITE_STAMP = re.compile(
    r"(?:^|[ \t\u3000]+)(?P<name>[\u4e00-\u9fff]{2,8})[ \t\u3000,，]*(?:https?://)?(?:www\.)?"
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|cn|net|org|cc|top)(?:/\S*)?[ \t\u3000]*$",
    re.IGNORECASE,
)
MIN_STAMPS = 2  # a name stamped with its address this often before the text is read without its stamps
SLOGAN = 16  # characters of a slogan after a stamped name (`文秘港,公文写作素材库`)


def site_stamp(lines: list[str]) -> re.Pattern[str] | None:
    """The stamps of a site whose name and address end two lines or more (`文秘港 www.wenmigang.cn`), as one
    pattern that also finds the name with a slogan (`文秘港,公文写作素材库`); None when no site stamps so."""
    names: dict[str, int] = {}
    for line in lines:
        m = _SITE_STAMP.search(line)
        if m:
            names[m.group("name")] = names.get(m.group("name"), 0) + 1
    stamped = sorted((n for n, count in names.items() if count >= MIN_STAMPS), key=len, reverse=True)
    if not stamped:
        return None
    name = "|".join(map(re.escape, stamped))
    return re.compile(
        rf"(?:^|[ \t\u3000]+)(?:{name})(?:[ \t\u3000,，]*(?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*"
        rf"\.(?:com|cn|net|org|cc|top)(?:/\S*)?|[ \t\u3000,，]+[^\s。；;！？!?]{{1,{SLOGAN}}})?[ \t\u3000]*$",
        re.IGNORECASE,
    )


def unstamped(line: str, stamp: re.Pattern[str]) -> list[tuple[str, int]]:
    """The line's characters without the site's stamp at its end, each with its column."""
    m = stamp.search(line)
    end = m.start() if m else len(line)
    return [(c, k) for k, c in enumerate(line) if k < end]


_BORDERED = re.compile(r"^[ \t]*\|[ \t]*([^|]*?)[ \t]*\|?[ \t]*$|^[ \t]*([^|]*?)[ \t]*\|[ \t]*$")
MIN_BORDERED = 3  # lines in a bar before the text is read as a layout table's cells
BORDERED_SHARE = 0.6  # of the lines with text


def cell_borders(lines: list[str]) -> bool:
    """Most lines with text stand in a layout table's bars (`| …`, `… |`, `| … |`, a lone `|`), and no
    line holds a bar inside its text: a web page's table copied, not a table of the material's own."""
    filled = [line for line in lines if line.strip()]
    bordered = [line for line in filled if "|" in line]
    if len(bordered) < MIN_BORDERED or len(bordered) < BORDERED_SHARE * len(filled):
        return False
    return all(_BORDERED.match(line) for line in bordered)


def unbordered(line: str) -> list[tuple[str, int]]:
    """The line's characters inside its bars, each with its column."""
    m = _BORDERED.match(line)
    if m is None:
        return [(c, k) for k, c in enumerate(line)]
    group = 1 if m.group(1) is not None else 2
    return [(c, k) for k, c in enumerate(line) if m.start(group) <= k < m.end(group)]


_ORNAMENT = re.compile(r"^[ \t]*(?:PART|Part|part)?[ \t.]*0([1-9])[ \t]*$")


def ornament_numbers(lines: list[str]) -> set[int]:
    """The lines that hold only a layout's part number `01` `02` … (index), rising from 01 over two
    lines or more; none when the numbers do not rise so."""
    found = [(k, int(m.group(1))) for k, line in enumerate(lines) if (m := _ORNAMENT.match(line))]
    if len(found) < 2 or [n for _, n in found] != list(range(1, len(found) + 1)):
        return set()
    return {k for k, _ in found}


# a layout's banner number before the heading's words (see the module's note): `PART 01 `, `Part 2：`, `01 / `, `02丨`,
# `03 | `, `NO.1 `, a dingbat's circled digit `❶`–`❿`, `➀`–`➉` or `➊`–`➓`, an emoji keycap `1️⃣`
_BANNER = re.compile(
    r"^[ \t\u3000]*(?:"
    r"(?:PART|Part|part|NO|No|no)[ \t.．]*0?(?P<part>[1-9])(?![\d])[ \t.:：/|丨｜、\-—]*"
    r"|0(?P<slash>[1-9])[ \t]*[/|丨｜／][ \t\u3000]*"
    r"|(?P<dingbat>[\u2776-\u2793])[ \t\u3000、.．]*"
    r"|(?P<keycap>[1-9])\ufe0f?\u20e3[ \t\u3000、.．]*"
    r")(?=\S)"
)


def _banner_number(m: re.Match[str]) -> int:
    if m.group("dingbat"):
        code = ord(m.group("dingbat"))
        return (code - 0x2776) % 10 + 1  # ❶–❿, ➀–➉, ➊–➓: ten each
    return int(m.group("part") or m.group("slash") or m.group("keycap"))


def banner_numbers(lines: list[str]) -> dict[int, re.Match[str]]:
    """The lines that open with a layout's banner number before their words (index → the banner), when the
    numbers of one style rise from one over two lines or more (a run may start again at one, as a part's items
    do); none of a style whose numbers do not rise so."""
    styles: dict[str, list[tuple[int, re.Match[str]]]] = {}
    for k, line in enumerate(lines):
        m = _BANNER.match(line)
        if m:
            styles.setdefault(next(g for g, v in m.groupdict().items() if v), []).append((k, m))
    found: dict[int, re.Match[str]] = {}
    for runs in styles.values():
        numbers = [_banner_number(m) for _, m in runs]
        if (
            len(numbers) >= 2
            and numbers[0] == 1
            and all(b in (a + 1, 1) for a, b in zip(numbers, numbers[1:]))
        ):
            found.update(runs)
    return found


def unbannered(line: str, banner: re.Match[str] | None) -> list[tuple[str, int]]:
    """The line's characters without its banner number, each with its column; an emoji keycap is read as
    the number it shows and a dot (`1️⃣ ` → `1.`)."""
    chars = [(c, k) for k, c in enumerate(line)]
    if banner is None:
        return chars
    if banner.group("keycap"):
        digit = banner.start("keycap")
        return [(banner.group("keycap"), digit), (".", digit + 1), *chars[banner.end() :]]
    return chars[banner.end() :]


# A lost indent: a page whose indent was full-width spaces or no-break spaces, saved or pasted through an encoding
# that has no such character, opens its lines with question marks (`??? 一、存在的问题`) or replacement characters
# (round r24). A text that opens two or more lines so carries no question of its own there: the marks are dropped.
_LOST_INDENT = re.compile(r"^[ \t]*[?？\ufffd]{1,8}[ \t\u3000]*(?=[^\x00-\x7f]|\d)")
# A dotted indent: a page that set its list in middle dots (`··第二，…`, `·一是…`) before the material's own labels;
# the dots stand before a label, which is the line's real mark (a bullet with no label after it stays a bullet).
_DOT_INDENT = re.compile(
    r"^[ \t\u3000]*[·•・]{1,4}[ \t\u3000]*(?=第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+是|"
    r"[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.．、](?!\d))"
)
MIN_INDENTED = 2  # lines opened so before a text is read without those marks


def lost_indents(lines: list[str]) -> bool:
    """Two or more lines open with a lost indent's question marks, or a dotted indent before a label."""
    return (
        sum(1 for line in lines if _LOST_INDENT.match(line)) >= MIN_INDENTED
        or sum(1 for line in lines if _DOT_INDENT.match(line)) >= MIN_INDENTED
    )


def unindented(line: str) -> list[tuple[str, int]]:
    """The line's characters without a lost or dotted indent at its start, each with its column."""
    m = _LOST_INDENT.match(line) or _DOT_INDENT.match(line)
    start = m.end() if m else 0
    return [(c, k) for k, c in enumerate(line) if k >= start]
