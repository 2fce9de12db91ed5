<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Twitch Diary</source>
        <translation>Twitch Diary</translation>
    </message>
    <message>
        <source>There are no backups of %1 in %2.</source>
        <translation>Es gibt keine Sicherungen von %1 in %2.</translation>
    </message>
    <message>
        <source>The backup was restored. The previous file is kept as %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Die vorherige Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>This file is not a Twitch Diary.</source>
        <translation>Diese Datei ist kein Tagebuch von Twitch Diary.</translation>
    </message>
    <message>
        <source>This diary is damaged.</source>
        <translation>Dieses Tagebuch ist beschädigt.</translation>
    </message>
    <message>
        <source>This diary was written by a newer version of Twitch Diary.</source>
        <translation>Dieses Tagebuch wurde mit einer neueren Version von Twitch Diary geschrieben.</translation>
    </message>
    <message>
        <source>This diary cannot be changed.</source>
        <translation>Dieses Tagebuch kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>This diary is already open in another window.</source>
        <translation>Dieses Tagebuch ist bereits in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>The diary could not be opened.</source>
        <translation>Das Tagebuch konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Open a backup…</source>
        <translation>Sicherung öffnen…</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Choose another file…</source>
        <translation>Andere Datei wählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Open or create a diary</source>
        <translation>Tagebuch öffnen oder anlegen</translation>
    </message>
    <message>
        <source>Twitch Diary (*.sqlite);;All files (*)</source>
        <translation>Twitch Diary (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>A private diary for eyelid, lip and face twitching.</source>
        <translation>Ein privates Tagebuch für Zucken an Augenlid, Lippe und Gesicht.</translation>
    </message>
    <message>
        <source>Open the diary at PATH (default: %1).</source>
        <translation>Öffnet das Tagebuch unter PATH (Standard: %1).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Episodes per day</source>
        <translation>Zuckungen pro Tag</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>Logged, no twitching</source>
        <translation>Erfasst, kein Zucken</translation>
    </message>
    <message>
        <source>%1 (days with it)</source>
        <translation>%1 (Tage mit diesem Faktor)</translation>
    </message>
    <message>
        <source>No association (1)</source>
        <translation>Kein Zusammenhang (1)</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Wahrscheinlich</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>No clear association</source>
        <translation>Kein klarer Zusammenhang</translation>
    </message>
    <message>
        <source>Hour of the day</source>
        <translation>Stunde des Tages</translation>
    </message>
    <message>
        <source>Episodes:</source>
        <translation>Zuckungen:</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Nothing logged in this period.</source>
        <translation>In diesem Zeitraum wurde nichts erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s)</source>
        <translation>
            <numerusform>%1: %n Zuckung</numerusform>
            <numerusform>%1: %n Zuckungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not logged</source>
        <translation>%1: nicht erfasst</translation>
    </message>
    <message>
        <source>No episodes in this period.</source>
        <translation>Keine Zuckungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (ab %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 weeks from %3: %n episode(s)</source>
        <translation>
            <numerusform>%1, %2 Wochen ab %3: %n Zuckung</numerusform>
            <numerusform>%1, %2 Wochen ab %3: %n Zuckungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Twitch diary: summary for the doctor</source>
        <translation>Zuckungstagebuch: Zusammenfassung für den Arztbesuch</translation>
    </message>
    <message>
        <source>Could not start the PDF.</source>
        <translation>Die PDF-Datei konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Your diary should be at %1, but there is no file there.</source>
        <translation>Ihr Tagebuch sollte sich unter %1 befinden, dort ist aber keine Datei vorhanden.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and start Twitch Diary again. If you moved the file, choose it.</source>
        <translation>Wenn es auf einem Laufwerk liegt, das nicht angeschlossen ist, schließen Sie das Laufwerk an und starten Sie Twitch Diary erneut. Wenn Sie die Datei verschoben haben, wählen Sie sie aus.</translation>
    </message>
    <message>
        <source>Choose the diary file…</source>
        <translation>Tagebuchdatei wählen…</translation>
    </message>
    <message>
        <source>Start a new diary there</source>
        <translation>Dort ein neues Tagebuch anlegen</translation>
    </message>
    <message>
        <source>Choose your diary</source>
        <translation>Ihr Tagebuch wählen</translation>
    </message>
    <message>
        <source>%1, %2&lt;br&gt;%3 days with, %4 without</source>
        <translation>%1, %2&lt;br&gt;%3 Tage mit, %4 ohne</translation>
    </message>
    <message>
        <source>× as many episodes on days with it (1 = no difference)</source>
        <translation>× so viele Zuckungen an Tagen mit (1 = kein Unterschied)</translation>
    </message>
</context>
<context>
    <name>td</name>
    <message>
        <source>Sleep (h)</source>
        <translation>Schlaf (h)</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>Stress (0–10)</source>
        <translation>Stress (0–10)</translation>
    </message>
    <message>
        <source>Caffeine (mg)</source>
        <translation>Koffein (mg)</translation>
    </message>
    <message>
        <source>Alcohol (units)</source>
        <translation>Alkohol (Einheiten)</translation>
    </message>
    <message>
        <source>Water (l)</source>
        <translation>Wasser (l)</translation>
    </message>
    <message>
        <source>Food: %1</source>
        <translation>Lebensmittel: %1</translation>
    </message>
    <message>
        <source>Supplement: %1</source>
        <translation>Nahrungsergänzung: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>td::analysis</name>
    <message>
        <source>less than 6 h of sleep</source>
        <translation>weniger als 6 h Schlaf</translation>
    </message>
    <message>
        <source>poor sleep (quality 2 of 5 or lower)</source>
        <translation>schlechtem Schlaf (Qualität höchstens 2 von 5)</translation>
    </message>
    <message>
        <source>stress of 7 of 10 or more</source>
        <translation>Stress ab 7 von 10</translation>
    </message>
    <message>
        <source>more than %1 mg of caffeine</source>
        <translation>mehr als %1 mg Koffein</translation>
    </message>
    <message>
        <source>1 or more units of alcohol</source>
        <translation>mindestens 1 Einheit Alkohol</translation>
    </message>
    <message>
        <source>less than %1 l of water</source>
        <translation>weniger als %1 l Wasser</translation>
    </message>
    <message>
        <source>%1 (supplement)</source>
        <translation>%1 (Nahrungsergänzung)</translation>
    </message>
    <message>
        <source>%1 above %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>%1 above %2 %3</source>
        <translation>%1 über %2 %3</translation>
    </message>
    <message>
        <source>1 such day</source>
        <translation>1 solcher Tag</translation>
    </message>
    <message>
        <source>%1 such days</source>
        <translation>%1 solche Tage</translation>
    </message>
    <message>
        <source>1 other</source>
        <translation>1 anderer</translation>
    </message>
    <message>
        <source>%1 others</source>
        <translation>%1 andere</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>kein Konfidenzintervall</translation>
    </message>
    <message>
        <source>95 % CI %1–%2</source>
        <translation>95-%-Konfidenzintervall %1–%2</translation>
    </message>
    <message>
        <source>short sleep</source>
        <translation>kurze Schlafdauer</translation>
    </message>
    <message>
        <source>poor sleep</source>
        <translation>schlechte Schlafqualität</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>low water intake</source>
        <translation>wenig Wasser</translation>
    </message>
    <message>
        <source>on days after %1</source>
        <translation>an Tagen nach %1</translation>
    </message>
    <message>
        <source>on days with %1</source>
        <translation>an Tagen mit %1</translation>
    </message>
    <message>
        <source>on days after a day with %1</source>
        <translation>an Tagen nach einem Tag mit %1</translation>
    </message>
    <message>
        <source>two days after a day with %1</source>
        <translation>zwei Tage nach einem Tag mit %1</translation>
    </message>
    <message>
        <source>Not enough data yet for %1: %2, %3 with twitching. At least %4 of each and %5 days with twitching are needed.</source>
        <translation>Noch nicht genug Daten für %1: %2, %3 mit Zucken. Nötig sind mindestens je %4 solche und andere Tage sowie %5 Tage mit Zucken.</translation>
    </message>
    <message>
        <source> (%1; %2).</source>
        <translation> (%1; %2).</translation>
    </message>
    <message>
        <source>No clear association with %1: episodes were %2× as frequent %3%4</source>
        <translation>Für %1 zeigt sich kein klarer Zusammenhang: Zuckungen waren %2× so häufig %3%4</translation>
    </message>
    <message>
        <source>There were fewer episodes %1: %2× as many%3 An association, not proof.</source>
        <translation>Es gab weniger Zuckungen %1: %2× so viele%3 Ein Zusammenhang, kein Beweis.</translation>
    </message>
    <message>
        <source>Episodes were %1× as frequent %2%3 An association, not proof.</source>
        <translation>Zuckungen waren %1× so häufig %2%3 Ein Zusammenhang, kein Beweis.</translation>
    </message>
    <message>
        <source>%1 on the same day can also be a consequence of twitching, not only a cause.</source>
        <translation>%1 am selben Tag kann auch eine Folge des Zuckens sein, nicht nur eine Ursache.</translation>
    </message>
    <message>
        <source>%1 and %2 mostly occurred on the same days, so their effects cannot be told apart.</source>
        <translation>%1 und %2 traten meist an denselben Tagen auf, daher lassen sich ihre Wirkungen nicht auseinanderhalten.</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>upper eyelid</source>
        <translation>oberes Augenlid</translation>
    </message>
    <message>
        <source>lower eyelid</source>
        <translation>unteres Augenlid</translation>
    </message>
    <message>
        <source>brow forehead</source>
        <translation>Augenbraue/Stirn</translation>
    </message>
    <message>
        <source>cheek</source>
        <translation>Wange</translation>
    </message>
    <message>
        <source>nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>upper lip</source>
        <translation>Oberlippe</translation>
    </message>
    <message>
        <source>lower lip</source>
        <translation>Unterlippe</translation>
    </message>
    <message>
        <source>mouth corner</source>
        <translation>Mundwinkel</translation>
    </message>
    <message>
        <source>chin</source>
        <translation>Kinn</translation>
    </message>
    <message>
        <source>jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>torso</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere Stelle</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beidseits</translation>
    </message>
    <message>
        <source>centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>eye area</source>
        <translation>Augenbereich</translation>
    </message>
    <message>
        <source>mid-face</source>
        <translation>Mittelgesicht</translation>
    </message>
    <message>
        <source>mouth area</source>
        <translation>Mundbereich</translation>
    </message>
    <message>
        <source>beyond the face</source>
        <translation>außerhalb des Gesichts</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Drooping</source>
        <translation>Herabhängen</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheitsgefühl</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Speech difficulty</source>
        <translation>Schwierigkeiten beim Sprechen</translation>
    </message>
    <message>
        <source>Swallowing difficulty</source>
        <translation>Schwierigkeiten beim Schlucken</translation>
    </message>
    <message>
        <source>Triggered by movement</source>
        <translation>Auslösung durch Bewegung</translation>
    </message>
    <message>
        <source>Interferes with daily life</source>
        <translation>Beeinträchtigung des Alltags</translation>
    </message>
    <message>
        <source>a new area (%1)</source>
        <translation>in einem neuen Bereich (%1)</translation>
    </message>
    <message>
        <source>a side not affected in the first two weeks</source>
        <translation>auf einer Seite, die in den ersten zwei Wochen nicht betroffen war</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Twitching appeared at the %1 on %2 from %3, %4.</source>
        <translation>Zucken an einer neuen Stelle: %1 – an %2 ab %3, %4.</translation>
    </message>
    <message>
        <source>Twitching also appeared at the %1 from %2, in an area already affected.</source>
        <translation>Zucken zusätzlich an folgender Stelle: %1 – ab %2, in einem bereits betroffenen Bereich.</translation>
    </message>
    <message>
        <source>Twitching was noted at %1 places in the latest 28 days, against %2 in the first 28 days; new: %3 and %4 more.</source>
        <translation>Zucken wurde in den letzten 28 Tagen an %1 Stellen erfasst, gegenüber %2 in den ersten 28 Tagen; neu: %3 und %4 weitere.</translation>
    </message>
    <message>
        <source>Twitching was noted at %1 places in the latest 28 days, against %2 in the first 28 days; new: %3.</source>
        <translation>Zucken wurde in den letzten 28 Tagen an %1 Stellen erfasst, gegenüber %2 in den ersten 28 Tagen; neu: %3.</translation>
    </message>
    <message>
        <source>Twitching moved: from the %1 in the first 28 days to the %2 lately.</source>
        <translation>Das Zucken hat sich verlagert – in den ersten 28 Tagen: %1; zuletzt: %2.</translation>
    </message>
    <message>
        <source>%1 was noted with twitching on %2.</source>
        <translation>Zusammen mit Zucken erfasst: %1, am %2.</translation>
    </message>
    <message>
        <source>%1 was noted with twitching on %2 between %3 and %4.</source>
        <translation>Zusammen mit Zucken erfasst: %1, an %2 zwischen %3 und %4.</translation>
    </message>
    <message>
        <source>Twitching began on %1, %2 after %3 was started (%4).</source>
        <translation>Das Zucken begann am %1, im Abstand von %2 nach Beginn der Einnahme von %3 (%4).</translation>
    </message>
    <message>
        <source>Twitching on and off for %1 without a symptom-free week.</source>
        <translation>Zucken mit Unterbrechungen über einen Zeitraum von %1, ohne eine symptomfreie Woche.</translation>
    </message>
    <message>
        <source>Twitching on and off for %1 without a symptom-free week (logging gaps: %2 of %3 days logged).</source>
        <translation>Zucken mit Unterbrechungen über einen Zeitraum von %1, ohne eine symptomfreie Woche (Protokolllücken: %2 von %3 Tagen erfasst).</translation>
    </message>
    <message>
        <source>%1 episodes in the latest 14 logged days against %2 in the 14 logged days before.</source>
        <translation>%1 Zuckungen an den letzten 14 erfassten Tagen gegenüber %2 an den 14 erfassten Tagen davor.</translation>
    </message>
    <message>
        <source>%1 separate bouts of twitching in the latest 180 days, separated by symptom-free weeks.</source>
        <translation>%1 einzelne Phasen mit Zucken in den letzten 180 Tagen, jeweils getrennt durch symptomfreie Wochen.</translation>
    </message>
    <message>
        <source>%1 mg of caffeine or more</source>
        <translation>mindestens %1 mg Koffein</translation>
    </message>
    <message>
        <source>%1 l of water or less</source>
        <translation>höchstens %1 l Wasser</translation>
    </message>
    <message>
        <source>%1 of %2 or more</source>
        <translation>%1 ab %2</translation>
    </message>
    <message>
        <source>%1 of %2 %3 or more</source>
        <translation>%1 ab %2 %3</translation>
    </message>
    <message>
        <source>night before</source>
        <translation>Nacht davor</translation>
    </message>
    <message>
        <source>same day</source>
        <translation>derselbe Tag</translation>
    </message>
    <message>
        <source>one day before</source>
        <translation>einen Tag davor</translation>
    </message>
    <message>
        <source>two days before</source>
        <translation>zwei Tage davor</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>on days after a day that began with %1</source>
        <translation>an Tagen nach einem Tag, der mit %1 begann</translation>
    </message>
    <message>
        <source>two days after a day that began with %1</source>
        <translation>zwei Tage nach einem Tag, der mit %1 begann</translation>
    </message>
    <message>
        <source>No clear association with %1: episodes were %2× as frequent %3 (%4; %5), but differences this large turn up by chance in a diary with ups and downs like yours: reshuffling your own days gives p = %6.</source>
        <translation>Kein klarer Zusammenhang mit %1: Zuckungen waren %3 %2× so häufig (%4; %5), aber so große Unterschiede entstehen in einem Tagebuch mit solchen Schwankungen wie Ihrem auch durch Zufall: Das Umordnen Ihrer eigenen Tage ergibt p = %6.</translation>
    </message>
    <message>
        <source>A weak hint about %1 that may well be chance: there were fewer episodes %2, %3× as many (%4; %5), and the interval still includes no difference at all.</source>
        <translation>Ein schwacher Hinweis zu %1, der gut Zufall sein kann: %2 gab es weniger Zuckungen, %3× so viele (%4; %5), und das Intervall schließt „kein Unterschied“ noch ein.</translation>
    </message>
    <message>
        <source>A weak hint about %1 that may well be chance: episodes were %2× as frequent %3 (%4; %5), and the interval still includes no difference at all.</source>
        <translation>Ein schwacher Hinweis zu %1, der gut Zufall sein kann: Zuckungen waren %3 %2× so häufig (%4; %5), und das Intervall schließt „kein Unterschied“ noch ein.</translation>
    </message>
    <message>
        <source>A weak hint about %1 that may well be chance: there were fewer episodes %2, %3× as many%4</source>
        <translation>Ein schwacher Hinweis zu %1, der gut Zufall sein kann: %2 gab es weniger Zuckungen, %3× so viele%4</translation>
    </message>
    <message>
        <source>A weak hint about %1 that may well be chance: episodes were %2× as frequent %3%4</source>
        <translation>Ein schwacher Hinweis zu %1, der gut Zufall sein kann: Zuckungen waren %3 %2× so häufig%4</translation>
    </message>
    <message>
        <source>1 day logged</source>
        <translation>1 Tag erfasst</translation>
    </message>
    <message>
        <source>%1 days logged</source>
        <translation>%1 Tage erfasst</translation>
    </message>
    <message>
        <source>Keep logging — about 1 more day before triggers can be looked at (%1, %2 with twitching).</source>
        <translation>Weiter erfassen — noch etwa 1 Tag, bis Auslöser betrachtet werden können (%1, %2 mit Zucken).</translation>
    </message>
    <message>
        <source>Keep logging — about %1 more days before triggers can be looked at (%2, %3 with twitching).</source>
        <translation>Weiter erfassen — noch etwa %1 Tage, bis Auslöser betrachtet werden können (%2, %3 mit Zucken).</translation>
    </message>
</context>
<context>
    <name>td::ui</name>
    <message>
        <source>Upper eyelid</source>
        <translation>Oberes Augenlid</translation>
    </message>
    <message>
        <source>Lower eyelid</source>
        <translation>Unteres Augenlid</translation>
    </message>
    <message>
        <source>Eyebrow / forehead</source>
        <translation>Augenbraue / Stirn</translation>
    </message>
    <message>
        <source>Cheek</source>
        <translation>Wange</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>Upper lip</source>
        <translation>Oberlippe</translation>
    </message>
    <message>
        <source>Lower lip</source>
        <translation>Unterlippe</translation>
    </message>
    <message>
        <source>Mouth corner</source>
        <translation>Mundwinkel</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Kinn</translation>
    </message>
    <message>
        <source>Jaw</source>
        <translation>Kiefer</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Hand</source>
        <translation>Hand</translation>
    </message>
    <message>
        <source>Leg</source>
        <translation>Bein</translation>
    </message>
    <message>
        <source>Foot</source>
        <translation>Fuß</translation>
    </message>
    <message>
        <source>Torso</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Andere Stelle</translation>
    </message>
    <message>
        <source>%1, left</source>
        <translation>%1, links</translation>
    </message>
    <message>
        <source>%1, right</source>
        <translation>%1, rechts</translation>
    </message>
    <message>
        <source>%1, both sides</source>
        <translation>%1, beidseits</translation>
    </message>
    <message>
        <source>Weakness</source>
        <translation>Schwäche</translation>
    </message>
    <message>
        <source>Drooping</source>
        <translation>Herabhängen</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheitsgefühl</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>Trouble speaking</source>
        <translation>Schwierigkeiten beim Sprechen</translation>
    </message>
    <message>
        <source>Trouble swallowing</source>
        <translation>Schwierigkeiten beim Schlucken</translation>
    </message>
    <message>
        <source>Set off by chewing or a movement</source>
        <translation>Ausgelöst durch Kauen oder eine Bewegung</translation>
    </message>
    <message>
        <source>Gets in the way of daily life</source>
        <translation>Beeinträchtigt den Alltag</translation>
    </message>
    <message>
        <source>Caffeine, %1 mg</source>
        <translation>Koffein, %1 mg</translation>
    </message>
    <message>
        <source>Caffeine: %1, %2 mg</source>
        <translation>Koffein: %1, %2 mg</translation>
    </message>
    <message>
        <source>Alcohol, %1 unit(s)</source>
        <translation>Alkohol, %1 Einheit(en)</translation>
    </message>
    <message>
        <source>Water, %1 l</source>
        <translation>Wasser, %1 l</translation>
    </message>
    <message>
        <source>Food: %1</source>
        <translation>Lebensmittel: %1</translation>
    </message>
    <message>
        <source>Supplement: %1, %2 mg</source>
        <translation>Nahrungsergänzung: %1, %2 mg</translation>
    </message>
    <message>
        <source>Supplement: %1</source>
        <translation>Nahrungsergänzung: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;None found by the diary&apos;s rules (twitching for four weeks or more, spreading to new places, weakness, drooping, numbness, pain, speech or swallowing trouble, onset after a new medication, worsening, recurrence).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nach den Regeln des Tagebuchs keine gefunden (Zucken seit vier Wochen oder länger, Ausbreitung auf neue Stellen, Schwäche, Herabhängen, Taubheitsgefühl, Schmerzen, Probleme beim Sprechen oder Schlucken, Beginn nach einem neuen Medikament, Zunahme, Wiederkehren).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>The sample diary is only ever written as sample-diary.sqlite.</source>
        <translation>Das Beispieltagebuch wird ausschließlich als sample-diary.sqlite gespeichert.</translation>
    </message>
    <message>
        <source>espresso</source>
        <translation>Espresso</translation>
    </message>
    <message>
        <source>coffee cup</source>
        <translation>Tasse Kaffee</translation>
    </message>
    <message>
        <source>black tea</source>
        <translation>Schwarztee</translation>
    </message>
    <message>
        <source>green tea</source>
        <translation>Grüner Tee</translation>
    </message>
    <message>
        <source>cola</source>
        <translation>Cola</translation>
    </message>
    <message>
        <source>energy drink</source>
        <translation>Energydrink</translation>
    </message>
    <message>
        <source>Episodes per week: %1 in the latest 4 weeks, %2 in the first 4 weeks, %3 over the period (per 7 logged days).</source>
        <translation>Zuckungen pro Woche: %1 in den letzten 4 Wochen, %2 in den ersten 4 Wochen, %3 im Zeitraum (je 7 erfasste Tage).</translation>
    </message>
    <message>
        <source>Episodes per week: %1 over the period (per 7 logged days).</source>
        <translation>Zuckungen pro Woche: %1 im Zeitraum (je 7 erfasste Tage).</translation>
    </message>
    <message>
        <source>likely association</source>
        <translation>wahrscheinlicher Zusammenhang</translation>
    </message>
    <message>
        <source>&lt;p&gt;No factor had enough days with and without it to be compared.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Faktor hatte genug Tage mit und ohne ihn für einen Vergleich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>their numbers are on page %1</source>
        <translation>die Zahlen stehen auf Seite %1</translation>
    </message>
    <message>
        <source>their numbers are on the Insights page</source>
        <translation>die Zahlen stehen auf der Seite Auswertung</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin:2px 0 0 0&apos;&gt;Weak hints that may well be chance: %1. In diaries with no trigger at all, about half show at least one such hint; %2.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin:2px 0 0 0&apos;&gt;Schwache Hinweise, die gut Zufall sein können: %1. In Tagebüchern ganz ohne Auslöser zeigt etwa die Hälfte mindestens einen solchen Hinweis; %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 episode</source>
        <translation>1 Zuckung</translation>
    </message>
    <message>
        <source>%1 episodes</source>
        <translation>%1 Zuckungen</translation>
    </message>
    <message>
        <source>1 logged day</source>
        <translation>1 erfasster Tag</translation>
    </message>
    <message>
        <source>%1 logged days</source>
        <translation>%1 erfasste Tage</translation>
    </message>
    <message>
        <source>%1 on %2; too few logged days for a weekly rate.</source>
        <translation>%1 an %2; zu wenige erfasste Tage für eine Rate pro Woche.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin:0&apos;&gt;No factor is clearly associated with the twitching (%1 compared).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin:0&apos;&gt;Kein Faktor hängt klar mit dem Zucken zusammen (%1 verglichen).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>1 factor</source>
        <translation>1 Faktor</translation>
    </message>
    <message>
        <source>%1 factors</source>
        <translation>%1 Faktoren</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Washout (not counted)</source>
        <translation>Auswaschzeit (zählt nicht)</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Episodes per logged day</source>
        <translation>Zuckungen je Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>caffeine at most %1 mg a day</source>
        <translation>Koffein höchstens %1 mg am Tag</translation>
    </message>
    <message>
        <source>caffeine at least %1 mg a day</source>
        <translation>Koffein mindestens %1 mg am Tag</translation>
    </message>
    <message>
        <source>no alcohol</source>
        <translation>kein Alkohol</translation>
    </message>
    <message>
        <source>alcohol at most %1 unit(s) a day</source>
        <translation>Alkohol höchstens %1 Einheit(en) am Tag</translation>
    </message>
    <message>
        <source>alcohol at least %1 unit(s) a day</source>
        <translation>Alkohol mindestens %1 Einheit(en) am Tag</translation>
    </message>
    <message>
        <source>sleep at most %1 h a night</source>
        <translation>Schlaf höchstens %1 h pro Nacht</translation>
    </message>
    <message>
        <source>sleep at least %1 h a night</source>
        <translation>Schlaf mindestens %1 h pro Nacht</translation>
    </message>
    <message>
        <source>water at most %1 l a day</source>
        <translation>Wasser höchstens %1 l am Tag</translation>
    </message>
    <message>
        <source>water at least %1 l a day</source>
        <translation>Wasser mindestens %1 l am Tag</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 höchstens %2</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 mindestens %2</translation>
    </message>
    <message>
        <source>%1 taken every day</source>
        <translation>%1 jeden Tag eingenommen</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>kein(e) %1</translation>
    </message>
    <message>
        <source>%1 eaten every day</source>
        <translation>%1 jeden Tag gegessen</translation>
    </message>
    <message>
        <source>%1: yes every day</source>
        <translation>%1: jeden Tag ja</translation>
    </message>
    <message>
        <source>%1: no every day</source>
        <translation>%1: jeden Tag nein</translation>
    </message>
    <message>
        <source>helped: fewer episodes on change days</source>
        <translation>geholfen: weniger Zuckungen an Tagen mit Änderung</translation>
    </message>
    <message>
        <source>worse: more episodes on change days</source>
        <translation>schlechter: mehr Zuckungen an Tagen mit Änderung</translation>
    </message>
    <message>
        <source>no difference: any effect is smaller than the zone fixed in the plan (%1–%2)</source>
        <translation>kein Unterschied: ein Effekt ist, wenn überhaupt, kleiner als der im Plan festgelegte Bereich (%1–%2)</translation>
    </message>
    <message>
        <source>inconclusive: neither a clear effect nor a clear absence of one</source>
        <translation>unentschieden: weder ein klarer Effekt noch klar kein Effekt</translation>
    </message>
    <message>
        <source>not enough logged days to judge</source>
        <translation>zu wenige erfasste Tage für ein Urteil</translation>
    </message>
    <message>
        <source>stopped before its end: not tested</source>
        <translation>vor dem Ende abgebrochen: nicht getestet</translation>
    </message>
    <message>
        <source>a before/after description, not a test</source>
        <translation>eine Vorher-nachher-Beschreibung, kein Test</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>95 % CI %1–%2</source>
        <translation>95-%-Konfidenzintervall %1–%2</translation>
    </message>
    <message>
        <source>95 % CI from %1, no upper limit</source>
        <translation>95-%-Konfidenzintervall ab %1, ohne obere Grenze</translation>
    </message>
    <message>
        <source>95 % CI up to %1, no lower limit</source>
        <translation>95-%-Konfidenzintervall bis %1, ohne untere Grenze</translation>
    </message>
    <message>
        <source>no interval: no episodes on change days</source>
        <translation>kein Intervall: keine Zuckungen an Tagen mit Änderung</translation>
    </message>
    <message>
        <source>no interval: no episodes on usual days</source>
        <translation>kein Intervall: keine Zuckungen an üblichen Tagen</translation>
    </message>
    <message>
        <source>no interval: not bounded either way</source>
        <translation>kein Intervall: nach keiner Seite begrenzt</translation>
    </message>
    <message>
        <source>%1 of %2 change days could be analysed (at least half are needed)</source>
        <translation>%1 von %2 Tagen mit Änderung konnten ausgewertet werden (mindestens die Hälfte ist nötig)</translation>
    </message>
    <message>
        <source>%1 of %2 usual days could be analysed (at least half are needed)</source>
        <translation>%1 von %2 üblichen Tagen konnten ausgewertet werden (mindestens die Hälfte ist nötig)</translation>
    </message>
    <message>
        <source>%1 pairs had logged days in both periods (at least 6 are needed)</source>
        <translation>%1 Paare hatten erfasste Tage in beiden Abschnitten (mindestens 6 sind nötig)</translation>
    </message>
</context>
<context>
    <name>td::ui::AboutDialog</name>
    <message>
        <source>Open &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>About Twitch Diary</source>
        <translation>Über Twitch Diary</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Twitch Diary&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Twitch Diary&lt;/h2&gt;&lt;p&gt;Version %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>A private diary for eyelid, lip and face twitching: log episodes, see what goes with them, and know when to see a doctor. It keeps a diary; it does not make a diagnosis.</source>
        <translation>Ein privates Tagebuch für Zucken an Augenlid, Lippe und Gesicht: Erfassen Sie Zuckungen, sehen Sie, was damit einhergeht, und erkennen Sie, wann ein Arztbesuch ratsam ist. Es führt ein Tagebuch; es stellt keine Diagnose.</translation>
    </message>
    <message>
        <source>Your diary: %1
In the folder: %2
Backups: %3</source>
        <translation>Ihr Tagebuch: %1
Im Ordner: %2
Sicherungen: %3</translation>
    </message>
    <message>
        <source>This diary is kept in memory only; nothing is written to disk.</source>
        <translation>Dieses Tagebuch wird nur im Arbeitsspeicher gehalten; nichts wird auf den Datenträger geschrieben.</translation>
    </message>
    <message>
        <source>Show the diary&apos;s folder in the file manager</source>
        <translation>Den Ordner des Tagebuchs im Dateimanager anzeigen</translation>
    </message>
    <message>
        <source>Twitch Diary makes no network connection: everything stays on this machine.</source>
        <translation>Twitch Diary baut keine Netzwerkverbindung auf: Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). You may share and change it under its terms; it comes with no warranty.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later). Sie dürfen das Programm gemäß ihren Bedingungen weitergeben und verändern; es wird ohne jede Gewährleistung bereitgestellt.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, ausgeführt mit Qt %2.</translation>
    </message>
