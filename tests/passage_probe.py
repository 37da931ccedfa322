"""A probe of passages, each put as a line of its own into the clean sample material and reviewed with
every rule (formulas13, formulas13b): a `bad` passage is heard when a finding overlaps its `span`; a
`good` passage must draw no error or warning."""

from functools import lru_cache
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.rules.examples import example_document
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

_AFTER = "对偏远村组的道路安全隐患了解不够。\n"


@lru_cache(maxsize=1)
def _packs():
    return load_frameworks()


def passage_findings(passage: str) -> list[tuple[int, int, str, str]]:
    """The findings (error or warning) inside the passage, put as a line of its own into the sample
    material: (start, end) in the passage, the code and the category."""
    assert GOOD.count(_AFTER) == 1
    text = GOOD.replace(_AFTER, _AFTER + passage + "\n")
    report = review_outline(parse_document(example_document(text), _packs()), _packs())
    doc = report.outline.document.text
    at = doc.find(passage)
    assert at >= 0
    return [
        (f.start - at, f.end - at, f.code, f.category)
        for f in report.findings
        if f.severity in ("error", "warning") and at <= f.start and f.end <= at + len(passage)
    ]


def run_probe(path: Path) -> dict[str, object]:
    """The probe's sizes, its missed `bad` passages and its `good` passages with their findings."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    missed, alarms = [], []
    for item in data["bad"]:
        text, span = item["text"], item["span"]
        a = text.index(span)
        if not any(s < a + len(span) and a < e for s, e, _, _ in passage_findings(text)):
            missed.append(text)
    for text in data["good"]:
        if found := passage_findings(text):
            alarms.append((text, found))
    return {"bad": len(data["bad"]), "good": len(data["good"]), "missed": missed, "alarms": alarms}
