"""The review's large generated tables (T111, T116, T124, T316, T317) as memory-mapped files of sorted codes.

A process pays for a table only when it looks something up, and then only for the pages it reads; the
operating system's page cache shares them between processes (the CLI's runs, the web app's pool
workers).

Every table maps a form of a fixed number of Chinese characters of the basic block (U+4E00–U+9FFF) to a
form of the same length: a character is 15 bits (its code point less U+4E00), a form of up to four
characters one 64-bit integer, the first character the highest, so that the order of the codes is the
order of the forms. A value's top bit is the table's flag (T124: the slip is one of shape).

The sources stay the generators' TSV files (data/*.tsv, data/*.tsv.xz: readable, reviewed in diffs); a
table file (data/*.table) is built from its source by `build` — at `make install`, by each generator
after writing its source, by `python -m mingjing.rules.tables`, or on first use when it is missing or
no longer matches its source (its size and time of change, else its CRC-32: in the file's header).
When it can be neither read nor built the lookup raises TableError, one line in Chinese: a rule never
runs without its table (fail closed).

File layout: a 64-byte header (magic, format version, width, flag character, count, the source's size,
CRC-32 and modification time, the Bloom filter's size), then the sorted keys and the values, each
`count` little-endian unsigned 64-bit integers, then the Bloom filter's 64-bit words.
"""

from __future__ import annotations

import lzma
import mmap
import os
import struct
import sys
import time
import zlib
from array import array
from collections.abc import ItemsView, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from mingjing.errors import PackError

if TYPE_CHECKING:
    import numpy as np

DATA = Path(__file__).parent / "data"
MAGIC = b"MJTABLE\x00"
VERSION = 3
# magic, version, width, flag (UTF-8, padded), count, the source's size, CRC-32 and modification time (ns)
_HEADER = struct.Struct("<8sHH4sQQIQH")  # … and log2 of the filter's 64-bit words
HEADER_SIZE = 64
BASE = 0x4E00
BITS = 15  # a character's bits in a packed form
_LAST = BASE + (1 << BITS) - 1  # the packing holds U+4E00–U+CDFF; the tables hold U+4E00–U+9FFF only
FLAG = 1 << 63
_SETTLED = 2_000_000_000  # ns: a source's time of change is trusted only when older than this at the build


class TableError(PackError):
    """A table file that can be neither read nor rebuilt (the message says which and what to do)."""


@dataclass(frozen=True)
class Spec:
    """A table: its source (wrong<TAB>right[<TAB>flag field] lines, `#` comment lines), the length of
    its forms, and the third field's value that sets the flag (None: no flag)."""

    source: str
    width: int
    flag: str | None = None


SPECS: dict[str, Spec] = {
    "misspellings_generated": Spec("misspellings_generated.tsv", 4),  # T111, scripts/generate_misspellings.py
    "misspellings_two": Spec("misspellings_two.tsv", 2),  # T116, the same script
    "misspellings_shape": Spec("misspellings_shape.tsv", 2),  # T130, scripts/generate_shape_slips.py
    "misspellings_wide": Spec("misspellings_wide.tsv.xz", 4, flag="h"),  # T124, generate_wide_slips.py
    "near_words": Spec("near_words.tsv.xz", 2),  # T316, scripts/generate_near_words.py
    "near_phrases": Spec("near_phrases.tsv.xz", 4),  # T317, the same script
    "near_words_rare": Spec("near_words_rare.tsv.xz", 2),  # T166, scripts/generate_rare_near_words.py
    "long_word_subs": Spec("long_word_subs.tsv.xz", 3),  # T168, scripts/generate_long_word_slips.py
    "glyph_frame_pairs": Spec("glyph_frame_pairs.tsv.xz", 2),  # T157, generate_glyph_frame_pairs.py
    "genre_word_slips": Spec("genre_word_slips.tsv", 2),  # T183, scripts/generate_genre_word_slips.py
    "idiom_near_sound": Spec("idiom_near_sound.tsv", 4),  # T182, scripts/generate_idiom_sound_slips.py
}


def table_path(name: str) -> Path:
    return DATA / f"{name}.table"


def _pack(form: str) -> int:
    code = 0
    for c in form:
        code = (code << BITS) | (ord(c) - BASE)
    return code


def _source_text(raw: bytes, source: Path) -> str:
    return (lzma.decompress(raw) if source.name.endswith(".xz") else raw).decode("utf-8")


# A blocked Bloom filter over the keys, stored after the values: a key sets two bits of one 64-bit word
# (the word chosen by one multiplicative hash, the bits by another), one word for 8 keys or fewer. A
# document's runs are tested there first, one memory access each, and only the few that pass (all
# the keys among them, about 5 % of the others) are searched among the keys: a binary search over
# keys out of the cache costs about ten accesses a run.
_M1 = 0x9E3779B97F4A7C15
_M2 = 0xC2B2AE3D27D4EB4F
_MASK = (1 << 64) - 1


