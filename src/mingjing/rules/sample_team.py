"""A small leadership-team material (2025年度, 班子 voice) for the kind rules' examples.

The bad examples are this material with one thing broken; the good example is the material itself,
which none of the kind rules may flag. Written for this project; no sentence comes from elsewhere.
"""

TEAM_GOOD = """桐溪镇党委领导班子2025年度民主生活会对照检查材料
按照县委统一部署，镇党委领导班子紧扣会议主题，通过中心组集中学习4次、座谈会3场，征求到意见建议26条。2024年度民主生活会查摆的5个问题，班子已整改完成4个，农村饮水工程维护问题正在整改。现将对照检查情况报告如下。
一、存在的问题
（一）在带头强化政治忠诚、提高政治能力方面。班子学习贯彻上级部署的系统性不够。比如，2025年5月县里部署耕地“非粮化”整治，班子只在党委会上传达了文件，到7月才制定实施方案，全镇17个图斑中有6个没有按期整改。
（二）在带头干事创业、担当作为方面。班子调查研究不够深入。2025年班子成员到村调研41次，其中有19次只是听村干部汇报，对群众反映的道路失修问题掌握不及时。
二、产生问题的原因
（一）理论武装有所松懈。班子把理论学习当作“软任务”，学用结合不紧，对上级部署的政治意义认识不深，抓落实时满足于传达文件。
（二）宗旨意识有所淡化。班子对作风建设常态化长效化的要求认识不足，调研中习惯听汇报，没有沉到群众中去。
三、整改措施
（一）强化理论武装。2026年3月底前完成剩余6个图斑整改，党委会每月专题学习1次。
（二）干事创业、担当作为。班子成员每季度到联系村蹲点调研不少于2天，2026年6月底前修复群众反映的3条村道。"""


def team_variant(old: str, new: str) -> str:
    """TEAM_GOOD with `old` replaced by `new` (exactly once)."""
    assert TEAM_GOOD.count(old) == 1, old
    return TEAM_GOOD.replace(old, new)
