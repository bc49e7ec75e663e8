<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="+174"/>
        <source>Sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{url}” is not a database address. Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.</source>
        <translation>“{url}”不是有效的数据库地址。请使用 sqlite:///路径 或 postgresql+psycopg://用户@主机/数据库。</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/approval_dialog.py" line="+36"/>
        <source>Claim no.</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Return {number} approved.</source>
        <translation>退货 {number} 已批准。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return {number} refused.</source>
        <translation>退货 {number} 已拒绝。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The technician is to arrive by {time}.</source>
        <translation>技术员须于 {time} 前到达。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{number}: {fault}
Accessories missing: {missing} · Work order: {order}</source>
        <translation>{number}：{fault}
缺少附件：{missing} · 工单：{order}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sold: {sale} · Invoice no.: {invoice} · Return allowed until: {until} · Taken in by: {who}</source>
        <translation>售出日期：{sale} · 发票号：{invoice} · 可退货至：{until} · 受理人：{who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The missing accessories are charged at their cost price: the refund is the purchase price less that charge (W2).</source>
        <translation>缺少的附件按成本价收费：退款为购买价格减去该费用（W2）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve the return of {number} for {customer}? The approval cannot be undone: the desk may then refund the customer (W9).</source>
        <translation>批准 {customer} 的退货 {number}？批准后不能撤销：前台随即可以退款（W9）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve the return?</source>
        <translation>批准退货？</translation>
    </message>
    <message>
        <location filename="../../ui/approval_queue_dialog.ui" line="+14"/>
        <source>Returns awaiting approval</source>
        <translation>待审批退货</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every return needs the general manager&apos;s approval (W9). A refused return becomes an exchange, or a free repair where no exchange is offered.</source>
        <translation>每笔退货都须经总经理批准（W9）。退货被拒后改为换货；不可换货的改为免费维修。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No returns are waiting for approval.</source>
        <translation>没有待审批的退货。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required when refusing: the reason</source>
        <translation>拒绝时必填：拒绝理由</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;quired arrival:</source>
        <translation>要求到达时间(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When refusing: when the customer wants us there, e.g. 2026-03-18 14:30</source>
        <translation>拒绝时填写：客户要求的上门时间，如 2026-03-18 14:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refused return on an on-site request becomes an on-site order: the date and time the customer asked the technician to arrive (S3); a later arrival is recorded as late</source>
        <translation>上门服务申请的退货被拒绝后转为上门工单：客户要求技术员到达的日期和时间（S3）；晚于此时到达将记为迟到</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Approve return</source>
        <translation>批准退货(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve the selected return (W9)</source>
        <translation>批准所选退货（W9）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refuse return</source>
        <translation>拒绝退货(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refuse the selected return, with the reason</source>
        <translation>拒绝所选退货，须注明理由</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+17"/>
        <source>Staff account</source>
        <translation>员工账户</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+37"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Claim</source>
        <translation>理赔</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Created by</source>
        <translation>创建人</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Product unit</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Work order</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Spare-part requisition</source>
        <translation>备料单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-1"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Satisfaction survey</source>
        <translation>满意度回访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty policy</source>
        <translation>保修政策</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittance</source>
        <translation>汇款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund rate</source>
        <translation>服务基金费率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund ledger</source>
        <translation>服务基金台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund</source>
        <translation>服务基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample data</source>
        <translation>示例数据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+4"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Spare part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Parts list</source>
        <translation>配件清单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts list import</source>
        <translation>配件清单导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee schedule</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movement</source>
        <translation>出入库流水</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault category</source>
        <translation>故障分类</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+1"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Product models import</source>
        <translation>产品型号导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the manufacturer</source>
        <translation>返厂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed evaluation sheet</source>
        <translation>已签字的考评表</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Repair monthly report</source>
        <translation>售后维修月报表</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Monthly document</source>
        <translation>月度单据</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+5"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Demerit</source>
        <translation>处分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment rule set</source>
        <translation>考核制度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set acknowledgement</source>
        <translation>考核制度确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked after wrong passwords</source>
        <translation>密码错误次数过多，账户锁定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return approved</source>
        <translation>批准退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>拒绝退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return completed</source>
        <translation>退货完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty tier overridden</source>
        <translation>改判保修等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation settled (W8)</source>
        <translation>协商处理（W8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-quota request approved</source>
        <translation>批准超额备料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest of the requisition closed</source>
        <translation>备料单剩余部分已结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosed</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted</source>
        <translation>报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer answered the quote</source>
        <translation>客户答复报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised quote refused: the accepted quote stands</source>
        <translation>修改后的报价被拒绝，原报价继续有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for parts</source>
        <translation>待料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts issued</source>
        <translation>领用配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts charged to another payer</source>
        <translation>配件改由他方付费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer agreed to pay for wear parts</source>
        <translation>客户同意支付易损件费用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting part dropped</source>
        <translation>取消等待的备件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit exchanged</source>
        <translation>换机</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+20"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>On-site visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Product identified on site</source>
        <translation>上门时确认产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as a repeat repair</source>
        <translation>标记为重复维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Customer&apos;s opinion recorded</source>
        <translation>记录客户意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>已答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>跟进答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a claim</source>
        <translation>关联理赔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged</source>
        <translation>记账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>发布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample data loaded</source>
        <translation>载入示例数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-take adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock counted, no difference</source>
        <translation>盘点无差异</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool checked in</source>
        <translation>工具入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied to the manufacturer</source>
        <translation>向厂家申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by the manufacturer</source>
        <translation>厂家批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the manufacturer</source>
        <translation>厂家拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s count recorded</source>
        <translation>登记厂家签收数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld without a demerit: no rules in force then (E24)</source>
        <translation>核实属实，未记处分：当时尚无生效的考核制度（E24）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested</source>
        <translation>建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit times corrected</source>
        <translation>更正上门时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion withdrawn: the visit was corrected</source>
        <translation>撤回罚款建议：上门记录已更正</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim corrected</source>
        <translation>受理单更正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim withdrawn</source>
        <translation>撤销受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as sent</source>
        <translation>标记为已报送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as signed</source>
        <translation>记为已签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature record undone</source>
        <translation>撤销签字记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent record corrected</source>
        <translation>更正报送记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service receipt</source>
        <translation>服务受理单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit label</source>
        <translation>维修标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup slip</source>
        <translation>取机单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction survey form</source>
        <translation>满意度调查表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts requisition form</source>
        <translation>维修配件备料单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-27"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Return application</source>
        <translation>返厂申请单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+2"/>
        <source>Improvement report</source>
        <translation>改进报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation sheet</source>
        <translation>员工考评表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund statement</source>
        <translation>服务基金结算表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts reconciliation</source>
        <translation>配件对账单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set acknowledgement sheet</source>
        <translation>考核制度确认书</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-28"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record version</source>
        <translation>记录版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+147"/>
        <source>Product category (ID)</source>
        <translation>产品类别（编号）</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Fault category (ID)</source>
        <translation>故障分类（编号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty policy version (ID)</source>
        <translation>保修政策版本（编号）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment rule set (ID)</source>
        <translation>考核制度（编号）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee schedule (ID)</source>
        <translation>收费标准（编号）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded at</source>
        <translation>记录时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines total as signed</source>
        <translation>签字时罚款合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerits as signed</source>
        <translation>签字时记大过次数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fines total on the sheet</source>
        <translation>表上罚款合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerits on the sheet</source>
        <translation>表上记大过次数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified complaints on the sheet</source>
        <translation>表上核实的投诉</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (hashed)</source>
        <translation>密码（加密）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins</source>
        <translation>登录失败次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>锁定至</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>备用电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key customer</source>
        <translation>重点客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale date</source>
        <translation>销售日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale registered</source>
        <translation>已登记销售</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by the centre on</source>
        <translation>中心收货日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old serial no.</source>
        <translation>原序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New serial no.</source>
        <translation>新序列号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim date</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim number</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault description</source>
        <translation>故障描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s request</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories received</source>
        <translation>收到的附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories missing</source>
        <translation>缺少的附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice present</source>
        <translation>有发票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty decision</source>
        <translation>保修判定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedies offered</source>
        <translation>可选处理方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who bears the cost</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision note</source>
        <translation>判定说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision details</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase price</source>
        <translation>购买价格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing accessories charge</source>
        <translation>缺少附件扣款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund method</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund note</source>
        <translation>退款备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded at</source>
        <translation>退款时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed back</source>
        <translation>已交回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the override</source>
        <translation>改判理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at</source>
        <translation>批准时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty tier</source>
        <translation>保修等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work order status</source>
        <translation>工单状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched at</source>
        <translation>派工时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause of the fault</source>
        <translation>故障原因类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>检测结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final decision</source>
        <translation>最终处理方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote: parts</source>
        <translation>报价：配件费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote: labour</source>
        <translation>报价：工时费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote: travel</source>
        <translation>报价：差旅费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote accepted</source>
        <translation>客户接受报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote answered at</source>
        <translation>报价答复时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required arrival time</source>
        <translation>要求到达时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set out at</source>
        <translation>出发时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival time</source>
        <translation>到达时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure time</source>
        <translation>离开时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called headquarters</source>
        <translation>已致电总部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late arrival</source>
        <translation>迟到</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Requisition</source>
        <translation>备料单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replaced by unit</source>
        <translation>换新产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement unit</source>
        <translation>更换用产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat of work order</source>
        <translation>重复维修的原工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fines signed for</source>
        <translation>签字所涵盖的罚款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demerits signed for</source>
        <translation>签字所涵盖的处分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fines on the sheet</source>
        <translation>表上罚款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff member complained about</source>
        <translation>被投诉员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched by</source>
        <translation>派工人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overridden by</source>
        <translation>改判人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied by</source>
        <translation>答复人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>录入人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by</source>
        <translation>核实人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>处理人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Technician on site</source>
        <translation>上门技术员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the conduct</source>
        <translation>行为发生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: fault cause</source>
        <translation>服务报告：故障原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: solution</source>
        <translation>服务报告：解决方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: customer&apos;s opinion</source>
        <translation>服务报告：客户意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: no parts used</source>
        <translation>服务报告：未用配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed at</source>
        <translation>完成时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>结单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for cancelling</source>
        <translation>取消原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received at</source>
        <translation>收到时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a visit</source>
        <translation>需要上门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied at</source>
        <translation>答复时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in on</source>
        <translation>填写日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall score</source>
        <translation>总体评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s comment</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part number</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged to</source>
        <translation>付费方</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compatible models</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear part</source>
        <translation>易损件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee price</source>
        <translation>收费标准价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices effective from</source>
        <translation>价格生效日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool check-in</source>
        <translation>工具入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity counted</source>
        <translation>盘点数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts added</source>
        <translation>新增配件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts changed</source>
        <translation>修改配件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts unchanged</source>
        <translation>未变配件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows rejected</source>
        <translation>被拒绝的行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models added</source>
        <translation>新增型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models changed</source>
        <translation>修改型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models unchanged</source>
        <translation>未变型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping</source>
        <translation>发运方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent cost difference</source>
        <translation>加急运费差额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted at</source>
        <translation>提交时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess over the quota</source>
        <translation>超出额度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantities received</source>
        <translation>到货数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval reference</source>
        <translation>批准文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped at</source>
        <translation>发运时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight out</source>
        <translation>去程运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight charged to the fund</source>
        <translation>基金承担运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight back</source>
        <translation>回程运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight back charged to the fund</source>
        <translation>计入服务基金的回程运费</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines reclassified</source>
        <translation>重新判定的行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed, not supplied</source>
        <translation>已结束未供货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing the rest</source>
        <translation>结束剩余原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defect found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged at</source>
        <translation>厂家签收时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s count</source>
        <translation>厂家清点数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines that differ</source>
        <translation>数量不符的明细</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%)</source>
        <translation>费率（%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry date</source>
        <translation>记账日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received via</source>
        <translation>投诉方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>收到日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>投诉内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>核实情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified at</source>
        <translation>核实时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the facts</source>
        <translation>事发日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus deduction</source>
        <translation>扣发奖金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the decision</source>
        <translation>处理理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at</source>
        <translation>处理时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines per occurrence</source>
        <translation>每次罚款金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus deduction for attitude</source>
        <translation>服务态度扣发奖金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return period (months)</source>
        <translation>退货期（月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange period (months)</source>
        <translation>换货期（月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free repair period (months)</source>
        <translation>免费维修期（月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long free repair period (months)</source>
        <translation>延长免费维修期（月）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories with the long repair period</source>
        <translation>适用延长维修期的类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead-on-arrival period (days)</source>
        <translation>开箱不良期（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early defect period (days)</source>
        <translation>早期故障期（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s warranty (months)</source>
        <translation>厂家保修期（月）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer or file</source>
        <translation>打印机或文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies</source>
        <translation>联次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label size</source>
        <translation>标签尺寸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures taken again</source>
        <translation>重新取数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff accounts</source>
        <translation>员工账户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product categories</source>
        <translation>产品类别数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product models</source>
        <translation>产品型号数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault categories</source>
        <translation>故障分类数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spare parts</source>
        <translation>配件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee schedules</source>
        <translation>收费标准数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty policy versions</source>
        <translation>保修政策版本数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund rates</source>
        <translation>服务基金费率数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movements</source>
        <translation>出入库流水数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product units</source>
        <translation>产品数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>理赔单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>来电数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work orders</source>
        <translation>维修工单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order events</source>
        <translation>工单事件数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts used on work orders</source>
        <translation>工单用料数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction surveys</source>
        <translation>满意度回访数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requisitions</source>
        <translation>备料单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittances</source>
        <translation>回款数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment records</source>
        <translation>考核记录数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns to the manufacturer</source>
        <translation>返厂申请数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre name</source>
        <translation>中心名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translation>中心地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre phone</source>
        <translation>中心电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-site cities (S2)</source>
        <translation>上门服务城市（S2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat-repair window (E16)</source>
        <translation>返修判定期（E16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords before locking</source>
        <translation>密码输错锁定次数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in lockout (minutes)</source>
        <translation>登录锁定时长（分钟）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lock (minutes)</source>
        <translation>闲置自动锁屏（分钟）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_table_model.py" line="+285"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-257"/>
        <location filename="../../desktop_app/gui/audit_table_model.py" line="+14"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_table_model.py" line="-183"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record no.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-16"/>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_table_model.py" line="+1"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/audit_viewer.py" line="+52"/>
        <source>any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim, work order, requisition, return, complaint or call number, a user name, part number, model or serial number, typed in full. For a record type without a number, choose the type and type its ID.</source>
        <translation>理赔单号、工单号、备料单号、返厂申请单号、投诉单号或来电单号，用户名、配件编号、产品型号或序列号，须输入完整。没有单号的记录类型：先选择记录类型，再输入其编号（ID）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untick for no limit.</source>
        <translation>不勾选即不限。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All record types</source>
        <translation>全部记录类型</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>More than {count} entries</source>
        <translation>超过 {count} 条</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entry</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.ui" line="+14"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Record type:</source>
        <translation>记录类型(&amp;R)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Number:</source>
        <translation>编号(&amp;I)：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_app/gui/backup_actions.py" line="+36"/>
        <source>&amp;Back up now…</source>
        <translation>立即备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest&amp;ore from a backup…</source>
        <translation>从备份恢复(&amp;O)…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+73"/>
        <location line="+16"/>
        <source>Backups</source>
        <translation>数据备份</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>This counter uses a shared PostgreSQL database: it is backed up on the server with pg_dump and restored with pg_restore (see the README).</source>
        <translation>本服务台使用共享的 PostgreSQL 数据库：请在服务器上用 pg_dump 备份、用 pg_restore 恢复（见使用说明）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+22"/>
        <source>Restore from a backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Service Counter databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>售后服务台数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the current data with the backup {file}?
Quit the program at every other counter first. The current database is kept beside it, and the program closes afterwards; start it again to continue.</source>
        <translation>用备份 {file} 替换当前数据吗？
请先在其他所有柜台退出程序。当前数据库会保留在旁边，恢复后程序将关闭；请再次启动程序继续工作。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring the backup {file}…</source>
        <translation>正在从备份 {file} 恢复…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup was restored. The previous database is kept as {file}. The program now closes.</source>
        <translation>备份已恢复。原数据库已保留为 {file}。程序现在关闭。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup written and checked: {file}</source>
        <translation>备份已写入并校验：{file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written and checked:
{path}</source>
        <translation>备份已写入并校验：
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The automatic backup failed; see Tools → Back up now.</source>
        <translation>自动备份失败；请使用“工具 → 立即备份”。</translation>
    </message>
</context>
<context>
    <name>CallRegisterDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/call_register_dialog.py" line="+86"/>
        <source>Call no.</source>
        <translation>来电编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>来电时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>来电人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by</source>
        <translation>接听人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim no.</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{time} replied late</source>
        <translation>{time} 逾期回复</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>{count} calls; type 3 or more letters or digits to search</source>
        <translation>共 {count} 条来电；至少输入 3 个字母或数字</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} match</source>
        <translation>找到 {count} 条</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} matches</source>
        <translation>找到 {count} 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} call</source>
        <translation>共 {count} 条来电</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} calls</source>
        <translation>共 {count} 条来电</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{time} overdue</source>
        <translation>{time} 已超时</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replied {time}: {note}</source>
        <translation>{time} 已答复：{note}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Select a call in the register first.</source>
        <translation>请先在登记表中选择一条来电。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Call {number} registered; reply due by {time} (S1).</source>
        <translation>来电 {number} 已登记，须在 {time} 前答复（S1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On-site work order {number} waits for dispatch.</source>
        <translation>上门工单 {number} 等待派工。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reply due by {time} (within 8 hours, S1)</source>
        <translation>须在 {time} 前答复（8 小时内，S1）</translation>
    </message>
    <message>
        <location filename="../../ui/call_register_dialog.ui" line="+14"/>
        <source>Call register</source>
        <translation>来电登记</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register a call</source>
        <translation>登记来电</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received:</source>
        <translation>收到时间：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Earlier, at:</source>
        <translation>此前收到(&amp;E)，时间：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fax, letter, e-mail or message that arrived before it is registered: the 8-hour reply clock runs from its arrival (S1). Unticked: now.</source>
        <translation>登记前已收到的传真、信函、电子邮件或留言：8 小时答复时限从收到时起算（S1）。不勾选：按现在。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Caller &amp;name:</source>
        <translation>来电人(&amp;N)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mobile, or landline with area code</source>
        <translation>手机号，或带区号的座机号</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Subject:</source>
        <translation>事由(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the call is about</source>
        <translation>来电咨询的内容</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Details:</source>
        <translation>详情(&amp;D)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On-site visit:</source>
        <translation>上门服务：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs a &amp;visit; arrive by:</source>
        <translation>需要上门(&amp;V)，到达时间：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates an on-site work order for the supervisor to dispatch (E1, S3)</source>
        <translation>生成上门工单，由主管派工（E1、S3）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;ity:</source>
        <translation>城市(&amp;I)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On file if known</source>
        <translation>已知客户自动带出</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On-site service only in the cities of the policy (S2)</source>
        <translation>仅在政策规定的城市提供上门服务（S2）</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Re&amp;gister call</source>
        <translation>登记来电(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the call with its 8-hour reply clock (S1)</source>
        <translation>保存来电并开始 8 小时答复计时（S1）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every call and letter is registered (E1, E19). Reply within 8 hours (S1); answer with the service information within 24 hours (S3).</source>
        <translation>每一个来电、来函都要登记（E1、E19）。8 小时内答复（S1），24 小时内给出服务信息（S3）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call no., caller, phone or subject</source>
        <translation>来电单号、来电人、电话或事由</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Overd&amp;ue replies only</source>
        <translation>只看超时未答复(&amp;U)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What the caller was told</source>
        <translation>答复来电人的内容</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mark replied</source>
        <translation>标记已答复(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the reply to the selected call (S1)</source>
        <translation>记录对所选来电的答复（S1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim no., e.g. SC-2026-000123</source>
        <translation>理赔单号，如 SC-2026-000123</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link to claim</source>
        <translation>关联理赔单(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link the selected call to a claim (E19)</source>
        <translation>将所选来电关联到理赔单（E19）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../desktop_app/gui/parts/catalogue_window.py" line="+47"/>
        <location filename="../../ui/parts_catalogue_window.ui" line="+14"/>
        <source>Parts catalogue</source>
        <translation>配件目录</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear part</source>
        <translation>易损件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>In force since {date}</source>
        <translation>自 {date} 起执行</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fee price</source>
        <translation>收费标准价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fee-schedule versions: {count}; the latest takes effect on {date}. Prices shown are those in force today.</source>
        <translation>收费标准版本：{count}；最新版本自 {date} 起执行。列表显示今天执行的价格。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fee schedule is published yet: parts have no prices.</source>
        <translation>尚未发布收费标准：配件还没有价格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts: {count}</source>
        <translation>配件：{count}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Part {part} saved.</source>
        <translation>配件 {part} 已保存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fee schedule effective {date} published; lines: {lines}.</source>
        <translation>自 {date} 起执行的收费标准已发布；行数：{lines}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the parts list</source>
        <translation>导入配件清单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parts lists (*.xlsx *.csv)</source>
        <translation>配件清单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the catalogue</source>
        <translation>导出配件目录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting to {file}…</source>
        <translation>正在导出到 {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts exported to {file}: {count}.</source>
        <translation>已导出到 {file} 的配件：{count}。</translation>
    </message>
    <message>
        <location filename="../../ui/parts_catalogue_window.ui" line="+8"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Part no., name, category or product model</source>
        <translation>配件编号、名称、类别或产品型号</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;New part…</source>
        <translation>新增配件(&amp;N)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit part…</source>
        <translation>编辑配件(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish &amp;fee schedule…</source>
        <translation>发布收费标准(&amp;F)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New prices for the selected parts from an effective date (D6); orders before it keep the old prices.</source>
        <translation>为所选配件设定自某一生效日起的新价格（D6）；此前的工单仍按原价。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manufacturer&apos;s parts list as XLSX or CSV (UTF-8 or GBK): preview first, then apply.</source>
        <translation>厂家的配件清单，XLSX 或 CSV（UTF-8 或 GBK）：先预览，再执行导入。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole catalogue with the prices in force today, in the import layout.</source>
        <translation>按导入格式导出全部配件及今天执行的价格。</translation>
    </message>
</context>
<context>
    <name>CatalogueWindowBase</name>
    <message>
        <location filename="../../desktop_app/gui/catalogue_window_base.py" line="+140"/>
        <source>Imported {file}: added {added}, changed {changed}.</source>
        <translation>已导入 {file}：新增 {added}，修改 {changed}。</translation>
    </message>
</context>
<context>
    <name>CentreSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/centre_settings_dialog.py" line="+40"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tel.</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Discard the changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre settings have not been saved. Close and lose the changes?</source>
        <translation>中心设置尚未保存。关闭并放弃所做的修改吗？</translation>
    </message>
    <message>
        <location filename="../../ui/centre_settings_dialog.ui" line="+14"/>
        <source>Centre settings</source>
        <translation>中心设置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letterhead (printed on every paper)</source>
        <translation>单据抬头（打印在每张单据上）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Centre &amp;name:</source>
        <translation>中心名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Shenzhen Xunlian Service Centre</source>
        <translation>例如：深圳讯联通信售后服务中心</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 0755-8632 1188</source>
        <translation>例如：0755-8632 1188</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Printed as:</source>
        <translation>打印效果：</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>On-site service cities (S2)</source>
        <translation>上门服务城市（S2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The intake desk offers an on-site visit only to customers in these cities; the first ones are offered first.</source>
        <translation>接待台只为这些城市的客户提供上门服务；排在前面的城市优先列出。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New &amp;city:</source>
        <translation>新城市(&amp;C)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Guangzhou</source>
        <translation>例如：广州</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Repeat repairs (E16)</source>
        <translation>返修判定（E16）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back again within this counts as a repeat repair:</source>
        <translation>在此期限内再次送修视为返修：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sign-in and lock</source>
        <translation>登录与锁屏</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrong passwords before locking:</source>
        <translation>密码输错几次后锁定账号：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account locked for:</source>
        <translation>账号锁定时长：</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source> minutes</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lock the screen when idle for:</source>
        <translation>闲置多久后自动锁屏：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>never by itself</source>
        <translation>不自动锁屏</translation>
    </message>
</context>
<context>
    <name>CentreSettingsMenu</name>
    <message>
        <location filename="../../desktop_app/gui/centre_settings_menu.py" line="+29"/>
        <source>&amp;Centre settings…</source>
        <translation>中心设置(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letterhead, on-site cities, repeat-repair window and sign-in locks</source>
        <translation>单据抬头、上门服务城市、返修判定期和登录锁定</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Centre settings saved.</source>
        <translation>中心设置已保存。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/change_password_dialog.py" line="+27"/>
        <source>New password for {name} ({username}).</source>
        <translation>为 {name}（{username}）设置新密码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {n} characters.</source>
        <translation>至少 {n} 个字符。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/change_password_dialog.ui" line="+14"/>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="+30"/>
        <source>&amp;Current password:</source>
        <translation>当前密码(&amp;C)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Repeat new password:</source>
        <translation>重复新密码(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/conflict_text.py" line="+27"/>
        <source>This order was cancelled by {who} ({time}).</source>
        <translation>该工单已被 {who} 取消（{time}）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order was moved to “{state}” by {who} ({time}).</source>
        <translation>该工单已被 {who} 改为“{state}”（{time}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order was changed by {who} ({time}); it is still “{state}”.</source>
        <translation>该工单已被 {who} 修改（{time}），仍为“{state}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another counter saved this order at the same moment; it is now “{state}”.</source>
        <translation>其他柜台同时保存了该工单，现为“{state}”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved; what you typed is kept: check it and save again.</source>
        <translation>本次未保存；您输入的内容已保留，请核对后再次保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation>本次未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>ClaimCorrectionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/claim_correction_dialog.py" line="+90"/>
        <source>Claim {number} of {day}, taken in by {operator} · {status} · work orders: {orders}</source>
        <translation>受理单 {number}（{day}，受理人 {operator}）· {status} · 维修单：{orders}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>As chosen at intake (or the best offered)</source>
        <translation>按受理时的选择（或最优方式）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct claim {number}</source>
        <translation>更正受理单 {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct what was taken in wrongly. The customer&apos;s details are changed on every claim of this customer. A changed sale date, invoice or serial judges the warranty again (W1-W11).</source>
        <translation>更正受理时登记错误的信息。客户资料的修改对该客户的所有受理单生效；销售日期、发票或序列号改动后将重新判定保修（W1-W11）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the claim is corrected (kept in the audit log)</source>
        <translation>更正原因（记入操作日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save correction</source>
        <translation>保存更正(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw claim {number}</source>
        <translation>撤销受理 {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claim is cancelled, and its open work orders with it. It stays in the list under &quot;Cancelled&quot;.</source>
        <translation>撤销后受理单及其未完成的维修单一并取消，受理单仍可在“已取消”中查到。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the claim is withdrawn (kept in the audit log)</source>
        <translation>撤销受理的原因（记入操作日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw claim</source>
        <translation>撤销受理(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim {number}</source>
        <translation>受理单 {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/claim_correction_dialog.ui" line="+485"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>{chosen}; offered: {offered}</source>
        <translation>{chosen}；可选：{offered}</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by this correction: {decision}</source>
        <translation>更正后判定改为：{decision}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The warranty decision changes with this correction: check it above, then save again.</source>
        <translation>此更正会改变保修判定：请核对上方的新判定，确认后再次保存。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Phone number already registered</source>
        <translation>电话号码已登记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person: move the claim to that customer</source>
        <translation>同一人：转到该客户名下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Different person: keep a separate customer</source>
        <translation>不同的人：保留为另一位客户</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard what was typed?</source>
        <translation>放弃已填写的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The correction has not been saved. Close and lose it?</source>
        <translation>更正尚未保存。关闭并放弃吗？</translation>
    </message>
    <message>
        <location filename="../../ui/claim_correction_dialog.ui" line="-471"/>
        <source>Correct the claim</source>
        <translation>更正受理信息</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Customer &amp;name:</source>
        <translation>客户名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The person, or the company&apos;s name</source>
        <translation>个人姓名或单位名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ontact person:</source>
        <translation>联系人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a company: the person to talk to</source>
        <translation>单位客户的联系人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An 11-digit mobile, a landline with area code, or a 400/800 number</source>
        <translation>11 位手机号、带区号的固定电话或 400/800 电话</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Second p&amp;hone:</source>
        <translation>备用电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another number the customer can be reached at (optional)</source>
        <translation>客户的其他联系电话（选填）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cit&amp;y:</source>
        <translation>城市(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer&apos;s city (on-site service only in the listed cities, S2)</source>
        <translation>客户所在城市（仅在规定城市提供上门服务，S2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;ddress:</source>
        <translation>地址(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer&apos;s address</source>
        <translation>客户地址</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seria&amp;l no.:</source>
        <translation>序列号(&amp;L)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The serial on the unit&apos;s label; a serial already on record points the claim at that unit</source>
        <translation>设备铭牌上的序列号；如该序列号已有登记，受理单将改为该设备</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer showed the purchase invoice (W10): return and exchange are offered only with it</source>
        <translation>客户出示了购机发票（W10）：有发票才可退货、换货</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Invoice present</source>
        <translation>有发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sale da&amp;te:</source>
        <translation>销售日期(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sale date on the invoice, e.g. 2026-03-18 (W1)</source>
        <translation>发票上的销售日期，如 2026-03-18（W1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In&amp;voice no.:</source>
        <translation>发票号(&amp;V)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The purchase invoice&apos;s number</source>
        <translation>购机发票号码</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Fault:</source>
        <translation>故障描述(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fault as the customer describes it</source>
        <translation>客户描述的故障现象</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Accessories:</source>
        <translation>随机附件(&amp;A)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick the accessories handed over (Space ticks); those not ticked are missing (W2)</source>
        <translation>勾选客户交来的附件（空格键勾选）；未勾选的视为缺少（W2）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Remedy chosen:</source>
        <translation>客户选择(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the customer chooses among the remedies the warranty offers (W2-W5)</source>
        <translation>客户在保修可选的处理方式中的选择（W2-W5）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warranty decision:</source>
        <translation>保修判定：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>R&amp;eason:</source>
        <translation>原因(&amp;E)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the claim is corrected or withdrawn: kept in the audit log</source>
        <translation>更正或撤销受理的原因，记入操作日志</translation>
    </message>
</context>
<context>
    <name>ClaimFilterBar</name>
    <message>
        <location filename="../../desktop_app/gui/intake/claim_filters.py" line="+27"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
</context>
<context>
    <name>ClaimLabels</name>
    <message>
        <location filename="../../desktop_app/gui/printing/label_printing.py" line="+56"/>
        <source>Print la&amp;bel</source>
        <translation>打印标签(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the unit label of the selected claim, to stick on the unit</source>
        <translation>打印所选理赔单的维修标签，贴在机器上</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/claims_tab.py" line="+82"/>
        <source>Claim intake</source>
        <translation>理赔受理</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No claims match the filters. Clear the filters to see every claim.</source>
        <translation>没有符合筛选条件的理赔。清除筛选即可看到全部理赔。</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+179"/>
        <source>Work order {number}: open it in the work orders tab.</source>
        <translation>工单 {number}：请在“维修工单”页中打开。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Return {number} completed: the claim is closed.</source>
        <translation>退货 {number} 已完成，理赔已结案。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim {number} settled: {decision}, {status}.</source>
        <translation>理赔 {number} 已协商处理：{decision}，{status}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order {number} waits for dispatch.</source>
        <translation>工单 {number} 等待派工。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claim {number} corrected.</source>
        <translation>受理单 {number} 已更正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warranty decision is now: {decision}. Print the receipt again for the customer.</source>
        <translation>保修判定已改为：{decision}。请为客户重新打印受理单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim {number} withdrawn.</source>
        <translation>受理单 {number} 已撤销受理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work orders cancelled with it: {orders}.</source>
        <translation>一并取消的维修单：{orders}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returns awaiting &amp;approval ({count})</source>
        <translation>待审批退货(&amp;A)（{count}）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Correct the selected claim&apos;s customer, unit, fault or accessories as taken in (or double-click the claim)</source>
        <translation>更正所选受理单登记的客户、设备、故障或附件信息（或双击该受理单）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw the selected claim with a reason: it and its open work orders are cancelled</source>
        <translation>撤销所选受理单（须填写原因）：受理单及其未完成的维修单一并取消</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{number} · {customer} {phone} · {model} {serial} · {status} · work order: {order}
Fault: {fault}</source>
        <translation>{number} · {customer} {phone} · {model} {serial} · {status} · 工单：{order}
故障：{fault}</translation>
    </message>
    <message>
        <location filename="../../ui/claims_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a phone number, serial number, name or claim number; scan a label and the record opens.</source>
        <translation>输入电话、序列号、姓名或理赔单号；扫描条码即可直接打开记录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim no., customer, phone or serial number</source>
        <translation>理赔单号、客户、电话或序列号</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take in a new claim (Ctrl+N)</source>
        <translation>受理新的理赔（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New claim</source>
        <translation>新建理赔(&amp;N)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register a consultation call and see the replies due (Ctrl+R)</source>
        <translation>登记咨询来电，查看待答复的来电（Ctrl+R）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call &amp;register</source>
        <translation>来电登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Returns waiting for the general manager&apos;s approval (W9)</source>
        <translation>等待总经理批准的退货（W9）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the service receipt of the selected claim again (or Enter on the claim)</source>
        <translation>重新打印所选受理单（或在受理单上按回车）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print recei&amp;pt</source>
        <translation>打印受理单(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record how the negotiation of the selected escalated claim ended (W8)</source>
        <translation>记录所选协商理赔的协商结果（W8）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settle ne&amp;gotiation…</source>
        <translation>协商处理(&amp;G)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The refund for the selected approved return was made: close the claim (W9)</source>
        <translation>所选退货已批准并已退款：结案（W9）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complete return…</source>
        <translation>完成退货(&amp;C)…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Customers and units found; Enter takes in a new claim for the chosen one.</source>
        <translation>找到的客户和产品；按回车为所选项受理新的理赔。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date fro&amp;m</source>
        <translation>日期自(&amp;M)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Claims still open a day after intake: the 24-hour answer is late (S3)</source>
        <translation>受理一天后仍未处理的理赔：24 小时答复已超时（S3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over&amp;due only</source>
        <translation>只看超时(&amp;D)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Corr&amp;ect claim…</source>
        <translation>更正受理信息(&amp;E)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Withdraw claim…</source>
        <translation>撤销受理(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/complaint_form.py" line="+82"/>
        <source>— nobody in particular —</source>
        <translation>— 不针对具体人员 —</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>— choose the model —</source>
        <translation>— 请选择型号 —</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} (former staff)</source>
        <translation>{name}（已离职）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Customer on record: {name}. The complaint is linked to them and keeps this phone for the answer.</source>
        <translation>客户档案中的客户：{name}。投诉将关联到该客户，并保存此号码用于答复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No single customer on record has this phone: the complaint keeps it for the answer, linked to no customer.</source>
        <translation>客户档案中没有唯一对应此号码的客户：投诉不关联客户，但保存此号码用于答复。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If upheld: a major demerit for the person (E21).</source>
        <translation>若核实成立：当事人记大过（E21）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If upheld: criticism and the bonus deduction of the rule set in force (E3).</source>
        <translation>若核实成立：批评，并按现行考核制度扣发奖金（E3）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded against the product model and reported in the improvement report (E6).</source>
        <translation>记录在该产品型号下，并列入改进报告（E6）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded and reported; nothing is held against anyone (E5).</source>
        <translation>记录并上报，不追究个人责任（E5）。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_complaint_form.ui" line="+14"/>
        <source>Register a complaint</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Received &amp;by:</source>
        <translation>受理方式(&amp;B)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received &amp;on:</source>
        <translation>受理日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;From whom:</source>
        <translation>投诉人(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer name or company, as they gave it</source>
        <translation>客户姓名或单位名称（按对方所述）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>P&amp;hone:</source>
        <translation>联系电话(&amp;H)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the answer reaches them (E3, E5)</source>
        <translation>答复投诉时用的电话（E3、E5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The complainant&apos;s phone, kept with the complaint for the answer. A customer on record with this number is also linked to the complaint.</source>
        <translation>投诉人的联系电话，随投诉保存，用于答复。客户档案中有此号码的客户也会关联到该投诉。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;About:</source>
        <translation>被投诉人(&amp;A)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Work order no.:</source>
        <translation>工单号(&amp;W)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional: the order the complaint is about</source>
        <translation>可选：投诉涉及的工单</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Product model:</source>
        <translation>产品型号(&amp;P)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Description:</source>
        <translation>投诉内容(&amp;D)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer says happened</source>
        <translation>客户所述经过</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Register</source>
        <translation>登记(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/complaints_dialog.py" line="+45"/>
        <source>Complaints {month}</source>
        <translation>投诉 {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints received in {month}, and every complaint still awaiting verification.</source>
        <translation>{month} 受理的投诉，以及所有尚待核实的投诉。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>受理日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>投诉人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>被投诉人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No complaints this month, and none awaiting verification.</source>
        <translation>本月没有投诉，也没有待核实的投诉。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recorded, nothing held against anyone</source>
        <translation>已记录，不追究个人责任</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a complaint in the list.</source>
        <translation>请在列表中选择一条投诉。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} (phone {phone}): {description}</source>
        <translation>{number}（联系电话 {phone}）：{description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number}: {description}</source>
        <translation>{number}：{description}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awaiting verification.</source>
        <translation>待核实。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}: {outcome}</source>
        <translation>{status}：{outcome}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Complaint {number} registered; it awaits verification.</source>
        <translation>投诉 {number} 已登记，等待核实。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{number} upheld: {outcome}.</source>
        <translation>{number} 核实成立：{outcome}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} upheld; recorded and reported, nothing held against anyone.</source>
        <translation>{number} 核实成立；已记录上报，不追究个人责任。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} dismissed.</source>
        <translation>{number} 核实不成立。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_complaints_dialog.ui" line="+14"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Register complaint…</source>
        <translation>登记投诉(&amp;R)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Verification by the supervisor</source>
        <translation>主管核实</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Findings:</source>
        <translation>核实情况(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the verification found: who was heard, what was checked</source>
        <translation>核实结果：询问了谁、查证了什么</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Upheld</source>
        <translation>成立(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The complaint is true; E21 kinds become a major demerit, attitude criticism (E3)</source>
        <translation>投诉属实；E21 所列情形记大过，服务态度问题予以批评（E3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dismissed</source>
        <translation>不成立(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The complaint is not borne out; nothing is held against anyone</source>
        <translation>投诉不属实，不追究任何人</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>CustomerResults</name>
    <message>
        <location filename="../../desktop_app/gui/intake/customer_results.py" line="+36"/>
        <source>{company} (contact: {person})</source>
        <translation>{company}（联系人：{person}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sold {date}</source>
        <translation>{date} 售出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice {number}</source>
        <translation>发票 {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} more units not listed: type or scan the serial</source>
        <translation>另有 {count} 台设备未列出：输入或扫描序列号查找</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../desktop_app/gui/intake/decision_panel.py" line="+25"/>
        <source>Return period (W2)</source>
        <translation>退货期（W2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange period (W3)</source>
        <translation>换货期（W3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free-repair period (W4)</source>
        <translation>免费保修期（W4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid repair (W5)</source>
        <translation>收费维修（W5）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No decision yet</source>
        <translation>尚无判定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product model and enter the sale date from the invoice (or untick &quot;Invoice present&quot;).</source>
        <translation>请选择产品型号，并填写发票上的销售日期（或取消勾选“有发票”）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Escalated: negotiated outcome (W8), note to be written</source>
        <translation>已上报：协商处理（W8，待填写说明）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated: negotiated outcome (W8)</source>
        <translation>已上报：协商处理（W8）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tier}, overridden to {remedy} (W10)</source>
        <translation>{tier}，已改判为{remedy}（W10）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy version {version} (W12).</source>
        <translation>保修政策第 {version} 版（W12）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisional until diagnosis: user damage makes it a paid repair (W11).</source>
        <translation>检测前为暂定结论：如属人为损坏则改为收费维修（W11）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This serial number is on record.</source>
        <translation>该序列号已有档案。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing: the customer pays the repair</source>
        <translation>无：维修费用由客户承担</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{remedy} (best)</source>
        <translation>{remedy}（最优）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair cost only: parts at the fee schedule&apos;s cost (W5)</source>
        <translation>只收维修成本：配件按收费标准的成本价（W5）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing, charged at cost (W2): {items}</source>
        <translation>缺少的附件按成本价收费（W2）：{items}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing (no charge for a repair): {items}</source>
        <translation>缺少附件（维修不收费）：{items}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Override by a supervisor: {reason} (W10)</source>
        <translation>主管改判：{reason}（W10）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiation note: still to be written (W8)</source>
        <translation>协商说明：待填写（W8）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiation note: {note} (W8)</source>
        <translation>协商说明：{note}（W8）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None needed</source>
        <translation>无需审批</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>return {date}</source>
        <translation>退货至 {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange {date}</source>
        <translation>换货至 {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free repair {date}</source>
        <translation>免费维修至 {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>registered sale {date} (W10)</source>
        <translation>登记销售日期 {date}（W10）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale date: paid repair (W10)</source>
        <translation>无销售日期：收费维修（W10）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} (within 8 hours)</source>
        <translation>{time}（8 小时内）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} (within 24 hours)</source>
        <translation>{time}（24 小时内）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the city. On-site cities: {cities}</source>
        <translation>请填写城市。可上门服务的城市：{cities}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes: {city} has on-site support</source>
        <translation>是：{city}可上门服务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: remote support for {city} (phone, fax, e-mail, QQ, website)</source>
        <translation>否：{city}提供远程支持（电话、传真、电子邮件、QQ、网站）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision_panel.ui" line="+29"/>
        <source>Warranty decision</source>
        <translation>保修判定</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>May choose:</source>
        <translation>可选方案：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Free:</source>
        <translation>免费：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Charged:</source>
        <translation>收费：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cost borne by:</source>
        <translation>费用承担：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Approval:</source>
        <translation>审批：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Periods end:</source>
        <translation>期限截止：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rules cited:</source>
        <translation>依据条款：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Service clocks</source>
        <translation>服务时限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply by (S1):</source>
        <translation>答复期限（S1）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Answer by (S3):</source>
        <translation>服务信息期限（S3）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On site (S2):</source>
        <translation>上门服务（S2）：</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../../ui/work_order_diagnosis_dialog.ui" line="+14"/>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Fault category:</source>
        <translation>故障类别(&amp;F)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Cause:</source>
        <translation>原因(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User damage (drop, liquid, wrong power, opened by a third party) is not a quality problem: it makes the order a paid repair whatever the date (W11).</source>
        <translation>人为损坏（摔落、进液、电源错误、第三方拆机）不属于质量问题：无论购买日期，均按收费维修处理（W11）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;indings:</source>
        <translation>检测结果(&amp;I)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was found, e.g. C12 capacitor bulging</source>
        <translation>检测发现，例如：C12 电容鼓包</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>At intake:</source>
        <translation>受理时：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>After diagnosis:</source>
        <translation>检测后：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cost borne by:</source>
        <translation>费用承担：</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&amp;Save diagnosis</source>
        <translation>保存诊断(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and judge the warranty again (Ctrl+S)</source>
        <translation>保存并重新判定保修（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/diagnosis_dialog.py" line="+45"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Diagnosis saved</source>
        <translation>诊断已保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No claim: nothing to judge</source>
        <translation>无理赔单：无需判定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The warranty tier changed from {old} to {new}: tell the customer before going on (W11).</source>
        <translation>保修等级已由{old}变为{new}：继续维修前请告知客户（W11）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat repair (E16): the same fault on this unit was repaired under {number}; it counts against that order&apos;s technician.</source>
        <translation>重复维修（E16）：本机同一故障曾在工单 {number} 修过，计入该单技术员名下。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosis saved: {remedy}.</source>
        <translation>诊断已保存：{remedy}。</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/gui/printing/preview_dialog.py" line="+54"/>
        <source>Print preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n 页</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the preview…</source>
        <translation>正在准备预览…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>已发送到打印机：%n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview_dialog.ui" line="+14"/>
        <source>Print preview</source>
        <translation>打印预览</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>选择打印机并打印 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>将文档保存为 PDF 文件 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller (Ctrl+-)</source>
        <translation>缩小 (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger (Ctrl++)</source>
        <translation>放大 (Ctrl++)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Whole page</source>
        <translation>整页(&amp;W)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole page (Ctrl+0)</source>
        <translation>显示整页 (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>DropWaitingDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/drop_waiting_dialog.py" line="+34"/>
        <source>{part} {name} ×{quantity} (paid by: {payer})</source>
        <translation>{part} {name} ×{quantity}（付费方：{payer}）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts waiting for stock on this order: {count}.</source>
        <translation>本工单待到货的配件：{count} 项。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{part} ×{quantity} no longer waits on this order.</source>
        <translation>{part} ×{quantity} 已取消等待，不再挂在本工单上。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requisition line is not changed: {requisitions} still orders it, and what arrives goes into stock (D8).</source>
        <translation>备料单明细不作改动：{requisitions} 仍在订购该配件，到货后入库备用（D8）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else waits: the repair goes on.</source>
        <translation>已无其他待料配件：继续维修。</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_drop_waiting_dialog.ui" line="+14"/>
        <source>Drop a waiting part</source>
        <translation>取消等待的备件</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Part:</source>
        <translation>配件(&amp;P)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order&apos;s part lines still waiting for stock</source>
        <translation>本工单仍在等待到货的配件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why it is no longer needed, e.g. not the fault, the customer declined the wear part</source>
        <translation>为何不再需要，例如并非故障所在、客户不要该易损件</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The line leaves the order and no longer counts towards the next requisition. A requisition already made is not changed: what arrives goes into stock (D8). When no other part waits, the repair goes on.</source>
        <translation>该配件行从工单中移除，不再计入下一张备料单。已开出的备料单不作改动：到货后入库备用（D8）。若已无其他待料配件，工单转为维修中。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Drop part</source>
        <translation>取消备件(&amp;D)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/edit_user_dialog.py" line="+31"/>
        <source>{username}: the same account keeps the person&apos;s history (evaluation, fines, complaints, signed rule sets, audit trail).</source>
        <translation>{username}：账户不变，此人的历史（考核、罚款、投诉、已签收的规章、审计记录）全部保留。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You cannot change your own role while signed in.</source>
        <translation>登录期间不能更改自己的角色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone signed in now gets the new role when they next sign in.</source>
        <translation>若此人正在登录，新角色在其下次登录后生效。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/edit_user_dialog.ui" line="+14"/>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/core/warranty.py" line="+234"/>
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
        <location filename="../../desktop_app/db/opening.py" line="+69"/>
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
        <location filename="../../desktop_app/gui/error_display.py" line="+26"/>
        <source>An internal error occurred. Nothing more was saved. The details were written to the log; please tell your supervisor.</source>
        <translation>程序内部出错，未再保存任何内容。详细信息已写入日志，请告知主管。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service Counter</source>
        <translation>售后服务台</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/accounts.py" line="+49"/>
        <source>Enter a user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name must be one word of at most 50 characters.</source>
        <translation>用户名须为一个不含空格的词，最多 50 个字符。</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <location line="+33"/>
        <source>You cannot deactivate your own account.</source>
        <translation>不能停用自己的账户。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is the only active general manager and cannot be deactivated.</source>
        <translation>{name} 是唯一启用的总经理，不能停用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../desktop_app/services/report_documents.py" line="+135"/>
        <source>There is no user “{username}”.</source>
        <translation>没有用户“{username}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/authorization.py" line="+16"/>
        <source>You are not allowed to do this: it needs the permission “{permission}”.</source>
        <translation>您无权执行此操作：需要“{permission}”权限。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/parts.py" line="+51"/>
        <location filename="../../desktop_app/commands/warranty.py" line="+69"/>
        <source>{option}: “{value}” is not a date like 2026-03-31.</source>
        <translation>{option}：“{value}”不是形如 2026-03-31 的日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/warranty.py" line="+20"/>
        <source>Unknown product category “{value}”; use one of: {known}.</source>
        <translation>未知的产品类别“{value}”；请使用以下之一：{known}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sold is required unless --no-invoice is given.</source>
        <translation>除非指定 --no-invoice，否则必须给出 --sold（销售日期）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/phone_numbers.py" line="+32"/>
        <source>Enter a phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” holds more than one number: enter one phone number.</source>
        <translation>“{value}”包含多个号码：请只填写一个电话号码。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” is not a phone number: enter an 11-digit mobile, a landline with area code (0755-26781234, with extension 0755-26781234-801) or a 400/800 number.</source>
        <translation>“{value}”不是电话号码：请填写11位手机号、带区号的固定电话（如0755-26781234，有分机写作0755-26781234-801）或400/800号码。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claims.py" line="+282"/>
        <location filename="../../desktop_app/services/product_catalogue.py" line="+326"/>
        <source>There is no product model “{model}”.</source>
        <translation>没有产品型号“{model}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_corrections.py" line="+222"/>
        <source>Nothing was changed: correct a field, or close the window.</source>
        <translation>没有任何改动：请更正相应栏目，或关闭窗口。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give the reason for withdrawing the claim.</source>
        <translation>请填写撤销受理的原因。</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../../desktop_app/services/claims.py" line="-156"/>
        <source>The customer cannot choose this remedy under the warranty.</source>
        <translation>按保修政策，客户不能选择此处理方式。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_correction_rules.py" line="+32"/>
        <source>This claim no longer exists.</source>
        <translation>该受理单已不存在。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Claim {number} is completed: it can no longer be withdrawn.</source>
        <translation>受理单 {number} 已结案，不能再撤销受理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim {number} is completed: it can no longer be corrected.</source>
        <translation>受理单 {number} 已结案，不能再更正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim {number} is cancelled: it can no longer be withdrawn.</source>
        <translation>受理单 {number} 已取消，不能再撤销受理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim {number} is cancelled: it can no longer be corrected.</source>
        <translation>受理单 {number} 已取消，不能再更正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work order {order} is already repaired or finished: claim {number} can no longer be withdrawn. Close the order when the unit is handed back.</source>
        <translation>维修单 {order} 已修复或已完成，受理单 {number} 不能再撤销受理。请在交还设备时结束该维修单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order {order} is already repaired or finished: claim {number} can no longer be corrected.</source>
        <translation>维修单 {order} 已修复或已完成，受理单 {number} 不能再更正。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the operator who took claim {number} in, a supervisor or the general manager may correct it.</source>
        <translation>受理单 {number} 只能由受理该单的前台、主管或总经理更正。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the operator who took claim {number} in, on the day it was taken in, a supervisor or the general manager may withdraw it.</source>
        <translation>受理单 {number} 只能由受理该单的前台在受理当天撤销，或由主管、总经理撤销。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts were issued to work order {order} (D9): the claim can no longer be withdrawn.</source>
        <translation>维修单 {order} 已领用配件（D9），不能再撤销受理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The decision of this claim was agreed in a negotiation (W8) or approved as a return (W9): a correction may not change it. Withdraw the claim and take it in again.</source>
        <translation>该受理单的处理方式已协商确定（W8）或退货已批准（W9），更正不能改变保修判定。请撤销受理后重新受理。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The correction would change the remedy between a return or negotiation and repair work: withdraw the claim and take it in again.</source>
        <translation>此更正会使处理方式在退货/协商与维修之间改变，请撤销受理后重新受理。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The correction changes the warranty decision, and work order {order} is past diagnosis or has parts issued: only a supervisor or the general manager may make it.</source>
        <translation>此更正会改变保修判定，而维修单 {order} 已检测完毕或已领用配件，只能由主管或总经理更正。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_units.py" line="+33"/>
        <source>Claim {number} is on a return application to the manufacturer (D15): its serial can no longer be corrected.</source>
        <translation>受理单 {number} 已列入返厂申请（D15），序列号不能再更正。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Serial {serial} is the unit of another customer ({name}): check the label. If the unit changed hands, withdraw this claim and take it in again.</source>
        <translation>序列号 {serial} 是另一位客户（{name}）的设备，请核对铭牌。如设备确已转手，请撤销受理后重新受理。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claims.py" line="+60"/>
        <source>Give the reason for refusing the return.</source>
        <translation>请写明拒绝退货的理由。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This claim is not waiting for approval.</source>
        <translation>此理赔不在待批准状态。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This claim is not an approved return.</source>
        <translation>此理赔不是已批准的退货。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sla.py" line="+32"/>
        <source>Enter the customer&apos;s city: on-site service depends on it (S2).</source>
        <translation>请填写客户所在城市：能否上门服务取决于城市（S2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On-site service is offered in {cities}; for {city} we help by phone, fax, e-mail, QQ or the website (S2).</source>
        <translation>上门服务仅限{cities}；{city}的客户请通过电话、传真、电子邮件、QQ或网站获得支持（S2）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_units.py" line="-4"/>
        <location filename="../../desktop_app/services/claims.py" line="+76"/>
        <source>Serial {serial} belongs to another product model.</source>
        <translation>序列号 {serial} 属于另一个产品型号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claims.py" line="+60"/>
        <location filename="../../desktop_app/services/intake_forms.py" line="+79"/>
        <source>Enter the date and time the customer asked the technician to arrive (S3).</source>
        <translation>请填写客户要求技术员到达的日期和时间（S3）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake_forms.py" line="+46"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product model.</source>
        <translation>请选择产品型号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date {date} is in the future.</source>
        <translation>日期 {date} 在今天之后。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/field_checks.py" line="+42"/>
        <location line="+58"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/product_rows.py" line="+83"/>
        <location line="+127"/>
        <location filename="../../desktop_app/services/field_checks.py" line="-54"/>
        <source>Shorten this entry to at most {n} characters.</source>
        <translation>请缩短到不超过 {n} 个字符。</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Enter the product model.</source>
        <translation>请填写产品型号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the product name.</source>
        <translation>请填写产品名称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the category code.</source>
        <translation>请填写类别代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category code “{code}” may hold only letters, digits, “-” and “_”.</source>
        <translation>类别代码“{code}”只能包含字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the category&apos;s Chinese name.</source>
        <translation>请填写类别的中文名称。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The accessory “{name}” is longer than {n} characters: give its short name.</source>
        <translation>随机附件“{name}”超过 {n} 个字，请写简称。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List at most {n} accessories.</source>
        <translation>随机附件最多列 {n} 项。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>model {model} repeats row {first}</source>
        <translation>型号 {model} 与第 {first} 行重复</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the category is missing</source>
        <translation>缺少类别</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+44"/>
        <location line="+87"/>
        <location filename="../../desktop_app/services/field_checks.py" line="+3"/>
        <location filename="../../desktop_app/services/settings.py" line="+60"/>
        <source>Remove the control characters from this entry.</source>
        <translation>请删除其中的控制字符。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/field_checks.py" line="+10"/>
        <source>Enter an amount.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/assessment.py" line="+54"/>
        <source>The rule set names an unknown fine “{reason}”.</source>
        <translation>考核制度中有未知的罚款项目“{reason}”。</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <location filename="../../desktop_app/services/field_checks.py" line="+5"/>
        <source>Enter an amount in yuan with at most two decimals.</source>
        <translation>请填写以元为单位、最多两位小数的金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/services/field_checks.py" line="+3"/>
        <source>The amount cannot be less than {minimum}.</source>
        <translation>金额不能小于 {minimum}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/field_checks.py" line="+8"/>
        <source>Enter a whole number.</source>
        <translation>请填写整数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>请填写 {low} 到 {high} 之间的数。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="+52"/>
        <source>Enter a date.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a date from {earliest} to {latest}.</source>
        <translation>请填写 {earliest} 到 {latest} 之间的日期。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This entry no longer exists; choose again.</source>
        <translation>该项已不存在，请重新选择。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake_forms.py" line="-3"/>
        <source>Enter the serial number, or tick &quot;Serial unknown&quot;.</source>
        <translation>请输入序列号，或勾选“序列号不详”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the sale date on the invoice, or untick &quot;Invoice present&quot;.</source>
        <translation>请输入发票上的销售日期，或取消勾选“有发票”。</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location filename="../../desktop_app/services/calls.py" line="+94"/>
        <source>Enter the caller&apos;s name.</source>
        <translation>请输入来电人姓名。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter what the call is about.</source>
        <translation>请输入来电事由。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../desktop_app/services/claims.py" line="+5"/>
        <location filename="../../desktop_app/services/intake_forms.py" line="-66"/>
        <source>The requested arrival time has already passed.</source>
        <translation>要求的到达时间已经过去。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Note what the caller was told.</source>
        <translation>请记录答复来电人的内容。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This call no longer exists.</source>
        <translation>此来电记录已不存在。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../desktop_app/services/manufacturer_returns.py" line="+228"/>
        <location filename="../../desktop_app/services/receipts.py" line="+142"/>
        <location filename="../../desktop_app/services/return_details.py" line="+163"/>
        <source>There is no claim “{number}”.</source>
        <translation>没有理赔单“{number}”。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The time the request arrived cannot be later than now.</source>
        <translation>收到时间不能晚于现在。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time the request arrived is more than 30 days ago: check the date.</source>
        <translation>收到时间早于 30 天前，请核对日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/surveys.py" line="+19"/>
        <source>Unknown survey question {code}.</source>
        <translation>未知的调查项目 {code}。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/gui/surveys/survey_entry_dialog.py" line="+26"/>
        <source>Give every question a score from 1 to 5.</source>
        <translation>每一项都请打 1 到 5 分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A score of 2 or lower needs the customer&apos;s comment.</source>
        <translation>有 2 分及以下的评分时，必须填写客户意见。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/work_order_flow.py" line="+75"/>
        <source>A work order cannot go from “{source}” to “{target}”.</source>
        <translation>工单不能从“{source}”转到“{target}”。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This work order has not been dispatched yet: dispatch it instead.</source>
        <translation>此工单尚未派工，请直接派工。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an order still being worked on (dispatched, diagnosing, waiting for the customer&apos;s answer or for parts, repairing) can be handed to another technician.</source>
        <translation>只有仍在处理中的工单（已派工、检测中、待客户确认报价、待料、维修中）才能改派给其他技术员。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fault cause</source>
        <translation>故障原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solution</source>
        <translation>解决方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced parts</source>
        <translation>更换配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer&apos;s opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/intake/field_errors.py" line="+22"/>
        <source>Enter the date as YYYY-MM-DD, e.g. 2026-03-18.</source>
        <translation>请按 年-月-日 格式填写日期，如 2026-03-18。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} is not a valid date.</source>
        <translation>{date} 不是有效日期。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requisitions.py" line="+95"/>
        <source>Enter the urgent shipping cost difference (charged to the centre, D8).</source>
        <translation>请填写加急运费差额（由服务中心承担，D8）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/bench_charges.py" line="+52"/>
        <location filename="../../desktop_app/services/requisitions.py" line="+20"/>
        <source>Part {part} has no price in the fee schedule.</source>
        <translation>配件 {part} 在维修收费标准中没有价格。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{parts}: wear parts are not covered by a free remedy and the customer pays them at cost (W3, W6). Issue them with the customer&apos;s consent, or drop the waiting line if the customer does not want them.</source>
        <translation>{parts}：易损件不在免费处理范围内，须由客户按成本价支付（W3、W6）。请在客户同意后领用；客户不要的，请取消等待的备件。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{parts}: not listed for the {model} in the parts catalogue. Say why this part is fitted, or choose one listed for this model.</source>
        <translation>{parts}：配件目录中未列为适用 {model}。请说明使用原因，或改选适用本机型号的配件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requisitions.py" line="+65"/>
        <source>More arrived of {part} than was ordered, or it is not on this requisition.</source>
        <translation>{part} 的到货数量超过了备料数量，或该配件不在此备料单上。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the reason for closing the rest.</source>
        <translation>请填写结束剩余部分的原因。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../desktop_app/services/work_orders.py" line="+225"/>
        <source>Give the reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A requisition needs at least one line.</source>
        <translation>备料单至少需要一项配件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each part once, with a quantity of at least 1.</source>
        <translation>每种配件只能列一次，数量至少为 1。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requisition_details.py" line="+94"/>
        <location filename="../../desktop_app/services/requisitions.py" line="+9"/>
        <source>There is no requisition “{number}”.</source>
        <translation>没有备料单“{number}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requisitions.py" line="+7"/>
        <source>Requisition {number} is {status}: not possible now.</source>
        <translation>备料单 {number} 当前状态为“{status}”，现在不能执行此操作。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="+66"/>
        <source>No assessment rule set was published by {day}: nothing can be held against staff (E24).</source>
        <translation>截至 {day} 尚未发布考核制度：不能据此对员工作出处理（E24）。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A new version of the rules takes effect from today ({today}) or later: it cannot be dated back to govern facts before it was announced (E24).</source>
        <translation>新版考核制度只能自今天（{today}）或之后生效：不得倒签日期去约束发布之前的事实（E24）。</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="-6"/>
        <location line="+10"/>
        <location line="+39"/>
        <source>There is no rule set version {version}.</source>
        <translation>没有第 {version} 版考核制度。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter who complained and what about.</source>
        <translation>请填写投诉人及投诉内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A design-defect report names the product model (E6).</source>
        <translation>反映设计缺陷时必须注明产品型号（E6）。</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Fines (E23) are for work on dispatched orders: choose a technician or supervisor.</source>
        <translation>罚款（E23）针对派工单上的工作：请选择技术员或主管。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This fine is yours: another supervisor or the general manager must decide it.</source>
        <translation>这笔罚款是对您本人的：须由其他主管或总经理决定。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/fines_dialog.py" line="+28"/>
        <location filename="../../desktop_app/services/assessment.py" line="-148"/>
        <location line="+128"/>
        <location filename="../../desktop_app/services/surveys.py" line="+55"/>
        <location filename="../../desktop_app/services/work_order_details.py" line="+150"/>
        <source>There is no work order “{number}”.</source>
        <translation>没有工单“{number}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="-107"/>
        <source>Write down what the verification found.</source>
        <translation>请填写核实结果。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This complaint is not waiting for verification.</source>
        <translation>此投诉不在待核实状态。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This complaint is about you: another supervisor or the general manager must decide it.</source>
        <translation>这条投诉针对的是您本人：须由其他主管或总经理核实处理。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/fines_dialog.py" line="+1"/>
        <location filename="../../desktop_app/services/assessment.py" line="+113"/>
        <source>Give the reason for the decision.</source>
        <translation>请填写处理理由。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="+4"/>
        <source>This fine is already decided.</source>
        <translation>此项罚款已经处理过了。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/fines_dialog.py" line="-2"/>
        <location filename="../../desktop_app/services/assessment.py" line="+31"/>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="-45"/>
        <location line="+10"/>
        <source>Choose a staff member.</source>
        <translation>请选择员工。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/surveys.py" line="+3"/>
        <source>The work on this order is not finished yet.</source>
        <translation>该工单的服务尚未完成。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+65"/>
        <source>Start the diagnosis first.</source>
        <translation>请先开始检测。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/diagnosis_dialog.py" line="-80"/>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+2"/>
        <source>Choose a fault category.</source>
        <translation>请选择故障类别。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+50"/>
        <source>There is no quote waiting for an answer.</source>
        <translation>没有等待客户答复的报价。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/stock_admin.py" line="+92"/>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+22"/>
        <source>Quantities must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the reason for the adjustment.</source>
        <translation>请填写库存调整原因。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no such requisition.</source>
        <translation>没有该备料单。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Work order {order} holds {held} of {part}; it cannot return {quantity}.</source>
        <translation>工单 {order} 名下的 {part} 只有 {held} 件，不能退库 {quantity} 件。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The counted quantity cannot be below zero.</source>
        <translation>盘点数量不能小于零。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stock of {part} changed from {seen} to {now} since the count began; count again.</source>
        <translation>盘点开始后，{part} 的库存已从 {seen} 变为 {now}，请重新盘点。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parts/stock_movement_dialog.py" line="+145"/>
        <source>Choose the work order.</source>
        <translation>请选择工单。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desktop_app/services/stock_admin.py" line="+19"/>
        <source>Choose who bought the tool.</source>
        <translation>请选择购买该工具的员工。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/stock_admin.py" line="+6"/>
        <source>Another check-in took the same tool number; try again.</source>
        <translation>另一笔工具入库占用了同一工具编号，请重试。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Movement {id} of {part}: kind {kind} with quantity {quantity} has the wrong sign.</source>
        <translation>{part} 的库存流水 {id}：类型 {kind} 的数量 {quantity} 正负号有误。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Movement {id} takes {part} below zero ({total}).</source>
        <translation>库存流水 {id} 使 {part} 的库存降到零以下（{total}）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue {id} of {part} has no matching part line on a work order.</source>
        <translation>{part} 的领用流水 {id} 在工单上没有对应的配件明细。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return {id} of {part} gives back more than its work order was issued.</source>
        <translation>{part} 的退库流水 {id} 退回数量超过了其工单的领用数量。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjustment {id} of {part} lacks its reason or sign-off.</source>
        <translation>{part} 的库存调整 {id} 缺少调整原因或主管签批。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool check-in {id} of {part} is not a receipt.</source>
        <translation>{part} 的工具入库登记 {id} 不是入库流水。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A work-order part line points at movement {movement}, not an issue.</source>
        <translation>有工单配件明细指向库存流水 {movement}，但该流水不是领用。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On hand of {part} is {on_hand}, but its movements add up to {total}.</source>
        <translation>{part} 的库存为 {on_hand}，但其流水合计为 {total}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_bench.py" line="-41"/>
        <source>Quote during the diagnosis; once the repair has begun, only a quote the customer accepted can be revised.</source>
        <translation>请在检测期间报价；维修开始后，只能修改客户已同意的报价。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Enter the replacement unit&apos;s serial number.</source>
        <translation>请输入换机新机的序列号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serial {serial} is already registered.</source>
        <translation>序列号 {serial} 已登记。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_visits.py" line="+68"/>
        <source>Enter the arrival time.</source>
        <translation>请填写到达时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrival cannot be in the future.</source>
        <translation>到达时间不能晚于现在。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The departure is before the arrival.</source>
        <translation>离开时间早于到达时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The departure cannot be in the future.</source>
        <translation>离开时间不能晚于当前时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journey cannot start after the arrival.</source>
        <translation>出发时间不能晚于到达时间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/bench_charges.py" line="-65"/>
        <source>{parts}: wear parts are not covered by a free remedy and the customer pays them at cost (W3, W6). Tick the customer&apos;s consent, or leave them off.</source>
        <translation>{parts}：易损件不在免费处理范围内，须由客户按成本价付费（W3、W6）。请勾选客户同意，或不领用这些配件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_orders.py" line="-184"/>
        <source>The service report is incomplete: {missing}.</source>
        <translation>服务报告不完整，缺少：{missing}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/stock_admin.py" line="-179"/>
        <location filename="../../desktop_app/services/work_orders.py" line="+19"/>
        <source>This work order no longer exists.</source>
        <translation>该工单已不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_orders.py" line="-13"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose an active technician.</source>
        <translation>请选择在职的技术员。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This work order is already assigned to {name}.</source>
        <translation>此工单已由 {name} 负责。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give the reason for the hand-over.</source>
        <translation>请填写改派原因。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use dispatch, close or cancel for this.</source>
        <translation>请使用派工、结单或取消。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write down what the customer said.</source>
        <translation>请记下客户的意见。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/visit_identification.py" line="+201"/>
        <source>This work order already has its product and claim.</source>
        <translation>该工单已登记产品和理赔。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop_app/services/waiting_parts.py" line="+73"/>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+95"/>
        <location filename="../../desktop_app/services/work_orders.py" line="+6"/>
        <location line="+73"/>
        <source>This work order is already finished.</source>
        <translation>该工单已经结束。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an on-site visit booked from a call is identified here.</source>
        <translation>只有来电预约的上门服务工单可以在这里登记产品。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/fund_ledger.py" line="+308"/>
        <source>A remittance must be more than zero.</source>
        <translation>汇款金额必须大于零。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The fund rate is a percentage from 0 to 100.</source>
        <translation>服务基金费率应为 0 到 100 之间的百分比。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the percentage with at most three decimals, e.g. 3.125.</source>
        <translation>百分比最多保留三位小数，例如 3.125。</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>A rate already starts on {day}.</source>
        <translation>已有从 {day} 起生效的费率。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A charge needs an amount above zero and a note.</source>
        <translation>基金支出须填写大于零的金额和说明。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/assessment.py" line="-23"/>
        <source>The rule set lacks the fine for {reason}.</source>
        <translation>考核制度缺少“{reason}”的罚款金额。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/manufacturer_returns.py" line="-171"/>
        <source>An application needs at least one line (D15).</source>
        <translation>返厂申请单至少需要一行明细（D15）。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Application {number} is already applied: its found-on days can no longer change.</source>
        <translation>申请单 {number} 已提交，发现日期不能再改。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a stock line of application {number} has a found-on day to change.</source>
        <translation>只有申请单 {number} 中的库存行可以更改发现日期（报修单的行按报修单日期判定）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the manufacturer&apos;s approval reference.</source>
        <translation>请填写厂家的批复编号。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the reason for the refusal.</source>
        <translation>请填写拒绝理由。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Application {number} is not approved by the manufacturer: it cannot be shipped (D15).</source>
        <translation>返厂申请 {number} 尚未获得厂家批准，不能发运（D15）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} lines are not packed: ship the complete list (D16).</source>
        <translation>有 {count} 行尚未装箱：须按完整清单发运（D16）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Only a shipped application can be acknowledged.</source>
        <translation>只有已发运的返厂申请才能登记厂家签收。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Application {number} is {status}: not possible now.</source>
        <translation>返厂申请 {number} 当前状态为“{status}”，现在不能执行此操作。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Each line needs a unit serial or a part number, a quantity and a reason.</source>
        <translation>每一行都须填写整机序列号或配件编号、数量和原因。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A count was given for a line that is not on application {number}.</source>
        <translation>所填清点数量对应的明细行不属于返厂申请 {number}。</translation>
    </message>
    <message>
        <location line="-63"/>
        <location filename="../../desktop_app/services/return_details.py" line="+5"/>
        <location line="+8"/>
        <source>Unknown unit or part “{code}”.</source>
        <translation>未知的整机或配件“{code}”。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unit {serial} is one unit: its line has quantity 1.</source>
        <translation>整机 {serial} 只有一台：该行数量应为 1。</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../desktop_app/services/return_details.py" line="-31"/>
        <source>There is no return application “{number}”.</source>
        <translation>没有返厂申请单“{number}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/parts_import_rows.py" line="+62"/>
        <location filename="../../desktop_app/core/product_rows.py" line="-148"/>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../desktop_app/core/product_rows.py" line="+150"/>
        <source>{column} contains control characters</source>
        <translation>{column}中含有控制字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/core/product_rows.py" line="-1"/>
        <source>{column} is longer than {n} characters</source>
        <translation>{column}超过 {n} 个字符</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the part number is missing</source>
        <translation>缺少配件编号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the part name is missing</source>
        <translation>缺少配件名称</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown unit “{unit}” (use one of {units})</source>
        <translation>未知的单位“{unit}”（请使用以下之一：{units}）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{column} “{value}” has more than two decimals</source>
        <translation>{column}“{value}”超过两位小数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} “{value}” is not a number</source>
        <translation>{column}“{value}”不是数字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column} {value} is negative</source>
        <translation>{column} {value} 为负数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{column} {value} is too large</source>
        <translation>{column} {value} 过大</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the reorder level “{value}” is not a whole number ≥ 0</source>
        <translation>再订货点“{value}”不是大于或等于 0 的整数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write 是 or 否 in {column}, not “{value}”</source>
        <translation>{column}应填“是”或“否”，不能填“{value}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The CSV file is UTF-16; save it as “CSV UTF-8” or “CSV (comma delimited)” and try again.</source>
        <translation>该 CSV 文件为 UTF-16 编码；请在 Excel 中另存为“CSV UTF-8(逗号分隔)”或“CSV(逗号分隔)”格式后重试。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file is neither UTF-8 nor GBK; save it as “CSV UTF-8” and try again.</source>
        <translation>该 CSV 文件既不是 UTF-8 也不是 GBK 编码；请另存为“CSV UTF-8(逗号分隔)”格式后重试。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} 不是可读取的 XLSX 工作簿。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an .xlsx or .csv file, not {file}.</source>
        <translation>请导入 .xlsx 或 .csv 文件，而不是 {file}。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../desktop_app/core/product_rows.py" line="-64"/>
        <source>The column “{column}” appears twice.</source>
        <translation>列“{column}”出现了两次。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/core/product_rows.py" line="+6"/>
        <source>The file has no column {columns} in its first row.</source>
        <translation>文件第一行缺少以下列：{columns}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop_app/core/product_rows.py" line="+8"/>
        <source>The file is empty: its first row must hold the headers.</source>
        <translation>文件是空的：第一行必须是列标题。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>part number {part_no} repeats row {first}</source>
        <translation>配件编号 {part_no} 与第 {first} 行重复</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../desktop_app/services/parts_catalogue.py" line="+172"/>
        <source>{column} is missing (give both prices or neither)</source>
        <translation>缺少{column}（两个价格须同时填写或同时留空）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/db/engine.py" line="+152"/>
        <location filename="../../desktop_app/services/centre_settings.py" line="+113"/>
        <source>Someone else saved this record at the same moment: reload it. Nothing was saved.</source>
        <translation>他人在同一时刻保存了该记录：请刷新。本次未保存任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the database is full. Nothing was saved; free some space on it (or tell your administrator) and try again.</source>
        <translation>数据库所在的磁盘已满。没有保存任何内容；请腾出磁盘空间（或告知管理员）后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be written: its file or folder is read-only. Nothing was saved; tell your administrator.</source>
        <translation>数据库无法写入：其文件或所在文件夹为只读。没有保存任何内容；请告知管理员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be reached or stayed busy too long. Nothing was saved; please try again.</source>
        <translation>无法连接数据库，或数据库繁忙时间过长。未保存任何内容，请重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be reached or stayed busy too long; please try again.</source>
        <translation>无法连接数据库，或数据库繁忙时间过长，请重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/parts_catalogue.py" line="-89"/>
        <source>There is no part “{part}” in the catalogue.</source>
        <translation>配件目录中没有配件“{part}”。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New prices cannot take effect in the past ({date}); choose today or a later date.</source>
        <translation>新价格不能从过去的日期（{date}）起生效；请选择今天或以后的日期。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Part number {part_no} is already in use.</source>
        <translation>配件编号 {part_no} 已被使用。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parts/fee_schedule_dialog.py" line="+134"/>
        <location filename="../../desktop_app/services/parts_catalogue.py" line="+108"/>
        <source>Give both prices of {part}.</source>
        <translation>请同时填写 {part} 的成本价和收费标准价。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/parts_catalogue.py" line="+5"/>
        <source>The fee schedule has no lines.</source>
        <translation>收费标准中没有任何价格条目。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sheet_files.py" line="+22"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>无法读取 {file}：{reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/parts_import.py" line="+79"/>
        <source>{file} has headers but no part rows below them.</source>
        <translation>{file} 只有表头，下面没有配件行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is larger than {mb} MB: it is not a parts list. Choose the .xlsx or .csv file.</source>
        <translation>{file} 大于 {mb} MB，不是配件清单。请选择 .xlsx 或 .csv 文件。</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../../desktop_app/services/product_import.py" line="+143"/>
        <source>The catalogue changed while {file} was imported; nothing was imported. Preview it again.</source>
        <translation>导入 {file} 期间配件目录发生了变化，未导入任何内容。请重新预览。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export to an .xlsx or .csv file, not {file}.</source>
        <translation>请导出为 .xlsx 或 .csv 文件，而不是 {file}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/backup.py" line="+55"/>
        <location filename="../../desktop_app/services/backups.py" line="+124"/>
        <source>A PostgreSQL database is backed up on the server with pg_dump and restored with pg_restore (see the README), not from this program.</source>
        <translation>PostgreSQL 数据库须在服务器上用 pg_dump 备份、用 pg_restore 恢复（见 README），不能在本程序中操作。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/backups.py" line="-32"/>
        <source>The disk is full: the backup {path} could not be written. The database itself is unchanged; free some space or choose another place.</source>
        <translation>磁盘已满：备份 {path} 未能写入。数据库本身没有任何改动；请腾出空间或另选位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup {path} could not be written: the folder is read-only or you may not write there. The database itself is unchanged; choose another folder.</source>
        <translation>备份 {path} 未能写入：该文件夹为只读，或您无权在此写入。数据库本身没有任何改动；请另选文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>无法将备份写入 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup {path} failed its check ({reason}).</source>
        <translation>备份 {path} 未通过校验（{reason}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/backup.py" line="+5"/>
        <location filename="../../desktop_app/services/backups.py" line="+75"/>
        <source>There is no file {path}.</source>
        <translation>文件 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/backups.py" line="+5"/>
        <source>{path} is an empty database, not a backup.</source>
        <translation>{path} 是空数据库，不是备份。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The restored database {path} failed its check; the previous data is kept as {kept}.</source>
        <translation>恢复后的数据库 {path} 未通过检查；原来的数据已保留为 {kept}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restore could not replace {path}: {reason}</source>
        <translation>恢复时无法替换 {path}：{reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This window is still making a backup of the database: wait until the backup has finished (the status bar says so), then restore again.</source>
        <translation>本窗口正在备份数据库：请等备份完成（状态栏会提示）后再恢复。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another counter is using the database: quit the program at the other counters first, then restore.</source>
        <translation>另一台柜台正在使用数据库：请先在其他柜台退出程序，再恢复。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/centre_settings.py" line="+7"/>
        <source>There is no setting {key}; the settings are: {keys}.</source>
        <translation>没有名为 {key} 的设置；可用的设置有：{keys}。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../desktop_app/services/concurrency.py" line="+32"/>
        <location filename="../../desktop_app/services/product_catalogue.py" line="-187"/>
        <source>Changed by {who} at {time}: reload to see the changes. Nothing was saved.</source>
        <translation>{who} 已于 {time} 修改：请刷新查看。本次未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing/pdf_pages.py" line="+61"/>
        <source>The document could not be read ({reason}).</source>
        <translation>无法读取该文档（{reason}）。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>无法启动打印机。请检查打印机是否已开机并连接，然后重试。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The printer did not accept the document. Check that it is switched on and connected, then try again.</source>
        <translation>打印机没有接收该文档。请检查打印机是否已开机并连接，然后重试。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing/printers.py" line="+30"/>
        <source>There is no printer “{name}” on this computer.</source>
        <translation>这台电脑上没有打印机“{name}”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No default printer is set up on this computer. Set one up in the system settings, or turn off direct printing under Tools &gt; Print settings.</source>
        <translation>这台电脑没有设置默认打印机。请在系统设置中设置一台，或在“工具 &gt; 打印设置”中关闭直接打印。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/surveys/survey_entry_dialog.py" line="-1"/>
        <source>Scan the QR code on the form or type the work-order number.</source>
        <translation>请扫描调查表上的二维码，或输入工单号。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/reports.py" line="+76"/>
        <source>“{value}” is not a month like 2026-03.</source>
        <translation>“{value}”不是形如 2026-03 的月份。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{value}” is not a quarter like 2026Q1.</source>
        <translation>“{value}”不是有效的季度，例如 2026Q1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}”: this paper is written as {formats}; end the file name with one of them.</source>
        <translation>“{name}”：此文件只能保存为 {formats}，请以其中之一作为文件扩展名。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/fault_catalogue.py" line="+84"/>
        <source>Choose a product line.</source>
        <translation>请选择产品线。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a code.</source>
        <translation>请输入代码。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A code is up to 50 letters, digits, “-” or “_”, e.g. no_power.</source>
        <translation>代码最多 50 个字母、数字、“-”或“_”，例如 no_power。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the Chinese name.</source>
        <translation>请输入中文名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>At most {limit} characters.</source>
        <translation>最多 {limit} 个字符。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This fault category no longer exists.</source>
        <translation>该故障分类已不存在。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code {code} is already in this product line.</source>
        <translation>该产品线已有代码 {code}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/unit_labels.py" line="+120"/>
        <source>There is no claim or work order “{number}”.</source>
        <translation>没有理赔单或维修工单“{number}”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parts/fund_entry_dialog.py" line="+22"/>
        <source>Enter the amount in yuan with at most two decimals, e.g. 12500.00.</source>
        <translation>请输入以元为单位、最多两位小数的金额，例如 12500.00。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the percentage as a number, e.g. 3.5.</source>
        <translation>请输入百分比数字，例如 3.5。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the charge is for, e.g. freight of return application RA-2026-0003.</source>
        <translation>请说明这笔支出的用途，例如退货申请 RA-2026-0003 的运费。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/pickup_slips.py" line="+49"/>
        <source>The pickup slip of {number} is printed once the order is ready for pickup or closed.</source>
        <translation>工单 {number} 待取机或已结单后才能打印取机单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="-212"/>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="+3"/>
        <source>The signing date must lie between the publication ({published}) and today.</source>
        <translation>签字日期须在发布日期（{published}）与今天之间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="-15"/>
        <source>Choose a rule set version.</source>
        <translation>请选择规章版本。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} left on {left}: a sheet signed after that day cannot be filed.</source>
        <translation>{name}已于 {left} 离职：该日之后签署的确认书不能登记。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has already acknowledged version {version}.</source>
        <translation>{name} 已确认第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/complaint_form.py" line="-113"/>
        <source>Enter who complained.</source>
        <translation>请填写投诉人。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what the complaint is about.</source>
        <translation>请填写投诉内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the staff member: an upheld complaint of this kind is held against them (E3, E21).</source>
        <translation>请选择被投诉人：此类投诉核实成立后将追究其责任（E3、E21）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the product model the design defect concerns (E6).</source>
        <translation>请选择设计缺陷涉及的产品型号（E6）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint cannot be received after today.</source>
        <translation>受理日期不能晚于今天。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="-48"/>
        <source>A new version cannot be published before the latest one ({day}).</source>
        <translation>新版本的发布日期不能早于最新版本（{day}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/documents/saving.py" line="+41"/>
        <source>The disk is full: {path} could not be saved. Nothing was written; free some space or choose another place.</source>
        <translation>磁盘已满：{path} 未能保存。没有写入任何内容；请腾出空间或另选保存位置。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} could not be saved: the folder is read-only or you may not write there. Nothing was written; choose another folder.</source>
        <translation>{path} 未能保存：该文件夹为只读，或您无权在此写入。没有写入任何内容；请另选文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be saved ({reason}). Nothing was written.</source>
        <translation>{path} 未能保存（{reason}）。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/print_log.py" line="+68"/>
        <source>The document was printed or saved, but the database could not be reached to record it in the print log. Do not print it again; tell your supervisor that it is missing from the log.</source>
        <translation>文件已打印或保存，但数据库暂时无法访问，未能记入打印记录。请勿重复打印，并告知主管打印记录中缺少此条。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/intake/intake_fields.py" line="+30"/>
        <source>Enter the time as YYYY-MM-DD HH:MM, e.g. 2026-03-18 14:30.</source>
        <translation>请按 年-月-日 时:分 格式填写时间，如 2026-03-18 14:30。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} is not a valid date and time.</source>
        <translation>{time} 不是有效的日期时间。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/price_day.py" line="+42"/>
        <source>{parts} already issued today at the prices in force; new prices for them can take effect from tomorrow ({tomorrow}) at the earliest (D9).</source>
        <translation>{parts} 今天已按现行价格领用，新价格最早从明天（{tomorrow}）起生效（D9）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_monthly_reports.py" line="+96"/>
        <source>“From” must not be after “To”.</source>
        <translation>“起始”不能晚于“截止”。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_corrections.py" line="-37"/>
        <location filename="../../desktop_app/services/sent_monthly_reports.py" line="+38"/>
        <source>Give the reason for the correction.</source>
        <translation>请填写更正原因。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_monthly_reports.py" line="+8"/>
        <source>The report for {month} is not marked sent.</source>
        <translation>{month} 的月报表尚未标记为已报送。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The day sent, {day}, is still to come.</source>
        <translation>报送日期 {day} 尚未到来，不能登记。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report for {month} cannot have been sent on {day}, before the month was over.</source>
        <translation>{month} 的月报表不可能在该月结束前的 {day} 报送。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report for {month} was already marked sent on {day} by {who}; that marking stands. Close and reopen the report to see it.</source>
        <translation>{month} 的报告已于 {day} 由 {who} 标记为已发送，以该次标记为准。请关闭并重新打开该报告查看。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy.py" line="+149"/>
        <source>There is no product category {code}.</source>
        <translation>没有产品类别 {code}。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/settings.py" line="-3"/>
        <source>Enter text here.</source>
        <translation>请在此输入文字。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a list of city names.</source>
        <translation>请输入城市名称列表。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter from {low} to {high} cities.</source>
        <translation>请输入 {low} 至 {high} 个城市。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/customer_matching.py" line="+47"/>
        <source>This phone number is already registered to customer {name} ({city}): use that customer, or confirm a new customer with the same number.</source>
        <translation>这个电话已登记给客户 {name}（{city}）：请使用该客户，或确认以同一号码新建客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone number is already registered to customer {name}: use that customer, or confirm a new customer with the same number.</source>
        <translation>这个电话已登记给客户 {name}：请使用该客户，或确认以同一号码新建客户。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/final_judgement.py" line="+115"/>
        <source>Only a warranty claim judged exchange gets a new unit (W3): this order has no claim.</source>
        <translation>只有判定为换货的保修申请才能换新机（W3）：此工单没有保修申请。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the diagnosis first: until the cause is known the exchange is provisional (W11).</source>
        <translation>请先记录检测结果：故障原因确定之前，换货只是暂定（W11）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claim&apos;s final remedy is not an exchange: the unit is repaired, not replaced (W3, W4, W11).</source>
        <translation>该申请的最终处理方式不是换货：只维修，不换新机（W3、W4、W11）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/return_classification.py" line="+68"/>
        <source>The day the defect was found cannot be in the future.</source>
        <translation>发现故障的日期不能晚于今天。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The defect cannot have been found on {day}: the goods reached the centre on {received}.</source>
        <translation>故障不可能在 {day} 发现：货物于 {received} 才到达服务中心。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/negotiations.py" line="+78"/>
        <source>Only an escalated claim that is still open can be settled (W8).</source>
        <translation>只有仍未结案的协商理赔才能协商处理（W8）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write in the note what was agreed with the customer (W8).</source>
        <translation>请在“说明”中填写与客户达成的约定（W8）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say whether the repair is free or paid.</source>
        <translation>请说明是免费维修还是收费维修。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/visit_wear_parts.py" line="+24"/>
        <source>{parts}: wear parts fitted before the product was identified are not covered by the free repair; the customer pays them at cost (W3, W6). Tick the customer&apos;s consent, or take them back and return them to stock first.</source>
        <translation>{parts}：登记产品前已装上的易损件不在免费维修范围内，须由客户按成本价付费（W3、W6）。请勾选客户同意；客户不要的，请先拆回并退回库存。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/product_catalogue.py" line="+21"/>
        <location line="+57"/>
        <location line="+94"/>
        <source>Choose a product category.</source>
        <translation>请选择产品类别。</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The code {code} is used by models or the warranty policy (W4); only the names can change.</source>
        <translation>类别代码 {code} 已被产品型号或保修政策（W4）使用，只能修改名称。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The category code {code} is already in use.</source>
        <translation>类别代码 {code} 已被使用。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The model {model} is already in the catalogue.</source>
        <translation>型号 {model} 已在产品目录中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/report_documents.py" line="-52"/>
        <source>The report for {month} is not marked sent: there is no version as sent to reprint.</source>
        <translation>{month} 的月报表尚未标记为已报送，没有报送时的版本可重印。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evaluation_pending.py" line="+28"/>
        <source>The evaluation sheet of {name} for {month} cannot be printed yet: fines of the month still await a decision ({fines}). Confirm or dismiss them under Fines… first, so that the total the staff member signs does not change afterwards.</source>
        <translation>{name} {month} 的考评表暂不能打印：本月尚有待处理的罚款（{fines}）。请先在“罚款”中逐笔确认或撤销，员工签字的合计此后才不会再变。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The evaluation sheet of {name} for {month} cannot be recorded as signed: fines of the month still await a decision ({fines}). Decide them under Fines…, print the sheet again and have it signed.</source>
        <translation>{name} {month} 的考评表不能记为已签字：本月还有罚款待处理（{fines}）。请先在“罚款”中处理，重新打印考评表并请员工签字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/product_import.py" line="-80"/>
        <source>{file} has headers but no model rows below them.</source>
        <translation>{file} 只有表头，下面没有型号行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is larger than {mb} MB: it is not a list of product models.</source>
        <translation>{file} 大于 {mb} MB，不是产品型号清单。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no product category “{code}”; add it in the product models window first</source>
        <translation>没有产品类别“{code}”，请先在“产品型号”窗口中添加该类别</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/centre_settings_dialog.py" line="+15"/>
        <source>Enter the city&apos;s name.</source>
        <translation>请输入城市名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{city} is already in the list.</source>
        <translation>“{city}”已在列表中。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/centre_settings.py" line="+68"/>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/role_changes.py" line="+27"/>
        <source>You cannot change your own role while signed in: another general manager can.</source>
        <translation>登录期间不能更改自己的角色：请由另一位总经理更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is the only active general manager: make someone else general manager first.</source>
        <translation>{name} 是唯一启用的总经理：请先将另一人设为总经理。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} still holds an open work order: reassign it to another technician first.</source>
        <translation>{name} 还有 1 张未完工的工单：请先将其改派给其他技术员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} still holds {count} open work orders: reassign them to another technician first.</source>
        <translation>{name} 还有 {count} 张未完工的工单：请先将其改派给其他技术员。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/waiting_parts.py" line="-7"/>
        <source>Give the reason for dropping the waiting part.</source>
        <translation>请填写取消等待备件的原因。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This part is no longer waiting for stock on this order: it was issued or dropped meanwhile.</source>
        <translation>该配件已不在本工单的待料清单中：其间已被领出或取消。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_visits.py" line="+22"/>
        <source>There is no visit by this order&apos;s technician to correct.</source>
        <translation>本工单当前技术员没有可更正的上门记录。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This visit must arrive after the previous visit ended ({time}).</source>
        <translation>本次上门的到达时间须晚于上一次上门结束的时间（{time}）。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evaluation_signatures.py" line="+58"/>
        <source>{month} is not over yet: its evaluation sheet is signed after the month end.</source>
        <translation>{month} 尚未结束：考评表在月末之后签字。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The evaluation sheet of {name} for {month} was already recorded as signed on {day}.</source>
        <translation>{name} {month} 的考评表已于 {day} 记为已签字。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The evaluation sheet of {name} for {month} was just recorded as signed at another counter.</source>
        <translation>{name} {month} 的考核表刚刚已在其他柜台记为已签字。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the reason why the month was recorded as signed by mistake.</source>
        <translation>请填写该月被误记为已签字的原因。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This month is not recorded as signed.</source>
        <translation>该月未记为已签字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evaluation_sheet_prints.py" line="+89"/>
        <source>No evaluation sheet of {name} for {month} was printed or saved. Print the sheet for the month first, have it signed by the staff member, then record it as signed.</source>
        <translation>{name} {month} 的考评表尚未打印或保存。请先打印该月考评表，由本人签字后再记为已签字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The evaluation sheet of {name} for {month} printed at {printed_at} was printed by an earlier version of the program, which did not record its figures. Print it again, have it signed, then record it as signed.</source>
        <translation>{name} {month} 的考评表于 {printed_at} 由旧版程序打印，未记录表上的数字。请重新打印，由本人签字后再记为已签字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The evaluation sheet of {name} for {month} printed at {printed_at} does not show the entries made or decided since (on the paper: fines {paper_total}, {paper_major} major demerits, {paper_complaints} verified complaints; now: fines {total}, {major} major demerits, {complaints} verified complaints). Print it again, have it signed, then record it as signed.</source>
        <translation>{name} {month} 的考评表打印于 {printed_at}，不含此后录入或处理的记录（表上：罚款 {paper_total}，记大过 {paper_major} 次，核实投诉 {paper_complaints} 件；现在：罚款 {total}，记大过 {major} 次，核实投诉 {complaints} 件）。请重新打印，由本人签字后再记为已签字。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/visit_corrections.py" line="+84"/>
        <source>The evaluation sheet of {name} for {month} is already signed: a visit of that month can no longer be corrected (E24).</source>
        <translation>{name} {month} 的考核表已签字：该月的上门记录不能再更正（E24）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is your own visit: another supervisor or the general manager must correct it so that it is no longer late or the call to headquarters counts (E24).</source>
        <translation>这是您本人的上门记录：若更正后不再算迟到或改为已致电总部，须由其他主管或总经理更正（E24）。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A confirmed fine of {day} rests on this time (E23): the visit cannot be corrected so that the fine no longer holds.</source>
        <translation>{day} 的罚款已确认，依据的正是这个时间（E23）：不能将上门记录更正为使该罚款不再成立。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/quote_rules.py" line="+14"/>
        <source>A paid repair needs a quote the customer has accepted first (E10, E11): quote the repair and record the customer&apos;s answer.</source>
        <translation>收费维修须先报价并经客户同意（E10、E11）：请先报价，并登记客户的答复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote of ¥0.00 is no quote: enter the labour charge, travel or the parts (W5, E11).</source>
        <translation>¥0.00 的报价不成立：请填写工时费、差旅费或配件（W5、E11）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer accepted a quote of {quote}; with these parts they would pay {amount}. Revise the quote and have the customer accept it again (E11), or leave parts off.</source>
        <translation>客户同意的报价为 {quote}；加上这些配件，客户应付将为 {amount}。请重新报价并经客户再次同意（E11），或减少配件。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/return_refunds.py" line="+75"/>
        <source>Enter the purchase price on the invoice, in yuan.</source>
        <translation>请填写发票上的购买价格（元）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the cost price of the missing accessories, in yuan (W2).</source>
        <translation>请填写缺少附件的成本价（元）（W2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No accessory was missing at intake: there is nothing to deduct.</source>
        <translation>受理时没有缺少附件，无需扣款。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the amount refunded, in yuan.</source>
        <translation>请填写退款金额（元）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accessories charge must be less than the purchase price.</source>
        <translation>附件扣款必须少于购买价格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund must be the purchase price less the missing accessories: ¥{due} (W2).</source>
        <translation>退款金额应为购买价格减去缺少附件的扣款：¥{due}（W2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how the refund was paid.</source>
        <translation>请选择退款方式。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The faulty product must come back before the refund (W2).</source>
        <translation>退款前须收回故障产品（W2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accessories received at intake must come back before the refund (W2).</source>
        <translation>退款前须收回受理时登记的全部附件（W2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice must come back before the refund (W2).</source>
        <translation>退款前须收回发票（W2）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not an amount in yuan (at most two decimals).</source>
        <translation>“{text}”不是有效的金额（元，最多两位小数）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_window.py" line="+44"/>
        <source>The business rules could not be read from {path}: {error}. Reinstall Service Counter.</source>
        <translation>无法从 {path} 读取业务规则：{error}。请重新安装售后服务台。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_customers.py" line="+44"/>
        <source>This customer no longer exists.</source>
        <translation>该客户已不存在。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer chosen for this phone number no longer has it: check the phone and save again.</source>
        <translation>所选客户已不再使用这个电话号码：请核对电话后再保存。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This phone number is already registered to customer {name} ({city}). Is it the same person? Move the claim to that customer, or keep a separate customer who shares the number.</source>
        <translation>这个电话已登记给客户 {name}（{city}）。是同一个人吗？是同一人就把受理单转到该客户名下；不是同一人就保留为另一位客户，与其共用此号码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is already registered to customer {name}. Is it the same person? Move the claim to that customer, or keep a separate customer who shares the number.</source>
        <translation>这个电话已登记给客户 {name}。是同一个人吗？是同一人就把受理单转到该客户名下；不是同一人就保留为另一位客户，与其共用此号码。</translation>
    </message>
</context>
<context>
    <name>EvaluationDetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/detail_panel.py" line="+83"/>
        <source>Orders completed</source>
        <translation>完成工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys returned (E17)</source>
        <translation>收回调查表（E17）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average satisfaction (of 5)</source>
        <translation>平均满意度（满分 5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered within 24 h (S3)</source>
        <translation>24 小时内答复（S3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived on time (S3)</source>
        <translation>准时到场（S3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat repairs (E16)</source>
        <translation>重复维修（E16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete reports (E23)</source>
        <translation>报告不完整（E23）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld complaints</source>
        <translation>核实成立的投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerits (E21)</source>
        <translation>记大过（E21）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines total (E23)</source>
        <translation>罚款合计（E23）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} ({role}), {month}</source>
        <translation>{name}（{role}），{month}</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+67"/>
        <source>n/a</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Fines awaiting a decision (not counted)</source>
        <translation>待处理罚款（未计入）</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Signed: recorded on {day} by {name}. Fines total {total}, major demerits {majors} as signed; fines or demerits entered later for this month count as late entries in the next month not yet signed.</source>
        <translation>已签字：{name} 于 {day} 记录。签字时罚款合计 {total}，记大过 {majors} 次；此后录入的本月罚款或处分作为补记计入下一个未签字的月份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last 12 months (computing…)</source>
        <translation>最近 12 个月（正在计算…）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last 12 months ({first} – {last})</source>
        <translation>最近 12 个月（{first} – {last}）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} for {amount}</source>
        <translation>{count} 笔 {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decide the pending fines under Fines… before printing the sheet: the signed total must not change afterwards.</source>
        <translation>请先在“罚款”中处理待处理罚款，再打印考评表：签字后的合计不得再变。</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ui/evaluation_detail_panel.ui" line="+174"/>
        <source>The staff member signed the printed sheet: its fines total and demerits are kept as signed.</source>
        <translation>员工已在打印的考评表上签字：罚款合计和记过次数按签字时保存。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/evaluation_detail_panel.ui" line="+10"/>
        <source>General manager only: take back a month recorded as signed by mistake, with the reason.</source>
        <translation>仅限总经理：撤销误记为已签字的月份，须填写原因。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Work order: double-click to open it</source>
        <translation>工单：双击打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed orders</source>
        <translation>完成的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders with a survey returned (E17)</source>
        <translation>已收回调查表的工单（E17）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered after 24 h or late on site (S3)</source>
        <translation>超过 24 小时答复或迟到（S3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats of this person&apos;s repairs (E16)</source>
        <translation>本人维修后的重复维修（E16）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete service reports (E23)</source>
        <translation>服务报告不完整（E23）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upheld complaints (E3, E21)</source>
        <translation>核实成立的投诉（E3、E21）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed fines (E23)</source>
        <translation>已确认的罚款（E23）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fines awaiting a decision, not counted (E23)</source>
        <translation>待处理罚款，未计入合计（E23）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested, not yet decided: not in the fines total. Decide it under Fines…</source>
        <translation>已建议，尚未处理：未计入罚款合计。请在“罚款”中处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{text} · late entry (of {month}, signed)</source>
        <translation>{text} · 补记（属已签字的 {month}）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phone {phone}</source>
        <translation>联系电话 {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule set v{version}</source>
        <translation>考核制度第 {version} 版</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_detail_panel.ui" line="-133"/>
        <source>Choose a staff member in the list to see the month&apos;s figures, the evidence behind them and the last 12 months.</source>
        <translation>在列表中选择一名员工，查看本月指标、其依据以及最近 12 个月的情况。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Figures of the month</source>
        <translation>本月指标</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Recor&amp;d as signed</source>
        <translation>记为已签字(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo signature…</source>
        <translation>撤销签字(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/detail_panel.py" line="-158"/>
        <location line="+37"/>
        <location filename="../../ui/evaluation_detail_panel.ui" line="-62"/>
        <source>The last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_detail_panel.ui" line="+42"/>
        <source>&amp;Print evaluation sheet…</source>
        <translation>打印考评表(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>EvaluationTexts</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/texts.py" line="+29"/>
        <source>Phone call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>来函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>来访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarrelled with the customer (E21)</source>
        <translation>与客户争吵、顶撞（E21）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for money or gifts (E21)</source>
        <translation>索要钱物（E21）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late for personal reasons (E21)</source>
        <translation>因个人原因延误服务（E21）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat repair for personal reasons (E21)</source>
        <translation>因个人原因造成重复维修（E21）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude (E3)</source>
        <translation>服务态度（E3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a quality problem (E5)</source>
        <translation>非质量问题（E5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected design defect (E6)</source>
        <translation>疑似设计缺陷（E6）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting verification</source>
        <translation>待核实</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld</source>
        <translation>成立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>不成立</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerit (E21)</source>
        <translation>记大过（E21）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticism and bonus deduction (E3)</source>
        <translation>批评并扣发奖金（E3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left without calling headquarters</source>
        <translation>离开未报总部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late on site for personal reasons</source>
        <translation>个人原因迟到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete service report</source>
        <translation>服务报告不完整</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disobeyed dispatch</source>
        <translation>不服从派工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested, to decide</source>
        <translation>建议，待处理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed, not fined</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>FaultCatalogueDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/fault_catalogue_dialog.py" line="+41"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the supervisor or the general manager edits the fault catalogue.</source>
        <translation>只有主管或总经理可以维护故障分类。</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+9"/>
        <location filename="../../ui/fault_catalogue_dialog.ui" line="+226"/>
        <source>&amp;Retire</source>
        <translation>停用(&amp;R)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Re&amp;activate</source>
        <translation>重新启用(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/fault_catalogue_dialog.ui" line="-10"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fault category {code} added.</source>
        <translation>故障分类 {code} 已添加。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fault category {code} saved.</source>
        <translation>故障分类 {code} 已保存。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{code} retired: diagnosis no longer offers it; past orders keep it.</source>
        <translation>{code} 已停用：检测时不再提供，已有工单保留不变。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is offered again at diagnosis.</source>
        <translation>{code} 已重新启用，检测时可再选择。</translation>
    </message>
    <message>
        <location filename="../../ui/fault_catalogue_dialog.ui" line="-202"/>
        <source>Fault catalogue</source>
        <translation>故障分类</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnosis chooses a fault category from the product line&apos;s catalogue; the monthly reports (E2) and repeat repairs (E16) count by it. A category in use is retired rather than deleted.</source>
        <translation>检测时从该产品线的故障分类中选择；维修月报（E2）和重复维修（E16）按它统计。已使用的分类只能停用，不能删除。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Product &amp;line:</source>
        <translation>产品线(&amp;L)：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>工单数</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>故障分类</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ode:</source>
        <translation>代码(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. no_power</source>
        <translation>例如 no_power</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional: the Chinese name is used</source>
        <translation>可不填：默认使用中文名称</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
</context>
<context>
    <name>FaultCatalogueMenu</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/fault_catalogue_menu.py" line="+26"/>
        <source>&amp;Fault catalogue…</source>
        <translation>故障分类(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>FeeScheduleDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/fee_schedule_dialog.py" line="-96"/>
        <source>Publish a fee schedule</source>
        <translation>发布收费标准</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost price now</source>
        <translation>现行成本价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee price now</source>
        <translation>现行收费标准价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New cost price</source>
        <translation>新成本价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New fee price</source>
        <translation>新收费标准价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type or scan a part number, then Enter</source>
        <translation>输入或扫描配件编号，然后按回车</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Versions published: {count}; the latest takes effect on {date} with {lines} lines.</source>
        <translation>已发布版本：{count}；最新版本自 {date} 起执行，共 {lines} 行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fee schedule is published yet.</source>
        <translation>尚未发布收费标准。</translation>
    </message>
    <message>
        <location filename="../../ui/parts_fee_schedule_dialog.ui" line="+32"/>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. the manufacturer&apos;s letter no.</source>
        <translation>例如厂家的通知文号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add part no.:</source>
        <translation>添加配件编号(&amp;A)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;dd</source>
        <translation>添加(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;Publish</source>
        <translation>发布(&amp;P)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FinesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/fines_dialog.py" line="+19"/>
        <source>Fines {month}</source>
        <translation>罚款 {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines counted in {month} (late entries of signed months included), fines dated in it, and every fine still to be decided. No fine takes effect by itself: the supervisor confirms or dismisses each one and gives the reason (E23).</source>
        <translation>计入 {month} 的罚款（含已签字月份的补记）、日期在本月的罚款，以及所有待处理的罚款。罚款不会自动生效：每一笔都须主管确认或撤销，并写明理由（E23）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule set</source>
        <translation>考核制度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision reason</source>
        <translation>处理理由</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>v{version}</source>
        <translation>第 {version} 版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v{version}, not acknowledged</source>
        <translation>第 {version} 版，未确认</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} has not acknowledged rule set v{version}: this fine may not hold (E24).</source>
        <translation>{name} 尚未确认第 {version} 版考核制度：此罚款可能无效（E24）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a fine in the list.</source>
        <translation>请在列表中选择一笔罚款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {reason}, {amount} ({day})</source>
        <translation>{name}：{reason}，{amount}（{day}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flagged: {name} has not acknowledged rule set v{version} (E24).</source>
        <translation>注意：{name} 尚未确认第 {version} 版考核制度（E24）。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Late entry (of {month})</source>
        <translation>补记（属 {month}）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in {month}</source>
        <translation>计入 {month}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s sheet for {month} was already signed when this fine was entered: it counts in {counted} as a late entry, with its own day and rule set (E24).</source>
        <translation>录入这笔罚款时，{name} 的 {month} 考评表已签字：它作为补记计入 {counted}，保留原日期和所依据的考核制度版本（E24）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} fines suggested from the month&apos;s facts; decide each one.</source>
        <translation>根据本月事实建议罚款 {count} 笔，请逐笔处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new fines: the month&apos;s facts hold nothing more to suggest.</source>
        <translation>没有新的罚款：本月事实中没有更多可建议的罚款。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fine confirmed: {amount} for {name}.</source>
        <translation>已确认罚款：{name} {amount}。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine dismissed for {name}.</source>
        <translation>已撤销 {name} 的罚款。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fine entered for {name}; it is only suggested until you confirm it.</source>
        <translation>已为 {name} 录入罚款；确认之前仅为建议。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_fines_dialog.ui" line="+14"/>
        <source>Fines</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Suggest from the month&apos;s facts</source>
        <translation>根据本月事实建议(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late arrivals, leaving without calling headquarters and incomplete reports on the month&apos;s orders (E23)</source>
        <translation>本月工单中的迟到、离开未报总部和服务报告不完整（E23）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Reason for the decision:</source>
        <translation>处理理由(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the fine is confirmed or dismissed (kept with it)</source>
        <translation>确认或撤销罚款的理由（随罚款保存）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>C&amp;onfirm fine</source>
        <translation>确认罚款(&amp;O)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dismiss</source>
        <translation>撤销(&amp;D)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a fine by hand (e.g. disobeyed dispatch)</source>
        <translation>手工录入罚款（如不服从派工）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;taff:</source>
        <translation>员工(&amp;T)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>R&amp;eason:</source>
        <translation>事由(&amp;E)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Da&amp;y:</source>
        <translation>日期(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Work order no.:</source>
        <translation>工单号(&amp;W)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add fine</source>
        <translation>录入罚款(&amp;A)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run_dialog.py" line="+39"/>
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
        <location line="+29"/>
        <source>Preparing the new database… your account will be created in a moment.</source>
        <translation>正在准备新数据库……稍候将自动为您创建账户。</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <translation>在数据库中填入虚构的客户、理赔、工单和备料单，供试用和培训。</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/form_dialog.py" line="+68"/>
        <source>Discard what was typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This has not been saved. Close and lose what was typed?</source>
        <translation>尚未保存。关闭并放弃已输入的内容吗？</translation>
    </message>
</context>
<context>
    <name>FundEntryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/fund_entry_dialog.py" line="+36"/>
        <source>Record a remittance</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A payment remitted to the manufacturer; the fund accrues its percentage of the quarter&apos;s remittances (D4).</source>
        <translation>向厂家的回款；服务基金按季度回款额的比例计提（D4）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paid on:</source>
        <translation>回款日期(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>&amp;Amount (¥):</source>
        <translation>金额（元）(&amp;A)：</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Re&amp;ference:</source>
        <translation>凭证号(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank slip or voucher no.</source>
        <translation>银行回单或凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record remittance</source>
        <translation>登记回款(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund percentage</source>
        <translation>基金比例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fund&apos;s share of remittances is configuration with an effective date (D4); remittances from that date accrue at the new percentage.</source>
        <translation>服务基金占回款的比例是带生效日期的配置（D4）；自该日起的回款按新比例计提。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effective from:</source>
        <translation>生效日期(&amp;E)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Percentage (%):</source>
        <translation>比例（%）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set percentage</source>
        <translation>设定比例(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a charge</source>
        <translation>登记支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight to the manufacturer and refurbishment parts the centre bears are deducted from the fund (D13, D14).</source>
        <translation>服务中心承担的寄往厂家运费和翻新配件费用从服务基金中扣除（D13、D14）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What for:</source>
        <translation>用途(&amp;W)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. freight, return application RA-2026-0003</source>
        <translation>例如运费，退货申请 RA-2026-0003</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record charge</source>
        <translation>登记支出(&amp;R)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remittance of {amount} on {date} recorded.</source>
        <translation>已登记 {date} 的回款 {amount}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fund percentage is {percent}% from {date}.</source>
        <translation>自 {date} 起基金比例为 {percent}%。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge of {amount} on {date} recorded.</source>
        <translation>已登记 {date} 的支出 {amount}。</translation>
    </message>
    <message>
        <location filename="../../ui/fund_entry_dialog.ui" line="+174"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>FundPaperwork</name>
    <message>
        <location filename="../../desktop_app/gui/parts/fund_documents_actions.py" line="+40"/>
        <source>Service fund statement {period}</source>
        <translation>服务基金结算表 {period}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts reconciliation {month}</source>
        <translation>配件对账单 {month}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as XLSX</source>
        <translation>另存为 XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FundWindow</name>
    <message>
        <location filename="../../desktop_app/gui/parts/fund_window.py" line="+65"/>
        <location filename="../../ui/fund_window.ui" line="+14"/>
        <source>Service fund</source>
        <translation>服务基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter by month</source>
        <translation>季度逐月明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittances and charges</source>
        <translation>回款与支出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+139"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+3"/>
        <source>Accrual</source>
        <translation>计提</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Charges</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overrun payable</source>
        <translation>应付超支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried forward</source>
        <translation>结转</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulated balance</source>
        <translation>累计余额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference / note</source>
        <translation>凭证号 / 说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>登记人</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Calculating the fund…</source>
        <translation>正在计算基金数据…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fund percentage in force: {percent}% since {date} (D4)</source>
        <translation>现行基金比例：{percent}%，自 {date} 起（D4）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fund percentage is set: remittances accrue nothing yet (D4).</source>
        <translation>尚未设定基金比例：回款暂不计提（D4）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remittance</source>
        <translation>回款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{number}: freight back from the manufacturer (D14)</source>
        <translation>{number}：厂家发回运费（D14）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}: freight to the manufacturer (D13/D14)</source>
        <translation>{number}：返厂去程运费（D13/D14）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: freight back from the manufacturer (D14), {share} of {total} by quantity</source>
        <translation>{number}：厂家发回运费（D14），按数量分摊 {total} 中的 {share}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: freight to the manufacturer (D13/D14), {share} of {total} by quantity</source>
        <translation>{number}：返厂去程运费（D13/D14），按数量分摊 {total} 中的 {share}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{quarter}, tallied monthly and cumulated</source>
        <translation>{quarter}，按月统计并累计</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarter total</source>
        <translation>季度合计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter to date</source>
        <translation>本季至今合计</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quarter not yet ended (as of {day})</source>
        <translation>本季未结束（截至 {day}）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{open}: balance so far {amount}; settled after the quarter ends ({end}).</source>
        <translation>{open}：目前余额 {amount}，季度结束（{end}）后结算。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement: the charges exceed the fund by {amount}; the centre pays this overrun for {quarter} (never set off against payment for goods).</source>
        <translation>结算：支出超出基金 {amount}；该超支由服务中心在 {quarter} 支付（不得与货款相抵）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settlement: a year-end surplus of {amount} carries into the next year ({next}).</source>
        <translation>结算：年末结余 {amount} 结转至下一年度（{next}）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement: a surplus of {amount} carries into {next}.</source>
        <translation>结算：结余 {amount} 结转至 {next}。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement: the fund is exactly used; nothing to pay or carry.</source>
        <translation>结算：基金恰好用完，无需支付也无结转。</translation>
    </message>
    <message>
        <location filename="../../ui/fund_window.ui" line="+8"/>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Record &amp;remittance…</source>
        <translation>登记回款(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record &amp;charge…</source>
        <translation>登记支出(&amp;C)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freight and refurbishment the centre bears (D13, D14), deducted from the fund.</source>
        <translation>服务中心承担的运费和翻新费用（D13、D14），从服务基金中扣除。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fund p&amp;ercentage…</source>
        <translation>基金比例(&amp;E)…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>As X&amp;LSX…</source>
        <translation>导出 XLSX(&amp;L)…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&amp;Print statement…</source>
        <translation>打印结算表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement as &amp;XLSX…</source>
        <translation>结算表导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Parts reconciliation (D9) for &amp;month:</source>
        <translation>配件对账（D9）月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pr&amp;int…</source>
        <translation>打印(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/history_chart.py" line="+55"/>
        <source>{month}: {completed} completed, satisfaction {score}</source>
        <translation>{month}：完成 {completed} 单，满意度 {score}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No history yet</source>
        <translation>尚无历史数据</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Completed orders</source>
        <translation>完成工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (of 5)</source>
        <translation>满意度（满分 5）</translation>
    </message>
</context>
<context>
    <name>IdentifyProductDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/identify_dialog.py" line="+79"/>
        <source>The claim is dated the day the customer called, {date}: the warranty promise in force then applies (W12). On a visit the remedy is repair, free or paid as judged; return and exchange are handled at the counter (W2, W3).</source>
        <translation>理赔日期为客户来电当天（{date}），按当时有效的保修承诺判定（W12）。上门服务一律维修，按判定免费或收费；退货、换货请到服务台办理（W2、W3）。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Product identified: serial {serial}, claim {claim}. {remedy}; cost borne by: {bearer}.</source>
        <translation>已登记产品：序列号 {serial}，理赔单 {claim}。{remedy}；费用承担：{bearer}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer pays {amount} for the wear parts at cost.</source>
        <translation>客户按成本价支付易损件 {amount}。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wear parts already fitted are not covered by the free repair (W3, W6): {parts} cost the customer {amount} at cost. Ask the customer; if they do not want them, take them back and return them to stock before saving.</source>
        <translation>已装上的易损件不在免费维修范围内（W3、W6）：{parts} 须由客户按成本价支付 {amount}。请先征得客户同意；客户不要的，请拆回并退回库存后再保存。</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_identify_dialog.ui" line="+14"/>
        <source>Identify the product of the visit</source>
        <translation>登记上门服务的产品</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Product found on site</source>
        <translation>现场产品</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Serial no.:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan the label, or type it and press Enter</source>
        <translation>扫描标签，或手工输入后按回车</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial &amp;unknown</source>
        <translation>序列号不详(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serial number on the unit: it gets a placeholder serial</source>
        <translation>机身没有序列号：系统生成占位序列号</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Product mode&amp;l:</source>
        <translation>产品型号(&amp;L)：</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Discontinued model (warranty claims still accepted)</source>
        <translation>该型号已停用（仍可受理保修）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model is deactivated in Tools → Product models: it is no longer sold, but its warranty runs from the sale date (W1–W4) and the claim is judged as for any model.</source>
        <translation>该型号已在“工具 → 产品型号”中停用：不再销售，但保修期自销售日期起计算（W1–W4），理赔判定与其他型号相同。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Invoice:</source>
        <translation>发票：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Invoice present</source>
        <translation>有发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the invoice, repair is judged from a sale registered for the serial, else paid (W10)</source>
        <translation>无发票时，按该序列号登记的销售日期判定维修，没有登记则为收费维修（W10）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sale &amp;date:</source>
        <translation>销售日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YYYY-MM-DD, from the invoice</source>
        <translation>年-月-日，以发票为准</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Fault:</source>
        <translation>故障现象(&amp;F)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The fault found on site</source>
        <translation>现场发现的故障</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The customer a&amp;grees to pay for these wear parts at cost</source>
        <translation>客户同意按成本价支付这些易损件(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the customer first: the consent is recorded with your name and the time (W3, W6)</source>
        <translation>请先征得客户同意：同意将连同您的姓名和时间一并记录（W3、W6）</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the claim for this visit and judge the warranty (Ctrl+S)</source>
        <translation>为本次上门建立理赔并判定保修（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="+102"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{name} took over from {previous}.</source>
        <translation>{name} 已接替 {previous}。</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/import_dialog.py" line="+29"/>
        <source>Import the parts list</source>
        <translation>导入配件清单</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (old → new)</source>
        <translation>变更（原 → 新）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Applying adds {added} parts and changes {changed} ({unchanged} unchanged); prices take effect on {date}. Rejected rows ({rejected}) are not imported; fix them in the file and import it again.</source>
        <translation>执行导入将新增 {added} 个配件、修改 {changed} 个（未变 {unchanged} 个）；价格自 {date} 起执行。被拒绝的行（{rejected}）不会导入；请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: {added} parts added, {changed} changed. Rejected rows not imported: {rejected}.</source>
        <translation>导入完成：新增 {added} 个配件，修改 {changed} 个。未导入的被拒绝行：{rejected}。</translation>
    </message>
    <message>
        <location filename="../../ui/parts_import_dialog.ui" line="+35"/>
        <source>Prices &amp;effective from:</source>
        <translation>价格生效日期(&amp;E)：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Apply import</source>
        <translation>执行导入(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImprovementReportDialog</name>
    <message>
        <location filename="../../ui/evaluation_improvement_dialog.ui" line="+14"/>
        <source>Improvement report</source>
        <translation>改进报告</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the general manager: the most frequent faults per model, repeat repairs, suspected design defects and non-quality complaints (E2, E5, E6, E16).</source>
        <translation>报总经理：各型号最常见故障、重复维修、疑似设计缺陷和非质量投诉（E2、E5、E6、E16）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&amp;Preview PDF…</source>
        <translation>预览 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/report_dialogs.py" line="+291"/>
        <source>“From” must not be after “To”.</source>
        <translation>“起始”不能晚于“截止”。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Improvement report {first} – {last}</source>
        <translation>改进报告 {first} – {last}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/intake_dialog.py" line="+278"/>
        <source>Discard the claim?</source>
        <translation>放弃这笔理赔？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim has not been saved. Close the form and lose what was typed?</source>
        <translation>理赔尚未保存。关闭表单将丢失已填写的内容，确定吗？</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Existing customer: changes here update the record.</source>
        <translation>已有客户：在此修改会更新客户档案。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim {number} saved</source>
        <translation>理赔 {number} 已保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision: {remedy}; cost borne by: {bearer}.</source>
        <translation>判定：{remedy}；费用承担：{bearer}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order {number} waits for dispatch.</source>
        <translation>工单 {number} 等待派工。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The technician is to arrive by {time}.</source>
        <translation>技术员须于 {time} 前到达。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return waits for the general manager&apos;s approval (W9).</source>
        <translation>退货须等待总经理批准（W9）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printing is not available on this computer yet.</source>
        <translation>本机尚不能打印受理单。</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/intake/intake_fields.py" line="+24"/>
        <source>Best remedy offered</source>
        <translation>按最优方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No override</source>
        <translation>不改判</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>{name} ({category})</source>
        <translation>{name}（{category}）</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="+14"/>
        <source>New claim</source>
        <translation>新建理赔</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ne&amp;w customer</source>
        <translation>改为新客户(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep what is typed but save it as a new customer, not the one found</source>
        <translation>保留已填内容，但存为新客户，而不是找到的客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Na&amp;me:</source>
        <translation>姓名(&amp;M)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person to contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mobile, or landline with area code</source>
        <translation>手机号，或带区号的座机号</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compan&amp;y:</source>
        <translation>单位(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Empty for a private customer</source>
        <translation>个人客户不填</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Shenzhen</source>
        <translation>如：深圳</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Addr&amp;ess:</source>
        <translation>地址(&amp;E)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unit</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product mode&amp;l:</source>
        <translation>产品型号(&amp;L)：</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Discontinued model (warranty claims still accepted)</source>
        <translation>该型号已停用（仍可受理保修）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model is deactivated in Tools → Product models: it is no longer sold, but its warranty runs from the sale date (W1–W4) and the claim is judged as for any model.</source>
        <translation>该型号已在“工具 → 产品型号”中停用：不再销售，但保修期自销售日期起计算（W1–W4），理赔判定与其他型号相同。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Serial no.:</source>
        <translation>序列号(&amp;S)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan or type the label</source>
        <translation>扫描或输入标签上的序列号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial &amp;unknown</source>
        <translation>序列号不详(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serial number: the unit gets a placeholder serial</source>
        <translation>无序列号：系统为该产品生成临时编号</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Invoice:</source>
        <translation>发票：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Invoice present</source>
        <translation>有发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the invoice no return or exchange is offered (W10)</source>
        <translation>没有发票不予退换货（W10）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice number</source>
        <translation>发票号码</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An invoice number or sale date is filled in but “Invoice present” is not ticked: the claim is judged without the invoice (W10), as paid repair unless a sale is registered. Tick it if the customer shows the invoice.</source>
        <translation>已填发票号或销售日期，但未勾选“有发票”：将按无发票判定（W10），无销售登记则为收费维修。客户出示发票时请勾选。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sale &amp;date:</source>
        <translation>销售日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YYYY-MM-DD, from the invoice</source>
        <translation>年-月-日，以发票为准</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Centre recei&amp;ved:</source>
        <translation>本中心收货(&amp;V)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YYYY-MM-DD, goods from the manufacturer (D11)</source>
        <translation>年-月-日，本中心收到厂家货物的日期（D11）</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Claim</source>
        <translation>理赔</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hannel:</source>
        <translation>受理渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;quired arrival:</source>
        <translation>要求到达时间(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When the customer wants us there, e.g. 2026-03-18 14:30</source>
        <translation>客户要求的上门时间，如 2026-03-18 14:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date and time the customer asked the technician to arrive (S3); a later arrival is recorded as late</source>
        <translation>客户要求技术员到达的日期和时间（S3）；晚于此时到达将记为迟到</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Fault:</source>
        <translation>故障现象(&amp;F)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the customer reports, in their words</source>
        <translation>按客户原话描述故障</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Accessories:</source>
        <translation>随机附件(&amp;A)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick what the customer handed over (Space); missing ones may be charged (W2)</source>
        <translation>勾选客户交来的附件（空格键）；缺少的附件可能收费（W2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requested &amp;remedy:</source>
        <translation>客户要求(&amp;R)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Escalation:</source>
        <translation>上报：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Negotiate (W8)</source>
        <translation>协商处理(&amp;N)（W8）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unforeseen case: a negotiated outcome with a written note (W8)</source>
        <translation>不可预见的情况：与客户协商处理，须写明说明（W8）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note for the negotiation</source>
        <translation>协商说明</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Override &amp;tier:</source>
        <translation>改判(&amp;T)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written reason (W10)</source>
        <translation>书面理由（W10）</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validate and save the claim (Ctrl+S)</source>
        <translation>校验并保存理赔（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close without saving (Esc)</source>
        <translation>不保存并关闭（Esc）</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Print receipt</source>
        <translation>打印受理单(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the receipt in two copies; the customer signs the centre&apos;s</source>
        <translation>打印受理单一式两份；客户在中心联上签字</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New claim</source>
        <translation>新建理赔(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take in another claim (Ctrl+N)</source>
        <translation>受理下一笔理赔（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <location filename="../../desktop_app/gui/printing/label_printing.py" line="-19"/>
        <source>Unit label</source>
        <translation>维修标签</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="+29"/>
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
        <location line="+8"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="-27"/>
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
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly received</source>
        <translation>部分到货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed short</source>
        <translation>已结束（未供齐）</translation>
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
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>来访</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sent by post or courier</source>
        <translation>邮寄/快递</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>QQ</source>
        <translation>QQ 在线</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>On-site request</source>
        <translation>上门服务请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>来函</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manufacturer (dead on arrival, D11)</source>
        <translation>厂家（开箱不良，D11）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer (early defect, D12)</source>
        <translation>厂家（品质不良，D12）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund, in warranty (D13)</source>
        <translation>服务基金（保修期内，D13）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund, centre&apos;s own promise (D14)</source>
        <translation>服务基金（本中心承诺，D14）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrual from remittances (D4)</source>
        <translation>回款计提（D4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge to the fund</source>
        <translation>基金列支</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried forward</source>
        <translation>结转</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess paid by the centre (D4)</source>
        <translation>中心承担超支（D4）</translation>
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
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop_app/gui/language_menu.py" line="+18"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of Service Counter.</source>
        <translation>新的界面语言将在下次启动售后服务台时生效。</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/list_tab.py" line="+125"/>
        <source>{count} records; type 3 or more letters or digits to search</source>
        <translation>共 {count} 条；输入 3 个以上字母或数字开始搜索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than {count} matches: type more to narrow the search</source>
        <translation>超过 {count} 条匹配，请输入更多文字缩小范围</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} match</source>
        <translation>找到 {count} 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} matches</source>
        <translation>找到 {count} 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} record</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} records</source>
        <translation>共 {count} 条</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No records match “{search}”.</source>
        <translation>没有符合“{search}”的记录。</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/lock_dialog.py" line="+37"/>
        <source>Signed in: {name}. Enter your password to continue. At a change of shift, the next person enters their own user name and password.</source>
        <translation>当前用户：{name}。请输入密码继续。交接班时，接班人员请输入自己的用户名和密码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A form has unsaved content. Switching user discards it. Go back to let {name} unlock and save it, or discard it and switch.</source>
        <translation>表单中有未保存的内容。切换用户将丢弃这些内容。可以返回，由 {name} 解锁后保存；或者丢弃内容并切换用户。</translation>
    </message>
    <message>
        <location filename="../../ui/lock_dialog.ui" line="+14"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The counter is locked</source>
        <translation>服务台已锁定</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Go back</source>
        <translation>返回(&amp;G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discard and switch user</source>
        <translation>丢弃并切换用户(&amp;D)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="+59"/>
        <source>Warranty &amp;policy…</source>
        <translation>保修政策(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods and categories claims are judged by; publish a new version</source>
        <translation>理赔判定所依据的期限和类别；发布新版本</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed in: {name} ({role})</source>
        <translation>当前用户：{name}（{role}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: {username}</source>
        <translation>用户名：{username}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your password has been changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+44"/>
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
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change your own password</source>
        <translation>修改您自己的密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the window until you or the next person signs in</source>
        <translation>隐藏窗口内容，直到您或接班人员登录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Users…</source>
        <translation>用户管理(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add staff, reset passwords, deactivate accounts</source>
        <translation>添加员工、重置密码、停用账户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changed what, and when</source>
        <translation>谁在何时修改了什么</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Service Counter</source>
        <translation>关于售后服务台(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../ui/evaluation_monthly_report_dialog.ui" line="+14"/>
        <source>Repair monthly report</source>
        <translation>售后维修月报表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The repair monthly report to the manufacturer (售后维修月报表) is due by the 3rd of the following month (D3).</source>
        <translation>售后维修月报表须于次月 3 日前报送厂家（D3）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sent &amp;on:</source>
        <translation>报送日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The day the report went to the manufacturer (D3: by the 3rd), not the day it is recorded.</source>
        <translation>月报表寄出给厂家的日期（D3：次月3日前），不是登记的日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also mark every earlier month not yet marked sent</source>
        <translation>同时标记此前所有尚未标记报送的月份</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print:</source>
        <translation>打印版本(&amp;P)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As sent (the figures the manufacturer received)</source>
        <translation>按报送时重印（厂家收到的数字）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current data (recomputed; may differ from what was sent)</source>
        <translation>按当前数据（重新计算，可能与已报送版本不同）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correction: sent again with the current figures</source>
        <translation>更正：已按当前数据重新报送</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Preview PDF…</source>
        <translation>预览 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save as &amp;XLSX…</source>
        <translation>保存为 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark as &amp;sent</source>
        <translation>标记为已报送(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/report_dialogs.py" line="-213"/>
        <source>Change the day recorded, giving the reason (it is kept in the audit log).</source>
        <translation>更改登记的报送日期，须填写原因（记入审计日志）。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The report for {month} was marked sent on {day}.</source>
        <translation>{month} 的月报表已于 {day} 标记为已报送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures sent were not kept: a reprint is recomputed from current data.</source>
        <translation>报送时的数字未保存：重印按当前数据重新计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{month} is not over yet: the report can be previewed, but it is due only on {due}.</source>
        <translation>{month} 尚未结束：可以预览，报送截止日为 {due}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due by {due}; not yet marked sent.</source>
        <translation>须于 {due} 前报送，尚未标记为已报送。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: it was due on {due} and is not marked sent.</source>
        <translation>已逾期：截止日为 {due}，尚未标记为已报送。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Repair monthly report {month}</source>
        <translation>售后维修月报表 {month}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the repair monthly report</source>
        <translation>保存售后维修月报表</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{count} reports, {first} to {last}, are marked sent on {day}.</source>
        <translation>已将 {first} 至 {last} 共 {count} 份月报表标记为于 {day} 报送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report for {month} is marked sent.</source>
        <translation>{month} 的月报表已标记为已报送。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the sent record</source>
        <translation>更正报送记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction (kept in the audit log):</source>
        <translation>更正原因（记入审计日志）：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sent record of {month} is corrected.</source>
        <translation>{month} 的报送记录已更正。</translation>
    </message>
</context>
<context>
    <name>NegotiationDialog</name>
    <message>
        <location filename="../../desktop_app/gui/negotiation_outcomes.py" line="+14"/>
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
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund (return approved by you, W9)</source>
        <translation>退款（由您批准退货，W9）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed without service</source>
        <translation>不予服务，结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/intake/negotiation_dialog.py" line="+66"/>
        <source>Escalated at intake (W8): {note}</source>
        <translation>受理时上报协商（W8）：{note}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Discard what was typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settlement has not been saved. Close and lose it?</source>
        <translation>协商结果尚未保存。关闭并放弃吗？</translation>
    </message>
    <message>
        <location filename="../../ui/negotiation_dialog.ui" line="+14"/>
        <source>Settle the negotiation</source>
        <translation>协商处理</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Outcome:</source>
        <translation>协商结果(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the negotiation with the customer ended (W8)</source>
        <translation>与客户协商的结果（W8）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>说明(&amp;N)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was agreed with the customer (required)</source>
        <translation>与客户达成的约定（必填）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Arrive by:</source>
        <translation>要求到达(&amp;A)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time the customer asked the technician to arrive (S3)</source>
        <translation>客户要求技术员到达的时间（S3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the customer wants us there, e.g. 2026-03-18 14:30</source>
        <translation>客户要求的上门时间，如 2026-03-18 14:30</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Settle</source>
        <translation>结案(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NewRequisitionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/new_requisition_dialog.py" line="+61"/>
        <location line="+4"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Used in month</source>
        <translation>本月用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short</source>
        <translation>缺件</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Quantity</source>
        <translation>备料数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Fee price</source>
        <translation>收费标准价</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nothing to suggest for this month: add the parts you need below.</source>
        <translation>本月没有建议备料的配件：请在下方添加所需配件。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{count} lines, total at the fee schedule: {total}</source>
        <translation>共 {count} 项，按收费标准合计：{total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · not in the fee schedule: {parts}</source>
        <translation> · 收费标准中无价格：{parts}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft {number} saved. Check the quota and submit it.</source>
        <translation>草稿 {number} 已保存。请核对额度后提交。</translation>
    </message>
    <message>
        <location filename="../../ui/requisition_new_dialog.ui" line="+6"/>
        <source>New requisition</source>
        <translation>新建备料单</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The suggestion replaces the month&apos;s consumption, covers the open orders&apos; shortages and tops up to the reorder levels (D8). Change quantities, remove lines or add parts, then save the draft.</source>
        <translation>建议数量补足本月用量、未结工单的缺件，并补到再订货点（D8）。可修改数量、删除或添加配件，然后保存草稿。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Suggest a&amp;gain</source>
        <translation>重新建议(&amp;G)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>S&amp;hipping:</source>
        <translation>发运方式(&amp;H)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Urgent cost difference (D8):</source>
        <translation>加急运费差额（D8）(&amp;U)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>charged to the centre</source>
        <translation>由服务中心承担</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>N&amp;ote:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines</source>
        <translation>配件明细</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Remove line</source>
        <translation>删除此行(&amp;R)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add a part</source>
        <translation>添加配件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part no. or name</source>
        <translation>配件编号或名称</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Qty:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Save draft</source>
        <translation>保存草稿(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NewReturnDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/new_return_dialog.py" line="+28"/>
        <source>Serial / part no.</source>
        <translation>序列号/配件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>返厂原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who pays</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A claim&apos;s line goes by the claim&apos;s own dates.</source>
        <translation>报修单的行按报修单自己的日期判定。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scan or type a claim no., serial no. or part no.</source>
        <translation>请扫描或输入理赔单号、序列号或配件编号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for returning it.</source>
        <translation>请填写返厂原因。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add at least one unit or part to the list (D15).</source>
        <translation>清单中至少要有一台整机或一项配件（D15）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application {number} saved as a draft: apply to the manufacturer when the list is complete.</source>
        <translation>申请单 {number} 已存为草稿：清单齐全后向厂家提交申请。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>by the claim</source>
        <translation>按报修单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detailed list (D15): {count} lines, {manufacturer} at the manufacturer&apos;s cost</source>
        <translation>详细清单（D15）：共 {count} 项，其中 {manufacturer} 项由厂家承担</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the claim receipt or the unit&apos;s serial label</source>
        <translation>扫描受理单或整机序列号标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part number, e.g. PWR-01</source>
        <translation>配件编号，例如 PWR-01</translation>
    </message>
    <message>
        <location filename="../../ui/return_new_dialog.ui" line="+6"/>
        <source>New return application</source>
        <translation>新建返厂申请</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List every unit and part to send back, with the reason. Each line is classified by the dealer agreement (D11–D14), which decides who pays freight and parts.</source>
        <translation>列出每台要返厂的整机和每项配件及原因。每行按经销协议判定（D11–D14），据此确定运费和配件由谁承担。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Unit (claim or serial no.)</source>
        <translation>整机（理赔单号或序列号）(&amp;U)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Part (part no.)</source>
        <translation>配件（配件编号）(&amp;P)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>C&amp;ode:</source>
        <translation>编号(&amp;O)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Qty:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Found on:</source>
        <translation>发现日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The day the defect was found: the DOA and early-defect windows count to it (D11, D12)</source>
        <translation>发现故障的日期：开箱不良和品质不良的期限算到这一天（D11、D12）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is wrong with it</source>
        <translation>故障情况</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add line</source>
        <translation>加入清单(&amp;A)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Detailed list (D15)</source>
        <translation>详细清单（D15）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Re&amp;move line</source>
        <translation>删除此行(&amp;M)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Save application</source>
        <translation>保存申请单(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/work_order_note_dialog.ui" line="+113"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/note_dialog.py" line="+44"/>
        <source>Cancel the work order</source>
        <translation>取消工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the order is cancelled (kept in its history)</source>
        <translation>取消原因（记入工单历史）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the &amp;order</source>
        <translation>取消工单(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s opinion</source>
        <translation>客户意见</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer&apos;s opinion:</source>
        <translation>客户意见(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer says about the service (E17)</source>
        <translation>客户对本次服务的意见（E17）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save opinion</source>
        <translation>保存意见(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>换机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replacement serial no.:</source>
        <translation>新机序列号(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type the new unit&apos;s serial number</source>
        <translation>扫描或输入新机序列号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;exchange</source>
        <translation>登记换机(&amp;E)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Work order {number} cancelled.</source>
        <translation>工单 {number} 已取消。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s opinion is on {number}&apos;s service report.</source>
        <translation>客户意见已写入 {number} 的服务报告。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange recorded: {number} gets the unit {serial} (its warranty runs on).</source>
        <translation>已登记换机：{number} 换为新机 {serial}（保修期延续原机）。</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/order_actions.py" line="+97"/>
        <source>{number} dispatched to {name}.</source>
        <translation>{number} 已派给 {name}。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number} is now “{state}”.</source>
        <translation>{number} 现为“{state}”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote accepted: the repair goes on.</source>
        <translation>客户接受报价：继续维修。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revised quote refused: the quote accepted before stands again and the repair goes on.</source>
        <translation>客户拒绝修改后的报价：恢复此前已接受的报价，继续维修。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote refused: the unit goes back unrepaired and waits for pickup.</source>
        <translation>客户拒绝报价：不修退回，等待取机。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Issue waiting parts</source>
        <translation>领用待料配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear parts are not covered by the free remedy (W3, W6): {parts} cost the customer about {amount} at cost. Has the customer agreed to pay for them? If not, drop the waiting line instead.</source>
        <translation>易损件不在免费处理范围内（W3、W6）：{parts} 须由客户按成本价支付约 {amount}。客户是否同意支付？如不同意，请改为取消等待的备件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer agrees, &amp;issue</source>
        <translation>客户同意，领用(&amp;I)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting parts issued: the repair goes on.</source>
        <translation>待料配件已领出：继续维修。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part} (need {needed}, on hand {on_hand})</source>
        <translation>{part}（需 {needed}，库存 {on_hand}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still not enough in stock: {parts}.</source>
        <translation>库存仍然不足：{parts}。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} closed. Give the customer the service report and the satisfaction survey (E17).</source>
        <translation>{number} 已结单。请将服务报告和满意度调查表交给客户（E17）。</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/order_dialog.py" line="+91"/>
        <source>Discard what was typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This has not been saved. Close and lose what was typed?</source>
        <translation>尚未保存。关闭并放弃已输入的内容？</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/part_dialog.py" line="+40"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit part {part}</source>
        <translation>编辑配件 {part}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New part</source>
        <translation>新增配件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prices in force since {date}. New prices start a fee-schedule version on the date above; orders dated before it keep the old prices (D6, D9).</source>
        <translation>现行价格自 {date} 起执行。新价格将自上面的日期起形成新的收费标准版本；此前日期的工单仍按原价（D6、D9）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give both prices or neither. Orders use the prices in force on their date (D6).</source>
        <translation>两个价格都填或都不填。工单按其日期执行的价格计价（D6）。</translation>
    </message>
    <message>
        <location filename="../../ui/parts_part_dialog.ui" line="+22"/>
        <source>Part &amp;no.:</source>
        <translation>配件编号(&amp;N)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;A)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Compatible &amp;models:</source>
        <translation>适用型号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Separate models with 、 or commas</source>
        <translation>多个型号用、或逗号分隔</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wear part (W6):</source>
        <translation>易损件（W6）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Never covered by warranty</source>
        <translation>不在保修范围内(&amp;W)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Reorder level:</source>
        <translation>再订货点(&amp;R)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Active:</source>
        <translation>启用：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;In use (inactive parts are not offered)</source>
        <translation>使用中(&amp;I)（停用的配件不再供选用）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ost price:</source>
        <translation>成本价(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 120.00</source>
        <translation>例如 120.00</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Fee-schedule price:</source>
        <translation>收费标准价(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 150.00</source>
        <translation>例如 150.00</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Prices &amp;from:</source>
        <translation>价格生效日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>PartsDialog</name>
    <message>
        <location filename="../../ui/work_order_parts_dialog.ui" line="+14"/>
        <source>Issue parts</source>
        <translation>领用配件</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The customer a&amp;grees to pay for these wear parts at cost</source>
        <translation>客户同意按成本价支付这些易损件(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the customer first: the consent is recorded with your name and the time (W3, W6)</source>
        <translation>请先征得客户同意：系统会记录您的姓名和时间（W3、W6）</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Why this part:</source>
        <translation>使用原因(&amp;W)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A short reason, kept with the issue in the audit trail</source>
        <translation>简要说明原因，随领用记入操作日志</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Issue from stock</source>
        <translation>从库存领用(&amp;I)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue the listed parts to this order (Ctrl+S)</source>
        <translation>将列出的配件领用到本工单（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/parts_dialog.py" line="+38"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>需要</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short by</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add at least one part to the list.</source>
        <translation>请至少添加一个配件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parts issued from stock: {parts}.</source>
        <translation>已从库存领用配件：{parts}。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough in stock: the order now waits for parts</source>
        <translation>库存不足：工单转为待配件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No part was issued. The parts stay on the order as needed lines and go on the next requisition (D8). When they arrive, use “Issue waiting parts”.</source>
        <translation>未领用任何配件。所需配件记在工单上，并列入下一张备料单（D8）。到货后请使用“领用待料配件”。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{part} (need {needed}, on hand {on_hand})</source>
        <translation>{part}（需 {needed}，库存 {on_hand}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough in stock: {parts}. The order waits for parts.</source>
        <translation>库存不足：{parts}。工单等待配件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The order will wait for parts: the customer&apos;s consent for the wear parts {parts} is asked when they are issued (W3, W6).</source>
        <translation>工单将等待备件：易损件 {parts} 到货领用时再征求客户同意（W3、W6）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wear parts are not covered by the free remedy (W3, W6): {parts} cost the customer {amount} at cost. Ask the customer before issuing them.</source>
        <translation>易损件不在免费处理范围内（W3、W6）：{parts} 须由客户按成本价支付 {amount}。领用前请先征得客户同意。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not listed for the {model} in the parts catalogue: {parts}. Say why it is fitted here; the reason is kept with the issue.</source>
        <translation>配件目录中未列为适用 {model}：{parts}。请说明为何在本机使用，原因将随领用记录保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part} (listed for {models})</source>
        <translation>{part}（适用 {models}）</translation>
    </message>
</context>
<context>
    <name>PartsPicker</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/parts_picker.py" line="+42"/>
        <location line="+3"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>On hand</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Models</source>
        <translation>适用机型</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fee price</source>
        <translation>收费标准价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wear part (W6)</source>
        <translation>易损件（W6）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at cost</source>
        <translation>成本金额</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Parts listed for other models are hidden: {count}. Untick “Only parts for this unit” to see them.</source>
        <translation>已隐藏适用其他机型的配件 {count} 个。取消勾选“只看适用本机”即可查看。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fits this unit</source>
        <translation>适用本机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fits this unit (any model)</source>
        <translation>适用本机（通用件）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any model</source>
        <translation>通用</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{part} (need {needed}, on hand {on_hand})</source>
        <translation>{part}（需 {needed}，库存 {on_hand}）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough in stock: {parts}. Issuing puts the order on “awaiting parts” until they arrive.</source>
        <translation>库存不足：{parts}。领用后工单将转为“待配件”，直至到货。</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_parts_picker.ui" line="+31"/>
        <source>&amp;Find part:</source>
        <translation>查找配件(&amp;F)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part no. or name; Enter searches, Down goes to the list</source>
        <translation>配件编号或名称；回车搜索，↓ 进入列表</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Only parts for this unit</source>
        <translation>只看适用本机(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts listed for the unit&apos;s model, and parts listed for no model (universal)</source>
        <translation>适用本机型号的配件，以及未列适用型号的通用件</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter or double-click adds the part</source>
        <translation>回车或双击添加配件</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the selected part with this quantity</source>
        <translation>按此数量添加所选配件</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Remove line</source>
        <translation>删除此行(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected line from the list below</source>
        <translation>从下方列表删除所选行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parts for this order:</source>
        <translation>本工单所需配件：</translation>
    </message>
</context>
<context>
    <name>PartsTexts</name>
    <message>
        <location filename="../../desktop_app/gui/parts/import_texts.py" line="+19"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compatible models</source>
        <translation>适用型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear part</source>
        <translation>易损件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost price</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee price</source>
        <translation>收费标准价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parts/window_support.py" line="+21"/>
        <source>Receipt</source>
        <translation>入库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>领用出库</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-take adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool check-in (E9)</source>
        <translation>工具入库（E9）</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop_app/core/permissions.py" line="+80"/>
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
        <source>record the customer&apos;s answers</source>
        <translation>记录客户答复</translation>
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
        <source>hand over units and close orders</source>
        <translation>交机结单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the fault catalogue</source>
        <translation>维护故障分类</translation>
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
        <translation>管理配件备料</translation>
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
        <source>correct or withdraw any claim</source>
        <translation>更正或撤销任何受理单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the product catalogue</source>
        <translation>维护产品目录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve returns</source>
        <translation>批准退货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve over-quota requisitions</source>
        <translation>批准超额备料</translation>
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
    <message>
        <location line="+1"/>
        <source>manage the service fund</source>
        <translation>管理服务基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the centre settings</source>
        <translation>管理中心设置</translation>
    </message>
</context>
<context>
    <name>PickupPrinter</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/order_printing.py" line="+94"/>
        <source>Pickup slip</source>
        <translation>取机单</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/policy_dialog.py" line="+46"/>
        <source>Publish new version</source>
        <translation>发布新版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {version} is in force.</source>
        <translation>现行第 {version} 版。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} takes effect on {date}.</source>
        <translation>第 {version} 版自 {date} 起施行。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Version {version} published.</source>
        <translation>已发布第 {version} 版。</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.ui" line="+14"/>
        <source>Warranty policy</source>
        <translation>保修政策</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Return period (W2):</source>
        <translation>退货期（W2）(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+69"/>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Exchange period (W3):</source>
        <translation>换货期（W3）(&amp;E)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Free re&amp;pair period (W4):</source>
        <translation>免费维修期（W4）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Longer repair period (W4):</source>
        <translation>延长维修期（W4）(&amp;L)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;DOA window (D11):</source>
        <translation>开箱不良期（D11）(&amp;D)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Early &amp;quality defect window (D12):</source>
        <translation>品质不良期（D12）(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Manufacturer warranty (D10):</source>
        <translation>厂家保修期（D10）(&amp;M)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Effective &amp;from:</source>
        <translation>生效日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Product categories with the longer repair period (W4)</source>
        <translation>享受延长维修期的产品类别（W4）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wear-part list (W6) is kept in the parts catalogue, not here.</source>
        <translation>易损件清单（W6）在配件目录中维护，不在此处。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publishing makes a new version. Claims already judged keep the version they were judged under (W12).</source>
        <translation>发布即生成新版本。已判定的理赔保留其判定时所依据的版本（W12）。</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/printing/print_settings_dialog.py" line="+22"/>
        <source>A5 (half an A4 sheet)</source>
        <translation>A5（半张 A4 纸）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>58 mm roll (thermal printer)</source>
        <translation>58 毫米卷纸（热敏打印机）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm roll (thermal printer)</source>
        <translation>80 毫米卷纸（热敏打印机）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50 × 30 mm</source>
        <translation>50 × 30 毫米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 × 40 mm</source>
        <translation>60 × 40 毫米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the interface</source>
        <translation>与界面语言相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None set up on this computer</source>
        <translation>这台电脑未设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a preview first</source>
        <translation>先显示打印预览</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (not found now)</source>
        <translation>{name}（当前未找到）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Print &amp;settings…</source>
        <translation>打印设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../ui/print_settings_dialog.ui" line="+14"/>
        <source>Print settings</source>
        <translation>打印设置</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These settings belong to this computer: each counter keeps its own printer and paper.</source>
        <translation>这些设置只对这台电脑有效：每个柜台使用各自的打印机和纸张。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default printer:</source>
        <translation>默认打印机：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print &amp;receipts straight to the default printer, without a preview</source>
        <translation>受理单不预览，直接用默认打印机打印(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt and pickup slip &amp;paper:</source>
        <translation>受理单和取机单纸张(&amp;P)：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unit &amp;label size:</source>
        <translation>维修标签尺寸(&amp;L)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label print&amp;er:</source>
        <translation>标签打印机(&amp;E)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A label printer chosen here prints labels without a preview</source>
        <translation>在此选定标签打印机后，标签不经预览直接打印</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a unit label &amp;automatically when a claim is saved</source>
        <translation>保存理赔单时自动打印维修标签(&amp;A)</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Document language:</source>
        <translation>单据语言(&amp;D)：</translation>
    </message>
</context>
<context>
    <name>ProductCategoryDialog</name>
    <message>
        <location filename="../../ui/product_category_dialog.ui" line="+14"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ode:</source>
        <translation>代码(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. industrial_ethernet</source>
        <translation>例如 industrial_ethernet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Chinese name:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;English name:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/products/product_dialogs.py" line="+39"/>
        <source>Edit category {code}</source>
        <translation>编辑类别 {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New product category</source>
        <translation>新增产品类别</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code is in use by product models or the warranty policy (W4): only the names can change.</source>
        <translation>该代码已被产品型号或保修政策（W4）使用：只能修改名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is what the warranty policy names (W4): letters, digits, “-” and “_”; it cannot change once models use it.</source>
        <translation>保修政策按此代码指定类别（W4）：只能用字母、数字、“-”和“_”；有型号使用后不能再改。</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <location filename="../../ui/product_import_dialog.ui" line="+54"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Apply import</source>
        <translation>执行导入(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/products/product_import_dialog.py" line="+25"/>
        <source>Import product models</source>
        <translation>导入产品型号</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <location line="+13"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (old → new)</source>
        <translation>修改（原值 → 新值）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Applying adds {added} models and changes {changed} ({unchanged} unchanged). Rejected rows ({rejected}) are not imported; fix them in the file and import it again.</source>
        <translation>执行后将新增 {added} 个型号、修改 {changed} 个（{unchanged} 个不变）。被拒绝的行（{rejected}）不会导入；请在文件中改正后重新导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported: {added} models added, {changed} changed. Rejected rows not imported: {rejected}.</source>
        <translation>已导入：新增 {added} 个型号，修改 {changed} 个。未导入的被拒绝行：{rejected}。</translation>
    </message>
</context>
<context>
    <name>ProductModelDialog</name>
    <message>
        <location filename="../../ui/product_model_dialog.ui" line="+14"/>
        <source>Product model</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Model:</source>
        <translation>型号(&amp;M)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. S5720-28P</source>
        <translation>例如 S5720-28P</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>C&amp;ategory:</source>
        <translation>类别(&amp;A)：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A&amp;ccessories:</source>
        <translation>随机附件(&amp;C)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Short names separated by 、 or ;. The operator ticks them at intake; missing ones are charged at cost (W2).</source>
        <translation>简称，用“、”或“;”分隔。受理时由前台勾选；缺少的附件按成本价收费（W2）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/products/product_dialogs.py" line="+40"/>
        <source>Edit model {model}</source>
        <translation>编辑型号 {model}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New product model</source>
        <translation>新增产品型号</translation>
    </message>
</context>
<context>
    <name>ProductsMenu</name>
    <message>
        <location filename="../../desktop_app/gui/products/products_menu.py" line="+27"/>
        <source>Product &amp;models…</source>
        <translation>产品型号(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product categories and models intake offers, with their accessories</source>
        <translation>受理时可选的产品类别和型号及其随机附件</translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message>
        <location filename="../../desktop_app/gui/products/products_window.py" line="+42"/>
        <location filename="../../ui/products_window.ui" line="+14"/>
        <source>Product models</source>
        <translation>产品型号</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>随机附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}
models: {count}</source>
        <translation>{name}
型号：{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code: {code}</source>
        <translation>代码：{code}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Category {name} saved.</source>
        <translation>产品类别“{name}”已保存。</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The warranty policy in force gives this category the longer free repair (W4).</source>
        <translation>现行保修政策给予该类别更长的免费维修期（W4）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No product category yet: add one, then its models (or import them).</source>
        <translation>还没有产品类别：先新增类别，再新增（或导入）其型号。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Models: {count}</source>
        <translation>型号：{count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reacti&amp;vate</source>
        <translation>重新启用(&amp;V)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Model {model} saved.</source>
        <translation>型号 {model} 已保存。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model {model} reactivated: intake offers it again.</source>
        <translation>型号 {model} 已重新启用：受理时可再次选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model {model} deactivated: intake no longer offers it; its claims keep it.</source>
        <translation>型号 {model} 已停用：受理时不再提供，已有报修单保持不变。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import product models</source>
        <translation>导入产品型号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model lists (*.xlsx *.csv)</source>
        <translation>型号清单 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/products_window.ui" line="+6"/>
        <source>Intake offers the active models listed here, with their accessories to tick (W2). The warranty policy names categories by their code (W4): a code in use cannot change.</source>
        <translation>受理时可选择此处列出的启用型号，并勾选其随机附件（W2）。保修政策按代码指定类别（W4）：已使用的代码不能修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Product categories</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New ca&amp;tegory…</source>
        <translation>新增类别(&amp;T)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ed&amp;it category…</source>
        <translation>编辑类别(&amp;I)…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model or name</source>
        <translation>型号或名称</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;deactivated</source>
        <translation>显示已停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;New model…</source>
        <translation>新增型号(&amp;N)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit model…</source>
        <translation>编辑型号(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/products/products_window.py" line="-69"/>
        <location filename="../../ui/products_window.ui" line="+10"/>
        <source>Deacti&amp;vate</source>
        <translation>停用(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/products_window.ui" line="+23"/>
        <source>I&amp;mport…</source>
        <translation>导入(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/gui/qt_catalogue_gaps.py" line="+24"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>快捷方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>驱动器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-8"/>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="+9"/>
        <source>Page &amp;Set:</source>
        <translation>页面组(&amp;S)：</translation>
    </message>
</context>
<context>
    <name>QueueBar</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/queue_bar.py" line="+37"/>
        <source>Show this queue (Alt+{n})</source>
        <translation>显示此队列（Alt+{n}）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for dispatch longer than a day, or on site later than the customer asked (S3) (Alt+6)</source>
        <translation>待派工超过一天，或上门晚于客户要求的时间（S3）（Alt+6）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{queue} ({count})</source>
        <translation>{queue}（{count}）</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/work_order_quote_dialog.ui" line="+14"/>
        <source>Quote for a paid repair</source>
        <translation>收费维修报价</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Labour rate:</source>
        <translation>工时费标准(&amp;L)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labour charges of the fee schedule in force; fills in the labour</source>
        <translation>现行收费标准中的工时费；选择后填入工时费</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La&amp;bour:</source>
        <translation>工时费(&amp;B)：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Travel:</source>
        <translation>差旅费(&amp;T)：</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Parts, charged at the fee schedule&apos;s cost price (W5):</source>
        <translation>配件，按收费标准的成本价收费（W5）：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The order waits for the customer&apos;s answer; record it with “Customer accepted” or “Customer refused”.</source>
        <translation>工单等待客户答复；请用“客户接受”或“客户拒绝”登记答复。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Save quote</source>
        <translation>保存报价(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the quote (Ctrl+S)</source>
        <translation>登记报价（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/quote_dialog.py" line="+44"/>
        <source>Typed in</source>
        <translation>手工输入</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quote recorded: {total}. The order waits for the customer&apos;s answer.</source>
        <translation>报价已登记：{total}。工单等待客户答复。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total for the customer: {total} (parts {parts})</source>
        <translation>客户应付合计：{total}（其中配件 {parts}）</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/reassign_dialog.py" line="+31"/>
        <source>Now with {name} ({state}).</source>
        <translation>现由 {name} 负责（{state}）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} ({role}, {count} open)</source>
        <translation>{name}（{role}，在办 {count} 单）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{number} handed over to {name}.</source>
        <translation>{number} 已改派给 {name}。</translation>
    </message>
    <message>
        <location filename="../../ui/reassign_dialog.ui" line="+14"/>
        <source>Hand the order to another technician</source>
        <translation>改派工单</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;To:</source>
        <translation>改派给(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active technicians and supervisors; the number is their open orders</source>
        <translation>在职的技术员和主管；数字为其在办工单数</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why it changes hands, e.g. left the company, on sick leave (kept in its history)</source>
        <translation>改派原因，如离职、病假（记入工单流转记录）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The state stays. From now on the new technician works the order and is credited with its completion, service report and survey; what was already done stays with whoever did it.</source>
        <translation>工单状态不变。此后由新技术员处理，完工、服务报告和满意度调查计入新技术员；已完成的工作仍归原经办人。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Hand over</source>
        <translation>改派(&amp;H)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop_app/services/receipts.py" line="-66"/>
        <source>No invoice</source>
        <translation>无发票</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../../desktop_app/gui/printing/claim_documents.py" line="+53"/>
        <source>Service receipt</source>
        <translation>服务受理单</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The receipt was sent to the printer.</source>
        <translation>受理单已发送到打印机。</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/receive_dialog.py" line="+29"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>备料数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received before</source>
        <translation>已到货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outstanding</source>
        <translation>未到</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived now</source>
        <translation>本次到货</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter what arrived on at least one line.</source>
        <translation>请至少填写一行的到货数量。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} parts booked into stock: {number} is complete.</source>
        <translation>{count} 件配件已入库：{number} 已全部到货。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} parts booked into stock; {number} still has parts to come.</source>
        <translation>{count} 件配件已入库；{number} 仍有配件未到。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrived now: {now} of {outstanding} outstanding</source>
        <translation>本次到货：{now}，未到共 {outstanding}</translation>
    </message>
    <message>
        <location filename="../../ui/requisition_receive_dialog.ui" line="+6"/>
        <source>Receive parts</source>
        <translation>到货登记</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter what arrived on each line; a partial delivery is fine, the rest stays outstanding. Saving books the parts into stock in one go.</source>
        <translation>逐行填写到货数量；可部分到货，其余保留为未到。保存时一次性入库。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Everything outstanding arrived</source>
        <translation>未到配件全部到货(&amp;E)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Clear</source>
        <translation>清空(&amp;C)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Book into stock</source>
        <translation>入库(&amp;B)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>RefundMethod</name>
    <message>
        <location filename="../../desktop_app/gui/intake/refund_labels.py" line="+16"/>
        <source>Back the way it was paid</source>
        <translation>原路退回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refund: not recorded</source>
        <translation>退款：未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund: {amount} · {method} · {at}</source>
        <translation>退款：{amount} · {method} · {at}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(purchase price {price} less {charge} for missing accessories)</source>
        <translation>（购买价 {price}，扣除缺少附件 {charge}）</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/work_order_report_dialog.ui" line="+14"/>
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fault &amp;cause:</source>
        <translation>故障原因(&amp;C)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it failed</source>
        <translation>故障产生的原因</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Solution:</source>
        <translation>解决方法(&amp;S)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was done</source>
        <translation>所做的处理</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replaced parts:</source>
        <translation>更换配件：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;No parts replaced</source>
        <translation>未更换配件(&amp;N)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer&apos;s &amp;opinion:</source>
        <translation>客户意见(&amp;O)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the customer said about the service</source>
        <translation>客户对本次服务的意见</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An order closes only with a complete report: fault cause, solution, replaced parts (or “no parts replaced”) and the customer&apos;s opinion (E17, E23).</source>
        <translation>服务报告完整才能结单：故障原因、解决方法、更换配件（或“未更换配件”）和客户意见（E17、E23）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sa&amp;ve report</source>
        <translation>保存报告(&amp;V)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the service report (Ctrl+S)</source>
        <translation>保存服务报告（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/report_dialog.py" line="+38"/>
        <source>None issued to this order</source>
        <translation>本工单未领用配件</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Service report saved; it is complete.</source>
        <translation>服务报告已保存，内容完整。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service report saved. Still missing for closing: {missing}.</source>
        <translation>服务报告已保存。结单还缺少：{missing}。</translation>
    </message>
</context>
<context>
    <name>ReportReminder</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/report_reminder.py" line="+80"/>
        <source>The repair monthly report for {month} is due by the 3rd</source>
        <translation>{month}售后维修月报表须于次月 3 日前报送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repair monthly report for {month} is overdue (due by the 3rd)</source>
        <translation>{month}售后维修月报表已逾期（须于次月 3 日前报送）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; 1 more month not sent</source>
        <translation>；另有 1 个月未报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {count} more months not sent</source>
        <translation>；另有 {count} 个月未报送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the report, send it to the manufacturer and mark it as sent (D3)</source>
        <translation>打开月报表，报送厂家后标记为已报送（D3）</translation>
    </message>
</context>
<context>
    <name>RequisitionActions</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/requisition_actions.py" line="+103"/>
        <source>{quarter}: quota {quota}, used by other requisitions {used}, this requisition {this}.</source>
        <translation>{quarter}：额度 {quota}，其他备料单已用 {used}，本单 {this}。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the quota by {excess}. The lines past the quota are charged at the fee schedule, and the requisition waits for the general manager&apos;s approval before it goes to the manufacturer (D6).</source>
        <translation>超出额度 {excess}。超出额度的配件按收费标准计费，本单须经总经理批准后才发给厂家（D6）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within the quota: it is submitted to the manufacturer directly (D6).</source>
        <translation>在额度以内：直接提交厂家（D6）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit {number}</source>
        <translation>提交 {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{number} is over the quota: it waits for the general manager&apos;s approval (D6).</source>
        <translation>{number} 超出额度：等待总经理批准（D6）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} submitted to the manufacturer.</source>
        <translation>{number} 已提交厂家。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Over-quota requisition {number} approved: it goes to the manufacturer, the excess charged at the fee schedule (D6).</source>
        <translation>超额备料单 {number} 已批准：发给厂家，超出部分按收费标准计费（D6）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number} is shipped: receive the parts when they arrive.</source>
        <translation>{number} 已发货：配件到达后请登记到货。</translation>
    </message>
</context>
<context>
    <name>RequisitionDetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/detail_panel.py" line="+37"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>备料数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>已到货</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee price</source>
        <translation>收费标准价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{status} on {time}. Reason: {reason}</source>
        <translation>{status}，{time}。原因：{reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled: nothing is supplied or charged, and no approval is needed.</source>
        <translation>已取消：不供货、不计费，无需审批。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rest was closed ({count} not supplied): only what arrived, {received}, counts toward the quota (D6). Reason: {reason}</source>
        <translation>已结束剩余：{count} 件未供货，只按已到货金额 {received} 计入定额（D6）。原因：{reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over the quota by {excess}: the excess is charged at the fee schedule; approved by {manager} (D6).</source>
        <translation>超出额度 {excess}：超出部分按收费标准计费；已由{manager}批准（D6）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the quota by {excess}: the excess is charged at the fee schedule and the general manager must approve the requisition (D6).</source>
        <translation>超出额度 {excess}：超出部分按收费标准计费，须经总经理批准（D6）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within the quarter&apos;s quota: supplied directly (D6).</source>
        <translation>在本季度额度以内：直接供货（D6）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (over quota)</source>
        <translation>（超额）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 line, total at the fee schedule: {total}</source>
        <translation>共 1 项，按收费标准合计：{total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} lines, total at the fee schedule: {total}</source>
        <translation>共 {count} 项，按收费标准合计：{total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; still to arrive: {count}</source>
        <translation>；尚未到货：{count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; rest closed, not supplied: {count}</source>
        <translation>；剩余已结束，未供货：{count}</translation>
    </message>
    <message>
        <location filename="../../ui/requisition_detail_panel.ui" line="+62"/>
        <source>Choose a requisition in the list to see its lines, the quota check and what can be done next.</source>
        <translation>在列表中选择一张备料单，查看明细、额度核对和可进行的操作。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Requisition</source>
        <translation>备料单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shipping:</source>
        <translation>发运方式：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Urgent cost to the centre (D8):</source>
        <translation>加急运费（中心承担，D8）：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prepared by:</source>
        <translation>制单人：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Over quota approved by:</source>
        <translation>超额批准人：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Submitted:</source>
        <translation>提交时间：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Received:</source>
        <translation>到货时间：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quota check (D6)</source>
        <translation>额度核对（D6）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quota (fund share of remittances):</source>
        <translation>额度（回款额的基金比例）：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Used by earlier requisitions:</source>
        <translation>本季度此前备料单已用：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This requisition:</source>
        <translation>本单金额：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excess over the quota:</source>
        <translation>超出额度：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lines</source>
        <translation>配件明细</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Su&amp;bmit…</source>
        <translation>提交(&amp;B)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Approve over quota</source>
        <translation>批准超额(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Mark shipped</source>
        <translation>标记已发货(&amp;M)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;eceive…</source>
        <translation>到货登记(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cancel requisition…</source>
        <translation>取消备料单(&amp;C)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>En&amp;d the rest…</source>
        <translation>结束剩余(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manufacturer will not send the rest: end the requisition with what arrived; only that counts toward the quota (D6)</source>
        <translation>厂家不再发剩余配件：按已到货数量结束本备料单，只有已到货部分计入定额（D6）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Print / preview…</source>
        <translation>打印/预览(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
</context>
<context>
    <name>RequisitionDocuments</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/documents.py" line="+35"/>
        <source>Parts requisition form {number}</source>
        <translation>维修配件备料单 {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return application {number}</source>
        <translation>返厂申请单 {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the requisition</source>
        <translation>导出备料单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RequisitionNoteDialog</name>
    <message>
        <location filename="../../ui/requisition_note_dialog.ui" line="+117"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requisitions/note_dialog.py" line="+43"/>
        <source>Cancel the requisition</source>
        <translation>取消备料单</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Why the requisition is cancelled (kept in the audit log)</source>
        <translation>取消备料单的原因（记入审计日志）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the requisition</source>
        <translation>取消备料单(&amp;C)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Record approval</source>
        <translation>登记批准(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record re&amp;fusal</source>
        <translation>登记拒绝(&amp;F)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The manufacturer&apos;s approval</source>
        <translation>厂家批准</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Close the rest of the requisition</source>
        <translation>结束备料单剩余部分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the rest will not come, e.g. out of stock at the manufacturer</source>
        <translation>剩余配件不再发货的原因，例如厂家缺货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose the rest</source>
        <translation>结束剩余(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approval reference:</source>
        <translation>批准文号(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the manufacturer&apos;s written approval (D15)</source>
        <translation>厂家书面批准的文号（D15）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the manufacturer</source>
        <translation>厂家拒绝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the manufacturer refused the return</source>
        <translation>厂家拒绝返厂的原因</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requisition {number} cancelled.</source>
        <translation>备料单 {number} 已取消。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest of requisition {number} is closed: only what arrived counts toward the quota (D6).</source>
        <translation>备料单 {number} 的剩余部分已结束：只有已到货部分计入定额（D6）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} approved by the manufacturer: it may be packed and shipped.</source>
        <translation>{number} 已获厂家批准：可以装箱发货。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} refused by the manufacturer: nothing may be shipped (D15).</source>
        <translation>{number} 被厂家拒绝：不得发货（D15）。</translation>
    </message>
</context>
<context>
    <name>RequisitionTexts</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/texts.py" line="+13"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied, awaiting approval</source>
        <translation>已申请，待厂家批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by the manufacturer</source>
        <translation>厂家已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>厂家已签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dead on arrival (D11)</source>
        <translation>开箱不良（D11）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early quality defect (D12)</source>
        <translation>品质不良（D12）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In warranty (D13)</source>
        <translation>保内（D13）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of warranty (D14)</source>
        <translation>保外（D14）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by the customer</source>
        <translation>客户付费</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Manufacturer pays freight and parts</source>
        <translation>厂家承担运费及配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund pays freight out and parts; manufacturer pays freight back</source>
        <translation>服务基金承担去程运费及配件，回程运费厂家承担</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre pays all freight and parts (from the service fund)</source>
        <translation>服务中心承担全部运费及配件（基金扣除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer pays</source>
        <translation>客户承担</translation>
    </message>
</context>
<context>
    <name>RequisitionsTab</name>
    <message>
        <location filename="../../desktop_app/app.py" line="-127"/>
        <location filename="../../desktop_app/gui/tabs/requisitions_tab.py" line="+58"/>
        <source>Spare-part requisitions</source>
        <translation>配件备料</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tabs/requisitions_tab.py" line="+4"/>
        <source>No spare-part requisitions yet. Each month, file the parts requisition form here to order parts from the manufacturer.</source>
        <translation>还没有备料单。每月在此填写维修配件备料单，向厂家订购配件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/requisitions_tab.ui" line="+50"/>
        <source>Requisition no.</source>
        <translation>备料单号</translation>
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
        <location line="+15"/>
        <source>{status}. Reason: {reason}</source>
        <translation>{status}。原因：{reason}</translation>
    </message>
    <message>
        <location line="-16"/>
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
    <message>
        <location line="+49"/>
        <source>&amp;New requisition…</source>
        <translation>新建备料单(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start this month&apos;s parts requisition from the suggestion (D8)</source>
        <translation>按建议数量开始本月的维修配件备料单（D8）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Returns to the manufacturer…</source>
        <translation>返厂管理(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return applications: apply, approval, packing, the manufacturer&apos;s count (D11–D16)</source>
        <translation>返厂申请：申请、批准、装箱、厂家清点（D11–D16）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>St&amp;ock…</source>
        <translation>库存(&amp;O)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts cata&amp;logue…</source>
        <translation>配件目录(&amp;L)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service f&amp;und…</source>
        <translation>服务基金(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../../desktop_app/commands/backup.py" line="-20"/>
        <source>Nothing was restored.</source>
        <translation>未恢复任何数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {current} from {backup}; there was no database there before.</source>
        <translation>已用 {backup} 恢复 {current}；此前那里没有数据库。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {current} from {backup}; the previous database is kept as {kept}.</source>
        <translation>已用 {backup} 恢复 {current}；原来的数据库已保留为 {kept}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This replaces all data in {current}
with the backup {backup}.</source>
        <translation>这将用备份 {backup}
替换 {current} 中的全部数据。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current database is kept beside it as {kept}.</source>
        <translation>当前数据库将保留在旁边，名为 {kept}。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit the program at every other counter first.</source>
        <translation>请先在其他所有柜台退出程序。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 恢复 or yes to restore: </source>
        <translation>输入“恢复”或 yes 以确认恢复：</translation>
    </message>
</context>
<context>
    <name>ReturnCompletionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/return_completion_dialog.py" line="+42"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Missing at intake: {missing}. Their cost price is deducted from the refund (W2).</source>
        <translation>受理时缺少：{missing}。按其成本价从退款中扣除（W2）。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Discard what was typed?</source>
        <translation>放弃已输入的内容？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund has not been saved. Close and lose it?</source>
        <translation>退款尚未保存。关闭并放弃所填内容？</translation>
    </message>
    <message>
        <location filename="../../ui/return_completion_dialog.ui" line="+14"/>
        <source>Complete the return</source>
        <translation>完成退货</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The general manager approved this return. Record the refund the customer received and tick what was handed back: the claim is then closed (W2, W9).</source>
        <translation>总经理已批准此退货。请登记客户收到的退款，并勾选已交回的物品，理赔随即结案（W2、W9）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Purchase price (yuan):</source>
        <translation>购买价格（元）(&amp;P)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As printed on the invoice, e.g. 1280.00</source>
        <translation>以发票为准，例如 1280.00</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Missing accessories c&amp;harge (yuan):</source>
        <translation>缺少附件扣款（元）(&amp;H)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Their cost price, deducted from the refund (W2)</source>
        <translation>按成本价，从退款中扣除（W2）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refund (yuan):</source>
        <translation>退款金额（元）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The purchase price less the accessories charge</source>
        <translation>购买价格减去附件扣款</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Refund &amp;method:</source>
        <translation>退款方式(&amp;M)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Handed back:</source>
        <translation>已交回：</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The faulty p&amp;roduct</source>
        <translation>故障产品(&amp;R)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All &amp;accessories received at intake</source>
        <translation>受理时登记的全部附件(&amp;A)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;invoice</source>
        <translation>发票(&amp;I)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refund slip or transfer number</source>
        <translation>退款单号或转账流水号</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Complete the return</source>
        <translation>完成退货(&amp;C)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ReturnLinesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/return_lines_dialog.py" line="+89"/>
        <location filename="../../ui/return_lines_dialog.ui" line="+95"/>
        <source>&amp;Freight out:</source>
        <translation>去程运费(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../ui/return_lines_dialog.ui" line="+127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requisitions/return_lines_dialog.py" line="-30"/>
        <source>Packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted by the manufacturer</source>
        <translation>厂家清点数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial / part no.</source>
        <translation>序列号/配件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>返厂原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classification</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The day each stock line&apos;s defect was found: the DOA and early-defect windows count to it (D11, D12). It can be corrected until the application is applied. A claim&apos;s line goes by the claim&apos;s date.</source>
        <translation>库存行的故障发现日期：开箱不良和品质不良的期限都算到这一天（D11、D12）。申请提交前均可更正。报修单的行按报修单的受理日期判定。</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>shared by quantity: the D13/D14 lines&apos; share is charged to the service fund, the rest is the manufacturer&apos;s (D11/D12)</source>
        <translation>按数量分摊：D13/D14 行的份额计入服务基金，其余由厂家承担（D11/D12）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>charged to the service fund (D13/D14 lines)</source>
        <translation>计入服务基金（D13/D14 项）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the manufacturer pays the freight (D11/D12)</source>
        <translation>运费由厂家承担（D11/D12）</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Pack and ship</source>
        <translation>装箱发货</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Freight back:</source>
        <translation>回程运费(&amp;F)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found-on days</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;All packed</source>
        <translation>全部已装箱(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ship</source>
        <translation>发货(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick each line as it goes into the package: only a complete package ships (D16).</source>
        <translation>每装入一项就勾选一项：只有完整的包裹才能发货（D16）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not approved by the manufacturer yet: the shipment will be refused (D15).</source>
        <translation>尚未获得厂家批准：发货将被拒绝（D15）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manufacturer&apos;s count</source>
        <translation>厂家清点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All as shipped</source>
        <translation>全部与发货一致(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record the count</source>
        <translation>登记清点结果(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what the manufacturer counted on each line: its count stands (D16).</source>
        <translation>逐行填写厂家清点的数量：以厂家清点为准（D16）。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{number}: found-on days changed on {count} lines, classes judged again (D11/D12).</source>
        <translation>{number}：已更正 {count} 行的发现日期，并重新判定（D11/D12）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: no found-on day changed.</source>
        <translation>{number}：发现日期未改动。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} shipped complete with its list.</source>
        <translation>{number} 已随清单完整发货。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number} acknowledged: the manufacturer&apos;s count differs on {count} lines, and its count stands (D16).</source>
        <translation>{number} 厂家已签收：有 {count} 项与清单不符，以厂家清点为准（D16）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} acknowledged: the manufacturer counted everything.</source>
        <translation>{number} 厂家已签收：全部清点无误。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} (claim)</source>
        <translation>{day}（受理）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>if the centre paid for the way back: the D14 lines&apos; share by quantity is charged to the service fund, the rest is the manufacturer&apos;s (D11-D13)</source>
        <translation>如回程运费由服务中心支付：保外（D14）行按数量分摊的部分从服务基金扣除，其余由厂家承担（D11–D13）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if the centre paid for the way back: charged to the service fund (D14 lines)</source>
        <translation>如回程运费由服务中心支付：从服务基金扣除（D14 行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the manufacturer pays the way back (D11-D13): leave it at 0.00</source>
        <translation>回程运费由厂家承担（D11–D13）：保持 0.00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Packed: {packed} of {lines} lines</source>
        <translation>已装箱：{packed} / {lines} 项</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lines that differ: {count}</source>
        <translation>不符的项数：{count}</translation>
    </message>
</context>
<context>
    <name>ReturnsWindow</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/returns_window.py" line="+56"/>
        <source>Serial / part no.</source>
        <translation>序列号/配件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>返厂原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>判定</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who pays</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packed</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>厂家清点</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Application no.</source>
        <translation>申请单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../ui/return_window.ui" line="+6"/>
        <source>Returns to the manufacturer</source>
        <translation>返厂管理</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requisitions/returns_window.py" line="+44"/>
        <source>{count} application</source>
        <translation>共 {count} 份申请</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} applications</source>
        <translation>共 {count} 份申请</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No return applications match “{search}”.</source>
        <translation>没有符合“{search}”的返厂申请。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No return applications yet. Before anything goes back to the manufacturer, apply here with the detailed list (D15).</source>
        <translation>还没有返厂申请。任何货物返厂前，都须先在这里附详细清单提出申请（D15）。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{lines} lines, {quantity} pieces.</source>
        <translation>共 {lines} 项，{quantity} 件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manufacturer&apos;s count differs on {count} lines; its count stands (D16).</source>
        <translation>厂家清点有 {count} 项与清单不符，以厂家清点为准（D16）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{day} (claim)</source>
        <translation>{day}（受理）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{total}, all from the service fund (D14)</source>
        <translation>{total}，全部由服务基金承担（D14）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total}, all the manufacturer&apos;s (D11-D13)</source>
        <translation>{total}，全部由厂家承担（D11–D13）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total}: service fund {fund} (D14 lines), manufacturer {maker} (D11-D13 lines)</source>
        <translation>{total}：服务基金承担 {fund}（D14 明细），厂家承担 {maker}（D11–D13 明细）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{number} applied: wait for the manufacturer&apos;s written approval before shipping (D15).</source>
        <translation>{number} 已提交申请：须待厂家书面批准后才能发货（D15）。</translation>
    </message>
    <message>
        <location filename="../../ui/return_window.ui" line="+16"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application no., serial, part no. or claim no.</source>
        <translation>申请单号、序列号、配件编号或理赔单号</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;New application…</source>
        <translation>新建申请(&amp;N)…</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Choose an application to see its list and what can be done next.</source>
        <translation>选择一份申请，查看清单和可进行的操作。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Application</source>
        <translation>申请单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Applied by:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Applied:</source>
        <translation>申请时间：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approved:</source>
        <translation>批准时间：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approval reference:</source>
        <translation>批准文号：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Shipped:</source>
        <translation>发货时间：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Freight out:</source>
        <translation>去程运费：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Acknowledged:</source>
        <translation>签收时间：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Freight back:</source>
        <translation>回程运费：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Detailed list (D15)</source>
        <translation>详细清单（D15）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Found-on days…</source>
        <translation>发现日期(&amp;F)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the day a stock line&apos;s defect was found, until the application is applied (D11/D12)</source>
        <translation>申请提交前可更正库存行的故障发现日期（D11/D12）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;pply</source>
        <translation>提交申请(&amp;P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Approved…</source>
        <translation>厂家已批准(&amp;A)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refused…</source>
        <translation>厂家拒绝(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;hip…</source>
        <translation>装箱发货(&amp;H)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;cknowledge…</source>
        <translation>厂家签收(&amp;C)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print / pre&amp;view…</source>
        <translation>打印/预览(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/rule_set_dialog.py" line="+52"/>
        <source>Company rules bind staff only once published and acknowledged (E24). Each person signs the acknowledgement sheet of the version in force; a fine under a version they have not acknowledged is flagged.</source>
        <translation>公司制度经公示并经员工确认后方对员工有约束力（E24）。每位员工签署现行版本的确认书；依据其未确认版本作出的罚款会被标注。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published on</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published by</source>
        <translation>发布人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on</source>
        <translation>确认日期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fines and demerits cite the version in force on the day of the facts; old ones keep theirs.</source>
        <translation>罚款和处分引用事实发生当日有效的版本；已有记录保持原版本。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>v{version}</source>
        <translation>第 {version} 版</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No rule set has been published yet: nothing can be held against staff (E24). The general manager publishes the first version below.</source>
        <translation>尚未发布考核制度：不能对员工作出任何处罚（E24）。请总经理在下方发布第一版。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgements</source>
        <translation>确认情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}: {amount}</source>
        <translation>{reason}：{amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bonus deduction for attitude (E3): {amount}</source>
        <translation>服务态度扣发奖金（E3）：{amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgements of version {version}</source>
        <translation>第 {version} 版的确认情况</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not yet</source>
        <translation>尚未确认</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (left {day})</source>
        <translation>{name}（{day} 离职）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (former staff)</source>
        <translation>{name}（已离职）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>I have read version {version}: &amp;acknowledge</source>
        <translation>我已阅读第 {version} 版：确认(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>确认(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You acknowledged this version on {day}.</source>
        <translation>您已于 {day} 确认此版本。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File the sheet the selected person signed on paper, with the date they signed</source>
        <translation>登记所选员工签字的纸质确认书及其签字日期</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You acknowledged version {version}.</source>
        <translation>您已确认第 {version} 版。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}&apos;s signed sheet for version {version} is filed.</source>
        <translation>{name} 签字的第 {version} 版确认书已登记。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule set acknowledgement v{version} {name}</source>
        <translation>考核制度确认书 第 {version} 版 {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Version {version} published; everyone acknowledges it on its sheet.</source>
        <translation>第 {version} 版已发布；请每位员工签署确认书。</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_rule_set_dialog.ui" line="+14"/>
        <source>Assessment rule set</source>
        <translation>考核制度</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Published versions:</source>
        <translation>已发布版本：</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Fines per occurrence (E23):</source>
        <translation>每次罚款金额（E23）：</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Show &amp;former staff</source>
        <translation>显示已离职人员(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list those who have left: the sheet they signed before leaving can still be filed (E24)</source>
        <translation>同时列出已离职人员：其离职前签署的确认书仍可登记（E24）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed &amp;on:</source>
        <translation>签字日期(&amp;O)：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Record signed sheet</source>
        <translation>登记签字确认书(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print acknowledgement sheet…</source>
        <translation>打印确认书(&amp;P)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish a new version (general manager)</source>
        <translation>发布新版本（总经理）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left without calling &amp;headquarters:</source>
        <translation>离开未报总部(&amp;H)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Late on site for personal reasons:</source>
        <translation>个人原因迟到(&amp;L)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Incomplete service report:</source>
        <translation>服务报告不完整(&amp;I)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Di&amp;sobeyed dispatch:</source>
        <translation>不服从派工(&amp;S)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bonus deduction for a&amp;ttitude (E3):</source>
        <translation>服务态度扣发奖金（E3）(&amp;T)：</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Publication &amp;date:</source>
        <translation>发布日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>P&amp;ublish new version</source>
        <translation>发布新版本(&amp;U)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>RulesWindow</name>
    <message>
        <location filename="../../desktop_app/gui/rules_menu.py" line="+25"/>
        <source>&amp;Business rules…</source>
        <translation>业务规则(&amp;B)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the rule numbers in brackets, such as (W9) or (D3), stand for</source>
        <translation>查看括号中的规则编号（如 W9、D3）所指的条文</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_window.py" line="+79"/>
        <source>{shown} of {total}</source>
        <translation>显示 {shown} / {total} 条</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No rule matches the search.</source>
        <translation>没有符合搜索条件的规则。</translation>
    </message>
    <message>
        <location filename="../../ui/rules_window.ui" line="+14"/>
        <source>Business rules</source>
        <translation>业务规则</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rules the program cites in brackets, such as (W9) or (D3): the warranty promise (W), technical support (S), the agreement with the manufacturer (D) and the staff rules (E).</source>
        <translation>本程序在括号中引用的规则编号，如（W9）、（D3）：W 为产品保修服务承诺，S 为技术支持服务，D 为与厂家的售后服务协议，E 为售后服务规章制度及考核办法。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rule number (W9) or words in its text (退货, return)</source>
        <translation>规则编号（如 W9）或条文中的词（如 退货）</translation>
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
        <translation>示例数据已载入：{claims} 条理赔、{work_orders} 张工单、{customers} 位客户和 {requisitions} 张备料单。如需试用其他岗位，可用示例员工账户（{usernames}）登录，密码为 {password}。</translation>
    </message>
</context>
<context>
    <name>SentMarking</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/sent_marking.py" line="+76"/>
        <source>{count} repair monthly reports, {first} to {last}, are marked sent on {day}.</source>
        <translation>已将 {first} 至 {last} 共 {count} 份维修月报表标记为于 {day} 报送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repair monthly report for {month} is marked sent.</source>
        <translation>{month} 的维修月报表已标记为已报送。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The repair monthly reports were not marked sent: {error}</source>
        <translation>维修月报表未能标记为已报送：{error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The repair monthly report was not saved: {error}</source>
        <translation>维修月报表未能保存：{error}</translation>
    </message>
</context>
<context>
    <name>SharedPhoneQuestion</name>
    <message>
        <location filename="../../desktop_app/gui/intake/shared_phone_question.py" line="+13"/>
        <source>Phone number already registered</source>
        <translation>电话号码已登记</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use that customer</source>
        <translation>使用该客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer with this number</source>
        <translation>以此号码新建客户</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/sheet_import_dialog_base.py" line="+79"/>
        <source>File: {file}</source>
        <translation>文件：{file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading {file}…</source>
        <translation>正在读取 {file}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added: {count}</source>
        <translation>新增：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: {count}</source>
        <translation>修改：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: {count}</source>
        <translation>拒绝：{count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing {file}…</source>
        <translation>正在导入 {file}…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/sign_in_dialog.py" line="+42"/>
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
        <location line="+25"/>
        <source>Opening the database… you will be signed in in a moment.</source>
        <translation>正在打开数据库……稍候将自动为您登录。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database: {location}</source>
        <translation>数据库：{location}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Enter your user name.</source>
        <translation>请输入您的用户名。</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="+31"/>
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
    <name>SigningActions</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/signing_actions.py" line="+53"/>
        <source>Record as signed</source>
        <translation>记为已签字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that {name} signed the printed evaluation sheet for {month}? Its fines total and demerits are kept as signed; a fine or demerit entered later for this month will count as a late entry in the next month not yet signed.</source>
        <translation>记录 {name} 已在 {month} 的考评表上签字？罚款合计和记过次数将按签字时保存；此后录入的本月罚款或处分将作为补记计入下一个未签字的月份。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet was printed at {time} by {by}.</source>
        <translation>该考评表已于 {time} 由 {by} 打印。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record as signed</source>
        <translation>记为已签字(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not printed: no evaluation sheet of {name} for {month} was printed or saved.</source>
        <translation>未打印：{name} {month} 的考评表尚未打印或保存。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evaluation sheet of {name} for {month} was printed at {time} by {by} with an earlier version of the program, which did not record its figures.</source>
        <translation>{name} {month} 的考评表于 {time} 由 {by} 用旧版程序打印，未记录表上的数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The evaluation sheet of {name} for {month} printed at {time} by {by} does not show the fines, demerits or complaints entered or decided since.</source>
        <translation>{name} {month} 的考评表于 {time} 由 {by} 打印，不含此后录入或处理的罚款、处分或投诉。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the sheet for the month, have the staff member sign it, then record it as signed.</source>
        <translation>请先打印该月考评表，由本人签字后再记为已签字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print evaluation sheet…</source>
        <translation>打印考评表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo signature</source>
        <translation>撤销签字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was the sheet of {name} for {month} recorded as signed by mistake?</source>
        <translation>{name} {month} 的考评表为什么被误记为已签字？</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../desktop_app/app.py" line="+2"/>
        <location filename="../../desktop_app/gui/tabs/staff_tab.py" line="+89"/>
        <source>Staff evaluation</source>
        <translation>员工考评</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tabs/staff_tab.py" line="+4"/>
        <source>Computing the month&apos;s figures…</source>
        <translation>正在计算本月数据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month&apos;s figures could not be computed. Choose the month again to retry.</source>
        <translation>本月数据未能算出。请重新选择月份再试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff evaluation is for the supervisor and the general manager. Everyone can read and acknowledge the assessment rules under “Rule set…”.</source>
        <translation>员工考评仅供主管和总经理查看。所有人都可以在“考核制度…”中阅读并确认考核制度。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No technicians or supervisors yet. The general manager adds the staff of the centre under Tools → Users.</source>
        <translation>还没有技术员或主管。总经理可在“工具 → 用户管理”中添加本中心员工。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Surveys</source>
        <translation>调查表</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Orders done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score (of 5)</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 24 h</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>准时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>返修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete reports</source>
        <translation>报告不全</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerits</source>
        <translation>记大过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending fines</source>
        <translation>待处理罚款</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fines suggested and not yet decided: not in the fines total. Decide them under Fines… before printing the sheet.</source>
        <translation>已建议但尚未处理的罚款：未计入罚款合计。打印考评表前请在“罚款”中处理。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus cut</source>
        <translation>扣奖金</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by {name}</source>
        <translation>{name} 记录</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The month is not over yet: its sheet is signed after the month end.</source>
        <translation>本月尚未结束：考评表在月末之后签字。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Evaluation sheet {name} {month}</source>
        <translation>员工考评表 {name} {month}</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not applicable: the front desk does no repairs.</source>
        <translation>不适用：前台不承担维修。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location filename="../../ui/staff_tab.ui" line="+34"/>
        <source>&amp;Month:</source>
        <translation>月份(&amp;M)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The month evaluated; it starts at last month, the one the month-end paperwork is about.</source>
        <translation>考评月份；默认为上个月，即月末各项报表所针对的月份。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name or user name</source>
        <translation>姓名或用户名</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Complaints…</source>
        <translation>投诉(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register complaints and record what the verification found (E3, E21)</source>
        <translation>登记投诉并记录核实结果（E3、E21）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fi&amp;nes…</source>
        <translation>罚款(&amp;N)…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Repair m&amp;onthly report…</source>
        <translation>售后维修月报表(&amp;O)…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Suggest fines from the month&apos;s facts, confirm or dismiss them (E23)</source>
        <translation>根据本月事实建议罚款，并予以确认或撤销（E23）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rule set…</source>
        <translation>考核制度(&amp;R)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assessment rules and fine amounts, and who has acknowledged them (E24)</source>
        <translation>考核制度与罚款标准，以及员工的确认情况（E24）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The report to the manufacturer, due by the 3rd (D3)</source>
        <translation>报送厂家的月报表，须于 3 日前报送（D3）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Improvement report…</source>
        <translation>改进报告(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault statistics and complaints for the general manager (E2)</source>
        <translation>报总经理的故障统计与投诉情况（E2）</translation>
    </message>
</context>
<context>
    <name>StockMovementDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/stock_movement_dialog.py" line="-90"/>
        <source>Stock-take adjustment</source>
        <translation>盘点调整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} {unit} in the ledger</source>
        <translation>台账数 {count} {unit}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the shelf differs, e.g. monthly stock-take, damaged in store</source>
        <translation>实物与台账不符的原因，例如月度盘点、库内损坏</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({role}), by saving this count</source>
        <translation>{name}（{role}），保存本次盘点即签字确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Book the count</source>
        <translation>登记盘点(&amp;B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return to stock</source>
        <translation>退回库存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} (holds {held})</source>
        <translation>{number}（持有 {held}）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No work order holds this part, so none can return it.</source>
        <translation>没有工单持有此配件，因此无法退库。</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+22"/>
        <source>&amp;Note:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Optional, e.g. not needed after diagnosis</source>
        <translation>可选，例如诊断后不需要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Return to stock</source>
        <translation>退回库存(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check in a tool (E9)</source>
        <translation>工具入库（E9）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tool bought on the road is reimbursed only once it is checked in here.</source>
        <translation>出差购买的工具须在此入库登记，方可报销。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt no., where it was bought, the trip</source>
        <translation>发票号、购买地点、出差行程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({role}), by saving this check-in</source>
        <translation>{name}（{role}），保存本次入库即签字确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check in</source>
        <translation>入库(&amp;C)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{part}: the count matched the ledger ({count}); nothing to adjust.</source>
        <translation>{part}：盘点数与台账相符（{count}），无需调整。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part}: counted {count}, adjusted by {difference:+d}.</source>
        <translation>{part}：盘点数 {count}，调整 {difference:+d}。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{quantity} × {part} returned to stock; on hand {on_hand}.</source>
        <translation>{quantity} × {part} 已退回库存；现有库存 {on_hand}。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tool {part} checked in ({quantity}).</source>
        <translation>工具 {part} 已入库（{quantity}）。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_movement_dialog.ui" line="+38"/>
        <source>On hand:</source>
        <translation>现有库存：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Counted:</source>
        <translation>盘点数(&amp;C)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Work order:</source>
        <translation>工单(&amp;W)：</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Tool:</source>
        <translation>工具(&amp;T)：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was bought, e.g. 剥线钳</source>
        <translation>所购工具，例如剥线钳</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Unit:</source>
        <translation>单位(&amp;U)：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quantity:</source>
        <translation>数量(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Bought by:</source>
        <translation>购买人(&amp;B)：</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Signed off by:</source>
        <translation>签字确认：</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>StockWindow</name>
    <message>
        <location filename="../../desktop_app/gui/parts/stock_window.py" line="+56"/>
        <location filename="../../ui/stock_window.ui" line="+14"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts and ledger</source>
        <translation>配件与台账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool register (E9)</source>
        <translation>工具登记册（E9）</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>On hand after</source>
        <translation>结存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed off by</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference / reason</source>
        <translation>单号 / 原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool no.</source>
        <translation>工具编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought by</source>
        <translation>购买人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in by</source>
        <translation>入库确认人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>再订货点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below its reorder level: order it on the next requisition (D8).</source>
        <translation>低于再订货点：请列入下一张备料单（D8）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low stock</source>
        <translation>库存不足</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Low-stock parts: {count}</source>
        <translation>库存不足的配件：{count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts: {count}</source>
        <translation>配件：{count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a part to see its movements.</source>
        <translation>选择一个配件以查看其出入库记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{part} · {name}: {on_hand} {unit} on hand, reorder level {level}</source>
        <translation>{part} · {name}：现有库存 {on_hand} {unit}，再订货点 {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} (the latest {shown} of {count} movements)</source>
        <translation>{title}（最近 {shown} 笔，共 {count} 笔）</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Problems found in the ledger: {count}</source>
        <translation>台账发现问题：{count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger checks out: every part&apos;s on hand is the sum of its movements and never went below zero.</source>
        <translation>库存台账核对无误：每个配件的现有库存都等于其出入库记录之和，且从未低于零。</translation>
    </message>
    <message>
        <location filename="../../ui/stock_window.ui" line="+8"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Part no., name, category or product model</source>
        <translation>配件编号、名称、类别或产品型号</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Low stock only</source>
        <translation>仅显示库存不足(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only active parts below their reorder level (they go on the next requisition, D8).</source>
        <translation>仅显示低于再订货点的启用配件（应列入下一张备料单，D8）。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>R&amp;eload</source>
        <translation>刷新(&amp;E)</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Stock-take &amp;adjustment…</source>
        <translation>盘点调整(&amp;A)…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Tools bought on the road are checked in here, or they are not reimbursed (E9).</source>
        <translation>出差购买的工具须在此入库登记，否则不予报销（E9）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Return to stock…</source>
        <translation>退回库存(&amp;R)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check in a &amp;tool (E9)…</source>
        <translation>工具入库(&amp;O)（E9）…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Check ledger</source>
        <translation>核对台账(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proves the ledger: every on hand is the sum of its movements and never went below zero.</source>
        <translation>核对台账：每个现有库存都等于其出入库记录之和，且从未低于零。</translation>
    </message>
</context>
<context>
    <name>SurveyEntryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/surveys/survey_entry_dialog.py" line="+27"/>
        <source>Scan the QR code on the returned form, or type the work-order number and press Enter. Then type each question&apos;s score, 1 to 5: the next question follows by itself.</source>
        <translation>扫描交回的调查表上的二维码，或输入工单号后按回车。然后逐项输入 1 到 5 分，输入后自动跳到下一项。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A survey was already entered for this order: saving replaces it.</source>
        <translation>该工单已录入过调查表：保存将替换原记录。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Updated: the survey of work order {number} was replaced.</source>
        <translation>已更新：工单 {number} 的调查表已替换。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: the survey of work order {number}.</source>
        <translation>已保存：工单 {number} 的调查表。</translation>
    </message>
    <message>
        <location filename="../../ui/survey_entry_dialog.ui" line="+14"/>
        <source>Enter survey</source>
        <translation>录入调查表</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Work order no.:</source>
        <translation>工单号(&amp;W)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan the QR code or type the number, then Enter</source>
        <translation>扫描二维码或输入工单号，然后按回车</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Comment:</source>
        <translation>客户意见(&amp;C)：</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Customer&apos;s &amp;name:</source>
        <translation>客户姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Filled in on:</source>
        <translation>填写日期(&amp;F)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>YYYY-MM-DD</source>
        <translation>年-月-日</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>SurveyMenu</name>
    <message>
        <location filename="../../desktop_app/gui/surveys/survey_menu.py" line="+31"/>
        <source>&amp;Enter survey…</source>
        <translation>录入调查表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U&amp;nreturned surveys…</source>
        <translation>待回收调查表(&amp;N)…</translation>
    </message>
</context>
<context>
    <name>UnreturnedSurveysDialog</name>
    <message>
        <location filename="../../desktop_app/gui/surveys/unreturned_dialog.py" line="+34"/>
        <source>Work order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>结单时间</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The {limit} most recently closed orders are shown.</source>
        <translation>仅显示最近结单的 {limit} 张工单。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n survey(s) not returned.</source>
        <translation>
            <numerusform>%n 份调查表未回收。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every closed order&apos;s survey has been returned.</source>
        <translation>所有已结单工单的调查表均已回收。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Satisfaction survey {number}</source>
        <translation>满意度调查表 {number}</translation>
    </message>
    <message>
        <location filename="../../ui/unreturned_surveys_dialog.ui" line="+14"/>
        <source>Unreturned surveys</source>
        <translation>待回收调查表</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed work orders whose survey form has not come back, newest first. Call the customer, or print the form again.</source>
        <translation>已结单但调查表尚未交回的工单，最新的在前。可致电客户，或重新打印调查表。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Enter survey…</source>
        <translation>录入调查表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print the form again…</source>
        <translation>重新打印调查表(&amp;P)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/users_dialog.py" line="+42"/>
        <source>At least {n} characters.</source>
        <translation>至少 {n} 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose a user in the list.</source>
        <translation>请在列表中选择一个用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>&amp;Deactivate</source>
        <translation>停用(&amp;D)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reactivate</source>
        <translation>重新启用(&amp;R)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} ({username}) can now sign in as {role}.</source>
        <translation>{name}（{username}）现在可以以{role}身份登录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New password set for {name}; any lockout is lifted.</source>
        <translation>已为 {name} 设置新密码，账户锁定（如有）已解除。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing changed for {name}.</source>
        <translation>{name} 的资料没有变化。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: {name} ({role}). Your window shows the new name after you sign in again.</source>
        <translation>已保存：{name}（{role}）。您的窗口在重新登录后显示新姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {name} ({role}), same account and history. If {name} is signed in now, the change applies from the next sign-in.</source>
        <translation>已保存：{name}（{role}），账户和历史不变。若 {name} 正在登录，更改在其下次登录后生效。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is deactivated and can no longer sign in.</source>
        <translation>{name} 已停用，不能再登录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is active again and can sign in.</source>
        <translation>{name} 已重新启用，可以登录。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: {message}</source>
        <translation>{field}：{message}</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="+14"/>
        <source>Users</source>
        <translation>用户管理</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff who may sign in at this counter. Accounts are never deleted: deactivate someone who has left, so their records keep their name.</source>
        <translation>可以登录本服务台的员工。账户从不删除：员工离职时将其停用，其经手的记录仍保留姓名。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <location line="+11"/>
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
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>R&amp;epeat password:</source>
        <translation>重复密码(&amp;E)：</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Add user</source>
        <translation>添加用户(&amp;A)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected user</source>
        <translation>选中的用户</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Correct the name or change the role on the same account</source>
        <translation>在同一账户上更正姓名或更改角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ne&amp;w password:</source>
        <translation>新密码(&amp;W)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repea&amp;t new password:</source>
        <translation>重复新密码(&amp;T)：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Set new password</source>
        <translation>设置新密码(&amp;S)</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/work_order_visit_dialog.ui" line="+14"/>
        <source>On-site visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Co&amp;rrect this visit&apos;s times (a time was typed wrong)</source>
        <translation>更正本次上门的时间（时间录错了）(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form shows the times recorded for this visit: change only the wrong one</source>
        <translation>表单显示本次上门已记录的时间：只需改正录错的那一项</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a &amp;new visit (another trip to the customer)</source>
        <translation>登记新的上门（再次前往客户处）(&amp;N)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Required arrival:</source>
        <translation>要求到达时间：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set &amp;off:</source>
        <translation>出发(&amp;O)：</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Arrived:</source>
        <translation>到达时间(&amp;A)：</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Departed:</source>
        <translation>离开时间(&amp;D)：</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Called headquarters after leaving (E23)</source>
        <translation>离开后已致电总部(&amp;C)（E23）</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/visit_dialog.py" line="+107"/>
        <location filename="../../ui/work_order_visit_dialog.ui" line="+40"/>
        <source>&amp;Save visit</source>
        <translation>保存上门记录(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_visit_dialog.ui" line="+9"/>
        <source>Save the visit times (Ctrl+S)</source>
        <translation>保存上门时间（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/visit_dialog.py" line="-56"/>
        <source>Not given</source>
        <translation>未指定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This order&apos;s latest visit has ended: arrived {arrived}, left {left}.</source>
        <translation>本工单最近一次上门已结束：到达 {arrived}，离开 {left}。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Save correction</source>
        <translation>保存更正(&amp;S)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Visit corrected. The arrival was late (S3) and is recorded for the assessment (E23).</source>
        <translation>上门记录已更正。到达迟于要求时间（S3），已记入考核（E23）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit corrected. Headquarters was not called after leaving (E23).</source>
        <translation>上门记录已更正。离开后未致电总部（E23）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit corrected.</source>
        <translation>上门记录已更正。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit saved. The arrival was late (S3) and is recorded for the assessment (E23).</source>
        <translation>上门记录已保存。到达迟于要求时间（S3），已记入考核（E23）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit saved. Headquarters was not called after leaving (E23).</source>
        <translation>上门记录已保存。离开后未致电总部（E23）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit saved.</source>
        <translation>上门记录已保存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late: after the time the customer asked for (S3).</source>
        <translation>迟到：晚于客户要求的时间（S3）。</translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <location filename="../../desktop_app/core/warranty.py" line="-247"/>
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
        <source>Judged under the policy in force at the sale, kinder than today&apos;s (W12)</source>
        <translation>按售出时的保修政策判定，对客户更有利（W12）</translation>
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
    <message>
        <location filename="../../desktop_app/services/visit_identification.py" line="-163"/>
        <source>On-site visit: the remedy is repair, no return or exchange (W2, W3)</source>
        <translation>上门服务：一律维修，不办理退货或换货（W2、W3）</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/detail_panel.py" line="+61"/>
        <source>Part no.</source>
        <translation>配件编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid by</source>
        <translation>费用承担</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>库存状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The customer refuses the revised quote: the quote they accepted before stands again and the repair goes on within it (E11)</source>
        <translation>客户拒绝修改后的报价：恢复客户此前已接受的报价，在原报价范围内继续维修（E11）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({role}, {count} open)</source>
        <translation>{name}（{role}，在办 {count} 单）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Identify product…</source>
        <translation>登记产品…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the product and serial found on site: the visit gets its claim and warranty decision, and parts already used are charged accordingly (W10, D13)</source>
        <translation>录入现场发现的产品和序列号：本次上门即建立理赔并判定保修，已用配件按判定重新计费（W10、D13）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reassign…</source>
        <translation>改派…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand the order, in the state it is in, to another technician, with the reason (E1): he is credited with what is still to be done</source>
        <translation>将工单按当前状态改派给其他技术员并注明原因（E1）：此后的工作计入新技术员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop waiting part…</source>
        <translation>取消等待的备件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part waiting for stock is no longer needed, or the customer declined the wear part (W3, W6): drop its line, with the reason</source>
        <translation>待到货的配件不再需要，或客户不要该易损件（W3、W6）：取消这一行，并填写原因</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not dispatched yet</source>
        <translation>尚未派工</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{company} (contact: {name})</source>
        <translation>{company}（联系人：{name}）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{remedy} (provisional until diagnosis, W11)</source>
        <translation>{remedy}（检测前为暂定，W11）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not diagnosed yet</source>
        <translation>尚未检测</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{remedy}: changed at diagnosis, the customer must be told (W11)</source>
        <translation>{remedy}：检测后已改判，须告知客户（W11）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{final}; at intake: {bearer}</source>
        <translation>{final}；受理时：{bearer}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Negotiation settled (W8) by {by}, {when}: {outcome}; agreed: {note}</source>
        <translation>协商结果（W8，{by}，{when}）：{outcome}；约定：{note}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes: the same fault as {number}, counted against its technician</source>
        <translation>是：与 {number} 故障相同，计入该单技术员名下</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parts {parts} + labour {labour} + travel {travel} = {total}</source>
        <translation>配件 {parts} + 工时 {labour} + 差旅 {travel} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the customer</source>
        <translation>等待客户答复</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visits:</source>
        <translation>上门记录：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late (S3, E23)</source>
        <translation>迟到（S3、E23）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}. {who}: set off {travel}, arrived {arrived}, left {left}; called headquarters: {called}</source>
        <translation>{n}. {who}：出发 {travel}，到达 {arrived}，离开 {left}；离开前致电总部：{called}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Yes: arrived after the required time (S3, E23)</source>
        <translation>是：晚于要求时间到达（S3、E23）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No parts replaced</source>
        <translation>未更换配件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: the report is complete</source>
        <translation>无：报告完整</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not entered yet</source>
        <translation>尚未录入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued</source>
        <translation>已领用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for stock</source>
        <translation>待到货</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges to the customer: {amount}</source>
        <translation>客户应付：{amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reassigned</source>
        <translation>改派</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_detail_panel.ui" line="+65"/>
        <source>Choose a work order in the list, or scan its number, to see it here.</source>
        <translation>在列表中选择工单或扫描工单号，即在此显示详情。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Actions</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who repairs it; the number is their open orders</source>
        <translation>由谁维修；数字为其在办工单数</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dispatch</source>
        <translation>派工(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign the order to the chosen technician (E1)</source>
        <translation>将工单派给所选技术员（E1）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start dia&amp;gnosis</source>
        <translation>开始检测(&amp;G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The technician takes the unit to the bench</source>
        <translation>技术员开始检测机器</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;iagnosis…</source>
        <translation>故障诊断(&amp;I)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault category, cause and findings; the warranty is judged again (W11)</source>
        <translation>故障类别、原因和检测结果；重新判定保修（W11）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quote…</source>
        <translation>报价(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A paid repair: labour, travel and parts at cost for the customer to decide (E11, W5)</source>
        <translation>收费维修：工时、差旅及按成本价计的配件，由客户决定（E11、W5）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xchange…</source>
        <translation>换机(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/detail_panel.py" line="-213"/>
        <location filename="../../ui/work_order_detail_panel.ui" line="+6"/>
        <source>Record the replacement unit&apos;s serial number (W2, W3)</source>
        <translation>登记换机新机的序列号（W2、W3）</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_detail_panel.ui" line="+7"/>
        <source>Customer &amp;accepted</source>
        <translation>客户接受(&amp;A)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer accepts the quote: the repair goes on</source>
        <translation>客户接受报价：继续维修</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The customer refuses the quote: the unit goes back unrepaired</source>
        <translation>客户拒绝报价：不修退回</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Parts…</source>
        <translation>领用配件(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue spare parts from stock; short parts put the order on awaiting parts</source>
        <translation>从库存领用配件；缺货时工单转为待配件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue &amp;waiting parts</source>
        <translation>领用待料配件(&amp;W)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The parts have arrived: issue them and go on repairing</source>
        <translation>配件已到货：领用并继续维修</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repairing</source>
        <translation>维修中(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the order as being repaired</source>
        <translation>标记为维修中</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repair&amp;ed</source>
        <translation>已修复(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the repair as done</source>
        <translation>标记为维修完成</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read&amp;y for pickup</source>
        <translation>待取机(&amp;Y)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer may collect the unit</source>
        <translation>客户可以取机</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The unit was sent back to the customer</source>
        <translation>机器已寄回客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;On-site visit…</source>
        <translation>上门记录(&amp;O)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrival and departure times and the call to headquarters (S3, E23)</source>
        <translation>到达、离开时间及致电总部（S3、E23）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fi&amp;ll in service report…</source>
        <translation>服务报告(&amp;L)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault cause, solution, replaced parts and the customer&apos;s opinion (E17)</source>
        <translation>故障原因、解决方法、更换配件和客户意见（E17）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand over and &amp;close</source>
        <translation>交机并结单(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the order; needs a complete service report (E17)</source>
        <translation>结单；须服务报告完整（E17）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel the order, with the reason (supervisor)</source>
        <translation>填写原因后取消工单（主管）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pri&amp;nt service report</source>
        <translation>打印服务报告(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview and print the service report</source>
        <translation>预览并打印服务报告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print s&amp;urvey form</source>
        <translation>打印调查表(&amp;U)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview and print the satisfaction survey form (E17)</source>
        <translation>预览并打印满意度调查表（E17）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custo&amp;mer&apos;s opinion…</source>
        <translation>客户意见(&amp;M)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down what the customer says about the service at pickup (E17)</source>
        <translation>取机时记下客户对服务的意见（E17）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print pic&amp;kup slip</source>
        <translation>打印取机单(&amp;K)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The slip the customer signs when collecting the unit</source>
        <translation>客户取机时签字确认的单据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print unit la&amp;bel</source>
        <translation>打印维修标签(&amp;B)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label to stick on the unit on the shelf</source>
        <translation>贴在待修机器上的标签，凭码上架查找</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order</source>
        <translation>工单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Claim:</source>
        <translation>理赔单：</translation>
    </message>
    <message>
        <location line="-377"/>
        <location line="+400"/>
        <source>Technician:</source>
        <translation>技术员：</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Customer refused</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Shipped back</source>
        <translation>已寄回</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancel order…</source>
        <translation>取消工单…</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Phone:</source>
        <translation>电话：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model:</source>
        <translation>型号：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Serial no.:</source>
        <translation>序列号：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sale date:</source>
        <translation>销售日期：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replacement unit:</source>
        <translation>换机新机：</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Warranty</source>
        <translation>保修</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fault reported:</source>
        <translation>报修故障：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>At intake:</source>
        <translation>受理时：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>After diagnosis:</source>
        <translation>检测后：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cost borne by:</source>
        <translation>费用承担：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reasons:</source>
        <translation>判定依据：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Diagnosis</source>
        <translation>故障诊断</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fault category:</source>
        <translation>故障类别：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cause:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Findings:</source>
        <translation>检测结果：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Repeat repair (E16):</source>
        <translation>重复维修（E16）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quote</source>
        <translation>报价</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote:</source>
        <translation>报价：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customer&apos;s answer:</source>
        <translation>客户答复：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On-site visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Required arrival:</source>
        <translation>要求到达：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Arrived:</source>
        <translation>到达：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Departed:</source>
        <translation>离开：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Called headquarters:</source>
        <translation>致电总部：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Late (S3):</source>
        <translation>迟到（S3）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fault cause:</source>
        <translation>故障原因：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Solution:</source>
        <translation>解决方法：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replaced parts:</source>
        <translation>更换配件：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer&apos;s opinion:</source>
        <translation>客户意见：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Missing for closing:</source>
        <translation>结单尚缺：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Satisfaction survey:</source>
        <translation>满意度调查：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Parts</source>
        <translation>配件</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>History</source>
        <translation>处理记录</translation>
    </message>
</context>
<context>
    <name>WorkOrderPrinter</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/order_printing.py" line="-46"/>
        <source>Service report</source>
        <translation>服务报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction survey form</source>
        <translation>满意度调查表</translation>
    </message>
</context>
<context>
    <name>WorkOrderTexts</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/texts.py" line="+17"/>
        <source>Quality defect</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User damage (drop, liquid, wrong power, opened)</source>
        <translation>人为损坏（摔落、进液、电源错误、拆机）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault not reproducible</source>
        <translation>故障未复现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (at cost)</source>
        <translation>客户（按成本价）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund</source>
        <translation>服务基金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>厂家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My orders</source>
        <translation>我的工单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To dispatch</source>
        <translation>待派工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>待配件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pickup</source>
        <translation>待取机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>WorkOrdersTab</name>
    <message>
        <location filename="../../desktop_app/app.py" line="-4"/>
        <location filename="../../desktop_app/gui/tabs/work_orders_tab.py" line="+65"/>
        <source>Repair work orders</source>
        <translation>维修工单</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tabs/work_orders_tab.py" line="+5"/>
        <source>No repair work orders yet. Once a claim is taken in, its work order appears here waiting for dispatch.</source>
        <translation>还没有维修工单。理赔受理后，工单会出现在这里等待派工。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No work orders in “{queue}” now.</source>
        <translation>“{queue}”中目前没有工单。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work order no.</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>型号</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial no.</source>
        <translation>序列号</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Technician</source>
        <translation>技术员</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claim no.</source>
        <translation>理赔单号</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Required arrival</source>
        <translation>要求到达</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Overdue: the technician was due at the customer&apos;s by {time}.</source>
        <translation>已超时：技术员应于 {time} 前到达客户处。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: not dispatched within 24 hours of the request (S3).</source>
        <translation>已超时：报修后 24 小时内未派工（S3）。</translation>
    </message>
    <message>
        <location filename="../../ui/work_orders_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type to filter the list; scan a work order, claim receipt or serial label and its order opens.</source>
        <translation>输入即可筛选；扫描工单、受理回执或序列号标签即打开对应工单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order no., claim no., customer or serial number</source>
        <translation>工单号、理赔单号、客户或序列号</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Queue:</source>
        <translation>队列：</translation>
    </message>
</context>
<context>
    <name>WriteWait</name>
    <message>
        <location filename="../../desktop_app/gui/write_wait.py" line="+21"/>
        <source>Waiting for other counters…</source>
        <translation>等待其他柜台…</translation>
    </message>
</context>
</TS>
