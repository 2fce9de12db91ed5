// Fixture: must be reported (the time comes from td::Clock).
int probe() { return QDate::currentDate().day(); }
