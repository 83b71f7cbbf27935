<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnswerTogetherTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="34"/>
        <source>Pick a prompt, and each of you answers in your own turn. Neither answer shows until you have both answered; then you open them together. This keeps you from reading over each other&apos;s shoulder on one computer. It is a promise between you, not a lock against %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="42"/>
        <source>Questions you answer together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="48"/>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="117"/>
        <source>Answer in my turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="87"/>
        <source>You have both answered: open them together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="89"/>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="91"/>
        <source>%1 has answered: your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="93"/>
        <source>Nobody has answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="108"/>
        <source>Choose “Answer together” under a prompt to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="114"/>
        <source>What surprised us: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="116"/>
        <source>Change my sealed answer, in my turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="119"/>
        <source>Your answer is sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="127"/>
        <source>Only you see this until %1 has answered too; then you open both together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="128"/>
        <source>Seal my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/answer_together.py" line="129"/>
        <source>Take your time. A few honest sentences are plenty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="134"/>
        <source>Preparing the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="215"/>
        <source>Your vault is ready. Each of you opens it with your own passphrase: choose your tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="261"/>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="355"/>
        <source>The backup is restored. Open it with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="17"/>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="31"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="17"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="18"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="18"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="21"/>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="32"/>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="21"/>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="22"/>
        <source>Larger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="23"/>
        <source>Largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/appearance_tab.py" line="26"/>
        <source>The text size changes every screen at once, for both of you on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppreciationTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="54"/>
        <source>A note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="55"/>
        <source>I noticed… / Thank you for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="57"/>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="66"/>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="67"/>
        <source>Our gratitude list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="69"/>
        <source>%1 sees your note the next time they open Lifeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="90"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="91"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="110"/>
        <source>Sent. It will be waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupKeeping</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backup_keeping.py" line="29"/>
        <source>Daily backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backup_keeping.py" line="34"/>
        <source>Room the backups take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backup_keeping.py" line="37"/>
        <source>Daily backups to &amp;keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/settings/backup_keeping.py" line="45"/>
        <source>%n backups, taking %1 on this disk. Backups you make yourself are never removed; the others are, oldest first.</source>
        <translation>
            <numerusform>%n backup, taking %1 on this disk. Backups you make yourself are never removed; the others are, oldest first.</numerusform>
            <numerusform>%n backups, taking %1 on this disk. Backups you make yourself are never removed; the others are, oldest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="112"/>
        <source>Taking a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="119"/>
        <source>Ideas for calming down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="120"/>
        <source>We&apos;re ready to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="123"/>
        <source>Go on from the same step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="131"/>
        <source>While you wait, maybe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="138"/>
        <source>Come back at %1, or later if you need more time.</source>
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
    <name>CalendarBar</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_bar.py" line="20"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_bar.py" line="20"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_bar.py" line="20"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_bar.py" line="24"/>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_bar.py" line="30"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_bar.py" line="31"/>
        <source>Plan something (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_bar.py" line="32"/>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_bar.py" line="33"/>
        <source>Import .ics…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="104"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="109"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardsView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="31"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="32"/>
        <source>Back (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="34"/>
        <source>Space or → for the next card, ← to go back, Esc to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="37"/>
        <source>Next card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="39"/>
        <source>Next card (Space or Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="59"/>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="74"/>
        <source>That was the last card. Thank you for asking, and for listening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="76"/>
        <source>Start again from the first card</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="116"/>
        <source>%n cards asked</source>
        <translation>
            <numerusform>%n card asked</numerusform>
            <numerusform>%n cards asked</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="122"/>
        <source>Card %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="124"/>
        <source>%1 asks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/cards_view.py" line="139"/>
        <source>%1, or %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="27"/>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="31"/>
        <source>A new passphrase for you, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="34"/>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="35"/>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="43"/>
        <source>C&amp;hange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="48"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="45"/>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/passphrase_dialog.py" line="77"/>
        <source>Changing your passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInTurn</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/answer_turn.py" line="20"/>
        <source>Your check-in, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/answer_turn.py" line="21"/>
        <source>From 1 (far from what you wish) to 10 (just right). Only you see this until %1 has checked in too; then you open both together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/answer_turn.py" line="22"/>
        <source>Seal my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/answer_turn.py" line="23"/>
        <source>%1 is about to check in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/answer_turn.py" line="40"/>
        <source>A note for this round (optional): what is on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/answer_turn.py" line="41"/>
        <source>Check-in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/answer_turn.py" line="44"/>
        <source>Seal my answer (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInsPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="49"/>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="49"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="50"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="50"/>
        <source>Affection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="50"/>
        <source>Fun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="53"/>
        <source>Score each from 1 (far from what you wish) to 10 (just right), each in your own turn. Your answers stay sealed until you have both answered this round; then you open both together. This keeps you from reading over each other&apos;s shoulder; it is not a lock against each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="75"/>
        <source>Agenda for our check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="82"/>
        <source>Agenda topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="83"/>
        <source>Nothing queued. Add a topic here, or from a journal entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="87"/>
        <source>A topic for next time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="88"/>
        <source>New agenda topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="90"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="91"/>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="93"/>
        <source>We talked about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="94"/>
        <source>Mark the topic as talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="96"/>
        <source>Start our weekly check-in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="97"/>
        <source>Start the weekly check-in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="104"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="106"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="107"/>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="107"/>
        <source>A year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="108"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="111"/>
        <source>What to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="112"/>
        <source>All five (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="123"/>
        <source>For a counsellor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="124"/>
        <source>Make a report for a counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="132"/>
        <source>Past rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="139"/>
        <source>Past check-in rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="174"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="193"/>
        <source>Trends appear once you have both answered a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="199"/>
        <source>Lines: %1 and %2. The shaded band is the gap between you (on average %3 points); shaded stretches are weeks without a check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckupDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="31"/>
        <source>Where are we</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="39"/>
        <source>Where are we — your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="40"/>
        <source>About 25 short questions, just for you. Your answers stay sealed until %1 has answered too; then you see them side by side, in words. You can stop at any time and pick up where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="44"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="46"/>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="114"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="49"/>
        <source>Stop for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="108"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="114"/>
        <source>Finish my turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/checkup_dialog.py" line="158"/>
        <source>Thank you. Your answers are sealed. When %1 has taken their turn, you will both see them side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColourPicker</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/colour_picker.py" line="64"/>
        <source>the colour you have now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="45"/>
        <source>Check that you have it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="46"/>
        <source>To be sure the key is safely written down, type one group of it from your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="54"/>
        <source>Group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="66"/>
        <source>Type group number %1 (of %2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="76"/>
        <source>That is not group %1 yet. Go back to look at the key if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="102"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="105"/>
        <source>Resume the conversation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="114"/>
        <source>Show scripts for a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="115"/>
        <source>Every practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="124"/>
        <source>Show scripts by the time they take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="126"/>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="127"/>
        <source>Up to %n minutes</source>
        <translation>
            <numerusform>Up to %n minute</numerusform>
            <numerusform>Up to %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="136"/>
        <source>Conversation scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="84"/>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="85"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounsellorReportDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="86"/>
        <source>A report for your counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="89"/>
        <source>Choose what goes in. Only shared things can be chosen; private entries and private notes never go into this report. Look at the preview before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="97"/>
        <source>Check-in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="98"/>
        <source>Check-ins of the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="99"/>
        <source>Check-ins of the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="100"/>
        <source>All check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="127"/>
        <source>Shared journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="128"/>
        <source>Conversations (shared notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="105"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="106"/>
        <source>Preview the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="110"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="140"/>
        <source>Where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="141"/>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="142"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="144"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="145"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="171"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="172"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="179"/>
        <source>Preview the report and choose where to save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="188"/>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="192"/>
        <source>Saved to %1. Remember: this file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="39"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="43"/>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="47"/>
        <source>What you can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="51"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="53"/>
        <source>Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="55"/>
        <source>Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="56"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="58"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="59"/>
        <source>Back to the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="82"/>
        <source>The key file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="86"/>
        <source>Your data is still there. The recovery key you printed or saved at set-up opens the shared vault without the key file, and lets you set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="94"/>
        <source>Your vault needs a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="95"/>
        <source>Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="96"/>
        <source>No details were reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="100"/>
        <source>Looking for backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="105"/>
        <source>No backup was found in the vault folder. Keep the folder as it is and ask someone you trust for help; nothing will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="111"/>
        <source>The latest backup is from %1. Restoring it brings back everything up to that moment; the damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="120"/>
        <source>Restore the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="120"/>
        <source>Restore the latest backup now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="121"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="122"/>
        <source>Anything written after that backup will not be in the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="123"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="130"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/draft_banner.py" line="23"/>
        <source>Carry on with your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/draft_banner.py" line="26"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/draft_banner.py" line="27"/>
        <source>The draft stays safe; New entry brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/draft_banner.py" line="41"/>
        <source>You were writing “%1” when Lifeline locked or closed. It is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/draft_banner.py" line="43"/>
        <source>You were writing an entry when Lifeline locked or closed. It is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationSpin</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="51"/>
        <source>No timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="56"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="58"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="59"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/delegate.py" line="88"/>
        <source>Untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/journal/delegate.py" line="98"/>
        <source>%n replies</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntryDetailView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="47"/>
        <source>The entry and its replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="52"/>
        <source>Send a heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="52"/>
        <source>Say thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="53"/>
        <source>Send a hug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="53"/>
        <source>Send a smile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="64"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="66"/>
        <source>Share with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="67"/>
        <source>Share this private entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="69"/>
        <source>Add to our next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="70"/>
        <source>Queue this entry as a topic for your next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="90"/>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="91"/>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="96"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="97"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="124"/>
        <source>Only you can read this entry. %1 sees that it exists, never its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="166"/>
        <source>A reply needs a few words. A reaction says it without words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="179"/>
        <source>Added to the agenda of your next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="186"/>
        <source>Share this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="187"/>
        <source>%1 will be able to read this entry and reply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="188"/>
        <source>Share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="189"/>
        <source>A shared entry cannot become private again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="189"/>
        <source>Keep it private</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="70"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="71"/>
        <source>Entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="73"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="74"/>
        <source>Write freely. Nobody grades this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="51"/>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="81"/>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="83"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="85"/>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="86"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="150"/>
        <source>Your draft is back, just as you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="90"/>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="91"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="94"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="95"/>
        <source>Close; your draft is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="104"/>
        <source>A new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="110"/>
        <source>Editing your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="123"/>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="171"/>
        <source>Draft kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="182"/>
        <source>An entry needs a title or some words. Nothing is lost: keep writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/list_model.py" line="142"/>
        <source>Untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/list_model.py" line="144"/>
        <source>(private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/list_model.py" line="146"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="73"/>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="128"/>
        <source>Export entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="99"/>
        <source>The selected entries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="101"/>
        <source>Every entry between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="105"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="105"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="78"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="79"/>
        <source>Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="80"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="81"/>
        <source>Include my private entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="91"/>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="112"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="113"/>
        <source>Where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="114"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="84"/>
        <source>The exported file is not encrypted: anyone who can open the file can read it. Keep it somewhere private, or delete it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="119"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="122"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="108"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="91"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="129"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="129"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="135"/>
        <source>Choose where to save the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="138"/>
        <source>Export private entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="139"/>
        <source>Your private entries will be written to a file that is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="140"/>
        <source>Export them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="140"/>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="159"/>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="160"/>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="166"/>
        <source>Saved to %1. Remember: this file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="57"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="58"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="62"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="63"/>
        <source>Both of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="66"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="66"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="67"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="67"/>
        <source>Any practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="70"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="70"/>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="71"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="72"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="77"/>
        <source>Show or hide the filters: who wrote it, tag, practice, mood and dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="101"/>
        <source>&amp;Filters (%n)</source>
        <translation>
            <numerusform>&amp;Filters (%n)</numerusform>
            <numerusform>&amp;Filters (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="101"/>
        <source>&amp;Filters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="55"/>
        <source>Phones away. Just the two of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="57"/>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="332"/>
        <source>Leave for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="58"/>
        <source>Leave for now (Esc); the conversation is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="87"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="88"/>
        <source>Back (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="90"/>
        <source>We need a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="92"/>
        <source>We need a break (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="95"/>
        <source>How long a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="97"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="98"/>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="240"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="100"/>
        <source>Next (Right arrow or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="168"/>
        <source>Before you start: how connected do you each feel right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="169"/>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="175"/>
        <source>And now, how connected do you each feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="175"/>
        <source>See our summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="194"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="196"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="197"/>
        <source>%1, turn %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="202"/>
        <source>Both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="207"/>
        <source>%1 has the floor: speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="209"/>
        <source>%1 has the floor: listening and reflecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="211"/>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="219"/>
        <source>Or, if you&apos;d rather: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="229"/>
        <source>For %1, to tick quietly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="240"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="256"/>
        <source>A private note for %1 needs your private space open (your own passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="260"/>
        <source>Private note: only %1 can read it, sealed with %1&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="264"/>
        <source>A shared note, if you&apos;d like to keep something from this step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="330"/>
        <source>Leave this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="331"/>
        <source>It is kept just as it is. You can pick it up from this same step later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="332"/>
        <source>Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="343"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="353"/>
        <source>Added to your shared journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="354"/>
        <source>It&apos;s in your shared journal now, for both of you to find.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideCard</name>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="45"/>
        <source>Your path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="57"/>
        <source>How you are, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="58"/>
        <source>Seal my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="67"/>
        <source>A note just for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="94"/>
        <source>Open the check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="96"/>
        <source>“Where are we”: about 25 questions each, answered privately, then seen side by side. From them, a path for the next weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="98"/>
        <source>Take the check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="100"/>
        <source>Your check-up is waiting for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="101"/>
        <source>You stopped half-way through the check-up; pick up where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="102"/>
        <source>Continue the check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="104"/>
        <source>Waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="107"/>
        <source>You have both answered. See where you are and the path it suggests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="108"/>
        <source>See it side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="111"/>
        <source>Week %1, %2.
Conversation: “%3”, %4 minutes.
Activity: “%5”, %6 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="114"/>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="117"/>
        <source>Take the check-up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="116"/>
        <source>No path for now. You can take the check-up again whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="119"/>
        <source>It has been a few weeks: a good time to take the check-up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="123"/>
        <source>You chose to leave talks about conflict and trust out of what is suggested to you both. Only you see that; change it under “Your choices”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="141"/>
        <source>After “%1”: you said %2, %3 said %4. %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="145"/>
        <source>Your answer about yesterday&apos;s talk is sealed until %1 answers too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="148"/>
        <source>How are you after yesterday&apos;s talk? (1 to 10, sealed until you have both answered) A small step: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideChoicesButton</name>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/choices_menu.py" line="24"/>
        <source>Your choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/choices_menu.py" line="25"/>
        <source>Your own choices for the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/choices_menu.py" line="28"/>
        <source>Suggestions from our check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/choices_menu.py" line="32"/>
        <source>Leave hard talks out of what is suggested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/choices_menu.py" line="35"/>
        <source>Conversations about conflict and trust are then left out of your path and suggestions, for both of you, without saying why. Only you see that you chose this.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="23"/>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="42"/>
        <source>When to ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="44"/>
        <source>Asking someone to walk alongside you is a sign that you care about what you have together. It is not a sign that you failed. Many couples who are doing well see a coach or a therapist for a while, the same way people see a physiotherapist to move well again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="47"/>
        <source>When a coach or a couples therapist helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="49"/>
        <source>The same argument keeps coming back, and talking it through only makes it bigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="50"/>
        <source>Trust was broken, by an affair, a secret, money or a promise, and you both want to rebuild it. That work goes better with someone steady beside you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="52"/>
        <source>One of you feels alone in the relationship, or you have stopped talking about what matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="53"/>
        <source>Something heavy happened, a loss, an illness, a move or a lost job, and it changed how you are with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="55"/>
        <source>These scripts feel too hard to finish, or one of you dreads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="59"/>
        <source>A coach or a therapist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="61"/>
        <source>A relationship coach helps you practise skills and build habits, looking ahead. A couples therapist or counsellor is trained to work with hurt, old patterns and mental health, and is the better choice after a breach of trust or when either of you is struggling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="64"/>
        <source>What to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="66"/>
        <source>Someone trained and registered for couples work where you live, who tells you openly about their training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="68"/>
        <source>Someone who makes both of you feel heard, takes no side, and welcomes every kind of couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="69"/>
        <source>A first talk where you can ask how they work, how often you would meet and what it costs. It is fine to try someone else if it does not feel right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="71"/>
        <source>Your doctor or local health service can often point you to someone. Words to search for yourselves: “couples therapist”, “relationship counselling”, plus your town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="76"/>
        <source>If you do not feel safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="80"/>
        <source>A professional or your local emergency services are the right step then, not a script. If you are in danger now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="84"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="85"/>
        <source>Close the help page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="90"/>
        <source>Where these ideas come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="92"/>
        <source>Where these ideas come from: the research behind the scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="69"/>
        <source>sealed until you both answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="87"/>
        <source>The day after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="91"/>
        <source>%1
before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="92"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="92"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="92"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="122"/>
        <source>Past conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="131"/>
        <source>No conversation finished yet. When you finish one, it appears here with how each of you felt and what you noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="142"/>
        <source>Notes of the chosen conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="176"/>
        <source>Paused, waiting for you to finish:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="196"/>
        <source>What you noted together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="200"/>
        <source>No shared notes in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="202"/>
        <source>Your private notes (only you see these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="206"/>
        <source>You kept %n private notes here; open your private space to read them.</source>
        <translation>
            <numerusform>You kept %n private note here; open your private space to read it.</numerusform>
            <numerusform>You kept %n private notes here; open your private space to read them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="210"/>
        <source>%1 kept %n private notes here, for themselves.</source>
        <translation>
            <numerusform>%1 kept %n private note here, for themselves.</numerusform>
            <numerusform>%1 kept %n private notes here, for themselves.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="217"/>
        <source>%1: %2 before, %3 after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="222"/>
        <source>the day after: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="82"/>
        <source>Your colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="116"/>
        <source>Open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="88"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="88"/>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="90"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="117"/>
        <source>Switch partner: lock and let %1 open Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="91"/>
        <source>Switch partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="94"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="95"/>
        <source>Settings (Ctrl+,) · all keys: Ctrl+/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="104"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaDetail</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="30"/>
        <source>Plan this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="31"/>
        <source>Put this idea on the calendar (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="32"/>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="34"/>
        <source>Not for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="36"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="37"/>
        <source>Surprise us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="39"/>
        <source>A random idea that fits the filters and that you have not done lately (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="41"/>
        <source>Add our own idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="56"/>
        <source>Change this idea of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="57"/>
        <source>Ideas that come with Lifeline can&apos;t be changed. Use “Add our own idea…” to write your own version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="59"/>
        <source>Pick an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="60"/>
        <source>Choose one from the list, or let “Surprise us” choose for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="66"/>
        <source>Any season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="67"/>
        <source>Needs a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="67"/>
        <source>No screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_detail.py" line="69"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="102"/>
        <source>Our own idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="102"/>
        <source>Edit our idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="104"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="127"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="105"/>
        <source>A few words, like “Pancake Sunday”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="107"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="128"/>
        <source>How and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="113"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="114"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="129"/>
        <source>Time needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="115"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="130"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="116"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="131"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="117"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="132"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="119"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="133"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="119"/>
        <source>Any season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="120"/>
        <source>Needs a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="135"/>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaFilters</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="44"/>
        <source>Search ideas (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="45"/>
        <source>Search ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="47"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="47"/>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="48"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="48"/>
        <source>Any practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="49"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="49"/>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="50"/>
        <source>Up to 15 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="50"/>
        <source>Up to an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="51"/>
        <source>Up to 3 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="51"/>
        <source>Up to a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="52"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="52"/>
        <source>Any cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="53"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="53"/>
        <source>Any energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="54"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="54"/>
        <source>Home or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="56"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="56"/>
        <source>Any season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="57"/>
        <source>No screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="58"/>
        <source>Only ideas that need no phone, TV or computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="59"/>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/idea_filters.py" line="60"/>
        <source>Show “not for us”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="47"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="86"/>
        <source>%n ideas</source>
        <translation>
            <numerusform>%n idea</numerusform>
            <numerusform>%n ideas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="52"/>
        <source>Bring a journal in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="65"/>
        <source>Look inside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="68"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="72"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="91"/>
        <source>Day One (the .zip from Export &gt; JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="92"/>
        <source>jrnl (jrnl --export json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="93"/>
        <source>A folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="94"/>
        <source>A Lifeline archive (into a new vault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="98"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="104"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="105"/>
        <source>File or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="109"/>
        <source>Into my private space (only I can read them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="111"/>
        <source>Into our shared journal (%1 reads them too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="120"/>
        <source>The folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="122"/>
        <source>The export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="134"/>
        <source>Choose the file or folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="138"/>
        <source>A Lifeline archive comes back whole into a new, empty vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="145"/>
        <source>%n entries ready to come in.</source>
        <translation>
            <numerusform>%n entry ready to come in.</numerusform>
            <numerusform>%n entries ready to come in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="148"/>
        <source>Not imported (Lifeline keeps words only): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="151"/>
        <source>Left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="159"/>
        <source>Bringing the archive back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="160"/>
        <source>This cannot stop halfway: the archive goes in as a whole or not at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="168"/>
        <source>Bringing your journal in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="179"/>
        <source>Already in your journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/story/import_dialog.py" line="186"/>
        <source>The archive is back: %n items restored.</source>
        <translation>
            <numerusform>The archive is back: %n item restored.</numerusform>
            <numerusform>The archive is back: %n items restored.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="106"/>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="239"/>
        <source>Prompt of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="107"/>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="239"/>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="109"/>
        <source>Write about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="111"/>
        <source>Answer together…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="112"/>
        <source>Each of you answers privately; both answers appear together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="125"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="135"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="136"/>
        <source>Write a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="138"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="139"/>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="220"/>
        <source>Export to PDF or Markdown (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="141"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="142"/>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="219"/>
        <source>Print the selected entries (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="157"/>
        <source>Choose an entry, or write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="85"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="86"/>
        <source>Answer together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="87"/>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="346"/>
        <source>Appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/filter_fields.py" line="37"/>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="208"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="214"/>
        <source>Nothing matches. Try fewer words or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="215"/>
        <source>Nothing written yet. Your first entry can be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="217"/>
        <source>Nothing in the list to print or export. Clear the search or filters to see your entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="218"/>
        <source>Nothing to print or export yet: write an entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="337"/>
        <source>Select the entries to print first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="345"/>
        <source>Appreciation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="348"/>
        <source>%1 left you a note of appreciation (%2 new). See the Appreciation tab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyFileRescuePage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="63"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="64"/>
        <source>Back to the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="82"/>
        <source>Bring your vault back with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="84"/>
        <source>Both copies of the key file are missing or damaged, but your data is still here. Type the recovery key you printed or saved at set-up. Lifeline checks it against your vault before it changes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="88"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="92"/>
        <source>&amp;Check the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="100"/>
        <source>&amp;Use the key file from the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="103"/>
        <source>Make a &amp;new key file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="105"/>
        <source>A key file was found in your backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="110"/>
        <source>Before anything is written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="112"/>
        <source>The recovery key fits your vault. Lifeline will now make a new key file, and each of you will choose a new passphrase, one at a time. Everything you share (your journal, plans, check-ins and conversations) comes back in full.

A private space comes back only with a key file that holds its owner&apos;s place. The new key file cannot: your private entries stay in the vault, sealed and unread, in case an old key file turns up later. New private entries work as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="117"/>
        <source>What comes back and what stays sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="118"/>
        <source>&amp;Go on: choose new passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="175"/>
        <source>Choose a new passphrase for yourself. Nobody else needs to see it, not even %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="176"/>
        <source>Save both passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="176"/>
        <source>This is my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="141"/>
        <source>Checking the recovery key against your vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="152"/>
        <source>The backup from %1 holds a key file that fits your recovery key. It brings back both private spaces too: each of you then opens the vault with the passphrase you used on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="161"/>
        <source>Putting the key file back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="163"/>
        <source>The key file is back. Each of you opens with the passphrase you used when that backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="200"/>
        <source>Writing the new key file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/key_file_rescue_page.py" line="202"/>
        <source>Your vault is back. Each of you opens it with your new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="122"/>
        <source>Where your vault lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="123"/>
        <source>Your vault is one encrypted file with its key file beside it. Without your passphrase or recovery key it is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="128"/>
        <source>In this computer account (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="129"/>
        <source>Keep the vault in this computer account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="134"/>
        <source>In a folder shared by two computer accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="135"/>
        <source>Keep the vault in a folder shared by two accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="137"/>
        <source>If each of you has your own account on this computer, choose a folder both accounts can write to. Lifeline makes its files readable and writable by that folder&apos;s group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="146"/>
        <source>Shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="147"/>
        <source>Choose a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="148"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="149"/>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="171"/>
        <source>Choose the shared folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="186"/>
        <source>Choose the shared folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="188"/>
        <source>Please give the full path of the shared folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryCard</name>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="36"/>
        <source>Write about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="39"/>
        <source>Don&apos;t bring this back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="59"/>
        <source>Today is the day: “%1”, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="61"/>
        <source>How does it feel to look back on it now? A few words, for the two of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="64"/>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="71"/>
        <source>A year ago today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="72"/>
        <source>%1 years ago today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="74"/>
        <source>%1, you did this together: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="79"/>
        <source>%1, %2 wrote a note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/memory_card.py" line="80"/>
        <source>%1, %2 wrote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MilestoneDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="46"/>
        <source>A milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="46"/>
        <source>Change this milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="54"/>
        <source>In your own words, like “The bookshop on a rainy Tuesday”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="63"/>
        <source>A few words to remember it by (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="65"/>
        <source>Remind us every year, in the planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="79"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="80"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="81"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/milestone_dialog.py" line="82"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="42"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="262"/>
        <source>Move this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="263"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="266"/>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="264"/>
        <source>Only this occurrence moves; the rest of the series stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OccurrencePane</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="24"/>
        <source>Plans that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="28"/>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="55"/>
        <source>Choose a plan to see what you can do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="31"/>
        <source>Done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="32"/>
        <source>Didn&apos;t happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="33"/>
        <source>Skip this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="34"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="35"/>
        <source>How was it?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="36"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="37"/>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/occurrence_pane.py" line="61"/>
        <source>Phones away: this time is for the two of you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnScriptBar</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="48"/>
        <source>New script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="48"/>
        <source>Write a script of our own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="49"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="49"/>
        <source>Edit this script of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="50"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="50"/>
        <source>Copy this script to adapt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="52"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="52"/>
        <source>Delete this script of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="53"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="53"/>
        <source>Import a script file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="54"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="54"/>
        <source>Export this script to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="56"/>
        <source>When to ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="57"/>
        <source>When to ask a coach or a therapist for help (F1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="106"/>
        <source>“%1” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="108"/>
        <source>Delete this script?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="109"/>
        <source>Delete “%1”? Past conversations that used it keep their notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="110"/>
        <source>Delete script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="110"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="129"/>
        <source>Import a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="133"/>
        <source>Export a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="149"/>
        <source>“%1” is now one of our scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="167"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="173"/>
        <source>That file cannot be read or written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerTiles</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="42"/>
        <source>Loading partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="57"/>
        <source>first partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="57"/>
        <source>second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="62"/>
        <source>I am %1, the %2, in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnersPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="33"/>
        <source>The two of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="34"/>
        <source>Your names and a colour each. Your names are kept inside the encrypted vault: before anyone unlocks, Lifeline shows only your initials in your colours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="39"/>
        <source>First partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="42"/>
        <source>First partner&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="44"/>
        <source>Second partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="46"/>
        <source>Second partner&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="49"/>
        <source>First partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="50"/>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="53"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="52"/>
        <source>Second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="75"/>
        <source>Please fill in both names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="77"/>
        <source>Please choose two different names, so each of you finds your own tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="79"/>
        <source>Your names start with the same letter: please pick two different colours, so each of you finds your own tile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseConsent</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/consent.py" line="52"/>
        <source>%1, do you agree?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/consent.py" line="61"/>
        <source>%1&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/consent.py" line="62"/>
        <source>Passphrase of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/consent.py" line="63"/>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/consent.py" line="80"/>
        <source>Type your passphrase to agree, or step back with “Not now”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/consent.py" line="89"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="90"/>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="153"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="94"/>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="154"/>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="97"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="98"/>
        <source>Caps Lock warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="99"/>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="101"/>
        <source>Whether the two match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="102"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="104"/>
        <source>Type it &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="130"/>
        <source>Passphrase for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="131"/>
        <source>Passphrase for %1, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="133"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="134"/>
        <source>New passphrase, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="153"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="154"/>
        <source>Hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="160"/>
        <source>A few words you can remember are easier to type and harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="168"/>
        <source>✓ The two match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="170"/>
        <source>The two do not match yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="195"/>
        <source>Use it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="195"/>
        <source>This passphrase would be easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="196"/>
        <source>Use it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="197"/>
        <source>Anyone who tries common words and names could open your vault with it. A phrase of four or five unrelated words is much safer and still easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="198"/>
        <source>Choose another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseTurn</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turn_card.py" line="124"/>
        <source>Your new passphrase, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turn_card.py" line="125"/>
        <source>%1 is about to type a passphrase only they should know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasesPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="31"/>
        <source>A passphrase each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="32"/>
        <source>Each of you chooses your own passphrase, in your own turn, while the other looks away. A few words you will remember work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="37"/>
        <source>&lt;b&gt;Nobody can reset a passphrase&lt;/b&gt; — not us, not anyone. If both of you forget yours, only the recovery key from the next steps opens your shared vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="42"/>
        <source>Warning: nobody can reset a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="73"/>
        <source>%1: choose again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="74"/>
        <source>%1: choose your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="76"/>
        <source>✓ Chosen, and only %1 knows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="77"/>
        <source>Not chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="83"/>
        <source>Type it twice. Lifeline never shows it to %1 and cannot reset it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="84"/>
        <source>This is my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="108"/>
        <source>Still to choose a passphrase: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_secrets.py" line="108"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PausedConversations</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/paused.py" line="17"/>
        <source>“%1”, at step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/paused.py" line="28"/>
        <source>%1 is waiting where you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/paused.py" line="29"/>
        <source>These are waiting where you left them (Resume opens the first):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/paused.py" line="35"/>
        <source>Still paused, waiting for you here and on Today:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="35"/>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="55"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="37"/>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="56"/>
        <source>Your colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="39"/>
        <source>%1&apos;s colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="41"/>
        <source>Only you change your name and colour; %1 changes theirs when they open Lifeline. Before anyone unlocks, your tile shows your initial in your colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="46"/>
        <source>Save my name an&amp;d colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="47"/>
        <source>Save my name and colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/people_tab.py" line="76"/>
        <source>Saving your name and colour…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="158"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="159"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="160"/>
        <source>Every week on this weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="161"/>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="163"/>
        <source>The first of this weekday each month (a Saturday: first weekend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="164"/>
        <source>Every month on this date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="165"/>
        <source>Custom rule (RFC 5545 RRULE)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="189"/>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="189"/>
        <source>Plan something together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="192"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="231"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="193"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="232"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="198"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="199"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="234"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="201"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="235"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="204"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="236"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="205"/>
        <source>Phones away: this time is for the two of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="208"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="238"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="209"/>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="209"/>
        <source>10 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="210"/>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="210"/>
        <source>An hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="211"/>
        <source>A day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="215"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="239"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="220"/>
        <source>Repeat rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/timing.py" line="54"/>
        <source>Times are in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/timing.py" line="56"/>
        <source>Times are in UTC (your computer&apos;s clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/timing.py" line="57"/>
        <source>Times are in your computer&apos;s time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerNotices</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/notices.py" line="30"/>
        <source>Coming up and missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/notices.py" line="31"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/notices.py" line="32"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/notices.py" line="33"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/notices.py" line="42"/>
        <source>Coming up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/notices.py" line="45"/>
        <source>Since you were last here: %1. Mark them done or skipped when you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="63"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="64"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="65"/>
        <source>Wish jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="66"/>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="145"/>
        <source>One of your wishes was drawn while you were away. It is revealed to you both now, and on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="191"/>
        <source>No idea fits these filters. Loosen one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="194"/>
        <source>How about this: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="231"/>
        <source>On the calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="243"/>
        <source>every time it repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="243"/>
        <source>this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="244"/>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="245"/>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="244"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="246"/>
        <source>This removes %1 from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="246"/>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="255"/>
        <source>Marked as done. How was it? Each of you can reflect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="256"/>
        <source>Marked as not happened. There will be another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="280"/>
        <source>Thank you. Your reflection is in your private journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="281"/>
        <source>Thank you. Your reflection is in the shared journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="301"/>
        <source>Your wish is in the jar, sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="317"/>
        <source>Export plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="318"/>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="323"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="322"/>
        <source>Import plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="335"/>
        <source>Plans exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="349"/>
        <source>Imported %n plans.</source>
        <translation>
            <numerusform>Imported %n plan.</numerusform>
            <numerusform>Imported %n plans.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="348"/>
        <source>%n of them were already here.</source>
        <translation>
            <numerusform>%n of them was already here.</numerusform>
            <numerusform>%n of them were already here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlayOverlay</name>
    <message>
        <location filename="../../lifeline_desktop/ui/play/overlay.py" line="87"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/overlay.py" line="89"/>
        <source>Leave (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="80"/>
        <source>How well do you know me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="83"/>
        <source>One of you guesses what the other once answered; then the one asked shows their real words. The questions come only from answers you have both seen already: revealed both-answer questions and shared journal entries that answer a prompt. Nothing private is ever used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="88"/>
        <source>Start a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="100"/>
        <source>Question cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="103"/>
        <source>Big cards to read aloud on the sofa, taking turns to ask. Space shows the next card, Esc puts them away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="107"/>
        <source>How deep the questions for two go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="111"/>
        <source>Leave out topics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="112"/>
        <source>Topics to leave out of the cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/play/page.py" line="150"/>
        <source>%n questions are ready from your shared answers.</source>
        <translation>
            <numerusform>%n question is ready from your shared answers.</numerusform>
            <numerusform>%n questions are ready from your shared answers.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="153"/>
        <source>No questions yet. Answer a both-answer question together, or share a journal entry that answers a prompt, and it will turn up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/page.py" line="198"/>
        <source>No cards are left with those topics left out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PracticesOverTime</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/practices.py" line="32"/>
        <source>Each practice over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/practices.py" line="40"/>
        <source>Which practice to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/practices.py" line="47"/>
        <source>Practice over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/practices.py" line="48"/>
        <source>Nothing for this practice in this range yet: it appears after a check-up or a check-in you have both answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/practices.py" line="86"/>
        <source>Lines: %1 and %2, from 1 to 10. Rings are check-ups (your answers there, stretched onto the same 1 to 10), dots are check-ins. The line breaks where weeks went by without either.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacySwitch</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/privacy_switch.py" line="22"/>
        <source>Shared with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/privacy_switch.py" line="23"/>
        <source>%1 can read it, reply and react.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/privacy_switch.py" line="24"/>
        <source>Just for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/privacy_switch.py" line="27"/>
        <source>%1 will see that a private entry exists, never its words. You can share it later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivatePagesNote</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/private_note.py" line="20"/>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/private_note.py" line="21"/>
        <source>Hide this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/private_note.py" line="31"/>
        <source>%1 keeps a few private pages too. That is theirs to keep.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateSpaceBar</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/private_space_bar.py" line="29"/>
        <source>Lifeline opened from this computer&apos;s keyring, so your private space is still closed. Your passphrase opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/private_space_bar.py" line="34"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/private_space_bar.py" line="35"/>
        <source>Your passphrase, to open your private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/private_space_bar.py" line="37"/>
        <location filename="../../lifeline_desktop/ui/shell/private_space_bar.py" line="38"/>
        <source>Open my private space</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="49"/>
        <source>A path of small steps over days or weeks. Follow the calendar, or go at your own pace; pause whenever life gets full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="70"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="91"/>
        <source>At our own pace (no calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="92"/>
        <source>Follow at our own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="93"/>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="94"/>
        <source>Start this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="104"/>
        <source>Program progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="110"/>
        <source>Program steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="115"/>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="210"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="116"/>
        <source>Pause or resume the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="118"/>
        <source>Go to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="119"/>
        <source>Open the selected step where it lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="125"/>
        <source>To finish: a few words on what you take with you. They go to your shared journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="127"/>
        <source>Closing reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="129"/>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="130"/>
        <source>Finish the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="188"/>
        <source>Not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="203"/>
        <source>%1 of %n steps done.</source>
        <translation>
            <numerusform>%1 of %n step done.</numerusform>
            <numerusform>%1 of %n steps done.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="205"/>
        <source>By the calendar you are in day %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="206"/>
        <source>By the calendar you are in week %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="197"/>
        <source>Finished. Your reflection is in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="199"/>
        <source>Paused. Resume whenever you are ready; paused days do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="201"/>
        <source>Every step is done. Finish with a few words when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="208"/>
        <source>No hurry: pick up where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="210"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptChoices</name>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="191"/>
        <source>Lighter today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/today_card.py" line="194"/>
        <source>Another one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuizView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="39"/>
        <source>How well do you know me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="49"/>
        <source>Space or → to show the answer, then again for the next question. Esc to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="79"/>
        <source>Type a guess if you like, or just say it out loud. It is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="95"/>
        <source>Keep this round in our journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="125"/>
        <source>That was the round. Thank you for playing, and for telling each other a little more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="127"/>
        <source>Play another round</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="153"/>
        <source>%n questions played</source>
        <translation>
            <numerusform>%n question played</numerusform>
            <numerusform>%n questions played</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="154"/>
        <source>Leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="159"/>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="162"/>
        <source>%1 guesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="163"/>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="212"/>
        <source>%1 answered this in %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="165"/>
        <source>%1, what do you think %2 said?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="171"/>
        <source>%1, show your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="172"/>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="192"/>
        <source> (Space or Right arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="184"/>
        <source>What %1 said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="190"/>
        <source>Next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="191"/>
        <source>Finish the round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="209"/>
        <source>(said out loud)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="210"/>
        <source>How well do you know me: a round we kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="214"/>
        <source>**%1 guessed:** %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="215"/>
        <source>**What %1 said:** %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/quiz_view.py" line="220"/>
        <source>Kept in your shared journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="67"/>
        <source>1 means far apart, 10 means very close. There are no wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="77"/>
        <source>How connected %1 feels, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/recovery_key_dialog.py" line="14"/>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/recovery_key_dialog.py" line="16"/>
        <source>This is your new recovery key. The old one no longer opens the vault. Print it or write it down now: it is shown only once. Backups made before today still open with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="23"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="24"/>
        <source>If both passphrases are ever forgotten, this key still opens your shared vault. Print it or write it down, and keep it somewhere safe away from the computer. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="30"/>
        <source>It opens the shared vault only: private entries stay sealed to their author.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="75"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="76"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="77"/>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="105"/>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="78"/>
        <source>&amp;Save to file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="79"/>
        <source>Save the recovery key to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="111"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="112"/>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="119"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="120"/>
        <source>The recovery key could not be saved there (%1). Choose another place, or print it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="39"/>
        <source>Open with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="42"/>
        <source>Type the recovery key you printed or saved at set-up. It opens your shared vault; then choose who you are and set a new passphrase. Private entries written with the old passphrase stay sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="71"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="78"/>
        <source>Recovery key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="48"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="81"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="82"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="84"/>
        <source>&amp;Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="86"/>
        <source>Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="115"/>
        <source>The recovery key looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="136"/>
        <source>Opening and setting your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="279"/>
        <source>How was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="283"/>
        <source>How it felt, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="284"/>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="285"/>
        <source>1 · not great</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="285"/>
        <source>3 · fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="286"/>
        <source>5 · wonderful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="290"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="295"/>
        <source>A few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="291"/>
        <source>What stayed with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="292"/>
        <source>Keep this private (only in my private journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="294"/>
        <source>How it felt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RememberPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="90"/>
        <source>Remember on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="91"/>
        <source>You can let this computer remember the vault&apos;s key in the system keyring, so it opens without typing a passphrase. Off is the safer choice. You can change it later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="96"/>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="97"/>
        <source>Remember the vault on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="99"/>
        <source>&lt;b&gt;Anyone using this computer account can then open your shared vault&lt;/b&gt; (not your private spaces). Leave it off if children, relatives or guests use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="107"/>
        <source>Why remembering is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_keys.py" line="118"/>
        <source>Not available here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealTogether</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="58"/>
        <source>Sit together for this one. Each of you taps your own tile when you are ready, and both answers open at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="63"/>
        <source>%1
I&apos;m here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="67"/>
        <source>%1 is here and ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="84"/>
        <source>What surprised you? A word or two for your next check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="85"/>
        <source>What surprised you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="86"/>
        <source>Add to our agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="148"/>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="149"/>
        <source>%1&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/reveal_together.py" line="170"/>
        <source>On your agenda for the next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="85"/>
        <source>Where you both are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="86"/>
        <source>Your answers side by side, in words. Not a score, and not a verdict: a place to start talking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="109"/>
        <source>You see this differently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="119"/>
        <source>What changed since your last check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="131"/>
        <source>Since your last check-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="153"/>
        <source>A path for the next weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="155"/>
        <source>Program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="158"/>
        <source>Focus: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="160"/>
        <source>Each week: one conversation, one activity. Daily prompts: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="164"/>
        <source>Left out, as one of you asked: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="170"/>
        <source>Follow this path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="173"/>
        <source>Change a part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="175"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="188"/>
        <source>No program for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="207"/>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="208"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="209"/>
        <source>Daily prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="210"/>
        <source>Check-up again after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/reveal_view.py" line="213"/>
        <source>Focus (one to three)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScoreChips</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/score_chips.py" line="48"/>
        <source>%1 out of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptDetails</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="52"/>
        <source>Who has the floor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="53"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="56"/>
        <source>Start this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="58"/>
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="87"/>
        <source>Who speaks first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="76"/>
        <source>No script matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="79"/>
        <source>About %n minutes  ·  %1</source>
        <translation>
            <numerusform>About %n minute  ·  %1</numerusform>
            <numerusform>About %n minutes  ·  %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="82"/>
        <source>Helps when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/script_details.py" line="83"/>
        <source>Not the right tool for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScriptEditor</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="76"/>
        <source>Edit our script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="76"/>
        <source>A new script of our own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="85"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="86"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="92"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="94"/>
        <source>Save this script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="96"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="115"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="134"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="118"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="119"/>
        <source>About how long it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="128"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="137"/>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="128"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="138"/>
        <source>When it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="129"/>
        <source>When it is not the right tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="130"/>
        <source>Note about a counsellor or therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="132"/>
        <source>Needed for a script about trust: say it is meant alongside a counsellor or couples therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="135"/>
        <source>Takes about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="136"/>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="139"/>
        <source>Not the right tool for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="140"/>
        <source>Professional help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="154"/>
        <source>Steps, in the order you meet them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="158"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="159"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="160"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="161"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="168"/>
        <source>Part of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="170"/>
        <source>Who this step is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="171"/>
        <source>Choose who this step is for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="175"/>
        <source>The words to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="178"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="193"/>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="180"/>
        <source>Note field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="181"/>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="181"/>
        <source>A shared note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="182"/>
        <source>A private note, each for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="185"/>
        <source>Checklist, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="186"/>
        <source>Optional, one line each: “I repeated back what I heard”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="190"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="191"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="192"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="194"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="195"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="202"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="207"/>
        <source>Add round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="208"/>
        <source>Remove round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="210"/>
        <source>Rounds repeat their steps; swapping gives each of you the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="276"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="278"/>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="280"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="360"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="372"/>
        <source>Almost there. Please look at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="60"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="69"/>
        <source>&amp;Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="70"/>
        <source>&amp;Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="71"/>
        <source>&amp;Vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="74"/>
        <source>&amp;Who we are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="77"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="81"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="97"/>
        <source>Lock after idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="99"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="99"/>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="218"/>
        <source>After %n minutes</source>
        <translation>
            <numerusform>After %n minute</numerusform>
            <numerusform>After %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="104"/>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="105"/>
        <source>Remember the vault on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="108"/>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="111"/>
        <source>Keyring state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="113"/>
        <source>Change my &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="114"/>
        <source>Change my passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="116"/>
        <source>Make a &amp;new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="117"/>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="122"/>
        <source>Lock automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="125"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="126"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="134"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="139"/>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="140"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="142"/>
        <source>&amp;Restore the selected backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="143"/>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="145"/>
        <source>Backups are encrypted like the vault and kept in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="165"/>
        <source>Vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="166"/>
        <source>Use an&amp;other vault folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="183"/>
        <source>Saved. Every screen shows your new name and colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="352"/>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="352"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="167"/>
        <source>Use another vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="169"/>
        <source>Choose a folder that already holds a Lifeline vault, for example one shared by two computer accounts. Lifeline locks and opens that vault instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="174"/>
        <source>Your vault is in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="226"/>
        <source>Never lock automatically?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="227"/>
        <source>Anyone who sits down at this computer while Lifeline is open could read your shared journal and plans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="229"/>
        <source>Never lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="230"/>
        <source>You can still lock at any time with Ctrl+L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="231"/>
        <source>Keep locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="248"/>
        <source>The system keyring could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="253"/>
        <source>Not available here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="256"/>
        <source>When on, anyone using this computer account can open your shared vault without a passphrase (not your private spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="262"/>
        <source>Remember on this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="263"/>
        <source>Anyone using this computer account can then open your shared vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="264"/>
        <source>Remember</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="265"/>
        <source>Leave it off if children, relatives or guests use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="266"/>
        <source>Leave it off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="279"/>
        <source>Talking to the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="288"/>
        <source>Your passphrase is changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="293"/>
        <source>Make a new recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="294"/>
        <source>Lifeline will make a new recovery key and the old one will stop working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="295"/>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="296"/>
        <source>Your passphrases keep working. Backups made before now still open with the old key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="297"/>
        <source>Keep the current key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="303"/>
        <source>Making a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="328"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="334"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="335"/>
        <source>A backup is one careful copy made in one go; stopping halfway would only leave a broken copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="338"/>
        <source>Backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="350"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="351"/>
        <source>Restore the backup from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="353"/>
        <source>Anything written after it will not be in the restored vault; the current file is kept aside, not deleted. Lifeline locks, and you open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="360"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="361"/>
        <source>This cannot stop halfway: Lifeline is putting the backup in place of the vault&apos;s file, and the current file is kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="371"/>
        <source>Choose a vault folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="382"/>
        <source>Looking for a vault there…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/dialog.py" line="386"/>
        <source>There is no Lifeline vault in that folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="62"/>
        <source>What is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="65"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="66"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="68"/>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="140"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="70"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="103"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="136"/>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="138"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="159"/>
        <source>Creating your vault… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="176"/>
        <source>Saving the key in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsSheet</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="25"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="27"/>
        <source>Go to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="29"/>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="29"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="30"/>
        <source>Quit (an unsaved entry is kept as a draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="31"/>
        <source>This sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="32"/>
        <source>In Conversations: when to ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="33"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="33"/>
        <source>Start or pause the timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="34"/>
        <source>→ or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="34"/>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="34"/>
        <source>←</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="34"/>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="35"/>
        <source>Take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="35"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="35"/>
        <source>Leave for now (it waits where you left it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="37"/>
        <source>Anywhere in Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/shortcuts_sheet.py" line="39"/>
        <source>In a conversation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourcesPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="22"/>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="28"/>
        <source>Where these ideas come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="30"/>
        <source>Every word in our conversation scripts is our own. Many of their shapes, though, follow what researchers learned by listening to couples for years. Here is whose work they draw on, in a few plain lines each, with a reference for anyone who would like to read further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="33"/>
        <source>Gathering the sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="38"/>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="40"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="41"/>
        <source>Close the sources page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="70"/>
        <source>In Lifeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/sources/page.py" line="72"/>
        <source>Reference: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="151"/>
        <source>Who has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="161"/>
        <source>Another way to do this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="177"/>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepsModel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/models.py" line="89"/>
        <source>%1 · now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryDoors</name>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="64"/>
        <source>Our year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="66"/>
        <source>The keepsake book&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="67"/>
        <source>Make our keepsake book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="70"/>
        <source>Bring a journal in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="73"/>
        <source>Take everything with you…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="76"/>
        <source>Export my private space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="81"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="82"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="104"/>
        <source>Nothing was made: one of you said not now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="113"/>
        <source>A printable book of what you shared from %1 to %2: entries, notes, plans that happened, conversations and milestones, nothing private. The PDF file is not encrypted: anyone who can open it can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="133"/>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="134"/>
        <source>Making the book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="139"/>
        <source>Your private entries, as JSON and Markdown in a .zip. Only yours: nobody else&apos;s words. The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="141"/>
        <source>Everything you share in Lifeline, as JSON and Markdown in a .zip, to keep or to take elsewhere. Nobody&apos;s private space is in it. The file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="150"/>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="165"/>
        <source>Saved to %1. Remember: this file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="179"/>
        <source>Keep it, bring it in, take it with you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="75"/>
        <source>Our milestones, the oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="79"/>
        <source>No milestones yet. The day you met, a move, a hard year you got through: add the days that matter to you both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="83"/>
        <source>Add a milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="86"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="88"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="94"/>
        <source>Our milestones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="103"/>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="104"/>
        <source>On this day: now and then, bring back something we shared on this day in an earlier year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="108"/>
        <source>Let hidden memories come back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/page.py" line="110"/>
        <source>Now and then, something we shared on this day in an earlier year comes back on Today. Only what you both already share comes back: never a private entry, never a wish still in the jar. Either of you can hide a memory or turn this off for both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/story/page.py" line="186"/>
        <source>%n hidden memories can come back again.</source>
        <translation>
            <numerusform>%n hidden memory can come back again.</numerusform>
            <numerusform>%n hidden memories can come back again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/passphrase_field.py" line="46"/>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="196"/>
        <source>Thank you for talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="202"/>
        <source>Summary of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="203"/>
        <source>Add to our shared journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus_panels.py" line="206"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThisRoundBox</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="34"/>
        <source>This round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="42"/>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="83"/>
        <source>Check in, in my turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="47"/>
        <source>You have both checked in. Sit together for this: each of you taps your own tile when you are ready, and both answers open at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="52"/>
        <source>How often you check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="53"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="53"/>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="54"/>
        <source>Every four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="58"/>
        <source>Rhythm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="71"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="73"/>
        <source>You have both checked in for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="75"/>
        <source>Your answer for %1 is sealed. It opens when %2 has checked in too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="77"/>
        <source>%2 has checked in for %1. Your answer will open both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="79"/>
        <source>Your check-in for %1 is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="82"/>
        <source>Change my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="84"/>
        <source>Your answer, on a screen of your own while %1 looks away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="92"/>
        <source>What surprised us in our check-in of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/this_round.py" line="95"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="29"/>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="32"/>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="90"/>
        <source>Start timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="33"/>
        <source>Start or pause the timer (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="36"/>
        <source>+1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="37"/>
        <source>One more minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="85"/>
        <source>Time is up. Finish your thought, then move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="87"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="89"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="89"/>
        <source>Ready when you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/timer_view.py" line="90"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="57"/>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="91"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="92"/>
        <source>Appreciate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="93"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="94"/>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="95"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="107"/>
        <source>A question for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="111"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="113"/>
        <source>The next days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="114"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="115"/>
        <source>Your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="117"/>
        <source>A conversation to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="73"/>
        <source>Recently in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="239"/>
        <source>Nothing yet. Your first entry will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="172"/>
        <source>Write about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="77"/>
        <source>Recent journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="176"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="176"/>
        <source>an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/today/page.py" line="177"/>
        <source> (%n replies)</source>
        <translation>
            <numerusform> (%n reply)</numerusform>
            <numerusform> (%n replies)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="180"/>
        <source>Read in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="182"/>
        <source>Nothing new from %1 since you last looked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="186"/>
        <source>Nothing planned in the next days. An evening together, perhaps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="187"/>
        <source>Plan something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="190"/>
        <source>Open the planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="195"/>
        <source>You have both checked in this round. See how it looks in the trends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="196"/>
        <source>See the trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="198"/>
        <source>Your answer is sealed until %1 checks in too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="199"/>
        <source>Open check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="201"/>
        <source>%1 has checked in and is waiting for you; your answer opens both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="202"/>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="205"/>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="204"/>
        <source>Your check-in for this round is due (until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="211"/>
        <source>No program running. A few weeks of small steps can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="212"/>
        <source>Browse programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="214"/>
        <source>“%1” is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="215"/>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="229"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="217"/>
        <source>Every step of “%1” is done: finish it with a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="218"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="222"/>
        <source>Open the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="227"/>
        <source>No conversation waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="227"/>
        <source>Start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="237"/>
        <source>See all in the journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="31"/>
        <source>Check-in trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="45"/>
        <source>No check-ins both of you answered in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="50"/>
        <source>From %1 to %2, with %n check-ups among the points</source>
        <translation>
            <numerusform>From %1 to %2, with %n check-up among the points</numerusform>
            <numerusform>From %1 to %2, with %n check-ups among the points</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="52"/>
        <source>One check-in on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="53"/>
        <source>%n check-ins from %1 to %2</source>
        <translation>
            <numerusform>%n check-in from %1 to %2</numerusform>
            <numerusform>%n check-ins from %1 to %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="54"/>
        <source>; the average gap between you is %1 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="56"/>
        <source>%n stretches without check-ins.</source>
        <translation>
            <numerusform>%n stretch without check-ins.</numerusform>
            <numerusform>%n stretches without check-ins.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="98"/>
        <source>no check-ins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TurnScreen</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turns.py" line="67"/>
        <source>%1&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turns.py" line="68"/>
        <source>%1, please look away for a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turns.py" line="70"/>
        <source>I&apos;m %1, go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turns.py" line="71"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turns.py" line="85"/>
        <source>Thank you, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turns.py" line="86"/>
        <source>%1, you can look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/turns.py" line="87"/>
        <source>Go on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="47"/>
        <source>Demo passphrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="49"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="52"/>
        <source>Who is opening Lifeline?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="79"/>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="80"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="84"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="86"/>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="101"/>
        <source>Open &amp;without passphrase (remembered here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="103"/>
        <source>Open with the key remembered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="106"/>
        <source>Forgot it? Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="108"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="165"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="157"/>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="167"/>
        <source>Opening… this takes a moment on purpose, to slow down guessing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="175"/>
        <source>Opening with the key remembered on this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="198"/>
        <source>The key remembered on this computer did not work. Please type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="227"/>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="232"/>
        <source>That passphrase does not open this vault. Too many tries: wait %n seconds.</source>
        <translation>
            <numerusform>That passphrase does not open this vault. Too many tries: wait %n second.</numerusform>
            <numerusform>That passphrase does not open this vault. Too many tries: wait %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UpkeepStatus</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/upkeep_status.py" line="24"/>
        <source>Today&apos;s check and backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/upkeep_status.py" line="28"/>
        <source>Progress of today&apos;s check and backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/upkeep_status.py" line="40"/>
        <source>Checking every page of your vault (step %1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/upkeep_status.py" line="42"/>
        <source>Making today&apos;s backup (step %1 of %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/upkeep_status.py" line="49"/>
        <source>Your vault is checked and backed up for today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="15"/>
        <source>Welcome to Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="17"/>
        <source>&lt;p&gt;Lifeline is a quiet place for the two of you: a shared journal with a private corner for each, ideas and plans for time together, guided conversations, regular check-ins and gentle programs that help you feel close again.&lt;/p&gt;&lt;p&gt;Everything stays on this computer, locked with your passphrases. Lifeline never uses the internet: no accounts, no cloud, no tracking.&lt;/p&gt;&lt;p&gt;Setting up takes a few minutes, and it is best done together.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="25"/>
        <source>What Lifeline is for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WishTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="113"/>
        <source>I wish we could…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="113"/>
        <source>Into the jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="63"/>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="64"/>
        <source>Draw a wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="43"/>
        <source>Drop a wish in the jar, in your own turn: something you would love to do together. Only you can read your wishes until one is drawn; you draw together, and then it is shown to both of you and becomes a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="47"/>
        <source>Add a wish, in my turn…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="49"/>
        <source>Add a wish, in my turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="52"/>
        <source>Draw together: sit side by side, and each of you taps your own tile. The wish is drawn when you are both here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="91"/>
        <source>My wishes in the jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="95"/>
        <source>Drawn wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="97"/>
        <source>Nothing drawn yet. When you draw a wish together, it shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="98"/>
        <source>My wishes (only I see these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="99"/>
        <source>Drawn from the jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="111"/>
        <source>A wish for the jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="112"/>
        <source>Only you can read it until it is drawn. Then %1 sees it too, and it becomes a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="140"/>
        <source>In the jar: %n of your wishes and %1 of %2&apos;s.</source>
        <translation>
            <numerusform>In the jar: %n of your wishes and %1 of %2&apos;s.</numerusform>
            <numerusform>In the jar: %n of your wishes and %1 of %2&apos;s.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="148"/>
        <source>The jar is empty. Add a wish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="151"/>
        <source>You drew one of %1&apos;s wishes! It stays sealed until %1 opens Lifeline; then it is revealed to you both and put on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="154"/>
        <source>From the jar: “%1”. It is on the calendar now; change the time as you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkProgress</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/progress.py" line="48"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/progress.py" line="81"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="48"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="53"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../lifeline_desktop/app.py" line="71"/>
        <source>Demo mode: a throwaway vault, deleted when you close Lifeline. Passphrases: %1 types “%2”, %3 types “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backups</name>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backups_model.py" line="50"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backups_model.py" line="50"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backups_model.py" line="50"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backups_model.py" line="71"/>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backups_model.py" line="72"/>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backups_model.py" line="73"/>
        <source>made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backups_model.py" line="74"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/settings/backups_model.py" line="75"/>
        <source>before a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>bar</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="80"/>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="80"/>
        <source>Bold (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="81"/>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="81"/>
        <source>Italic (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="82"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="82"/>
        <source>Heading (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="83"/>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="83"/>
        <source>Bulleted list (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="84"/>
        <source>Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/markdown_edit.py" line="84"/>
        <source>Quote (Ctrl+Shift+Q)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/calendar_look.py" line="27"/>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/calendar_look.py" line="28"/>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>card</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/card.py" line="28"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>conversations</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="48"/>
        <source>%1  ·  %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="49"/>
        <source>Ours  ·  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="51"/>
        <source>%1, about %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="53"/>
        <source>, one of our own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="27"/>
        <source>Both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="28"/>
        <source>The speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="29"/>
        <source>The listener</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="31"/>
        <source>(who is this for?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="68"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="69"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="70"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="158"/>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="71"/>
        <source>(no words yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="159"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="159"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor_models.py" line="160"/>
        <source>Swap roles each time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/dialogs.py" line="22"/>
        <location filename="../../lifeline_desktop/ui/common/dialogs.py" line="100"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/dialogs.py" line="23"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/dialogs.py" line="24"/>
        <location filename="../../lifeline_desktop/ui/common/dialogs.py" line="92"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/dialogs.py" line="25"/>
        <source>&amp;Close</source>
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
    <name>errors</name>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="11"/>
        <source>%1 is not used for plans: a plan keeps its own time of day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="12"/>
        <source>%1: it changes one occurrence of an event that is not in the file. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="13"/>
        <source>A break lasts at least %1 minutes, so both can calm down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="14"/>
        <source>A few questions are still open: answer them, then finish your turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="15"/>
        <source>A few words on what you take with you would close this well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="16"/>
        <source>A note needs a few words of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="17"/>
        <source>A passphrase can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="18"/>
        <source>A passphrase cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="19"/>
        <source>A plan lasts between a minute and two weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="20"/>
        <source>A plan needs a title, even a short one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="21"/>
        <source>A rating goes from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="22"/>
        <source>A recovery key has %1 letters and digits; this one has %2. Check for a missing or extra group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="23"/>
        <source>A reflection is a few words; the journal has room for more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="24"/>
        <source>A reminder comes at most a week before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="25"/>
        <source>A repeat rule is one line, like FREQ=WEEKLY;BYDAY=FR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="26"/>
        <source>A repeat rule may end after a COUNT or at an UNTIL date, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="27"/>
        <source>A repeat rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="28"/>
        <source>A reply needs a few words. A reaction says it without words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="29"/>
        <source>A topic needs a few words, so you both remember what it was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="30"/>
        <source>A vault is made for exactly two partners.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="31"/>
        <source>An entry needs a title or some words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="32"/>
        <source>An idea needs a title: a few words to recognise it by.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="33"/>
        <source>Both answers are revealed already; they cannot be changed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="34"/>
        <source>Both partners choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="35"/>
        <source>Built-in ideas stay as they are; add your own version instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="36"/>
        <source>Choose a check-in every week, every two weeks or every four weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="37"/>
        <source>Choose a check-up every four to eight weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="38"/>
        <source>Choose a number from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="39"/>
        <source>Choose among the topics shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="40"/>
        <source>Choose one of the answers shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="41"/>
        <source>Choose one of the five places on the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="42"/>
        <source>Choose one to three practices to focus on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="43"/>
        <source>Each partner needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="44"/>
        <source>Each score is a whole number from 1 to 10 (%1 is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="45"/>
        <source>Give it a number from 1 to 5, or a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="46"/>
        <source>Give the time needed in minutes, between 1 and 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="47"/>
        <source>How it felt goes from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="48"/>
        <source>Keep a topic short; the details can wait for the conversation itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="49"/>
        <source>Keep a wish to a few lines; it will become a plan&apos;s title and notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="50"/>
        <source>Keep the title under %1 characters; the rest fits in the description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="51"/>
        <source>Lifeline cannot read this vault&apos;s database, so it cannot make a new key file for it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="52"/>
        <source>Lifeline could not use the system keyring (%1). Your passphrase still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="53"/>
        <source>Lifeline could not write “%1” there (%2). Nothing was lost: choose another folder, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="54"/>
        <source>One of the practices is not one Lifeline knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="55"/>
        <source>Only the partner who wrote an entry can change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="56"/>
        <source>Only your own wishes still in the jar can be taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="57"/>
        <source>Open the vault with your own passphrase to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="58"/>
        <source>Open your private space first: this choice is kept there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="59"/>
        <source>Plans can repeat daily, weekly, monthly or yearly; “FREQ=%1” is too often or not a frequency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="60"/>
        <source>Please write the name you would like to be called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="61"/>
        <source>Resume the program first; it is paused or finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="62"/>
        <source>Start the check-up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="63"/>
        <source>That date is not one of this plan&apos;s occurrences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="64"/>
        <source>That idea is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="65"/>
        <source>That is %1&apos;s colour: please choose another, so your entries stay easy to tell apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="66"/>
        <source>That is %1&apos;s name: please choose another, so each of you finds your own tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="67"/>
        <source>That is a long note: perhaps it wants to be a journal entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="68"/>
        <source>That occurrence is not on the calendar any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="69"/>
        <source>That passphrase does not open this vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="70"/>
        <source>That plan is no longer on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="71"/>
        <source>That reaction is not one Lifeline knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="72"/>
        <source>That reply is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="73"/>
        <source>That step is not part of this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="74"/>
        <source>That step is not part of this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="75"/>
        <source>That title is long; put the details in the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="76"/>
        <source>The disk is full, so nothing was changed. Free some space and try again; your vault is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="77"/>
        <source>The disk is full, so the backup was not made. Your vault is unchanged; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="78"/>
        <source>The key file in this folder still opens with this recovery key, so nothing was changed. Use the recovery key on the unlock screen instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="79"/>
        <source>The notes or the place are too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="80"/>
        <source>The path comes once you have both answered the check-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="81"/>
        <source>The repeat rule part “%1” is not NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="82"/>
        <source>The tag “%1…” is too long: keep tags under %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="83"/>
        <source>The vault is locked. Unlock it to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="84"/>
        <source>The vault&apos;s database does not name both partners, so Lifeline cannot make a new key file for it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="85"/>
        <source>There is a vault in this folder already. Open it, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="86"/>
        <source>This answer is very long: perhaps it wants to be a journal entry of its own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="87"/>
        <source>This backup&apos;s key file does not belong to this recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="88"/>
        <source>This calendar file has %1 events; Lifeline imports at most %2 at a time. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="89"/>
        <source>This calendar file has no events in it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="90"/>
        <source>This calendar file is cut short or damaged: a BEGIN has no matching END. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="91"/>
        <source>This calendar file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="92"/>
        <source>This calendar file is larger than 20 MB; Lifeline reads smaller files only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="93"/>
        <source>This conversation has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="94"/>
        <source>This conversation is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="95"/>
        <source>This conversation is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="96"/>
        <source>This conversation script is no longer available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="97"/>
        <source>This description is very long; a few lines are enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="98"/>
        <source>This enrolment is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="99"/>
        <source>This entry is not there any more, or it is not yours to read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="100"/>
        <source>This entry is private or gone: only shared entries can be answered or queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="101"/>
        <source>This entry is too long to keep as one entry. Split it into a few, please.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="102"/>
        <source>This file has no calendar (BEGIN:VCALENDAR) in it. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="103"/>
        <source>This file is not encrypted. Anyone who can open it can read it: keep it somewhere safe, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="104"/>
        <source>This is not a calendar file Lifeline can read (%1). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="105"/>
        <source>This note is very long. Keep the heart of it here and the rest in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="106"/>
        <source>This note is very long: perhaps it wants to be a journal entry of its own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="107"/>
        <source>This private entry cannot be opened with your key, so it cannot be shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="108"/>
        <source>This private item cannot be opened with your key: it belongs to someone else, or was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="109"/>
        <source>This program is not part of Lifeline any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="110"/>
        <source>This question is not part of the check-up any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="111"/>
        <source>This question is not there any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="112"/>
        <source>This recovery key has a typo: its check letters do not match. Compare each group with the printed copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="113"/>
        <source>This recovery key has characters a recovery key never uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="114"/>
        <source>This recovery key is well formed but belongs to another vault or to an older key of this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="115"/>
        <source>This reflection is very long; perhaps split it into journal entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="116"/>
        <source>This repeat rule cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="117"/>
        <source>This repeat rule is too long to be a plan&apos;s rhythm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="118"/>
        <source>This reply is very long: perhaps it wants to be an entry of its own?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="119"/>
        <source>This script is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="120"/>
        <source>This script is no longer in the vault; save it as a new one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="121"/>
        <source>This topic is not on the agenda any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="122"/>
        <source>This vault is already open in another Lifeline window%1, perhaps in another computer account. Close it there first, or switch to that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="123"/>
        <source>Write a few words for your wish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="124"/>
        <source>You are following this program already: pick up where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="125"/>
        <source>You finished this program already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="126"/>
        <source>You have answered already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="127"/>
        <source>You have both answered this round already; your answers are shared now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="128"/>
        <source>Your answer needs a few words. It stays sealed until you have both answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="129"/>
        <source>Your answers are sealed now; they open when your partner has answered too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="130"/>
        <source>Your private space opens with your own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="131"/>
        <source>it ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="132"/>
        <source>it has more than one repeat rule (RRULE); Lifeline keeps one per plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="133"/>
        <source>it repeats on a list of extra dates (RDATE), which Lifeline does not read yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="134"/>
        <source>its %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="135"/>
        <source>its %1 is not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="136"/>
        <source>its length (DURATION) is not a duration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="137"/>
        <source>its start (DTSTART) is not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="138"/>
        <source>its start and end mix a date with a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="139"/>
        <source>its start and end mix local and zoned times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="140"/>
        <source>its time zone “%1” is not an IANA zone Lifeline knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="141"/>
        <source>one of its dates is not a date or time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="142"/>
        <source>“%1” cannot be imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="143"/>
        <source>“%1” is not a %2 Lifeline knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="144"/>
        <source>“%1” is not a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="145"/>
        <source>“%1” is not a script file we can read%2. Script files are the text files that Export writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="146"/>
        <source>“%1” is not a script file: it is not plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="147"/>
        <source>“%1” is not a season.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="148"/>
        <source>“%1” is not a time zone Lifeline knows (expected a name like Europe/Berlin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/error_texts.py" line="149"/>
        <source>“%1” is too large to be a conversation script.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>guide</name>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="17"/>
        <source>Feeling known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="18"/>
        <source>Finding each other again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="19"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="20"/>
        <source>Talking and listening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="21"/>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="27"/>
        <source>feels tender right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="28"/>
        <source>has room to grow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="29"/>
        <source>feels steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="35"/>
        <source>Light prompts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="36"/>
        <source>Light and deeper prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="37"/>
        <source>All depths, deepening as you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="43"/>
        <source>Sex and desire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="44"/>
        <source>Faith and meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="45"/>
        <source>Parenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="46"/>
        <source>Living apart, shift work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="47"/>
        <source>Illness and caring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="48"/>
        <source>Grief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="49"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="50"/>
        <source>The wider family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="51"/>
        <source>Later life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="52"/>
        <source>Betrayal or a broken promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="56"/>
        <source>Not like us lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="56"/>
        <source>Rarely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="57"/>
        <source>Sometimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="57"/>
        <source>Often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="58"/>
        <source>Very like us lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="69"/>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="71"/>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="82"/>
        <source>%1 feels steadier to both of you than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="83"/>
        <source>%1 feels more tender to both of you than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="87"/>
        <source>%1 feels steadier to %3 and more tender to %4 than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="90"/>
        <source>%1 feels steadier to %3 than %2; to %4 much as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="91"/>
        <source>%1 feels more tender to %3 than %2; to %4 much as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="101"/>
        <source>Every practice feels much as it did %1, to both of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/guide/words.py" line="102"/>
        <source>Much as %1, to both of you: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="38"/>
        <source>Emotional intimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="39"/>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="40"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="41"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="42"/>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="45"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="46"/>
        <source>Deeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="47"/>
        <source>Deepest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="50"/>
        <source>Sexual intimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="51"/>
        <source>Faith, meaning and rituals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="52"/>
        <source>Parenting young children</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="53"/>
        <source>Living apart or shift work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="54"/>
        <source>Illness, disability and caregiving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="55"/>
        <source>Grief</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="56"/>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="57"/>
        <source>Family and in-laws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="58"/>
        <source>Later life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="59"/>
        <source>After a betrayal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="62"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="63"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="66"/>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="67"/>
        <source>Low cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="68"/>
        <source>Some cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="69"/>
        <source>A treat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="72"/>
        <source>Up to: Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="73"/>
        <source>Up to: Low cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="74"/>
        <source>Up to: Some cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="75"/>
        <source>Up to: A treat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="78"/>
        <source>Low energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="79"/>
        <source>Some energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="80"/>
        <source>Lots of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="83"/>
        <source>At home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="84"/>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="85"/>
        <source>Anywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="88"/>
        <source>Spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="89"/>
        <source>Summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="90"/>
        <source>Autumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="91"/>
        <source>Winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="94"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="95"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="96"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="97"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="100"/>
        <source>done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="101"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="104"/>
        <source>Under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="105"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="106"/>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="107"/>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="110"/>
        <source>Evenings at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="111"/>
        <source>Dates out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="112"/>
        <source>Weekend getaways</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="113"/>
        <source>Simple daily moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="114"/>
        <source>Affection and closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="115"/>
        <source>Learning together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="116"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="117"/>
        <source>Free and low-cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="119"/>
        <source>Our own ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="122"/>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="122"/>
        <source>grateful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="123"/>
        <source>hopeful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="123"/>
        <source>happy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="124"/>
        <source>playful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="124"/>
        <source>tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="125"/>
        <source>tired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="125"/>
        <source>unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="126"/>
        <source>worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/labels.py" line="126"/>
        <source>sad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/messages.py" line="13"/>
        <source>Lifeline is already open on this computer (maybe in another account). Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/printing.py" line="33"/>
        <source>Print entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/story/doors.py" line="44"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>planner</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="41"/>
        <source> (not for us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="42"/>
        <source> (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="44"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="45"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="59"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="63"/>
        <source>phones away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="65"/>
        <source>overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/reminders.py" line="28"/>
        <source>Something you planned together starts at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/reminders.py" line="34"/>
        <source>a plan from the wish jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/reminders.py" line="35"/>
        <source>Coming up at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="25"/>
        <source>%1 · a wish of %2&apos;s, revealed when %2 next opens Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="27"/>
        <source>%1 · one of your wishes, revealed when your private space is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>play</name>
    <message>
        <location filename="../../lifeline_desktop/ui/play/labels.py" line="11"/>
        <source>Light, then gently deeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/labels.py" line="12"/>
        <source>Light questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/labels.py" line="12"/>
        <source>Deeper questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/labels.py" line="13"/>
        <source>The deepest questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/labels.py" line="17"/>
        <source>Questions for two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/labels.py" line="18"/>
        <source>This or that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/play/labels.py" line="19"/>
        <source>Getting to know you again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/progress.py" line="96"/>
        <source>This cannot stop halfway, but nothing is saved until the whole file is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="31"/>
        <source>Lifeline recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="35"/>
        <source>Keep this paper somewhere safe, away from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="36"/>
        <source>With it, the shared vault opens even if both passphrases are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/common/recovery_key_view.py" line="37"/>
        <source>It does not open a partner&apos;s private space.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="23"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="24"/>
        <source>A gentle start: what is planned, a question for today, and what is new between you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="26"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="27"/>
        <source>Your shared journal lives here, with a private corner for each of you. Write a few lines, answer a prompt, or reply to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="29"/>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="30"/>
        <source>Ideas and plans for time together: small moments, evenings out, and the reflections you share afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="32"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="33"/>
        <source>Guided conversations, one step at a time, with pauses whenever you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="35"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="36"/>
        <source>A regular, kind look at how you both feel: closeness, communication, trust and affection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="38"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="39"/>
        <source>Multi-week programs that gently tie the practices together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="40"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="41"/>
        <source>Lighter moments: guess each other&apos;s answers, or read question cards aloud together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="43"/>
        <source>Our story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/navigation.py" line="44"/>
        <source>The days that matter to you both, a book of your year to hold, and your words brought in from other journals or taken with you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../lifeline_desktop/ui/workers.py" line="145"/>
        <source>Something unexpected went wrong, and nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
