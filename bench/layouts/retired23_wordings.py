"""Twenty-third held-out set: "variant wordings" layouts, generated from written-down rules.

Held out with the twenty-third set (retired23.toml, retired by decision 461); written without
reading preaudit's recognition code (parsers/), its vocabulary or any results, and none of their
labels is a label of the other *_wordings.py modules or of any layout file.

Real exports name a field one character or one composition away from the words a list holds.
The labels below are built by these rules:

- R1 the register of an automatic mahjong-table repairer who serves card rooms and homes
  (麻将机维修): the job a 修机单, the customer the 送修桌主 (the owner of the table) with the
  桌主手机, the site the 棋牌室地址, the device the 麻将机型号, the fault the owner's plain word
  机器毛病, the fix the 修理办法, the times 叫修 (the call), 师傅到店 (arrival) and 修好 (done),
  the worker the 修机师傅, the sign-off the 桌主签收;
- R2 the register of an industrial sewing-machine mechanic serving garment workshops (工业
  缝纫机机修, the trade calls a machine a 车): the job a 机修单, the customer the 制衣厂名 with the
  车间主管电话, the site the 厂址, the machine the 车种及机号, the fault the 跳线断线情况, the fix
  the 机修处理, the times 报车坏 (the call), 机修到厂 (arrival) and 车修好 (done), the worker the
  机修工, the sign-off the 主管签名确认;
- R3 the register of a hair salon's telephone call-back after a haircut (美发回访): the response
  a 美发回访流水, the respondent the 剪发客人 and 客人留的电话, the date the 电话回访日, each item an
  aspect of the visit ending in 打分, the overall the 本次到店总评;
- R4 the register of a children's photo studio's questionnaire filled in after the prints are
  collected (儿童摄影取片问卷): the response a 拍摄问卷序号, the respondent the 宝宝家长 and
  家长联系手机, the date the 取片后填写日期, each item an aspect of the shoot ending in 星级, the
  overall the 拍摄体验总星级;
- R5 the register of a beauty salon's prepaid-card complaint book (美容院卡项投诉): the complaint
  a 卡项投诉单, the customer the 投诉会员 with the 会员预留电话, the intake 来店投诉日期, the reason
  卡项纠纷原因, the handling 店长处理办法, the customer's answer 会员对处理看法, the closing
  投诉了结日期.

Each layout records, per label, the canonical field and the rule that made it.
"""
# ruff: noqa: E501  -- Chinese labels

from __future__ import annotations

from bench.layouts import corpus
from bench.layouts.corpus import Layout

# (label, canonical field, rule) in column order
_WO_MAHJONG_TABLE_REPAIR = [
    ("修机单号", "record_id", "R1 修机单 for the job"), ("送修桌主", "customer_name", "R1 送修桌主 for the customer"),
    ("桌主手机", "customer_phone", "R1 桌主手机 for the customer's phone"), ("棋牌室地址", "customer_address", "R1 棋牌室地址 for the site"),
    ("麻将机型号", "product", "R1 麻将机型号 for the device"), ("机器毛病", "issue", "R1 机器毛病 for the fault"),
    ("修理办法", "resolution", "R1 修理办法 for the fix"), ("叫修时间", "reported_at", "R1 叫修 for the call"),
    ("师傅到店时间", "responded_at", "R1 师傅到店 for the arrival"), ("修好时间", "completed_at", "R1 修好 for done"),
    ("修机师傅", "technician", "R1 修机师傅 for the worker"), ("桌主签收", "signature", "R1 桌主 + 签收 for the sign-off"),
]
_WO_SEWING_MACHINE_MECHANIC = [
    ("机修单号", "record_id", "R2 机修单 for the job"), ("制衣厂名", "customer_name", "R2 制衣厂名 for the customer"),
    ("车间主管电话", "customer_phone", "R2 车间主管电话 for the customer's phone"), ("厂址", "customer_address", "R2 厂址 for the site"),
    ("车种及机号", "product", "R2 车种及机号 for the machine"), ("跳线断线情况", "issue", "R2 跳线断线情况 for the fault"),
    ("机修处理", "resolution", "R2 机修处理 for the fix"), ("报车坏时间", "reported_at", "R2 报车坏 for the call"),
    ("机修到厂时间", "responded_at", "R2 机修到厂 for the arrival"), ("车修好时间", "completed_at", "R2 车修好 for done"),
    ("机修工", "technician", "R2 机修工 for the worker"), ("主管签名确认", "signature", "R2 主管 + 签名确认 for the sign-off"),
]
_SV_HAIR_SALON_CALLBACK = [
    ("美发回访流水", "record_id", "R3 美发回访流水 for the response"), ("剪发客人", "respondent", "R3 剪发客人 for the respondent"),
    ("客人留的电话", "respondent_phone", "R3 客人留的电话 for the respondent's phone"), ("电话回访日", "surveyed_at", "R3 电话回访日 for the date"),
    ("发型效果打分", "item", "R3 visit aspect + 打分"), ("洗头手法打分", "item", "R3 visit aspect + 打分"),
    ("等候时长打分", "item", "R3 visit aspect + 打分"), ("本次到店总评", "overall", "R3 本次到店总评 for the overall"),
]
_SV_KIDS_PHOTO_STUDIO = [
    ("拍摄问卷序号", "record_id", "R4 拍摄问卷序号 for the response"), ("宝宝家长", "respondent", "R4 宝宝家长 for the respondent"),
    ("家长联系手机", "respondent_phone", "R4 家长联系手机 for the respondent's phone"), ("取片后填写日期", "surveyed_at", "R4 取片后填写日期 for the date"),
    ("摄影师引导星级", "item", "R4 shoot aspect + 星级"), ("服装道具星级", "item", "R4 shoot aspect + 星级"),
    ("修片效果星级", "item", "R4 shoot aspect + 星级"), ("拍摄体验总星级", "overall", "R4 拍摄体验总星级 for the overall"),
]
_CP_BEAUTY_SALON_CARD = [
    ("卡项投诉单号", "record_id", "R5 卡项投诉单 for the complaint"), ("投诉会员", "customer_name", "R5 投诉会员 for the customer"),
    ("会员预留电话", "customer_phone", "R5 会员预留电话 for the customer's phone"), ("来店投诉日期", "received_at", "R5 来店投诉日期 for the intake"),
    ("卡项纠纷原因", "reason", "R5 卡项纠纷原因 for the reason"), ("店长处理办法", "handling", "R5 店长处理办法 for the handling"),
    ("会员对处理看法", "feedback", "R5 会员对处理看法 for the customer's answer"), ("投诉了结日期", "closed_at", "R5 了结 for the closing"),
]

_SETS = [
    ("variant23_wo_mahjong_table_repair", "work_orders", _WO_MAHJONG_TABLE_REPAIR, "excel_serial_number"),
    ("variant23_wo_sewing_machine_mechanic", "work_orders", _WO_SEWING_MACHINE_MECHANIC, "epoch_ms"),
    ("variant23_sv_hair_salon_callback", "survey_responses", _SV_HAIR_SALON_CALLBACK, "iso_date"),
    ("variant23_sv_kids_photo_studio", "survey_responses", _SV_KIDS_PHOTO_STUDIO, "excel_serial_text"),
    ("variant23_cp_beauty_salon_card", "complaints", _CP_BEAUTY_SALON_CARD, "yyyymmdd"),
]


def variant_layouts() -> list[Layout]:
    return corpus.variant_layouts(_SETS, "R1-R5", "retired23_wordings.py")
