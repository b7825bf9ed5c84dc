// The edit forms driven through their real widgets, offscreen: inline validation keeps Save
// disabled and says why, records round-trip through the forms (money in billion toman, Jalali
// dates), Persian digits typed as money, the county combo follows the province.
#include <catch2/catch.hpp>

#include "DemoDatabase.h"
#include "RecordChecks.h"
#include "TestApplication.h"

#include "core/Dates.h"
#include "core/Digits.h"
#include "core/Validation.h"
#include "gui/ActionDialog.h"
#include "gui/DateEdit.h"
#include "gui/DisplaySettings.h"
#include "gui/Localization.h"
#include "gui/MoneyEdit.h"
#include "gui/ObstacleDialog.h"
#include "gui/ProgressReportDialog.h"
#include "gui/ProjectForm.h"
#include "gui/ReferenceData.h"
#include "gui/UnitForm.h"
#include "storage/Database.h"
#include "storage/Repositories.h"
#include "ui_ActionDialog.h"
#include "ui_ObstacleDialog.h"
#include "ui_ProgressReportDialog.h"
#include "ui_ProjectForm.h"
#include "ui_UnitForm.h"

#include <QApplication>
#include <QCalendarWidget>
#include <QDateEdit>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

#include <algorithm>
#include <memory>

namespace Catch {
template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return s.toStdString(); }
};
template <> struct StringMaker<QDate>
{
    static std::string convert(const QDate& d) { return d.toString(Qt::ISODate).toStdString(); }
};
} // namespace Catch

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    return std::make_unique<QApplication>(argc, argv);
}

using namespace ehya;
using gui::DisplaySettings;
using gui::Language;

namespace {

QApplication& app()
{
    auto* a = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(a);
    return *a;
}

// A private copy of the demo database with its reference data and records.
struct Demo
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    gui::ReferenceData reference;
    QList<Project> projects;
    QList<IdleUnit> units;

    Demo()
    {
        const QString path = test::copyOfDemoDatabase(dir);
        auto opened = storage::Database::open(path);
        REQUIRE(opened.ok());
        db = std::move(opened).value();
        auto loaded = gui::ReferenceData::load(*db);
        REQUIRE(loaded.ok());
        reference = std::move(loaded).value();
        auto p = storage::ProjectRepository(*db).list();
        REQUIRE(p.ok());
        projects = p.value();
        auto u = storage::UnitRepository(*db).list();
        REQUIRE(u.ok());
        units = u.value();
        REQUIRE(!projects.isEmpty());
        REQUIRE(!units.isEmpty());
    }

    // A project with an estate, both permit dates, money that needs four decimals of a billion
    // toman and a fractional progress: the hard case for a round trip.
    Project richProject() const
    {
        const auto it = std::find_if(projects.cbegin(), projects.cend(), [](const Project& p) {
            return p.estateId != 0 && p.permitDate.isValid() && p.permitExpiry.isValid() &&
                   p.expectedCompletion.isValid() && p.investedRial % 1'000'000'000 != 0 &&
                   p.progress != std::floor(p.progress) && !p.notes.isEmpty();
        });
        REQUIRE(it != projects.cend());
        return *it;
    }
};

// QTest::keyClicks asserts on characters outside Latin-1 (Qt's debug build): Persian digits and
// letters are sent as key events carrying their text, as a Persian keyboard layout does.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(c.unicode()), QString(c), Qt::NoModifier);
    }
}

void retype(QWidget* widget, const QString& text)
{
    auto* line = qobject_cast<QLineEdit*>(widget);
    REQUIRE(line);
    line->setFocus();
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Backspace);
    typeText(line, text);
}

QList<Id> offeredIds(const QComboBox* combo)
{
    QList<Id> ids;
    for (int i = 0; i < combo->count(); ++i) {
        const Id id = combo->itemData(i).toLongLong();
        if (id != 0)
            ids.append(id);
    }
    return ids;
}

} // namespace

