"""Word parts that header labels are built from: the data behind field matching by meaning.

A header is read as a composition of parts — who (客户, 报修人, 维修人员), what (姓名, 电话, 地址,
内容), which event (报修, 上门, 完工, 回访) and a time word (时间, 日期, 时刻) — so a label nobody
listed (来电者名称, 出单时刻, 验收人签字) is still understood from its parts. SYNONYMS in
parsers/headers.py stays as seed data: an exact synonym always wins.

To teach preaudit a new word part, add it to its class below (of splits that read as much of
a label, the one with the longest parts first wins, so 维修人员 is a person before 维修 is an
activity; parsers/meaning.py `_split`, decision 320). Sources: spec/README.md,
reference/records-in-practice.md, and the seen half of bench/layouts.
"""

from __future__ import annotations

# Who created a record (创建人, 创建者): in a ledger the office keeps, its desk (decision 323);
# in answers customers write themselves (a review, a rating), the customer who wrote each one,
# which only the names say: a survey's respondent where they never repeat (decision 318).
# 登记人 registers what others bring and stays the desk.
RECORD_AUTHORS = ("创建人", "创建者")

# The forms a customer fills in or a complaint is written on (意见卡, 评议表, 问卷, 投诉单): a
# number after one is the form's, whoever's it is (观众意见卡号, 乘客意见单号), where a key of a
# customer's (客户主键, 客户编号) numbers the customer (decision 471).
RESPONSE_FORMS = ("意见卡", "意见单", "评议表", "点评卡", "问卷", "调查表", "回访单", "投诉单",
                  "诉求单", "诉单")

