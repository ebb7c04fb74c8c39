"""Realistic Chinese content: people, phones, products, faults, fixes, policy prose, credit codes."""
# ruff: noqa: E501  -- Chinese sample prose: CJK characters count double, wrapping would hurt reading

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
GIVEN = [
    "建国", "秀英", "桂兰", "志强", "海燕", "丽娟", "国强", "玉兰", "德明", "春梅",
    "文斌", "晓东", "红霞", "俊杰", "淑珍", "建华", "明辉", "雪芳", "立新", "婷婷",
    "永红", "卫东", "美玲", "家豪", "静怡", "振宇", "金凤", "子涵", "宏伟", "凤英",
]
TECHNICIANS = ["陈师傅", "赵国平", "钱志明", "孙立伟", "周海涛", "吴振华", "郑浩", "冯建军"]
DISTRICTS = [
    ("浦东新区", ["张杨路", "世纪大道", "锦绣路", "川沙路", "浦东南路", "东方路"]),
    ("闵行区", ["七莘路", "莘庄北广场路", "沪闵路", "都市路"]),
    ("徐汇区", ["漕溪北路", "龙华中路", "斜土路", "天钥桥路"]),
    ("杨浦区", ["国权路", "控江路", "黄兴路", "长阳路"]),
    ("宝山区", ["牡丹江路", "友谊路", "共和新路"]),
]
PRODUCTS = [
    "海尔冰箱BCD-470WDPG", "格力空调KFR-35GW/NhGc1B", "美的洗衣机MG100V11D", "海信电视65E3F",
    "方太油烟机CXW-258-JQ26TS", "老板燃气灶JZT-37B0", "小天鹅滚筒洗衣机TG100V20WDG",
    "美的热水器F6030-JE3", "奥克斯空调KFR-26GW", "西门子洗碗机SJ235I01JC", "海尔热水器EC6002-MC3",
    "格力空调KFR-72LW", "容声冰箱BCD-529WD11HP", "A.O.史密斯热水器E60VN1",
]
FAULTS = [
    ("不制冷", "更换压缩机启动电容，试机正常"),
    ("制冷效果差", "补充R32制冷剂至标准压力，出风温度恢复正常"),
    ("室内机漏水", "疏通冷凝水排水管并调整机身水平，试机无滴漏"),
    ("运行时异响", "紧固压缩机底脚螺丝，更换减震垫，噪音消除"),
    ("不开机", "更换电源板保险管，通电试机正常"),
    ("脱水时震动大", "调整底脚水平并更换减震吊杆，脱水平稳"),
    ("不加热", "更换加热管及温控器，出水温度正常"),
    ("显示E4故障代码", "更换排水泵，清理过滤网，故障排除"),
    ("冷藏室结冰", "更换风门传感器，重新设定温度，运行正常"),
    ("遥控器失灵", "更换接收板，遥控操作正常"),
    ("吸力弱", "清洗油网和风轮，吸力恢复"),
    ("点不着火", "更换点火针，调整燃气阀，点火正常"),
    ("屏幕无图像", "更换背光灯条，图像显示正常"),
    ("门封不严", "更换门封条，密封良好"),
]
COMPLAINTS = [
    ("维修人员上门迟到两小时", "派单时未考虑技师在途工单，路线安排不合理",
     "向客户致歉并赠送一次免费清洗服务；调整派单规则，按区域就近派单"),
    ("同一故障维修后一周再次出现", "首次维修仅处理表面故障，未排查主板",
     "安排主管技师二次上门更换主板，延长该机保修期6个月"),
    ("收费与报价不一致", "技师未出示收费标准，口头报价遗漏配件费",
     "退还差价80元，对技师进行收费规范培训"),
    ("客服电话长时间无人接听", "周末值班坐席不足", "增加周末坐席2名，开通微信报修渠道"),
    ("安装时损坏墙面瓷砖", "技师打孔前未做防护", "赔偿瓷砖修补费用，补充安装作业指导书防护条款"),
    ("配件等待时间过长", "该型号电脑板库存不足", "从总部调货三日内更换，建立常用配件安全库存"),
    ("服务态度生硬", "技师与客户沟通不当", "当面致歉，技师停岗培训三天"),
    ("预约时间被多次更改", "调度系统排班冲突", "指定专人跟进，次日上午上门完成维修"),
]
FEEDBACK = ["客户表示满意", "回访客户，对处理结果满意", "客户认可处理结果", "满意，无其他意见",
            "电话回访，客户基本满意"]
WORD_SCALE_5 = ["非常满意", "满意", "一般", "不满意", "非常不满意"]
SUGGESTIONS = ["", "", "", "希望缩短上门等待时间", "师傅很专业", "建议增加周末服务", "收费透明，满意"]

CREDIT_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def people(rng: random.Random, count: int) -> list[str]:
    """Distinct customer names, so no two generated records collide by accident."""
    pool = [s + g for s in SURNAMES for g in GIVEN]
    return rng.sample(pool, count)


