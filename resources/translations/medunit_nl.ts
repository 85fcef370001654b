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
    <name>AcknowledgeDialog</name>
    <message>
        <source>Confidentiality statement</source>
        <translation>Geheimhoudingsverklaring</translation>
    </message>
    <message>
        <source>Please confirm the unit&apos;s confidentiality statement again (periodic renewal).</source>
        <translation>Bevestig de geheimhoudingsverklaring van de eenheid opnieuw (periodieke herbevestiging).</translation>
    </message>
    <message>
        <source>The unit&apos;s confidentiality statement has changed. Read it and accept it.</source>
        <translation>De geheimhoudingsverklaring van de eenheid is gewijzigd. Lees haar en aanvaard haar.</translation>
    </message>
    <message>
        <source>Before you see any data, read and accept the unit&apos;s confidentiality statement.</source>
        <translation>Lees en aanvaard de geheimhoudingsverklaring van de eenheid voordat u gegevens ziet.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versie {version}</translation>
    </message>
    <message>
        <source>I have read the statement and &amp;accept my duty of confidentiality</source>
        <translation>Ik heb de verklaring gelezen en &amp;aanvaard mijn geheimhoudingsplicht</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aanvaarden</translation>
    </message>
    <message>
        <source>Refuse and close</source>
        <translation>Weigeren en sluiten</translation>
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
        <source>11 digits</source>
        <translation>11 cijfers</translation>
    </message>
    <message>
        <source>&amp;BIG number:</source>
        <translation>&amp;BIG-nummer:</translation>
    </message>
    <message>
        <source>Goes into the advisor&apos;s own document-signing certificate; without it they cannot sign advice exports.</source>
        <translation>Komt in het eigen ondertekeningscertificaat van de adviseur; zonder BIG-nummer kan de adviseur geen adviesexports ondertekenen.</translation>
    </message>
    <message>
        <source>This role reads content whose keys your own slot does not hold. Enter the unit&apos;s recovery code to pass them on now, or leave it empty: a holder of the keys then approves the grant.</source>
        <translation>Deze rol leest gegevens waarvan de sleutels niet in uw eigen sleutelslot zitten. Voer de herstelcode van de eenheid in om ze nu door te geven, of laat het leeg: een houder van de sleutels keurt de toekenning dan goed.</translation>
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
        <source>&amp;Profile…</source>
        <translation>&amp;Profiel…</translation>
    </message>
    <message>
        <source>Display name and (medical advisors) BIG number</source>
        <translation>Weergavenaam en (medisch adviseurs) BIG-nummer</translation>
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
        <source>Signing key of the unit</source>
        <translation>Ondertekeningssleutel van de eenheid</translation>
    </message>
    <message>
        <source>&amp;Save public key…</source>
        <translation>Publieke sleutel &amp;opslaan…</translation>
    </message>
    <message>
        <source>Advice exports are signed with this key. Give the public key to the general dossier so it can verify them; compare the fingerprint by phone.</source>
        <translation>Adviesexports worden met deze sleutel ondertekend. Geef de publieke sleutel aan het algemene dossier zodat het de exports kan controleren; vergelijk de vingerafdruk telefonisch.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Vingerafdruk:</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Publieke sleutel opslaan</translation>
    </message>
    <message>
        <source>Public key (*.pem *.txt *.pub)</source>
        <translation>Publieke sleutel (*.pem *.txt *.pub)</translation>
    </message>
    <message>
        <source>Public key saved to %1 (fingerprint %2).</source>
        <translation>Publieke sleutel opgeslagen in %1 (vingerafdruk %2).</translation>
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
    <message>
        <source>The profile of %1 was saved.</source>
        <translation>Het profiel van %1 is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AdviceTab</name>
    <message>
        <source>Reloaded: the editor shows the latest version.</source>
        <translation>Opnieuw geladen: de editor toont de laatste versie.</translation>
    </message>
    <message>
        <source>What is excluded, in words the case handler may read</source>
        <extracomment>the leak check bound to this case&apos;s health entries, read once per opened case</extracomment>
        <translation>Wat wordt uitgesloten, in woorden die de schadebehandelaar/acceptant mag lezen</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Eindigt op:</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>niet beoordeeld</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Besluit:</translation>
    </message>
    <message>
        <source>E&amp;xclusion:</source>
        <translation>&amp;Uitsluiting:</translation>
    </message>
    <message>
        <source>Premium &amp;loading:</source>
        <translation>Premie&amp;opslag:</translation>
    </message>
    <message>
        <source>&amp;Postpone for:</source>
        <translation>Uitstellen &amp;voor:</translation>
    </message>
    <message>
        <source>&amp;Incapacity:</source>
        <translation>&amp;Arbeidsongeschiktheid:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Periode &amp;vanaf:</translation>
    </message>
    <message>
        <source>Period &amp;until:</source>
        <translation>Periode &amp;tot en met:</translation>
    </message>
    <message>
        <source>&amp;Causal relation:</source>
        <translation>&amp;Causaal verband:</translation>
    </message>
    <message>
        <source>&amp;End state:</source>
        <translation>&amp;Eindtoestand:</translation>
    </message>
    <message>
        <source>&amp;Impairment:</source>
        <translation>&amp;Functionele invaliditeit:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>V&amp;ervolgstap:</translation>
    </message>
    <message>
        <source>A short remark for the case handler: the outcome, never the diagnosis or findings.</source>
        <translation>Een korte toelichting voor de schadebehandelaar/acceptant: de uitkomst, nooit de diagnose of bevindingen.</translation>
    </message>
    <message>
        <source>&amp;Remark for the case handler:</source>
        <translation>&amp;Toelichting voor de schadebehandelaar/acceptant:</translation>
    </message>
    <message>
        <source>Possible health data in the remark</source>
        <translation>Mogelijk medische gegevens in de toelichting</translation>
    </message>
    <message>
        <source>Leak check: no words that look like health data.</source>
        <translation>Lekcontrole: geen woorden die op medische gegevens lijken.</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Concept opslaan</translation>
    </message>
    <message>
        <source>&amp;Amend (new version)</source>
        <translation>&amp;Wijzigen (nieuwe versie)</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>O&amp;ndertekenen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Export &amp;to folder…</source>
        <translation>Exporteren &amp;naar map…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Voorbeeld van de export</translation>
    </message>
    <message>
        <source>What the case handler receives</source>
        <translation>Wat de schadebehandelaar/acceptant ontvangt</translation>
    </message>
    <message>
        <source>Exactly these fields leave the unit, signed, in Dutch; nothing else. Updated as you type.</source>
        <translation>Precies deze velden verlaten de eenheid, ondertekend, in het Nederlands; verder niets. Wordt bijgewerkt terwijl u typt.</translation>
    </message>
    <message>
        <source>Advice versions</source>
        <translation>Adviesversies</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Writes the signed export (JSON and PDF) to the policy&apos;s export folder %1.</source>
        <translation>Schrijft de ondertekende export (JSON en PDF) naar de exportmap uit het beleid: %1.</translation>
    </message>
    <message>
        <source>Exported to the folder %1: %2 and %3</source>
        <translation>Geëxporteerd naar de map %1: %2 en %3</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 tekens</translation>
    </message>
    <message>
        <source>The remark is %1 characters too long.</source>
        <translation>De toelichting is %1 tekens te lang.</translation>
    </message>
    <message>
        <source>Not complete yet: %1</source>
        <translation>Nog niet compleet: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Leak check: %n word(s) may be health data. Rephrase, or confirm them when signing.</source>
        <translation>
            <numerusform>Lekcontrole: %n woord is mogelijk een medisch gegeven. Formuleer anders, of bevestig het bij het ondertekenen.</numerusform>
            <numerusform>Lekcontrole: %n woorden zijn mogelijk medische gegevens. Formuleer anders, of bevestig ze bij het ondertekenen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a medical advisor drafts and signs advice. </source>
        <translation>Alleen een medisch adviseur stelt advies op en ondertekent het. </translation>
    </message>
    <message>
        <source>You are editing version %1, an amendment of signed version %2. Saving creates the new version; version %2 stays as it was signed.</source>
        <translation>U bewerkt versie %1, een wijziging van ondertekende versie %2. Opslaan maakt de nieuwe versie; versie %2 blijft zoals die is ondertekend.</translation>
    </message>
    <message>
        <source>No advice yet. Saving makes version 1, a draft.</source>
        <translation>Nog geen advies. Opslaan maakt versie 1, een concept.</translation>
    </message>
    <message>
        <source>Version %1 was signed by %2 on %3 and was replaced by version %4.</source>
        <translation>Versie %1 is op %3 ondertekend door %2 en is vervangen door versie %4.</translation>
    </message>
    <message>
        <source>Version %1 was signed by %2 on %3 and is final. Changing it makes a new version (Amend).</source>
        <translation>Versie %1 is ondertekend door %2 op %3 en is definitief. Wijzigen maakt een nieuwe versie (Wijzigen).</translation>
    </message>
    <message>
        <source>Version %1 is a draft: nothing reaches the case handler until it is signed and exported.</source>
        <translation>Versie %1 is een concept: de schadebehandelaar/acceptant ontvangt niets totdat het is ondertekend en geëxporteerd.</translation>
    </message>
    <message>
        <source>Draft version %1 was saved.</source>
        <translation>Conceptversie %1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Version %1 was signed. It can now be exported.</source>
        <translation>Versie %1 is ondertekend en kan nu worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Folder for the advice export</source>
        <translation>Map voor de adviesexport</translation>
    </message>
    <message>
        <source>Nothing was exported. Adjust the remark, then sign and export again.</source>
        <translation>Er is niets geëxporteerd. Pas de toelichting aan, onderteken en exporteer opnieuw.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <source>(confirmed words: %1)</source>
        <translation>(bevestigde woorden: %1)</translation>
    </message>
    <message>
        <source>The export folder cannot be used: %1</source>
        <translation>De exportmap is niet bruikbaar: %1</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>This request no longer exists; copy your answer if you need it.</source>
        <translation>Dit verzoek bestaat niet meer; kopieer uw antwoord als u het nodig hebt.</translation>
    </message>
    <message>
        <source>Reloaded. Your answer is still here; file it again if it still applies.</source>
        <translation>Opnieuw geladen. Uw antwoord staat er nog; leg het opnieuw vast als het nog klopt.</translation>
    </message>
    <message>
        <source>Reloaded: the request is now &quot;%1&quot; and takes no answer; copy your answer if you need it.</source>
        <translation>Opnieuw geladen: het verzoek is nu &quot;%1&quot; en neemt geen antwoord meer aan; kopieer uw antwoord als u het nodig hebt.</translation>
    </message>
    <message>
        <source>Answer to request %1</source>
        <translation>Antwoord op verzoek %1</translation>
    </message>
    <message>
        <source>&amp;Answer (filed as a health entry of the case):</source>
        <translation>&amp;Antwoord (vastgelegd als medisch gegeven van het dossier):</translation>
    </message>
    <message>
        <source>&amp;File answer</source>
        <translation>Antwoord &amp;vastleggen</translation>
    </message>
    <message>
        <source>Attach the doctor&apos;s letter itself under Medical data as well.</source>
        <translation>Voeg de brief van de behandelend arts zelf ook toe onder Medische gegevens.</translation>
    </message>
