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
    <name>AcknowledgeDialog</name>
    <message>
        <source>Confidentiality statement</source>
        <translation>Confidentiality statement</translation>
    </message>
    <message>
        <source>Please confirm the unit&apos;s confidentiality statement again (periodic renewal).</source>
        <translation>Please confirm the unit&apos;s confidentiality statement again (periodic renewal).</translation>
    </message>
    <message>
        <source>The unit&apos;s confidentiality statement has changed. Read it and accept it.</source>
        <translation>The unit&apos;s confidentiality statement has changed. Read it and accept it.</translation>
    </message>
    <message>
        <source>Before you see any data, read and accept the unit&apos;s confidentiality statement.</source>
        <translation>Before you see any data, read and accept the unit&apos;s confidentiality statement.</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>I have read the statement and &amp;accept my duty of confidentiality</source>
        <translation>I have read the statement and &amp;accept my duty of confidentiality</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Refuse and close</source>
        <translation>Refuse and close</translation>
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
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>&amp;BIG number:</source>
        <translation>&amp;BIG number:</translation>
    </message>
    <message>
        <source>Goes into the advisor&apos;s own document-signing certificate; without it they cannot sign advice exports.</source>
        <translation>Goes into the advisor&apos;s own document-signing certificate; without it they cannot sign advice exports.</translation>
    </message>
    <message>
        <source>This role reads content whose keys your own slot does not hold. Enter the unit&apos;s recovery code to pass them on now, or leave it empty: a holder of the keys then approves the grant.</source>
        <translation>This role reads content whose keys your own slot does not hold. Enter the unit&apos;s recovery code to pass them on now, or leave it empty: a holder of the keys then approves the grant.</translation>
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
        <source>&amp;Profile…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>Display name and (medical advisors) BIG number</source>
        <translation>Display name and (medical advisors) BIG number</translation>
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
        <source>Signing key of the unit</source>
        <translation>Signing key of the unit</translation>
    </message>
    <message>
        <source>&amp;Save public key…</source>
        <translation>&amp;Save public key…</translation>
    </message>
    <message>
        <source>Advice exports are signed with this key. Give the public key to the general dossier so it can verify them; compare the fingerprint by phone.</source>
        <translation>Advice exports are signed with this key. Give the public key to the general dossier so it can verify them; compare the fingerprint by phone.</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <source>Save public key</source>
        <translation>Save public key</translation>
    </message>
    <message>
        <source>Public key (*.pem *.txt *.pub)</source>
        <translation>Public key (*.pem *.txt *.pub)</translation>
    </message>
    <message>
        <source>Public key saved to %1 (fingerprint %2).</source>
        <translation>Public key saved to %1 (fingerprint %2).</translation>
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
    <message>
        <source>The profile of %1 was saved.</source>
        <translation>The profile of %1 was saved.</translation>
    </message>
</context>
<context>
    <name>AdviceTab</name>
    <message>
        <source>Reloaded: the editor shows the latest version.</source>
        <translation>Reloaded: the editor shows the latest version.</translation>
    </message>
    <message>
        <source>What is excluded, in words the case handler may read</source>
        <extracomment>the leak check bound to this case&apos;s health entries, read once per opened case</extracomment>
        <translation>What is excluded, in words the case handler may read</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Ends on:</source>
        <translation>Ends on:</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>E&amp;xclusion:</source>
        <translation>E&amp;xclusion:</translation>
    </message>
    <message>
        <source>Premium &amp;loading:</source>
        <translation>Premium &amp;loading:</translation>
    </message>
    <message>
        <source>&amp;Postpone for:</source>
        <translation>&amp;Postpone for:</translation>
    </message>
    <message>
        <source>&amp;Incapacity:</source>
        <translation>&amp;Incapacity:</translation>
    </message>
    <message>
        <source>Period &amp;from:</source>
        <translation>Period &amp;from:</translation>
    </message>
    <message>
        <source>Period &amp;until:</source>
        <translation>Period &amp;until:</translation>
    </message>
    <message>
        <source>&amp;Causal relation:</source>
        <translation>&amp;Causal relation:</translation>
    </message>
    <message>
        <source>&amp;End state:</source>
        <translation>&amp;End state:</translation>
    </message>
    <message>
        <source>&amp;Impairment:</source>
        <translation>&amp;Impairment:</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Next step:</translation>
    </message>
    <message>
        <source>A short remark for the case handler: the outcome, never the diagnosis or findings.</source>
        <translation>A short remark for the case handler: the outcome, never the diagnosis or findings.</translation>
    </message>
    <message>
        <source>&amp;Remark for the case handler:</source>
        <translation>&amp;Remark for the case handler:</translation>
    </message>
    <message>
        <source>Possible health data in the remark</source>
        <translation>Possible health data in the remark</translation>
    </message>
    <message>
        <source>Leak check: no words that look like health data.</source>
        <translation>Leak check: no words that look like health data.</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Amend (new version)</source>
        <translation>&amp;Amend (new version)</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <translation>&amp;Sign…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export &amp;to folder…</source>
        <translation>Export &amp;to folder…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Open &amp;folder</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Preview of the export</translation>
    </message>
    <message>
        <source>What the case handler receives</source>
        <translation>What the case handler receives</translation>
    </message>
    <message>
        <source>Exactly these fields leave the unit, signed, in Dutch; nothing else. Updated as you type.</source>
        <translation>Exactly these fields leave the unit, signed, in Dutch; nothing else. Updated as you type.</translation>
    </message>
    <message>
        <source>Advice versions</source>
        <translation>Advice versions</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Writes the signed export (JSON and PDF) to the policy&apos;s export folder %1.</source>
        <translation>Writes the signed export (JSON and PDF) to the policy&apos;s export folder %1.</translation>
    </message>
    <message>
        <source>Exported to the folder %1: %2 and %3</source>
        <translation>Exported to the folder %1: %2 and %3</translation>
    </message>
    <message>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 characters</translation>
    </message>
    <message>
        <source>The remark is %1 characters too long.</source>
        <translation>The remark is %1 characters too long.</translation>
    </message>
    <message>
        <source>Not complete yet: %1</source>
        <translation>Not complete yet: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Leak check: %n word(s) may be health data. Rephrase, or confirm them when signing.</source>
        <translation>
            <numerusform>Leak check: %n word(s) may be health data. Rephrase, or confirm them when signing.</numerusform>
            <numerusform>Leak check: %n word(s) may be health data. Rephrase, or confirm them when signing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a medical advisor drafts and signs advice. </source>
        <translation>Only a medical advisor drafts and signs advice. </translation>
    </message>
    <message>
        <source>You are editing version %1, an amendment of signed version %2. Saving creates the new version; version %2 stays as it was signed.</source>
        <translation>You are editing version %1, an amendment of signed version %2. Saving creates the new version; version %2 stays as it was signed.</translation>
    </message>
    <message>
        <source>No advice yet. Saving makes version 1, a draft.</source>
        <translation>No advice yet. Saving makes version 1, a draft.</translation>
    </message>
    <message>
        <source>Version %1 was signed by %2 on %3 and was replaced by version %4.</source>
        <translation>Version %1 was signed by %2 on %3 and was replaced by version %4.</translation>
    </message>
    <message>
        <source>Version %1 was signed by %2 on %3 and is final. Changing it makes a new version (Amend).</source>
        <translation>Version %1 was signed by %2 on %3 and is final. Changing it makes a new version (Amend).</translation>
    </message>
    <message>
        <source>Version %1 is a draft: nothing reaches the case handler until it is signed and exported.</source>
        <translation>Version %1 is a draft: nothing reaches the case handler until it is signed and exported.</translation>
    </message>
    <message>
        <source>Draft version %1 was saved.</source>
        <translation>Draft version %1 was saved.</translation>
    </message>
    <message>
        <source>Version %1 was signed. It can now be exported.</source>
        <translation>Version %1 was signed. It can now be exported.</translation>
    </message>
    <message>
        <source>Folder for the advice export</source>
        <translation>Folder for the advice export</translation>
    </message>
    <message>
        <source>Nothing was exported. Adjust the remark, then sign and export again.</source>
        <translation>Nothing was exported. Adjust the remark, then sign and export again.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>(confirmed words: %1)</source>
        <translation>(confirmed words: %1)</translation>
    </message>
    <message>
        <source>The export folder cannot be used: %1</source>
        <translation>The export folder cannot be used: %1</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>This request no longer exists; copy your answer if you need it.</source>
        <translation>This request no longer exists; copy your answer if you need it.</translation>
    </message>
    <message>
        <source>Reloaded. Your answer is still here; file it again if it still applies.</source>
        <translation>Reloaded. Your answer is still here; file it again if it still applies.</translation>
    </message>
    <message>
        <source>Reloaded: the request is now &quot;%1&quot; and takes no answer; copy your answer if you need it.</source>
        <translation>Reloaded: the request is now &quot;%1&quot; and takes no answer; copy your answer if you need it.</translation>
    </message>
    <message>
        <source>Answer to request %1</source>
        <translation>Answer to request %1</translation>
    </message>
    <message>
        <source>&amp;Answer (filed as a health entry of the case):</source>
        <translation>&amp;Answer (filed as a health entry of the case):</translation>
    </message>
    <message>
        <source>&amp;File answer</source>
        <translation>&amp;File answer</translation>
    </message>
    <message>
        <source>Attach the doctor&apos;s letter itself under Medical data as well.</source>
        <translation>Attach the doctor&apos;s letter itself under Medical data as well.</translation>
    </message>