TEST_CASE("Progress typed out of range disables Save and says why next to the field", "[gui][forms]")
{
    gui::applyLanguage(app(), Language::English);
    Demo demo;
    const Project project = demo.richProject();
    gui::ProjectForm form(demo.reference, DisplaySettings::forLanguage(Language::English));
    form.setRecord(project);
    form.show();
    REQUIRE(form.saveButton()->isEnabled());
    CHECK(form.windowTitle() == QStringLiteral("Edit project"));

    retype(form.ui()->progress, QStringLiteral("120"));
    CHECK_FALSE(form.saveButton()->isEnabled());
    Project wrong = project;
    wrong.progress = 120;
    const FieldErrors expected = validate(wrong);
    REQUIRE(expected.size() == 1);
    CHECK(form.message(QStringLiteral("progress")) == expected.constFirst().message);
    auto* label = form.findChild<QLabel*>(QStringLiteral("progressMessage"));
    REQUIRE(label);
    CHECK(label->isVisible());
    CHECK(label->text().contains(QStringLiteral("120")));
    CHECK(form.ui()->progress->accessibleDescription() == expected.constFirst().message);

    // Enter and Ctrl+S do not save an invalid record.
    QTest::keyClick(form.ui()->progress, Qt::Key_Return);
    QTest::keyClick(&form, Qt::Key_S, Qt::ControlModifier);
    CHECK(form.result() != QDialog::Accepted);
    CHECK(form.isVisible());

    retype(form.ui()->progress, QStringLiteral("abc"));
    CHECK_FALSE(form.saveButton()->isEnabled());
    CHECK_FALSE(form.message(QStringLiteral("progress")).isEmpty());

    retype(form.ui()->progress, QStringLiteral("75.5"));
    CHECK(form.saveButton()->isEnabled());
    CHECK(form.message(QStringLiteral("progress")).isEmpty());
    CHECK_FALSE(label->isVisible());
    CHECK(form.record().progress == 75.5);

    QTest::keyClick(form.ui()->title, Qt::Key_Return);
    CHECK(form.result() == QDialog::Accepted);
}

TEST_CASE("Validation messages come in Persian with Persian digits", "[gui][forms]")
{
    gui::applyLanguage(app(), Language::Persian);
    Demo demo;
    gui::ProjectForm form(demo.reference, DisplaySettings::forLanguage(Language::Persian));
    form.setRecord(demo.richProject());
    retype(form.ui()->progress, QStringLiteral("۱۲۰"));
    CHECK_FALSE(form.saveButton()->isEnabled());
    const QString message = form.message(QStringLiteral("progress"));
    CHECK(message.contains(QStringLiteral("۱۲۰")));
    CHECK_FALSE(message.contains(QStringLiteral("Physical progress")));
    CHECK(form.isRightToLeft());
    gui::applyLanguage(app(), Language::English);
}

TEST_CASE("A record goes through the forms unchanged", "[gui][forms]")
{
    Demo demo;
    const Language language = GENERATE(Language::Persian, Language::English);
    gui::applyLanguage(app(), language);
    const DisplaySettings settings = DisplaySettings::forLanguage(language);
    REQUIRE(settings.moneyUnit == MoneyUnit::BillionToman);

    SECTION("projects")
    {
        const Project rich = demo.richProject();
        gui::ProjectForm form(demo.reference, settings);
        form.setRecord(rich);
        test::checkSame(form.record(), rich);
        // Shown in billion toman and, in Persian, Jalali dates with Persian digits.
        const QString dateText = form.ui()->permitDate->dateEdit()->text();
        if (language == Language::Persian) {
            CHECK(dateText == formatJalali(rich.permitDate, Digits::Persian));
            CHECK(form.ui()->investedRial->lineEdit()->text() ==
                  toPersianDigits(QString::number(double(rich.investedRial) / 1e10, 'g', 12))
                      .replace(QLatin1Char('.'), QChar(0x066B)));
        } else {
            CHECK(dateText == isoDate(rich.permitDate));
            CHECK(form.ui()->investedRial->lineEdit()->text() ==
                  QString::number(double(rich.investedRial) / 1e10, 'g', 12));
        }
        for (const Project& p : std::as_const(demo.projects).mid(0, 40)) {
            form.setRecord(p);
            test::checkSame(form.record(), p);
        }
    }
    SECTION("idle units")
    {
        gui::UnitForm form(demo.reference, settings);
        for (const IdleUnit& u : std::as_const(demo.units).mid(0, 40)) {
            form.setRecord(u);
            test::checkSame(form.record(), u);
            CHECK(form.saveButton()->isEnabled() == validate(u).isEmpty());
        }
    }
    gui::applyLanguage(app(), Language::English);
}

