"""Issue 11, round 69: readings that must not change with what the cells happen to hold.

Decision 370: a label headed by what its cells are (产品型号, 详细地址, 所属公司, 编辑人: a
thing, a place, an organisation, a person) names no step of a record's course beside a step the
labels gave a pick-list, whatever its cells hold (staff written with their codes, 8827-马骏,
read as written text); and a mark or a code of one letter at most (Y, /, P2) tells no case
however many of them a short sample shows. Tested on a workbook and a Word table, must-read and
must-not-read each; the cell contents are written here, not drawn from the generator's pools.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.parsers.tables import FORMATS, read_table, rows_of

_ROWS = 12
_IDS = [f"{4471020 + n}" for n in range(_ROWS)]
_NAMES = ["邝书涵", "鄢立新", "阮秋月", "涂振华", "晏诗雨", "卓子墨", "蒯家豪", "郗梦瑶", "訾永福",
          "冉晓东", "昝丽娟", "谌国庆"]
_PHONES = [f"139{22230001 + n}" for n in range(_ROWS)]
_TIMES = [f"2026-09-{n + 1:02d} 10:{n * 4:02d}:00" for n in range(_ROWS)]
_LATER = [f"2026-09-{n + 1:02d} 15:{n * 4:02d}:00" for n in range(_ROWS)]
# Staff as exports write them: a number or initials before the name, a code after it, a title.
_STAFF = ["0931-宁海", "KF 蒲晴", "蓝天(S1102)", "技师 伍强", "0931-宁海", "KF 蒲晴",
          "技师 伍强", "蓝天(S1102)", "0412-古越", "KF 蒲晴", "0412-古越", "技师 伍强"]
_CANNED = ["详见附件", "已沟通", "详见附件", "已沟通", "按计划", "详见附件", "已沟通", "按计划",
           "详见附件", "已沟通", "按计划", "详见附件"]


# ------------------------------------------------------ a sales call log with coded staff
_KINDS = ["常规", "A类", "常规", "回访", "A类", "常规"] * 2
_COMPANIES = ["兰州顺安驾驶员培训学校", "甘肃农垦农机服务中心", "哈尔滨冷链仓储物流有限公司",
              "郑州宇通客车服务站", "昆明一心堂大药房南屏店", "长沙米粉连锁餐饮管理有限公司"] * 2


def _visits(editors: list[str]) -> list[list[object]]:
    return rows_of(["编号", "拜访类别", "拜访标题", "拜访内容", "备注", "开始时间", "结束时间",
                    "联系人", "联系人电话", "拜访地址", "经办人", "编辑人", "所属公司"],
                   _IDS, _KINDS, _KINDS, _CANNED, _CANNED, _TIMES, _LATER, _NAMES, _PHONES,
                   [f"兰州市城关区雁滩路{n + 10}号" for n in range(_ROWS)], _STAFF, editors,
                   _COMPANIES)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_sales_visit_log_with_coded_staff_is_no_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must not: a sales call log whose 编辑人 holds staff written with their codes and whose
    所属公司 holds companies stays no work orders (a guard: it held before as well)."""
    read = read_table(fmt, tmp_path / "visits", _visits(_STAFF))
    assert "work_orders" not in read.records


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_caller_blacklist_with_coded_staff_stays_unproven(tmp_path: Path, fmt: str) -> None:
    """Must not: a list of callers with a canned reason, created and updated by staff written
    with their codes, is no work orders: 创建人 and 更新人 are no complaint and no answer, so
    the complaint reading takes the same columns and the kind stays unproven (before: the
    complaint reading took them as the reason and the handling, and the rows were read as 12
    work orders)."""
    rows = rows_of(["id", "姓名", "手机号", "原因备注", "创建人", "创建时间", "更新人", "更新时间"],
                   _IDS, _NAMES, _PHONES, _CANNED, _STAFF, _TIMES, _STAFF[3:] + _STAFF[:3],
                   _LATER)
    read = read_table(fmt, tmp_path / "barred", rows)
    assert read.records == {}
    assert "unproven_records" in read.kinds


_FAULTS = ["空调不制冷，外机不转", "热水器点不着火", "洗衣机脱水时异响", "冰箱冷藏室结冰",
           "油烟机吸力变小", "燃气灶打火困难", "空调漏水滴到地板", "电视开机黑屏", "净水器漏水",
           "壁挂炉报E1故障", "洗碗机不进水", "烤箱温度不准"]
_FIXED = ["补氟后制冷正常", "更换点火针", "更换减震器", "更换温控器", "清洗风轮", "清理炉头",
          "疏通排水管", "更换电源板", "更换滤芯接头", "清洗水路", "更换进水阀", "校准温控"]


