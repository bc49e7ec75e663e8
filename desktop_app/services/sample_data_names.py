"""Word lists for the sample data: Chinese names, companies, cities, addresses, fault texts."""

from __future__ import annotations

import random

# The most common surnames, roughly in order of frequency (so rng.choices can weight them).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
)
SURNAME_WEIGHTS = tuple(max(1, 60 - i) for i in range(len(SURNAMES)))
GIVEN_ONE = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆峰"
GIVEN_TWO = (
    "建国", "建华", "志强", "志明", "海燕", "晓东", "晓明", "文杰", "永刚", "国庆", "秀英", "丽娟",
    "春梅", "子豪", "浩然", "宇轩", "欣怡", "梓涵", "思远", "嘉伟", "俊杰", "雪梅", "红梅", "立新",
    "振华", "德明", "家豪", "婷婷", "佳琪", "一鸣", "天宇", "泽宇", "金龙", "晨曦", "玉兰", "保国",
)

# City -> (area code, district -> roads in that district). The first six have on-site service (S2).
CITIES: dict[str, tuple[str, dict[str, tuple[str, ...]]]] = {
    "深圳": ("0755", {"南山区": ("高新南七道", "科技园科苑路", "南海大道"), "福田区": ("深南大道", "华强北路", "车公庙泰然九路"),
                     "宝安区": ("宝安大道", "新安六路"), "龙岗区": ("坂田五和大道", "龙岗大道"), "龙华区": ("民治大道", "观澜大道")}),
    "北京": ("010", {"海淀区": ("中关村大街", "上地信息路", "学院路"), "朝阳区": ("望京街", "酒仙桥路", "建国路"),
                    "丰台区": ("汉威路", "南四环西路"), "大兴区": ("亦庄荣华中路", "黄村西大街")}),
    "上海": ("021", {"浦东新区": ("张江碧波路", "金桥宁桥路", "世纪大道"), "徐汇区": ("漕河泾宜山路", "漕宝路"),
                    "闵行区": ("莘庄都市路", "剑川路"), "嘉定区": ("城北路", "叶城路"), "杨浦区": ("国定路", "政立路")}),
    "南京": ("025", {"江宁区": ("秣周东路", "双龙大道"), "鼓楼区": ("中山北路", "湖南路"), "玄武区": ("珠江路", "龙蟠路"),
                    "雨花台区": ("软件大道", "安德门大街")}),
    "成都": ("028", {"高新区": ("天府大道", "天府软件园", "益州大道"), "武侯区": ("人民南路", "武侯大道"),
                    "锦江区": ("蜀锦路", "红星路")}),
    "西安": ("029", {"雁塔区": ("科技路", "小寨东路"), "高新区": ("锦业路", "唐延路"), "未央区": ("未央路", "凤城八路")}),
    "广州": ("020", {"天河区": ("天河北路", "科韵路", "体育西路"), "番禺区": ("番禺大道", "市桥路"),
                    "黄埔区": ("开创大道", "科学大道"), "白云区": ("白云大道", "机场路")}),
    "杭州": ("0571", {"滨江区": ("网商路", "江南大道"), "西湖区": ("文三路", "古墩路"), "余杭区": ("文一西路", "五常大道"),
                     "萧山区": ("市心中路", "金城路")}),
    "武汉": ("027", {"洪山区": ("珞喻路", "关山大道"), "东湖高新区": ("光谷大道", "高新大道"), "江汉区": ("解放大道", "新华路"),
                    "武昌区": ("中北路", "武珞路")}),
    "苏州": ("0512", {"工业园区": ("星湖街", "金鸡湖大道"), "吴中区": ("东吴北路", "宝带西路"), "姑苏区": ("干将路", "人民路")}),
    "东莞": ("0769", {"松山湖": ("工业东路", "科技四路"), "长安镇": ("振安路", "长青路"), "南城区": ("鸿福路", "宏图路")}),
}
# Where the customers are: most near the centre (Shenzhen), the rest spread out.
CITY_WEIGHTS = {"深圳": 30, "广州": 12, "东莞": 8, "北京": 9, "上海": 9, "南京": 6, "成都": 6,
                "西安": 5, "杭州": 6, "武汉": 5, "苏州": 4}

COMPANY_CORES = (
    "华信", "恒通", "中科", "金桥", "瑞达", "宏图", "天成", "联创", "博远", "鑫源", "讯捷", "国电",
    "长城", "新天", "泰和", "安捷", "卓越", "明德", "汇丰", "嘉业", "信达", "通泰", "智联", "海川",
)
COMPANY_TRADES = (
    "科技", "网络工程", "信息技术", "电子", "智能系统", "自动化", "通信技术", "电力设备", "数据服务",
)
BUILDINGS = ("大厦", "科技园", "产业园", "写字楼", "工业区")


def person_name(rng: random.Random) -> str:
    surname = rng.choices(SURNAMES, weights=SURNAME_WEIGHTS)[0]
    given = rng.choice(GIVEN_ONE) if rng.random() < 0.35 else rng.choice(GIVEN_TWO)
    return surname + given


def company_name(rng: random.Random, city: str) -> str:
    return f"{city}市{rng.choice(COMPANY_CORES)}{rng.choice(COMPANY_TRADES)}有限公司"


# Mobile prefixes in common use (China Mobile, Unicom, Telecom).
MOBILE_PREFIXES = (
    "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "178",
    "182", "183", "187", "188", "198", "130", "131", "132", "155", "156", "166", "176", "185", "186",
    "133", "153", "173", "177", "180", "181", "189", "199",
)


