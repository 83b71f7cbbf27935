<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppFlow</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="100"/>
        <source>Preparing the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="190"/>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="255"/>
        <source>The backup is restored. Open it with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/busy.py" line="18"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="22"/>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="27"/>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="43"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="29"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="38"/>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="39"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="46"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="62"/>
        <source>Changing your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="44"/>
        <source>Check that you have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="45"/>
        <source>To be sure the key is safely written down, type one group of it from your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="53"/>
        <source>Group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="65"/>
        <source>Type group number %1 (of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="75"/>
        <source>That is not group %1 yet. Go back to look at the key if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="38"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="42"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="46"/>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="52"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="54"/>
        <source>Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="56"/>
        <source>Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="57"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="59"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="60"/>
        <source>Back to the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="88"/>
        <source>The key file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="92"/>
        <source>Your data is still there. The recovery key you printed or saved at set-up opens the shared vault without the key file, and lets you set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="100"/>
        <source>Your vault needs a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="101"/>
        <source>Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="102"/>
        <source>No details were reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="106"/>
        <source>Looking for backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="111"/>
        <source>No backup was found in the vault folder. Keep the folder as it is and ask someone you trust for help; nothing will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="117"/>
        <source>The latest backup is from %1. Restoring it brings back everything up to that moment; the damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="126"/>
        <source>Restore the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="126"/>
        <source>Restore the latest backup now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="127"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="128"/>
        <source>Anything written after that backup will not be in the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="135"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="48"/>
        <source>Your colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="51"/>
        <source>Open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="57"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="57"/>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="59"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="60"/>
        <source>Switch partner: lock and let %1 open Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="62"/>
        <source>Switch partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="65"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="66"/>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="80"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="74"/>
        <source>Where your vault lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="75"/>
        <source>Your vault is one encrypted file with its key file beside it. Without your passphrase or recovery key it is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="80"/>
        <source>In this computer account (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="81"/>
        <source>Keep the vault in this computer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="86"/>
        <source>In a folder shared by two computer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="87"/>
        <source>Keep the vault in a folder shared by two accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="89"/>
        <source>If each of you has your own account on this computer, choose a folder both accounts can write to. Lifeline makes its files readable and writable by that folder&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="98"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="99"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="100"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="101"/>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="123"/>
        <source>Choose the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="138"/>
        <source>Choose the shared folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="140"/>
        <source>Please give the full path of the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTiles</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="39"/>
        <source>Loading partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="56"/>
        <source>I am %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="32"/>
        <source>The two of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="33"/>
        <source>Your names and a colour each. They show on the start screen, so choose how you want to appear there (a nickname is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="38"/>
        <source>First partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="41"/>
        <source>First partner&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="43"/>
        <source>Second partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="45"/>
        <source>Second partner&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="48"/>
        <source>First partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="49"/>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="52"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="51"/>
        <source>Second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="67"/>
        <source>Please fill in both names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="69"/>
        <source>Please choose two different names, so each of you finds your own tile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_pair.py" line="19"/>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_pair.py" line="23"/>
        <source>Passphrase for %1, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_pair.py" line="27"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_pair.py" line="30"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_pair.py" line="31"/>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_pair.py" line="40"/>
        <source>Several words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_pair.py" line="42"/>
        <source>The two do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasesPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="27"/>
        <source>A passphrase each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="28"/>
        <source>Each of you chooses your own passphrase and types it twice. A few words you will remember work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="33"/>
        <source>&lt;b&gt;Nobody can reset a passphrase&lt;/b&gt; — not us, not anyone. If both of you forget yours, only the recovery key from the next steps opens your shared vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="38"/>
        <source>Warning: nobody can reset a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="54"/>
        <source>%1&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="55"/>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="56"/>
        <source>Passphrase for %1, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="61"/>
        <source>Each passphrase needs at least 8 characters, typed the same way twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/pages.py" line="21"/>
        <source>Coming soon: this page is being written with care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/recovery_key_dialog.py" line="13"/>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/recovery_key_dialog.py" line="15"/>
        <source>This is your new recovery key. The old one no longer opens the vault. Print it or write it down now: it is shown only once. Backups made before today still open with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="22"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="23"/>
        <source>If both passphrases are ever forgotten, this key still opens your shared vault. Print it or write it down, and keep it somewhere safe away from the computer. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="29"/>
        <source>It opens the shared vault only: private entries stay sealed to their author.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="74"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="75"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="76"/>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="104"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="77"/>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="78"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="110"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="111"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="36"/>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="39"/>
        <source>Type the recovery key you printed or saved at set-up. It opens your shared vault; then choose who you are and set a new passphrase. Private entries written with the old passphrase stay sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="46"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="53"/>
        <source>Recovery key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="55"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="60"/>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="66"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="69"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="70"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="72"/>
        <source>&amp;Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="74"/>
        <source>Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="130"/>
        <source>The recovery key looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="147"/>
        <source>Opening and setting your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="89"/>
        <source>Remember on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="90"/>
        <source>You can let this computer remember the vault&apos;s key in the system keyring, so it opens without typing a passphrase. Off is the safer choice. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="95"/>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="96"/>
        <source>Remember the vault on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="98"/>
        <source>&lt;b&gt;Anyone using this computer account can then open your shared vault&lt;/b&gt; (not your private spaces). Leave it off if children, relatives or guests use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="106"/>
        <source>Why remembering is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="117"/>
        <source>Not available here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="53"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="61"/>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="62"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="63"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="64"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="68"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="83"/>
        <source>Lock after idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="85"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="85"/>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="205"/>
        <source>After %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="90"/>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="91"/>
        <source>Remember the vault on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="94"/>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="97"/>
        <source>Keyring state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="99"/>
        <source>&amp;Change my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="100"/>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="102"/>
        <source>Make a &amp;new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="103"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="108"/>
        <source>Lock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="111"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="112"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="120"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="125"/>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="126"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="128"/>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="129"/>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="131"/>
        <source>Backups are encrypted like the vault and kept in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="148"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="149"/>
        <source>Use &amp;another vault folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="150"/>
        <source>Use another vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="152"/>
        <source>Choose a folder that already holds a Lifeline vault, for example one shared by two computer accounts. Lifeline locks and opens that vault instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="157"/>
        <source>Your vault is in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="167"/>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="176"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="168"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="168"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="169"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="213"/>
        <source>Never lock automatically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="214"/>
        <source>Anyone who sits down at this computer while Lifeline is open could read your shared journal and plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="216"/>
        <source>Never lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="217"/>
        <source>You can still lock at any time with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="234"/>
        <source>The system keyring could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="239"/>
        <source>Not available here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="242"/>
        <source>When on, anyone using this computer account can open your shared vault without a passphrase (not your private spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="248"/>
        <source>Remember on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="249"/>
        <source>Anyone using this computer account can then open your shared vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="250"/>
        <source>Remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="251"/>
        <source>Leave it off if children, relatives or guests use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="264"/>
        <source>Talking to the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="273"/>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="278"/>
        <source>Make a new recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="279"/>
        <source>Lifeline will make a new recovery key and the old one will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="280"/>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="281"/>
        <source>Your passphrases keep working. Backups made before now still open with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="288"/>
        <source>Making a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="311"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="314"/>
        <source>Backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="326"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="327"/>
        <source>Restore the backup from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="328"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="329"/>
        <source>Anything written after it will not be in the restored vault; the current file is kept aside, not deleted. Lifeline locks, and you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="336"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="345"/>
        <source>Choose a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="356"/>
        <source>Looking for a vault there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="360"/>
        <source>There is no Lifeline vault in that folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="58"/>
        <source>What is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="62"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="64"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="65"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="67"/>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="145"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="69"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="107"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="141"/>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="143"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="164"/>
        <source>Creating your vault… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="182"/>
        <source>Saving the key in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/pages.py" line="35"/>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/pages.py" line="40"/>
        <source>Maybe today is a good day to tell %1 one thing you appreciated this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/pages.py" line="44"/>
        <source>Recently in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/pages.py" line="50"/>
        <source>Recent journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/pages.py" line="52"/>
        <source>Nothing yet. Your first entry will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="50"/>
        <source>Demo passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="53"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="56"/>
        <source>Who is opening Lifeline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="65"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="66"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="71"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="73"/>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="80"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="87"/>
        <source>Open &amp;without passphrase (remembered here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="89"/>
        <source>Open with the key remembered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="93"/>
        <source>Forgot it? Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="95"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="172"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="174"/>
        <source>Opening… this takes a moment on purpose, to slow down guessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="182"/>
        <source>Opening with the key remembered on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="205"/>
        <source>The key remembered on this computer did not work. Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="234"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="239"/>
        <source>That passphrase does not open this vault. Too many tries: wait %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="14"/>
        <source>Welcome to Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="16"/>
        <source>&lt;p&gt;Lifeline is a quiet place for the two of you: a shared journal with a private corner for each, ideas and plans for time together, guided conversations, regular check-ins and gentle programs that help you feel close again.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, locked with your passphrases. Lifeline never uses the internet: no accounts, no cloud, no tracking.&lt;/p&gt;&lt;p&gt;Setting up takes a few minutes, and it is best done together.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="24"/>
        <source>What Lifeline is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../lifeline_desktop/app.py" line="74"/>
        <source>Demo mode: a throwaway vault, deleted when you close Lifeline. Passphrases: %1 types “%2”, %3 types “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>entries</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/entries_model.py" line="11"/>
        <source>Untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/entries_model.py" line="13"/>
        <source>(private)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/messages.py" line="12"/>
        <source>Lifeline is already open on this computer (maybe in another account). Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../lifeline_desktop/ui/workers.py" line="122"/>
        <source>Something unexpected went wrong, and nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
