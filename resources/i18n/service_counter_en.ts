<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="+174"/>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“{url}” is not a database address. Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.</source>
        <translation>“{url}” is not a database address. Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.</translation>
    </message>
</context>
<context>
    <name>ApprovalQueueDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/approval_dialog.py" line="+36"/>
        <source>Claim no.</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Return {number} approved.</source>
        <translation>Return {number} approved.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return {number} refused.</source>
        <translation>Return {number} refused.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The technician is to arrive by {time}.</source>
        <translation>The technician is to arrive by {time}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{number}: {fault}
Accessories missing: {missing} · Work order: {order}</source>
        <translation>{number}: {fault}
Accessories missing: {missing} · Work order: {order}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sold: {sale} · Invoice no.: {invoice} · Return allowed until: {until} · Taken in by: {who}</source>
        <translation>Sold: {sale} · Invoice no.: {invoice} · Return allowed until: {until} · Taken in by: {who}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The missing accessories are charged at their cost price: the refund is the purchase price less that charge (W2).</source>
        <translation>The missing accessories are charged at their cost price: the refund is the purchase price less that charge (W2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Approve the return of {number} for {customer}? The approval cannot be undone: the desk may then refund the customer (W9).</source>
        <translation>Approve the return of {number} for {customer}? The approval cannot be undone: the desk may then refund the customer (W9).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Approve the return?</source>
        <translation>Approve the return?</translation>
    </message>
    <message>
        <location filename="../../ui/approval_queue_dialog.ui" line="+14"/>
        <source>Returns awaiting approval</source>
        <translation>Returns awaiting approval</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every return needs the general manager&apos;s approval (W9). A refused return becomes an exchange, or a free repair where no exchange is offered.</source>
        <translation>Every return needs the general manager&apos;s approval (W9). A refused return becomes an exchange, or a free repair where no exchange is offered.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>No returns are waiting for approval.</source>
        <translation>No returns are waiting for approval.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Required when refusing: the reason</source>
        <translation>Required when refusing: the reason</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;quired arrival:</source>
        <translation>Re&amp;quired arrival:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When refusing: when the customer wants us there, e.g. 2026-03-18 14:30</source>
        <translation>When refusing: when the customer wants us there, e.g. 2026-03-18 14:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A refused return on an on-site request becomes an on-site order: the date and time the customer asked the technician to arrive (S3); a later arrival is recorded as late</source>
        <translation>A refused return on an on-site request becomes an on-site order: the date and time the customer asked the technician to arrive (S3); a later arrival is recorded as late</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Approve return</source>
        <translation>&amp;Approve return</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve the selected return (W9)</source>
        <translation>Approve the selected return (W9)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refuse return</source>
        <translation>&amp;Refuse return</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refuse the selected return, with the reason</source>
        <translation>Refuse the selected return, with the reason</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+17"/>
        <source>Staff account</source>
        <translation>Staff account</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+37"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="-2"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Created by</source>
        <translation>Created by</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Product unit</source>
        <translation>Product unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Spare-part requisition</source>
        <translation>Spare-part requisition</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-1"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Satisfaction survey</source>
        <translation>Satisfaction survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty policy</source>
        <translation>Warranty policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittance</source>
        <translation>Remittance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund rate</source>
        <translation>Service fund rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund ledger</source>
        <translation>Service fund ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund</source>
        <translation>Service fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+4"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Spare part</source>
        <translation>Spare part</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Parts list</source>
        <translation>Parts list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts list import</source>
        <translation>Parts list import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee schedule</source>
        <translation>Fee schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movement</source>
        <translation>Stock movement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault category</source>
        <translation>Fault category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+1"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Product model</source>
        <translation>Product model</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Product models import</source>
        <translation>Product models import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to the manufacturer</source>
        <translation>Return to the manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed evaluation sheet</source>
        <translation>Signed evaluation sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+93"/>
        <source>Repair monthly report</source>
        <translation>Repair monthly report</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Monthly document</source>
        <translation>Monthly document</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+5"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Demerit</source>
        <translation>Demerit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment rule set</source>
        <translation>Assessment rule set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set acknowledgement</source>
        <translation>Rule set acknowledgement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre settings</source>
        <translation>Centre settings</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked after wrong passwords</source>
        <translation>Locked after wrong passwords</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password reset</source>
        <translation>Password reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Own password changed</source>
        <translation>Own password changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reactivated</source>
        <translation>Reactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status changed</source>
        <translation>Status changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return approved</source>
        <translation>Return approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return refused</source>
        <translation>Return refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return completed</source>
        <translation>Return completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty tier overridden</source>
        <translation>Warranty tier overridden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation settled (W8)</source>
        <translation>Negotiation settled (W8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over-quota request approved</source>
        <translation>Over-quota request approved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest of the requisition closed</source>
        <translation>Rest of the requisition closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosed</source>
        <translation>Diagnosed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer answered the quote</source>
        <translation>Customer answered the quote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revised quote refused: the accepted quote stands</source>
        <translation>Revised quote refused: the accepted quote stands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for parts</source>
        <translation>Waiting for parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts issued</source>
        <translation>Parts issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts charged to another payer</source>
        <translation>Parts charged to another payer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer agreed to pay for wear parts</source>
        <translation>Customer agreed to pay for wear parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting part dropped</source>
        <translation>Waiting part dropped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit exchanged</source>
        <translation>Unit exchanged</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="+20"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>On-site visit</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Product identified on site</source>
        <translation>Product identified on site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as a repeat repair</source>
        <translation>Marked as a repeat repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Service report</source>
        <translation>Service report</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Customer&apos;s opinion recorded</source>
        <translation>Customer&apos;s opinion recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied</source>
        <translation>Replied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Followed up</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Linked to a claim</source>
        <translation>Linked to a claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged</source>
        <translation>Charged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample data loaded</source>
        <translation>Sample data loaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned to stock</source>
        <translation>Returned to stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-take adjustment</source>
        <translation>Stock-take adjustment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock counted, no difference</source>
        <translation>Stock counted, no difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool checked in</source>
        <translation>Tool checked in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied to the manufacturer</source>
        <translation>Applied to the manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by the manufacturer</source>
        <translation>Approved by the manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the manufacturer</source>
        <translation>Refused by the manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s count recorded</source>
        <translation>Manufacturer&apos;s count recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld without a demerit: no rules in force then (E24)</source>
        <translation>Upheld without a demerit: no rules in force then (E24)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested</source>
        <translation>Suggested</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit times corrected</source>
        <translation>Visit times corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion withdrawn: the visit was corrected</source>
        <translation>Suggestion withdrawn: the visit was corrected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim corrected</source>
        <translation>Claim corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim withdrawn</source>
        <translation>Claim withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked as sent</source>
        <translation>Marked as sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as signed</source>
        <translation>Recorded as signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature record undone</source>
        <translation>Signature record undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent record corrected</source>
        <translation>Sent record corrected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exported</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service receipt</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit label</source>
        <translation>Unit label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pickup slip</source>
        <translation>Pickup slip</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction survey form</source>
        <translation>Satisfaction survey form</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts requisition form</source>
        <translation>Parts requisition form</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-27"/>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+1"/>
        <source>Return application</source>
        <translation>Return application</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_labels.py" line="+2"/>
        <source>Improvement report</source>
        <translation>Improvement report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation sheet</source>
        <translation>Evaluation sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund statement</source>
        <translation>Service fund statement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts reconciliation</source>
        <translation>Parts reconciliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule set acknowledgement sheet</source>
        <translation>Rule set acknowledgement sheet</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-28"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created at</source>
        <translation>Created at</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record version</source>
        <translation>Record version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+147"/>
        <source>Product category (ID)</source>
        <translation>Product category (ID)</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Fault category (ID)</source>
        <translation>Fault category (ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty policy version (ID)</source>
        <translation>Warranty policy version (ID)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment rule set (ID)</source>
        <translation>Assessment rule set (ID)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fee schedule (ID)</source>
        <translation>Fee schedule (ID)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded at</source>
        <translation>Recorded at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines total as signed</source>
        <translation>Fines total as signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerits as signed</source>
        <translation>Major demerits as signed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fines total on the sheet</source>
        <translation>Fines total on the sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerits on the sheet</source>
        <translation>Major demerits on the sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verified complaints on the sheet</source>
        <translation>Verified complaints on the sheet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password (hashed)</source>
        <translation>Password (hashed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed sign-ins</source>
        <translation>Failed sign-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked until</source>
        <translation>Locked until</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact person</source>
        <translation>Contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second phone</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key customer</source>
        <translation>Key customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale date</source>
        <translation>Sale date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale registered</source>
        <translation>Sale registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received by the centre on</source>
        <translation>Received by the centre on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old serial no.</source>
        <translation>Old serial no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New serial no.</source>
        <translation>New serial no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim date</source>
        <translation>Claim date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim number</source>
        <translation>Claim number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault description</source>
        <translation>Fault description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s request</source>
        <translation>Customer&apos;s request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories received</source>
        <translation>Accessories received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories missing</source>
        <translation>Accessories missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice present</source>
        <translation>Invoice present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty decision</source>
        <translation>Warranty decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remedies offered</source>
        <translation>Remedies offered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who bears the cost</source>
        <translation>Who bears the cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision note</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision details</source>
        <translation>Decision details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase price</source>
        <translation>Purchase price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing accessories charge</source>
        <translation>Missing accessories charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund method</source>
        <translation>Refund method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund note</source>
        <translation>Refund note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded at</source>
        <translation>Refunded at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handed back</source>
        <translation>Handed back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the override</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved at</source>
        <translation>Approved at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty tier</source>
        <translation>Warranty tier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work order status</source>
        <translation>Work order status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched at</source>
        <translation>Dispatched at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause of the fault</source>
        <translation>Cause of the fault</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final decision</source>
        <translation>Final decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote: parts</source>
        <translation>Quote: parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote: labour</source>
        <translation>Quote: labour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote: travel</source>
        <translation>Quote: travel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote accepted</source>
        <translation>Quote accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote answered at</source>
        <translation>Quote answered at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required arrival time</source>
        <translation>Required arrival time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set out at</source>
        <translation>Set out at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrival time</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Departure time</source>
        <translation>Departure time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Called headquarters</source>
        <translation>Called headquarters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late arrival</source>
        <translation>Late arrival</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>Requisition</source>
        <translation>Requisition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replaced by unit</source>
        <translation>Replaced by unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement unit</source>
        <translation>Replacement unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat of work order</source>
        <translation>Repeat of work order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fines signed for</source>
        <translation>Fines signed for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demerits signed for</source>
        <translation>Demerits signed for</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fines on the sheet</source>
        <translation>Fines on the sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff member complained about</source>
        <translation>Staff member complained about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched by</source>
        <translation>Dispatched by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overridden by</source>
        <translation>Overridden by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied by</source>
        <translation>Replied by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered by</source>
        <translation>Registered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entered by</source>
        <translation>Entered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>Decided by</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Technician on site</source>
        <translation>Technician on site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day of the conduct</source>
        <translation>Day of the conduct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: fault cause</source>
        <translation>Report: fault cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: solution</source>
        <translation>Report: solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: customer&apos;s opinion</source>
        <translation>Report: customer&apos;s opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report: no parts used</source>
        <translation>Report: no parts used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed at</source>
        <translation>Completed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for cancelling</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Received at</source>
        <translation>Received at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs a visit</source>
        <translation>Needs a visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replied at</source>
        <translation>Replied at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled in on</source>
        <translation>Filled in on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall score</source>
        <translation>Overall score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s comment</source>
        <translation>Customer&apos;s comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Part number</source>
        <translation>Part number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charged to</source>
        <translation>Charged to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compatible models</source>
        <translation>Compatible models</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear part</source>
        <translation>Wear part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee price</source>
        <translation>Fee price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices effective from</source>
        <translation>Prices effective from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool check-in</source>
        <translation>Tool check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity counted</source>
        <translation>Quantity counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts added</source>
        <translation>Parts added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts changed</source>
        <translation>Parts changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts unchanged</source>
        <translation>Parts unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows rejected</source>
        <translation>Rows rejected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models added</source>
        <translation>Models added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models changed</source>
        <translation>Models changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models unchanged</source>
        <translation>Models unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent cost difference</source>
        <translation>Urgent cost difference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted at</source>
        <translation>Submitted at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess over the quota</source>
        <translation>Excess over the quota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantities received</source>
        <translation>Quantities received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied at</source>
        <translation>Applied at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approval reference</source>
        <translation>Approval reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped at</source>
        <translation>Shipped at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight out</source>
        <translation>Freight out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight charged to the fund</source>
        <translation>Freight charged to the fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight back</source>
        <translation>Freight back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight back charged to the fund</source>
        <translation>Freight back charged to the fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines reclassified</source>
        <translation>Lines reclassified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed, not supplied</source>
        <translation>Closed, not supplied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for closing the rest</source>
        <translation>Reason for closing the rest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defect found on</source>
        <translation>Defect found on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged at</source>
        <translation>Acknowledged at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s count</source>
        <translation>Manufacturer&apos;s count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines that differ</source>
        <translation>Lines that differ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry date</source>
        <translation>Entry date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged on</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received via</source>
        <translation>Received via</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received on</source>
        <translation>Received on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verified at</source>
        <translation>Verified at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of the facts</source>
        <translation>Date of the facts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus deduction</source>
        <translation>Bonus deduction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the decision</source>
        <translation>Reason for the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided at</source>
        <translation>Decided at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines per occurrence</source>
        <translation>Fines per occurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus deduction for attitude</source>
        <translation>Bonus deduction for attitude</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return period (months)</source>
        <translation>Return period (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange period (months)</source>
        <translation>Exchange period (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free repair period (months)</source>
        <translation>Free repair period (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long free repair period (months)</source>
        <translation>Long free repair period (months)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories with the long repair period</source>
        <translation>Categories with the long repair period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead-on-arrival period (days)</source>
        <translation>Dead-on-arrival period (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early defect period (days)</source>
        <translation>Early defect period (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s warranty (months)</source>
        <translation>Manufacturer&apos;s warranty (months)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer or file</source>
        <translation>Printer or file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label size</source>
        <translation>Label size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures taken again</source>
        <translation>Figures taken again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff accounts</source>
        <translation>Staff accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product categories</source>
        <translation>Product categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product models</source>
        <translation>Product models</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault categories</source>
        <translation>Fault categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spare parts</source>
        <translation>Spare parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee schedules</source>
        <translation>Fee schedules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warranty policy versions</source>
        <translation>Warranty policy versions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund rates</source>
        <translation>Service fund rates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock movements</source>
        <translation>Stock movements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product units</source>
        <translation>Product units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work orders</source>
        <translation>Work orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order events</source>
        <translation>Work order events</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts used on work orders</source>
        <translation>Parts used on work orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction surveys</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requisitions</source>
        <translation>Requisitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittances</source>
        <translation>Remittances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment records</source>
        <translation>Assessment records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returns to the manufacturer</source>
        <translation>Returns to the manufacturer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre name</source>
        <translation>Centre name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre address</source>
        <translation>Centre address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre phone</source>
        <translation>Centre phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-site cities (S2)</source>
        <translation>On-site cities (S2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat-repair window (E16)</source>
        <translation>Repeat-repair window (E16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong passwords before locking</source>
        <translation>Wrong passwords before locking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in lockout (minutes)</source>
        <translation>Sign-in lockout (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle lock (minutes)</source>
        <translation>Idle lock (minutes)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_table_model.py" line="+285"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-257"/>
        <location filename="../../desktop_app/gui/audit_table_model.py" line="+14"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_table_model.py" line="-183"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Record type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record no.</source>
        <translation>Record no.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_field_labels.py" line="-16"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/audit_table_model.py" line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/audit_viewer.py" line="+52"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A claim, work order, requisition, return, complaint or call number, a user name, part number, model or serial number, typed in full. For a record type without a number, choose the type and type its ID.</source>
        <translation>A claim, work order, requisition, return, complaint or call number, a user name, part number, model or serial number, typed in full. For a record type without a number, choose the type and type its ID.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untick for no limit.</source>
        <translation>Untick for no limit.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All record types</source>
        <translation>All record types</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>More than {count} entries</source>
        <translation>More than {count} entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} entries</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} entry</source>
        <translation>{count} entry</translation>
    </message>
    <message>
        <location filename="../../ui/audit_viewer.ui" line="+14"/>
        <source>Audit log</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Record type:</source>
        <translation>&amp;Record type:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../desktop_app/gui/backup_actions.py" line="+36"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest&amp;ore from a backup…</source>
        <translation>Rest&amp;ore from a backup…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+73"/>
        <location line="+16"/>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>This counter uses a shared PostgreSQL database: it is backed up on the server with pg_dump and restored with pg_restore (see the README).</source>
        <translation>This counter uses a shared PostgreSQL database: it is backed up on the server with pg_dump and restored with pg_restore (see the README).</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+22"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Service Counter databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Service Counter databases (*.sqlite3 *.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace the current data with the backup {file}?
Quit the program at every other counter first. The current database is kept beside it, and the program closes afterwards; start it again to continue.</source>
        <translation>Replace the current data with the backup {file}?
Quit the program at every other counter first. The current database is kept beside it, and the program closes afterwards; start it again to continue.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Restoring the backup {file}…</source>
        <translation>Restoring the backup {file}…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The backup was restored. The previous database is kept as {file}. The program now closes.</source>
        <translation>The backup was restored. The previous database is kept as {file}. The program now closes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backing up the database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup written and checked: {file}</source>
        <translation>Backup written and checked: {file}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup written and checked:
{path}</source>
        <translation>Backup written and checked:
{path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The automatic backup failed; see Tools → Back up now.</source>
        <translation>The automatic backup failed; see Tools → Back up now.</translation>
    </message>
</context>
<context>
    <name>CallRegisterDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/call_register_dialog.py" line="+86"/>
        <source>Call no.</source>
        <translation>Call no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caller</source>
        <translation>Caller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply due</source>
        <translation>Reply due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim no.</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{time} replied late</source>
        <translation>{time} replied late</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>{count} calls; type 3 or more letters or digits to search</source>
        <translation>{count} calls; type 3 or more letters or digits to search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} match</source>
        <translation>{count} match</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} matches</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} call</source>
        <translation>{count} call</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} calls</source>
        <translation>{count} calls</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{time} overdue</source>
        <translation>{time} overdue</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replied {time}: {note}</source>
        <translation>Replied {time}: {note}</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Select a call in the register first.</source>
        <translation>Select a call in the register first.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Call {number} registered; reply due by {time} (S1).</source>
        <translation>Call {number} registered; reply due by {time} (S1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On-site work order {number} waits for dispatch.</source>
        <translation>On-site work order {number} waits for dispatch.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reply due by {time} (within 8 hours, S1)</source>
        <translation>Reply due by {time} (within 8 hours, S1)</translation>
    </message>
    <message>
        <location filename="../../ui/call_register_dialog.ui" line="+14"/>
        <source>Call register</source>
        <translation>Call register</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Register a call</source>
        <translation>Register a call</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Earlier, at:</source>
        <translation>&amp;Earlier, at:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A fax, letter, e-mail or message that arrived before it is registered: the 8-hour reply clock runs from its arrival (S1). Unticked: now.</source>
        <translation>A fax, letter, e-mail or message that arrived before it is registered: the 8-hour reply clock runs from its arrival (S1). Unticked: now.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Caller &amp;name:</source>
        <translation>Caller &amp;name:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mobile, or landline with area code</source>
        <translation>Mobile, or landline with area code</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the call is about</source>
        <translation>What the call is about</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Details:</source>
        <translation>&amp;Details:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On-site visit:</source>
        <translation>On-site visit:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Needs a &amp;visit; arrive by:</source>
        <translation>Needs a &amp;visit; arrive by:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Creates an on-site work order for the supervisor to dispatch (E1, S3)</source>
        <translation>Creates an on-site work order for the supervisor to dispatch (E1, S3)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>On file if known</source>
        <translation>On file if known</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On-site service only in the cities of the policy (S2)</source>
        <translation>On-site service only in the cities of the policy (S2)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Re&amp;gister call</source>
        <translation>Re&amp;gister call</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the call with its 8-hour reply clock (S1)</source>
        <translation>Save the call with its 8-hour reply clock (S1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Every call and letter is registered (E1, E19). Reply within 8 hours (S1); answer with the service information within 24 hours (S3).</source>
        <translation>Every call and letter is registered (E1, E19). Reply within 8 hours (S1); answer with the service information within 24 hours (S3).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Call no., caller, phone or subject</source>
        <translation>Call no., caller, phone or subject</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Overd&amp;ue replies only</source>
        <translation>Overd&amp;ue replies only</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What the caller was told</source>
        <translation>What the caller was told</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Mark replied</source>
        <translation>&amp;Mark replied</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the reply to the selected call (S1)</source>
        <translation>Record the reply to the selected call (S1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim no., e.g. SC-2026-000123</source>
        <translation>Claim no., e.g. SC-2026-000123</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Link to claim</source>
        <translation>&amp;Link to claim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Link the selected call to a claim (E19)</source>
        <translation>Link the selected call to a claim (E19)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <location filename="../../desktop_app/gui/parts/catalogue_window.py" line="+47"/>
        <location filename="../../ui/parts_catalogue_window.ui" line="+14"/>
        <source>Parts catalogue</source>
        <translation>Parts catalogue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear part</source>
        <translation>Wear part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>In force since {date}</source>
        <translation>In force since {date}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Fee price</source>
        <translation>Fee price</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reorder level</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fee-schedule versions: {count}; the latest takes effect on {date}. Prices shown are those in force today.</source>
        <translation>Fee-schedule versions: {count}; the latest takes effect on {date}. Prices shown are those in force today.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fee schedule is published yet: parts have no prices.</source>
        <translation>No fee schedule is published yet: parts have no prices.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts: {count}</source>
        <translation>Parts: {count}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Part {part} saved.</source>
        <translation>Part {part} saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fee schedule effective {date} published; lines: {lines}.</source>
        <translation>Fee schedule effective {date} published; lines: {lines}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import the parts list</source>
        <translation>Import the parts list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parts lists (*.xlsx *.csv)</source>
        <translation>Parts lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export the catalogue</source>
        <translation>Export the catalogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Exporting to {file}…</source>
        <translation>Exporting to {file}…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts exported to {file}: {count}.</source>
        <translation>Parts exported to {file}: {count}.</translation>
    </message>
    <message>
        <location filename="../../ui/parts_catalogue_window.ui" line="+8"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Part no., name, category or product model</source>
        <translation>Part no., name, category or product model</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;New part…</source>
        <translation>&amp;New part…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit part…</source>
        <translation>&amp;Edit part…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publish &amp;fee schedule…</source>
        <translation>Publish &amp;fee schedule…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New prices for the selected parts from an effective date (D6); orders before it keep the old prices.</source>
        <translation>New prices for the selected parts from an effective date (D6); orders before it keep the old prices.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The manufacturer&apos;s parts list as XLSX or CSV (UTF-8 or GBK): preview first, then apply.</source>
        <translation>The manufacturer&apos;s parts list as XLSX or CSV (UTF-8 or GBK): preview first, then apply.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The whole catalogue with the prices in force today, in the import layout.</source>
        <translation>The whole catalogue with the prices in force today, in the import layout.</translation>
    </message>
</context>
<context>
    <name>CatalogueWindowBase</name>
    <message>
        <location filename="../../desktop_app/gui/catalogue_window_base.py" line="+140"/>
        <source>Imported {file}: added {added}, changed {changed}.</source>
        <translation>Imported {file}: added {added}, changed {changed}.</translation>
    </message>
</context>
<context>
    <name>CentreSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/centre_settings_dialog.py" line="+40"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre settings have not been saved. Close and lose the changes?</source>
        <translation>The centre settings have not been saved. Close and lose the changes?</translation>
    </message>
    <message>
        <location filename="../../ui/centre_settings_dialog.ui" line="+14"/>
        <source>Centre settings</source>
        <translation>Centre settings</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Letterhead (printed on every paper)</source>
        <translation>Letterhead (printed on every paper)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Centre &amp;name:</source>
        <translation>Centre &amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Shenzhen Xunlian Service Centre</source>
        <translation>e.g. Shenzhen Xunlian Service Centre</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 0755-8632 1188</source>
        <translation>e.g. 0755-8632 1188</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Printed as:</source>
        <translation>Printed as:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>On-site service cities (S2)</source>
        <translation>On-site service cities (S2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The intake desk offers an on-site visit only to customers in these cities; the first ones are offered first.</source>
        <translation>The intake desk offers an on-site visit only to customers in these cities; the first ones are offered first.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New &amp;city:</source>
        <translation>New &amp;city:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. Guangzhou</source>
        <translation>e.g. Guangzhou</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Repeat repairs (E16)</source>
        <translation>Repeat repairs (E16)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Back again within this counts as a repeat repair:</source>
        <translation>Back again within this counts as a repeat repair:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Sign-in and lock</source>
        <translation>Sign-in and lock</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrong passwords before locking:</source>
        <translation>Wrong passwords before locking:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Account locked for:</source>
        <translation>Account locked for:</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+29"/>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lock the screen when idle for:</source>
        <translation>Lock the screen when idle for:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>never by itself</source>
        <translation>never by itself</translation>
    </message>
</context>
<context>
    <name>CentreSettingsMenu</name>
    <message>
        <location filename="../../desktop_app/gui/centre_settings_menu.py" line="+29"/>
        <source>&amp;Centre settings…</source>
        <translation>&amp;Centre settings…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letterhead, on-site cities, repeat-repair window and sign-in locks</source>
        <translation>Letterhead, on-site cities, repeat-repair window and sign-in locks</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Centre settings saved.</source>
        <translation>Centre settings saved.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/change_password_dialog.py" line="+27"/>
        <source>New password for {name} ({username}).</source>
        <translation>New password for {name} ({username}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least {n} characters.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/change_password_dialog.ui" line="+14"/>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/change_password_dialog.ui" line="+30"/>
        <source>&amp;Current password:</source>
        <translation>&amp;Current password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New password:</source>
        <translation>&amp;New password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Repeat new password:</source>
        <translation>&amp;Repeat new password:</translation>
    </message>
</context>
<context>
    <name>ChangedElsewhere</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/conflict_text.py" line="+27"/>
        <source>This order was cancelled by {who} ({time}).</source>
        <translation>This order was cancelled by {who} ({time}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order was moved to “{state}” by {who} ({time}).</source>
        <translation>This order was moved to “{state}” by {who} ({time}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This order was changed by {who} ({time}); it is still “{state}”.</source>
        <translation>This order was changed by {who} ({time}); it is still “{state}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another counter saved this order at the same moment; it is now “{state}”.</source>
        <translation>Another counter saved this order at the same moment; it is now “{state}”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved; what you typed is kept: check it and save again.</source>
        <translation>Nothing was saved; what you typed is kept: check it and save again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>ClaimCorrectionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/claim_correction_dialog.py" line="+90"/>
        <source>Claim {number} of {day}, taken in by {operator} · {status} · work orders: {orders}</source>
        <translation>Claim {number} of {day}, taken in by {operator} · {status} · work orders: {orders}</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>As chosen at intake (or the best offered)</source>
        <translation>As chosen at intake (or the best offered)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Correct claim {number}</source>
        <translation>Correct claim {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Correct what was taken in wrongly. The customer&apos;s details are changed on every claim of this customer. A changed sale date, invoice or serial judges the warranty again (W1-W11).</source>
        <translation>Correct what was taken in wrongly. The customer&apos;s details are changed on every claim of this customer. A changed sale date, invoice or serial judges the warranty again (W1-W11).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the claim is corrected (kept in the audit log)</source>
        <translation>Why the claim is corrected (kept in the audit log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save correction</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Withdraw claim {number}</source>
        <translation>Withdraw claim {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claim is cancelled, and its open work orders with it. It stays in the list under &quot;Cancelled&quot;.</source>
        <translation>The claim is cancelled, and its open work orders with it. It stays in the list under &quot;Cancelled&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the claim is withdrawn (kept in the audit log)</source>
        <translation>Why the claim is withdrawn (kept in the audit log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw claim</source>
        <translation>&amp;Withdraw claim</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim {number}</source>
        <translation>Claim {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/claim_correction_dialog.ui" line="+485"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>{chosen}; offered: {offered}</source>
        <translation>{chosen}; offered: {offered}</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed by this correction: {decision}</source>
        <translation>Changed by this correction: {decision}</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>The warranty decision changes with this correction: check it above, then save again.</source>
        <translation>The warranty decision changes with this correction: check it above, then save again.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Phone number already registered</source>
        <translation>Phone number already registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Same person: move the claim to that customer</source>
        <translation>Same person: move the claim to that customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Different person: keep a separate customer</source>
        <translation>Different person: keep a separate customer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Discard what was typed?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The correction has not been saved. Close and lose it?</source>
        <translation>The correction has not been saved. Close and lose it?</translation>
    </message>
    <message>
        <location filename="../../ui/claim_correction_dialog.ui" line="-471"/>
        <source>Correct the claim</source>
        <translation>Correct the claim</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Customer &amp;name:</source>
        <translation>Customer &amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The person, or the company&apos;s name</source>
        <translation>The person, or the company&apos;s name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>C&amp;ontact person:</source>
        <translation>C&amp;ontact person:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>For a company: the person to talk to</source>
        <translation>For a company: the person to talk to</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An 11-digit mobile, a landline with area code, or a 400/800 number</source>
        <translation>An 11-digit mobile, a landline with area code, or a 400/800 number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Second p&amp;hone:</source>
        <translation>Second p&amp;hone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another number the customer can be reached at (optional)</source>
        <translation>Another number the customer can be reached at (optional)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cit&amp;y:</source>
        <translation>Cit&amp;y:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer&apos;s city (on-site service only in the listed cities, S2)</source>
        <translation>The customer&apos;s city (on-site service only in the listed cities, S2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer&apos;s address</source>
        <translation>The customer&apos;s address</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Seria&amp;l no.:</source>
        <translation>Seria&amp;l no.:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The serial on the unit&apos;s label; a serial already on record points the claim at that unit</source>
        <translation>The serial on the unit&apos;s label; a serial already on record points the claim at that unit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer showed the purchase invoice (W10): return and exchange are offered only with it</source>
        <translation>The customer showed the purchase invoice (W10): return and exchange are offered only with it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Invoice present</source>
        <translation>&amp;Invoice present</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sale da&amp;te:</source>
        <translation>Sale da&amp;te:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The sale date on the invoice, e.g. 2026-03-18 (W1)</source>
        <translation>The sale date on the invoice, e.g. 2026-03-18 (W1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>In&amp;voice no.:</source>
        <translation>In&amp;voice no.:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The purchase invoice&apos;s number</source>
        <translation>The purchase invoice&apos;s number</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Fault:</source>
        <translation>&amp;Fault:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The fault as the customer describes it</source>
        <translation>The fault as the customer describes it</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Accessories:</source>
        <translation>&amp;Accessories:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tick the accessories handed over (Space ticks); those not ticked are missing (W2)</source>
        <translation>Tick the accessories handed over (Space ticks); those not ticked are missing (W2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Remedy chosen:</source>
        <translation>&amp;Remedy chosen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the customer chooses among the remedies the warranty offers (W2-W5)</source>
        <translation>What the customer chooses among the remedies the warranty offers (W2-W5)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Warranty decision:</source>
        <translation>Warranty decision:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the claim is corrected or withdrawn: kept in the audit log</source>
        <translation>Why the claim is corrected or withdrawn: kept in the audit log</translation>
    </message>
</context>
<context>
    <name>ClaimFilterBar</name>
    <message>
        <location filename="../../desktop_app/gui/intake/claim_filters.py" line="+27"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
</context>
<context>
    <name>ClaimLabels</name>
    <message>
        <location filename="../../desktop_app/gui/printing/label_printing.py" line="+56"/>
        <source>Print la&amp;bel</source>
        <translation>Print la&amp;bel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the unit label of the selected claim, to stick on the unit</source>
        <translation>Print the unit label of the selected claim, to stick on the unit</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/claims_tab.py" line="+82"/>
        <source>Claim intake</source>
        <translation>Claim intake</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No claims match the filters. Clear the filters to see every claim.</source>
        <translation>No claims match the filters. Clear the filters to see every claim.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No claims yet. When a customer comes in, register the new claim here.</source>
        <translation>No claims yet. When a customer comes in, register the new claim here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Claim no.</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Work order {number}: open it in the work orders tab.</source>
        <translation>Work order {number}: open it in the work orders tab.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Return {number} completed: the claim is closed.</source>
        <translation>Return {number} completed: the claim is closed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Claim {number} settled: {decision}, {status}.</source>
        <translation>Claim {number} settled: {decision}, {status}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order {number} waits for dispatch.</source>
        <translation>Work order {number} waits for dispatch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Claim {number} corrected.</source>
        <translation>Claim {number} corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The warranty decision is now: {decision}. Print the receipt again for the customer.</source>
        <translation>The warranty decision is now: {decision}. Print the receipt again for the customer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim {number} withdrawn.</source>
        <translation>Claim {number} withdrawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work orders cancelled with it: {orders}.</source>
        <translation>Work orders cancelled with it: {orders}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Returns awaiting &amp;approval ({count})</source>
        <translation>Returns awaiting &amp;approval ({count})</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Correct the selected claim&apos;s customer, unit, fault or accessories as taken in (or double-click the claim)</source>
        <translation>Correct the selected claim&apos;s customer, unit, fault or accessories as taken in (or double-click the claim)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw the selected claim with a reason: it and its open work orders are cancelled</source>
        <translation>Withdraw the selected claim with a reason: it and its open work orders are cancelled</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{number} · {customer} {phone} · {model} {serial} · {status} · work order: {order}
Fault: {fault}</source>
        <translation>{number} · {customer} {phone} · {model} {serial} · {status} · work order: {order}
Fault: {fault}</translation>
    </message>
    <message>
        <location filename="../../ui/claims_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type a phone number, serial number, name or claim number; scan a label and the record opens.</source>
        <translation>Type a phone number, serial number, name or claim number; scan a label and the record opens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Claim no., customer, phone or serial number</source>
        <translation>Claim no., customer, phone or serial number</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Take in a new claim (Ctrl+N)</source>
        <translation>Take in a new claim (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New claim</source>
        <translation>&amp;New claim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Register a consultation call and see the replies due (Ctrl+R)</source>
        <translation>Register a consultation call and see the replies due (Ctrl+R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call &amp;register</source>
        <translation>Call &amp;register</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Returns waiting for the general manager&apos;s approval (W9)</source>
        <translation>Returns waiting for the general manager&apos;s approval (W9)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the service receipt of the selected claim again (or Enter on the claim)</source>
        <translation>Print the service receipt of the selected claim again (or Enter on the claim)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print recei&amp;pt</source>
        <translation>Print recei&amp;pt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record how the negotiation of the selected escalated claim ended (W8)</source>
        <translation>Record how the negotiation of the selected escalated claim ended (W8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settle ne&amp;gotiation…</source>
        <translation>Settle ne&amp;gotiation…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The refund for the selected approved return was made: close the claim (W9)</source>
        <translation>The refund for the selected approved return was made: close the claim (W9)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Complete return…</source>
        <translation>&amp;Complete return…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Customers and units found; Enter takes in a new claim for the chosen one.</source>
        <translation>Customers and units found; Enter takes in a new claim for the chosen one.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date fro&amp;m</source>
        <translation>Date fro&amp;m</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>t&amp;o</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Claims still open a day after intake: the 24-hour answer is late (S3)</source>
        <translation>Claims still open a day after intake: the 24-hour answer is late (S3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over&amp;due only</source>
        <translation>Over&amp;due only</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>Corr&amp;ect claim…</source>
        <translation>Corr&amp;ect claim…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Withdraw claim…</source>
        <translation>&amp;Withdraw claim…</translation>
    </message>
</context>
<context>
    <name>ComplaintForm</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/complaint_form.py" line="+82"/>
        <source>— nobody in particular —</source>
        <translation>— nobody in particular —</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>— choose the model —</source>
        <translation>— choose the model —</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>{name} (former staff)</source>
        <translation>{name} (former staff)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Customer on record: {name}. The complaint is linked to them and keeps this phone for the answer.</source>
        <translation>Customer on record: {name}. The complaint is linked to them and keeps this phone for the answer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No single customer on record has this phone: the complaint keeps it for the answer, linked to no customer.</source>
        <translation>No single customer on record has this phone: the complaint keeps it for the answer, linked to no customer.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>If upheld: a major demerit for the person (E21).</source>
        <translation>If upheld: a major demerit for the person (E21).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If upheld: criticism and the bonus deduction of the rule set in force (E3).</source>
        <translation>If upheld: criticism and the bonus deduction of the rule set in force (E3).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded against the product model and reported in the improvement report (E6).</source>
        <translation>Recorded against the product model and reported in the improvement report (E6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recorded and reported; nothing is held against anyone (E5).</source>
        <translation>Recorded and reported; nothing is held against anyone (E5).</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_complaint_form.ui" line="+14"/>
        <source>Register a complaint</source>
        <translation>Register a complaint</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Received &amp;by:</source>
        <translation>Received &amp;by:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Received &amp;on:</source>
        <translation>Received &amp;on:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;From whom:</source>
        <translation>&amp;From whom:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer name or company, as they gave it</source>
        <translation>Customer name or company, as they gave it</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where the answer reaches them (E3, E5)</source>
        <translation>Where the answer reaches them (E3, E5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The complainant&apos;s phone, kept with the complaint for the answer. A customer on record with this number is also linked to the complaint.</source>
        <translation>The complainant&apos;s phone, kept with the complaint for the answer. A customer on record with this number is also linked to the complaint.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;About:</source>
        <translation>&amp;About:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Work order no.:</source>
        <translation>&amp;Work order no.:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional: the order the complaint is about</source>
        <translation>Optional: the order the complaint is about</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Product model:</source>
        <translation>&amp;Product model:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the customer says happened</source>
        <translation>What the customer says happened</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ComplaintsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/complaints_dialog.py" line="+45"/>
        <source>Complaints {month}</source>
        <translation>Complaints {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints received in {month}, and every complaint still awaiting verification.</source>
        <translation>Complaints received in {month}, and every complaint still awaiting verification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No complaints this month, and none awaiting verification.</source>
        <translation>No complaints this month, and none awaiting verification.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recorded, nothing held against anyone</source>
        <translation>Recorded, nothing held against anyone</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a complaint in the list.</source>
        <translation>Choose a complaint in the list.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} (phone {phone}): {description}</source>
        <translation>{number} (phone {phone}): {description}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number}: {description}</source>
        <translation>{number}: {description}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Awaiting verification.</source>
        <translation>Awaiting verification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{status}: {outcome}</source>
        <translation>{status}: {outcome}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Complaint {number} registered; it awaits verification.</source>
        <translation>Complaint {number} registered; it awaits verification.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{number} upheld: {outcome}.</source>
        <translation>{number} upheld: {outcome}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} upheld; recorded and reported, nothing held against anyone.</source>
        <translation>{number} upheld; recorded and reported, nothing held against anyone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} dismissed.</source>
        <translation>{number} dismissed.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_complaints_dialog.ui" line="+14"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Register complaint…</source>
        <translation>&amp;Register complaint…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Verification by the supervisor</source>
        <translation>Verification by the supervisor</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the verification found: who was heard, what was checked</source>
        <translation>What the verification found: who was heard, what was checked</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Upheld</source>
        <translation>&amp;Upheld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The complaint is true; E21 kinds become a major demerit, attitude criticism (E3)</source>
        <translation>The complaint is true; E21 kinds become a major demerit, attitude criticism (E3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dismissed</source>
        <translation>&amp;Dismissed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The complaint is not borne out; nothing is held against anyone</source>
        <translation>The complaint is not borne out; nothing is held against anyone</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>CustomerResults</name>
    <message>
        <location filename="../../desktop_app/gui/intake/customer_results.py" line="+36"/>
        <source>{company} (contact: {person})</source>
        <translation>{company} (contact: {person})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sold {date}</source>
        <translation>sold {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice {number}</source>
        <translation>invoice {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} more units not listed: type or scan the serial</source>
        <translation>{count} more units not listed: type or scan the serial</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../desktop_app/gui/intake/decision_panel.py" line="+25"/>
        <source>Return period (W2)</source>
        <translation>Return period (W2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange period (W3)</source>
        <translation>Exchange period (W3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free-repair period (W4)</source>
        <translation>Free-repair period (W4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid repair (W5)</source>
        <translation>Paid repair (W5)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>No decision yet</source>
        <translation>No decision yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product model and enter the sale date from the invoice (or untick &quot;Invoice present&quot;).</source>
        <translation>Choose the product model and enter the sale date from the invoice (or untick &quot;Invoice present&quot;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Escalated: negotiated outcome (W8), note to be written</source>
        <translation>Escalated: negotiated outcome (W8), note to be written</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalated: negotiated outcome (W8)</source>
        <translation>Escalated: negotiated outcome (W8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{tier}, overridden to {remedy} (W10)</source>
        <translation>{tier}, overridden to {remedy} (W10)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy version {version} (W12).</source>
        <translation>Policy version {version} (W12).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provisional until diagnosis: user damage makes it a paid repair (W11).</source>
        <translation>Provisional until diagnosis: user damage makes it a paid repair (W11).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This serial number is on record.</source>
        <translation>This serial number is on record.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing: the customer pays the repair</source>
        <translation>Nothing: the customer pays the repair</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{remedy} (best)</source>
        <translation>{remedy} (best)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repair cost only: parts at the fee schedule&apos;s cost (W5)</source>
        <translation>Repair cost only: parts at the fee schedule&apos;s cost (W5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing, charged at cost (W2): {items}</source>
        <translation>Missing, charged at cost (W2): {items}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Missing (no charge for a repair): {items}</source>
        <translation>Missing (no charge for a repair): {items}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Override by a supervisor: {reason} (W10)</source>
        <translation>Override by a supervisor: {reason} (W10)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiation note: still to be written (W8)</source>
        <translation>Negotiation note: still to be written (W8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Negotiation note: {note} (W8)</source>
        <translation>Negotiation note: {note} (W8)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None needed</source>
        <translation>None needed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>return {date}</source>
        <translation>return {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exchange {date}</source>
        <translation>exchange {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>free repair {date}</source>
        <translation>free repair {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>registered sale {date} (W10)</source>
        <translation>registered sale {date} (W10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No sale date: paid repair (W10)</source>
        <translation>No sale date: paid repair (W10)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{time} (within 8 hours)</source>
        <translation>{time} (within 8 hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{time} (within 24 hours)</source>
        <translation>{time} (within 24 hours)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the city. On-site cities: {cities}</source>
        <translation>Enter the city. On-site cities: {cities}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes: {city} has on-site support</source>
        <translation>Yes: {city} has on-site support</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No: remote support for {city} (phone, fax, e-mail, QQ, website)</source>
        <translation>No: remote support for {city} (phone, fax, e-mail, QQ, website)</translation>
    </message>
    <message>
        <location filename="../../ui/intake_decision_panel.ui" line="+29"/>
        <source>Warranty decision</source>
        <translation>Warranty decision</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>May choose:</source>
        <translation>May choose:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Free:</source>
        <translation>Free:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Charged:</source>
        <translation>Charged:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cost borne by:</source>
        <translation>Cost borne by:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Approval:</source>
        <translation>Approval:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Periods end:</source>
        <translation>Periods end:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rules cited:</source>
        <translation>Rules cited:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Why:</source>
        <translation>Why:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Service clocks</source>
        <translation>Service clocks</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reply by (S1):</source>
        <translation>Reply by (S1):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Answer by (S3):</source>
        <translation>Answer by (S3):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On site (S2):</source>
        <translation>On site (S2):</translation>
    </message>
</context>
<context>
    <name>DiagnosisDialog</name>
    <message>
        <location filename="../../ui/work_order_diagnosis_dialog.ui" line="+14"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Fault category:</source>
        <translation>&amp;Fault category:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Cause:</source>
        <translation>&amp;Cause:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>User damage (drop, liquid, wrong power, opened by a third party) is not a quality problem: it makes the order a paid repair whatever the date (W11).</source>
        <translation>User damage (drop, liquid, wrong power, opened by a third party) is not a quality problem: it makes the order a paid repair whatever the date (W11).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>F&amp;indings:</source>
        <translation>F&amp;indings:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was found, e.g. C12 capacitor bulging</source>
        <translation>What was found, e.g. C12 capacitor bulging</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>At intake:</source>
        <translation>At intake:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>After diagnosis:</source>
        <translation>After diagnosis:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cost borne by:</source>
        <translation>Cost borne by:</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>&amp;Save diagnosis</source>
        <translation>&amp;Save diagnosis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save and judge the warranty again (Ctrl+S)</source>
        <translation>Save and judge the warranty again (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/diagnosis_dialog.py" line="+45"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Diagnosis saved</source>
        <translation>Diagnosis saved</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No claim: nothing to judge</source>
        <translation>No claim: nothing to judge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The warranty tier changed from {old} to {new}: tell the customer before going on (W11).</source>
        <translation>The warranty tier changed from {old} to {new}: tell the customer before going on (W11).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat repair (E16): the same fault on this unit was repaired under {number}; it counts against that order&apos;s technician.</source>
        <translation>Repeat repair (E16): the same fault on this unit was repaired under {number}; it counts against that order&apos;s technician.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diagnosis saved: {remedy}.</source>
        <translation>Diagnosis saved: {remedy}.</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <location filename="../../desktop_app/gui/printing/preview_dialog.py" line="+54"/>
        <source>Print preview: {title}</source>
        <translation>Print preview: {title}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preparing the preview…</source>
        <translation>Preparing the preview…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+26"/>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message numerus="yes">
        <location line="+90"/>
        <source>Sent to the printer: %n page(s).</source>
        <translation>
            <numerusform>Sent to the printer: %n page.</numerusform>
            <numerusform>Sent to the printer: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../ui/document_preview_dialog.ui" line="+14"/>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a printer and print (Ctrl+P)</source>
        <translation>Choose a printer and print (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save the document as a PDF file (Ctrl+S)</source>
        <translation>Save the document as a PDF file (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Smaller (Ctrl+-)</source>
        <translation>Smaller (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Larger (Ctrl++)</source>
        <translation>Larger (Ctrl++)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Whole page</source>
        <translation>&amp;Whole page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the whole page (Ctrl+0)</source>
        <translation>Show the whole page (Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>DropWaitingDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/drop_waiting_dialog.py" line="+34"/>
        <source>{part} {name} ×{quantity} (paid by: {payer})</source>
        <translation>{part} {name} ×{quantity} (paid by: {payer})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Parts waiting for stock on this order: {count}.</source>
        <translation>Parts waiting for stock on this order: {count}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{part} ×{quantity} no longer waits on this order.</source>
        <translation>{part} ×{quantity} no longer waits on this order.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The requisition line is not changed: {requisitions} still orders it, and what arrives goes into stock (D8).</source>
        <translation>The requisition line is not changed: {requisitions} still orders it, and what arrives goes into stock (D8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else waits: the repair goes on.</source>
        <translation>Nothing else waits: the repair goes on.</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_drop_waiting_dialog.ui" line="+14"/>
        <source>Drop a waiting part</source>
        <translation>Drop a waiting part</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Part:</source>
        <translation>&amp;Part:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The order&apos;s part lines still waiting for stock</source>
        <translation>The order&apos;s part lines still waiting for stock</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why it is no longer needed, e.g. not the fault, the customer declined the wear part</source>
        <translation>Why it is no longer needed, e.g. not the fault, the customer declined the wear part</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The line leaves the order and no longer counts towards the next requisition. A requisition already made is not changed: what arrives goes into stock (D8). When no other part waits, the repair goes on.</source>
        <translation>The line leaves the order and no longer counts towards the next requisition. A requisition already made is not changed: what arrives goes into stock (D8). When no other part waits, the repair goes on.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Drop part</source>
        <translation>&amp;Drop part</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>EditUserDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/edit_user_dialog.py" line="+31"/>
        <source>{username}: the same account keeps the person&apos;s history (evaluation, fines, complaints, signed rule sets, audit trail).</source>
        <translation>{username}: the same account keeps the person&apos;s history (evaluation, fines, complaints, signed rule sets, audit trail).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>You cannot change your own role while signed in.</source>
        <translation>You cannot change your own role while signed in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone signed in now gets the new role when they next sign in.</source>
        <translation>Someone signed in now gets the new role when they next sign in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/edit_user_dialog.ui" line="+14"/>
        <source>Edit user</source>
        <translation>Edit user</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/core/warranty.py" line="+234"/>
        <source>Enter the sale date from the invoice (W1)</source>
        <translation>Enter the sale date from the invoice (W1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The claim date {claim_date} is before the sale date {sale_date} (W1)</source>
        <translation>The claim date {claim_date} is before the sale date {sale_date} (W1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The centre received the unit after the claim date</source>
        <translation>The centre received the unit after the claim date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An escalated claim needs a note (W8)</source>
        <translation>An escalated claim needs a note (W8)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A claim is either escalated (W8) or overridden</source>
        <translation>A claim is either escalated (W8) or overridden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate the claim for a negotiated outcome (W8)</source>
        <translation>Escalate the claim for a negotiated outcome (W8)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tier override needs a written reason (W10)</source>
        <translation>A tier override needs a written reason (W10)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A tier override must name its supervisor (W10)</source>
        <translation>A tier override must name its supervisor (W10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/warranty_policy.py" line="+52"/>
        <location line="+9"/>
        <source>{name} must be a list of product category codes</source>
        <translation>{name} must be a list of product category codes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not a product category code: {code}</source>
        <translation>Not a product category code: {code}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} must be a whole number of at least 1</source>
        <translation>{name} must be a whole number of at least 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({value}) must not be longer than {other} ({other_value})</source>
        <translation>{name} ({value}) must not be longer than {other} ({other_value})</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The stored warranty policy is not a JSON object</source>
        <translation>The stored warranty policy is not a JSON object</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown warranty policy setting: {name}</source>
        <translation>Unknown warranty policy setting: {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The warranty policy lacks the setting {name}</source>
        <translation>The warranty policy lacks the setting {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/db/opening.py" line="+69"/>
        <source>Cannot open the database at {location}: {reason}</source>
        <translation>Cannot open the database at {location}: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is a folder, not a Service Counter database.</source>
        <translation>{path} is a folder, not a Service Counter database.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Service Counter database (it is not an SQLite file). Nothing was changed.</source>
        <translation>{path} is not a Service Counter database (it is not an SQLite file). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{path} is damaged and cannot be read ({reason}). Nothing was changed; restore it from a backup.</source>
        <translation>{path} is damaged and cannot be read ({reason}). Nothing was changed; restore it from a backup.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{path} holds another program&apos;s data, not a Service Counter database. Nothing was changed.</source>
        <translation>{path} holds another program&apos;s data, not a Service Counter database. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} was written by a newer version of Service Counter (schema {revision}). Install the newer version; nothing was changed.</source>
        <translation>{path} was written by a newer version of Service Counter (schema {revision}). Install the newer version; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/error_display.py" line="+26"/>
        <source>An internal error occurred. Nothing more was saved. The details were written to the log; please tell your supervisor.</source>
        <translation>An internal error occurred. Nothing more was saved. The details were written to the log; please tell your supervisor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service Counter</source>
        <translation>Service Counter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/accounts.py" line="+49"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name must be one word of at most 50 characters.</source>
        <translation>The user name must be one word of at most 50 characters.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter the person&apos;s name.</source>
        <translation>Enter the person&apos;s name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password must have at least {n} characters.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This database already has a general manager.</source>
        <translation>This database already has a general manager.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has been deactivated.</source>
        <translation>This account has been deactivated.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too many wrong passwords: the account is locked for {minutes} more minutes.</source>
        <translation>Too many wrong passwords: the account is locked for {minutes} more minutes.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The user name “{username}” is already taken.</source>
        <translation>The user name “{username}” is already taken.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The current password is wrong.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} is the only active general manager and cannot be deactivated.</source>
        <translation>{name} is the only active general manager and cannot be deactivated.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../../desktop_app/services/report_documents.py" line="+135"/>
        <source>There is no user “{username}”.</source>
        <translation>There is no user “{username}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/authorization.py" line="+16"/>
        <source>You are not allowed to do this: it needs the permission “{permission}”.</source>
        <translation>You are not allowed to do this: it needs the permission “{permission}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/parts.py" line="+51"/>
        <location filename="../../desktop_app/commands/warranty.py" line="+69"/>
        <source>{option}: “{value}” is not a date like 2026-03-31.</source>
        <translation>{option}: “{value}” is not a date like 2026-03-31.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/warranty.py" line="+20"/>
        <source>Unknown product category “{value}”; use one of: {known}.</source>
        <translation>Unknown product category “{value}”; use one of: {known}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sold is required unless --no-invoice is given.</source>
        <translation>--sold is required unless --no-invoice is given.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/phone_numbers.py" line="+32"/>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“{value}” holds more than one number: enter one phone number.</source>
        <translation>“{value}” holds more than one number: enter one phone number.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” is not a phone number: enter an 11-digit mobile, a landline with area code (0755-26781234, with extension 0755-26781234-801) or a 400/800 number.</source>
        <translation>“{value}” is not a phone number: enter an 11-digit mobile, a landline with area code (0755-26781234, with extension 0755-26781234-801) or a 400/800 number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claims.py" line="+282"/>
        <location filename="../../desktop_app/services/product_catalogue.py" line="+326"/>
        <source>There is no product model “{model}”.</source>
        <translation>There is no product model “{model}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_corrections.py" line="+222"/>
        <source>Nothing was changed: correct a field, or close the window.</source>
        <translation>Nothing was changed: correct a field, or close the window.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give the reason for withdrawing the claim.</source>
        <translation>Give the reason for withdrawing the claim.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../../desktop_app/services/claims.py" line="-156"/>
        <source>The customer cannot choose this remedy under the warranty.</source>
        <translation>The customer cannot choose this remedy under the warranty.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_correction_rules.py" line="+32"/>
        <source>This claim no longer exists.</source>
        <translation>This claim no longer exists.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Claim {number} is completed: it can no longer be withdrawn.</source>
        <translation>Claim {number} is completed: it can no longer be withdrawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim {number} is completed: it can no longer be corrected.</source>
        <translation>Claim {number} is completed: it can no longer be corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim {number} is cancelled: it can no longer be withdrawn.</source>
        <translation>Claim {number} is cancelled: it can no longer be withdrawn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Claim {number} is cancelled: it can no longer be corrected.</source>
        <translation>Claim {number} is cancelled: it can no longer be corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work order {order} is already repaired or finished: claim {number} can no longer be withdrawn. Close the order when the unit is handed back.</source>
        <translation>Work order {order} is already repaired or finished: claim {number} can no longer be withdrawn. Close the order when the unit is handed back.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order {order} is already repaired or finished: claim {number} can no longer be corrected.</source>
        <translation>Work order {order} is already repaired or finished: claim {number} can no longer be corrected.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the operator who took claim {number} in, a supervisor or the general manager may correct it.</source>
        <translation>Only the operator who took claim {number} in, a supervisor or the general manager may correct it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only the operator who took claim {number} in, on the day it was taken in, a supervisor or the general manager may withdraw it.</source>
        <translation>Only the operator who took claim {number} in, on the day it was taken in, a supervisor or the general manager may withdraw it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Parts were issued to work order {order} (D9): the claim can no longer be withdrawn.</source>
        <translation>Parts were issued to work order {order} (D9): the claim can no longer be withdrawn.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The decision of this claim was agreed in a negotiation (W8) or approved as a return (W9): a correction may not change it. Withdraw the claim and take it in again.</source>
        <translation>The decision of this claim was agreed in a negotiation (W8) or approved as a return (W9): a correction may not change it. Withdraw the claim and take it in again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The correction would change the remedy between a return or negotiation and repair work: withdraw the claim and take it in again.</source>
        <translation>The correction would change the remedy between a return or negotiation and repair work: withdraw the claim and take it in again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The correction changes the warranty decision, and work order {order} is past diagnosis or has parts issued: only a supervisor or the general manager may make it.</source>
        <translation>The correction changes the warranty decision, and work order {order} is past diagnosis or has parts issued: only a supervisor or the general manager may make it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_units.py" line="+33"/>
        <source>Claim {number} is on a return application to the manufacturer (D15): its serial can no longer be corrected.</source>
        <translation>Claim {number} is on a return application to the manufacturer (D15): its serial can no longer be corrected.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Serial {serial} is the unit of another customer ({name}): check the label. If the unit changed hands, withdraw this claim and take it in again.</source>
        <translation>Serial {serial} is the unit of another customer ({name}): check the label. If the unit changed hands, withdraw this claim and take it in again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claims.py" line="+60"/>
        <source>Give the reason for refusing the return.</source>
        <translation>Give the reason for refusing the return.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This claim is not waiting for approval.</source>
        <translation>This claim is not waiting for approval.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This claim is not an approved return.</source>
        <translation>This claim is not an approved return.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sla.py" line="+32"/>
        <source>Enter the customer&apos;s city: on-site service depends on it (S2).</source>
        <translation>Enter the customer&apos;s city: on-site service depends on it (S2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On-site service is offered in {cities}; for {city} we help by phone, fax, e-mail, QQ or the website (S2).</source>
        <translation>On-site service is offered in {cities}; for {city} we help by phone, fax, e-mail, QQ or the website (S2).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_units.py" line="-4"/>
        <location filename="../../desktop_app/services/claims.py" line="+76"/>
        <source>Serial {serial} belongs to another product model.</source>
        <translation>Serial {serial} belongs to another product model.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claims.py" line="+60"/>
        <location filename="../../desktop_app/services/intake_forms.py" line="+79"/>
        <source>Enter the date and time the customer asked the technician to arrive (S3).</source>
        <translation>Enter the date and time the customer asked the technician to arrive (S3).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake_forms.py" line="+46"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product model.</source>
        <translation>Choose the product model.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The date {date} is in the future.</source>
        <translation>The date {date} is in the future.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/field_checks.py" line="+42"/>
        <location line="+58"/>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/product_rows.py" line="+83"/>
        <location line="+127"/>
        <location filename="../../desktop_app/services/field_checks.py" line="-54"/>
        <source>Shorten this entry to at most {n} characters.</source>
        <translation>Shorten this entry to at most {n} characters.</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>Enter the product model.</source>
        <translation>Enter the product model.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the product name.</source>
        <translation>Enter the product name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the category code.</source>
        <translation>Enter the category code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The category code “{code}” may hold only letters, digits, “-” and “_”.</source>
        <translation>The category code “{code}” may hold only letters, digits, “-” and “_”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the category&apos;s Chinese name.</source>
        <translation>Enter the category&apos;s Chinese name.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The accessory “{name}” is longer than {n} characters: give its short name.</source>
        <translation>The accessory “{name}” is longer than {n} characters: give its short name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List at most {n} accessories.</source>
        <translation>List at most {n} accessories.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>model {model} repeats row {first}</source>
        <translation>model {model} repeats row {first}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the category is missing</source>
        <translation>the category is missing</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+44"/>
        <location line="+87"/>
        <location filename="../../desktop_app/services/field_checks.py" line="+3"/>
        <location filename="../../desktop_app/services/settings.py" line="+60"/>
        <source>Remove the control characters from this entry.</source>
        <translation>Remove the control characters from this entry.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/field_checks.py" line="+10"/>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/assessment.py" line="+54"/>
        <source>The rule set names an unknown fine “{reason}”.</source>
        <translation>The rule set names an unknown fine “{reason}”.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+6"/>
        <location filename="../../desktop_app/services/field_checks.py" line="+5"/>
        <source>Enter an amount in yuan with at most two decimals.</source>
        <translation>Enter an amount in yuan with at most two decimals.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/services/field_checks.py" line="+3"/>
        <source>The amount cannot be less than {minimum}.</source>
        <translation>The amount cannot be less than {minimum}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/field_checks.py" line="+8"/>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a number from {low} to {high}.</source>
        <translation>Enter a number from {low} to {high}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="+52"/>
        <source>Enter a date.</source>
        <translation>Enter a date.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter a date from {earliest} to {latest}.</source>
        <translation>Enter a date from {earliest} to {latest}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This entry no longer exists; choose again.</source>
        <translation>This entry no longer exists; choose again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake_forms.py" line="-3"/>
        <source>Enter the serial number, or tick &quot;Serial unknown&quot;.</source>
        <translation>Enter the serial number, or tick &quot;Serial unknown&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the sale date on the invoice, or untick &quot;Invoice present&quot;.</source>
        <translation>Enter the sale date on the invoice, or untick &quot;Invoice present&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Describe the fault.</source>
        <translation>Describe the fault.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fault description is longer than {n} characters.</source>
        <translation>The fault description is longer than {n} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An escalated claim needs a note (W8).</source>
        <translation>An escalated claim needs a note (W8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An override needs a written reason (W10).</source>
        <translation>An override needs a written reason (W10).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/calls.py" line="+94"/>
        <source>Enter the caller&apos;s name.</source>
        <translation>Enter the caller&apos;s name.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Enter what the call is about.</source>
        <translation>Enter what the call is about.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../desktop_app/services/claims.py" line="+5"/>
        <location filename="../../desktop_app/services/intake_forms.py" line="-66"/>
        <source>The requested arrival time has already passed.</source>
        <translation>The requested arrival time has already passed.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Note what the caller was told.</source>
        <translation>Note what the caller was told.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This call no longer exists.</source>
        <translation>This call no longer exists.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../../desktop_app/services/manufacturer_returns.py" line="+228"/>
        <location filename="../../desktop_app/services/receipts.py" line="+142"/>
        <location filename="../../desktop_app/services/return_details.py" line="+163"/>
        <source>There is no claim “{number}”.</source>
        <translation>There is no claim “{number}”.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The time the request arrived cannot be later than now.</source>
        <translation>The time the request arrived cannot be later than now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The time the request arrived is more than 30 days ago: check the date.</source>
        <translation>The time the request arrived is more than 30 days ago: check the date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/surveys.py" line="+19"/>
        <source>Unknown survey question {code}.</source>
        <translation>Unknown survey question {code}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/gui/surveys/survey_entry_dialog.py" line="+26"/>
        <source>Give every question a score from 1 to 5.</source>
        <translation>Give every question a score from 1 to 5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A score of 2 or lower needs the customer&apos;s comment.</source>
        <translation>A score of 2 or lower needs the customer&apos;s comment.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/work_order_flow.py" line="+75"/>
        <source>A work order cannot go from “{source}” to “{target}”.</source>
        <translation>A work order cannot go from “{source}” to “{target}”.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This work order has not been dispatched yet: dispatch it instead.</source>
        <translation>This work order has not been dispatched yet: dispatch it instead.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an order still being worked on (dispatched, diagnosing, waiting for the customer&apos;s answer or for parts, repairing) can be handed to another technician.</source>
        <translation>Only an order still being worked on (dispatched, diagnosing, waiting for the customer&apos;s answer or for parts, repairing) can be handed to another technician.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>fault cause</source>
        <translation>fault cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>solution</source>
        <translation>solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replaced parts</source>
        <translation>replaced parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer&apos;s opinion</source>
        <translation>customer&apos;s opinion</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/intake/field_errors.py" line="+22"/>
        <source>Enter the date as YYYY-MM-DD, e.g. 2026-03-18.</source>
        <translation>Enter the date as YYYY-MM-DD, e.g. 2026-03-18.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{date} is not a valid date.</source>
        <translation>{date} is not a valid date.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requisitions.py" line="+95"/>
        <source>Enter the urgent shipping cost difference (charged to the centre, D8).</source>
        <translation>Enter the urgent shipping cost difference (charged to the centre, D8).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/bench_charges.py" line="+52"/>
        <location filename="../../desktop_app/services/requisitions.py" line="+20"/>
        <source>Part {part} has no price in the fee schedule.</source>
        <translation>Part {part} has no price in the fee schedule.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{parts}: wear parts are not covered by a free remedy and the customer pays them at cost (W3, W6). Issue them with the customer&apos;s consent, or drop the waiting line if the customer does not want them.</source>
        <translation>{parts}: wear parts are not covered by a free remedy and the customer pays them at cost (W3, W6). Issue them with the customer&apos;s consent, or drop the waiting line if the customer does not want them.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>{parts}: not listed for the {model} in the parts catalogue. Say why this part is fitted, or choose one listed for this model.</source>
        <translation>{parts}: not listed for the {model} in the parts catalogue. Say why this part is fitted, or choose one listed for this model.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requisitions.py" line="+65"/>
        <source>More arrived of {part} than was ordered, or it is not on this requisition.</source>
        <translation>More arrived of {part} than was ordered, or it is not on this requisition.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the reason for closing the rest.</source>
        <translation>Give the reason for closing the rest.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../desktop_app/services/work_orders.py" line="+225"/>
        <source>Give the reason for cancelling.</source>
        <translation>Give the reason for cancelling.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>A requisition needs at least one line.</source>
        <translation>A requisition needs at least one line.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each part once, with a quantity of at least 1.</source>
        <translation>Each part once, with a quantity of at least 1.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requisition_details.py" line="+94"/>
        <location filename="../../desktop_app/services/requisitions.py" line="+9"/>
        <source>There is no requisition “{number}”.</source>
        <translation>There is no requisition “{number}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/requisitions.py" line="+7"/>
        <source>Requisition {number} is {status}: not possible now.</source>
        <translation>Requisition {number} is {status}: not possible now.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="+66"/>
        <source>No assessment rule set was published by {day}: nothing can be held against staff (E24).</source>
        <translation>No assessment rule set was published by {day}: nothing can be held against staff (E24).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A new version of the rules takes effect from today ({today}) or later: it cannot be dated back to govern facts before it was announced (E24).</source>
        <translation>A new version of the rules takes effect from today ({today}) or later: it cannot be dated back to govern facts before it was announced (E24).</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="-6"/>
        <location line="+10"/>
        <location line="+39"/>
        <source>There is no rule set version {version}.</source>
        <translation>There is no rule set version {version}.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Enter who complained and what about.</source>
        <translation>Enter who complained and what about.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A design-defect report names the product model (E6).</source>
        <translation>A design-defect report names the product model (E6).</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>Fines (E23) are for work on dispatched orders: choose a technician or supervisor.</source>
        <translation>Fines (E23) are for work on dispatched orders: choose a technician or supervisor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This fine is yours: another supervisor or the general manager must decide it.</source>
        <translation>This fine is yours: another supervisor or the general manager must decide it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/fines_dialog.py" line="+28"/>
        <location filename="../../desktop_app/services/assessment.py" line="-148"/>
        <location line="+128"/>
        <location filename="../../desktop_app/services/surveys.py" line="+55"/>
        <location filename="../../desktop_app/services/work_order_details.py" line="+150"/>
        <source>There is no work order “{number}”.</source>
        <translation>There is no work order “{number}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="-107"/>
        <source>Write down what the verification found.</source>
        <translation>Write down what the verification found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This complaint is not waiting for verification.</source>
        <translation>This complaint is not waiting for verification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This complaint is about you: another supervisor or the general manager must decide it.</source>
        <translation>This complaint is about you: another supervisor or the general manager must decide it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/fines_dialog.py" line="+1"/>
        <location filename="../../desktop_app/services/assessment.py" line="+113"/>
        <source>Give the reason for the decision.</source>
        <translation>Give the reason for the decision.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="+4"/>
        <source>This fine is already decided.</source>
        <translation>This fine is already decided.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/fines_dialog.py" line="-2"/>
        <location filename="../../desktop_app/services/assessment.py" line="+31"/>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="-45"/>
        <location line="+10"/>
        <source>Choose a staff member.</source>
        <translation>Choose a staff member.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/surveys.py" line="+3"/>
        <source>The work on this order is not finished yet.</source>
        <translation>The work on this order is not finished yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+65"/>
        <source>Start the diagnosis first.</source>
        <translation>Start the diagnosis first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/diagnosis_dialog.py" line="-80"/>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+2"/>
        <source>Choose a fault category.</source>
        <translation>Choose a fault category.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+50"/>
        <source>There is no quote waiting for an answer.</source>
        <translation>There is no quote waiting for an answer.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/stock_admin.py" line="+92"/>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+22"/>
        <source>Quantities must be at least 1.</source>
        <translation>Quantities must be at least 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the reason for the adjustment.</source>
        <translation>Give the reason for the adjustment.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>There is no such requisition.</source>
        <translation>There is no such requisition.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Work order {order} holds {held} of {part}; it cannot return {quantity}.</source>
        <translation>Work order {order} holds {held} of {part}; it cannot return {quantity}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The counted quantity cannot be below zero.</source>
        <translation>The counted quantity cannot be below zero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stock of {part} changed from {seen} to {now} since the count began; count again.</source>
        <translation>The stock of {part} changed from {seen} to {now} since the count began; count again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parts/stock_movement_dialog.py" line="+145"/>
        <source>Choose the work order.</source>
        <translation>Choose the work order.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../desktop_app/services/stock_admin.py" line="+19"/>
        <source>Choose who bought the tool.</source>
        <translation>Choose who bought the tool.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/stock_admin.py" line="+6"/>
        <source>Another check-in took the same tool number; try again.</source>
        <translation>Another check-in took the same tool number; try again.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Movement {id} of {part}: kind {kind} with quantity {quantity} has the wrong sign.</source>
        <translation>Movement {id} of {part}: kind {kind} with quantity {quantity} has the wrong sign.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Movement {id} takes {part} below zero ({total}).</source>
        <translation>Movement {id} takes {part} below zero ({total}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue {id} of {part} has no matching part line on a work order.</source>
        <translation>Issue {id} of {part} has no matching part line on a work order.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Return {id} of {part} gives back more than its work order was issued.</source>
        <translation>Return {id} of {part} gives back more than its work order was issued.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Adjustment {id} of {part} lacks its reason or sign-off.</source>
        <translation>Adjustment {id} of {part} lacks its reason or sign-off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool check-in {id} of {part} is not a receipt.</source>
        <translation>Tool check-in {id} of {part} is not a receipt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A work-order part line points at movement {movement}, not an issue.</source>
        <translation>A work-order part line points at movement {movement}, not an issue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>On hand of {part} is {on_hand}, but its movements add up to {total}.</source>
        <translation>On hand of {part} is {on_hand}, but its movements add up to {total}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_bench.py" line="-41"/>
        <source>Quote during the diagnosis; once the repair has begun, only a quote the customer accepted can be revised.</source>
        <translation>Quote during the diagnosis; once the repair has begun, only a quote the customer accepted can be revised.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Enter the replacement unit&apos;s serial number.</source>
        <translation>Enter the replacement unit&apos;s serial number.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Serial {serial} is already registered.</source>
        <translation>Serial {serial} is already registered.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_visits.py" line="+68"/>
        <source>Enter the arrival time.</source>
        <translation>Enter the arrival time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The arrival cannot be in the future.</source>
        <translation>The arrival cannot be in the future.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The departure is before the arrival.</source>
        <translation>The departure is before the arrival.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The departure cannot be in the future.</source>
        <translation>The departure cannot be in the future.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journey cannot start after the arrival.</source>
        <translation>The journey cannot start after the arrival.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/bench_charges.py" line="-65"/>
        <source>{parts}: wear parts are not covered by a free remedy and the customer pays them at cost (W3, W6). Tick the customer&apos;s consent, or leave them off.</source>
        <translation>{parts}: wear parts are not covered by a free remedy and the customer pays them at cost (W3, W6). Tick the customer&apos;s consent, or leave them off.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_orders.py" line="-184"/>
        <source>The service report is incomplete: {missing}.</source>
        <translation>The service report is incomplete: {missing}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/stock_admin.py" line="-179"/>
        <location filename="../../desktop_app/services/work_orders.py" line="+19"/>
        <source>This work order no longer exists.</source>
        <translation>This work order no longer exists.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_orders.py" line="-13"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Choose an active technician.</source>
        <translation>Choose an active technician.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This work order is already assigned to {name}.</source>
        <translation>This work order is already assigned to {name}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give the reason for the hand-over.</source>
        <translation>Give the reason for the hand-over.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Use dispatch, close or cancel for this.</source>
        <translation>Use dispatch, close or cancel for this.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Write down what the customer said.</source>
        <translation>Write down what the customer said.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/visit_identification.py" line="+201"/>
        <source>This work order already has its product and claim.</source>
        <translation>This work order already has its product and claim.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../desktop_app/services/waiting_parts.py" line="+73"/>
        <location filename="../../desktop_app/services/work_order_bench.py" line="+95"/>
        <location filename="../../desktop_app/services/work_orders.py" line="+6"/>
        <location line="+73"/>
        <source>This work order is already finished.</source>
        <translation>This work order is already finished.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only an on-site visit booked from a call is identified here.</source>
        <translation>Only an on-site visit booked from a call is identified here.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/fund_ledger.py" line="+308"/>
        <source>A remittance must be more than zero.</source>
        <translation>A remittance must be more than zero.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The fund rate is a percentage from 0 to 100.</source>
        <translation>The fund rate is a percentage from 0 to 100.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the percentage with at most three decimals, e.g. 3.125.</source>
        <translation>Enter the percentage with at most three decimals, e.g. 3.125.</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>A rate already starts on {day}.</source>
        <translation>A rate already starts on {day}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A charge needs an amount above zero and a note.</source>
        <translation>A charge needs an amount above zero and a note.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/assessment.py" line="-23"/>
        <source>The rule set lacks the fine for {reason}.</source>
        <translation>The rule set lacks the fine for {reason}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/manufacturer_returns.py" line="-171"/>
        <source>An application needs at least one line (D15).</source>
        <translation>An application needs at least one line (D15).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Application {number} is already applied: its found-on days can no longer change.</source>
        <translation>Application {number} is already applied: its found-on days can no longer change.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a stock line of application {number} has a found-on day to change.</source>
        <translation>Only a stock line of application {number} has a found-on day to change.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enter the manufacturer&apos;s approval reference.</source>
        <translation>Enter the manufacturer&apos;s approval reference.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the reason for the refusal.</source>
        <translation>Give the reason for the refusal.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Application {number} is not approved by the manufacturer: it cannot be shipped (D15).</source>
        <translation>Application {number} is not approved by the manufacturer: it cannot be shipped (D15).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{count} lines are not packed: ship the complete list (D16).</source>
        <translation>{count} lines are not packed: ship the complete list (D16).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Only a shipped application can be acknowledged.</source>
        <translation>Only a shipped application can be acknowledged.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Application {number} is {status}: not possible now.</source>
        <translation>Application {number} is {status}: not possible now.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Each line needs a unit serial or a part number, a quantity and a reason.</source>
        <translation>Each line needs a unit serial or a part number, a quantity and a reason.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A count was given for a line that is not on application {number}.</source>
        <translation>A count was given for a line that is not on application {number}.</translation>
    </message>
    <message>
        <location line="-63"/>
        <location filename="../../desktop_app/services/return_details.py" line="+5"/>
        <location line="+8"/>
        <source>Unknown unit or part “{code}”.</source>
        <translation>Unknown unit or part “{code}”.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Unit {serial} is one unit: its line has quantity 1.</source>
        <translation>Unit {serial} is one unit: its line has quantity 1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../../desktop_app/services/return_details.py" line="-31"/>
        <source>There is no return application “{number}”.</source>
        <translation>There is no return application “{number}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/parts_import_rows.py" line="+62"/>
        <location filename="../../desktop_app/core/product_rows.py" line="-148"/>
        <source>row {row}: {reason}</source>
        <translation>row {row}: {reason}</translation>
    </message>
    <message>
        <location line="+48"/>
        <location filename="../../desktop_app/core/product_rows.py" line="+150"/>
        <source>{column} contains control characters</source>
        <translation>{column} contains control characters</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../desktop_app/core/product_rows.py" line="-1"/>
        <source>{column} is longer than {n} characters</source>
        <translation>{column} is longer than {n} characters</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the part number is missing</source>
        <translation>the part number is missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the part name is missing</source>
        <translation>the part name is missing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown unit “{unit}” (use one of {units})</source>
        <translation>unknown unit “{unit}” (use one of {units})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{column} “{value}” has more than two decimals</source>
        <translation>{column} “{value}” has more than two decimals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{column} “{value}” is not a number</source>
        <translation>{column} “{value}” is not a number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{column} {value} is negative</source>
        <translation>{column} {value} is negative</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{column} {value} is too large</source>
        <translation>{column} {value} is too large</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the reorder level “{value}” is not a whole number ≥ 0</source>
        <translation>the reorder level “{value}” is not a whole number ≥ 0</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write 是 or 否 in {column}, not “{value}”</source>
        <translation>write 是 or 否 in {column}, not “{value}”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The CSV file is UTF-16; save it as “CSV UTF-8” or “CSV (comma delimited)” and try again.</source>
        <translation>The CSV file is UTF-16; save it as “CSV UTF-8” or “CSV (comma delimited)” and try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CSV file is neither UTF-8 nor GBK; save it as “CSV UTF-8” and try again.</source>
        <translation>The CSV file is neither UTF-8 nor GBK; save it as “CSV UTF-8” and try again.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{file} is not a readable XLSX workbook.</source>
        <translation>{file} is not a readable XLSX workbook.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import an .xlsx or .csv file, not {file}.</source>
        <translation>Import an .xlsx or .csv file, not {file}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../desktop_app/core/product_rows.py" line="-64"/>
        <source>The column “{column}” appears twice.</source>
        <translation>The column “{column}” appears twice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop_app/core/product_rows.py" line="+6"/>
        <source>The file has no column {columns} in its first row.</source>
        <translation>The file has no column {columns} in its first row.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../desktop_app/core/product_rows.py" line="+8"/>
        <source>The file is empty: its first row must hold the headers.</source>
        <translation>The file is empty: its first row must hold the headers.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>part number {part_no} repeats row {first}</source>
        <translation>part number {part_no} repeats row {first}</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../../desktop_app/services/parts_catalogue.py" line="+172"/>
        <source>{column} is missing (give both prices or neither)</source>
        <translation>{column} is missing (give both prices or neither)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/db/engine.py" line="+152"/>
        <location filename="../../desktop_app/services/centre_settings.py" line="+113"/>
        <source>Someone else saved this record at the same moment: reload it. Nothing was saved.</source>
        <translation>Someone else saved this record at the same moment: reload it. Nothing was saved.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding the database is full. Nothing was saved; free some space on it (or tell your administrator) and try again.</source>
        <translation>The disk holding the database is full. Nothing was saved; free some space on it (or tell your administrator) and try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database cannot be written: its file or folder is read-only. Nothing was saved; tell your administrator.</source>
        <translation>The database cannot be written: its file or folder is read-only. Nothing was saved; tell your administrator.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be reached or stayed busy too long. Nothing was saved; please try again.</source>
        <translation>The database could not be reached or stayed busy too long. Nothing was saved; please try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database could not be reached or stayed busy too long; please try again.</source>
        <translation>The database could not be reached or stayed busy too long; please try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/parts_catalogue.py" line="-89"/>
        <source>There is no part “{part}” in the catalogue.</source>
        <translation>There is no part “{part}” in the catalogue.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New prices cannot take effect in the past ({date}); choose today or a later date.</source>
        <translation>New prices cannot take effect in the past ({date}); choose today or a later date.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Part number {part_no} is already in use.</source>
        <translation>Part number {part_no} is already in use.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parts/fee_schedule_dialog.py" line="+134"/>
        <location filename="../../desktop_app/services/parts_catalogue.py" line="+108"/>
        <source>Give both prices of {part}.</source>
        <translation>Give both prices of {part}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/parts_catalogue.py" line="+5"/>
        <source>The fee schedule has no lines.</source>
        <translation>The fee schedule has no lines.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sheet_files.py" line="+22"/>
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/parts_import.py" line="+79"/>
        <source>{file} has headers but no part rows below them.</source>
        <translation>{file} has headers but no part rows below them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is larger than {mb} MB: it is not a parts list. Choose the .xlsx or .csv file.</source>
        <translation>{file} is larger than {mb} MB: it is not a parts list. Choose the .xlsx or .csv file.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../../desktop_app/services/product_import.py" line="+143"/>
        <source>The catalogue changed while {file} was imported; nothing was imported. Preview it again.</source>
        <translation>The catalogue changed while {file} was imported; nothing was imported. Preview it again.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Export to an .xlsx or .csv file, not {file}.</source>
        <translation>Export to an .xlsx or .csv file, not {file}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/backup.py" line="+55"/>
        <location filename="../../desktop_app/services/backups.py" line="+124"/>
        <source>A PostgreSQL database is backed up on the server with pg_dump and restored with pg_restore (see the README), not from this program.</source>
        <translation>A PostgreSQL database is backed up on the server with pg_dump and restored with pg_restore (see the README), not from this program.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/backups.py" line="-32"/>
        <source>The disk is full: the backup {path} could not be written. The database itself is unchanged; free some space or choose another place.</source>
        <translation>The disk is full: the backup {path} could not be written. The database itself is unchanged; free some space or choose another place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup {path} could not be written: the folder is read-only or you may not write there. The database itself is unchanged; choose another folder.</source>
        <translation>The backup {path} could not be written: the folder is read-only or you may not write there. The database itself is unchanged; choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup could not be written to {path}: {reason}</source>
        <translation>The backup could not be written to {path}: {reason}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The backup {path} failed its check ({reason}).</source>
        <translation>The backup {path} failed its check ({reason}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/backup.py" line="+5"/>
        <location filename="../../desktop_app/services/backups.py" line="+75"/>
        <source>There is no file {path}.</source>
        <translation>There is no file {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/backups.py" line="+5"/>
        <source>{path} is an empty database, not a backup.</source>
        <translation>{path} is an empty database, not a backup.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The restored database {path} failed its check; the previous data is kept as {kept}.</source>
        <translation>The restored database {path} failed its check; the previous data is kept as {kept}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The restore could not replace {path}: {reason}</source>
        <translation>The restore could not replace {path}: {reason}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>This window is still making a backup of the database: wait until the backup has finished (the status bar says so), then restore again.</source>
        <translation>This window is still making a backup of the database: wait until the backup has finished (the status bar says so), then restore again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Another counter is using the database: quit the program at the other counters first, then restore.</source>
        <translation>Another counter is using the database: quit the program at the other counters first, then restore.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/centre_settings.py" line="+7"/>
        <source>There is no setting {key}; the settings are: {keys}.</source>
        <translation>There is no setting {key}; the settings are: {keys}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <location filename="../../desktop_app/services/concurrency.py" line="+32"/>
        <location filename="../../desktop_app/services/product_catalogue.py" line="-187"/>
        <source>Changed by {who} at {time}: reload to see the changes. Nothing was saved.</source>
        <translation>Changed by {who} at {time}: reload to see the changes. Nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing/pdf_pages.py" line="+61"/>
        <source>The document could not be read ({reason}).</source>
        <translation>The document could not be read ({reason}).</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The printer could not be started. Check that it is switched on and connected, then try again.</source>
        <translation>The printer could not be started. Check that it is switched on and connected, then try again.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The printer did not accept the document. Check that it is switched on and connected, then try again.</source>
        <translation>The printer did not accept the document. Check that it is switched on and connected, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/printing/printers.py" line="+30"/>
        <source>There is no printer “{name}” on this computer.</source>
        <translation>There is no printer “{name}” on this computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No default printer is set up on this computer. Set one up in the system settings, or turn off direct printing under Tools &gt; Print settings.</source>
        <translation>No default printer is set up on this computer. Set one up in the system settings, or turn off direct printing under Tools &gt; Print settings.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/surveys/survey_entry_dialog.py" line="-1"/>
        <source>Scan the QR code on the form or type the work-order number.</source>
        <translation>Scan the QR code on the form or type the work-order number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/reports.py" line="+76"/>
        <source>“{value}” is not a month like 2026-03.</source>
        <translation>“{value}” is not a month like 2026-03.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“{value}” is not a quarter like 2026Q1.</source>
        <translation>“{value}” is not a quarter like 2026Q1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“{name}”: this paper is written as {formats}; end the file name with one of them.</source>
        <translation>“{name}”: this paper is written as {formats}; end the file name with one of them.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/fault_catalogue.py" line="+84"/>
        <source>Choose a product line.</source>
        <translation>Choose a product line.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Enter a code.</source>
        <translation>Enter a code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A code is up to 50 letters, digits, “-” or “_”, e.g. no_power.</source>
        <translation>A code is up to 50 letters, digits, “-” or “_”, e.g. no_power.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the Chinese name.</source>
        <translation>Enter the Chinese name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>At most {limit} characters.</source>
        <translation>At most {limit} characters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This fault category no longer exists.</source>
        <translation>This fault category no longer exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code {code} is already in this product line.</source>
        <translation>The code {code} is already in this product line.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/unit_labels.py" line="+120"/>
        <source>There is no claim or work order “{number}”.</source>
        <translation>There is no claim or work order “{number}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parts/fund_entry_dialog.py" line="+22"/>
        <source>Enter the amount in yuan with at most two decimals, e.g. 12500.00.</source>
        <translation>Enter the amount in yuan with at most two decimals, e.g. 12500.00.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the percentage as a number, e.g. 3.5.</source>
        <translation>Enter the percentage as a number, e.g. 3.5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the charge is for, e.g. freight of return application RA-2026-0003.</source>
        <translation>Say what the charge is for, e.g. freight of return application RA-2026-0003.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/pickup_slips.py" line="+49"/>
        <source>The pickup slip of {number} is printed once the order is ready for pickup or closed.</source>
        <translation>The pickup slip of {number} is printed once the order is ready for pickup or closed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="-212"/>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="+3"/>
        <source>The signing date must lie between the publication ({published}) and today.</source>
        <translation>The signing date must lie between the publication ({published}) and today.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/rule_acknowledgements.py" line="-15"/>
        <source>Choose a rule set version.</source>
        <translation>Choose a rule set version.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} left on {left}: a sheet signed after that day cannot be filed.</source>
        <translation>{name} left on {left}: a sheet signed after that day cannot be filed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has already acknowledged version {version}.</source>
        <translation>{name} has already acknowledged version {version}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/complaint_form.py" line="-113"/>
        <source>Enter who complained.</source>
        <translation>Enter who complained.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe what the complaint is about.</source>
        <translation>Describe what the complaint is about.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the staff member: an upheld complaint of this kind is held against them (E3, E21).</source>
        <translation>Name the staff member: an upheld complaint of this kind is held against them (E3, E21).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the product model the design defect concerns (E6).</source>
        <translation>Choose the product model the design defect concerns (E6).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The complaint cannot be received after today.</source>
        <translation>The complaint cannot be received after today.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/assessment.py" line="-48"/>
        <source>A new version cannot be published before the latest one ({day}).</source>
        <translation>A new version cannot be published before the latest one ({day}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/documents/saving.py" line="+41"/>
        <source>The disk is full: {path} could not be saved. Nothing was written; free some space or choose another place.</source>
        <translation>The disk is full: {path} could not be saved. Nothing was written; free some space or choose another place.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{path} could not be saved: the folder is read-only or you may not write there. Nothing was written; choose another folder.</source>
        <translation>{path} could not be saved: the folder is read-only or you may not write there. Nothing was written; choose another folder.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} could not be saved ({reason}). Nothing was written.</source>
        <translation>{path} could not be saved ({reason}). Nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/print_log.py" line="+68"/>
        <source>The document was printed or saved, but the database could not be reached to record it in the print log. Do not print it again; tell your supervisor that it is missing from the log.</source>
        <translation>The document was printed or saved, but the database could not be reached to record it in the print log. Do not print it again; tell your supervisor that it is missing from the log.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/intake/intake_fields.py" line="+30"/>
        <source>Enter the time as YYYY-MM-DD HH:MM, e.g. 2026-03-18 14:30.</source>
        <translation>Enter the time as YYYY-MM-DD HH:MM, e.g. 2026-03-18 14:30.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{time} is not a valid date and time.</source>
        <translation>{time} is not a valid date and time.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/price_day.py" line="+42"/>
        <source>{parts} already issued today at the prices in force; new prices for them can take effect from tomorrow ({tomorrow}) at the earliest (D9).</source>
        <translation>{parts} already issued today at the prices in force; new prices for them can take effect from tomorrow ({tomorrow}) at the earliest (D9).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_monthly_reports.py" line="+96"/>
        <source>“From” must not be after “To”.</source>
        <translation>“From” must not be after “To”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_corrections.py" line="-37"/>
        <location filename="../../desktop_app/services/sent_monthly_reports.py" line="+38"/>
        <source>Give the reason for the correction.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/sent_monthly_reports.py" line="+8"/>
        <source>The report for {month} is not marked sent.</source>
        <translation>The report for {month} is not marked sent.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The day sent, {day}, is still to come.</source>
        <translation>The day sent, {day}, is still to come.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report for {month} cannot have been sent on {day}, before the month was over.</source>
        <translation>The report for {month} cannot have been sent on {day}, before the month was over.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report for {month} was already marked sent on {day} by {who}; that marking stands. Close and reopen the report to see it.</source>
        <translation>The report for {month} was already marked sent on {day} by {who}; that marking stands. Close and reopen the report to see it.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/policy.py" line="+149"/>
        <source>There is no product category {code}.</source>
        <translation>There is no product category {code}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/settings.py" line="-3"/>
        <source>Enter text here.</source>
        <translation>Enter text here.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a list of city names.</source>
        <translation>Enter a list of city names.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter from {low} to {high} cities.</source>
        <translation>Enter from {low} to {high} cities.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/customer_matching.py" line="+47"/>
        <source>This phone number is already registered to customer {name} ({city}): use that customer, or confirm a new customer with the same number.</source>
        <translation>This phone number is already registered to customer {name} ({city}): use that customer, or confirm a new customer with the same number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This phone number is already registered to customer {name}: use that customer, or confirm a new customer with the same number.</source>
        <translation>This phone number is already registered to customer {name}: use that customer, or confirm a new customer with the same number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/final_judgement.py" line="+115"/>
        <source>Only a warranty claim judged exchange gets a new unit (W3): this order has no claim.</source>
        <translation>Only a warranty claim judged exchange gets a new unit (W3): this order has no claim.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record the diagnosis first: until the cause is known the exchange is provisional (W11).</source>
        <translation>Record the diagnosis first: until the cause is known the exchange is provisional (W11).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The claim&apos;s final remedy is not an exchange: the unit is repaired, not replaced (W3, W4, W11).</source>
        <translation>The claim&apos;s final remedy is not an exchange: the unit is repaired, not replaced (W3, W4, W11).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/return_classification.py" line="+68"/>
        <source>The day the defect was found cannot be in the future.</source>
        <translation>The day the defect was found cannot be in the future.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The defect cannot have been found on {day}: the goods reached the centre on {received}.</source>
        <translation>The defect cannot have been found on {day}: the goods reached the centre on {received}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/negotiations.py" line="+78"/>
        <source>Only an escalated claim that is still open can be settled (W8).</source>
        <translation>Only an escalated claim that is still open can be settled (W8).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write in the note what was agreed with the customer (W8).</source>
        <translation>Write in the note what was agreed with the customer (W8).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say whether the repair is free or paid.</source>
        <translation>Say whether the repair is free or paid.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/visit_wear_parts.py" line="+24"/>
        <source>{parts}: wear parts fitted before the product was identified are not covered by the free repair; the customer pays them at cost (W3, W6). Tick the customer&apos;s consent, or take them back and return them to stock first.</source>
        <translation>{parts}: wear parts fitted before the product was identified are not covered by the free repair; the customer pays them at cost (W3, W6). Tick the customer&apos;s consent, or take them back and return them to stock first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/product_catalogue.py" line="+21"/>
        <location line="+57"/>
        <location line="+94"/>
        <source>Choose a product category.</source>
        <translation>Choose a product category.</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>The code {code} is used by models or the warranty policy (W4); only the names can change.</source>
        <translation>The code {code} is used by models or the warranty policy (W4); only the names can change.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The category code {code} is already in use.</source>
        <translation>The category code {code} is already in use.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The model {model} is already in the catalogue.</source>
        <translation>The model {model} is already in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/report_documents.py" line="-52"/>
        <source>The report for {month} is not marked sent: there is no version as sent to reprint.</source>
        <translation>The report for {month} is not marked sent: there is no version as sent to reprint.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evaluation_pending.py" line="+28"/>
        <source>The evaluation sheet of {name} for {month} cannot be printed yet: fines of the month still await a decision ({fines}). Confirm or dismiss them under Fines… first, so that the total the staff member signs does not change afterwards.</source>
        <translation>The evaluation sheet of {name} for {month} cannot be printed yet: fines of the month still await a decision ({fines}). Confirm or dismiss them under Fines… first, so that the total the staff member signs does not change afterwards.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The evaluation sheet of {name} for {month} cannot be recorded as signed: fines of the month still await a decision ({fines}). Decide them under Fines…, print the sheet again and have it signed.</source>
        <translation>The evaluation sheet of {name} for {month} cannot be recorded as signed: fines of the month still await a decision ({fines}). Decide them under Fines…, print the sheet again and have it signed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/product_import.py" line="-80"/>
        <source>{file} has headers but no model rows below them.</source>
        <translation>{file} has headers but no model rows below them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{file} is larger than {mb} MB: it is not a list of product models.</source>
        <translation>{file} is larger than {mb} MB: it is not a list of product models.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>there is no product category “{code}”; add it in the product models window first</source>
        <translation>there is no product category “{code}”; add it in the product models window first</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/dialogs/centre_settings_dialog.py" line="+15"/>
        <source>Enter the city&apos;s name.</source>
        <translation>Enter the city&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{city} is already in the list.</source>
        <translation>{city} is already in the list.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/centre_settings.py" line="+68"/>
        <source>“{value}” is not a whole number.</source>
        <translation>“{value}” is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/role_changes.py" line="+27"/>
        <source>You cannot change your own role while signed in: another general manager can.</source>
        <translation>You cannot change your own role while signed in: another general manager can.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is the only active general manager: make someone else general manager first.</source>
        <translation>{name} is the only active general manager: make someone else general manager first.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} still holds an open work order: reassign it to another technician first.</source>
        <translation>{name} still holds an open work order: reassign it to another technician first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} still holds {count} open work orders: reassign them to another technician first.</source>
        <translation>{name} still holds {count} open work orders: reassign them to another technician first.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/waiting_parts.py" line="-7"/>
        <source>Give the reason for dropping the waiting part.</source>
        <translation>Give the reason for dropping the waiting part.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This part is no longer waiting for stock on this order: it was issued or dropped meanwhile.</source>
        <translation>This part is no longer waiting for stock on this order: it was issued or dropped meanwhile.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/work_order_visits.py" line="+22"/>
        <source>There is no visit by this order&apos;s technician to correct.</source>
        <translation>There is no visit by this order&apos;s technician to correct.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This visit must arrive after the previous visit ended ({time}).</source>
        <translation>This visit must arrive after the previous visit ended ({time}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evaluation_signatures.py" line="+58"/>
        <source>{month} is not over yet: its evaluation sheet is signed after the month end.</source>
        <translation>{month} is not over yet: its evaluation sheet is signed after the month end.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The evaluation sheet of {name} for {month} was already recorded as signed on {day}.</source>
        <translation>The evaluation sheet of {name} for {month} was already recorded as signed on {day}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The evaluation sheet of {name} for {month} was just recorded as signed at another counter.</source>
        <translation>The evaluation sheet of {name} for {month} was just recorded as signed at another counter.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the reason why the month was recorded as signed by mistake.</source>
        <translation>Give the reason why the month was recorded as signed by mistake.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This month is not recorded as signed.</source>
        <translation>This month is not recorded as signed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/evaluation_sheet_prints.py" line="+89"/>
        <source>No evaluation sheet of {name} for {month} was printed or saved. Print the sheet for the month first, have it signed by the staff member, then record it as signed.</source>
        <translation>No evaluation sheet of {name} for {month} was printed or saved. Print the sheet for the month first, have it signed by the staff member, then record it as signed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The evaluation sheet of {name} for {month} printed at {printed_at} was printed by an earlier version of the program, which did not record its figures. Print it again, have it signed, then record it as signed.</source>
        <translation>The evaluation sheet of {name} for {month} printed at {printed_at} was printed by an earlier version of the program, which did not record its figures. Print it again, have it signed, then record it as signed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The evaluation sheet of {name} for {month} printed at {printed_at} does not show the entries made or decided since (on the paper: fines {paper_total}, {paper_major} major demerits, {paper_complaints} verified complaints; now: fines {total}, {major} major demerits, {complaints} verified complaints). Print it again, have it signed, then record it as signed.</source>
        <translation>The evaluation sheet of {name} for {month} printed at {printed_at} does not show the entries made or decided since (on the paper: fines {paper_total}, {paper_major} major demerits, {paper_complaints} verified complaints; now: fines {total}, {major} major demerits, {complaints} verified complaints). Print it again, have it signed, then record it as signed.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/visit_corrections.py" line="+84"/>
        <source>The evaluation sheet of {name} for {month} is already signed: a visit of that month can no longer be corrected (E24).</source>
        <translation>The evaluation sheet of {name} for {month} is already signed: a visit of that month can no longer be corrected (E24).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>This is your own visit: another supervisor or the general manager must correct it so that it is no longer late or the call to headquarters counts (E24).</source>
        <translation>This is your own visit: another supervisor or the general manager must correct it so that it is no longer late or the call to headquarters counts (E24).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A confirmed fine of {day} rests on this time (E23): the visit cannot be corrected so that the fine no longer holds.</source>
        <translation>A confirmed fine of {day} rests on this time (E23): the visit cannot be corrected so that the fine no longer holds.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/quote_rules.py" line="+14"/>
        <source>A paid repair needs a quote the customer has accepted first (E10, E11): quote the repair and record the customer&apos;s answer.</source>
        <translation>A paid repair needs a quote the customer has accepted first (E10, E11): quote the repair and record the customer&apos;s answer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A quote of ¥0.00 is no quote: enter the labour charge, travel or the parts (W5, E11).</source>
        <translation>A quote of ¥0.00 is no quote: enter the labour charge, travel or the parts (W5, E11).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer accepted a quote of {quote}; with these parts they would pay {amount}. Revise the quote and have the customer accept it again (E11), or leave parts off.</source>
        <translation>The customer accepted a quote of {quote}; with these parts they would pay {amount}. Revise the quote and have the customer accept it again (E11), or leave parts off.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/return_refunds.py" line="+75"/>
        <source>Enter the purchase price on the invoice, in yuan.</source>
        <translation>Enter the purchase price on the invoice, in yuan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the cost price of the missing accessories, in yuan (W2).</source>
        <translation>Enter the cost price of the missing accessories, in yuan (W2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No accessory was missing at intake: there is nothing to deduct.</source>
        <translation>No accessory was missing at intake: there is nothing to deduct.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the amount refunded, in yuan.</source>
        <translation>Enter the amount refunded, in yuan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The accessories charge must be less than the purchase price.</source>
        <translation>The accessories charge must be less than the purchase price.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The refund must be the purchase price less the missing accessories: ¥{due} (W2).</source>
        <translation>The refund must be the purchase price less the missing accessories: ¥{due} (W2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose how the refund was paid.</source>
        <translation>Choose how the refund was paid.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The faulty product must come back before the refund (W2).</source>
        <translation>The faulty product must come back before the refund (W2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All accessories received at intake must come back before the refund (W2).</source>
        <translation>All accessories received at intake must come back before the refund (W2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The invoice must come back before the refund (W2).</source>
        <translation>The invoice must come back before the refund (W2).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“{text}” is not an amount in yuan (at most two decimals).</source>
        <translation>“{text}” is not an amount in yuan (at most two decimals).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_window.py" line="+44"/>
        <source>The business rules could not be read from {path}: {error}. Reinstall Service Counter.</source>
        <translation>The business rules could not be read from {path}: {error}. Reinstall Service Counter.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claim_customers.py" line="+44"/>
        <source>This customer no longer exists.</source>
        <translation>This customer no longer exists.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer chosen for this phone number no longer has it: check the phone and save again.</source>
        <translation>The customer chosen for this phone number no longer has it: check the phone and save again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This phone number is already registered to customer {name} ({city}). Is it the same person? Move the claim to that customer, or keep a separate customer who shares the number.</source>
        <translation>This phone number is already registered to customer {name} ({city}). Is it the same person? Move the claim to that customer, or keep a separate customer who shares the number.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This phone number is already registered to customer {name}. Is it the same person? Move the claim to that customer, or keep a separate customer who shares the number.</source>
        <translation>This phone number is already registered to customer {name}. Is it the same person? Move the claim to that customer, or keep a separate customer who shares the number.</translation>
    </message>
</context>
<context>
    <name>EvaluationDetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/detail_panel.py" line="+83"/>
        <source>Orders completed</source>
        <translation>Orders completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys returned (E17)</source>
        <translation>Surveys returned (E17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average satisfaction (of 5)</source>
        <translation>Average satisfaction (of 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered within 24 h (S3)</source>
        <translation>Answered within 24 h (S3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrived on time (S3)</source>
        <translation>Arrived on time (S3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat repairs (E16)</source>
        <translation>Repeat repairs (E16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete reports (E23)</source>
        <translation>Incomplete reports (E23)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld complaints</source>
        <translation>Upheld complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerits (E21)</source>
        <translation>Major demerits (E21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines total (E23)</source>
        <translation>Fines total (E23)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{name} ({role}), {month}</source>
        <translation>{name} ({role}), {month}</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+67"/>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>Fines awaiting a decision (not counted)</source>
        <translation>Fines awaiting a decision (not counted)</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Signed: recorded on {day} by {name}. Fines total {total}, major demerits {majors} as signed; fines or demerits entered later for this month count as late entries in the next month not yet signed.</source>
        <translation>Signed: recorded on {day} by {name}. Fines total {total}, major demerits {majors} as signed; fines or demerits entered later for this month count as late entries in the next month not yet signed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The last 12 months (computing…)</source>
        <translation>The last 12 months (computing…)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The last 12 months ({first} – {last})</source>
        <translation>The last 12 months ({first} – {last})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} for {amount}</source>
        <translation>{count} for {amount}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decide the pending fines under Fines… before printing the sheet: the signed total must not change afterwards.</source>
        <translation>Decide the pending fines under Fines… before printing the sheet: the signed total must not change afterwards.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ui/evaluation_detail_panel.ui" line="+174"/>
        <source>The staff member signed the printed sheet: its fines total and demerits are kept as signed.</source>
        <translation>The staff member signed the printed sheet: its fines total and demerits are kept as signed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/evaluation_detail_panel.ui" line="+10"/>
        <source>General manager only: take back a month recorded as signed by mistake, with the reason.</source>
        <translation>General manager only: take back a month recorded as signed by mistake, with the reason.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Work order: double-click to open it</source>
        <translation>Work order: double-click to open it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed orders</source>
        <translation>Completed orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders with a survey returned (E17)</source>
        <translation>Orders with a survey returned (E17)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered after 24 h or late on site (S3)</source>
        <translation>Answered after 24 h or late on site (S3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats of this person&apos;s repairs (E16)</source>
        <translation>Repeats of this person&apos;s repairs (E16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete service reports (E23)</source>
        <translation>Incomplete service reports (E23)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upheld complaints (E3, E21)</source>
        <translation>Upheld complaints (E3, E21)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirmed fines (E23)</source>
        <translation>Confirmed fines (E23)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fines awaiting a decision, not counted (E23)</source>
        <translation>Fines awaiting a decision, not counted (E23)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Suggested, not yet decided: not in the fines total. Decide it under Fines…</source>
        <translation>Suggested, not yet decided: not in the fines total. Decide it under Fines…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{text} · late entry (of {month}, signed)</source>
        <translation>{text} · late entry (of {month}, signed)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phone {phone}</source>
        <translation>phone {phone}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>rule set v{version}</source>
        <translation>rule set v{version}</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_detail_panel.ui" line="-133"/>
        <source>Choose a staff member in the list to see the month&apos;s figures, the evidence behind them and the last 12 months.</source>
        <translation>Choose a staff member in the list to see the month&apos;s figures, the evidence behind them and the last 12 months.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Figures of the month</source>
        <translation>Figures of the month</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Recor&amp;d as signed</source>
        <translation>Recor&amp;d as signed</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Undo signature…</source>
        <translation>&amp;Undo signature…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/detail_panel.py" line="-158"/>
        <location line="+37"/>
        <location filename="../../ui/evaluation_detail_panel.ui" line="-62"/>
        <source>The last 12 months</source>
        <translation>The last 12 months</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_detail_panel.ui" line="+42"/>
        <source>&amp;Print evaluation sheet…</source>
        <translation>&amp;Print evaluation sheet…</translation>
    </message>
</context>
<context>
    <name>EvaluationTexts</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/texts.py" line="+29"/>
        <source>Phone call</source>
        <translation>Phone call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarrelled with the customer (E21)</source>
        <translation>Quarrelled with the customer (E21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked for money or gifts (E21)</source>
        <translation>Asked for money or gifts (E21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late for personal reasons (E21)</source>
        <translation>Late for personal reasons (E21)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat repair for personal reasons (E21)</source>
        <translation>Repeat repair for personal reasons (E21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attitude (E3)</source>
        <translation>Attitude (E3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a quality problem (E5)</source>
        <translation>Not a quality problem (E5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspected design defect (E6)</source>
        <translation>Suspected design defect (E6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting verification</source>
        <translation>Awaiting verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upheld</source>
        <translation>Upheld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed</source>
        <translation>Dismissed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerit (E21)</source>
        <translation>Major demerit (E21)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criticism and bonus deduction (E3)</source>
        <translation>Criticism and bonus deduction (E3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left without calling headquarters</source>
        <translation>Left without calling headquarters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late on site for personal reasons</source>
        <translation>Late on site for personal reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete service report</source>
        <translation>Incomplete service report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disobeyed dispatch</source>
        <translation>Disobeyed dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested, to decide</source>
        <translation>Suggested, to decide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismissed, not fined</source>
        <translation>Dismissed, not fined</translation>
    </message>
</context>
<context>
    <name>FaultCatalogueDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/fault_catalogue_dialog.py" line="+41"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Only the supervisor or the general manager edits the fault catalogue.</source>
        <translation>Only the supervisor or the general manager edits the fault catalogue.</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+9"/>
        <location filename="../../ui/fault_catalogue_dialog.ui" line="+226"/>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/fault_catalogue_dialog.ui" line="-10"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Fault category {code} added.</source>
        <translation>Fault category {code} added.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fault category {code} saved.</source>
        <translation>Fault category {code} saved.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{code} retired: diagnosis no longer offers it; past orders keep it.</source>
        <translation>{code} retired: diagnosis no longer offers it; past orders keep it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{code} is offered again at diagnosis.</source>
        <translation>{code} is offered again at diagnosis.</translation>
    </message>
    <message>
        <location filename="../../ui/fault_catalogue_dialog.ui" line="-202"/>
        <source>Fault catalogue</source>
        <translation>Fault catalogue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Diagnosis chooses a fault category from the product line&apos;s catalogue; the monthly reports (E2) and repeat repairs (E16) count by it. A category in use is retired rather than deleted.</source>
        <translation>Diagnosis chooses a fault category from the product line&apos;s catalogue; the monthly reports (E2) and repeat repairs (E16) count by it. A category in use is retired rather than deleted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Product &amp;line:</source>
        <translation>Product &amp;line:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. no_power</source>
        <translation>e.g. no_power</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Chinese name:</source>
        <translation>&amp;Chinese name:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Optional: the Chinese name is used</source>
        <translation>Optional: the Chinese name is used</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
</context>
<context>
    <name>FaultCatalogueMenu</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/fault_catalogue_menu.py" line="+26"/>
        <source>&amp;Fault catalogue…</source>
        <translation>&amp;Fault catalogue…</translation>
    </message>
</context>
<context>
    <name>FeeScheduleDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/fee_schedule_dialog.py" line="-96"/>
        <source>Publish a fee schedule</source>
        <translation>Publish a fee schedule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost price now</source>
        <translation>Cost price now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee price now</source>
        <translation>Fee price now</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New cost price</source>
        <translation>New cost price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New fee price</source>
        <translation>New fee price</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type or scan a part number, then Enter</source>
        <translation>Type or scan a part number, then Enter</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Versions published: {count}; the latest takes effect on {date} with {lines} lines.</source>
        <translation>Versions published: {count}; the latest takes effect on {date} with {lines} lines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fee schedule is published yet.</source>
        <translation>No fee schedule is published yet.</translation>
    </message>
    <message>
        <location filename="../../ui/parts_fee_schedule_dialog.ui" line="+32"/>
        <source>&amp;Effective from:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. the manufacturer&apos;s letter no.</source>
        <translation>e.g. the manufacturer&apos;s letter no.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Add part no.:</source>
        <translation>&amp;Add part no.:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A&amp;dd</source>
        <translation>A&amp;dd</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>&amp;Publish</source>
        <translation>&amp;Publish</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FinesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/fines_dialog.py" line="+19"/>
        <source>Fines {month}</source>
        <translation>Fines {month}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines counted in {month} (late entries of signed months included), fines dated in it, and every fine still to be decided. No fine takes effect by itself: the supervisor confirms or dismisses each one and gives the reason (E23).</source>
        <translation>Fines counted in {month} (late entries of signed months included), fines dated in it, and every fine still to be decided. No fine takes effect by itself: the supervisor confirms or dismisses each one and gives the reason (E23).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule set</source>
        <translation>Rule set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision reason</source>
        <translation>Decision reason</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>v{version}, not acknowledged</source>
        <translation>v{version}, not acknowledged</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{name} has not acknowledged rule set v{version}: this fine may not hold (E24).</source>
        <translation>{name} has not acknowledged rule set v{version}: this fine may not hold (E24).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a fine in the list.</source>
        <translation>Choose a fine in the list.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name}: {reason}, {amount} ({day})</source>
        <translation>{name}: {reason}, {amount} ({day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Flagged: {name} has not acknowledged rule set v{version} (E24).</source>
        <translation>Flagged: {name} has not acknowledged rule set v{version} (E24).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Late entry (of {month})</source>
        <translation>Late entry (of {month})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted in {month}</source>
        <translation>Counted in {month}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}&apos;s sheet for {month} was already signed when this fine was entered: it counts in {counted} as a late entry, with its own day and rule set (E24).</source>
        <translation>{name}&apos;s sheet for {month} was already signed when this fine was entered: it counts in {counted} as a late entry, with its own day and rule set (E24).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>{count} fines suggested from the month&apos;s facts; decide each one.</source>
        <translation>{count} fines suggested from the month&apos;s facts; decide each one.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No new fines: the month&apos;s facts hold nothing more to suggest.</source>
        <translation>No new fines: the month&apos;s facts hold nothing more to suggest.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Fine confirmed: {amount} for {name}.</source>
        <translation>Fine confirmed: {amount} for {name}.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fine dismissed for {name}.</source>
        <translation>Fine dismissed for {name}.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Fine entered for {name}; it is only suggested until you confirm it.</source>
        <translation>Fine entered for {name}; it is only suggested until you confirm it.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_fines_dialog.ui" line="+14"/>
        <source>Fines</source>
        <translation>Fines</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Suggest from the month&apos;s facts</source>
        <translation>&amp;Suggest from the month&apos;s facts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late arrivals, leaving without calling headquarters and incomplete reports on the month&apos;s orders (E23)</source>
        <translation>Late arrivals, leaving without calling headquarters and incomplete reports on the month&apos;s orders (E23)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Reason for the decision:</source>
        <translation>&amp;Reason for the decision:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why the fine is confirmed or dismissed (kept with it)</source>
        <translation>Why the fine is confirmed or dismissed (kept with it)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>C&amp;onfirm fine</source>
        <translation>C&amp;onfirm fine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Enter a fine by hand (e.g. disobeyed dispatch)</source>
        <translation>Enter a fine by hand (e.g. disobeyed dispatch)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;taff:</source>
        <translation>S&amp;taff:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>R&amp;eason:</source>
        <translation>R&amp;eason:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Da&amp;y:</source>
        <translation>Da&amp;y:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Work order no.:</source>
        <translation>&amp;Work order no.:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add fine</source>
        <translation>&amp;Add fine</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run_dialog.py" line="+39"/>
        <source>At least {n} characters.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Preparing the new database… your account will be created in a moment.</source>
        <translation>Preparing the new database… your account will be created in a moment.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/first_run_dialog.ui" line="+14"/>
        <source>Set up Service Counter</source>
        <translation>Set up Service Counter</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>This database is new. Create the account of the service centre&apos;s general manager; the general manager then adds the other staff.</source>
        <translation>This database is new. Create the account of the service centre&apos;s general manager; the general manager then adds the other staff.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repeat password:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Load sample data</source>
        <translation>&amp;Load sample data</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fills the database with made-up customers, claims, work orders and requisitions, for trying the program out and for training.</source>
        <translation>Fills the database with made-up customers, claims, work orders and requisitions, for trying the program out and for training.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/form_dialog.py" line="+68"/>
        <source>Discard what was typed?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This has not been saved. Close and lose what was typed?</source>
        <translation>This has not been saved. Close and lose what was typed?</translation>
    </message>
</context>
<context>
    <name>FundEntryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/fund_entry_dialog.py" line="+36"/>
        <source>Record a remittance</source>
        <translation>Record a remittance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A payment remitted to the manufacturer; the fund accrues its percentage of the quarter&apos;s remittances (D4).</source>
        <translation>A payment remitted to the manufacturer; the fund accrues its percentage of the quarter&apos;s remittances (D4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paid on:</source>
        <translation>&amp;Paid on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>&amp;Amount (¥):</source>
        <translation>&amp;Amount (¥):</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Re&amp;ference:</source>
        <translation>Re&amp;ference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank slip or voucher no.</source>
        <translation>Bank slip or voucher no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record remittance</source>
        <translation>&amp;Record remittance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fund percentage</source>
        <translation>Fund percentage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fund&apos;s share of remittances is configuration with an effective date (D4); remittances from that date accrue at the new percentage.</source>
        <translation>The fund&apos;s share of remittances is configuration with an effective date (D4); remittances from that date accrue at the new percentage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Effective from:</source>
        <translation>&amp;Effective from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Percentage (%):</source>
        <translation>&amp;Percentage (%):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set percentage</source>
        <translation>&amp;Set percentage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a charge</source>
        <translation>Record a charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freight to the manufacturer and refurbishment parts the centre bears are deducted from the fund (D13, D14).</source>
        <translation>Freight to the manufacturer and refurbishment parts the centre bears are deducted from the fund (D13, D14).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What for:</source>
        <translation>&amp;What for:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. freight, return application RA-2026-0003</source>
        <translation>e.g. freight, return application RA-2026-0003</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record charge</source>
        <translation>&amp;Record charge</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Remittance of {amount} on {date} recorded.</source>
        <translation>Remittance of {amount} on {date} recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The fund percentage is {percent}% from {date}.</source>
        <translation>The fund percentage is {percent}% from {date}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Charge of {amount} on {date} recorded.</source>
        <translation>Charge of {amount} on {date} recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/fund_entry_dialog.ui" line="+174"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FundPaperwork</name>
    <message>
        <location filename="../../desktop_app/gui/parts/fund_documents_actions.py" line="+40"/>
        <source>Service fund statement {period}</source>
        <translation>Service fund statement {period}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts reconciliation {month}</source>
        <translation>Parts reconciliation {month}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save as XLSX</source>
        <translation>Save as XLSX</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>FundWindow</name>
    <message>
        <location filename="../../desktop_app/gui/parts/fund_window.py" line="+65"/>
        <location filename="../../ui/fund_window.ui" line="+14"/>
        <source>Service fund</source>
        <translation>Service fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter by month</source>
        <translation>Quarter by month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remittances and charges</source>
        <translation>Remittances and charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+139"/>
        <source>Opening balance</source>
        <translation>Opening balance</translation>
    </message>
    <message>
        <location line="-139"/>
        <location line="+3"/>
        <source>Accrual</source>
        <translation>Accrual</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Closing balance</source>
        <translation>Closing balance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overrun payable</source>
        <translation>Overrun payable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried forward</source>
        <translation>Carried forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulated balance</source>
        <translation>Cumulated balance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference / note</source>
        <translation>Reference / note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Calculating the fund…</source>
        <translation>Calculating the fund…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Fund percentage in force: {percent}% since {date} (D4)</source>
        <translation>Fund percentage in force: {percent}% since {date} (D4)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No fund percentage is set: remittances accrue nothing yet (D4).</source>
        <translation>No fund percentage is set: remittances accrue nothing yet (D4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remittance</source>
        <translation>Remittance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charge</source>
        <translation>Charge</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{number}: freight back from the manufacturer (D14)</source>
        <translation>{number}: freight back from the manufacturer (D14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{number}: freight to the manufacturer (D13/D14)</source>
        <translation>{number}: freight to the manufacturer (D13/D14)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: freight back from the manufacturer (D14), {share} of {total} by quantity</source>
        <translation>{number}: freight back from the manufacturer (D14), {share} of {total} by quantity</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: freight to the manufacturer (D13/D14), {share} of {total} by quantity</source>
        <translation>{number}: freight to the manufacturer (D13/D14), {share} of {total} by quantity</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{quarter}, tallied monthly and cumulated</source>
        <translation>{quarter}, tallied monthly and cumulated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarter total</source>
        <translation>Quarter total</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quarter to date</source>
        <translation>Quarter to date</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Quarter not yet ended (as of {day})</source>
        <translation>Quarter not yet ended (as of {day})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{open}: balance so far {amount}; settled after the quarter ends ({end}).</source>
        <translation>{open}: balance so far {amount}; settled after the quarter ends ({end}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement: the charges exceed the fund by {amount}; the centre pays this overrun for {quarter} (never set off against payment for goods).</source>
        <translation>Settlement: the charges exceed the fund by {amount}; the centre pays this overrun for {quarter} (never set off against payment for goods).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settlement: a year-end surplus of {amount} carries into the next year ({next}).</source>
        <translation>Settlement: a year-end surplus of {amount} carries into the next year ({next}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Settlement: a surplus of {amount} carries into {next}.</source>
        <translation>Settlement: a surplus of {amount} carries into {next}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settlement: the fund is exactly used; nothing to pay or carry.</source>
        <translation>Settlement: the fund is exactly used; nothing to pay or carry.</translation>
    </message>
    <message>
        <location filename="../../ui/fund_window.ui" line="+8"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Record &amp;remittance…</source>
        <translation>Record &amp;remittance…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Record &amp;charge…</source>
        <translation>Record &amp;charge…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Freight and refurbishment the centre bears (D13, D14), deducted from the fund.</source>
        <translation>Freight and refurbishment the centre bears (D13, D14), deducted from the fund.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fund p&amp;ercentage…</source>
        <translation>Fund p&amp;ercentage…</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>As X&amp;LSX…</source>
        <translation>As X&amp;LSX…</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>&amp;Print statement…</source>
        <translation>&amp;Print statement…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement as &amp;XLSX…</source>
        <translation>Statement as &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Parts reconciliation (D9) for &amp;month:</source>
        <translation>Parts reconciliation (D9) for &amp;month:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Pr&amp;int…</source>
        <translation>Pr&amp;int…</translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/history_chart.py" line="+55"/>
        <source>{month}: {completed} completed, satisfaction {score}</source>
        <translation>{month}: {completed} completed, satisfaction {score}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No history yet</source>
        <translation>No history yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Completed orders</source>
        <translation>Completed orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction (of 5)</source>
        <translation>Satisfaction (of 5)</translation>
    </message>
</context>
<context>
    <name>IdentifyProductDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/identify_dialog.py" line="+79"/>
        <source>The claim is dated the day the customer called, {date}: the warranty promise in force then applies (W12). On a visit the remedy is repair, free or paid as judged; return and exchange are handled at the counter (W2, W3).</source>
        <translation>The claim is dated the day the customer called, {date}: the warranty promise in force then applies (W12). On a visit the remedy is repair, free or paid as judged; return and exchange are handled at the counter (W2, W3).</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Product identified: serial {serial}, claim {claim}. {remedy}; cost borne by: {bearer}.</source>
        <translation>Product identified: serial {serial}, claim {claim}. {remedy}; cost borne by: {bearer}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer pays {amount} for the wear parts at cost.</source>
        <translation>The customer pays {amount} for the wear parts at cost.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wear parts already fitted are not covered by the free repair (W3, W6): {parts} cost the customer {amount} at cost. Ask the customer; if they do not want them, take them back and return them to stock before saving.</source>
        <translation>Wear parts already fitted are not covered by the free repair (W3, W6): {parts} cost the customer {amount} at cost. Ask the customer; if they do not want them, take them back and return them to stock before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_identify_dialog.ui" line="+14"/>
        <source>Identify the product of the visit</source>
        <translation>Identify the product of the visit</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Product found on site</source>
        <translation>Product found on site</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Serial no.:</source>
        <translation>&amp;Serial no.:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan the label, or type it and press Enter</source>
        <translation>Scan the label, or type it and press Enter</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial &amp;unknown</source>
        <translation>Serial &amp;unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serial number on the unit: it gets a placeholder serial</source>
        <translation>No serial number on the unit: it gets a placeholder serial</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Product mode&amp;l:</source>
        <translation>Product mode&amp;l:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Discontinued model (warranty claims still accepted)</source>
        <translation>Discontinued model (warranty claims still accepted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model is deactivated in Tools → Product models: it is no longer sold, but its warranty runs from the sale date (W1–W4) and the claim is judged as for any model.</source>
        <translation>The model is deactivated in Tools → Product models: it is no longer sold, but its warranty runs from the sale date (W1–W4) and the claim is judged as for any model.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Invoice:</source>
        <translation>Invoice:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Invoice present</source>
        <translation>&amp;Invoice present</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the invoice, repair is judged from a sale registered for the serial, else paid (W10)</source>
        <translation>Without the invoice, repair is judged from a sale registered for the serial, else paid (W10)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sale &amp;date:</source>
        <translation>Sale &amp;date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YYYY-MM-DD, from the invoice</source>
        <translation>YYYY-MM-DD, from the invoice</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Fault:</source>
        <translation>&amp;Fault:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The fault found on site</source>
        <translation>The fault found on site</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The customer a&amp;grees to pay for these wear parts at cost</source>
        <translation>The customer a&amp;grees to pay for these wear parts at cost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the customer first: the consent is recorded with your name and the time (W3, W6)</source>
        <translation>Ask the customer first: the consent is recorded with your name and the time (W3, W6)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open the claim for this visit and judge the warranty (Ctrl+S)</source>
        <translation>Open the claim for this visit and judge the warranty (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <location filename="../../desktop_app/gui/idle_lock.py" line="+102"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{name} took over from {previous}.</source>
        <translation>{name} took over from {previous}.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/import_dialog.py" line="+29"/>
        <source>Import the parts list</source>
        <translation>Import the parts list</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (old → new)</source>
        <translation>Changes (old → new)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Applying adds {added} parts and changes {changed} ({unchanged} unchanged); prices take effect on {date}. Rejected rows ({rejected}) are not imported; fix them in the file and import it again.</source>
        <translation>Applying adds {added} parts and changes {changed} ({unchanged} unchanged); prices take effect on {date}. Rejected rows ({rejected}) are not imported; fix them in the file and import it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Imported: {added} parts added, {changed} changed. Rejected rows not imported: {rejected}.</source>
        <translation>Imported: {added} parts added, {changed} changed. Rejected rows not imported: {rejected}.</translation>
    </message>
    <message>
        <location filename="../../ui/parts_import_dialog.ui" line="+35"/>
        <source>Prices &amp;effective from:</source>
        <translation>Prices &amp;effective from:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Apply import</source>
        <translation>&amp;Apply import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImprovementReportDialog</name>
    <message>
        <location filename="../../ui/evaluation_improvement_dialog.ui" line="+14"/>
        <source>Improvement report</source>
        <translation>Improvement report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the general manager: the most frequent faults per model, repeat repairs, suspected design defects and non-quality complaints (E2, E5, E6, E16).</source>
        <translation>For the general manager: the most frequent faults per model, repeat repairs, suspected design defects and non-quality complaints (E2, E5, E6, E16).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>&amp;Preview PDF…</source>
        <translation>&amp;Preview PDF…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/report_dialogs.py" line="+291"/>
        <source>“From” must not be after “To”.</source>
        <translation>“From” must not be after “To”.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Improvement report {first} – {last}</source>
        <translation>Improvement report {first} – {last}</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/intake_dialog.py" line="+278"/>
        <source>Discard the claim?</source>
        <translation>Discard the claim?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The claim has not been saved. Close the form and lose what was typed?</source>
        <translation>The claim has not been saved. Close the form and lose what was typed?</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Existing customer: changes here update the record.</source>
        <translation>Existing customer: changes here update the record.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Claim {number} saved</source>
        <translation>Claim {number} saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision: {remedy}; cost borne by: {bearer}.</source>
        <translation>Decision: {remedy}; cost borne by: {bearer}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order {number} waits for dispatch.</source>
        <translation>Work order {number} waits for dispatch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The technician is to arrive by {time}.</source>
        <translation>The technician is to arrive by {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The return waits for the general manager&apos;s approval (W9).</source>
        <translation>The return waits for the general manager&apos;s approval (W9).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt printing is not available on this computer yet.</source>
        <translation>Receipt printing is not available on this computer yet.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/intake/intake_fields.py" line="+24"/>
        <source>Best remedy offered</source>
        <translation>Best remedy offered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No override</source>
        <translation>No override</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>{name} ({category})</source>
        <translation>{name} ({category})</translation>
    </message>
    <message>
        <location filename="../../ui/intake_dialog.ui" line="+14"/>
        <source>New claim</source>
        <translation>New claim</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ne&amp;w customer</source>
        <translation>Ne&amp;w customer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep what is typed but save it as a new customer, not the one found</source>
        <translation>Keep what is typed but save it as a new customer, not the one found</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Person to contact</source>
        <translation>Person to contact</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mobile, or landline with area code</source>
        <translation>Mobile, or landline with area code</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Compan&amp;y:</source>
        <translation>Compan&amp;y:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Empty for a private customer</source>
        <translation>Empty for a private customer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Shenzhen</source>
        <translation>e.g. Shenzhen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Addr&amp;ess:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product mode&amp;l:</source>
        <translation>Product mode&amp;l:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Discontinued model (warranty claims still accepted)</source>
        <translation>Discontinued model (warranty claims still accepted)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The model is deactivated in Tools → Product models: it is no longer sold, but its warranty runs from the sale date (W1–W4) and the claim is judged as for any model.</source>
        <translation>The model is deactivated in Tools → Product models: it is no longer sold, but its warranty runs from the sale date (W1–W4) and the claim is judged as for any model.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Serial no.:</source>
        <translation>&amp;Serial no.:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Scan or type the label</source>
        <translation>Scan or type the label</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Serial &amp;unknown</source>
        <translation>Serial &amp;unknown</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No serial number: the unit gets a placeholder serial</source>
        <translation>No serial number: the unit gets a placeholder serial</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Invoice:</source>
        <translation>Invoice:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Invoice present</source>
        <translation>&amp;Invoice present</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Without the invoice no return or exchange is offered (W10)</source>
        <translation>Without the invoice no return or exchange is offered (W10)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice number</source>
        <translation>Invoice number</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An invoice number or sale date is filled in but “Invoice present” is not ticked: the claim is judged without the invoice (W10), as paid repair unless a sale is registered. Tick it if the customer shows the invoice.</source>
        <translation>An invoice number or sale date is filled in but “Invoice present” is not ticked: the claim is judged without the invoice (W10), as paid repair unless a sale is registered. Tick it if the customer shows the invoice.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sale &amp;date:</source>
        <translation>Sale &amp;date:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YYYY-MM-DD, from the invoice</source>
        <translation>YYYY-MM-DD, from the invoice</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Centre recei&amp;ved:</source>
        <translation>Centre recei&amp;ved:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>YYYY-MM-DD, goods from the manufacturer (D11)</source>
        <translation>YYYY-MM-DD, goods from the manufacturer (D11)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;quired arrival:</source>
        <translation>Re&amp;quired arrival:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>When the customer wants us there, e.g. 2026-03-18 14:30</source>
        <translation>When the customer wants us there, e.g. 2026-03-18 14:30</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date and time the customer asked the technician to arrive (S3); a later arrival is recorded as late</source>
        <translation>The date and time the customer asked the technician to arrive (S3); a later arrival is recorded as late</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Fault:</source>
        <translation>&amp;Fault:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>What the customer reports, in their words</source>
        <translation>What the customer reports, in their words</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Accessories:</source>
        <translation>&amp;Accessories:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tick what the customer handed over (Space); missing ones may be charged (W2)</source>
        <translation>Tick what the customer handed over (Space); missing ones may be charged (W2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requested &amp;remedy:</source>
        <translation>Requested &amp;remedy:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Escalation:</source>
        <translation>Escalation:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Negotiate (W8)</source>
        <translation>&amp;Negotiate (W8)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An unforeseen case: a negotiated outcome with a written note (W8)</source>
        <translation>An unforeseen case: a negotiated outcome with a written note (W8)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Note for the negotiation</source>
        <translation>Note for the negotiation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Override &amp;tier:</source>
        <translation>Override &amp;tier:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Written reason (W10)</source>
        <translation>Written reason (W10)</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validate and save the claim (Ctrl+S)</source>
        <translation>Validate and save the claim (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close without saving (Esc)</source>
        <translation>Close without saving (Esc)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>&amp;Print receipt</source>
        <translation>&amp;Print receipt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the receipt in two copies; the customer signs the centre&apos;s</source>
        <translation>Print the receipt in two copies; the customer signs the centre&apos;s</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;New claim</source>
        <translation>&amp;New claim</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Take in another claim (Ctrl+N)</source>
        <translation>Take in another claim (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LabelPrinter</name>
    <message>
        <location filename="../../desktop_app/gui/printing/label_printing.py" line="-19"/>
        <source>Unit label</source>
        <translation>Unit label</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="+29"/>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General manager</source>
        <translation>General manager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting manager approval</source>
        <translation>Awaiting manager approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <location line="+8"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free repair</source>
        <translation>Free repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid repair</source>
        <translation>Paid repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiated</source>
        <translation>Negotiated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bench repair</source>
        <translation>Bench repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On-site service</source>
        <translation>On-site service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer visit</source>
        <translation>Customer visit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting dispatch</source>
        <translation>Awaiting dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispatched</source>
        <translation>Dispatched</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagnosing</source>
        <translation>Diagnosing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting customer&apos;s decision</source>
        <translation>Awaiting customer&apos;s decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>Awaiting parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repairing</source>
        <translation>Repairing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repaired</source>
        <translation>Repaired</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped back</source>
        <translation>Shipped back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over quota, awaiting approval</source>
        <translation>Over quota, awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly received</source>
        <translation>Partly received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed short</source>
        <translation>Closed short</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With goods</source>
        <translation>With goods</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EMS (urgent)</source>
        <translation>EMS (urgent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rail express (urgent)</source>
        <translation>Rail express (urgent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Air freight (urgent)</source>
        <translation>Air freight (urgent)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sent by post or courier</source>
        <translation>Sent by post or courier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>On-site request</source>
        <translation>On-site request</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Manufacturer (dead on arrival, D11)</source>
        <translation>Manufacturer (dead on arrival, D11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer (early defect, D12)</source>
        <translation>Manufacturer (early defect, D12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund, in warranty (D13)</source>
        <translation>Service fund, in warranty (D13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund, centre&apos;s own promise (D14)</source>
        <translation>Service fund, centre&apos;s own promise (D14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrual from remittances (D4)</source>
        <translation>Accrual from remittances (D4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charge to the fund</source>
        <translation>Charge to the fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carried forward</source>
        <translation>Carried forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excess paid by the centre (D4)</source>
        <translation>Excess paid by the centre (D4)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../desktop_app/gui/language_menu.py" line="+18"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new language is used from the next start of Service Counter.</source>
        <translation>The new language is used from the next start of Service Counter.</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/list_tab.py" line="+125"/>
        <source>{count} records; type 3 or more letters or digits to search</source>
        <translation>{count} records; type 3 or more letters or digits to search</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>More than {count} matches: type more to narrow the search</source>
        <translation>More than {count} matches: type more to narrow the search</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} match</source>
        <translation>{count} match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} matches</source>
        <translation>{count} matches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} record</source>
        <translation>{count} record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} records</source>
        <translation>{count} records</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No records match “{search}”.</source>
        <translation>No records match “{search}”.</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/lock_dialog.py" line="+37"/>
        <source>Signed in: {name}. Enter your password to continue. At a change of shift, the next person enters their own user name and password.</source>
        <translation>Signed in: {name}. Enter your password to continue. At a change of shift, the next person enters their own user name and password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A form has unsaved content. Switching user discards it. Go back to let {name} unlock and save it, or discard it and switch.</source>
        <translation>A form has unsaved content. Switching user discards it. Go back to let {name} unlock and save it, or discard it and switch.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_dialog.ui" line="+14"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The counter is locked</source>
        <translation>The counter is locked</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Discard and switch user</source>
        <translation>&amp;Discard and switch user</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="+59"/>
        <source>Warranty &amp;policy…</source>
        <translation>Warranty &amp;policy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods and categories claims are judged by; publish a new version</source>
        <translation>Periods and categories claims are judged by; publish a new version</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name: {username}</source>
        <translation>User name: {username}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your password has been changed.</source>
        <translation>Your password has been changed.</translation>
    </message>
    <message>
        <location line="+54"/>
        <location line="+44"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Built with Qt {qt} and PySide {pyside}.</source>
        <translation>Built with Qt {qt} and PySide {pyside}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About Service Counter</source>
        <translation>About Service Counter</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="+42"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Service Counter</source>
        <translation>Close Service Counter</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Search in this tab</source>
        <translation>&amp;Search in this tab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the cursor in the current tab&apos;s search box</source>
        <translation>Put the cursor in the current tab&apos;s search box</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the lists again from the database</source>
        <translation>Read the lists again from the database</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Change password…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change your own password</source>
        <translation>Change your own password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hide the window until you or the next person signs in</source>
        <translation>Hide the window until you or the next person signs in</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Users…</source>
        <translation>&amp;Users…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add staff, reset passwords, deactivate accounts</source>
        <translation>Add staff, reset passwords, deactivate accounts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Audit log…</source>
        <translation>&amp;Audit log…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who changed what, and when</source>
        <translation>Who changed what, and when</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About Service Counter</source>
        <translation>&amp;About Service Counter</translation>
    </message>
</context>
<context>
    <name>MonthlyReportDialog</name>
    <message>
        <location filename="../../ui/evaluation_monthly_report_dialog.ui" line="+14"/>
        <source>Repair monthly report</source>
        <translation>Repair monthly report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The repair monthly report to the manufacturer (售后维修月报表) is due by the 3rd of the following month (D3).</source>
        <translation>The repair monthly report to the manufacturer (售后维修月报表) is due by the 3rd of the following month (D3).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sent &amp;on:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The day the report went to the manufacturer (D3: by the 3rd), not the day it is recorded.</source>
        <translation>The day the report went to the manufacturer (D3: by the 3rd), not the day it is recorded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Also mark every earlier month not yet marked sent</source>
        <translation>Also mark every earlier month not yet marked sent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Print:</source>
        <translation>&amp;Print:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>As sent (the figures the manufacturer received)</source>
        <translation>As sent (the figures the manufacturer received)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current data (recomputed; may differ from what was sent)</source>
        <translation>Current data (recomputed; may differ from what was sent)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Correction: sent again with the current figures</source>
        <translation>Correction: sent again with the current figures</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Preview PDF…</source>
        <translation>&amp;Preview PDF…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save as &amp;XLSX…</source>
        <translation>Save as &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mark as &amp;sent</source>
        <translation>Mark as &amp;sent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/evaluation/report_dialogs.py" line="-213"/>
        <source>Change the day recorded, giving the reason (it is kept in the audit log).</source>
        <translation>Change the day recorded, giving the reason (it is kept in the audit log).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The report for {month} was marked sent on {day}.</source>
        <translation>The report for {month} was marked sent on {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures sent were not kept: a reprint is recomputed from current data.</source>
        <translation>The figures sent were not kept: a reprint is recomputed from current data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{month} is not over yet: the report can be previewed, but it is due only on {due}.</source>
        <translation>{month} is not over yet: the report can be previewed, but it is due only on {due}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due by {due}; not yet marked sent.</source>
        <translation>Due by {due}; not yet marked sent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: it was due on {due} and is not marked sent.</source>
        <translation>Overdue: it was due on {due} and is not marked sent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Repair monthly report {month}</source>
        <translation>Repair monthly report {month}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the repair monthly report</source>
        <translation>Save the repair monthly report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{count} reports, {first} to {last}, are marked sent on {day}.</source>
        <translation>{count} reports, {first} to {last}, are marked sent on {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report for {month} is marked sent.</source>
        <translation>The report for {month} is marked sent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Correct the sent record</source>
        <translation>Correct the sent record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the correction (kept in the audit log):</source>
        <translation>Reason for the correction (kept in the audit log):</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sent record of {month} is corrected.</source>
        <translation>The sent record of {month} is corrected.</translation>
    </message>
</context>
<context>
    <name>NegotiationDialog</name>
    <message>
        <location filename="../../desktop_app/gui/negotiation_outcomes.py" line="+14"/>
        <source>Free repair</source>
        <translation>Free repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid repair</source>
        <translation>Paid repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund (return approved by you, W9)</source>
        <translation>Refund (return approved by you, W9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed without service</source>
        <translation>Closed without service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repair</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/intake/negotiation_dialog.py" line="+66"/>
        <source>Escalated at intake (W8): {note}</source>
        <translation>Escalated at intake (W8): {note}</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Discard what was typed?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settlement has not been saved. Close and lose it?</source>
        <translation>The settlement has not been saved. Close and lose it?</translation>
    </message>
    <message>
        <location filename="../../ui/negotiation_dialog.ui" line="+14"/>
        <source>Settle the negotiation</source>
        <translation>Settle the negotiation</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How the negotiation with the customer ended (W8)</source>
        <translation>How the negotiation with the customer ended (W8)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was agreed with the customer (required)</source>
        <translation>What was agreed with the customer (required)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Arrive by:</source>
        <translation>&amp;Arrive by:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The time the customer asked the technician to arrive (S3)</source>
        <translation>The time the customer asked the technician to arrive (S3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the customer wants us there, e.g. 2026-03-18 14:30</source>
        <translation>When the customer wants us there, e.g. 2026-03-18 14:30</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Settle</source>
        <translation>&amp;Settle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewRequisitionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/new_requisition_dialog.py" line="+61"/>
        <location line="+4"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Used in month</source>
        <translation>Used in month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short</source>
        <translation>Short</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+4"/>
        <source>Reorder level</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Fee price</source>
        <translation>Fee price</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Nothing to suggest for this month: add the parts you need below.</source>
        <translation>Nothing to suggest for this month: add the parts you need below.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>{count} lines, total at the fee schedule: {total}</source>
        <translation>{count} lines, total at the fee schedule: {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · not in the fee schedule: {parts}</source>
        <translation> · not in the fee schedule: {parts}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Draft {number} saved. Check the quota and submit it.</source>
        <translation>Draft {number} saved. Check the quota and submit it.</translation>
    </message>
    <message>
        <location filename="../../ui/requisition_new_dialog.ui" line="+6"/>
        <source>New requisition</source>
        <translation>New requisition</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The suggestion replaces the month&apos;s consumption, covers the open orders&apos; shortages and tops up to the reorder levels (D8). Change quantities, remove lines or add parts, then save the draft.</source>
        <translation>The suggestion replaces the month&apos;s consumption, covers the open orders&apos; shortages and tops up to the reorder levels (D8). Change quantities, remove lines or add parts, then save the draft.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Suggest a&amp;gain</source>
        <translation>Suggest a&amp;gain</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>S&amp;hipping:</source>
        <translation>S&amp;hipping:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Urgent cost difference (D8):</source>
        <translation>&amp;Urgent cost difference (D8):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>charged to the centre</source>
        <translation>charged to the centre</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add a part</source>
        <translation>Add a part</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part no. or name</source>
        <translation>Part no. or name</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Qty:</source>
        <translation>&amp;Qty:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>&amp;Save draft</source>
        <translation>&amp;Save draft</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewReturnDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/new_return_dialog.py" line="+28"/>
        <source>Serial / part no.</source>
        <translation>Serial / part no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who pays</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A claim&apos;s line goes by the claim&apos;s own dates.</source>
        <translation>A claim&apos;s line goes by the claim&apos;s own dates.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Scan or type a claim no., serial no. or part no.</source>
        <translation>Scan or type a claim no., serial no. or part no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for returning it.</source>
        <translation>Give the reason for returning it.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Add at least one unit or part to the list (D15).</source>
        <translation>Add at least one unit or part to the list (D15).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Application {number} saved as a draft: apply to the manufacturer when the list is complete.</source>
        <translation>Application {number} saved as a draft: apply to the manufacturer when the list is complete.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>by the claim</source>
        <translation>by the claim</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Detailed list (D15): {count} lines, {manufacturer} at the manufacturer&apos;s cost</source>
        <translation>Detailed list (D15): {count} lines, {manufacturer} at the manufacturer&apos;s cost</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scan the claim receipt or the unit&apos;s serial label</source>
        <translation>Scan the claim receipt or the unit&apos;s serial label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part number, e.g. PWR-01</source>
        <translation>The part number, e.g. PWR-01</translation>
    </message>
    <message>
        <location filename="../../ui/return_new_dialog.ui" line="+6"/>
        <source>New return application</source>
        <translation>New return application</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List every unit and part to send back, with the reason. Each line is classified by the dealer agreement (D11–D14), which decides who pays freight and parts.</source>
        <translation>List every unit and part to send back, with the reason. Each line is classified by the dealer agreement (D11–D14), which decides who pays freight and parts.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Unit (claim or serial no.)</source>
        <translation>&amp;Unit (claim or serial no.)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Part (part no.)</source>
        <translation>&amp;Part (part no.)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Qty:</source>
        <translation>&amp;Qty:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Found on:</source>
        <translation>&amp;Found on:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The day the defect was found: the DOA and early-defect windows count to it (D11, D12)</source>
        <translation>The day the defect was found: the DOA and early-defect windows count to it (D11, D12)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What is wrong with it</source>
        <translation>What is wrong with it</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add line</source>
        <translation>&amp;Add line</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Detailed list (D15)</source>
        <translation>Detailed list (D15)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Re&amp;move line</source>
        <translation>Re&amp;move line</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Save application</source>
        <translation>&amp;Save application</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/work_order_note_dialog.ui" line="+113"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/note_dialog.py" line="+44"/>
        <source>Cancel the work order</source>
        <translation>Cancel the work order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the order is cancelled (kept in its history)</source>
        <translation>Why the order is cancelled (kept in its history)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the &amp;order</source>
        <translation>Cancel the &amp;order</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer&apos;s opinion</source>
        <translation>The customer&apos;s opinion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer&apos;s opinion:</source>
        <translation>&amp;Customer&apos;s opinion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer says about the service (E17)</source>
        <translation>What the customer says about the service (E17)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save opinion</source>
        <translation>&amp;Save opinion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replacement serial no.:</source>
        <translation>&amp;Replacement serial no.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or type the new unit&apos;s serial number</source>
        <translation>Scan or type the new unit&apos;s serial number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;exchange</source>
        <translation>Record &amp;exchange</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Work order {number} cancelled.</source>
        <translation>Work order {number} cancelled.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer&apos;s opinion is on {number}&apos;s service report.</source>
        <translation>The customer&apos;s opinion is on {number}&apos;s service report.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exchange recorded: {number} gets the unit {serial} (its warranty runs on).</source>
        <translation>Exchange recorded: {number} gets the unit {serial} (its warranty runs on).</translation>
    </message>
</context>
<context>
    <name>OrderActions</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/order_actions.py" line="+97"/>
        <source>{number} dispatched to {name}.</source>
        <translation>{number} dispatched to {name}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number} is now “{state}”.</source>
        <translation>{number} is now “{state}”.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote accepted: the repair goes on.</source>
        <translation>Quote accepted: the repair goes on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revised quote refused: the quote accepted before stands again and the repair goes on.</source>
        <translation>Revised quote refused: the quote accepted before stands again and the repair goes on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quote refused: the unit goes back unrepaired and waits for pickup.</source>
        <translation>Quote refused: the unit goes back unrepaired and waits for pickup.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Issue waiting parts</source>
        <translation>Issue waiting parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear parts are not covered by the free remedy (W3, W6): {parts} cost the customer about {amount} at cost. Has the customer agreed to pay for them? If not, drop the waiting line instead.</source>
        <translation>Wear parts are not covered by the free remedy (W3, W6): {parts} cost the customer about {amount} at cost. Has the customer agreed to pay for them? If not, drop the waiting line instead.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer agrees, &amp;issue</source>
        <translation>Customer agrees, &amp;issue</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waiting parts issued: the repair goes on.</source>
        <translation>Waiting parts issued: the repair goes on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part} (need {needed}, on hand {on_hand})</source>
        <translation>{part} (need {needed}, on hand {on_hand})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still not enough in stock: {parts}.</source>
        <translation>Still not enough in stock: {parts}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{number} closed. Give the customer the service report and the satisfaction survey (E17).</source>
        <translation>{number} closed. Give the customer the service report and the satisfaction survey (E17).</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/order_dialog.py" line="+91"/>
        <source>Discard what was typed?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This has not been saved. Close and lose what was typed?</source>
        <translation>This has not been saved. Close and lose what was typed?</translation>
    </message>
</context>
<context>
    <name>PartDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/part_dialog.py" line="+40"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit part {part}</source>
        <translation>Edit part {part}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New part</source>
        <translation>New part</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Prices in force since {date}. New prices start a fee-schedule version on the date above; orders dated before it keep the old prices (D6, D9).</source>
        <translation>Prices in force since {date}. New prices start a fee-schedule version on the date above; orders dated before it keep the old prices (D6, D9).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give both prices or neither. Orders use the prices in force on their date (D6).</source>
        <translation>Give both prices or neither. Orders use the prices in force on their date (D6).</translation>
    </message>
    <message>
        <location filename="../../ui/parts_part_dialog.ui" line="+22"/>
        <source>Part &amp;no.:</source>
        <translation>Part &amp;no.:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Compatible &amp;models:</source>
        <translation>Compatible &amp;models:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Separate models with 、 or commas</source>
        <translation>Separate models with 、 or commas</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Wear part (W6):</source>
        <translation>Wear part (W6):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Never covered by warranty</source>
        <translation>&amp;Never covered by warranty</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Reorder level:</source>
        <translation>&amp;Reorder level:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Active:</source>
        <translation>Active:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;In use (inactive parts are not offered)</source>
        <translation>&amp;In use (inactive parts are not offered)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;ost price:</source>
        <translation>C&amp;ost price:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 120.00</source>
        <translation>e.g. 120.00</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Fee-schedule price:</source>
        <translation>&amp;Fee-schedule price:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>e.g. 150.00</source>
        <translation>e.g. 150.00</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Prices &amp;from:</source>
        <translation>Prices &amp;from:</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PartsDialog</name>
    <message>
        <location filename="../../ui/work_order_parts_dialog.ui" line="+14"/>
        <source>Issue parts</source>
        <translation>Issue parts</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The customer a&amp;grees to pay for these wear parts at cost</source>
        <translation>The customer a&amp;grees to pay for these wear parts at cost</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ask the customer first: the consent is recorded with your name and the time (W3, W6)</source>
        <translation>Ask the customer first: the consent is recorded with your name and the time (W3, W6)</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>&amp;Why this part:</source>
        <translation>&amp;Why this part:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A short reason, kept with the issue in the audit trail</source>
        <translation>A short reason, kept with the issue in the audit trail</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>&amp;Issue from stock</source>
        <translation>&amp;Issue from stock</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue the listed parts to this order (Ctrl+S)</source>
        <translation>Issue the listed parts to this order (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/parts_dialog.py" line="+38"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needed</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Short by</source>
        <translation>Short by</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Add at least one part to the list.</source>
        <translation>Add at least one part to the list.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Parts issued from stock: {parts}.</source>
        <translation>Parts issued from stock: {parts}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not enough in stock: the order now waits for parts</source>
        <translation>Not enough in stock: the order now waits for parts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No part was issued. The parts stay on the order as needed lines and go on the next requisition (D8). When they arrive, use “Issue waiting parts”.</source>
        <translation>No part was issued. The parts stay on the order as needed lines and go on the next requisition (D8). When they arrive, use “Issue waiting parts”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{part} (need {needed}, on hand {on_hand})</source>
        <translation>{part} (need {needed}, on hand {on_hand})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough in stock: {parts}. The order waits for parts.</source>
        <translation>Not enough in stock: {parts}. The order waits for parts.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The order will wait for parts: the customer&apos;s consent for the wear parts {parts} is asked when they are issued (W3, W6).</source>
        <translation>The order will wait for parts: the customer&apos;s consent for the wear parts {parts} is asked when they are issued (W3, W6).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wear parts are not covered by the free remedy (W3, W6): {parts} cost the customer {amount} at cost. Ask the customer before issuing them.</source>
        <translation>Wear parts are not covered by the free remedy (W3, W6): {parts} cost the customer {amount} at cost. Ask the customer before issuing them.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not listed for the {model} in the parts catalogue: {parts}. Say why it is fitted here; the reason is kept with the issue.</source>
        <translation>Not listed for the {model} in the parts catalogue: {parts}. Say why it is fitted here; the reason is kept with the issue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part} (listed for {models})</source>
        <translation>{part} (listed for {models})</translation>
    </message>
</context>
<context>
    <name>PartsPicker</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/parts_picker.py" line="+42"/>
        <location line="+3"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Fee price</source>
        <translation>Fee price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wear part (W6)</source>
        <translation>Wear part (W6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount at cost</source>
        <translation>Amount at cost</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Parts listed for other models are hidden: {count}. Untick “Only parts for this unit” to see them.</source>
        <translation>Parts listed for other models are hidden: {count}. Untick “Only parts for this unit” to see them.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Fits this unit</source>
        <translation>Fits this unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fits this unit (any model)</source>
        <translation>Fits this unit (any model)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any model</source>
        <translation>Any model</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{part} (need {needed}, on hand {on_hand})</source>
        <translation>{part} (need {needed}, on hand {on_hand})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not enough in stock: {parts}. Issuing puts the order on “awaiting parts” until they arrive.</source>
        <translation>Not enough in stock: {parts}. Issuing puts the order on “awaiting parts” until they arrive.</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_parts_picker.ui" line="+31"/>
        <source>&amp;Find part:</source>
        <translation>&amp;Find part:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Part no. or name; Enter searches, Down goes to the list</source>
        <translation>Part no. or name; Enter searches, Down goes to the list</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Only parts for this unit</source>
        <translation>&amp;Only parts for this unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parts listed for the unit&apos;s model, and parts listed for no model (universal)</source>
        <translation>Parts listed for the unit&apos;s model, and parts listed for no model (universal)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Enter or double-click adds the part</source>
        <translation>Enter or double-click adds the part</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add the selected part with this quantity</source>
        <translation>Add the selected part with this quantity</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Remove line</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the selected line from the list below</source>
        <translation>Remove the selected line from the list below</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Parts for this order:</source>
        <translation>Parts for this order:</translation>
    </message>
</context>
<context>
    <name>PartsTexts</name>
    <message>
        <location filename="../../desktop_app/gui/parts/import_texts.py" line="+19"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compatible models</source>
        <translation>Compatible models</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear part</source>
        <translation>Wear part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost price</source>
        <translation>Cost price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fee price</source>
        <translation>Fee price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parts/window_support.py" line="+21"/>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return to stock</source>
        <translation>Return to stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock-take adjustment</source>
        <translation>Stock-take adjustment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool check-in (E9)</source>
        <translation>Tool check-in (E9)</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop_app/core/permissions.py" line="+80"/>
        <source>take in claims</source>
        <translation>take in claims</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register calls</source>
        <translation>register calls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>print documents</source>
        <translation>print documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter survey results</source>
        <translation>enter survey results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>look up customers</source>
        <translation>look up customers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record the customer&apos;s answers</source>
        <translation>record the customer&apos;s answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see work orders</source>
        <translation>see work orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work on own work orders</source>
        <translation>work on own work orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hand over units and close orders</source>
        <translation>hand over units and close orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit the fault catalogue</source>
        <translation>edit the fault catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch work orders</source>
        <translation>dispatch work orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>work on any work order</source>
        <translation>work on any work order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage stock</source>
        <translation>manage stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage requisitions</source>
        <translation>manage requisitions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record complaints</source>
        <translation>record complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>record fines</source>
        <translation>record fines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>see staff evaluation</source>
        <translation>see staff evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override a warranty tier</source>
        <translation>override a warranty tier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>correct or withdraw any claim</source>
        <translation>correct or withdraw any claim</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>keep the product catalogue</source>
        <translation>keep the product catalogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve returns</source>
        <translation>approve returns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approve over-quota requisitions</source>
        <translation>approve over-quota requisitions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>publish the assessment rules</source>
        <translation>publish the assessment rules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the warranty policy</source>
        <translation>manage the warranty policy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the fee schedule</source>
        <translation>manage the fee schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit log</source>
        <translation>view the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the service fund</source>
        <translation>manage the service fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the centre settings</source>
        <translation>manage the centre settings</translation>
    </message>
</context>
<context>
    <name>PickupPrinter</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/order_printing.py" line="+94"/>
        <source>Pickup slip</source>
        <translation>Pickup slip</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/policy_dialog.py" line="+46"/>
        <source>Publish new version</source>
        <translation>Publish new version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {version} is in force.</source>
        <translation>Version {version} is in force.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} takes effect on {date}.</source>
        <translation>Version {version} takes effect on {date}.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Version {version} published.</source>
        <translation>Version {version} published.</translation>
    </message>
    <message>
        <location filename="../../ui/policy_dialog.ui" line="+14"/>
        <source>Warranty policy</source>
        <translation>Warranty policy</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Return period (W2):</source>
        <translation>&amp;Return period (W2):</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+23"/>
        <location line="+69"/>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>&amp;Exchange period (W3):</source>
        <translation>&amp;Exchange period (W3):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Free re&amp;pair period (W4):</source>
        <translation>Free re&amp;pair period (W4):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Longer repair period (W4):</source>
        <translation>&amp;Longer repair period (W4):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;DOA window (D11):</source>
        <translation>&amp;DOA window (D11):</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+23"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Early &amp;quality defect window (D12):</source>
        <translation>Early &amp;quality defect window (D12):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Manufacturer warranty (D10):</source>
        <translation>&amp;Manufacturer warranty (D10):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Effective &amp;from:</source>
        <translation>Effective &amp;from:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Product categories with the longer repair period (W4)</source>
        <translation>Product categories with the longer repair period (W4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The wear-part list (W6) is kept in the parts catalogue, not here.</source>
        <translation>The wear-part list (W6) is kept in the parts catalogue, not here.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Publishing makes a new version. Claims already judged keep the version they were judged under (W12).</source>
        <translation>Publishing makes a new version. Claims already judged keep the version they were judged under (W12).</translation>
    </message>
</context>
<context>
    <name>PrintSettingsDialog</name>
    <message>
        <location filename="../../desktop_app/gui/printing/print_settings_dialog.py" line="+22"/>
        <source>A5 (half an A4 sheet)</source>
        <translation>A5 (half an A4 sheet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>58 mm roll (thermal printer)</source>
        <translation>58 mm roll (thermal printer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>80 mm roll (thermal printer)</source>
        <translation>80 mm roll (thermal printer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50 × 30 mm</source>
        <translation>50 × 30 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60 × 40 mm</source>
        <translation>60 × 40 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the interface</source>
        <translation>Same as the interface</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>None set up on this computer</source>
        <translation>None set up on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a preview first</source>
        <translation>Show a preview first</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{name} (not found now)</source>
        <translation>{name} (not found now)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Print &amp;settings…</source>
        <translation>Print &amp;settings…</translation>
    </message>
    <message>
        <location filename="../../ui/print_settings_dialog.ui" line="+14"/>
        <source>Print settings</source>
        <translation>Print settings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>These settings belong to this computer: each counter keeps its own printer and paper.</source>
        <translation>These settings belong to this computer: each counter keeps its own printer and paper.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Default printer:</source>
        <translation>Default printer:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Print &amp;receipts straight to the default printer, without a preview</source>
        <translation>Print &amp;receipts straight to the default printer, without a preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt and pickup slip &amp;paper:</source>
        <translation>Receipt and pickup slip &amp;paper:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unit &amp;label size:</source>
        <translation>Unit &amp;label size:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Label print&amp;er:</source>
        <translation>Label print&amp;er:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A label printer chosen here prints labels without a preview</source>
        <translation>A label printer chosen here prints labels without a preview</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print a unit label &amp;automatically when a claim is saved</source>
        <translation>Print a unit label &amp;automatically when a claim is saved</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>&amp;Document language:</source>
        <translation>&amp;Document language:</translation>
    </message>
</context>
<context>
    <name>ProductCategoryDialog</name>
    <message>
        <location filename="../../ui/product_category_dialog.ui" line="+14"/>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. industrial_ethernet</source>
        <translation>e.g. industrial_ethernet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Chinese name:</source>
        <translation>&amp;Chinese name:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;English name:</source>
        <translation>&amp;English name:</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/products/product_dialogs.py" line="+39"/>
        <source>Edit category {code}</source>
        <translation>Edit category {code}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New product category</source>
        <translation>New product category</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The code is in use by product models or the warranty policy (W4): only the names can change.</source>
        <translation>The code is in use by product models or the warranty policy (W4): only the names can change.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code is what the warranty policy names (W4): letters, digits, “-” and “_”; it cannot change once models use it.</source>
        <translation>The code is what the warranty policy names (W4): letters, digits, “-” and “_”; it cannot change once models use it.</translation>
    </message>
</context>
<context>
    <name>ProductImportDialog</name>
    <message>
        <location filename="../../ui/product_import_dialog.ui" line="+54"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Apply import</source>
        <translation>&amp;Apply import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/products/product_import_dialog.py" line="+25"/>
        <source>Import product models</source>
        <translation>Import product models</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+1"/>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes (old → new)</source>
        <translation>Changes (old → new)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Applying adds {added} models and changes {changed} ({unchanged} unchanged). Rejected rows ({rejected}) are not imported; fix them in the file and import it again.</source>
        <translation>Applying adds {added} models and changes {changed} ({unchanged} unchanged). Rejected rows ({rejected}) are not imported; fix them in the file and import it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported: {added} models added, {changed} changed. Rejected rows not imported: {rejected}.</source>
        <translation>Imported: {added} models added, {changed} changed. Rejected rows not imported: {rejected}.</translation>
    </message>
</context>
<context>
    <name>ProductModelDialog</name>
    <message>
        <location filename="../../ui/product_model_dialog.ui" line="+14"/>
        <source>Product model</source>
        <translation>Product model</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Model:</source>
        <translation>&amp;Model:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. S5720-28P</source>
        <translation>e.g. S5720-28P</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>C&amp;ategory:</source>
        <translation>C&amp;ategory:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>A&amp;ccessories:</source>
        <translation>A&amp;ccessories:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Short names separated by 、 or ;. The operator ticks them at intake; missing ones are charged at cost (W2).</source>
        <translation>Short names separated by 、 or ;. The operator ticks them at intake; missing ones are charged at cost (W2).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/products/product_dialogs.py" line="+40"/>
        <source>Edit model {model}</source>
        <translation>Edit model {model}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New product model</source>
        <translation>New product model</translation>
    </message>
</context>
<context>
    <name>ProductsMenu</name>
    <message>
        <location filename="../../desktop_app/gui/products/products_menu.py" line="+27"/>
        <source>Product &amp;models…</source>
        <translation>Product &amp;models…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product categories and models intake offers, with their accessories</source>
        <translation>The product categories and models intake offers, with their accessories</translation>
    </message>
</context>
<context>
    <name>ProductsWindow</name>
    <message>
        <location filename="../../desktop_app/gui/products/products_window.py" line="+42"/>
        <location filename="../../ui/products_window.ui" line="+14"/>
        <source>Product models</source>
        <translation>Product models</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessories</source>
        <translation>Accessories</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}
models: {count}</source>
        <translation>{name}
models: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Category {name} saved.</source>
        <translation>Category {name} saved.</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>The warranty policy in force gives this category the longer free repair (W4).</source>
        <translation>The warranty policy in force gives this category the longer free repair (W4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No product category yet: add one, then its models (or import them).</source>
        <translation>No product category yet: add one, then its models (or import them).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Models: {count}</source>
        <translation>Models: {count}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reacti&amp;vate</source>
        <translation>Reacti&amp;vate</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Model {model} saved.</source>
        <translation>Model {model} saved.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Model {model} reactivated: intake offers it again.</source>
        <translation>Model {model} reactivated: intake offers it again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model {model} deactivated: intake no longer offers it; its claims keep it.</source>
        <translation>Model {model} deactivated: intake no longer offers it; its claims keep it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import product models</source>
        <translation>Import product models</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model lists (*.xlsx *.csv)</source>
        <translation>Model lists (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/products_window.ui" line="+6"/>
        <source>Intake offers the active models listed here, with their accessories to tick (W2). The warranty policy names categories by their code (W4): a code in use cannot change.</source>
        <translation>Intake offers the active models listed here, with their accessories to tick (W2). The warranty policy names categories by their code (W4): a code in use cannot change.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Product categories</source>
        <translation>Product categories</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New ca&amp;tegory…</source>
        <translation>New ca&amp;tegory…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ed&amp;it category…</source>
        <translation>Ed&amp;it category…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Model or name</source>
        <translation>Model or name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show &amp;deactivated</source>
        <translation>Show &amp;deactivated</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>&amp;New model…</source>
        <translation>&amp;New model…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Edit model…</source>
        <translation>&amp;Edit model…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/products/products_window.py" line="-69"/>
        <location filename="../../ui/products_window.ui" line="+10"/>
        <source>Deacti&amp;vate</source>
        <translation>Deacti&amp;vate</translation>
    </message>
    <message>
        <location filename="../../ui/products_window.ui" line="+23"/>
        <source>I&amp;mport…</source>
        <translation>I&amp;mport…</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../desktop_app/gui/qt_catalogue_gaps.py" line="+24"/>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Shortcut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drive</source>
        <translation>Drive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location line="-8"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <location line="+9"/>
        <source>Page &amp;Set:</source>
        <translation>Page &amp;Set:</translation>
    </message>
</context>
<context>
    <name>QueueBar</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/queue_bar.py" line="+37"/>
        <source>Show this queue (Alt+{n})</source>
        <translation>Show this queue (Alt+{n})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Waiting for dispatch longer than a day, or on site later than the customer asked (S3) (Alt+6)</source>
        <translation>Waiting for dispatch longer than a day, or on site later than the customer asked (S3) (Alt+6)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{queue} ({count})</source>
        <translation>{queue} ({count})</translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <location filename="../../ui/work_order_quote_dialog.ui" line="+14"/>
        <source>Quote for a paid repair</source>
        <translation>Quote for a paid repair</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Labour rate:</source>
        <translation>&amp;Labour rate:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Labour charges of the fee schedule in force; fills in the labour</source>
        <translation>Labour charges of the fee schedule in force; fills in the labour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>La&amp;bour:</source>
        <translation>La&amp;bour:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Travel:</source>
        <translation>&amp;Travel:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Parts, charged at the fee schedule&apos;s cost price (W5):</source>
        <translation>Parts, charged at the fee schedule&apos;s cost price (W5):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The order waits for the customer&apos;s answer; record it with “Customer accepted” or “Customer refused”.</source>
        <translation>The order waits for the customer&apos;s answer; record it with “Customer accepted” or “Customer refused”.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Save quote</source>
        <translation>&amp;Save quote</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the quote (Ctrl+S)</source>
        <translation>Record the quote (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/quote_dialog.py" line="+44"/>
        <source>Typed in</source>
        <translation>Typed in</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Quote recorded: {total}. The order waits for the customer&apos;s answer.</source>
        <translation>Quote recorded: {total}. The order waits for the customer&apos;s answer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total for the customer: {total} (parts {parts})</source>
        <translation>Total for the customer: {total} (parts {parts})</translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/reassign_dialog.py" line="+31"/>
        <source>Now with {name} ({state}).</source>
        <translation>Now with {name} ({state}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} ({role}, {count} open)</source>
        <translation>{name} ({role}, {count} open)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{number} handed over to {name}.</source>
        <translation>{number} handed over to {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/reassign_dialog.ui" line="+14"/>
        <source>Hand the order to another technician</source>
        <translation>Hand the order to another technician</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Active technicians and supervisors; the number is their open orders</source>
        <translation>Active technicians and supervisors; the number is their open orders</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Why it changes hands, e.g. left the company, on sick leave (kept in its history)</source>
        <translation>Why it changes hands, e.g. left the company, on sick leave (kept in its history)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The state stays. From now on the new technician works the order and is credited with its completion, service report and survey; what was already done stays with whoever did it.</source>
        <translation>The state stays. From now on the new technician works the order and is credited with its completion, service report and survey; what was already done stays with whoever did it.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Hand over</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Receipt</name>
    <message>
        <location filename="../../desktop_app/services/receipts.py" line="-66"/>
        <source>No invoice</source>
        <translation>No invoice</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinter</name>
    <message>
        <location filename="../../desktop_app/gui/printing/claim_documents.py" line="+53"/>
        <source>Service receipt</source>
        <translation>Service receipt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The receipt was sent to the printer.</source>
        <translation>The receipt was sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/receive_dialog.py" line="+29"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received before</source>
        <translation>Received before</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Arrived now</source>
        <translation>Arrived now</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Enter what arrived on at least one line.</source>
        <translation>Enter what arrived on at least one line.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{count} parts booked into stock: {number} is complete.</source>
        <translation>{count} parts booked into stock: {number} is complete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} parts booked into stock; {number} still has parts to come.</source>
        <translation>{count} parts booked into stock; {number} still has parts to come.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Arrived now: {now} of {outstanding} outstanding</source>
        <translation>Arrived now: {now} of {outstanding} outstanding</translation>
    </message>
    <message>
        <location filename="../../ui/requisition_receive_dialog.ui" line="+6"/>
        <source>Receive parts</source>
        <translation>Receive parts</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter what arrived on each line; a partial delivery is fine, the rest stays outstanding. Saving books the parts into stock in one go.</source>
        <translation>Enter what arrived on each line; a partial delivery is fine, the rest stays outstanding. Saving books the parts into stock in one go.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Everything outstanding arrived</source>
        <translation>&amp;Everything outstanding arrived</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;Book into stock</source>
        <translation>&amp;Book into stock</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RefundMethod</name>
    <message>
        <location filename="../../desktop_app/gui/intake/refund_labels.py" line="+16"/>
        <source>Back the way it was paid</source>
        <translation>Back the way it was paid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Refund: not recorded</source>
        <translation>Refund: not recorded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund: {amount} · {method} · {at}</source>
        <translation>Refund: {amount} · {method} · {at}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(purchase price {price} less {charge} for missing accessories)</source>
        <translation>(purchase price {price} less {charge} for missing accessories)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/work_order_report_dialog.ui" line="+14"/>
        <source>Service report</source>
        <translation>Service report</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fault &amp;cause:</source>
        <translation>Fault &amp;cause:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Why it failed</source>
        <translation>Why it failed</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Solution:</source>
        <translation>&amp;Solution:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Replaced parts:</source>
        <translation>Replaced parts:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;No parts replaced</source>
        <translation>&amp;No parts replaced</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer&apos;s &amp;opinion:</source>
        <translation>Customer&apos;s &amp;opinion:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the customer said about the service</source>
        <translation>What the customer said about the service</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>An order closes only with a complete report: fault cause, solution, replaced parts (or “no parts replaced”) and the customer&apos;s opinion (E17, E23).</source>
        <translation>An order closes only with a complete report: fault cause, solution, replaced parts (or “no parts replaced”) and the customer&apos;s opinion (E17, E23).</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Sa&amp;ve report</source>
        <translation>Sa&amp;ve report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the service report (Ctrl+S)</source>
        <translation>Save the service report (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/report_dialog.py" line="+38"/>
        <source>None issued to this order</source>
        <translation>None issued to this order</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Service report saved; it is complete.</source>
        <translation>Service report saved; it is complete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service report saved. Still missing for closing: {missing}.</source>
        <translation>Service report saved. Still missing for closing: {missing}.</translation>
    </message>
</context>
<context>
    <name>ReportReminder</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/report_reminder.py" line="+80"/>
        <source>The repair monthly report for {month} is due by the 3rd</source>
        <translation>The repair monthly report for {month} is due by the 3rd</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repair monthly report for {month} is overdue (due by the 3rd)</source>
        <translation>The repair monthly report for {month} is overdue (due by the 3rd)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; 1 more month not sent</source>
        <translation>; 1 more month not sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; {count} more months not sent</source>
        <translation>; {count} more months not sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the report, send it to the manufacturer and mark it as sent (D3)</source>
        <translation>Open the report, send it to the manufacturer and mark it as sent (D3)</translation>
    </message>
</context>
<context>
    <name>RequisitionActions</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/requisition_actions.py" line="+103"/>
        <source>{quarter}: quota {quota}, used by other requisitions {used}, this requisition {this}.</source>
        <translation>{quarter}: quota {quota}, used by other requisitions {used}, this requisition {this}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the quota by {excess}. The lines past the quota are charged at the fee schedule, and the requisition waits for the general manager&apos;s approval before it goes to the manufacturer (D6).</source>
        <translation>Over the quota by {excess}. The lines past the quota are charged at the fee schedule, and the requisition waits for the general manager&apos;s approval before it goes to the manufacturer (D6).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Within the quota: it is submitted to the manufacturer directly (D6).</source>
        <translation>Within the quota: it is submitted to the manufacturer directly (D6).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit {number}</source>
        <translation>Submit {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{number} is over the quota: it waits for the general manager&apos;s approval (D6).</source>
        <translation>{number} is over the quota: it waits for the general manager&apos;s approval (D6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} submitted to the manufacturer.</source>
        <translation>{number} submitted to the manufacturer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Over-quota requisition {number} approved: it goes to the manufacturer, the excess charged at the fee schedule (D6).</source>
        <translation>Over-quota requisition {number} approved: it goes to the manufacturer, the excess charged at the fee schedule (D6).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number} is shipped: receive the parts when they arrive.</source>
        <translation>{number} is shipped: receive the parts when they arrive.</translation>
    </message>
</context>
<context>
    <name>RequisitionDetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/detail_panel.py" line="+37"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fee price</source>
        <translation>Fee price</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line total</source>
        <translation>Line total</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{status} on {time}. Reason: {reason}</source>
        <translation>{status} on {time}. Reason: {reason}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cancelled: nothing is supplied or charged, and no approval is needed.</source>
        <translation>Cancelled: nothing is supplied or charged, and no approval is needed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rest was closed ({count} not supplied): only what arrived, {received}, counts toward the quota (D6). Reason: {reason}</source>
        <translation>The rest was closed ({count} not supplied): only what arrived, {received}, counts toward the quota (D6). Reason: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Over the quota by {excess}: the excess is charged at the fee schedule; approved by {manager} (D6).</source>
        <translation>Over the quota by {excess}: the excess is charged at the fee schedule; approved by {manager} (D6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Over the quota by {excess}: the excess is charged at the fee schedule and the general manager must approve the requisition (D6).</source>
        <translation>Over the quota by {excess}: the excess is charged at the fee schedule and the general manager must approve the requisition (D6).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Within the quarter&apos;s quota: supplied directly (D6).</source>
        <translation>Within the quarter&apos;s quota: supplied directly (D6).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (over quota)</source>
        <translation> (over quota)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 line, total at the fee schedule: {total}</source>
        <translation>1 line, total at the fee schedule: {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} lines, total at the fee schedule: {total}</source>
        <translation>{count} lines, total at the fee schedule: {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; still to arrive: {count}</source>
        <translation>; still to arrive: {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; rest closed, not supplied: {count}</source>
        <translation>; rest closed, not supplied: {count}</translation>
    </message>
    <message>
        <location filename="../../ui/requisition_detail_panel.ui" line="+62"/>
        <source>Choose a requisition in the list to see its lines, the quota check and what can be done next.</source>
        <translation>Choose a requisition in the list to see its lines, the quota check and what can be done next.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Requisition</source>
        <translation>Requisition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month:</source>
        <translation>Month:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shipping:</source>
        <translation>Shipping:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Urgent cost to the centre (D8):</source>
        <translation>Urgent cost to the centre (D8):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Prepared by:</source>
        <translation>Prepared by:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Over quota approved by:</source>
        <translation>Over quota approved by:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Submitted:</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Quota check (D6)</source>
        <translation>Quota check (D6)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Quota (fund share of remittances):</source>
        <translation>Quota (fund share of remittances):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Used by earlier requisitions:</source>
        <translation>Used by earlier requisitions:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This requisition:</source>
        <translation>This requisition:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Excess over the quota:</source>
        <translation>Excess over the quota:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Su&amp;bmit…</source>
        <translation>Su&amp;bmit…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Approve over quota</source>
        <translation>&amp;Approve over quota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Mark shipped</source>
        <translation>&amp;Mark shipped</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>R&amp;eceive…</source>
        <translation>R&amp;eceive…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Cancel requisition…</source>
        <translation>&amp;Cancel requisition…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>En&amp;d the rest…</source>
        <translation>En&amp;d the rest…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manufacturer will not send the rest: end the requisition with what arrived; only that counts toward the quota (D6)</source>
        <translation>The manufacturer will not send the rest: end the requisition with what arrived; only that counts toward the quota (D6)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Print / preview…</source>
        <translation>&amp;Print / preview…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport XLSX…</source>
        <translation>E&amp;xport XLSX…</translation>
    </message>
</context>
<context>
    <name>RequisitionDocuments</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/documents.py" line="+35"/>
        <source>Parts requisition form {number}</source>
        <translation>Parts requisition form {number}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Return application {number}</source>
        <translation>Return application {number}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export the requisition</source>
        <translation>Export the requisition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RequisitionNoteDialog</name>
    <message>
        <location filename="../../ui/requisition_note_dialog.ui" line="+117"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requisitions/note_dialog.py" line="+43"/>
        <source>Cancel the requisition</source>
        <translation>Cancel the requisition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+10"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Why the requisition is cancelled (kept in the audit log)</source>
        <translation>Why the requisition is cancelled (kept in the audit log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel the requisition</source>
        <translation>&amp;Cancel the requisition</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Record approval</source>
        <translation>&amp;Record approval</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record re&amp;fusal</source>
        <translation>Record re&amp;fusal</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The manufacturer&apos;s approval</source>
        <translation>The manufacturer&apos;s approval</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Close the rest of the requisition</source>
        <translation>Close the rest of the requisition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the rest will not come, e.g. out of stock at the manufacturer</source>
        <translation>Why the rest will not come, e.g. out of stock at the manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose the rest</source>
        <translation>C&amp;lose the rest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approval reference:</source>
        <translation>&amp;Approval reference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number of the manufacturer&apos;s written approval (D15)</source>
        <translation>The number of the manufacturer&apos;s written approval (D15)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused by the manufacturer</source>
        <translation>Refused by the manufacturer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the manufacturer refused the return</source>
        <translation>Why the manufacturer refused the return</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Requisition {number} cancelled.</source>
        <translation>Requisition {number} cancelled.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The rest of requisition {number} is closed: only what arrived counts toward the quota (D6).</source>
        <translation>The rest of requisition {number} is closed: only what arrived counts toward the quota (D6).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{number} approved by the manufacturer: it may be packed and shipped.</source>
        <translation>{number} approved by the manufacturer: it may be packed and shipped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} refused by the manufacturer: nothing may be shipped (D15).</source>
        <translation>{number} refused by the manufacturer: nothing may be shipped (D15).</translation>
    </message>
</context>
<context>
    <name>RequisitionTexts</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/texts.py" line="+13"/>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied, awaiting approval</source>
        <translation>Applied, awaiting approval</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by the manufacturer</source>
        <translation>Approved by the manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dead on arrival (D11)</source>
        <translation>Dead on arrival (D11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early quality defect (D12)</source>
        <translation>Early quality defect (D12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In warranty (D13)</source>
        <translation>In warranty (D13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of warranty (D14)</source>
        <translation>Out of warranty (D14)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by the customer</source>
        <translation>Paid by the customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Manufacturer pays freight and parts</source>
        <translation>Manufacturer pays freight and parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund pays freight out and parts; manufacturer pays freight back</source>
        <translation>Service fund pays freight out and parts; manufacturer pays freight back</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Centre pays all freight and parts (from the service fund)</source>
        <translation>Centre pays all freight and parts (from the service fund)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer pays</source>
        <translation>Customer pays</translation>
    </message>
</context>
<context>
    <name>RequisitionsTab</name>
    <message>
        <location filename="../../desktop_app/app.py" line="-127"/>
        <location filename="../../desktop_app/gui/tabs/requisitions_tab.py" line="+58"/>
        <source>Spare-part requisitions</source>
        <translation>Spare-part requisitions</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tabs/requisitions_tab.py" line="+4"/>
        <source>No spare-part requisitions yet. Each month, file the parts requisition form here to order parts from the manufacturer.</source>
        <translation>No spare-part requisitions yet. Each month, file the parts requisition form here to order parts from the manufacturer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../ui/requisitions_tab.ui" line="+50"/>
        <source>Requisition no.</source>
        <translation>Requisition no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{status}. Reason: {reason}</source>
        <translation>{status}. Reason: {reason}</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total (fee schedule)</source>
        <translation>Total (fee schedule)</translation>
    </message>
    <message>
        <location filename="../../ui/requisitions_tab.ui" line="-16"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;New requisition…</source>
        <translation>&amp;New requisition…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start this month&apos;s parts requisition from the suggestion (D8)</source>
        <translation>Start this month&apos;s parts requisition from the suggestion (D8)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Returns to the manufacturer…</source>
        <translation>&amp;Returns to the manufacturer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Return applications: apply, approval, packing, the manufacturer&apos;s count (D11–D16)</source>
        <translation>Return applications: apply, approval, packing, the manufacturer&apos;s count (D11–D16)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>St&amp;ock…</source>
        <translation>St&amp;ock…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Parts cata&amp;logue…</source>
        <translation>Parts cata&amp;logue…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Service f&amp;und…</source>
        <translation>Service f&amp;und…</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <location filename="../../desktop_app/commands/backup.py" line="-20"/>
        <source>Nothing was restored.</source>
        <translation>Nothing was restored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {current} from {backup}; there was no database there before.</source>
        <translation>Restored {current} from {backup}; there was no database there before.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored {current} from {backup}; the previous database is kept as {kept}.</source>
        <translation>Restored {current} from {backup}; the previous database is kept as {kept}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This replaces all data in {current}
with the backup {backup}.</source>
        <translation>This replaces all data in {current}
with the backup {backup}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The current database is kept beside it as {kept}.</source>
        <translation>The current database is kept beside it as {kept}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit the program at every other counter first.</source>
        <translation>Quit the program at every other counter first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type 恢复 or yes to restore: </source>
        <translation>Type 恢复 or yes to restore: </translation>
    </message>
</context>
<context>
    <name>ReturnCompletionDialog</name>
    <message>
        <location filename="../../desktop_app/gui/intake/return_completion_dialog.py" line="+42"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Missing at intake: {missing}. Their cost price is deducted from the refund (W2).</source>
        <translation>Missing at intake: {missing}. Their cost price is deducted from the refund (W2).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Discard what was typed?</source>
        <translation>Discard what was typed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The refund has not been saved. Close and lose it?</source>
        <translation>The refund has not been saved. Close and lose it?</translation>
    </message>
    <message>
        <location filename="../../ui/return_completion_dialog.ui" line="+14"/>
        <source>Complete the return</source>
        <translation>Complete the return</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The general manager approved this return. Record the refund the customer received and tick what was handed back: the claim is then closed (W2, W9).</source>
        <translation>The general manager approved this return. Record the refund the customer received and tick what was handed back: the claim is then closed (W2, W9).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Purchase price (yuan):</source>
        <translation>&amp;Purchase price (yuan):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>As printed on the invoice, e.g. 1280.00</source>
        <translation>As printed on the invoice, e.g. 1280.00</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Missing accessories c&amp;harge (yuan):</source>
        <translation>Missing accessories c&amp;harge (yuan):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Their cost price, deducted from the refund (W2)</source>
        <translation>Their cost price, deducted from the refund (W2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Refund (yuan):</source>
        <translation>Refund (yuan):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The purchase price less the accessories charge</source>
        <translation>The purchase price less the accessories charge</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Refund &amp;method:</source>
        <translation>Refund &amp;method:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Handed back:</source>
        <translation>Handed back:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The faulty p&amp;roduct</source>
        <translation>The faulty p&amp;roduct</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All &amp;accessories received at intake</source>
        <translation>All &amp;accessories received at intake</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The &amp;invoice</source>
        <translation>The &amp;invoice</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Refund slip or transfer number</source>
        <translation>Refund slip or transfer number</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&amp;Complete the return</source>
        <translation>&amp;Complete the return</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ReturnLinesDialog</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/return_lines_dialog.py" line="+89"/>
        <location filename="../../ui/return_lines_dialog.ui" line="+95"/>
        <source>&amp;Freight out:</source>
        <translation>&amp;Freight out:</translation>
    </message>
    <message>
        <location filename="../../ui/return_lines_dialog.ui" line="+127"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requisitions/return_lines_dialog.py" line="-30"/>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted by the manufacturer</source>
        <translation>Counted by the manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serial / part no.</source>
        <translation>Serial / part no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>packed</source>
        <translation>packed</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The day each stock line&apos;s defect was found: the DOA and early-defect windows count to it (D11, D12). It can be corrected until the application is applied. A claim&apos;s line goes by the claim&apos;s date.</source>
        <translation>The day each stock line&apos;s defect was found: the DOA and early-defect windows count to it (D11, D12). It can be corrected until the application is applied. A claim&apos;s line goes by the claim&apos;s date.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>shared by quantity: the D13/D14 lines&apos; share is charged to the service fund, the rest is the manufacturer&apos;s (D11/D12)</source>
        <translation>shared by quantity: the D13/D14 lines&apos; share is charged to the service fund, the rest is the manufacturer&apos;s (D11/D12)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>charged to the service fund (D13/D14 lines)</source>
        <translation>charged to the service fund (D13/D14 lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the manufacturer pays the freight (D11/D12)</source>
        <translation>the manufacturer pays the freight (D11/D12)</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Pack and ship</source>
        <translation>Pack and ship</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Freight back:</source>
        <translation>&amp;Freight back:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found-on days</source>
        <translation>Found-on days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;All packed</source>
        <translation>&amp;All packed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ship</source>
        <translation>&amp;Ship</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick each line as it goes into the package: only a complete package ships (D16).</source>
        <translation>Tick each line as it goes into the package: only a complete package ships (D16).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not approved by the manufacturer yet: the shipment will be refused (D15).</source>
        <translation>Not approved by the manufacturer yet: the shipment will be refused (D15).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manufacturer&apos;s count</source>
        <translation>The manufacturer&apos;s count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;All as shipped</source>
        <translation>&amp;All as shipped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record the count</source>
        <translation>&amp;Record the count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type what the manufacturer counted on each line: its count stands (D16).</source>
        <translation>Type what the manufacturer counted on each line: its count stands (D16).</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>{number}: found-on days changed on {count} lines, classes judged again (D11/D12).</source>
        <translation>{number}: found-on days changed on {count} lines, classes judged again (D11/D12).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number}: no found-on day changed.</source>
        <translation>{number}: no found-on day changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number} shipped complete with its list.</source>
        <translation>{number} shipped complete with its list.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{number} acknowledged: the manufacturer&apos;s count differs on {count} lines, and its count stands (D16).</source>
        <translation>{number} acknowledged: the manufacturer&apos;s count differs on {count} lines, and its count stands (D16).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} acknowledged: the manufacturer counted everything.</source>
        <translation>{number} acknowledged: the manufacturer counted everything.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{day} (claim)</source>
        <translation>{day} (claim)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>if the centre paid for the way back: the D14 lines&apos; share by quantity is charged to the service fund, the rest is the manufacturer&apos;s (D11-D13)</source>
        <translation>if the centre paid for the way back: the D14 lines&apos; share by quantity is charged to the service fund, the rest is the manufacturer&apos;s (D11-D13)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>if the centre paid for the way back: charged to the service fund (D14 lines)</source>
        <translation>if the centre paid for the way back: charged to the service fund (D14 lines)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the manufacturer pays the way back (D11-D13): leave it at 0.00</source>
        <translation>the manufacturer pays the way back (D11-D13): leave it at 0.00</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Packed: {packed} of {lines} lines</source>
        <translation>Packed: {packed} of {lines} lines</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lines that differ: {count}</source>
        <translation>Lines that differ: {count}</translation>
    </message>
</context>
<context>
    <name>ReturnsWindow</name>
    <message>
        <location filename="../../desktop_app/gui/requisitions/returns_window.py" line="+56"/>
        <source>Serial / part no.</source>
        <translation>Serial / part no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classification</source>
        <translation>Classification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who pays</source>
        <translation>Who pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Application no.</source>
        <translation>Application no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/return_window.ui" line="+6"/>
        <source>Returns to the manufacturer</source>
        <translation>Returns to the manufacturer</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/requisitions/returns_window.py" line="+44"/>
        <source>{count} application</source>
        <translation>{count} application</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{count} applications</source>
        <translation>{count} applications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No return applications match “{search}”.</source>
        <translation>No return applications match “{search}”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No return applications yet. Before anything goes back to the manufacturer, apply here with the detailed list (D15).</source>
        <translation>No return applications yet. Before anything goes back to the manufacturer, apply here with the detailed list (D15).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{lines} lines, {quantity} pieces.</source>
        <translation>{lines} lines, {quantity} pieces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The manufacturer&apos;s count differs on {count} lines; its count stands (D16).</source>
        <translation>The manufacturer&apos;s count differs on {count} lines; its count stands (D16).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{day} (claim)</source>
        <translation>{day} (claim)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{total}, all from the service fund (D14)</source>
        <translation>{total}, all from the service fund (D14)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total}, all the manufacturer&apos;s (D11-D13)</source>
        <translation>{total}, all the manufacturer&apos;s (D11-D13)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{total}: service fund {fund} (D14 lines), manufacturer {maker} (D11-D13 lines)</source>
        <translation>{total}: service fund {fund} (D14 lines), manufacturer {maker} (D11-D13 lines)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>{number} applied: wait for the manufacturer&apos;s written approval before shipping (D15).</source>
        <translation>{number} applied: wait for the manufacturer&apos;s written approval before shipping (D15).</translation>
    </message>
    <message>
        <location filename="../../ui/return_window.ui" line="+16"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application no., serial, part no. or claim no.</source>
        <translation>Application no., serial, part no. or claim no.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;New application…</source>
        <translation>&amp;New application…</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Choose an application to see its list and what can be done next.</source>
        <translation>Choose an application to see its list and what can be done next.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Applied by:</source>
        <translation>Applied by:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Applied:</source>
        <translation>Applied:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approved:</source>
        <translation>Approved:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Approval reference:</source>
        <translation>Approval reference:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Shipped:</source>
        <translation>Shipped:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Freight out:</source>
        <translation>Freight out:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Acknowledged:</source>
        <translation>Acknowledged:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Freight back:</source>
        <translation>Freight back:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Detailed list (D15)</source>
        <translation>Detailed list (D15)</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>&amp;Found-on days…</source>
        <translation>&amp;Found-on days…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Correct the day a stock line&apos;s defect was found, until the application is applied (D11/D12)</source>
        <translation>Correct the day a stock line&apos;s defect was found, until the application is applied (D11/D12)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;pply</source>
        <translation>A&amp;pply</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Approved…</source>
        <translation>&amp;Approved…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refused…</source>
        <translation>&amp;Refused…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S&amp;hip…</source>
        <translation>S&amp;hip…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A&amp;cknowledge…</source>
        <translation>A&amp;cknowledge…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Print / pre&amp;view…</source>
        <translation>Print / pre&amp;view…</translation>
    </message>
</context>
<context>
    <name>RuleSetDialog</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/rule_set_dialog.py" line="+52"/>
        <source>Company rules bind staff only once published and acknowledged (E24). Each person signs the acknowledgement sheet of the version in force; a fine under a version they have not acknowledged is flagged.</source>
        <translation>Company rules bind staff only once published and acknowledged (E24). Each person signs the acknowledgement sheet of the version in force; a fine under a version they have not acknowledged is flagged.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Published on</source>
        <translation>Published on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published by</source>
        <translation>Published by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged on</source>
        <translation>Acknowledged on</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fines and demerits cite the version in force on the day of the facts; old ones keep theirs.</source>
        <translation>Fines and demerits cite the version in force on the day of the facts; old ones keep theirs.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>v{version}</source>
        <translation>v{version}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No rule set has been published yet: nothing can be held against staff (E24). The general manager publishes the first version below.</source>
        <translation>No rule set has been published yet: nothing can be held against staff (E24). The general manager publishes the first version below.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledgements</source>
        <translation>Acknowledgements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{reason}: {amount}</source>
        <translation>{reason}: {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bonus deduction for attitude (E3): {amount}</source>
        <translation>Bonus deduction for attitude (E3): {amount}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledgements of version {version}</source>
        <translation>Acknowledgements of version {version}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (left {day})</source>
        <translation>{name} (left {day})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} (former staff)</source>
        <translation>{name} (former staff)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>I have read version {version}: &amp;acknowledge</source>
        <translation>I have read version {version}: &amp;acknowledge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acknowledge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You acknowledged this version on {day}.</source>
        <translation>You acknowledged this version on {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File the sheet the selected person signed on paper, with the date they signed</source>
        <translation>File the sheet the selected person signed on paper, with the date they signed</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>You acknowledged version {version}.</source>
        <translation>You acknowledged version {version}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name}&apos;s signed sheet for version {version} is filed.</source>
        <translation>{name}&apos;s signed sheet for version {version} is filed.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule set acknowledgement v{version} {name}</source>
        <translation>Rule set acknowledgement v{version} {name}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Version {version} published; everyone acknowledges it on its sheet.</source>
        <translation>Version {version} published; everyone acknowledges it on its sheet.</translation>
    </message>
    <message>
        <location filename="../../ui/evaluation_rule_set_dialog.ui" line="+14"/>
        <source>Assessment rule set</source>
        <translation>Assessment rule set</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Published versions:</source>
        <translation>Published versions:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Fines per occurrence (E23):</source>
        <translation>Fines per occurrence (E23):</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Show &amp;former staff</source>
        <translation>Show &amp;former staff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also list those who have left: the sheet they signed before leaving can still be filed (E24)</source>
        <translation>Also list those who have left: the sheet they signed before leaving can still be filed (E24)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed &amp;on:</source>
        <translation>Signed &amp;on:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Record signed sheet</source>
        <translation>&amp;Record signed sheet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print acknowledgement sheet…</source>
        <translation>&amp;Print acknowledgement sheet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Publish a new version (general manager)</source>
        <translation>Publish a new version (general manager)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Left without calling &amp;headquarters:</source>
        <translation>Left without calling &amp;headquarters:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Late on site for personal reasons:</source>
        <translation>&amp;Late on site for personal reasons:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Incomplete service report:</source>
        <translation>&amp;Incomplete service report:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Di&amp;sobeyed dispatch:</source>
        <translation>Di&amp;sobeyed dispatch:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Bonus deduction for a&amp;ttitude (E3):</source>
        <translation>Bonus deduction for a&amp;ttitude (E3):</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Publication &amp;date:</source>
        <translation>Publication &amp;date:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>P&amp;ublish new version</source>
        <translation>P&amp;ublish new version</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>RulesWindow</name>
    <message>
        <location filename="../../desktop_app/gui/rules_menu.py" line="+25"/>
        <source>&amp;Business rules…</source>
        <translation>&amp;Business rules…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the rule numbers in brackets, such as (W9) or (D3), stand for</source>
        <translation>What the rule numbers in brackets, such as (W9) or (D3), stand for</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/rules_window.py" line="+79"/>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No rule matches the search.</source>
        <translation>No rule matches the search.</translation>
    </message>
    <message>
        <location filename="../../ui/rules_window.ui" line="+14"/>
        <source>Business rules</source>
        <translation>Business rules</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The rules the program cites in brackets, such as (W9) or (D3): the warranty promise (W), technical support (S), the agreement with the manufacturer (D) and the staff rules (E).</source>
        <translation>The rules the program cites in brackets, such as (W9) or (D3): the warranty promise (W), technical support (S), the agreement with the manufacturer (D) and the staff rules (E).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A rule number (W9) or words in its text (退货, return)</source>
        <translation>A rule number (W9) or words in its text (退货, return)</translation>
    </message>
</context>
<context>
    <name>SampleDataLoader</name>
    <message>
        <location filename="../../desktop_app/gui/sample_data_loader.py" line="+44"/>
        <source>Loading sample data…</source>
        <translation>Loading sample data…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sample data loaded: {claims} claims, {work_orders} work orders, {customers} customers and {requisitions} requisitions. To try other roles, sign in as one of the demo staff ({usernames}) with the password {password}.</source>
        <translation>Sample data loaded: {claims} claims, {work_orders} work orders, {customers} customers and {requisitions} requisitions. To try other roles, sign in as one of the demo staff ({usernames}) with the password {password}.</translation>
    </message>
</context>
<context>
    <name>SentMarking</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/sent_marking.py" line="+76"/>
        <source>{count} repair monthly reports, {first} to {last}, are marked sent on {day}.</source>
        <translation>{count} repair monthly reports, {first} to {last}, are marked sent on {day}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The repair monthly report for {month} is marked sent.</source>
        <translation>The repair monthly report for {month} is marked sent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The repair monthly reports were not marked sent: {error}</source>
        <translation>The repair monthly reports were not marked sent: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The repair monthly report was not saved: {error}</source>
        <translation>The repair monthly report was not saved: {error}</translation>
    </message>
</context>
<context>
    <name>SharedPhoneQuestion</name>
    <message>
        <location filename="../../desktop_app/gui/intake/shared_phone_question.py" line="+13"/>
        <source>Phone number already registered</source>
        <translation>Phone number already registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use that customer</source>
        <translation>Use that customer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New customer with this number</source>
        <translation>New customer with this number</translation>
    </message>
</context>
<context>
    <name>SheetImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/sheet_import_dialog_base.py" line="+79"/>
        <source>File: {file}</source>
        <translation>File: {file}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading {file}…</source>
        <translation>Reading {file}…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Added: {count}</source>
        <translation>Added: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed: {count}</source>
        <translation>Changed: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected: {count}</source>
        <translation>Rejected: {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Importing {file}…</source>
        <translation>Importing {file}…</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/sign_in_dialog.py" line="+42"/>
        <location filename="../../ui/sign_in_dialog.ui" line="+14"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Opening the database… you will be signed in in a moment.</source>
        <translation>Opening the database… you will be signed in in a moment.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="+31"/>
        <source>Sign in with your user name and password.</source>
        <translation>Sign in with your user name and password.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
</context>
<context>
    <name>SigningActions</name>
    <message>
        <location filename="../../desktop_app/gui/evaluation/signing_actions.py" line="+53"/>
        <source>Record as signed</source>
        <translation>Record as signed</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record that {name} signed the printed evaluation sheet for {month}? Its fines total and demerits are kept as signed; a fine or demerit entered later for this month will count as a late entry in the next month not yet signed.</source>
        <translation>Record that {name} signed the printed evaluation sheet for {month}? Its fines total and demerits are kept as signed; a fine or demerit entered later for this month will count as a late entry in the next month not yet signed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sheet was printed at {time} by {by}.</source>
        <translation>The sheet was printed at {time} by {by}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Record as signed</source>
        <translation>&amp;Record as signed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not printed: no evaluation sheet of {name} for {month} was printed or saved.</source>
        <translation>Not printed: no evaluation sheet of {name} for {month} was printed or saved.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The evaluation sheet of {name} for {month} was printed at {time} by {by} with an earlier version of the program, which did not record its figures.</source>
        <translation>The evaluation sheet of {name} for {month} was printed at {time} by {by} with an earlier version of the program, which did not record its figures.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The evaluation sheet of {name} for {month} printed at {time} by {by} does not show the fines, demerits or complaints entered or decided since.</source>
        <translation>The evaluation sheet of {name} for {month} printed at {time} by {by} does not show the fines, demerits or complaints entered or decided since.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the sheet for the month, have the staff member sign it, then record it as signed.</source>
        <translation>Print the sheet for the month, have the staff member sign it, then record it as signed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print evaluation sheet…</source>
        <translation>&amp;Print evaluation sheet…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo signature</source>
        <translation>Undo signature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was the sheet of {name} for {month} recorded as signed by mistake?</source>
        <translation>Why was the sheet of {name} for {month} recorded as signed by mistake?</translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../desktop_app/app.py" line="+2"/>
        <location filename="../../desktop_app/gui/tabs/staff_tab.py" line="+89"/>
        <source>Staff evaluation</source>
        <translation>Staff evaluation</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tabs/staff_tab.py" line="+4"/>
        <source>Computing the month&apos;s figures…</source>
        <translation>Computing the month&apos;s figures…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The month&apos;s figures could not be computed. Choose the month again to retry.</source>
        <translation>The month&apos;s figures could not be computed. Choose the month again to retry.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff evaluation is for the supervisor and the general manager. Everyone can read and acknowledge the assessment rules under “Rule set…”.</source>
        <translation>The staff evaluation is for the supervisor and the general manager. Everyone can read and acknowledge the assessment rules under “Rule set…”.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No technicians or supervisors yet. The general manager adds the staff of the centre under Tools → Users.</source>
        <translation>No technicians or supervisors yet. The general manager adds the staff of the centre under Tools → Users.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Surveys</source>
        <translation>Surveys</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Orders done</source>
        <translation>Orders done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score (of 5)</source>
        <translation>Score (of 5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 24 h</source>
        <translation>Within 24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On time</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incomplete reports</source>
        <translation>Incomplete reports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major demerits</source>
        <translation>Major demerits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fines</source>
        <translation>Fines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending fines</source>
        <translation>Pending fines</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fines suggested and not yet decided: not in the fines total. Decide them under Fines… before printing the sheet.</source>
        <translation>Fines suggested and not yet decided: not in the fines total. Decide them under Fines… before printing the sheet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bonus cut</source>
        <translation>Bonus cut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded by {name}</source>
        <translation>Recorded by {name}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>The month is not over yet: its sheet is signed after the month end.</source>
        <translation>The month is not over yet: its sheet is signed after the month end.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Evaluation sheet {name} {month}</source>
        <translation>Evaluation sheet {name} {month}</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Not applicable: the front desk does no repairs.</source>
        <translation>Not applicable: the front desk does no repairs.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/staff_tab.ui" line="+34"/>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The month evaluated; it starts at last month, the one the month-end paperwork is about.</source>
        <translation>The month evaluated; it starts at last month, the one the month-end paperwork is about.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name or user name</source>
        <translation>Name or user name</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>&amp;Complaints…</source>
        <translation>&amp;Complaints…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Register complaints and record what the verification found (E3, E21)</source>
        <translation>Register complaints and record what the verification found (E3, E21)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fi&amp;nes…</source>
        <translation>Fi&amp;nes…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Repair m&amp;onthly report…</source>
        <translation>Repair m&amp;onthly report…</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Suggest fines from the month&apos;s facts, confirm or dismiss them (E23)</source>
        <translation>Suggest fines from the month&apos;s facts, confirm or dismiss them (E23)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rule set…</source>
        <translation>&amp;Rule set…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The assessment rules and fine amounts, and who has acknowledged them (E24)</source>
        <translation>The assessment rules and fine amounts, and who has acknowledged them (E24)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The report to the manufacturer, due by the 3rd (D3)</source>
        <translation>The report to the manufacturer, due by the 3rd (D3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Improvement report…</source>
        <translation>&amp;Improvement report…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fault statistics and complaints for the general manager (E2)</source>
        <translation>Fault statistics and complaints for the general manager (E2)</translation>
    </message>
</context>
<context>
    <name>StockMovementDialog</name>
    <message>
        <location filename="../../desktop_app/gui/parts/stock_movement_dialog.py" line="-90"/>
        <source>Stock-take adjustment</source>
        <translation>Stock-take adjustment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} {unit} in the ledger</source>
        <translation>{count} {unit} in the ledger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the shelf differs, e.g. monthly stock-take, damaged in store</source>
        <translation>Why the shelf differs, e.g. monthly stock-take, damaged in store</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} ({role}), by saving this count</source>
        <translation>{name} ({role}), by saving this count</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Book the count</source>
        <translation>&amp;Book the count</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Return to stock</source>
        <translation>Return to stock</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} (holds {held})</source>
        <translation>{number} (holds {held})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No work order holds this part, so none can return it.</source>
        <translation>No work order holds this part, so none can return it.</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+22"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Optional, e.g. not needed after diagnosis</source>
        <translation>Optional, e.g. not needed after diagnosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Return to stock</source>
        <translation>&amp;Return to stock</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check in a tool (E9)</source>
        <translation>Check in a tool (E9)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A tool bought on the road is reimbursed only once it is checked in here.</source>
        <translation>A tool bought on the road is reimbursed only once it is checked in here.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt no., where it was bought, the trip</source>
        <translation>Receipt no., where it was bought, the trip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} ({role}), by saving this check-in</source>
        <translation>{name} ({role}), by saving this check-in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Check in</source>
        <translation>&amp;Check in</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{part}: the count matched the ledger ({count}); nothing to adjust.</source>
        <translation>{part}: the count matched the ledger ({count}); nothing to adjust.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{part}: counted {count}, adjusted by {difference:+d}.</source>
        <translation>{part}: counted {count}, adjusted by {difference:+d}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{quantity} × {part} returned to stock; on hand {on_hand}.</source>
        <translation>{quantity} × {part} returned to stock; on hand {on_hand}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tool {part} checked in ({quantity}).</source>
        <translation>Tool {part} checked in ({quantity}).</translation>
    </message>
    <message>
        <location filename="../../ui/stock_movement_dialog.ui" line="+38"/>
        <source>On hand:</source>
        <translation>On hand:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Counted:</source>
        <translation>&amp;Counted:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Work order:</source>
        <translation>&amp;Work order:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Tool:</source>
        <translation>&amp;Tool:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What was bought, e.g. 剥线钳</source>
        <translation>What was bought, e.g. 剥线钳</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Bought by:</source>
        <translation>&amp;Bought by:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Signed off by:</source>
        <translation>Signed off by:</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StockWindow</name>
    <message>
        <location filename="../../desktop_app/gui/parts/stock_window.py" line="+56"/>
        <location filename="../../ui/stock_window.ui" line="+14"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts and ledger</source>
        <translation>Parts and ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool register (E9)</source>
        <translation>Tool register (E9)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>On hand after</source>
        <translation>On hand after</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed off by</source>
        <translation>Signed off by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference / reason</source>
        <translation>Reference / reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tool no.</source>
        <translation>Tool no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bought by</source>
        <translation>Bought by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taken in by</source>
        <translation>Taken in by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>Reorder level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Below its reorder level: order it on the next requisition (D8).</source>
        <translation>Below its reorder level: order it on the next requisition (D8).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Low stock</source>
        <translation>Low stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Low-stock parts: {count}</source>
        <translation>Low-stock parts: {count}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parts: {count}</source>
        <translation>Parts: {count}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Select a part to see its movements.</source>
        <translation>Select a part to see its movements.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{part} · {name}: {on_hand} {unit} on hand, reorder level {level}</source>
        <translation>{part} · {name}: {on_hand} {unit} on hand, reorder level {level}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{title} (the latest {shown} of {count} movements)</source>
        <translation>{title} (the latest {shown} of {count} movements)</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Problems found in the ledger: {count}</source>
        <translation>Problems found in the ledger: {count}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The ledger checks out: every part&apos;s on hand is the sum of its movements and never went below zero.</source>
        <translation>The ledger checks out: every part&apos;s on hand is the sum of its movements and never went below zero.</translation>
    </message>
    <message>
        <location filename="../../ui/stock_window.ui" line="+8"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Part no., name, category or product model</source>
        <translation>Part no., name, category or product model</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Low stock only</source>
        <translation>&amp;Low stock only</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only active parts below their reorder level (they go on the next requisition, D8).</source>
        <translation>Only active parts below their reorder level (they go on the next requisition, D8).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>R&amp;eload</source>
        <translation>R&amp;eload</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Stock-take &amp;adjustment…</source>
        <translation>Stock-take &amp;adjustment…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Tools bought on the road are checked in here, or they are not reimbursed (E9).</source>
        <translation>Tools bought on the road are checked in here, or they are not reimbursed (E9).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Return to stock…</source>
        <translation>&amp;Return to stock…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check in a &amp;tool (E9)…</source>
        <translation>Check in a &amp;tool (E9)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Check ledger</source>
        <translation>&amp;Check ledger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proves the ledger: every on hand is the sum of its movements and never went below zero.</source>
        <translation>Proves the ledger: every on hand is the sum of its movements and never went below zero.</translation>
    </message>
</context>
<context>
    <name>SurveyEntryDialog</name>
    <message>
        <location filename="../../desktop_app/gui/surveys/survey_entry_dialog.py" line="+27"/>
        <source>Scan the QR code on the returned form, or type the work-order number and press Enter. Then type each question&apos;s score, 1 to 5: the next question follows by itself.</source>
        <translation>Scan the QR code on the returned form, or type the work-order number and press Enter. Then type each question&apos;s score, 1 to 5: the next question follows by itself.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>A survey was already entered for this order: saving replaces it.</source>
        <translation>A survey was already entered for this order: saving replaces it.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Updated: the survey of work order {number} was replaced.</source>
        <translation>Updated: the survey of work order {number} was replaced.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: the survey of work order {number}.</source>
        <translation>Saved: the survey of work order {number}.</translation>
    </message>
    <message>
        <location filename="../../ui/survey_entry_dialog.ui" line="+14"/>
        <source>Enter survey</source>
        <translation>Enter survey</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Work order no.:</source>
        <translation>&amp;Work order no.:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Scan the QR code or type the number, then Enter</source>
        <translation>Scan the QR code or type the number, then Enter</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Customer&apos;s &amp;name:</source>
        <translation>Customer&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Filled in on:</source>
        <translation>&amp;Filled in on:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SurveyMenu</name>
    <message>
        <location filename="../../desktop_app/gui/surveys/survey_menu.py" line="+31"/>
        <source>&amp;Enter survey…</source>
        <translation>&amp;Enter survey…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>U&amp;nreturned surveys…</source>
        <translation>U&amp;nreturned surveys…</translation>
    </message>
</context>
<context>
    <name>UnreturnedSurveysDialog</name>
    <message>
        <location filename="../../desktop_app/gui/surveys/unreturned_dialog.py" line="+34"/>
        <source>Work order</source>
        <translation>Work order</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The {limit} most recently closed orders are shown.</source>
        <translation>The {limit} most recently closed orders are shown.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n survey(s) not returned.</source>
        <translation>
            <numerusform>%n survey not returned.</numerusform>
            <numerusform>%n surveys not returned.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every closed order&apos;s survey has been returned.</source>
        <translation>Every closed order&apos;s survey has been returned.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Satisfaction survey {number}</source>
        <translation>Satisfaction survey {number}</translation>
    </message>
    <message>
        <location filename="../../ui/unreturned_surveys_dialog.ui" line="+14"/>
        <source>Unreturned surveys</source>
        <translation>Unreturned surveys</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed work orders whose survey form has not come back, newest first. Call the customer, or print the form again.</source>
        <translation>Closed work orders whose survey form has not come back, newest first. Call the customer, or print the form again.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>&amp;Enter survey…</source>
        <translation>&amp;Enter survey…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Print the form again…</source>
        <translation>&amp;Print the form again…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/users_dialog.py" line="+42"/>
        <source>At least {n} characters.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose a user in the list.</source>
        <translation>Choose a user in the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} ({username}) can now sign in as {role}.</source>
        <translation>{name} ({username}) can now sign in as {role}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New password set for {name}; any lockout is lifted.</source>
        <translation>New password set for {name}; any lockout is lifted.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nothing changed for {name}.</source>
        <translation>Nothing changed for {name}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved: {name} ({role}). Your window shows the new name after you sign in again.</source>
        <translation>Saved: {name} ({role}). Your window shows the new name after you sign in again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved: {name} ({role}), same account and history. If {name} is signed in now, the change applies from the next sign-in.</source>
        <translation>Saved: {name} ({role}), same account and history. If {name} is signed in now, the change applies from the next sign-in.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name} is deactivated and can no longer sign in.</source>
        <translation>{name} is deactivated and can no longer sign in.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} is active again and can sign in.</source>
        <translation>{name} is active again and can sign in.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../ui/users_dialog.ui" line="+14"/>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Staff who may sign in at this counter. Accounts are never deleted: deactivate someone who has left, so their records keep their name.</source>
        <translation>Staff who may sign in at this counter. Accounts are never deleted: deactivate someone who has left, so their records keep their name.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;epeat password:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Correct the name or change the role on the same account</source>
        <translation>Correct the name or change the role on the same account</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ne&amp;w password:</source>
        <translation>Ne&amp;w password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Repea&amp;t new password:</source>
        <translation>Repea&amp;t new password:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Set new password</source>
        <translation>&amp;Set new password</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../ui/work_order_visit_dialog.ui" line="+14"/>
        <source>On-site visit</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Co&amp;rrect this visit&apos;s times (a time was typed wrong)</source>
        <translation>Co&amp;rrect this visit&apos;s times (a time was typed wrong)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The form shows the times recorded for this visit: change only the wrong one</source>
        <translation>The form shows the times recorded for this visit: change only the wrong one</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a &amp;new visit (another trip to the customer)</source>
        <translation>Record a &amp;new visit (another trip to the customer)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Required arrival:</source>
        <translation>Required arrival:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Set &amp;off:</source>
        <translation>Set &amp;off:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Arrived:</source>
        <translation>&amp;Arrived:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Departed:</source>
        <translation>&amp;Departed:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Called headquarters after leaving (E23)</source>
        <translation>&amp;Called headquarters after leaving (E23)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/visit_dialog.py" line="+107"/>
        <location filename="../../ui/work_order_visit_dialog.ui" line="+40"/>
        <source>&amp;Save visit</source>
        <translation>&amp;Save visit</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_visit_dialog.ui" line="+9"/>
        <source>Save the visit times (Ctrl+S)</source>
        <translation>Save the visit times (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/visit_dialog.py" line="-56"/>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This order&apos;s latest visit has ended: arrived {arrived}, left {left}.</source>
        <translation>This order&apos;s latest visit has ended: arrived {arrived}, left {left}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Save correction</source>
        <translation>&amp;Save correction</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Visit corrected. The arrival was late (S3) and is recorded for the assessment (E23).</source>
        <translation>Visit corrected. The arrival was late (S3) and is recorded for the assessment (E23).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit corrected. Headquarters was not called after leaving (E23).</source>
        <translation>Visit corrected. Headquarters was not called after leaving (E23).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit corrected.</source>
        <translation>Visit corrected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit saved. The arrival was late (S3) and is recorded for the assessment (E23).</source>
        <translation>Visit saved. The arrival was late (S3) and is recorded for the assessment (E23).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Visit saved. Headquarters was not called after leaving (E23).</source>
        <translation>Visit saved. Headquarters was not called after leaving (E23).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit saved.</source>
        <translation>Visit saved.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Late: after the time the customer asked for (S3).</source>
        <translation>Late: after the time the customer asked for (S3).</translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <location filename="../../desktop_app/core/warranty.py" line="-247"/>
        <source>In the return period (W2): return, exchange or free repair</source>
        <translation>In the return period (W2): return, exchange or free repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the exchange period (W3): exchange or free repair</source>
        <translation>In the exchange period (W3): exchange or free repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the free-repair period (W4): free repair</source>
        <translation>In the free-repair period (W4): free repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer free repair, as industrial Ethernet (W4)</source>
        <translation>Longer free repair, as industrial Ethernet (W4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free-repair period over (W5): paid repair at cost</source>
        <translation>Free-repair period over (W5): paid repair at cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invoice (W10): no return or exchange</source>
        <translation>No invoice (W10): no return or exchange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periods run from the registered sale of the serial (W10)</source>
        <translation>Periods run from the registered sale of the serial (W10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No invoice, no registered sale (W10): paid repair</source>
        <translation>No invoice, no registered sale (W10): paid repair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User damage (W11): paid repair whatever the date</source>
        <translation>User damage (W11): paid repair whatever the date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault not reproduced (W11): the date tier stands</source>
        <translation>Fault not reproduced (W11): the date tier stands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisional until diagnosis (W11)</source>
        <translation>Provisional until diagnosis (W11)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tier overridden by a supervisor, reason given (W10)</source>
        <translation>Tier overridden by a supervisor, reason given (W10)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judged under the policy in force at the sale, kinder than today&apos;s (W12)</source>
        <translation>Judged under the policy in force at the sale, kinder than today&apos;s (W12)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalated (W8): negotiated with the customer, see the note</source>
        <translation>Escalated (W8): negotiated with the customer, see the note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dead on arrival at the centre (D11): manufacturer&apos;s cost</source>
        <translation>Dead on arrival at the centre (D11): manufacturer&apos;s cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Early quality defect (D12): manufacturer&apos;s cost</source>
        <translation>Early quality defect (D12): manufacturer&apos;s cost</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer&apos;s warranty (D13): service fund</source>
        <translation>Manufacturer&apos;s warranty (D13): service fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The centre&apos;s own promise (D10, D14): service fund</source>
        <translation>The centre&apos;s own promise (D10, D14): service fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid by the customer: repair cost only (W5)</source>
        <translation>Paid by the customer: repair cost only (W5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear parts are not in a free exchange: charged at cost (W3)</source>
        <translation>Wear parts are not in a free exchange: charged at cost (W3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wear parts are never covered (W6)</source>
        <translation>Wear parts are never covered (W6)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missing accessories are charged at cost (W2)</source>
        <translation>Missing accessories are charged at cost (W2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A return needs the general manager&apos;s approval (W9)</source>
        <translation>A return needs the general manager&apos;s approval (W9)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/visit_identification.py" line="-163"/>
        <source>On-site visit: the remedy is repair, no return or exchange (W2, W3)</source>
        <translation>On-site visit: the remedy is repair, no return or exchange (W2, W3)</translation>
    </message>
</context>
<context>
    <name>WorkOrderDetailPanel</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/detail_panel.py" line="+61"/>
        <source>Part no.</source>
        <translation>Part no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The customer refuses the revised quote: the quote they accepted before stands again and the repair goes on within it (E11)</source>
        <translation>The customer refuses the revised quote: the quote they accepted before stands again and the repair goes on within it (E11)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{name} ({role}, {count} open)</source>
        <translation>{name} ({role}, {count} open)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Identify product…</source>
        <translation>Identify product…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the product and serial found on site: the visit gets its claim and warranty decision, and parts already used are charged accordingly (W10, D13)</source>
        <translation>Enter the product and serial found on site: the visit gets its claim and warranty decision, and parts already used are charged accordingly (W10, D13)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reassign…</source>
        <translation>Reassign…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand the order, in the state it is in, to another technician, with the reason (E1): he is credited with what is still to be done</source>
        <translation>Hand the order, in the state it is in, to another technician, with the reason (E1): he is credited with what is still to be done</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Drop waiting part…</source>
        <translation>Drop waiting part…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A part waiting for stock is no longer needed, or the customer declined the wear part (W3, W6): drop its line, with the reason</source>
        <translation>A part waiting for stock is no longer needed, or the customer declined the wear part (W3, W6): drop its line, with the reason</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not dispatched yet</source>
        <translation>Not dispatched yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{company} (contact: {name})</source>
        <translation>{company} (contact: {name})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{remedy} (provisional until diagnosis, W11)</source>
        <translation>{remedy} (provisional until diagnosis, W11)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not diagnosed yet</source>
        <translation>Not diagnosed yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{remedy}: changed at diagnosis, the customer must be told (W11)</source>
        <translation>{remedy}: changed at diagnosis, the customer must be told (W11)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{final}; at intake: {bearer}</source>
        <translation>{final}; at intake: {bearer}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Negotiation settled (W8) by {by}, {when}: {outcome}; agreed: {note}</source>
        <translation>Negotiation settled (W8) by {by}, {when}: {outcome}; agreed: {note}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yes: the same fault as {number}, counted against its technician</source>
        <translation>Yes: the same fault as {number}, counted against its technician</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Parts {parts} + labour {labour} + travel {travel} = {total}</source>
        <translation>Parts {parts} + labour {labour} + travel {travel} = {total}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the customer</source>
        <translation>Waiting for the customer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Visits:</source>
        <translation>Visits:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>late (S3, E23)</source>
        <translation>late (S3, E23)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{n}. {who}: set off {travel}, arrived {arrived}, left {left}; called headquarters: {called}</source>
        <translation>{n}. {who}: set off {travel}, arrived {arrived}, left {left}; called headquarters: {called}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Yes: arrived after the required time (S3, E23)</source>
        <translation>Yes: arrived after the required time (S3, E23)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No parts replaced</source>
        <translation>No parts replaced</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing: the report is complete</source>
        <translation>Nothing: the report is complete</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered</source>
        <translation>Entered</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not entered yet</source>
        <translation>Not entered yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Waiting for stock</source>
        <translation>Waiting for stock</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Charges to the customer: {amount}</source>
        <translation>Charges to the customer: {amount}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reassigned</source>
        <translation>Reassigned</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_detail_panel.ui" line="+65"/>
        <source>Choose a work order in the list, or scan its number, to see it here.</source>
        <translation>Choose a work order in the list, or scan its number, to see it here.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Who repairs it; the number is their open orders</source>
        <translation>Who repairs it; the number is their open orders</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Dispatch</source>
        <translation>&amp;Dispatch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assign the order to the chosen technician (E1)</source>
        <translation>Assign the order to the chosen technician (E1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start dia&amp;gnosis</source>
        <translation>Start dia&amp;gnosis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The technician takes the unit to the bench</source>
        <translation>The technician takes the unit to the bench</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>D&amp;iagnosis…</source>
        <translation>D&amp;iagnosis…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault category, cause and findings; the warranty is judged again (W11)</source>
        <translation>Fault category, cause and findings; the warranty is judged again (W11)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quote…</source>
        <translation>&amp;Quote…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A paid repair: labour, travel and parts at cost for the customer to decide (E11, W5)</source>
        <translation>A paid repair: labour, travel and parts at cost for the customer to decide (E11, W5)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E&amp;xchange…</source>
        <translation>E&amp;xchange…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/work_orders/detail_panel.py" line="-213"/>
        <location filename="../../ui/work_order_detail_panel.ui" line="+6"/>
        <source>Record the replacement unit&apos;s serial number (W2, W3)</source>
        <translation>Record the replacement unit&apos;s serial number (W2, W3)</translation>
    </message>
    <message>
        <location filename="../../ui/work_order_detail_panel.ui" line="+7"/>
        <source>Customer &amp;accepted</source>
        <translation>Customer &amp;accepted</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer accepts the quote: the repair goes on</source>
        <translation>The customer accepts the quote: the repair goes on</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The customer refuses the quote: the unit goes back unrepaired</source>
        <translation>The customer refuses the quote: the unit goes back unrepaired</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Parts…</source>
        <translation>&amp;Parts…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issue spare parts from stock; short parts put the order on awaiting parts</source>
        <translation>Issue spare parts from stock; short parts put the order on awaiting parts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issue &amp;waiting parts</source>
        <translation>Issue &amp;waiting parts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The parts have arrived: issue them and go on repairing</source>
        <translation>The parts have arrived: issue them and go on repairing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Repairing</source>
        <translation>&amp;Repairing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the order as being repaired</source>
        <translation>Mark the order as being repaired</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Repair&amp;ed</source>
        <translation>Repair&amp;ed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark the repair as done</source>
        <translation>Mark the repair as done</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Read&amp;y for pickup</source>
        <translation>Read&amp;y for pickup</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The customer may collect the unit</source>
        <translation>The customer may collect the unit</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The unit was sent back to the customer</source>
        <translation>The unit was sent back to the customer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;On-site visit…</source>
        <translation>&amp;On-site visit…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Arrival and departure times and the call to headquarters (S3, E23)</source>
        <translation>Arrival and departure times and the call to headquarters (S3, E23)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Fi&amp;ll in service report…</source>
        <translation>Fi&amp;ll in service report…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fault cause, solution, replaced parts and the customer&apos;s opinion (E17)</source>
        <translation>Fault cause, solution, replaced parts and the customer&apos;s opinion (E17)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand over and &amp;close</source>
        <translation>Hand over and &amp;close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the order; needs a complete service report (E17)</source>
        <translation>Close the order; needs a complete service report (E17)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel the order, with the reason (supervisor)</source>
        <translation>Cancel the order, with the reason (supervisor)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pri&amp;nt service report</source>
        <translation>Pri&amp;nt service report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview and print the service report</source>
        <translation>Preview and print the service report</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print s&amp;urvey form</source>
        <translation>Print s&amp;urvey form</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preview and print the satisfaction survey form (E17)</source>
        <translation>Preview and print the satisfaction survey form (E17)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Custo&amp;mer&apos;s opinion…</source>
        <translation>Custo&amp;mer&apos;s opinion…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write down what the customer says about the service at pickup (E17)</source>
        <translation>Write down what the customer says about the service at pickup (E17)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print pic&amp;kup slip</source>
        <translation>Print pic&amp;kup slip</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The slip the customer signs when collecting the unit</source>
        <translation>The slip the customer signs when collecting the unit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print unit la&amp;bel</source>
        <translation>Print unit la&amp;bel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label to stick on the unit on the shelf</source>
        <translation>The label to stick on the unit on the shelf</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Claim:</source>
        <translation>Claim:</translation>
    </message>
    <message>
        <location line="-377"/>
        <location line="+400"/>
        <source>Technician:</source>
        <translation>Technician:</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Customer refused</source>
        <translation>Customer refused</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Shipped back</source>
        <translation>Shipped back</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cancel order…</source>
        <translation>Cancel order…</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Serial no.:</source>
        <translation>Serial no.:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sale date:</source>
        <translation>Sale date:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replacement unit:</source>
        <translation>Replacement unit:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Warranty</source>
        <translation>Warranty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fault reported:</source>
        <translation>Fault reported:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>At intake:</source>
        <translation>At intake:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>After diagnosis:</source>
        <translation>After diagnosis:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cost borne by:</source>
        <translation>Cost borne by:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fault category:</source>
        <translation>Fault category:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cause:</source>
        <translation>Cause:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Findings:</source>
        <translation>Findings:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Repeat repair (E16):</source>
        <translation>Repeat repair (E16):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quote:</source>
        <translation>Quote:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customer&apos;s answer:</source>
        <translation>Customer&apos;s answer:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>On-site visit</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Required arrival:</source>
        <translation>Required arrival:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Arrived:</source>
        <translation>Arrived:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Departed:</source>
        <translation>Departed:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Called headquarters:</source>
        <translation>Called headquarters:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Late (S3):</source>
        <translation>Late (S3):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Service report</source>
        <translation>Service report</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fault cause:</source>
        <translation>Fault cause:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Solution:</source>
        <translation>Solution:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Replaced parts:</source>
        <translation>Replaced parts:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Customer&apos;s opinion:</source>
        <translation>Customer&apos;s opinion:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Missing for closing:</source>
        <translation>Missing for closing:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Satisfaction survey:</source>
        <translation>Satisfaction survey:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Parts</source>
        <translation>Parts</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>History</source>
        <translation>History</translation>
    </message>
</context>
<context>
    <name>WorkOrderPrinter</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/order_printing.py" line="-46"/>
        <source>Service report</source>
        <translation>Service report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction survey form</source>
        <translation>Satisfaction survey form</translation>
    </message>
</context>
<context>
    <name>WorkOrderTexts</name>
    <message>
        <location filename="../../desktop_app/gui/work_orders/texts.py" line="+17"/>
        <source>Quality defect</source>
        <translation>Quality defect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User damage (drop, liquid, wrong power, opened)</source>
        <translation>User damage (drop, liquid, wrong power, opened)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fault not reproducible</source>
        <translation>Fault not reproducible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer (at cost)</source>
        <translation>Customer (at cost)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service fund</source>
        <translation>Service fund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manufacturer</source>
        <translation>Manufacturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My orders</source>
        <translation>My orders</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To dispatch</source>
        <translation>To dispatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting parts</source>
        <translation>Awaiting parts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready for pickup</source>
        <translation>Ready for pickup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <comment>list separator</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>WorkOrdersTab</name>
    <message>
        <location filename="../../desktop_app/app.py" line="-4"/>
        <location filename="../../desktop_app/gui/tabs/work_orders_tab.py" line="+65"/>
        <source>Repair work orders</source>
        <translation>Repair work orders</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/tabs/work_orders_tab.py" line="+5"/>
        <source>No repair work orders yet. Once a claim is taken in, its work order appears here waiting for dispatch.</source>
        <translation>No repair work orders yet. Once a claim is taken in, its work order appears here waiting for dispatch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No work orders in “{queue}” now.</source>
        <translation>No work orders in “{queue}” now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work order no.</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Serial no.</source>
        <translation>Serial no.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Claim no.</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Required arrival</source>
        <translation>Required arrival</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Overdue: the technician was due at the customer&apos;s by {time}.</source>
        <translation>Overdue: the technician was due at the customer&apos;s by {time}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: not dispatched within 24 hours of the request (S3).</source>
        <translation>Overdue: not dispatched within 24 hours of the request (S3).</translation>
    </message>
    <message>
        <location filename="../../ui/work_orders_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Type to filter the list; scan a work order, claim receipt or serial label and its order opens.</source>
        <translation>Type to filter the list; scan a work order, claim receipt or serial label and its order opens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order no., claim no., customer or serial number</source>
        <translation>Work order no., claim no., customer or serial number</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Queue:</source>
        <translation>Queue:</translation>
    </message>
</context>
<context>
    <name>WriteWait</name>
    <message>
        <location filename="../../desktop_app/gui/write_wait.py" line="+21"/>
        <source>Waiting for other counters…</source>
        <translation>Waiting for other counters…</translation>
    </message>
</context>
</TS>
