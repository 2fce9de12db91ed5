// libFuzzer target: the JSON importer end to end. Any bytes are parsed with
// parseDiaryJson(); a file that validates is imported into an in-memory diary twice (the
// second import must add and change nothing) and read back; its export parses to the
// same diary, text and all. Crashes, sanitizer reports and broken
// invariants abort. Build with -DTD_BUILD_FUZZERS=ON (preset "fuzz"); see docs/reliability.md.
#include "format/diaryjson.h"
#include "storage/database.h"
#include "storage/diarystore.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>

namespace {

QCoreApplication *application()
{
    static int argc = 1;
    static char name[] = "fuzz_import";
    static char *argv[] = {name, nullptr};
    static auto *app = new QCoreApplication(argc, argv); // the SQL driver needs one
    return app;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    application();
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data),
                                                     static_cast<qsizetype>(size));
    const td::ParseResult parsed = td::parseDiaryJson(bytes);
    if (!parsed.diary) {
        if (parsed.message().isEmpty())
            std::abort(); // a rejection always says why
        return 0;
    }
    td::Database db;
    if (!db.openInMemory())
        std::abort();
    td::DiaryStore store(db);
    td::ImportSummary first, second;
    if (!store.import(*parsed.diary, &first)) {
        if (!store.errorIsBadInput())
            std::abort(); // the parser accepted what the database refused
        return 0;         // e.g. a value for an undefined factor: refused as a whole
    }
    const QByteArray afterFirst = td::toDiaryJson(store.load());
    if (!store.import(*parsed.diary, &second) || second.added != 0 || second.replaced != 0)
        std::abort(); // importing the same file twice adds nothing
    const td::Diary loaded = store.load();
    const QByteArray exported = td::toDiaryJson(loaded);
    if (exported != afterFirst)
        std::abort(); // ... and changes nothing
    // What was stored exports and parses again, exactly (text included: issue 17).
    const td::ParseResult again = td::parseDiaryJson(exported);
    if (!again.diary || td::toDiaryJson(*again.diary) != exported)
        std::abort();
    // Importing the export into the diary it came from adds nothing either.
    td::ImportSummary third;
    if (!store.import(*again.diary, &third) || third.added != 0 || third.replaced != 0)
        std::abort();
    return 0;
}