PARTS: dict[str, tuple[str, ...]] = {
    # People on the customer's side: the person the record is about.
    "customer": (
        # 保修人 is 报修人 as exports misspell it
        "客户", "用户", "顾客", "报修人", "保修人", "报修方", "报修者", "申请人", "申请者",
        "投诉人", "抱怨人",
        "投诉方", "投诉者", "联系人", "来电人", "来电者", "来电方", "业主", "住户", "户主",
        "购买人", "购买者", "购机人", "消费者", "会员", "委托人", "送修人", "受访者", "受访人",
        "被访者", "被访人", "被调查人", "调查对象", "回访对象", "被回访人", "反馈人", "上报人",
        "报事人", "报障人", "求助人", "使用人", "使用单位", "用户单位", "客户单位", "报修单位",
        "投诉单位", "送修单位", "户名", "机主", "验收人", "签收人", "主叫", "访客", "租户",
        "客人", "患者", "学员", "车主", "买家", "收货人", "寄修人", "当事人", "提出人",
        "发起人", "报告人", "诉求人", "诉求者", "诉求方", "求助者", "反映人", "举报人",
        "报警人",  # who raised the alarm (报警, decision 298)
        "下单人", "下单者", "订购人",  # who placed the order (decision 182)
        # who answered a questionnaire, who sent a letter in (decision 191)
        "答卷人", "答卷者", "填答人", "答题人", "来件人", "来信人",
        "customer", "client", "受访", "被访", "评价人", "评价者", "评分人",
        # 群众 (the public): who brings a case to a public service (诉求群众, 来访群众,
        # 办事群众); 评议人 appraises, as 评价人 rates (decision 266)
        "群众", "评议人", "评议者",
        # 玩家 (a player) is a game service's customer, as 患者 is a hospital's and 车主 a
        # garage's (decision 273)
        "玩家",
        # whom a trade serves, by the trade's own word: a hotel's guests, a carrier's
        # passengers, a park's visitors, a venue's audience, a library's readers, a school's
        # parents, a clinic's patients; a utility's households by what they use (用水户,
        # 用气户, 用电户) and an insurer's or a farm service's (报险户, 种植户); who raised a
        # petition (信访人, 上访人); who sent goods back or a parcel (退货人, 寄件人) and who
        # bought the car or the policy (购车人, 投保人) (decision 471)
        "宾客", "旅客", "乘客", "游客", "观众", "读者", "家长", "病友", "病人",
        "用水户", "用气户", "用电户", "用热户", "报险户", "种植户", "养殖户",
        "信访人", "上访人", "退货人", "寄件人", "购车人", "投保人",
    ),
    # People on the company's side: their names and phones are never the customer's.
    "staff": (
        "维修人员", "维修人", "维修员", "维修工", "维修师傅", "维修工程师", "维修技师",
        # 售后 (after-sales) staff are who serve the customer after the sale (decision 169)
        "售后人员", "售后员", "售后专员",
        "服务人员", "服务工程师", "服务人", "服务员", "工程师", "技术员", "技术人员", "技师",
        "师傅", "处理人", "处理人员", "处理者", "服务者", "受理人", "受理员", "派单人", "派单员",
        "派工人", "接单人", "操作员", "操作人", "客服", "坐席", "座席", "负责人", "回访人",
        "回访员", "创建人", "创建者", "录入人", "录入员", "登记人", "审核人", "审批人",
        "经办人", "执行人", "上门人员", "员工", "检修人", "检修员", "安装人员", "安装工",
        "安装员", "调查人", "调查员", "跟进人", "责任人", "分配给", "指派给", "指派人",
        "网点", "制单人", "填表人", "业务员", "销售员", "主管", "班组", "维保人员", "维护人员",
        "工作人员", "值班人员", "抢修人员", "专员", "督办人", "承办人", "跟单员",
        # who did a company-side step of the record: 完工人 completed it, 签到人 came on site
        "完工人", "完成人", "签到人", "结单人", "关单人", "到场人", "上门人", "办结人",
        "受理完成人", "开始受理人", "领单人", "领单人员", "接待人", "派工员",
        # the one a complaint (or praise) is about: 被投诉人 is no complainant
        "被投诉人", "被投诉者", "被投诉方", "被投诉对象", "被投诉单位", "被表扬人",
        "被举报",  # 被举报号码: the number reported against (a nuisance caller), no complainant
        "监督员", "巡查员", "网格员",
        "组长", "班长",  # the head of a crew (抢修组长, 抢修班长; decision 472)
        "管理员",  # 管理员处理回执: the administrator's answer is the company's, not the customer's
        # a petitions office (信访室意见: its answer): the side that answers the petitioner, as
        # a desk is (decision 471)
        "信访室", "信访办", "信访局", "信访科",
        # trades named by 工 (a worker) after the craft, as 维修工 and 安装工 are: the social
        # worker, carer, electrician, plumber … who does the job (decision 450)
        "社工", "护工", "电工", "水电工", "水暖工", "管道工", "空调工", "技工", "木工", "焊工",
        "钳工", "油漆工", "泥瓦工",
    ),
    # 昵称/网名: the name a user shows in an app, the only name an app's survey has (169)
    # 称谓, 尊称: how a person is addressed (机主称谓, 车主尊称), as 称呼 (decision 472)
    "name": ("姓名", "名称", "名字", "称呼", "全称", "名", "name", "昵称", "网名", "称谓", "尊称"),
    # A bare 名 after a person word (用户名, 会员名) is as often an account's login name as a
    # person's: weaker than 姓名 where both are there.
    "name_char": ("名",),
    # 姓名, 名字 and 称呼 are only ever a person's name (名称 may be a company's or a place's)
    "person_name": ("姓名", "名字", "称呼", "昵称", "网名", "称谓", "尊称"),
    "phone": (
        "电话", "手机", "手机号", "手机号码", "联系方式", "联系电话", "电话号码", "号码",
        "移动电话", "座机", "固话", "固定电话", "联络方式", "tel", "phone", "mobile", "联系号码",
        # the number left or to call back on (乘客留号, 客户留电, 家长回拨号码, 车主回电号), a
        # contact's number written short (机主联电, 船东联系号, 通讯号) and a contact's mobile
        # (联络手机: whoever is reached on it, no phone sold) (decision 471)
        "留号", "留电", "回拨号码", "回拨号", "回电号", "联电", "联系号", "联络号", "通讯号",
        "联络手机", "联络电话", "联系手机", "联系手机号", "联络手机号", "预留号码",
    ),
    "address": (
        "地址", "住址", "地点", "位置", "所在地", "门牌", "房号", "房间号", "小区", "楼栋",
        "区域", "所在区域", "服务区域", "点位", "安装点", "address",
        # where someone lives (车主住处, 业主住所): the home an address is written for
        "住处", "住所",
    ),
    # 流水 alone is how a ledger names its running serial (业务流水, 回访流水), 流水号 cut short
    # (decision 261).
    "id": (
        "编号", "单号", "编码", "流水号", "流水", "id", "no", "号", "单据号", "序列号", "代码",
        "代号", "主键", "number", "num",
    ),
    # A code (代码, 编码) names a kind of thing, as a catalogue does (产品编码: which product,
    # a SKU); a number (编号, 序列号) may count one unit or one record (decision 266).
    # A postcode (邮编) is a code of the place: no person's, no address, no record's number
    # (decision 471).
    "code": ("代码", "编码", "邮编", "邮政编码"),
    # An account (会员账号, 用户账号) identifies whoever holds it, never a record: the customer
    # where a customer word qualifies it and no name is written (decision 182).
    "account": ("账号", "帐号", "账户", "帐户", "account"),
    # Staff at the desk (受理, 派单, 客服): they took the order in or passed it on; the one who
    # served the customer (维修人, 工程师) is the technician where both are named.
    "desk": (
        "受理人", "受理员", "派单人", "派单员", "派工人", "派工员", "客服", "坐席", "座席",
        "接待人", "操作员", "操作人", "录入人",
        # who administers the asset or the system (管理员): the office's, not whoever went to
        # do the job; a technician only where nobody else is named (decision 198)
        "管理员",
        # who created or registered the record (创建人, 登记人): the desk's act of taking it in
        # (ev_accept), as 录入人 keys it in; whoever did the job where nobody else is named, as
        # an engineer's own reports are created by the engineer (decision 323)
        *RECORD_AUTHORS, "登记人",
        # who reviews or approves a request (审核人, 审批人) passes on it in the office: no act
        # of the service, so a technician only where nobody else is named (decision 350)
        "审核人", "审批人",
    ),
    "row_number": ("序号", "行号", "排序"),
    # A count (解决问题数量, 处理次数) holds how many, never a text of the case: no issue,
    # remedy or reason is ever a number of them (decision 267).
    "count": ("数量", "次数", "个数", "件数", "台数", "条数",
              "人数"),  # 用户人数, 参与人数: how many people, no person (decision 453)
    # 投诉关联单号: the number of another document the record is linked to, never its own
    "linked": ("关联",),
    # A tag (标签) put on a row: read whole, so its 签 is no signature; no rule reads it, so a
    # label it ends (客户标签, 评价标签) names no field by it (decision 444).
    "tag": ("标签",),
    "form": RESPONSE_FORMS,
    # Names of the document itself (工单编号 = the work order's number).
    "record": (
        "工单", "服务单", "维修单", "报修单", "派工单", "单据", "单", "投诉单", "问卷",
        "调查表", "回访单", "事件", "任务", "案件", "请求", "记录", "受理单", "报事单",
        "案卷", "诉求单", "委托书", "委托单", "ticket", "case", "order",
        # 诉单 (车主诉单号): a complaint's form, 投诉单 cut short as 诉求单 is written
        "诉单",
        *RESPONSE_FORMS,
        # 主键 (a table's primary key) is by definition the row's own key: the record's number,
        # never a reference to another table's (运单id, 快递员id) (decision 168)
        "主键",
    ),
    # The customer's own act that starts the record: when it happened is when it was reported.
    "ev_report": (
        "报修", "报障", "报事", "来电", "申请", "下单", "提交", "发起", "报告", "求助",
        "反映", "进线", "上报", "提报", "送修", "寄修", "报案", "致电", "投递",
        "提出", "来访", "来信", "留言", "呼叫",
        # raising an alarm (报警: a trapped lift passenger, a gas leak, a fire) is how a
        # customer reports to an emergency service, as 报案 is to the police (decisions 298, 304)
        "报警",
        "来件",  # a letter or a form sent in (来件日期: when it came in)
        # declaring a fault or a need to the desk (申报时间, 报修申报), as 申请 and 上报 are
        # (decision 401)
        "申报",
        "申告",  # a fault declared to a carrier (障碍申告, 申告内容), as 申报 (decision 472)
        # asking a question or posting on a board (提问时间, 发帖时间): the customer's raising
        # of it, as 留言 is (decision 470)
        "提问", "发帖",
    ),
    # A thing happening (故障发生时间, 纠纷发生日期): when the fault or the matter occurred,
    # before anyone reported it; no act of the customer's or the desk's (decision 298).
    "ev_occur": ("发生",),
    # The desk's act of taking it in (受理, 登记, 创建): the same moment or later, so a
    # weaker witness of when the customer reported than the customer's own act.
    "ev_accept": (
        "受理", "创建", "登记", "出单", "建单", "开单", "接报", "接警", "告警", "录入",
        "生成", "新建", "立案",
        "添加", "新增",  # adding an entry to the list (添加时间) is creating the record
        "收机", "接机", "收件",  # a machine sent in for repair is taken in
        "收到", "接收", "填报",  # received, keyed in from a form
        "收信",  # a letter received (收信日期), as 收件 (decision 470)
        # an entry published on a board (发布日期): the record made to exist, as 创建 is, by
        # whoever posts it; where it is created apart (创建日期), the board's review may publish
        # it later, so no stronger witness of the raising than the creation (decision 470)
        "发布",
        # a workshop receiving the customer (接待) and taking the car into the works (入厂,
        # 进厂), as 收机 takes a machine in: the job's opening, by the desk (decision 313)
        "接待", "入厂", "进厂",
        "create", "created",  # create_time, createTime: exports that keep the column name
    ),
    # Of those, accepting the order for handling (受理) is the company's first response to it;
    # creating or keying in a record (创建, 录入) is not.
    "ev_take": ("受理",),
    # A ticket taken by the desk or the system (系统接单时间 in a complaint hotline's export):
    # for a work order the technician's response, for a complaint its receipt.
    "ev_take_order": ("接单",),
    "ev_dispatch": ("派单", "派工", "指派", "分配", "分派", "调度", "转派", "派发"),
    "ev_respond": (
        "响应", "上门", "到达", "到场", "签到", "接单", "抵达", "现场", "出发",
        # a visit, whoever makes it: the English "visit" (a technician's to the site, a
        # patient's to the clinic) names the arrival but, unlike 上门, not the kind (decision 408)
        "到访",
        "首次联系", "联系客户",
        "开始",  # 维修开始时间: work began on site, so the order was responded to
        "开工",  # work started (开工时间), as 开始 (decision 298)
        "接车",  # a workshop taking the customer's car over to work on it (decision 299)
        "到岗", "进场", "进站",
        # arriving at the place the service is given: the shop the customer comes back to
        # (到店), the hospital department the engineer comes to (到科), as 到场 and 到岗 are
        # (decision 365)
        "到店", "到科",
        # attending an alarm (处警, 出警): an emergency service's response, as 上门 is a
        # repair desk's; 接警 is the desk taking the alarm in (decision 304)
        "处警", "出警",
        # entering the customer's home (入户时间), coming to the house (到府时间: Taiwan's word
        # for a house call), as 上门 (decision 472)
        "入户", "到府",
    ),
    "ev_complete": (
        "完成", "完工", "结单", "关单", "办结", "结案", "解决", "修复", "关闭", "竣工",
        "处理完毕", "处理完成", "维修完成", "结束", "闭环", "销单", "销号", "归档", "验收", "取机",
        "交付", "修好", "完结", "完毕", "处理完",
        # a case written off as closed (投诉销案时间), as an order is (销单; decision 411)
        "销案",
        # a repair finished (修毕, as 完毕) and the owner taking the vehicle back (提车), as a
        # customer collects a unit (取机); 取车 may be the fetch at the start (decision 437)
        "修毕", "提车",
        "办毕",  # a matter dealt with to the end (投诉办毕时间), as 办结 and 修毕 (decision 471)
        "销障",  # a carrier's fault cleared (销障时间), as 销号 (decision 472)
        # who completed it is staff *and* says which step (完工人 did the work, 签到人 came)
        "完工人", "完成人", "结单人", "关单人", "办结人",
        "完修", "恢复", "离场", "离开", "签退", "交机", "还机", "返还", "寄回",
        "交还",  # the thing handed back to its owner (交还客户), as 返还 and 还机 (decision 365)
        "终结",  # a case brought to its end (争议终结, 案件终结) is closed (decision 273)
        # a matter settled (投诉了结日期), and an order handed back done by whoever did it
        # (回单: 外线回单时间, a field crew's return of the finished job; decision 464)
        "了结", "回单",
        # the seller paying the money back (退款) settles an after-sales order of goods sold,
        # as the repair done closes a work order; returning the goods (退货) is the buyer's
        # act, no end of anything (decision 310)
        "退款",
    ),
    # The start of the record's own course (开始日期, 起始时间): in a work order the work began
    # on site (ev_respond above); a complaint has no such step, so its start is its receipt.
    "ev_start": ("开始", "起始", "开启", "start", "begin"),
    # Changing a record (更新时间, 修改日期) dates the last edit, never an event of the service.
    "ev_update": ("更新", "修改", "变更", "编辑", "update", "updated", "modify", "modified"),
    # Voiding or withdrawing the record (作废, 撤销, 取消): an act on the record that ends no
    # service; its time is no step of one (decision 182).
    "ev_void": ("作废", "撤销", "撤单", "取消", "void", "cancel", "cancelled", "canceled"),
    "ev_callback": ("回访", "调查", "评价", "填表", "测评", "问卷", "填写", "访问",
                    "答卷", "作答", "填答",  # answering the questionnaire (decision 191)
                    "答题",  # answering its questions (答题时间, 答题耗时; decision 464)
                    "评议",  # appraising a service (民主评议, 评议时间; decision 266)
                    # 随访 (following up, a clinic's and an after-sales desk's word for the
                    # call-back: 随访日期, 出院随访号; decision 273)
                    "随访",
                    # an outbound call, a telephone visit, a household visit (外呼时间, 电访时刻,
                    # 走访时刻): how a call-back survey is made (decision 472)
                    "外呼", "电访", "走访"),
    # 投诉单 names the complaint's own form as well as a record (用户投诉单详细内容)
    # 抱怨 (a customer's complaint, as car makers' DMS name it) says complaint as 投诉 does
    # 争议 (a dispute the customer raises: 三包争议, 收费争议) names a complaint as 投诉 does
    # (decision 273)
    "ev_complaint": ("投诉", "接诉", "申诉", "客诉", "投诉单", "申诉单", "抱怨", "抱怨单",
                     "争议", "诉单",
                     "举报",  # reporting a wrong to a desk (举报时间, 举报内容; decision 298)
                     # a petition (信访: letters and visits to an office) and a hotline
                     # receiving a complaint (受诉) are complaints raised and taken in, as 投诉
                     # and 接诉 are (decision 471)
                     "信访", "受诉"),
    # A length of time (处理时长, 答题耗时): how long something took, read whole so that its 时
    # is no time word and no step of the record is dated by it (decision 464). Not 用时 or
    # 工时: a split would take them out of 使用时间 and 收工时间 (decision 320's tie-break).
    "duration": ("时长", "耗时"),
    "time": (
        "时间", "日期", "时刻", "时点", "日", "时", "年月日", "期", "date", "time", "时分",
        "datetime", "when", "天", "期限",
        "_at",  # created_at, update_at: the time columns of Rails-style exports
        "星期",  # a weekday: read whole, so its 星 is never the stars of a rating (decision 309)
    ),
    "issue": (
        "故障", "问题", "现象", "症状", "诉求", "需求", "异常", "毛病", "报修内容", "报修描述",
        "缺陷", "损坏", "事项", "issue", "problem", "fault",
    ),
    "resolution": (
        "处理", "处置", "维修", "检修", "排障", "解决", "措施", "方案", "方法", "修复", "维护",
        "排查", "整改", "纠正", "维保", "抢修", "对策", "办理", "答复", "回复", "修理", "检测",
        "办法", "做法", "solution", "resolution",
        # following a matter up, checking it and the written answer to it are how it was
        # handled (a bare 回执联 is a receipt slip, not an answer)
        "跟进", "核实", "核查", "处理回执", "办理回执", "答复回执",
        # carrying the measures out (整改落实情况, decision 177)
        "落实",
        # 承修 (undertaking a repair: 承修单位, 承修厂) is repairing as the contractor does
        "承修",
        "经办",  # 经办情况: how the matter was dealt with (经办人, the staff, is matched first)
        # clearing a fault (修障), the measures taken (举措), mediating a dispute (调解) and
        # undertaking a matter handed on (承办) are how it was dealt with (decision 472)
        "修障", "举措", "调解", "承办",
    ),
    "outcome": ("结果", "结论", "成效", "效果"),
    # Service acts that are not remedies: whoever does them is staff (巡检人, 安装员).
    # 作业 is the work done on site (维保作业人员, 作业内容, 作业时间; decision 350).
    "service_act": ("安装", "保养", "巡检", "调试", "清洗", "送货", "配送", "抄表", "施工",
                    "作业",
                    "救援"),  # a rescue (电梯救援, 救援人员) is the service done (decision 472)
    # Parts used in the repair: never the product the order is about (更换配件, 配件名称).
    # 部位, the place on the thing where a fault sits (故障部位, 损坏部位), is a part of it as
    # 部件 is (decision 276).
    "part": ("配件", "部件", "零件", "备件", "材料", "物料", "部位"),
    "content": (
        "内容", "描述", "说明", "情况", "备注", "详情", "明细", "经过", "过程", "摘要",
        "概述", "简述", "细节", "进展", "记录",
        "概要", "概况",  # a summary of the matter, as 摘要 and 概述 are
        "表现", "表述",  # how a fault shows, how it was put (故障表现, 报障表述; decision 472)
    ),
    "reason": ("原因", "事由", "理由", "缘由"),
    # A record's subject line (维修标题, 投诉主题): what the customer's request is about, in a
    # few words; never what was done about it (decision 193).
    "subject": ("标题", "主题", "title", "subject"),
    "category": ("类型", "类别", "分类", "性质", "级别", "优先级", "状态", "渠道", "来源"),
    # Organisations: a company column is no person, remedy or description (维保单位).
    "org": (
        "科室",  # a hospital's or an office's department (报修科室): who asked, no rating
        # the finance office (财务): the seller's accounts, who confirm a refund (财务确认退款人)
        # or a charge, no customer signing off (decision 310)
        "财务",
        "单位", "公司", "部门", "组", "机构", "厂家", "厂商", "服务商", "商户", "供应商",
        "服务站", "中心", "企业",
    ),
    # A firm as such (企业, 公司, 单位), not the service side's kind of organisation (服务商,
    # 服务站, 厂家): a business customer is one (decision 182).
    "firm": ("企业", "公司", "单位"),
    # 感受 (how the customer felt about the service: 总体感受, 入住感受) is a verdict given
    # back, as 评价 and 意见 are (decision 376)
    "feedback": ("反馈", "意见", "评价", "满意", "满意度", "满意程度", "建议", "回复意见",
                 "感受"),
    "sign": (
        "签字", "签名", "签章", "签收", "核签", "签认", "签", "确认", "盖章", "画押",
        "signature", "sign",
    ),
    "product": (
        "产品", "商品", "设备", "机型", "型号", "品名", "品类", "规格", "品牌", "物品", "货品",
        "器具", "家电", "电器", "机器", "整机", "sku", "model", "电梯",
        "空调", "冰箱", "洗衣机", "热水器", "电视", "车辆", "车型", "手机", "电脑", "机组",
        # an asset (资产名称, 资产编号): what an IT or facilities desk calls the thing it keeps
        # and repairs (decision 278)
        "资产",
        # a garment's or a shoe's style (款号, 款式): which item it is, as 型号 says of a
        # machine (decision 425); 款 alone is money (货款, 退款)
        "款号", "款式",
    ),
    "score": (
        "评分", "打分", "得分", "分数", "分值", "星级", "评级", "等级", "总分", "满意度",
        "满意程度", "评价等级", "score", "rating",
        "星数",  # how many stars the customer gave (1-5): the star rating
        "星",  # stars (星星, 几星, 评价星): what a star rating is counted in (decision 309)
        # 总评 (the overall evaluation: 服务总评, 全程总评): a rating of the whole, so both a
        # score and the overall (below); 评 alone is too short to read (decision 349)
        "总评",
        "评定",  # an assessment (综合评定, 总体评定): a rating, as 评级 (decision 471)
    ),
    # 平均 (the mean): a rating averaged over the items (平均评分, 平均满意度) is the response's
    # overall, as a total (总分) or a composite (综合评分) is (decision 291)
    "overall": ("总体", "整体", "综合", "总", "全面", "最终", "平均", "总评", "全程"),
    # A time that was planned, not one that happened: never a record's timestamp.
    "planned": ("期望", "预计", "计划", "要求", "下次", "承诺", "约定", "预约", "截止", "期限",
                "周期",
                # a warranty's term (质保结束日期, 保质到期): its end is set when the goods are
                # sold, no step of the service; 保修 stays unread, exports misspelling 报修 so
                # (decision 441)
                "质保", "保质"),
    # Words that qualify without changing what a column holds (售后集团客户联系人 is a contact).
    "neutral": (
        "售后", "集团", "服务", "项目", "所属", "相关", "本次", "实际", "当前", "具体", "详细",
        "信息", "填写", "主要", "简要", "基本", "数据",
    ),
    # An item of a list (项目, also neutral): it qualifies like the neutral words, but a label
    # that ends in it after the customer's act names the thing the act is about (报修项目:
    # what was reported; decision 267). Only rules see it, as the label's last word.
    "item": ("项目",),
    # Which of several: the first completion of a reopened order is not its completion.
    "first": ("首次", "第一次", "初次"),
    "last": ("最近", "最新", "最终", "最后", "末次"),
}

