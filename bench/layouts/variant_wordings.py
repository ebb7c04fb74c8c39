"""Twenty-fourth held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the twenty-fourth set (unseen.toml); written without reading preaudit's
recognition code (parsers/), its vocabulary or any results, and none of their labels is a label
of the other *_wordings.py modules or of any layout file (checked by a script that printed only
yes/no and counts).

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of a commercial-kitchen exhaust cleaning crew serving restaurants (烟道清洗):
  the job a 清洗派工单, the customer the 报洗餐馆 and its 店长, the site the 门店后厨地址, the
  device the 烟罩风机型号, the fault 排烟不畅情况, the fix 除油清洗内容, the times 约洗来电 (the
  call), 师傅进店 (on site) and 清洗收工 (done), the worker the 清洗作业师傅, the sign-off the
  店长验收签字;
- R2 the register of a cold-room refrigeration mechanic serving fresh-food stores (冷库维修): the
  job a 冷库报修单, the customer the 库主 with the 库主手机号, the site the 冷库所在地址, the device
  the 制冷机组型号, the fault a 库温异常现象, the fix 加氟换件记录, the times written 时刻 (库温报修,
  技工到库, 恢复制冷), the worker the 制冷技工, the sign-off the 库主验收签名;
- R3 the register of a car-wash and detailing shop's telephone call-back (洗车美容回访): the
  response a 洗美回访单, the respondent the 受访车主 and 车主留存电话, the date the 回访拨打日期,
  each item an aspect of the wash ending in 分, the overall the 洗车整体满意度;
- R4 the register of a health check-up centre's questionnaire (体检满意度): the response a
  体检问卷, the respondent the 受检客户 with the 受检人手机, the date the 问卷填写日期, each item an
  aspect of the visit ending in 评分, the overall the 体检总体评价;
- R5 the register of a home-renovation company's owner complaint book (家装业主投诉): the
  complaint a 家装投诉单, the customer the 投诉业主 with the 投诉业主手机, the intake 业主投诉登记日,
  the reason 投诉施工问题, the handling 项目部整改经过, the customer's answer 业主复核意见, the
  closing 投诉销项日期 (销项, the site word for closing an item).

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_KITCHEN_EXHAUST = [
    ("清洗派工单号", "record_id", "R1 清洗派工单 for the job"), ("报洗餐馆", "customer_name", "R1 报洗餐馆 for the customer"),
    ("店长联系电话", "customer_phone", "R1 店长 for the customer's phone"), ("门店后厨地址", "customer_address", "R1 门店后厨地址 for the site"),
    ("烟罩风机型号", "product", "R1 烟罩风机型号 for the device"), ("排烟不畅情况", "issue", "R1 排烟不畅情况 for the fault"),
    ("除油清洗内容", "resolution", "R1 除油清洗内容 for the fix"), ("约洗来电时间", "reported_at", "R1 约洗来电 for the intake"),
    ("师傅进店时间", "responded_at", "R1 师傅进店 for the response"), ("清洗收工时间", "completed_at", "R1 清洗收工 for done"),
    ("清洗作业师傅", "technician", "R1 清洗作业师傅 for the worker"), ("店长验收签字", "signature", "R1 店长 + 验收签字 for the sign-off"),
]
_WO_COLD_ROOM = [
    ("冷库报修单号", "record_id", "R2 冷库报修单 for the job"), ("库主名称", "customer_name", "R2 库主 for the customer"),
    ("库主手机号", "customer_phone", "R2 库主手机号 for the customer's phone"), ("冷库所在地址", "customer_address", "R2 冷库所在地址 for the site"),
    ("制冷机组型号", "product", "R2 制冷机组型号 for the device"), ("库温异常现象", "issue", "R2 库温异常现象 for the fault"),
    ("加氟换件记录", "resolution", "R2 加氟换件记录 for the fix"), ("库温报修时刻", "reported_at", "R2 库温报修 + 时刻"),
    ("技工到库时刻", "responded_at", "R2 技工到库 + 时刻"), ("恢复制冷时刻", "completed_at", "R2 恢复制冷 + 时刻"),
    ("制冷技工", "technician", "R2 制冷技工 for the worker"), ("库主验收签名", "signature", "R2 库主 + 验收签名 for the sign-off"),
]
_SV_CAR_WASH = [
    ("洗美回访单号", "record_id", "R3 洗美回访单 for the response"), ("受访车主", "respondent", "R3 受访车主 for the respondent"),
    ("车主留存电话", "respondent_phone", "R3 车主留存电话 for the respondent's phone"), ("回访拨打日期", "surveyed_at", "R3 回访拨打日期 for the date"),
    ("漆面洁净分", "item", "R3 wash aspect + 分"), ("内饰清洁分", "item", "R3 wash aspect + 分"),
    ("施工师傅态度分", "item", "R3 wash aspect + 分"), ("洗车整体满意度", "overall", "R3 洗车整体满意度 for the overall"),
]
_SV_CHECKUP_CENTRE = [
    ("体检问卷编号", "record_id", "R4 体检问卷 for the response"), ("受检客户", "respondent", "R4 受检客户 for the respondent"),
    ("受检人手机", "respondent_phone", "R4 受检人 + 手机 for the respondent's phone"), ("问卷填写日期", "surveyed_at", "R4 问卷填写日期 for the date"),
    ("抽血技术评分", "item", "R4 visit aspect + 评分"), ("导检服务评分", "item", "R4 visit aspect + 评分"),
    ("报告解读评分", "item", "R4 visit aspect + 评分"), ("体检总体评价", "overall", "R4 体检总体评价 for the overall"),
]
_CP_HOME_RENOVATION = [
    ("家装投诉单号", "record_id", "R5 家装投诉单 for the complaint"), ("投诉业主", "customer_name", "R5 投诉业主 for the customer"),
    ("投诉业主手机", "customer_phone", "R5 投诉业主手机 for the customer's phone"), ("业主投诉登记日", "received_at", "R5 业主投诉登记日 for the intake"),
    ("投诉施工问题", "reason", "R5 投诉施工问题 for the reason"), ("项目部整改经过", "handling", "R5 项目部整改经过 for the handling"),
    ("业主复核意见", "feedback", "R5 业主复核意见 for the customer's answer"), ("投诉销项日期", "closed_at", "R5 销项 for the closing"),
]

_SETS = [
    ("variant24_wo_kitchen_exhaust_cleaning", "work_orders", _WO_KITCHEN_EXHAUST, "excel_serial_text"),
    ("variant24_wo_cold_room_repair", "work_orders", _WO_COLD_ROOM, "epoch_ms"),
    ("variant24_sv_car_wash_callback", "survey_responses", _SV_CAR_WASH, "yyyymmdd"),
    ("variant24_sv_checkup_centre_questionnaire", "survey_responses", _SV_CHECKUP_CENTRE, "iso_seconds"),
    ("variant24_cp_home_renovation_complaint", "complaints", _CP_HOME_RENOVATION, "java_tostring"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "variant_wordings.py")