</context>
<context>
    <name>td::ui::AppSettings</name>
    <message>
        <source>1 cup</source>
        <translation>1 Tasse</translation>
    </message>
    <message>
        <source>%1 cups</source>
        <translation>%1 Tassen</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
</context>
<context>
    <name>td::ui::CaffeinePresetsDialog</name>
    <message>
        <source>Caffeine drinks</source>
        <translation>Koffeingetränke</translation>
    </message>
    <message>
        <source>Each drink is a button on Today. Entries already in the diary keep the amount they were logged with.</source>
        <translation>Jedes Getränk erscheint als Schaltfläche auf der Seite „Heute“. Einträge, die schon im Tagebuch stehen, behalten die Menge, mit der sie erfasst wurden.</translation>
    </message>
    <message>
        <source>Drink</source>
        <translation>Getränk</translation>
    </message>
    <message>
        <source>Caffeine (mg)</source>
        <translation>Koffein (mg)</translation>
    </message>
    <message>
        <source>&amp;Add drink</source>
        <translation>Getränk &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>At most %1 drinks fit on Today; remove some.</source>
        <translation>Auf der Seite „Heute“ haben höchstens %1 Getränke Platz; entfernen Sie einige.</translation>
    </message>
    <message>
        <source>Row %1 has no name. Type the drink&apos;s name, or remove the row.</source>
        <translation>Zeile %1 hat keinen Namen. Geben Sie den Namen des Getränks ein oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>“%1” is in the list twice. Give each drink its own name.</source>
        <translation>„%1“ steht zweimal in der Liste. Geben Sie jedem Getränk einen eigenen Namen.</translation>
    </message>
    <message>
        <source>The caffeine of “%1” must be a number of mg from 0 to %2 (it is “%3”).</source>
        <translation>Der Koffeingehalt von „%1“ muss eine Zahl in mg von 0 bis %2 sein (eingegeben: „%3“).</translation>
    </message>
    <message>
        <source>The drinks could not be saved: %1</source>
        <translation>Die Getränke konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::CustomFactorsDialog</name>
    <message>
        <source>&amp;Add factor</source>
        <translation>Faktor &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Custom factors</source>
        <translation>Eigene Faktoren</translation>
    </message>
    <message>
        <source>Your own factors appear on Today, one row each, and are analysed like caffeine or sleep.</source>
        <translation>Ihre eigenen Faktoren erscheinen auf der Seite „Heute“, jeweils in einer eigenen Zeile, und werden wie Koffein oder Schlaf ausgewertet.</translation>
    </message>
    <message>
        <source>e.g. cold exposure, screen time</source>
        <translation>z. B. Kälte, Bildschirmzeit</translation>
    </message>
    <message>
        <source>Factor name</source>
        <translation>Name des Faktors</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ja / Nein</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Kind of factor</source>
        <translation>Art des Faktors</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>e.g. h, km, cups</source>
        <translation>z. B. h, km, Tassen</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Einheit:</translation>
    </message>
    <message>
        <source>%1 (yes / no)</source>
        <translation>%1 (ja / nein)</translation>
    </message>
    <message>
        <source>%1 (number)</source>
        <translation>%1 (Zahl)</translation>
    </message>
    <message>
        <source>%1 (number, %2)</source>
        <translation>%1 (Zahl, %2)</translation>
    </message>
    <message>
        <source>Enter a name for the factor.</source>
        <translation>Geben Sie einen Namen für den Faktor ein.</translation>
    </message>
    <message>
        <source>There is already a factor called “%1”.</source>
        <translation>Es gibt bereits einen Faktor namens „%1“.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <source>Rename factor</source>
        <translation>Faktor umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Remove factor</source>
        <translation>Faktor entfernen</translation>
    </message>
    <message>
        <source>A factor needs a name; “%1” was not renamed.</source>
        <translation>Ein Faktor braucht einen Namen; „%1“ wurde nicht umbenannt.</translation>
    </message>
    <message>
        <source>There is already a factor called “%1”; “%2” was not renamed.</source>
        <translation>Es gibt bereits einen Faktor „%1“; „%2“ wurde nicht umbenannt.</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” and the %n value(s) logged for it? Edit › Undo brings them back, and the diary is backed up first (File › Restore from backup…).</source>
        <translation>
            <numerusform>„%1“ und den dafür erfassten %n Wert entfernen? Bearbeiten › Rückgängig holt ihn zurück, und das Tagebuch wird vorher gesichert (Datei › Aus Sicherung wiederherstellen…).</numerusform>
            <numerusform>„%1“ und die dafür erfassten %n Werte entfernen? Bearbeiten › Rückgängig holt sie zurück, und das Tagebuch wird vorher gesichert (Datei › Aus Sicherung wiederherstellen…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ui::DiaryEditor</name>
    <message>
        <source>%1 is no longer in the diary.</source>
        <translation>%1 ist nicht mehr im Tagebuch vorhanden.</translation>
    </message>
    <message>
        <source>Log twitch</source>
        <translation>Zuckung erfassen</translation>
    </message>
    <message>
        <source>The episode</source>
        <translation>Die Zuckung</translation>
    </message>
    <message>
        <source>Edit twitch</source>
        <translation>Zuckung bearbeiten</translation>
    </message>
    <message>
        <source>Delete twitch</source>
        <translation>Zuckung löschen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>The entry</source>
        <translation>Der Eintrag</translation>
    </message>
    <message>
        <source>Set sleep</source>
        <translation>Schlaf eintragen</translation>
    </message>
    <message>
        <source>Clear sleep</source>
        <translation>Schlafangabe entfernen</translation>
    </message>
    <message>
        <source>Set stress</source>
        <translation>Stress eintragen</translation>
    </message>
    <message>
        <source>Clear stress</source>
        <translation>Stressangabe entfernen</translation>
    </message>
    <message>
        <source>Mark day complete</source>
        <translation>Tag abschließen</translation>
    </message>
    <message>
        <source>Reopen day</source>
        <translation>Tag wieder öffnen</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 eintragen</translation>
    </message>
    <message>
        <source>Add medication %1</source>
        <translation>Medikament %1 hinzufügen</translation>
    </message>
    <message>
        <source>The medication</source>
        <translation>Das Medikament</translation>
    </message>
    <message>
        <source>Edit medication %1</source>
        <translation>Medikament %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete medication %1</source>
        <translation>Medikament %1 löschen</translation>
    </message>
    <message>
        <source>Plan experiment “%1”</source>
        <translation>Experiment „%1“ planen</translation>
    </message>
    <message>
        <source>The experiment</source>
        <translation>Das Experiment</translation>
    </message>
    <message>
        <source>Pause experiment “%1”</source>
        <translation>Experiment „%1“ pausieren</translation>
    </message>
    <message>
        <source>Stop experiment “%1”</source>
        <translation>Experiment „%1“ beenden</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n value(s) logged, so it was not removed.</source>
        <translation>
            <numerusform>Für „%1“ ist %n Wert erfasst, deshalb wurde der Faktor nicht entfernt.</numerusform>
            <numerusform>Für „%1“ sind %n Werte erfasst, deshalb wurde der Faktor nicht entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add factor %1</source>
        <translation>Faktor %1 hinzufügen</translation>
    </message>
    <message>
        <source>The factor “%1”</source>
        <translation>Der Faktor „%1“</translation>
    </message>
    <message>
        <source>Rename factor %1 to %2</source>
        <translation>Faktor %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Remove factor %1</source>
        <translation>Faktor %1 entfernen</translation>
    </message>
    <message>
        <source>Edit caffeine drinks</source>
        <translation>Koffeingetränke bearbeiten</translation>
    </message>
    <message>
        <source>Edit notes for the doctor</source>
        <translation>Notizen für den Arztbesuch bearbeiten</translation>
    </message>
</context>
<context>
    <name>td::ui::DiarySession</name>
    <message>
        <source>The backup was restored, but the diary could not be opened again: %1</source>
        <translation>Die Sicherung wurde wiederhergestellt, aber das Tagebuch konnte nicht erneut geöffnet werden: %1</translation>
    </message>
    <message>
        <source>This diary is open read-only, so it cannot be moved.</source>
        <translation>Dieses Tagebuch ist schreibgeschützt geöffnet und kann daher nicht verschoben werden.</translation>
    </message>
    <message>
        <source>There is already a file at %1. Choose a new file name; nothing was moved.</source>
        <translation>Unter %1 gibt es bereits eine Datei. Wählen Sie einen neuen Dateinamen; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created; nothing was moved.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>The diary could not be opened again at %1: %2</source>
        <translation>Das Tagebuch konnte unter %1 nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The diary is being read (an analysis or report is running). Wait a moment and move it again; nothing was moved.</source>
        <translation>Das Tagebuch wird gerade gelesen (eine Auswertung oder ein Bericht läuft). Warten Sie einen Moment und verschieben Sie es dann erneut; es wurde nichts verschoben.</translation>
    </message>
    <message>
        <source>The diary could not be copied to %1 (is the folder writable, and is there space?); it stays where it was.</source>
        <translation>Das Tagebuch konnte nicht nach %1 kopiert werden (ist der Ordner beschreibbar und ist genug Speicherplatz frei?); es bleibt, wo es war.</translation>
    </message>
    <message>
        <source>The copy at %1 was incomplete; the diary stays where it was.</source>
        <translation>Die Kopie unter %1 war unvollständig; das Tagebuch bleibt, wo es war.</translation>
    </message>
    <message>
        <source>The moved diary could not be opened (%1); it stays where it was.</source>
        <translation>Das verschobene Tagebuch konnte nicht geöffnet werden (%1); es bleibt, wo es war.</translation>
    </message>
    <message>
        <source>The daily backup could not be made.</source>
        <translation>Die tägliche Sicherung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>No backup could be made, so nothing was removed: %1</source>
        <translation>Es konnte keine Sicherung erstellt werden, daher wurde nichts entfernt: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::EpisodeDialog</name>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>Edit twitch</source>
        <translation>Zuckung bearbeiten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Wo:</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beidseits</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>&amp;Side:</source>
        <translation>&amp;Seite:</translation>
    </message>
    <message>
        <source>Strength, 1 to 10</source>
        <translation>Stärke, 1 bis 10</translation>
    </message>
    <message>
        <source>S&amp;trength (1–10):</source>
        <translation>S&amp;tärke (1–10):</translation>
    </message>
    <message>
        <source>not timed</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>Symptoms:</source>
        <translation>Symptome:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Time of the episode</source>
        <translation>Zeitpunkt der Zuckung</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>The time is later than now. Choose a time that has passed.</source>
        <translation>Der Zeitpunkt liegt in der Zukunft. Wählen Sie einen Zeitpunkt, der bereits vergangen ist.</translation>
    </message>
</context>
<context>
    <name>td::ui::EpisodeForm</name>
    <message>
        <source>Not timed</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>~30 s</source>
        <translation>~30 s</translation>
    </message>
    <message>
        <source>~1 min</source>
        <translation>~1 Min.</translation>
    </message>
    <message>
        <source>~5 min</source>
        <translation>~5 Min.</translation>
    </message>
    <message>
        <source>Both sides of the face</source>
        <translation>Beide Gesichtshälften</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <source>&amp;Log episode</source>
        <translation>Zuckung &amp;erfassen</translation>
    </message>
    <message>
        <source>Where does it twitch?</source>
        <translation>Wo zuckt es?</translation>
    </message>
    <message>
        <source>Elsewhere:</source>
        <translation>Andere Stelle:</translation>
    </message>
    <message>
        <source>Side of the body</source>
        <translation>Körperseite</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Middle / unsure</source>
        <translation>Mitte / unsicher</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <source>1 barely · 10 strongest</source>
        <translation>1 kaum spürbar · 10 am stärksten</translation>
    </message>
    <message>
        <source>How long:</source>
        <translation>Wie lange:</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>genau</translation>
    </message>
    <message>
        <source>Anything else with it? (worth telling a doctor)</source>
        <translation>Sonst noch etwas dabei? (beim Arztbesuch erwähnen)</translation>
    </message>
    <message>
        <source>Saves the episode now (Ctrl+Return)</source>
        <translation>Speichert die Zuckung sofort (Strg+Eingabetaste)</translation>
    </message>
    <message>
        <source>Click the face where it twitches.</source>
        <translation>Klicken Sie auf die Stelle im Gesicht, an der es zuckt.</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Elsewhere: %1</source>
        <translation>Anderswo: %1</translation>
    </message>
    <message>
        <source>Selects this part of the body; the side comes from the list below.</source>
        <translation>Wählt diesen Körperteil; die Seite kommt aus der Liste darunter.</translation>
    </message>
    <message>
        <source>1 is barely noticeable, 10 the strongest.</source>
        <translation>1 kaum spürbar, 10 am stärksten.</translation>
    </message>
    <message>
        <source>Lasted: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Strength %1 of %2</source>
        <translation>Stärke %1 von %2</translation>
    </message>
</context>
<context>
    <name>td::ui::ExperimentPlanDialog</name>
    <message>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <source>Choose one change. The app decides at random which periods are change periods and which are usual ones, so that a trend or chance cannot fake a result.</source>
        <translation>Wählen Sie eine Änderung. Die App legt zufällig fest, welche Phasen Änderungsphasen sind und welche normale, damit weder ein Trend noch der Zufall ein Ergebnis vortäuschen kann.</translation>
    </message>
    <message>
        <source>The change</source>
        <translation>Die Änderung</translation>
    </message>
    <message>
        <source>Caffeine at most … mg a day</source>
        <translation>Koffein höchstens … mg am Tag</translation>
    </message>
    <message>
        <source>No alcohol</source>
        <translation>Kein Alkohol</translation>
    </message>
    <message>
        <source>Sleep at least … hours</source>
        <translation>Schlaf mindestens … Stunden</translation>
    </message>
    <message>
        <source>Magnesium each day</source>
        <translation>Magnesium jeden Tag</translation>
    </message>
    <message>
        <source>Avoid a food</source>
        <translation>Ein Lebensmittel meiden</translation>
    </message>
    <message>
        <source>A yes/no factor of my own</source>
        <translation>Ein eigener Ja/Nein-Faktor</translation>
    </message>
    <message>
        <source>What to change</source>
        <translation>Was geändert wird</translation>
    </message>
    <message>
        <source>&amp;What to change:</source>
        <translation>&amp;Was ändern:</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Grenze:</translation>
    </message>
    <message>
        <source>e.g. aspartame</source>
        <translation>z. B. Aspartam</translation>
    </message>
    <message>
        <source>Food to avoid</source>
        <translation>Zu meidendes Lebensmittel</translation>
    </message>
    <message>
        <source>&amp;Food:</source>
        <translation>&amp;Lebensmittel:</translation>
    </message>
    <message>
        <source>Your yes/no factor</source>
        <translation>Ihr Ja/Nein-Faktor</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Faktor:</translation>
    </message>
    <message>
        <source>yes each day</source>
        <translation>jeden Tag ja</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>On change days</source>
        <translation>An Änderungstagen</translation>
    </message>
    <message>
        <source>On &amp;change days:</source>
        <translation>An Ä&amp;nderungstagen:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>The design</source>
        <translation>Der Ablauf</translation>
    </message>
    <message>
        <source>Randomized periods (a test)</source>
        <translation>Zufällig verteilte Phasen (ein Test)</translation>
    </message>
    <message>
        <source>Before and after (a description, not a test)</source>
        <translation>Vorher und nachher (eine Beschreibung, kein Test)</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>&amp;Design:</source>
        <translation>&amp;Ablauf:</translation>
    </message>
    <message>
        <source>Start day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Pairs of periods</source>
        <translation>Phasenpaare</translation>
    </message>
    <message>
        <source>&amp;Pairs of periods:</source>
        <translation>&amp;Phasenpaare:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Period length in days</source>
        <translation>Länge einer Phase in Tagen</translation>
    </message>
    <message>
        <source>Period &amp;length:</source>
        <translation>Phasen&amp;länge:</translation>
    </message>
    <message>
        <source>Washout days after each switch</source>
        <translation>Auswaschtage nach jedem Wechsel</translation>
    </message>
    <message>
        <source>The day of each switch and the days after it are not counted: a change needs time to act, and to wear off.</source>
        <translation>Der Tag jedes Wechsels und die Tage danach zählen nicht: Eine Änderung braucht Zeit, um zu wirken und um abzuklingen.</translation>
    </message>
    <message>
        <source>&amp;Washout after each switch:</source>
        <translation>Aus&amp;waschzeit nach jedem Wechsel:</translation>
    </message>
    <message>
        <source>Days before the change</source>
        <translation>Tage vor der Änderung</translation>
    </message>
    <message>
        <source>Days &amp;before:</source>
        <translation>Tage &amp;vorher:</translation>
    </message>
    <message>
        <source>Days with the change</source>
        <translation>Tage mit der Änderung</translation>
    </message>
    <message>
        <source>Days with the c&amp;hange:</source>
        <translation>Tage &amp;mit der Änderung:</translation>
    </message>
    <message>
        <source>What to expect (from your own diary)</source>
        <translation>Was zu erwarten ist (aus Ihrem eigenen Tagebuch)</translation>
    </message>
    <message>
        <source>&amp;Start experiment</source>
        <translation>Experiment &amp;starten</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>Caffeine withdrawal can last several days: 3 washout days after each switch are suggested.</source>
        <translation>Ein Koffeinentzug kann mehrere Tage dauern: 3 Auswaschtage nach jedem Wechsel sind empfohlen.</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Magnesium acts slowly: periods of 14 days are suggested.</source>
        <translation>Magnesium wirkt langsam: Phasen von 14 Tagen sind empfohlen.</translation>
    </message>
    <message>
        <source>You have no yes/no factor yet: add one under Edit › Custom factors.</source>
        <translation>Sie haben noch keinen Ja/Nein-Faktor: Legen Sie einen unter Bearbeiten › Eigene Faktoren an.</translation>
    </message>
    <message>
        <source>Name the food to avoid.</source>
        <translation>Nennen Sie das Lebensmittel, das Sie meiden wollen.</translation>
    </message>
    <message>
        <source>Choose your yes/no factor.</source>
        <translation>Wählen Sie Ihren Ja/Nein-Faktor.</translation>
    </message>
    <message>
        <source>Give the experiment a title.</source>
        <translation>Geben Sie dem Experiment einen Titel.</translation>
    </message>
    <message>
        <source>There is already an experiment called “%1”: choose another title.</source>
        <translation>Es gibt schon ein Experiment namens „%1“: Wählen Sie einen anderen Titel.</translation>
    </message>
    <message>
        <source>“%1” runs until %2. One experiment at a time: two changes at once would confound each other. Stop it first or wait until it has ended.</source>
        <translation>„%1“ läuft bis %2. Immer nur ein Experiment: Zwei Änderungen auf einmal würden sich gegenseitig verfälschen. Brechen Sie es zuerst ab oder warten Sie, bis es beendet ist.</translation>
    </message>
    <message>
        <source>Washout: at most %1 days for periods of %2 days, or nothing of a period would count.</source>
        <translation>Auswaschzeit: höchstens %1 Tage bei Phasen von %2 Tagen, sonst zählt von einer Phase nichts.</translation>
    </message>
    <message>
        <source>The start cannot be in the past.</source>
        <translation>Der Beginn kann nicht in der Vergangenheit liegen.</translation>
    </message>
    <message>
        <source>This plan is not valid: %1</source>
        <translation>Dieser Plan ist ungültig: %1</translation>
    </message>
    <message>
        <source>%1 pairs of %2-day periods: %3 days, from %4 to %5. In each pair the app decides by a coin toss whether the change comes first or second; you see the schedule on Today, day by day.</source>
        <translation>%1 Paare von Phasen zu %2 Tagen: %3 Tage, vom %4 bis %5. In jedem Paar entscheidet die App per Münzwurf, ob die Änderung zuerst oder danach kommt; was jeweils dran ist, sehen Sie Tag für Tag auf der Seite Heute.</translation>
    </message>
    <message>
        <source>Compares the %1 days before %2 with the %3 days from then on. Twitching often fades on its own, so a drop after the change proves nothing: this is a description, not a test.</source>
        <translation>Vergleicht die %1 Tage vor dem %2 mit den %3 Tagen ab dann. Zuckungen lassen oft von selbst nach, ein Rückgang nach der Änderung beweist also nichts: Das ist eine Beschreibung, kein Test.</translation>
    </message>
    <message>
        <source>A before/after comparison cannot tell the change from a trend or from chance, so there is no test and no power to show. The result is ready on %1.</source>
        <translation>Ein Vorher-nachher-Vergleich kann die Änderung nicht von einem Trend oder vom Zufall unterscheiden; es gibt daher keinen Test und keine Trefferquote. Das Ergebnis gibt es am %1.</translation>
    </message>
    <message>
        <source>Simulating 400 experiments on your diary…</source>
        <translation>Simuliere 400 Experimente mit Ihrem Tagebuch…</translation>
    </message>
    <message>
        <source>The result will be ready on %1.</source>
        <translation>Das Ergebnis gibt es am %1.</translation>
    </message>
    <message>
        <source>Your diary has %1 logged days in the last 12 weeks; a preview needs at least 28. With this design the smallest possible p-value is %2. %3</source>
        <translation>Ihr Tagebuch hat %1 eingetragene Tage in den letzten 12 Wochen; eine Vorschau braucht mindestens 28. Mit diesem Ablauf ist der kleinstmögliche p-Wert %2. %3</translation>
    </message>
    <message>
        <source>On days drawn from your last 12 weeks, this plan would show that the change helped about %1 in 10 times if it halves your twitching, and about %2 in 10 times if it cuts it by 30 %. %3 Nothing is stored until you start.</source>
        <translation>Mit Tagen aus Ihren letzten 12 Wochen würde dieser Plan etwa %1 von 10 Malen zeigen, dass die Änderung geholfen hat, wenn sie Ihre Zuckungen halbiert, und etwa %2 von 10 Malen, wenn sie sie um 30 % senkt. %3 Gespeichert wird erst, wenn Sie starten.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>Keine Vorschau: %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>optional: exactly what you will do, e.g. no cola either</source>
        <translation>optional: was genau Sie tun, z. B. auch keine Cola</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <source>Within 10 % (0.91–1.1)</source>
        <translation>Innerhalb von 10 % (0,91–1,1)</translation>
    </message>
    <message>
        <source>Within 20 % (0.8–1.25, suggested)</source>
        <translation>Innerhalb von 20 % (0,8–1,25, empfohlen)</translation>
    </message>
    <message>
        <source>Within a third (0.67–1.5)</source>
        <translation>Innerhalb eines Drittels (0,67–1,5)</translation>
    </message>
    <message>
        <source>What counts as no difference</source>
        <translation>Was als kein Unterschied gilt</translation>
    </message>
    <message>
        <source>The result says &quot;no difference&quot; only when its whole 95 % interval lies within this zone. A wider zone reaches that verdict more easily, and claims less.</source>
        <translation>Das Ergebnis lautet „kein Unterschied“ nur, wenn sein ganzes 95-%-Intervall in dieser Zone liegt. Eine breitere Zone erreicht dieses Urteil leichter und sagt weniger aus.</translation>
    </message>
    <message>
        <source>No difference &amp;means:</source>
        <translation>&amp;Kein Unterschied heißt:</translation>
    </message>
</context>
<context>
    <name>td::ui::ExperimentText</name>
    <message>
        <source>caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>water</source>
        <translation>Wasser</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>caffeine at most %1 mg</source>
        <translation>Koffein höchstens %1 mg</translation>
    </message>
    <message>
        <source>no alcohol</source>
        <translation>kein Alkohol</translation>
    </message>
    <message>
        <source>alcohol at most %1 units</source>
        <translation>Alkohol höchstens %1 Einheiten</translation>
    </message>
    <message>
        <source>sleep at most %1 h</source>
        <translation>Schlaf höchstens %1 h</translation>
    </message>
    <message>
        <source>water at most %1 l</source>
        <translation>Wasser höchstens %1 l</translation>
    </message>
    <message>
        <source>%1 at most %2</source>
        <translation>%1 höchstens %2</translation>
    </message>
    <message>
        <source>caffeine at least %1 mg</source>
        <translation>Koffein mindestens %1 mg</translation>
    </message>
    <message>
        <source>sleep at least %1 h</source>
        <translation>Schlaf mindestens %1 h</translation>
    </message>
    <message>
        <source>water at least %1 l</source>
        <translation>Wasser mindestens %1 l</translation>
    </message>
    <message>
        <source>%1 at least %2</source>
        <translation>%1 mindestens %2</translation>
    </message>
    <message>
        <source>%1 each day</source>
        <translation>%1 jeden Tag</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>kein(e) %1</translation>
    </message>
    <message>
        <source>logged</source>
        <translation>eingetragen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 l</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Not enough data</source>
        <translation>Zu wenige Daten</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Hat geholfen</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>No difference</source>
        <translation>Kein Unterschied</translation>
    </message>
    <message>
        <source>Inconclusive</source>
        <translation>Nicht eindeutig</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Description only</source>
        <translation>Nur eine Beschreibung</translation>
    </message>
    <message>
        <source>“%1” starts on %2: %3.</source>
        <translation>„%1“ beginnt am %2: %3.</translation>
    </message>
    <message>
        <source>“%1” has ended: the result is on the Experiments page.</source>
        <translation>„%1“ ist beendet: Das Ergebnis steht auf der Seite Experimente.</translation>
    </message>
    <message>
        <source>“%1” is paused on this day: live as usual; the day is not counted.</source>
        <translation>„%1“ ist an diesem Tag pausiert: Leben Sie wie gewohnt; der Tag zählt nicht.</translation>
    </message>
    <message>
        <source>Change day %1 of %2: %3</source>
        <translation>Änderungstag %1 von %2: %3</translation>
    </message>
    <message>
        <source>Before the change, day %1 of %2: live as usual.</source>
        <translation>Vor der Änderung, Tag %1 von %2: Leben Sie wie gewohnt.</translation>
    </message>
    <message>
        <source>Change week %1 of %2: %3</source>
        <translation>Änderungswoche (Woche %1 von %2): %3</translation>
    </message>
    <message>
        <source>Change period %1 of %2: %3</source>
        <translation>Änderungsphase (Phase %1 von %2): %3</translation>
    </message>
    <message>
        <source>Usual week %1 of %2: live as usual.</source>
        <translation>Normale Woche (Woche %1 von %2): Leben Sie wie gewohnt.</translation>
    </message>
    <message>
        <source>Usual period %1 of %2: live as usual.</source>
        <translation>Normale Phase (Phase %1 von %2): Leben Sie wie gewohnt.</translation>
    </message>
    <message>
        <source>— so far %1 ✓</source>
        <translation>— bisher %1 ✓</translation>
    </message>
    <message>
        <source>— so far %1 ✗</source>
        <translation>— bisher %1 ✗</translation>
    </message>
    <message>
        <source>— not logged yet</source>
        <translation>— noch nichts eingetragen</translation>
    </message>
    <message>
        <source>(Washout day: not counted, the switch needs time to act.)</source>
        <translation>(Auswaschtag: zählt nicht, der Wechsel braucht Zeit, um zu wirken.)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Experiment “%1”: today was a change day (%2). Note it, so the day counts.</source>
        <translation>Experiment „%1“: Heute war ein Änderungstag (%2). Tragen Sie ihn ein, damit der Tag zählt.</translation>
    </message>
    <message>
        <source>Experiment “%1”: today was a usual day. Note it, so the day counts.</source>
        <translation>Experiment „%1“: Heute war ein normaler Tag. Tragen Sie ihn ein, damit der Tag zählt.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 of %2 schedules</source>
        <translation>%1 von %2 Abfolgen</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1 (95 % CI %2–%3)</source>
        <translation>%1 (95-%-KI %2–%3)</translation>
    </message>
    <message>
        <source>%1 (95 % CI from %2, no upper limit)</source>
        <translation>%1 (95-%-KI ab %2, ohne obere Grenze)</translation>
    </message>
    <message>
        <source>%1 (95 % CI up to %2, no lower limit)</source>
        <translation>%1 (95-%-KI bis %2, ohne untere Grenze)</translation>
    </message>
    <message>
        <source>%1 (no interval: no episodes on change days)</source>
        <translation>%1 (kein Intervall: keine Zuckungen an Änderungstagen)</translation>
    </message>
    <message>
        <source>%1 (no interval: no episodes on usual days)</source>
        <translation>%1 (kein Intervall: keine Zuckungen an normalen Tagen)</translation>
    </message>
    <message>
        <source>%1 (no interval)</source>
        <translation>%1 (kein Intervall)</translation>
    </message>
    <message>
        <source>Running until %1; the result is ready on %2. No p-value before then: looking early and stopping when it looks good would fake results.</source>
        <translation>Läuft bis %1; das Ergebnis gibt es am %2. Vorher kein p-Wert: Wer früh nachsieht und aufhört, wenn es gut aussieht, täuscht sich selbst ein Ergebnis vor.</translation>
    </message>
    <message>
        <source>Stopped on %1: the numbers are a description only, not a test.</source>
        <translation>Am %1 abgebrochen: Die Zahlen sind nur eine Beschreibung, kein Test.</translation>
    </message>
    <message>
        <source>A before/after description, not a test: twitching often fades on its own, so a drop after the change proves nothing.</source>
        <translation>Eine Vorher-nachher-Beschreibung, kein Test: Zuckungen lassen oft von selbst nach, ein Rückgang nach der Änderung beweist also nichts.</translation>
    </message>
    <message>
        <source>%1 of %2 change days analysed</source>
        <translation>%1 von %2 Änderungstagen ausgewertet</translation>
    </message>
    <message>
        <source>%1 of %2 usual days analysed</source>
        <translation>%1 von %2 normalen Tagen ausgewertet</translation>
    </message>
    <message>
        <source>%1 pairs with logged days in both periods (at least %2 needed)</source>
        <translation>%1 Paare mit eingetragenen Tagen in beiden Phasen (mindestens %2 nötig)</translation>
    </message>
    <message>
        <source>Not enough logged days to judge: %1.</source>
        <translation>Zu wenige eingetragene Tage für ein Urteil: %1.</translation>
    </message>
    <message>
        <source>On change days you logged %1 twitches a day against %2 on usual days (rate ratio %3). Periods were assigned at random; a difference this large came up in %4 of the %5 possible schedules (p = %6).</source>
        <translation>An Änderungstagen haben Sie %1 Zuckungen pro Tag eingetragen, an normalen Tagen %2 (Ratenverhältnis %3). Die Phasen wurden zufällig verteilt; ein so großer Unterschied kam in %4 der %5 möglichen Abfolgen vor (p = %6).</translation>
    </message>
    <message numerus="yes">
        <source>The change helped you, over these %n day(s).</source>
        <translation>
            <numerusform>Die Änderung hat Ihnen geholfen, über diesen %n Tag.</numerusform>
            <numerusform>Die Änderung hat Ihnen geholfen, über diese %n Tage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You twitched more with the change, over these %n day(s).</source>
        <translation>
            <numerusform>Mit der Änderung hatten Sie mehr Zuckungen, über diesen %n Tag.</numerusform>
            <numerusform>Mit der Änderung hatten Sie mehr Zuckungen, über diese %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>No change larger than the equivalence zone (%1–%2) either way.</source>
        <translation>Keine Veränderung größer als die Gleichwertigkeitszone (%1–%2), in keine Richtung.</translation>
    </message>
    <message>
        <source>Inconclusive: neither a clear effect nor a clear absence of one.</source>
        <translation>Nicht eindeutig: weder ein klarer Effekt noch klar keiner.</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>potassium</source>
        <translation>Kalium</translation>
    </message>
</context>
<context>
    <name>td::ui::ExperimentsPage</name>
    <message>
        <source>&amp;New experiment…</source>
        <translation>&amp;Neues Experiment…</translation>
    </message>
    <message>
        <source>Insights shows what goes with your twitching. An experiment tests whether a change helps: the app decides at random when you make the change, and compares.</source>
        <translation>Die Auswertung zeigt, was mit Ihren Zuckungen einhergeht. Ein Experiment prüft, ob eine Änderung hilft: Die App legt zufällig fest, wann Sie die Änderung machen, und vergleicht.</translation>
    </message>
    <message>
        <source>Your experiments</source>
        <translation>Ihre Experimente</translation>
    </message>
    <message>
        <source>No experiment yet. Press New experiment… to test one change, such as caffeine at most 100 mg a day, for a few weeks. Logging every day, including days without twitches (Day complete on Today), is what makes the result count.</source>
        <translation>Noch kein Experiment. Mit Neues Experiment… testen Sie einige Wochen lang eine Änderung, etwa höchstens 100 mg Koffein am Tag. Damit das Ergebnis zählt, tragen Sie jeden Tag ein, auch Tage ohne Zuckungen (Tag abgeschlossen auf der Seite Heute).</translation>
    </message>
    <message>
        <source>Other factors (means on analysed days)</source>
        <translation>Andere Faktoren (Mittelwerte der ausgewerteten Tage)</translation>
    </message>
    <message>
        <source>Other factors on change and usual days</source>
        <translation>Andere Faktoren an Änderungs- und normalen Tagen</translation>
    </message>
    <message>
        <source>Twitches a day by day since the switch</source>
        <translation>Zuckungen pro Tag nach Tagen seit dem Wechsel</translation>
    </message>
    <message>
        <source>Twitches a day by day since the last switch</source>
        <translation>Zuckungen pro Tag nach Tagen seit dem letzten Wechsel</translation>
    </message>
    <message>
        <source>Chart: the experiment day by day</source>
        <translation>Diagramm: das Experiment Tag für Tag</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pausieren…</translation>
    </message>
    <message>
        <source>Holiday or illness: the paused days are left out of the comparison. Only today and later days can be paused.</source>
        <translation>Urlaub oder Krankheit: Pausierte Tage bleiben beim Vergleich außen vor. Nur heute und spätere Tage lassen sich pausieren.</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>&amp;Beenden…</translation>
    </message>
    <message>
        <source>Ends the experiment today; its numbers are then a description only, not a test.</source>
        <translation>Beendet das Experiment heute; seine Zahlen sind dann nur eine Beschreibung, kein Test.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>beginnt %1</translation>
    </message>
    <message>
        <source>running until %1</source>
        <translation>läuft bis %1</translation>
    </message>
    <message>
        <source>finished %1</source>
        <translation>beendet %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 pairs of %2-day periods in random order, %n washout day(s) after each switch</source>
        <translation>
            <numerusform>%1 Paare von Phasen zu %2 Tagen in zufälliger Reihenfolge, %n Auswaschtag nach jedem Wechsel</numerusform>
            <numerusform>%1 Paare von Phasen zu %2 Tagen in zufälliger Reihenfolge, %n Auswaschtage nach jedem Wechsel</numerusform>
        </translation>
    </message>
    <message>
        <source>before and after (a description, not a test)</source>
        <translation>vorher und nachher (eine Beschreibung, kein Test)</translation>
    </message>
    <message>
        <source>Change: %1. Design: %2. From %3 to %4.</source>
        <translation>Änderung: %1. Ablauf: %2. Vom %3 bis %4.</translation>
    </message>
    <message>
        <source>Adherence: on %1 of the change days the condition was met; on %2 of the usual days it was met anyway.</source>
        <translation>Einhaltung: An %1 der Änderungstage war die Bedingung erfüllt; an %2 der normalen Tage war sie es ohnehin.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The change was not kept apart from usual life well enough to judge it.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Die Änderung hob sich nicht deutlich genug vom gewohnten Alltag ab, um sie zu beurteilen.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Starts on %1. Today shows what each day is.</source>
        <translation>Beginnt am %1. Die Seite Heute zeigt, was an jedem Tag dran ist.</translation>
    </message>
    <message numerus="yes">
        <source>Day %1 of %2; %n day(s) left after today.</source>
        <translation>
            <numerusform>Tag %1 von %2; nach heute bleibt noch %n Tag.</numerusform>
            <numerusform>Tag %1 von %2; nach heute bleiben noch %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>So far: %1 twitches a day on %2 change days, %3 on %4 usual days (plain rates, not yet a result).</source>
        <translation>Bisher: %1 Zuckungen pro Tag an %2 Änderungstagen, %3 an %4 normalen Tagen (einfache Raten, noch kein Ergebnis).</translation>
    </message>
    <message>
        <source>Rate ratio (change against usual, stratified by pair): %1</source>
        <translation>Ratenverhältnis (Änderung gegen normal, nach Paaren geschichtet): %1</translation>
    </message>
    <message>
        <source>As large a difference or larger: %1 (p = %2)</source>
        <translation>Ein so großer Unterschied oder größer: %1 (p = %2)</translation>
    </message>
    <message>
        <source>Plain ratio after/before: %1× (a description)</source>
        <translation>Einfaches Verhältnis nachher/vorher: %1× (eine Beschreibung)</translation>
    </message>
    <message>
        <source>Plain rates: %1 twitches a day on %2 change days, %3 on %4 usual days.</source>
        <translation>Einfache Raten: %1 Zuckungen pro Tag an %2 Änderungstagen, %3 an %4 normalen Tagen.</translation>
    </message>
    <message>
        <source>Logging: %1 of the change days and %2 of the usual days were logged.</source>
        <translation>Eintragen: %1 der Änderungstage und %2 der normalen Tage sind eingetragen.</translation>
    </message>
    <message>
        <source>&lt;i&gt;The gap is more than 10 points: the test assumes that logging does not depend on the period.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Der Abstand beträgt mehr als 10 Prozentpunkte: Der Test setzt voraus, dass das Eintragen nicht von der Phase abhängt.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>You knew which periods were which, so expectation may play a part.</source>
        <translation>Sie wussten, welche Phase welche war; Erwartungen können also mitspielen.</translation>
    </message>
    <message>
        <source>You have %1 finished experiments: one “helped” by chance among several is not unusual (about 2.5 % each).</source>
        <translation>Sie haben %1 beendete Experimente: Ein zufälliges „hat geholfen“ unter mehreren ist nicht ungewöhnlich (etwa 2,5 % je Experiment).</translation>
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <translation>%1 (%2 T.)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Change days</source>
        <translation>Änderungstage</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Normale Tage</translation>
    </message>
    <message>
        <source>Day since the switch</source>
        <translation>Tag seit dem Wechsel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>%1 (washout)</source>
        <translation>%1 (Auswaschzeit)</translation>
    </message>
    <message>
        <source>“%1” runs until %2. One experiment at a time: two changes at once would confound each other. Stop it first or wait until it has ended.</source>
        <translation>„%1“ läuft bis %2. Immer nur ein Experiment: Zwei Änderungen auf einmal würden sich gegenseitig verfälschen. Brechen Sie es zuerst ab oder warten Sie, bis es beendet ist.</translation>
    </message>
    <message>
        <source>The experiment was not saved: %1</source>
        <translation>Das Experiment wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>“%1” is planned from %2 to %3. Today shows what each day is.</source>
        <translation>„%1“ ist vom %2 bis %3 geplant. Die Seite Heute zeigt, was an jedem Tag dran ist.</translation>
    </message>
    <message>
        <source>A pause starts today or later and ends on or after its start: a pause chosen after a bad day would bias the result.</source>
        <translation>Eine Pause beginnt heute oder später und endet nicht vor ihrem Beginn: Eine nach einem schlechten Tag gewählte Pause würde das Ergebnis verzerren.</translation>
    </message>
    <message>
        <source>The pause was not saved: %1</source>
        <translation>Die Pause wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>“%1” is paused from %2 to %3.</source>
        <translation>„%1“ ist vom %2 bis %3 pausiert.</translation>
    </message>
    <message>
        <source>The experiment was not stopped: %1</source>
        <translation>Das Experiment wurde nicht abgebrochen: %1</translation>
    </message>
    <message>
        <source>“%1” is stopped. Edit › Undo takes this back.</source>
        <translation>„%1“ ist abgebrochen. Bearbeiten › Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>Pause the experiment</source>
        <translation>Experiment pausieren</translation>
    </message>
    <message>
        <source>Holiday, illness, a week you cannot keep to the plan: paused days are left out of the comparison under every schedule. Only today and later days can be paused.</source>
        <translation>Urlaub, Krankheit, eine Woche, in der Sie sich nicht an den Plan halten können: Pausierte Tage bleiben bei jeder Abfolge außen vor. Nur heute und spätere Tage lassen sich pausieren.</translation>
    </message>
    <message>
        <source>First paused day</source>
        <translation>Erster pausierter Tag</translation>
    </message>
    <message>
        <source>Last paused day</source>
        <translation>Letzter pausierter Tag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop the experiment</source>
        <translation>Experiment beenden</translation>
    </message>
    <message>
        <source>Stop “%1” today? Its numbers are then a description only, not a test. Edit › Undo takes this back.</source>
        <translation>„%1“ heute beenden? Seine Zahlen sind dann nur eine Beschreibung, kein Test. Bearbeiten › Rückgängig nimmt das zurück.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Your note: %1</source>
        <translation>Ihre Notiz: %1</translation>
    </message>
    <message>
        <source>Working out the result…</source>
        <translation>Das Ergebnis wird berechnet…</translation>
    </message>
    <message>
        <source>The result could not be worked out: %1</source>
        <translation>Das Ergebnis konnte nicht berechnet werden: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::FaceMap</name>
    <message>
        <source>Click where it twitches. Arrow keys move between regions, Space or Enter selects.</source>
        <translation>Klicken Sie auf die Stelle, an der es zuckt. Mit den Pfeiltasten wechseln Sie zwischen den Bereichen, mit der Leer- oder Eingabetaste wählen Sie aus.</translation>
    </message>
    <message>
        <source>Face map: %1</source>
        <translation>Gesichtskarte: %1</translation>
    </message>
    <message>
        <source>Face map</source>
        <translation>Gesichtskarte</translation>
    </message>
    <message>
        <source>Your right</source>
        <translation>Ihre rechte Seite</translation>
    </message>
    <message>
        <source>Your left</source>
        <translation>Ihre linke Seite</translation>
    </message>
</context>
<context>
    <name>td::ui::FactorsPanel</name>
    <message>
        <source>Caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>Potassium</source>
        <translation>Kalium</translation>
    </message>
    <message>
        <source>Add %1, %2 mg of caffeine</source>
        <translation>%1 mit %2 mg Koffein hinzufügen</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Sonstiges:</translation>
    </message>
    <message>
        <source>Remove last</source>
        <translation>Letzten entfernen</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstiges</translation>
    </message>
    <message>
        <source>Sleep, stress and drinks</source>
        <translation>Schlaf, Stress und Getränke</translation>
    </message>
    <message>
        <source>e.g. 7.5</source>
        <translation>z. B. 7,5</translation>
    </message>
    <message>
        <source>Slept last night:</source>
        <translation>Schlaf letzte Nacht:</translation>
    </message>
    <message>
        <source>very poor</source>
        <translation>sehr schlecht</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>schlecht</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>good</source>
        <translation>gut</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>sehr gut</translation>
    </message>
    <message>
        <source>Sleep quality %1 of 5, %2</source>
        <translation>Schlafqualität %1 von 5, %2</translation>
    </message>
    <message>
        <source>1 very poor · 5 very good</source>
        <translation>1 sehr schlecht · 5 sehr gut</translation>
    </message>
    <message>
        <source>Sleep quality:</source>
        <translation>Schlafqualität:</translation>
    </message>
    <message>
        <source>Stress today, 0 to 10</source>
        <translation>Stress heute, 0 bis 10</translation>
    </message>
    <message>
        <source>Stress (0–10):</source>
        <translation>Stress (0–10):</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>+1 unit</source>
        <translation>+1 Einheit</translation>
    </message>
    <message>
        <source>Alcohol:</source>
        <translation>Alkohol:</translation>
    </message>
    <message>
        <source>+ glass (0.25 l)</source>
        <translation>+ Glas (0,25 l)</translation>
    </message>
    <message>
        <source>+ bottle (0.5 l)</source>
        <translation>+ Flasche (0,5 l)</translation>
    </message>
    <message>
        <source>Water:</source>
        <translation>Wasser:</translation>
    </message>
    <message>
        <source>Food and supplements</source>
        <translation>Lebensmittel und Nahrungsergänzung</translation>
    </message>
    <message>
        <source>e.g. aspartame, MSG, nuts</source>
        <translation>z. B. Aspartam, Glutamat, Nüsse</translation>
    </message>
    <message>
        <source>Food or additive</source>
        <translation>Lebensmittel oder Zusatzstoff</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Ate or drank:</source>
        <translation>Gegessen oder getrunken:</translation>
    </message>
    <message>
        <source>Supplements:</source>
        <translation>Nahrungsergänzung:</translation>
    </message>
    <message>
        <source>Confirms that everything for this day is logged, so a day without episodes counts as twitch-free instead of missing.</source>
        <translation>Bestätigt, dass für diesen Tag alles erfasst ist. So zählt ein Tag ohne Zuckungen als zuckungsfrei statt als fehlend.</translation>
    </message>
    <message>
        <source>Your own factors</source>
        <translation>Ihre eigenen Faktoren</translation>
    </message>
    <message>
        <source>Track anything else (cold, screen time, exercise…): define it in Edit › Custom factors…</source>
        <translation>Möchten Sie noch etwas anderes erfassen (Kälte, Bildschirmzeit, Sport…)? Legen Sie es unter Bearbeiten › Eigene Faktoren… an.</translation>
    </message>
    <message>
        <source>yes, today</source>
        <translation>ja, heute</translation>
    </message>
    <message>
        <source>Remove %1 from this day</source>
        <translation>%1 von diesem Tag entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Nothing noted yet.</source>
        <translation>Noch nichts eingetragen.</translation>
    </message>
    <message>
        <source>%1 %2 mg</source>
        <translation>%1 %2 mg</translation>
    </message>
    <message>
        <source>None so far.</source>
        <translation>Bisher nichts.</translation>
    </message>
    <message>
        <source>%1 unit(s)</source>
        <translation>%1 Einheit(en)</translation>
    </message>
    <message>
        <source>%1 l</source>
        <translation>%1 l</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>✓ Day complete — click to reopen</source>
        <translation>✓ Tag abgeschlossen — zum Wiederöffnen klicken</translation>
    </message>
    <message>
        <source>Day complete: everything is logged</source>
        <translation>Tag abgeschlossen: alles ist erfasst</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: %2 mg of caffeine</source>
        <translation>%1: %2 mg Koffein</translation>
    </message>
    <message numerus="yes">
        <source>So far: %1 from %n drink(s)</source>
        <translation>
            <numerusform>Bisher: %1 aus %n Getränk</numerusform>
            <numerusform>Bisher: %1 aus %n Getränken</numerusform>
        </translation>
    </message>
    <message>
        <source>aspartame</source>
        <translation>Aspartam</translation>
    </message>
    <message>
        <source>MSG</source>
        <translation>Glutamat</translation>
    </message>
    <message>
        <source>processed / high-sodium</source>
        <translation>Fertiggerichte / salzreich</translation>
    </message>
    <message>
        <source>bananas</source>
        <translation>Bananen</translation>
    </message>
    <message>
        <source>leafy greens</source>
        <translation>Blattgemüse</translation>
    </message>
    <message>
        <source>nuts</source>
        <translation>Nüsse</translation>
    </message>
    <message>
        <source>Saved as you move it. The mouse wheel changes it only after a click.</source>
        <translation>Wird beim Verschieben gespeichert. Das Mausrad ändert den Wert erst nach einem Klick.</translation>
    </message>
</context>
<context>
    <name>td::ui::HistoryModel</name>
    <message>
        <source>strength %1 of 10</source>
        <translation>Stärke %1 von 10</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Twitch: %1</source>
        <translation>Zuckung: %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>quality %1 of 5</source>
        <translation>Qualität %1 von 5</translation>
    </message>
    <message>
        <source>Sleep (night before)</source>
        <translation>Schlaf (Nacht davor)</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>%1 of 10</source>
        <translation>%1 von 10</translation>
    </message>
    <message>
        <source>Day complete</source>
        <translation>Tag abgeschlossen</translation>
    </message>
    <message>
        <source>No twitches</source>
        <translation>Keine Zuckungen</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n Zuckung</numerusform>
            <numerusform>%n Zuckungen</numerusform>
        </translation>
    </message>
    <message>
        <source>complete</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not checked in</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>td::ui::HistoryPage</name>
    <message>
        <source>Nothing logged yet. Episodes and daily factors you log on the Today page appear here, newest first.</source>
        <translation>Noch nichts erfasst. Zuckungen und Tagesfaktoren, die Sie auf der Seite „Heute“ erfassen, erscheinen hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Diary history</source>
        <translation>Tagebuchverlauf</translation>
    </message>
    <message>
        <source>Edit the selected twitch (or double-click it)</source>
        <translation>Ausgewählte Zuckung bearbeiten (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Delete the selected entries (Delete key); Edit &gt; Undo brings them back</source>
        <translation>Ausgewählte Einträge löschen (Entf-Taste); Bearbeiten &gt; Rückgängig stellt sie wieder her</translation>
    </message>
    <message>
        <source>Delete selected entries</source>
        <translation>Ausgewählte Einträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entry(s)</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Nicht gelöscht</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Es wurde nichts gelöscht: %1</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n entry(s). Edit &gt; Undo brings them back.</source>
        <translation>
            <numerusform>%n Eintrag gelöscht. Bearbeiten &gt; Rückgängig stellt ihn wieder her.</numerusform>
            <numerusform>%n Einträge gelöscht. Bearbeiten &gt; Rückgängig stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Calendar: pick a day to show its entries</source>
        <translation>Kalender: Wählen Sie einen Tag, um seine Einträge anzuzeigen</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n Zuckung</numerusform>
            <numerusform>%n Zuckungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Logged, no twitches</source>
        <translation>Erfasst, keine Zuckungen</translation>
    </message>
    <message>
        <source>Nothing was logged on %1. Go to Today and pick that date to add entries.</source>
        <translation>Am %1 wurde nichts erfasst. Wechseln Sie zu „Heute“ und wählen Sie dieses Datum, um Einträge hinzuzufügen.</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; days with twitching (stronger: more) · &lt;b&gt;bold&lt;/b&gt;: logged without twitching · plain: not logged</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;■&lt;/span&gt; Tage mit Zucken (kräftiger: mehr) · &lt;b&gt;fett&lt;/b&gt;: erfasst, ohne Zucken · normal: nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete entries</source>
        <translation>Einträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete all %n entry(s) of the selected day(s)?</source>
        <translation>
            <numerusform>Den %n Eintrag des gewählten Tages löschen?</numerusform>
            <numerusform>Alle %n Einträge der gewählten Tage löschen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit › Undo brings them back.</source>
        <translation>Bearbeiten › Rückgängig holt sie zurück.</translation>
    </message>
    <message>
        <source>Deleted %1. Edit &gt; Undo brings it back.</source>
        <translation>%1 gelöscht. Bearbeiten &gt; Rückgängig holt es zurück.</translation>
    </message>
</context>
<context>
    <name>td::ui::InsightsPage</name>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Period to analyse</source>
        <translation>Auszuwertender Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Wird ausgewertet</translation>
    </message>
    <message>
        <source>Episodes per day</source>
        <translation>Zuckungen pro Tag</translation>
    </message>
    <message>
        <source>Show alongside:</source>
        <translation>Zusätzlich anzeigen:</translation>
    </message>
    <message>
        <source>Factor shown alongside the episodes</source>
        <translation>Faktor, der zusammen mit den Zuckungen angezeigt wird</translation>
    </message>
    <message>
        <source>What goes with your twitching</source>
        <translation>Was mit Ihrem Zucken einhergeht</translation>
    </message>
    <message>
        <source>Where it twitches, week by week</source>
        <translation>Wo es zuckt, Woche für Woche</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Tageszeit</translation>
    </message>
    <message>
        <source>Calendar (latest 12 months of the period)</source>
        <translation>Kalender (die letzten 12 Monate des Zeitraums)</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird ausgewertet…</translation>
    </message>
    <message>
        <source>Nothing logged in this period yet.</source>
        <translation>In diesem Zeitraum wurde noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Honest answers about triggers need weeks to months of days; until then the page shows what you logged.</source>
        <translation>Belastbare Aussagen über Auslöser brauchen Wochen bis Monate an erfassten Tagen; bis dahin zeigt die Seite, was Sie erfasst haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s)</source>
        <translation>
            <numerusform>%n Zuckung</numerusform>
            <numerusform>%n Zuckungen</numerusform>
        </translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>%1: not recorded</source>
        <translation>%1: nicht erfasst</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not tested yet&lt;/b&gt; (each needs at least 5 days with and 5 without it, and 10 days with twitching):&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Noch nicht geprüft&lt;/b&gt; (jeder Faktor braucht mindestens 5 Tage mit und 5 Tage ohne ihn sowie 10 Tage mit Zucken):&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>No factor can be tested yet.</source>
        <translation>Noch kann kein Faktor geprüft werden.</translation>
    </message>
    <message>
        <source>What do the verdicts mean?</source>
        <translation>Was bedeuten die Einstufungen?</translation>
    </message>
    <message numerus="yes">
        <source>Nothing has been logged since %1 (%n day(s)).</source>
        <translation>
            <numerusform>Seit %1 wurde nichts erfasst (%n Tag).</numerusform>
            <numerusform>Seit %1 wurde nichts erfasst (%n Tage).</numerusform>
        </translation>
    </message>
    <message>
        <source>No factor is clearly associated with your twitching yet.</source>
        <translation>Noch hängt kein Faktor klar mit Ihrem Zucken zusammen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely associated:&lt;/b&gt; %1.</source>
        <translation>&lt;b&gt;Wahrscheinlicher Zusammenhang:&lt;/b&gt; %1.</translation>
    </message>
    <message>
        <source>Weak hints that may well be chance: %1 (in diaries with no trigger at all, about half show at least one such hint).</source>
        <translation>Schwache Hinweise, die gut Zufall sein können: %1 (in Tagebüchern ganz ohne Auslöser zeigt etwa die Hälfte mindestens einen solchen Hinweis).</translation>
    </message>
    <message>
        <source>Each row compares days with and without a factor (on the same day or one or two days before). A ratio above 1 means more episodes, below 1 fewer; the line is the 95 % interval, dashed where the interval and the reshuffling test disagree. Click a row for the details. These are associations, not proof of cause.</source>
        <translation>Jede Zeile vergleicht Tage mit und ohne einen Faktor (am selben Tag oder ein bis zwei Tage vorher). Ein Verhältnis über 1 bedeutet mehr Zuckungen, unter 1 weniger; die Linie ist das 95-%-Konfidenzintervall, gestrichelt, wo Intervall und Umordnungstest sich widersprechen. Klicken Sie auf eine Zeile, um Details zu sehen. Es handelt sich um Zusammenhänge, nicht um Belege für eine Ursache.</translation>
    </message>
    <message>
        <source>Chart: what goes with your twitching</source>
        <translation>Diagramm: was mit Ihrem Zucken einhergeht</translation>
    </message>
    <message>
        <source>Chart: episodes per day</source>
        <translation>Diagramm: Zuckungen pro Tag</translation>
    </message>
    <message>
        <source>Chart: episodes by hour of the day</source>
        <translation>Diagramm: Zuckungen nach Tageszeit</translation>
    </message>
    <message>
        <source>Chart: where it twitches, week by week</source>
        <translation>Diagramm: wo es zuckt, Woche für Woche</translation>
    </message>
    <message>
        <source>Chart: calendar of episodes</source>
        <translation>Diagramm: Kalender der Zuckungen</translation>
    </message>
    <message numerus="yes">
        <source>Most episodes (%n) began between %1:00 and %2:00.</source>
        <translation>
            <numerusform>Die meisten Zuckungen (%n) begannen zwischen %1:00 und %2:00 Uhr.</numerusform>
            <numerusform>Die meisten Zuckungen (%n) begannen zwischen %1:00 und %2:00 Uhr.</numerusform>
        </translation>
    </message>
    <message>
        <source>No episodes in this period.</source>
        <translation>Keine Zuckungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Episodes per body site and week; the same numbers are in the report&apos;s log.</source>
        <translation>Zuckungen pro Körperstelle und Woche; dieselben Zahlen stehen im Protokoll des Berichts.</translation>
    </message>
    <message numerus="yes">
        <source>%n factor(s) tested; use Up and Down to read each row.</source>
        <translation>
            <numerusform>%n Faktor geprüft; mit den Pfeiltasten hoch und runter lesen Sie jede Zeile.</numerusform>
            <numerusform>%n Faktoren geprüft; mit den Pfeiltasten hoch und runter lesen Sie jede Zeile.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1 of %2: %3. %4</source>
        <translation>Zeile %1 von %2: %3. %4</translation>
    </message>
    <message numerus="yes">
        <source>%1 – %2: %3 of %n day(s) logged, %4 with twitching, %5.</source>
        <translation>
            <numerusform>%1 – %2: %3 von %n Tag erfasst, %4 mit Zucken, %5.</numerusform>
            <numerusform>%1 – %2: %3 von %n Tagen erfasst, %4 mit Zucken, %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test this with an experiment…</source>
        <translation>Mit einem Experiment &amp;testen…</translation>
    </message>
    <message>
        <source>An association is not a cause. An experiment changes this factor in periods the app picks at random, and tells you whether the change helps.</source>
        <translation>Ein Zusammenhang ist keine Ursache. Ein Experiment ändert diesen Faktor in Phasen, die die App zufällig wählt, und sagt Ihnen, ob die Änderung hilft.</translation>
    </message>
</context>
<context>
    <name>td::ui::MainWindow</name>
    <message>
        <source>Twitch Diary — %1 (read-only)</source>
        <translation>Twitch Diary — %1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Twitch Diary — %1</source>
        <translation>Twitch Diary — %1</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>He&amp;ute</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Insights</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>Be&amp;richt</translation>
    </message>
    <message>
        <source>Opened read-only: nothing can be changed.</source>
        <translation>Schreibgeschützt geöffnet: Es kann nichts geändert werden.</translation>
    </message>
    <message>
        <source>Everything is saved the moment you enter it.</source>
        <translation>Alles wird sofort bei der Eingabe gespeichert.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import diary (JSON)…</source>
        <translation>Tagebuch &amp;importieren (JSON)…</translation>
    </message>
    <message>
        <source>Import a diary file</source>
        <translation>Tagebuchdatei importieren</translation>
    </message>
    <message>
        <source>Twitch Diary files (*.json);;All files (*)</source>
        <translation>Twitch-Diary-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Export diary (JSON)…</source>
        <translation>Tagebuch &amp;exportieren (JSON)…</translation>
    </message>
    <message>
        <source>twitch-diary-%1.json</source>
        <translation>twitch-diary-%1.json</translation>
    </message>
    <message>
        <source>Export the diary</source>
        <translation>Tagebuch exportieren</translation>
    </message>
    <message>
        <source>Twitch Diary files (*.json)</source>
        <translation>Twitch-Diary-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export for a &amp;spreadsheet (CSV)…</source>
        <translation>Für &amp;Tabellenkalkulation exportieren (CSV)…</translation>
    </message>
    <message>
        <source>twitch-diary-%1.csv</source>
        <translation>twitch-diary-%1.csv</translation>
    </message>
    <message>
        <source>Export two tables: episodes and days</source>
        <translation>Zwei Tabellen exportieren: Zuckungen und Tage</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Medications…</source>
        <translation>&amp;Medikamente…</translation>
    </message>
    <message>
        <source>&amp;Custom factors…</source>
        <translation>&amp;Eigene Faktoren…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Twitch Diary</source>
        <translation>&amp;Über Twitch Diary</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing in your diary changed.

%2

Correct the file and import it again.</source>
        <translation>%1 wurde nicht importiert, und an Ihrem Tagebuch hat sich nichts geändert.

%2

Korrigieren Sie die Datei und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 was not imported, and nothing in your diary changed.

%2</source>
        <translation>%1 wurde nicht importiert, und an Ihrem Tagebuch hat sich nichts geändert.

%2</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported the diary to %1.</source>
        <translation>Das Tagebuch wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the diary with this backup? The diary as it is now is kept as a backup first.</source>
        <translation>Das Tagebuch durch diese Sicherung ersetzen? Das Tagebuch im jetzigen Zustand wird vorher als Sicherung aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restored the backup. The diary as it was is kept as %1.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Das Tagebuch im vorherigen Zustand bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <source>Exported %1 and %2.</source>
        <translation>%1 und %2 exportiert.</translation>
    </message>
    <message>
        <source>Twitch Diary — SAMPLE DATA, not your diary (%1)</source>
        <translation>Twitch Diary — BEISPIELDATEN, nicht Ihr Tagebuch (%1)</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>You are looking at generated sample data in a separate file. Nothing you do here touches your own diary. Close this window to go back.</source>
        <translation>Sie sehen erzeugte Beispieldaten in einer separaten Datei. Nichts, was Sie hier tun, wirkt sich auf Ihr eigenes Tagebuch aus. Schließen Sie dieses Fenster, um zurückzukehren.</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>The sample diary could not be made: %1
Your own diary is unchanged.</source>
        <translation>Das Beispieltagebuch konnte nicht erstellt werden: %1
Ihr eigenes Tagebuch ist unverändert.</translation>
    </message>
    <message>
        <source>The sample diary opened in its own window.</source>
        <translation>Das Beispieltagebuch wurde in einem eigenen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>Today is not marked complete yet: note caffeine, sleep, stress and food on Today, then press Day complete. (This desktop has no system tray, so reminders appear here.)</source>
        <translation>Der heutige Tag ist noch nicht abgeschlossen: Tragen Sie auf der Seite „Heute“ Koffein, Schlaf, Stress und Lebensmittel ein und klicken Sie dann auf „Tag abgeschlossen“. (Diese Arbeitsumgebung hat keinen Infobereich, daher erscheinen Erinnerungen hier.)</translation>
    </message>
    <message>
        <source>Explore with sa&amp;mple data</source>
        <translation>&amp;Mit Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Close sample</source>
        <translation>Beispiel &amp;schließen</translation>
    </message>
    <message>
        <source>Caffeine &amp;drinks…</source>
        <translation>&amp;Koffeingetränke…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Your diary file is damaged</source>
        <translation>Ihre Tagebuchdatei ist beschädigt</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Keep working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>%1

Entries may be missing, and nothing new is written to the file. Restore the latest backup: the damaged file is kept as a backup first, so nothing is lost.</source>
        <translation>%1

Einträge können fehlen, und in die Datei wird nichts Neues geschrieben. Stellen Sie die neueste Sicherung wieder her: Die beschädigte Datei wird zuvor als Sicherung aufbewahrt, es geht also nichts verloren.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Import: values differ</source>
        <translation>Import: Werte weichen ab</translation>
    </message>
    <message>
        <source>%1 has day values that differ from your diary:

%2

Keep your diary&apos;s values (nothing is imported), or take the file&apos;s values for these days?</source>
        <translation>%1 enthält Tageswerte, die von Ihrem Tagebuch abweichen:

%2

Die Werte Ihres Tagebuchs behalten (es wird nichts importiert) oder für diese Tage die Werte der Datei übernehmen?</translation>
    </message>
    <message>
        <source>Take the file&apos;s values</source>
        <translation>Werte der Datei übernehmen</translation>
    </message>
    <message>
        <source>Keep my diary&apos;s values</source>
        <translation>Werte meines Tagebuchs behalten</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing in your diary changed.</source>
        <translation>%1 wurde nicht importiert; in Ihrem Tagebuch hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Imported %1: %2 entries added, %3 already in the diary, %4 day values updated.</source>
        <translation>%1 importiert: %2 Einträge hinzugefügt, %3 schon im Tagebuch, %4 Tageswerte aktualisiert.</translation>
    </message>
    <message>
        <source>E&amp;xperiments</source>
        <translation>E&amp;xperimente</translation>
    </message>
    <message>
        <source>%1

What the window shows may be incomplete; nothing was changed by this. If it keeps happening, the file may be damaged: File › Restore from backup… keeps the current file as a backup first.</source>
        <translation>%1

Was das Fenster zeigt, ist womöglich unvollständig; dadurch wurde nichts verändert. Wenn es wieder vorkommt, ist die Datei vielleicht beschädigt: Datei › Aus Sicherung wiederherstellen… bewahrt die aktuelle Datei zuvor als Sicherung auf.</translation>
    </message>
    <message>
        <source>The diary could not be read</source>
        <translation>Das Tagebuch konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 Nothing was exported.</source>
        <translation>%1 Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>td::ui::MedicationsDialog</name>
    <message>
        <source>Stopped on</source>
        <translation>Abgesetzt am</translation>
    </message>
    <message>
        <source>&amp;Add as new</source>
        <translation>Als neu &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>S&amp;top today</source>
        <translation>Heute &amp;absetzen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Medications you take or took. A medication started shortly before twitching began is itself worth telling your doctor about.</source>
        <translation>Medikamente, die Sie einnehmen oder eingenommen haben. Ein Medikament, mit dem Sie kurz vor Beginn des Zuckens angefangen haben, sollten Sie beim Arztbesuch auf jeden Fall erwähnen.</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>e.g. sertraline</source>
        <translation>z. B. Sertralin</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>e.g. 50 mg</source>
        <translation>z. B. 50 mg</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>D&amp;osis:</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Begonnen am</translation>
    </message>
    <message>
        <source>Sta&amp;rted on:</source>
        <translation>&amp;Begonnen am:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source> — %1 to %2</source>
        <translation> — %1 bis %2</translation>
    </message>
    <message>
        <source> — since %1</source>
        <translation> — seit %1</translation>
    </message>
    <message>
        <source>Enter the medication&apos;s name.</source>
        <translation>Geben Sie den Namen des Medikaments ein.</translation>
    </message>
    <message>
        <source>The start date %1 is in the future.</source>
        <translation>Das Anfangsdatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>The stop date %1 is before the start date %2.</source>
        <translation>Das Enddatum %1 liegt vor dem Anfangsdatum %2.</translation>
    </message>
    <message>
        <source>The stop date %1 is in the future.</source>
        <translation>Das Enddatum %1 liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 starts on %2, after today.</source>
        <translation>%1 beginnt am %2, also nach dem heutigen Tag.</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Nicht gelöscht: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::NumberField</name>
    <message>
        <source>&quot;%1&quot; is not a number.</source>
        <translation>„%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3 %4.</source>
        <translation>%1 muss zwischen %2 und %3 %4 liegen.</translation>
    </message>
    <message>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>td::ui::RedFlagBanner</name>
    <message>
        <source>Twitching has gone on for weeks</source>
        <translation>Das Zucken hält seit Wochen an</translation>
    </message>
    <message>
        <source>Twitching in new places</source>
        <translation>Zucken an neuen Stellen</translation>
    </message>
    <message>
        <source>Symptoms beyond the twitch</source>
        <translation>Symptome über das Zucken hinaus</translation>
    </message>
    <message>
        <source>Began soon after starting a medication</source>
        <translation>Begann kurz nach Beginn einer Medikamenteneinnahme</translation>
    </message>
    <message>
        <source>More episodes lately</source>
        <translation>In letzter Zeit mehr Zuckungen</translation>
    </message>
    <message>
        <source>Keeps coming back</source>
        <translation>Tritt immer wieder auf</translation>
    </message>
    <message>
        <source>&lt;b&gt;No warning signs in your diary so far.&lt;/b&gt; This is not a diagnosis: if something worries you, see a doctor.</source>
        <translation>&lt;b&gt;Bisher keine Warnzeichen in Ihrem Tagebuch.&lt;/b&gt; Dies ist keine Diagnose: Wenn Sie etwas beunruhigt, wenden Sie sich an eine Ärztin oder einen Arzt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Worth showing to a doctor&lt;/b&gt; — these patterns in your diary are reasons to get a check-up. They are not a diagnosis.&lt;ul style=&apos;margin:0&apos;&gt;</source>
        <translation>&lt;b&gt;Beim Arztbesuch ansprechen&lt;/b&gt; — diese Muster in Ihrem Tagebuch sind Gründe für eine ärztliche Untersuchung. Sie sind keine Diagnose.&lt;ul style=&apos;margin:0&apos;&gt;</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>anhaltend</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>abgeklungen</translation>
    </message>
    <message>
        <source>possibly; the diary has gaps</source>
        <translation>möglicherweise; das Tagebuch hat Lücken</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2, %3): %4&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2, %3): %4&lt;/li&gt;</translation>
    </message>
    <message>
        <source>More episodes before the diary stopped</source>
        <translation>Mehr Zuckungen, bevor das Tagebuch endete</translation>
    </message>
    <message>
        <source>ongoing at the last entry, %1</source>
        <translation>beim letzten Eintrag andauernd, %1</translation>
    </message>
