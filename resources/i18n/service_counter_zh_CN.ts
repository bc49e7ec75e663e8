<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="+100"/>
        <source>Sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{url}” is not a database address. Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.</source>
        <translation>“{url}”不是有效的数据库地址。请使用 sqlite:///路径 或 postgresql+psycopg://用户@主机/数据库。</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/claims_tab.py" line="+20"/>
        <source>Claim intake</source>
        <translation>理赔受理</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No claims yet. When a customer comes in, register the new claim here.</source>
        <translation>还没有理赔记录。客户来访时，在此登记新的理赔。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claim no.</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/claims_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Claim no., customer, phone or serial number</source>
        <translation>理赔单号、客户、电话或序列号</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/core/warranty.py" line="+203"/>
        <source>Enter the sale date from the invoice (W1)</source>
        <translation>请填写发票上的销售日期（W1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The claim date {claim_date} is before the sale date {sale_date} (W1)</source>
        <translation>受理日期 {claim_date} 早于销售日期 {sale_date}（W1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre received the unit after the claim date</source>
        <translation>服务中心的收货日期晚于受理日期</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An escalated claim needs a note (W8)</source>
        <translation>升级协商的理赔必须填写说明（W8）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A claim is either escalated (W8) or overridden</source>
        <translation>理赔不能既升级协商（W8）又更改保修档次</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate the claim for a negotiated outcome (W8)</source>
        <translation>协商处理须先将理赔升级（W8）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tier override needs a written reason (W10)</source>
        <translation>更改保修档次必须写明理由（W10）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tier override must name its supervisor (W10)</source>
        <translation>更改保修档次必须注明批准的主管（W10）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/warranty_policy.py" line="+52"/>
        <location line="+9"/>
        <source>{name} must be a list of product category codes</source>
        <translation>{name} 必须是产品类别代码的列表</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a product category code: {code}</source>
        <translation>不是产品类别代码：{code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} must be a whole number of at least 1</source>
        <translation>{name} 必须是不小于 1 的整数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({value}) must not be longer than {other} ({other_value})</source>
        <translation>{name}（{value}）不得长于 {other}（{other_value}）</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The stored warranty policy is not a JSON object</source>
        <translation>已保存的保修政策不是 JSON 对象</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown warranty policy setting: {name}</source>
        <translation>未知的保修政策设置：{name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty policy lacks the setting {name}</source>
        <translation>保修政策缺少设置项 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/db/opening.py" line="+67"/>
        <source>Cannot open the database at {location}: {reason}</source>
        <translation>无法打开位于 {location} 的数据库：{reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is a folder, not a Service Counter database.</source>
        <translation>{path} 是文件夹，不是售后服务台数据库。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Service Counter database (it is not an SQLite file). Nothing was changed.</source>
        <translation>{path} 不是售后服务台数据库（不是 SQLite 文件）。未做任何更改。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} is damaged and cannot be read ({reason}). Nothing was changed; restore it from a backup.</source>
        <translation>{path} 已损坏，无法读取（{reason}）。未做任何更改；请从备份恢复。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} holds another program&apos;s data, not a Service Counter database. Nothing was changed.</source>
        <translation>{path} 存放的是其他程序的数据，不是售后服务台数据库。未做任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} was written by a newer version of Service Counter (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation>{path} 由更新版本的售后服务台写入（数据结构 {revision}）。请安装新版本；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_display.py" line="+25"/>
        <source>An internal error occurred. Nothing more was saved. The details were written to the log; please tell your supervisor.</source>
        <translation>程序内部出错，未再保存任何内容。详细信息已写入日志，请告知主管。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service Counter</source>
        <translation>售后服务台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/accounts.py" line="+47"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name must be one word of at most 50 characters.</source>
        <translation>用户名须为一个不含空格的词，最多 50 个字符。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the person&apos;s name.</source>
        <translation>请输入姓名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password must have at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This database already has a general manager.</source>
        <translation>此数据库已有总经理账户。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has been deactivated.</source>
        <translation>此账户已停用。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many wrong passwords: the account is locked for {minutes} more minutes.</source>
        <translation>密码错误次数过多：账户已锁定，请 {minutes} 分钟后再试。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The user name “{username}” is already taken.</source>
        <translation>用户名“{username}”已被使用。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no user “{username}”.</source>
        <translation>没有用户“{username}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/authorization.py" line="+16"/>
        <source>You are not allowed to do this: it needs the permission “{permission}”.</source>
        <translation>您无权执行此操作：需要“{permission}”权限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/warranty.py" line="+69"/>
        <source>{option}: “{value}” is not a date like 2026-03-31.</source>
        <translation>{option}：“{value}”不是形如 2026-03-31 的日期。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown product category “{value}”; use one of: {known}.</source>
        <translation>未知的产品类别“{value}”；请使用以下之一：{known}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sold is required unless --no-invoice is given.</source>
        <translation>除非指定 --no-invoice，否则必须给出 --sold（销售日期）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/phone_numbers.py" line="+24"/>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” is not a phone number: enter an 11-digit mobile or a landline with area code.</source>
        <translation>“{value}”不是电话号码：请输入 11 位手机号码或带区号的固定电话。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claims.py" line="+93"/>
        <source>There is no product model “{model}”.</source>
        <translation>没有产品型号“{model}”。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer cannot choose this remedy under the warranty.</source>
        <translation>按保修政策，客户不能选择此处理方式。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the reason for refusing the return.</source>
        <translation>请写明拒绝退货的理由。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This claim is not waiting for approval.</source>
        <translation>此理赔不在待批准状态。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Serial {serial} belongs to another product model.</source>
        <translation>序列号 {serial} 属于另一个产品型号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake_forms.py" line="+83"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product model.</source>
        <translation>请选择产品型号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the serial number, or tick “serial unknown”.</source>
        <translation>请输入序列号，或勾选“序列号不详”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 在今天之后。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sale date on the invoice, or untick “invoice”.</source>
        <translation>请输入发票上的销售日期，或取消勾选“有发票”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the fault.</source>
        <translation>请描述故障。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fault description is longer than {n} characters.</source>
        <translation>故障描述超过了 {n} 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An escalated claim needs a note (W8).</source>
        <translation>升级协商的理赔必须填写说明（W8）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An override needs a written reason (W10).</source>
        <translation>更改保修档次必须写明理由（W10）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calls.py" line="+72"/>
        <source>Enter the caller&apos;s name.</source>
        <translation>请输入来电人姓名。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter what the call is about.</source>
        <translation>请输入来电事由。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requested arrival time has already passed.</source>
        <translation>要求的到达时间已经过去。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note what the caller was told.</source>
        <translation>请记录答复来电人的内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This call no longer exists.</source>
        <translation>此来电记录已不存在。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no claim “{number}”.</source>
        <translation>没有理赔单“{number}”。</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run_dialog.py" line="+30"/>
        <source>At least {n} characters.</source>
        <translation>至少 {n} 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="+14"/>
        <source>Set up Service Counter</source>
        <translation>设置售后服务台</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This database is new. Create the account of the service centre&apos;s general manager; the general manager then adds the other staff.</source>
        <translation>这是一个新的数据库。请创建服务中心总经理的账户，其他员工的账户由总经理添加。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Repeat password:</source>
        <translation>确认密码(&amp;R)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Load sample data</source>
        <translation>载入示例数据(&amp;L)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fills the database with made-up customers, claims, work orders and requisitions, for trying the program out and for training.</source>
        <translation>在数据库中填入虚构的客户、理赔、工单和配件申领单，供试用和培训。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="+24"/>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General manager</source>
        <translation>总经理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting manager approval</source>
        <translation>待总经理批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free repair</source>
        <translation>免费维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid repair</source>
        <translation>收费维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiated</source>
        <translation>协商处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bench repair</source>
        <translation>送修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-site service</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation</source>
        <translation>安装调试</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer visit</source>
        <translation>客户走访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>已派工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>检测中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting customer&apos;s decision</source>
        <translation>待客户确认报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>待配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairing</source>
        <translation>维修中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pickup</source>
        <translation>待取机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped back</source>
        <translation>已寄回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over quota, awaiting approval</source>
        <translation>超出额度，待批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With goods</source>
        <translation>随货发运</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMS (urgent)</source>
        <translation>EMS（加急）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rail express (urgent)</source>
        <translation>铁路快运（加急）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air freight (urgent)</source>
        <translation>航空快运（加急）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/tabs/list_tab.py" line="+68"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>找到 %Ln 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>共 %Ln 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No records match “{search}”.</source>
        <translation>没有符合“{search}”的记录。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="+59"/>
        <source>Signed in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name: {username}</source>
        <translation>用户名：{username}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Version {version}</source>
        <translation>版本 {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built with Qt {qt} and PySide {pyside}.</source>
        <translation>基于 Qt {qt} 和 PySide {pyside} 构建。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Service Counter</source>
        <translation>关于售后服务台</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+42"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Service Counter</source>
        <translation>关闭售后服务台</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Search in this tab</source>
        <translation>在本页搜索(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the cursor in the current tab&apos;s search box</source>
        <translation>将光标移到当前页的搜索框</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the lists again from the database</source>
        <translation>从数据库重新读取各个列表</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About Service Counter</source>
        <translation>关于售后服务台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop_app/core/permissions.py" line="+69"/>
        <source>take in claims</source>
        <translation>受理理赔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register calls</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print documents</source>
        <translation>打印单据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter survey results</source>
        <translation>录入满意度调查结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look up customers</source>
        <translation>查询客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see work orders</source>
        <translation>查看工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work on own work orders</source>
        <translation>处理本人的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch work orders</source>
        <translation>派工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work on any work order</source>
        <translation>处理任意工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage stock</source>
        <translation>管理库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage requisitions</source>
        <translation>管理配件申领</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record fines</source>
        <translation>登记罚款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see staff evaluation</source>
        <translation>查看员工考评</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override a warranty tier</source>
        <translation>更改保修档次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve returns</source>
        <translation>批准退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve over-quota requisitions</source>
        <translation>批准超额申领</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publish the assessment rules</source>
        <translation>发布考核制度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the warranty policy</source>
        <translation>管理保修政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the fee schedule</source>
        <translation>管理维修收费标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
</context>
<context>
    <name>RequisitionsTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/requisitions_tab.py" line="+20"/>
        <source>Spare-part requisitions</source>
        <translation>配件申领</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No spare-part requisitions yet. Each month, file the parts requisition form here to order parts from the manufacturer.</source>
        <translation>还没有配件申领单。每月在此填写维修配件备料单，向厂家申领配件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/requisitions_tab.ui" line="+50"/>
        <source>Requisition no.</source>
        <translation>申领单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Shipping</source>
        <translation>发运方式</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lines</source>
        <translation>品项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total (fee schedule)</source>
        <translation>金额（按收费标准）</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions_tab.ui" line="-16"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>SampleDataLoader</name>
    <message>
        <location filename="../../desktop_app/gui/sample_data_loader.py" line="+44"/>
        <source>Loading sample data…</source>
        <translation>正在载入示例数据…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample data loaded: {claims} claims, {work_orders} work orders, {customers} customers and {requisitions} requisitions. To try other roles, sign in as one of the demo staff ({usernames}) with the password {password}.</source>
        <translation>示例数据已载入：{claims} 条理赔、{work_orders} 张工单、{customers} 位客户和 {requisitions} 张配件申领单。如需试用其他岗位，可用示例员工账户（{usernames}）登录，密码为 {password}。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/sign_in_dialog.py" line="+27"/>
        <location filename="../../ui/sign_in_dialog.ui" line="+14"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="+25"/>
        <source>Sign in with your user name and password.</source>
        <translation>请输入用户名和密码登录。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/staff_tab.py" line="+19"/>
        <source>Staff evaluation</source>
        <translation>员工考评</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff accounts yet. The general manager adds the staff of the centre here.</source>
        <translation>还没有员工账户。总经理在此添加服务中心的员工。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>账户状态</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open work orders</source>
        <translation>在办工单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed this month</source>
        <translation>本月完成</translation>
    </message>
    <message>
        <location filename="../../ui/staff_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name or user name</source>
        <translation>姓名或用户名</translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <location filename="../../desktop_app/core/warranty.py" line="-216"/>
        <source>In the return period (W2): return, exchange or free repair</source>
        <translation>在退货期内（W2）：可退货、换货或免费维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the exchange period (W3): exchange or free repair</source>
        <translation>在换货期内（W3）：可换货或免费维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the free-repair period (W4): free repair</source>
        <translation>在免费维修期内（W4）：免费维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer free repair, as industrial Ethernet (W4)</source>
        <translation>工业以太网产品，免费维修期更长（W4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free-repair period over (W5): paid repair at cost</source>
        <translation>免费维修期已过（W5）：按成本收费维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invoice (W10): no return or exchange</source>
        <translation>无发票（W10）：不予退换货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods run from the registered sale of the serial (W10)</source>
        <translation>保修期从该序列号登记的销售日期起算（W10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invoice, no registered sale (W10): paid repair</source>
        <translation>无发票且无销售登记（W10）：收费维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User damage (W11): paid repair whatever the date</source>
        <translation>人为损坏（W11）：不论日期，一律收费维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault not reproduced (W11): the date tier stands</source>
        <translation>故障未能复现（W11）：仍按日期档次处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisional until diagnosis (W11)</source>
        <translation>检测前为暂定结论（W11）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier overridden by a supervisor, reason given (W10)</source>
        <translation>主管已更改保修档次并写明理由（W10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated (W8): negotiated with the customer, see the note</source>
        <translation>已升级（W8）：与客户协商处理，见说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead on arrival at the centre (D11): manufacturer&apos;s cost</source>
        <translation>开箱不良（D11）：费用由厂家承担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early quality defect (D12): manufacturer&apos;s cost</source>
        <translation>品质不良（D12）：费用由厂家承担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s warranty (D13): service fund</source>
        <translation>厂家保修（D13）：由服务基金支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s own promise (D10, D14): service fund</source>
        <translation>服务中心自身的承诺（D10、D14）：由服务基金支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by the customer: repair cost only (W5)</source>
        <translation>由客户付费：只收维修成本（W5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear parts are not in a free exchange: charged at cost (W3)</source>
        <translation>易损件不在免费换货范围内：按成本收费（W3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear parts are never covered (W6)</source>
        <translation>易损件不在保修范围内（W6）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing accessories are charged at cost (W2)</source>
        <translation>缺少的附件按成本价收费（W2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A return needs the general manager&apos;s approval (W9)</source>
        <translation>退货须经总经理批准（W9）</translation>
    </message>
</context>
<context>
    <name>WorkOrdersTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/work_orders_tab.py" line="+20"/>
        <source>Repair work orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No repair work orders yet. Once a claim is taken in, its work order appears here waiting for dispatch.</source>
        <translation>还没有维修工单。理赔受理后，工单会出现在这里等待派工。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim no.</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <location filename="../../ui/work_orders_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Work order no., claim no., customer or serial number</source>
        <translation>工单号、理赔单号、客户或序列号</translation>
    </message>
</context>
</TS>
