<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>Demo</name>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Confidant</source>
        <translation>Confidant</translation>
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
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Language, idle lock and retention</source>
        <translation>Language, idle lock and retention</translation>
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
        <source>Open &amp;another vault…</source>
        <translation>Open &amp;another vault…</translation>
    </message>
    <message>
        <source>Coordinator: &amp;merge exports…</source>
        <translation>Coordinator: &amp;merge exports…</translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation>Type the passphrase of this vault.</translation>
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
</TS>
