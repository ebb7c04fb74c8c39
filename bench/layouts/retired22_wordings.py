"""Twenty-second held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the twenty-second set (retired22.toml, retired by decision 447); written
without reading preaudit's recognition code (parsers/), its vocabulary or any results, and none
of their labels is a label of the other *_wordings.py modules or of any layout file (checked by
a script that printed only yes/no).

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a rooftop solar installer's household repair desk (户用光伏报障): the job a
  光伏报障单, the customer the 屋顶业主, the site the 屋顶电站地址, the device the 逆变器型号, the
  fault a 发电异常, the fix 消缺处理措施, the times 报障来电 (the call), 运维到场 (on site) and
  消缺完毕 (defect cleared), the worker the 光伏运维员, the sign-off the 屋顶业主's 确认签名;
- R2 the register of a roller-shutter door repairer serving shopfronts (卷帘门维修): the job a
  卷门维修单, the customer the 报修商户, the site the 门面地址, the device the 卷门电机型号, the
  fault a 卷门卡滞现象, the fix 调轨换件内容, the times written 时刻 (卷门报修, 师傅抵店, 卷门复位),
  the worker the 卷门师傅, the sign-off the 商户's 复位签字;
- R3 the register of a blood centre's donor follow-up questionnaire (献血者回访): the response a
  献血回访卷, the respondent the 受访献血者 and 献血者留号, the date the 回访填答日期, each item an
  aspect of the donation ending in 分, the overall the 献血体验总评;
- R4 the register of a homestay's guest review form (民宿住客点评): the response a 点评卷, the
  respondent the 入住客人 with the 住客手机号码, the date the 离店点评日, each item an aspect of the
  stay ending in 分, the overall the 住宿整体满意度;
- R5 the register of a food-delivery platform's customer complaint desk (外卖客诉): the complaint
  an 外卖客诉单, the customer the 下单顾客 with the 顾客收餐电话, the intake 客诉登记, the reason
  顾客投诉缘由, the handling 商家骑手处理过程, the customer's answer 顾客回评意见, the closing 结单.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_ROOFTOP_SOLAR = [
    ("光伏报障单号", "record_id", "R1 光伏报障单 for the job"), ("屋顶业主姓名", "customer_name", "R1 屋顶业主 for the customer"),
    ("屋顶业主电话", "customer_phone", "R1 屋顶业主 for the customer"), ("屋顶电站地址", "customer_address", "R1 屋顶电站地址 for the site"),
    ("逆变器型号", "product", "R1 逆变器型号 for the device"), ("发电异常描述", "issue", "R1 发电异常 for the fault"),
    ("消缺处理措施", "resolution", "R1 消缺处理措施 for the fix"), ("报障来电时间", "reported_at", "R1 报障来电 for the intake"),
    ("运维到场时间", "responded_at", "R1 运维到场 for the response"), ("消缺完毕时间", "completed_at", "R1 消缺完毕 for done"),
    ("光伏运维员", "technician", "R1 光伏运维员 for the worker"), ("屋顶业主确认签名", "signature", "R1 屋顶业主 + 确认签名 for the sign-off"),
]
_WO_ROLLER_SHUTTER = [
    ("卷门维修单号", "record_id", "R2 卷门维修单 for the job"), ("报修商户", "customer_name", "R2 报修商户 for the customer"),
    ("商户联系电话", "customer_phone", "R2 商户 for the customer"), ("门面地址", "customer_address", "R2 门面地址 for the site"),
    ("卷门电机型号", "product", "R2 卷门电机型号 for the device"), ("卷门卡滞现象", "issue", "R2 卷门卡滞现象 for the fault"),
    ("调轨换件内容", "resolution", "R2 调轨换件内容 for the fix"), ("卷门报修时刻", "reported_at", "R2 卷门报修 + 时刻"),
    ("师傅抵店时刻", "responded_at", "R2 师傅抵店 + 时刻"), ("卷门复位时刻", "completed_at", "R2 卷门复位 + 时刻"),
    ("卷门师傅", "technician", "R2 卷门师傅 for the worker"), ("商户复位签字", "signature", "R2 商户 + 复位签字 for the sign-off"),
]
_SV_BLOOD_DONOR = [
    ("献血回访卷号", "record_id", "R3 献血回访卷 for the response"), ("受访献血者", "respondent", "R3 受访献血者 for the respondent"),
    ("献血者留号", "respondent_phone", "R3 献血者留号 for the respondent's phone"), ("回访填答日期", "surveyed_at", "R3 回访填答日期 for the date"),
    ("采血技术分", "item", "R3 donation aspect + 分"), ("等候时长分", "item", "R3 donation aspect + 分"),
    ("休息区环境分", "item", "R3 donation aspect + 分"), ("献血体验总评", "overall", "R3 献血体验总评 for the overall"),
]
_SV_HOMESTAY_GUEST = [
    ("点评卷编号", "record_id", "R4 点评卷 for the response"), ("入住客人", "respondent", "R4 入住客人 for the respondent"),
    ("住客手机号码", "respondent_phone", "R4 住客 + 手机号码 for the respondent's phone"), ("离店点评日", "surveyed_at", "R4 离店点评日 for the date"),
    ("床品洁净分", "item", "R4 stay aspect + 分"), ("房东热情分", "item", "R4 stay aspect + 分"),
    ("周边便利分", "item", "R4 stay aspect + 分"), ("住宿整体满意度", "overall", "R4 住宿整体满意度 for the overall"),
]
_CP_FOOD_DELIVERY = [
    ("外卖客诉单号", "record_id", "R5 外卖客诉单 for the complaint"), ("下单顾客", "customer_name", "R5 下单顾客 for the customer"),
    ("顾客收餐电话", "customer_phone", "R5 顾客收餐电话 for the customer's phone"), ("客诉登记时刻", "received_at", "R5 客诉登记 for the intake"),
    ("顾客投诉缘由", "reason", "R5 顾客投诉缘由 for the reason"), ("商家骑手处理过程", "handling", "R5 商家骑手处理过程 for the handling"),
    ("顾客回评意见", "feedback", "R5 顾客回评意见 for the customer's answer"), ("客诉结单时间", "closed_at", "R5 结单 for the closing"),
]

_SETS = [
    ("variant22_wo_rooftop_solar_repair", "work_orders", _WO_ROOFTOP_SOLAR, "excel_serial_number"),
    ("variant22_wo_roller_shutter_repair", "work_orders", _WO_ROLLER_SHUTTER, "epoch_s"),
    ("variant22_sv_blood_donor_followup", "survey_responses", _SV_BLOOD_DONOR, "iso_date"),
    ("variant22_sv_homestay_guest_review", "survey_responses", _SV_HOMESTAY_GUEST, "excel_serial_text"),
    ("variant22_cp_food_delivery_complaint", "complaints", _CP_FOOD_DELIVERY, "java_tostring"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired22_wordings.py")
