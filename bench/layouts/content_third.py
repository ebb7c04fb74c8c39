# ruff: noqa: E501  -- Chinese text pools
"""A third pool of record contents, written blind to the recognition rules (decision 368).

The bench's own pool (sample_data/gen/content.py) and the alternative one
(bench/layouts/content_alt.py) were written by the person who wrote the content rules. This one
was written by someone who had not read the rules, their decisions or their round notes, only the
shapes of the pools to swap (names, tuple widths) and the two existing pools' docstrings, so as to
stay out of the trades those pools come from. Trades here: car dealers and 4S shops, EV charging
posts, bank card centres and POS acquiring, airlines and rail ticketing, food delivery and
restaurant chains, pharmacy chains and dental/optical clinics, driving and training schools,
cold-chain and freight warehouses (forklifts, racking), agricultural machinery dealers,
rooftop solar and commercial HVAC installers, city buses and metro ticketing.

How the entries are written: the way desk staff and technicians type into real systems — terse
("已处理", "见附件", "OK"), codes (P0301, DTC, E-17), plus signs and slashes, sometimes one long
sentence, sometimes three characters; remedies as technicians log them (part changed, value set,
software flashed, or "no fault found, customer shown how"); complaint handling in the proportions
a real front desk shows as far as the writer believes them: mostly explained to the customer or
forwarded to the responsible department, a good share refunded or compensated, some closed
without action (not substantiated, outside scope, customer withdrew), a few apologies, a few
bare "已答复"/"见附件". Call-back lines include the unanswered and unhappy ones.

No cell is longer than about the bench's own longest (31 characters): a 52-character remedy,
as technicians do write, made the PDF ledger of a 31-column tunable layout overflow its page
(reportlab LayoutError) in the first generation, before any scoring, so the long ones were cut.

Public material looked at for phrasing (paraphrased, never copied): 12345 hotline transfer and
reply practice (photoint.net, 58z.net pages on 12345 转办/办理结果), a 4S dealer's call-back
procedure (m.777doc.com "回访流程": customer's own words, vehicle state, unreachable after five
days), vehicle repair seed data (github le2-rvms/web-laravel database/datas/VehicleRepair.php:
刹车片/火花塞/节气门 remedies with remarks), refund-handling notes (9mayi.cn: refund when
conditions met, otherwise explain the basis) and a complaint desk's published procedure
(xerjy.com: if not substantiated, return the findings to the customer).

Addresses are from regions neither earlier pool uses (north-west, centre, south-west, north-east
China), in the forms real records carry: road and number, estate/building/unit/room, county-
town-village-group for farm machinery, park and warehouse bay for logistics.

    .venv/bin/python bench/layouts/generate.py --content third --out THIRD

Scales and dates are not swapped, as in content_alt.py.
"""

from __future__ import annotations

import random

GIVEN = [
    "海军", "亚楠", "红梅", "晓燕", "振华", "培培", "新民", "彩霞", "亮", "娜",
    "鑫", "伟", "欢欢", "金龙", "思源", "国栋", "兴旺", "翠花", "巴特尔", "古丽",
    "阿依", "燕妮", "建设", "援朝", "治国", "一鸣", "佳琪", "银花", "拴柱", "铁蛋",
    "秋菊", "冬梅", "满仓", "丰收", "艳萍", "卫红", "晓霞", "小龙", "梦洁", "欣怡",
    "嘉怡", "宏亮",
]
TECHNICIANS = ["王磊(T0317)", "张工", "刘海波", "8827-马骏", "技师 赵永", "孟凡强", "曹师傅", "杜鹏飞",
               "SA 李倩", "闫小军", "龚工", "阿不都热合曼"]
