# ruff: noqa: E501  -- Chinese text pools
"""Record contents from other trades than the bench's own, to measure what reading owes to them.

Every layout of every split, the held-out one included, is generated from one pool of contents
(sample_data/gen/content.py): household-appliance faults and their remedies, eight complaints
whose handling mostly apologises or compensates, five call-back phrases, Shanghai addresses,
fitters called 陈师傅. A content rule tuned on the tunable layouts meets the same pool on the
held-out ones, so the held-out set measures labels and layouts nobody showed us, not contents.
``alternative_content()`` swaps in pools written from other trades (property management,
utilities, telecoms, parcels, hospitals, campuses, IT desks, government hotlines), other address
forms (北京 to 成都, 小区/栋/单元 as well as 路/号) and other names, with complaint handling
that is as often forwarded and answered as apologised for — what a real export of another
system holds. Scores under it (``generate.py --content alternative``, then score.py with
``--no-generate``) beside the standard ones say how much of a reading the bench's own contents
carry (decision 356).

    .venv/bin/python bench/layouts/generate.py --content alternative --out OTHER
    .venv/bin/python bench/layouts/score.py --seen-only --files-only --no-generate --out OTHER
    .venv/bin/python bench/layouts/content_alt.py --bench BENCH --other OTHER [--write FILE.md]

(BENCH: a standard run's --out, scored --seen-only the same way). The last command sets the two
runs' tables side by side and lists every tunable file read differently.

The swapping itself is one function over any pool module, ``swapped_content(module)``
(``alternative_content()`` is it over this module); ``generate.py --content third`` uses it over
bench/layouts/content_third.py, a third pool written blind to the rules (decision 368), and the
comparison above works the same for that run.

Scales (非常满意 … 非常不满意) and dates are not swapped: they are the same words in every
system.
"""

from __future__ import annotations

import argparse
import importlib
import random
import re
import sys
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.layouts import corpus  # noqa: E402
from bench.layouts import generate as gen  # noqa: E402
from sample_data.gen import content  # noqa: E402

GIVEN = [
    "晨阳", "雨桐", "佳怡", "浩然", "思远", "梓萱", "嘉伟", "欣然", "宇航", "诗琪",
    "立军", "秀兰", "朝晖", "丽萍", "学文", "慧敏", "永刚", "翠英", "忠良", "小燕",
    "海波", "春燕", "天佑", "若曦", "锦程", "玉珍", "志远", "新华", "雅琴", "光明",
]
TECHNICIANS = ["刘建峰", "黄志勇", "马晓军", "何伟", "罗斌", "梁振东", "宋凯", "韩磊"]
FAULTS = [
    ("3号楼电梯困人", "到场释放被困人员，更换门机控制板后试运行正常"),
    ("卫生间下水道堵塞", "疏通立管并清理存水弯，排水通畅"),
    ("宽带频繁掉线", "更换光猫并重新熔接入户光纤，测速稳定"),
    ("水表读数异常偏大", "更换DN20水表，与用户核对底数"),
    ("楼道声控灯不亮", "更换声控开关和LED灯泡，亮灯正常"),
    ("燃气报警器误报警", "校准传感器并更换电池，试验无误报"),
    ("充电桩无法启动充电", "复位控制模块并升级固件，充电正常"),
    ("打印机卡纸", "更换搓纸轮，连续打印五十页无卡纸"),
    ("门禁卡刷卡无反应", "重新写卡并同步门禁权限"),
    ("顶楼屋面渗水", "清理天沟，铺设防水卷材，雨后复查无渗漏"),
    ("暖气片不热", "排气并清洗过滤网，室温恢复到20度"),
    ("监控画面黑屏", "更换录像机电源适配器，画面恢复"),
    ("教室投影仪无信号", "更换HDMI线并调整输入源"),
    ("办公电脑蓝屏", "重装系统驱动，内存条重新插拔后运行稳定"),
]
PRODUCTS = [
    "3号楼1单元客梯", "华为光猫HG8145V5", "DN20智能水表", "小区东门道闸", "惠普M1136打印机",
    "海康DS-7808N录像机", "7kW交流充电桩", "威能壁挂炉", "联想启天M430台式机", "爱普生CB-X06投影仪",
    "海湾JTQB燃气报警器", "施耐德配电柜",
]
COMPLAINTS = [
    ("物业费收费标准未公示", "公示栏长期未更新", "已在公示栏及业主群公示收费标准，并当面向业主说明"),
    ("快递丢件无人处理", "网点交接未登记", "核实后按保价金额赔付，网点补登交接记录"),
    ("夜间装修噪音扰民", "施工时段管理不严", "约谈施工方，限定施工时段，安排保安夜间巡查"),
    ("宽带提速后网速没有变化", "端口未同步升级", "已为用户更换端口，网速达到签约速率"),
    ("停水未提前通知", "计划停水短信未发送", "已转供水所核实，后续停水提前24小时短信告知"),
    ("挂号窗口工作人员态度差", "窗口高峰期人手不足", "已转科室处理，对当事人批评教育，高峰期增开窗口"),
    ("外卖超时一小时送达", "骑手运力不足", "退还配送费，站点增派骑手"),
    ("退款十天未到账", "财务审核积压", "加急办理，三个工作日内原路退回"),
    ("路灯坏了一个月没人修", "报修单未派发", "已派单至市政养护所，次日修复"),
    ("宿舍热水供应时间太短", "锅炉检修期间调整了供水时段", "已恢复正常供水时段并在宿舍群通知"),
]
FEEDBACK = ["用户认可答复", "已回访，无异议", "对处理结果基本满意", "表示理解，接受处理", "不满意，要求再次核实",
            "电话未接通，短信告知办理结果"]
