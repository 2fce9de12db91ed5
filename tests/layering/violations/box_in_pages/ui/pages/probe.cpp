// A fixture of tests/layering/check_layers.cmake: a page that asks with a static
// QMessageBox call instead of td::ui::prompts() must be reported.
#include <QMessageBox>

void probe(QWidget *parent) { QMessageBox::warning(parent, QString(), QString()); }
