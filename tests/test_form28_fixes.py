"""Round r28 (form28): formulation and grammar slips sets 55/56 missed or found without the writer's fix, and
two false alarms of the planted materials, fixed by their class — each with a bad and a good case and the
suggestion a reviewer would write (F236 差强人意 in a sentence that tells a shortfall, F227 a 四风 member's near
wording beside one neighbour, F237 是因为…造成的 over a comma, F241 主要原因是…造成的, F186 大约…左右 → 约,
F169 the swapped 两个确立/两个维护 offered as most notices word it; quiet: F178 a verb inside a standard's name
before 补短板, F169 坚定维护 for 坚决维护)."""

from __future__ import annotations

import pytest

from mingjing.frameworks import load_frameworks
from test_form26_fixes import _at
from test_typo25_fixes import _codes, _mended


@pytest.fixture(scope="module")
def packs():
    return load_frameworks()


@pytest.mark.parametrize(
    "passage, code, wrong, right",
    [
        (
            "服务队全年只上门2次，参加的队员只有4人，效果差强人意，居民说讲得太快。",
            "F236",
            "差强人意",
            "不尽如人意",
        ),
        ("夜校的教学效果差强人意，不少学员反映听不懂。", "F236", "差强人意", "不尽如人意"),
        ("在整治享乐主义和奢靡主义上还不够有力。", "F227", "奢靡主义", "奢靡之风"),
        (
            "究其原因，主要是因为对制度学习不深，把整改当成了软任务造成的。",
            "F237",
            "因为对制度学习不深，把整改当成了软任务造成的",
            "对制度学习不深，把整改当成了软任务",
        ),
        (
            "之所以出现这些问题，主要原因是自己对业务钻研不够造成的。",
            "F241",
            "原因是自己对业务钻研不够造成的",
            "是自己对业务钻研不够造成的",
        ),
        (
            "之所以出现这些问题，主要原因是自己对业务钻研不够造成的。",
            "F241",
            "原因是自己对业务钻研不够造成的",
            "原因是自己对业务钻研不够",
        ),
        ("全年客流同比下降了大约12%左右。", "F186", "大约12%左右", "约12%"),
        (
            "引导党员坚决拥护“两个维护”、坚决做到“两个确立”，对党忠诚。",
            "F169",
            "坚决拥护“两个维护”、坚决做到“两个确立”",
            "坚定拥护“两个确立”、坚决做到“两个维护”",
        ),
        (
            "引导党员坚决拥护“两个维护”、坚决做到“两个确立”，对党忠诚。",
            "F169",
            "坚决拥护“两个维护”、坚决做到“两个确立”",
            "坚决拥护“两个确立”、坚决做到“两个维护”",
        ),
    ],
)
def test_the_slip_is_found_with_the_writers_fix(packs, passage, code, wrong, right):
    text, findings = _at(passage, packs)
    assert _mended(text, findings, code, wrong, right)


@pytest.mark.parametrize(
    "passage, code",
    [
        ("新设备用上以后，检测效率提高了近一倍，结果还算差强人意。", "F236"),
        ("全年完成了目标任务的九成，成绩差强人意，但与先进单位比还有差距。", "F236"),
        ("虽然只完成了九成，但总的看差强人意。", "F236"),
        ("改造进度差强人意，8个小区已完成6个。", "F236"),
        ("对奢靡主义的隐形变异警惕不够，坚决纠治享乐主义和奢靡之风。", "F227"),
        ("之所以进度慢，是因为审批环节多，由此造成的延误我负有责任。", "F237"),
        ("出现问题的主要原因是督促不到位，这是督促不到位造成的。", "F241"),
        ("对照县里的服务能力提升标准逐项补短板，年底前完成验收。", "F178"),
        ("支部引导党员坚定维护党中央权威和集中统一领导。", "F169"),
        ("坚定拥护“两个确立”、坚决做到“两个维护”，是对党员的首要要求。", "F169"),
    ],
)
def test_right_passages_stay_quiet(packs, passage, code):
    text, findings = _at(passage, packs)
    assert code not in _codes(text, findings, passage)
