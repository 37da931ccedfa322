"""R153 on lists of lines (the probes hold the lists in one paragraph): the count against the labels
at the starts of the lines below it, up to a label of a higher level."""


def test_a_count_against_a_list_of_lines():
    from mingjing.frameworks import load_frameworks
    from mingjing.parse import parse_document
    from mingjing.rules.context import ReviewOptions
    from mingjing.rules.examples import example_document
    from mingjing.rules.review import review_outline
    from mingjing.rules.sample import variant

    packs = load_frameworks()

    def r153(text: str) -> list[str]:
        report = review_outline(
            parse_document(example_document(text), packs), packs, ReviewOptions(select=["R153"])
        )
        return [text[f.start : f.end] for f in report.findings if f.code == "R153"]

    lines = "全年整改落实主要有以下三个方面：\n（1）建立台账。\n（2）定期调度。\n（3）跟踪问效。\n（4）通报约谈。\n"
    assert r153(variant("二、产生问题的原因\n", lines + "二、产生问题的原因\n")) == ["三个方面"]
    assert r153(variant("二、产生问题的原因\n", lines.replace("三个", "四个") + "二、产生问题的原因\n")) == []
    # a list that runs to the end of a page cut short is not counted
    assert r153(variant("二、产生问题的原因\n", "").split("三、整改措施")[0] + lines) == []