TEST_CASE("Money typed in Persian digits is read in the displayed unit", "[gui][forms]")
{
    gui::MoneyEdit edit;
    edit.setDisplaySettings(DisplaySettings::forLanguage(Language::Persian));
    CHECK(edit.unitLabel()->text() == moneyUnitLabel(MoneyUnit::BillionToman));
    typeText(edit.lineEdit(), QStringLiteral("۱۲٫۵"));
    REQUIRE(edit.rials().has_value());
    CHECK(*edit.rials() == 125'000'000'000LL);
    CHECK(edit.inputError().isEmpty());

    edit.lineEdit()->clear();
    typeText(edit.lineEdit(), QStringLiteral("۱۲/۵"));
    CHECK(edit.rials().value_or(-1) == 125'000'000'000LL);

    edit.lineEdit()->clear();
    QTest::keyClicks(edit.lineEdit(), QStringLiteral("12.5x"));
    CHECK_FALSE(edit.rials().has_value());
    CHECK_FALSE(edit.inputError().isEmpty());

    // Through the project form: the record carries rials.
    Demo demo;
    gui::ProjectForm form(demo.reference, DisplaySettings::forLanguage(Language::Persian));
    form.setRecord(demo.richProject());
    retype(form.ui()->remainingRial->lineEdit(), QStringLiteral("۱۲٫۵"));
    CHECK(form.record().remainingRial == 125'000'000'000LL);
    retype(form.ui()->remainingRial->lineEdit(), QStringLiteral("۱۲٫۵ تومان"));
    CHECK(form.record().remainingRial == 125);
    retype(form.ui()->remainingRial->lineEdit(), QStringLiteral("-3"));
    CHECK_FALSE(form.saveButton()->isEnabled());
    CHECK_FALSE(form.message(QStringLiteral("remaining_rial")).isEmpty());
}

TEST_CASE("The county combo offers the chosen province's counties only", "[gui][forms]")
{
    gui::applyLanguage(app(), Language::English);
    Demo demo;
    REQUIRE(demo.reference.provinces.size() >= 2);
    gui::ProjectForm form(demo.reference, DisplaySettings::forLanguage(Language::English));
    form.setRecord(Project{});
    QComboBox* province = form.ui()->province;
    QComboBox* county = form.ui()->county;
    CHECK_FALSE(county->isEnabled());
    CHECK(offeredIds(county).isEmpty());

    for (const Province& p : std::as_const(demo.reference.provinces).mid(0, 3)) {
        province->setCurrentIndex(province->findData(QVariant::fromValue<qlonglong>(p.id)));
        QList<Id> expected;
        for (const County& c : demo.reference.counties) {
            if (c.provinceId == p.id)
                expected.append(c.id);
        }
        REQUIRE(!expected.isEmpty());
        CHECK(county->isEnabled());
        CHECK(offeredIds(county) == expected);
        CHECK(county->itemText(county->findData(QVariant::fromValue<qlonglong>(expected.constFirst()))) ==
              demo.reference.county(expected.constFirst())->nameEn);
    }

    // A county with estates offers them after "Not in an estate".
    const auto withEstate =
        std::find_if(demo.reference.counties.cbegin(), demo.reference.counties.cend(),
                     [&](const County& c) { return !demo.reference.estatesOf(c.id).isEmpty(); });
    REQUIRE(withEstate != demo.reference.counties.cend());
    province->setCurrentIndex(province->findData(QVariant::fromValue<qlonglong>(withEstate->provinceId)));
    county->setCurrentIndex(county->findData(QVariant::fromValue<qlonglong>(withEstate->id)));
    QList<Id> estates;
    for (const Estate& e : demo.reference.estatesOf(withEstate->id))
        estates.append(e.id);
    CHECK(offeredIds(form.ui()->estate) == estates);
    CHECK(form.ui()->estate->itemData(0).toLongLong() == 0);
    CHECK(form.record().countyId == withEstate->id);
}

TEST_CASE("A new project without a title cannot be saved", "[gui][forms]")
{
    gui::applyLanguage(app(), Language::English);
    Demo demo;
    gui::ProjectForm form(demo.reference, DisplaySettings::forLanguage(Language::English));
    Project p = demo.richProject();
    p.id = 0;
    p.version = 0;
    p.title.clear();
    form.setRecord(p);
    form.show();
    CHECK(form.windowTitle() == QStringLiteral("New project"));
    CHECK_FALSE(form.saveButton()->isEnabled());
    CHECK(form.message(QStringLiteral("title")) == validate(p).constFirst().message);

    QTest::keyClicks(form.ui()->title, QStringLiteral("Cement plant"));
    CHECK(form.saveButton()->isEnabled());
    CHECK(form.record().title == QStringLiteral("Cement plant"));
    CHECK(form.record().id == 0);

    retype(form.ui()->title, QStringLiteral("   "));
    CHECK_FALSE(form.saveButton()->isEnabled());
    QTest::keyClick(&form, Qt::Key_S, Qt::ControlModifier);
    CHECK(form.result() != QDialog::Accepted);
}

TEST_CASE("A progress report shows the tier the new percent gives", "[gui][forms]")
{
    gui::applyLanguage(app(), Language::English);
    const DisplaySettings settings = DisplaySettings::forLanguage(Language::English);
    Project project;
    project.id = 7;
    project.title = QStringLiteral("Steel");
    project.progress = 70; // B with the default thresholds (75, 50, 25)
    gui::ProgressReportDialog dialog(settings);
    dialog.setProject(project);
    CHECK(dialog.report().date == QDate::currentDate());
    CHECK(dialog.report().projectId == 7);
    CHECK(dialog.tierChangeText() == QStringLiteral("Tier B, unchanged"));

    retype(dialog.ui()->percent, QStringLiteral("80"));
    CHECK(dialog.tierChangeText() == QStringLiteral("Tier B → A"));
    CHECK(dialog.report().percent == 80);
    CHECK(dialog.saveButton()->isEnabled());

    retype(dialog.ui()->percent, QStringLiteral("101"));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.message(QStringLiteral("percent")).contains(QStringLiteral("101")));

    retype(dialog.ui()->percent, QStringLiteral("12.25"));
    CHECK_FALSE(dialog.saveButton()->isEnabled()); // one decimal at most

    // Dated before the latest report: it does not change the current progress.
    dialog.setProject(project, QDate::currentDate());
    retype(dialog.ui()->percent, QStringLiteral("90"));
    dialog.ui()->date->setDate(QDate::currentDate().addDays(-3));
    CHECK(dialog.tierChangeText().contains(QStringLiteral("stays")));
}

TEST_CASE("Obstacles and actions say when a date comes before the one it follows", "[gui][forms]")
{
    gui::applyLanguage(app(), Language::English);
    Demo demo;
    const DisplaySettings settings = DisplaySettings::forLanguage(Language::English);

    gui::ObstacleDialog obstacle(settings);
    Obstacle o;
    o.ownerId = 3;
    o.opened = QDate(2024, 5, 1);
    obstacle.setObstacle(o, gui::ObstacleDialog::Mode::Resolve);
    CHECK(obstacle.windowTitle() == QStringLiteral("Resolve obstacle"));
    CHECK(obstacle.obstacle().resolved == QDate::currentDate());
    CHECK(obstacle.saveButton()->isEnabled());
    obstacle.ui()->resolved->setDate(QDate(2024, 4, 1));
    CHECK_FALSE(obstacle.saveButton()->isEnabled());
    CHECK(obstacle.message(QStringLiteral("resolved")).contains(QStringLiteral("2024-04-01")));
    // Clearing the resolved date reopens the obstacle: valid again.
    QTest::mouseClick(obstacle.ui()->resolved->clearButton(), Qt::LeftButton);
    CHECK(obstacle.obstacle().resolved.isNull());
    CHECK(obstacle.saveButton()->isEnabled());
    CHECK(obstacle.obstacle().ownerId == 3);

    gui::ActionDialog action(demo.reference, settings);
    Action a;
    a.id = 12;
    a.version = 4;
    a.started = QDate(2024, 5, 1);
    a.agencyId = demo.reference.agencies.constLast().id;
    a.amountRial = 35'000'000'000LL;
    action.setAction(a, gui::ActionDialog::Mode::Close);
    CHECK(action.windowTitle() == QStringLiteral("Close action"));
    const Action closed = action.action();
    CHECK(closed.status == ActionStatus::Done);
    CHECK(closed.finished == QDate::currentDate());
    CHECK(closed.agencyId == a.agencyId);
    CHECK(closed.amountRial == a.amountRial);
    CHECK(closed.version == 4);
    CHECK(action.ui()->amount->lineEdit()->text() == QStringLiteral("3.5"));
    action.ui()->finished->setDate(QDate(2024, 1, 1));
    CHECK_FALSE(action.saveButton()->isEnabled());
    CHECK_FALSE(action.message(QStringLiteral("finished")).isEmpty());
}

TEST_CASE("A date field can be empty, and uses the Jalali calendar in Persian", "[gui][forms]")
{
    gui::DateEdit edit;
    edit.setDisplaySettings(DisplaySettings::forLanguage(Language::Persian));
    CHECK(edit.isEmpty());
    CHECK(edit.dateEdit()->calendar().isDateValid(1403, 12, 30)); // 1403 is a Jalali leap year
    CHECK(edit.dateEdit()->calendarPopup());
    const QDate nowruz = fromJalali(1403, 1, 1);
    edit.setDate(nowruz);
    CHECK(edit.date() == nowruz);
    CHECK(edit.dateEdit()->text() == QStringLiteral("۱۴۰۳/۰۱/۰۱"));
    QTest::mouseClick(edit.clearButton(), Qt::LeftButton);
    CHECK(edit.date().isNull());

    edit.setOptional(false);
    CHECK(edit.date() == QDate::currentDate());
    CHECK_FALSE(edit.clearButton()->isVisibleTo(&edit));
}

namespace {

// The Persian of resources/translations/fa_forms.json as a translator, so that the screenshots
// show the forms in Persian before the .ts files are filled.
class JsonTranslator final : public QTranslator
{
public:
    explicit JsonTranslator(const QString& path)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        m_texts = QJsonDocument::fromJson(file.readAll()).object().toVariantHash();
        REQUIRE(!m_texts.isEmpty());
    }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return m_texts.value(QString::fromUtf8(source)).toString();
    }
    bool isEmpty() const override { return false; }

private:
    QVariantHash m_texts;
};

void grab(QWidget& w, const QString& name)
{
    const QString dir = qEnvironmentVariable("EHYA_SCREENSHOTS", QStringLiteral("/tmp"));
    w.show();
    w.resize(w.sizeHint()); // adjustSize() would fit the small offscreen screen
    QCoreApplication::processEvents();
    REQUIRE(w.grab().save(dir + u'/' + name + QStringLiteral(".png")));
}

} // namespace