# English column names that exports keep (create_time, handleResult, complaintContent): the
# same word classes, lower-cased as header keys are. Kept apart so the Chinese lists stay
# readable; merged into PARTS below.
ENGLISH_PARTS: dict[str, tuple[str, ...]] = {
    "customer": ("user", "member", "owner", "complainant", "reporter", "applicant", "contact"),
    "staff": ("staff", "engineer", "technician", "worker", "repairer", "assignee",
              "processor"),
    "phone": ("telephone", "cellphone"),
    "address": ("addr", "location"),
    "ev_report": ("submit", "report", "apply"),
    "ev_accept": ("accept", "register", "receive", "received"),
    "ev_dispatch": ("dispatch", "assign"),
    "ev_respond": ("respond", "response", "arrive", "arrival"),
    "ev_complete": ("finish", "finished", "complete", "completed", "close", "closed", "resolve",
                    "resolved", "done"),
    "ev_complaint": ("complaint", "complain"),
    "resolution": ("handle", "deal", "reply", "answer", "repair"),
    "outcome": ("result",),
    # appraise, evaluate: 评价, the act of rating a service and the rating given back
    # (appraiseResult, evaluateTime; decision 293)
    "ev_callback": ("appraise", "appraisal", "evaluate", "evaluation"),
    "feedback": ("appraise", "appraisal", "evaluate", "evaluation"),
    "content": ("content", "desc", "description", "detail", "remark", "note"),
    "reason": ("reason", "cause"),
    "category": ("type", "status", "state", "level", "priority", "channel", "source"),
}
for _class, _words in ENGLISH_PARTS.items():
    PARTS[_class] = PARTS[_class] + _words

