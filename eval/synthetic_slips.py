"""Synthetic slips: the review's reach on random slips in ordinary words (issue 12).

The planted and blind sets are written from lists of error kinds, so rules tuned on them catch the
listed kinds. This eval plants slips nobody chose: it takes every clean text the review eval uses
(tests/fixtures/review/clean, heldout*_clean), and, with a fixed seed, puts one slip into a random
ordinary word of a sentence — any word of 2–4 Chinese characters of rjieba's dictionary segmentation,
drawn from no list of the project's — by one of seven mechanisms:

- 同音字: a character of the same toneless syllable (pypinyin), drawn from the common characters;
- 形近字: a look-alike from data/similar_shapes.yaml (the hand-written groups the rules read too);
- (in a run of its own, GLYPH_ROW) 字形相近: a look-alike of the glyph table
  (rules/glyph_look_alikes.py: measured on the drawn glyphs of GB 2312, no list of known slips), the
  fair measure of look-alike slips: the 形近字 row plants from the list the rules read;
- 漏字: a character dropped; 重字: a character doubled; 颠倒: two neighbours swapped;
- 近音字: a character of a dialect-merged syllable (z/zh, c/ch, s/sh, n/l, f/h, an/ang, en/eng, in/ing);
- 数字字母: a digit or letter an OCR program reads for a character (0 for 口, 1 for 一, 7 for 了 …).

Each text is reviewed VARIANTS times; variant v plants into the sentences whose index is v modulo
VARIANTS, so every sentence carries one slip in exactly one run and three sentences in four stay clean
in each. A slip is found when a typo or formulation finding overlaps the word it spoilt, and has the
right fix when the finding's suggestion restores the word. A typo or formulation finding in a sentence
without a slip is a false alarm on unplanted clean text (errors and warnings; hints apart), per 4,000
of those characters. A slip whose result is itself a word of jieba's dictionary (漏字 of 始终 leaves 始,
a real character) is counted apart from one that makes a non-word. Run: `python eval/synthetic_slips.py`
(`-v` lists false alarms and a sample of misses; `--files N` the first N texts only).
"""

from __future__ import annotations

import random
import re
import sys
import zlib
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.model import Finding
from mingjing.parse import parse_document
from mingjing.read import read_bytes, read_document
from mingjing.rules.four_character_slips import merged_syllables
from mingjing.rules.gb2312 import gb2312_characters
from mingjing.rules.review import review_outline

ROOT = Path(__file__).resolve().parent.parent
REVIEW = ROOT / "tests" / "fixtures" / "review"
SHAPES = ROOT / "src" / "mingjing" / "rules" / "data" / "similar_shapes.yaml"
SEED = 20261205
VARIANTS = 4
MECHANISMS = ("同音字", "形近字", "漏字", "重字", "颠倒", "近音字", "数字字母")
# planted in a run of their own (a row apart: the seven rows above keep their slips and figures)
GLYPH_ROW = ("字形相近",)
WORD_CATEGORIES = frozenset({"typo", "formulation"})
# what an OCR program reads for a character: digits and Latin letters of the same outline
LOOKALIKE_SIGNS: dict[str, str] = {"口": "0O", "一": "1l", "了": "7", "工": "IT", "乙": "Z2", "丁": "J"}
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]?")
_HAN = re.compile(r"^[\u4e00-\u9fff]+$")


@dataclass
class Slip:
    mechanism: str
    word: str  # the word as it was
    wrong: str  # what the slip made of it
    start: int  # offsets of `wrong` in the planted text
    end: int
    real_word: bool  # the slip's result is itself a dictionary word


@dataclass
class Tally:
    planted: Counter = field(default_factory=Counter)
    found: Counter = field(default_factory=Counter)
    fixed: Counter = field(default_factory=Counter)
    clean_chars: int = 0
    alarms: list = field(default_factory=list)
    hints: list = field(default_factory=list)
    misses: list = field(default_factory=list)


@cache
def _dictionary() -> dict[str, int]:
    import jieba

    jieba.setLogLevel(60)
    jieba.dt.check_initialized()
    return {w: f for w, f in jieba.dt.FREQ.items() if f > 0}


def _common_chars() -> tuple[str, ...]:
    """GB 2312's level-1 characters (3,755: the everyday ones an input method offers first)."""
    return gb2312_characters(level_one_only=True)


def _syllable(ch: str) -> str:
    from pypinyin import Style, lazy_pinyin

    return lazy_pinyin(ch, style=Style.NORMAL)[0]


