"""Every rule's examples are its tests (STYLE.md): each bad example fires on exactly the marked
span with the expected suggestion, applying the suggestion silences it, each good example is silent;
every pair of a substitution swap list is a test of its own."""

import pytest

from mingjing.catalogue import all_rules
from mingjing.parse import parse_document
from mingjing.rules.context import ReviewContext
from mingjing.rules.engines import Substitution
from mingjing.rules.examples import example_document

RULES = all_rules()


def run(rule, text, packs):
    outline = parse_document(example_document(text), packs)
    run.extras = [e.text for e in outline.document.extras]
    return list(rule.check(ReviewContext(outline, packs), rule)), outline.document.text


def cases():
    for rule in RULES:
        for k, ex in enumerate(rule.examples):
            yield pytest.param(rule, ex, id=f"{rule.code}-{ex.kind}{k}")


def run_batch(example):
    from mingjing.similarity.clusters import analyse_team
    from mingjing.similarity.findings import member_finding

    a, b = (example_document(part) for part in example.text.split("\n===\n"))
    team = analyse_team([("a", a), ("b", b)])
    return [f for c in team.clusters for m in c.members if m.name == "a" for f in member_finding(m, a.text)]


def run_library(example, tmp_path):
    from mingjing.similarity.findings import library_findings
    from mingjing.similarity.index import Library

    library_text, reviewed_text = example.text.split("\n===\n")
    library = Library(tmp_path / "lib.db", create=True)
    library.add_document(example_document(library_text), "范文")
    reviewed = example_document(reviewed_text)
    return [f for m in library.query(reviewed) for f in library_findings(m, reviewed.text)]


def run_criticism(rule, example):
    """Criticism examples are criticism lists (several separated by a line ===); the bad criticism is marked."""
    from mingjing.criticism.review import review_team

    team = review_team([example_document(part) for part in example.text.split("\n===\n")], [rule])
    if rule.engine == "criticism-team":
        return [f for _, f in team.team_findings], None
    marked = None
    if example.span is not None:
        first = example.text.split("\n===\n")[0]
        marked = first[example.span[0] : example.span[1]]
    return [f for lst, c in team.criticisms() for f in c.findings], marked


@pytest.mark.parametrize("rule,example", list(cases()))
def test_rule_example(packs, rule, example, tmp_path):
    if rule.engine.startswith("criticism"):
        findings, marked = run_criticism(rule, example)
        assert bool(findings) == (example.kind == "bad"), [(f.excerpt, f.message) for f in findings]
        if marked is not None:
            assert any(f.excerpt == marked for f in findings), [(f.excerpt, marked) for f in findings]
        return
    if rule.engine == "library":  # the first material is in the library, the second is reviewed
        findings = run_library(example, tmp_path)
        assert bool(findings) == (example.kind == "bad"), [(f.excerpt, f.message) for f in findings]
        return
    if rule.engine == "batch":  # examples are two materials separated by a line ===
        findings = run_batch(example)
        assert bool(findings) == (example.kind == "bad"), [(f.excerpt, f.message) for f in findings]
        return
    findings, text = run(rule, example.text, packs)
    if example.kind == "good":
        assert findings == [], (
            f"{rule.code} fired on its good example: {[(f.excerpt, f.message) for f in findings]}"
        )
        return
    assert findings, f"{rule.code} did not fire on its bad example"
    span = example.span
    if span is None:
        return
    at_span = [f for f in findings if (f.start, f.end) == span]
    assert at_span, f"{rule.code} fired at {[(f.start, f.end, f.excerpt) for f in findings]}, expected {span}"
    finding = at_span[0]
    # a finding in page furniture anchors on the body and quotes the furniture
    assert text[finding.start : finding.end] == finding.excerpt or any(
        finding.excerpt in e for e in run.extras
    )
    if rule.engine == "code" or not finding.suggestions:
        assert example.fix is None, f"{rule.code}: the example has a fix but the finding no suggestion"
        return
    fixed = text[: finding.start] + finding.suggestions[0] + text[finding.end :]
    if example.fix is not None:
        assert fixed == example.fix
    again, _ = run(rule, fixed, packs)
    assert not [
        f for f in again if f.start < finding.start + len(finding.suggestions[0]) and f.end > finding.start
    ], f"{rule.code}: applying the suggestion does not silence it"


def swap_pairs():
    for rule in RULES:
        if isinstance(rule.matcher, Substitution):
            for wrong, right in rule.matcher.swap.items():
                yield pytest.param(rule, wrong, right, id=f"{rule.code}-{wrong}")


@pytest.mark.parametrize("rule,wrong,right", list(swap_pairs()))
def test_swap_pair(packs, rule, wrong, right):
    findings, _ = run(rule, f"我们要{wrong}。", packs)
    assert [(f.start, f.end, f.suggestions[0]) for f in findings] == [(3, 3 + len(wrong), right)]
    findings, _ = run(rule, f"我们要{right}。", packs)
    assert findings == []


def test_codes_are_unique_and_lettered():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    categories = {r.category for r in RULES}
    assert categories >= {
        "structure",
        "coverage",
        "correspondence",
        "specificity",
        "residue",
        "typo",
        "formulation",
        "punctuation",
    }
