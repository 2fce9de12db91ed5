// Must compile: the write pages_write_session.cpp tries, done the allowed way.
#include "commands/diaryeditor.h"

bool probe(td::ui::DiaryEditor &editor, td::Episode &e) { return editor.addEpisode(e); }
