# Analysis tests (included from tests/CMakeLists.txt; source paths relative to tests/).
# The golden diaries are copied into tests/analysis/golden so a clone is self-contained.
td_add_test(td_test_analysis
    analysis/golden.cpp analysis/golden.h
    analysis/diarybuilder.h
    analysis/test_dayseries.cpp
    analysis/test_engine.cpp
    analysis/test_golden.cpp
    analysis/test_redflags.cpp
    analysis/test_rotationthreads.cpp
)
target_compile_definitions(td_test_analysis PRIVATE
    TD_GOLDEN_DIR="${CMAKE_CURRENT_LIST_DIR}/golden")
