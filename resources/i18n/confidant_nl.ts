<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>CaseList</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Year first opened</source>
        <translation>Jaar van eerste contact</translation>
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
        <translation>Alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegorie:</translation>
    </message>
    <message>
        <source>Category group or code</source>
        <translation>Categoriegroep of code</translation>
    </message>
    <message>
        <source>Search by alias or case number</source>
        <translation>Zoeken op alias of casusnummer</translation>
    </message>
    <message>
        <source>Search alias or case number</source>
        <translation>Zoek op alias of casusnummer</translation>
    </message>
    <message>
        <source>Clear &amp;filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <source>No cases match these filters.</source>
        <translation>Geen casussen die aan deze filters voldoen.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>No cases in this vault yet.</source>
        <translation>Nog geen casussen in deze kluis.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle categorieën</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geopend</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>Hoofdcategorie</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>gesloten</translation>
    </message>
    <message>
        <source>Excluded from statistics</source>
        <translation>Niet meegeteld in de statistiek</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Gesloten op {date}</translation>
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
        <translation>De wachtzin klopt niet, of het kluisbestand is beschadigd. Controleer Caps Lock en probeer het nog eens.</translation>
    </message>
    <message>
        <source>This vault is open in another window or program. Close it there first.</source>
        <translation>Deze kluis is open in een ander venster of programma. Sluit hem daar eerst.</translation>
    </message>
    <message>
        <source>There is no vault at this location.</source>
        <translation>Op deze plek staat geen kluis.</translation>
    </message>
    <message>
        <source>This file is not a Confidant vault.</source>
        <translation>Dit bestand is geen Confidant-kluis.</translation>
    </message>
    <message>
        <source>A file already exists at this location; it was not touched. Choose another location, or open that vault.</source>
        <translation>Op deze plek staat al een bestand; het is niet aangeraakt. Kies een andere plek, of open die kluis.</translation>
    </message>
    <message>
        <source>The vault or its folder cannot be written to. Copy the vault to a folder you can write to.</source>
        <translation>In de kluis of de map ervan kan niet worden geschreven. Kopieer de kluis naar een map waarin je kunt schrijven.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Confidant. Update the application.</source>
        <translation>Deze kluis is gemaakt met een nieuwere versie van Confidant. Werk de toepassing bij.</translation>
    </message>
    <message>
        <source>The vault could not be written (is the disk full?). Nothing was saved.</source>
        <translation>De kluis kon niet worden geschreven (is de schijf vol?). Er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>De wachtzin is leeg.</translation>
    </message>
    <message>
        <source>the log</source>
        <translation>het logboek</translation>
    </message>
    <message>
        <source>Something went wrong inside Confidant. Your saved cases are safe in the vault. Details were written to {log}.</source>
        <translation>Er ging iets mis in Confidant. Je opgeslagen casussen zijn veilig in de kluis. De details staan in {log}.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Onverwachte fout</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Confidant</source>
        <translation>Welkom bij Confidant</translation>
    </message>
    <message>
        <source>Set up your vault</source>
        <translation>Je kluis instellen</translation>
    </message>
    <message>
        <source>Confidant keeps your cases and conversations in one encrypted vault on this computer; only anonymised counts ever leave it, and only when you export them. The vault opens with your passphrase alone: a forgotten passphrase cannot be recovered by anyone, so write it down and keep it safe.</source>
        <translation>Confidant bewaart je casussen en gesprekken in één versleutelde kluis op deze computer; alleen geanonimiseerde aantallen verlaten hem, en alleen als jij ze exporteert. De kluis gaat alleen open met jouw wachtzin: niemand kan een vergeten wachtzin terughalen, dus schrijf hem op en bewaar hem veilig.</translation>
    </message>
    <message>
        <source>About the vault</source>
        <translation>Over de kluis</translation>
    </message>
    <message>
        <source>Defence &amp;unit:</source>
        <translation>Defensie&amp;onderdeel:</translation>
    </message>
    <message>
        <source>Defence unit</source>
        <translation>Defensieonderdeel</translation>
    </message>
    <message>
        <source>&amp;Label (optional):</source>
        <translation>&amp;Label (optioneel):</translation>
    </message>
    <message>
        <source>Label (optional)</source>
        <translation>Label (optioneel)</translation>
    </message>
    <message>
        <source>for example: confidant Den Helder</source>
        <translation>bijvoorbeeld: VP Den Helder</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Wachtzin herhalen</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtzin</translation>
    </message>
    <message>
        <source>Use at least 12 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Gebruik minstens 12 tekens. Een paar losse woorden zijn makkelijk te onthouden en moeilijk te raden.</translation>
    </message>
    <message>
        <source>Vault &amp;location:</source>
        <translation>&amp;Plek van de kluis:</translation>
    </message>
    <message>
        <source>Vault location</source>
        <translation>Plek van de kluis</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Choose the vault location</source>
        <translation>Kies de plek van de kluis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>zwak</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>matig</translation>
    </message>
    <message>
        <source>good</source>
        <translation>goed</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>sterk</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtzinnen verschillen.</translation>
    </message>
    <message>
        <source>Where to keep the vault</source>
        <translation>Plek voor de kluis</translation>
    </message>
    <message>
        <source>Confidant vaults (*.db)</source>
        <translation>Confidant-kluizen (*.db)</translation>
    </message>
    <message>
        <source>Choose your unit</source>
        <translation>Kies je onderdeel</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation>Kluis &amp;aanmaken</translation>
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
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Casus</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nieuwe casus…</translation>
    </message>
    <message>
        <source>Log a new case</source>
        <translation>Een nieuwe casus vastleggen</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>Casus &amp;openen</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>De gekozen casus openen</translation>
    </message>
    <message>
        <source>&amp;Import register…</source>
        <translation>&amp;Register importeren…</translation>
    </message>
    <message>
        <source>Add cases from a register file</source>
        <translation>Casussen toevoegen uit een registerbestand</translation>
    </message>
    <message>
        <source>&amp;Export year…</source>
        <translation>Jaar &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export the anonymised counts of a year</source>
        <translation>De geanonimiseerde aantallen van een jaar exporteren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>Language, idle lock and retention</source>
        <translation>Taal, automatisch vergrendelen en bewaartermijn</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Close the vault and ask for the passphrase again</source>
        <translation>De kluis sluiten en opnieuw om de wachtzin vragen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Close the vault and quit</source>
        <translation>De kluis sluiten en afsluiten</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>Search by alias or case number</source>
        <translation>Zoeken op alias of casusnummer</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>&amp;Filters wissen</translation>
    </message>
    <message>
        <source>Show all cases again</source>
        <translation>Weer alle casussen tonen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Read the case list again</source>
        <translation>De lijst met casussen opnieuw lezen</translation>
    </message>
    <message>
        <source>&amp;About Confidant</source>
        <translation>&amp;Over Confidant</translation>
    </message>
    <message>
        <source>Cases: {shown} of {total} shown · {open} open</source>
        <translation>Casussen: {shown} van {total} getoond · {open} open</translation>
    </message>
    <message>
        <source>About Confidant</source>
        <translation>Over Confidant</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Confidant {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;An offline, encrypted case log for Defence confidants. It opens no network connection, and only anonymised counts leave this computer, when you export them.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Confidant {version}&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Een offline, versleuteld casuslogboek voor vertrouwenspersonen van Defensie. Het maakt nooit verbinding met een netwerk, en alleen geanonimiseerde aantallen verlaten deze computer, als jij ze exporteert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Vault: {name} ({unit})</source>
        <translation>Kluis: {name} ({unit})</translation>
    </message>
    <message>
        <source>Demo: made-up cases, deleted when you quit</source>
        <translation>Demo: verzonnen casussen, verdwijnen bij afsluiten</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock vault</source>
        <translation>Kluis ontgrendelen</translation>
    </message>
    <message>
        <source>Open your vault</source>
        <translation>Open je kluis</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation>Andere &amp;kluis openen…</translation>
    </message>
    <message>
        <source>Coordinator: &amp;merge exports…</source>
        <translation>Coördinator: exports &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation>Typ de wachtzin van deze kluis.</translation>
    </message>
    <message>
        <source>Open another vault</source>
        <translation>Andere kluis openen</translation>
    </message>
    <message>
        <source>Confidant vaults (*.db);;All files (*)</source>
        <translation>Confidant-kluizen (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Vault {file} in the folder {folder}</source>
        <translation>Kluis {file} in de map {folder}</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Demo: the passphrase of this throwaway vault is {passphrase}</source>
        <translation>Demo: de wachtzin van deze wegwerpkluis is {passphrase}</translation>
    </message>
</context>
</TS>