FAULTS = [
    ("仪表故障灯亮，发动机抖", "P0301 1缸失火，换1缸点火线圈+火花塞4个，清码路试OK"),
    ("刹车有异响", "前刹车片磨到极限，换前片，刹车盘打磨"),
    ("空调不凉", "冷凝器接口渗漏，换O型圈，抽真空加R134a 550g，出风8℃"),
    ("倒车影像黑屏", "重新插拔摄像头插头，屏亮"),
    ("充电桩刷卡无反应", "更换读卡模块，远程下发配置，测试充电15min正常"),
    ("直流桩报E-17绝缘故障", "枪线绝缘破损，更换充电枪总成，绝缘检测>10MΩ"),
    ("POS机提示通讯失败", "换SIM卡，重签到"),
    ("刷卡机打印不清", "换打印头"),
    ("叉车起升无力", "补液压油至刻度，更换起升油缸密封组件，满载试升正常"),
    ("冷库温度降不下来 -12℃", "蒸发器结霜，手动化霜，化霜周期调为4h/次，2h后回到-18℃"),
    ("拖拉机启动困难", "柴滤堵，换柴油滤芯+排空气"),
    ("收割机割台不转", "割台传动链断，接链+张紧"),
    ("逆变器报电网过压，白天频繁停机", "并网点电压253V，经供电所同意过压保护值调至264V，观察一周正常"),
    ("光伏板发电量偏低", "组件积灰，清洗；另有2块热斑，已报厂家质保更换"),
    ("多联机内机显示U4", "室外机通讯线接头氧化，重新压接，U4消除"),
    ("中央空调噪音大", "风机轴承磨损，换轴承，加润滑脂"),
    ("自助售票机卡币", "清理投币口异物"),
    ("闸机刷码不开门", "扫码头升级固件V3.2.1，重启"),
    ("公交车前门关不严", "调门泵行程+换门胶条"),
    ("商用冰柜不启动", "温控器坏，换件"),
    ("炸炉温度失控", "更换温控探头，校温180℃误差±2℃"),
    ("客户反映偶发熄火，到店未复现", "无历史故障码，路试20km未复现，建议再现时拍视频联系SA"),
    ("公交IC卡读卡器不读卡", "复位"),
    ("自助售药机出货卡住", "已处理"),
    ("客户反映车辆跑偏", "四轮定位，前束调整，试车直行OK"),
    ("自动门感应失灵", "见附件"),
]
PRODUCTS = [
    "大众朗逸 2021款 1.5L 自动舒适版", "比亚迪 秦PLUS DM-i 55km", "丰田 凯美瑞 2.0G", "特来电 TCDZ-DC120kW",
    "星星充电 7kW交流桩", "新大陆 ME31 智能POS", "联迪 A8 刷卡机", "杭叉 CPD20-AEW1 电动叉车",
    "雷沃 M1004-5H 拖拉机", "久保田 PRO988Q 收割机", "阳光电源 SG110CX", "华为 SUN2000-50KTL-M3",
    "大金 VRV-X RUXYQ16BA", "宇通 ZK6105BEVG", "美厨 CF-28 商用炸炉", "冷库机组 比泽尔 4FES-5Y",
]
COMPLAINTS = [
    ("保养后发现车内有烟头", "车间工人违规", "已向客户道歉，免本次工时费，车间通报处罚"),
    ("4S店承诺的赠品未兑现", "销售顾问口头承诺，合同未写明", "已向客户解释赠品以合同为准，客户不认可，转销售经理处理"),
    ("信用卡年费被扣", "卡片未达到免年费刷卡次数", "向客户解释年费政策，经申请本次减免，已退还"),
    ("POS机到账慢", "-", "T+1结算，已解释"),
    ("航班延误无人告知", "短信通道故障", "转航站楼服务部，已致电客户致歉，补发延误证明"),
    ("12306退票手续费有异议", "按退票规则收取", "经核实收费符合规定，已向旅客说明，不予退还，办结"),
    ("外卖少送一份菜", "商家漏装", "退款18元"),
    ("外卖送餐超时50分钟", "高峰期运力不足", "已赔付5元无门槛红包，骑手站点已通报"),
    ("店内吃出异物", "后厨操作不规范", "全单退款并赔偿500元，门店停业整改一天，区域经理上门致歉"),
    ("药店多收费", "收银员扫码重复", "已退多收款项32.5元"),
    ("药房销售过期药品", "经核实批号在效期内，客户看错生产日期", "投诉不成立，已向客户出示批号信息并解释，客户接受"),
    ("牙科诊所种植牙后疼痛", "术后正常反应", "转主治医生跟进，已约复诊"),
    ("驾校教练索要好处费", "待核实", "已转驾校纪检部门调查，调查结果另行答复客户"),
    ("培训班退费难", "客户已上课11次，按合同扣除已上课时", "按合同退剩余课时费2860元"),
    ("仓库发错货", "拣货员看错库位", "补发正确货物，错发货物上门取回，物流费我司承担"),
    ("冷链货物到货温度超标", "车辆冷机故障", "按合同赔付货值30%，司机及车辆停运检修；详见附件"),
    ("农机三包期内维修收费", "更换件为易损件，不在三包范围", "已向客户解释三包规定，收费正确，不予处理"),
    ("光伏安装后屋顶漏水", "打孔处密封胶未打满", "派工重新做防水，2次复查无渗漏"),
    ("空调安装师傅未穿鞋套", "-", "已答复"),
    ("公交车过站不停", "司机未注意站台乘客", "转车队处理，司机扣分教育，已电话回复乘客"),
    ("地铁闸机扣费两次", "系统重复扣费", "已原路退回2元"),
    ("客户来电投诉态度差，具体人员不清楚", "无法核实当事人", "多次联系客户未接听，暂按无法核实办结"),
    ("客户撤诉", "-", "客户来电表示不再追究，关闭"),
    ("银行卡被冻结", "账户触发反洗钱风控", "向客户说明冻结原因，需持身份证到网点核实解冻，已告知网点地址"),
]
FEEDBACK = ["满意", "无人接听", "客户表示认可", "回访3次未接通，短信告知", "不满意，认为赔付太少",
            "已解决，客户无异议", "客户挂断", "非本人接听，家属称已处理好", "基本满意", "OK",
            "不满意，要求上级回复", "空号"]
