"""False alarms on clean text as new writers write it: every clean text, varied without changing its meaning.

The review's precision is tuned on the repository's clean texts (0.15 false alarms per 4,000 characters) and
does not carry over to new writers (1.2 on unseen clean text): a new writer works in another trade, names other
people and places, counts other numbers, orders the points otherwise and prefers other common verbs. This
generator takes every clean text of the review eval (`eval/review_quality.py`'s sets) and makes, with a fixed
seed, variants the way such a writer differs:

- trade: the material is moved to one of the unit kinds below (museum, port, airport, metro, bank, court,
  school, hospital, farm, archive, …): the unit's own nouns and verbs come into each point as a sentence of the
  part's kind (a problem's example, a cause's habit, a measure's step with its count);
- numbers: every Arabic count takes another value (years, dates and labels stay: they tie the text to its meeting);
- order: the bodies of a part's `一是/二是…` points swap (their labels stay);
- verbs: a few common verbs take an interchangeable synonym (推进/推动, 及时/按时 …).

Each variant is reviewed; every finding of severity error or warning is a false alarm (the text is clean and
the variation keeps it clean). It prints the false alarms per rule per 4,000 characters, those the variation
brought in (a code the original text did not raise) apart, and a one-line figure:
`clean variants: N texts, C chars, A false alarms (R per 4,000), new by the variation A2 (R2 per 4,000)`. R151's findings over the trade's own
words are not counted (moving a material to another trade is what R151 asks about).
Run: `python eval/clean_variants.py [-v] [--per N]` (N variants of each text, default 2).
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mingjing.frameworks import load_frameworks
from mingjing.parse import parse_document
from mingjing.read import read_bytes
from mingjing.rules.review import review_outline

ROOT = Path(__file__).resolve().parent.parent
REVIEW = ROOT / "tests" / "fixtures" / "review"
SEED = 20261206

# unit kind : its everyday nouns : its everyday verbs (each verb takes each noun as its object)
TRADES_TEXT = """
博物馆:藏品登记,陈列展览,社教活动,讲解服务,文物修复,库房安全:整理,策划,巡查,更新
港口:码头作业,集装箱堆场,引航调度,船舶靠泊,危险货物申报,岸桥设备:调度,检查,核对,维护
机场:航班保障,安检通道,行李分拣,旅客服务,飞行区巡查,地勤排班:协调,排查,优化,复盘
地铁运营公司:行车组织,车站客运,信号设备,隧道巡检,票务清分,应急演练:巡检,调整,组织,检修
银行支行:信贷审批,柜面服务,反洗钱排查,不良贷款清收,网点营业,客户回访:审核,清收,回访,排查
人民法院:案件审理,立案登记,执行兑现,诉前调解,卷宗归档,庭审直播:审理,调解,执结,归档
中学:课堂教学,班主任工作,作业设计,教研活动,校园安全,家校沟通:备课,批改,听课,督导
医院:门诊接诊,病历书写,院感防控,药品管理,急诊抢救,医患沟通:诊治,查房,核对,随访
国营农场:春耕备耕,农机调度,良种繁育,晒场管理,农田水利,职工承包地:调度,检修,测土,轮作
档案馆:档案接收,查档服务,数字化扫描,库房温湿度,开放鉴定,编研成果:接收,鉴定,扫描,编研
图书馆:图书采编,借阅服务,阅读推广,古籍保护,数字资源,流动书车:采编,推广,修复,盘点
气象局:天气预报,预警信息发布,观测站网,人工影响天气,雷电防护,气候评估:会商,发布,巡检,校准
水文站:水位监测,流量测验,汛情报送,测船维护,雨量站,水质采样:测验,报送,采样,校测
供电所:线路巡视,台区管理,电费回收,抢修服务,配变检修,用电检查:巡视,抢修,回收,检修
自来水公司:管网维修,水质检测,抄表收费,二次供水,漏损控制,水厂运行:检测,抄表,维修,巡查
燃气公司:入户安检,管网巡线,用户报装,应急抢险,场站运行,气瓶充装:安检,巡线,抢险,报装
消防救援站:执勤备战,灭火救援,防火巡查,消防车辆,体能训练,站内管理:巡查,训练,执勤,检修
派出所:户籍办理,治安巡逻,矛盾纠纷调解,案件办理,社区警务,重点人员管控:巡逻,调解,走访,办理
税务分局:纳税服务,发票管理,税源监控,欠税清理,退税审核,办税大厅:审核,清理,辅导,监控
海关:通关查验,单证审核,风险布控,缉私线索,检疫处置,口岸监管:查验,审核,布控,处置
高速公路管理所:路政巡查,收费站管理,清障救援,桥梁养护,超限治理,路况信息:巡查,养护,清障,治理
火车站:客运组织,候车服务,进站安检,行包托运,列车接发,春运保障:组织,引导,安检,接发
邮政支局:邮件投递,包裹揽收,代理金融,邮路运输,窗口服务,报刊发行:投递,揽收,分拣,发行
疾病预防控制中心:传染病监测,疫苗接种,流调处置,实验室检测,健康教育,慢病管理:监测,接种,检测,处置
乡镇卫生院:基本公卫服务,家庭医生签约,慢病随访,住院病房,药房管理,健康体检:随访,签约,体检,查房
养老院:老人照护,膳食管理,康复训练,护理员培训,消防安全,家属沟通:照护,培训,巡查,沟通
福利院:儿童养育,康复治疗,特教课程,助养项目,院内安全,寄养家庭:养育,康复,评估,回访
林场:森林防火,护林巡山,苗木培育,林木采伐,病虫害防治,林下经济:巡山,培育,防治,管护
自然保护区管理站:野生动物监测,巡护执法,湿地修复,科普宣教,红外相机,界桩维护:巡护,监测,修复,宣教
水库管理处:大坝安全监测,闸门启闭,库区巡查,防汛值守,渗流观测,灌区配水:观测,巡查,启闭,配水
污水处理厂:进水水质,污泥处置,在线监测,设备运维,出水达标,药剂投加:处置,监测,运维,投加
环卫所:道路清扫,垃圾清运,公厕管理,环卫车辆,作业考核,垃圾分类:清扫,清运,考核,调度
公交公司:线路运营,车辆调度,驾驶员管理,站台设施,乘客投诉,新能源车辆:调度,运营,考核,维修
出租车管理处:营运秩序,驾驶员考核,网约车监管,投诉处理,计价器检定,运力调配:考核,监管,检定,处理
粮食储备库:粮食收购,仓储保管,粮情检测,出入库管理,轮换计划,仓房维修:收购,检测,轮换,保管
烟草专卖局:专卖执法,卷烟营销,零售户服务,市场检查,物流配送,许可证办理:检查,配送,走访,办理
供销社:农资供应,农产品收购,基层网点,电商服务,冷链仓储,社有资产:供应,收购,配送,盘点
检察院:审查起诉,公益诉讼,案件质量评查,未成年人检察,控告申诉,法律监督:审查,起诉,评查,监督
司法所:人民调解,社区矫正,法律援助,普法宣传,安置帮教,法律服务:调解,矫正,宣传,帮教
监狱:监管安全,教育改造,劳动改造,狱政管理,刑罚执行,警戒设施:监管,教育,巡查,执行
戒毒所:戒治管理,康复训练,心理矫治,所政管理,诊断评估,后续照管:矫治,评估,管理,训练
看守所:在押人员管理,提讯服务,监室巡视,医疗巡诊,安全检查,律师会见:巡视,检查,管理,安排
幼儿园:保育工作,游戏活动,膳食营养,晨午检,家园共育,安全演练:组织,观察,检查,记录
职业技术学院:实训教学,校企合作,技能竞赛,毕业生就业,专业建设,双师队伍:实训,指导,对接,考核
大学图书馆:文献采购,学科服务,查收查引,数据库建设,阅览空间,信息素养教育:采购,咨询,培训,统计
科学技术研究所:课题研究,实验平台,成果转化,科研经费,学术交流,仪器共享:攻关,申报,验收,转化
电视台:新闻采编,节目制作,播出安全,融媒体平台,舆论监督,直播报道:采编,制作,审核,播出
报社:新闻采写,版面编辑,校对审读,通联工作,评论写作,发行投递:采写,编辑,校对,审读
文化馆:群众文艺,非遗传承,公益培训,文艺团队,广场演出,基层辅导:辅导,培训,排练,演出
体育中心:场馆开放,全民健身,赛事组织,青少年训练,体质监测,器材维护:开放,组织,监测,维护
旅游景区:游客接待,景区安全,导游讲解,门票预约,环境卫生,智慧景区:接待,巡查,讲解,预约
自然资源所:土地执法,不动产登记,耕地保护,地籍调查,矿产巡查,用地审批:巡查,登记,调查,审批
住建局:工程质量监督,建筑市场,住房保障,物业管理,城建档案,施工安全:监督,检查,验收,审查
城管执法大队:市容秩序,违建治理,占道经营,户外广告,渣土管理,执法记录:巡查,劝导,治理,查处
市场监管所:食品安全抽检,特种设备,价格监管,消费投诉,计量器具,证照办理:抽检,检查,调解,办理
统计局:统计调查,数据质量,普查登记,联网直报,统计执法,数据发布:核查,登记,审核,发布
人社局:社保经办,就业服务,劳动仲裁,职业技能培训,工资支付,人事考试:经办,仲裁,培训,核定
退役军人事务局:优抚对象,安置就业,光荣牌,褒扬纪念,走访慰问,服务站:走访,安置,慰问,核实
医保局:医保结算,异地就医,基金监管,药品集采,参保登记,待遇审核:结算,审核,监管,登记
应急管理局:隐患排查,应急预案,救灾物资,安全执法,危化品监管,值班值守:排查,演练,执法,调拨
乡镇政府:村级事务,信访接待,项目建设,防汛抗旱,人居环境,民生实事:接待,督办,推进,走访
街道办事处:网格管理,物业小区,老旧小区改造,居民议事,便民服务,文明创建:走访,督办,协调,服务
村党支部:村务公开,集体经济,党员积分,红白理事会,土地流转,村规民约:公开,流转,议定,评定
国有企业车间:生产计划,设备点检,班组管理,工艺纪律,成本控制,安全生产:点检,排产,核算,巡检
建筑公司项目部:施工进度,质量验收,安全交底,分包管理,材料进场,农民工工资:交底,验收,巡查,核算
"""


@dataclass(frozen=True)
class Trade:
    unit: str
    nouns: tuple[str, ...]
    verbs: tuple[str, ...]


TRADES: tuple[Trade, ...] = tuple(
    Trade(unit, tuple(nouns.split(",")), tuple(verbs.split(",")))
    for unit, nouns, verbs in (line.split(":") for line in TRADES_TEXT.strip().splitlines())
)

# a sentence of the point's part in the unit's own words: {u} unit, {n1}–{n3} nouns, {v1}/{v2} verbs, {k} a count
SENTENCES: dict[str, tuple[str, ...]] = {
    "problems": (
        "比如上半年{v1}{n1}时，{s}只听了科室汇报，没有到现场查看{n2}。",
        "{u}的{n1}和{n2}点多面广，{s}到一线{v1}的次数偏少，全年只有{k}次。",
        "今年{u}在{n3}方面收到意见{k}条，{s}没有逐条跟踪到底。",
        "{own}对{n1}提出过明确要求，{s}{v1}得还不够及时，有{k}次被服务对象追问进度。",
        "{n2}中遇到的新情况，{s}习惯按老办法{v2}，跟{own}的新规定对不上。",
        "开展{n1}时，{s}习惯于等问题找上门，主动{v1}的少。",
        "总觉得{n2}是业务科室的事，{s}过问得少，今年只听过{k}次专题汇报。",
        "跟{this}的{n3}规范相比，{s}的做法还有差距，有{k}项没有对标。",
        "{u}{n1}点多面广，{s}{v2}得不够细，今年有{k}处问题是上级检查时才发现的。",
    ),
    "causes": (
        "对{u}{n1}的规律研究不深，习惯于凭经验办事，满足于不出事。",
        "把{n1}看得比理论学习重，{own}布置的学习任务有时一拖再拖。",
        "对{n2}工作满足于按部就班，{v1}得不够深，想得不够远。",
        "总觉得{n2}是业务部门的事，把{n3}当作分内工作的自觉还不够。",
    ),
    "measures": (
        "聚焦{n1}、{n2}等关键环节，每季度至少{v1}{k}次，发现问题当月整改到位。",
        "结合{u}实际，建立{n3}台账，年内整改{n1}方面的问题不少于{k}项，做到底数清、情况明。",
        "树立“{n1}无小事”的意识，由{own}牵头，把{n2}纳入月度考核。",
        "每月到{n1}一线{v1}不少于{k}次，把{n2}中发现的问题当场交办。",
        "对{n3}实行清单管理，做到问题在{own}内部闭环解决。",
    ),
    "other": ("日常工作涉及{n1}、{n2}和{n3}等方面。",),
}

# common verbs and adverbs a writer may use for one another (both read the same in any context here)
SYNONYMS: tuple[tuple[str, str], ...] = (
    ("推进", "推动"),
    ("及时", "按时"),
    ("认真", "用心"),
    ("经常", "时常"),
    ("主动", "积极"),
)

# how a unit speaks of itself, by the last character of its kind (馆方, 院里, 所里, 行里 …)
OWN_WORDS = {
    "馆": ("馆方", "馆里"),
    "院": ("院方", "院里"),
    "站": ("站里", "本站"),
    "所": ("所里", "本所"),
    "局": ("局里", "本局"),
    "行": ("行里", "支行"),
    "校": ("校方", "学校"),
    "司": ("公司", "司里"),
    "场": ("场部", "场里"),
    "处": ("处里", "本处"),
    "港": ("港方", "港区"),
    "园": ("园方", "园里"),
}


# the units whose kind's last character makes "this one" with 本 (本所, 本院, 本局 …)
THIS_ENDS = frozenset("所局院站馆校处司厂社场")


def own_word(unit: str, rng: random.Random) -> str:
    for end in sorted(OWN_WORDS, key=len, reverse=True):
        if unit.endswith(end) or unit[-2:-1] == end:
            return rng.choice(OWN_WORDS[end])
    return "单位"


PART = re.compile(r"^\s*[一二三四五六七八九十]+[、．.]\s*(.{0,20})")
POINT = re.compile(r"^\s*([一二三四五六七八九十]+是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]+[)）])")
POINT_IS = re.compile(r"^(\s*[一二三四五六七八九十]+是)(.*)$")
COUNT = re.compile(r"(?<![\d.％%])(\d{1,3})(?![\d.％%])(?!年)")


def part_kind(heading: str, current: str) -> str:
    if "原因" in heading or "根源" in heading or "剖析" in heading:
        return "causes"
    if any(w in heading for w in ("措施", "整改", "方向", "努力", "打算", "下一步")):
        return "measures"
    if "问题" in heading or "查摆" in heading or "检视" in heading or "对照" in heading:
        return "problems"
    return current


def vary_numbers(text: str, rng: random.Random) -> str:
    def repl(m: re.Match) -> str:
        text = m.string
        after = text[m.end() : m.end() + 1]
        value = int(m.group(1))
        if text.startswith(("个方面", "方面", "周年"), m.end()):
            return m.group(1)  # the meeting's aspects are counted by its notice, an anniversary by its year
        if after in "月日时号":
            return m.group(1)  # a date or an hour ties the text to its meeting's time: kept
        if value <= 1 or after in "）)、．." or (m.start() and text[m.start() - 1] in "第（("):
            return m.group(1)  # a label, an ordinal, a lone one: not a count to vary
        width = len(m.group(1))
        return str(rng.randint(2 if width == 1 else 10 ** (width - 1), 10**width - 1))

    # a sentence that adds counts up (其中, 其余, 已完成) is left whole: its counts vary together or not at all
    return "".join(
        sentence
        if re.search("其中|其余|另有|剩余|完成|累计|共|合计|占", sentence)
        else COUNT.sub(repl, sentence)
        for sentence in re.findall(r"[^。；\n]*[。；\n]?", text)
    )


def vary_verbs(text: str, rng: random.Random) -> str:
    for a, b in SYNONYMS:
        if rng.random() < 0.5:
            a, b = b, a
        # not inside a quotation or a name, not as a noun's root (主动性 is no 积极性), not next to its synonym
        text = re.sub(f"(?<![“《{b}]){a}(?![”》性{b}])", b, text) if rng.random() < 0.5 else text
    return text


def swap_points(lines: list[str], rng: random.Random) -> list[str]:
    """Swap the bodies of runs of consecutive `X是` points (their labels stay)."""
    out = list(lines)
    i = 0
    while i < len(out):
        run: list[int] = []
        j = i
        while j < len(out) and (POINT_IS.match(out[j]) or (run and not out[j].strip())):
            if POINT_IS.match(out[j]):
                run.append(j)
            j += 1
        if len(run) >= 2:
            bodies = [POINT_IS.match(out[k]).group(2) for k in run]  # type: ignore[union-attr]
            rng.shuffle(bodies)
            for k, body in zip(run, bodies, strict=True):
                out[k] = POINT_IS.match(out[k]).group(1) + body  # type: ignore[union-attr]
        i = max(j, i + 1)
    return out


def add_trade(
    lines: list[str], trade: Trade, rng: random.Random, subject: str
) -> tuple[list[str], list[str]]:
    """The lines with the trade's sentences added, and the sentences added."""
    out = []
    added: list[str] = []
    kind = "other"
    told = False
    for line in lines:
        m = PART.match(line)
        if m and len(line.strip()) < 30:
            kind = part_kind(m.group(1), kind)
        elif (
            POINT.match(line)
            and len(line.strip()) > 30
            and line.rstrip().endswith("。")
            and rng.random() < 0.8
        ):
            # a noun that repeats the unit's kind (旅游景区 景区安全) would read twice after {u}
            n = rng.sample([x for x in trade.nouns if x[:2] not in trade.unit] or list(trade.nouns), 3)
            # a verb whose noun begins with it (轮换 轮换计划) would be written twice
            v = rng.sample(
                [w for w in trade.verbs if not any(x.startswith(w) for x in n)] or ["检查", "督促"], 2
            )
            sentence = rng.choice(SENTENCES[kind]).format(
                u=trade.unit,
                n1=n[0],
                n2=n[1],
                n3=n[2],
                v1=v[0],
                v2=v[1],
                k=rng.randint(2, 9),
                s=subject,
                own=own_word(trade.unit, rng),
                this="本" + trade.unit[-1] if trade.unit[-1] in THIS_ENDS else "本单位",
            )
            line = line.rstrip() + sentence
            added.append(sentence)
        elif not told and kind == "other" and len(line.strip()) > 60 and line.rstrip().endswith("。"):
            n = rng.sample(trade.nouns, 3)
            sentence = SENTENCES["other"][0].format(n1=n[0], n2=n[1], n3=n[2])
            line = line.rstrip() + sentence
            added.append(sentence)
            told = True
        out.append(line)
    return out, added


