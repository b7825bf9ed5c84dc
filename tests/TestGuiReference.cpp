// Reference data in the GUI: a manager renames and adds through the dialog's own widgets (written
// and audited under the manager's login); an officer reads with every control disabled.
#include "SettingsTestSupport.h"
#include "StorageFixture.h"

#include "gui/CurrentUser.h"
#include "gui/ReferenceDataDialog.h"
#include "gui/ReferenceTableModel.h"
#include "gui/TableFormat.h"
#include "storage/Repositories.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>

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

int rowNamed(ReferenceTableModel* model, const QString& nameFa)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->rowAt(row).nameFa == nameFa)
            return row;
    }
    return -1;
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

CurrentUser demoUser(storage::Database& db, const QString& login)
{
    auto users = storage::ReferenceRepository(db).users();
    REQUIRE_OK(users);
    for (const User& user : *users) {
        if (user.login == login)
            return CurrentUser::fromUser(user);
    }
    FAIL("no user " << login.toStdString());
    return {};
}

} // namespace

TEST_CASE("Every reference table passes the model tester and shows its kind's field", "[gui][reference]")
{
    DemoCopy demo(QStringLiteral("admin"));
    storage::ReferenceRepository refs(*demo.db);
    const DisplaySettings settings = DisplaySettings::forLanguage(Language::Persian);
    const QList<std::pair<ReferenceKind, qint64>> kinds = {
        {ReferenceKind::County, refs.counties()->size()},
        {ReferenceKind::Estate, refs.estates()->size()},
        {ReferenceKind::Sector, refs.sectors()->size()},
        {ReferenceKind::Agency, refs.agencies()->size()},
    };
    for (const auto& [kind, count] : kinds) {
        ReferenceTableModel model(kind, settings);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        REQUIRE_OK(model.reload(refs));
        REQUIRE(model.rowCount() == count);
        REQUIRE(count > 0);
        CHECK_FALSE(model.index(0, ReferenceTableModel::Detail).data().toString().isEmpty());
        REQUIRE_OK(model.reload(refs));
    }
    // A sector shows its ISIC division in the chosen digits and keeps the Latin one raw.
    ReferenceTableModel sectors(ReferenceKind::Sector, settings);
    REQUIRE_OK(sectors.reload(refs));
    const QModelIndex isic = sectors.index(0, ReferenceTableModel::Detail);
    CHECK(isic.data(RawRole).toString() == sectors.rowAt(0).isic);
    CHECK(isic.data().toString() == toPersianDigits(sectors.rowAt(0).isic));
}

TEST_CASE("An officer sees reference data read-only", "[gui][reference]")
{
    DemoCopy demo(QStringLiteral("m.karimi"));
    const CurrentUser officer = demoUser(*demo.db, QStringLiteral("m.karimi"));
    ReferenceDataDialog dialog(*demo.db, officer, DisplaySettings::forLanguage(Language::English));
    dialog.show();
    CHECK_FALSE(dialog.canEdit());
    CHECK(child<QLabel>(dialog, "readOnlyNote")->isVisible());
    clickRow(dialog.view(ReferenceKind::County), 0);
    CHECK(child<QLineEdit>(dialog, "nameFaEdit")->text() ==
          dialog.model(ReferenceKind::County)->rowAt(0).nameFa);
    for (const char* name :
         {"nameFaEdit", "nameEnEdit", "detailCombo", "newButton", "addButton", "saveButton"})
        CHECK_FALSE(child<QWidget>(dialog, name)->isEnabled());
}

TEST_CASE("A manager renames a county through the dialog; the audit names the manager", "[gui][reference]")
{
    DemoCopy demo(QStringLiteral("r.ahmadi"));
    const CurrentUser manager = demoUser(*demo.db, QStringLiteral("r.ahmadi"));
    REQUIRE(manager.isManager());
    ReferenceDataDialog dialog(*demo.db, manager, DisplaySettings::forLanguage(Language::Persian));
    dialog.show();
    CHECK(dialog.canEdit());
    CHECK_FALSE(child<QLabel>(dialog, "readOnlyNote")->isVisible());

    ReferenceTableModel* counties = dialog.model(ReferenceKind::County);
    const int row = rowNamed(counties, QStringLiteral("مراغه"));
    REQUIRE(row >= 0);
    const Id id = counties->rowAt(row).id;
    const Id province = counties->rowAt(row).parentId;
    clickRow(dialog.view(ReferenceKind::County), row);
    auto* nameFa = child<QLineEdit>(dialog, "nameFaEdit");
    CHECK(nameFa->text() == u"مراغه");

    // An empty name cannot be saved; a name another county of the province has is refused.
    retype(nameFa, QString());
    CHECK_FALSE(child<QPushButton>(dialog, "saveButton")->isEnabled());
    retype(nameFa, QStringLiteral("تبریز"));
    click(child<QPushButton>(dialog, "saveButton"));
    CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(u"تبریز"));
    CHECK_FALSE(dialog.changed());

    retype(nameFa, QStringLiteral("مراغهٔ بزرگ"));
    retype(child<QLineEdit>(dialog, "nameEnEdit"), QStringLiteral("Greater Maragheh"));
    click(child<QPushButton>(dialog, "saveButton"));
    CHECK(dialog.changed());

    storage::ReferenceRepository refs(*demo.db);
    auto stored = refs.counties(province);
    REQUIRE_OK(stored);
    bool found = false;
    for (const County& county : *stored) {
        if (county.id == id) {
            found = true;
            CHECK(county.nameFa == u"مراغهٔ بزرگ");
            CHECK(county.nameEn == u"Greater Maragheh");
            CHECK(county.provinceId == province);
        }
    }
    CHECK(found);
    auto audit = storage::AuditLog(*demo.db).forEntity(QStringLiteral("county"), id);
    REQUIRE_OK(audit);
    REQUIRE_FALSE(audit->isEmpty());
    CHECK(audit->last().action == u"update");
    CHECK(audit->last().user == u"r.ahmadi");
    CHECK(audit->last().newJson.contains(u"مراغهٔ بزرگ"));
    // The table shows the new name, still selected.
    CHECK(counties->rowAt(counties->rowOfId(id)).nameFa == u"مراغهٔ بزرگ");

    // A new sector from the Sectors tab; a taken ISIC division is refused with the reason.
    QTest::mouseClick(
        child<QTabWidget>(dialog, "kinds")->tabBar(), Qt::LeftButton, {},
        child<QTabWidget>(dialog, "kinds")->tabBar()->tabRect(int(ReferenceKind::Sector)).center());
    REQUIRE(dialog.currentKind() == ReferenceKind::Sector);
    click(child<QPushButton>(dialog, "newButton"));
    typeText(nameFa, QStringLiteral("بازیافت"));
    const QString takenIsic = dialog.model(ReferenceKind::Sector)->rowAt(0).isic;
    typeText(child<QLineEdit>(dialog, "isicEdit"), toPersianDigits(takenIsic));
    click(child<QPushButton>(dialog, "addButton"));
    CHECK(child<QLabel>(dialog, "messageLabel")->text().contains(takenIsic));
    const int sectorsBefore = dialog.model(ReferenceKind::Sector)->rowCount();
    retype(child<QLineEdit>(dialog, "isicEdit"), QStringLiteral("۹۹"));
    click(child<QPushButton>(dialog, "addButton"));
    REQUIRE(dialog.model(ReferenceKind::Sector)->rowCount() == sectorsBefore + 1);
    auto newId = refs.findSector(QStringLiteral("99"));
    REQUIRE_OK(newId);
    CHECK(*newId > 0);
}
