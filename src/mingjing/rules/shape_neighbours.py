"""One accessor for a character's shape neighbours, from the three generated glyph tables: 查/杳, 届/居,
中/虫, 客/害 — the characters a scan, a 五笔 key one off or a handwritten draft typed by another puts for it.

- the whole-glyph look-alikes (rules/glyph_look_alikes.py: ink within one pixel, score ≥ 80);
- the characters one part away (rules/glyph_parts.py: 员/贝, 程/呈);
- the whole characters of one frame (data/glyph_frames.tsv, scripts/generate_glyph_frames.py: one half of
  the glyph drawn alike and the whole near by a chamfer likeness — a changed inner part, 客/害, 虫/中,
  which costs the look-alike table's overlap too much ink).

The detectors that propose substitutions read them here rather than each table on its own; each keeps its
own gates (frequencies, segmentation, context). Nothing is drawn at run time; the tables are read once.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from mingjing.rules.glyph_look_alikes import look_alikes, neighbour_table
from mingjing.rules.glyph_parts import part_neighbours

FRAMES = Path(__file__).parent / "data" / "glyph_frames.tsv"
FRAME_COUNT = 6  # the best whole characters of one frame taken (the table keeps up to ten)


def frame_neighbours(ch: str) -> tuple[str, ...]:
    """The whole characters whose glyphs share a frame with `ch`'s, best first."""
    entry = neighbour_table(FRAMES).get(ch)
    return tuple(entry[0][:FRAME_COUNT]) if entry else ()


@lru_cache(maxsize=16384)
def shape_neighbours(ch: str) -> tuple[str, ...]:
    """Every shape neighbour of `ch`: its look-alikes, then the characters one part away, then those of
    one frame (each once, in that order)."""
    return tuple(dict.fromkeys((*look_alikes(ch), *part_neighbours(ch), *frame_neighbours(ch))))


@lru_cache(maxsize=16384)
def whole_neighbours(ch: str) -> tuple[str, ...]:
    """The whole-glyph neighbours of `ch` only: its look-alikes, then those of one frame (no parts: a
    detector of two-character pairs meets too many words that hold a part, 研学/开学)."""
    return tuple(dict.fromkeys((*look_alikes(ch), *frame_neighbours(ch))))


def frame_only(ch: str, other: str) -> bool:
    """Whether `other` is a neighbour of `ch` by the frame table alone (the weakest likeness: a detector
    asks more evidence of it)."""
    return other not in look_alikes(ch) and other not in part_neighbours(ch) and other in frame_neighbours(ch)


@lru_cache(maxsize=1)
def shape_characters() -> frozenset[str]:
    """Every character with a shape neighbour in any of the tables."""
    from mingjing.rules.glyph_look_alikes import TABLE as LOOKS
    from mingjing.rules.glyph_parts import TABLE as PARTS

    tables = (neighbour_table(LOOKS), neighbour_table(PARTS), neighbour_table(FRAMES))
    return frozenset().union(*tables)


@lru_cache(maxsize=1)
def whole_characters() -> frozenset[str]:
    """Every character with a whole-glyph neighbour (look-alike or one frame)."""
    from mingjing.rules.glyph_look_alikes import TABLE as LOOKS

    return frozenset(neighbour_table(LOOKS)) | frozenset(neighbour_table(FRAMES))