def _log_words(count: int) -> int:
    """log2 of the filter's words: the least power of two holding count / 8."""
    return max(0, (count // 8 - 1).bit_length()) if count > 8 else 0


def _bloom(keys: array[int], log_words: int) -> list[int]:
    words = [0] * (1 << log_words)
    for key in keys:
        word = ((key * _M1) & _MASK) >> (64 - log_words) if log_words else 0
        bits = (key * _M2) & _MASK
        words[word] |= (1 << (bits >> 58)) | (1 << ((bits >> 52) & 63))
    return words


def build(name: str) -> Path:
    """Build the table file of `name` from its source (standard library only), atomically: written to
    a temporary file beside it, then renamed over the old one (a process that has the old one mapped
    keeps reading it). A record that does not fit the table is an error naming its line."""
    spec = SPECS[name]
    source = DATA / spec.source
    stamp = source.stat().st_mtime_ns  # before reading: a change made meanwhile is seen as one
    if time.time_ns() - stamp < _SETTLED:
        stamp = 0  # a source changed just now may change again within the clock's tick: check its CRC
    raw = source.read_bytes()
    pairs: dict[int, int] = {}
    for number, line in enumerate(_source_text(raw, source).splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        forms = fields[:2]
        if len(fields) < (3 if spec.flag else 2) or any(
            len(f) != spec.width or not all(BASE <= ord(c) <= 0x9FFF for c in f) for f in forms
        ):
            raise TableError(
                f"{source}:{number}：词表记录格式错误（应为 {spec.width} 个汉字的错误写法、制表符、正确写法）"
            )
        flag = FLAG if spec.flag is not None and fields[2] == spec.flag else 0
        pairs[_pack(forms[0])] = _pack(forms[1]) | flag  # a later record of the same form wins, as in a dict
    keys = array("Q", sorted(pairs))
    values = array("Q", (pairs[k] for k in keys))
    log_words = _log_words(len(keys))
    bloom = array("Q", _bloom(keys, log_words))
    if sys.byteorder == "big":
        keys.byteswap()
        values.byteswap()
        bloom.byteswap()
    flag_bytes = (spec.flag or "").encode("utf-8")
    header = _HEADER.pack(
        MAGIC, VERSION, spec.width, flag_bytes, len(keys), len(raw), zlib.crc32(raw), stamp, log_words
    )
    path = table_path(name)
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        with part.open("wb") as f:
            f.write(header.ljust(HEADER_SIZE, b"\x00"))
            f.write(keys.tobytes())
            f.write(values.tobytes())
            f.write(bloom.tobytes())
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)
    return path


class Header(NamedTuple):
    log_words: int
    version: int
    width: int
    entries: int
    size: int  # of the source, in bytes
    crc: int  # of the source
    stamp: int  # the source's modification time (ns) when the table was built


def _header(blob: bytes | mmap.mmap) -> Header:
    """The header of a table file, or ValueError."""
    if len(blob) < HEADER_SIZE:
        raise ValueError("too short")
    magic, version, width, _flag, count, size, crc, stamp, log_words = _HEADER.unpack_from(blob)
    if magic != MAGIC:
        raise ValueError("not a table")
    if len(blob) != HEADER_SIZE + 16 * count + 8 * (1 << log_words) or log_words > 40:
        raise ValueError("truncated")
    return Header(log_words, version, width, count, size, crc, stamp)


def _current(name: str) -> mmap.mmap | None:
    """The table file mapped, when it is there, of this format and of its source as it is now."""
    spec = SPECS[name]
    path = table_path(name)
    try:
        with path.open("rb") as f:
            mapped = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):  # missing, unreadable or empty
        return None
    try:
        header = _header(mapped)
    except ValueError:
        mapped.close()
        return None
    if header.version != VERSION or header.width != spec.width or not _matches(DATA / spec.source, header):
        mapped.close()
        return None
    return mapped


def _matches(source: Path, header: Header) -> bool:
    """Whether the table of `header` was built from `source` as it is now: the same size and time of
    change (no reading), else the same size and CRC-32 (a checkout sets new times). An installation
    without the sources trusts its tables."""
    try:
        stat = source.stat()
    except FileNotFoundError:
        return True
    if stat.st_size != header.size:
        return False
    return stat.st_mtime_ns == header.stamp or zlib.crc32(source.read_bytes()) == header.crc


@cache
def open_table(name: str) -> FormTable:
    """The table `name`, mapped once per process; built first when missing or stale (TableError, in
    Chinese, when that is not possible)."""
    spec = SPECS[name]
    mapped = _current(name)
    if mapped is None:
        where = f"rules/data/{table_path(name).name}"
        if not (DATA / spec.source).exists():
            raise TableError(
                f"审阅词表 {where} 缺失且没有它的来源 {spec.source}：安装不完整，请重新安装 mingjing"
            )
        try:
            build(name)
        except OSError:
            raise TableError(
                f"审阅词表 {where} 缺失或与来源 {spec.source} 不符，且无法重建（无法写入 {DATA}）："
                "请用有写权限的账户运行 python -m mingjing.rules.tables"
            ) from None
        mapped = _current(name)
        if mapped is None:
            raise TableError(
                f"审阅词表 {where} 重建后仍无法读取：请检查磁盘后运行 python -m mingjing.rules.tables"
            )
    return FormTable(mapped, spec.width)


class FormTable(Mapping[str, str]):
    """wrong → right over a mapped table file. `present` and `find` look up all the n-grams of a
    document at once (numpy's binary search over the sorted keys, which reads only the pages on the
    search paths); single look-ups (`table[w]`, `w in table`) pack one form."""

    def __init__(self, mapped: mmap.mmap, width: int) -> None:
        import numpy as np

        header = _header(mapped)
        count = header.entries
        self.width = width
        self._map = mapped
        self._keys = np.frombuffer(mapped, dtype="<u8", count=count, offset=HEADER_SIZE)
        self._values = np.frombuffer(mapped, dtype="<u8", count=count, offset=HEADER_SIZE + 8 * count)
        self._bloom = np.frombuffer(
            mapped, dtype="<u8", count=1 << header.log_words, offset=HEADER_SIZE + 16 * count
        )
        self._log_words = header.log_words

    def _found(self, codes: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        """The indexes of the codes that are keys: those the Bloom filter lets through, then numpy's
        binary search over the sorted keys."""
        import numpy as np

        keys = self._keys
        if not len(keys) or not len(codes):
            return np.zeros(0, dtype=np.intp)
        one = np.uint64(1)
        word = (
            (codes * np.uint64(_M1)) >> np.uint64(64 - self._log_words)
            if self._log_words
            else np.zeros(len(codes), dtype=np.intp)
        )
        bits = codes * np.uint64(_M2)
        mask = (one << (bits >> np.uint64(58))) | (one << ((bits >> np.uint64(52)) & np.uint64(63)))
        maybe = np.flatnonzero((self._bloom[word] & mask) == mask)
        candidates = codes[maybe]
        at = np.searchsorted(keys, candidates)
        at[at == len(keys)] = 0
        found: np.ndarray[Any, Any] = maybe[keys[at] == candidates]
        return found

    def present(self, grams: Sequence[str]) -> set[str]:
        """The forms among `grams` (strings of `width` characters) that the table holds."""
        codes = pack_forms(grams, self.width)
        if codes is None:
            return {g for g in grams if g in self}
        return {grams[i] for i in self._found(codes).tolist()}

    def find(self, text: str) -> list[int]:
        """Where a form of the table begins in `text`, left to right (overlapping too)."""
        import numpy as np

        runs = windows(text, self.width)
        hit = self._found(runs.sorted)
        if not len(hit):
            return []
        found: list[int] = runs.starts[np.isin(runs.codes, runs.sorted[hit])].tolist()
        return found

    def present_in(self, text: str) -> set[str]:
        """The forms of the table that `text` writes: `present` of the text's runs of `width` Chinese
        characters (`grams.cjk_ngrams`), looked up as the codes of its windows (computed
        once per document and width for all the tables, sorted: the search then reads its keys in
        order)."""
        runs = windows(text, self.width)
        return {unpack(code, self.width) for code in runs.sorted[self._found(runs.sorted)].tolist()}

    def _at(self, form: str) -> int:
        """The index of `form` among the keys, or -1."""
        import numpy as np

        if len(form) != self.width or not all(BASE <= ord(c) <= _LAST for c in form):
            return -1
        code = np.uint64(_pack(form))
        at = int(np.searchsorted(self._keys, code))
        return at if at < len(self._keys) and self._keys[at] == code else -1

    def __getitem__(self, form: str) -> str:
        at = self._at(form)
        if at < 0:
            raise KeyError(form)
        return unpack(int(self._values[at]) & ~FLAG, self.width)

    def __contains__(self, form: object) -> bool:
        return isinstance(form, str) and self._at(form) >= 0

    def flagged(self, form: str) -> bool:
        """Whether the record of `form` (a key) carries the table's flag."""
        at = self._at(form)
        if at < 0:
            raise KeyError(form)
        return bool(int(self._values[at]) & FLAG)

    def _decoded(self, codes: np.ndarray[Any, Any]) -> list[str]:
        import numpy as np

        mask = np.uint64((1 << BITS) - 1)
        columns = [
            ((codes >> np.uint64(BITS * (self.width - 1 - k))) & mask) + np.uint64(BASE)
            for k in range(self.width)
        ]
        chars = np.stack(columns, axis=1).astype("<u4").tobytes().decode("utf-32-le")
        w = self.width
        return [chars[i : i + w] for i in range(0, len(chars), w)]

    def __iter__(self) -> Iterator[str]:
        return iter(self._decoded(self._keys))

    def __len__(self) -> int:
        return len(self._keys)

    def items(self) -> ItemsView[str, str]:
        return _Items(self)

    def pairs(self) -> Iterator[tuple[str, str]]:
        """(wrong, right) of every record in the order of the keys, decoded all at once."""
        import numpy as np

        rights = self._decoded(self._values & np.uint64(FLAG - 1))
        return zip(self._decoded(self._keys), rights, strict=True)


def pack_forms(forms: Sequence[str], width: int) -> np.ndarray[Any, Any] | None:
    """The codes of `forms` (each `width` characters of U+4E00–U+CDFF), in their order, as one 64-bit
    integer each; None when there are none or one does not fit."""
    import numpy as np

    joined = "".join(forms)
    if not forms or len(joined) != width * len(forms):
        return None
    points = np.frombuffer(joined.encode("utf-32-le"), dtype="<u4")
    if points.min() < BASE or points.max() > _LAST:
        return None
    return _packed(points.astype(np.uint64) - np.uint64(BASE), np.arange(0, len(points), width), width)


def _packed(v: np.ndarray[Any, Any], starts: np.ndarray[Any, Any], width: int) -> np.ndarray[Any, Any]:
    """The codes of the forms of `width` characters beginning at `starts` in `v` (code points less
    U+4E00, as unsigned 64-bit integers)."""
    import numpy as np

    code: np.ndarray[Any, Any] = v[starts]
    for k in range(1, width):
        code = (code << np.uint64(BITS)) | v[starts + k]
    return code


class Windows(NamedTuple):
    """The runs of `width` Chinese characters of a text: where each begins (left to right) and its
    code; and the codes sorted (a code written twice is there twice)."""

    starts: np.ndarray[Any, Any]
    codes: np.ndarray[Any, Any]
    sorted: np.ndarray[Any, Any]


def windows(text: str, width: int) -> Windows:
    """The runs of `width` Chinese characters (U+4E00–U+9FFF, as `grams.cjk_ngrams`) in `text`,
    overlapping; kept for the last document, so the tables of one width share them."""
    from mingjing.rules.grams import kept

    def make(t: str) -> Windows:
        import numpy as np

        points = np.frombuffer(t.encode("utf-32-le"), dtype="<u4")
        n = max(0, len(points) - width + 1)
        inside = (points >= BASE) & (points <= 0x9FFF)
        fits = inside[:n].copy()
        for k in range(1, width):
            fits &= inside[k : k + n]
        starts = np.flatnonzero(fits)
        codes = _packed(points.astype(np.uint64) - np.uint64(BASE), starts, width)
        return Windows(starts, codes, np.sort(codes))  # a plain sort: np.unique costs several times more

    return kept(f"table-windows{width}", text, make)


class _Items(ItemsView[str, str]):
    """The table's items decoded all at once (the default would search for each key again)."""

    _mapping: FormTable

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return self._mapping.pairs()


def unpack(code: int, width: int) -> str:
    return "".join(chr(BASE + ((code >> (BITS * (width - 1 - k))) & 0x7FFF)) for k in range(width))


def build_all(stale_only: bool = True) -> list[tuple[str, int]]:
    """Build every table (only those missing or stale unless told otherwise): (name, entries) each."""
    out = []
    for name in SPECS:
        mapped = _current(name) if stale_only else None
        if mapped is None:
            build(name)
            mapped = _current(name)
        if mapped is None:
            raise TableError(f"审阅词表 {table_path(name).name} 无法生成")
        out.append((name, _header(mapped).entries))
        mapped.close()
    return out


def main() -> int:
    """`python -m mingjing.rules.tables [--force]`: build the tables that are missing or stale, then the
    rules' stored tables (rules/stored.py) that are missing or stale."""
    try:
        built = build_all(stale_only="--force" not in sys.argv[1:])
    except (TableError, OSError) as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for name, count in built:
        print(f"{table_path(name).name}：{count} 条")
    from mingjing.rules.stored import build_all as build_stored  # the rules' own tables (rules/stored.py)

    for name in build_stored():
        print(f"stored/{name}.pickle")
    return 0


if __name__ == "__main__":
    sys.exit(main())
