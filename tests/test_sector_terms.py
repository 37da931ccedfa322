"""The sector table behind R151 (rules/data/sector_terms.yaml) and the body table behind R152
(rules/data/unit_bodies.yaml): their size, their terms' uniqueness and how a unit is placed."""

from mingjing.rules.body_fit import bodies
from mingjing.rules.sector_terms import own_sectors, sectors


def test_table_is_of_real_size_and_every_term_has_one_sector():
    table = sectors()
    by_sector: dict[str, int] = {}
    for sector in table.terms.values():
        by_sector[sector] = by_sector.get(sector, 0) + 1
    assert len(by_sector) >= 25
    assert min(by_sector.values()) >= 40
    assert set(table.near) == set(by_sector)  # every near sector is a sector of the table
    assert all(len(t) >= 2 and all("\u4e00" <= c <= "\u9fff" for c in t) for t in table.terms)


def test_near_is_both_ways():
    table = sectors()
    for sector, near in table.near.items():
        assert sector not in near
        assert all(sector in table.near[other] for other in near)


def test_own_sector_from_the_lines():
    assert own_sectors(["清河县水利局党组成员、副局长 马建军"]) == (
        frozenset({"水利"}),
        frozenset({"水利"}) | sectors().near["水利"],
    )
    assert own_sectors(["南岭市第二人民医院党委委员、副院长 许青"])[0] == {"卫生健康"}
    # a unit whose remit spans the sectors, or the table does not place, has none
    assert own_sectors(["中共白沙镇委员会"]) is None
    assert own_sectors(["桐溪镇党委书记 王某"]) is None
    assert own_sectors(["县纪委监委驻县水利局纪检监察组组长 李某"]) is None
    assert own_sectors(["宁川县发展和改革局党组书记、局长"]) is None
    assert own_sectors(["县统计局党支部 农村统计股股长 邢国华"]) is None  # surveys every trade
    # 城乡 and 乡村 are no township
    assert own_sectors(["石门县住房和城乡建设局党组"])[0] == {"住房城建"}


def test_bodies_table():
    table, index, pattern, bare = bodies()
    assert len(table) >= 15
    assert [m.group(1) for m in bare.finditer("经党组会研究，在党组会上，县人大常委会党组会议")] == [
        "党组会",
        "党组会",
    ]
    assert len(index) >= 60
    assert [
        m.group(1) for m in pattern.finditer("全年召开县长办公会4次，主持召开党组会议，列席镇党委会")
    ] == [
        "县长办公会",
        "党组会议",
    ]
