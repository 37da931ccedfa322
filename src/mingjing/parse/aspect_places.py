"""Aspects a problem item's heading does not name, read from the item's place (round r19).

Three readings of the document against itself, after the headings are mapped (`aspects.map_aspect`):

- an item headed by its problem (`学得不深不透，学用有脱节`) whose text opens by naming the aspect
  (`在学习贯彻党的创新理论方面，我…`): the opening's aspect phrase is mapped as a heading would be;
- a part whose items stand one for each aspect of the pack, those that map sitting at their aspect's
  place (items 4 and 5 on aspects 4 and 5): its items headed by the problem statement itself
  (`为民服务和依法行政还有短板`) take the aspect of their place. An item framed as an aspect of its own
  (`在意识形态工作方面`) or named for a topic (`关于村集体经济发展`, no shortfall stated) keeps none: the
  writer named an aspect, and the pack lacks it;
- a problem-statement item left unmapped after both: the aspect no other item holds whose keywords its
  whole text names most (past the opening the heading's mapping reads).
"""

from __future__ import annotations

import re

from mingjing.frameworks import Framework
from mingjing.model import Item, Section
from mingjing.parse.aspects import map_aspect

# the opening clause of an item's text that names an aspect: `在学习贯彻党的创新理论方面，`, `对照增强党性上：`
_OPENING_ASPECT = re.compile(
    r"^\s*((?:在|关于|对照|聚焦|就)?[^，,。；;：:！？\n]{2,40}?(?:方面|上))[，,：:。]"
)
# a heading that states a shortfall (`结合还不够紧密`, `还有短板`, `还需提升`, `有所减弱`, `偏软`): a problem
# statement; a heading of none (`关于村集体经济发展`) names a topic of the writer's own
_SHORTFALL = re.compile(
    r"[不未缺欠弱淡松偏滞浮虚乏]|差距|短板|有待|[还仍尚]需|需要|提升|提高|加强|增强|从严|空间|降低"
)
# a heading framed as an aspect (`在履职尽责方面`, `意识形态工作上存在的不足`): the writer's own aspect
_FRAMED = re.compile(r"(?:方面|[^\s]上)(?:存在的?|的)?(?:主要|突出)?(?:问题|不足|差距)?[。：:]?$")


def aspect_in_opening(fw: Framework, opening: str) -> str | None:
    """The aspect an item's text names in its opening clause (`在联系服务群众方面，…`), or None."""
    clause = _OPENING_ASPECT.match(opening)
    return map_aspect(fw, clause.group(1)) if clause else None


MIN_PLACED = 2  # items of a part that must map at their aspect's own place


def aspects_by_place(fw: Framework, section: Section, named_by: dict[int, str]) -> None:
    """Give a part's unmapped problem-statement items the aspect of their place, when the part holds one
    item for each aspect of the pack and at least two of the mapped ones stand at their aspect's place
    with none elsewhere."""
    aspects = [a.name for a in fw.aspects if not a.placeholder]
    items: list[Item] = section.items
    if len(items) != len(aspects) or len(aspects) < MIN_PLACED + 1:
        return
    place = {name: k for k, name in enumerate(aspects)}
    mapped = [(k, place.get(item.aspect)) for k, item in enumerate(items) if item.aspect is not None]
    if len(mapped) < MIN_PLACED or any(k != at for k, at in mapped) or len(mapped) == len(items):
        return
    for k, item in enumerate(items):
        if item.aspect is None and _states_a_problem(named_by.get(id(item), item.heading)):
            item.aspect = aspects[k]


def _states_a_problem(heading: str) -> bool:
    return not _FRAMED.search(heading) and not heading.startswith("关于") and bool(_SHORTFALL.search(heading))


MIN_KEYWORDS = 2  # keywords of a free aspect a problem statement's text must hold to take it


def free_aspects_by_keywords(fw: Framework, items: list[Item], text: str, named_by: dict[int, str]) -> None:
    """Problem-statement items still unmapped: the aspect no item holds whose keywords the item's own text
    holds most (two at least, more than any other free aspect's): the material's other items have taken
    theirs, so only the aspects left are read."""
    held = {i.aspect for i in items} - {None}
    for item in items:
        if item.aspect is not None or not _states_a_problem(named_by.get(id(item), item.heading)):
            continue
        body = text[item.start : item.end]
        scores = sorted(
            (
                (sum(1 for k in a.keywords if k and k in body), a.name)
                for a in fw.aspects
                if not a.placeholder and a.name not in held
            ),
            reverse=True,
        )
        if not scores or scores[0][0] < MIN_KEYWORDS or (len(scores) > 1 and scores[1][0] == scores[0][0]):
            continue
        item.aspect = scores[0][1]
        held.add(item.aspect)
