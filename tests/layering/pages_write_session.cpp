// Must NOT compile: DiarySession's writes are private (friend DiaryEditor), so a page
// cannot change the diary past the undo stack. pages_write_editor.cpp, the same write
// through DiaryEditor, must compile: it shows this probe fails for that reason alone.
#include "models/diarysession.h"

bool probe(td::ui::DiarySession &session, td::Episode &e) { return session.addEpisode(e); }
