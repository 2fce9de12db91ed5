<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>%1: %n episode(s)</source>
        <translation>
            <numerusform>%1: %n episode</numerusform>
            <numerusform>%1: %n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 weeks from %3: %n episode(s)</source>
        <translation>
            <numerusform>%1, %2 weeks from %3: %n episode</numerusform>
            <numerusform>%1, %2 weeks from %3: %n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n day before</numerusform>
            <numerusform>%n days before</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::CustomFactorsDialog</name>
    <message numerus="yes">
        <source>Remove “%1” and the %n value(s) logged for it? The diary is backed up first, so File › Restore from backup… can bring them back.</source>
        <translation>
            <numerusform>Remove “%1” and the %n value logged for it? The diary is backed up first, so File › Restore from backup… can bring it back.</numerusform>
            <numerusform>Remove “%1” and the %n values logged for it? The diary is backed up first, so File › Restore from backup… can bring them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::FactorsPanel</name>
    <message numerus="yes">
        <source>So far: %1 from %n drink(s)</source>
        <translation>
            <numerusform>So far: %1 from %n drink</numerusform>
            <numerusform>So far: %1 from %n drinks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::HistoryModel</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::HistoryPage</name>
    <message numerus="yes">
        <source>Delete %n entry(s)</source>
        <translation>
            <numerusform>Delete %n entry</numerusform>
            <numerusform>Delete %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s). Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>Deleted %n entry. Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Deleted %n entries. Edit &gt; Undo brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n entry(s) of the selected day(s)?</source>
        <translation>
            <numerusform>Delete the %n entry of the selected day?</numerusform>
            <numerusform>Delete all %n entries of the selected days?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::InsightsPage</name>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n episode</numerusform>
            <numerusform>%n episodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) logged</source>
        <translation>
            <numerusform>%1 of %n day logged</numerusform>
            <numerusform>%1 of %n days logged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with twitching</source>
        <translation>
            <numerusform>%n with twitching</numerusform>
            <numerusform>%n with twitching</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Most episodes (%n) began between %1:00 and %2:00.</source>
        <translation>
            <numerusform>Most episodes (%n) began between %1:00 and %2:00.</numerusform>
            <numerusform>Most episodes (%n) began between %1:00 and %2:00.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s) tested; use Up and Down to read each row.</source>
        <translation>
            <numerusform>%n factor tested; use Up and Down to read each row.</numerusform>
            <numerusform>%n factors tested; use Up and Down to read each row.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::ReportPage</name>
    <message numerus="yes">
        <source>%n page(s). Page 1 is the summary a doctor reads first.</source>
        <translation>
            <numerusform>%n page. Page 1 is the summary a doctor reads first.</numerusform>
            <numerusform>%n pages. Page 1 is the summary a doctor reads first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::ReportRenderer</name>
    <message numerus="yes">
        <source>%1: %n episode(s), %2 – %3</source>
        <translation>
            <numerusform>%1: %n episode, %2 – %3</numerusform>
            <numerusform>%1: %n episodes, %2 – %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::TodayPage</name>
    <message numerus="yes">
        <source> · ⚠ %n symptom(s)</source>
        <translation>
            <numerusform> · ⚠ %n symptom</numerusform>
            <numerusform> · ⚠ %n symptoms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) today.</source>
        <translation>
            <numerusform>%n episode today.</numerusform>
            <numerusform>%n episodes today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) on this day.</source>
        <translation>
            <numerusform>%n episode on this day.</numerusform>
            <numerusform>%n episodes on this day.</numerusform>
        </translation>
    </message>
</context>
</TS>
