"""Turn a notice's reading into a framework pack (YAML text): short names, aliases and keywords are
derived from the notice's own wording; what the notice did not say is a marked placeholder.

Derivation, per aspect wording W (e.g. “带头严守政治纪律和政治规矩、维护党的团结统一”):
- name: W up to its first “，” (the pack's short name); `full`: W when it is longer;
- aliases: the name and W without 带头, each also with 方面; W with “、/，” removed; without a
  trailing 情况 (“党性修养提高情况” → “党性修养提高”); the name's object without its verbs when it is
  at least 6 characters (materials vary the verb); an alias two aspects share is dropped;
- keywords: the objects of W's clauses (“严守政治纪律和政治规矩” → “政治纪律和政治规矩”), 2–10 characters.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass

from mingjing.frameworks.notice import NoticeReading
from mingjing.localtime import today
from mingjing.numerals import chinese_count

# verbs that open an aspect's clauses; what follows is the clause's object (a keyword)
_VERBS = (
    "带头",
    "强化",
    "提高",
    "严守",
    "增强",
    "维护",
    "履行",
    "树立",
    "践行",
    "锤炼",
    "坚持",
    "落实",
    "发挥",
    "学习",
    "贯彻",
    "深刻",
    "领悟",
    "发扬",
    "砥砺",
    "勇于",
    "敢于",
    "遵守",
    "加强",
    "推动",
    "推进",
    "保持",
    "弘扬",
    "联系",
    "服务",
    "坚定",
    "做到",
    "筑牢",
    "提升",
    "严明",
    "守牢",
    "扛起",
    "扛牢",
)
_CLAUSE_SPLIT = re.compile(r"[，、；]")
_PLAIN = re.compile(r"^[\u4e00-\u9fff\w“”（）《》·]+$")


@dataclass
class DerivedAspect:
    name: str
    full: str | None
    aliases: list[str]
    keywords: list[str]


def _strip_verbs(clause: str) -> str:
    changed = True
    while changed and len(clause) > 4:
        changed = False
        for verb in _VERBS:
            if clause.startswith(verb) and len(clause) - len(verb) >= 2:
                clause, changed = clause[len(verb) :], True
                break
    return clause


def derive(wording: str) -> DerivedAspect:
    name = wording.split("，")[0]
    core = name[2:] if name.startswith("带头") and len(name) > 4 else name
    full_core = wording[2:] if wording.startswith("带头") and len(wording) > 4 else wording
    aliases = [core, full_core, re.sub(r"[、，]", "", full_core)]
    if full_core.endswith("情况") and len(full_core) > 4:
        aliases.append(full_core[:-2])
    obj = _strip_verbs(core)
    if (
        obj != core and len(obj) >= 6
    ):  # the object alone: materials vary the verb (坚持/践行 以人民为中心的发展思想)
        aliases.append(obj)
    aliases = [a for alias in aliases for a in (alias, alias + "方面")]
    if core.endswith("纪律") and len(core) <= 6:  # a bare discipline such as 政治纪律: also 遵守政治纪律
        aliases += ["遵守" + core, "严守" + core]
    keywords = []
    for clause in _CLAUSE_SPLIT.split(full_core):
        obj = _strip_verbs(clause.lstrip("在"))
        if obj.count("“") != obj.count("”"):
            obj = obj.replace("“", "").replace("”", "")
        if obj.endswith("情况"):
            obj = obj[:-2]
        if 4 <= len(obj) <= 16 and obj not in keywords:
            keywords.append(obj)
    seen = {name}
    unique = []
    for alias in aliases:
        if alias and alias not in seen:
            seen.add(alias)
            unique.append(alias)
    return DerivedAspect(
        name=name, full=wording if wording != name else None, aliases=unique, keywords=keywords
    )


def derive_all(wordings: list[str]) -> list[DerivedAspect]:
    """Each aspect derived; an alias or keyword that two aspects would share is dropped from both."""
    aspects = [derive(w) for w in wordings]
    names = Counter(a.name for a in aspects)
    alias_count = Counter(x for a in aspects for x in a.aliases)
    keyword_count = Counter(x for a in aspects for x in a.keywords)
    for a in aspects:
        a.aliases = [x for x in a.aliases if alias_count[x] == 1 and x not in names]
        a.keywords = [x for x in a.keywords if keyword_count[x] == 1]
    return aspects


def _q(text: str) -> str:
    """A YAML scalar: plain when safe, else a JSON string (valid YAML)."""
    if _PLAIN.match(text) and not text[0].isdigit():
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(_q(x) for x in items) + "]"


PLACEHOLDER = "待补充"
RECTIFY_KIND = {"民主生活会": "班子", "组织生活会": "支部"}


def pack_id_for(reading: NoticeReading) -> str:
    prefix = {"民主生活会": "mzshh", "组织生活会": "zzshh"}.get(
        reading.meeting.text if reading.meeting else "", "pack"
    )
    return f"{prefix}-{reading.year.text if reading.year else 'new'}"


def pack_yaml(reading: NoticeReading, notice_name: str, pack_id: str | None = None) -> str:
    """The pack as YAML text; placeholders are `null` or `placeholder: true` with a 待补充 comment."""
    year = reading.year.text if reading.year else None
    meeting = reading.meeting.text if reading.meeting else None
    pack_id = pack_id or pack_id_for(reading)
    wordings = [a.text for a in reading.aspects]
    aspects = derive_all(wordings)
    daitou = bool(wordings) and all(w.startswith("带头") for w in wordings)
    label = f"（{chinese_count(len(wordings))}个带头）" if daitou else ""
    name = f"{year or PLACEHOLDER}年度{meeting or '民主生活会'}{label}"
    lines = [
        f"# 由 mingjing frameworks import 从《{reading.title or notice_name}》生成（{today().isoformat()}）。",
        "# 请核对每个方面的措辞，补全标有“待补充”的地方，再用 mingjing frameworks check 试映射几份材料。",
    ]
    for what in reading.missing():
        lines.append(f"# 待补充：通知中没有找到{what}")
    lines.append(f"id: {pack_id}")
    lines.append(f"name: {_q(name)}")
    lines.append(
        f"meeting: {meeting}" if meeting else "meeting: 民主生活会  # 待补充：通知中未写明会议类型，请核对"
    )
    lines.append(f"year: {year}" if year else "year: null  # 待补充")
    if reading.theme:
        lines.append(f"theme: {_q(reading.theme.text)}")
    else:
        lines.append("theme: null  # 待补充：通知中没有“主题是：……”")
    how = reading.how or "未找到对照检查的方面"
    lines.append(f"source: {_q(f'{notice_name}（{reading.title}），对照检查的方面按通知原文（{how}）提取')}")
    keywords = [f"{year}年度{meeting}"] if year and meeting else []
    if daitou:
        keywords.append(f"{chinese_count(len(wordings))}个带头")
    lines.append(f"title_keywords: {_flow(keywords)}")
    if reading.share:
        lines.append(f"problems_causes_share: {reading.share[0]}  # 通知：“{reading.share[1].text}”")
    if reading.rectification and meeting:
        part = f"上年度{meeting}整改落实情况"
        aliases = [f"{w}{meeting}{v}" for w in ("上年度", "上一年度", "上次") for v in ("整改", "查摆")]
        if year and year.isdigit():
            aliases += [f"{int(year) - 1}年度{meeting}整改", f"{int(year) - 1}年度{meeting}查摆"]
        lines.append(f"required_parts:  # 通知：“{reading.rectification.text}”")
        lines.append(f"  - name: {_q(part)}")
        lines.append(f"    kinds: [{RECTIFY_KIND[meeting]}]")
        lines.append(f"    aliases: {_flow(aliases)}")
    lines.append("aspects:")
    for aspect in aspects:
        lines.append(f"  - name: {_q(aspect.name)}")
        if aspect.full:
            lines.append(f"    full: {_q(aspect.full)}")
        lines.append(f"    aliases: {_flow(aspect.aliases)}")
        lines.append(f"    keywords: {_flow(aspect.keywords)}")
    if not aspects:
        lines.append(f"  - name: {PLACEHOLDER}：对照检查的第一个方面")
        lines.append("    placeholder: true  # 通知中没有找到，请按通知原文填写后删去这一行")
    return "\n".join(lines) + "\n"
