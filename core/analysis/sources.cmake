# The analysis engine (ANALYSIS.md): plain value code inside td_core, Qt Core at the
# edges only. Included from core/CMakeLists.txt; paths are relative to core/.
target_sources(td_core PRIVATE
    analysis/analysis.cpp analysis/analysis.h
    analysis/associations.cpp analysis/associations.h
    analysis/bouts.cpp analysis/bouts.h
    analysis/dayseries.cpp analysis/dayseries.h
    analysis/distributions.cpp analysis/distributions.h
    analysis/options.h
    analysis/random.h
    analysis/ratefit.cpp analysis/ratefit.h
    analysis/redflags.cpp analysis/redflags.h
    analysis/rotationkernels.cpp analysis/rotationkernels.h
    analysis/rotationtable.cpp analysis/rotationtable.h
    analysis/rotationtest.cpp analysis/rotationtest.h
    analysis/score.cpp analysis/score.h
    analysis/sentencelocale.cpp analysis/sentencelocale.h
    analysis/strata.cpp analysis/strata.h
    analysis/summary.cpp analysis/summary.h
    analysis/wording.cpp analysis/wording.h
)