# Tables that are not record ledgers but look like them (a name or phone column). Each word
# found in a header is evidence for that kind of material; the kind names are those of
# DocKind where the material is one findings.md lists, else a plain label.
LOOKALIKE_WORDS: dict[str, tuple[str, ...]] = {
    "service_outlets": (
        "网点", "门店", "服务中心", "维修点", "服务站", "营业时间", "营业", "服务区域",
        "覆盖区域", "覆盖范围", "站点", "分公司", "服务热线", "网点地址", "网点名称", "经度",
        "纬度", "办公地址", "邮编",
        # a car maker's outlets are its dealers (4S stores), each run by a station master
        "经销商", "特约店", "维修站", "站长",
    ),
    "staff_training": (
        "工号", "岗位", "职务", "职位", "入职", "培训", "证书", "资格", "学历", "部门", "职称",
        "身份证", "性别", "年龄", "工龄", "考核", "成绩", "上岗", "持证", "课程", "学时",
        "专业", "出生",
        # a qualification held, as 资格 is (导游资质, 资质核验信息; decision 366)
        "资质",
        # a roster of who is on duty when (值班日期, 班次类型, 排班人): a staff list by shift
        "值班", "排班", "班次", "员工号", "员工姓名", "员工编号", "在职", "花名册",
        # an employment's course and standing (离职时间, 是否转正, 考勤卡, 职级): only staff
        # have them (decision 404)
        "离职", "转正", "考勤", "职级",
        # a driver's licence and years at the wheel: a qualification held, as 工龄 and 持证
        # are (驾照类型, 驾龄; decision 407)
        "驾照", "驾龄",
        # an e-learning record's credits and study (获得学分, 学习进度, 学习时长): staff
        # training by another name (decision 454)
        "学分", "学习进度", "学习时长",
    ),
    "equipment_list": (
        "数量", "购置", "购买日期", "检定", "校准", "有效期", "存放", "用途", "台数",
        "计量单位", "出厂编号", "生产厂家", "资产编号", "精度", "量程", "使用状态", "保管人",
        "制造商",  # the maker, as 生产厂家 (decision 407)
        # the maker by any noun (制造单位, 制造厂) and the day kit is scrapped (报废日期): only
        # the company's own kit is written off so (decision 423)
        "制造", "报废",
        # stock on hand (当前库存, 库存数量): the company's own parts and kit, counted in store,
        # no case of a customer's (decision 454)
        "库存",
    ),
    "sales_ledger": (
        "销售", "订单", "金额", "单价", "合计", "发货", "合同", "售价", "开票", "付款", "收款",
        "销售日期", "销售员", "数量", "折扣", "成交", "发票", "货款", "实收", "应收",
        # the selling around it: visits, leads, quotes, signing
        "拜访", "商机", "意向", "报价", "签约", "签订", "到期日", "回款",
        # what a sale cost and earned: a statement of jobs as money (decision 278)
        "成本", "利润",
    ),
    # Maintenance plans and schedules (decision 123): what is to be done, not what was done.
    "maintenance_plan": (
        "保养计划", "维保计划", "计划保养", "计划维保", "保养周期", "维保周期", "周期",
        "计划日期", "计划时间", "计划编号", "计划名称", "下次保养", "下次维保", "保养项目",
        "维保项目",
        # a plan's span, from its first day to its last (计划起止日期): no event took place
        # over it (decision 454)
        "计划起止",
    ),
    # A telephony log (通话记录): each row one call, from its start to its end. A call's start
    # and end are the call's own, no step of a case: a hotline's ticket or a call-back dates
    # the call once, when it came in or was made (decision 457). Known, no material.
    "call_records": ("通话开始", "通话结束"),
    # A directory of contacts (a CRM's 联系人): how to reach a person beyond a phone and where
    # they stand, no event of a service (decision 181). Known, no material of the spec.
    "contact_list": ("邮箱", "电子邮件", "email", "qq", "微信", "传真", "fax", "决策人",
                     "直属上级"),
    # Praise and thanks (表扬, 锦旗): the twin of a complaint ledger, with no complaint in it.
    "praise_ledger": ("表扬", "锦旗", "感谢信", "嘉奖", "好评"),
    # Statistics of staff or service (an agent's call counts, a team's ranking): a report
    # about the work, no record of it. Aggregated headers (总通话次数, 均通话时长) count twice
    # for it where no call-back is named (parsers/kinds.py).
    "evaluation_report": ("绩效", "排名", "话务", "接通率", "工作量"),
    "callback_report": (
        "回访率", "满意率", "统计", "占比", "百分比", "月份", "回访数", "成功数", "总数",
        "比例", "环比", "同比", "汇总", "平均",
    ),
}

