"""A coined couplet's second half is the writer's own saying, not a slip of the known phrase it is
near; a fixed pair of idioms (锲而不舍、驰而不息) still has its slips found."""

from mingjing.rules.near_twin import _couplet_half


def at(text: str, piece: str) -> tuple[str, int, int]:
    start = text.index(piece)
    return text, start, start + len(piece)


def test_a_coined_couplets_half_is_left_alone():
    assert _couplet_half(*at("巡查时要做到宁可十防九空、不可失防万一。", "失防万一"))
    assert _couplet_half(*at("抓安全要宁可百查九空，绝不失查万一。", "失查万一"))


def test_a_fixed_pair_of_idioms_keeps_its_slips():
    assert not _couplet_half(*at("作风建设要锲而不舍、弛而不息。", "弛而不息"))
    assert not _couplet_half(*at("我们要坚持不懈、持之以衡地抓。", "持之以衡"))
