<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AuditDialog</name>
    <message>
        <source>Audit trail of the vault</source>
        <translation>Logboek van de kluis</translation>
    </message>
    <message>
        <source>What was done with this vault, newest first: each unlock, export, purge, passphrase change, backup, restore and import, with its time and outcome. It never holds case content or file names. A failed unlock is not recorded: the vault stays closed to it.</source>
        <translation>Wat er met deze kluis is gedaan, nieuwste eerst: elk ontgrendelen, exporteren, vernietigen, wijzigen van de wachtzin, maken en terugzetten van een back-up en importeren, met tijd en uitkomst. Het logboek bevat nooit inhoud van casussen of bestandsnamen. Een mislukte ontgrendeling staat er niet in: de kluis blijft daarvoor dicht.</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Regels van het logboek</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Gebeurtenis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Bijzonderheden</translation>
    </message>
    <message>
        <source>Number of entries</source>
        <translation>Aantal regels</translation>
    </message>
    <message>
        <source>Entries: {count}</source>
        <translation>Regels: {count}</translation>
    </message>
    <message>
        <source>Vault unlocked</source>
        <translation>Kluis ontgrendeld</translation>
    </message>
    <message>
        <source>Year exported</source>
        <translation>Jaar geëxporteerd</translation>
    </message>
    <message>
        <source>Cases destroyed</source>
        <translation>Casussen vernietigd</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Wachtzin gewijzigd</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation>Register geïmporteerd</translation>
    </message>
    <message>
        <source>done</source>
        <translation>gelukt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>year {year}</source>
        <translation>jaar {year}</translation>
    </message>
    <message>
        <source>revision {revision}</source>
        <translation>versie {revision}</translation>
    </message>
    <message>
        <source>cases: {count}</source>
        <translation>casussen: {count}</translation>
    </message>
    <message>
        <source>schema {version}</source>
        <translation>schemaversie {version}</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} kB</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup could not be written there: is the disk full, or the folder out of reach (a stick that is not plugged in)?</source>
        <translation>De back-up kon daar niet worden geschreven: is de schijf vol, of is de map niet bereikbaar (een USB-stick die niet in de computer zit)?</translation>
    </message>
    <message>
        <source>The copy did not pass its checks, so it was deleted.</source>
        <translation>De kopie doorstond de controles niet en is daarom verwijderd.</translation>
    </message>
    <message>
        <source>A file of that name exists already; it was not replaced.</source>
        <translation>Er bestaat al een bestand met die naam; het is niet vervangen.</translation>
    </message>
