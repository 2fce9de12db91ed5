// The analysis as other programs read it (docs/format.md "Analysis output") and as a person
// reads it on the command line.
#pragma once

#include "analysis/analysis.h"

#include <QByteArray>
#include <QString>

namespace td {

// The "twitchdiary-analysis" JSON object, version 1, exactly as docs/format.md shows it.
QByteArray toAnalysisJson(const analysis::AnalysisResult &result);

// Plain sentences: period, completeness, red flags, associations with their caveats.
QString toAnalysisText(const analysis::AnalysisResult &result);

} // namespace td