</context>
<context>
    <name>AttachConfirmDialog</name>
    <message>
        <source>Add attachment to case %1</source>
        <translation>Add attachment to case %1</translation>
    </message>
    <message>
        <source>Add &lt;b&gt;%1&lt;/b&gt; to case &lt;b&gt;%2&lt;/b&gt; of &lt;b&gt;%3&lt;/b&gt; (born %4)?</source>
        <translation>Add &lt;b&gt;%1&lt;/b&gt; to case &lt;b&gt;%2&lt;/b&gt; of &lt;b&gt;%3&lt;/b&gt; (born %4)?</translation>
    </message>
    <message>
        <source>&amp;Add to this case</source>
        <translation>&amp;Add to this case</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>◀ &amp;Previous page</source>
        <extracomment>zoom steps (1.0 = fit to width), Ctrl+plus / Ctrl+minus walk them, Ctrl+0 goes back to fit to width</extracomment>
        <translation>◀ &amp;Previous page</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Next page ▶</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Zoom out (Ctrl+minus)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Zoom in (Ctrl+plus)</translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation>&amp;Fit to width</translation>
    </message>
    <message>
        <source>Fit to width (Ctrl+0)</source>
        <translation>Fit to width (Ctrl+0)</translation>
    </message>
    <message>
        <source>C&amp;lose viewer</source>
        <translation>C&amp;lose viewer</translation>
    </message>
    <message>
        <source>Choose an attachment and press Enter (or double-click) to view it here.</source>
        <translation>Choose an attachment and press Enter (or double-click) to view it here.</translation>
    </message>
    <message>
        <source>Attachment page (Page Up / Page Down to turn)</source>
        <translation>Attachment page (Page Up / Page Down to turn)</translation>
    </message>
    <message>
        <source>This attachment cannot be shown: its content is damaged or not supported.</source>
        <translation>This attachment cannot be shown: its content is damaged or not supported.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>100 % is the width of the viewer</source>
        <translation>100 % is the width of the viewer</translation>
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
        <source>Assigned advisor: every advisor with cases</source>
        <translation>Assigned advisor: every advisor with cases</translation>
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
        <source>C&amp;onsent</source>
        <translation>C&amp;onsent</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Requests</translation>
    </message>
    <message>
        <source>Ad&amp;vice</source>
        <translation>Ad&amp;vice</translation>
    </message>
    <message>
        <source>Con&amp;tact moments</source>
        <translation>Con&amp;tact moments</translation>
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
        <source>Access &amp;report…</source>
        <translation>Access &amp;report…</translation>
    </message>
    <message>
        <source>A PDF of what the unit holds about this person and who accessed it (GDPR art. 15).</source>
        <translation>A PDF of what the unit holds about this person and who accessed it (GDPR art. 15).</translation>
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
        <source>Access log of this case</source>
        <translation>Access log of this case</translation>
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
        <source>◀ Case &amp;list</source>
        <extracomment>emitted after a case was opened (reference) or closed (&quot;&quot;) the user asks for the case list back (the open case had the whole width)</extracomment>
        <translation>◀ Case &amp;list</translation>
    </message>
    <message>
        <source>Show the case list again (Alt+Left)</source>
        <translation>Show the case list again (Alt+Left)</translation>
    </message>
    <message>
        <source>Hide &amp;BSN</source>
        <translation>Hide &amp;BSN</translation>
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
    <message>
        <source>Access report</source>
        <translation>Access report</translation>
    </message>
    <message>
        <source>Write the access report of %1 as a PDF?</source>
        <translation>Write the access report of %1 as a PDF?</translation>
    </message>
    <message>
        <source>The report is a plaintext (unencrypted) PDF with this person&apos;s health data and the list of who accessed it. Write it only to hand it to the person, store it safely and delete it afterwards. Writing it is logged.</source>
        <translation>The report is a plaintext (unencrypted) PDF with this person&apos;s health data and the list of who accessed it. Write it only to hand it to the person, store it safely and delete it afterwards. Writing it is logged.</translation>
    </message>
    <message>
        <source>&amp;Choose folder and write</source>
        <translation>&amp;Choose folder and write</translation>
    </message>
    <message>
        <source>Folder for the access report (plaintext PDF)</source>
        <translation>Folder for the access report (plaintext PDF)</translation>
    </message>
    <message>
        <source>Writing the access report…</source>
        <translation>Writing the access report…</translation>
    </message>
    <message>
        <source>The access report was written to %1. It is not encrypted: handle it as health data.</source>
        <translation>The access report was written to %1. It is not encrypted: handle it as health data.</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <source>Consents</source>
        <translation>Consents</translation>
    </message>
    <message>
        <source>&amp;Record consent…</source>
        <translation>&amp;Record consent…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>A doctor or institution is asked for information only with the person&apos;s prior consent for this case. A withdrawal is recorded as an event; the consent itself is never changed.</source>
        <translation>A doctor or institution is asked for information only with the person&apos;s prior consent for this case. A withdrawal is recorded as an event; the consent itself is never changed.</translation>
    </message>
    <message>
        <source>Consent %1 was recorded.</source>
        <translation>Consent %1 was recorded.</translation>
    </message>
    <message>
        <source>Choose a consent in the list first.</source>
        <translation>Choose a consent in the list first.</translation>
    </message>
    <message>
        <source>Withdraw consent</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Withdraw consent %1 for %2?</source>
        <translation>Withdraw consent %1 for %2?</translation>
    </message>
    <message>
        <source>Record this only when the person withdrew it. Drafts that rely on it can no longer be sent; requests already sent are flagged. This cannot be undone.</source>
        <translation>Record this only when the person withdrew it. Drafts that rely on it can no longer be sent; requests already sent are flagged. This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <source>Consent %1 was withdrawn.</source>
        <translation>Consent %1 was withdrawn.</translation>
    </message>
</context>
<context>
    <name>ConsentWizard</name>
    <message>
        <source>Record consent — %1</source>
        <translation>Record consent — %1</translation>
    </message>
    <message>
        <source>&amp;Record consent</source>
        <translation>&amp;Record consent</translation>
    </message>
    <message>
        <source>Addressee: %1</source>
        <translation>Addressee: %1</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Information: %1</translation>
    </message>
    <message>
        <source>Obtained as: %1</source>
        <translation>Obtained as: %1</translation>
    </message>
    <message>
        <source>For case %1 only.</source>
        <translation>For case %1 only.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Contact moment — %1</source>
        <translation>Contact moment — %1</translation>
    </message>
    <message>
        <source>e.g. Medical advice unit</source>
        <translation>e.g. Medical advice unit</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Department:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
</context>
<context>
    <name>ContactTab</name>
    <message>
        <source>Contact moments</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>&amp;Add contact moment…</source>
        <translation>&amp;Add contact moment…</translation>
    </message>
    <message>
        <source>Contact moments belong to the person: those of their other cases are listed as well.</source>
        <translation>Contact moments belong to the person: those of their other cases are listed as well.</translation>
    </message>
    <message>
        <source>The contact moment was recorded.</source>
        <translation>The contact moment was recorded.</translation>
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
        <extracomment>the column that takes the room left over (None: none, the last one: -1) widths the user dragged (or remembered from an earlier session): a column is never narrower</extracomment>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Select &amp;all</translation>
    </message>
