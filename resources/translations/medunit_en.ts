<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AccessLogView</name>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>e.g. P-000101 or a case reference</source>
        <translation>e.g. P-000101 or a case reference</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Refused only</source>
        <translation>&amp;Refused only</translation>
    </message>
    <message>
        <source>&amp;Break the glass only</source>
        <translation>&amp;Break the glass only</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>&amp;Person/case:</source>
        <translation>&amp;Person/case:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>U&amp;ser:</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Access log</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), newest first</source>
        <translation>
            <numerusform>%n entry, newest first</numerusform>
            <numerusform>%n entries, newest first</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chain intact (%n entry(s))</source>
        <translation>
            <numerusform>Chain intact (%n entry)</numerusform>
            <numerusform>Chain intact (%n entries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken: %1</source>
        <translation>Chain broken: %1</translation>
    </message>
    <message>
        <source>Export access log</source>
        <translation>Export access log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add user</source>
        <translation>Add user</translation>
    </message>
    <message>
        <source>e.g. j.jansen</source>
        <translation>e.g. j.jansen</translation>
    </message>
    <message>
        <source>Re&amp;covery code:</source>
        <translation>Re&amp;covery code:</translation>
    </message>
    <message>
        <source>This role reads the criminal-record compartment, whose key your own slot does not hold. Enter the unit&apos;s recovery code to pass it on.</source>
        <translation>This role reads the criminal-record compartment, whose key your own slot does not hold. Enter the unit&apos;s recovery code to pass it on.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Initial &amp;passphrase:</source>
        <translation>Initial &amp;passphrase:</translation>
    </message>
    <message>
        <source>R&amp;epeat passphrase:</source>
        <translation>R&amp;epeat passphrase:</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type them again.</source>
        <translation>The two passphrases differ. Type them again.</translation>
    </message>
</context>
<context>
    <name>AdminView</name>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Remove user…</source>
        <translation>&amp;Remove user…</translation>
    </message>
    <message>
        <source>New recovery &amp;code…</source>
        <translation>New recovery &amp;code…</translation>
    </message>
    <message>
        <source>Policy in force</source>
        <translation>Policy in force</translation>
    </message>
    <message>
        <source>Set by IT in the workstation&apos;s policy file; locked values cannot be loosened.</source>
        <translation>Set by IT in the workstation&apos;s policy file; locked values cannot be loosened.</translation>
    </message>
    <message>
        <source>User %1 was added.</source>
        <translation>User %1 was added.</translation>
    </message>
    <message>
        <source>Choose a user in the list first.</source>
        <translation>Choose a user in the list first.</translation>
    </message>
    <message>
        <source>Remove user</source>
        <translation>Remove user</translation>
    </message>
    <message>
        <source>Remove user %1?</source>
        <translation>Remove user %1?</translation>
    </message>
    <message>
        <source>Their key slot is removed and the store key is rotated, so an old copy of it opens nothing.</source>
        <translation>Their key slot is removed and the store key is rotated, so an old copy of it opens nothing.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>User %1 was removed.</source>
        <translation>User %1 was removed.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>◀ &amp;Previous page</source>
        <translation>◀ &amp;Previous page</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>Choose an attachment and press Enter (or double-click) to view it here.</source>
        <translation>Choose an attachment and press Enter (or double-click) to view it here.</translation>
    </message>
    <message>
        <source>This attachment cannot be shown: its content is damaged or not supported.</source>
        <translation>This attachment cannot be shown: its content is damaged or not supported.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Restricted case %1</source>
        <extracomment>How long a revealed BSN stays visible.</extracomment>
        <translation>Restricted case %1</translation>
    </message>
    <message>
        <source>Case %1 is restricted to named advisors. You can open it in an emergency (break the glass): state why. Your name, the reason and the time are logged and reviewed by the privacy officer.</source>
        <translation>Case %1 is restricted to named advisors. You can open it in an emergency (break the glass): state why. Your name, the reason and the time are logged and reviewed by the privacy officer.</translation>
    </message>
    <message>
        <source>Reason (at least 10 characters)</source>
        <translation>Reason (at least 10 characters)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Open case (logged)</source>
        <translation>&amp;Open case (logged)</translation>
    </message>
    <message>
        <source>Break the glass</source>
        <translation>Break the glass</translation>
    </message>
</context>
<context>
    <name>CaseListView</name>
    <message>
        <source>Search reference, family name or person reference (Ctrl+F)</source>
        <extracomment>Delay between the last key press in the search box and the new query.</extracomment>
        <translation>Search reference, family name or person reference (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Search cases</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All case types</source>
        <translation>All case types</translation>
    </message>
    <message>
        <source>All advisors</source>
        <translation>All advisors</translation>
    </message>
    <message>
        <source>Assigned advisor: choose or type a user name</source>
        <translation>Assigned advisor: choose or type a user name</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Ad&amp;visor:</source>
        <translation>Ad&amp;visor:</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Cases</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) loaded; scroll down for more</source>
        <translation>
            <numerusform>%n case loaded; scroll down for more</numerusform>
            <numerusform>%n cases loaded; scroll down for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>No case open</source>
        <extracomment>emitted after a case was opened (reference) or closed (&quot;&quot;)</extracomment>
        <translation>No case open</translation>
    </message>
    <message>
        <source>Choose a case in the list and press Enter to open it.</source>
        <translation>Choose a case in the list and press Enter to open it.</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>&amp;Medical data</source>
        <translation>&amp;Medical data</translation>
    </message>
    <message>
        <source>Access lo&amp;g</source>
        <translation>Access lo&amp;g</translation>
    </message>
    <message>
        <source>Show &amp;BSN</source>
        <translation>Show &amp;BSN</translation>
    </message>
    <message>
        <source>Shows the full BSN for 30 seconds. This is logged.</source>
        <translation>Shows the full BSN for 30 seconds. This is logged.</translation>
    </message>
    <message>
        <source>&amp;Copy BSN</source>
        <translation>&amp;Copy BSN</translation>
    </message>
    <message>
        <source>The clipboard is cleared again after a short time.</source>
        <translation>The clipboard is cleared again after a short time.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <source>Person reference:</source>
        <translation>Person reference:</translation>
    </message>
    <message>
        <source>BSN:</source>
        <translation>BSN:</translation>
    </message>
    <message>
        <source>Legal basis for the BSN:</source>
        <translation>Legal basis for the BSN:</translation>
    </message>
    <message>
        <source>Case reference:</source>
        <translation>Case reference:</translation>
    </message>
    <message>
        <source>Case type:</source>
        <translation>Case type:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Assigned advisor:</source>
        <translation>Assigned advisor:</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Question:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Health entries</source>
        <translation>Health entries</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Text of the entry</translation>
    </message>
    <message>
        <source>Add &amp;note…</source>
        <translation>Add &amp;note…</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Add &amp;attachment…</source>
        <translation>Add &amp;attachment…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Who opened or changed this case, and who was refused.</source>
        <translation>Who opened or changed this case, and who was refused.</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Case %1</translation>
    </message>
    <message>
        <source>restricted</source>
        <translation>restricted</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Add attachment</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF and images (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>medunit — first start</source>
        <extracomment>Synthetic cases in a new demo store.</extracomment>
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
        <source>Create the unit&apos;s encrypted store in the folder set by the policy. You become its unit administrator and receive a recovery code for IT.</source>
        <translation>Create the unit&apos;s encrypted store in the folder set by the policy. You become its unit administrator and receive a recovery code for IT.</translation>
    </message>
    <message>
        <source>Store folder: %1</source>
        <translation>Store folder: %1</translation>
    </message>
    <message>
        <source>Try medunit with synthetic data only — never real health data. The demo store is kept apart from the unit&apos;s store.</source>
        <translation>Try medunit with synthetic data only — never real health data. The demo store is kept apart from the unit&apos;s store.</translation>
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
        <source>Create the unit&apos;s store</source>
        <translation>Create the unit&apos;s store</translation>
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
        <source>Creating the demo store with synthetic cases…</source>
        <translation>Creating the demo store with synthetic cases…</translation>
    </message>
    <message>
        <source>Demo store</source>
        <translation>Demo store</translation>
    </message>
    <message>
        <source>The folder %1 holds a store that is not a demo store.</source>
        <translation>The folder %1 holds a store that is not a demo store.</translation>
    </message>
</context>
<context>
    <name>GuardedTextView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
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
        <source>&amp;Cases</source>
        <translation>&amp;Cases</translation>
    </message>
    <message>
        <source>Access &amp;log</source>
        <translation>Access &amp;log</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
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
        <source>The workstation of the insurer&apos;s medical advisor unit: encrypted health records, consent, doctor information requests and signed advice.</source>
        <translation>The workstation of the insurer&apos;s medical advisor unit: encrypted health records, consent, doctor information requests and signed advice.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Note on case %1</source>
        <translation>Note on case %1</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>Save (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>A new recovery code replaces the current one, which stops working. If the store has a criminal-record compartment, enter the current code so its key is kept.</source>
        <translation>A new recovery code replaces the current one, which stops working. If the store has a criminal-record compartment, enter the current code so its key is kept.</translation>
    </message>
    <message>
        <source>&amp;Current recovery code:</source>
        <translation>&amp;Current recovery code:</translation>
    </message>
    <message>
        <source>&amp;Make new code</source>
        <translation>&amp;Make new code</translation>
    </message>
    <message>
        <source>I have &amp;written the new recovery code down and stored it safely</source>
        <translation>I have &amp;written the new recovery code down and stored it safely</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>This code is shown only now. Hand it to IT for safekeeping.</source>
        <translation>This code is shown only now. Hand it to IT for safekeeping.</translation>
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
        <source>Unlock the unit&apos;s store</source>
        <translation>Unlock the unit&apos;s store</translation>
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
        <extracomment>Error templates the start-up dialogs can show, listed so ``pyside6-lupdate`` puts them in the &quot;errors&quot; context of the .ts files. The core owns the English text; keep these in sync with it.</extracomment>
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
        <source>User name &apos;{name}&apos; is not valid: 2-32 characters, lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>User name &apos;{name}&apos; is not valid: 2-32 characters, lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</translation>
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
        <source>The session is locked; unlock first.</source>
        <translation>The session is locked; unlock first.</translation>
    </message>
    <message>
        <source>Your role {role} may not do &apos;{action}&apos;.</source>
        <translation>Your role {role} may not do &apos;{action}&apos;.</translation>
    </message>
    <message>
        <source>There is no case {ref}.</source>
        <translation>There is no case {ref}.</translation>
    </message>
    <message>
        <source>Case {ref} is restricted to named advisors. Break the glass with a reason to open it.</source>
        <translation>Case {ref} is restricted to named advisors. Break the glass with a reason to open it.</translation>
    </message>
    <message>
        <source>Breaking the glass needs a reason of at least {n} characters.</source>
        <translation>Breaking the glass needs a reason of at least {n} characters.</translation>
    </message>
    <message>
        <source>An entry needs text.</source>
        <translation>An entry needs text.</translation>
    </message>
    <message>
        <source>Unknown entry kind &apos;{kind}&apos;.</source>
        <translation>Unknown entry kind &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>The file {name} is larger than the policy&apos;s limit of {mb} MB; nothing was stored.</source>
        <translation>The file {name} is larger than the policy&apos;s limit of {mb} MB; nothing was stored.</translation>
    </message>
    <message>
        <source>The file {name} is a {kind} but its name says otherwise; rename it and try again.</source>
        <translation>The file {name} is a {kind} but its name says otherwise; rename it and try again.</translation>
    </message>
    <message>
        <source>The file {name} is not a PDF, PNG or JPEG (checked by content).</source>
        <translation>The file {name} is not a PDF, PNG or JPEG (checked by content).</translation>
    </message>
    <message>
        <source>Attachment {id} does not belong to case {ref}.</source>
        <translation>Attachment {id} does not belong to case {ref}.</translation>
    </message>
    <message>
        <source>No BSN is recorded for this person.</source>
        <translation>No BSN is recorded for this person.</translation>
    </message>
    <message>
        <source>Unlock failed: this is not the store&apos;s recovery code.</source>
        <translation>Unlock failed: this is not the store&apos;s recovery code.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {why}</source>
        <translation>Cannot write {path}: {why}</translation>
    </message>
    <message>
        <source>User {user} already exists.</source>
        <translation>User {user} already exists.</translation>
    </message>
    <message>
        <source>No user named {user}.</source>
        <translation>No user named {user}.</translation>
    </message>
    <message>
        <source>You cannot remove yourself; ask another unit administrator.</source>
        <translation>You cannot remove yourself; ask another unit administrator.</translation>
    </message>
    <message>
        <source>{user} is the last unit administrator and cannot be removed.</source>
        <translation>{user} is the last unit administrator and cannot be removed.</translation>
    </message>
    <message>
        <source>Unknown role &apos;{role}&apos;. Roles: {roles}.</source>
        <translation>Unknown role &apos;{role}&apos;. Roles: {roles}.</translation>
    </message>
    <message>
        <source>The role {role} needs the criminal-record compartment key, which your slot does not hold. Give the recovery code (--recovery-code or MEDUNIT_RECOVERY_CODE).</source>
        <translation>The role {role} needs the criminal-record compartment key, which your slot does not hold. Give the recovery code (--recovery-code or MEDUNIT_RECOVERY_CODE).</translation>
    </message>
    <message>
        <source>Internal error; details withheld.</source>
        <extracomment>Shown for anything that is not a MedunitError: the details could hold health data.</extracomment>
        <translation>Internal error; details withheld.</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Acceptance income insurance</source>
        <extracomment>The role under which every model hands out the row&apos;s service object.</extracomment>
        <translation>Acceptance income insurance</translation>
    </message>
    <message>
        <source>Incapacity claim</source>
        <translation>Incapacity claim</translation>
    </message>
    <message>
        <source>Personal injury</source>
        <translation>Personal injury</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting for information</source>
        <translation>Waiting for information</translation>
    </message>
    <message>
        <source>Advised</source>
        <translation>Advised</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Health declaration answer</source>
        <translation>Health declaration answer</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Letter from doctor</source>
        <translation>Letter from doctor</translation>
    </message>
    <message>
        <source>Answer from doctor</source>
        <translation>Answer from doctor</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Recording</translation>
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
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>Reference</source>
        <extracomment>column → the service&apos;s sort key; None: not sortable the translated message of a refusal while loading</extracomment>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>(restricted)</source>
        <translation>(restricted)</translation>
    </message>
    <message>
        <source>Restricted case: opening it needs a reason (break the glass) and is logged.</source>
        <translation>Restricted case: opening it needs a reason (break the glass) and is logged.</translation>
    </message>
    <message>
        <source>Restricted case; you are one of its named users.</source>
        <translation>Restricted case; you are one of its named users.</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>break the glass</source>
        <translation>break the glass</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Workstation</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
</TS>