# Personnel (人员) opening a label, nobody named before it (人员姓名, 人员编号): the ledger
# keeper's own staff, as a staff list or a work log names its people; after a qualifier it is
# whoever that names (来访人员, 被调查人员, 维修人员), so it is no part of PARTS (decision 306).
PERSONNEL = ("人员",)
# An employee (员工) after the act of asking (申请员工, 报修员工) is who asked: an in-house
# desk's customer is a member of staff, as a school's is a teacher (decision 450).
EMPLOYEE = "员工"
# Words for a fault itself, not any matter (事项, 需求): whatever comes before one is the kind
# of fault it is (卷门卡滞现象, 暖气不热症状), read or not (decision 452); 注意事项 is no fault.
FAULT_HEADS = ("故障", "问题", "现象", "症状", "异常", "毛病", "缺陷", "损坏", "fault", "problem")

# A post someone holds ends in 员 (配送员, 话务员, 安全员): staff named by their post, as the
# staff words above name them. Not so a member (会员, 学员 are customers; 成员, 队员 belong to a
# body) nor personnel at large (人员, above) (decision 392).
POST_END = "员"
POST_MEMBERS = ("会员", "学员", "成员", "党员", "团员", "队员", "社员", "委员", "动员", *PERSONNEL)

# A desk's act of handling a record (处理, 受理 …): before a look-alike's word it names which
# of them handled this record (处理门店, 受理网点, 处理部门), a column of the record, no entry
# of a list of outlets or staff (decision 288). A trade (维修网点, 服务网点) is no such act: it
# names the kind of outlet a list lists.
HANDLING_ACTS = ("处理", "受理", "办理", "经办", "承办")

# The works a thing is taken into for its job, by the word that takes it in (入厂, 进厂) and
# the word that lets it out (出厂): a thing's going out ends the stay its coming in began, so
# beside 入厂时间 read as the report, 出厂时间 is the completion. Alone 出厂 is when a thing
# left the factory that made it (出厂日期, a production date), no step of a job (decision 313).
STAY_ENDS = {"入厂": "出厂", "进厂": "出厂"}

# The service itself (服务): a qualifier beside what it qualifies (服务人员, 服务地址, 服务内容),
# but with nothing beside it but a time word (服务时间, 服务日期) it dates the service given, as
# 维修时间 dates the repair and 安装日期 the installation; where the record writes what was done
# and names no completion, the job was done when the service was given (decision 322).
SERVICE_WORDS = ("服务",)

# Redress owed to a person for a wrong done to them: an apology, a compensation. A complaint's
# answer says it to whoever complained; a repair's remedy is done to a thing and never does
# (decision 339). A refund (退款) is no such word: an after-sales return order refunds too.
REDRESS_WORDS = ("致歉", "道歉", "赔礼", "赔偿", "补偿", "赔付")

