<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
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