</context>
<context>
    <name>td::ui::ReportPage</name>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Chronological log</source>
        <translation>Chronologisches Protokoll</translation>
    </message>
    <message>
        <source>Notes for the doctor</source>
        <translation>Notizen für den Arztbesuch</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Geburtsdatum:</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Report from</source>
        <translation>Bericht von</translation>
    </message>
    <message>
        <source>Report to</source>
        <translation>Bericht bis</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <source>12 months</source>
        <translation>12 Monate</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>From my locale (%1)</source>
        <translation>Nach Regionseinstellung (%1)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Include</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>One-page summary (always)</source>
        <translation>Einseitige Zusammenfassung (immer)</translation>
    </message>
    <message>
        <source>Printed on this export only</source>
        <translation>Erscheint nur in diesem Export</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Your name, for this export</source>
        <translation>Ihr Name, für diesen Export</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Name and date of birth are not saved anywhere.</source>
        <translation>Name und Geburtsdatum werden nirgends gespeichert.</translation>
    </message>
    <message>
        <source>What you have tried (less coffee, magnesium…), questions to ask…</source>
        <translation>Was Sie schon ausprobiert haben (weniger Kaffee, Magnesium…), Fragen, die Sie stellen möchten…</translation>
    </message>
    <message>
        <source>Preview of the report pages</source>
        <translation>Vorschau der Berichtsseiten</translation>
    </message>
    <message>
        <source>Your notes were not saved: %1</source>
        <translation>Ihre Notizen wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Page 1 is the summary a doctor reads first.</source>
        <translation>
            <numerusform>%n Seite. Seite 1 ist die Zusammenfassung, die in der Arztpraxis zuerst gelesen wird.</numerusform>
            <numerusform>%n Seiten. Seite 1 ist die Zusammenfassung, die in der Arztpraxis zuerst gelesen wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report is still being prepared.</source>
        <translation>Der Bericht wird noch erstellt.</translation>
    </message>
    <message>
        <source>twitch-diary-summary-%1.pdf</source>
        <translation>twitch-diary-summary-%1.pdf</translation>
    </message>
    <message>
        <source>Export the doctor summary</source>
        <translation>Zusammenfassung für den Arztbesuch exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1 (readable by you only).</source>
        <translation>%1 gespeichert (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>Pages %1–%2 (the rest of the chronological log) are in the PDF.</source>
        <translation>Die Seiten %1–%2 (der Rest des chronologischen Protokolls) stehen in der PDF-Datei.</translation>
    </message>
    <message>
        <source>The report could not be prepared: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>td::ui::ReportRenderer</name>
    <message>
        <source>Twitch diary: summary for the doctor</source>
        <translation>Zuckungstagebuch: Zusammenfassung für den Arztbesuch</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren am %1</translation>
    </message>
    <message>
        <source>Period %1 – %2 (%3 days). Generated %4.</source>
        <translation>Zeitraum %1 – %2 (%3 Tage). Erstellt am %4.</translation>
    </message>
    <message>
        <source>Generated %1. The diary has no entries in this period.</source>
        <translation>Erstellt am %1. Das Tagebuch enthält in diesem Zeitraum keine Einträge.</translation>
    </message>
    <message>
        <source>Self-reported diary, not a clinical measurement. Associations are not causes; nothing here is a diagnosis.</source>
        <translation>Selbst geführtes Tagebuch, keine klinische Messung. Zusammenhänge sind keine Ursachen; nichts hiervon ist eine Diagnose.</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Warnzeichen</translation>
    </message>
    <message>
        <source>Course and frequency</source>
        <translation>Verlauf und Häufigkeit</translation>
    </message>
    <message>
        <source>First episode in the diary: %1.</source>
        <translation>Erste Zuckung im Tagebuch: %1.</translation>
    </message>
    <message>
        <source>No episodes logged.</source>
        <translation>Keine Zuckungen erfasst.</translation>
    </message>
    <message>
        <source>Strength (1–10): median %1 (middle half %2–%3), highest %4.</source>
        <translation>Stärke (1–10): Median %1 (mittlere Hälfte %2–%3), Höchstwert %4.</translation>
    </message>
    <message>
        <source>Duration: median %1 s (middle half %2–%3 s; %4 of %5 episodes timed).</source>
        <translation>Dauer: Median %1 s (mittlere Hälfte %2–%3 s; %4 von %5 Zuckungen mit Zeitangabe).</translation>
    </message>
    <message>
        <source>Where it twitches</source>
        <translation>Wo es zuckt</translation>
    </message>
    <message>
        <source>&lt;p&gt;No episodes in this period.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Zuckungen in diesem Zeitraum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>Symptoms besides the twitch</source>
        <translation>Symptome neben dem Zucken</translation>
    </message>
    <message>
        <source>&lt;p&gt;None reported.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine angegeben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>&lt;p&gt;None recorded.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine erfasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1%2: started %3, %4</source>
        <translation>%1%2: begonnen am %3, %4</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>abgesetzt am %1</translation>
    </message>
    <message>
        <source>still taken</source>
        <translation>wird noch eingenommen</translation>
    </message>
    <message>
        <source>What goes with the twitching (associations, not causes)</source>
        <translation>Was mit dem Zucken einhergeht (Zusammenhänge, keine Ursachen)</translation>
    </message>
    <message>
        <source>How complete the diary is</source>
        <translation>Vollständigkeit des Tagebuchs</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>caffeine %1 mg</source>
        <translation>Koffein %1 mg</translation>
    </message>
    <message>
        <source>sleep %1</source>
        <translation>Schlaf %1</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source> (quality %1/5)</source>
        <translation> (Qualität %1/5)</translation>
    </message>
    <message>
        <source>stress %1/10</source>
        <translation>Stress %1/10</translation>
    </message>
    <message>
        <source>alcohol %1 unit(s)</source>
        <translation>Alkohol %1 Einheit(en)</translation>
    </message>
    <message>
        <source>foods: %1</source>
        <translation>Lebensmittel: %1</translation>
    </message>
    <message>
        <source>supplements: %1</source>
        <translation>Nahrungsergänzung: %1</translation>
    </message>
    <message>
        <source>no episodes (day complete)</source>
        <translation>keine Zuckungen (Tag abgeschlossen)</translation>
    </message>
    <message>
        <source>no episodes logged</source>
        <translation>keine Zuckungen erfasst</translation>
    </message>
    <message>
        <source>day complete</source>
        <translation>Tag abgeschlossen</translation>
    </message>
    <message>
        <source>Chronological log</source>
        <translation>Chronologisches Protokoll</translation>
    </message>
    <message>
        <source>Notes for the doctor</source>
        <translation>Notizen für den Arztbesuch</translation>
    </message>
    <message>
        <source>Episodes per day, with %1</source>
        <translation>Zuckungen pro Tag, mit %1</translation>
    </message>
    <message>
        <source>Rate ratios with 95 % intervals (associations, not causes)</source>
        <translation>Ratenverhältnisse mit 95-%-Konfidenzintervallen (Zusammenhänge, keine Ursachen)</translation>
    </message>
    <message>
        <source>Where it twitches, week by week</source>
        <translation>Wo es zuckt, Woche für Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Symptoms / day&apos;s factors</source>
        <translation>Symptome / Tagesfaktoren</translation>
    </message>
    <message>
        <source>Twitch Diary · self-reported diary, not a clinical measurement</source>
        <translation>Twitch Diary · selbst geführtes Tagebuch, keine klinische Messung</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n episode(s), %2 – %3</source>
        <translation>
            <numerusform>%1: %n Zuckung, %2 – %3</numerusform>
            <numerusform>%1: %n Zuckungen, %2 – %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The diary was last kept on %1: nothing has been logged in the %n day(s) since, up to %2.</source>
        <translation>
            <numerusform>Das Tagebuch wurde zuletzt am %1 geführt: Am %n Tag danach, bis %2, wurde nichts erfasst.</numerusform>
            <numerusform>Das Tagebuch wurde zuletzt am %1 geführt: In den %n Tagen danach, bis %2, wurde nichts erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last episode logged: %1.</source>
        <translation>Letzte erfasste Zuckung: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Still twitching: last episode %1, %n day(s) after the first.</source>
        <translation>
            <numerusform>Zuckt noch: letzte Zuckung %1, %n Tag nach der ersten.</numerusform>
            <numerusform>Zuckt noch: letzte Zuckung %1, %n Tage nach der ersten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last episode %1; none logged in the %n day(s) since.</source>
        <translation>
            <numerusform>Letzte Zuckung %1; am %n Tag danach keine erfasst.</numerusform>
            <numerusform>Letzte Zuckung %1; in den %n Tagen danach keine erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Twitching on %1 of %n logged day(s) (%2 %; 95 % CI %3–%4 %).</source>
        <translation>
            <numerusform>Zucken an %1 von %n erfassten Tag (%2 %; 95-%-KI %3–%4 %).</numerusform>
            <numerusform>Zucken an %1 von %n erfassten Tagen (%2 %; 95-%-KI %3–%4 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 days in the period were logged (%3 %).</source>
        <translation>%1 von %2 Tagen im Zeitraum wurden erfasst (%3 %).</translation>
    </message>
    <message>
        <source>Nothing was logged from %1 to %2.</source>
        <translation>Vom %1 bis %2 wurde nichts erfasst.</translation>
    </message>
    <message>
        <source>Days that were not logged are treated as unknown, never as days without twitching.</source>
        <translation>Nicht erfasste Tage gelten als unbekannt, nie als Tage ohne Zucken.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin:0&apos;&gt;Nothing was logged in this period.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin:0&apos;&gt;In diesem Zeitraum wurde nichts erfasst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Likely associations</source>
        <translation>Wahrscheinliche Zusammenhänge</translation>
    </message>
    <message>
        <source>Weak hints that may well be chance</source>
        <translation>Schwache Hinweise, die gut Zufall sein können</translation>
    </message>
    <message>
        <source>No clear association</source>
        <translation>Kein klarer Zusammenhang</translation>
    </message>
    <message>
        <source>Every factor compared, in words</source>
        <translation>Jeder verglichene Faktor, in Worten</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin:0&apos;&gt;A dashed interval in the chart above marks a factor whose interval and reshuffling test disagree; its sentence says why.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin:0&apos;&gt;Ein gestricheltes Intervall im Diagramm oben markiert einen Faktor, bei dem Intervall und Umordnungstest sich widersprechen; sein Satz erklärt, warum.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every episode so far was on that day.</source>
        <translation>Alle bisherigen Zuckungen waren an diesem Tag.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n day(s) the diary was kept in the period (%2) were logged (%3 %).</source>
        <translation>
            <numerusform>%1 des %n Tages, an dem das Tagebuch im Zeitraum geführt wurde (%2), wurde erfasst (%3 %).</numerusform>
            <numerusform>%1 der %n Tage, an denen das Tagebuch im Zeitraum geführt wurde (%2), wurden erfasst (%3 %).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;…and %1 more places (see the chart on page %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;…und %1 weitere Stellen (siehe Diagramm auf Seite %2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Experiments (changes tested with randomly assigned periods)</source>
        <translation>Experimente (Änderungen, getestet mit zufällig zugeteilten Abschnitten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), %3 – %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), %3 – %4</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;stopped&lt;/b&gt; on %2, before its end; not tested.</source>
        <translation>%1: am %2 vor dem Ende &lt;b&gt;abgebrochen&lt;/b&gt;; nicht getestet.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;running&lt;/b&gt; (day %2 of %3); the result is due on %4. No result is given before the end.</source>
        <translation>%1: &lt;b&gt;läuft&lt;/b&gt; (Tag %2 von %3); das Ergebnis gibt es am %4. Vor dem Ende wird kein Ergebnis gezeigt.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;. %3 episodes a day before, %4 after; twitching often fades on its own, so a drop after a change proves nothing.</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;. %3 Zuckungen am Tag davor, %4 danach; Zuckungen klingen oft von selbst ab, ein Rückgang nach einer Änderung beweist also nichts.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt; (%3). Page %4.</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt; (%3). Seite %4.</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;. Rate ratio %3 (%4); a difference this large came up in %5 of the %6 possible schedules (p = %7). Page %8.</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;. Ratenverhältnis %3 (%4); ein so großer Unterschied ergab sich in %5 der %6 möglichen Zuteilungen (p = %7). Seite %8.</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;margin:2px 0 0 0&apos;&gt;With several experiments, one that seems to help by chance is not unusual (about 1 in 40 each).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;margin:2px 0 0 0&apos;&gt;Bei mehreren Experimenten ist es nicht ungewöhnlich, dass eines zufällig zu helfen scheint (bei jedem etwa 1 zu 40).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <source>A randomized n-of-1 trial the patient ran in the diary, reported after CENT 2015. Self-reported and not blinded: the patient knew which periods were which, so expectation may play a part.</source>
        <translation>Eine randomisierte n-of-1-Studie, die die Patientin oder der Patient im Tagebuch durchgeführt hat, berichtet nach CENT 2015. Selbst erfasst und nicht verblindet: Die Person wusste, welcher Abschnitt welcher war, Erwartung kann also eine Rolle spielen.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Change days: %1 episodes a day (%2 episodes on %3 analysed days). Usual days: %4 a day (%5 on %6). These are plain rates.</source>
        <translation>Tage mit Änderung: %1 Zuckungen am Tag (%2 Zuckungen an %3 ausgewerteten Tagen). Übliche Tage: %4 am Tag (%5 an %6). Das sind einfache Raten.</translation>
    </message>
    <message>
        <source>Not tested: %1.</source>
        <translation>Nicht getestet: %1.</translation>
    </message>
    <message>
        <source>Rate ratio, change against usual, stratified by pair (Mantel–Haenszel): &lt;b&gt;%1&lt;/b&gt; (%2, by test inversion).</source>
        <translation>Ratenverhältnis, Änderung gegen üblich, nach Paaren geschichtet (Mantel–Haenszel): &lt;b&gt;%1&lt;/b&gt; (%2, durch Testinversion).</translation>
    </message>
    <message>
        <source>The periods were assigned at random: a difference at least this large came up in %1 of the %2 possible schedules (p = %3, exact two-sided randomization test).</source>
        <translation>Die Abschnitte wurden zufällig zugeteilt: Ein mindestens so großer Unterschied ergab sich in %1 der %2 möglichen Zuteilungen (p = %3, exakter zweiseitiger Randomisierungstest).</translation>
    </message>
    <message numerus="yes">
        <source>This applies to this patient, over these %n day(s).</source>
        <translation>
            <numerusform>Das gilt für diese Person, über diesen einen Tag.</numerusform>
            <numerusform>Das gilt für diese Person, über diese %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>Change tested: %1, against usual days.</source>
        <translation>Getestete Änderung: %1, gegen übliche Tage.</translation>
    </message>
    <message>
        <source>%1 pairs of %2-day periods, %3 – %4 (%5 days); the result was due on %6.</source>
        <translation>%1 Paare von Abschnitten zu %2 Tagen, %3 – %4 (%5 Tage); das Ergebnis gab es am %6.</translation>
    </message>
    <message>
        <source>Randomization: within each pair a fair coin chose the order (usual then change, or change then usual), drawn once by the app when the experiment was planned and never redrawn; %1 possible schedules.</source>
        <translation>Randomisierung: In jedem Paar hat ein fairer Münzwurf die Reihenfolge bestimmt (erst üblich, dann Änderung, oder umgekehrt), einmal von der App bei der Planung gezogen und nie neu gezogen; %1 mögliche Zuteilungen.</translation>
    </message>
    <message numerus="yes">
        <source>Washout: the first %n day(s) of each new condition are not analysed</source>
        <translation>
            <numerusform>Auswaschphase: Der erste Tag jeder neuen Bedingung wird nicht ausgewertet</numerusform>
            <numerusform>Auswaschphase: Die ersten %n Tage jeder neuen Bedingung werden nicht ausgewertet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n day(s) in all).</source>
        <translation>
            <numerusform> (%n Tag insgesamt).</numerusform>
            <numerusform> (%n Tage insgesamt).</numerusform>
        </translation>
    </message>
    <message>
        <source>No washout: every day is analysed.</source>
        <translation>Keine Auswaschphase: Jeder Tag wird ausgewertet.</translation>
    </message>
    <message>
        <source>No pauses.</source>
        <translation>Keine Pausen.</translation>
    </message>
    <message>
        <source>Paused (not analysed under any schedule): %1.</source>
        <translation>Pausiert (unter keiner Zuteilung ausgewertet): %1.</translation>
    </message>
    <message>
        <source>Equivalence zone fixed in the plan: %1–%2.</source>
        <translation>Im Plan festgelegter Äquivalenzbereich: %1–%2.</translation>
    </message>
    <message>
        <source>Days not logged are left out, never counted as days without twitching.</source>
        <translation>Nicht erfasste Tage werden weggelassen, nie als Tage ohne Zuckungen gezählt.</translation>
    </message>
    <message>
        <source>The periods</source>
        <translation>Die Abschnitte</translation>
    </message>
    <message>
        <source>usual, then change</source>
        <translation>erst üblich, dann Änderung</translation>
    </message>
    <message>
        <source>change, then usual</source>
        <translation>erst Änderung, dann üblich</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Adherence and logging</source>
        <translation>Einhaltung und Erfassung</translation>
    </message>
    <message>
        <source>The change was kept on %1 of the %2 analysed change days where the diary shows it (%3). Usual days that met the condition anyway: %4 of %5 (%6).</source>
        <translation>Die Änderung wurde an %1 der %2 ausgewerteten Tage mit Änderung eingehalten, an denen das Tagebuch es zeigt (%3). Übliche Tage, die die Bedingung trotzdem erfüllten: %4 von %5 (%6).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The change was not kept apart from usual life well enough to judge it.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Änderung wurde nicht deutlich genug vom üblichen Leben getrennt, um sie zu beurteilen.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Days logged: %1 of change days, %2 of usual days.</source>
        <translation>Erfasste Tage: %1 der Tage mit Änderung, %2 der üblichen Tage.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Logging differed by more than 10 points between change and usual days; the test assumes it does not depend on the arm.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die Erfassung unterschied sich um mehr als 10 Prozentpunkte zwischen Tagen mit Änderung und üblichen Tagen; der Test nimmt an, dass sie nicht davon abhängt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Balance: other factors on analysed days (mean, days known)</source>
        <translation>Ausgewogenheit: andere Faktoren an ausgewerteten Tagen (Mittelwert, Tage bekannt)</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Change days</source>
        <translation>Tage mit Änderung</translation>
    </message>
    <message>
        <source>Usual days</source>
        <translation>Übliche Tage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Carry-over: episodes a day by day since the last switch (days in brackets)</source>
        <translation>Übertragung: Zuckungen am Tag nach Tagen seit dem letzten Wechsel (Tage in Klammern)</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Üblich</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>%1*</source>
        <translation>%1*</translation>
    </message>
    <message>
        <source>* washout day, not analysed.</source>
        <translation>* Auswaschtag, nicht ausgewertet.</translation>
    </message>
    <message>
        <source>“later”: day %1 or later of a run of one condition, or before the first switch.</source>
        <translation>„später“: Tag %1 oder später einer Folge mit derselben Bedingung, oder vor dem ersten Wechsel.</translation>
    </message>
    <message>
        <source>If the first days after a switch still look like the previous condition, the effect carries over.</source>
        <translation>Sehen die ersten Tage nach einem Wechsel noch wie die vorige Bedingung aus, wirkt der Effekt nach.</translation>
    </message>
    <message>
        <source>Episodes per day over the experiment</source>
        <translation>Zuckungen pro Tag während des Experiments</translation>
    </message>
    <message>
        <source>usual</source>
        <translation>üblich</translation>
    </message>
    <message>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>washout (not analysed)</source>
        <translation>Auswaschphase (nicht ausgewertet)</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>episodes</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht erfasst</translation>
    </message>
</context>
<context>
    <name>td::ui::RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Twitch Diary keeps a backup each day you use it (the last 7 days and 4 weeks) and before every upgrade. Restoring replaces the diary with the backup; the diary as it is now is kept as a backup first, so nothing is lost.

Backups are in %1.</source>
        <translation>Twitch Diary legt an jedem Tag, an dem Sie es verwenden, eine Sicherung an (aufbewahrt werden die der letzten 7 Tage und 4 Wochen), außerdem vor jedem Update. Beim Wiederherstellen wird das Tagebuch durch die Sicherung ersetzt; das Tagebuch im jetzigen Zustand wird vorher als Sicherung aufbewahrt, sodass nichts verloren geht.

Die Sicherungen befinden sich in %1.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Episodes</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>Entries in all</source>
        <translation>Einträge gesamt</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sicherungen, neueste zuerst</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>There are no backups of this diary yet. The first is taken the next time you open it on a new day.</source>
        <translation>Es gibt noch keine Sicherungen dieses Tagebuchs. Die erste wird angelegt, wenn Sie es das nächste Mal an einem neuen Tag öffnen.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>Diese Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>before removing a factor</source>
        <translation>vor dem Entfernen eines Faktors</translation>
    </message>
</context>
<context>
    <name>td::ui::SampleDiary</name>
    <message>
        <source>aspartame</source>
        <translation>Aspartam</translation>
    </message>
    <message>
        <source>msg</source>
        <translation>Glutamat</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>Fertiggerichte</translation>
    </message>
    <message>
        <source>bananas</source>
        <translation>Bananen</translation>
    </message>
    <message>
        <source>leafy greens</source>
        <translation>Blattgemüse</translation>
    </message>
    <message>
        <source>nuts</source>
        <translation>Nüsse</translation>
    </message>
    <message>
        <source>Less caffeine</source>
        <translation>Weniger Koffein</translation>
    </message>
    <message>
        <source>Magnesium every day</source>
        <translation>Jeden Tag Magnesium</translation>
    </message>
    <message>
        <source>One cup in the morning on change weeks.</source>
        <translation>In Wochen mit Änderung eine Tasse am Morgen.</translation>
    </message>
</context>
<context>
    <name>td::ui::SettingsDialog</name>
    <message>
        <source>&amp;Remind me in the evening if the day is not marked complete</source>
        <translation>&amp;Abends erinnern, wenn der Tag noch nicht abgeschlossen ist</translation>
    </message>
    <message>
        <source>&amp;Milligrams (mg)</source>
        <translation>&amp;Milligramm (mg)</translation>
    </message>
    <message>
        <source>C&amp;ups of coffee</source>
        <translation>&amp;Tassen Kaffee</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>:00</source>
        <translation>:00</translation>
    </message>
    <message>
        <source>A new day begins at this hour</source>
        <translation>Zu dieser Stunde beginnt ein neuer Tag</translation>
    </message>
    <message>
        <source>A new &amp;day begins at:</source>
        <translation>Ein neuer Tag &amp;beginnt um:</translation>
    </message>
    <message>
        <source>Entries made after midnight but before this hour count for the day before, so a late night stays one day.</source>
        <translation>Einträge nach Mitternacht, aber vor dieser Uhrzeit zählen zum Vortag, sodass eine lange Nacht ein einziger Tag bleibt.</translation>
    </message>
    <message>
        <source>Evening reminder</source>
        <translation>Abendliche Erinnerung</translation>
    </message>
    <message>
        <source>Remind me &amp;at:</source>
        <translation>Erinnern &amp;um:</translation>
    </message>
    <message>
        <source>The reminder appears as a notification from the Twitch Diary icon in the system tray, only on days not yet marked complete.</source>
        <translation>Die Erinnerung erscheint als Benachrichtigung des Twitch-Diary-Symbols im Infobereich, nur an Tagen, die noch nicht abgeschlossen sind.</translation>
    </message>
    <message>
        <source>This desktop has no system tray, so the reminder appears in the Twitch Diary window (its status bar and the Today page) while the window is open, only on days not yet marked complete.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich, daher erscheint die Erinnerung im Fenster von Twitch Diary (in der Statusleiste und auf der Seite „Heute“), solange das Fenster geöffnet ist, nur an Tagen, die noch nicht abgeschlossen sind.</translation>
    </message>
    <message>
        <source>Caffeine and report</source>
        <translation>Koffein und Bericht</translation>
    </message>
    <message>
        <source>Show caffeine as:</source>
        <translation>Koffein anzeigen als:</translation>
    </message>
    <message>
        <source> mg</source>
        <translation> mg</translation>
    </message>
    <message>
        <source>One cup &amp;is:</source>
        <translation>Eine Tasse &amp;entspricht:</translation>
    </message>
    <message>
        <source>From my locale</source>
        <translation>Nach Regionseinstellung</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Report &amp;paper:</source>
        <translation>&amp;Papierformat des Berichts:</translation>
    </message>
    <message>
        <source>Diary file</source>
        <translation>Tagebuchdatei</translation>
    </message>
    <message>
        <source>M&amp;ove diary…</source>
        <translation>Tagebuch &amp;verschieben…</translation>
    </message>
    <message>
        <source>This diary is kept in memory only.</source>
        <translation>Dieses Tagebuch wird nur im Arbeitsspeicher gehalten.</translation>
    </message>
    <message>
        <source>Your diary is the file %1</source>
        <translation>Ihr Tagebuch ist die Datei %1</translation>
    </message>
    <message>
        <source>Move the diary to</source>
        <translation>Tagebuch verschieben nach</translation>
    </message>
    <message>
        <source>Twitch Diary (*.sqlite)</source>
        <translation>Twitch Diary (*.sqlite)</translation>
    </message>
    <message>
        <source>The diary was not moved</source>
        <translation>Das Tagebuch wurde nicht verschoben</translation>
    </message>
    <message>
        <source>Diary moved</source>
        <translation>Tagebuch verschoben</translation>
    </message>
    <message>
        <source>Your diary is now %1. Twitch Diary opens it from there from now on. Backups made so far stay in %2.</source>
        <translation>Ihr Tagebuch ist jetzt %1. Twitch Diary öffnet es ab sofort von dort. Bisherige Sicherungen bleiben in %2.</translation>
    </message>
</context>
<context>
    <name>td::ui::TodayPage</name>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Day being logged</source>
        <translation>Tag, für den erfasst wird</translation>
    </message>
    <message>
        <source>Time of the episode</source>
        <translation>Zeitpunkt der Zuckung</translation>
    </message>
    <message>
        <source>Follows the clock until you change it</source>
        <translation>Läuft mit der Uhr mit, bis Sie die Zeit ändern</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Logged on this day</source>
        <translation>An diesem Tag erfasst</translation>
    </message>
    <message>
        <source>Entries logged on this day</source>
        <translation>An diesem Tag erfasste Einträge</translation>
    </message>
    <message>
        <source>Removed the episode you just logged.</source>
        <translation>Die gerade erfasste Zuckung wurde entfernt.</translation>
    </message>
    <message>
        <source>%1 is later than now. Choose a time that has passed.</source>
        <translation>%1 liegt in der Zukunft. Wählen Sie einen Zeitpunkt, der bereits vergangen ist.</translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation>Die Zuckung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Logged: %1, strength %2, at %3.</source>
        <translation>Erfasst: %1, Stärke %2, um %3.</translation>
    </message>
    <message>
        <source>%1  %2 · strength %3</source>
        <translation>%1  %2 · Stärke %3</translation>
    </message>
    <message>
        <source> · %1 s</source>
        <translation> · %1 s</translation>
    </message>
    <message numerus="yes">
        <source> · ⚠ %n symptom(s)</source>
        <translation>
            <numerusform> · ⚠ %n Symptom</numerusform>
            <numerusform> · ⚠ %n Symptome</numerusform>
        </translation>
    </message>
    <message>
        <source>No twitches logged today.</source>
        <translation>Heute keine Zuckungen erfasst.</translation>
    </message>
    <message>
        <source>No twitches logged on this day.</source>
        <translation>An diesem Tag keine Zuckungen erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) today.</source>
        <translation>
            <numerusform>%n Zuckung heute.</numerusform>
            <numerusform>%n Zuckungen heute.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) on this day.</source>
        <translation>
            <numerusform>%n Zuckung an diesem Tag.</numerusform>
            <numerusform>%n Zuckungen an diesem Tag.</numerusform>
        </translation>
    </message>
    <message>
        <source>Day complete ✓</source>
        <translation>Tag abgeschlossen ✓</translation>
    </message>
    <message>
        <source>Undone: the episode logged last is removed.</source>
        <translation>Rückgängig gemacht: Die zuletzt erfasste Zuckung ist entfernt.</translation>
    </message>
    <message>
        <source>Place and strength %1 are from your last episode: change what differs.</source>
        <translation>Stelle und Stärke %1 stammen von Ihrer letzten Zuckung: Ändern Sie, was abweicht.</translation>
    </message>
    <message>
        <source>Place, strength and duration stay as logged for the next episode: change what differs.</source>
        <translation>Stelle, Stärke und Dauer bleiben für die nächste Zuckung wie erfasst: Ändern Sie, was abweicht.</translation>
    </message>