# A case passed on to the body that answers it (已转供水所核实, 转交街道办理, 移交属地): a complaint
# desk forwards what it cannot settle; a repair is done, not forwarded (decision 359).
REFERRAL_WORDS = ("已转", "转交", "转办", "移交")

# An answer told to whoever raised the case: replied to (已答复, 已回复来电人). A complaint's
# handling answers a person; a repair's remedy tells what was done to a thing (decision 359).
# 说明 is left out: a repair explains how a thing is used (使用说明); so is 解释 (decision 360).
REPLY_WORDS = ("答复", "回复")

# The after-sales remedies for goods sold: before a sales ledger's word they name the remedy's
# own amount, count or order (退款金额, 申请退款数量, 退款订单号), no sale's (decision 310).
AFTERSALES_REMEDIES = ("退款", "退货", "换货")

# Bodies whose member is named by 员 or 人员 after them (科室员, 单位人员): a firm as such, a
# department or an office of the customer's side (decision 307). Not the service side's kinds
# (服务站, 服务商, 厂家) nor a crew (组员): their members are staff.
MEMBER_BODIES = (*PARTS["firm"], "科室", "部门")
# The service itself (服务, 售后) as an act: an organisation it qualifies serves (服务单位,
# 售后公司), as one after a remedy or a service act repairs or installs (decision 327). Both
# stay neutral words elsewhere (服务态度, 售后人员).
SERVING = ("服务", "售后")
# The category words that name a sort of thing (维修类型, 报修类别: which sort of repair the
# row is), not where it stands (状态), its level, channel or source: a status of a repair is a
# flag any register may carry on an owner or a device (报修状态, 维修状态), a sort of repair
# says what the row itself is (decision 375).
SORT_WORDS = ("类型", "类别", "分类", "type")

# An equipment list by meaning (decision 144): a header that joins the company's kit — 器材,
# 设备, 仪器, 工具 … — with what identifies or counts it (器材编号, 仪器名称, 工具数量) is a
# line of an equipment list, whatever else the list is for (课程器材清单); beside such a header
# a bare 规格 or 型号 is the kit's too. A work order's device (设备名称 read as its product) is
# the order's, and a list with prices (单价, 报价) sells or quotes: neither counts.
EQUIPMENT_NOUNS = (
    "器材", "设备", "仪器", "仪表", "工具", "量具", "机具", "器械", "装备", "工装", "设施",
    "equipment", "instrument", "tool",
)
EQUIPMENT_ATTRIBUTES = (
    "编号", "编码", "名称", "名", "规格", "型号", "数量", "台数", "件数", "品牌", "类别",
    "no", "name", "model", "spec", "qty", "quantity",
    # what identifies one unit: its key and its serial (设备ID, 设备SN; decision 407)
    "id", "sn", "序列号",
)
EQUIPMENT_BARE_ATTRIBUTES = ("规格", "型号", "规格型号", "型号规格", "数量", "所需", "配备")
PRICE_WORDS = ("单价", "价格", "售价", "报价", "价目", "金额", "price")
# A label that asks whether (是否确认, 是否满意): its cells answer yes or no, so it is a flag,
# neither an aspect rated nor anyone's sign-off (decision 407).
ASKS_WHETHER = "是否"

# English words of column labels, each put into the Chinese part of the same meaning, so an
# English label is read by the same parts, rules and word lists as a Chinese one
# (parsers/english.py, decision 397). Phrases of two or three words are matched before their
# words; a plural or a participle is read by its stem (complaints, assigned, closed). A word
# whose Chinese is ambiguous in the way the English is (order, open, item) is left out and
# stays unread, as an unknown Chinese word does. Left out too: words a Chinese table writes
# as values more often than as labels (admin, the account that saved a row), and a bare
# id or no, which PARTS reads in Latin already (a bare ID is no record number by itself).
# How the names of bodies end (启明学校, 阳光培训中心, 博学馆, 城东派出所): a cell of two to five
# characters so ended is an organisation's name, never a person's, however short (decision 446).
# The one-character ones count only after two characters or more (王院 may be a person).
BODY_ENDINGS = ("公司", "中心", "学校", "学院", "书院", "学堂", "医院", "银行", "集团", "协会",
                "机构", "工作室", "研究所", "门店", "商店", "超市", "酒店", "饭店", "宾馆", "商行",
                "厂家", "物业", "小区", "大厦", "广场", "派出所", "居委会", "村委会")
BODY_ENDING_CHARS = ("馆", "店", "厂", "局", "所", "站", "社", "部", "处", "院", "室", "队", "校",
                     "府", "委", "办")

# Words for text that tell a case (描述, 详情, 经过: what happened, in full), unlike a bare
# 备注, 说明 or 内容, which head a respondent's remark as often as a case (decision 444).
CASE_TELLING_WORDS = ("描述", "详情", "经过", "过程", "明细", "细节", "概述", "简述", "概要",
                      "概况")

