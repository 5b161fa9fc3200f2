<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail of the vault</source>
        <translation>Audit trail of the vault</translation>
    </message>
    <message>
        <source>What was done with this vault, newest first: each unlock, export, purge, passphrase change, backup, restore and import, with its time and outcome. It never holds case content or file names. A failed unlock is not recorded: the vault stays closed to it.</source>
        <translation>What was done with this vault, newest first: each unlock, export, purge, passphrase change, backup, restore and import, with its time and outcome. It never holds case content or file names. A failed unlock is not recorded: the vault stays closed to it.</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Number of entries</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Entries: {count}</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Vault unlocked</translation>
    </message>
    <message>
        <source>Year exported</source>
        <translation>Year exported</translation>
    </message>
    <message>
        <source>Cases destroyed</source>
        <translation>Cases destroyed</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Passphrase changed</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation>Register imported</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>revision {revision}</source>
        <translation>revision {revision}</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>cases: {count}</translation>
    </message>
    <message>
        <source>schema {version}</source>
        <translation>schema {version}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup could not be written there: is the disk full, or the folder out of reach (a stick that is not plugged in)?</source>
        <translation>The backup could not be written there: is the disk full, or the folder out of reach (a stick that is not plugged in)?</translation>
    </message>
    <message>
        <source>The copy did not pass its checks, so it was deleted.</source>
        <translation>The copy did not pass its checks, so it was deleted.</translation>
    </message>
    <message>
        <source>A file of that name exists already; it was not replaced.</source>
        <translation>A file of that name exists already; it was not replaced.</translation>
    </message>
</context>
<context>
    <name>CareActions</name>
    <message>
        <source>Last backup</source>
        <translation>Last backup</translation>
    </message>
    <message>
        <source>the last attempt failed</source>
        <translation>the last attempt failed</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message>
        <source>Last backup: today at {time}</source>
        <translation>Last backup: today at {time}</translation>
    </message>
    <message>
        <source>Last backup: yesterday</source>
        <translation>Last backup: yesterday</translation>
    </message>
    <message>
        <source>Last backup: {days} days ago</source>
        <translation>Last backup: {days} days ago</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <source>Confidant backups (*.db);;All files (*)</source>
        <translation>Confidant backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>No backup was written. {reason}</source>
        <translation>No backup was written. {reason}</translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({size} KB, cases: {cases}). It opens with the passphrase the vault has now. Keep it somewhere safe: a purge does not delete backups you saved yourself.</source>
        <translation>Backup written and verified: {file} ({size} KB, cases: {cases}). It opens with the passphrase the vault has now. Keep it somewhere safe: a purge does not delete backups you saved yourself.</translation>
    </message>
    <message>
        <source>Closed cases past the retention period: {count}. Their year has been exported and they were closed more than {months} months ago.</source>
        <translation>Closed cases past the retention period: {count}. Their year has been exported and they were closed more than {months} months ago.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Delete case</translation>
    </message>
    <message>
        <source>Delete case {number}?</source>
        <translation>Delete case {number}?</translation>
    </message>
    <message>
        <source>Its conversations and notes are deleted with it. This cannot be undone.</source>
        <translation>Its conversations and notes are deleted with it. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>A new case that was not saved yet was discarded.</source>
        <translation>A new case that was not saved yet was discarded.</translation>
    </message>
    <message>
        <source>Unsaved changes to case {number} were discarded.</source>
        <translation>Unsaved changes to case {number} were discarded.</translation>
    </message>
    <message>
        <source>Vault was locked</source>
        <translation>Vault was locked</translation>
    </message>
    <message>
        <source>The vault locked itself while a case was open. Everything saved before is unchanged.</source>
        <translation>The vault locked itself while a case was open. Everything saved before is unchanged.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>Case &amp;number:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>assigned when saved</translation>
    </message>
    <message>
        <source>Problem with the case number</source>
        <translation>Problem with the case number</translation>
    </message>
    <message>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>never a real name</source>
        <translation>never a real name</translation>
    </message>
    <message>
        <source>Problem with the alias</source>
        <translation>Problem with the alias</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Defence unit</source>
        <translation>Defence unit</translation>
    </message>
    <message>
        <source>Problem with the unit</source>
        <translation>Problem with the unit</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Role of the person</source>
        <translation>Role of the person</translation>
    </message>
    <message>
        <source>Problem with the role</source>
        <translation>Problem with the role</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Position in the matter</source>
        <translation>Position in the matter</translation>
    </message>
    <message>
        <source>Problem with the position</source>
        <translation>Problem with the position</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Problem with the gender</source>
        <translation>Problem with the gender</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>&amp;First contact:</translation>
    </message>
    <message>
        <source>Date of first contact</source>
        <translation>Date of first contact</translation>
    </message>
    <message>
        <source>Problem with the date of first contact</source>
        <translation>Problem with the date of first contact</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Closed on:</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Closing date</translation>
    </message>
    <message>
        <source>Problem with the closing date</source>
        <translation>Problem with the closing date</translation>
    </message>
    <message>
        <source>E&amp;xclude from statistics</source>
        <translation>E&amp;xclude from statistics</translation>
    </message>
    <message>
        <source>Exclude from statistics</source>
        <translation>Exclude from statistics</translation>
    </message>
    <message>
        <source>For test entries and withdrawn cases: kept in the vault, never counted</source>
        <translation>For test entries and withdrawn cases: kept in the vault, never counted</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Ca&amp;tegories</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Tick every category that applies; Space ticks the current one</source>
        <translation>Tick every category that applies; Space ticks the current one</translation>
    </message>
    <message>
        <source>Problem with the categories</source>
        <translation>Problem with the categories</translation>
    </message>
    <message>
        <source>Pri&amp;mary:</source>
        <translation>Pri&amp;mary:</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>Primary category</translation>
    </message>
    <message>
        <source>Referre&amp;d to</source>
        <translation>Referre&amp;d to</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Tick every place the person was referred to</source>
        <translation>Tick every place the person was referred to</translation>
    </message>
    <message>
        <source>Print referral &amp;sheet…</source>
        <translation>Print referral &amp;sheet…</translation>
    </message>
    <message>
        <source>A sheet with the ticked desks and how to reach them; nothing of this case is on it</source>
        <translation>A sheet with the ticked desks and how to reach them; nothing of this case is on it</translation>
    </message>
    <message>
        <source>Print referral sheet</source>
        <translation>Print referral sheet</translation>
    </message>
    <message>
        <source>Problem with the referrals</source>
        <translation>Problem with the referrals</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Tick every outcome that applies</source>
        <translation>Tick every outcome that applies</translation>
    </message>
    <message>
        <source>Problem with the outcomes</source>
        <translation>Problem with the outcomes</translation>
    </message>
    <message>
        <source>Con&amp;versations</source>
        <translation>Con&amp;versations</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation>Date of the conversation</translation>
    </message>
    <message>
        <source>Channel of the conversation</source>
        <translation>Channel of the conversation</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add conversation</source>
        <translation>Add conversation</translation>
    </message>
    <message>
        <source>Add the conversation (Enter in these fields does the same)</source>
        <translation>Add the conversation (Enter in these fields does the same)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Change the selected conversation</source>
        <translation>Change the selected conversation</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected conversation</source>
        <translation>Remove the selected conversation</translation>
    </message>
    <message>
        <source>Problem with the conversations</source>
        <translation>Problem with the conversations</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Not&amp;es</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notes</translation>
    </message>
    <message>
        <source>Only for you: stays in the vault, never exported</source>
        <translation>Only for you: stays in the vault, never exported</translation>
    </message>
    <message>
        <source>Problem with the notes</source>
        <translation>Problem with the notes</translation>
    </message>
    <message>
        <source>Ctrl+S saves · Esc cancels</source>
        <translation>Ctrl+S saves · Esc cancels</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>Save the case</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Cancel without saving</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>This case has changes that are not saved yet.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Save them before closing?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>New case</translation>
    </message>
</context>
<context>
    <name>CaseList</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year first opened</source>
        <translation>Year first opened</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>Category group or code</source>
        <translation>Category group or code</translation>
    </message>
    <message>
        <source>Search by alias or case number</source>
        <translation>Search by alias or case number</translation>
    </message>
    <message>
        <source>Search alias or case number</source>
        <translation>Search alias or case number</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Clear &amp;filters</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>No cases match these filters.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>No cases in this vault yet.</source>
        <translation>No cases in this vault yet.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>Primary category</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Excluded from statistics</source>
        <translation>Excluded from statistics</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Closed on {date}</translation>
    </message>