CITIES = [
    ("北京市", "朝阳区", ["望京西园三区", "双井街道广和里", "酒仙桥路"]),
    ("广州市", "天河区", ["体育西路", "天河北路", "员村二横路"]),
    ("成都市", "武侯区", ["人民南路四段", "玉林北路", "棕北小区"]),
    ("南京市", "鼓楼区", ["中山北路", "湖南路", "汉中门大街"]),
    ("武汉市", "洪山区", ["珞喻路", "光谷大道", "南湖花园"]),
]
TEXTS = ["普通", "已办结", "按期", "B级", "正常", "-"]
COMPANIES = ["北京安居物业服务有限公司", "广州城市燃气有限公司", "成都天府宽带网络有限公司", "南京市鼓楼区人民医院",
             "武汉理工大学后勤集团", "顺达快递天河网点", "市12345热线办", "蓝海信息技术有限公司"]


def address(rng: random.Random) -> str:
    """A customer's address as other systems write one: a road and number, or a block of flats."""
    city, district, places = rng.choice(CITIES)
    place = rng.choice(places)
    if rng.random() < 0.5:
        return f"{city}{district}{place}{rng.randint(1, 300)}号"
    return f"{district}{place}{rng.randint(1, 30)}栋{rng.randint(1, 6)}单元{rng.randint(1, 33)}0{rng.randint(1, 4)}"


# What a pool module swaps: these names of sample_data/gen/content.py by the same names, and the
# generator's filler pools by the pool module's TECHNICIANS, TEXTS and COMPANIES.
CONTENT_NAMES = ("GIVEN", "TECHNICIANS", "FAULTS", "PRODUCTS", "COMPLAINTS", "FEEDBACK", "address")
GENERATOR_NAMES = {"_STAFF": "TECHNICIANS", "_TEXTS": "TEXTS", "_COMPANIES": "COMPANIES"}
POOLS = {"alternative": "bench.layouts.content_alt", "third": "bench.layouts.content_third"}


def swaps(pools: ModuleType) -> dict[ModuleType, dict[str, object]]:
    """Module by module, the attributes a pool module puts in place of the bench's own."""
    return {content: {name: getattr(pools, name) for name in CONTENT_NAMES},
            gen: {name: getattr(pools, source) for name, source in GENERATOR_NAMES.items()}}


def pools_named(name: str) -> ModuleType:
    """The pool module behind ``generate.py --content NAME`` (alternative, third)."""
    return importlib.import_module(POOLS[name])


@contextmanager
def swapped_content(pools: ModuleType) -> Iterator[None]:
    """Generate with a pool module's pools in place of the bench's own; put back afterwards."""
    table = swaps(pools)
    saved = {module: {name: getattr(module, name) for name in names} for module, names in table.items()}
    try:
        for module, names in table.items():
            for name, value in names.items():
                setattr(module, name, value)
        yield
    finally:
        for module, names in saved.items():
            for name, value in names.items():
                setattr(module, name, value)


def alternative_content() -> AbstractContextManager[None]:
    """Generate with this module's pools (other trades) in place of the bench's own."""
    return swapped_content(sys.modules[__name__])


_ROW = re.compile(r"^\| ((?:la|wo|sv|cp|variant)[^|]*?) \| (xlsx|docx|pdf) \|")


def _read(results: Path) -> tuple[dict[tuple[str, str], list[str]], list[list[str]]]:
    """A --seen-only RESULTS-seen.md: its per-file rows and, in split order, its "all" rows."""
    rows: dict[tuple[str, str], list[str]] = {}
    totals: list[list[str]] = []
    for line in results.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.split("|")]
        if line.startswith("| **all** |"):
            totals.append(cells)
        elif match := _ROW.match(line):
            rows[(match.group(1), match.group(2))] = cells
    return rows, totals


def compare(bench: Path, other: Path) -> str:
    """The two runs' split tables side by side and the files read differently, in Markdown."""
    (ours, our_totals), (theirs, their_totals) = _read(bench), _read(other)
    out = ["# The corpus read with other trades' record contents (bench/layouts/content_alt.py)", "",
           "Every tunable layout generated again with record contents from other trades (decision 356): "
           "labels, layouts, dates and scales unchanged. Files only.", "",
           "| split | files | kinds right, bench contents | kinds right, other contents "
           "| fields exact, bench | fields exact, other |", "|---|---:|---:|---:|---:|---:|"]
    for split, a, b in zip(corpus.TUNABLE, our_totals, their_totals, strict=True):
        out.append(f"| {split} | {a[2]} | {a[3]} | {b[3]} | {a[5]} | {b[5]} |")
    moved = [(key, ours[key], theirs[key]) for key in sorted(ours)
             if key in theirs and (ours[key][3], ours[key][5]) != (theirs[key][3], theirs[key][5])]
    out += ["", f"Tunable files read differently: {len(moved)} (bench → other contents).", "",
            "| layout | format | kind right | fields exact | recognised as |", "|---|---|---|---|---|"]
    out += [f"| {layout} | {fmt} | {a[3]} → {b[3]} | {a[5]} → {b[5]} | {a[7]} → {b[7]} |"
            for (layout, fmt), a, b in moved]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", type=Path, required=True, help="a standard run's --out")
    parser.add_argument("--other", type=Path, required=True,
                        help="the other run's --out (alternative or third contents)")
    parser.add_argument("--write", type=Path, help="also write the tables to this Markdown file")
    args = parser.parse_args(argv)
    text = compare(args.bench / "RESULTS-seen.md", args.other / "RESULTS-seen.md")
    if args.write:
        args.write.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