</context>
<context>
    <name>td::ui::TrayIcon</name>
    <message>
        <source>&amp;Open Twitch Diary</source>
        <translation>&amp;Twitch Diary öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Twitch Diary</source>
        <translation>Twitch Diary</translation>
    </message>
    <message>
        <source>&amp;Log twitch now (%1)</source>
        <translation>&amp;Zuckung jetzt erfassen (%1)</translation>
    </message>
    <message>
        <source>&amp;Log twitch now…</source>
        <translation>&amp;Zuckung jetzt erfassen…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Twitch logged</source>
        <translation>Zuckung erfasst</translation>
    </message>
    <message>
        <source>%1 at %2, strength %3. Click here to undo.</source>
        <translation>%1 um %2, Stärke %3. Klicken Sie hier, um dies rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Is today&apos;s diary complete?</source>
        <translation>Ist das Tagebuch für heute vollständig?</translation>
    </message>
    <message>
        <source>Today is not marked complete yet. Note caffeine, sleep, stress and food, then press Day complete. Click here to open Today.</source>
        <translation>Der heutige Tag ist noch nicht abgeschlossen. Tragen Sie Koffein, Schlaf, Stress und Lebensmittel ein und klicken Sie dann auf „Tag abgeschlossen“. Klicken Sie hier, um „Heute“ zu öffnen.</translation>
    </message>
    <message>
        <source>Twitch Diary is still running</source>
        <translation>Twitch Diary läuft weiter</translation>
    </message>
    <message>
        <source>It stays here for Log twitch now and the evening reminder. Quit it from this icon&apos;s menu.</source>
        <translation>Es bleibt hier für „Zuckung jetzt erfassen“ und die abendliche Erinnerung. Beenden können Sie es über das Menü dieses Symbols.</translation>
    </message>