</context>
<context>
    <name>CareActions</name>
    <message>
        <source>Last backup</source>
        <translation>Laatste back-up</translation>
    </message>
    <message>
        <source>the last attempt failed</source>
        <translation>de laatste poging is mislukt</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Nog geen back-up</translation>
    </message>
    <message>
        <source>Last backup: today at {time}</source>
        <translation>Laatste back-up: vandaag om {time}</translation>
    </message>
    <message>
        <source>Last backup: yesterday</source>
        <translation>Laatste back-up: gisteren</translation>
    </message>
    <message>
        <source>Last backup: {days} days ago</source>
        <translation>Laatste back-up: {days} dagen geleden</translation>
    </message>
    <message>
        <source>Back up the vault</source>
        <translation>Back-up van de kluis maken</translation>
    </message>
    <message>
        <source>Confidant backups (*.db);;All files (*)</source>
        <translation>Confidant-back-ups (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>No backup was written. {reason}</source>
        <translation>Er is geen back-up geschreven. {reason}</translation>
    </message>
    <message>
        <source>Backup written and verified: {file} ({size} KB, cases: {cases}). It opens with the passphrase the vault has now. Keep it somewhere safe: a purge does not delete backups you saved yourself.</source>
        <translation>Back-up geschreven en gecontroleerd: {file} ({size} kB, casussen: {cases}). Hij opent met de wachtzin die de kluis nu heeft. Bewaar hem op een veilige plek: bij vernietiging van casussen worden back-ups die u zelf hebt opgeslagen niet verwijderd.</translation>
    </message>
    <message>
        <source>Closed cases past the retention period: {count}. Their year has been exported and they were closed more than {months} months ago.</source>
        <translation>Gesloten casussen over de bewaartermijn: {count}. Hun jaar is geëxporteerd en ze zijn meer dan {months} maanden geleden gesloten.</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Delete case</source>
        <translation>Casus verwijderen</translation>
    </message>
    <message>
        <source>Delete case {number}?</source>
        <translation>Casus {number} verwijderen?</translation>
    </message>
    <message>
        <source>Its conversations and notes are deleted with it. This cannot be undone.</source>
        <translation>De gesprekken en notities gaan mee. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>A new case that was not saved yet was discarded.</source>
        <translation>Een nieuwe casus die nog niet was opgeslagen, is weggegooid.</translation>
    </message>
    <message>
        <source>Unsaved changes to case {number} were discarded.</source>
        <translation>Niet-opgeslagen wijzigingen in casus {number} zijn weggegooid.</translation>
    </message>
    <message>
        <source>Vault was locked</source>
        <translation>De kluis is vergrendeld</translation>
    </message>
    <message>
        <source>The vault locked itself while a case was open. Everything saved before is unchanged.</source>
        <translation>De kluis vergrendelde zichzelf terwijl er een casus open stond. Alles wat eerder was opgeslagen, is onveranderd.</translation>
    </message>
</context>
<context>
    <name>CaseEditor</name>
    <message>
        <source>Case</source>
        <translation>Casus</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Casusnummer:</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>assigned when saved</source>
        <translation>wordt bij opslaan toegekend</translation>
    </message>
    <message>
        <source>Problem with the case number</source>
        <translation>Probleem met het casusnummer</translation>
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
        <translation>nooit een echte naam</translation>
    </message>
    <message>
        <source>Problem with the alias</source>
        <translation>Probleem met de alias</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Onderdeel:</translation>
    </message>
    <message>
        <source>Defence unit</source>
        <translation>Defensieonderdeel</translation>
    </message>
    <message>
        <source>Problem with the unit</source>
        <translation>Probleem met het onderdeel</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Role of the person</source>
        <translation>Rol van de persoon</translation>
    </message>
    <message>
        <source>Problem with the role</source>
        <translation>Probleem met de rol</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>Pos&amp;itie:</translation>
    </message>
    <message>
        <source>Position in the matter</source>
        <translation>Positie in de kwestie</translation>
    </message>
    <message>
        <source>Problem with the position</source>
        <translation>Probleem met de positie</translation>
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
        <translation>Probleem met het gender</translation>
    </message>
    <message>
        <source>&amp;First contact:</source>
        <translation>&amp;Eerste contact:</translation>
    </message>
    <message>
        <source>Date of first contact</source>
        <translation>Datum van het eerste contact</translation>
    </message>
    <message>
        <source>Problem with the date of first contact</source>
        <translation>Probleem met de datum van het eerste contact</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>Gesloten o&amp;p:</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Casus gesloten</translation>
    </message>
    <message>
        <source>Closing date</source>
        <translation>Datum van sluiten</translation>
    </message>
    <message>
        <source>Problem with the closing date</source>
        <translation>Probleem met de datum van sluiten</translation>
    </message>
    <message>
        <source>E&amp;xclude from statistics</source>
        <translation>&amp;Buiten de statistiek laten</translation>
    </message>
    <message>
        <source>Exclude from statistics</source>
        <translation>Buiten de statistiek laten</translation>
    </message>
    <message>
        <source>For test entries and withdrawn cases: kept in the vault, never counted</source>
        <translation>Voor proefinvoer en ingetrokken casussen: blijft in de kluis, telt nooit mee</translation>
    </message>
    <message>
        <source>Ca&amp;tegories</source>
        <translation>Ca&amp;tegorieën</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Tick every category that applies; Space ticks the current one</source>
        <translation>Vink elke categorie aan die past; de spatiebalk vinkt de huidige aan</translation>
    </message>
    <message>
        <source>Problem with the categories</source>
        <translation>Probleem met de categorieën</translation>
    </message>
    <message>
        <source>Pri&amp;mary:</source>
        <translation>&amp;Hoofdcategorie:</translation>
    </message>
    <message>
        <source>Primary category</source>
        <translation>Hoofdcategorie</translation>
    </message>
    <message>
        <source>Referre&amp;d to</source>
        <translation>&amp;Verwezen naar</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>Tick every place the person was referred to</source>
        <translation>Vink elke plek aan waarnaar de persoon is verwezen</translation>
    </message>
    <message>
        <source>Print referral &amp;sheet…</source>
        <translation>Verwijsblad &amp;afdrukken…</translation>
    </message>
    <message>
        <source>A sheet with the ticked desks and how to reach them; nothing of this case is on it</source>
        <translation>Een blad met de aangevinkte loketten en hoe je ze bereikt; er staat niets van deze casus op</translation>
    </message>
    <message>
        <source>Print referral sheet</source>
        <translation>Verwijsblad afdrukken</translation>
    </message>
    <message>
        <source>Problem with the referrals</source>
        <translation>Probleem met de verwijzingen</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Tick every outcome that applies</source>
        <translation>Vink elke uitkomst aan die past</translation>
    </message>
    <message>
        <source>Problem with the outcomes</source>
        <translation>Probleem met de uitkomsten</translation>
    </message>
    <message>
        <source>Con&amp;versations</source>
        <translation>Gespre&amp;kken</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Date of the conversation</source>
        <translation>Datum van het gesprek</translation>
    </message>
    <message>
        <source>Channel of the conversation</source>
        <translation>Kanaal van het gesprek</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Add conversation</source>
        <translation>Gesprek toevoegen</translation>
    </message>
    <message>
        <source>Add the conversation (Enter in these fields does the same)</source>
        <translation>Het gesprek toevoegen (Enter in deze velden doet hetzelfde)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijzigen</translation>
    </message>
    <message>
        <source>Change the selected conversation</source>
        <translation>Het gekozen gesprek wijzigen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected conversation</source>
        <translation>Het gekozen gesprek verwijderen</translation>
    </message>
    <message>
        <source>Problem with the conversations</source>
        <translation>Probleem met de gesprekken</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Eigen notities</translation>
    </message>
    <message>
        <source>Only for you: stays in the vault, never exported</source>
        <translation>Alleen voor jou: blijft in de kluis, wordt nooit geëxporteerd</translation>
    </message>
    <message>
        <source>Problem with the notes</source>
        <translation>Probleem met de notities</translation>
    </message>
    <message>
        <source>Ctrl+S saves · Esc cancels</source>
        <translation>Ctrl+S slaat op · Esc annuleert</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>De casus opslaan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Annuleren zonder op te slaan</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>This case has changes that are not saved yet.</source>
        <translation>Deze casus heeft wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Save them before closing?</source>
        <translation>Eerst opslaan?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kies…</translation>
    </message>
    <message>
        <source>Case {number}</source>
        <translation>Casus {number}</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nieuwe casus</translation>
    </message>
</context>
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
    <name>ChartsPage</name>
    <message>
        <source>Cases by primary category</source>
        <translation>Casussen naar hoofdcategorie</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>Casussen per jaar</translation>
    </message>
</context>
<context>
    <name>ConversationTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>CoordinatorWorkspace</name>
    <message>
        <source>Coordinator&apos;s workspace</source>
        <translation>Coördinatorwerkruimte</translation>
    </message>
    <message>
        <source>Not for publication</source>
        <translation>Niet voor publicatie</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Werkruimte</translation>
    </message>
    <message>
        <source>&amp;Files</source>
        <translation>&amp;Bestanden</translation>
    </message>
    <message>
        <source>&amp;Output</source>
        <translation>&amp;Uitvoer</translation>
    </message>
    <message>
        <source>Tool bar</source>
        <translation>Werkbalk</translation>
    </message>
    <message>
        <source>&amp;New workspace</source>
        <translation>&amp;Nieuwe werkruimte</translation>
    </message>
    <message>
        <source>Start again with no files</source>
        <translation>Opnieuw beginnen, zonder bestanden</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Werkruimte &amp;openen…</translation>
    </message>
    <message>
        <source>Open a saved workspace: its files, roster and year</source>
        <translation>Een bewaarde werkruimte openen: de bestanden, de lijst en het jaar</translation>
    </message>
    <message>
        <source>&amp;Save workspace</source>
        <translation>Werkruimte o&amp;pslaan</translation>
    </message>
    <message>
        <source>Save the list of files and the roster, to go on later</source>
        <translation>De lijst van bestanden en de verwachte bronnen bewaren, om later verder te gaan</translation>
    </message>
    <message>
        <source>Save workspace &amp;as…</source>
        <translation>Werkruimte opslaan &amp;als…</translation>
    </message>
    <message>
        <source>Save the workspace under another name</source>
        <translation>De werkruimte onder een andere naam opslaan</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close the coordinator&apos;s workspace</source>
        <translation>De coördinatorwerkruimte sluiten</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>&amp;Bestanden toevoegen…</translation>
    </message>
    <message>
        <source>Add export files of confidants or units</source>
        <translation>Exportbestanden van vertrouwenspersonen of onderdelen toevoegen</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>&amp;Map toevoegen…</translation>
    </message>
    <message>
        <source>Add every export file in a folder and its subfolders</source>
        <translation>Alle exportbestanden in een map en de submappen toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove selected files</source>
        <translation>Geselecteerde bestanden &amp;verwijderen</translation>
    </message>
    <message>
        <source>Take the selected files out of the workspace (the files stay on disk)</source>
        <translation>De geselecteerde bestanden uit de werkruimte halen (de bestanden zelf blijven staan)</translation>
    </message>
    <message>
        <source>Read all files &amp;again</source>
        <translation>Alle bestanden &amp;opnieuw lezen</translation>
    </message>
    <message>
        <source>Read every file again, for files changed on disk</source>
        <translation>Alle bestanden opnieuw lezen, voor bestanden die intussen zijn gewijzigd</translation>
    </message>
    <message>
        <source>Add an &amp;earlier year…</source>
        <translation>&amp;Eerder jaar toevoegen…</translation>
    </message>
    <message>
        <source>Set an earlier year&apos;s merged file beside this year</source>
        <translation>Het samengevoegde bestand van een eerder jaar naast dit jaar zetten</translation>
    </message>
    <message>
        <source>Save &amp;merged file…</source>
        <translation>&amp;Samengevoegd bestand opslaan…</translation>
    </message>
    <message>
        <source>Save the merged figures, to hand on or merge again at the next level</source>
        <translation>De samengevoegde aantallen opslaan, om door te geven of op het volgende niveau opnieuw samen te voegen</translation>
    </message>
    <message>
        <source>Save &amp;workbook (XLSX)…</source>
        <translation>&amp;Werkmap opslaan (XLSX)…</translation>
    </message>
    <message>
        <source>The published report as a workbook, small counts hidden</source>
        <translation>Het publicatierapport als werkmap, kleine aantallen verborgen</translation>
    </message>
    <message>
        <source>Save report as &amp;PDF…</source>
        <translation>Rapport als &amp;pdf opslaan…</translation>
    </message>
    <message>
        <source>The published report as PDF, small counts hidden</source>
        <translation>Het publicatierapport als pdf, kleine aantallen verborgen</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Rapport af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the published report, after a preview</source>
        <translation>Het publicatierapport afdrukken, na een voorbeeld</translation>
    </message>
    <message>
        <source>Print &amp;delivery list…</source>
        <translation>&amp;Aanleverlijst afdrukken…</translation>
    </message>
    <message>
        <source>Print who delivered and who is missing</source>
        <translation>Afdrukken wie heeft aangeleverd en wie ontbreekt</translation>
    </message>
    <message>
        <source>Files are being read; wait for them, or cancel.</source>
        <translation>Er worden bestanden gelezen; wacht daarop, of annuleer.</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>This workspace cannot be opened: {reason}</source>
        <translation>Deze werkruimte kan niet worden geopend: {reason}</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Werkruimte opslaan</translation>
    </message>
    <message>
        <source>Workspace saved: {file}</source>
        <translation>Werkruimte opgeslagen: {file}</translation>
    </message>
    <message>
        <source>These figures cannot be shown protected ({reason}).</source>
        <translation>Deze aantallen kunnen niet beschermd worden getoond ({reason}).</translation>
    </message>
    <message>
        <source>Cancelled; the workspace is as it was.</source>
        <translation>Geannuleerd; de werkruimte is zoals hij was.</translation>
    </message>
    <message>
        <source>Fi&amp;les ({n}, {refused} refused)</source>
        <translation>Be&amp;standen ({n}, {refused} geweigerd)</translation>
    </message>
    <message>
        <source>Fi&amp;les ({n})</source>
        <translation>Be&amp;standen ({n})</translation>
    </message>
    <message>
        <source>&amp;Delivery ({delivered} of {expected})</source>
        <translation>&amp;Aanlevering ({delivered} van {expected})</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>&amp;Aanlevering</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Rapport</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Grafieken</translation>
    </message>
    <message>
        <source>new workspace</source>
        <translation>nieuwe werkruimte</translation>
    </message>
    <message>
        <source>Coordinator&apos;s workspace — {name}</source>
        <translation>Coördinatorwerkruimte — {name}</translation>
    </message>
    <message>
        <source>NOT FOR PUBLICATION — {title}</source>
        <translation>NIET VOOR PUBLICATIE — {title}</translation>
    </message>
    <message>
        <source>NOT FOR PUBLICATION — exact working view: every count is exact, small ones included. Do not share or publish what you see here. The workbook and the printed report stay protected.</source>
        <translation>NIET VOOR PUBLICATIE — exacte werkweergave: alle aantallen zijn exact, ook de kleine. Deel of publiceer niet wat u hier ziet. De werkmap en het afgedrukte rapport blijven beschermd.</translation>
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
        <translation>Verwijsgids</translation>
    </message>
    <message>
        <source>The desks on referral sheets and how to reach them. Empty fields marked “to be filled in” are still placeholders: fill them in for your unit. This list is kept on this computer, outside the vault; it holds no case data.</source>
        <translation>De loketten op de verwijsbladen en hoe je ze bereikt. Lege velden met “nog in te vullen” zijn nog niet ingevuld: vul ze in voor je eenheid. Deze gids staat op deze computer, buiten de kluis; er staan geen casusgegevens in.</translation>
    </message>
    <message>
        <source>More &amp;information (QR code on the manager&apos;s sheet):</source>
        <translation>Meer &amp;informatie (QR-code op het blad voor leidinggevenden):</translation>
    </message>
    <message>
        <source>More information address</source>
        <translation>Adres voor meer informatie</translation>
    </message>
    <message>
        <source>Desks</source>
        <translation>Loketten</translation>
    </message>
    <message>
        <source>Name (&amp;Dutch):</source>
        <translation>Naam (&amp;Nederlands):</translation>
    </message>
    <message>
        <source>Name in Dutch</source>
        <translation>Naam in het Nederlands</translation>
    </message>
    <message>
        <source>Name (En&amp;glish):</source>
        <translation>Naam (&amp;Engels):</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Naam in het Engels</translation>
    </message>
    <message>
        <source>What they do (D&amp;utch),
one point a line:</source>
        <translation>Wat ze doen (Nederl&amp;ands),
één punt per regel:</translation>
    </message>
    <message>
        <source>What they do, in Dutch</source>
        <translation>Wat ze doen, in het Nederlands</translation>
    </message>
    <message>
        <source>What they do (&amp;English),
one point a line:</source>
        <translation>Wat ze doen (En&amp;gels),
één punt per regel:</translation>
    </message>
    <message>
        <source>&amp;How to reach them (Dutch):</source>
        <translation>&amp;Hoe bereik je ze (Nederlands):</translation>
    </message>
    <message>
        <source>Ho&amp;w to reach them (English):</source>
        <translation>Hoe &amp;bereik je ze (Engels):</translation>
    </message>
    <message>
        <source>Serves uni&amp;ts:</source>
        <translation>Voor &amp;onderdelen:</translation>
    </message>
    <message>
        <source>What they do, in English</source>
        <translation>Wat ze doen, in het Engels</translation>
    </message>
    <message>
        <source>How to reach them, in Dutch</source>
        <translation>Hoe je ze bereikt, in het Nederlands</translation>
    </message>
    <message>
        <source>How to reach them, in English</source>
        <translation>Hoe je ze bereikt, in het Engels</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>E-&amp;mail address:</source>
        <translation>E-&amp;mailadres:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>I&amp;ntranet page:</source>
        <translation>Int&amp;ranetpagina:</translation>
    </message>
    <message>
        <source>Intranet page</source>
        <translation>Intranetpagina</translation>
    </message>
    <message>
        <source>Units served</source>
        <translation>Onderdelen waarvoor het loket er is</translation>
    </message>
    <message>
        <source>&amp;Reset to the shipped directory…</source>
        <translation>Terug naar de meege&amp;leverde gids…</translation>
    </message>
    <message>
        <source>to be filled in</source>
        <translation>nog in te vullen</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>niet van toepassing</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Niet opgeslagen: {reason}</translation>
    </message>
    <message>
        <source>Reset the referral directory</source>
        <translation>Verwijsgids terugzetten</translation>
    </message>
    <message>
        <source>Remove your changes and use the shipped directory again?</source>
        <translation>Je wijzigingen verwijderen en de meegeleverde gids weer gebruiken?</translation>
    </message>
    <message>
        <source>Not saved. {where}{reason}</source>
        <translation>Niet opgeslagen. {where}{reason}</translation>
    </message>
    <message>
        <source>This is not a phone number (digits, spaces, + ( ) -).</source>
        <translation>Dit is geen telefoonnummer (cijfers, spaties, + ( ) -).</translation>
    </message>
    <message>
        <source>This is not an e-mail address (like name@mindef.nl).</source>
        <translation>Dit is geen e-mailadres (zoals naam@mindef.nl).</translation>
    </message>
    <message>
        <source>This is not a web address (starting with https://).</source>
        <translation>Dit is geen webadres (begint met https://).</translation>
    </message>
    <message>
        <source>Choose at least one unit.</source>
        <translation>Kies ten minste één onderdeel.</translation>
    </message>
    <message>
        <source>Give at least one point, one a line.</source>
        <translation>Geef ten minste één punt, één per regel.</translation>
    </message>
    <message>
        <source>Give as many points in Dutch as in English, one a line.</source>
        <translation>Geef evenveel punten in het Nederlands als in het Engels, één per regel.</translation>
    </message>
    <message>
        <source>Fill this in, in Dutch and in English.</source>
        <translation>Vul dit in, in het Nederlands en in het Engels.</translation>
    </message>
    <message>
        <source>Still a placeholder: fill in the real address.</source>
        <translation>Nog een voorbeeldadres: vul het echte adres in.</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export a year</source>
        <translation>Een jaar exporteren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <source>Year to export</source>
        <translation>Jaar om te exporteren</translation>
    </message>
    <message>
        <source>Counts the cases first opened in this year; cases excluded from statistics are left out.</source>
        <translation>Telt de casussen met het eerste contact in dit jaar; casussen buiten de statistiek tellen niet mee.</translation>
    </message>
    <message>
        <source>Below is every figure that will leave this computer: counts only, no names, notes, case numbers or dates.</source>
        <translation>Hieronder staat elk cijfer dat deze computer verlaat: alleen aantallen, geen namen, notities, casusnummers of datums.</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Let op</translation>
    </message>
    <message>
        <source>Figures that will be exported</source>
        <translation>Cijfers die worden geëxporteerd</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>&amp;JSON file:</source>
        <translation>JSON-&amp;bestand:</translation>
    </message>
    <message>
        <source>JSON file to write</source>
        <translation>JSON-bestand om te schrijven</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Choose the JSON file</source>
        <translation>Kies het JSON-bestand</translation>
    </message>
    <message>
        <source>Also a &amp;workbook:</source>
        <translation>Ook een &amp;werkmap:</translation>
    </message>
    <message>
        <source>Also write a workbook (XLSX)</source>
        <translation>Ook een werkmap (XLSX) schrijven</translation>
    </message>
    <message>
        <source>Workbook file to write</source>
        <translation>Werkmap om te schrijven</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Kie&amp;zen…</translation>
    </message>
    <message>
        <source>Choose the workbook file</source>
        <translation>Kies de werkmap</translation>
    </message>
    <message>
        <source>&amp;Release log</source>
        <translation>&amp;Logboek</translation>
    </message>
    <message>
        <source>Every export is recorded here. A change to a year already exported leaves the old figures standing and is exported as a new revision.</source>
        <translation>Elke export wordt hier vastgelegd. Een wijziging in een jaar dat al is geëxporteerd, laat de oude cijfers staan en gaat mee als een nieuwe revisie.</translation>
    </message>
    <message>
        <source>Release log</source>
        <translation>Logboek van exports</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Geëxporteerd op (UTC)</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>There are no cases in this vault yet: nothing to export.</source>
        <translation>Er staan nog geen casussen in deze kluis: er is niets te exporteren.</translation>
    </message>
    <message>
        <source>Choose where to write the JSON file.</source>
        <translation>Kies waar het JSON-bestand moet komen.</translation>
    </message>
    <message>
        <source>The JSON file and the workbook must be two files.</source>
        <translation>Het JSON-bestand en de werkmap moeten twee verschillende bestanden zijn.</translation>
    </message>
    <message>
        <source>Writing the workbook…</source>
        <translation>De werkmap wordt geschreven…</translation>
    </message>
    <message>
        <source>Written: {file} (year {year}, revision {revision}, cases: {cases}).</source>
        <translation>Geschreven: {file} (jaar {year}, revisie {revision}, casussen: {cases}).</translation>
    </message>
    <message>
        <source>Written: {file}.</source>
        <translation>Geschreven: {file}.</translation>
    </message>
    <message>
        <source>Could not write the file ({reason}). Nothing was exported.</source>
        <translation>Het bestand kon niet worden geschreven ({reason}). Er is niets geëxporteerd.</translation>
    </message>
    <message>
        <source>Aggregate files (*.json)</source>
        <translation>Aggregaatbestanden (*.json)</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Where to write</source>
        <translation>Waar opslaan</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <source>Year {year} · taxonomy {taxonomy}</source>
        <translation>Jaar {year} · taxonomie {taxonomy}</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Exported at (UTC)</source>
        <translation>Geëxporteerd op (UTC)</translation>
    </message>
    <message>
        <source>Vault identifier</source>
        <translation>Kenmerk van de kluis</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>This year was exported before (revision {previous}, {when}) and its figures have not changed. Exporting again makes revision {revision}.</source>
        <translation>Dit jaar is al eerder geëxporteerd (revisie {previous}, {when}) en de cijfers zijn niet veranderd. Opnieuw exporteren maakt revisie {revision}.</translation>
    </message>
    <message>
        <source>This year was exported before (revision {previous}, {when}). Cases changed since then: {changed}. The figures already sent stand; this export is revision {revision}, so the coordinator can see what changed.</source>
        <translation>Dit jaar is al eerder geëxporteerd (revisie {previous}, {when}). Sindsdien gewijzigde casussen: {changed}. De al verstuurde cijfers blijven staan; deze export is revisie {revision}, zodat de coördinator ziet wat er veranderde.</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>Conversation {number}: {reason}</source>
        <translation>Gesprek {number}: {reason}</translation>
    </message>
    <message>
        <source>Choose one.</source>
        <translation>Kies er een.</translation>
    </message>
    <message>
        <source>Tick at least one category.</source>
        <translation>Vink ten minste één categorie aan.</translation>
    </message>
    <message>
        <source>Tick at most {count} categories.</source>
        <translation>Vink hoogstens {count} categorieën aan.</translation>
    </message>
    <message>
        <source>At most {count} characters.</source>
        <translation>Hoogstens {count} tekens.</translation>
    </message>
    <message>
        <source>At most {count} minutes.</source>
        <translation>Hoogstens {count} minuten.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>Deze datum ligt in de toekomst.</translation>
    </message>
    <message>
        <source>This date lies before {date}.</source>
        <translation>Deze datum ligt vóór {date}.</translation>
    </message>
    <message>
        <source>The closing date lies before the first contact.</source>
        <translation>De datum van sluiten ligt vóór het eerste contact.</translation>
    </message>
    <message>
        <source>Conversation {number} lies before the first contact.</source>
        <translation>Gesprek {number} ligt vóór het eerste contact.</translation>
    </message>
    <message>
        <source>Use up to 32 letters, digits and . _ / - , starting with a letter or digit (like 2025-0042).</source>
        <translation>Gebruik hoogstens 32 letters, cijfers en . _ / - , te beginnen met een letter of cijfer (zoals 2025-0042).</translation>
    </message>
    <message>
        <source>Another case in this vault already has this number.</source>
        <translation>Een andere casus in deze kluis heeft dit nummer al.</translation>
    </message>
</context>
<context>
    <name>FileTableModel</name>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revisie</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Casussen</translation>
    </message>
    <message>
        <source>{n} sources</source>
        <translation>{n} bronnen</translation>
    </message>
    <message>
        <source>✓ counted</source>
        <translation>✓ geteld</translation>
    </message>
    <message>
        <source>↻ replaced</source>
        <translation>↻ vervangen</translation>
    </message>
    <message>
        <source>= duplicate</source>
        <translation>= dubbel</translation>
    </message>
    <message>
        <source>✗ refused</source>
        <translation>✗ geweigerd</translation>
    </message>
    <message>
        <source>a newer revision is in {file}</source>
        <translation>een nieuwere revisie staat in {file}</translation>
    </message>
    <message>
        <source>the same file as {file}; counted once</source>
        <translation>hetzelfde bestand als {file}; één keer geteld</translation>
    </message>
    <message>
        <source>changed or damaged after export (digest does not match)</source>
        <translation>gewijzigd of beschadigd na de export (de controlecode klopt niet)</translation>
    </message>
    <message>
        <source>made by a newer version of Confidant; update first</source>
        <translation>gemaakt met een nieuwere versie van Confidant; werk eerst bij</translation>
    </message>
    <message>
        <source>year {year}, not the year being merged ({chosen})</source>
        <translation>jaar {year}, niet het jaar dat wordt samengevoegd ({chosen})</translation>
    </message>
    <message>
        <source>another list of categories; cannot be merged</source>
        <translation>een andere lijst van categorieën; kan niet worden samengevoegd</translation>
    </message>
    <message>
        <source>double counting: its sources are also in {file}</source>
        <translation>dubbel geteld: de bronnen staan ook in {file}</translation>
    </message>
    <message>
        <source>same source and revision as {file}, other figures: ask the confidant which is right</source>
        <translation>zelfde bron en revisie als {file}, andere aantallen: vraag de vertrouwenspersoon welke klopt</translation>
    </message>
    <message>
        <source>this is the year being merged</source>
        <translation>dit is het jaar dat wordt samengevoegd</translation>
    </message>
    <message>
        <source>another file of year {year} is already beside it</source>
        <translation>er staat al een ander bestand van {year} naast</translation>
    </message>
    <message>
        <source>cannot be used: {reason}</source>
        <translation>niet bruikbaar: {reason}</translation>
    </message>
</context>
<context>
    <name>FilesPage</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>Bestanden &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>&amp;Map toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>Selectie &amp;verwijderen</translation>
    </message>
    <message>
        <source>or drag export files and folders onto this window.</source>
        <translation>of sleep exportbestanden en mappen naar dit venster.</translation>
    </message>
    <message>
        <source>&amp;Year to merge:</source>
        <translation>&amp;Jaar om samen te voegen:</translation>
    </message>
    <message>
        <source>Year to merge</source>
        <translation>Jaar om samen te voegen</translation>
    </message>
    <message>
        <source>Collected files</source>
        <translation>Verzamelde bestanden</translation>
    </message>
    <message>
        <source>most common ({year})</source>
        <translation>meest voorkomend ({year})</translation>
    </message>
    <message>
        <source>most common</source>
        <translation>meest voorkomend</translation>
    </message>
    <message>
        <source>No files yet. Add the export files the confidants sent you with Add files… or Add a folder…, or drag them onto this window.</source>
        <translation>Nog geen bestanden. Voeg de exportbestanden toe die de vertrouwenspersonen u stuurden, met Bestanden toevoegen… of Map toevoegen…, of sleep ze naar dit venster.</translation>
    </message>
    <message>
        <source>{n} counted</source>
        <translation>{n} geteld</translation>
    </message>
    <message>
        <source>{n} replaced by a newer revision</source>
        <translation>{n} vervangen door een nieuwere revisie</translation>
    </message>
    <message>
        <source>{n} identical duplicates</source>
        <translation>{n} identieke dubbele</translation>
    </message>
    <message>
        <source>{n} refused</source>
        <translation>{n} geweigerd</translation>
    </message>
    <message>
        <source>{files} files: {states}.</source>
        <translation>{files} bestanden: {states}.</translation>
    </message>
    <message>
        <source>Year {year}: {cases} cases from {sources} sources.</source>
        <translation>Jaar {year}: {cases} casussen uit {sources} bronnen.</translation>
    </message>
    <message>
        <source>Refused files do not count; the list says why.</source>
        <translation>Geweigerde bestanden tellen niet mee; de lijst zegt waarom.</translation>
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
        <source>Put a backup in place as your vault, instead of creating a new one</source>
        <translation>Een back-up als je kluis terugzetten, in plaats van een nieuwe te maken</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Merge the confidants&apos; export files: no vault needed</source>
        <translation>De exportbestanden van vertrouwenspersonen samenvoegen: daarvoor is geen kluis nodig</translation>
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
        <source>Had a vault already, on this computer or another? Restore it from a backup instead of creating a new one.</source>
        <translation>Had je al een kluis, op deze of een andere computer? Zet hem dan terug uit een back-up in plaats van een nieuwe te maken.</translation>
    </message>
    <message>
        <source>There is no vault at this place, but its backup folder holds {count} automatic backups, the newest from {when}. If your vault was lost, restore it from a backup instead of starting an empty one.</source>
        <translation>Op deze plek staat geen kluis, maar de back-upmap ervan bevat {count} automatische back-ups, de nieuwste van {when}. Is je kluis verloren gegaan, zet hem dan terug uit een back-up in plaats van met een lege te beginnen.</translation>
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
    <message>
        <source>Coordinator: &amp;merge exports…</source>
        <translation>Coördinator: exports &amp;samenvoegen…</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>1 to {k}: hidden, a small count could point at a person</source>
        <translation>1 tot en met {k}: verborgen, een klein aantal kan naar een persoon wijzen</translation>
    </message>
    <message>
        <source>hidden so that no hidden count can be worked out from the others</source>
        <translation>verborgen zodat geen verborgen aantal uit de andere kan worden afgeleid</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a case register</source>
        <translation>Een casusregister importeren</translation>
    </message>
    <message>
        <source>Add cases from a register file (.jsonl, .csv or .xlsx). The whole file is checked first: nothing is added unless every row is right.</source>
        <translation>Casussen toevoegen uit een registerbestand (.jsonl, .csv of .xlsx). Eerst wordt het hele bestand gecontroleerd: er wordt niets toegevoegd tenzij elke rij klopt.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>Register file</source>
        <translation>Registerbestand</translation>
    </message>
    <message>
        <source>Choose a .jsonl, .csv or .xlsx file</source>
        <translation>Kies een .jsonl-, .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose a register file</source>
        <translation>Kies een registerbestand</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Opnieuw &amp;controleren</translation>
    </message>
    <message>
        <source>Check the file again</source>
        <translation>Het bestand opnieuw controleren</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Uitkomst van de controle</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemen in het bestand</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>The chosen problem in full</source>
        <translation>Het gekozen probleem voluit</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>{file} wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Cases found: {count}, without problems. Nothing has been added yet: choose Import to add them.</source>
        <translation>Gevonden casussen: {count}, zonder problemen. Er is nog niets toegevoegd: kies Importeren om ze toe te voegen.</translation>
    </message>
    <message>
        <source>&amp;Import ({count})</source>
        <translation>&amp;Importeren ({count})</translation>
    </message>
    <message>
        <source>Problems found: {count}. Nothing was imported. Correct the file and check it again.</source>
        <translation>Gevonden problemen: {count}. Er is niets geïmporteerd. Verbeter het bestand en controleer het opnieuw.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>file</source>
        <translation>bestand</translation>
    </message>
    <message>
        <source>The file as a whole</source>
        <translation>Het hele bestand</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>Regel {number}</translation>
    </message>
    <message>
        <source>Row {number}</source>
        <translation>Rij {number}</translation>
    </message>
    <message>
        <source>Imported cases: {count}. They are in the case list now.</source>
        <translation>Geïmporteerde casussen: {count}. Ze staan nu in de lijst.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Case registers (*.jsonl *.csv *.xlsx);;All files (*)</source>
        <translation>Casusregisters (*.jsonl *.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <source>,</source>
        <comment>the thousands separator, as in 100,000</comment>
        <translation>.</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>Eerste contact</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Onderdeel</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorieën</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>Exclude from statistics</source>
        <translation>Buiten de statistiek</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Verwezen naar</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>kanaal</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>Conversation {number}</source>
        <translation>Gesprek {number}</translation>
    </message>
    <message>
        <source>{label}, item {number}</source>
        <translation>{label}, nr. {number}</translation>
    </message>
    <message>
        <source>cannot import a {suffix} file; expected a .jsonl, .csv or .xlsx file</source>
        <translation>een {suffix}-bestand kan niet worden geïmporteerd; verwacht een .jsonl-, .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <source>cannot import a file without an extension; expected a .jsonl, .csv or .xlsx file</source>
        <translation>een bestand zonder extensie kan niet worden geïmporteerd; verwacht een .jsonl-, .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <source>cannot read the file ({reason})</source>
        <translation>het bestand kan niet worden gelezen ({reason})</translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB; a case register is far smaller, so this is probably the wrong file (or split it into parts)</source>
        <translation>het bestand is groter dan {megabytes} MB; een casusregister is veel kleiner, dus dit is waarschijnlijk het verkeerde bestand (of splits het in delen)</translation>
    </message>
    <message>
        <source>this line is not UTF-8 text; {fix}</source>
        <translation>deze regel is geen UTF-8-tekst; {fix}</translation>
    </message>
    <message>
        <source>this row is not UTF-8 text; {fix}</source>
        <translation>deze rij is geen UTF-8-tekst; {fix}</translation>
    </message>
    <message>
        <source>more than {limit} cases; split the file into smaller files and import them one by one</source>
        <translation>meer dan {limit} casussen; splits het bestand in kleinere bestanden en importeer die een voor een</translation>
    </message>
    <message>
        <source>more than {limit} cases; split the register into smaller files and import them one by one</source>
        <translation>meer dan {limit} casussen; splits het register in kleinere bestanden en importeer die een voor een</translation>
    </message>
    <message>
        <source>more than {limit} rows, more than a spreadsheet can hold; this is not a case register</source>
        <translation>meer dan {limit} rijen, meer dan een werkblad kan bevatten; dit is geen casusregister</translation>
    </message>
    <message>
        <source>no cases found; expected one JSON object per line, each describing a case</source>
        <translation>geen casussen gevonden; verwacht één JSON-object per regel, elk voor één casus</translation>
    </message>
    <message>
        <source>no cases found; expected a header row with the column names, then one case per row</source>
        <translation>geen casussen gevonden; verwacht een kopregel met de kolomnamen, daarna één casus per rij</translation>
    </message>
    <message>
        <source>not valid JSON ({reason} at column {column}); expected one object per line, like {example}</source>
        <translation>geen geldige JSON ({reason} op positie {column}); verwacht één object per regel, zoals {example}</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>geen geldige JSON</translation>
    </message>
    <message>
        <source>the JSON is nested far too deeply</source>
        <translation>de JSON is veel te diep genest</translation>
    </message>
    <message>
        <source>the JSON is nested more deeply than a case can be</source>
        <translation>de JSON is dieper genest dan een casus kan zijn</translation>
    </message>
    <message>
        <source>the key {key} appears twice in one object</source>
        <translation>de sleutel {key} staat twee keer in één object</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows; write a plain number</source>
        <translation>{name} is geen getal dat JSON toestaat; schrijf een gewoon getal</translation>
    </message>
    <message>
        <source>a number is too large</source>
        <translation>een getal is te groot</translation>
    </message>
    <message>
        <source>expected a JSON object describing one case, like {example}</source>
        <translation>verwacht een JSON-object dat één casus beschrijft, zoals {example}</translation>
    </message>
    <message>
        <source>unknown key {key}; the keys are: {keys}</source>
        <translation>onbekende sleutel {key}; de sleutels zijn: {keys}</translation>
    </message>
    <message>
        <source>this row cannot be read as CSV ({reason}); {fix}</source>
        <translation>deze rij is niet als CSV te lezen ({reason}); {fix}</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row with the column names ({keys}), then one case per row</source>
        <translation>het bestand is leeg; verwacht een kopregel met de kolomnamen ({keys}), daarna één casus per rij</translation>
    </message>
    <message>
        <source>the first row is empty; expected the column names ({keys})</source>
        <translation>de eerste rij is leeg; verwacht de kolomnamen ({keys})</translation>
    </message>
    <message>
        <source>column {column}: {reason}</source>
        <translation>kolom {column}: {reason}</translation>
    </message>
    <message>
        <source>unknown column {name} in column {column}; the column names are: {keys}</source>
        <translation>onbekende kolom {name} in kolom {column}; de kolomnamen zijn: {keys}</translation>
    </message>
    <message>
        <source>the column appears twice (columns {first} and {second})</source>
        <translation>de kolom staat er twee keer in (kolommen {first} en {second})</translation>
    </message>
    <message>
        <source>this required column is missing from the header row</source>
        <translation>deze verplichte kolom ontbreekt in de kopregel</translation>
    </message>
    <message>
        <source>column {column} holds a value but has no known column name in row 1</source>
        <translation>kolom {column} bevat een waarde, maar heeft in rij 1 geen bekende kolomnaam</translation>
    </message>
    <message>
        <source>not an Excel workbook (.xlsx); an old .xls file or a password-protected workbook cannot be read: in Excel, use Save As &apos;Excel Workbook (*.xlsx)&apos; without a password</source>
        <translation>geen Excel-werkmap (.xlsx); een oud .xls-bestand of een werkmap met een wachtwoord kan niet worden gelezen: kies in Excel Opslaan als &apos;Excel-werkmap (*.xlsx)&apos;, zonder wachtwoord</translation>
    </message>
    <message>
        <source>not a readable Excel workbook; open it in Excel and save it again as &apos;Excel Workbook (*.xlsx)&apos;</source>
        <translation>geen leesbare Excel-werkmap; open hem in Excel en sla hem opnieuw op als &apos;Excel-werkmap (*.xlsx)&apos;</translation>
    </message>
    <message>
        <source>the first sheet holds no table; put the register on the first sheet</source>
        <translation>het eerste werkblad bevat geen tabel; zet het register op het eerste werkblad</translation>
    </message>
    <message>
        <source>the workbook has more than {limit} parts; {fix}</source>
        <translation>de werkmap bestaat uit meer dan {limit} delen; {fix}</translation>
    </message>
    <message>
        <source>the workbook contains macros; save it as &apos;Excel Workbook (*.xlsx)&apos;, which leaves them out</source>
        <translation>de werkmap bevat macro&apos;s; sla hem op als &apos;Excel-werkmap (*.xlsx)&apos;, dan vallen ze weg</translation>
    </message>
    <message>
        <source>the workbook links to other workbooks; {fix}</source>
        <translation>de werkmap verwijst naar andere werkmappen; {fix}</translation>
    </message>
    <message>
        <source>the workbook is packed suspiciously tightly (a &apos;zip bomb&apos;?); {fix}</source>
        <translation>de werkmap is verdacht sterk ingepakt (een &apos;zipbom&apos;?); {fix}</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than {megabytes} MB, far more than a case register needs; {fix}</source>
        <translation>uitgepakt is de werkmap groter dan {megabytes} MB, veel meer dan een casusregister nodig heeft; {fix}</translation>
    </message>
    <message>
        <source>the cell holds a formula; type the value itself (or copy the column and use Paste Special &gt; Values)</source>
        <translation>de cel bevat een formule; typ de waarde zelf (of kopieer de kolom en kies Plakken speciaal &gt; Waarden)</translation>
    </message>
    <message>
        <source>the cell shows an Excel error (such as #N/A or #VALUE!); type the value</source>
        <translation>de cel toont een Excel-foutwaarde (zoals #N/B of #WAARDE!); typ de waarde</translation>
    </message>
    <message>
        <source>expected {expected}</source>
        <translation>verwacht {expected}</translation>
    </message>
    <message>
        <source>no such day in the calendar; expected {expected}</source>
        <translation>die dag bestaat niet; verwacht {expected}</translation>
    </message>
    <message>
        <source>the cell holds a time of day as well; expected {expected}</source>
        <translation>de cel bevat ook een tijdstip; verwacht {expected}</translation>
    </message>
    <message>
        <source>the cell holds a time, not a date; expected {expected}</source>
        <translation>de cel bevat een tijd, geen datum; verwacht {expected}</translation>
    </message>
    <message>
        <source>the cell holds TRUE/FALSE; expected {expected}</source>
        <translation>de cel bevat WAAR/ONWAAR; verwacht {expected}</translation>
    </message>
    <message>
        <source>the cell holds a number, not a date; format the cell as a date or type {expected}</source>
        <translation>de cel bevat een getal, geen datum; geef de cel de opmaak Datum of typ {expected}</translation>
    </message>
    <message>
        <source>the cell holds no usable number; expected {expected}</source>
        <translation>de cel bevat geen bruikbaar getal; verwacht {expected}</translation>
    </message>
    <message>
        <source>Excel stored this cell as a date or time; format the column as Text and type the value again; expected {expected}</source>
        <translation>Excel heeft deze cel als datum of tijd opgeslagen; geef de kolom de opmaak Tekst en typ de waarde opnieuw; verwacht {expected}</translation>
    </message>
    <message>
        <source>expected date/channel/minutes, like 2025-03-04/F/45 (conversations are separated by &apos;;&apos;)</source>
        <translation>verwacht datum/kanaal/minuten, zoals 2025-03-04/F/45 (gesprekken gescheiden door &apos;;&apos;)</translation>
    </message>
    <message>
        <source>the channel is missing; expected a code such as F (face to face)</source>
        <translation>het kanaal ontbreekt; verwacht een code zoals F (face-to-face)</translation>
    </message>
    <message>
        <source>missing; expected {expected}</source>
        <translation>ontbreekt; verwacht {expected}</translation>
    </message>
    <message>
        <source>empty; expected {expected}</source>
        <translation>leeg; verwacht {expected}</translation>
    </message>
    <message>
        <source>unknown key; a conversation has only the keys {keys}</source>
        <translation>onbekende sleutel; een gesprek heeft alleen de sleutels {keys}</translation>
    </message>
    <message>
        <source>unknown key; the keys are: {keys}</source>
        <translation>onbekende sleutel; de sleutels zijn: {keys}</translation>
    </message>
    <message>
        <source>not a known code; expected {expected}</source>
        <translation>geen bekende code; verwacht {expected}</translation>
    </message>
    <message>
        <source>{number} is already used on line {line}; each case needs its own number</source>
        <translation>{number} staat al op regel {line}; elke casus heeft een eigen nummer nodig</translation>
    </message>
    <message>
        <source>{number} is already used on row {line}; each case needs its own number</source>
        <translation>{number} staat al in rij {line}; elke casus heeft een eigen nummer nodig</translation>
    </message>
    <message>
        <source>{number} is already in the vault</source>
        <translation>{number} staat al in de kluis</translation>
    </message>
    <message>
        <source>List should have at most {max_length} items after validation, not {actual_length}</source>
        <translation>hoogstens {max_length} waarden, niet {actual_length}</translation>
    </message>
    <message>
        <source>String should have at most {max_length} characters</source>
        <translation>hoogstens {max_length} tekens</translation>
    </message>
    <message>
        <source>Input should be a valid string, unable to parse raw data as a unicode string</source>
        <translation>geen geldige tekst: er staat een teken in dat geen Unicode is</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {le}</source>
        <translation>het getal mag hoogstens {le} zijn</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {ge}</source>
        <translation>het getal moet minstens {ge} zijn</translation>
    </message>
    <message>
        <source>expected a date without a time of day</source>
        <translation>verwacht een datum zonder tijdstip</translation>
    </message>
    <message>
        <source>expected a date like 2025-03-04</source>
        <translation>verwacht een datum zoals 2025-03-04</translation>
    </message>
    <message>
        <source>expected a date like 2025-03-04 (no such day)</source>
        <translation>verwacht een datum zoals 2025-03-04 (die dag bestaat niet)</translation>
    </message>
    <message>
        <source>date lies before {date}</source>
        <translation>de datum ligt vóór {date}</translation>
    </message>
    <message>
        <source>date lies in the future</source>
        <translation>de datum ligt in de toekomst</translation>
    </message>
    <message>
        <source>unknown code {code}; valid: {codes}</source>
        <translation>onbekende code {code}; geldig: {codes}</translation>
    </message>
    <message>
        <source>{code} is listed twice</source>
        <translation>{code} staat er twee keer in</translation>
    </message>
    <message>
        <source>expected a case number like 2025-0042 (at most 32 letters, digits and . _ / -, starting with a letter or digit)</source>
        <translation>verwacht een casusnummer zoals 2025-0042 (hoogstens 32 letters, cijfers en . _ / -, te beginnen met een letter of cijfer)</translation>
    </message>
    <message>
        <source>category {code} is listed twice</source>
        <translation>categorie {code} staat er twee keer in</translation>
    </message>
    <message>
        <source>unknown category code {code} in taxonomy {taxonomy}</source>
        <translation>onbekende categoriecode {code} in de categorielijst {taxonomy}</translation>
    </message>
    <message>
        <source>the closing date lies before the opening date</source>
        <translation>de datum van sluiten ligt vóór het eerste contact</translation>
    </message>
    <message>
        <source>conversation {number} lies before the opening date</source>
        <translation>gesprek {number} ligt vóór het eerste contact</translation>
    </message>
    <message>
        <source>save the file with UTF-8 encoding</source>
        <translation>sla het bestand op met UTF-8-codering</translation>
    </message>
    <message>
        <source>in Excel, use Save As and choose &apos;CSV UTF-8 (Comma delimited) (*.csv)&apos;</source>
        <translation>kies in Excel Opslaan als en dan &apos;CSV UTF-8 (door komma&apos;s gescheiden) (*.csv)&apos;</translation>
    </message>
    <message>
        <source>copy the register into a new, empty workbook (paste values only) and save that</source>
        <translation>kopieer het register naar een nieuwe, lege werkmap (plak alleen de waarden) en sla die op</translation>
    </message>
    <message>
        <source>a date like 2025-03-04 or 04-03-2025</source>
        <translation>een datum zoals 2025-03-04 of 04-03-2025</translation>
    </message>
    <message>
        <source>a date string like &quot;2025-03-04&quot;</source>
        <translation>een datum als tekst, zoals &quot;2025-03-04&quot;</translation>
    </message>
    <message>
        <source>category codes separated by &apos;;&apos;, like AC.ARB;OG.PES (the first is the main one)</source>
        <translation>categoriecodes gescheiden door &apos;;&apos;, zoals AC.ARB;OG.PES (de eerste is de hoofdcategorie)</translation>
    </message>
    <message>
        <source>a list of category codes like [&quot;AC.ARB&quot;, &quot;OG.PES&quot;], the first is the main one</source>
        <translation>een lijst met categoriecodes zoals [&quot;AC.ARB&quot;, &quot;OG.PES&quot;], de eerste is de hoofdcategorie</translation>
    </message>
    <message>
        <source>codes separated by &apos;;&apos;, from: {codes}</source>
        <translation>codes gescheiden door &apos;;&apos;, uit: {codes}</translation>
    </message>
    <message>
        <source>a list of codes like [&quot;{example}&quot;], from: {codes}</source>
        <translation>een lijst met codes zoals [&quot;{example}&quot;], uit: {codes}</translation>
    </message>
    <message>
        <source>one of the codes {codes}</source>
        <translation>een van de codes {codes}</translation>
    </message>
    <message>
        <source>ja or nee (also yes/no, 1/0, true/false), or an empty cell</source>
        <translation>ja of nee (ook yes/no, 1/0, true/false), of een lege cel</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>conversations separated by &apos;;&apos;, each as date/channel/minutes, like 2025-03-04/F/45;2025-03-11/T/20</source>
        <translation>gesprekken gescheiden door &apos;;&apos;, elk als datum/kanaal/minuten, zoals 2025-03-04/F/45;2025-03-11/T/20</translation>
    </message>
    <message>
        <source>a list like {example}</source>
        <translation>een lijst zoals {example}</translation>
    </message>
    <message>
        <source>date/channel/minutes, like 2025-03-04/F/45</source>
        <translation>datum/kanaal/minuten, zoals 2025-03-04/F/45</translation>
    </message>
    <message>
        <source>an object like {example}</source>
        <translation>een object zoals {example}</translation>
    </message>
    <message>
        <source>a whole number of minutes from 0 to {max}</source>
        <translation>een heel aantal minuten van 0 tot en met {max}</translation>
    </message>
    <message>
        <source>a case number like 2025-0042 (at most 32 letters, digits and . _ / -, starting with a letter or digit)</source>
        <translation>een casusnummer zoals 2025-0042 (hoogstens 32 letters, cijfers en . _ / -, te beginnen met een letter of cijfer)</translation>
    </message>
    <message>
        <source>a short text of at most {max} characters (never a real name)</source>
        <translation>een korte tekst van hoogstens {max} tekens (nooit een echte naam)</translation>
    </message>
    <message>
        <source>text of at most {max} characters</source>
        <translation>tekst van hoogstens {max} tekens</translation>
    </message>
    <message>
        <source>a column name</source>
        <translation>een kolomnaam</translation>
    </message>
    <message>
        <source>a value of the import format</source>
        <translation>een waarde van het importformaat</translation>
    </message>
</context>
<context>
    <name>ImportReason</name>
    <message>
        <source>No such file or directory</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>geen toestemming</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>dit is een map</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>lees- of schrijffout</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>bestandsnaam te lang</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>bewerking niet toegestaan</translation>
    </message>
    <message>
        <source>Expecting value</source>
        <translation>waarde verwacht</translation>
    </message>
    <message>
        <source>Expecting property name enclosed in double quotes</source>
        <translation>veldnaam tussen dubbele aanhalingstekens verwacht</translation>
    </message>
    <message>
        <source>Expecting &apos;:&apos; delimiter</source>
        <translation>dubbele punt verwacht</translation>
    </message>
    <message>
        <source>Expecting &apos;,&apos; delimiter</source>
        <translation>komma verwacht</translation>
    </message>
    <message>
        <source>Unterminated string starting at</source>
        <translation>niet afgesloten tekst, beginnend</translation>
    </message>
    <message>
        <source>Invalid control character at</source>
        <translation>ongeldig stuurteken</translation>
    </message>
    <message>
        <source>Invalid \escape</source>
        <translation>ongeldige reeks na een backslash</translation>
    </message>
    <message>
        <source>Invalid \uXXXX escape</source>
        <translation>ongeldige \uXXXX-reeks</translation>
    </message>
    <message>
        <source>Extra data</source>
        <translation>gegevens na het einde van het object</translation>
    </message>
    <message>
        <source>field larger than field limit ({limit})</source>
        <translation>veld groter dan de grens van {limit} tekens</translation>
    </message>
</context>
<context>
    <name>Jobs</name>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Reading files: {done} of {total}</source>
        <translation>Bestanden lezen: {done} van {total}</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <translation>Bestanden lezen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop reading; the workspace stays as it was</source>
        <translation>Stoppen met lezen; de werkruimte blijft zoals hij was</translation>
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
        <translation>Herinnering bewaartermijn</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>B&amp;ekijken…</translation>
    </message>
    <message>
        <source>Review the cases past the retention period</source>
        <translation>De casussen over de bewaartermijn bekijken</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Hide the retention reminder until the next unlock</source>
        <translation>De herinnering verbergen tot de volgende keer ontgrendelen</translation>
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
        <source>&amp;Delete case…</source>
        <translation>Casus &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Delete the selected case, after asking</source>
        <translation>De gekozen casus verwijderen, na een vraag</translation>
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
        <source>Coordinator: &amp;merge exports…</source>
        <translation>Coördinator: exports &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Open the coordinator&apos;s workspace: merge the confidants&apos; export files</source>
        <translation>De coördinatorwerkruimte openen: de exportbestanden van vertrouwenspersonen samenvoegen</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Back-up &amp;maken…</translation>
    </message>
    <message>
        <source>Write an encrypted, verified copy of the vault to a file</source>
        <translation>Een versleutelde, gecontroleerde kopie van de kluis in een bestand schrijven</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Replace the vault with a backup, after checking the backup</source>
        <translation>De kluis vervangen door een back-up, na controle van de back-up</translation>
    </message>
    <message>
        <source>Destroy e&amp;xpired cases…</source>
        <translation>Verlopen casussen ver&amp;nietigen…</translation>
    </message>
    <message>
        <source>Closed cases past the retention period: review and destroy them</source>
        <translation>Gesloten casussen over de bewaartermijn: bekijken en vernietigen</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <source>When this vault was unlocked, exported, purged, backed up or restored</source>
        <translation>Wanneer deze kluis is ontgrendeld, geëxporteerd, opgeschoond, geback-upt of teruggezet</translation>
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
        <source>&amp;Referral sheet…</source>
        <translation>&amp;Verwijsblad…</translation>
    </message>
    <message>
        <source>Print who can help next, and how to reach them</source>
        <translation>Druk af wie verder kan helpen, en hoe je ze bereikt</translation>
    </message>
    <message>
        <source>Referral &amp;directory…</source>
        <translation>Verwijs&amp;gids…</translation>
    </message>
    <message>
        <source>Edit the desks and contact details on the referral sheets</source>
        <translation>Bewerk de loketten en contactgegevens op de verwijsbladen</translation>
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
    <name>PurgeDialog</name>
    <message>
        <source>Destroy cases past the retention period</source>
        <translation>Casussen over de bewaartermijn vernietigen</translation>
    </message>
    <message>
        <source>A purge destroys the notes, alias, case number and exact dates of the cases below for good, and deletes the automatic backups made before it. It keeps their coded outline (year and quarter, unit, role, categories, referrals and outcomes), so the figures of an exported year stay the same.</source>
        <translation>Vernietigen wist de notities, alias, het casusnummer en de precieze datums van de casussen hieronder voorgoed, en verwijdert de automatische back-ups van daarvoor. Het gecodeerde geraamte blijft (jaar en kwartaal, onderdeel, rol, categorieën, verwijzingen en uitkomsten), zodat de cijfers van een geëxporteerd jaar gelijk blijven.</translation>
    </message>
    <message>
        <source>Cases due for destruction</source>
        <translation>Casussen die vernietigd kunnen worden</translation>
    </message>
    <message>
        <source>Closed cases past the retention period</source>
        <translation>Gesloten casussen over de bewaartermijn</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Casusnummer</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Gesloten op</translation>
    </message>
    <message>
        <source>Year exported on</source>
        <translation>Jaar geëxporteerd op</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Te vernietigen sinds</translation>
    </message>
    <message>
        <source>Result of the purge</source>
        <translation>Resultaat van het vernietigen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Destroy cases</source>
        <translation>Casussen vernietigen</translation>
    </message>
    <message>
        <source>Destroy these {count} cases for good?</source>
        <translation>Deze {count} casussen voorgoed vernietigen?</translation>
    </message>
    <message>
        <source>Destroy this case for good?</source>
        <translation>Deze casus voorgoed vernietigen?</translation>
    </message>
    <message>
        <source>This cannot be undone. Backups you saved yourself before now still hold these cases: delete them too.</source>
        <translation>Dit kan niet ongedaan worden gemaakt. Back-ups die u eerder zelf hebt opgeslagen bevatten deze casussen nog: verwijder die ook.</translation>
    </message>
    <message>
        <source>&amp;Destroy</source>
        <translation>&amp;Vernietigen</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Bewaren</translation>
    </message>
    <message>
        <source>Nothing was destroyed: {reason}</source>
        <translation>Er is niets vernietigd: {reason}</translation>
    </message>
    <message>
        <source>Cases destroyed: {count}. Their coded outline stays for the yearly figures.</source>
        <translation>Vernietigde casussen: {count}. Het gecodeerde geraamte blijft voor de jaarcijfers.</translation>
    </message>
    <message>
        <source>&amp;Destroy ({count})…</source>
        <translation>&amp;Vernietigen ({count})…</translation>
    </message>
    <message>
        <source>Backups deleted because they still held these cases: {count}.</source>
        <translation>Verwijderde back-ups die deze casussen nog bevatten: {count}.</translation>
    </message>
    <message>
        <source>The backup folder {folder} cannot be reached; its backups made before this purge are deleted at the next automatic backup.</source>
        <translation>De back-upmap {folder} is niet bereikbaar; de back-ups daarin van vóór het vernietigen worden bij de volgende automatische back-up verwijderd.</translation>
    </message>
    <message>
        <source>Backups you saved yourself before now still hold these cases: delete them.</source>
        <translation>Back-ups die u eerder zelf hebt opgeslagen bevatten deze casussen nog: verwijder die.</translation>
    </message>
    <message>
        <source>Closed cases past the retention period ({months} months after closing, their year exported): {count}.</source>
        <translation>Gesloten casussen over de bewaartermijn ({months} maanden na sluiten, jaar geëxporteerd): {count}.</translation>
    </message>
    <message>
        <source>No closed cases are past the retention period ({months} months after closing, their year exported).</source>
        <translation>Er zijn geen gesloten casussen over de bewaartermijn ({months} maanden na sluiten, jaar geëxporteerd).</translation>
    </message>
</context>
<context>
    <name>ReferralSheetDialog</name>
    <message>
        <source>Referral sheet</source>
        <translation>Verwijsblad</translation>
    </message>
    <message>
        <source>A one-page sheet to hand over or pin up: who can help next, and how to reach them. It shows nothing of a case.</source>
        <translation>Een blad om mee te geven of op te hangen: wie verder kan helpen en hoe je ze bereikt. Er staat niets van een casus op.</translation>
    </message>
    <message>
        <source>For whom</source>
        <translation>Voor wie</translation>
    </message>
    <message>
        <source>The person I am &amp;helping</source>
        <translation>De persoon die ik &amp;help</translation>
    </message>
    <message>
        <source>A &amp;manager (what to do, whom to consult)</source>
        <translation>Een &amp;leidinggevende (wat te doen, met wie overleggen)</translation>
    </message>
    <message>
        <source>&amp;Desks on the sheet:</source>
        <translation>L&amp;oketten op het blad:</translation>
    </message>
    <message>
        <source>Desks on the sheet</source>
        <translation>Loketten op het blad</translation>
    </message>
    <message>
        <source>Sheet &amp;language:</source>
        <translation>&amp;Taal van het blad:</translation>
    </message>
    <message>
        <source>Language of the sheet</source>
        <translation>Taal van het blad</translation>
    </message>
    <message>
        <source>La&amp;rge print</source>
        <translation>&amp;Grote letters</translation>
    </message>
    <message>
        <source>&amp;Edit referral directory…</source>
        <translation>Verwijsgids &amp;bewerken…</translation>
    </message>
    <message>
        <source>Preview of the sheet</source>
        <translation>Voorbeeld van het blad</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Opslaan als &amp;pdf…</translation>
    </message>
    <message>
        <source>The local referral directory could not be used, so the shipped one is shown. {problem}</source>
        <translation>De eigen verwijsgids op deze computer is niet bruikbaar; de meegeleverde wordt getoond. {problem}</translation>
    </message>
    <message>
        <source>Choose at least one desk.</source>
        <translation>Kies ten minste één loket.</translation>
    </message>
    <message>
        <source>This does not fit on one page. Choose fewer desks, or turn off large print.</source>
        <translation>Dit past niet op één pagina. Kies minder loketten, of zet grote letters uit.</translation>
    </message>
    <message>
        <source>Shrunk to {percent}% to fit on one page; fewer desks give larger print.</source>
        <translation>Verkleind tot {percent}% om op één pagina te passen; met minder loketten wordt de letter groter.</translation>
    </message>
    <message>
        <source>Save the referral sheet</source>
        <translation>Verwijsblad opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Niet afgedrukt</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <source>&amp;Exact working view (not for publication)</source>
        <translation>&amp;Exacte werkweergave (niet voor publicatie)</translation>
    </message>
    <message>
        <source>&amp;Hide counts below:</source>
        <translation>Aantallen &amp;verbergen onder:</translation>
    </message>
    <message>
        <source>Hide counts below</source>
        <translation>Aantallen verbergen onder</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Earlier years beside it</source>
        <translation>Eerdere jaren ernaast</translation>
    </message>
    <message>
        <source>Earlier years&apos; merged files</source>
        <translation>Samengevoegde bestanden van eerdere jaren</translation>
    </message>
    <message>
        <source>&amp;Add year…</source>
        <translation>Jaar &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totalen</translation>
    </message>
    <message>
        <source>Top 3 per group</source>
        <translation>Top 3 per groep</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groep</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>No figures yet: add export files on the Files page.</source>
        <translation>Nog geen aantallen: voeg exportbestanden toe op de pagina Bestanden.</translation>
    </message>
    <message>
        <source>{cases} cases · {conversations} conversations · {hours} hours · {sources} sources</source>
        <translation>{cases} casussen · {conversations} gesprekken · {hours} uur · {sources} bronnen</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Replace the vault with a backup. The backup is checked first; nothing is replaced unless it opens with its passphrase and passes every check.</source>
        <translation>Vervang de kluis door een back-up. De back-up wordt eerst gecontroleerd; er wordt niets vervangen tenzij hij opent met zijn wachtzin en elke controle doorstaat.</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Back-up&amp;bestand:</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Back-upbestand</translation>
    </message>
    <message>
        <source>Choose a backup (.db)</source>
        <translation>Kies een back-up (.db)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose a backup file</source>
        <translation>Kies een back-upbestand</translation>
    </message>
    <message>
        <source>Its &amp;passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>Passphrase of the backup</source>
        <translation>Wachtzin van de back-up</translation>
    </message>
    <message>
        <source>Chec&amp;k</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>Check the backup</source>
        <translation>De back-up controleren</translation>
    </message>
    <message>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>De wachtzin die de kluis had toen de back-up werd gemaakt.</translation>
    </message>
    <message>
        <source>What the backup holds</source>
        <translation>Wat de back-up bevat</translation>
    </message>
    <message>
        <source>Restoring locks the vault and replaces it: cases added or changed since the backup are lost, and a backup older than the last purge brings destroyed cases back. Afterwards, unlock the vault with the backup&apos;s passphrase.</source>
        <translation>Terugzetten vergrendelt de kluis en vervangt hem: casussen die sinds de back-up zijn toegevoegd of gewijzigd gaan verloren, en een back-up van vóór het laatste vernietigen brengt vernietigde casussen terug. Ontgrendel de kluis daarna met de wachtzin van de back-up.</translation>
    </message>
    <message>
        <source>Type the passphrase of this backup.</source>
        <translation>Typ de wachtzin van deze back-up.</translation>
    </message>
    <message>
        <source>Checking the backup…</source>
        <translation>De back-up wordt gecontroleerd…</translation>
    </message>
    <message>
        <source>Cases in the backup: {cases}.</source>
        <translation>Casussen in de back-up: {cases}.</translation>
    </message>
    <message>
        <source>Cases in the backup: {cases}, and the coded outlines of destroyed cases: {purged}.</source>
        <translation>Casussen in de back-up: {cases}, en gecodeerde geraamtes van vernietigde casussen: {purged}.</translation>
    </message>
    <message>
        <source>Schema {schema}, {size} KB, last written {when}.</source>
        <translation>Schemaversie {schema}, {size} kB, laatst geschreven {when}.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle controles zijn goed.</translation>
    </message>
    <message>
        <source>This passphrase does not open the backup, or the file is damaged. A backup keeps the passphrase the vault had when it was made.</source>
        <translation>Deze wachtzin opent de back-up niet, of het bestand is beschadigd. Een back-up houdt de wachtzin die de kluis had toen hij werd gemaakt.</translation>
    </message>
    <message>
        <source>The backup did not pass the checks: it is damaged. Nothing was changed.</source>
        <translation>De back-up doorstaat de controles niet: hij is beschadigd. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>There is no file at this location.</source>
        <translation>Op deze plek staat geen bestand.</translation>
    </message>
    <message>
        <source>Replace the vault with this backup?</source>
        <translation>De kluis vervangen door deze back-up?</translation>
    </message>
    <message>
        <source>The vault is locked first. Cases added or changed since the backup are lost.</source>
        <translation>De kluis wordt eerst vergrendeld. Casussen die sinds de back-up zijn toegevoegd of gewijzigd gaan verloren.</translation>
    </message>
    <message>
        <source>&amp;Replace the vault</source>
        <translation>De kluis &amp;vervangen</translation>
    </message>
    <message>
        <source>Vault to replace: {file} in the folder {folder}</source>
        <translation>Te vervangen kluis: {file} in de map {folder}</translation>
    </message>
    <message>
        <source>There is no vault here yet: the backup becomes {file} in the folder {folder}</source>
        <translation>Hier staat nog geen kluis: de back-up wordt {file} in de map {folder}</translation>
    </message>
    <message>
        <source>Put a backup in the place of a vault that is damaged or lost. The backup is checked first; nothing is replaced unless it opens with its passphrase and passes every check.</source>
        <translation>Zet een back-up in de plaats van een kluis die beschadigd of verloren is. De back-up wordt eerst gecontroleerd; er wordt niets vervangen tenzij hij opent met zijn wachtzin en elke controle doorstaat.</translation>
    </message>
    <message>
        <source>The restored vault holds what the backup holds and opens with the passphrase the backup was made with.</source>
        <translation>De teruggezette kluis bevat wat de back-up bevat en opent met de wachtzin waarmee de back-up is gemaakt.</translation>
    </message>
    <message>
        <source>The file there now is not deleted, since no one has seen what it holds: it is kept beside the vault as {kept} until the next purge.</source>
        <translation>Het bestand dat er nu staat wordt niet verwijderd, want niemand heeft gezien wat erin staat: het blijft naast de kluis bewaard als {kept} tot het volgende vernietigen.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Replace {file} with this backup?</source>
        <translation>{file} vervangen door deze back-up?</translation>
    </message>
    <message>
        <source>The file there now is not deleted: it is kept beside the vault as {kept} until the next purge.</source>
        <translation>Het bestand dat er nu staat wordt niet verwijderd: het blijft naast de kluis bewaard als {kept} tot het volgende vernietigen.</translation>
    </message>
    <message>
        <source>Put this backup in place as {file}?</source>
        <translation>Deze back-up terugzetten als {file}?</translation>
    </message>
    <message>
        <source>Afterwards, unlock the vault with the backup&apos;s passphrase.</source>
        <translation>Ontgrendel de kluis daarna met de wachtzin van de back-up.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>De back-up wordt teruggezet…</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>Kies een back-up</translation>
    </message>
    <message>
        <source>Confidant backups (*.db);;All files (*)</source>
        <translation>Confidant-back-ups (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Terugzetten…</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>The vault was restored from the backup and checked. Unlock it with the backup&apos;s passphrase. If the backup is older than your last purge, destroy the expired cases again (Vault menu).</source>
        <translation>De kluis is teruggezet uit de back-up en gecontroleerd. Ontgrendel hem met de wachtzin van de back-up. Is de back-up ouder dan je laatste vernietiging, vernietig de verlopen casussen dan opnieuw (menu Kluis).</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Er is niets teruggezet: {reason}</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <source>Expected sources</source>
        <translation>Verwachte bronnen</translation>
    </message>
    <message>
        <source>One source a line: the label a confidant chose for the export, or the source id. Text after # is a comment.</source>
        <translation>Eén bron per regel: het label dat de vertrouwenspersoon voor de export koos, of de bron-id. Tekst na # is commentaar.</translation>
    </message>
    <message>
        <source>Expected sources, one a line</source>
        <translation>Verwachte bronnen, één per regel</translation>
    </message>
    <message>
        <source>&amp;Load list…</source>
        <translation>Lijst &amp;laden…</translation>
    </message>
    <message>
        <source>Sa&amp;ve list…</source>
        <translation>Lijst op&amp;slaan…</translation>
    </message>
    <message>
        <source>Add &amp;sources not on the list</source>
        <translation>Bronnen die niet op de lijst staan toe&amp;voegen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Aanlevering</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Ontbreekt:</translation>
    </message>
    <message>
        <source>Missing sources</source>
        <translation>Ontbrekende bronnen</translation>
    </message>
    <message>
        <source>Delivered, not on the list:</source>
        <translation>Aangeleverd, niet op de lijst:</translation>
    </message>
    <message>
        <source>Delivered sources not on the list</source>
        <translation>Aangeleverde bronnen die niet op de lijst staan</translation>
    </message>
    <message>
        <source>&amp;Print delivery list…</source>
        <translation>Aanleverlijst af&amp;drukken…</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <source>Load a list of expected sources</source>
        <translation>Een lijst van verwachte bronnen laden</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Tekstbestanden (*.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save the list of expected sources</source>
        <translation>De lijst van verwachte bronnen opslaan</translation>
    </message>
    <message>
        <source>The list could not be saved ({reason}).</source>
        <translation>De lijst kon niet worden opgeslagen ({reason}).</translation>
    </message>
    <message>
        <source>Missing ({n}):</source>
        <translation>Ontbreekt ({n}):</translation>
    </message>
    <message>
        <source>Delivered, not on the list ({n}):</source>
        <translation>Aangeleverd, niet op de lijst ({n}):</translation>
    </message>
    <message>
        <source>No list yet</source>
        <translation>Nog geen lijst</translation>
    </message>
    <message>
        <source>Type or load the sources you expect to see who is missing.</source>
        <translation>Typ of laad de bronnen die u verwacht, om te zien wie ontbreekt.</translation>
    </message>
    <message>
        <source>{delivered} of {expected} delivered</source>
        <translation>{delivered} van {expected} aangeleverd</translation>
    </message>
</context>
<context>
    <name>SecretClipboard</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>The language of menus, windows and labels.</source>
        <translation>De taal van menu&apos;s, vensters en teksten.</translation>
    </message>
    <message>
        <source>Lock after (minutes idle)</source>
        <translation>Vergrendelen na (minuten zonder gebruik)</translation>
    </message>
    <message>
        <source>The vault locks itself after this many minutes without keyboard or mouse.</source>
        <translation>De kluis vergrendelt zichzelf na zoveel minuten zonder toetsenbord of muis.</translation>
    </message>
    <message>
        <source>Unit of new cases</source>
        <translation>Onderdeel van nieuwe casussen</translation>
    </message>
    <message>
        <source>Filled in for every new case; you can change it in the case.</source>
        <translation>Wordt bij elke nieuwe casus ingevuld; in de casus kun je het wijzigen.</translation>
    </message>
    <message>
        <source>Keep closed cases (months)</source>
        <translation>Gesloten casussen bewaren (maanden)</translation>
    </message>
    <message>
        <source>A closed case is due for destruction once its year has been exported and this many months have passed since it was closed.</source>
        <translation>Een gesloten casus komt in aanmerking voor vernietiging als het jaar is geëxporteerd en er zoveel maanden zijn verstreken sinds het sluiten.</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Automatische back-ups bewaren</translation>
    </message>
    <message>
        <source>The newest this many automatic backups are kept; older ones are deleted. A purge also deletes every backup made before it.</source>
        <translation>Zoveel van de nieuwste automatische back-ups blijven bewaard; oudere worden verwijderd. Bij vernietiging van casussen wordt ook elke eerdere back-up verwijderd.</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Map voor automatische back-ups</translation>
    </message>
    <message>
        <source>A full path; left empty, a folder named backups beside the vault. A folder on another disk also survives the loss of this one.</source>
        <translation>Een volledig pad; leeg: een map backups naast de kluis. Een map op een andere schijf overleeft ook het verlies van deze.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>These settings are kept on this computer, outside the vault.</source>
        <translation>Deze instellingen staan op deze computer, buiten de kluis.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>(the unit of the vault)</source>
        <translation>(het onderdeel van de kluis)</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>The settings file could not be read ({problem}), so the default settings are used for what could not be read. Choosing OK in Settings writes a new file.</source>
        <translation>Het bestand met instellingen kon niet worden gelezen ({problem}); voor wat niet leesbaar was, gelden de standaardinstellingen. Kies OK in Instellingen om een nieuw bestand te schrijven.</translation>
    </message>
    <message>
        <source>The settings could not be saved ({reason}); they apply until you quit.</source>
        <translation>De instellingen konden niet worden opgeslagen ({reason}); ze gelden tot je afsluit.</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische back-up</translation>
    </message>
    <message>
        <source>The automatic backup could not be made. {reason} Back up by hand (Vault menu) once the problem is solved.</source>
        <translation>De automatische back-up kon niet worden gemaakt. {reason} Maak zelf een back-up (menu Kluis) zodra het probleem is opgelost.</translation>
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
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Open &amp;another vault…</source>
        <translation>Andere &amp;kluis openen…</translation>
    </message>
    <message>
        <source>Put a backup in the place of a vault that is damaged or lost</source>
        <translation>Een back-up in de plaats zetten van een kluis die beschadigd of verloren is</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <source>Restore a &amp;backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Merge the confidants&apos; export files: no vault needed</source>
        <translation>De exportbestanden van vertrouwenspersonen samenvoegen: daarvoor is geen kluis nodig</translation>
    </message>
    <message>
        <source>Coordinator: &amp;merge exports…</source>
        <translation>Coördinator: exports &amp;samenvoegen…</translation>
    </message>
    <message>
        <source>Restored from the backup {file}. Unlock it with the passphrase the backup was made with.</source>
        <translation>Teruggezet uit de back-up {file}. Ontgrendel de kluis met de wachtzin waarmee die back-up is gemaakt.</translation>
    </message>
    <message>
        <source>The file it replaced is kept beside it as {kept} until the next purge.</source>
        <translation>Het vervangen bestand blijft ernaast bewaard als {kept} tot het volgende vernietigen.</translation>
    </message>
    <message>
        <source>Type the passphrase of this vault.</source>
        <translation>Typ de wachtzin van deze kluis.</translation>
    </message>
    <message>
        <source>If this is your vault, it is damaged: “{button}” puts a backup in its place.</source>
        <translation>Is dit je kluis, dan is hij beschadigd: met ‘{button}’ zet je er een back-up voor in de plaats.</translation>
    </message>
    <message>
        <source>If your vault was lost, “{button}” puts a backup here.</source>
        <translation>Is je kluis verloren gegaan, dan zet je met ‘{button}’ hier een back-up terug.</translation>
    </message>
    <message>
        <source>Sure of the passphrase? Then the file may be damaged: “{button}” puts a backup in its place.</source>
        <translation>Weet je de wachtzin zeker? Dan is het bestand misschien beschadigd: met ‘{button}’ zet je er een back-up voor in de plaats.</translation>
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
<context>
    <name>WorkspaceActions</name>
    <message>
        <source>Add export files</source>
        <translation>Exportbestanden toevoegen</translation>
    </message>
    <message>
        <source>Export files (*.json);;All files (*)</source>
        <translation>Exportbestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Add every export file in a folder</source>
        <translation>Alle exportbestanden in een map toevoegen</translation>
    </message>
    <message>
        <source>Add an earlier year&apos;s merged file</source>
        <translation>Het samengevoegde bestand van een eerder jaar toevoegen</translation>
    </message>
    <message>
        <source>Merged files (*.json);;All files (*)</source>
        <translation>Samengevoegde bestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Open workspace</source>
        <translation>Werkruimte openen</translation>
    </message>
    <message>
        <source>Workspaces (*.json);;All files (*)</source>
        <translation>Werkruimtes (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save workspace</source>
        <translation>Werkruimte opslaan</translation>
    </message>
    <message>
        <source>workspace.json</source>
        <translation>werkruimte.json</translation>
    </message>
    <message>
        <source>Workspaces (*.json)</source>
        <translation>Werkruimtes (*.json)</translation>
    </message>
    <message>
        <source>Coordinator&apos;s workspace</source>
        <translation>Coördinatorwerkruimte</translation>
    </message>
    <message>
        <source>The workspace has changes that are not saved. Discard them?</source>
        <translation>De werkruimte heeft wijzigingen die niet zijn opgeslagen. Weggooien?</translation>
    </message>
    <message>
        <source>Save the workspace (its list of files and the roster) before closing?</source>
        <translation>De werkruimte (de lijst van bestanden en de verwachte bronnen) opslaan voor het sluiten?</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>samengevoegd</translation>
    </message>
    <message>
        <source>Save merged file</source>
        <translation>Samengevoegd bestand opslaan</translation>
    </message>
    <message>
        <source>Merged files (*.json)</source>
        <translation>Samengevoegde bestanden (*.json)</translation>
    </message>
    <message>
        <source>Saved {file}: {cases} cases from {sources} sources</source>
        <translation>Opgeslagen: {file}: {cases} casussen uit {sources} bronnen</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Werkmap opslaan</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx)</source>
        <translation>Werkmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved {file} (published view: small counts hidden)</source>
        <translation>Opgeslagen: {file} (publicatieweergave: kleine aantallen verborgen)</translation>
    </message>
    <message>
        <source>Save report as PDF</source>
        <translation>Rapport als pdf opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
</context>
<context>
    <name>WorkspaceCharts</name>
    <message>
        <source>Cases by primary category, {year}</source>
        <translation>Casussen naar hoofdcategorie, {year}</translation>
    </message>
    <message>
        <source>Cases per year</source>
        <translation>Casussen per jaar</translation>
    </message>
</context>
<context>
    <name>WorkspaceOutput</name>
    <message>
        <source>Save merged file</source>
        <translation>Samengevoegd bestand opslaan</translation>
    </message>
    <message>
        <source>{file} is one of the collected files; choose another name.</source>
        <translation>{file} is een van de verzamelde bestanden; kies een andere naam.</translation>
    </message>
    <message>
        <source>{file} could not be written ({reason}).</source>
        <translation>{file} kon niet worden geschreven ({reason}).</translation>
    </message>
    <message>
        <source>Save workbook</source>
        <translation>Werkmap opslaan</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Pdf opslaan</translation>
    </message>
</context>
</TS>
