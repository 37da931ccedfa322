"""Generate the dictionary-derived parts of the proofreading lexicon (docs/review-lexicon.md).

Four characters (rules/data/misspellings_generated.tsv, read by T111): a 成语 or 四字格 — every
four-character entry of jieba's dictionary of frequency IDIOM_MIN_FREQ or more that is no proper name,
every four-character phrase of pypinyin that jieba knows as well, and the genre's fixed phrases the
dictionaries lack (rules/data/misspellings_genre.yaml: 顽瘴痼疾, 笃行不怠) — with one character replaced by
a look-alike (data/similar_shapes.yaml: the hand-written groups, LOOK_ALIKES below and the derived
families' members that also share a final; the replacement among the SHAPE_CHARS commonest) or by one
of the SOUND_CHOICES commonest characters of its syllable and tone that is commoner than it, or a
doubled character replaced on both sides (寥寥无几 → 廖廖无几), is a likely slip unless: it is a word
(jieba's dictionary at frequency 5 or more, or 1/50 of the right form's; pypinyin's phrases); a piece
of a longer word; two frequent words (职业资格); a three-character word and one more (研究生培); a
free character put at an edge (党的十九届); or present in a clean fixture.

Two characters (rules/data/misspellings_two.tsv, read by T116): a word of jieba's dictionary of
frequency TWO_MIN_FREQ or more, no name, with one character replaced by a character sharing a reading
with its tone (a look-alike of any frequency, or one an input method offers first) is kept unless: it
is a word or a piece of a word (of frequency 5 or more); it holds a free character (一, 各, 只 …);
both its characters are common words alone (提实); it opens with a surname; it ends like an
abbreviated body (卫健委); its characters would meet as single words by chance more than
1/TWO_CHANCE_RATIO as often as the right word is written; or T116 would report it in a clean fixture.
Each guard's count is printed.

Run from the repository root: python scripts/generate_misspellings.py [--two|--four] (needs the `lexicon`
extra; --two regenerates the two-character part only, --four the four-character part only).

Round r25: a four-character form's character typed as another character of the same saying that shares its
syllable, tone aside (an echo: 重中之重 → 重中之中, zhòng/zhōng), is a candidate too; the input method offers
the character just typed.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path

import jieba
from pypinyin.constants import PHRASES_DICT, PINYIN_DICT

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

SHAPES = ROOT / "src/mingjing/rules/data/similar_shapes.yaml"
GENERATED_FOUR = ROOT / "src/mingjing/rules/data/misspellings_generated.tsv"
GENERATED_TWO = ROOT / "src/mingjing/rules/data/misspellings_two.tsv"
GENRE = ROOT / "src/mingjing/rules/data/misspellings_genre.yaml"
TRADE = (
    ROOT / "src/mingjing/rules/data/trade_terms.yaml"
)  # the trades' words: never a wrong form  # the genre's fixed phrases, right forms
IDIOM_MIN_FREQ = 5  # four-character entries of jieba's dictionary at least this frequent (its noise is 3)
ORGANISATION_HEADS = ("公司", "集团")  # the heads of a firm's name
NAMES = ("ns", "nt", "nz", "eng")  # place, organisation and other proper names (nr holds many 成语)
COMMON_CHARS = 2500  # same-sound replacements: the commonest characters of the dictionary
COMPOUND_FREQ = 100  # a four-character form made of two words this frequent is a compound, no slip
PHRASE_MIN_FREQ = 5  # pypinyin's four-character phrases (成语) that jieba's dictionary also knows
# same-sound replacements: the commonest characters of a syllable and tone, those an input method
# offers first (a slip picks one of them, not the twentieth character of shì)
SOUND_CHOICES = 4
SHAPE_CHARS = 3500  # look-alike replacements: a writer slips to a character he knows
TWO_MIN_FREQ = 10  # two-character words at least this frequent in jieba's dictionary (砥砺 19, 瑕疵 59)
# the right word is written at least this many times as often as its wrong form's two characters would
# meet as single words by chance (frequencies of jieba's dictionary)
TWO_CHANCE_RATIO = 500
# one character of a wrong two-character form at least is rarely a word alone (暇 305, 讫 230, 证 3628 in
# jieba's dictionary): two free words side by side (提 10223 + 实 7258: 提实意见) are a phrase, no slip
BOUND_MAX = 4000
# characters that combine with anything (numerals, determiners, locatives, function words): a pair
# holding one is a phrase the dictionary need not list (一校, 各作, 群中, 只提), never a checked slip
FREE_CHARS = frozenset(
    "一二三四五六七八九十百千万两几半各每该本此其这那某诸全上下中内外前后里间和与及或并而且跟同对把被将为从向"
    "给让由在于以是的了着也都就又才还只不没很更最太再已曾要会能可应需须得地个们之所等"
)
TWO_NAMES = ("nr", "nrt", "nrfg", "ns", "nt", "nz", "eng")  # no name is a right form
# a wrong two-character form opening with a common surname may be a name (廖某, 章某)
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# characters written either way in good text (异形词, pronouns, 的/地/得): never a replacement pair
INTERCHANGEABLE = [
    set("作做"),
    set("他她它"),
    set("象像"),
    set("帐账"),
    set("唯惟"),
    set("分份"),
    set("的地得"),
]
INTERCHANGEABLE += [set("那哪"), set("再在"), set("须需"), set("其奇"), set("即既"), set("己已")]
# look-alikes sharing a phonetic part that a writer confuses (beside data/similar_shapes.yaml)
LOOK_ALIKES = [["诲", "悔", "晦", "侮"], ["葺", "茸"], ["湎", "缅"], ["秉", "禀"], ["贸", "冒"], ["订", "定"]]
_TONE = str.maketrans("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ", "aaaaeeeeiiiioooouuuuvvvvnnnm")


def load_dictionary() -> tuple[dict[str, int], dict[str, str]]:
    freq: dict[str, int] = {}
    pos: dict[str, str] = {}
    with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                freq[parts[0]] = int(parts[1])
                pos[parts[0]] = parts[2] if len(parts) > 2 else ""
    return freq, pos


def character_weights(freq: dict[str, int]) -> tuple[dict[str, int], Counter[str], list[str]]:
    """The dictionary's words of Chinese characters only, each character's weight (the frequencies of
    the words holding it) and the characters commonest first."""
    cjk = {w: f for w, f in freq.items() if all("\u4e00" <= c <= "\u9fff" for c in w)}
    weight: Counter[str] = Counter()
    for w, f in cjk.items():
        for c in w:
            weight[c] += f
    return cjk, weight, [c for c, _ in weight.most_common()]


def finals(char: str) -> set[str]:
    """Toneless finals of every reading (枕 → {en}): look-alikes that also sound alike are slips."""
    out = set()
    for syllable in readings(char):
        s = syllable.translate(_TONE)
        out.add(s[2:] if s[:2] in ("zh", "ch", "sh") else s[1:] if s[0] in "bpmfdtnlgkhjqxrzcs" else s)
    return out


def toneless(char: str) -> set[str]:
    """Pinyin syllables without their tone (重 → {zhong, chong})."""
    return {s.translate(_TONE) for s in readings(char)}


def readings(char: str) -> set[str]:
    """Pinyin syllables with their tone."""
    raw = PINYIN_DICT.get(ord(char), "")
    return {s for s in raw.split(",") if s}


CLEAN_FIXTURES = (
    "tests/fixtures/review/*clean/*.txt",
    "tests/fixtures/materials/*",
    "tests/fixtures/heldout/materials/*",
    "tests/fixtures/similarity/ind*",
    "tests/fixtures/ledger/*.txt",
)


def clean_texts() -> list[str]:
    from mingjing.read import read_document

    return [read_document(p).text for pattern in CLEAN_FIXTURES for p in sorted(ROOT.glob(pattern))]


def write_xz(path: Path, header: str, kept: dict[str, str]) -> None:
    """The table as an xz file: the header's lines as comments, then wrong<TAB>right sorted by the wrong."""
    import lzma

    with lzma.open(path, "wt", encoding="utf-8", preset=9) as f:
        body = "".join(f"{w}\t{r}\n" for w, r in sorted(kept.items()))
        f.write("".join(f"# {line}\n" for line in header.splitlines()) + body)