</context>
<context>
    <name>td::ui::UndoStep</name>
    <message>
        <source>Could not redo “%1”: %2</source>
        <translation>„%1“ konnte nicht wiederholt werden: %2</translation>
    </message>
    <message>
        <source>Could not undo “%1”: %2</source>
        <translation>„%1“ konnte nicht rückgängig gemacht werden: %2</translation>
    </message>
</context>
<context>
    <name>td::ui::UserGuideDialog</name>
    <message>
        <source>Twitch Diary user guide</source>
        <translation>Benutzerhandbuch für Twitch Diary</translation>
    </message>
    <message>
        <source>The user guide is missing from this build.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Programmversion.</translation>
    </message>
</context>
<context>
    <name>td::ui::VerdictHelpDialog</name>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>What do the verdicts mean?</source>
        <translation>Was bedeuten die Einstufungen?</translation>
    </message>
    <message>
        <source>What the verdicts mean</source>
        <translation>Was die Einstufungen bedeuten</translation>
    </message>
    <message>
        <source>Each factor is compared between days with it and days without it, on the same day or one or two days before. Then it gets one verdict:</source>
        <translation>Jeder Faktor wird zwischen Tagen mit ihm und Tagen ohne ihn verglichen, am selben Tag oder ein bis zwei Tage vorher. Danach erhält er eine Einstufung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Likely&lt;/b&gt;: a clear association that holds up after allowing for the many factors tested at once (false discovery rate of 10 % at most), with a 95 % interval that does not include 1. Given only once the diary has at least %1 logged days, %2 of them with twitching, and %3 days with the factor.</source>
        <translation>&lt;b&gt;Wahrscheinlich&lt;/b&gt;: ein deutlicher Zusammenhang, der auch dann bestehen bleibt, wenn berücksichtigt wird, dass viele Faktoren gleichzeitig geprüft werden (Falscherkennungsrate höchstens 10 %), mit einem 95-%-Konfidenzintervall, das die 1 nicht enthält. Wird erst vergeben, wenn das Tagebuch mindestens %1 erfasste Tage enthält, davon %2 mit Zucken, und %3 Tage mit dem Faktor.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Possible&lt;/b&gt;: a notable difference (episodes at least 1.5 times as frequent, or at most two thirds as frequent) that would rarely be chance on its own (p of 0.05 or less), but not strong enough for &lt;i&gt;likely&lt;/i&gt;. Worth watching; not proof.</source>
        <translation>&lt;b&gt;Möglich&lt;/b&gt;: ein auffälliger Unterschied (Zuckungen mindestens 1,5-mal so häufig oder höchstens zwei Drittel so häufig), der für sich allein selten Zufall wäre (p von 0,05 oder weniger), aber nicht stark genug für &lt;i&gt;wahrscheinlich&lt;/i&gt;. Beobachtenswert, aber kein Beleg.</translation>
    </message>
    <message>
        <source>&lt;b&gt;No clear association&lt;/b&gt;: tested, and no difference that stands out from chance. A small effect can still hide in a short diary.</source>
        <translation>&lt;b&gt;Kein klarer Zusammenhang&lt;/b&gt;: geprüft, und kein Unterschied, der sich vom Zufall abhebt. In einem kurzen Tagebuch kann sich dennoch ein kleiner Effekt verbergen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not tested yet&lt;/b&gt;: a factor is tested once there are at least %1 days with it, %2 days without it and %3 days with twitching. Keep logging.</source>
        <translation>&lt;b&gt;Noch nicht geprüft&lt;/b&gt;: Ein Faktor wird geprüft, sobald es mindestens %1 Tage mit ihm, %2 Tage ohne ihn und %3 Tage mit Zucken gibt. Erfassen Sie weiter.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keep logging — about N more days&lt;/b&gt;: until the diary has at least %1 logged days and %2 days with twitching, no factor is looked at, so a handful of days cannot raise a false alarm.</source>
        <translation>&lt;b&gt;Weiter erfassen — noch etwa N Tage&lt;/b&gt;: Solange das Tagebuch nicht mindestens %1 erfasste Tage und %2 Tage mit Zucken enthält, wird kein Faktor betrachtet, damit wenige Tage keinen Fehlalarm auslösen können.</translation>
    </message>
    <message>
        <source>Reading the chart</source>
        <translation>So lesen Sie das Diagramm</translation>
    </message>
    <message>
        <source>A ratio above 1 means more episodes with the factor, below 1 fewer; the line is the 95 % interval, the range the true ratio is likely to be in. These are associations, not causes: poor sleep or stress on the same day can also follow from the twitching, and factors that mostly occur together cannot be told apart.</source>
        <translation>Ein Verhältnis über 1 bedeutet mehr Zuckungen mit dem Faktor, unter 1 weniger; die Linie ist das 95-%-Konfidenzintervall, also der Bereich, in dem das wahre Verhältnis wahrscheinlich liegt. Es handelt sich um Zusammenhänge, nicht um Ursachen: Schlechter Schlaf oder Stress am selben Tag können auch eine Folge des Zuckens sein, und Faktoren, die meist gemeinsam auftreten, lassen sich nicht auseinanderhalten.</translation>
    </message>
    <message>
        <source>Finding a real trigger takes time: a factor that doubles the twitching reaches &lt;i&gt;likely&lt;/i&gt; in about one diary in eight after six months of logging, and in about two of three after a year.</source>
        <translation>Einen echten Auslöser zu finden braucht Zeit: Ein Faktor, der das Zucken verdoppelt, erreicht &lt;i&gt;wahrscheinlich&lt;/i&gt; nach sechs Monaten Erfassung in etwa einem von acht Tagebüchern und nach einem Jahr in etwa zwei von drei.</translation>
    </message>
    <message>
        <source>Warning signs at the top of the page are separate from the verdicts: they do not wait for months of data. Show them to a doctor.</source>
        <translation>Die Warnzeichen oben auf der Seite sind unabhängig von den Einstufungen: Sie warten nicht auf monatelange Daten. Zeigen Sie sie einer Ärztin oder einem Arzt.</translation>
    </message>
    <message>
        <source>It is a weak hint that may well be chance: in diaries with no trigger at all, about half show at least one such hint, because many factors are compared at once.</source>
        <translation>Es ist ein schwacher Hinweis, der gut Zufall sein kann: In Tagebüchern ganz ohne Auslöser zeigt etwa die Hälfte mindestens einen solchen Hinweis, weil viele Faktoren zugleich verglichen werden.</translation>
    </message>
    <message>
        <source>The exact terms</source>
        <translation>Die genauen Begriffe</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rate ratio&lt;/b&gt; (2.1×): episodes per day on days with the factor divided by episodes per day on days without it, within four-week blocks. &lt;b&gt;Lag&lt;/b&gt;: &quot;same day&quot; is lag 0, &quot;one day before&quot; lag 1, &quot;two days before&quot; lag 2; sleep belongs to the day it ends, so lag 0 of sleep is the night before. &lt;b&gt;95 % interval&lt;/b&gt;: from a fit that allows for the ups and downs from day to day. &lt;b&gt;p&lt;/b&gt; (the verdict&apos;s test): how often shifting your own days against the factor (a rotation test, which keeps every stretch of good and bad days intact) gives a difference as large; &lt;b&gt;q&lt;/b&gt; corrects it for the number of factors compared (Benjamini–Hochberg). The interval and the test are different methods and can disagree: the chart then draws the interval dashed, and the sentence says why.</source>
        <translation>&lt;b&gt;Ratenverhältnis&lt;/b&gt; (2,1×): Zuckungen pro Tag an Tagen mit dem Faktor geteilt durch Zuckungen pro Tag an Tagen ohne ihn, innerhalb von Vier-Wochen-Blöcken. &lt;b&gt;Versatz&lt;/b&gt;: „derselbe Tag“ ist Versatz 0, „einen Tag davor“ Versatz 1, „zwei Tage davor“ Versatz 2; Schlaf gehört zu dem Tag, an dem er endet, Versatz 0 beim Schlaf ist also die Nacht davor. &lt;b&gt;95-%-Intervall&lt;/b&gt;: aus einer Anpassung, die die Schwankungen von Tag zu Tag berücksichtigt. &lt;b&gt;p&lt;/b&gt; (der Test des Urteils): wie oft ein Verschieben Ihrer eigenen Tage gegen den Faktor (ein Rotationstest, der jede Strecke guter und schlechter Tage erhält) einen ebenso großen Unterschied ergibt; &lt;b&gt;q&lt;/b&gt; korrigiert ihn für die Zahl der verglichenen Faktoren (Benjamini–Hochberg). Intervall und Test sind verschiedene Verfahren und können sich widersprechen: Das Diagramm zeichnet das Intervall dann gestrichelt, und der Satz erklärt, warum.</translation>
    </message>
