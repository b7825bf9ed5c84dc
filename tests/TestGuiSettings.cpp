// Display settings remembered in QSettings and chosen in the Settings dialog; who is working:
// the user dialog over a copy of the demo database, a manager's user edits and an officer's
// disabled controls.
#include "SettingsTestSupport.h"
#include "StorageFixture.h"

#include "TestApplication.h"
#include "gui/CurrentUser.h"
#include "gui/Localization.h"
#include "gui/SettingsDialog.h"
#include "gui/SettingsStore.h"
#include "gui/TableFormat.h"
#include "gui/UserDialog.h"
#include "gui/UserTableModel.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>

std::unique_ptr<QCoreApplication> makeTestApplication(int& argc, char** argv)
{
    static QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    return std::make_unique<QApplication>(argc, argv);
}

using namespace ehya;
using namespace ehya::gui;
using namespace ehya::test;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* widget = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(widget != nullptr);
    return widget;
}

QPushButton* okButton(QDialog& dialog)
{
    return child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok);
}

User userNamed(storage::Database& db, const QString& login)
{
    auto users = storage::ReferenceRepository(db).users();
    REQUIRE_OK(users);
    for (const User& user : *users) {
        if (user.login == login)
            return user;
    }
    FAIL("no user " << login.toStdString());
    return {};
}

} // namespace

TEST_CASE("Display settings survive a save and a load through an ini file", "[gui][settings]")
{
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("ehya.ini"));
    {
        QSettings empty(ini, QSettings::IniFormat);
        const DisplaySettings fallback = loadDisplaySettings(empty, Language::English);
        CHECK(fallback.language == Language::English);
        CHECK(fallback.calendar == CalendarKind::Gregorian);
        CHECK(fallback.digits == Digits::Latin);
    }
    DisplaySettings chosen = DisplaySettings::forLanguage(Language::English);
    chosen.calendar = CalendarKind::Jalali;
    chosen.digits = Digits::Persian;
    chosen.moneyUnit = MoneyUnit::Toman;
    {
        QSettings settings(ini, QSettings::IniFormat);
        saveDisplaySettings(settings, chosen);
    }
    QSettings settings(ini, QSettings::IniFormat);
    CHECK(settings.value(QStringLiteral("display/moneyUnit")).toString() == u"toman");
    const DisplaySettings loaded = loadDisplaySettings(settings, Language::Persian);
    CHECK(loaded.language == Language::English);
    CHECK(loaded.calendar == CalendarKind::Jalali);
    CHECK(loaded.digits == Digits::Persian);
    CHECK(loaded.moneyUnit == MoneyUnit::Toman);

    // A value the app does not know keeps that setting's default.
    settings.setValue(QStringLiteral("display/calendar"), QStringLiteral("lunar"));
    settings.setValue(QStringLiteral("display/language"), QStringLiteral("klingon"));
    const DisplaySettings odd = loadDisplaySettings(settings, Language::Persian);
    CHECK(odd.language == Language::Persian);
    CHECK(odd.calendar == CalendarKind::Jalali);
    CHECK(odd.moneyUnit == MoneyUnit::Toman);

    // The user is remembered per database, whatever the spelling of its path.
    const QString a = dir.filePath(QStringLiteral("a.sqlite"));
    const QString b = dir.filePath(QStringLiteral("b.sqlite"));
    QFile(a).open(QIODevice::WriteOnly);
    rememberUser(settings, a, QStringLiteral("m.karimi"));
    CHECK(rememberedUser(settings, dir.path() + u"/./sub/../a.sqlite") == u"m.karimi");
    CHECK(rememberedUser(settings, b).isEmpty());
    rememberUser(settings, b, QStringLiteral("admin"));
    CHECK(rememberedUser(QSettings(ini, QSettings::IniFormat), a) == u"m.karimi");
    CHECK(rememberedUser(QSettings(ini, QSettings::IniFormat), b) == u"admin");
}