</context>
<context>
    <name>LeakDialog</name>
    <message>
        <source>Possible health data in the advice</source>
        <translation>Possible health data in the advice</translation>
    </message>
    <message>
        <source>The remark (or exclusion) uses words that also occur in this case&apos;s health data. The case handler must receive only the outcome. Adjust the text, or confirm that these words may go out.</source>
        <translation>The remark (or exclusion) uses words that also occur in this case&apos;s health data. The case handler must receive only the outcome. Adjust the text, or confirm that these words may go out.</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Adjust</translation>
    </message>
    <message>
        <source>&amp;Export anyway</source>
        <translation>&amp;Export anyway</translation>
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
        <source>&amp;Import advice request…</source>
        <translation>&amp;Import advice request…</translation>
    </message>
    <message>
        <source>Apply &amp;retention periods…</source>
        <translation>Apply &amp;retention periods…</translation>
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
        <source>Import advice request</source>
        <translation>Import advice request</translation>
    </message>
    <message>
        <source>Advice requests (*.json);;All files (*)</source>
        <translation>Advice requests (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Importing advice request %1…</source>
        <translation>Importing advice request %1…</translation>
    </message>
    <message>
        <source>Case %1 imported.</source>
        <translation>Case %1 imported.</translation>
    </message>
    <message>
        <source>Checking the retention periods…</source>
        <translation>Checking the retention periods…</translation>
    </message>
    <message>
        <source>Deleting what is past its retention period…</source>
        <translation>Deleting what is past its retention period…</translation>
    </message>
    <message numerus="yes">
        <source>Retention periods applied: %n item(s) deleted.</source>
        <translation>
            <numerusform>Retention periods applied: %n item deleted.</numerusform>
            <numerusform>Retention periods applied: %n items deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention periods applied</source>
        <translation>Retention periods applied</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n deleted</source>
        <translation>
            <numerusform>%1: %n deleted</numerusform>
            <numerusform>%1: %n deleted</numerusform>
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
    <name>ProfileDialog</name>
    <message>
        <source>This user no longer exists.</source>
        <translation>This user no longer exists.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>BIG number %1</source>
        <translation>BIG number %1</translation>
    </message>
    <message>
        <source>Saved now: %1. Your entries are still in the fields; save to replace it.</source>
        <translation>Saved now: %1. Your entries are still in the fields; save to replace it.</translation>
    </message>
    <message>
        <source>Profile of %1</source>
        <translation>Profile of %1</translation>
    </message>
    <message>
        <source>e.g. Dr. A. Jansen</source>
        <translation>e.g. Dr. A. Jansen</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;BIG number:</source>
        <translation>&amp;BIG number:</translation>
    </message>
</context>
<context>
    <name>PurgeDialog</name>
    <message>
        <source>Apply retention periods</source>
        <translation>Apply retention periods</translation>
    </message>
    <message>
        <source>These items are past their retention period. Deleting removes them permanently from the encrypted store; the access log keeps only the kind and the count.</source>
        <translation>These items are past their retention period. Deleting removes them permanently from the encrypted store; the access log keeps only the kind and the count.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Items to delete</source>
        <translation>Items to delete</translation>
    </message>
    <message>
        <source>Older than</source>
        <translation>Older than</translation>
    </message>
    <message>
        <source>What the purge deletes</source>
        <translation>What the purge deletes</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be deleted. This cannot be undone.</source>
        <translation>
            <numerusform>%n item will be deleted. This cannot be undone.</numerusform>
            <numerusform>%n items will be deleted. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is past its retention period; there is nothing to delete.</source>
        <translation>Nothing is past its retention period; there is nothing to delete.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
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
    <name>RequestComposer</name>
    <message>
        <source>New information request — %1</source>
        <translation>New information request — %1</translation>
    </message>
    <message>
        <source>&amp;Addressee:</source>
        <translation>&amp;Addressee:</translation>
    </message>
    <message>
        <source>Targeted questions only, within the consented information, e.g.
1. What is the diagnosis?</source>
        <translation>Targeted questions only, within the consented information, e.g.
1. What is the diagnosis?</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Questions:</translation>
    </message>
    <message>
        <source>Only addressees a valid consent covers can be chosen.</source>
        <translation>Only addressees a valid consent covers can be chosen.</translation>
    </message>
    <message>
        <source>The request relies on this consent:</source>
        <translation>The request relies on this consent:</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Record &amp;consent…</translation>
    </message>
    <message>
        <source>No consent covers a request yet</source>
        <translation>No consent covers a request yet</translation>
    </message>
    <message>
        <source>&amp;Save as draft</source>
        <translation>&amp;Save as draft</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter); send it from the list.</source>
        <translation>Save (Ctrl+Enter); send it from the list.</translation>
    </message>
    <message>
        <source>%1 (consent %2)</source>
        <translation>%1 (consent %2)</translation>
    </message>
    <message>
        <source>No consent is recorded for this case yet. A doctor or institution may only be asked for information after the person consented to exactly that, for this case. Record the consent first (the signed form or the digital consent&apos;s reference).</source>
        <translation>No consent is recorded for this case yet. A doctor or institution may only be asked for information after the person consented to exactly that, for this case. Record the consent first (the signed form or the digital consent&apos;s reference).</translation>
    </message>
    <message>
        <source>The consents recorded for this case are withdrawn, expired or not yet valid, so no addressee may be asked now. Record a new consent when the person gives it.</source>
        <translation>The consents recorded for this case are withdrawn, expired or not yet valid, so no addressee may be asked now. Record a new consent when the person gives it.</translation>
    </message>
    <message>
        <source>Consent %1, obtained %2 (%3)</source>
        <translation>Consent %1, obtained %2 (%3)</translation>
    </message>
    <message>
        <source>Information: %1</source>
        <translation>Information: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>Valid until: %1</translation>
    </message>
</context>
<context>
    <name>RequestTab</name>
    <message>
        <source>Information requests</source>
        <translation>Information requests</translation>
    </message>
    <message>
        <source>Questions of the request</source>
        <translation>Questions of the request</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;New request…</translation>
    </message>
    <message>
        <source>&amp;Send (letter PDF)…</source>
        <translation>&amp;Send (letter PDF)…</translation>
    </message>
    <message>
        <source>Marks the request sent and writes the letter as a PDF into a folder you choose.</source>
        <translation>Marks the request sent and writes the letter as a PDF into a folder you choose.</translation>
    </message>
    <message>
        <source>Record &amp;answer…</source>
        <translation>Record &amp;answer…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel request…</source>
        <translation>Ca&amp;ncel request…</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <source>medunit has no network: sending writes a letter (PDF) for the unit&apos;s own post or secure mail. Each request keeps the consent it relied on.</source>
        <translation>medunit has no network: sending writes a letter (PDF) for the unit&apos;s own post or secure mail. Each request keeps the consent it relied on.</translation>
    </message>
    <message>
        <source>⚠ The consent this request relies on (%1) was withdrawn. Do not send it; cancel it, and do not use an answer that arrives.</source>
        <translation>⚠ The consent this request relies on (%1) was withdrawn. Do not send it; cancel it, and do not use an answer that arrives.</translation>
    </message>
    <message>
        <source>Request %1 was saved as a draft. Send it to write the letter.</source>
        <translation>Request %1 was saved as a draft. Send it to write the letter.</translation>
    </message>
    <message>
        <source>Folder for the letter (plaintext PDF with health questions)</source>
        <translation>Folder for the letter (plaintext PDF with health questions)</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Writing the letter…</translation>
    </message>
    <message>
        <source>Request %1 was sent. The letter was written to %2 — handle it as health data.</source>
        <translation>Request %1 was sent. The letter was written to %2 — handle it as health data.</translation>
    </message>
    <message>
        <source>The answer to request %1 was filed under Medical data.</source>
        <translation>The answer to request %1 was filed under Medical data.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <source>Cancel request %1 to %2?</source>
        <translation>Cancel request %1 to %2?</translation>
    </message>
    <message>
        <source>Cancel &amp;request</source>
        <translation>Cancel &amp;request</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Request %1 was cancelled.</source>
        <translation>Request %1 was cancelled.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign advice — %1</source>
        <translation>Sign advice — %1</translation>
    </message>
    <message>
        <source>You sign version %1 as the responsible medical advisor. A signed advice is final: a change later becomes a new version.</source>
        <translation>You sign version %1 as the responsible medical advisor. A signed advice is final: a change later becomes a new version.</translation>
    </message>
    <message>
        <source>Signed by: %1, BIG number %2</source>
        <translation>Signed by: %1, BIG number %2</translation>
    </message>
    <message>
        <source>No BIG number is recorded for you. The unit administrator sets it in Administration.</source>
        <translation>No BIG number is recorded for you. The unit administrator sets it in Administration.</translation>
    </message>
    <message>
        <source>I checked these words: they may go to the case handler</source>
        <translation>I checked these words: they may go to the case handler</translation>
    </message>
    <message>
        <source>The leak check still finds: %1</source>
        <translation>The leak check still finds: %1</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Sign</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock medunit</source>
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
        <source>Demo store: sign in as any of these users with the passphrase %1.</source>
        <translation>Demo store: sign in as any of these users with the passphrase %1.</translation>
    </message>
    <message>
        <source>Demo users</source>
        <translation>Demo users</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
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
    <name>_AddresseePage</name>
    <message>
        <source>Who may be asked</source>
        <translation>Who may be asked</translation>
    </message>
    <message>
        <source>The doctor or institution the person allows the unit to ask, for this case only.</source>
        <translation>The doctor or institution the person allows the unit to ask, for this case only.</translation>
    </message>
    <message>
        <source>e.g. general practitioner, orthopaedics</source>
        <translation>e.g. general practitioner, orthopaedics</translation>
    </message>
    <message>
        <source>8 digits (optional)</source>
        <translation>8 digits (optional)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Specialism:</source>
        <translation>&amp;Specialism:</translation>
    </message>
    <message>
        <source>&amp;AGB code:</source>
        <translation>&amp;AGB code:</translation>
    </message>
