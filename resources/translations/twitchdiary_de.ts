<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Twitch Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 entries, %4 episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with this backup (the file as it is now is kept):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The previous file is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Twitch Diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary was written by a newer version of Twitch Diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This diary is already open in another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diary could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch Diary (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private diary for eyelid, lip and face twitching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the diary at PATH (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged, no twitching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (days with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, lag %2 (%3 vs %4 d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate ratio (episodes exposed ÷ not exposed), log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No association (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episodes in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 weeks from %3: %n episode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Twitch diary: summary for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td</name>
    <message>
        <source>Sleep (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caffeine (mg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol (units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water (l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui</name>
    <message>
        <source>Upper eyelid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower eyelid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eyebrow / forehead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cheek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper lip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower lip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mouth corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torso</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drooping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble speaking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trouble swallowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set off by chewing or a movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gets in the way of daily life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caffeine, %1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caffeine: %1, %2 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol, %1 unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water, %1 l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement: %1, %2 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;None found by the diary&apos;s rules (twitching for four weeks or more, spreading to new places, weakness, drooping, numbness, pain, speech or swallowing trouble, onset after a new medication, worsening, recurrence).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible; diary has gaps</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::CustomFactorsDialog</name>
    <message>
        <source>&amp;Add factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own factors appear on Today, one row each, and are analysed like caffeine or sleep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. cold exposure, screen time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. h, km, cups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (yes / no)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (number, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for the factor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a factor called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::DiaryEditor</name>
    <message>
        <source>%1 is no longer in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark day complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add medication %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit medication %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete medication %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::DiarySession</name>
    <message>
        <source>The backup was restored, but the diary could not be opened again: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::EpisodeDialog</name>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength, 1 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trength (1–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time is later than now. Choose a time that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::EpisodeForm</name>
    <message>
        <source>Not timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides of the face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where does it twitch?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Middle / unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 barely · 10 strongest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else with it? (worth telling a doctor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saves the episode now (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the face where it twitches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::FaceMap</name>
    <message>
        <source>Click where it twitches. Arrow keys move between regions, Space or Enter selects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::FactorsPanel</name>
    <message>
        <source>Caffeine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1, %2 mg of caffeine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep, stress and drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 7.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slept last night:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality %1 of 5, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 very poor · 5 very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress today, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress (0–10):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alcohol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ glass (0.25 l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ bottle (0.5 l)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and supplements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. aspartame, MSG, nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food or additive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ate or drank:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplements:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms that everything for this day is logged, so a day without episodes counts as twitch-free instead of missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track anything else (cold, screen time, exercise…): define it in Edit › Custom factors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing noted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>So far: %1 mg from %n drink(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Day complete — click to reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day complete: everything is logged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::HistoryModel</name>
    <message>
        <source>strength %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality %1 of 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep (night before)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No twitches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::HistoryPage</name>
    <message>
        <source>Nothing logged yet. Episodes and daily factors you log on the Today page appear here, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diary history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected twitch (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected entries (Delete key); Edit &gt; Undo brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete selected entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s). Edit &gt; Undo brings them back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::InsightsPage</name>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show alongside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factor shown alongside the episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes with your twitching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each row compares days with and without a factor (on the same day or one or two days before). A ratio above 1 means more episodes, below 1 fewer; the line is the 95 % interval. Click a row for the details. These are associations, not proof of cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it twitches, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar (latest 12 months of the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3 of %4 days logged, %5 with twitching, %6 episodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honest answers about triggers need weeks to months of days; until then the page shows what you logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not tested yet&lt;/b&gt; (each needs at least 5 days with and 5 without it, and 10 days with twitching):&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No factor can be tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>Twitch Diary — %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch Diary — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved the moment you enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import diary (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch Diary files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export diary (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twitch-diary-%1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch Diary files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for a &amp;spreadsheet (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twitch-diary-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export two tables: episodes and days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medications…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custom factors…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Twitch Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing in your diary changed.

%2

Correct the file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing in your diary changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1: %2 entries added, %3 already in the diary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the diary to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the diary with this backup? The diary as it is now is kept as a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup. The diary as it was is kept as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Twitch Diary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Twitch Diary %1&lt;/h3&gt;&lt;p&gt;A private diary for eyelid, lip and face twitching: log episodes, see what goes with them, and know when to see a doctor.&lt;/p&gt;&lt;p&gt;Your diary stays on this computer:&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Twitch Diary makes no network connection.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::MedicationsDialog</name>
    <message>
        <source>Stopped on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications you take or took. A medication started shortly before twitching began is itself worth telling your doctor about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. sertraline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 50 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sta&amp;rted on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the medication&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop date %1 is before the start date %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stop date %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts on %2, after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::NumberField</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::RedFlagBanner</name>
    <message>
        <source>Twitching has gone on for weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitching in new places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms beyond the twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Began soon after starting a medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More episodes lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;No warning signs in your diary so far.&lt;/b&gt; This is not a diagnosis: if something worries you, see a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Worth showing to a doctor&lt;/b&gt; — these patterns in your diary are reasons to get a check-up. They are not a diagnosis.&lt;ul style=&apos;margin:0&apos;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possibly; the diary has gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2, %3): %4&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ReportPage</name>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronological log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From my locale (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-page summary (always)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on this export only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, for this export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name and date of birth are not saved anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you have tried (less coffee, magnesium…), questions to ask…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the report pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your notes were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Page 1 is the summary a doctor reads first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report is still being prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twitch-diary-summary-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the doctor summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (readable by you only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::ReportRenderer</name>
    <message>
        <source>Twitch diary: summary for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1 – %2 (%3 days). Generated %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1. The diary has no entries in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-reported diary, not a clinical measurement. Associations are not causes; nothing here is a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Course and frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First episode in the diary: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still twitching: last episode %1, %2 days after the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last episode %1; none in the last 7 days of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No episodes logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes per week: %1 in the latest 4 weeks, %2 in the first 4 weeks, %3 over the period (per 7 logged days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitching on %1 of %2 logged days (%3 %; 95 % CI %4–%5 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength (1–10): median %1 (middle half %2–%3), highest %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: median %1 s (middle half %2–%3 s; %4 of %5 episodes timed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it twitches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No episodes in this period.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;…and %1 more places (see the chart on page 2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms besides the twitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;None reported.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 episode(s), %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;None recorded.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2: started %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes with the twitching (associations, not causes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No factor had enough days with and without it to be compared.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>likely association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no clear association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How complete the diary is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin:0&apos;&gt;%1 of %2 days in the period were logged (%3 %). Days that were not logged are treated as unknown, never as days without twitching.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caffeine %1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sleep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (quality %1/5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stress %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alcohol %1 unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>foods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no episodes (day complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no episodes logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chronological log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes for the doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes per day, with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate ratios with 95 % intervals (associations, not causes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it twitches, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms / day&apos;s factors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch Diary · self-reported diary, not a clinical measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Twitch Diary keeps a backup each day you use it (the last 7 days and 4 weeks) and before every upgrade. Restoring replaces the diary with the backup; the diary as it is now is kept as a backup first, so nothing is lost.

Backups are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups of this diary yet. The first is taken the next time you open it on a new day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::TodayPage</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day being logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the episode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows the clock until you change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries logged on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the episode you just logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is later than now. Choose a time that has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged: %1, strength %2, at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 · strength %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n symptom(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No twitches logged today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No twitches logged on this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) today.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) on this day.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Day complete ✓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>td::ui::UndoStep</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
