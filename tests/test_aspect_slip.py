"""An aspect heading with one character changed is still that aspect (coverage sees it; F129 reports
the slip), and a heading that differs more, or a short wording, is not taken for it."""

from mingjing.frameworks.loader import load_frameworks
from mingjing.parse.aspects import map_aspect

FW = load_frameworks()["mzshh-2024"]


def test_a_slip_in_the_aspect_wording_still_names_the_aspect():
    assert (
        map_aspect(FW, "（二）在带头增强党性、严守纪律、抵砺作风方面") == "带头增强党性、严守纪律、砥砺作风"
    )


def test_the_right_wording_and_another_aspect_are_unchanged():
    assert (
        map_aspect(FW, "（二）在带头增强党性、严守纪律、砥砺作风方面") == "带头增强党性、严守纪律、砥砺作风"
    )
    assert map_aspect(FW, "（一）在带头严守政治纪律和政治规矩方面") == "带头严守政治纪律和政治规矩"


def test_two_characters_off_is_not_the_aspect():
    assert (
        map_aspect(FW, "（二）在带头提升能力、严守纪律、抵砺作风方面") != "带头增强党性、严守纪律、砥砺作风"
    )
