"""Real words in the wrong place (T110): 群众反应强烈 → 反映, 教育改革的新形式 → 形势, 过渡依赖 → 过度,
即要……又要 → 既要. The word alone is a real word, so no list of misspellings finds it; the pairs and
the contexts that make the other reading the usual one are data (data/confusions.yaml), each pair
with its bad and good examples (they run as tests of this rule). A context's `speaks` is searched in the whole
material (r27): the material's own trade decides a trade's term against the real word typed for it (免役 for
免疫 where the material writes 疫苗, 寻河 for 巡河 where it writes 河长, 囤船 for 趸船 at a 码头).

When the user has a template library (a unit's past materials), its n-grams are extra evidence for
the pairs whose contexts did not decide (rules/library_model.py): the library must use the right
word in this very context several times and the wrong one never.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from mingjing.model import Finding
from mingjing.rules.base import Rule, code_rule
from mingjing.rules.context import ReviewContext
from mingjing.rules.grams import cjk_bigram_set
from mingjing.rules.library_model import LibraryModel
from mingjing.yamlnodes import load_data

DATA = Path(__file__).parent / "data" / "confusions.yaml"
_SENTENCE_END = re.compile(r"[。！？；\n]")


@dataclass(frozen=True)
class Context:
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    # searched in the word's sentence: `within` must be there, `without` must not (r22: the things
    # 精简 cuts, 工作群 and 报表, stand a clause or two before 加以精减; 精减人员 stays quiet)
    within: re.Pattern[str] | None = None
    without: re.Pattern[str] | None = None
    # searched in the whole material: its own trade (r27: a 疾控中心 writes 疫苗, a 河长办 河长, a port 码头)
    speaks: re.Pattern[str] | None = None

    def holds(self, text: str, start: int, end: int) -> bool:
        if self.speaks is not None and not _speaks(self.speaks, text, start, end):
            return False
        if self.before is not None and not self.before.search(text, max(0, start - 20), start):
            return False
        if self.after is not None and self.after.match(text, end, min(len(text), end + 60)) is None:
            return False
        if self.within is None and self.without is None:
            return True
        left, right = _sentence(text, start, end)
        if self.within is not None and self.within.search(text, left, right) is None:
            return False
        return self.without is None or self.without.search(text, left, right) is None


@dataclass(frozen=True)
class Confusion:
    wrong: str
    right: str
    why: str
    contexts: tuple[Context, ...]
    unless: re.Pattern[str] | None
    bad: tuple[str, ...]
    good: tuple[str, ...]


@lru_cache(maxsize=1)
def confusions() -> tuple[Confusion, ...]:
    data = load_data(DATA.read_text(encoding="utf-8")) or {}
    out = []
    for p in data.get("pairs", []):
        contexts = tuple(
            Context(
                re.compile("(?:" + c["before"] + ")$") if c.get("before") else None,
                re.compile(c["after"]) if c.get("after") else None,
                re.compile(c["within"]) if c.get("within") else None,
                re.compile(c["without"]) if c.get("without") else None,
                re.compile(c["speaks"]) if c.get("speaks") else None,
            )
            for c in p.get("contexts", [])
        )
        out.append(
            Confusion(
                p["wrong"],
                p["right"],
                p["why"],
                contexts,
                re.compile(p["unless"]) if p.get("unless") else None,
                tuple(p.get("bad", [])),
                tuple(p.get("good", [])),
            )
        )
    return tuple(out)


_CJK_HEAD = re.compile(r"[\u4e00-\u9fff]{2}")


def _speaks(trade: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether the material writes a word of the trade anywhere but in the wrong word itself."""
    return any(m.end() <= start or m.start() >= end for m in trade.finditer(text))


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(
        (m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 80), start)), default=max(0, start - 80)
    )
    m = _SENTENCE_END.search(text, end, end + 80)
    return left, m.start() if m else min(len(text), end + 80)


def _silenced(unless: re.Pattern[str], text: str, start: int, end: int) -> bool:
    left, right = _sentence(text, start, end)
    return unless.search(text, max(left, start - 10), right) is not None


def misused(text: str, model: LibraryModel | None = None) -> Iterator[tuple[int, int, Confusion, str]]:
    """(start, end, pair, evidence) for each wrong word whose context makes the other usual;
    evidence is "context" (the pair's data) or "library" (the template library's n-grams)."""
    grams = cjk_bigram_set(text)  # the document's bigrams, shared: most pairs' words are not there
    for pair in confusions():
        if _CJK_HEAD.match(pair.wrong) and pair.wrong[:2] not in grams:
            continue
        at = text.find(pair.wrong)
        while at >= 0:
            end = at + len(pair.wrong)
            if pair.unless is None or not _silenced(pair.unless, text, at, end):
                if any(c.holds(text, at, end) for c in pair.contexts):
                    yield at, end, pair, "context"
                elif model is not None and model.prefers(text, at, end, pair.right):
                    yield at, end, pair, "library"
            at = text.find(pair.wrong, end)


def _examples() -> tuple[list[str], list[str]]:
    bad = [b for p in confusions() for b in p.bad]
    good = [g for p in confusions() for g in p.good]
    return bad, good


_EVIDENCE = {"context": "按上下文", "library": "本单位模板库中同样的上下文都写作“{right}”"}


@code_rule(
    "T110",
    "real-word-in-context",
    "typo",
    "warning",
    "“{match}”疑为“{suggestion}”：{why}（{evidence}）",
    "错字本身也是一个词时（反应/反映、形式/形势、过渡/过度、即要/既要），错别字清单查不出来。"
    "这里按上下文判断：词对和使另一个词成为通常说法的上下文写在数据里（rules/data/confusions.yaml），"
    "有模板库时，模板库在同样上下文中的用法作为补充证据。",
    bad=_examples()[0],
    good=_examples()[1],
)
def real_word_in_context(ctx: ReviewContext, rule: Rule) -> Iterator[Finding]:
    for start, end, pair, evidence in misused(ctx.text, ctx.options.language_model):
        note = _EVIDENCE[evidence].format(right=pair.right)
        yield rule.finding(ctx.text, start, end, (pair.right,), why=pair.why.rstrip("。"), evidence=note)
