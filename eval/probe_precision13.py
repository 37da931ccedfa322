"""The precision13 probe of round r13 (tests/fixtures/probes13/precision13/): recall and false alarms of
E104 (a point with no fact), E103 (a personal material written about others) and A101 (an aspect no
measure answers) on passages written for it, each put into the rules' sample material."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from mingjing.rules.facts import has_fact  # noqa: E402
from mingjing.rules.sample import GOOD  # noqa: E402
from mingjing.yamlnodes import load_data  # noqa: E402

PROBE = ROOT / "tests" / "fixtures" / "probes13" / "precision13"
POINT = "一是调查研究不够深入。全年到基层调研21次，其中多数安排在交通便利的乡镇，对偏远村组的道路安全隐患了解不够。"
LAST_PROBLEM = "（六）在廉洁自律方面。"
LAST_MEASURE = "（五）严守廉洁自律。"


def load(name: str) -> dict[str, list]:
    data: dict[str, list] = load_data((PROBE / name).read_text(encoding="utf-8"))
    return data


def codes_in(text: str, passage: str, code: str) -> bool:
    """Whether the review of `text` reports `code` on the span of `passage`."""
    from mingjing.frameworks import load_frameworks
    from mingjing.rules.examples import example_outline
    from mingjing.rules.review import review_outline

    packs = load_frameworks()
    report = review_outline(example_outline(text, packs), packs)
    at = text.index(passage)
    return any(f.code == code and f.start < at + len(passage) and f.end > at for f in report.findings)


def with_point(passage: str) -> str:
    return GOOD.replace(POINT, passage)


def with_aspect(entry: dict[str, str], answered: bool) -> str:
    problems_end = GOOD.index("二、产生问题的原因")
    text = GOOD[:problems_end] + f"（七）{entry['aspect']}。{entry['problems']}\n" + GOOD[problems_end:]
    return text + ("\n" + entry["measure"] if entry["measure"] else "")


def results() -> dict[str, tuple[int, int]]:
    """(hits, total) per half: recall on the bad halves, alarms on the quiet ones."""
    spec = load("specificity.yaml")
    third = load("third_person.yaml")
    corr = load("correspondence.yaml")
    out = {
        "E104 factless (recall)": (sum(not has_fact(p) for p in spec["factless"]), len(spec["factless"])),
        "E104 specific (alarms)": (sum(not has_fact(p) for p in spec["specific"]), len(spec["specific"])),
        "E103 others (recall)": (
            sum(codes_in(with_point(p), p, "E103") for p in third["others"]),
            len(third["others"]),
        ),
        "E103 own (alarms)": (
            sum(codes_in(with_point(p), p, "E103") for p in third["own"]),
            len(third["own"]),
        ),
    }
    heads = [(e, f"（七）{e['aspect']}") for e in corr["unanswered"]]
    out["A101 unanswered (recall)"] = (
        sum(codes_in(with_aspect(e, False), h, "A101") for e, h in heads),
        len(heads),
    )
    good = [(e, f"（七）{e['aspect']}") for e in corr["answered"]]
    out["A101 answered (alarms)"] = (
        sum(codes_in(with_aspect(e, True), h, "A101") for e, h in good),
        len(good),
    )
    return out


def main() -> None:
    for name, (hits, total) in results().items():
        print(f"{name:28} {hits}/{total}")


if __name__ == "__main__":
    main()
