// Custom factors: defined in Edit › Custom factors…, logged on Today, analysed as custom:<name>.
#include "analysis/analysis.h"
#include "dialogs/customfactorsdialog.h"
#include "pages/factorspanel.h"
#include "pages/todaypage.h"
#include "widgets/numberfield.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

#include "windowtest.h"

using namespace td;
using namespace td::ui;

namespace {

class CustomFactors : public WindowTest
{
protected:
    void define(const QString &name, CustomFactorType type, const QString &unit = {})
    {
        CustomFactorsDialog dialog(*window->editor(), window.get());
        dialog.nameEdit()->setText(name);
        dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(int(type)));
        dialog.unitEdit()->setText(unit);
        ASSERT_TRUE(dialog.defineFactor()) << dialog.errorLabel()->text().toStdString();
    }
    FactorsPanel *panel() { return window->todayPage()->factorsPanel(); }
};

TEST_F(CustomFactors, DefinedFactorsAreLoggedOnTodayAndReachTheAnalysis)
{
    define(QStringLiteral("screen"), CustomFactorType::Number, QStringLiteral("h"));
    define(QStringLiteral("cold exposure"), CustomFactorType::YesNo);

    auto *screen = panel()->findChild<NumberField *>(QStringLiteral("custom:screen"));
    ASSERT_NE(screen, nullptr);
    screen->lineEdit()->setFocus();
    QTest::keyClicks(screen->lineEdit(), QStringLiteral("9"));
    QTest::keyClick(screen->lineEdit(), Qt::Key_Return);
    auto *cold = panel()->findChild<QCheckBox *>(QStringLiteral("custom:cold exposure"));
    ASSERT_NE(cold, nullptr);
    QTest::mouseClick(cold, Qt::LeftButton);

    EXPECT_EQ(session->store().customValue(kToday, QStringLiteral("screen")), 9.0);
    EXPECT_EQ(session->store().customValue(kToday, QStringLiteral("cold exposure")), 1.0);

    analysis::Options o;
    o.to = kToday;
    const analysis::DaySeries days = analysis::buildDaySeries(session->store().load(), o);
    bool sawScreen = false, sawCold = false;
    for (const analysis::FactorSeries &f : days.factors) {
        if (f.id == u"custom:screen") {
            sawScreen = true;
            EXPECT_EQ(f.value[std::size_t(days.index(kToday))], 9.0);
        }
        if (f.id == u"custom:cold exposure") {
            sawCold = true;
            EXPECT_EQ(f.exposure[std::size_t(days.index(kToday))], analysis::kExposed);
        }
    }
    EXPECT_TRUE(sawScreen);
    EXPECT_TRUE(sawCold);
}

TEST_F(CustomFactors, DuplicateOrEmptyNamesAreRefusedAtTheField)
{
    define(QStringLiteral("exercise"), CustomFactorType::YesNo);
    CustomFactorsDialog dialog(*window->editor(), window.get());
    dialog.nameEdit()->setText(QStringLiteral("Exercise"));
    EXPECT_FALSE(dialog.defineFactor());
    EXPECT_TRUE(dialog.errorLabel()->text().contains(QStringLiteral("already")));
    dialog.nameEdit()->setText(QStringLiteral("   "));
    EXPECT_FALSE(dialog.defineFactor());
    EXPECT_EQ(session->store().customFactors().size(), 1);
}

} // namespace