def variant(text: str, rng: random.Random, collective: bool = False) -> tuple[str, list[str]]:
    """The varied text and the sentences added to it. `collective`: a team's material (班子, 支部), whose
    points speak as 班子, not 我. The added sentences come last, as written (no count or verb of theirs varied)."""
    if rng.random() < 0.7:
        text = vary_numbers(text, rng)
    if rng.random() < 0.7:
        text = vary_verbs(text, rng)
    lines = text.split("\n")
    if rng.random() < 0.5:
        lines = swap_points(lines, rng)
    lines, added = add_trade(lines, rng.choice(TRADES), rng, "班子" if collective else "我")
    return "\n".join(lines), added


def collective(text: str) -> bool:
    """A team's material: its points hardly say 我 (我们, 我国, 我省 … are no 我)."""
    head = text[:300]
    if "领导班子" in head or "班子" in head.split("\n")[0] or "党支部委员会" in head:
        return True
    return len(re.findall(r"我(?![们国省市县区局院校行所站])", text)) < 3


# R151 asks whether another trade's work was copied in, R117/R148/R168 whether another unit's or body's name was:
# moving the material to another trade is what they should hear, so their findings inside an added sentence are
# not counted (不计); R178 (r21) asks whether another kind of unit's word for itself was (本所 in a 科协's material):
# the added sentence of the new trade says it, the unit's name stays the old one's
CROSS_TRADE = frozenset({"R151", "R117", "R148", "R168", "R178"})


