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
</context>
<context>
    <name>td::ui::CustomFactorsDialog</name>
    <message numerus="yes">
        <source>Remove “%1” and the %n value(s) logged for it? Edit › Undo brings them back, and the diary is backed up first (File › Restore from backup…).</source>
        <translation>
            <numerusform>Remove “%1” and the %n value logged for it? Edit › Undo brings it back, and the diary is backed up first (File › Restore from backup…).</numerusform>
            <numerusform>Remove “%1” and the %n values logged for it? Edit › Undo brings them back, and the diary is backed up first (File › Restore from backup…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::DiaryEditor</name>
    <message numerus="yes">
        <source>“%1” has %n value(s) logged, so it was not removed.</source>
        <translation>
            <numerusform>“%1” has %n value logged, so it was not removed.</numerusform>
            <numerusform>“%1” has %n values logged, so it was not removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::ExperimentText</name>
    <message numerus="yes">
        <source>The change helped you, over these %n day(s).</source>
        <translation>
            <numerusform>The change helped you, over this %n day.</numerusform>
            <numerusform>The change helped you, over these %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You twitched more with the change, over these %n day(s).</source>
        <translation>
            <numerusform>You twitched more with the change, over this %n day.</numerusform>
            <numerusform>You twitched more with the change, over these %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::ExperimentsPage</name>
    <message numerus="yes">
        <source>%1 pairs of %2-day periods in random order, %n washout day(s) after each switch</source>
        <translation>
            <numerusform>%1 pairs of %2-day periods in random order, %n washout day after each switch</numerusform>
            <numerusform>%1 pairs of %2-day periods in random order, %n washout days after each switch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Day %1 of %2; %n day(s) left after today.</source>
        <translation>
            <numerusform>Day %1 of %2; %n day left after today.</numerusform>
            <numerusform>Day %1 of %2; %n days left after today.</numerusform>
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
        <source>Nothing has been logged since %1 (%n day(s)).</source>
        <translation>
            <numerusform>Nothing has been logged since %1 (%n day).</numerusform>
            <numerusform>Nothing has been logged since %1 (%n days).</numerusform>
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
    <message numerus="yes">
        <source>%1 – %2: %3 of %n day(s) logged, %4 with twitching, %5.</source>
        <translation>
            <numerusform>%1 – %2: %3 of %n day logged, %4 with twitching, %5.</numerusform>
            <numerusform>%1 – %2: %3 of %n days logged, %4 with twitching, %5.</numerusform>
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
    <message numerus="yes">
        <source>The diary was last kept on %1: nothing has been logged in the %n day(s) since, up to %2.</source>
        <translation>
            <numerusform>The diary was last kept on %1: nothing has been logged in the %n day since, up to %2.</numerusform>
            <numerusform>The diary was last kept on %1: nothing has been logged in the %n days since, up to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still twitching: last episode %1, %n day(s) after the first.</source>
        <translation>
            <numerusform>Still twitching: last episode %1, %n day after the first.</numerusform>
            <numerusform>Still twitching: last episode %1, %n days after the first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last episode %1; none logged in the %n day(s) since.</source>
        <translation>
            <numerusform>Last episode %1; none logged in the %n day since.</numerusform>
            <numerusform>Last episode %1; none logged in the %n days since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twitching on %1 of %n logged day(s) (%2 %; 95 % CI %3–%4 %).</source>
        <translation>
            <numerusform>Twitching on %1 of %n logged day (%2 %; 95 % CI %3–%4 %).</numerusform>
            <numerusform>Twitching on %1 of %n logged days (%2 %; 95 % CI %3–%4 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n day(s) the diary was kept in the period (%2) were logged (%3 %).</source>
        <translation>
            <numerusform>%1 of the %n day the diary was kept in the period (%2) was logged (%3 %).</numerusform>
            <numerusform>%1 of the %n days the diary was kept in the period (%2) were logged (%3 %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This applies to this patient, over these %n day(s).</source>
        <translation>
            <numerusform>This applies to this patient, over this %n day.</numerusform>
            <numerusform>This applies to this patient, over these %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Washout: the first %n day(s) of each new condition are not analysed</source>
        <translation>
            <numerusform>Washout: the first day of each new condition is not analysed</numerusform>
            <numerusform>Washout: the first %n days of each new condition are not analysed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) in all).</source>
        <translation>
            <numerusform> (%n day in all).</numerusform>
            <numerusform> (%n days in all).</numerusform>
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
