<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop_app/app.py" line="+100"/>
        <source>Sample data</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“{url}” is not a database address. Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.</source>
        <translation>“{url}” is not a database address. Use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB.</translation>
    </message>
</context>
<context>
    <name>ClaimsTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/claims_tab.py" line="+20"/>
        <source>Claim intake</source>
        <translation>Claim intake</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../ui/claims_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Claim no., customer, phone or serial number</source>
        <translation>Claim no., customer, phone or serial number</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../desktop_app/core/warranty.py" line="+203"/>
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
        <location filename="../../desktop_app/db/opening.py" line="+67"/>
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
        <location filename="../../desktop_app/gui/error_display.py" line="+25"/>
        <source>An internal error occurred. Nothing more was saved. The details were written to the log; please tell your supervisor.</source>
        <translation>An internal error occurred. Nothing more was saved. The details were written to the log; please tell your supervisor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service Counter</source>
        <translation>Service Counter</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/accounts.py" line="+47"/>
        <source>Enter a user name.</source>
        <translation>Enter a user name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name must be one word of at most 50 characters.</source>
        <translation>The user name must be one word of at most 50 characters.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+12"/>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no user “{username}”.</source>
        <translation>There is no user “{username}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/authorization.py" line="+16"/>
        <source>You are not allowed to do this: it needs the permission “{permission}”.</source>
        <translation>You are not allowed to do this: it needs the permission “{permission}”.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/commands/warranty.py" line="+69"/>
        <source>{option}: “{value}” is not a date like 2026-03-31.</source>
        <translation>{option}: “{value}” is not a date like 2026-03-31.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown product category “{value}”; use one of: {known}.</source>
        <translation>Unknown product category “{value}”; use one of: {known}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--sold is required unless --no-invoice is given.</source>
        <translation>--sold is required unless --no-invoice is given.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/core/phone_numbers.py" line="+24"/>
        <source>Enter a phone number.</source>
        <translation>Enter a phone number.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“{value}” is not a phone number: enter an 11-digit mobile or a landline with area code.</source>
        <translation>“{value}” is not a phone number: enter an 11-digit mobile or a landline with area code.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/claims.py" line="+93"/>
        <source>There is no product model “{model}”.</source>
        <translation>There is no product model “{model}”.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer cannot choose this remedy under the warranty.</source>
        <translation>The customer cannot choose this remedy under the warranty.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Give the reason for refusing the return.</source>
        <translation>Give the reason for refusing the return.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This claim is not waiting for approval.</source>
        <translation>This claim is not waiting for approval.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Serial {serial} belongs to another product model.</source>
        <translation>Serial {serial} belongs to another product model.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/services/intake_forms.py" line="+83"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>Enter the customer&apos;s name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the product model.</source>
        <translation>Choose the product model.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the serial number, or tick “serial unknown”.</source>
        <translation>Enter the serial number, or tick “serial unknown”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date {date} is in the future.</source>
        <translation>The date {date} is in the future.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the sale date on the invoice, or untick “invoice”.</source>
        <translation>Enter the sale date on the invoice, or untick “invoice”.</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../../desktop_app/services/calls.py" line="+72"/>
        <source>Enter the caller&apos;s name.</source>
        <translation>Enter the caller&apos;s name.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter what the call is about.</source>
        <translation>Enter what the call is about.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The requested arrival time has already passed.</source>
        <translation>The requested arrival time has already passed.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Note what the caller was told.</source>
        <translation>Note what the caller was told.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This call no longer exists.</source>
        <translation>This call no longer exists.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no claim “{number}”.</source>
        <translation>There is no claim “{number}”.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/first_run_dialog.py" line="+30"/>
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
        <location line="+38"/>
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
    <name>Labels</name>
    <message>
        <location filename="../../desktop_app/gui/labels.py" line="+24"/>
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
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="-24"/>
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
        <source>Received</source>
        <translation>Received</translation>
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
    <name>ListTab</name>
    <message numerus="yes">
        <location filename="../../desktop_app/gui/tabs/list_tab.py" line="+68"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No records match “{search}”.</source>
        <translation>No records match “{search}”.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="+59"/>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User name: {username}</source>
        <translation>User name: {username}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
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
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Tools</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>&amp;About Service Counter</source>
        <translation>&amp;About Service Counter</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../desktop_app/core/permissions.py" line="+69"/>
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
</context>
<context>
    <name>RequisitionsTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/requisitions_tab.py" line="+20"/>
        <source>Spare-part requisitions</source>
        <translation>Spare-part requisitions</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="-1"/>
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
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop_app/gui/dialogs/sign_in_dialog.py" line="+27"/>
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
        <location line="+2"/>
        <source>Database: {location}</source>
        <translation>Database: {location}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter your user name.</source>
        <translation>Enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in_dialog.ui" line="+25"/>
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
    <name>StaffTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/staff_tab.py" line="+19"/>
        <source>Staff evaluation</source>
        <translation>Staff evaluation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No staff accounts yet. The general manager adds the staff of the centre here.</source>
        <translation>No staff accounts yet. The general manager adds the staff of the centre here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Open work orders</source>
        <translation>Open work orders</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed this month</source>
        <translation>Completed this month</translation>
    </message>
    <message>
        <location filename="../../ui/staff_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name or user name</source>
        <translation>Name or user name</translation>
    </message>
</context>
<context>
    <name>Warranty</name>
    <message>
        <location filename="../../desktop_app/core/warranty.py" line="-216"/>
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
</context>
<context>
    <name>WorkOrdersTab</name>
    <message>
        <location filename="../../desktop_app/gui/tabs/work_orders_tab.py" line="+20"/>
        <source>Repair work orders</source>
        <translation>Repair work orders</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No repair work orders yet. Once a claim is taken in, its work order appears here waiting for dispatch.</source>
        <translation>No repair work orders yet. Once a claim is taken in, its work order appears here waiting for dispatch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Work order no.</source>
        <translation>Work order no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Customer</translation>
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
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claim no.</source>
        <translation>Claim no.</translation>
    </message>
    <message>
        <location filename="../../ui/work_orders_tab.ui" line="+34"/>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Work order no., claim no., customer or serial number</source>
        <translation>Work order no., claim no., customer or serial number</translation>
    </message>
</context>
</TS>