@cache
def _by_syllable() -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for ch in _common_chars():
        groups.setdefault(_syllable(ch), []).append(ch)
    return groups


@cache
def _shape_twins() -> dict[str, list[str]]:
    twins: dict[str, list[str]] = {}
    for group in yaml.safe_load(SHAPES.read_text(encoding="utf-8"))["groups"]:
        for ch in group:
            twins.setdefault(str(ch), []).extend(str(o) for o in group if o != ch)
    return twins


def _glyph_twins(ch: str) -> tuple[str, ...]:
    """The glyph table's look-alikes of a character (any of GB 2312: a scan writes 疔 and 菅 too)."""
    from mingjing.rules.glyph_look_alikes import look_alikes

    return look_alikes(ch)


def _replacements(mechanism: str, word: str, syllables: list[str]) -> list[tuple[int, str]]:
    """Every (position, replacement) a mechanism can make of `word` (syllables in context)."""
    out: list[tuple[int, str]] = []
    for i, ch in enumerate(word):
        if mechanism == "同音字":
            out += [(i, c) for c in _by_syllable().get(syllables[i], []) if c != ch]
        elif mechanism == "形近字":
            out += [(i, c) for c in _shape_twins().get(ch, [])]
        elif mechanism == "字形相近":
            out += [(i, c) for c in _glyph_twins(ch)]
        elif mechanism == "近音字":
            groups = _by_syllable()
            out += [(i, c) for s in merged_syllables(syllables[i]) for c in groups.get(s, [])]
        elif mechanism == "数字字母":
            out += [(i, c) for c in LOOKALIKE_SIGNS.get(ch, "")]
    return out


def spoil(mechanism: str, word: str, rng: random.Random) -> str | None:
    """The word with one slip of the mechanism, or None when the mechanism cannot touch it."""
    if mechanism == "漏字":
        i = rng.randrange(len(word))
        return word[:i] + word[i + 1 :]
    if mechanism == "重字":
        i = rng.randrange(len(word))
        return word[: i + 1] + word[i:]
    if mechanism == "颠倒":
        pairs = [i for i in range(len(word) - 1) if word[i] != word[i + 1]]
        if not pairs:
            return None
        i = rng.choice(pairs)
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    from pypinyin import Style, pinyin

    syllables = [p[0] for p in pinyin(word, style=Style.NORMAL)]
    choices = _replacements(mechanism, word, syllables) if len(syllables) == len(word) else []
    if not choices:
        return None
    i, c = rng.choice(choices)
    return word[:i] + c + word[i + 1 :]


def words_of(sentence: str) -> list[tuple[int, str]]:
    """The ordinary words of a sentence: (offset, word) of 2–4 Chinese characters, dictionary cut."""
    import rjieba

    out, at = [], 0
    for w in rjieba.cut(sentence, False):
        if 2 <= len(w) <= 4 and _HAN.match(w):
            out.append((at, w))
        at += len(w)
    return out


def plant(
    text: str, name: str, variant: int, mechanisms: tuple[str, ...] = MECHANISMS
) -> tuple[str, list[Slip], list[tuple[int, int]]]:
    """The text with one slip in each sentence of the variant; the slips; the clean sentences' spans."""
    rng = random.Random(SEED * 1000 + zlib.crc32(name.encode()) + variant)
    parts: list[str] = []
    slips: list[Slip] = []
    clean: list[tuple[int, int]] = []
    at = out_len = 0
    for index, m in enumerate(_SENTENCE.finditer(text)):
        parts.append(text[at : m.start()])
        out_len += m.start() - at
        sentence = m.group()
        at = m.end()
        words = words_of(sentence) if index % VARIANTS == variant else []
        done = None
        order = list(mechanisms)
        rng.shuffle(order)
        for mechanism in order:
            for offset, word in rng.sample(words, len(words)):
                wrong = spoil(mechanism, word, rng)
                if wrong is not None:
                    done = (mechanism, offset, word, wrong)
                    break
            if done:
                break
        if done is None:
            clean.append((out_len, out_len + len(sentence)))
            parts.append(sentence)
            out_len += len(sentence)
            continue
        mechanism, offset, word, wrong = done
        new = sentence[:offset] + wrong + sentence[offset + len(word) :]
        start = out_len + offset
        real = len(wrong) >= 1 and wrong in _dictionary()
        slips.append(Slip(mechanism, word, wrong, start, start + len(wrong), real))
        parts.append(new)
        out_len += len(new)
    parts.append(text[at:])
    return "".join(parts), slips, clean


