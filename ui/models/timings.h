// How long the window shows a message and how long it waits before acting, in one place
// (milliseconds). Qt Core only, so every ui library can use it.
#pragma once

namespace td::ui::timing {

// A status-bar confirmation the user may glance at: undo and redo, an export, an import.
inline constexpr int kStatusMessageMs = 10'000;
// A warning the user should read (a backup that failed at start-up).
inline constexpr int kStatusWarningMs = 15'000;
// What the diary opened with (an upgrade, tightened permissions): long enough to read twice.
inline constexpr int kStatusOpenedMs = 30'000;
// The evening reminder's balloon in the tray.
inline constexpr int kTrayMessageMs = 10'000;
// How often the reminder looks at the clock.
inline constexpr int kReminderCheckMs = 60'000;
// Today's "now" label: a minute is the finest it shows, so a quarter-minute tick is enough.
inline constexpr int kTodayClockTickMs = 15'000;
// Edits in quick succession (several taps, typing) start one analysis, not one each.
inline constexpr int kInsightsRefreshDelayMs = 400;
// The report preview is redrawn once the period or options stop changing.
inline constexpr int kReportPreviewDelayMs = 300;
// The report notes are saved once typing pauses.
inline constexpr int kNotesSaveDelayMs = 800;
// How long a caller (tests, the command line) waits for a background result at most.
inline constexpr int kBackgroundResultWaitMs = 30'000;

} // namespace td::ui::timing