</context>
<context>
    <name>td::ui::WelcomePanel</name>
    <message>
        <source>E&amp;xplore with sample data</source>
        <translation>&amp;Mit Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Start my &amp;diary</source>
        <translation>Mein Tagebuch &amp;starten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Twitch Diary&lt;/b&gt; — a private diary for eyelid, lip and face twitching. Everything stays on this computer.</source>
        <translation>&lt;b&gt;Willkommen bei Twitch Diary&lt;/b&gt; — einem privaten Tagebuch für Zucken an Augenlid, Lippe und Gesicht. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>The sample opens in a separate window and file; your diary stays empty.</source>
        <translation>Das Beispiel öffnet sich in einem eigenen Fenster und einer eigenen Datei; Ihr Tagebuch bleibt leer.</translation>
    </message>
    <message>
        <source>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;When it twitches&lt;/b&gt;, click the place on the face above and press &lt;i&gt;Log episode&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Once a day&lt;/b&gt;, note caffeine, sleep, stress and food, then press &lt;i&gt;Day complete&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;After a few weeks&lt;/b&gt;, &lt;i&gt;Insights&lt;/i&gt; shows what goes with your twitching and when to see a doctor, and &lt;i&gt;Report&lt;/i&gt; makes a one-page summary for the appointment.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol style=&apos;margin-left:-20px&apos;&gt;&lt;li&gt;&lt;b&gt;Wenn es zuckt&lt;/b&gt;, klicken Sie oben auf die Stelle im Gesicht und dann auf &lt;i&gt;Zuckung erfassen&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Einmal am Tag&lt;/b&gt; tragen Sie Koffein, Schlaf, Stress und Lebensmittel ein und klicken dann auf &lt;i&gt;Tag abgeschlossen&lt;/i&gt;.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Nach ein paar Wochen&lt;/b&gt; zeigt die &lt;i&gt;Auswertung&lt;/i&gt;, was mit Ihrem Zucken einhergeht und wann ein Arztbesuch ratsam ist, und der &lt;i&gt;Bericht&lt;/i&gt; erstellt eine einseitige Zusammenfassung für den Arzttermin.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
</TS>
