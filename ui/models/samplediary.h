// "Explore with sample data": a generated diary in a file of its own, never the user's.
#pragma once

#include "storage/database.h"

#include <QDate>

#include <memory>

namespace td::ui {

// Where the sample diary lives: a "sample" folder beside the user's diary folder's
// default place, so it can never be mistaken for (or overwrite) the real diary.
QString sampleDiaryPath();

// Writes a fresh sample diary (six months ending `today`: a few planted triggers and a
// spreading site) to `path`, replacing an older sample there, and opens it. Null with
// *error when it could not be written. Refuses any path that holds something else than
// an earlier sample.
std::unique_ptr<Database> createSampleDiary(const QString &path, const QDate &today, QString *error);

} // namespace td::ui