def mobiles(rng: random.Random, count: int) -> list[str]:
    """Distinct plausible mobile numbers (1[3-9] + 9 digits)."""
    numbers: list[str] = []  # a list, not a set: set order varies with PYTHONHASHSEED
    while len(numbers) < count:
        number = f"1{rng.choice('356789')}{rng.randrange(10**9):09d}"
        if number not in numbers:
            numbers.append(number)
    return numbers


def address(rng: random.Random) -> str:
    district, roads = rng.choice(DISTRICTS)
    return f"上海市{district}{rng.choice(roads)}{rng.randint(1, 999)}弄{rng.randint(1, 40)}号{rng.randint(101, 2402)}室"


def spread_days(rng: random.Random, start: date, end: date, count: int) -> list[date]:
    """``count`` days between start and end inclusive, evenly spread with jitter, sorted."""
    span = (end - start).days
    days = [start + timedelta(days=min(span, int(i * span / count) + rng.randint(0, max(0, span // count))))
            for i in range(count)]
    return sorted(days)


def at(day: date, rng: random.Random, first: int = 8, last: int = 18) -> datetime:
    return datetime(day.year, day.month, day.day, rng.randint(first, last), rng.choice(range(0, 60, 5)))


def credit_code(prefix8: str, org8: str) -> str:
    """A GB 32100 code: 8 given characters, organisation code (GB 11714 check), check character."""
    org = org8 + _org_check(org8)
    body = prefix8 + org
    return body + credit_check(body)


def credit_check(body17: str) -> str:
    total = sum(CREDIT_CHARSET.index(c) * pow(3, i, 31) for i, c in enumerate(body17))
    return CREDIT_CHARSET[(31 - total % 31) % 31]


def _org_check(org8: str) -> str:
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    total = sum(int(c, 36) * w for c, w in zip(org8, weights, strict=True))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def wrong_check(code: str) -> str:
    """The same code with a different, hence wrong, check character."""
    good = code[-1]
    bad = CREDIT_CHARSET[(CREDIT_CHARSET.index(good) + 7) % 31]
    return code[:-1] + bad


POLICY = [
    "第一条 为规范公司售后服务工作，提升顾客满意度，依据GB/T 27922-2011《商品售后服务评价体系》制定本制度。",
    "第二条 售后服务部负责受理顾客报修、咨询和投诉，建立服务工单，跟踪处理直至顾客确认。",
    "第三条 服务人员须持证上岗，统一着装、佩戴工牌，上门服务使用鞋套和防护垫，作业完成后清理现场。",
    "第四条 每张工单须记录报修时间、上门时间、故障现象、处理结果，并由顾客签字确认。",
    "第五条 客服中心对完工工单在七日内进行电话回访，回访结果录入系统，每季度开展顾客满意度调查。",
    "第六条 顾客投诉实行首问负责制，投诉处理须做到原因分析、处理措施、回访确认闭环管理。",
    "第七条 本制度由售后服务部负责解释，自发布之日起施行。",
]
PROCESS = [
    "一、报修受理：客服中心通过400热线、微信公众号及门店受理报修，生成服务工单并告知顾客预约时间。",
    "二、派工：调度员按区域就近原则派工，技师接单后30分钟内电话联系顾客确认上门时间。",
    "三、上门服务：技师按约上门，出示工牌，检测故障并告知顾客维修方案及收费标准，经顾客同意后维修。",
    "四、完工确认：维修完成后试机，向顾客说明使用注意事项，顾客在工单上签字确认。",
    "五、回访：客服中心完工后七日内回访，记录顾客意见；对不满意的工单启动投诉处理流程。",
    "六、资料归档：工单、回访记录按月归档，保存期限不少于三年。",
]
JOBS = [
    ("售后服务经理", "全面负责售后服务体系的建立与运行，制定服务目标，组织满意度调查与投诉处理，审核月度服务报告。"),
    ("客服专员", "受理顾客报修、咨询和投诉，建立服务工单，进行完工回访并记录回访结果。"),
    ("维修工程师", "按工单上门检测维修，规范填写工单，取得顾客签字确认，负责旧件回收。"),
    ("配件管理员", "负责配件采购申请、出入库登记和安全库存管理，保证常用配件供应。"),
]
ORG_TREE = ("总经理", [("销售部", []), ("售后服务部", ["客服中心", "维修一组", "维修二组", "配件库"]),
                      ("财务部", []), ("行政人事部", [])])
EQUIPMENT = [
    ("冷媒回收机", "RG5410A", 4), ("真空泵", "VP-245", 6), ("电子检漏仪", "TIFXP-1A", 5),
    ("数字万用表", "FLUKE 17B+", 12), ("钳形电流表", "UT216C", 8), ("焊接设备", "便携式氧气焊具", 4),
    ("压力表组", "CPS MA-1234", 10), ("电锤", "博世GBH2-26", 6), ("兆欧表", "ZC25-3", 3),
]
OUTLETS = [
    ("浦东服务中心", "上海市浦东新区张杨路1588号", "直属"), ("闵行服务站", "上海市闵行区七莘路1839号", "直属"),
    ("徐汇服务站", "上海市徐汇区漕溪北路595号", "直属"), ("宝山合作网点", "上海市宝山区牡丹江路1325号", "委托"),
    ("杨浦合作网点", "上海市杨浦区控江路1628号", "委托"),
]