</context>
<context>
    <name>AttachConfirmDialog</name>
    <message>
        <source>Add attachment to case %1</source>
        <translation>Bijlage toevoegen aan dossier %1</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;%1&lt;/b&gt; to case &lt;b&gt;%2&lt;/b&gt; of &lt;b&gt;%3&lt;/b&gt; (born %4)?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; toevoegen aan dossier &lt;b&gt;%2&lt;/b&gt; van &lt;b&gt;%3&lt;/b&gt; (geboren %4)?</translation>
    </message>
    <message>
        <source>&amp;Add to this case</source>
        <translation>&amp;Toevoegen aan dit dossier</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>◀ &amp;Previous page</source>
        <extracomment>zoom steps (1.0 = fit to width), Ctrl+plus / Ctrl+minus walk them, Ctrl+0 goes back to fit to width</extracomment>
        <translation>◀ &amp;Vorige pagina</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Volgende pagina ▶</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Uitzoomen (Ctrl+min)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Inzoomen (Ctrl+plus)</translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation>&amp;Passend in breedte</translation>
    </message>
    <message>
        <source>Fit to width (Ctrl+0)</source>
        <translation>Passend in breedte (Ctrl+0)</translation>
    </message>
    <message>
        <source>C&amp;lose viewer</source>
        <translation>Weergave s&amp;luiten</translation>
    </message>
    <message>
        <source>Choose an attachment and press Enter (or double-click) to view it here.</source>
        <translation>Kies een bijlage en druk op Enter (of dubbelklik) om haar hier te bekijken.</translation>
    </message>
    <message>
        <source>Attachment page (Page Up / Page Down to turn)</source>
        <translation>Pagina van de bijlage (Page Up / Page Down om te bladeren)</translation>
    </message>
    <message>
        <source>This attachment cannot be shown: its content is damaged or not supported.</source>
        <translation>Deze bijlage kan niet worden getoond: de inhoud is beschadigd of wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>100 % is the width of the viewer</source>
        <translation>100 % is de breedte van de weergave</translation>
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
        <source>Assigned advisor: every advisor with cases</source>
        <translation>Toegewezen adviseur: iedere adviseur met dossiers</translation>
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
        <source>C&amp;onsent</source>
        <translation>T&amp;oestemmingen</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Verzoeken</translation>
    </message>
    <message>
        <source>Ad&amp;vice</source>
        <translation>&amp;Advies</translation>
    </message>
    <message>
        <source>Con&amp;tact moments</source>
        <translation>&amp;Contactmomenten</translation>
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
        <source>Access &amp;report…</source>
        <translation>Inzage&amp;rapport…</translation>
    </message>
    <message>
        <source>A PDF of what the unit holds about this person and who accessed it (GDPR art. 15).</source>
        <translation>Een PDF van wat de eenheid over deze persoon vastlegt en wie het heeft ingezien (AVG art. 15).</translation>
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
        <source>Access log of this case</source>
        <translation>Toegangslog van dit dossier</translation>
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
        <source>◀ Case &amp;list</source>
        <extracomment>emitted after a case was opened (reference) or closed (&quot;&quot;) the user asks for the case list back (the open case had the whole width)</extracomment>
        <translation>◀ Dossier&amp;lijst</translation>
    </message>
    <message>
        <source>Show the case list again (Alt+Left)</source>
        <translation>Toon de dossierlijst weer (Alt+pijl-links)</translation>
    </message>
    <message>
        <source>Hide &amp;BSN</source>
        <translation>Verberg &amp;BSN</translation>
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
    <message>
        <source>Access report</source>
        <translation>Inzagerapport</translation>
    </message>
    <message>
        <source>Write the access report of %1 as a PDF?</source>
        <translation>Het inzagerapport van %1 als PDF schrijven?</translation>
    </message>
    <message>
        <source>The report is a plaintext (unencrypted) PDF with this person&apos;s health data and the list of who accessed it. Write it only to hand it to the person, store it safely and delete it afterwards. Writing it is logged.</source>
        <translation>Het rapport is een onversleutelde PDF met de medische gegevens van deze persoon en de lijst van wie ze heeft ingezien. Schrijf het alleen om het aan de persoon te geven, bewaar het veilig en verwijder het daarna. Het schrijven wordt gelogd.</translation>
    </message>
    <message>
        <source>&amp;Choose folder and write</source>
        <translation>Map &amp;kiezen en schrijven</translation>
    </message>
    <message>
        <source>Folder for the access report (plaintext PDF)</source>
        <translation>Map voor het inzagerapport (onversleutelde PDF)</translation>
    </message>
    <message>
        <source>Writing the access report…</source>
        <translation>Het inzagerapport wordt geschreven…</translation>
    </message>
    <message>
        <source>The access report was written to %1. It is not encrypted: handle it as health data.</source>
        <translation>Het inzagerapport is geschreven naar %1. Het is niet versleuteld: behandel het als medische gegevens.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>Toestemming &amp;vastleggen…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Intrekken…</translation>
    </message>
    <message>
        <source>A doctor or institution is asked for information only with the person&apos;s prior consent for this case. A withdrawal is recorded as an event; the consent itself is never changed.</source>
        <translation>Een behandelend arts of instelling wordt alleen om informatie gevraagd met voorafgaande toestemming van de persoon voor dit dossier. Een intrekking wordt als gebeurtenis vastgelegd; de toestemming zelf wordt nooit gewijzigd.</translation>
    </message>
    <message>
        <source>Consent %1 was recorded.</source>
        <translation>Toestemming %1 is vastgelegd.</translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation>Kies eerst een toestemming in de lijst.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <source>Withdraw consent %1 for %2?</source>
        <translation>Toestemming %1 voor %2 intrekken?</translation>
    </message>
    <message>
        <source>Record this only when the person withdrew it. Drafts that rely on it can no longer be sent; requests already sent are flagged. This cannot be undone.</source>
        <translation>Leg dit alleen vast als de persoon de toestemming heeft ingetrokken. Concepten die erop steunen kunnen niet meer worden verstuurd; verstuurde verzoeken worden gemarkeerd. Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Consent %1 was withdrawn.</source>
        <translation>Toestemming %1 is ingetrokken.</translation>
    </message>
</context>
<context>
    <name>ConsentWizard</name>
    <message>
        <source>Record consent — %1</source>
        <translation>Toestemming vastleggen — %1</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>Toestemming &amp;vastleggen</translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation>Geadresseerde: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Informatie: %1</translation>
    </message>
    <message>
        <source>Obtained as: %1</source>
        <translation>Verkregen als: %1</translation>
    </message>
    <message>
        <source>For case %1 only.</source>
        <translation>Alleen voor dossier %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact moment — %1</source>
        <translation>Contactmoment — %1</translation>
    </message>
    <message>
        <source>e.g. Medical advice unit</source>
        <translation>bijv. Medisch advies</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Afdeling:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>&amp;Add contact moment…</source>
        <translation>Contactmoment &amp;toevoegen…</translation>
    </message>
    <message>
        <source>Contact moments belong to the person: those of their other cases are listed as well.</source>
        <translation>Contactmomenten horen bij de persoon: die van diens andere dossiers staan er ook bij.</translation>
    </message>
    <message>
        <source>The contact moment was recorded.</source>
        <translation>Het contactmoment is vastgelegd.</translation>
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
        <extracomment>the column that takes the room left over (None: none, the last one: -1) widths the user dragged (or remembered from an earlier session): a column is never narrower</extracomment>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles selecteren</translation>
    </message>
