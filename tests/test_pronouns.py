"""T122: 他们 for things, only where the verb and the sentence both say so."""

import pytest

from mingjing.rules.pronouns import pronoun_for_things

FOUND = [
    ("对贯彻上级指示精神，满足于会议开过了，文件传达了，却没有结合自己的实际，把他们具体化", "文件"),
    ("对省里出台的几项制度，我没有认真贯彻他们", "制度"),
]
SILENT = [
    "对科室干部，只满足于把文件交给他们，没有督促他们落实",
    "上级的要求传达给群众以后，没有帮助他们落实",
    "对新来的同志，没有把他们具体化的困难放在心上",
    "对上级精神，把它们具体化",
]


@pytest.mark.parametrize("sentence, thing", FOUND)
def test_pronoun_for_a_thing(sentence, thing):
    hits = list(pronoun_for_things(sentence))
    assert [t for _, t in hits] == [thing] and sentence[hits[0][0] : hits[0][0] + 2] == "他们"


@pytest.mark.parametrize("sentence", SILENT)
def test_pronoun_for_people_stays_silent(sentence):
    assert list(pronoun_for_things(sentence)) == []
