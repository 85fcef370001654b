<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>medunit — first start</source>
            <translation>medunit — first start</translation>
        </message>
        <message>
            <source>&amp;Create store</source>
            <translation>&amp;Create store</translation>
        </message>
        <message>
            <source>Open &amp;demo store</source>
            <translation>Open &amp;demo store</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>Create the unit's encrypted store in the folder set by the policy. You become its unit administrator and receive a recovery code for IT.</source>
            <translation>Create the unit's encrypted store in the folder set by the policy. You become its unit administrator and receive a recovery code for IT.</translation>
        </message>
        <message>
            <source>Store folder: %1</source>
            <translation>Store folder: %1</translation>
        </message>
        <message>
            <source>Try medunit with synthetic data only — never real health data. The demo store is kept apart from the unit's store.</source>
            <translation>Try medunit with synthetic data only — never real health data. The demo store is kept apart from the unit's store.</translation>
        </message>
        <message>
            <source>Folder: %1
User name: %2
Passphrase: %3</source>
            <translation>Folder: %1
User name: %2
Passphrase: %3</translation>
        </message>
        <message>
            <source>Welcome to medunit</source>
            <translation>Welcome to medunit</translation>
        </message>
        <message>
            <source>There is no store on this workstation yet. What do you want to do?</source>
            <translation>There is no store on this workstation yet. What do you want to do?</translation>
        </message>
        <message>
            <source>e.g. j.jansen</source>
            <translation>e.g. j.jansen</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>&amp;Repeat passphrase:</source>
            <translation>&amp;Repeat passphrase:</translation>
        </message>
        <message>
            <source>Store folder:</source>
            <translation>Store folder:</translation>
        </message>
        <message>
            <source>Use a passphrase of at least 12 characters, for example four unrelated words. Nobody can reset it for you; only the recovery code can open the store without it.</source>
            <translation>Use a passphrase of at least 12 characters, for example four unrelated words. Nobody can reset it for you; only the recovery code can open the store without it.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Create the unit's store</source>
            <translation>Create the unit's store</translation>
        </message>
        <message>
            <source>This recovery code opens the store when a passphrase is lost or the store moves to another workstation. It is shown only this once and is not saved anywhere. Write it down and hand it to IT for safekeeping; anyone who has it can open the store.</source>
            <translation>This recovery code opens the store when a passphrase is lost or the store moves to another workstation. It is shown only this once and is not saved anywhere. Write it down and hand it to IT for safekeeping; anyone who has it can open the store.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Recovery code</translation>
        </message>
        <message>
            <source>I have &amp;written the recovery code down and stored it safely</source>
            <translation>I have &amp;written the recovery code down and stored it safely</translation>
        </message>
        <message>
            <source>C&amp;ontinue</source>
            <translation>C&amp;ontinue</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>Your recovery code</translation>
        </message>
        <message>
            <source>The two passphrases differ. Type them again.</source>
            <translation>The two passphrases differ. Type them again.</translation>
        </message>
        <message>
            <source>The folder %1 holds a store that is not a demo store.</source>
            <translation>The folder %1 holds a store that is not a demo store.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>DEMO — this store holds synthetic data only. Do not enter real health data.</source>
            <translation>DEMO — this store holds synthetic data only. Do not enter real health data.</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Signed in as:</source>
            <translation>Signed in as:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Store:</source>
            <translation>Store:</translation>
        </message>
        <message>
            <source>Workstation:</source>
            <translation>Workstation:</translation>
        </message>
        <message>
            <source>Workstation binding:</source>
            <translation>Workstation binding:</translation>
        </message>
        <message>
            <source>Automatic lock:</source>
            <translation>Automatic lock:</translation>
        </message>
        <message>
            <source>Medical advisor unit</source>
            <translation>Medical advisor unit</translation>
        </message>
        <message>
            <source>medunit is locked.</source>
            <translation>medunit is locked.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Lock</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About medunit</source>
            <translation>&amp;About medunit</translation>
        </message>
        <message>
            <source>Medical advisor</source>
            <translation>Medical advisor</translation>
        </message>
        <message>
            <source>Unit staff</source>
            <translation>Unit staff</translation>
        </message>
        <message>
            <source>Criminal-record officer</source>
            <translation>Criminal-record officer</translation>
        </message>
        <message>
            <source>Privacy officer</source>
            <translation>Privacy officer</translation>
        </message>
        <message>
            <source>Unit administrator</source>
            <translation>Unit administrator</translation>
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
            <translation>unknown (the key-slot file cannot be read)</translation>
        </message>
        <message>
            <source>on — the store opens only on workstations it is bound to</source>
            <translation>on — the store opens only on workstations it is bound to</translation>
        </message>
        <message>
            <source>off — the store opens on any workstation with a passphrase</source>
            <translation>off — the store opens on any workstation with a passphrase</translation>
        </message>
        <message numerus="yes">
            <source>after %n minute(s) without activity</source>
            <translation>
                <numerusform>after %n minute without activity</numerusform>
                <numerusform>after %n minutes without activity</numerusform>
            </translation>
        </message>
        <message>
            <source>About medunit</source>
            <translation>About medunit</translation>
        </message>
        <message>
            <source>medunit %1</source>
            <translation>medunit %1</translation>
        </message>
        <message>
            <source>The workstation of the insurer's medical advisor unit: encrypted health records, consent, doctor information requests and signed advice.</source>
            <translation>The workstation of the insurer's medical advisor unit: encrypted health records, consent, doctor information requests and signed advice.</translation>
        </message>
    </context>
    <context>
        <name>UnlockDialog</name>
        <message>
            <source>Unlock medunit</source>
            <extracomment>Failures allowed before the Unlock button is held back. Longest hold-back, in delay units (seconds in production).</extracomment>
            <translation>Unlock medunit</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <source>Store:</source>
            <translation>Store:</translation>
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
            <source>Unlock the unit's store</source>
            <translation>Unlock the unit's store</translation>
        </message>
        <message>
            <source>Enter your user name and passphrase to open the encrypted store.</source>
            <translation>Enter your user name and passphrase to open the encrypted store.</translation>
        </message>
        <message>
            <source>Enter your user name.</source>
            <translation>Enter your user name.</translation>
        </message>
        <message>
            <source>Enter your passphrase.</source>
            <translation>Enter your passphrase.</translation>
        </message>
        <message numerus="yes">
            <source>Too many failed attempts. You can try again in %n second(s).</source>
            <translation>
                <numerusform>Too many failed attempts. You can try again in %n second.</numerusform>
                <numerusform>Too many failed attempts. You can try again in %n seconds.</numerusform>
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
            <translation>Unlock failed: unknown user or wrong passphrase.</translation>
        </message>
        <message>
            <source>The key slot of {user} is bound to another workstation. Use the recovery code: medunit-admin recover --store DIR --user {user} --recovery-code CODE</source>
            <translation>The key slot of {user} is bound to another workstation. Use the recovery code: medunit-admin recover --store DIR --user {user} --recovery-code CODE</translation>
        </message>
        <message>
            <source>A passphrase needs at least {n} characters.</source>
            <translation>A passphrase needs at least {n} characters.</translation>
        </message>
        <message>
            <source>A passphrase cannot begin or end with a space.</source>
            <translation>A passphrase cannot begin or end with a space.</translation>
        </message>
        <message>
            <source>The store folder {path} does not exist.</source>
            <translation>The store folder {path} does not exist.</translation>
        </message>
        <message>
            <source>{path} is not a folder.</source>
            <translation>{path} is not a folder.</translation>
        </message>
        <message>
            <source>{path} is not a medunit store (no key-slot file or database).</source>
            <translation>{path} is not a medunit store (no key-slot file or database).</translation>
        </message>
        <message>
            <source>The folder {path} is not empty; choose an empty or new folder.</source>
            <translation>The folder {path} is not empty; choose an empty or new folder.</translation>
        </message>
        <message>
            <source>User name '{name}' is not valid: 2-32 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter.</source>
            <translation>User name '{name}' is not valid: 2-32 characters, lower-case letters, digits, '.', '_' or '-', starting with a letter.</translation>
        </message>
        <message>
            <source>The key-slot file {path} is damaged or was altered ({detail}).</source>
            <translation>The key-slot file {path} is damaged or was altered ({detail}).</translation>
        </message>
        <message>
            <source>The key-slot file {path} was altered: an envelope does not open.</source>
            <translation>The key-slot file {path} was altered: an envelope does not open.</translation>
        </message>
        <message>
            <source>The key-slot file {path} was altered (its MAC does not match).</source>
            <translation>The key-slot file {path} was altered (its MAC does not match).</translation>
        </message>
        <message>
            <source>The key-slot file {path} holds no key for this slot.</source>
            <translation>The key-slot file {path} holds no key for this slot.</translation>
        </message>
        <message>
            <source>The OS keychain is not available ({detail}). Log in to a desktop session with a keychain (GNOME Keyring / KWallet, macOS Keychain, Windows Credential Manager) or ask IT.</source>
            <translation>The OS keychain is not available ({detail}). Log in to a desktop session with a keychain (GNOME Keyring / KWallet, macOS Keychain, Windows Credential Manager) or ask IT.</translation>
        </message>
        <message>
            <source>This store is bound to workstations; the OS keychain is needed.</source>
            <translation>This store is bound to workstations; the OS keychain is needed.</translation>
        </message>
        <message>
            <source>Workstation binding needs the OS keychain.</source>
            <translation>Workstation binding needs the OS keychain.</translation>
        </message>
        <message>
            <source>Internal error; details withheld.</source>
            <extracomment>Shown for anything that is not a MedunitError: the details could hold health data.</extracomment>
            <translation>Internal error; details withheld.</translation>
        </message>
    </context>
</TS>