</context>
<context>
    <name>LeakDialog</name>
    <message>
        <source>Possible health data in the advice</source>
        <translation>Mogelijk medische gegevens in het advies</translation>
    </message>
    <message>
        <source>The remark (or exclusion) uses words that also occur in this case&apos;s health data. The case handler must receive only the outcome. Adjust the text, or confirm that these words may go out.</source>
        <translation>De toelichting (of uitsluiting) bevat woorden die ook in de medische gegevens van dit dossier voorkomen. De schadebehandelaar/acceptant mag alleen de uitkomst ontvangen. Pas de tekst aan, of bevestig dat deze woorden mee mogen.</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Woord</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Aanpassen</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Toch exporteren</translation>
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
        <source>&amp;Import advice request…</source>
        <translation>Adviesaanvraag &amp;importeren…</translation>
    </message>
    <message>
        <source>Apply &amp;retention periods…</source>
        <translation>&amp;Bewaartermijnen toepassen…</translation>
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
        <source>Import advice request</source>
        <translation>Adviesaanvraag importeren</translation>
    </message>
    <message>
        <source>Advice requests (*.json);;All files (*)</source>
        <translation>Adviesaanvragen (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Importing advice request %1…</source>
        <translation>Adviesaanvraag %1 wordt geïmporteerd…</translation>
    </message>
    <message>
        <source>Case %1 imported.</source>
        <translation>Dossier %1 geïmporteerd.</translation>
    </message>
    <message>
        <source>Checking the retention periods…</source>
        <translation>Bewaartermijnen worden gecontroleerd…</translation>
    </message>
    <message>
        <source>Deleting what is past its retention period…</source>
        <translation>Gegevens waarvan de bewaartermijn is verstreken, worden verwijderd…</translation>
    </message>
    <message numerus="yes">
        <source>Retention periods applied: %n item(s) deleted.</source>
        <translation>
            <numerusform>Bewaartermijnen toegepast: %n item verwijderd.</numerusform>
            <numerusform>Bewaartermijnen toegepast: %n items verwijderd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention periods applied</source>
        <translation>Bewaartermijnen toegepast</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deleted</source>
        <translation>
            <numerusform>%1: %n verwijderd</numerusform>
            <numerusform>%1: %n verwijderd</numerusform>
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
        <translation>De werkplek van de functionele eenheid medisch adviseur van de verzekeraar: versleutelde medische gegevens, toestemmingen, informatieverzoeken aan behandelend artsen en ondertekend medisch advies.</translation>
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
    <name>ProfileDialog</name>
    <message>
        <source>This user no longer exists.</source>
        <translation>Deze gebruiker bestaat niet meer.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>BIG number %1</source>
        <translation>BIG-nummer %1</translation>
    </message>
    <message>
        <source>Saved now: %1. Your entries are still in the fields; save to replace it.</source>
        <translation>Nu opgeslagen: %1. Uw invoer staat nog in de velden; sla op om dit te vervangen.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profiel van %1</translation>
    </message>
    <message>
        <source>e.g. Dr. A. Jansen</source>
        <translation>bijv. Dr. A. Jansen</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 cijfers</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Weergavenaam:</translation>
    </message>
    <message>
        <source>&amp;BIG number:</source>
        <translation>&amp;BIG-nummer:</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Apply retention periods</source>
        <translation>Bewaartermijnen toepassen</translation>
    </message>
    <message>
        <source>These items are past their retention period. Deleting removes them permanently from the encrypted store; the access log keeps only the kind and the count.</source>
        <translation>Van deze gegevens is de bewaartermijn verstreken. Verwijderen haalt ze definitief uit de versleutelde opslag; het toegangslog bewaart alleen de soort en het aantal.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <source>Items to delete</source>
        <translation>Te verwijderen</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Ouder dan</translation>
    </message>
    <message>
        <source>What the purge deletes</source>
        <translation>Wat er wordt verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%n item wordt verwijderd. Dit kan niet ongedaan worden gemaakt.</numerusform>
            <numerusform>%n items worden verwijderd. Dit kan niet ongedaan worden gemaakt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is past its retention period; there is nothing to delete.</source>
        <translation>Van geen enkel gegeven is de bewaartermijn verstreken; er is niets te verwijderen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Verwijderen</translation>
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
    <name>RequestComposer</name>
    <message>
        <source>New information request — %1</source>
        <translation>Nieuw informatieverzoek — %1</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Geadresseerde:</translation>
    </message>
    <message>
        <source>Targeted questions only, within the consented information, e.g.
1. What is the diagnosis?</source>
        <translation>Alleen gerichte vragen, binnen de informatie waarvoor toestemming is gegeven, bijv.
1. Wat is de diagnose?</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Vragen:</translation>
    </message>
    <message>
        <source>Only addressees a valid consent covers can be chosen.</source>
        <translation>Alleen geadresseerden waarvoor een geldige toestemming is vastgelegd kunnen worden gekozen.</translation>
    </message>
    <message>
        <source>The request relies on this consent:</source>
        <translation>Het verzoek steunt op deze toestemming:</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Toestemming &amp;vastleggen…</translation>
    </message>
    <message>
        <source>No consent covers a request yet</source>
        <translation>Nog geen toestemming voor een verzoek</translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation>Als &amp;concept opslaan</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter); send it from the list.</source>
        <translation>Opslaan (Ctrl+Enter); verstuur het vanuit de lijst.</translation>
    </message>
    <message>
        <source>%1 (consent %2)</source>
        <translation>%1 (toestemming %2)</translation>
    </message>
    <message>
        <source>No consent is recorded for this case yet. A doctor or institution may only be asked for information after the person consented to exactly that, for this case. Record the consent first (the signed form or the digital consent&apos;s reference).</source>
        <translation>Voor dit dossier is nog geen toestemming vastgelegd. Een behandelend arts of instelling mag pas om informatie worden gevraagd als de persoon daarvoor toestemming heeft gegeven, voor dit dossier. Leg eerst de toestemming vast (het ondertekende formulier of de referentie van de digitale toestemming).</translation>
    </message>
    <message>
        <source>The consents recorded for this case are withdrawn, expired or not yet valid, so no addressee may be asked now. Record a new consent when the person gives it.</source>
        <translation>De toestemmingen van dit dossier zijn ingetrokken, verlopen of nog niet geldig, dus nu mag niemand worden gevraagd. Leg een nieuwe toestemming vast als de persoon die geeft.</translation>
    </message>
    <message>
        <source>Consent %1, obtained %2 (%3)</source>
        <translation>Toestemming %1, verkregen %2 (%3)</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Informatie: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Geldig tot en met: %1</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Information requests</source>
        <translation>Informatieverzoeken</translation>
    </message>
    <message>
        <source>Questions of the request</source>
        <translation>Vragen van het verzoek</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nieuw verzoek…</translation>
    </message>
    <message>
        <source>&amp;Send (letter PDF)…</source>
        <translation>&amp;Versturen (brief als PDF)…</translation>
    </message>
    <message>
        <source>Marks the request sent and writes the letter as a PDF into a folder you choose.</source>
        <translation>Markeert het verzoek als verstuurd en schrijft de brief als PDF in een map die u kiest.</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>&amp;Antwoord vastleggen…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel request…</source>
        <translation>Verzoek a&amp;nnuleren…</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Vragen:</translation>
    </message>
    <message>
        <source>medunit has no network: sending writes a letter (PDF) for the unit&apos;s own post or secure mail. Each request keeps the consent it relied on.</source>
        <translation>medunit heeft geen netwerk: versturen schrijft een brief (PDF) voor de eigen post of beveiligde mail van de eenheid. Elk verzoek onthoudt op welke toestemming het steunde.</translation>
    </message>
    <message>
        <source>⚠ The consent this request relies on (%1) was withdrawn. Do not send it; cancel it, and do not use an answer that arrives.</source>
        <translation>⚠ De toestemming waarop dit verzoek steunt (%1) is ingetrokken. Verstuur het niet; annuleer het, en gebruik geen antwoord dat nog binnenkomt.</translation>
    </message>
    <message>
        <source>Request %1 was saved as a draft. Send it to write the letter.</source>
        <translation>Verzoek %1 is als concept opgeslagen. Verstuur het om de brief te schrijven.</translation>
    </message>
    <message>
        <source>Folder for the letter (plaintext PDF with health questions)</source>
        <translation>Map voor de brief (onversleutelde PDF met medische vragen)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>De brief wordt geschreven…</translation>
    </message>
    <message>
        <source>Request %1 was sent. The letter was written to %2 — handle it as health data.</source>
        <translation>Verzoek %1 is verstuurd. De brief is geschreven naar %2 — behandel hem als medische gegevens.</translation>
    </message>
    <message>
        <source>The answer to request %1 was filed under Medical data.</source>
        <translation>Het antwoord op verzoek %1 is vastgelegd onder Medische gegevens.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Verzoek annuleren</translation>
    </message>
    <message>
        <source>Cancel request %1 to %2?</source>
        <translation>Verzoek %1 aan %2 annuleren?</translation>
    </message>
    <message>
        <source>Cancel &amp;request</source>
        <translation>Verzoek &amp;annuleren</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Behouden</translation>
    </message>
    <message>
        <source>Request %1 was cancelled.</source>
        <translation>Verzoek %1 is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign advice — %1</source>
        <translation>Advies ondertekenen — %1</translation>
    </message>
    <message>
        <source>You sign version %1 as the responsible medical advisor. A signed advice is final: a change later becomes a new version.</source>
        <translation>U ondertekent versie %1 als verantwoordelijk medisch adviseur. Een ondertekend advies is definitief: een latere wijziging wordt een nieuwe versie.</translation>
    </message>
    <message>
        <source>Signed by: %1, BIG number %2</source>
        <translation>Ondertekend door: %1, BIG-nummer %2</translation>
    </message>
    <message>
        <source>No BIG number is recorded for you. The unit administrator sets it in Administration.</source>
        <translation>Voor u is geen BIG-nummer vastgelegd. De beheerder van de functionele eenheid stelt het in onder Beheer.</translation>
    </message>
    <message>
        <source>I checked these words: they may go to the case handler</source>
        <translation>Ik heb deze woorden gecontroleerd: ze mogen naar de schadebehandelaar/acceptant</translation>
    </message>
    <message>
        <source>The leak check still finds: %1</source>
        <translation>De lekcontrole vindt nog: %1</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Ondertekenen</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock medunit</source>
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
        <source>Demo store: sign in as any of these users with the passphrase %1.</source>
        <translation>Demo-opslag: meld u aan als een van deze gebruikers met de wachtwoordzin %1.</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Demogebruikers</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
    <name>_AddresseePage</name>
    <message>
        <source>Who may be asked</source>
        <translation>Wie mag worden gevraagd</translation>
    </message>
    <message>
        <source>The doctor or institution the person allows the unit to ask, for this case only.</source>
        <translation>De behandelend arts of instelling die de eenheid van de persoon mag vragen, alleen voor dit dossier.</translation>
    </message>
    <message>
        <source>e.g. general practitioner, orthopaedics</source>
        <translation>bijv. huisarts, orthopedie</translation>
    </message>
    <message>
        <source>8 digits (optional)</source>
        <translation>8 cijfers (niet verplicht)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Instelling:</translation>
    </message>
    <message>
        <source>&amp;Specialism:</source>
        <translation>&amp;Specialisme:</translation>
    </message>
    <message>
        <source>&amp;AGB code:</source>
        <translation>&amp;AGB-code:</translation>
    </message>