// Not run by CTest: `test_gui_forms "[screenshots]"` (EHYA_SCREENSHOTS=folder) writes the forms
// in Persian and English as PNG files, with one invalid field each.
TEST_CASE("Screenshots of the edit forms", "[.][screenshots]")
{
    Demo demo;
    for (const Language language : {Language::Persian, Language::English}) {
        gui::applyLanguage(app(), language);
        JsonTranslator json(QStringLiteral(EHYA_SOURCE_DIR "/resources/translations/fa_forms.json"));
        if (language == Language::Persian)
            QCoreApplication::installTranslator(&json);
        const DisplaySettings settings = DisplaySettings::forLanguage(language);
        const QString suffix = language == Language::Persian ? QStringLiteral("-fa") : QStringLiteral("-en");

        gui::ProjectForm project(demo.reference, settings);
        project.setRecord(demo.richProject());
        retype(project.ui()->progress,
               language == Language::Persian ? QStringLiteral("۱۲۰") : QStringLiteral("120"));
        grab(project, QStringLiteral("project-form") + suffix);

        gui::UnitForm unit(demo.reference, settings);
        IdleUnit fresh;
        unit.setRecord(fresh);
        grab(unit, QStringLiteral("unit-form-new") + suffix);
        unit.setRecord(demo.units.constFirst());
        grab(unit, QStringLiteral("unit-form") + suffix);

        gui::ProgressReportDialog report(settings);
        report.setProject(demo.richProject());
        retype(report.ui()->percent,
               language == Language::Persian ? QStringLiteral("۸۰") : QStringLiteral("80"));
        grab(report, QStringLiteral("progress-report") + suffix);

        gui::ObstacleDialog obstacle(settings);
        Obstacle o;
        o.opened = QDate(2024, 5, 1);
        o.description = QStringLiteral("…");
        obstacle.setObstacle(o, gui::ObstacleDialog::Mode::Resolve);
        obstacle.ui()->resolved->setDate(QDate(2024, 4, 1));
        grab(obstacle, QStringLiteral("obstacle") + suffix);

        gui::ActionDialog action(demo.reference, settings);
        Action a;
        a.agencyId = demo.reference.agencies.constFirst().id;
        a.amountRial = 35'000'000'000LL;
        action.setAction(a);
        grab(action, QStringLiteral("action") + suffix);

        gui::DateEdit date;
        date.setDisplaySettings(settings);
        date.setDate(QDate(2024, 4, 3));
        date.show();
        date.dateEdit()->calendarWidget()->setSelectedDate(QDate(2024, 4, 3));
        grab(*date.dateEdit()->calendarWidget(), QStringLiteral("calendar") + suffix);
        QCoreApplication::removeTranslator(&json);
    }
    gui::applyLanguage(app(), Language::English);
}