def mobile(rng: random.Random) -> str:
    return f"{rng.choice(MOBILE_PREFIXES)}{rng.randrange(10**8):08d}"


def landline(rng: random.Random, city: str) -> str:
    return f"{CITIES[city][0]}-{rng.choice('2345678')}{rng.randrange(10**7):07d}"


def address(rng: random.Random, city: str, company: bool) -> str:
    district, roads = rng.choice(list(CITIES[city][1].items()))
    street = f"{city}市{district}{rng.choice(roads)}{rng.randint(1, 399)}号"
    if company:
        return f"{street}{rng.choice(COMPANY_CORES)}{rng.choice(BUILDINGS)}{rng.randint(1, 28)}楼"
    return f"{street}{rng.randint(1, 30)}栋{rng.randint(1, 33)}{rng.randint(1, 8):02d}室"


# Fault category code -> (name_zh, name_en, what customers say at the counter).
FAULTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "no_power": ("不通电", "No power", (
        "不通电，电源指示灯不亮", "插上电源无任何反应", "雷雨后设备无法开机", "电源灯闪一下就灭")),
    "port_failure": ("端口故障", "Port failure", (
        "端口指示灯不亮，插网线无连接", "第3、4口不通", "部分端口速率只能协商到百兆", "上联口不工作")),
    "intermittent": ("间歇性断线", "Intermittent link loss", (
        "间歇性断线，每天掉线数次", "运行一段时间后全部端口断开", "网络时断时续，重插网线可恢复")),
    "reboot": ("频繁重启", "Frequent reboots", (
        "频繁重启", "设备每隔几小时自动重启", "负载高时重启，日志无记录")),
    "firmware": ("固件异常", "Firmware fault", (
        "升级固件后无法启动", "Web管理界面打不开", "配置无法保存，重启后丢失", "Console口无输出")),
    "fan_noise": ("风扇异响", "Fan noise", ("风扇异响", "风扇不转，机身发烫", "风扇噪音明显变大")),
    "optical": ("光口无信号", "No optical link", (
        "光口无信号，LINK灯不亮", "光模块插上不识别", "光纤链路误码严重")),
    "overheating": ("过热告警", "Overheating", ("机身过热告警", "高温环境下丢包严重")),
    "wifi_weak": ("无线信号弱", "Weak Wi-Fi", ("无线信号弱，覆盖范围变小", "终端频繁掉线", "5G频段搜不到")),
    "poe_failure": ("PoE供电异常", "PoE failure", ("PoE口不给摄像头供电", "PoE供电时断时续")),
    "physical_damage": ("外观损坏", "Physical damage", ("外壳摔裂", "设备进水", "接线端子断裂")),
}
FAULTS_BY_CATEGORY = {
    "industrial_ethernet": ("no_power", "port_failure", "intermittent", "reboot", "firmware",
                            "optical", "overheating", "poe_failure", "physical_damage"),
    "switch": ("no_power", "port_failure", "intermittent", "reboot", "firmware", "fan_noise",
               "optical", "poe_failure", "physical_damage"),
    "router": ("no_power", "port_failure", "intermittent", "reboot", "firmware", "fan_noise",
               "physical_damage"),
    "media_converter": ("no_power", "optical", "intermittent", "physical_damage"),
    "wireless": ("no_power", "wifi_weak", "intermittent", "reboot", "firmware", "physical_damage"),
}

# Technicians' words for the service report (E17, E23: cause, solution, customer opinion).
QUALITY_CAUSES = {
    "no_power": "电源板滤波电容鼓包失效", "port_failure": "端口PHY芯片损坏",
    "intermittent": "网口变压器虚焊", "reboot": "主板供电芯片过热保护",
    "firmware": "Flash存储异常导致固件损坏", "fan_noise": "风扇轴承磨损",
    "optical": "光模块激光器老化", "overheating": "散热片导热硅脂干涸",
    "wifi_weak": "射频功放损坏", "poe_failure": "PoE供电芯片损坏", "physical_damage": "外壳结构损坏",
}
USER_DAMAGE_CAUSES = (
    "外壳有明显摔痕，主板受冲击变形", "设备进水，主板腐蚀", "接入220V交流电至24V直流端子，电源板烧毁",
    "雷击导致端口浪涌损坏，现场未接地", "设备曾被第三方拆修，元件被更换",
)
SOLUTIONS = ("更换{part}，老化测试24小时正常", "更换{part}，功能测试通过", "更换{part}后恢复正常")
NO_PART_SOLUTIONS = ("重新刷写固件并恢复出厂配置，测试正常", "清洁端口并重新焊接，测试正常",
                     "补焊虚焊点，老化测试24小时正常")
NOT_REPRODUCED = "经48小时老化测试未复现故障，建议检查现场线缆与供电"
OPINIONS = ("满意", "非常满意", "维修及时，满意", "基本满意", "希望缩短维修周期", "服务态度好")
SURVEY_COMMENTS = ("师傅很专业", "维修速度快", "希望能提供备用机", "前台接待热情", "价格合理", None, None)

# Calls and letters (E1): subject, details.
CALL_SUBJECTS = (
    ("咨询保修期", "询问设备是否仍在保修期内，序列号已报"),
    ("询问维修进度", "客户来电询问送修设备的维修进度"),
    ("设备无法上电", "客户反映设备不通电，建议送修"),
    ("需要上门调试", "新购设备需上门安装调试"),
    ("固件升级咨询", "咨询最新固件版本及升级方法"),
    ("配置问题咨询", "VLAN配置后无法互通，电话指导解决"),
    ("光模块兼容性", "询问第三方光模块能否使用"),
    ("发票与保修", "发票遗失能否保修"),
)