</context>
<context>
    <name>ChartsPage</name>
    <message>
        <source>Cases by primary category</source>
        <translation>Cases by primary category</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>Cases per year</translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>CoordinatorWorkspace</name>
    <message>
        <source>Coordinator&apos;s workspace</source>
        <translation>Coordinator&apos;s workspace</translation>
    </message>
    <message>
        <source>Not for publication</source>
        <translation>Not for publication</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Workspace</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Files</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Output</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Tool bar</translation>
    </message>
    <message>
        <source>&amp;New workspace</source>
        <translation>&amp;New workspace</translation>
    </message>
    <message>
        <source>Start again with no files</source>
        <translation>Start again with no files</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Open workspace…</translation>
    </message>
    <message>
        <source>Open a saved workspace: its files, roster and year</source>
        <translation>Open a saved workspace: its files, roster and year</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>&amp;Save workspace</translation>
    </message>
    <message>
        <source>Save the list of files and the roster, to go on later</source>
        <translation>Save the list of files and the roster, to go on later</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Save workspace &amp;as…</translation>
    </message>
    <message>
        <source>Save the workspace under another name</source>
        <translation>Save the workspace under another name</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the coordinator&apos;s workspace</source>
        <translation>Close the coordinator&apos;s workspace</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Add &amp;files…</translation>
    </message>
    <message>
        <source>Add export files of confidants or units</source>
        <translation>Add export files of confidants or units</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>Add every export file in a folder and its subfolders</source>
        <translation>Add every export file in a folder and its subfolders</translation>
    </message>
    <message>
        <source>&amp;Remove selected files</source>
        <translation>&amp;Remove selected files</translation>
    </message>
    <message>
        <source>Take the selected files out of the workspace (the files stay on disk)</source>
        <translation>Take the selected files out of the workspace (the files stay on disk)</translation>
    </message>
    <message>
        <source>Read all files &amp;again</source>
        <translation>Read all files &amp;again</translation>
    </message>
    <message>
        <source>Read every file again, for files changed on disk</source>
        <translation>Read every file again, for files changed on disk</translation>
    </message>
    <message>
        <source>Add an &amp;earlier year…</source>
        <translation>Add an &amp;earlier year…</translation>
    </message>
    <message>
        <source>Set an earlier year&apos;s merged file beside this year</source>
        <translation>Set an earlier year&apos;s merged file beside this year</translation>
    </message>
    <message>
        <source>Save &amp;merged file…</source>
        <translation>Save &amp;merged file…</translation>
    </message>
    <message>
        <source>Save the merged figures, to hand on or merge again at the next level</source>
        <translation>Save the merged figures, to hand on or merge again at the next level</translation>
    </message>
    <message>
        <source>Save &amp;workbook (XLSX)…</source>
        <translation>Save &amp;workbook (XLSX)…</translation>
    </message>
    <message>
        <source>The published report as a workbook, small counts hidden</source>
        <translation>The published report as a workbook, small counts hidden</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Save report as &amp;PDF…</translation>
    </message>
    <message>
        <source>The published report as PDF, small counts hidden</source>
        <translation>The published report as PDF, small counts hidden</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>&amp;Print report…</translation>
    </message>
    <message>
        <source>Print the published report, after a preview</source>
        <translation>Print the published report, after a preview</translation>
    </message>
    <message>
        <source>Print &amp;delivery list…</source>
        <translation>Print &amp;delivery list…</translation>
    </message>
    <message>
        <source>Print who delivered and who is missing</source>
        <translation>Print who delivered and who is missing</translation>
    </message>
    <message>
        <source>Files are being read; wait for them, or cancel.</source>
        <translation>Files are being read; wait for them, or cancel.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>This workspace cannot be opened: {reason}</source>
        <translation>This workspace cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Save workspace</translation>
    </message>
    <message>
        <source>Workspace saved: {file}</source>
        <translation>Workspace saved: {file}</translation>
    </message>
    <message>
        <source>These figures cannot be shown protected ({reason}).</source>
        <translation>These figures cannot be shown protected ({reason}).</translation>
    </message>
    <message>
        <source>Cancelled; the workspace is as it was.</source>
        <translation>Cancelled; the workspace is as it was.</translation>
    </message>
    <message>
        <source>Fi&amp;les ({n}, {refused} refused)</source>
        <translation>Fi&amp;les ({n}, {refused} refused)</translation>
    </message>
    <message>
        <source>Fi&amp;les ({n})</source>
        <translation>Fi&amp;les ({n})</translation>
    </message>
    <message>
        <source>&amp;Delivery ({delivered} of {expected})</source>
        <translation>&amp;Delivery ({delivered} of {expected})</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Delivery</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>C&amp;harts</translation>
    </message>
    <message>
        <source>new workspace</source>
        <translation>new workspace</translation>
    </message>
    <message>
        <source>Coordinator&apos;s workspace — {name}</source>
        <translation>Coordinator&apos;s workspace — {name}</translation>
    </message>
    <message>
        <source>NOT FOR PUBLICATION — {title}</source>
        <translation>NOT FOR PUBLICATION — {title}</translation>
    </message>
    <message>
        <source>NOT FOR PUBLICATION — exact working view: every count is exact, small ones included. Do not share or publish what you see here. The workbook and the printed report stay protected.</source>
        <translation>NOT FOR PUBLICATION — exact working view: every count is exact, small ones included. Do not share or publish what you see here. The workbook and the printed report stay protected.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
</context>
<context>
    <name>DirectoryEditor</name>
    <message>
        <source>Referral directory</source>
        <translation>Referral directory</translation>
    </message>
    <message>
        <source>The desks on referral sheets and how to reach them. Empty fields marked “to be filled in” are still placeholders: fill them in for your unit. This list is kept on this computer, outside the vault; it holds no case data.</source>
        <translation>The desks on referral sheets and how to reach them. Empty fields marked “to be filled in” are still placeholders: fill them in for your unit. This list is kept on this computer, outside the vault; it holds no case data.</translation>
    </message>
    <message>
        <source>More &amp;information (QR code on the manager&apos;s sheet):</source>
        <translation>More &amp;information (QR code on the manager&apos;s sheet):</translation>
    </message>
    <message>
        <source>More information address</source>
        <translation>More information address</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Desks</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>Name (&amp;Dutch):</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Name in Dutch</translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation>Name (En&amp;glish):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Name in English</translation>
    </message>
    <message>
        <source>What they do (D&amp;utch),
one point a line:</source>
        <translation>What they do (D&amp;utch),
one point a line:</translation>
    </message>
    <message>
        <source>What they do, in Dutch</source>
        <translation>What they do, in Dutch</translation>
    </message>
    <message>
        <source>What they do (&amp;English),
one point a line:</source>
        <translation>What they do (&amp;English),