def write(path: Path, header: str, kept: dict[str, str]) -> None:
    lines = [f"# {line}" for line in header.splitlines()]
    lines += [f"{w}\t{r}" for w, r in sorted(kept.items(), key=lambda x: (x[1], x[0]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def print_stats(stats: dict[str, int], *label: str) -> None:
    """A generator's counts on one line of stderr (`label` first, when given)."""
    print(*label, ", ".join(f"{k}: {v}" for k, v in stats.items()), file=sys.stderr)


def run_then_build(main: Callable[[], int]) -> None:
    """Run a generator's `main`, rebuild the mapped tables the rules read (rules/tables.py) from the
    sources just written, and exit with main's status."""
    status = main()
    from mingjing.rules.tables import build_all

    build_all()
    sys.exit(status)


def main() -> int:
    import yaml

    from mingjing.rules.misspellings import entries
    from mingjing.rules.word_slips import variant_forms

    freq, pos = load_dictionary()
    cjk, weight, ranked = character_weights(freq)
    shape_common = set(ranked[:SHAPE_CHARS])
    by_sound: dict[str, set[str]] = {}
    for c in ranked[:COMMON_CHARS]:  # commonest first: the first SOUND_CHOICES of a syllable are kept
        for r in readings(c):
            if len(by_sound.setdefault(r, set())) < SOUND_CHOICES:
                by_sound[r].add(c)
    shapes: dict[str, set[str]] = {}
    data = yaml.safe_load(SHAPES.read_text(encoding="utf-8"))
    for group in [*data["groups"], *LOOK_ALIKES]:
        for a in group:
            shapes.setdefault(a, set()).update(b for b in group if b != a)
    for group in data.get("families", []):  # a derived family: the members that also sound alike
        for a in group:
            shapes.setdefault(a, set()).update(b for b in group if b != a and finals(a) & finals(b))

    def twins(c: str, rare_shapes: bool = False) -> set[str]:
        """Look-alikes among the commoner characters (any look-alike with `rare_shapes`), and common
        characters of the same sound and tone that are commoner than `c` (the writer slips from the
        rarer character to the commoner one: 沉湎 → 沉缅; the input method offers the whole word, so a
        slip is rarely between equals)."""
        out = {t for t in shapes.get(c, set()) if rare_shapes or t in shape_common}
        for r in readings(c):
            out |= {t for t in by_sound.get(r, set()) if weight[t] > weight[c]}
        out.discard(c)
        return {t for t in out if not any(c in s and t in s for s in INTERCHANGEABLE)}

    inside: set[str] = set()  # every 2- to 4-character piece of a longer dictionary word
    inside_known: set[str] = set()  # every 2-character piece of a longer word not of the noise (freq ≥ 5)
    for w, f in cjk.items():
        for n in (2, 3, 4):
            if len(w) > n:
                inside.update(w[i : i + n] for i in range(len(w) - n + 1))
        if len(w) > 2 and f >= 5:
            inside_known.update(w[i : i + 2] for i in range(len(w) - 1))
    from mingjing.rules.classic_slips import entries as classic_entries
    from mingjing.rules.near_twin import formulations

    hand: dict[str, str] = {w: e.right for w, e in entries(include_generated=False).items()}
    hand.update({w: e.right for w, e in classic_entries().items()})  # T118's hand list
    hand.update({w: right for w, (right, _) in variant_forms().items()})  # a variant form (T117) is no slip
    hand_right = set(hand.values())
    texts = clean_texts()
    only_two = "--two" in sys.argv  # regenerate the two-character part only
    # the genre's fixed phrases (a fixed formulation's slip is F129's: 驰而不息)
    genre = set(yaml.safe_load(GENRE.read_text(encoding="utf-8"))["phrases"]) - set(formulations())
    four_stats, four = (
        (Counter(), {})
        if only_two
        else generate_four(cjk, pos, twins, inside, hand, hand_right, texts, genre)
    )
    write(
        GENERATED_FOUR if not only_two else Path("/dev/null"),
        "Generated by scripts/generate_misspellings.py (do not edit by hand; rerun it): a 成语 or 四字格 of\n"
        "jieba's dictionary or pypinyin's phrases with one character replaced by a look-alike or by a\n"
        "commoner character of the same sound and tone, the result not a word nor a piece of a longer\n"
        f"word, silent on the clean fixtures. wrong<TAB>right, {len(four)} entries; tests walk them.",
        four,
    )

    def sound_twins(c: str) -> set[str]:
        """Twins that also share a reading with its tone (暇/瑕 xiá, 证/症 zhèng, 讫/迄 qì): the slips of an
        input method, the only ones a two-character word is checked for."""
        return {t for t in twins(c, rare_shapes=True) if readings(t) & readings(c)}

    only_four = "--four" in sys.argv  # regenerate the four-character part only (r25)
    two_stats, two = (
        (Counter(), {}) if only_four else generate_two(cjk, pos, sound_twins, inside_known, hand, texts)
    )
    write(
        GENERATED_TWO if not only_four else Path("/dev/null"),
        "Generated by scripts/generate_misspellings.py (do not edit by hand; rerun it): a frequent\n"
        "two-character word with one character replaced by a commoner character of the same sound and\n"
        "tone or a look-alike, the result no word nor a piece of a word of either dictionary, silent on the\n"
        f"clean fixtures. wrong<TAB>right, {len(two)} entries; T116 reads them behind its context guard.",
        two,
    )
    for name, stats in (("four", four_stats), ("two", two_stats)):
        print_stats(stats, name)
    return 0


def generate_four(
    cjk: dict[str, int],
    pos: dict[str, str],
    twins: Callable[[str], set[str]],
    inside: set[str],
    hand: Mapping[str, str],
    hand_right: set[str],
    texts: list[str],
    genre: set[str],
) -> tuple[Counter[str], dict[str, str]]:
    stats: Counter[str] = Counter()
    fours = {w for w, f in cjk.items() if len(w) == 4 and f >= IDIOM_MIN_FREQ and pos[w] not in NAMES}
    fours |= {
        w for w in PHRASES_DICT if len(w) == 4 and cjk.get(w, 0) >= PHRASE_MIN_FREQ and pos[w] not in NAMES
    }
    stats["genre phrases not in the dictionaries"] = len({w for w in genre if len(w) == 4} - fours)
    fours |= {w for w in genre if len(w) == 4}
    fours -= hand.keys()  # jieba's dictionary holds a few misspellings (名符其实): never a right form
    # a firm's name (宝洁公司, 戴尔公司) is no 成语 or 四字格: its slips are other firms' names (保洁公司)
    fours = {w for w in fours if not w.endswith(ORGANISATION_HEADS)}
    stats["right forms"] = len(fours)
    found: dict[str, str] = {}
    for right in sorted(fours, key=lambda w: (-cjk.get(w, 0), w)):
        wrongs = [right[:i] + t + right[i + 1 :] for i, c in enumerate(right) for t in twins(c)]
        for i in range(3):
            if right[i] == right[i + 1]:
                wrongs += [right[:i] + t + t + right[i + 2 :] for t in twins(right[i])]
        # an echo (round r25): a character typed as another character of the same saying that shares its
        # syllable, tone aside (重中之重 → 重中之中: zhòng/zhōng) — the input method offers the one just typed
        echoes = {
            right[:i] + t + right[i + 1 :]
            for i, c in enumerate(right)
            for t in set(right) - {c}
            if toneless(t) & toneless(c)
        }
        wrongs += sorted(echoes)
        for wrong in wrongs:
            stats["candidates"] += 1
            if wrong in found or wrong in hand:
                stats["already listed"] += 1
            elif any(wrong[i : i + n] in hand for n in (2, 3) for i in range(5 - n)):
                stats["holds a listed wrong form (推委扯皮: T117 reports 推委)"] += 1
            elif wrong not in echoes and FREE_CHARS.intersection(
                wrong[0] + wrong[-1]
            ) - FREE_CHARS.intersection(
                right[0] + right[-1]
            ):  # an echo's edge is the saying's own character (重中之中), no free word put beside it
                stats["a free character at an edge (党的十九届)"] += 1
            elif (
                wrong in PHRASES_DICT
                or wrong in hand_right
                or cjk.get(wrong, 0) >= max(5, cjk.get(right, 0) / 50)
            ):
                stats["a word"] += 1
            elif wrong in inside:
                stats["a piece of a longer word"] += 1
            elif min(cjk.get(wrong[:2], 0), cjk.get(wrong[2:], 0)) >= COMPOUND_FREQ:
                stats["two words (职业资格)"] += 1
            elif max(cjk.get(wrong[:3], 0), cjk.get(wrong[1:], 0)) >= 5:
                stats["a three-character word and one more (研究生培)"] += 1
            else:
                found[wrong] = right
    noisy = {w for w in found if any(w in t for t in texts)}
    stats["on clean text"] = len(noisy)
    kept = {w: r for w, r in found.items() if w not in noisy}
    stats["kept"] = len(kept)
    return stats, kept


def generate_two(
    cjk: dict[str, int],
    pos: dict[str, str],
    twins: Callable[[str], set[str]],
    inside: set[str],
    hand: Mapping[str, str],
    texts: list[str],
) -> tuple[Counter[str], dict[str, str]]:
    import yaml

    from mingjing.rules.trade_lexicon import trade_terms
    from mingjing.rules.word_slips import slips, stands_apart

    stats: Counter[str] = Counter()
    trade_words = set(yaml.safe_load(TRADE.read_text(encoding="utf-8"))["words"])
    # the trades' lexicon's two-character terms too (脱硝 of a power plant, 风筒 of a mine: r24), which T116's
    # guard reads as right words
    trade_words |= {w for w in trade_terms() if len(w) == 2}
    total = sum(cjk.values())
    twos = {w for w, f in cjk.items() if len(w) == 2 and f >= TWO_MIN_FREQ and pos[w] not in TWO_NAMES}
    twos -= hand.keys()
    stats["right forms"] = len(twos)
    found: dict[str, str] = {}
    for right in sorted(twos, key=lambda w: (-cjk[w], w)):
        for i, c in enumerate(right):
            for t in twins(c):
                wrong = right[:i] + t + right[i + 1 :]
                stats["candidates"] += 1
                if wrong in found or wrong in hand:
                    stats["already listed"] += 1
                elif wrong in PHRASES_DICT or wrong in cjk or wrong in trade_words:
                    stats["a word"] += 1  # a trade's word the dictionaries lack (诉源, 编研) is a word too
                elif reason := two_character_guard(
                    wrong, right, cjk, inside, total, BOUND_MAX, TWO_CHANCE_RATIO
                ):
                    stats[reason] += 1
                else:
                    found[wrong] = right
    present = {w for w in found if any(w in t for t in texts)}
    apart = {w for w in present if any(_reported(t, w, stands_apart) for t in texts)}
    candidates = {w: found[w] for w in present}
    reported = {t[s:e] for t in texts for s, e, _ in slips(t, table=candidates)}
    stats["present in clean text"] = len(present)
    stats["standing apart in clean text"] = len(apart)
    stats["reported in clean text (standing apart, no parallel, abbreviation or repeat)"] = len(reported)

    def odds(wrong: str) -> int:
        return round(
            cjk[found[wrong]] / (max(1, cjk.get(wrong[0], 0)) * max(1, cjk.get(wrong[1], 0)) / total)
        )

    for label, forms in (("standing apart", apart), ("reported", reported)):
        print(
            f"{label} in clean text:",
            " ".join(f"{w}→{found[w]} ({odds(w)})" for w in sorted(forms)),
            file=sys.stderr,
        )
    kept = {w: r for w, r in found.items() if w not in reported}
    stats["kept"] = len(kept)
    return stats, kept


def two_character_guard(
    wrong: str,
    right: str,
    cjk: Mapping[str, int],
    inside: set[str],
    total: int,
    bound_max: int,
    chance_ratio: int,
) -> str | None:
    """Why a two-character wrong form is no likely slip (the stats label), or None when it is one."""
    from mingjing.rules.word_slips import BODY_SUFFIXES

    # how often the two characters would stand side by side as single words by chance
    chance = max(1, cjk.get(wrong[0], 0)) * max(1, cjk.get(wrong[1], 0)) / total
    if wrong in inside:
        return "a piece of a word"
    if wrong[0] in SURNAMES:
        return "opens with a surname"
    if wrong[1] in BODY_SUFFIXES:
        return "ends like an abbreviated body (卫健委)"
    if FREE_CHARS.intersection(wrong):
        return "holds a free character"
    if min(cjk.get(wrong[0], 0), cjk.get(wrong[1], 0)) > bound_max:
        return "both characters are words alone (提实)"
    if cjk[right] < chance_ratio * chance:
        return "its characters meet by chance"
    return None


def _reported(text: str, wrong: str, stands_apart: Callable[[str, int, int], bool]) -> bool:
    """Whether `wrong` passes the guard `stands_apart` somewhere in `text`."""
    at = text.find(wrong)
    while at >= 0:
        if stands_apart(text, at, at + 2):
            return True
        at = text.find(wrong, at + 1)
    return False


if __name__ == "__main__":
    run_then_build(main)
