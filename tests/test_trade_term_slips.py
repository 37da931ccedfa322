"""T178 (rules/trade_term_slips.py) and the trades' lexicon it is generated from (rules/trade_lexicon.py)."""

from __future__ import annotations

import pytest

from mingjing.rules.trade_lexicon import trade_sectors, trade_terms
from mingjing.rules.trade_term_slips import _table, trade_slips


def test_the_lexicon_is_of_real_size_and_chinese_only() -> None:
    assert len(trade_sectors()) >= 25
    assert len(trade_terms()) >= 2000
    assert all(len(t) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in t) for t in trade_terms())


def test_every_row_holds_its_key_where_it_says_and_one_change_of_a_term() -> None:
    terms = set(trade_terms())
    rows = _table().rows
    assert len(rows) > 10_000
    for key, value in list(rows.items())[::50]:
        for row in value.split(";"):
            at, form, term = row.split("|")
            assert form[int(at) : int(at) + 2] == key
            assert term in terms and len(form) == len(term) and form != term
            assert form not in terms


@pytest.mark.parametrize(
    "text, written, term",
    [
        ("国省干线改造中，部分标断因征迁协调不顺停工，农村公路提档升级滞后。", "标断", "标段"),
        ("个别盗罚林木案件办理中取证不规范。", "盗罚林木", "盗伐林木"),
        ("开展特困供养对象复合工作时依靠乡镇上报数据。", "对象复合", "对象复核"),
        ("今年迎风度夏期间抢修队伍到达偏慢。", "迎风度夏", "迎峰度夏"),
        ("办理婚姻等级的窗口排队时间长。", "婚姻等级", "婚姻登记"),
        # near readings (r17): one fuzzy initial or final, in a term of three characters or more
        ("义务教育阶段控错保学存在盲区。", "控错保学", "控辍保学"),
        ("村集体的土地流传合同签订不规范。", "土地流传", "土地流转"),
        # a look-alike, often a common character at the term's end (r17)
        ("今年一季度土地出让全入库滞后。", "土地出让全", "土地出让金"),
        ("造林中苗木的裁植密度不合理，护林员人手不足。", "裁植", "栽植"),
        # a real word inside a longer term whose trade the text speaks (r17)
        ("对农村饮水安全、河长治落实中群众反映的问题了解不够。", "河长治", "河长制"),
        # four trades of r24: an oil field's measure and site, an ore's grade, a bookstore's distribution
        ("注水井欠注，区块综合含税率上升到93%。", "综合含税率", "综合含水率"),
        ("注水井和计量间巡检不到位，抽油机并场杂草丛生。", "抽油机并场", "抽油机井场"),
        ("浮选车间处理量下降，原矿品味偏低。", "原矿品味", "原矿品位"),
        ("门店和馆配业务下滑，教辅发型环节的廉洁风险排查不够。", "教辅发型", "教辅发行"),
    ],
)
def test_a_trade_term_typed_as_a_sound_alike_is_read(text: str, written: str, term: str) -> None:
    found = [(text[s:e], t) for s, e, t in trade_slips(text)]
    assert (written, term) in found


@pytest.mark.parametrize(
    "text",
    [
        "精简报表，同一项数据只报一次。",  # 只 is a word of grammar: no 直报
        "公务用车使用登记不规范的问题仍有发生。",  # 登记 + 不: no 登记簿
        "控制会议时长和文件篇幅。",  # 会议 + 时长: no 会议室
        "请医院医保办主任补充说明情况。",  # a body's 办 before a post: no 班主任
        "围绕学纪、知纪、明纪、守纪开展学习。",  # a series: no 学籍
        "为高原哨所配备了供氧设备。",  # no 民政 word in the text: no 供养
        "注水井欠注，成立专家组逐井分析措施效果。",  # 逐井 "well by well": no 主井 (r24)
        "组织开展安全生产、环保督查、消防检查。",  # 查/察 both right
        "会上提出方案三个。",  # 提出 | 方案: the pair crosses a word
        "推动母亲河长治久清。",  # 长治久 opens 长治久安: no 河长制
        "严格按照标准核算检测费用。",  # 核酸检测 alone is no term of the lexicon: only its 检测点, 采样
        "这首民歌在土地流传了数百年。",  # 流传 is a word and no 农业农村 term is written
    ],
)
def test_right_text_stays_quiet(text: str) -> None:
    assert list(trade_slips(text)) == []
