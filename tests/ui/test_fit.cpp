// Issue 15: the window fits a laptop screen (1280 × 720, 1024 × 640 with scrolling, and
// 150 % on 1920 × 1080, which is 1280 × 720 logical pixels) in English and German; the
// colours read in a light and a dark palette (WCAG AA); the mouse wheel changes nothing
// by accident; every control has an accessible name.
#include "charts/chartstyle.h"
#include "commands/diaryeditor.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/caffeinepresetsdialog.h"
#include "dialogs/customfactorsdialog.h"
#include "dialogs/episodedialog.h"
#include "dialogs/medicationsdialog.h"
#include "dialogs/restoredialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/userguidedialog.h"
#include "dialogs/verdicthelpdialog.h"
#include "pages/factorspanel.h"
#include "pages/historypage.h"
#include "pages/insightspage.h"
#include "pages/reportpage.h"
#include "pages/todaypage.h"
#include "widgets/episodeform.h"
#include "widgets/facemap.h"
#include "widgets/readability.h"
#include "widgets/welcomepanel.h"
#include "window/mainwindow.h"
#include "window/translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>
#include <QtTest/qtestspontaneevent.h>

#include "darkpalette.h"
#include "scriptedprompts.h"
#include "windowtest.h"

using namespace td;
using namespace td::ui;

namespace {

// The Fusion palettes the issue was tried with: Qt's light one, and a dark one like
// KDE's Breeze Dark (with its dim placeholder text).
QPalette lightPalette() { return QStyleFactory::create(QStringLiteral("Fusion"))->standardPalette(); }

QPalette darkPalette() { return test::breezeDarkPalette(); }

// Where `w` is for the user: inside the window and, within a scroll area, reachable by
// scrolling (its viewport shows part of the area's widget); not cut by the window.
::testing::AssertionResult reachable(QWidget *window, QWidget *w)
{
    if (!w || !w->isVisible())
        return ::testing::AssertionFailure() << "not visible";
    const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
    for (QWidget *p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (auto *area = qobject_cast<QScrollArea *>(p); area && area->widget() && area->widget()->isAncestorOf(w))
            return area->viewport()->height() > 40 ? ::testing::AssertionSuccess()
                                                   : ::testing::AssertionFailure() << "scroll area too small";
    }
    if (!window->rect().contains(inWindow))
        return ::testing::AssertionFailure() << "outside the window: " << inWindow.x() << ',' << inWindow.y() << ' '
                                             << inWindow.width() << 'x' << inWindow.height();
    if (w->height() < w->minimumSizeHint().height())
        return ::testing::AssertionFailure() << "squeezed to " << w->height() << " px";
    return ::testing::AssertionSuccess();
}

class Fit : public WindowTest
{
protected:
    // Each page's minimum size, for a failure message.
    QString pageSizes()
    {
        QString out;
        QTabWidget *tabs = window->tabs();
        for (int i = 0; i < tabs->count(); ++i)
            out += QStringLiteral("%1: %2x%3; ")
                       .arg(tabs->tabText(i))
                       .arg(tabs->widget(i)->minimumSizeHint().width())
                       .arg(tabs->widget(i)->minimumSizeHint().height());
        EpisodeForm *form = window->todayPage()->episodeForm();
        out += QStringLiteral("form %1, factors %2")
                   .arg(form->minimumSizeHint().width())
                   .arg(window->todayPage()->factorsPanel()->minimumSizeHint().width());
        return out;
    }
    void checkEveryPageAt(const QSize &size)
    {
        SCOPED_TRACE(
            QStringLiteral("%1x%2 %3").arg(size.width()).arg(size.height()).arg(QLocale().name()).toStdString());
        const QSize min = window->minimumSizeHint();
        EXPECT_LE(min.width(), size.width()) << pageSizes().toStdString();
        EXPECT_LE(min.height(), size.height()) << pageSizes().toStdString();
        window->resize(size);
        QTest::qWait(50);
        EXPECT_EQ(window->size(), size) << "the window cannot shrink to the screen";
        QTabWidget *tabs = window->tabs();

        tabs->setCurrentWidget(window->todayPage());
        QTest::qWait(20);
        EpisodeForm *form = window->todayPage()->episodeForm();
        EXPECT_TRUE(reachable(window.get(), form->logButton())) << "Log episode";
        // The Log button's row is never scrolled away.
        const QRect log(form->logButton()->mapTo(window.get(), QPoint(0, 0)), form->logButton()->size());
        EXPECT_TRUE(window->rect().contains(log));
        EXPECT_TRUE(reachable(window.get(), window->todayPage()->factorsPanel()->dayCompleteButton()));
        EXPECT_GE(form->faceMap()->height(), form->faceMap()->minimumSizeHint().height()) << "face map squeezed";
        for (QToolButton *b : form->findChildren<QToolButton *>())
            EXPECT_GE(b->height(), b->sizeHint().height()) << b->text().toStdString() << " clipped";
        auto *formScroll = window->todayPage()->findChild<QScrollArea *>(QStringLiteral("episodeScroll"));
        ASSERT_NE(formScroll, nullptr);
        EXPECT_TRUE(formScroll->isAncestorOf(form->faceMap())) << "the left column scrolls";

        tabs->setCurrentWidget(window->historyPage());
        QTest::qWait(20);
        EXPECT_TRUE(reachable(window.get(), window->historyPage()->deleteButton()));

        tabs->setCurrentWidget(window->reportPage());
        QTest::qWait(20);
        QPushButton *exportButton = nullptr;
        for (QPushButton *b : window->reportPage()->findChildren<QPushButton *>()) {
            if (b->text() == ReportPage::tr("&Export PDF…"))
                exportButton = b;
        }
        EXPECT_TRUE(reachable(window.get(), exportButton)) << "Export PDF";

        tabs->setCurrentWidget(window->insightsPage());
        QTest::qWait(20);
        tabs->setCurrentWidget(window->todayPage());
    }