def clean_texts() -> list[Path]:
    from review_quality import SETS

    return [p for _, clean in SETS.values() for p in sorted((REVIEW / clean).glob("*.txt"))]


@dataclass
class Result:
    texts: int = 0
    chars: int = 0
    alarms: Counter = field(default_factory=Counter)
    new: Counter = field(default_factory=Counter)
    listed: list = field(default_factory=list)
    uncounted: int = 0


def findings(text: str, name: str, packs) -> list:
    document = read_bytes(text.encode("utf-8"), name, ".txt")
    report = review_outline(parse_document(document, packs), packs)
    return [(f, document.text) for f in report.findings if f.severity != "info"]


def _inside_added(text: str, start: int, end: int, added: list[str]) -> bool:
    return any(
        m.start() < end and start < m.end()
        for sentence in added
        for m in re.finditer(re.escape(sentence), text)
    )


def run(per: int = 2, limit: int | None = None, start: str | None = None) -> Result:
    """`limit` texts from the first of the clean folder `start` on (all from the newest set when None): the sets
    registered later stand before it in SETS, so a subset named by its first folder stays the same."""
    packs = load_frameworks()
    rng = random.Random(SEED)
    result = Result()
    texts = clean_texts()
    if start is not None:
        texts = texts[next(i for i, p in enumerate(texts) if p.parent.name == start) :]
    for path in texts[:limit]:
        original = path.read_text(encoding="utf-8")
        base = {f.code for f, _ in findings(original, path.name, packs)}
        for i in range(per):
            text, added = variant(original, rng, collective(original))
            result.texts += 1
            result.chars += len(text)
            for f, seen in findings(text, path.name, packs):
                if f.code in CROSS_TRADE and _inside_added(seen, f.start, f.end, added):
                    result.uncounted += 1
                    continue
                result.alarms[f.code] += 1
                if f.code not in base:
                    result.new[f.code] += 1
                    around = seen[max(0, f.start - 12) : f.end + 12].replace("\n", "⏎")
                    result.listed.append((path.name, i, f.code, around, f.message[:40]))
    return result


def per4k(count: int, chars: int) -> float:
    return count * 4000 / max(1, chars)


def main(argv: list[str]) -> int:
    per = int(argv[argv.index("--per") + 1]) if "--per" in argv else 2
    result = run(per)
    total, new = sum(result.alarms.values()), sum(result.new.values())
    if "-v" in argv:
        for row in result.listed:
            print(*row, sep="  ")
    for code, count in result.alarms.most_common():
        print(
            f"{code}  {count:>4}  {per4k(count, result.chars):.3f} 每4,000字  其中变体引入 {result.new[code]}"
        )
    print(
        f"clean variants: {result.texts} texts, {result.chars} chars, {total} false alarms "
        f"({per4k(total, result.chars):.2f} per 4,000), new by the variation {new} ({per4k(new, result.chars):.2f} per 4,000); "
        f"not counted {result.uncounted} (a unit's identity inside an added sentence)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