# ------------------------------------------ codes tell no case (install confirmation calls)
_CODES = ["已结案", "Y", "/", "P2", "归档", "闭环", "Y", "P2", "/", "已结案", "闭环", "归档"]
_PRODUCTS = ["燃气热水器", "吸油烟机", "嵌入式洗碗机", "燃气热水器", "吸油烟机", "嵌入式洗碗机",
             "燃气热水器", "吸油烟机", "嵌入式洗碗机", "燃气热水器", "吸油烟机", "嵌入式洗碗机"]


def _calls(reasons: list[str]) -> list[list[object]]:
    return rows_of(["订单编号", "客户姓名", "产品名称", "创建时间", "外呼结果", "失败原因"],
                   _IDS, _NAMES, _PRODUCTS, _TIMES, _CANNED, reasons)


@pytest.mark.parametrize("fmt", FORMATS)
def test_install_confirmation_calls_with_coded_reasons_are_no_work_orders(
    tmp_path: Path, fmt: str
) -> None:
    """Must not: 失败原因 over marks and codes (Y, /, P2) tells no fault, however varied in a
    short sample (before: read as 12 work orders)."""
    assert "work_orders" not in read_table(fmt, tmp_path / "calls", _calls(_CODES)).records


@pytest.mark.parametrize("fmt", FORMATS)
def test_short_faults_told_row_by_row_are_work_orders(tmp_path: Path, fmt: str) -> None:
    """Must read: short faults in words (漏水, 不制冷) still tell each row's case."""
    faults = ["漏水", "不制冷", "异响", "不加热", "跳闸", "漏电", "不启动", "结冰", "噪音大",
              "显示E1", "不排水", "有异味"]
    rows = rows_of(["工单号", "客户姓名", "联系电话", "产品名称", "报修时间", "故障", "上门时间"],
                   _IDS, _NAMES, _PHONES, _PRODUCTS, _TIMES, faults, _LATER)
    orders = read_table(fmt, tmp_path / "short", rows).records["work_orders"]
    assert [o["issue"] for o in orders] == faults


# ---------------------------------- a label that says what its cells are names no step
_MODELS = ["大众朗逸 2021款 自动舒适版", "比亚迪 秦PLUS DM-i 55km", "丰田 凯美瑞 2.0G 豪华版",
           "本田 雅阁 锐·混动 领先版", "吉利 星越L 智擎版", "长安 CS75 PLUS 尊贵型"] * 2
_PLACES = ["郑州市金水区金域华府5-4-2303", "绥化市望奎县灵山乡永安村四组", "南宁市青秀区翠华园3栋",
           "长沙市开福区幸福里8-2-601", "西安市雁塔区绿地世纪城A区", "昆明市盘龙区枫林绿洲12幢"] * 2
_VERDICTS = ["满意", "非常满意", "一般", "满意", "不满意", "非常满意"] * 2


def _sessions(models: list[str]) -> list[list[object]]:
    return rows_of(["会话ID", "会话开始时间", "接待客服", "访客用户名", "满意度", "产品型号",
                    "详细地址", "补寄原因"],
                   _IDS, _TIMES, _STAFF, _NAMES, _VERDICTS, models, _PLACES, _CODES)


@pytest.mark.parametrize("fmt", FORMATS)
def test_rated_chat_sessions_with_products_and_places_are_a_survey(
    tmp_path: Path, fmt: str
) -> None:
    """Must read: chat sessions rated by the visitor stay survey responses where 产品型号 and
    详细地址 hold models and places written out (before: read as a complaint's reason and
    handling beside a pick-list 补寄原因, and the sessions as complaints)."""
    read = read_table(fmt, tmp_path / "chats", _sessions(_MODELS))
    assert "complaints" not in read.records
    assert [r["overall"] for r in read.records["survey_responses"]] == _VERDICTS


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_silent_label_over_written_steps_still_takes_one(tmp_path: Path, fmt: str) -> None:
    """Must not lose: beside a step the labels gave a pick-list (处理类型: 详见附件), a column
    whose label names no field and no thing (任务要求) over remedies written out is still the
    remedy (decision 281)."""
    rows = rows_of(["工单号", "客户姓名", "联系电话", "报修时间", "故障现象", "处理类型", "任务要求"],
                   _IDS, _NAMES, _PHONES, _TIMES, _FAULTS, _CANNED, _FIXED)
    orders = read_table(fmt, tmp_path / "tasks", rows).records["work_orders"]
    assert [o["issue"] for o in orders] == _FAULTS