    void checkDialogs()
    {
        SCOPED_TRACE(QLocale().name().toStdString());
        std::vector<std::unique_ptr<QDialog>> dialogs;
        dialogs.emplace_back(new SettingsDialog(*window->settings(), *window->editor(), false, window.get()));
        dialogs.emplace_back(new MedicationsDialog(*window->editor(), window.get()));
        dialogs.emplace_back(new CustomFactorsDialog(*window->editor(), window.get()));
        dialogs.emplace_back(new CaffeinePresetsDialog(*window->editor(), window.get()));
        dialogs.emplace_back(new AboutDialog(session->path(), window.get()));
        dialogs.emplace_back(new UserGuideDialog(window.get()));
        dialogs.emplace_back(new VerdictHelpDialog(window.get()));
        dialogs.emplace_back(new RestoreDialog(session->path(), window.get()));
        Episode e;
        e.at = Clock::now();
        e.zone = Zone::UpperEyelid;
        e.intensity = 3;
        dialogs.emplace_back(new EpisodeDialog(e, window.get()));
        for (auto &d : dialogs) {
            SCOPED_TRACE(d->metaObject()->className());
            d->show();
            QTest::qWait(20);
            // 1280 × 720 less a panel and the title bar; 1024 × 640 as the smallest.
            EXPECT_LE(d->width(), 1280);
            EXPECT_LE(d->height(), 680);
            EXPECT_LE(d->minimumSizeHint().width(), 1024);
            EXPECT_LE(d->minimumSizeHint().height(), 600);
            // No word-wrapped text is clipped: each label is as tall as its text needs.
            for (QLabel *l : d->findChildren<QLabel *>()) {
                if (l->isVisible() && l->wordWrap() && !l->text().isEmpty()) {
                    EXPECT_GE(l->height(), l->heightForWidth(l->width()) - 1)
                        << "clipped: " << l->text().left(60).toStdString();
                }
            }
            d->hide();
        }
    }
};

TEST_F(Fit, FirstRunSizeFitsTheAvailableScreen)
{
    const QSize first = window->firstRunSize();
    const QRect available = window->screen()->availableGeometry();
    EXPECT_LE(first.width(), available.width());
    EXPECT_LE(first.height(), available.height());
    EXPECT_LE(window->minimumSizeHint().width(), 1024) << pageSizes().toStdString();
    EXPECT_LE(window->minimumSizeHint().height(), 640) << pageSizes().toStdString();
}

TEST_F(Fit, EveryPageAt1280x720And1024x640)
{
    checkEveryPageAt(QSize(1280, 720));
    checkEveryPageAt(QSize(1024, 640));
}

TEST_F(Fit, EveryPageAndDialogInGerman)
{
    installTranslations(QLocale(QLocale::German, QLocale::Germany));
    window.reset();
    window = std::make_unique<MainWindow>(*session);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    checkEveryPageAt(QSize(1280, 720));
    checkEveryPageAt(QSize(1024, 640));
    checkDialogs();
    window.reset();
    installTranslations(QLocale::c());
    QLocale::setDefault(QLocale::c());
}

TEST_F(Fit, DialogsFitAndNothingIsClipped) { checkDialogs(); }

TEST(Contrast, ColoursReadInALightAndADarkPalette)
{
    for (const auto &[name, palette] : {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
        SCOPED_TRACE(name);
        const UiColours c = UiColours::forPalette(palette);
        const QColor window = palette.color(QPalette::Window);
        EXPECT_GE(contrastRatio(c.errorText, window), 4.5);
        EXPECT_GE(contrastRatio(c.warningText, c.warningBackground), 4.5);
        EXPECT_GE(contrastRatio(c.warningBorder, window), 3.0);
        EXPECT_GE(contrastRatio(c.twitchDayMark, window), 3.0);
        // The banner is no light patch in a dark window.
        EXPECT_EQ(isDarkPalette(palette), c.warningBackground.lightness() < 128);
        for (int n = 1; n <= 10; ++n) {
            EXPECT_GE(contrastRatio(UiColours::twitchDayText(palette, n), UiColours::twitchDay(palette, n)), 4.5) << n;
            // A twitching day stands apart from a plain one.
            EXPECT_NE(UiColours::twitchDay(palette, n), palette.color(QPalette::Base));
        }
        EXPECT_GT(contrastRatio(UiColours::twitchDay(palette, 8), UiColours::twitchDay(palette, 1)), 1.5)
            << "more episodes read as a stronger shade";
        const QPalette readable = withReadablePlaceholder(palette);
        EXPECT_GE(contrastRatio(readable.color(QPalette::PlaceholderText), readable.color(QPalette::Base)), 4.5);
        EXPECT_GE(contrastRatio(palette.color(QPalette::Text), palette.color(QPalette::Base)), 4.5);
    }
    // The charts: text 4.5:1 on their background, bars and the factor line 3:1.
    for (const auto &[name, palette] : {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
        SCOPED_TRACE(name);
        const ChartStyle style = ChartStyle::forPalette(palette, QFont());
        EXPECT_GE(contrastRatio(style.text, style.background), 4.5);
        EXPECT_GE(contrastRatio(style.episodes, style.background), 3.0);
        EXPECT_GE(contrastRatio(style.factor, style.background), 3.0);
        EXPECT_GE(contrastRatio(style.accent, style.background), 3.0);
    }
    // The measure itself: black on white is 21:1, a colour on itself 1:1.
    EXPECT_NEAR(contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0, 0.001);
    EXPECT_NEAR(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST(Contrast, SelectedButtonsStandOutInEitherPalette)
{
    for (const auto &[name, palette] : {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
        SCOPED_TRACE(name);
        QWidget parent;
        parent.setPalette(palette);
        QToolButton on(&parent), off(&parent);
        for (QToolButton *b : {&on, &off}) {
            b->setText(QStringLiteral("5"));
            b->setCheckable(true);
            showCheckedInHighlight(b);
        }
        on.setChecked(true);
        const QColor onBg = on.palette().color(QPalette::Button), offBg = off.palette().color(QPalette::Button);
        EXPECT_EQ(offBg, palette.color(QPalette::Button));
        EXPECT_GE(contrastRatio(onBg, offBg), 1.8) << "selected and unselected look alike";
        EXPECT_GE(contrastRatio(on.palette().color(QPalette::ButtonText), onBg), 4.5);
        EXPECT_GE(contrastRatio(off.palette().color(QPalette::ButtonText), offBg), 4.5);
        on.setChecked(false);
        EXPECT_EQ(on.palette().color(QPalette::Button), offBg);
    }
}

TEST_F(Fit, DarkPaletteReachesTheWidgets)
{
    // Strength, duration and sleep-quality buttons carry the highlight when selected.
    const QPalette saved = QApplication::palette();
    QApplication::setPalette(darkPalette());
    window.reset();
    window = std::make_unique<MainWindow>(*session);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    int checked = 0;
    for (QToolButton *b : window->todayPage()->findChildren<QToolButton *>()) {
        if (!b->isCheckable())
            continue;
        const QColor bg = b->palette().color(QPalette::Button);
        if (b->isChecked()) {
            ++checked;
            EXPECT_GE(contrastRatio(bg, darkPalette().color(QPalette::Button)), 1.8) << b->text().toStdString();
            EXPECT_GE(contrastRatio(b->palette().color(QPalette::ButtonText), bg), 4.5);
        }
    }
    EXPECT_GE(checked, 2) << "strength 4 and 'Not timed' start selected";
    // Placeholder text in the window reads on its field.
    const QPalette app = QApplication::palette();
    EXPECT_GE(contrastRatio(app.color(QPalette::PlaceholderText), app.color(QPalette::Base)), 4.5);
    window.reset();
    QApplication::setPalette(saved);
}

struct WheelSpy : QObject {
    bool seen = false;
    bool eventFilter(QObject *, QEvent *e) override
    {
        seen = seen || e->type() == QEvent::Wheel;
        return false;
    }
};

// A wheel turn over a control sent the way a mouse sends it (through the application,
// which passes an ignored wheel on to the parent).
void wheel(QWidget *w, int notches = -3)
{
    const QPoint pos = w->rect().center();
    QWheelEvent e(pos, w->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
                  Qt::NoScrollPhase, false);
    // As the window system delivers it: spontaneous (sendEvent() would clear that), the
    // only kind QApplication passes on to the parent when ignored.
    QSpontaneKeyEvent::setSpontaneous(&e);
    qApp->notify(w, &e);
}

TEST_F(Fit, WheelOverAnUnfocusedControlScrollsThePageInstead)
{
    window->resize(1024, 640);
    QTest::qWait(50);
    FactorsPanel *factors = window->todayPage()->factorsPanel();
    auto *stress = factors->findChild<QSlider *>();
    ASSERT_NE(stress, nullptr);
    EXPECT_EQ(stress->focusPolicy(), Qt::StrongFocus);
    auto *scroll = window->todayPage()->findChild<QScrollArea *>(QStringLiteral("factorsScroll"));
    ASSERT_NE(scroll, nullptr);
    ASSERT_GT(scroll->verticalScrollBar()->maximum(), 0) << "the right column scrolls at 1024 × 640";
    scroll->ensureWidgetVisible(stress);
    const int before = stress->value();
    window->todayPage()->episodeForm()->logButton()->setFocus();
    ASSERT_FALSE(stress->hasFocus());
    // The wheel is passed on, up to the scroll area, which scrolls.
    const int scrolled = scroll->verticalScrollBar()->value();
    ASSERT_GT(scrolled, 0);
    WheelSpy spy;
    scroll->viewport()->installEventFilter(&spy);
    wheel(stress, 3);
    EXPECT_TRUE(spy.seen) << "the wheel did not reach the scroll area";
    EXPECT_LT(scroll->verticalScrollBar()->value(), scrolled) << "the page scrolls instead";
    EXPECT_EQ(stress->value(), before) << "the wheel changed stress while it had no focus";
    EXPECT_EQ(session->store().load().stress.size(), 0) << "nothing was saved";

    // Clicked (focused), the slider takes the wheel as usual.
    stress->setFocus();
    wheel(stress, 3);
    EXPECT_NE(stress->value(), before);

    // Combo boxes and spin boxes alike, in any window.
    auto *side = window->todayPage()->episodeForm()->findChild<QComboBox *>();
    ASSERT_NE(side, nullptr);
    const int sideIndex = side->currentIndex();
    window->todayPage()->episodeForm()->logButton()->setFocus();
    wheel(side, -1);
    EXPECT_EQ(side->currentIndex(), sideIndex);
    // A date edit (a spin box) in the Report page's scrolling settings.
    window->tabs()->setCurrentWidget(window->reportPage());
    QTest::qWait(20);
    auto *from = window->reportPage()->findChild<QDateEdit *>();
    ASSERT_NE(from, nullptr);
    EXPECT_EQ(from->focusPolicy(), Qt::StrongFocus);
    const QDate fromBefore = from->date();
    window->reportPage()->findChild<QComboBox *>()->setFocus();
    wheel(from, 1);
    EXPECT_EQ(from->date(), fromBefore);
    from->setFocus();
    ASSERT_TRUE(from->hasFocus());
    wheel(from, 1);
    EXPECT_NE(from->date(), fromBefore);
}

TEST_F(Fit, TabFollowsTheVisualOrder)
{
    // Date, then the form (face map first), Log episode, its time, then the factors.
    EpisodeForm *form = window->todayPage()->episodeForm();
    QTest::mouseClick(form->faceMap(), Qt::LeftButton, {}, form->faceMap()->regionCentre(Zone::Cheek, Side::Left));
    QList<QWidget *> chain;
    QWidget *start = window->todayPage()->findChild<QDateEdit *>();
    ASSERT_NE(start, nullptr);
    for (QWidget *w = start; chain.size() < 200; w = w->nextInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) &&
            window->todayPage()->isAncestorOf(w) && !w->objectName().startsWith(QStringLiteral("qt_")))
            chain.append(w);
        if (w->nextInFocusChain() == start)
            break;
    }
    const auto at = [&](QWidget *w) { return chain.indexOf(w); };
    auto *time = window->todayPage()->findChild<QTimeEdit *>();
    auto *stress = window->todayPage()->factorsPanel()->findChild<QSlider *>();
    ASSERT_GE(at(form->faceMap()), 0);
    EXPECT_LT(at(start), at(form->faceMap()));
    EXPECT_LT(at(form->faceMap()), at(form->findChild<QComboBox *>()));
    EXPECT_LT(at(form->findChild<QComboBox *>()), at(form->logButton()));
    EXPECT_LT(at(form->logButton()), at(time));
    EXPECT_LT(at(time), at(stress));
    EXPECT_EQ(chain.value(at(start) + 1)->accessibleName(), TodayPage::tr("Next day"));
}

TEST_F(Fit, EveryControlHasAnAccessibleName)
{
    QStringList unnamed;
    for (QWidget *page :
         {static_cast<QWidget *>(window->todayPage()), static_cast<QWidget *>(window->historyPage()),
          static_cast<QWidget *>(window->insightsPage()), static_cast<QWidget *>(window->reportPage())}) {
        window->tabs()->setCurrentWidget(page);
        QTest::qWait(20);
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisible() || !(w->focusPolicy() & Qt::TabFocus))
                continue;
            // Parts of a control (a spin box's line edit, a calendar's grid, a view's
            // viewport) are read as that control.
            auto *area = qobject_cast<QAbstractScrollArea *>(w->parentWidget());
            if (w->objectName().startsWith(QStringLiteral("qt_")) || (area && area->viewport() == w))
                continue;
            QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
            ASSERT_NE(a, nullptr);
            if (a->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 %2 in %3")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                    QString::fromLatin1(page->metaObject()->className()));
        }
    }
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();

    // What a screen reader says for the face map, strength and the charts.
    EpisodeForm *form = window->todayPage()->episodeForm();
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(form->faceMap());
    EXPECT_TRUE(face->text(QAccessible::Name).startsWith(FaceMap::tr("Face map")));
    EXPECT_FALSE(face->text(QAccessible::Description).isEmpty());
    QTest::mouseClick(form->faceMap(), Qt::LeftButton, {},
                      form->faceMap()->regionCentre(Zone::UpperEyelid, Side::Left));
    EXPECT_TRUE(face->text(QAccessible::Name).contains(FaceMap::siteName(Zone::UpperEyelid, Side::Left)));
    int strengths = 0;
    for (QToolButton *b : form->findChildren<QToolButton *>()) {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(b);
        if (a->text(QAccessible::Name).startsWith(QStringLiteral("Strength "))) {
            ++strengths;
            EXPECT_FALSE(a->text(QAccessible::Description).isEmpty());
            EXPECT_EQ(a->state().checked, b->isChecked());
        }
    }
    EXPECT_EQ(strengths, 10);
}

TEST_F(Fit, DeletingADayNamesWhatGoesAndAsksForMoreThanOne)
{
    for (int i = 0; i < 3; ++i) {
        Episode e;
        e.at = Clock::now().addSecs(-600 * (i + 1));
        e.zone = Zone::Cheek;
        e.intensity = i + 2;
        ASSERT_TRUE(window->editor()->addEpisode(e));
    }
    HistoryPage *history = window->historyPage();
    window->tabs()->setCurrentWidget(history);
    QTest::qWait(20);
    history->showDay(Clock::today());
    {
        ScriptedPrompts prompts;
        prompts.click(QStringLiteral("Cancel"));
        EXPECT_FALSE(history->deleteSelected());
        EXPECT_EQ(session->store().episodes().size(), 3) << "nothing goes without a yes";
        ASSERT_EQ(prompts.asked.size(), 1);
        const QString asked = prompts.asked[0].text + u'\n' + prompts.asked[0].informativeText;
        EXPECT_TRUE(asked.contains(QStringLiteral("3"))) << asked.toStdString();
        EXPECT_EQ(asked.count(QStringLiteral("Cheek")), 3) << asked.toStdString();
        EXPECT_EQ(prompts.asked[0].defaultButton, QStringLiteral("Cancel"));
        prompts.click(QStringLiteral("Delete 3"));
        EXPECT_TRUE(history->deleteSelected());
        EXPECT_TRUE(session->store().episodes().isEmpty());
    }
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Deleted 3")));
    window->undoAction()->trigger();
    EXPECT_EQ(session->store().episodes().size(), 3);
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(QStringLiteral("Undone: Delete 3")))
        << window->statusBar()->currentMessage().toStdString();
}

TEST_F(Fit, UndoingTheLoggedEpisodeClearsLoggedAndCarryOverIsSaid)
{
    TodayPage *today = window->todayPage();
    EpisodeForm *form = today->episodeForm();
    QTest::mouseClick(form->faceMap(), Qt::LeftButton, {}, form->faceMap()->regionCentre(Zone::Cheek, Side::Left));
    QTest::mouseClick(form->logButton(), Qt::LeftButton);
    ASSERT_TRUE(today->statusLabel()->text().startsWith(QStringLiteral("Logged:")));
    EXPECT_TRUE(form->carriedOverLabel()->isVisible()) << "strength and duration stay: the form says so";
    window->undoAction()->trigger();
    EXPECT_FALSE(today->statusLabel()->text().startsWith(QStringLiteral("Logged:")));
    EXPECT_TRUE(window->statusBar()->currentMessage().startsWith(QStringLiteral("Undone:")));

    // A new window carries place and strength over from the last episode, and says so.
    QTest::mouseClick(form->logButton(), Qt::LeftButton);
    window.reset();
    window = std::make_unique<MainWindow>(*session);
    window->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(window.get()));
    EXPECT_TRUE(window->todayPage()->episodeForm()->carriedOverLabel()->isVisible());
}

TEST_F(Fit, WelcomeGoingDoesNotMoveThePage)
{
    auto *welcome = window->welcomePanel();
    ASSERT_NE(welcome, nullptr);
    ASSERT_TRUE(welcome->isVisible());
    EpisodeForm *form = window->todayPage()->episodeForm();
    const QPoint before = form->faceMap()->mapTo(window.get(), QPoint(0, 0));
    QTest::mouseClick(form->faceMap(), Qt::LeftButton, {}, form->faceMap()->regionCentre(Zone::Cheek, Side::Left));
    QTest::mouseClick(form->logButton(), Qt::LeftButton);
    QTest::qWait(20);
    ASSERT_FALSE(welcome->isVisible());
    EXPECT_EQ(form->faceMap()->mapTo(window.get(), QPoint(0, 0)), before);
}

TEST_F(Fit, KeyboardOnlyLogging)
{
    // Tab from the day into the face map, arrows to a region, Space, then Tab on to
    // Log episode and Space.
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    auto *date = window->todayPage()->findChild<QDateEdit *>();
    date->setFocus();
    EpisodeForm *form = window->todayPage()->episodeForm();
    for (int i = 0; i < 10 && !form->faceMap()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_TRUE(form->faceMap()->hasFocus()) << "Tab reaches the face map";
    QTest::keyClick(form->faceMap(), Qt::Key_Right);
    QTest::keyClick(form->faceMap(), Qt::Key_Right);
    QTest::keyClick(form->faceMap(), Qt::Key_Space);
    ASSERT_TRUE(form->hasSite());
    for (int i = 0; i < 60 && !form->logButton()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    ASSERT_TRUE(form->logButton()->hasFocus()) << "Tab reaches Log episode";
    QTest::keyClick(form->logButton(), Qt::Key_Space);
    EXPECT_EQ(session->store().episodes().size(), 1);
    EXPECT_EQ(form->logButton()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Return));
}

} // namespace