TEST_CASE("The settings dialog's choices change its settings and the sample line", "[gui][settings]")
{
    DisplaySettings start = DisplaySettings::forLanguage(Language::Persian);
    start.tiers.t1 = 77.0;
    SettingsDialog dialog(start);
    dialog.show();
    const QString unit = moneyUnitLabel(MoneyUnit::BillionToman);
    CHECK(dialog.sampleText() == u"۱۲٬۵۰۰ " + unit + u" — ۱۴۰۳/۰۱/۰۱");
    CHECK(child<QLabel>(dialog, "sampleLabel")->text() == dialog.sampleText());

    chooseByKeys(child<QComboBox>(dialog, "digitsCombo"), int(Digits::Latin));
    CHECK(dialog.settings().digits == Digits::Latin);
    CHECK(dialog.sampleText() == u"12,500 " + unit + u" — 1403/01/01");

    chooseByKeys(child<QComboBox>(dialog, "calendarCombo"), int(CalendarKind::Gregorian));
    chooseByKeys(child<QComboBox>(dialog, "moneyCombo"), int(MoneyUnit::Rial));
    CHECK(dialog.settings().calendar == CalendarKind::Gregorian);
    CHECK(dialog.settings().moneyUnit == MoneyUnit::Rial);
    CHECK(dialog.sampleText() ==
          u"125,000,000,000,000 " + moneyUnitLabel(MoneyUnit::Rial) + u" — 2024-03-20");
    CHECK_FALSE(dialog.languageChanged());

    // A language brings its calendar and digits; the money unit stays the person's choice.
    chooseByKeys(child<QComboBox>(dialog, "calendarCombo"), int(CalendarKind::Jalali));
    chooseByKeys(child<QComboBox>(dialog, "languageCombo"), int(Language::English));
    const DisplaySettings english = dialog.settings();
    CHECK(english.language == Language::English);
    CHECK(english.calendar == CalendarKind::Gregorian);
    CHECK(english.digits == Digits::Latin);
    CHECK(english.moneyUnit == MoneyUnit::Rial);
    CHECK(english.tiers.t1 == 77.0);
    CHECK(dialog.languageChanged());
    CHECK(child<QLabel>(dialog, "languageNote")->isVisibleTo(&dialog));

    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::RestoreDefaults),
                      Qt::LeftButton);
    CHECK(dialog.settings().moneyUnit == MoneyUnit::BillionToman);
    CHECK(dialog.settings().language == Language::English);

    dialog.setSettings(start);
    CHECK(dialog.settings().language == Language::Persian);
    CHECK(dialog.sampleText() == u"۱۲٬۵۰۰ " + unit + u" — ۱۴۰۳/۰۱/۰۱");
    click(okButton(dialog));
    CHECK(dialog.result() == QDialog::Accepted);
}

TEST_CASE("The user dialog lists the active users and returns the one chosen", "[gui][users]")
{
    DemoCopy demo(QStringLiteral("admin"));
    User gone = userNamed(*demo.db, QStringLiteral("h.rezaei"));
    gone.active = false;
    REQUIRE_OK(storage::ReferenceRepository(*demo.db).update(gone));
    const qint64 active =
        countRows(*demo.db, QStringLiteral("SELECT count(*) FROM app_user WHERE active <> 0"));
    REQUIRE(active >= 2);

    UserDialog dialog(*demo.db, CurrentUser{});
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    REQUIRE(dialog.model()->rowCount() == active);
    CHECK(dialog.model()->rowOfLogin(QStringLiteral("h.rezaei")) == -1);
    const int row = dialog.model()->rowOfLogin(QStringLiteral("m.karimi"));
    REQUIRE(row >= 0);
    CHECK(dialog.model()->index(row, UserTableModel::FullName).data().toString() == u"مریم کریمی");
    CHECK(dialog.model()->index(row, UserTableModel::Role).data(RawRole).toString() == u"officer");

    // Nobody working yet: nothing to manage.
    CHECK_FALSE(child<QPushButton>(dialog, "addButton")->isEnabled());

    clickRow(child<QTableView>(dialog, "usersView"), row);
    CHECK(okButton(dialog)->text().contains(u"مریم کریمی"));
    click(okButton(dialog));
    CHECK(dialog.result() == QDialog::Accepted);
    const CurrentUser chosen = dialog.chosenUser();
    CHECK(chosen.login == u"m.karimi");
    CHECK_FALSE(chosen.isManager());

    // Remembered for this database, and found again without asking.
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("ehya.ini")), QSettings::IniFormat);
    startWorkingAs(*demo.db, settings, chosen);
    CHECK(demo.db->currentUser() == u"m.karimi");
    auto known = knownCurrentUser(*demo.db, settings, QStringLiteral("nobody"));
    REQUIRE_OK(known);
    REQUIRE(known->has_value());
    CHECK((*known)->login == u"m.karimi");

    // Without a remembered choice, the OS login decides; an unknown or inactive one asks.
    QSettings fresh(dir.filePath(QStringLiteral("fresh.ini")), QSettings::IniFormat);
    auto byOs = knownCurrentUser(*demo.db, fresh, QStringLiteral("R.Ahmadi"));
    REQUIRE_OK(byOs);
    REQUIRE(byOs->has_value());
    CHECK((*byOs)->isManager());
    auto unknown = knownCurrentUser(*demo.db, fresh, QStringLiteral("h.rezaei"));
    REQUIRE_OK(unknown);
    CHECK_FALSE(unknown->has_value());
}

