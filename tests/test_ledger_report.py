"""Progress report (counts by status, person and aspect; overdue; recently closed) as text, Markdown and
self-contained HTML with an inline SVG chart; year-over-year recurring problems."""

import io
import re
from datetime import date

import pytest

from ledger_fixtures import build_ledger
from mingjing.ledger.recurring import recurring_problems
from mingjing.ledger.report import build_report, ledger_report
from mingjing.render.ledger_html import render_report_html
from mingjing.render.ledger_markdown import render_report_markdown
from mingjing.render.ledger_text import recurrence_table, report_renderable


@pytest.fixture
def ledger(tmp_path, packs):
    ledger = build_ledger(tmp_path / "台账.db", packs)
    ledger.update(1, "李娜", status="已完成", progress="调研报告已印发")
    ledger.update(2, "李娜", status="进行中")
    ledger.update(7, "李娜", owner="刘副局长")
    yield ledger
    ledger.close()


def test_counts_overdue_and_recently_closed(ledger):
    report = ledger_report(ledger, as_of=date(2024, 5, 1))
    assert report.total == 10 and report.imports == 2
    assert report.by_status == {"未开始": 7, "进行中": 1, "已完成": 1, "长期坚持": 1}
    assert report.by_person == {
        "周海峰": {"未开始": 6, "进行中": 1, "已完成": 1, "长期坚持": 1},
        "刘副局长": {"未开始": 1, "进行中": 0, "已完成": 0, "长期坚持": 0},
    }
    assert report.by_aspect["理论学习"] == {"未开始": 0, "进行中": 0, "已完成": 1, "长期坚持": 0}
    # item 5; item 3 (深化调查研究) answers the 能力本领 problem 调查研究不够深入, not 工作作风 by its keyword
    assert sum(report.by_aspect["工作作风"].values()) == 1
    assert [i.id for i in report.overdue] == [4, 2]  # 2024-03-31, 2024-04-18; item 1 was closed
    assert report.no_limit == 1  # 汛期前完成: no date
    assert report.recently_closed == []  # closed today, not within 30 days before 2024-05-01
    today = ledger_report(ledger)
    assert [i.id for i in today.recently_closed] == [1]
    assert round(today.closed_share, 2) == 0.1


def test_filters_of_the_report(ledger):
    assert ledger_report(ledger, year=2024).total == 4
    assert ledger_report(ledger, person="刘副局长").total == 1
    assert build_report([], date(2024, 1, 1)).closed_share == 0


def _text(renderable) -> str:
    from rich.console import Console

    console = Console(width=120, record=True, file=io.StringIO())
    console.print(renderable)
    return console.export_text()


def test_text_report(ledger):
    out = _text(report_renderable(ledger_report(ledger, as_of=date(2024, 5, 1))))
    assert "共 10 项，未开始 7，进行中 1，已完成 1，长期坚持 1" in out
    assert "逾期 2 项" in out and "逾期未完成（2 项）" in out
    assert re.search(r"周海峰\s*│\s*6\s*│\s*1\s*│\s*1\s*│\s*1\s*│\s*9", out)


def test_markdown_report(ledger):
    md = render_report_markdown(ledger_report(ledger, as_of=date(2024, 5, 1)))
    assert md.startswith("# 整改台账进展（截至 2024-05-01）")
    assert "| 周海峰 | 6 | 1 | 1 | 1 | 9 |" in md
    assert "| 4 | 周海峰 | 敢于担当作为" in md and "| 2024-03-31 | 31 | 未开始 |" in md
    assert "## 近 30 天完成（0 项）" in md


def test_html_report_is_self_contained_with_an_svg_chart(ledger):
    html = render_report_html(ledger_report(ledger, as_of=date(2024, 5, 1)))
    assert "<svg" in html and html.count('<rect class="bar"') >= 2 + 10
    assert "<script" not in html and "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html and "<link" not in html
    assert "周海峰 · 未开始 6 项" in html
    assert html.count("<tr><td>") >= 2 + 12  # person and aspect rows
    assert "逾期未完成（2 项）" in html


def test_html_report_escapes_user_text(ledger):
    ledger.update(3, "李娜", owner="<b>王</b>")
    html = render_report_html(ledger_report(ledger))
    assert "<b>王</b>" not in html and "&lt;b&gt;王&lt;/b&gt;" in html


def test_recurring_problems_year_over_year(ledger):
    found = recurring_problems(ledger, 2023, 2024)
    pairs = [(r.earlier.statement, r.later.statement) for r in found]
    assert ("学习不够系统", "学习不够系统") in pairs
    assert ("对身边人管得不够严", "对身边人管得不够严") in pairs
    assert ("调查研究不够深入", "调查研究还不够深入扎实") in pairs
    assert len(found) == 3  # new problems of 2024 (宅基地改革, 合作社风险…) are not listed
    assert all(r.person == "周海峰" and 0.7 <= r.score <= 1 for r in found)
    assert found[0].later.aspect == "带头严守政治纪律和政治规矩"
    study = next(r for r in found if r.earlier.statement == "学习不够系统")
    assert [(i.id, i.status) for i in study.measures] == [(1, "已完成")]  # back although marked done
    out = _text(recurrence_table(found, 2023, 2024))
    assert "2023 年与 2024 年重复查摆的问题（3 条）" in out and "#1 已完成" in out


def test_other_people_are_not_compared(ledger, packs, tmp_path):
    from ledger_fixtures import YEAR_2024
    from mingjing.ledger.extract import extract_file

    copy = tmp_path / "李四2024.txt"
    copy.write_text(YEAR_2024.read_text(encoding="utf-8").replace("周海峰", "李四"), encoding="utf-8")
    ledger.import_extractions([extract_file(copy, packs, date(2025, 1, 20))], "王秘书")
    assert {r.person for r in recurring_problems(ledger, 2023, 2024)} == {"周海峰"}
