<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
<context>
    <name>AccessLogView</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Keten &amp;controleren</translation>
    </message>
    <message>
        <source>e.g. P-000101 or a case reference</source>
        <translation>bijv. P-000101 of een dossiernummer</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Van:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Tot en met:</translation>
    </message>
    <message>
        <source>&amp;Refused only</source>
        <translation>Alleen &amp;geweigerd</translation>
    </message>
    <message>
        <source>&amp;Break the glass only</source>
        <translation>Alleen &amp;noodprocedure</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporteer CSV…</translation>
    </message>
    <message>
        <source>&amp;Person/case:</source>
        <translation>&amp;Persoon/dossier:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>&amp;Gebruiker:</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Toegangslog</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first</source>
        <translation>
            <numerusform>%n regel, nieuwste eerst</numerusform>
            <numerusform>%n regels, nieuwste eerst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n entry(s))</source>
        <translation>
            <numerusform>Keten intact (%n regel)</numerusform>
            <numerusform>Keten intact (%n regels)</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken: %1</source>
        <translation>Keten verbroken: %1</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>Toegangslog exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n regel geëxporteerd naar %1.</numerusform>
            <numerusform>%n regels geëxporteerd naar %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Gebruiker toevoegen</translation>
    </message>
    <message>
        <source>e.g. j.jansen</source>
        <translation>bijv. j.jansen</translation>
    </message>
    <message>
        <source>Re&amp;covery code:</source>
        <translation>&amp;Herstelcode:</translation>
    </message>
    <message>
        <source>This role reads the criminal-record compartment, whose key your own slot does not hold. Enter the unit&apos;s recovery code to pass it on.</source>
        <translation>Deze rol leest het compartiment strafrechtelijk verleden; de sleutel daarvan zit niet in uw eigen sleutelslot. Voer de herstelcode van de eenheid in om die door te geven.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>Initial &amp;passphrase:</source>
        <translation>Eerste &amp;wachtwoordzin:</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>&amp;Herhaal wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>Gebruiker &amp;toevoegen</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De twee wachtwoordzinnen verschillen. Typ ze opnieuw.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Users</source>
        <translation>Gebruikers</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>Gebruiker &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>Gebruiker &amp;verwijderen…</translation>
    </message>
    <message>
        <source>New recovery &amp;code…</source>
        <translation>Nieuwe &amp;herstelcode…</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Geldend beleid</translation>
    </message>
    <message>
        <source>Set by IT in the workstation&apos;s policy file; locked values cannot be loosened.</source>
        <translation>Ingesteld door IT in het beleidsbestand van de werkplek; vergrendelde waarden kunnen niet worden versoepeld.</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>Gebruiker %1 is toegevoegd.</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Kies eerst een gebruiker in de lijst.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Gebruiker verwijderen</translation>
    </message>
    <message>
        <source>Remove user %1?</source>
        <translation>Gebruiker %1 verwijderen?</translation>
    </message>
    <message>
        <source>Their key slot is removed and the store key is rotated, so an old copy of it opens nothing.</source>
        <translation>Het sleutelslot wordt verwijderd en de opslagsleutel vervangen, zodat een oude kopie ervan niets meer opent.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>User %1 was removed.</source>
        <translation>Gebruiker %1 is verwijderd.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Vorige pagina</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <source>Choose an attachment and press Enter (or double-click) to view it here.</source>
        <translation>Kies een bijlage en druk op Enter (of dubbelklik) om haar hier te bekijken.</translation>
    </message>
    <message>
        <source>This attachment cannot be shown: its content is damaged or not supported.</source>
        <translation>Deze bijlage kan niet worden getoond: de inhoud is beschadigd of wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Restricted case %1</source>
        <extracomment>How long a revealed BSN stays visible.</extracomment>
        <translation>Afgeschermd dossier %1</translation>
    </message>
    <message>
        <source>Case %1 is restricted to named advisors. You can open it in an emergency (break the glass): state why. Your name, the reason and the time are logged and reviewed by the privacy officer.</source>
        <translation>Dossier %1 is afgeschermd voor genoemde adviseurs. In een noodgeval kunt u het openen (noodprocedure, &apos;break the glass&apos;): geef de reden op. Uw naam, de reden en het tijdstip worden gelogd en door de privacy officer beoordeeld.</translation>
    </message>
    <message>
        <source>Reason (at least 10 characters)</source>
        <translation>Reden (minstens 10 tekens)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>&amp;Open case (logged)</source>
        <translation>Dossier &amp;openen (wordt gelogd)</translation>
    </message>
    <message>
        <source>Break the glass</source>
        <translation>Noodprocedure</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Search reference, family name or person reference (Ctrl+F)</source>
        <extracomment>Delay between the last key press in the search box and the new query.</extracomment>
        <translation>Zoek op dossiernummer, achternaam of persoonsreferentie (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Dossiers zoeken</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>Alle adviseurs</translation>
    </message>
    <message>
        <source>Assigned advisor: choose or type a user name</source>
        <translation>Toegewezen adviseur: kies of typ een gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Ad&amp;visor:</source>
        <translation>&amp;Adviseur:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n dossier geladen; scroll omlaag voor meer</numerusform>
            <numerusform>%n dossiers geladen; scroll omlaag voor meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case open</source>
        <extracomment>emitted after a case was opened (reference) or closed (&quot;&quot;)</extracomment>
        <translation>Geen dossier geopend</translation>
    </message>
    <message>
        <source>Choose a case in the list and press Enter to open it.</source>
        <translation>Kies een dossier in de lijst en druk op Enter om het te openen.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Persoon</translation>
    </message>
    <message>
        <source>&amp;Medical data</source>
        <translation>&amp;Medische gegevens</translation>
    </message>
    <message>
        <source>Access lo&amp;g</source>
        <translation>&amp;Toegangslog</translation>
    </message>
    <message>
        <source>Show &amp;BSN</source>
        <translation>Toon &amp;BSN</translation>
    </message>
    <message>
        <source>Shows the full BSN for 30 seconds. This is logged.</source>
        <translation>Toont het volledige BSN gedurende 30 seconden. Dit wordt gelogd.</translation>
    </message>
    <message>
        <source>&amp;Copy BSN</source>
        <translation>BSN &amp;kopiëren</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a short time.</source>
        <translation>Het klembord wordt na korte tijd weer leeggemaakt.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geboortedatum:</translation>
    </message>
    <message>
        <source>Person reference:</source>
        <translation>Persoonsreferentie:</translation>
    </message>
    <message>
        <source>BSN:</source>
        <translation>BSN:</translation>
    </message>
    <message>
        <source>Legal basis for the BSN:</source>
        <translation>Wettelijke grondslag BSN:</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Dossiernummer:</translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation>Soort dossier:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Ontvangen:</translation>
    </message>
    <message>
        <source>Assigned advisor:</source>
        <translation>Toegewezen adviseur:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Vraag:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Health entries</source>
        <translation>Medische gegevens</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Tekst van het gegeven</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>&amp;Notitie toevoegen…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Bijlagen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Bekijken</translation>
    </message>
    <message>
        <source>Add &amp;attachment…</source>
        <translation>Bijlage &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Who opened or changed this case, and who was refused.</source>
        <translation>Wie dit dossier heeft geopend of gewijzigd, en wie is geweigerd.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>afgeschermd</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>niet vastgelegd</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Bijlage toevoegen</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF en afbeeldingen (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>medunit — first start</source>
        <extracomment>Synthetic cases in a new demo store.</extracomment>
        <translation>medunit — eerste start</translation>
    </message>
    <message>
        <source>&amp;Create store</source>
        <translation>&amp;Opslag aanmaken</translation>
    </message>
    <message>
        <source>Open &amp;demo store</source>
        <translation>&amp;Demo-opslag openen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Create the unit&apos;s encrypted store in the folder set by the policy. You become its unit administrator and receive a recovery code for IT.</source>
        <translation>Maak de versleutelde opslag van de functionele eenheid aan in de map die het beleid voorschrijft. U wordt de beheerder van de eenheid en ontvangt een herstelcode voor IT.</translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation>Opslagmap: %1</translation>
    </message>
    <message>
        <source>Try medunit with synthetic data only — never real health data. The demo store is kept apart from the unit&apos;s store.</source>
        <translation>Probeer medunit uit met uitsluitend fictieve gegevens — nooit echte gezondheidsgegevens. De demo-opslag staat los van de opslag van de eenheid.</translation>
    </message>
    <message>
        <source>Folder: %1
User name: %2
Passphrase: %3</source>
        <translation>Map: %1
Gebruikersnaam: %2
Wachtwoordzin: %3</translation>
    </message>
    <message>
        <source>Welcome to medunit</source>
        <translation>Welkom bij medunit</translation>
    </message>
    <message>
        <source>There is no store on this workstation yet. What do you want to do?</source>
        <translation>Er is nog geen opslag op deze werkplek. Wat wilt u doen?</translation>
    </message>
    <message>
        <source>e.g. j.jansen</source>
        <translation>bijv. j.jansen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Repeat passphrase:</source>
        <translation>Wachtwoordzin &amp;herhalen:</translation>
    </message>
    <message>
        <source>Store folder:</source>
        <translation>Opslagmap:</translation>
    </message>
    <message>
        <source>Use a passphrase of at least 12 characters, for example four unrelated words. Nobody can reset it for you; only the recovery code can open the store without it.</source>
        <translation>Kies een wachtwoordzin van minstens 12 tekens, bijvoorbeeld vier losse woorden. Niemand kan hem voor u herstellen; zonder wachtwoordzin opent alleen de herstelcode de opslag.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Create the unit&apos;s store</source>
        <translation>Opslag van de eenheid aanmaken</translation>
    </message>
    <message>
        <source>This recovery code opens the store when a passphrase is lost or the store moves to another workstation. It is shown only this once and is not saved anywhere. Write it down and hand it to IT for safekeeping; anyone who has it can open the store.</source>
        <translation>Met deze herstelcode opent u de opslag als een wachtwoordzin kwijt is of als de opslag naar een andere werkplek verhuist. De code wordt alleen nu getoond en nergens bewaard. Schrijf hem op en geef hem aan IT om veilig te bewaren; wie de code heeft, kan de opslag openen.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>I have &amp;written the recovery code down and stored it safely</source>
        <translation>Ik heb de herstelcode &amp;opgeschreven en veilig opgeborgen</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Verder</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>De twee wachtwoordzinnen verschillen. Typ ze opnieuw.</translation>
    </message>
    <message>
        <source>Creating the demo store with synthetic cases…</source>
        <translation>De demo-opslag wordt gevuld met synthetische dossiers…</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo-opslag</translation>
    </message>
    <message>
        <source>The folder %1 holds a store that is not a demo store.</source>
        <translation>De map %1 bevat een opslag die geen demo-opslag is.</translation>
    </message>
</context>
<context>
    <name>GuardedTextView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DEMO — this store holds synthetic data only. Do not enter real health data.</source>
        <translation>DEMO — deze opslag bevat alleen fictieve gegevens. Voer geen echte gezondheidsgegevens in.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Aangemeld als:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Opslag:</translation>
    </message>
    <message>
        <source>Workstation:</source>
        <translation>Werkplek:</translation>
    </message>
    <message>
        <source>Workstation binding:</source>
        <translation>Werkplekbinding:</translation>
    </message>
    <message>
        <source>Automatic lock:</source>
        <translation>Automatisch vergrendelen:</translation>
    </message>
    <message>
        <source>Medical advisor unit</source>
        <translation>Functionele eenheid medisch adviseur</translation>
    </message>
    <message>
        <source>medunit is locked.</source>
        <translation>medunit is vergrendeld.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About medunit</source>
        <translation>&amp;Over medunit</translation>
    </message>
    <message>
        <source>&amp;Cases</source>
        <translation>&amp;Dossiers</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>&amp;Toegangslog</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Beheer</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Sessie</translation>
    </message>
    <message>
        <source>Medical advisor</source>
        <translation>Medisch adviseur</translation>
    </message>
    <message>
        <source>Unit staff</source>
        <translation>Medewerker functionele eenheid</translation>
    </message>
    <message>
        <source>Criminal-record officer</source>
        <translation>Functionaris strafrechtelijk verleden</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Privacyfunctionaris</translation>
    </message>
    <message>
        <source>Unit administrator</source>
        <translation>Beheerder functionele eenheid</translation>
    </message>
    <message>
        <source>medunit — %1</source>
        <translation>medunit — %1</translation>
    </message>
    <message>
        <source>%1 — DEMO</source>
        <translation>%1 — DEMO</translation>
    </message>
    <message>
        <source>unknown (the key-slot file cannot be read)</source>
        <translation>onbekend (het sleutelbestand is niet leesbaar)</translation>
    </message>
    <message>
        <source>on — the store opens only on workstations it is bound to</source>
        <translation>aan — de opslag opent alleen op werkplekken waaraan hij gebonden is</translation>
    </message>
    <message>
        <source>off — the store opens on any workstation with a passphrase</source>
        <translation>uit — de opslag opent op elke werkplek met een wachtwoordzin</translation>
    </message>
    <message numerus="yes">
        <source>after %n minute(s) without activity</source>
        <translation>
            <numerusform>na %n minuut zonder activiteit</numerusform>
            <numerusform>na %n minuten zonder activiteit</numerusform>
        </translation>
    </message>
    <message>
        <source>About medunit</source>
        <translation>Over medunit</translation>
    </message>
    <message>
        <source>medunit %1</source>
        <translation>medunit %1</translation>
    </message>
    <message>
        <source>The workstation of the insurer&apos;s medical advisor unit: encrypted health records, consent, doctor information requests and signed advice.</source>
        <translation>De werkplek van de functionele eenheid medisch adviseur van de verzekeraar: versleutelde medische gegevens, toestemmingen, informatieverzoeken aan behandelaars en ondertekend medisch advies.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on case %1</source>
        <translation>Notitie bij dossier %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>A new recovery code replaces the current one, which stops working. If the store has a criminal-record compartment, enter the current code so its key is kept.</source>
        <translation>Een nieuwe herstelcode vervangt de huidige, die dan niet meer werkt. Heeft de opslag een compartiment strafrechtelijk verleden, voer dan de huidige code in zodat de sleutel daarvan behouden blijft.</translation>
    </message>
    <message>
        <source>&amp;Current recovery code:</source>
        <translation>&amp;Huidige herstelcode:</translation>
    </message>
    <message>
        <source>&amp;Make new code</source>
        <translation>Nieuwe code &amp;maken</translation>
    </message>
    <message>
        <source>I have &amp;written the new recovery code down and stored it safely</source>
        <translation>Ik heb de nieuwe herstelcode &amp;opgeschreven en veilig opgeborgen</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>This code is shown only now. Hand it to IT for safekeeping.</source>
        <translation>Deze code wordt alleen nu getoond. Geef haar aan IT in bewaring.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock medunit</source>
        <extracomment>Failures allowed before the Unlock button is held back. Longest hold-back, in delay units (seconds in production).</extracomment>
        <translation>medunit ontgrendelen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Opslag:</translation>
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
        <source>Unlock the unit&apos;s store</source>
        <translation>Opslag van de eenheid ontgrendelen</translation>
    </message>
    <message>
        <source>Enter your user name and passphrase to open the encrypted store.</source>
        <translation>Voer uw gebruikersnaam en wachtwoordzin in om de versleutelde opslag te openen.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Voer uw gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Voer uw wachtwoordzin in.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Te veel mislukte pogingen. U kunt het over %n seconde opnieuw proberen.</numerusform>
            <numerusform>Te veel mislukte pogingen. U kunt het over %n seconden opnieuw proberen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>medunit</source>
        <translation>medunit</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Unlock failed: unknown user or wrong passphrase.</source>
        <extracomment>Error templates the start-up dialogs can show, listed so ``pyside6-lupdate`` puts them in the &quot;errors&quot; context of the .ts files. The core owns the English text; keep these in sync with it.</extracomment>
        <translation>Ontgrendelen mislukt: onbekende gebruiker of onjuiste wachtwoordzin.</translation>
    </message>
    <message>
        <source>The key slot of {user} is bound to another workstation. Use the recovery code: medunit-admin recover --store DIR --user {user} --recovery-code CODE</source>
        <translation>Het sleutelslot van {user} is gebonden aan een andere werkplek. Gebruik de herstelcode: medunit-admin recover --store DIR --user {user} --recovery-code CODE</translation>
    </message>
    <message>
        <source>A passphrase needs at least {n} characters.</source>
        <translation>Een wachtwoordzin moet minstens {n} tekens hebben.</translation>
    </message>
    <message>
        <source>A passphrase cannot begin or end with a space.</source>
        <translation>Een wachtwoordzin mag niet met een spatie beginnen of eindigen.</translation>
    </message>
    <message>
        <source>The store folder {path} does not exist.</source>
        <translation>De opslagmap {path} bestaat niet.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} is geen map.</translation>
    </message>
    <message>
        <source>{path} is not a medunit store (no key-slot file or database).</source>
        <translation>{path} is geen medunit-opslag (geen sleutelbestand of database).</translation>
    </message>
    <message>
        <source>The folder {path} is not empty; choose an empty or new folder.</source>
        <translation>De map {path} is niet leeg; kies een lege of nieuwe map.</translation>
    </message>
    <message>
        <source>User name &apos;{name}&apos; is not valid: 2-32 characters, lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>Gebruikersnaam &apos;{name}&apos; is ongeldig: 2-32 tekens, kleine letters, cijfers, &apos;.&apos;, &apos;_&apos; of &apos;-&apos;, beginnend met een letter.</translation>
    </message>
    <message>
        <source>The key-slot file {path} is damaged or was altered ({detail}).</source>
        <translation>Het sleutelbestand {path} is beschadigd of gewijzigd ({detail}).</translation>
    </message>
    <message>
        <source>The key-slot file {path} was altered: an envelope does not open.</source>
        <translation>Het sleutelbestand {path} is gewijzigd: een envelop gaat niet open.</translation>
    </message>
    <message>
        <source>The key-slot file {path} was altered (its MAC does not match).</source>
        <translation>Het sleutelbestand {path} is gewijzigd (de MAC klopt niet).</translation>
    </message>
    <message>
        <source>The key-slot file {path} holds no key for this slot.</source>
        <translation>Het sleutelbestand {path} bevat geen sleutel voor dit slot.</translation>
    </message>
    <message>
        <source>The OS keychain is not available ({detail}). Log in to a desktop session with a keychain (GNOME Keyring / KWallet, macOS Keychain, Windows Credential Manager) or ask IT.</source>
        <translation>De sleutelhanger van het besturingssysteem is niet beschikbaar ({detail}). Meld u aan bij een bureaubladsessie met een sleutelhanger (GNOME Keyring / KWallet, macOS-sleutelhanger, Windows Referentiebeheer) of vraag IT.</translation>
    </message>
    <message>
        <source>This store is bound to workstations; the OS keychain is needed.</source>
        <translation>Deze opslag is aan werkplekken gebonden; de sleutelhanger van het besturingssysteem is nodig.</translation>
    </message>
    <message>
        <source>Workstation binding needs the OS keychain.</source>
        <translation>Werkplekbinding vereist de sleutelhanger van het besturingssysteem.</translation>
    </message>
    <message>
        <source>The session is locked; unlock first.</source>
        <translation>De sessie is vergrendeld; ontgrendel eerst.</translation>
    </message>
    <message>
        <source>Your role {role} may not do &apos;{action}&apos;.</source>
        <translation>Uw rol {role} mag &apos;{action}&apos; niet uitvoeren.</translation>
    </message>
    <message>
        <source>There is no case {ref}.</source>
        <translation>Er is geen dossier {ref}.</translation>
    </message>
    <message>
        <source>Case {ref} is restricted to named advisors. Break the glass with a reason to open it.</source>
        <translation>Dossier {ref} is afgeschermd voor genoemde adviseurs. Gebruik de noodprocedure met een reden om het te openen.</translation>
    </message>
    <message>
        <source>Breaking the glass needs a reason of at least {n} characters.</source>
        <translation>De noodprocedure vraagt een reden van minstens {n} tekens.</translation>
    </message>
    <message>
        <source>An entry needs text.</source>
        <translation>Een gegeven moet tekst hebben.</translation>
    </message>
    <message>
        <source>Unknown entry kind &apos;{kind}&apos;.</source>
        <translation>Onbekende soort gegeven &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>The file {name} is larger than the policy&apos;s limit of {mb} MB; nothing was stored.</source>
        <translation>Het bestand {name} is groter dan de beleidslimiet van {mb} MB; er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>The file {name} is a {kind} but its name says otherwise; rename it and try again.</source>
        <translation>Het bestand {name} is een {kind}, maar de naam zegt iets anders; hernoem het en probeer opnieuw.</translation>
    </message>
    <message>
        <source>The file {name} is not a PDF, PNG or JPEG (checked by content).</source>
        <translation>Het bestand {name} is geen PDF, PNG of JPEG (gecontroleerd op inhoud).</translation>
    </message>
    <message>
        <source>Attachment {id} does not belong to case {ref}.</source>
        <translation>Bijlage {id} hoort niet bij dossier {ref}.</translation>
    </message>
    <message>
        <source>No BSN is recorded for this person.</source>
        <translation>Voor deze persoon is geen BSN vastgelegd.</translation>
    </message>
    <message>
        <source>Unlock failed: this is not the store&apos;s recovery code.</source>
        <translation>Ontgrendelen mislukt: dit is niet de herstelcode van deze opslag.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}</source>
        <translation>Kan {path} niet schrijven: {why}</translation>
    </message>
    <message>
        <source>User {user} already exists.</source>
        <translation>Gebruiker {user} bestaat al.</translation>
    </message>
    <message>
        <source>No user named {user}.</source>
        <translation>Er is geen gebruiker {user}.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another unit administrator.</source>
        <translation>U kunt uzelf niet verwijderen; vraag een andere beheerder.</translation>
    </message>
    <message>
        <source>{user} is the last unit administrator and cannot be removed.</source>
        <translation>{user} is de laatste beheerder van de eenheid en kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>Onbekende rol &apos;{role}&apos;. Rollen: {roles}.</translation>
    </message>
    <message>
        <source>The role {role} needs the criminal-record compartment key, which your slot does not hold. Give the recovery code (--recovery-code or MEDUNIT_RECOVERY_CODE).</source>
        <translation>De rol {role} heeft de sleutel van het compartiment strafrechtelijk verleden nodig, die niet in uw sleutelslot zit. Geef de herstelcode op (--recovery-code of MEDUNIT_RECOVERY_CODE).</translation>
    </message>
    <message>
        <source>Internal error; details withheld.</source>
        <extracomment>Shown for anything that is not a MedunitError: the details could hold health data.</extracomment>
        <translation>Interne fout; details worden niet getoond.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Acceptance income insurance</source>
        <extracomment>The role under which every model hands out the row&apos;s service object.</extracomment>
        <translation>Acceptatie inkomensverzekering</translation>
    </message>
    <message>
        <source>Incapacity claim</source>
        <translation>Arbeidsongeschiktheidsclaim</translation>
    </message>
    <message>
        <source>Personal injury</source>
        <translation>Letselschade</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In behandeling</translation>
    </message>
    <message>
        <source>Waiting for information</source>
        <translation>Wacht op informatie</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Geadviseerd</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <source>Health declaration answer</source>
        <translation>Antwoord gezondheidsverklaring</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Letter from doctor</source>
        <translation>Brief van behandelaar</translation>
    </message>
    <message>
        <source>Answer from doctor</source>
        <translation>Antwoord van behandelaar</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Opname</translation>
    </message>
    <message>
        <source>Medical advisor</source>
        <translation>Medisch adviseur</translation>
    </message>
    <message>
        <source>Unit staff</source>
        <translation>Medewerker functionele eenheid</translation>
    </message>
    <message>
        <source>Criminal-record officer</source>
        <translation>Functionaris strafrechtelijk verleden</translation>
    </message>
    <message>
        <source>Privacy officer</source>
        <translation>Privacy officer</translation>
    </message>
    <message>
        <source>Unit administrator</source>
        <translation>Beheerder functionele eenheid</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>column → the service&apos;s sort key; None: not sortable the translated message of a refusal while loading</extracomment>
        <translation>Dossiernummer</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ontvangen</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(afgeschermd)</translation>
    </message>
    <message>
        <source>Restricted case: opening it needs a reason (break the glass) and is logged.</source>
        <translation>Afgeschermd dossier: openen vraagt een reden (noodprocedure) en wordt gelogd.</translation>
    </message>
    <message>
        <source>Restricted case; you are one of its named users.</source>
        <translation>Afgeschermd dossier; u bent een van de genoemde gebruikers.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Toegevoegd</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>toegestaan</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wanneer (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Verantwoordelijke</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Nood</translation>
    </message>
    <message>
        <source>break the glass</source>
        <translation>noodprocedure</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkplek</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>default</source>
        <translation>standaard</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
</TS>