</context>
<context>
    <name>_CategoriesPage</name>
    <message>
        <source>Which information</source>
        <translation>Welke informatie</translation>
    </message>
    <message>
        <source>Tick only what the person consented to; the request may ask for nothing else.</source>
        <translation>Vink alleen aan waarvoor de persoon toestemming gaf; het verzoek mag niet om iets anders vragen.</translation>
    </message>
</context>
<context>
    <name>_EvidencePage</name>
    <message>
        <source>How it was obtained</source>
        <translation>Hoe verkregen</translation>
    </message>
    <message>
        <source>A signed form is kept as a scan in the case; a digital consent by its reference.</source>
        <translation>Een ondertekend formulier wordt als scan in het dossier bewaard; een digitale toestemming met haar referentie.</translation>
    </message>
    <message>
        <source>No scan chosen</source>
        <translation>Geen scan gekozen</translation>
    </message>
    <message>
        <source>Choose &amp;scan…</source>
        <translation>&amp;Scan kiezen…</translation>
    </message>
    <message>
        <source>e.g. the portal&apos;s consent number</source>
        <translation>bijv. het toestemmingsnummer uit het portaal</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scan van het ondertekende formulier</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF en afbeeldingen (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>_PeriodPage</name>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>When the person gave consent and until when it is valid.</source>
        <translation>Wanneer de persoon toestemming gaf en tot wanneer die geldt.</translation>
    </message>
    <message>
        <source>The policy&apos;s default validity is %1 days from the day it was obtained.</source>
        <translation>Volgens het beleid geldt een toestemming standaard %1 dagen vanaf de dag waarop zij is verkregen.</translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation>&amp;Verkregen op:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Geldig tot en met:</translation>
    </message>
    <message>
        <source>To be recorded</source>
        <translation>Wordt vastgelegd</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>accept the confidentiality statement</source>
        <translation>de geheimhoudingsverklaring aanvaarden</translation>
    </message>
    <message>
        <source>manage users</source>
        <extracomment>What each access-log action means, for people (refusal messages, the privacy officer&apos;s log).</extracomment>
        <translation>gebruikers beheren</translation>
    </message>
    <message>
        <source>approve a key grant</source>
        <translation>sleutel toekennen goedkeuren</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>gebruikers opvragen</translation>
    </message>
    <message>
        <source>reset the recovery code</source>
        <translation>de herstelcode vernieuwen</translation>
    </message>
    <message>
        <source>verify the store</source>
        <translation>de opslag controleren</translation>
    </message>
    <message>
        <source>accept a restored backup</source>
        <translation>een teruggezette back-up aanvaarden</translation>
    </message>
    <message>
        <source>access-log alarm</source>
        <translation>alarm in het toegangslogboek</translation>
    </message>
    <message>
        <source>read the policy</source>
        <translation>het beleid inzien</translation>
    </message>
    <message>
        <source>add synthetic data</source>
        <translation>fictieve gegevens toevoegen</translation>
    </message>
    <message>
        <source>apply retention periods</source>
        <translation>bewaartermijnen toepassen</translation>
    </message>
    <message>
        <source>list cases</source>
        <translation>dossiers opvragen</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>een dossier openen</translation>
    </message>
    <message>
        <source>import a case</source>
        <translation>een dossier importeren</translation>
    </message>
    <message>
        <source>change a case</source>
        <translation>een dossier wijzigen</translation>
    </message>
    <message>
        <source>show the BSN</source>
        <translation>het BSN tonen</translation>
    </message>
    <message>
        <source>break the glass</source>
        <translation>de noodprocedure gebruiken</translation>
    </message>
    <message>
        <source>read health data</source>
        <translation>medische gegevens inzien</translation>
    </message>
    <message>
        <source>write health data</source>
        <translation>medische gegevens vastleggen</translation>
    </message>
    <message>
        <source>view attachments</source>
        <translation>bijlagen bekijken</translation>
    </message>
    <message>
        <source>add attachments</source>
        <translation>bijlagen toevoegen</translation>
    </message>
    <message>
        <source>read criminal-record data</source>
        <translation>strafrechtelijke gegevens inzien</translation>
    </message>
    <message>
        <source>write criminal-record data</source>
        <translation>strafrechtelijke gegevens vastleggen</translation>
    </message>
    <message>
        <source>read consents</source>
        <translation>toestemmingen inzien</translation>
    </message>
    <message>
        <source>record consents</source>
        <translation>toestemmingen vastleggen</translation>
    </message>
    <message>
        <source>read information requests</source>
        <translation>informatieverzoeken inzien</translation>
    </message>
    <message>
        <source>write information requests</source>
        <translation>informatieverzoeken opstellen</translation>
    </message>
    <message>
        <source>read advice</source>
        <translation>adviezen inzien</translation>
    </message>
    <message>
        <source>draft advice</source>
        <translation>een advies opstellen</translation>
    </message>
    <message>
        <source>sign advice</source>
        <translation>een advies ondertekenen</translation>
    </message>
    <message>
        <source>read contact moments</source>
        <translation>contactmomenten inzien</translation>
    </message>
    <message>
        <source>record contact moments</source>
        <translation>contactmomenten vastleggen</translation>
    </message>
    <message>
        <source>export advice</source>
        <translation>een advies exporteren</translation>
    </message>
    <message>
        <source>write an access report</source>
        <translation>een inzagerapport maken</translation>
    </message>
    <message>
        <source>read the access log</source>
        <translation>het toegangslog inzien</translation>
    </message>
    <message>
        <source>export the access log</source>
        <translation>het toegangslog exporteren</translation>
    </message>
    <message>
        <source>verify the access log</source>
        <translation>het toegangslog controleren</translation>
    </message>
    <message>
        <source>read a case&apos;s access log</source>
        <translation>het toegangslog van een dossier inzien</translation>
    </message>
    <message>
        <source>read the signing key</source>
        <translation>de ondertekeningssleutel inzien</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>ontgrendelen</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>een back-up maken</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>een back-up terugzetten</translation>
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
        <source>Changed by {user} at {time}; reload.</source>
        <translation>Gewijzigd door {user} om {time}; laad opnieuw.</translation>
    </message>
    <message>
        <source>This item was removed by someone else meanwhile; reload.</source>
        <translation>Dit is intussen door iemand anders verwijderd; laad opnieuw.</translation>
    </message>
    <message>
        <source>This item was changed by someone else meanwhile; reload.</source>
        <translation>Dit is intussen door iemand anders gewijzigd; laad opnieuw.</translation>
    </message>
    <message>
        <source>Accept the unit&apos;s confidentiality statement first; nothing is shown before. The attempt was logged.</source>
        <translation>Aanvaard eerst de geheimhoudingsverklaring van de eenheid; daarvoor wordt niets getoond. De poging is vastgelegd.</translation>
    </message>
    <message>
        <source>The confidentiality statement changed after it was shown; read the current text and accept that.</source>
        <translation>De geheimhoudingsverklaring is gewijzigd nadat zij werd getoond; lees de huidige tekst en aanvaard die.</translation>
    </message>
    <message>
        <source>Case {ref} belongs to an advisor you do not support. The unit administrator assigns staff to advisors. The attempt was logged.</source>
        <translation>Dossier {ref} hoort bij een adviseur die u niet ondersteunt. De beheerder wijst medewerkers aan adviseurs toe. De poging is vastgelegd.</translation>
    </message>
    <message>
        <source>{user} is not a unit-staff user; only unit staff are assigned to advisors.</source>
        <translation>{user} is geen medewerker van de eenheid; alleen medewerkers worden aan adviseurs toegewezen.</translation>
    </message>
    <message>
        <source>{user} is not a medical advisor of this store.</source>
        <translation>{user} is geen medisch adviseur in deze opslag.</translation>
    </message>
    <message>
        <source>Contact moment {id} does not belong to this case&apos;s person.</source>
        <translation>Contactmoment {id} hoort niet bij de persoon van dit dossier.</translation>
    </message>
    <message>
        <source>Only a phone or chat contact moment can have a recording; this one was by {channel}.</source>
        <translation>Alleen een telefoon- of chatcontact kan een opname hebben; dit contact was via {channel}.</translation>
    </message>
    <message>
        <source>A recording needs its content (transcript or summary).</source>
        <translation>Een opname heeft inhoud nodig (uitgeschreven tekst of samenvatting).</translation>
    </message>
    <message>
        <source>This conversation is older than {days} days; its recording may no longer be kept.</source>
        <translation>Dit gesprek is ouder dan {days} dagen; de opname mag niet meer worden bewaard.</translation>
    </message>
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
        <source>Your role {role} may not do &apos;{action}&apos;. The attempt was logged.</source>
        <translation>Uw rol {role} mag &apos;{action}&apos; niet uitvoeren. De poging is gelogd.</translation>
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
        <source>The addressee needs a name.</source>
        <translation>De geadresseerde heeft een naam nodig.</translation>
    </message>
    <message>
        <source>AGB code &apos;{code}&apos; is not valid: it has 8 digits.</source>
        <translation>AGB-code &apos;{code}&apos; is ongeldig: een AGB-code heeft 8 cijfers.</translation>
    </message>
    <message>
        <source>A consent names at least one information category.</source>
        <translation>Een toestemming noemt minstens één soort informatie.</translation>
    </message>
    <message>
        <source>Unknown information category &apos;{cat}&apos;.</source>
        <translation>Onbekende soort informatie &apos;{cat}&apos;.</translation>
    </message>
    <message>
        <source>A signed consent form needs its scan attached as evidence.</source>
        <translation>Bij een ondertekend toestemmingsformulier hoort de scan als bewijs.</translation>
    </message>
    <message>
        <source>A digital consent needs the reference of the digital record.</source>
        <translation>Een digitale toestemming heeft de referentie van de digitale vastlegging nodig.</translation>
    </message>
    <message>
        <source>Unknown consent method &apos;{method}&apos;.</source>
        <translation>Onbekende manier van toestemming &apos;{method}&apos;.</translation>
    </message>
    <message>
        <source>A consent cannot be obtained in the future.</source>
        <translation>Een toestemming kan niet in de toekomst zijn verkregen.</translation>
    </message>
    <message>
        <source>The consent&apos;s valid-until date is in the past.</source>
        <translation>De geldigheidsdatum van de toestemming ligt in het verleden.</translation>
    </message>
    <message>
        <source>The consent&apos;s valid-until date is before it was obtained.</source>
        <translation>De geldigheidsdatum van de toestemming ligt vóór de datum waarop zij is verkregen.</translation>
    </message>
    <message>
        <source>The evidence must be an attachment of this case.</source>
        <translation>Het bewijs moet een bijlage van dit dossier zijn.</translation>
    </message>
    <message>
        <source>Consent {id} does not belong to case {ref}.</source>
        <translation>Toestemming {id} hoort niet bij dossier {ref}.</translation>
    </message>
    <message>
        <source>Consent {id} was already withdrawn.</source>
        <translation>Toestemming {id} was al ingetrokken.</translation>
    </message>
    <message>
        <source>No consent is recorded for this case. Record the person&apos;s consent first.</source>
        <translation>Voor dit dossier is geen toestemming vastgelegd. Leg eerst de toestemming van de persoon vast.</translation>
    </message>
    <message>
        <source>No consent covers this addressee for this case; the person consented to other addressees only.</source>
        <translation>Geen toestemming dekt deze geadresseerde voor dit dossier; de persoon gaf alleen toestemming voor andere geadresseerden.</translation>
    </message>
    <message>
        <source>The consent for this addressee was withdrawn.</source>
        <translation>De toestemming voor deze geadresseerde is ingetrokken.</translation>
    </message>
    <message>
        <source>The consent for this addressee has expired.</source>
        <translation>De toestemming voor deze geadresseerde is verlopen.</translation>
    </message>
    <message>
        <source>The consent for this addressee is not yet valid.</source>
        <translation>De toestemming voor deze geadresseerde geldt nog niet.</translation>
    </message>
    <message>
        <source>A request needs at least one targeted question.</source>
        <translation>Een verzoek heeft minstens één gerichte vraag nodig.</translation>
    </message>
    <message>
        <source>The questions are too long (at most 4000 characters); ask only what is needed.</source>
        <translation>De vragen zijn te lang (hoogstens 4000 tekens); vraag alleen wat nodig is.</translation>
    </message>
    <message>
        <source>A request that is {current} cannot become {target}.</source>
        <translation>Een verzoek met status {current} kan niet {target} worden.</translation>
    </message>
    <message>
        <source>Request {id} does not belong to this case.</source>
        <translation>Verzoek {id} hoort niet bij dit dossier.</translation>
    </message>
    <message>
        <source>The answer needs text (attach the letter as well, if there is one).</source>
        <translation>Het antwoord heeft tekst nodig (voeg ook de brief toe, als die er is).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an outcome field for this case type.</source>
        <translation>&apos;{name}&apos; is geen uitkomstveld voor deze soort dossier.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number from {lo} to {hi}.</source>
        <translation>&apos;{name}&apos; moet een geheel getal van {lo} tot en met {hi} zijn.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be one of: {values}.</source>
        <translation>&apos;{name}&apos; moet een van deze zijn: {values}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a date (YYYY-MM-DD).</source>
        <translation>&apos;{name}&apos; moet een datum zijn (JJJJ-MM-DD).</translation>
    </message>
    <message>
        <source>An acceptance with exclusion states the exclusion (1-200 characters).</source>
        <translation>Een acceptatie met uitsluiting noemt de uitsluiting (1-200 tekens).</translation>
    </message>
    <message>
        <source>The incapacity period ends before it starts.</source>
        <translation>De periode van arbeidsongeschiktheid eindigt voordat zij begint.</translation>
    </message>
    <message>
        <source>The remark for the case handler is limited to {n} characters.</source>
        <translation>De toelichting voor de schadebehandelaar/acceptant is beperkt tot {n} tekens.</translation>
    </message>
    <message>
        <source>&apos;{big}&apos; is not a BIG number (11 digits).</source>
        <translation>&apos;{big}&apos; is geen BIG-nummer (11 cijfers).</translation>
    </message>
    <message>
        <source>A display name has 1-{n} printable characters.</source>
        <translation>Een weergavenaam heeft 1-{n} afdrukbare tekens.</translation>
    </message>
    <message>
        <source>Only a medical advisor has a BIG number in medunit.</source>
        <translation>Alleen een medisch adviseur heeft in medunit een BIG-nummer.</translation>
    </message>
    <message>
        <source>No BIG number is recorded for {user}; ask the unit administrator to set it.</source>
        <translation>Voor {user} is geen BIG-nummer vastgelegd; vraag de beheerder van de functionele eenheid het in te stellen.</translation>
    </message>
    <message>
        <source>There is no draft advice to sign for case {ref}.</source>
        <translation>Er is geen conceptadvies om te ondertekenen voor dossier {ref}.</translation>
    </message>
    <message>
        <source>The advice is not signed yet; only a signed advice can be exported.</source>
        <translation>Het advies is nog niet ondertekend; alleen een ondertekend advies kan worden geëxporteerd.</translation>
    </message>
    <message>
        <source>The remark may contain health data ({words}); edit it, or confirm that it may go to the case handler.</source>
        <translation>De toelichting bevat mogelijk medische gegevens ({words}); pas haar aan, of bevestig dat zij naar de schadebehandelaar/acceptant mag.</translation>
    </message>
    <message>
        <source>The advice cannot be exported: a field holds a value JSON cannot carry.</source>
        <translation>Het advies kan niet worden geëxporteerd: een veld bevat een waarde die JSON niet kan bevatten.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid export file name.</source>
        <translation>&apos;{name}&apos; is geen geldige bestandsnaam voor een export.</translation>
    </message>
    <message>
        <source>The export folder {path} is not writable: {why}</source>
        <translation>In de exportmap {path} kan niet worden geschreven: {why}</translation>
    </message>
    <message>
        <source>The export folder {path} cannot be created: {why}</source>
        <translation>De exportmap {path} kan niet worden aangemaakt: {why}</translation>
    </message>
    <message>
        <source>The access report is a plaintext PDF with health data; confirm explicitly that it may be written.</source>
        <translation>Het inzagerapport is een onversleutelde PDF met medische gegevens; bevestig uitdrukkelijk dat het mag worden geschreven.</translation>
    </message>
    <message>
        <source>No person or case with reference {ref}.</source>
        <translation>Geen persoon of dossier met referentie {ref}.</translation>
    </message>
    <message>
        <source>Unknown contact subject &apos;{value}&apos;; use one of: {values}.</source>
        <translation>Onbekend onderwerp &apos;{value}&apos;; gebruik een van: {values}.</translation>
    </message>
    <message>
        <source>Unknown contact channel &apos;{value}&apos;; use one of: {values}.</source>
        <translation>Onbekend kanaal &apos;{value}&apos;; gebruik een van: {values}.</translation>
    </message>
    <message>
        <source>A contact moment names the department (1-100 characters).</source>
        <translation>Een contactmoment noemt de afdeling (1-100 tekens).</translation>
    </message>
    <message>
        <source>A contact moment cannot lie in the future.</source>
        <translation>Een contactmoment kan niet in de toekomst liggen.</translation>
    </message>
    <message>
        <source>Intake refused: line {line}, field &apos;{field}&apos;: {problem}</source>
        <translation>Adviesaanvraag geweigerd: regel {line}, veld &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>A case with reference {ref} was already imported.</source>
        <translation>Een dossier met referentie {ref} is al geïmporteerd.</translation>
    </message>
    <message>
        <source>Person {ref} is already known with another name or date of birth; check the intake.</source>
        <translation>Persoon {ref} is al bekend met een andere naam of geboortedatum; controleer de adviesaanvraag.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 1 MiB; an advice request is never that large. Nothing was imported.</source>
        <translation>Het bestand {name} is groter dan 1 MiB; zo groot is een adviesaanvraag nooit. Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text; nothing was imported.</source>
        <translation>Het bestand {name} is geen UTF-8-tekst; er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}</source>
        <translation>Kan {path} niet lezen: {why}</translation>
    </message>
    <message>
        <source>Internal error; details withheld.</source>
        <extracomment>Shown for anything that is not a MedunitError: the details could hold health data.</extracomment>
        <translation>Interne fout; details worden niet getoond.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or was altered ({detail}). Run 'medunit-admin verify' and restore a backup.</source>
        <translation>De database {path} is beschadigd of gewijzigd ({detail}). Voer 'medunit-admin verify' uit en zet een back-up terug.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}): part of it is missing or unreadable. Nothing was changed. Run 'medunit-admin verify' and restore a backup (docs/backup.md).</source>
        <translation>De database {path} is beschadigd ({detail}): een deel ontbreekt of is onleesbaar. Er is niets gewijzigd. Voer 'medunit-admin verify' uit en zet een back-up terug (docs/backup.md).</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: nothing of this action was saved. Free space there (or ask IT), then try again; everything saved before is still there.</source>
        <translation>De schijf met {folder} is vol: niets van deze handeling is opgeslagen. Maak daar ruimte vrij (of vraag IT), en probeer het opnieuw; alles wat eerder is opgeslagen is er nog.</translation>
    </message>
    <message>
        <source>The store folder {folder} is read-only (read-only media, a read-only mount or file permissions): nothing of this action was saved. medunit writes an access-log entry for every session and every read, so it needs to write there; ask IT to make the folder writable, or restore a backup elsewhere (docs/backup.md).</source>
        <translation>De opslagmap {folder} is alleen-lezen (alleen-lezen medium, een alleen-lezen koppeling of bestandsrechten): niets van deze handeling is opgeslagen. medunit schrijft bij elke sessie en elke inzage een regel in het toegangslog en moet daar dus kunnen schrijven; vraag IT de map schrijfbaar te maken, of zet een back-up elders terug (docs/backup.md).</translation>
    </message>
    <message>
        <source>The store's files in {folder} could not be read or written ({detail}): nothing of this action was saved. Check the disk and the folder's permissions, then try again.</source>
        <translation>De bestanden van de opslag in {folder} konden niet gelezen of geschreven worden ({detail}): niets van deze handeling is opgeslagen. Controleer de schijf en de rechten op de map, en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes): the store's data is not in it. Nothing was changed. Restore the latest backup (medunit-admin backup restore, see docs/backup.md).</source>
        <translation>De database {path} is leeg (0 bytes): de gegevens van de opslag staan er niet in. Er is niets gewijzigd. Zet de laatste back-up terug (medunit-admin backup restore, zie docs/backup.md).</translation>
    </message>
    <message>
        <source>The database {path} is truncated ({size} bytes, not a whole number of pages): part of the store is missing. Nothing was changed. Restore the latest backup (medunit-admin backup restore, see docs/backup.md).</source>
        <translation>De database {path} is afgekapt ({size} bytes, geen geheel aantal pagina's): een deel van de opslag ontbreekt. Er is niets gewijzigd. Zet de laatste back-up terug (medunit-admin backup restore, zie docs/backup.md).</translation>
    </message>
    <message>
        <source>The database {path} holds no medunit data (no schema). Nothing was changed. Restore the latest backup (docs/backup.md).</source>
        <translation>De database {path} bevat geen medunit-gegevens (geen schema). Er is niets gewijzigd. Zet de laatste back-up terug (docs/backup.md).</translation>
    </message>
    <message>
        <source>The store folder {path} is on a network file system ({kind}). medunit keeps a store only on a local disk: over a network its locks and writes are not reliable and the store can be corrupted. Copy it to a local folder; for copies use backups (medunit-admin backup, docs/backup.md), for sharing between workstations the unit server.</source>
        <translation>De opslagmap {path} staat op een netwerkbestandssysteem ({kind}). medunit bewaart een opslag alleen op een lokale schijf: over een netwerk zijn vergrendeling en schrijven niet betrouwbaar en kan de opslag beschadigd raken. Kopieer hem naar een lokale map; gebruik voor kopieën back-ups (medunit-admin backup, docs/backup.md), en voor delen tussen werkplekken de unitserver.</translation>
    </message>
    <message>
        <source>The unit server {url} cannot be reached: {detail}</source>
        <translation>De eenheidsserver {url} is niet bereikbaar: {detail}</translation>
    </message>
    <message>
        <source>The unit server {host} cannot be found ({detail}).</source>
        <translation>De eenheidsserver {host} is niet te vinden ({detail}).</translation>
    </message>
    <message>
        <source>The connection to the unit server {url} failed: {detail}. Nothing of this action was saved; try again, or ask IT whether the server is up.</source>
        <translation>De verbinding met de eenheidsserver {url} is mislukt: {detail}. Niets van deze handeling is bewaard; probeer het opnieuw, of vraag IT of de server draait.</translation>
    </message>
    <message>
        <source>The unit server is busy with another workstation&apos;s change; nothing of this action was saved. Try again.</source>
        <translation>De eenheidsserver is bezig met een wijziging van een andere werkplek; niets van deze handeling is bewaard. Probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The unit server {url} refused this: your login does not hold the right to it (any more). Nothing of this action was saved; ask the unit administrator.</source>
        <translation>De eenheidsserver {url} weigerde dit: uw aanmelding heeft daar (niet meer) het recht toe. Niets van deze handeling is bewaard; vraag het de beheerder van de eenheid.</translation>
    </message>
    <message>
        <source>The unit server {url} holds schema version {version}; this medunit needs {latest}. Ask IT to upgrade the server or this workstation (docs/unit-server.md).</source>
        <translation>De eenheidsserver {url} heeft schemaversie {version}; deze medunit heeft {latest} nodig. Vraag IT de server of deze werkplek bij te werken (docs/unit-server.md).</translation>
    </message>
    <message>
        <source>The unit server {url} holds no key slots: it was not set up by &apos;server init&apos;.</source>
        <translation>De eenheidsserver {url} bevat geen sleutelslots: hij is niet ingericht met &apos;server init&apos;.</translation>
    </message>
    <message>
        <source>{what} applies to a store file; this store is on the unit server {url}, where IT does it on the server (docs/unit-server.md).</source>
        <translation>{what} geldt voor een opslagbestand; deze opslag staat op de eenheidsserver {url}, waar IT dit op de server doet (docs/unit-server.md).</translation>
    </message>
    <message>
        <source>The unit server refused the user name or password.</source>
        <translation>De eenheidsserver weigerde de gebruikersnaam of het wachtwoord.</translation>
    </message>
    <message>
        <source>This store was moved to the unit server {url}. Point this workstation at it: IT sets store.location = &quot;{url}&quot; in the policy (or start with --store {url}). The note is in {path}.</source>
        <translation>Deze opslag is verhuisd naar de eenheidsserver {url}. Laat deze werkplek ernaar wijzen: IT zet store.location = &quot;{url}&quot; in het beleid (of start met --store {url}). De notitie staat in {path}.</translation>
    </message>
    <message>
        <source>The store in {path} was moved to the unit server {url}; a new store here would split the unit&apos;s data, so none is made. Point this workstation at the server instead (store.location in the policy).</source>
        <translation>De opslag in {path} is verhuisd naar de eenheidsserver {url}; een nieuwe opslag hier zou de gegevens van de eenheid splitsen, dus die wordt niet gemaakt. Laat deze werkplek in plaats daarvan naar de server wijzen (store.location in het beleid).</translation>
    </message>
    <message>
        <source>--url must be a postgresql:// URL (a folder store is made with &apos;medunit-admin init&apos;).</source>
        <translation>--url moet een postgresql://-URL zijn (een opslag in een map maakt u met &apos;medunit-admin init&apos;).</translation>
    </message>
    <message>
        <source>The database {db} already holds a medunit unit server.</source>
        <translation>De database {db} bevat al een medunit-eenheidsserver.</translation>
    </message>
    <message>
        <source>The database user may not set up the unit server ({detail}); run this as a PostgreSQL superuser.</source>
        <translation>De databasegebruiker mag de eenheidsserver niet inrichten ({detail}); voer dit uit als PostgreSQL-superuser.</translation>
    </message>
    <message>
        <source>The target must be a postgresql:// URL; &apos;{url}&apos; is not.</source>
        <translation>Het doel moet een postgresql://-URL zijn; &apos;{url}&apos; is dat niet.</translation>
    </message>
    <message>
        <source>The store must be a postgresql:// URL; &apos;{url}&apos; is not.</source>
        <translation>De opslag moet een postgresql://-URL zijn; &apos;{url}&apos; is dat niet.</translation>
    </message>
    <message>
        <source>Give the recovery code with --recovery-code or MEDUNIT_RECOVERY_CODE.</source>
        <translation>Geef de herstelcode met --recovery-code of MEDUNIT_RECOVERY_CODE.</translation>
    </message>
    <message>
        <source>No terminal to ask for the {label}; set it in the environment.</source>
        <translation>Geen terminal om naar {label} te vragen; zet het in de omgeving.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De twee wachtwoordzinnen verschillen.</translation>
    </message>
    <message>
        <source>Only a unit administrator moves a store to the server; {user} is {role}.</source>
        <translation>Alleen een beheerder van de eenheid verhuist een opslag naar de server; {user} is {role}.</translation>
    </message>
    <message>
        <source>The file store {path} is read-only or its disk is full; nothing was moved.</source>
        <translation>De bestandsopslag {path} is alleen-lezen of de schijf is vol; er is niets verhuisd.</translation>
    </message>
    <message>
        <source>The file store {path} still holds content from before sealing: its sealing migration is pending. A medical advisor opens the store once (that seals it), then move it; nothing was moved.</source>
        <translation>De bestandsopslag {path} bevat nog inhoud van vóór het verzegelen: de verzegelmigratie staat nog open. Een medisch adviseur opent de opslag één keer (dat verzegelt hem), verhuis hem daarna; er is niets verhuisd.</translation>
    </message>
    <message>
        <source>The file store {path} fails its check, so it is not moved: {problems}. Restore the latest backup (docs/backup.md) or ask the privacy officer; nothing was moved.</source>
        <translation>De bestandsopslag {path} doorstaat de controle niet en wordt dus niet verhuisd: {problems}. Zet de laatste back-up terug (docs/backup.md) of vraag de privacyfunctionaris; er is niets verhuisd.</translation>
    </message>
    <message>
        <source>The folder {parent} is not writable: after the move the store folder is renamed there so nobody keeps using it. Nothing was moved.</source>
        <translation>In de map {parent} kan niet worden geschreven: na de verhuizing krijgt de opslagmap daar een andere naam, zodat niemand hem blijft gebruiken. Er is niets verhuisd.</translation>
    </message>
    <message>
        <source>The file store&apos;s tables do not match the unit server&apos;s (only in the file: {extra}; missing: {missing}). Use the same medunit version on both; nothing was moved.</source>
        <translation>De tabellen van de bestandsopslag komen niet overeen met die van de eenheidsserver (alleen in het bestand: {extra}; ontbrekend: {missing}). Gebruik aan beide kanten dezelfde medunit-versie; er is niets verhuisd.</translation>
    </message>
    <message>
        <source>The database {db} on {url} cannot receive the store: {problem}. Give an empty database (CREATE DATABASE, docs/unit-server.md); nothing was moved.</source>
        <translation>De database {db} op {url} kan de opslag niet ontvangen: {problem}. Geef een lege database (CREATE DATABASE, docs/unit-server.md); er is niets verhuisd.</translation>
    </message>
    <message>
        <source>The copy on the server differs from the file store at {where}; the server was left empty.</source>
        <translation>De kopie op de server wijkt af van de bestandsopslag bij {where}; de server is leeg gelaten.</translation>
    </message>
    <message>
        <source>The key slots on the server differ from the file store&apos;s; the server was left empty.</source>
        <translation>De sleutelslots op de server wijken af van die van de bestandsopslag; de server is leeg gelaten.</translation>
    </message>
    <message>
        <source>The access log does not verify on the server ({problem}); the server was left empty.</source>
        <translation>Het inzagelogboek klopt niet op de server ({problem}); de server is leeg gelaten.</translation>
    </message>
    <message>
        <source>The moved store fails its check on the server ({problems}); the server was emptied again.</source>
        <translation>De verhuisde opslag doorstaat de controle op de server niet ({problems}); de server is weer leeggemaakt.</translation>
    </message>
    <message>
        <source>The store was moved to {url} and verified, but its folder {path} could not be retired ({detail}). Rename or move that folder yourself so nobody keeps working in it.</source>
        <translation>De opslag is verhuisd naar {url} en gecontroleerd, maar de map {path} kon niet buiten gebruik worden gesteld ({detail}). Hernoem of verplaats die map zelf, zodat niemand erin blijft werken.</translation>
    </message>
    <message>
        <source>Sign-in failed: unknown user, not the sign-in code the unit administrator gave you, or the code has expired (a code works {days} days after the move). A unit administrator gives you a new start with &apos;medunit-admin recover --store URL --user NAME&apos; and the recovery code.</source>
        <translation>Aanmelden mislukt: onbekende gebruiker, niet de aanmeldcode die de beheerder van de eenheid u gaf, of de code is verlopen (een code werkt {days} dagen na de verhuizing). Een beheerder van de eenheid geeft u een nieuwe start met &apos;medunit-admin recover --store URL --user NAAM&apos; en de herstelcode.</translation>
    </message>
    <message>
        <source>--url must be a postgresql:// URL (a folder store is upgraded when it is opened).</source>
        <translation>--url moet een postgresql://-URL zijn (een opslagmap wordt bijgewerkt wanneer die wordt geopend).</translation>
    </message>
    <message>
        <source>The database {db} holds no medunit unit server; set one up with &apos;medunit-admin server init&apos;.</source>
        <translation>De database {db} bevat geen medunit-eenheidsserver; richt er een in met &apos;medunit-admin server init&apos;.</translation>
    </message>
    <message>
        <source>The unit server in {db} holds schema version {version}, newer than this medunit ({latest}); nothing was changed. Run the upgrade with the medunit release the server has, or a newer one.</source>
        <translation>De eenheidsserver in {db} heeft schemaversie {version}, nieuwer dan deze medunit ({latest}); er is niets veranderd. Voer de upgrade uit met de medunit-versie van de server, of een nieuwere.</translation>
    </message>
    <message>
        <source>The unit server in {db} holds schema version {version}, older than any released unit server ({first}); nothing was changed (docs/unit-server.md, Upgrades).</source>
        <translation>De eenheidsserver in {db} heeft schemaversie {version}, ouder dan elke uitgebrachte eenheidsserver ({first}); er is niets veranderd (docs/unit-server.md, Upgrades).</translation>
    </message>
    <message>
        <source>The database user may not upgrade the unit server ({detail}); run this as a PostgreSQL superuser.</source>
        <translation>De databasegebruiker mag de eenheidsserver niet bijwerken ({detail}); voer dit uit als PostgreSQL-superuser.</translation>
    </message>
    <message>
        <source>A workstation is using the unit server {url}; nothing was changed. Close medunit on every workstation and run the upgrade again.</source>
        <translation>Een werkplek gebruikt de eenheidsserver {url}; er is niets veranderd. Sluit medunit op elke werkplek en voer de upgrade opnieuw uit.</translation>
    </message>
</context>
<context>
    <name>formats</name>
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
</context>
<context>
    <name>labels</name>
    <message>
        <source>Acceptance income insurance</source>
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
        <translation>Brief van behandelend arts</translation>
    </message>
    <message>
        <source>Answer from doctor</source>
        <translation>Antwoord van behandelend arts</translation>
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
        <translation>Privacyfunctionaris</translation>
    </message>
    <message>
        <source>Unit administrator</source>
        <translation>Beheerder functionele eenheid</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandeling</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicatie</translation>
    </message>
    <message>
        <source>Prognosis</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Functional limitations</source>
        <translation>Functionele beperkingen</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Medische voorgeschiedenis</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Ondertekend formulier</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digitaal</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Ingetrokken</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Verlopen</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Nog niet geldig</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over tijd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advies</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offerte</translation>
    </message>
    <message>
        <source>Service call</source>
        <translation>Servicegesprek</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Klacht</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Adviseur</translation>
    </message>
    <message>
        <source>Webcare</source>
        <translation>Webcare</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <source>Accept with exclusion</source>
        <translation>Accepteren met uitsluiting</translation>
    </message>
    <message>
        <source>Accept with premium loading</source>
        <translation>Accepteren met premieopslag</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Gedeeltelijk</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Cannot be determined</source>
        <translation>Niet vast te stellen</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Not yet reached</source>
        <translation>Nog niet bereikt</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Request more medical information</source>
        <translation>Nadere medische informatie opvragen</translation>
    </message>
    <message>
        <source>Independent medical expert</source>
        <translation>Onafhankelijke medische expertise</translation>
    </message>
    <message>
        <source>Medical term: diagnosis or condition</source>
        <translation>Medische term: diagnose of aandoening</translation>
    </message>
    <message>
        <source>Medical term: medication</source>
        <translation>Medische term: medicatie</translation>
    </message>
    <message>
        <source>Medical term: specialism or specialist</source>
        <translation>Medische term: specialisme of specialist</translation>
    </message>
    <message>
        <source>Rare word that also occurs in this case&apos;s health entries</source>
        <translation>Zeldzaam woord dat ook in de medische gegevens van dit dossier voorkomt</translation>
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
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Call and chat recordings (max. 4 weeks)</source>
        <translation>Opnamen van gesprekken (max. 4 weken)</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Afgesloten dossiers</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <source>Work and Income Act (Wet WIA)</source>
        <translation>Wet werk en inkomen naar arbeidsvermogen (Wet WIA)</translation>
    </message>
    <message>
        <source>Social Insurance Financing Act (Wfsv)</source>
        <translation>Wet financiering sociale verzekeringen (Wfsv)</translation>
    </message>
    <message>
        <source>Tax obligation</source>
        <translation>Fiscale verplichting</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG-afbeelding</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON-bestand</translation>
    </message>
    <message>
        <source>leak check while writing the advice</source>
        <extracomment>Fixed reasons the services write into access-log entries, for people. Reasons with details (a folder, a count, a filter) are shown as written: they are the record, not a label.</extracomment>
        <translation>lekcontrole tijdens het schrijven van het advies</translation>
    </message>
    <message>
        <source>leak check before export</source>
        <translation>lekcontrole vóór de export</translation>
    </message>
    <message>
        <source>advisors with cases</source>
        <translation>adviseurs met dossiers</translation>
    </message>
    <message>
        <source>access report</source>
        <translation>inzagerapport</translation>
    </message>
    <message>
        <source>dry run (nothing deleted)</source>
        <translation>proefrun (niets verwijderd)</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Reference</source>
        <extracomment>The role under which every model hands out the row&apos;s service object. user name → the name people read; a view sets ``session.full_name`` (display names of the profile) column → the service&apos;s sort key; None: not sortable the translated message of a refusal while loading</extracomment>
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
        <source>#</source>
        <extracomment>acts further apart than this are not grouped, even when identical (another sitting)</extracomment>
        <translation>#</translation>
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
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>Confidentiality accepted</source>
        <translation>Geheimhouding aanvaard</translation>
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
    <message>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Informatie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <source>%1 times between %2 and %3</source>
        <translation>%1 keer tussen %2 en %3</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Weergavenaam</translation>
    </message>
    <message>
        <source>BIG number</source>
        <translation>BIG-nummer</translation>
    </message>
    <message>
        <source>withdrawn %1 by %2</source>
        <extracomment>status colours: active green, withdrawn red, expired/not yet grey</extracomment>
        <translation>ingetrokken %1 door %2</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>verlopen %1</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Geadresseerde</translation>
    </message>
    <message>
        <source>Obtained as</source>
        <translation>Verkregen als</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Verkregen</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Geldig t/m</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Vastgelegd door</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>%1 — withdrawn!</source>
        <translation>%1 — ingetrokken!</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Aangemaakt</translation>
    </message>
    <message>
        <source>The consent this request relies on was withdrawn: do not use or send it.</source>
        <translation>De toestemming waarop dit verzoek steunt is ingetrokken: niet gebruiken of versturen.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Opgesteld door</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <source>Signed — replaced by version %1</source>
        <translation>Ondertekend — vervangen door versie %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>Automatic backups are off: the policy sets no backup folder (backup.folder).</source>
        <translation>Automatische back-ups staan uit: het beleid noemt geen back-upmap (backup.folder).</translation>
    </message>
    <message>
        <source>No backup yet in {folder}; one is made at the next lock or exit.</source>
        <translation>Nog geen back-up in {folder}; er wordt er een gemaakt bij de volgende vergrendeling of afsluiting.</translation>
    </message>
    <message>
        <source>Last backup: {when} in {folder} (every {hours} hours).</source>
        <translation>Laatste back-up: {when} in {folder} (elke {hours} uur).</translation>
    </message>
    <message>
        <source>It is older than the policy allows: check the backup folder.</source>
        <translation>Die is ouder dan het beleid toestaat: controleer de back-upmap.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The automatic backup succeeded.</source>
        <translation>De automatische back-up is gelukt.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {why}</source>
        <translation>De automatische back-up is mislukt: {why}</translation>
    </message>
    <message>
        <source>Making the automatic backup in {folder}…</source>
        <translation>Automatische back-up maken in {folder}…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatische back-up</translation>
    </message>
</context>
<context>
    <name>KeyGrantDialog</name>
    <message>
        <source>Key grants waiting for your approval</source>
        <translation>Sleutels die op uw goedkeuring wachten</translation>
    </message>
    <message>
        <source>Users waiting for keys you hold</source>
        <translation>Gebruikers die wachten op sleutels die u heeft</translation>
    </message>
    <message>
        <source>The administrator added these users, or changed their role, but holds no content key. Approve only users you know should read this content in this role.</source>
        <translation>De beheerder heeft deze gebruikers toegevoegd of hun rol gewijzigd, maar heeft zelf geen inhoudssleutel. Keur alleen gebruikers goed van wie u weet dat zij deze gegevens in deze rol mogen lezen.</translation>
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
        <source>Waiting for</source>
        <translation>Wacht op</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Toegevoegd door</translation>
    </message>
    <message>
        <source>&amp;Approve selected user</source>
        <translation>Geselecteerde gebruiker &amp;goedkeuren</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Selecteer eerst een gebruiker.</translation>
    </message>
    <message>
        <source>%1 now holds: %2</source>
        <translation>%1 heeft nu: %2</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Opnieuw laden</translation>
    </message>
    <message>
        <source>Show the other person&apos;s version; what you typed stays beside it</source>
        <translation>Toon de versie van de ander; wat u typte blijft ernaast staan</translation>
    </message>
</context>
<context>
    <name>UnsavedText</name>
    <message>
        <source>Your text (not saved; someone else&apos;s version is shown in the editor)</source>
        <translation>Uw tekst (niet opgeslagen; de editor toont de versie van een ander)</translation>
    </message>
    <message>
        <source>&amp;Put back in the editor</source>
        <translation>&amp;Terugzetten in de editor</translation>
    </message>
    <message>
        <source>D&amp;iscard my text</source>
        <translation>Mijn tekst &amp;weggooien</translation>
    </message>
</context>
<context>
    <name>MovedStoreDialog</name>
    <message>
        <source>The store in %1 was moved to the unit server %2. Nothing is kept in this folder any more, and no new store is made here: a second store would split the unit&apos;s data.</source>
        <translation>De opslag in %1 is verhuisd naar de eenheidsserver %2. In deze map wordt niets meer bewaard en hier wordt geen nieuwe opslag gemaakt: een tweede opslag zou de gegevens van de eenheid splitsen.</translation>
    </message>
    <message>
        <source>Ask IT to point this workstation at the server: in the policy, store.location = &quot;%2&quot;. Until then, start medunit with --store %2.</source>
        <translation>Vraag IT deze werkplek naar de server te laten wijzen: in het beleid store.location = &quot;%2&quot;. Start medunit tot dan met --store %2.</translation>
    </message>
    <message>
        <source>medunit — the store has moved</source>
        <translation>medunit — de opslag is verhuisd</translation>
    </message>
    <message>
        <source>The store has moved to the unit server</source>
        <translation>De opslag is verhuisd naar de eenheidsserver</translation>
    </message>
    <message>
        <source>Address of the unit server</source>
        <translation>Adres van de eenheidsserver</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>copying {table}: {done} of {total} rows ({share} %)</source>
        <translation>{table} kopiëren: {done} van {total} rijen ({share} %)</translation>
    </message>
    <message>
        <source>copied {table}: {done} of {total} rows ({share} %)</source>
        <translation>{table} gekopieerd: {done} van {total} rijen ({share} %)</translation>
    </message>
    <message>
        <source>verifying {table}: {done} of {total} rows ({share} %)</source>
        <translation>{table} controleren: {done} van {total} rijen ({share} %)</translation>
    </message>
    <message>
        <source>verified {table}: {done} of {total} rows ({share} %)</source>
        <translation>{table} gecontroleerd: {done} van {total} rijen ({share} %)</translation>
    </message>
    <message>
        <source>verifying the access log on the server: {done} of {total} rows</source>
        <translation>het inzagelogboek op de server controleren: {done} van {total} rijen</translation>
    </message>
    <message>
        <source>Recovery code of the file store</source>
        <translation>Herstelcode van de bestandsopslag</translation>
    </message>
    <message>
        <source>Store moved to {server}: {rows} rows in {tables} tables copied and verified entry by entry; the access log ({entries} entries, {signatures} signed transactions) verifies on the server. Took {seconds} s.</source>
        <translation>Opslag verhuisd naar {server}: {rows} rijen in {tables} tabellen gekopieerd en regel voor regel gecontroleerd; het inzagelogboek ({entries} regels, {signatures} ondertekende transacties) klopt op de server. Duur: {seconds} s.</translation>
    </message>
    <message>
        <source>The old store is kept in {retired}; {source} now holds only a note.</source>
        <translation>De oude opslag is bewaard in {retired}; in {source} staat nu alleen een notitie.</translation>
    </message>
    <message>
        <source>One-time sign-in codes: hand each user theirs in person (like a first passphrase). Each signs in once with &apos;medunit-admin store sign-in --store URL --as NAME&apos;; their passphrase stays the same. The codes work until {until}.</source>
        <translation>Eenmalige aanmeldcodes: geef elke gebruiker persoonlijk de eigen code (zoals een eerste wachtwoordzin). Ieder meldt zich één keer aan met &apos;medunit-admin store sign-in --store URL --as NAAM&apos;; de wachtwoordzin blijft dezelfde. De codes werken tot {until}.</translation>
    </message>
    <message>
        <source>Sign-in code from the unit administrator</source>
        <translation>Aanmeldcode van de beheerder van de eenheid</translation>
    </message>
    <message>
        <source>{user} signed in to the unit server; from now on your passphrase alone logs you in.</source>
        <translation>{user} is aangemeld bij de eenheidsserver; voortaan meldt u zich aan met alleen uw wachtwoordzin.</translation>
    </message>
    <message>
        <source>Password of the database administrator</source>
        <translation>Wachtwoord van de databasebeheerder</translation>
    </message>
    <message>
        <source>Unit server set up at {url}: first unit administrator {admin}. Point every workstation at it with store.location (policy) or --store.</source>
        <translation>Eenheidsserver ingericht op {url}: eerste beheerder van de eenheid {admin}. Laat elke werkplek ernaar wijzen met store.location (beleid) of --store.</translation>
    </message>
    <message>
        <source>Unit server {url} was at schema version {version} already; its rules were applied again, nothing else changed.</source>
        <translation>Eenheidsserver {url} had schemaversie {version} al; de regels zijn opnieuw toegepast, verder is er niets veranderd.</translation>
    </message>
    <message>
        <source>Unit server {url} upgraded from schema version {before} to {after}: tables brought up to date, every rule applied again. Now install this medunit release on the workstations.</source>
        <translation>Eenheidsserver {url} bijgewerkt van schemaversie {before} naar {after}: tabellen bijgewerkt, alle regels opnieuw toegepast. Installeer nu deze medunit-versie op de werkplekken.</translation>
    </message>
</context>
</TS>
