<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="42"/>
        <source> (not for us)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="43"/>
        <source> (ours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="45"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="46"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="78"/>
        <source>moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="80"/>
        <source>done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="82"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="84"/>
        <source>phones away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/models.py" line="86"/>
        <source>overlaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/reminders.py" line="21"/>
        <source>Something you planned together starts at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/reminders.py" line="27"/>
        <source>a plan from the wish jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/reminders.py" line="28"/>
        <source>Coming up at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="17"/>
        <source>%1 · a wish of %2&apos;s, revealed when %2 next opens Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="19"/>
        <source>%1 · one of your wishes, revealed when your private space is open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppFlow</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="112"/>
        <source>Preparing the demo vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="205"/>
        <location filename="../../lifeline_desktop/ui/shell/flow.py" line="275"/>
        <source>The backup is restored. Open it with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppreciationTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="164"/>
        <source>A note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="165"/>
        <source>I noticed… / Thank you for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="167"/>
        <source>Send to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="176"/>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="177"/>
        <source>Our gratitude list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="179"/>
        <source>%1 sees your note the next time they open Lifeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="200"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="202"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="221"/>
        <source>Sent. It will be waiting for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreakPanel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="123"/>
        <source>Taking a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="130"/>
        <source>Ideas for calming down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="131"/>
        <source>We&apos;re ready to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="134"/>
        <source>Go on from the same step (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="142"/>
        <source>While you wait, maybe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="149"/>
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
    <name>CalendarTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="102"/>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="127"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="111"/>
        <source>Coming up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="121"/>
        <source>Plans that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="127"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="127"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="131"/>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="138"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="139"/>
        <source>Plan something (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="140"/>
        <source>Export .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="141"/>
        <source>Import .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="150"/>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="270"/>
        <source>Choose a plan to see what you can do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="153"/>
        <source>Done ✓</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="154"/>
        <source>Didn&apos;t happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="155"/>
        <source>Skip this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="156"/>
        <source>Move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="157"/>
        <source>How was it?…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="158"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="159"/>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="276"/>
        <source>Phones away: this time is for the two of you.</source>
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
    <name>CheckInsPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="61"/>
        <source>Score each from 1 (far from what you wish) to 10 (just right). Your answers stay sealed until you have both answered this round; then you both see both. This keeps you from reading over each other&apos;s shoulder; it is not a lock against each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="69"/>
        <source>This round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="73"/>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="73"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="74"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="74"/>
        <source>Affection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="74"/>
        <source>Fun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="87"/>
        <source>A note for this round (optional): what is on your mind?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="88"/>
        <source>Check-in note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="90"/>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="268"/>
        <source>Seal my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="91"/>
        <source>Seal my check-in answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="92"/>
        <source>Seal my answer (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="101"/>
        <source>How often you check in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="102"/>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="102"/>
        <source>Every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="103"/>
        <source>Every four weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="114"/>
        <source>Rhythm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="120"/>
        <source>Agenda for our check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="124"/>
        <source>Agenda topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="125"/>
        <source>Nothing queued. Add a topic here, or from a journal entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="129"/>
        <source>A topic for next time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="130"/>
        <source>New agenda topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="132"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="133"/>
        <source>Add topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="135"/>
        <source>We talked about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="136"/>
        <source>Mark the topic as talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="138"/>
        <source>Start our weekly check-in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="139"/>
        <source>Start the weekly check-in conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="152"/>
        <source>Trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="154"/>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="155"/>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="155"/>
        <source>A year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="156"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="159"/>
        <source>What to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="160"/>
        <source>All five (average)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="174"/>
        <source>For a counsellor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="175"/>
        <source>Make a report for a counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="184"/>
        <source>Past rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="190"/>
        <source>Past check-in rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="248"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="251"/>
        <source>You have both checked in for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="253"/>
        <source>Your answer for %1 is sealed. It opens when %2 has checked in too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="256"/>
        <source>%2 has checked in for %1. Your answer will open both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="259"/>
        <source>Your check-in for %1 is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="267"/>
        <source>Change my sealed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="284"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="302"/>
        <source>Trends appear once you have both answered a round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/page.py" line="305"/>
        <source>Lines: %1 and %2. The shaded band is the gap between you (on average %3 points); shaded stretches are weeks without a check-in.</source>
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
    <name>ConversationsPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="70"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="73"/>
        <source>Resume the conversation in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="82"/>
        <source>Show scripts for a practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="83"/>
        <source>Every practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="87"/>
        <source>Show scripts by the time they take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="89"/>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="90"/>
        <source>Up to %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="108"/>
        <source>Conversation scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="134"/>
        <source>Scripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="135"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="174"/>
        <source>Who has the floor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="175"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="178"/>
        <source>Start this conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="182"/>
        <source>Who speaks first:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="293"/>
        <source>“%1” is waiting where you left it, at step %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="312"/>
        <source>No script matches these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="315"/>
        <source>About %1 minutes  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="318"/>
        <source>Helps when: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/page.py" line="319"/>
        <source>Not the right tool for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounsellorReportDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="84"/>
        <source>A report for your counsellor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="88"/>
        <source>Choose what goes in. Only shared things can be chosen; private entries and private notes never go into this report. Look at the preview before you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="96"/>
        <source>Check-in period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="97"/>
        <source>Check-ins of the last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="98"/>
        <source>Check-ins of the last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="99"/>
        <source>All check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="104"/>
        <source>Shared journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="105"/>
        <source>Conversations (shared notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="113"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="114"/>
        <source>Preview the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="118"/>
        <source>Report preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="120"/>
        <source>Where to save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="121"/>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="122"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="124"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="125"/>
        <source>Save the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="163"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="164"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="171"/>
        <source>Preview the report and choose where to save it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/report_dialog.py" line="183"/>
        <source>Saved to %1. Remember: this file is not encrypted.</source>
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
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="50"/>
        <source>&amp;Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="52"/>
        <source>Restore the latest good backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="54"/>
        <source>Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="55"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="57"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="58"/>
        <source>Back to the unlock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="81"/>
        <source>The key file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="85"/>
        <source>Your data is still there. The recovery key you printed or saved at set-up opens the shared vault without the key file, and lets you set a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="93"/>
        <source>Your vault needs a repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="94"/>
        <source>Nothing has been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="95"/>
        <source>No details were reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="99"/>
        <source>Looking for backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="104"/>
        <source>No backup was found in the vault folder. Keep the folder as it is and ask someone you trust for help; nothing will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="110"/>
        <source>The latest backup is from %1. Restoring it brings back everything up to that moment; the damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="119"/>
        <source>Restore the backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="119"/>
        <source>Restore the latest backup now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="120"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="121"/>
        <source>Anything written after that backup will not be in the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/damaged_page.py" line="128"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DurationSpin</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="50"/>
        <source>No timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="55"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="57"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="58"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/delegate.py" line="54"/>
        <source>Untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/delegate.py" line="63"/>
        <source>1 reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/delegate.py" line="63"/>
        <source>%1 replies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDetailView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="42"/>
        <source>The entry and its replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="45"/>
        <source>Send a heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="45"/>
        <source>Say thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="46"/>
        <source>Send a hug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="46"/>
        <source>Send a smile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="58"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="60"/>
        <source>Share with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="61"/>
        <source>Share this private entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="63"/>
        <source>Add to our next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="64"/>
        <source>Queue this entry as a topic for your next check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="70"/>
        <source>Write a reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="71"/>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="73"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="74"/>
        <source>Send the reply (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="103"/>
        <source>Only you can read this entry. %1 sees that it exists, never its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="109"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="146"/>
        <source>A reply needs a few words. A reaction says it without words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="159"/>
        <source>Added to the agenda of your next check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="166"/>
        <source>Share this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="167"/>
        <source>%1 will be able to read this entry and reply to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="168"/>
        <source>Share it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/detail.py" line="169"/>
        <source>A shared entry cannot become private again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="57"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="58"/>
        <source>Entry title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="60"/>
        <source>Entry text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="61"/>
        <source>Write freely. Nobody grades this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="65"/>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="87"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="67"/>
        <source>tags, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="68"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="69"/>
        <source>Private: only I can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="70"/>
        <source>Keep this entry private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="71"/>
        <source>%1 will see that a private entry exists and when, never its words. You can share it later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="76"/>
        <source>Save entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="77"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="80"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="81"/>
        <source>Close; your draft is kept (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="117"/>
        <source>A new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="123"/>
        <source>Editing your entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="136"/>
        <source>Prompt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="154"/>
        <source>Your unsaved draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="155"/>
        <source>You were writing something on %1 that was not saved as an entry. Carry on with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="156"/>
        <source>Restore draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="167"/>
        <source>Draft restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="188"/>
        <source>Draft kept safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/editor.py" line="199"/>
        <source>An entry needs a title or some words. Nothing is lost: keep writing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/list_model.py" line="141"/>
        <source>Untitled entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/list_model.py" line="143"/>
        <source>(private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/list_model.py" line="145"/>
        <source>(new)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="71"/>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="133"/>
        <source>Export entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="74"/>
        <source>The selected entries (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="76"/>
        <source>Every entry between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="80"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="80"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="84"/>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="85"/>
        <source>Markdown text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="86"/>
        <source>File format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="87"/>
        <source>Include my private entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="90"/>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="115"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="91"/>
        <source>Where to save the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="92"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="94"/>
        <source>The exported file is not encrypted: anyone who can open the file can read it. Keep it somewhere private, or delete it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="100"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="103"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="108"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="114"/>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="134"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="134"/>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="140"/>
        <source>Choose where to save the file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="143"/>
        <source>Export private entries?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="144"/>
        <source>Your private entries will be written to a file that is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="145"/>
        <source>Export them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="164"/>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/export_dialog.py" line="169"/>
        <source>Saved to %1. Remember: this file is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FocusView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="223"/>
        <source>Phones away. Just the two of you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="225"/>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="531"/>
        <source>Leave for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="226"/>
        <source>Leave for now (Esc); the conversation is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="246"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="247"/>
        <source>Back (Left arrow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="249"/>
        <source>We need a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="251"/>
        <source>We need a break (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="254"/>
        <source>How long a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="256"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="257"/>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="439"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="259"/>
        <source>Next (Right arrow or Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="367"/>
        <source>Before you start: how connected do you each feel right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="368"/>
        <source>Begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="374"/>
        <source>And now, how connected do you each feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="374"/>
        <source>See our summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="397"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="399"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="400"/>
        <source>%1, turn %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="405"/>
        <source>Both of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="410"/>
        <source>%1 has the floor: speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="412"/>
        <source>%1 has the floor: listening and reflecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="414"/>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="428"/>
        <source>For %1, to tick quietly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="439"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="455"/>
        <source>A private note for %1 needs your private space open (your own passphrase).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="459"/>
        <source>Private note: only %1 can read it, sealed with %1&apos;s passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="463"/>
        <source>A shared note, if you&apos;d like to keep something from this step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="529"/>
        <source>Leave this conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="530"/>
        <source>It is kept just as it is. You can pick it up from this same step later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="542"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="551"/>
        <source>Added to your shared journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="552"/>
        <source>It&apos;s in your shared journal now, for both of you to find.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="19"/>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="24"/>
        <source>When to ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="26"/>
        <source>Asking someone to walk alongside you is a sign that you care about what you have together. It is not a sign that you failed. Many couples who are doing well see a coach or a therapist for a while, the same way people see a physiotherapist to move well again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="29"/>
        <source>When a coach or a couples therapist helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="31"/>
        <source>The same argument keeps coming back, and talking it through only makes it bigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="32"/>
        <source>Trust was broken, by an affair, a secret, money or a promise, and you both want to rebuild it. That work goes better with someone steady beside you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="34"/>
        <source>One of you feels alone in the relationship, or you have stopped talking about what matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="35"/>
        <source>Something heavy happened, a loss, an illness, a move or a lost job, and it changed how you are with each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="37"/>
        <source>These scripts feel too hard to finish, or one of you dreads them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="40"/>
        <source>A coach or a therapist?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="42"/>
        <source>A relationship coach helps you practise skills and build habits, looking ahead. A couples therapist or counsellor is trained to work with hurt, old patterns and mental health, and is the better choice after a breach of trust or when either of you is struggling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="45"/>
        <source>What to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="47"/>
        <source>Someone trained and registered for couples work where you live, who tells you openly about their training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="49"/>
        <source>Someone who makes both of you feel heard, takes no side, and welcomes every kind of couple.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="50"/>
        <source>A first talk where you can ask how they work, how often you would meet and what it costs. It is fine to try someone else if it does not feel right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="52"/>
        <source>Your doctor or local health service can often point you to someone. Words to search for yourselves: “couples therapist”, “relationship counselling”, plus your town.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="56"/>
        <source>If you do not feel safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="60"/>
        <source>A professional or your local emergency services are the right step then, not a script. If you are in danger now, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="67"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/help_page.py" line="68"/>
        <source>Close the help page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="69"/>
        <source>%1, before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="70"/>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="70"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="70"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="98"/>
        <source>Past conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="108"/>
        <source>No conversation finished yet. When you finish one, it appears here with how each of you felt and what you noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="115"/>
        <source>Notes of the chosen conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="143"/>
        <source>What you noted together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="147"/>
        <source>No shared notes in this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="149"/>
        <source>Your private notes (only you see these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="153"/>
        <source>You kept %1 private note(s) here; open your private space to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/history.py" line="157"/>
        <source>%1 kept %2 private note(s) here, for themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="51"/>
        <source>Your colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="54"/>
        <source>Open for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="60"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="60"/>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="62"/>
        <source>Switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="63"/>
        <source>Switch partner: lock and let %1 open Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="65"/>
        <source>Switch partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="68"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="69"/>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/shell/home.py" line="83"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeaDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="95"/>
        <source>Our own idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="95"/>
        <source>Edit our idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="97"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="120"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="98"/>
        <source>A few words, like “Pancake Sunday”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="100"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="121"/>
        <source>How and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="106"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="107"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="122"/>
        <source>Time needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="108"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="123"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="109"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="124"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="110"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="125"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="112"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="126"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="112"/>
        <source>Any season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="113"/>
        <source>Needs a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="128"/>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdeasTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="61"/>
        <source>Search ideas (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="62"/>
        <source>Search ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="64"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="64"/>
        <source>Every kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="65"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="65"/>
        <source>Any practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="66"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="66"/>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="69"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="69"/>
        <source>Any cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="71"/>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="71"/>
        <source>Any energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="72"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="72"/>
        <source>Home or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="73"/>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="73"/>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="248"/>
        <source>Any season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="74"/>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="249"/>
        <source>No screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="75"/>
        <source>Only ideas that need no phone, TV or computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="76"/>
        <source>Favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="77"/>
        <source>Show “not for us”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="100"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="115"/>
        <source>Plan this…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="116"/>
        <source>Put this idea on the calendar (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="117"/>
        <source>★ Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="119"/>
        <source>Not for us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="121"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="122"/>
        <source>Surprise us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="124"/>
        <source>A random idea that fits the filters and that you have not done lately (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="126"/>
        <source>Add our own idea…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="207"/>
        <source>1 idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="208"/>
        <source>%1 ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="241"/>
        <source>Pick an idea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="242"/>
        <source>Choose one from the list, or let “Surprise us” choose for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="249"/>
        <source>Needs a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/ideas_tab.py" line="251"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="64"/>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="281"/>
        <source>Prompt of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="65"/>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="281"/>
        <source>Another prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="67"/>
        <source>Write about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="69"/>
        <source>Both answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="70"/>
        <source>Each of you answers privately; both answers appear together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="79"/>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="80"/>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="84"/>
        <source>Written by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="85"/>
        <source>Both of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="88"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="88"/>
        <source>Any tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="89"/>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="89"/>
        <source>Any practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="92"/>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="92"/>
        <source>Any mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="93"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="94"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="120"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="125"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="126"/>
        <source>Write a new entry (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="128"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="129"/>
        <source>Export to PDF or Markdown (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="131"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="132"/>
        <source>Print the selected entries (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="153"/>
        <source>Choose an entry, or write a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="183"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="184"/>
        <source>Both answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="185"/>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="384"/>
        <source>Appreciation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="210"/>
        <source>%1: any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="249"/>
        <source>1 entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="249"/>
        <source>%1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="252"/>
        <source>%1 keeps 1 private entry (%3); only %1 can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="253"/>
        <source>%1 keeps %2 private entries (latest %3); only %1 can read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="375"/>
        <source>Select the entries to print first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="383"/>
        <source>Appreciation (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/page.py" line="386"/>
        <source>%1 left you a note of appreciation (%2 new). See the Appreciation tab.</source>
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
    <name>MonthView</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/calendar_tab.py" line="49"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="257"/>
        <source>Move this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="261"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="264"/>
        <source>New time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="262"/>
        <source>Only this occurrence moves; the rest of the series stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnScriptBar</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="45"/>
        <source>New script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="45"/>
        <source>Write a script of our own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="46"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="46"/>
        <source>Edit this script of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="47"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="47"/>
        <source>Copy this script to adapt it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="49"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="49"/>
        <source>Delete this script of ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="50"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="50"/>
        <source>Import a script file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="51"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="51"/>
        <source>Export this script to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="53"/>
        <source>When to ask for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/own_scripts.py" line="54"/>
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
        <source>Delete</source>
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
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="41"/>
        <source>Loading partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="56"/>
        <source>first partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="56"/>
        <source>second partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/tiles.py" line="61"/>
        <source>I am %1, the %2, in %3</source>
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
        <source>Your names and a colour each. Your names are kept inside the encrypted vault: before anyone unlocks, Lifeline shows only your initials in your colours.</source>
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
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="69"/>
        <source>Please fill in both names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="71"/>
        <source>Please choose two different names, so each of you finds your own tile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/pages_intro.py" line="73"/>
        <source>Your names start with the same letter: please pick two different colours, so each of you finds your own tile.</source>
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
        <location filename="../../lifeline_desktop/ui/shell/pages.py" line="19"/>
        <source>Coming soon: this page is being written with care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="181"/>
        <source>Edit plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="181"/>
        <source>Plan something together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="184"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="226"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="189"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="227"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="194"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="195"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="229"/>
        <source>How long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="197"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="230"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="200"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="231"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="201"/>
        <source>Phones away: this time is for the two of us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="204"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="233"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="205"/>
        <source>No reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="205"/>
        <source>10 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="206"/>
        <source>30 minutes before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="206"/>
        <source>An hour before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="207"/>
        <source>A day before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="211"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="234"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="216"/>
        <source>Repeat rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="222"/>
        <source>Times are in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="61"/>
        <source>Coming up and missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="67"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="69"/>
        <source>Got it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="70"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="82"/>
        <source>Ideas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="83"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="84"/>
        <source>Wish jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="85"/>
        <source>Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="168"/>
        <source>One of your wishes was drawn while you were away. It is revealed to you both now, and on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="207"/>
        <source>Coming up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="210"/>
        <source>Since you were last here: %1. Mark them done or skipped when you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="234"/>
        <source>No idea fits these filters. Loosen one and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="237"/>
        <source>How about this: %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="275"/>
        <source>On the calendar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="287"/>
        <source>every time it repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="287"/>
        <source>this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="288"/>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="288"/>
        <source>Delete “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="289"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="290"/>
        <source>This removes %1 from the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="299"/>
        <source>Marked as done. How was it? Each of you can reflect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="300"/>
        <source>Marked as not happened. There will be another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="324"/>
        <source>Thank you. Your reflection is in your private journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="325"/>
        <source>Thank you. Your reflection is in the shared journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="345"/>
        <source>Your wish is in the jar, sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="361"/>
        <source>Export plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="362"/>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="367"/>
        <source>Calendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="366"/>
        <source>Import plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="379"/>
        <source>Plans exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/page.py" line="392"/>
        <source>Imported %1 plan(s); %2 were already here.</source>
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
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="45"/>
        <source>A path of small steps over days or weeks. Follow the calendar, or go at your own pace; pause whenever life gets full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="53"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="69"/>
        <source>At our own pace (no calendar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="70"/>
        <source>Follow at our own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="71"/>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="72"/>
        <source>Start this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="78"/>
        <source>Program progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="84"/>
        <source>Program steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="86"/>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="212"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="87"/>
        <source>Pause or resume the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="89"/>
        <source>Go to this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="90"/>
        <source>Open the selected step where it lives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="93"/>
        <source>To finish: a few words on what you take with you. They go to your shared journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="95"/>
        <source>Closing reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="97"/>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="98"/>
        <source>Finish the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="189"/>
        <source>Not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="196"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="196"/>
        <source>week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="198"/>
        <source>Finished. Your reflection is in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="200"/>
        <source>Paused. Resume whenever you are ready; paused days do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="202"/>
        <source>Every step is done. Finish with a few words when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="204"/>
        <source>%1 of %2 steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="207"/>
        <source>By the calendar you are in %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="210"/>
        <source>No hurry: pick up where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/programs/page.py" line="212"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="77"/>
        <source>1 means far apart, 10 means very close. There are no wrong answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="89"/>
        <source>How connected %1 feels, 1 to 10</source>
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
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="67"/>
        <source>Back to the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="69"/>
        <source>&amp;Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="71"/>
        <source>Open and set the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="122"/>
        <source>The recovery key looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/recovery_page.py" line="139"/>
        <source>Opening and setting your new passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReflectDialog</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="277"/>
        <source>How was it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="281"/>
        <source>How it felt, 1 to 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="282"/>
        <source>No number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="287"/>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="292"/>
        <source>A few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="288"/>
        <source>What stayed with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="289"/>
        <source>Keep this private (only in my private journal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="291"/>
        <source>How it felt</source>
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
    <name>ScriptEditor</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="75"/>
        <source>Edit our script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="75"/>
        <source>A new script of our own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="84"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="85"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="91"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="93"/>
        <source>Save this script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="95"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="114"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="133"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="117"/>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="118"/>
        <source>About how long it takes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="127"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="136"/>
        <source>What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="127"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="137"/>
        <source>When it helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="128"/>
        <source>When it is not the right tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="129"/>
        <source>Note about a counsellor or therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="131"/>
        <source>Needed for a script about trust: say it is meant alongside a counsellor or couples therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="134"/>
        <source>Takes about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="135"/>
        <source>Practices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="138"/>
        <source>Not the right tool for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="139"/>
        <source>Professional help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="153"/>
        <source>Steps, in the order you meet them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="157"/>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="158"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="159"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="160"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="167"/>
        <source>Part of the script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="169"/>
        <source>Who this step is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="170"/>
        <source>Choose who this step is for…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="174"/>
        <source>The words to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="177"/>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="192"/>
        <source>Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="179"/>
        <source>Note field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="180"/>
        <source>No note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="180"/>
        <source>A shared note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="181"/>
        <source>A private note, each for themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="184"/>
        <source>Checklist, one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="185"/>
        <source>Optional, one line each: “I repeated back what I heard”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="189"/>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="190"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="191"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="193"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="194"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="201"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="206"/>
        <source>Add round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="207"/>
        <source>Remove round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="209"/>
        <source>Rounds repeat their steps; swapping gives each of you the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="274"/>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="276"/>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="278"/>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="358"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/editor.py" line="370"/>
        <source>Almost there. Please look at:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="53"/>
        <source>Pick a prompt, and each of you answers on your own. Neither answer shows until you have both answered; then both appear together. This keeps you from reading over each other&apos;s shoulder on one computer. It is a promise between you, not a lock against %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="61"/>
        <source>Questions you both answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="68"/>
        <source>Your sealed answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="69"/>
        <source>Your answer stays sealed until you have both answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="70"/>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="135"/>
        <source>Seal my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="104"/>
        <source>Both answered: revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="106"/>
        <source>Waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="108"/>
        <source>%1 has answered: your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="110"/>
        <source>Nobody has answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="124"/>
        <source>Choose “Both answer” under a prompt to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="131"/>
        <source>Revealed together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/side_tabs.py" line="134"/>
        <source>Change my sealed answer</source>
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
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="59"/>
        <source>What is still needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="62"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="63"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="65"/>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="138"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="67"/>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="100"/>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="134"/>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="136"/>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="157"/>
        <source>Creating your vault… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/setup/wizard.py" line="175"/>
        <source>Saving the key in the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="163"/>
        <source>Who has the floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="183"/>
        <source>Safety note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPanel</name>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="568"/>
        <source>Thank you for talking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="574"/>
        <source>Summary of the conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="575"/>
        <source>Add to our shared journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/focus.py" line="578"/>
        <source>Close</source>
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
        <location filename="../../lifeline_desktop/ui/today/page.py" line="77"/>
        <source>Hello, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="87"/>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="88"/>
        <source>Appreciate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="89"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="90"/>
        <source>Talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="101"/>
        <source>A question for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="103"/>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="105"/>
        <source>The next days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="107"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="109"/>
        <source>Your program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="111"/>
        <source>A conversation to finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="120"/>
        <source>Recently in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="126"/>
        <source>Recent journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="129"/>
        <source>Nothing yet. Your first entry will show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="175"/>
        <source>Write about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="184"/>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="184"/>
        <source>an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/today/page.py" line="185"/>
        <source> (%n replies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="188"/>
        <source>Read in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="190"/>
        <source>Nothing new from %1 since you last looked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="194"/>
        <source>Nothing planned in the next days. An evening together, perhaps?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="195"/>
        <source>Plan something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="198"/>
        <source>Open the planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="203"/>
        <source>You have both checked in this round. See how it looks in the trends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="204"/>
        <source>See the trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="206"/>
        <source>Your answer is sealed until %1 checks in too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="207"/>
        <source>Open check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="209"/>
        <source>%1 has checked in and is waiting for you; your answer opens both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="211"/>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="215"/>
        <source>Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="213"/>
        <source>Your check-in for this round is due (until %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="221"/>
        <source>No program running. A few weeks of small steps can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="222"/>
        <source>Browse programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="224"/>
        <source>“%1” is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="225"/>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="242"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="227"/>
        <source>Every step of “%1” is done: finish it with a few words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="228"/>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="232"/>
        <source>Open the program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="237"/>
        <source>No conversation waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="237"/>
        <source>Start one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/today/page.py" line="240"/>
        <source>“%1”, at step %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="28"/>
        <source>Check-in trends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="42"/>
        <source>No check-ins both of you answered in this range yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="43"/>
        <source>One check-in on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="44"/>
        <source>%1 check-ins from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="45"/>
        <source>; the average gap between you is %4 points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="49"/>
        <source>%n stretch(es) without check-ins.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/checkins/chart.py" line="90"/>
        <source>no check-ins</source>
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
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="84"/>
        <source>Open &amp;without passphrase (remembered here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="86"/>
        <source>Open with the key remembered on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="90"/>
        <source>Forgot it? Use the &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="92"/>
        <source>Use the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/unlock/unlock_page.py" line="165"/>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
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
    <name>WishTab</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="31"/>
        <source>Drop a wish in the jar: something you would love to do together. Only you can read your wishes until one is drawn; then it is shown to both of you and becomes a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="35"/>
        <source>I wish we could…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="36"/>
        <source>A new wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="37"/>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="38"/>
        <source>Into the jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="46"/>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="47"/>
        <source>Draw a wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="57"/>
        <source>My wishes in the jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="61"/>
        <source>Drawn wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="62"/>
        <source>My wishes (only I see these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="63"/>
        <source>Drawn from the jar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="92"/>
        <source>In the jar: %1 of your wishes and %2 of %3&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="101"/>
        <source>The jar is empty. Add a wish first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="103"/>
        <source>You drew one of %1&apos;s wishes! It stays sealed until %1 opens Lifeline; then it is revealed to you both and put on the calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/wish_tab.py" line="107"/>
        <source>From the jar: “%1”. It is on the calendar now; change the time as you like.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Form</name>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="42"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/planner/dialogs.py" line="47"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../lifeline_desktop/app.py" line="70"/>
        <source>Demo mode: a throwaway vault, deleted when you close Lifeline. Passphrases: %1 types “%2”, %3 types “%4”.</source>
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
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="27"/>
        <source>Emotional intimacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="28"/>
        <source>Reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="29"/>
        <source>Trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="30"/>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="31"/>
        <source>Closeness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="57"/>
        <source>%1  ·  %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="59"/>
        <source>Ours  ·  </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="61"/>
        <source>%1, about %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../lifeline_desktop/ui/conversations/library_model.py" line="63"/>
        <source>, one of our own</source>
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
        <location filename="../../lifeline_desktop/ui/common/messages.py" line="13"/>
        <source>Lifeline is already open on this computer (maybe in another account). Switch to that window, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../lifeline_desktop/ui/journal/printing.py" line="29"/>
        <source>Print entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../lifeline_desktop/ui/workers.py" line="139"/>
        <source>Something unexpected went wrong, and nothing was changed. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