def restores(text: str, slip: Slip, f: Finding) -> bool:
    if not f.suggestions:
        return False
    lo, hi = min(slip.start, f.start), max(slip.end, f.end)
    ours = text[lo : f.start] + f.suggestions[0] + text[f.end : hi]
    return ours == text[lo : slip.start] + slip.word + text[slip.end : hi]


def clean_texts() -> list[Path]:
    dirs = [REVIEW / "clean", *sorted(REVIEW.glob("heldout*_clean"))]
    return [p for d in dirs for p in sorted(d.glob("*.txt"))]


def evaluate(
    paths: list[Path], packs=None, variants: int = VARIANTS, mechanisms: tuple[str, ...] = MECHANISMS
) -> Tally:
    packs = packs or load_frameworks()
    tally = Tally()
    for path in paths:
        text = read_document(path).text
        for variant in range(variants):
            planted, slips, clean = plant(text, path.name, variant, mechanisms)
            document = read_bytes(planted.encode("utf-8"), path.name, ".txt")
            if document.text != planted:  # the reader normalised something: offsets would be off
                raise SystemExit(f"{path.name}：读入后文本有变化，无法对齐")
            report = review_outline(parse_document(document, packs), packs)
            words = [f for f in report.findings if f.category in WORD_CATEGORIES]
            for slip in slips:
                key = (slip.mechanism, slip.real_word)
                tally.planted[key] += 1
                hits = [f for f in words if f.start < max(slip.end, slip.start + 1) and f.end > slip.start]
                if hits:
                    tally.found[key] += 1
                    if any(restores(planted, slip, f) for f in hits):
                        tally.fixed[key] += 1
                else:
                    tally.misses.append((path.name, slip.mechanism, slip.word, slip.wrong))
            tally.clean_chars += sum(e - s for s, e in clean)
            for f in words:
                if any(s <= f.start and f.end <= e for s, e in clean):
                    row = (path.name, f.code, planted[f.start : f.end], f.message[:40])
                    (tally.hints if f.severity == "info" else tally.alarms).append(row)
    return tally


def print_tally(t: Tally, verbose: bool = False, mechanisms: tuple[str, ...] = MECHANISMS) -> None:
    if mechanisms == MECHANISMS:
        print("\n== 随机笔误：普通词中随机埋设的笔误（干净材料，每句一处，种子固定）==")
    else:
        print("\n== 随机笔误（另行埋设）：字形表中的形近字，每句一处 ==")
    print(f"{'方式':<10}{'结果':<8}{'埋设':>6}{'发现':>6}{'发现率':>8}{'建议正确':>9}")
    totals: Counter = Counter()
    for mechanism in mechanisms:
        for real in (False, True):
            key = (mechanism, real)
            n, found, fixed = t.planted[key], t.found[key], t.fixed[key]
            if not n:
                continue
            totals["n"] += n
            totals["found"] += found
            totals["fixed"] += fixed
            kind = "成词" if real else "非词"
            print(f"{mechanism:<10}{kind:<8}{n:>6}{found:>6}{found / n:>8.1%}{fixed:>9}")
    n = max(1, totals["n"])
    print(f"{'合计':<18}{totals['n']:>6}{totals['found']:>6}{totals['found'] / n:>8.1%}{totals['fixed']:>9}")
    per = len(t.alarms) / max(1, t.clean_chars) * 4000
    print(
        f"未埋设的句子共 {t.clean_chars} 字：错字/表述误报（错误+警告）{len(t.alarms)} 处，"
        f"每 4,000 字 {per:.2f} 处；另有提示级 {len(t.hints)} 处"
    )
    if verbose:
        print("\n误报：")
        for a in t.alarms + t.hints:
            print("  ", *a)
        print("\n漏报（每种方式前 15 处）：")
        shown: Counter = Counter()
        for m in t.misses:
            if shown[m[1]] < 15:
                shown[m[1]] += 1
                print("  ", *m)


def main() -> int:
    paths = clean_texts()
    if "--files" in sys.argv:
        paths = paths[: int(sys.argv[sys.argv.index("--files") + 1])]
    print_tally(evaluate(paths), "-v" in sys.argv)
    print_tally(evaluate(paths, mechanisms=GLYPH_ROW), "-v" in sys.argv, GLYPH_ROW)
    return 0


if __name__ == "__main__":
    sys.exit(main())
