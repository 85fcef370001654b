<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_GB">
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>medunit — first start</source>
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
            <source>Create the unit's encrypted store in the folder set by the policy. You become its unit administrator and receive a recovery code for IT.</source>
            <translation>Maak de versleutelde opslag van de functionele eenheid aan in de map die het beleid voorschrijft. U wordt de beheerder van de eenheid en ontvangt een herstelcode voor IT.</translation>
        </message>
        <message>
            <source>Store folder: %1</source>
            <translation>Opslagmap: %1</translation>
        </message>
        <message>
            <source>Try medunit with synthetic data only — never real health data. The demo store is kept apart from the unit's store.</source>
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
            <source>Create the unit's store</source>
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
            <source>The folder %1 holds a store that is not a demo store.</source>
            <translation>De map %1 bevat een opslag die geen demo-opslag is.</translation>
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
            <source>The workstation of the insurer's medical advisor unit: encrypted health records, consent, doctor information requests and signed advice.</source>
            <translation>De werkplek van de functionele eenheid medisch adviseur van de verzekeraar: versleutelde medische gegevens, toestemmingen, informatieverzoeken aan behandelaars en ondertekend medisch advies.</translation>
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
            <source>Unlock the unit's store</source>
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
            <extracomment>Error templates the start-up dialogs can show, listed so ``pyside6-lupdate`` puts them in the "errors" context of the .ts files. The core owns the English text; keep these in sync with it.</extracomment>
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
            <source>User name '{name}' is not valid: 2-32 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
            <translation>Gebruikersnaam '{name}' is ongeldig: 2-32 tekens, kleine letters, cijfers, '.', '_' of '-', beginnend met een letter.</translation>
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
            <source>Internal error; details withheld.</source>
            <extracomment>Shown for anything that is not a MedunitError: the details could hold health data.</extracomment>
            <translation>Interne fout; details worden niet getoond.</translation>
        </message>
    </context>
</TS>