TEST_CASE("Only a manager adds, edits and deactivates users", "[gui][users]")
{
    DemoCopy demo(QStringLiteral("m.karimi"));
    const CurrentUser officer = CurrentUser::fromUser(userNamed(*demo.db, QStringLiteral("m.karimi")));
    {
        UserDialog dialog(*demo.db, officer);
        dialog.show();
        CHECK_FALSE(dialog.canManage());
        CHECK(child<QLabel>(dialog, "managerNote")->isVisible());
        for (const char* name :
             {"loginEdit", "fullNameEdit", "roleCombo", "addButton", "saveButton", "deactivateButton"})
            CHECK_FALSE(child<QWidget>(dialog, name)->isEnabled());
    }

    const CurrentUser manager = CurrentUser::fromUser(userNamed(*demo.db, QStringLiteral("r.ahmadi")));
    REQUIRE(manager.isManager());
    demo.db->setCurrentUser(manager.login);
    UserDialog dialog(*demo.db, manager);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    dialog.show();
    CHECK_FALSE(child<QLabel>(dialog, "managerNote")->isVisible());
    const int before = dialog.model()->rowCount();

    auto* login = child<QLineEdit>(dialog, "loginEdit");
    auto* fullName = child<QLineEdit>(dialog, "fullNameEdit");
    login->clear();
    typeText(login, QStringLiteral("z.tehrani"));
    fullName->clear();
    typeText(fullName, QStringLiteral("زهرا تهرانی"));
    chooseByKeys(child<QComboBox>(dialog, "roleCombo"), int(Role::Officer));
    CHECK_FALSE(child<QPushButton>(dialog, "saveButton")->isEnabled()); // a new login is added, not saved
    click(child<QPushButton>(dialog, "addButton"));
    REQUIRE(dialog.model()->rowCount() == before + 1);
    const User added = userNamed(*demo.db, QStringLiteral("z.tehrani"));
    CHECK(added.fullName == u"زهرا تهرانی");
    CHECK(dialog.chosenUser().login == u"z.tehrani");

    // Promote her, then deactivate her.
    chooseByKeys(child<QComboBox>(dialog, "roleCombo"), int(Role::Manager));
    click(child<QPushButton>(dialog, "saveButton"));
    CHECK(userNamed(*demo.db, QStringLiteral("z.tehrani")).role == Role::Manager);
    click(child<QPushButton>(dialog, "deactivateButton"));
    CHECK_FALSE(userNamed(*demo.db, QStringLiteral("z.tehrani")).active);
    CHECK(dialog.model()->rowOfLogin(QStringLiteral("z.tehrani")) == -1);
    CHECK(dialog.chosenUser().login == manager.login);
    CHECK_FALSE(child<QPushButton>(dialog, "deactivateButton")->isEnabled()); // not oneself

    auto audit = storage::AuditLog(*demo.db).forEntity(QStringLiteral("app_user"), added.id);
    REQUIRE_OK(audit);
    REQUIRE(audit->size() == 3);
    for (const storage::AuditEntry& entry : *audit)
        CHECK(entry.user == manager.login);

    // A taken login is refused with the reason shown.
    login->clear();
    typeText(login, QStringLiteral("z.tehrani"));
    click(child<QPushButton>(dialog, "addButton"));
    CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(u"taken"));
}