</context>
<context>
    <name>_CategoriesPage</name>
    <message>
        <source>Which information</source>
        <translation>Which information</translation>
    </message>
    <message>
        <source>Tick only what the person consented to; the request may ask for nothing else.</source>
        <translation>Tick only what the person consented to; the request may ask for nothing else.</translation>
    </message>
</context>
<context>
    <name>_EvidencePage</name>
    <message>
        <source>How it was obtained</source>
        <translation>How it was obtained</translation>
    </message>
    <message>
        <source>A signed form is kept as a scan in the case; a digital consent by its reference.</source>
        <translation>A signed form is kept as a scan in the case; a digital consent by its reference.</translation>
    </message>
    <message>
        <source>No scan chosen</source>
        <translation>No scan chosen</translation>
    </message>
    <message>
        <source>Choose &amp;scan…</source>
        <translation>Choose &amp;scan…</translation>
    </message>
    <message>
        <source>e.g. the portal&apos;s consent number</source>
        <translation>e.g. the portal&apos;s consent number</translation>
    </message>
    <message>
        <source>Scan of the signed form</source>
        <translation>Scan of the signed form</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF and images (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>_PeriodPage</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>When the person gave consent and until when it is valid.</source>
        <translation>When the person gave consent and until when it is valid.</translation>
    </message>
    <message>
        <source>The policy&apos;s default validity is %1 days from the day it was obtained.</source>
        <translation>The policy&apos;s default validity is %1 days from the day it was obtained.</translation>
    </message>
    <message>
        <source>&amp;Obtained on:</source>
        <translation>&amp;Obtained on:</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Valid until:</translation>
    </message>
    <message>
        <source>To be recorded</source>
        <translation>To be recorded</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>accept the confidentiality statement</source>
        <translation>accept the confidentiality statement</translation>
    </message>
    <message>
        <source>manage users</source>
        <extracomment>What each access-log action means, for people (refusal messages, the privacy officer&apos;s log).</extracomment>
        <translation>manage users</translation>
    </message>
    <message>
        <source>approve a key grant</source>
        <translation>approve a key grant</translation>
    </message>
    <message>
        <source>list users</source>
        <translation>list users</translation>
    </message>
    <message>
        <source>reset the recovery code</source>
        <translation>reset the recovery code</translation>
    </message>
    <message>
        <source>verify the store</source>
        <translation>verify the store</translation>
    </message>
    <message>
        <source>accept a restored backup</source>
        <translation>accept a restored backup</translation>
    </message>
    <message>
        <source>access-log alarm</source>
        <translation>access-log alarm</translation>
    </message>
    <message>
        <source>read the policy</source>
        <translation>read the policy</translation>
    </message>
    <message>
        <source>add synthetic data</source>
        <translation>add synthetic data</translation>
    </message>
    <message>
        <source>apply retention periods</source>
        <translation>apply retention periods</translation>
    </message>
    <message>
        <source>list cases</source>
        <translation>list cases</translation>
    </message>
    <message>
        <source>open a case</source>
        <translation>open a case</translation>
    </message>
    <message>
        <source>import a case</source>
        <translation>import a case</translation>
    </message>
    <message>
        <source>change a case</source>
        <translation>change a case</translation>
    </message>
    <message>
        <source>show the BSN</source>
        <translation>show the BSN</translation>
    </message>
    <message>
        <source>break the glass</source>
        <translation>break the glass</translation>
    </message>
    <message>
        <source>read health data</source>
        <translation>read health data</translation>
    </message>
    <message>
        <source>write health data</source>
        <translation>write health data</translation>
    </message>
    <message>
        <source>view attachments</source>
        <translation>view attachments</translation>
    </message>
    <message>
        <source>add attachments</source>
        <translation>add attachments</translation>
    </message>
    <message>
        <source>read criminal-record data</source>
        <translation>read criminal-record data</translation>
    </message>
    <message>
        <source>write criminal-record data</source>
        <translation>write criminal-record data</translation>
    </message>
    <message>
        <source>read consents</source>
        <translation>read consents</translation>
    </message>
    <message>
        <source>record consents</source>
        <translation>record consents</translation>
    </message>
    <message>
        <source>read information requests</source>
        <translation>read information requests</translation>
    </message>
    <message>
        <source>write information requests</source>
        <translation>write information requests</translation>
    </message>
    <message>
        <source>read advice</source>
        <translation>read advice</translation>
    </message>
    <message>
        <source>draft advice</source>
        <translation>draft advice</translation>
    </message>
    <message>
        <source>sign advice</source>
        <translation>sign advice</translation>
    </message>
    <message>
        <source>read contact moments</source>
        <translation>read contact moments</translation>
    </message>
    <message>
        <source>record contact moments</source>
        <translation>record contact moments</translation>
    </message>
    <message>
        <source>export advice</source>
        <translation>export advice</translation>
    </message>
    <message>
        <source>write an access report</source>
        <translation>write an access report</translation>
    </message>
    <message>
        <source>read the access log</source>
        <translation>read the access log</translation>
    </message>
    <message>
        <source>export the access log</source>
        <translation>export the access log</translation>
    </message>
    <message>
        <source>verify the access log</source>
        <translation>verify the access log</translation>
    </message>
    <message>
        <source>read a case&apos;s access log</source>
        <translation>read a case&apos;s access log</translation>
    </message>
    <message>
        <source>read the signing key</source>
        <translation>read the signing key</translation>
    </message>
    <message>
        <source>unlock</source>
        <translation>unlock</translation>
    </message>
    <message>
        <source>make a backup</source>
        <translation>make a backup</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>restore a backup</translation>
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
        <translation>Changed by {user} at {time}; reload.</translation>
    </message>
    <message>
        <source>This item was removed by someone else meanwhile; reload.</source>
        <translation>This item was removed by someone else meanwhile; reload.</translation>
    </message>
    <message>
        <source>This item was changed by someone else meanwhile; reload.</source>
        <translation>This item was changed by someone else meanwhile; reload.</translation>
    </message>
    <message>
        <source>Accept the unit&apos;s confidentiality statement first; nothing is shown before. The attempt was logged.</source>
        <translation>Accept the unit&apos;s confidentiality statement first; nothing is shown before. The attempt was logged.</translation>
    </message>
    <message>
        <source>The confidentiality statement changed after it was shown; read the current text and accept that.</source>
        <translation>The confidentiality statement changed after it was shown; read the current text and accept that.</translation>
    </message>
    <message>
        <source>Case {ref} belongs to an advisor you do not support. The unit administrator assigns staff to advisors. The attempt was logged.</source>
        <translation>Case {ref} belongs to an advisor you do not support. The unit administrator assigns staff to advisors. The attempt was logged.</translation>
    </message>
    <message>
        <source>{user} is not a unit-staff user; only unit staff are assigned to advisors.</source>
        <translation>{user} is not a unit-staff user; only unit staff are assigned to advisors.</translation>
    </message>
    <message>
        <source>{user} is not a medical advisor of this store.</source>
        <translation>{user} is not a medical advisor of this store.</translation>
    </message>
    <message>
        <source>Contact moment {id} does not belong to this case&apos;s person.</source>
        <translation>Contact moment {id} does not belong to this case&apos;s person.</translation>
    </message>
    <message>
        <source>Only a phone or chat contact moment can have a recording; this one was by {channel}.</source>
        <translation>Only a phone or chat contact moment can have a recording; this one was by {channel}.</translation>
    </message>
    <message>
        <source>A recording needs its content (transcript or summary).</source>
        <translation>A recording needs its content (transcript or summary).</translation>
    </message>
    <message>
        <source>This conversation is older than {days} days; its recording may no longer be kept.</source>
        <translation>This conversation is older than {days} days; its recording may no longer be kept.</translation>
    </message>
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
        <source>Your role {role} may not do &apos;{action}&apos;. The attempt was logged.</source>
        <translation>Your role {role} may not do &apos;{action}&apos;. The attempt was logged.</translation>
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
        <source>The addressee needs a name.</source>
        <translation>The addressee needs a name.</translation>
    </message>
    <message>
        <source>AGB code &apos;{code}&apos; is not valid: it has 8 digits.</source>
        <translation>AGB code &apos;{code}&apos; is not valid: it has 8 digits.</translation>
    </message>
    <message>
        <source>A consent names at least one information category.</source>
        <translation>A consent names at least one information category.</translation>
    </message>
    <message>
        <source>Unknown information category &apos;{cat}&apos;.</source>
        <translation>Unknown information category &apos;{cat}&apos;.</translation>
    </message>
    <message>
        <source>A signed consent form needs its scan attached as evidence.</source>
        <translation>A signed consent form needs its scan attached as evidence.</translation>
    </message>
    <message>
        <source>A digital consent needs the reference of the digital record.</source>
        <translation>A digital consent needs the reference of the digital record.</translation>
    </message>
    <message>
        <source>Unknown consent method &apos;{method}&apos;.</source>
        <translation>Unknown consent method &apos;{method}&apos;.</translation>
    </message>
    <message>
        <source>A consent cannot be obtained in the future.</source>
        <translation>A consent cannot be obtained in the future.</translation>
    </message>
    <message>
        <source>The consent&apos;s valid-until date is in the past.</source>
        <translation>The consent&apos;s valid-until date is in the past.</translation>
    </message>
    <message>
        <source>The consent&apos;s valid-until date is before it was obtained.</source>
        <translation>The consent&apos;s valid-until date is before it was obtained.</translation>
    </message>
    <message>
        <source>The evidence must be an attachment of this case.</source>
        <translation>The evidence must be an attachment of this case.</translation>
    </message>
    <message>
        <source>Consent {id} does not belong to case {ref}.</source>
        <translation>Consent {id} does not belong to case {ref}.</translation>
    </message>
    <message>
        <source>Consent {id} was already withdrawn.</source>
        <translation>Consent {id} was already withdrawn.</translation>
    </message>
    <message>
        <source>No consent is recorded for this case. Record the person&apos;s consent first.</source>
        <translation>No consent is recorded for this case. Record the person&apos;s consent first.</translation>
    </message>
    <message>
        <source>No consent covers this addressee for this case; the person consented to other addressees only.</source>
        <translation>No consent covers this addressee for this case; the person consented to other addressees only.</translation>
    </message>
    <message>
        <source>The consent for this addressee was withdrawn.</source>
        <translation>The consent for this addressee was withdrawn.</translation>
    </message>
    <message>
        <source>The consent for this addressee has expired.</source>
        <translation>The consent for this addressee has expired.</translation>
    </message>
    <message>
        <source>The consent for this addressee is not yet valid.</source>
        <translation>The consent for this addressee is not yet valid.</translation>
    </message>
    <message>
        <source>A request needs at least one targeted question.</source>
        <translation>A request needs at least one targeted question.</translation>
    </message>
    <message>
        <source>The questions are too long (at most 4000 characters); ask only what is needed.</source>
        <translation>The questions are too long (at most 4000 characters); ask only what is needed.</translation>
    </message>
    <message>
        <source>A request that is {current} cannot become {target}.</source>
        <translation>A request that is {current} cannot become {target}.</translation>
    </message>
    <message>
        <source>Request {id} does not belong to this case.</source>
        <translation>Request {id} does not belong to this case.</translation>
    </message>
    <message>
        <source>The answer needs text (attach the letter as well, if there is one).</source>
        <translation>The answer needs text (attach the letter as well, if there is one).</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not an outcome field for this case type.</source>
        <translation>&apos;{name}&apos; is not an outcome field for this case type.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a whole number from {lo} to {hi}.</source>
        <translation>&apos;{name}&apos; must be a whole number from {lo} to {hi}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be one of: {values}.</source>
        <translation>&apos;{name}&apos; must be one of: {values}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be a date (YYYY-MM-DD).</source>
        <translation>&apos;{name}&apos; must be a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>An acceptance with exclusion states the exclusion (1-200 characters).</source>
        <translation>An acceptance with exclusion states the exclusion (1-200 characters).</translation>
    </message>
    <message>
        <source>The incapacity period ends before it starts.</source>
        <translation>The incapacity period ends before it starts.</translation>
    </message>
    <message>
        <source>The remark for the case handler is limited to {n} characters.</source>
        <translation>The remark for the case handler is limited to {n} characters.</translation>
    </message>
    <message>
        <source>&apos;{big}&apos; is not a BIG number (11 digits).</source>
        <translation>&apos;{big}&apos; is not a BIG number (11 digits).</translation>
    </message>
    <message>
        <source>A display name has 1-{n} printable characters.</source>
        <translation>A display name has 1-{n} printable characters.</translation>
    </message>
    <message>
        <source>Only a medical advisor has a BIG number in medunit.</source>
        <translation>Only a medical advisor has a BIG number in medunit.</translation>
    </message>
    <message>
        <source>No BIG number is recorded for {user}; ask the unit administrator to set it.</source>
        <translation>No BIG number is recorded for {user}; ask the unit administrator to set it.</translation>
    </message>
    <message>
        <source>There is no draft advice to sign for case {ref}.</source>
        <translation>There is no draft advice to sign for case {ref}.</translation>
    </message>
    <message>
        <source>The advice is not signed yet; only a signed advice can be exported.</source>
        <translation>The advice is not signed yet; only a signed advice can be exported.</translation>
    </message>
    <message>
        <source>The remark may contain health data ({words}); edit it, or confirm that it may go to the case handler.</source>
        <translation>The remark may contain health data ({words}); edit it, or confirm that it may go to the case handler.</translation>
    </message>
    <message>
        <source>The advice cannot be exported: a field holds a value JSON cannot carry.</source>
        <translation>The advice cannot be exported: a field holds a value JSON cannot carry.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a valid export file name.</source>
        <translation>&apos;{name}&apos; is not a valid export file name.</translation>
    </message>
    <message>
        <source>The export folder {path} is not writable: {why}</source>
        <translation>The export folder {path} is not writable: {why}</translation>
    </message>
    <message>
        <source>The export folder {path} cannot be created: {why}</source>
        <translation>The export folder {path} cannot be created: {why}</translation>
    </message>
    <message>
        <source>The access report is a plaintext PDF with health data; confirm explicitly that it may be written.</source>
        <translation>The access report is a plaintext PDF with health data; confirm explicitly that it may be written.</translation>
    </message>
    <message>
        <source>No person or case with reference {ref}.</source>
        <translation>No person or case with reference {ref}.</translation>
    </message>
    <message>
        <source>Unknown contact subject &apos;{value}&apos;; use one of: {values}.</source>
        <translation>Unknown contact subject &apos;{value}&apos;; use one of: {values}.</translation>
    </message>
    <message>
        <source>Unknown contact channel &apos;{value}&apos;; use one of: {values}.</source>
        <translation>Unknown contact channel &apos;{value}&apos;; use one of: {values}.</translation>
    </message>
    <message>
        <source>A contact moment names the department (1-100 characters).</source>
        <translation>A contact moment names the department (1-100 characters).</translation>
    </message>
    <message>
        <source>A contact moment cannot lie in the future.</source>
        <translation>A contact moment cannot lie in the future.</translation>
    </message>
    <message>
        <source>Intake refused: line {line}, field &apos;{field}&apos;: {problem}</source>
        <translation>Intake refused: line {line}, field &apos;{field}&apos;: {problem}</translation>
    </message>
    <message>
        <source>A case with reference {ref} was already imported.</source>
        <translation>A case with reference {ref} was already imported.</translation>
    </message>
    <message>
        <source>Person {ref} is already known with another name or date of birth; check the intake.</source>
        <translation>Person {ref} is already known with another name or date of birth; check the intake.</translation>
    </message>
    <message>
        <source>The file {name} is larger than 1 MiB; an advice request is never that large. Nothing was imported.</source>
        <translation>The file {name} is larger than 1 MiB; an advice request is never that large. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text; nothing was imported.</source>
        <translation>The file {name} is not UTF-8 text; nothing was imported.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {why}</source>
        <translation>Cannot read {path}: {why}</translation>
    </message>
    <message>
        <source>Internal error; details withheld.</source>
        <extracomment>Shown for anything that is not a MedunitError: the details could hold health data.</extracomment>
        <translation>Internal error; details withheld.</translation>
    </message>
    <message>
        <source>The database {path} is damaged or was altered ({detail}). Run 'medunit-admin verify' and restore a backup.</source>
        <translation>The database {path} is damaged or was altered ({detail}). Run 'medunit-admin verify' and restore a backup.</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({detail}): part of it is missing or unreadable. Nothing was changed. Run 'medunit-admin verify' and restore a backup (docs/backup.md).</source>
        <translation>The database {path} is damaged ({detail}): part of it is missing or unreadable. Nothing was changed. Run 'medunit-admin verify' and restore a backup (docs/backup.md).</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full: nothing of this action was saved. Free space there (or ask IT), then try again; everything saved before is still there.</source>
        <translation>The disk holding {folder} is full: nothing of this action was saved. Free space there (or ask IT), then try again; everything saved before is still there.</translation>
    </message>
    <message>
        <source>The store folder {folder} is read-only (read-only media, a read-only mount or file permissions): nothing of this action was saved. medunit writes an access-log entry for every session and every read, so it needs to write there; ask IT to make the folder writable, or restore a backup elsewhere (docs/backup.md).</source>
        <translation>The store folder {folder} is read-only (read-only media, a read-only mount or file permissions): nothing of this action was saved. medunit writes an access-log entry for every session and every read, so it needs to write there; ask IT to make the folder writable, or restore a backup elsewhere (docs/backup.md).</translation>
    </message>
    <message>
        <source>The store's files in {folder} could not be read or written ({detail}): nothing of this action was saved. Check the disk and the folder's permissions, then try again.</source>
        <translation>The store's files in {folder} could not be read or written ({detail}): nothing of this action was saved. Check the disk and the folder's permissions, then try again.</translation>
    </message>
    <message>
        <source>The database {path} is empty (0 bytes): the store's data is not in it. Nothing was changed. Restore the latest backup (medunit-admin backup restore, see docs/backup.md).</source>
        <translation>The database {path} is empty (0 bytes): the store's data is not in it. Nothing was changed. Restore the latest backup (medunit-admin backup restore, see docs/backup.md).</translation>
    </message>
    <message>
        <source>The database {path} is truncated ({size} bytes, not a whole number of pages): part of the store is missing. Nothing was changed. Restore the latest backup (medunit-admin backup restore, see docs/backup.md).</source>
        <translation>The database {path} is truncated ({size} bytes, not a whole number of pages): part of the store is missing. Nothing was changed. Restore the latest backup (medunit-admin backup restore, see docs/backup.md).</translation>
    </message>
    <message>
        <source>The database {path} holds no medunit data (no schema). Nothing was changed. Restore the latest backup (docs/backup.md).</source>
        <translation>The database {path} holds no medunit data (no schema). Nothing was changed. Restore the latest backup (docs/backup.md).</translation>
    </message>
    <message>
        <source>The store folder {path} is on a network file system ({kind}). medunit keeps a store only on a local disk: over a network its locks and writes are not reliable and the store can be corrupted. Copy it to a local folder; for copies use backups (medunit-admin backup, docs/backup.md), for sharing between workstations the unit server.</source>
        <translation>The store folder {path} is on a network file system ({kind}). medunit keeps a store only on a local disk: over a network its locks and writes are not reliable and the store can be corrupted. Copy it to a local folder; for copies use backups (medunit-admin backup, docs/backup.md), for sharing between workstations the unit server.</translation>
    </message>
    <message>
        <source>The unit server {url} cannot be reached: {detail}</source>
        <translation>The unit server {url} cannot be reached: {detail}</translation>
    </message>
    <message>
        <source>The unit server {host} cannot be found ({detail}).</source>
        <translation>The unit server {host} cannot be found ({detail}).</translation>
    </message>
    <message>
        <source>The connection to the unit server {url} failed: {detail}. Nothing of this action was saved; try again, or ask IT whether the server is up.</source>
        <translation>The connection to the unit server {url} failed: {detail}. Nothing of this action was saved; try again, or ask IT whether the server is up.</translation>
    </message>
    <message>
        <source>The unit server is busy with another workstation&apos;s change; nothing of this action was saved. Try again.</source>
        <translation>The unit server is busy with another workstation&apos;s change; nothing of this action was saved. Try again.</translation>
    </message>
    <message>
        <source>The unit server {url} refused this: your login does not hold the right to it (any more). Nothing of this action was saved; ask the unit administrator.</source>
        <translation>The unit server {url} refused this: your login does not hold the right to it (any more). Nothing of this action was saved; ask the unit administrator.</translation>
    </message>
    <message>
        <source>The unit server {url} holds schema version {version}; this medunit needs {latest}. Ask IT to upgrade the server or this workstation (docs/unit-server.md).</source>
        <translation>The unit server {url} holds schema version {version}; this medunit needs {latest}. Ask IT to upgrade the server or this workstation (docs/unit-server.md).</translation>
    </message>
    <message>
        <source>The unit server {url} holds no key slots: it was not set up by &apos;server init&apos;.</source>
        <translation>The unit server {url} holds no key slots: it was not set up by &apos;server init&apos;.</translation>
    </message>
    <message>
        <source>{what} applies to a store file; this store is on the unit server {url}, where IT does it on the server (docs/unit-server.md).</source>
        <translation>{what} applies to a store file; this store is on the unit server {url}, where IT does it on the server (docs/unit-server.md).</translation>
    </message>
    <message>
        <source>The unit server refused the user name or password.</source>
        <translation>The unit server refused the user name or password.</translation>
    </message>
    <message>
        <source>This store was moved to the unit server {url}. Point this workstation at it: IT sets store.location = &quot;{url}&quot; in the policy (or start with --store {url}). The note is in {path}.</source>
        <translation>This store was moved to the unit server {url}. Point this workstation at it: IT sets store.location = &quot;{url}&quot; in the policy (or start with --store {url}). The note is in {path}.</translation>
    </message>
    <message>
        <source>The store in {path} was moved to the unit server {url}; a new store here would split the unit&apos;s data, so none is made. Point this workstation at the server instead (store.location in the policy).</source>
        <translation>The store in {path} was moved to the unit server {url}; a new store here would split the unit&apos;s data, so none is made. Point this workstation at the server instead (store.location in the policy).</translation>
    </message>
    <message>
        <source>--url must be a postgresql:// URL (a folder store is made with &apos;medunit-admin init&apos;).</source>
        <translation>--url must be a postgresql:// URL (a folder store is made with &apos;medunit-admin init&apos;).</translation>
    </message>
    <message>
        <source>The database {db} already holds a medunit unit server.</source>
        <translation>The database {db} already holds a medunit unit server.</translation>
    </message>
    <message>
        <source>The database user may not set up the unit server ({detail}); run this as a PostgreSQL superuser.</source>
        <translation>The database user may not set up the unit server ({detail}); run this as a PostgreSQL superuser.</translation>
    </message>
    <message>
        <source>The target must be a postgresql:// URL; &apos;{url}&apos; is not.</source>
        <translation>The target must be a postgresql:// URL; &apos;{url}&apos; is not.</translation>
    </message>
    <message>
        <source>The store must be a postgresql:// URL; &apos;{url}&apos; is not.</source>
        <translation>The store must be a postgresql:// URL; &apos;{url}&apos; is not.</translation>
    </message>
    <message>
        <source>Give the recovery code with --recovery-code or MEDUNIT_RECOVERY_CODE.</source>
        <translation>Give the recovery code with --recovery-code or MEDUNIT_RECOVERY_CODE.</translation>
    </message>
    <message>
        <source>No terminal to ask for the {label}; set it in the environment.</source>
        <translation>No terminal to ask for the {label}; set it in the environment.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <source>Only a unit administrator moves a store to the server; {user} is {role}.</source>
        <translation>Only a unit administrator moves a store to the server; {user} is {role}.</translation>
    </message>
    <message>
        <source>The file store {path} is read-only or its disk is full; nothing was moved.</source>
        <translation>The file store {path} is read-only or its disk is full; nothing was moved.</translation>
    </message>
    <message>
        <source>The file store {path} still holds content from before sealing: its sealing migration is pending. A medical advisor opens the store once (that seals it), then move it; nothing was moved.</source>
        <translation>The file store {path} still holds content from before sealing: its sealing migration is pending. A medical advisor opens the store once (that seals it), then move it; nothing was moved.</translation>
    </message>
    <message>
        <source>The file store {path} fails its check, so it is not moved: {problems}. Restore the latest backup (docs/backup.md) or ask the privacy officer; nothing was moved.</source>
        <translation>The file store {path} fails its check, so it is not moved: {problems}. Restore the latest backup (docs/backup.md) or ask the privacy officer; nothing was moved.</translation>
    </message>
    <message>
        <source>The folder {parent} is not writable: after the move the store folder is renamed there so nobody keeps using it. Nothing was moved.</source>
        <translation>The folder {parent} is not writable: after the move the store folder is renamed there so nobody keeps using it. Nothing was moved.</translation>
    </message>
    <message>
        <source>The file store&apos;s tables do not match the unit server&apos;s (only in the file: {extra}; missing: {missing}). Use the same medunit version on both; nothing was moved.</source>
        <translation>The file store&apos;s tables do not match the unit server&apos;s (only in the file: {extra}; missing: {missing}). Use the same medunit version on both; nothing was moved.</translation>
    </message>
    <message>
        <source>The database {db} on {url} cannot receive the store: {problem}. Give an empty database (CREATE DATABASE, docs/unit-server.md); nothing was moved.</source>
        <translation>The database {db} on {url} cannot receive the store: {problem}. Give an empty database (CREATE DATABASE, docs/unit-server.md); nothing was moved.</translation>
    </message>
    <message>
        <source>The copy on the server differs from the file store at {where}; the server was left empty.</source>
        <translation>The copy on the server differs from the file store at {where}; the server was left empty.</translation>
    </message>
    <message>
        <source>The key slots on the server differ from the file store&apos;s; the server was left empty.</source>
        <translation>The key slots on the server differ from the file store&apos;s; the server was left empty.</translation>
    </message>
    <message>
        <source>The access log does not verify on the server ({problem}); the server was left empty.</source>
        <translation>The access log does not verify on the server ({problem}); the server was left empty.</translation>
    </message>
    <message>
        <source>The moved store fails its check on the server ({problems}); the server was emptied again.</source>
        <translation>The moved store fails its check on the server ({problems}); the server was emptied again.</translation>
    </message>
    <message>
        <source>The store was moved to {url} and verified, but its folder {path} could not be retired ({detail}). Rename or move that folder yourself so nobody keeps working in it.</source>
        <translation>The store was moved to {url} and verified, but its folder {path} could not be retired ({detail}). Rename or move that folder yourself so nobody keeps working in it.</translation>
    </message>
    <message>
        <source>Sign-in failed: unknown user, not the sign-in code the unit administrator gave you, or the code has expired (a code works {days} days after the move). A unit administrator gives you a new start with &apos;medunit-admin recover --store URL --user NAME&apos; and the recovery code.</source>
        <translation>Sign-in failed: unknown user, not the sign-in code the unit administrator gave you, or the code has expired (a code works {days} days after the move). A unit administrator gives you a new start with &apos;medunit-admin recover --store URL --user NAME&apos; and the recovery code.</translation>
    </message>
    <message>
        <source>--url must be a postgresql:// URL (a folder store is upgraded when it is opened).</source>
        <translation>--url must be a postgresql:// URL (a folder store is upgraded when it is opened).</translation>
    </message>
    <message>
        <source>The database {db} holds no medunit unit server; set one up with &apos;medunit-admin server init&apos;.</source>
        <translation>The database {db} holds no medunit unit server; set one up with &apos;medunit-admin server init&apos;.</translation>
    </message>
    <message>
        <source>The unit server in {db} holds schema version {version}, newer than this medunit ({latest}); nothing was changed. Run the upgrade with the medunit release the server has, or a newer one.</source>
        <translation>The unit server in {db} holds schema version {version}, newer than this medunit ({latest}); nothing was changed. Run the upgrade with the medunit release the server has, or a newer one.</translation>
    </message>
    <message>
        <source>The unit server in {db} holds schema version {version}, older than any released unit server ({first}); nothing was changed (docs/unit-server.md, Upgrades).</source>
        <translation>The unit server in {db} holds schema version {version}, older than any released unit server ({first}); nothing was changed (docs/unit-server.md, Upgrades).</translation>
    </message>
    <message>
        <source>The database user may not upgrade the unit server ({detail}); run this as a PostgreSQL superuser.</source>
        <translation>The database user may not upgrade the unit server ({detail}); run this as a PostgreSQL superuser.</translation>
    </message>
    <message>
        <source>A workstation is using the unit server {url}; nothing was changed. Close medunit on every workstation and run the upgrade again.</source>
        <translation>A workstation is using the unit server {url}; nothing was changed. Close medunit on every workstation and run the upgrade again.</translation>
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
        <translation>%1 KB</translation>
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
        <source>Diagnosis</source>
        <translation>Diagnosis</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medication</translation>
    </message>
    <message>
        <source>Prognosis</source>
        <translation>Prognosis</translation>
    </message>
    <message>
        <source>Functional limitations</source>
        <translation>Functional limitations</translation>
    </message>
    <message>
        <source>Medical history</source>
        <translation>Medical history</translation>
    </message>
    <message>
        <source>Signed form</source>
        <translation>Signed form</translation>
    </message>
    <message>
        <source>Digital</source>
        <translation>Digital</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Not yet valid</source>
        <translation>Not yet valid</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>Advice</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Service call</source>
        <translation>Service call</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
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
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Webcare</source>
        <translation>Webcare</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Accept with exclusion</source>
        <translation>Accept with exclusion</translation>
    </message>
    <message>
        <source>Accept with premium loading</source>
        <translation>Accept with premium loading</translation>
    </message>
    <message>
        <source>Postpone</source>
        <translation>Postpone</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Cannot be determined</source>
        <translation>Cannot be determined</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Not yet reached</source>
        <translation>Not yet reached</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Request more medical information</source>
        <translation>Request more medical information</translation>
    </message>
    <message>
        <source>Independent medical expert</source>
        <translation>Independent medical expert</translation>
    </message>
    <message>
        <source>Medical term: diagnosis or condition</source>
        <translation>Medical term: diagnosis or condition</translation>
    </message>
    <message>
        <source>Medical term: medication</source>
        <translation>Medical term: medication</translation>
    </message>
    <message>
        <source>Medical term: specialism or specialist</source>
        <translation>Medical term: specialism or specialist</translation>
    </message>
    <message>
        <source>Rare word that also occurs in this case&apos;s health entries</source>
        <translation>Rare word that also occurs in this case&apos;s health entries</translation>
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
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Call and chat recordings (max. 4 weeks)</source>
        <translation>Call and chat recordings (max. 4 weeks)</translation>
    </message>
    <message>
        <source>Closed cases</source>
        <translation>Closed cases</translation>
    </message>
    <message>
        <source>Contact moments</source>
        <translation>Contact moments</translation>
    </message>
    <message>
        <source>Work and Income Act (Wet WIA)</source>
        <translation>Work and Income Act (Wet WIA)</translation>
    </message>
    <message>
        <source>Social Insurance Financing Act (Wfsv)</source>
        <translation>Social Insurance Financing Act (Wfsv)</translation>
    </message>
    <message>
        <source>Tax obligation</source>
        <translation>Tax obligation</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation>JPEG image</translation>
    </message>
    <message>
        <source>JSON file</source>
        <translation>JSON file</translation>
    </message>
    <message>
        <source>leak check while writing the advice</source>
        <extracomment>Fixed reasons the services write into access-log entries, for people. Reasons with details (a folder, a count, a filter) are shown as written: they are the record, not a label.</extracomment>
        <translation>leak check while writing the advice</translation>
    </message>
    <message>
        <source>leak check before export</source>
        <translation>leak check before export</translation>
    </message>
    <message>
        <source>advisors with cases</source>
        <translation>advisors with cases</translation>
    </message>
    <message>
        <source>access report</source>
        <translation>access report</translation>
    </message>
    <message>
        <source>dry run (nothing deleted)</source>
        <translation>dry run (nothing deleted)</translation>
    </message>
</context>
<context>
    <name>models</name>
    <message>
        <source>Reference</source>
        <extracomment>The role under which every model hands out the row&apos;s service object. user name → the name people read; a view sets ``session.full_name`` (display names of the profile) column → the service&apos;s sort key; None: not sortable the translated message of a refusal while loading</extracomment>
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
        <source>#</source>
        <extracomment>acts further apart than this are not grouped, even when identical (another sitting)</extracomment>
        <translation>#</translation>
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
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>Confidentiality accepted</source>
        <translation>Confidentiality accepted</translation>
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
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>%1 (%2×)</source>
        <translation>%1 (%2×)</translation>
    </message>
    <message>
        <source>%1 times between %2 and %3</source>
        <translation>%1 times between %2 and %3</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>BIG number</source>
        <translation>BIG number</translation>
    </message>
    <message>
        <source>withdrawn %1 by %2</source>
        <extracomment>status colours: active green, withdrawn red, expired/not yet grey</extracomment>
        <translation>withdrawn %1 by %2</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>expired %1</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>Obtained as</source>
        <translation>Obtained as</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>Obtained</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>%1 — withdrawn!</source>
        <translation>%1 — withdrawn!</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>The consent this request relies on was withdrawn: do not use or send it.</source>
        <translation>The consent this request relies on was withdrawn: do not use or send it.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Drafted by</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed — replaced by version %1</source>
        <translation>Signed — replaced by version %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <source>Automatic backups are off: the policy sets no backup folder (backup.folder).</source>
        <translation>Automatic backups are off: the policy sets no backup folder (backup.folder).</translation>
    </message>
    <message>
        <source>No backup yet in {folder}; one is made at the next lock or exit.</source>
        <translation>No backup yet in {folder}; one is made at the next lock or exit.</translation>
    </message>
    <message>
        <source>Last backup: {when} in {folder} (every {hours} hours).</source>
        <translation>Last backup: {when} in {folder} (every {hours} hours).</translation>
    </message>
    <message>
        <source>It is older than the policy allows: check the backup folder.</source>
        <translation>It is older than the policy allows: check the backup folder.</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>The automatic backup succeeded.</source>
        <translation>The automatic backup succeeded.</translation>
    </message>
    <message>
        <source>The automatic backup failed: {why}</source>
        <translation>The automatic backup failed: {why}</translation>
    </message>
    <message>
        <source>Making the automatic backup in {folder}…</source>
        <translation>Making the automatic backup in {folder}…</translation>
    </message>
    <message>
        <source>Automatic backup</source>
        <translation>Automatic backup</translation>
    </message>
</context>
<context>
    <name>KeyGrantDialog</name>
    <message>
        <source>Key grants waiting for your approval</source>
        <translation>Key grants waiting for your approval</translation>
    </message>
    <message>
        <source>Users waiting for keys you hold</source>
        <translation>Users waiting for keys you hold</translation>
    </message>
    <message>
        <source>The administrator added these users, or changed their role, but holds no content key. Approve only users you know should read this content in this role.</source>
        <translation>The administrator added these users, or changed their role, but holds no content key. Approve only users you know should read this content in this role.</translation>
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
        <source>Waiting for</source>
        <translation>Waiting for</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Added by</translation>
    </message>
    <message>
        <source>&amp;Approve selected user</source>
        <translation>&amp;Approve selected user</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Select a user first.</translation>
    </message>
    <message>
        <source>%1 now holds: %2</source>
        <translation>%1 now holds: %2</translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Reload</translation>
    </message>
    <message>
        <source>Show the other person&apos;s version; what you typed stays beside it</source>
        <translation>Show the other person&apos;s version; what you typed stays beside it</translation>
    </message>
</context>
<context>
    <name>UnsavedText</name>
    <message>
        <source>Your text (not saved; someone else&apos;s version is shown in the editor)</source>
        <translation>Your text (not saved; someone else&apos;s version is shown in the editor)</translation>
    </message>
    <message>
        <source>&amp;Put back in the editor</source>
        <translation>&amp;Put back in the editor</translation>
    </message>
    <message>
        <source>D&amp;iscard my text</source>
        <translation>D&amp;iscard my text</translation>
    </message>
</context>
<context>
    <name>MovedStoreDialog</name>
    <message>
        <source>The store in %1 was moved to the unit server %2. Nothing is kept in this folder any more, and no new store is made here: a second store would split the unit&apos;s data.</source>
        <translation>The store in %1 was moved to the unit server %2. Nothing is kept in this folder any more, and no new store is made here: a second store would split the unit&apos;s data.</translation>
    </message>
    <message>
        <source>Ask IT to point this workstation at the server: in the policy, store.location = &quot;%2&quot;. Until then, start medunit with --store %2.</source>
        <translation>Ask IT to point this workstation at the server: in the policy, store.location = &quot;%2&quot;. Until then, start medunit with --store %2.</translation>
    </message>
    <message>
        <source>medunit — the store has moved</source>
        <translation>medunit — the store has moved</translation>
    </message>
    <message>
        <source>The store has moved to the unit server</source>
        <translation>The store has moved to the unit server</translation>
    </message>
    <message>
        <source>Address of the unit server</source>
        <translation>Address of the unit server</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>copying {table}: {done} of {total} rows ({share} %)</source>
        <translation>copying {table}: {done} of {total} rows ({share} %)</translation>
    </message>
    <message>
        <source>copied {table}: {done} of {total} rows ({share} %)</source>
        <translation>copied {table}: {done} of {total} rows ({share} %)</translation>
    </message>
    <message>
        <source>verifying {table}: {done} of {total} rows ({share} %)</source>
        <translation>verifying {table}: {done} of {total} rows ({share} %)</translation>
    </message>
    <message>
        <source>verified {table}: {done} of {total} rows ({share} %)</source>
        <translation>verified {table}: {done} of {total} rows ({share} %)</translation>
    </message>
    <message>
        <source>verifying the access log on the server: {done} of {total} rows</source>
        <translation>verifying the access log on the server: {done} of {total} rows</translation>
    </message>
    <message>
        <source>Recovery code of the file store</source>
        <translation>Recovery code of the file store</translation>
    </message>
    <message>
        <source>Store moved to {server}: {rows} rows in {tables} tables copied and verified entry by entry; the access log ({entries} entries, {signatures} signed transactions) verifies on the server. Took {seconds} s.</source>
        <translation>Store moved to {server}: {rows} rows in {tables} tables copied and verified entry by entry; the access log ({entries} entries, {signatures} signed transactions) verifies on the server. Took {seconds} s.</translation>
    </message>
    <message>
        <source>The old store is kept in {retired}; {source} now holds only a note.</source>
        <translation>The old store is kept in {retired}; {source} now holds only a note.</translation>
    </message>
    <message>
        <source>One-time sign-in codes: hand each user theirs in person (like a first passphrase). Each signs in once with &apos;medunit-admin store sign-in --store URL --as NAME&apos;; their passphrase stays the same. The codes work until {until}.</source>
        <translation>One-time sign-in codes: hand each user theirs in person (like a first passphrase). Each signs in once with &apos;medunit-admin store sign-in --store URL --as NAME&apos;; their passphrase stays the same. The codes work until {until}.</translation>
    </message>
    <message>
        <source>Sign-in code from the unit administrator</source>
        <translation>Sign-in code from the unit administrator</translation>
    </message>
    <message>
        <source>{user} signed in to the unit server; from now on your passphrase alone logs you in.</source>
        <translation>{user} signed in to the unit server; from now on your passphrase alone logs you in.</translation>
    </message>
    <message>
        <source>Password of the database administrator</source>
        <translation>Password of the database administrator</translation>
    </message>
    <message>
        <source>Unit server set up at {url}: first unit administrator {admin}. Point every workstation at it with store.location (policy) or --store.</source>
        <translation>Unit server set up at {url}: first unit administrator {admin}. Point every workstation at it with store.location (policy) or --store.</translation>
    </message>
    <message>
        <source>Unit server {url} was at schema version {version} already; its rules were applied again, nothing else changed.</source>
        <translation>Unit server {url} was at schema version {version} already; its rules were applied again, nothing else changed.</translation>
    </message>
    <message>
        <source>Unit server {url} upgraded from schema version {before} to {after}: tables brought up to date, every rule applied again. Now install this medunit release on the workstations.</source>
        <translation>Unit server {url} upgraded from schema version {before} to {after}: tables brought up to date, every rule applied again. Now install this medunit release on the workstations.</translation>
    </message>
</context>
</TS>