ENGLISH_WORDS: dict[str, str] = {
    # who: the customer's side
    "customer": "客户", "client": "客户", "consumer": "消费者", "buyer": "买家",
    "purchaser": "购买人", "user": "用户", "member": "会员", "owner": "业主",
    "requester": "申请人", "requestor": "申请人", "applicant": "申请人", "reporter": "上报人",
    "complainant": "投诉人", "caller": "来电人", "contact": "联系人", "respondent": "受访人",
    "interviewee": "受访人", "patient": "患者", "guest": "客人", "tenant": "租户",
    "resident": "住户", "householder": "户主", "visitor": "访客", "submitter": "发起人",
    "petitioner": "诉求人", "end user": "用户", "car owner": "车主", "account holder": "户名",
    # who: the service side (an agent answers at the desk: 客服)
    "staff": "员工", "employee": "员工", "engineer": "工程师", "technician": "技术员",
    "tech": "技术员", "worker": "工作人员", "repairer": "维修人员", "repairman": "维修人员",
    "mechanic": "维修人员", "serviceman": "服务人员", "service person": "服务人员",
    "agent": "客服", "operator": "操作员", "handler": "处理人", "processor": "处理人",
    "assignee": "处理人", "assigned to": "指派给", "dispatcher": "派单员",
    "supervisor": "负责人", "manager": "负责人", "person in charge": "负责人",
    "responsible person": "责任人", "creator": "创建人", "inspector": "检修人",
    "installer": "安装人员", "salesperson": "销售员", "sales rep": "销售员",
    # what of a person or thing
    "name": "名称", "full name": "姓名", "fullname": "姓名", "first name": "名",
    "given name": "名", "nickname": "昵称", "username": "用户名", "phone": "电话",
    "telephone": "电话", "tel": "电话", "mobile": "手机", "cellphone": "手机", "cell": "手机",
    "phone number": "电话", "mobile number": "手机", "contact number": "联系电话",
    "contact phone": "联系电话", "contact info": "联系方式", "contact information": "联系方式",
    "contact details": "联系方式", "phoneno": "电话", "mobileno": "手机",
    "address": "地址", "addr": "地址", "location": "位置", "site": "地点", "room": "房间号",
    "building": "楼栋", "area": "区域", "region": "区域", "district": "区域",
    "email": "邮箱", "e mail": "邮箱", "mail": "邮箱", "wechat": "微信", "fax": "传真",
    "qq": "qq",
    # which: numbers and codes
    "number": "编号", "num": "编号", "nr": "编号", "code": "编码",
    "serial": "序列号", "serial number": "序列号", "sn": "序列号", "reference": "编号",
    "ref": "编号", "account": "账号", "row": "序号", "seq": "序号", "sequence": "序号",
    "index": "序号",
    # the record itself
    # a chat desk's conversation (Conversation ID, Conversation #): its 会话, as Udesk names it
    # (decision 469)
    "conversation": "会话",
    "ticket": "工单", "work order": "工单", "workorder": "工单", "service order": "服务单",
    "repair order": "维修单", "job": "工单", "task": "任务", "case": "案件", "incident": "事件",
    "request": "请求", "record": "记录", "log": "记录",
    "claim": "工单", "warranty claim": "工单", "rma": "工单", "questionnaire": "问卷",
    "survey": "调查", "complaint": "投诉", "grievance": "投诉", "dispute": "争议",
    # events of the record's course
    "report": "报告", "submit": "提交", "submission": "提交", "raise": "发起", "apply": "申请",
    "application": "申请", "call": "来电", "occur": "发生", "create": "创建",
    "creation": "创建", "opened": "创建", "open date": "创建日期", "open time": "创建时间",
    "register": "登记", "registration": "登记", "receive": "接收", "receipt": "接收",
    "accept": "受理", "acceptance": "受理", "intake": "受理", "enter": "录入",
    "assign": "指派", "assignment": "指派", "dispatch": "派单", "respond": "响应",
    "response": "响应", "arrive": "到达", "arrival": "到达", "visit": "到访",
    "on site": "现场", "onsite": "现场", "start": "开始", "begin": "开始",
    "complete": "完成", "completion": "完成", "finish": "完成", "close": "关闭",
    "closure": "关闭", "closing": "关闭", "resolve": "解决", "solve": "解决", "done": "完成",
    # a case disposed of is settled to its end (a grievance's Disposed On, Dispose Details;
    # decision 411)
    "dispose": "办结", "disposal": "办结",
    # an 8D or CAPA register's corrective action is its remedy (纠正措施); a complaint's nature
    # is its kind (投诉性质); a grievance lodged is submitted, its redressal the handling; a
    # field visit's departure ends it (离开时间); the work done is the remedy (decision 412)
    "corrective": "纠正", "nature": "性质", "lodge": "提交", "redressal": "处理",
    "redress": "处理", "departure": "离开", "depart": "离开", "work done": "处理措施",
    # help-desk and field-service exports' own words (decision 438): Jira's Issue key numbers
    # the ticket; ServiceNow's Requested by is who asked; a contact's Mobile phone and Work
    # phone are how to reach them; the work performed is the remedy; a field engineer or
    # technician is the one sent (Street stays unread: beside an address line it is a part)
    "issue key": "工单编号", "requested by": "申请人", "mobile phone": "手机",
    "work phone": "电话", "work performed": "处理措施", "field engineer": "工程师",
    "field technician": "技术员", "actions taken": "措施", "remedial": "纠正",
    # the owner of a case or ticket is the agent it belongs to (Salesforce's Case Owner), no
    # homeowner (业主), which Owner alone may be (decision 412)
    "case owner": "案件负责人", "ticket owner": "工单负责人", "incident owner": "事件负责人",
    # a work order's abbreviation (WO Number); who reviewed or took part in a survey answered
    # it; a visit attended to is the arrival (decision 415)
    "wo": "工单", "reviewer": "评价人", "participant": "受访人", "attend": "到达",
    "dissatisfied": "不满意",
    # a job signed off is the customer's sign-off (Customer Sign-off, Signed Off By)
    "sign off": "签字确认", "signed off": "签字确认", "signoff": "签字确认",
    # maintenance (a CMMS's Maintenance Request, Maintenance Team) is upkeep and repair of
    # the customer's kit, as 维保 says (decision 443)
    "maintenance": "维保", "tag": "标签",
    "end": "结束", "fix": "修复", "repair": "维修", "update": "更新", "modify": "修改",
    "cancel": "取消", "void": "作废", "return visit": "回访", "callback": "回访",
    "call back": "回访", "evaluate": "评价", "evaluation": "评价", "appraise": "评价",
    "appraisal": "评价", "review": "评价", "rate": "评分", "complain": "投诉",
    "resolution date": "解决时间", "resolution time": "解决时间",
    # time
    "date": "日期", "time": "时间", "datetime": "时间", "timestamp": "时间", "day": "日期",
    # what happened and what was done
    "issue": "问题", "problem": "问题", "fault": "故障", "symptom": "症状", "defect": "缺陷",
    "error": "故障", "failure": "故障", "malfunction": "故障", "trouble": "故障",
    "need": "需求", "requirement": "需求", "demand": "需求",
    "description": "描述", "desc": "描述", "detail": "详情", "content": "内容",
    "remark": "备注", "note": "备注", "comment": "备注", "summary": "摘要", "message": "内容",
    "text": "内容", "explanation": "说明",
    "reason": "原因", "cause": "原因", "subject": "标题", "title": "标题", "topic": "主题",
    "handle": "处理", "handling": "处理", "deal": "处理", "process": "处理",
    "treatment": "处理", "reply": "回复", "answer": "答复", "solution": "解决方案",
    "resolution": "解决方案", "action": "措施", "action taken": "措施", "measure": "措施",
    "remedy": "措施", "follow up": "跟进", "followup": "跟进", "result": "结果",
    "outcome": "结果", "conclusion": "结论",
    # sorts and states
    "type": "类型", "category": "类别", "kind": "类型", "class": "类别", "status": "状态",
    "state": "状态", "stage": "状态", "priority": "优先级", "severity": "级别",
    "urgency": "级别", "level": "级别", "channel": "渠道", "source": "来源",
    # organisations
    "department": "部门", "dept": "部门", "division": "部门", "company": "公司",
    "firm": "企业", "enterprise": "企业", "organization": "机构", "organisation": "机构",
    "org": "机构", "group": "组", "team": "组", "vendor": "供应商", "supplier": "供应商",
    "service provider": "服务商", "manufacturer": "厂家",
    # the thing served
    "product": "产品", "goods": "商品", "device": "设备", "equipment": "设备",
    "machine": "机器", "model": "型号", "brand": "品牌", "sku": "sku", "asset": "资产",
    "vehicle": "车辆", "car": "车辆", "appliance": "电器", "specification": "规格",
    "spec": "规格", "part": "配件", "spare part": "配件", "component": "部件",
    # ratings and verdicts
    "score": "评分", "rating": "评分", "stars": "星级", "star": "星级", "grade": "等级",
    "points": "得分", "satisfaction": "满意度", "satisfied": "满意", "csat": "满意度",
    "feedback": "反馈", "opinion": "意见", "suggestion": "建议", "signature": "签名",
    "sign": "签字", "signed": "签字", "acknowledge": "确认", "confirm": "确认",
    "confirmation": "确认", "overall": "总体", "total": "总", "average": "平均",
    "avg": "平均", "general": "综合", "composite": "综合",
    # what a survey rates, as its Chinese items name it (服务态度, 响应速度, 维修质量)
    "attitude": "态度", "speed": "速度", "quality": "质量", "timeliness": "及时性",
    "punctuality": "准时性", "efficiency": "效率", "professionalism": "专业能力",
    "expertise": "专业能力", "technical skill": "技术水平", "technical level": "技术水平",
    "communication": "沟通能力", "recommend": "推荐意愿",
    "likelihood to recommend": "推荐意愿", "willingness to recommend": "推荐意愿",
    # a survey's question (How satisfied …? How likely … recommend …?) asks for a degree
    "how satisfied": "满意度", "likely": "可能性", "other": "其他",
    # planned, not happened
    "due": "期限", "deadline": "期限", "expected": "期望", "planned": "计划",
    "plan": "计划", "scheduled": "预约", "appointment": "预约", "estimated": "预计",
    "promised": "承诺", "next": "下次",
    # qualifiers
    "service": "服务", "after sales": "售后", "aftersales": "售后", "information": "信息",
    "info": "信息", "actual": "实际", "current": "当前", "related": "相关",
    "first": "首次", "initial": "首次", "last": "最后", "latest": "最新", "final": "最终",
    # look-alikes' words: outlets, staff lists, equipment, sales, statistics
    "service center": "服务中心", "service centre": "服务中心", "store": "门店",
    "shop": "门店", "outlet": "网点", "branch": "分公司", "dealer": "经销商",
    "station": "服务站", "opening hours": "营业时间", "business hours": "营业时间",
    # a centre by itself (Centre Name, Center Code): a body, as 中心 names one (decision 456)
    "center": "中心", "centre": "中心", "call center": "客服中心", "call centre": "客服中心",
    # a call's start, end and length (Call Start, Call End, Call Duration): a telephony log's
    # columns (decision 457); a call alone stays 来电, the customer's calling in
    "call start": "通话开始", "call end": "通话结束", "call duration": "通话时长",
    "duration": "时长",
    "hotline": "服务热线", "longitude": "经度", "latitude": "纬度", "zip": "邮编",
    "zip code": "邮编", "postcode": "邮编", "postal code": "邮编",
    "employee id": "工号", "employee no": "工号", "staff id": "工号", "position": "岗位",
    "post": "岗位",
    # a help desk's or a forum's messages (posts_count, last_post_date): no job post, which a
    # roster writes once per person (decision 425)
    "posts": "帖子", "last post": "最后帖子", "first post": "首条帖子", "post count": "帖子数",
    "posted": "提交",  # Posted On, Posted By: when and by whom it was submitted
    # an ERP's posting (Posting Date, Posting Time): entering the document in the books, when
    # it was recorded, no job post (decision 468)
    "posting": "登记",
    # the day an entry was keyed in (Entry Date), as 录入日期 (decision 468)
    "entry date": "录入日期",
    # who took a customer's feedback or call down (Customer Feedback Taken By): the desk
    # (decision 468)
    "taken by": "受理人",
    "job title": "职务", "role": "职务", "gender": "性别", "sex": "性别",
    "age": "年龄", "hire date": "入职日期", "training": "培训", "course": "课程",
    "certificate": "证书", "qualification": "资格", "education": "学历", "birthday": "出生日期",
    "date of birth": "出生日期", "id card": "身份证", "on duty": "值班", "shift": "班次",
    "quantity": "数量", "qty": "数量", "purchase date": "购买日期", "calibration": "校准",
    "valid until": "有效期", "expiry date": "有效期",
    "sales": "销售", "price": "价格", "unit price": "单价", "amount": "金额",
    "discount": "折扣", "invoice": "发票", "payment": "付款", "contract": "合同",
    "sales order": "订单", "delivery": "发货", "cost": "成本", "profit": "利润",
    "rank": "排名", "ranking": "排名", "performance": "绩效", "statistics": "统计",
    "percentage": "百分比", "ratio": "比例", "proportion": "占比", "month": "月份",
    "praise": "表扬", "compliment": "表扬", "thanks": "感谢信",
    "opening date": "创建日期", "opening time": "创建时间",
    "contact phone number": "联系电话", "contact mobile number": "联系电话",
    # what was performed on the job is what was done (Repair Performed; Work Performed is
    # listed): the remedy, as Work Done is (decision 456)
    "repair performed": "维修措施", "action performed": "处理措施",
    "service performed": "服务内容", "work carried out": "处理措施",
    "action carried out": "处理措施", "repair carried out": "维修措施",
    # a customer's acknowledgement is their sign-off, as acknowledge is (decision 456)
    "acknowledgement": "确认", "acknowledgment": "确认",
    # a number spelt after a phone's word is that phone (Tel. No. → tel number), after a
    # model its model, after a reference the record's number; a job card or job sheet is a
    # field-service work order, and a card no car (the stem of card is no word of its own);
    # a complaint filed is lodged; an enquiry asks (咨询); a complaint's mode is its way in;
    # a warranty is 质保, the guarantee's term (decision 441)
    "telephone number": "电话", "tel number": "电话", "cell number": "手机",
    "cellphone number": "手机", "mobile phone number": "手机", "model number": "型号",
    # a job is a field-service work order (Job No., Job Description: ServiceM8, Jobber,
    # ServiceTitan), as a job card or job sheet is; a service report or service call numbers
    # one too (decision 460); a job title stays a post
    "service report": "服务单", "service call": "服务单",
    # a request for service or for work (Service Request No., Work Request): the customer's
    # order for a job, as 服务单 (decision 460); a request alone stays 请求
    "service request": "服务单", "work request": "工单", "repair request": "报修单",
    "reference number": "编号", "ref number": "编号", "card": "卡", "job card": "工单",
    "job sheet": "工单", "filed": "提交", "enquiry": "咨询", "inquiry": "咨询",
    "mode": "方式", "warranty": "质保",
    # a complaint register's reply to the customer is the handling's answer (答复), the
    # customer's response to it their feedback; a complaint's narrative is what it says
    # (CFPB's Consumer complaint narrative; decision 442). A bare Response stays 响应: beside a
    # time it is when the desk responded.
    "company response": "答复", "our response": "答复", "public response": "答复",
    "customer response": "客户反馈", "consumer response": "客户反馈", "narrative": "描述",
}
# A word that is the whole label says more than inside one: a bare From is who sent the
# message or ticket in, as in a mailbox (Ticket Split From is no sender). A bare Name is not
# put as 姓名: Chinese systems keep name for an agency's or a product's name too, and only
# the cells tell a person's (test_recognition_round6).
ENGLISH_SOLE_WORDS: dict[str, str] = {"from": "来信人"}