REGIONS = [
    ("陕西省", "西安市", "雁塔区", ["科技路", "丈八东路", "小寨西路", "长安南路"]),
    ("河南省", "郑州市", "金水区", ["花园路", "经三路", "农业路"]),
    ("湖南省", "长沙市", "岳麓区", ["麓谷大道", "枫林三路", "桐梓坡路"]),
    ("云南省", "昆明市", "官渡区", ["春城路", "关上中路", "民航路"]),
    ("黑龙江省", "哈尔滨市", "南岗区", ["学府路", "红军街", "西大直街"]),
    ("甘肃省", "兰州市", "城关区", ["东岗西路", "雁滩路", "庆阳路"]),
    ("新疆维吾尔自治区", "乌鲁木齐市", "天山区", ["解放南路", "新华北路"]),
    ("广西壮族自治区", "南宁市", "青秀区", ["民族大道", "东葛路", "金湖路"]),
]
ESTATES = ["锦业小区", "翠华园", "幸福里", "绿地世纪城", "金域华府", "枫林绿洲", "铁路家属院"]
VILLAGES = [("渭南市", "蒲城县", "罕井镇", "东党村"), ("周口市", "郸城县", "汲冢镇", "王庄村"),
            ("绥化市", "望奎县", "灵山乡", "永安村"), ("曲靖市", "陆良县", "马街镇", "三岔河村")]
PARKS = ["西安国际港务区陆港物流园", "郑州航空港区冷链物流园", "长沙金霞物流园"]
TEXTS = ["已结案", "Y", "/", "P2", "归档", "闭环"]
COMPANIES = ["西安曲江大众汽车销售服务有限公司", "郑州宇通客车服务站", "长沙米粉连锁餐饮管理有限公司", "昆明一心堂大药房南屏店",
             "哈尔滨冷链仓储物流有限公司", "兰州顺安驾驶员培训学校", "南宁市公共交通集团", "甘肃农垦农机服务中心",
             "某银行信用卡中心西北分中心", "新疆天山光伏工程有限公司"]


def address(rng: random.Random) -> str:
    """A customer's or site's address in the forms real records hold, from other regions."""
    roll = rng.random()
    province, city, district, roads = rng.choice(REGIONS)
    if roll < 0.35:
        return f"{city}{district}{rng.choice(roads)}{rng.randint(1, 400)}号"
    if roll < 0.6:
        return (f"{city}{district}{rng.choice(ESTATES)}{rng.randint(1, 25)}-{rng.randint(1, 4)}-"
                f"{rng.randint(1, 28)}0{rng.randint(1, 4)}")
    if roll < 0.75:
        town_city, county, town, village = rng.choice(VILLAGES)
        return f"{town_city}{county}{town}{village}{rng.choice('一二三四五六')}组"
    if roll < 0.85:
        return f"{rng.choice(PARKS)}{rng.choice('ABCD')}区{rng.randint(1, 30)}号库"
    if roll < 0.95:
        first, second = rng.sample(roads, 2)
        return f"{province}{city}{district}{first}与{second}交叉口"
    return f"{district}{rng.choice(ESTATES)}"