one point a line:</translation>
    </message>
    <message>
        <source>&amp;How to reach them (Dutch):</source>
        <translation>&amp;How to reach them (Dutch):</translation>
    </message>
    <message>
        <source>Ho&amp;w to reach them (English):</source>
        <translation>Ho&amp;w to reach them (English):</translation>
    </message>
    <message>
        <source>Serves uni&amp;ts:</source>
        <translation>Serves uni&amp;ts:</translation>
    </message>
    <message>
        <source>What they do, in English</source>
        <translation>What they do, in English</translation>
    </message>
    <message>
        <source>How to reach them, in Dutch</source>
        <translation>How to reach them, in Dutch</translation>
    </message>
    <message>
        <source>How to reach them, in English</source>
        <translation>How to reach them, in English</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>E-&amp;mail address:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>I&amp;ntranet page:</source>
        <translation>I&amp;ntranet page:</translation>
    </message>
    <message>
        <source>Intranet page</source>
        <translation>Intranet page</translation>
    </message>
    <message>
        <source>Units served</source>
        <translation>Units served</translation>
    </message>
    <message>
        <source>&amp;Reset to the shipped directory…</source>
        <translation>&amp;Reset to the shipped directory…</translation>
    </message>
    <message>
        <source>to be filled in</source>
        <translation>to be filled in</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Not saved: {reason}</translation>
    </message>
    <message>
        <source>Reset the referral directory</source>
        <translation>Reset the referral directory</translation>
    </message>
    <message>
        <source>Remove your changes and use the shipped directory again?</source>
        <translation>Remove your changes and use the shipped directory again?</translation>
    </message>
    <message>
        <source>Not saved. {where}{reason}</source>
        <translation>Not saved. {where}{reason}</translation>
    </message>
    <message>
        <source>This is not a phone number (digits, spaces, + ( ) -).</source>
        <translation>This is not a phone number (digits, spaces, + ( ) -).</translation>
    </message>
    <message>
        <source>This is not an e-mail address (like name@mindef.nl).</source>
        <translation>This is not an e-mail address (like name@mindef.nl).</translation>
    </message>
    <message>
        <source>This is not a web address (starting with https://).</source>
        <translation>This is not a web address (starting with https://).</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>Choose at least one unit.</translation>
    </message>
    <message>
        <source>Give at least one point, one a line.</source>
        <translation>Give at least one point, one a line.</translation>
    </message>
    <message>
        <source>Give as many points in Dutch as in English, one a line.</source>
        <translation>Give as many points in Dutch as in English, one a line.</translation>
    </message>
    <message>
        <source>Fill this in, in Dutch and in English.</source>
        <translation>Fill this in, in Dutch and in English.</translation>
    </message>
    <message>
        <source>Still a placeholder: fill in the real address.</source>
        <translation>Still a placeholder: fill in the real address.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The passphrase is wrong, or the vault file is damaged. Check Caps Lock and try again.</source>
        <translation>The passphrase is wrong, or the vault file is damaged. Check Caps Lock and try again.</translation>
    </message>
    <message>
        <source>This vault is open in another window or program. Close it there first.</source>
        <translation>This vault is open in another window or program. Close it there first.</translation>
    </message>
    <message>
        <source>There is no vault at this location.</source>
        <translation>There is no vault at this location.</translation>
    </message>
    <message>
        <source>This file is not a Confidant vault.</source>
        <translation>This file is not a Confidant vault.</translation>
    </message>
    <message>
        <source>A file already exists at this location; it was not touched. Choose another location, or open that vault.</source>
        <translation>A file already exists at this location; it was not touched. Choose another location, or open that vault.</translation>
    </message>
    <message>
        <source>The vault or its folder cannot be written to. Copy the vault to a folder you can write to.</source>
        <translation>The vault or its folder cannot be written to. Copy the vault to a folder you can write to.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Confidant. Update the application.</source>
        <translation>This vault was made by a newer version of Confidant. Update the application.</translation>
    </message>
    <message>
        <source>The vault could not be written (is the disk full?). Nothing was saved.</source>
        <translation>The vault could not be written (is the disk full?). Nothing was saved.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>The passphrase is empty.</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>the log</translation>
    </message>
    <message>
        <source>Something went wrong inside Confidant. Your saved cases are safe in the vault. Details were written to {log}.</source>
        <translation>Something went wrong inside Confidant. Your saved cases are safe in the vault. Details were written to {log}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export a year</source>
        <translation>Export a year</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year to export</source>
        <translation>Year to export</translation>
    </message>
    <message>
        <source>Counts the cases first opened in this year; cases excluded from statistics are left out.</source>
        <translation>Counts the cases first opened in this year; cases excluded from statistics are left out.</translation>
    </message>
    <message>
        <source>Below is every figure that will leave this computer: counts only, no names, notes, case numbers or dates.</source>
        <translation>Below is every figure that will leave this computer: counts only, no names, notes, case numbers or dates.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>Figures that will be exported</source>
        <translation>Figures that will be exported</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>&amp;JSON file:</source>
        <translation>&amp;JSON file:</translation>
    </message>
    <message>
        <source>JSON file to write</source>
        <translation>JSON file to write</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the JSON file</source>
        <translation>Choose the JSON file</translation>
    </message>
    <message>
        <source>Also a &amp;workbook:</source>
        <translation>Also a &amp;workbook:</translation>
    </message>
    <message>
        <source>Also write a workbook (XLSX)</source>
        <translation>Also write a workbook (XLSX)</translation>
    </message>
    <message>
        <source>Workbook file to write</source>
        <translation>Workbook file to write</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>Choose the workbook file</source>
        <translation>Choose the workbook file</translation>
    </message>
    <message>
        <source>&amp;Release log</source>
        <translation>&amp;Release log</translation>
    </message>
    <message>
        <source>Every export is recorded here. A change to a year already exported leaves the old figures standing and is exported as a new revision.</source>
        <translation>Every export is recorded here. A change to a year already exported leaves the old figures standing and is exported as a new revision.</translation>
    </message>
    <message>
        <source>Release log</source>
        <translation>Release log</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Exported at (UTC)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>There are no cases in this vault yet: nothing to export.</source>
        <translation>There are no cases in this vault yet: nothing to export.</translation>
    </message>
    <message>
        <source>Choose where to write the JSON file.</source>
        <translation>Choose where to write the JSON file.</translation>
    </message>
    <message>
        <source>The JSON file and the workbook must be two files.</source>
        <translation>The JSON file and the workbook must be two files.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>Writing the workbook…</translation>
    </message>
    <message>
        <source>Written: {file} (year {year}, revision {revision}, cases: {cases}).</source>
        <translation>Written: {file} (year {year}, revision {revision}, cases: {cases}).</translation>
    </message>
    <message>
        <source>Written: {file}.</source>
        <translation>Written: {file}.</translation>
    </message>
    <message>
        <source>Could not write the file ({reason}). Nothing was exported.</source>
        <translation>Could not write the file ({reason}). Nothing was exported.</translation>
    </message>
    <message>
        <source>Aggregate files (*.json)</source>
        <translation>Aggregate files (*.json)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Where to write</source>
        <translation>Where to write</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>Year {year} · taxonomy {taxonomy}</source>
        <translation>Year {year} · taxonomy {taxonomy}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Exported at (UTC)</translation>
    </message>
    <message>
        <source>Vault identifier</source>
        <translation>Vault identifier</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>This year was exported before (revision {previous}, {when}) and its figures have not changed. Exporting again makes revision {revision}.</source>
        <translation>This year was exported before (revision {previous}, {when}) and its figures have not changed. Exporting again makes revision {revision}.</translation>
    </message>
    <message>
        <source>This year was exported before (revision {previous}, {when}). Cases changed since then: {changed}. The figures already sent stand; this export is revision {revision}, so the coordinator can see what changed.</source>
        <translation>This year was exported before (revision {previous}, {when}). Cases changed since then: {changed}. The figures already sent stand; this export is revision {revision}, so the coordinator can see what changed.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Conversation {number}: {reason}</source>
        <translation>Conversation {number}: {reason}</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Choose one.</translation>
    </message>
    <message>
        <source>Tick at least one category.</source>
        <translation>Tick at least one category.</translation>
    </message>
    <message>
        <source>Tick at most {count} categories.</source>
        <translation>Tick at most {count} categories.</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>At most {count} characters.</translation>
    </message>
    <message>
        <source>At most {count} minutes.</source>
        <translation>At most {count} minutes.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <source>This date lies before {date}.</source>
        <translation>This date lies before {date}.</translation>
    </message>
    <message>
        <source>The closing date lies before the first contact.</source>
        <translation>The closing date lies before the first contact.</translation>
    </message>
    <message>
        <source>Conversation {number} lies before the first contact.</source>
        <translation>Conversation {number} lies before the first contact.</translation>
    </message>
    <message>
        <source>Use up to 32 letters, digits and . _ / - , starting with a letter or digit (like 2025-0042).</source>
        <translation>Use up to 32 letters, digits and . _ / - , starting with a letter or digit (like 2025-0042).</translation>
    </message>
    <message>
        <source>Another case in this vault already has this number.</source>
        <translation>Another case in this vault already has this number.</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>{n} sources</translation>
    </message>
    <message>
        <source>✓ counted</source>
        <translation>✓ counted</translation>
    </message>
    <message>
        <source>↻ replaced</source>
        <translation>↻ replaced</translation>
    </message>
    <message>
        <source>= duplicate</source>
        <translation>= duplicate</translation>
    </message>
    <message>
        <source>✗ refused</source>
        <translation>✗ refused</translation>
    </message>
    <message>
        <source>a newer revision is in {file}</source>
        <translation>a newer revision is in {file}</translation>
    </message>
    <message>
        <source>the same file as {file}; counted once</source>
        <translation>the same file as {file}; counted once</translation>
    </message>
    <message>
        <source>changed or damaged after export (digest does not match)</source>
        <translation>changed or damaged after export (digest does not match)</translation>
    </message>
    <message>
        <source>made by a newer version of Confidant; update first</source>
        <translation>made by a newer version of Confidant; update first</translation>
    </message>
    <message>
        <source>year {year}, not the year being merged ({chosen})</source>
        <translation>year {year}, not the year being merged ({chosen})</translation>
    </message>
    <message>
        <source>another list of categories; cannot be merged</source>
        <translation>another list of categories; cannot be merged</translation>
    </message>
    <message>
        <source>double counting: its sources are also in {file}</source>
        <translation>double counting: its sources are also in {file}</translation>
    </message>
    <message>
        <source>same source and revision as {file}, other figures: ask the confidant which is right</source>
        <translation>same source and revision as {file}, other figures: ask the confidant which is right</translation>
    </message>
    <message>
        <source>this is the year being merged</source>
        <translation>this is the year being merged</translation>
    </message>
    <message>
        <source>another file of year {year} is already beside it</source>
        <translation>another file of year {year} is already beside it</translation>
    </message>
    <message>
        <source>cannot be used: {reason}</source>
        <translation>cannot be used: {reason}</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Add files…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Add a f&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>or drag export files and folders onto this window.</source>
        <translation>or drag export files and folders onto this window.</translation>
    </message>
    <message>
        <source>&amp;Year to merge:</source>
        <translation>&amp;Year to merge:</translation>
    </message>
    <message>
        <source>Year to merge</source>
        <translation>Year to merge</translation>
    </message>
    <message>
        <source>Collected files</source>
        <translation>Collected files</translation>
    </message>
    <message>
        <source>most common ({year})</source>
        <translation>most common ({year})</translation>
    </message>
    <message>
        <source>most common</source>
        <translation>most common</translation>
    </message>
    <message>
        <source>No files yet. Add the export files the confidants sent you with Add files… or Add a folder…, or drag them onto this window.</source>
        <translation>No files yet. Add the export files the confidants sent you with Add files… or Add a folder…, or drag them onto this window.</translation>
    </message>
    <message>
        <source>{n} counted</source>
        <translation>{n} counted</translation>
    </message>
    <message>
        <source>{n} replaced by a newer revision</source>
        <translation>{n} replaced by a newer revision</translation>
    </message>
    <message>
        <source>{n} identical duplicates</source>
        <translation>{n} identical duplicates</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} refused</translation>
    </message>
    <message>
        <source>{files} files: {states}.</source>
        <translation>{files} files: {states}.</translation>
    </message>
    <message>
        <source>Year {year}: {cases} cases from {sources} sources.</source>
        <translation>Year {year}: {cases} cases from {sources} sources.</translation>
    </message>
    <message>
        <source>Refused files do not count; the list says why.</source>
        <translation>Refused files do not count; the list says why.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Confidant</source>
        <translation>Welcome to Confidant</translation>
    </message>
    <message>
        <source>Set up your vault</source>
        <translation>Set up your vault</translation>
    </message>
    <message>
        <source>Confidant keeps your cases and conversations in one encrypted vault on this computer; only anonymised counts ever leave it, and only when you export them. The vault opens with your passphrase alone: a forgotten passphrase cannot be recovered by anyone, so write it down and keep it safe.</source>
        <translation>Confidant keeps your cases and conversations in one encrypted vault on this computer; only anonymised counts ever leave it, and only when you export them. The vault opens with your passphrase alone: a forgotten passphrase cannot be recovered by anyone, so write it down and keep it safe.</translation>
    </message>
    <message>
        <source>About the vault</source>
        <translation>About the vault</translation>
    </message>
    <message>
        <source>Defence &amp;unit:</source>
        <translation>Defence &amp;unit:</translation>
    </message>
    <message>
        <source>Defence unit</source>
        <translation>Defence unit</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Label (optional):</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Label (optional)</translation>
    </message>
    <message>
        <source>for example: confidant Den Helder</source>
        <translation>for example: confidant Den Helder</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Repeat passphrase:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Strength:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Passphrase strength</translation>
    </message>
    <message>
        <source>Use at least 12 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Use at least 12 characters. A few unrelated words are easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Vault &amp;location:</source>
        <translation>Vault &amp;location:</translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation>Vault location</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the vault location</source>
        <translation>Choose the vault location</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Put a backup in place as your vault, instead of creating a new one</source>
        <translation>Put a backup in place as your vault, instead of creating a new one</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <source>Merge the confidants&apos; export files: no vault needed</source>
        <translation>Merge the confidants&apos; export files: no vault needed</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>strong</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Had a vault already, on this computer or another? Restore it from a backup instead of creating a new one.</source>
        <translation>Had a vault already, on this computer or another? Restore it from a backup instead of creating a new one.</translation>
    </message>
    <message>
        <source>There is no vault at this place, but its backup folder holds {count} automatic backups, the newest from {when}. If your vault was lost, restore it from a backup instead of starting an empty one.</source>
        <translation>There is no vault at this place, but its backup folder holds {count} automatic backups, the newest from {when}. If your vault was lost, restore it from a backup instead of starting an empty one.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Where to keep the vault</translation>
    </message>
    <message>
        <source>Confidant vaults (*.db)</source>
        <translation>Confidant vaults (*.db)</translation>
    </message>
    <message>
        <source>Choose your unit</source>
        <translation>Choose your unit</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>&amp;Create vault</translation>
    </message>
    <message>
        <source>Coordinator: &amp;merge exports…</source>
        <translation>Coordinator: &amp;merge exports…</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>1 to {k}: hidden, a small count could point at a person</source>
        <translation>1 to {k}: hidden, a small count could point at a person</translation>
    </message>
    <message>
        <source>hidden so that no hidden count can be worked out from the others</source>
        <translation>hidden so that no hidden count can be worked out from the others</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a case register</source>
        <translation>Import a case register</translation>
    </message>
    <message>
        <source>Add cases from a register file (.jsonl, .csv or .xlsx). The whole file is checked first: nothing is added unless every row is right.</source>
        <translation>Add cases from a register file (.jsonl, .csv or .xlsx). The whole file is checked first: nothing is added unless every row is right.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Register file</translation>
    </message>
    <message>
        <source>Choose a .jsonl, .csv or .xlsx file</source>
        <translation>Choose a .jsonl, .csv or .xlsx file</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose a register file</source>
        <translation>Choose a register file</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Check &amp;again</translation>
    </message>
    <message>
        <source>Check the file again</source>
        <translation>Check the file again</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Result of the check</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problems in the file</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The chosen problem in full</source>
        <translation>The chosen problem in full</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Checking {file}…</translation>
    </message>
    <message>
        <source>Cases found: {count}, without problems. Nothing has been added yet: choose Import to add them.</source>
        <translation>Cases found: {count}, without problems. Nothing has been added yet: choose Import to add them.</translation>
    </message>
    <message>
        <source>&amp;Import ({count})</source>
        <translation>&amp;Import ({count})</translation>
    </message>
    <message>
        <source>Problems found: {count}. Nothing was imported. Correct the file and check it again.</source>
        <translation>Problems found: {count}. Nothing was imported. Correct the file and check it again.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>The file as a whole</source>
        <translation>The file as a whole</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Line {number}</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Row {number}</translation>
    </message>
    <message>
        <source>Imported cases: {count}. They are in the case list now.</source>
        <translation>Imported cases: {count}. They are in the case list now.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Case registers (*.jsonl *.csv *.xlsx);;All files (*)</source>
        <translation>Case registers (*.jsonl *.csv *.xlsx);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>,</source>
        <comment>the thousands separator, as in 100,000</comment>
        <translation>,</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>First contact</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Exclude from statistics</source>
        <translation>Exclude from statistics</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Conversation {number}</source>
        <translation>Conversation {number}</translation>
    </message>
    <message>
        <source>{label}, item {number}</source>
        <translation>{label}, item {number}</translation>
    </message>
    <message>
        <source>cannot import a {suffix} file; expected a .jsonl, .csv or .xlsx file</source>
        <translation>cannot import a {suffix} file; expected a .jsonl, .csv or .xlsx file</translation>
    </message>
    <message>
        <source>cannot import a file without an extension; expected a .jsonl, .csv or .xlsx file</source>
        <translation>cannot import a file without an extension; expected a .jsonl, .csv or .xlsx file</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>cannot read the file ({reason})</translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB; a case register is far smaller, so this is probably the wrong file (or split it into parts)</source>
        <translation>the file is larger than {megabytes} MB; a case register is far smaller, so this is probably the wrong file (or split it into parts)</translation>
    </message>
    <message>
        <source>this line is not UTF-8 text; {fix}</source>
        <translation>this line is not UTF-8 text; {fix}</translation>
    </message>
    <message>
        <source>this row is not UTF-8 text; {fix}</source>
        <translation>this row is not UTF-8 text; {fix}</translation>
    </message>
    <message>
        <source>more than {limit} cases; split the file into smaller files and import them one by one</source>
        <translation>more than {limit} cases; split the file into smaller files and import them one by one</translation>
    </message>
    <message>
        <source>more than {limit} cases; split the register into smaller files and import them one by one</source>
        <translation>more than {limit} cases; split the register into smaller files and import them one by one</translation>
    </message>
    <message>
        <source>more than {limit} rows, more than a spreadsheet can hold; this is not a case register</source>
        <translation>more than {limit} rows, more than a spreadsheet can hold; this is not a case register</translation>
    </message>
    <message>
        <source>no cases found; expected one JSON object per line, each describing a case</source>
        <translation>no cases found; expected one JSON object per line, each describing a case</translation>
    </message>
    <message>
        <source>no cases found; expected a header row with the column names, then one case per row</source>
        <translation>no cases found; expected a header row with the column names, then one case per row</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at column {column}); expected one object per line, like {example}</source>
        <translation>not valid JSON ({reason} at column {column}); expected one object per line, like {example}</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>not valid JSON</translation>
    </message>
    <message>
        <source>the JSON is nested far too deeply</source>
        <translation>the JSON is nested far too deeply</translation>
    </message>
    <message>
        <source>the JSON is nested more deeply than a case can be</source>
        <translation>the JSON is nested more deeply than a case can be</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>the key {key} appears twice in one object</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows; write a plain number</source>
        <translation>{name} is not a number JSON allows; write a plain number</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>a number is too large</translation>
    </message>
    <message>
        <source>expected a JSON object describing one case, like {example}</source>
        <translation>expected a JSON object describing one case, like {example}</translation>
    </message>
    <message>
        <source>unknown key {key}; the keys are: {keys}</source>
        <translation>unknown key {key}; the keys are: {keys}</translation>
    </message>
    <message>
        <source>this row cannot be read as CSV ({reason}); {fix}</source>
        <translation>this row cannot be read as CSV ({reason}); {fix}</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row with the column names ({keys}), then one case per row</source>
        <translation>the file is empty; expected a header row with the column names ({keys}), then one case per row</translation>
    </message>
    <message>
        <source>the first row is empty; expected the column names ({keys})</source>
        <translation>the first row is empty; expected the column names ({keys})</translation>
    </message>
    <message>
        <source>column {column}: {reason}</source>
        <translation>column {column}: {reason}</translation>
    </message>
    <message>
        <source>unknown column {name} in column {column}; the column names are: {keys}</source>
        <translation>unknown column {name} in column {column}; the column names are: {keys}</translation>
    </message>
    <message>
        <source>the column appears twice (columns {first} and {second})</source>
        <translation>the column appears twice (columns {first} and {second})</translation>
    </message>
    <message>
        <source>this required column is missing from the header row</source>
        <translation>this required column is missing from the header row</translation>
    </message>
    <message>
        <source>column {column} holds a value but has no known column name in row 1</source>
        <translation>column {column} holds a value but has no known column name in row 1</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx); an old .xls file or a password-protected workbook cannot be read: in Excel, use Save As &apos;Excel Workbook (*.xlsx)&apos; without a password</source>
        <translation>not an Excel workbook (.xlsx); an old .xls file or a password-protected workbook cannot be read: in Excel, use Save As &apos;Excel Workbook (*.xlsx)&apos; without a password</translation>
    </message>
    <message>
        <source>not a readable Excel workbook; open it in Excel and save it again as &apos;Excel Workbook (*.xlsx)&apos;</source>
        <translation>not a readable Excel workbook; open it in Excel and save it again as &apos;Excel Workbook (*.xlsx)&apos;</translation>
    </message>
    <message>
        <source>the first sheet holds no table; put the register on the first sheet</source>
        <translation>the first sheet holds no table; put the register on the first sheet</translation>
    </message>
    <message>
        <source>the workbook has more than {limit} parts; {fix}</source>
        <translation>the workbook has more than {limit} parts; {fix}</translation>
    </message>
    <message>
        <source>the workbook contains macros; save it as &apos;Excel Workbook (*.xlsx)&apos;, which leaves them out</source>
        <translation>the workbook contains macros; save it as &apos;Excel Workbook (*.xlsx)&apos;, which leaves them out</translation>
    </message>
    <message>
        <source>the workbook links to other workbooks; {fix}</source>
        <translation>the workbook links to other workbooks; {fix}</translation>
    </message>
    <message>
        <source>the workbook is packed suspiciously tightly (a &apos;zip bomb&apos;?); {fix}</source>
        <translation>the workbook is packed suspiciously tightly (a &apos;zip bomb&apos;?); {fix}</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than {megabytes} MB, far more than a case register needs; {fix}</source>
        <translation>the workbook unpacks to more than {megabytes} MB, far more than a case register needs; {fix}</translation>
    </message>
    <message>
        <source>the cell holds a formula; type the value itself (or copy the column and use Paste Special &gt; Values)</source>
        <translation>the cell holds a formula; type the value itself (or copy the column and use Paste Special &gt; Values)</translation>
    </message>
    <message>
        <source>the cell shows an Excel error (such as #N/A or #VALUE!); type the value</source>
        <translation>the cell shows an Excel error (such as #N/A or #VALUE!); type the value</translation>
    </message>
    <message>
        <source>expected {expected}</source>
        <translation>expected {expected}</translation>
    </message>
    <message>
        <source>no such day in the calendar; expected {expected}</source>
        <translation>no such day in the calendar; expected {expected}</translation>
    </message>
    <message>
        <source>the cell holds a time of day as well; expected {expected}</source>
        <translation>the cell holds a time of day as well; expected {expected}</translation>
    </message>
    <message>
        <source>the cell holds a time, not a date; expected {expected}</source>
        <translation>the cell holds a time, not a date; expected {expected}</translation>
    </message>
    <message>
        <source>the cell holds TRUE/FALSE; expected {expected}</source>
        <translation>the cell holds TRUE/FALSE; expected {expected}</translation>
    </message>
    <message>
        <source>the cell holds a number, not a date; format the cell as a date or type {expected}</source>
        <translation>the cell holds a number, not a date; format the cell as a date or type {expected}</translation>
    </message>
    <message>
        <source>the cell holds no usable number; expected {expected}</source>
        <translation>the cell holds no usable number; expected {expected}</translation>
    </message>
    <message>
        <source>Excel stored this cell as a date or time; format the column as Text and type the value again; expected {expected}</source>
        <translation>Excel stored this cell as a date or time; format the column as Text and type the value again; expected {expected}</translation>
    </message>
    <message>
        <source>expected date/channel/minutes, like 2025-03-04/F/45 (conversations are separated by &apos;;&apos;)</source>
        <translation>expected date/channel/minutes, like 2025-03-04/F/45 (conversations are separated by &apos;;&apos;)</translation>
    </message>
    <message>
        <source>the channel is missing; expected a code such as F (face to face)</source>
        <translation>the channel is missing; expected a code such as F (face to face)</translation>
    </message>
    <message>
        <source>missing; expected {expected}</source>
        <translation>missing; expected {expected}</translation>
    </message>
    <message>
        <source>empty; expected {expected}</source>
        <translation>empty; expected {expected}</translation>
    </message>
    <message>
        <source>unknown key; a conversation has only the keys {keys}</source>
        <translation>unknown key; a conversation has only the keys {keys}</translation>
    </message>
    <message>
        <source>unknown key; the keys are: {keys}</source>
        <translation>unknown key; the keys are: {keys}</translation>
    </message>
    <message>
        <source>not a known code; expected {expected}</source>
        <translation>not a known code; expected {expected}</translation>
    </message>
    <message>
        <source>{number} is already used on line {line}; each case needs its own number</source>
        <translation>{number} is already used on line {line}; each case needs its own number</translation>
    </message>
    <message>
        <source>{number} is already used on row {line}; each case needs its own number</source>
        <translation>{number} is already used on row {line}; each case needs its own number</translation>
    </message>
    <message>
        <source>{number} is already in the vault</source>
        <translation>{number} is already in the vault</translation>
    </message>
    <message>
        <source>List should have at most {max_length} items after validation, not {actual_length}</source>
        <translation>List should have at most {max_length} items after validation, not {actual_length}</translation>
    </message>
    <message>
        <source>String should have at most {max_length} characters</source>
        <translation>String should have at most {max_length} characters</translation>
    </message>
    <message>
        <source>Input should be a valid string, unable to parse raw data as a unicode string</source>
        <translation>Input should be a valid string, unable to parse raw data as a unicode string</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>Input should be less than or equal to {le}</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>Input should be greater than or equal to {ge}</translation>
    </message>
    <message>
        <source>expected a date without a time of day</source>
        <translation>expected a date without a time of day</translation>
    </message>
    <message>
        <source>expected a date like 2025-03-04</source>
        <translation>expected a date like 2025-03-04</translation>
    </message>
    <message>
        <source>expected a date like 2025-03-04 (no such day)</source>
        <translation>expected a date like 2025-03-04 (no such day)</translation>
    </message>
    <message>
        <source>date lies before {date}</source>
        <translation>date lies before {date}</translation>
    </message>
    <message>
        <source>date lies in the future</source>
        <translation>date lies in the future</translation>
    </message>
    <message>
        <source>unknown code {code}; valid: {codes}</source>
        <translation>unknown code {code}; valid: {codes}</translation>
    </message>
    <message>
        <source>{code} is listed twice</source>
        <translation>{code} is listed twice</translation>
    </message>
    <message>
        <source>expected a case number like 2025-0042 (at most 32 letters, digits and . _ / -, starting with a letter or digit)</source>
        <translation>expected a case number like 2025-0042 (at most 32 letters, digits and . _ / -, starting with a letter or digit)</translation>
    </message>
    <message>
        <source>category {code} is listed twice</source>
        <translation>category {code} is listed twice</translation>
    </message>
    <message>
        <source>unknown category code {code} in taxonomy {taxonomy}</source>
        <translation>unknown category code {code} in taxonomy {taxonomy}</translation>
    </message>
    <message>
        <source>the closing date lies before the opening date</source>
        <translation>the closing date lies before the opening date</translation>
    </message>
    <message>
        <source>conversation {number} lies before the opening date</source>
        <translation>conversation {number} lies before the opening date</translation>
    </message>
    <message>
        <source>save the file with UTF-8 encoding</source>
        <translation>save the file with UTF-8 encoding</translation>
    </message>
    <message>
        <source>in Excel, use Save As and choose &apos;CSV UTF-8 (Comma delimited) (*.csv)&apos;</source>
        <translation>in Excel, use Save As and choose &apos;CSV UTF-8 (Comma delimited) (*.csv)&apos;</translation>
    </message>
    <message>
        <source>copy the register into a new, empty workbook (paste values only) and save that</source>
        <translation>copy the register into a new, empty workbook (paste values only) and save that</translation>
    </message>
    <message>
        <source>a date like 2025-03-04 or 04-03-2025</source>
        <translation>a date like 2025-03-04 or 04-03-2025</translation>
    </message>
    <message>
        <source>a date string like &quot;2025-03-04&quot;</source>
        <translation>a date string like &quot;2025-03-04&quot;</translation>
    </message>
    <message>
        <source>category codes separated by &apos;;&apos;, like AC.ARB;OG.PES (the first is the main one)</source>
        <translation>category codes separated by &apos;;&apos;, like AC.ARB;OG.PES (the first is the main one)</translation>
    </message>
    <message>
        <source>a list of category codes like [&quot;AC.ARB&quot;, &quot;OG.PES&quot;], the first is the main one</source>
        <translation>a list of category codes like [&quot;AC.ARB&quot;, &quot;OG.PES&quot;], the first is the main one</translation>
    </message>
    <message>
        <source>codes separated by &apos;;&apos;, from: {codes}</source>
        <translation>codes separated by &apos;;&apos;, from: {codes}</translation>
    </message>
    <message>
        <source>a list of codes like [&quot;{example}&quot;], from: {codes}</source>
        <translation>a list of codes like [&quot;{example}&quot;], from: {codes}</translation>
    </message>
    <message>
        <source>one of the codes {codes}</source>
        <translation>one of the codes {codes}</translation>
    </message>
    <message>
        <source>ja or nee (also yes/no, 1/0, true/false), or an empty cell</source>
        <translation>ja or nee (also yes/no, 1/0, true/false), or an empty cell</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>conversations separated by &apos;;&apos;, each as date/channel/minutes, like 2025-03-04/F/45;2025-03-11/T/20</source>
        <translation>conversations separated by &apos;;&apos;, each as date/channel/minutes, like 2025-03-04/F/45;2025-03-11/T/20</translation>
    </message>
    <message>
        <source>a list like {example}</source>
        <translation>a list like {example}</translation>
    </message>
    <message>
        <source>date/channel/minutes, like 2025-03-04/F/45</source>
        <translation>date/channel/minutes, like 2025-03-04/F/45</translation>
    </message>
    <message>
        <source>an object like {example}</source>
        <translation>an object like {example}</translation>
    </message>
    <message>
        <source>a whole number of minutes from 0 to {max}</source>
        <translation>a whole number of minutes from 0 to {max}</translation>
    </message>
    <message>
        <source>a case number like 2025-0042 (at most 32 letters, digits and . _ / -, starting with a letter or digit)</source>
        <translation>a case number like 2025-0042 (at most 32 letters, digits and . _ / -, starting with a letter or digit)</translation>
    </message>
    <message>
        <source>a short text of at most {max} characters (never a real name)</source>
        <translation>a short text of at most {max} characters (never a real name)</translation>
    </message>
    <message>
        <source>text of at most {max} characters</source>
        <translation>text of at most {max} characters</translation>
    </message>
    <message>
        <source>a column name</source>
        <translation>a column name</translation>
    </message>
    <message>
        <source>a value of the import format</source>
        <translation>a value of the import format</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>No such file or directory</source>
        <translation>No such file or directory</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Is a directory</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>Operation not permitted</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>Expecting value</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>Expecting property name enclosed in double quotes</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>Expecting &apos;:&apos; delimiter</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>Expecting &apos;,&apos; delimiter</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>Unterminated string starting at</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>Invalid control character at</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>Invalid \escape</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>Invalid \uXXXX escape</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>Extra data</translation>
    </message>
    <message>
        <source>field larger than field limit ({limit})</source>
        <translation>field larger than field limit ({limit})</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Reading files: {done} of {total}</source>
        <translation>Reading files: {done} of {total}</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Stop reading; the workspace stays as it was</source>
        <translation>Stop reading; the workspace stays as it was</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Confidant</source>
        <translation>Confidant</translation>
    </message>
    <message>
        <source>Retention reminder</source>
        <translation>Retention reminder</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Review…</translation>
    </message>
    <message>
        <source>Review the cases past the retention period</source>
        <translation>Review the cases past the retention period</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Not &amp;now</translation>
    </message>
    <message>
        <source>Hide the retention reminder until the next unlock</source>
        <translation>Hide the retention reminder until the next unlock</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>V&amp;iew</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Tool bar</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;New case…</translation>
    </message>
    <message>
        <source>Log a new case</source>
        <translation>Log a new case</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Open the selected case</translation>
    </message>
    <message>
        <source>&amp;Delete case…</source>
        <translation>&amp;Delete case…</translation>
    </message>
    <message>
        <source>Delete the selected case, after asking</source>
        <translation>Delete the selected case, after asking</translation>
    </message>
    <message>
        <source>&amp;Import register…</source>
        <translation>&amp;Import register…</translation>
    </message>
    <message>
        <source>Add cases from a register file</source>
        <translation>Add cases from a register file</translation>
    </message>
    <message>
        <source>&amp;Export year…</source>
        <translation>&amp;Export year…</translation>
    </message>
    <message>
        <source>Export the anonymised counts of a year</source>
        <translation>Export the anonymised counts of a year</translation>
    </message>
    <message>
        <source>Coordinator: &amp;merge exports…</source>
        <translation>Coordinator: &amp;merge exports…</translation>
    </message>
    <message>
        <source>Open the coordinator&apos;s workspace: merge the confidants&apos; export files</source>
        <translation>Open the coordinator&apos;s workspace: merge the confidants&apos; export files</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified copy of the vault to a file</source>
        <translation>Write an encrypted, verified copy of the vault to a file</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Replace the vault with a backup, after checking the backup</source>
        <translation>Replace the vault with a backup, after checking the backup</translation>
    </message>
    <message>
        <source>Destroy e&amp;xpired cases…</source>
        <translation>Destroy e&amp;xpired cases…</translation>
    </message>
    <message>
        <source>Closed cases past the retention period: review and destroy them</source>
        <translation>Closed cases past the retention period: review and destroy them</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Audit trail…</translation>
    </message>
    <message>
        <source>When this vault was unlocked, exported, purged, backed up or restored</source>
        <translation>When this vault was unlocked, exported, purged, backed up or restored</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language, idle lock and retention</source>
        <translation>Language, idle lock and retention</translation>
    </message>
    <message>
        <source>&amp;Referral sheet…</source>
        <translation>&amp;Referral sheet…</translation>
    </message>
    <message>
        <source>Print who can help next, and how to reach them</source>
        <translation>Print who can help next, and how to reach them</translation>
    </message>
    <message>
        <source>Referral &amp;directory…</source>
        <translation>Referral &amp;directory…</translation>
    </message>
    <message>
        <source>Edit the desks and contact details on the referral sheets</source>
        <translation>Edit the desks and contact details on the referral sheets</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Close the vault and ask for the passphrase again</source>
        <translation>Close the vault and ask for the passphrase again</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Close the vault and quit</source>
        <translation>Close the vault and quit</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Search by alias or case number</source>
        <translation>Search by alias or case number</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Clear filters</translation>
    </message>
    <message>
        <source>Show all cases again</source>
        <translation>Show all cases again</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the case list again</source>
        <translation>Read the case list again</translation>
    </message>
    <message>
        <source>&amp;About Confidant</source>
        <translation>&amp;About Confidant</translation>
    </message>
    <message>
        <source>Cases: {shown} of {total} shown · {open} open</source>
        <translation>Cases: {shown} of {total} shown · {open} open</translation>
    </message>
    <message>
        <source>About Confidant</source>
        <translation>About Confidant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Confidant {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline, encrypted case log for Defence confidants. It opens no network connection, and only anonymised counts leave this computer, when you export them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Confidant {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline, encrypted case log for Defence confidants. It opens no network connection, and only anonymised counts leave this computer, when you export them.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vault: {name} ({unit})</source>
        <translation>Vault: {name} ({unit})</translation>
    </message>
    <message>
        <source>Demo: made-up cases, deleted when you quit</source>
        <translation>Demo: made-up cases, deleted when you quit</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Destroy cases past the retention period</source>
        <translation>Destroy cases past the retention period</translation>
    </message>
    <message>
        <source>A purge destroys the notes, alias, case number and exact dates of the cases below for good, and deletes the automatic backups made before it. It keeps their coded outline (year and quarter, unit, role, categories, referrals and outcomes), so the figures of an exported year stay the same.</source>
        <translation>A purge destroys the notes, alias, case number and exact dates of the cases below for good, and deletes the automatic backups made before it. It keeps their coded outline (year and quarter, unit, role, categories, referrals and outcomes), so the figures of an exported year stay the same.</translation>
    </message>
    <message>
        <source>Cases due for destruction</source>
        <translation>Cases due for destruction</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Closed cases past the retention period</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Case number</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <source>Year exported on</source>
        <translation>Year exported on</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Due since</translation>
    </message>
    <message>
        <source>Result of the purge</source>
        <translation>Result of the purge</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Destroy cases</source>
        <translation>Destroy cases</translation>
    </message>
    <message>
        <source>Destroy these {count} cases for good?</source>
        <translation>Destroy these {count} cases for good?</translation>
    </message>
    <message>
        <source>Destroy this case for good?</source>
        <translation>Destroy this case for good?</translation>
    </message>
    <message>
        <source>This cannot be undone. Backups you saved yourself before now still hold these cases: delete them too.</source>
        <translation>This cannot be undone. Backups you saved yourself before now still hold these cases: delete them too.</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Destroy</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Nothing was destroyed: {reason}</source>
        <translation>Nothing was destroyed: {reason}</translation>
    </message>
    <message>
        <source>Cases destroyed: {count}. Their coded outline stays for the yearly figures.</source>
        <translation>Cases destroyed: {count}. Their coded outline stays for the yearly figures.</translation>
    </message>
    <message>
        <source>&amp;Destroy ({count})…</source>
        <translation>&amp;Destroy ({count})…</translation>
    </message>
    <message>
        <source>Backups deleted because they still held these cases: {count}.</source>
        <translation>Backups deleted because they still held these cases: {count}.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached; its backups made before this purge are deleted at the next automatic backup.</source>
        <translation>The backup folder {folder} cannot be reached; its backups made before this purge are deleted at the next automatic backup.</translation>
    </message>
    <message>
        <source>Backups you saved yourself before now still hold these cases: delete them.</source>
        <translation>Backups you saved yourself before now still hold these cases: delete them.</translation>
    </message>
    <message>
        <source>Closed cases past the retention period ({months} months after closing, their year exported): {count}.</source>
        <translation>Closed cases past the retention period ({months} months after closing, their year exported): {count}.</translation>
    </message>
    <message>
        <source>No closed cases are past the retention period ({months} months after closing, their year exported).</source>
        <translation>No closed cases are past the retention period ({months} months after closing, their year exported).</translation>
    </message>
</context>
<context>
    <name>ReferralSheetDialog</name>
    <message>
        <source>Referral sheet</source>
        <translation>Referral sheet</translation>
    </message>
    <message>
        <source>A one-page sheet to hand over or pin up: who can help next, and how to reach them. It shows nothing of a case.</source>
        <translation>A one-page sheet to hand over or pin up: who can help next, and how to reach them. It shows nothing of a case.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>For whom</translation>
    </message>
    <message>
        <source>The person I am &amp;helping</source>
        <translation>The person I am &amp;helping</translation>
    </message>
    <message>
        <source>A &amp;manager (what to do, whom to consult)</source>
        <translation>A &amp;manager (what to do, whom to consult)</translation>
    </message>
    <message>
        <source>&amp;Desks on the sheet:</source>
        <translation>&amp;Desks on the sheet:</translation>
    </message>
    <message>
        <source>Desks on the sheet</source>
        <translation>Desks on the sheet</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>Sheet &amp;language:</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Language of the sheet</translation>
    </message>
    <message>
        <source>La&amp;rge print</source>
        <translation>La&amp;rge print</translation>
    </message>
    <message>
        <source>&amp;Edit referral directory…</source>
        <translation>&amp;Edit referral directory…</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Preview of the sheet</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>The local referral directory could not be used, so the shipped one is shown. {problem}</source>
        <translation>The local referral directory could not be used, so the shipped one is shown. {problem}</translation>
    </message>
    <message>
        <source>Choose at least one desk.</source>
        <translation>Choose at least one desk.</translation>
    </message>
    <message>
        <source>This does not fit on one page. Choose fewer desks, or turn off large print.</source>
        <translation>This does not fit on one page. Choose fewer desks, or turn off large print.</translation>
    </message>
    <message>
        <source>Shrunk to {percent}% to fit on one page; fewer desks give larger print.</source>
        <translation>Shrunk to {percent}% to fit on one page; fewer desks give larger print.</translation>
    </message>
    <message>
        <source>Save the referral sheet</source>
        <translation>Save the referral sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Not printed</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Exact working view (not for publication)</source>
        <translation>&amp;Exact working view (not for publication)</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>&amp;Hide counts below:</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Hide counts below</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Earlier years beside it</source>
        <translation>Earlier years beside it</translation>
    </message>
    <message>
        <source>Earlier years&apos; merged files</source>
        <translation>Earlier years&apos; merged files</translation>
    </message>
    <message>
        <source>&amp;Add year…</source>
        <translation>&amp;Add year…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Top 3 per group</source>
        <translation>Top 3 per group</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>No figures yet: add export files on the Files page.</source>
        <translation>No figures yet: add export files on the Files page.</translation>
    </message>
    <message>
        <source>{cases} cases · {conversations} conversations · {hours} hours · {sources} sources</source>
        <translation>{cases} cases · {conversations} conversations · {hours} hours · {sources} sources</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Replace the vault with a backup. The backup is checked first; nothing is replaced unless it opens with its passphrase and passes every check.</source>
        <translation>Replace the vault with a backup. The backup is checked first; nothing is replaced unless it opens with its passphrase and passes every check.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Backup file</translation>
    </message>
    <message>
        <source>Choose a backup (.db)</source>
        <translation>Choose a backup (.db)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Choose a backup file</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>Its &amp;passphrase:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Passphrase of the backup</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>Chec&amp;k</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>Check the backup</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>The passphrase the vault had when the backup was made.</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>What the backup holds</translation>
    </message>
    <message>
        <source>Restoring locks the vault and replaces it: cases added or changed since the backup are lost, and a backup older than the last purge brings destroyed cases back. Afterwards, unlock the vault with the backup&apos;s passphrase.</source>
        <translation>Restoring locks the vault and replaces it: cases added or changed since the backup are lost, and a backup older than the last purge brings destroyed cases back. Afterwards, unlock the vault with the backup&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Type the passphrase of this backup.</source>
        <translation>Type the passphrase of this backup.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>Checking the backup…</translation>
    </message>
    <message>
        <source>Cases in the backup: {cases}.</source>
        <translation>Cases in the backup: {cases}.</translation>
    </message>
    <message>
        <source>Cases in the backup: {cases}, and the coded outlines of destroyed cases: {purged}.</source>
        <translation>Cases in the backup: {cases}, and the coded outlines of destroyed cases: {purged}.</translation>
    </message>
    <message>
        <source>Schema {schema}, {size} KB, last written {when}.</source>
        <translation>Schema {schema}, {size} KB, last written {when}.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Every check passed.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup, or the file is damaged. A backup keeps the passphrase the vault had when it was made.</source>
        <translation>This passphrase does not open the backup, or the file is damaged. A backup keeps the passphrase the vault had when it was made.</translation>
    </message>
    <message>
        <source>The backup did not pass the checks: it is damaged. Nothing was changed.</source>
        <translation>The backup did not pass the checks: it is damaged. Nothing was changed.</translation>
    </message>
    <message>
        <source>There is no file at this location.</source>
        <translation>There is no file at this location.</translation>
    </message>
    <message>
        <source>Replace the vault with this backup?</source>
        <translation>Replace the vault with this backup?</translation>
    </message>
    <message>
        <source>The vault is locked first. Cases added or changed since the backup are lost.</source>
        <translation>The vault is locked first. Cases added or changed since the backup are lost.</translation>
    </message>
    <message>
        <source>&amp;Replace the vault</source>
        <translation>&amp;Replace the vault</translation>
    </message>
    <message>
        <source>Vault to replace: {file} in the folder {folder}</source>
        <translation>Vault to replace: {file} in the folder {folder}</translation>
    </message>
    <message>
        <source>There is no vault here yet: the backup becomes {file} in the folder {folder}</source>
        <translation>There is no vault here yet: the backup becomes {file} in the folder {folder}</translation>
    </message>
    <message>
        <source>Put a backup in the place of a vault that is damaged or lost. The backup is checked first; nothing is replaced unless it opens with its passphrase and passes every check.</source>
        <translation>Put a backup in the place of a vault that is damaged or lost. The backup is checked first; nothing is replaced unless it opens with its passphrase and passes every check.</translation>
    </message>
    <message>
        <source>The restored vault holds what the backup holds and opens with the passphrase the backup was made with.</source>
        <translation>The restored vault holds what the backup holds and opens with the passphrase the backup was made with.</translation>
    </message>
    <message>
        <source>The file there now is not deleted, since no one has seen what it holds: it is kept beside the vault as {kept} until the next purge.</source>
        <translation>The file there now is not deleted, since no one has seen what it holds: it is kept beside the vault as {kept} until the next purge.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Replace {file} with this backup?</source>
        <translation>Replace {file} with this backup?</translation>
    </message>
    <message>
        <source>The file there now is not deleted: it is kept beside the vault as {kept} until the next purge.</source>
        <translation>The file there now is not deleted: it is kept beside the vault as {kept} until the next purge.</translation>
    </message>
    <message>
        <source>Put this backup in place as {file}?</source>
        <translation>Put this backup in place as {file}?</translation>
    </message>
    <message>
        <source>Afterwards, unlock the vault with the backup&apos;s passphrase.</source>
        <translation>Afterwards, unlock the vault with the backup&apos;s passphrase.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restoring the backup…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <source>Confidant backups (*.db);;All files (*)</source>
        <translation>Confidant backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The vault was restored from the backup and checked. Unlock it with the backup&apos;s passphrase. If the backup is older than your last purge, destroy the expired cases again (Vault menu).</source>
        <translation>The vault was restored from the backup and checked. Unlock it with the backup&apos;s passphrase. If the backup is older than your last purge, destroy the expired cases again (Vault menu).</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Nothing was restored: {reason}</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Expected sources</source>
        <translation>Expected sources</translation>
    </message>
    <message>
        <source>One source a line: the label a confidant chose for the export, or the source id. Text after # is a comment.</source>
        <translation>One source a line: the label a confidant chose for the export, or the source id. Text after # is a comment.</translation>
    </message>
    <message>
        <source>Expected sources, one a line</source>
        <translation>Expected sources, one a line</translation>
    </message>
    <message>
        <source>&amp;Load list…</source>
        <translation>&amp;Load list…</translation>
    </message>
    <message>
        <source>Sa&amp;ve list…</source>
        <translation>Sa&amp;ve list…</translation>
    </message>
    <message>
        <source>Add &amp;sources not on the list</source>
        <translation>Add &amp;sources not on the list</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <source>Missing sources</source>
        <translation>Missing sources</translation>
    </message>
    <message>
        <source>Delivered, not on the list:</source>
        <translation>Delivered, not on the list:</translation>
    </message>
    <message>
        <source>Delivered sources not on the list</source>
        <translation>Delivered sources not on the list</translation>
    </message>
    <message>
        <source>&amp;Print delivery list…</source>
        <translation>&amp;Print delivery list…</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Load a list of expected sources</source>
        <translation>Load a list of expected sources</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Text files (*.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Save the list of expected sources</source>
        <translation>Save the list of expected sources</translation>
    </message>
    <message>
        <source>The list could not be saved ({reason}).</source>
        <translation>The list could not be saved ({reason}).</translation>
    </message>
    <message>
        <source>Missing ({n}):</source>
        <translation>Missing ({n}):</translation>
    </message>
    <message>
        <source>Delivered, not on the list ({n}):</source>
        <translation>Delivered, not on the list ({n}):</translation>
    </message>
    <message>
        <source>No list yet</source>
        <translation>No list yet</translation>
    </message>
    <message>
        <source>Type or load the sources you expect to see who is missing.</source>
        <translation>Type or load the sources you expect to see who is missing.</translation>
    </message>
    <message>
        <source>{delivered} of {expected} delivered</source>
        <translation>{delivered} of {expected} delivered</translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>The language of menus, windows and labels.</source>
        <translation>The language of menus, windows and labels.</translation>
    </message>
    <message>
        <source>Lock after (minutes idle)</source>
        <translation>Lock after (minutes idle)</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without keyboard or mouse.</source>
        <translation>The vault locks itself after this many minutes without keyboard or mouse.</translation>
    </message>
    <message>
        <source>Unit of new cases</source>
        <translation>Unit of new cases</translation>
    </message>
    <message>
        <source>Filled in for every new case; you can change it in the case.</source>
        <translation>Filled in for every new case; you can change it in the case.</translation>
    </message>
    <message>
        <source>Keep closed cases (months)</source>
        <translation>Keep closed cases (months)</translation>
    </message>
    <message>
        <source>A closed case is due for destruction once its year has been exported and this many months have passed since it was closed.</source>
        <translation>A closed case is due for destruction once its year has been exported and this many months have passed since it was closed.</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Automatic backups to keep</translation>
    </message>
    <message>
        <source>The newest this many automatic backups are kept; older ones are deleted. A purge also deletes every backup made before it.</source>
        <translation>The newest this many automatic backups are kept; older ones are deleted. A purge also deletes every backup made before it.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Folder for automatic backups</translation>
    </message>
    <message>
        <source>A full path; left empty, a folder named backups beside the vault. A folder on another disk also survives the loss of this one.</source>
        <translation>A full path; left empty, a folder named backups beside the vault. A folder on another disk also survives the loss of this one.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>These settings are kept on this computer, outside the vault.</source>
        <translation>These settings are kept on this computer, outside the vault.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>(the unit of the vault)</source>
        <translation>(the unit of the vault)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>The settings file could not be read ({problem}), so the default settings are used for what could not be read. Choosing OK in Settings writes a new file.</source>
        <translation>The settings file could not be read ({problem}), so the default settings are used for what could not be read. Choosing OK in Settings writes a new file.</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}); they apply until you quit.</source>
        <translation>The settings could not be saved ({reason}); they apply until you quit.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <source>The automatic backup could not be made. {reason} Back up by hand (Vault menu) once the problem is solved.</source>
        <translation>The automatic backup could not be made. {reason} Back up by hand (Vault menu) once the problem is solved.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <source>Open your vault</source>
        <translation>Open your vault</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation>Open &amp;another vault…</translation>
    </message>
    <message>
        <source>Put a backup in the place of a vault that is damaged or lost</source>
        <translation>Put a backup in the place of a vault that is damaged or lost</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Restore a &amp;backup…</translation>
    </message>
    <message>
        <source>Merge the confidants&apos; export files: no vault needed</source>
        <translation>Merge the confidants&apos; export files: no vault needed</translation>
    </message>
    <message>
        <source>Coordinator: &amp;merge exports…</source>
        <translation>Coordinator: &amp;merge exports…</translation>
    </message>
    <message>
        <source>Restored from the backup {file}. Unlock it with the passphrase the backup was made with.</source>
        <translation>Restored from the backup {file}. Unlock it with the passphrase the backup was made with.</translation>
    </message>
    <message>
        <source>The file it replaced is kept beside it as {kept} until the next purge.</source>
        <translation>The file it replaced is kept beside it as {kept} until the next purge.</translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation>Type the passphrase of this vault.</translation>
    </message>
    <message>
        <source>If this is your vault, it is damaged: “{button}” puts a backup in its place.</source>
        <translation>If this is your vault, it is damaged: “{button}” puts a backup in its place.</translation>
    </message>
    <message>
        <source>If your vault was lost, “{button}” puts a backup here.</source>
        <translation>If your vault was lost, “{button}” puts a backup here.</translation>
    </message>
    <message>
        <source>Sure of the passphrase? Then the file may be damaged: “{button}” puts a backup in its place.</source>
        <translation>Sure of the passphrase? Then the file may be damaged: “{button}” puts a backup in its place.</translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation>Open another vault</translation>
    </message>
    <message>
        <source>Confidant vaults (*.db);;All files (*)</source>
        <translation>Confidant vaults (*.db);;All files (*)</translation>
    </message>
    <message>
        <source>Vault {file} in the folder {folder}</source>
        <translation>Vault {file} in the folder {folder}</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Demo: the passphrase of this throwaway vault is {passphrase}</source>
        <translation>Demo: the passphrase of this throwaway vault is {passphrase}</translation>
    </message>
</context>
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Add export files</source>
        <translation>Add export files</translation>
    </message>
    <message>
        <source>Export files (*.json);;All files (*)</source>
        <translation>Export files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Add every export file in a folder</source>
        <translation>Add every export file in a folder</translation>
    </message>
    <message>
        <source>Add an earlier year&apos;s merged file</source>
        <translation>Add an earlier year&apos;s merged file</translation>
    </message>
    <message>
        <source>Merged files (*.json);;All files (*)</source>
        <translation>Merged files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Open workspace</translation>
    </message>
    <message>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>Workspaces (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Save workspace</translation>
    </message>
    <message>
        <source>workspace.json</source>
        <translation>workspace.json</translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation>Workspaces (*.json)</translation>
    </message>
    <message>
        <source>Coordinator&apos;s workspace</source>
        <translation>Coordinator&apos;s workspace</translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved. Discard them?</source>
        <translation>The workspace has changes that are not saved. Discard them?</translation>
    </message>
    <message>
        <source>Save the workspace (its list of files and the roster) before closing?</source>
        <translation>Save the workspace (its list of files and the roster) before closing?</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <source>Save merged file</source>
        <translation>Save merged file</translation>
    </message>
    <message>
        <source>Merged files (*.json)</source>
        <translation>Merged files (*.json)</translation>
    </message>
    <message>
        <source>Saved {file}: {cases} cases from {sources} sources</source>
        <translation>Saved {file}: {cases} cases from {sources} sources</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Save workbook</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved {file} (published view: small counts hidden)</source>
        <translation>Saved {file} (published view: small counts hidden)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WorkspaceCharts</name>
    <message>
        <source>Cases by primary category, {year}</source>
        <translation>Cases by primary category, {year}</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>Cases per year</translation>
    </message>
</context>
<context>
    <name>WorkspaceOutput</name>
    <message>
        <source>Save merged file</source>
        <translation>Save merged file</translation>
    </message>
    <message>
        <source>{file} is one of the collected files; choose another name.</source>
        <translation>{file} is one of the collected files; choose another name.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} could not be written ({reason}).</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Save workbook</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
</TS>
