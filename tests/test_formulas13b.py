"""Round r13b's formulation and punctuation frames (formulas13b), measured first on a probe of our own
(tests/fixtures/probes13/formulas13b/probe.yaml): passages of the kinds set 26's misses showed, in words
other than sets 25's and 26's, each put into a clean sample material and reviewed with every rule."""

from functools import lru_cache
from pathlib import Path

import yaml

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.rules.examples import example_document
from mingjing.rules.review import review_outline
from mingjing.rules.sample import GOOD

PROBE = Path(__file__).parent / "fixtures" / "probes13" / "formulas13b" / "probe.yaml"
_AFTER = "对偏远村组的道路安全隐患了解不够。\n"


@lru_cache(maxsize=1)
def _packs():
    return load_frameworks()


def _findings(passage: str) -> list[tuple[int, int, str, str]]:
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


def probe() -> dict[str, object]:
    data = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    missed, alarms = [], []
    for item in data["bad"]:
        text, span = item["text"], item["span"]
        a = text.index(span)
        if not any(s < a + len(span) and a < e for s, e, _, _ in _findings(text)):
            missed.append(text)
    for text in data["good"]:
        if found := _findings(text):
            alarms.append((text, found))
    return {"bad": len(data["bad"]), "good": len(data["good"]), "missed": missed, "alarms": alarms}


def test_the_probe_is_big_enough():
    data = yaml.safe_load(PROBE.read_text(encoding="utf-8"))
    assert len(data["bad"]) >= 30 and len(data["good"]) >= 30


if __name__ == "__main__":
    out = probe()
    found = out["bad"] - len(out["missed"])
    print(f"probe: found {found}/{out['bad']}, false alarms {len(out['alarms'])} on {out['good']} good passages")
    for t in out["missed"]:
        print("  missed:", t)
    for t, f in out["alarms"]:
        print("  alarm:", t, f)
