// Screenshots of the settings, user and reference-data dialogs in Persian and English, for a
// person to look at (hidden: run `test_gui_settings "[.screenshots]"` with EHYA_SHOTS_DIR set).
// The Persian of strings not yet in ehya_fa.ts comes from resources/translations/fa_settings.json.
#include "SettingsTestSupport.h"

#include "gui/CurrentUser.h"
#include "gui/Localization.h"
#include "gui/ReferenceDataDialog.h"
#include "gui/SettingsDialog.h"
#include "gui/UserDialog.h"
#include "storage/Repositories.h"

#include <QApplication>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTabWidget>
#include <QTranslator>

using namespace ehya;
using namespace ehya::gui;

namespace {

class JsonTranslator final : public QTranslator
{
public:
    explicit JsonTranslator(const QString& path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_texts = QJsonDocument::fromJson(file.readAll()).object();
    }
    bool isEmpty() const override { return m_texts.isEmpty(); }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return m_texts.value(QString::fromUtf8(source)).toString();
    }

private:
    QJsonObject m_texts;
};

void shoot(QWidget& widget, const QString& name)
{
    widget.show();
    QTest::qWait(20);
    const QString path = QDir(qEnvironmentVariable("EHYA_SHOTS_DIR")).filePath(name + u".png");
    REQUIRE(widget.grab().save(path));
}

} // namespace

TEST_CASE("Screenshots of the settings dialogs", "[.screenshots]")
{
    REQUIRE(!qEnvironmentVariableIsEmpty("EHYA_SHOTS_DIR"));
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app != nullptr);
    JsonTranslator persian(QStringLiteral(EHYA_SOURCE_DIR "/resources/translations/fa_settings.json"));
    test::DemoCopy demo(QStringLiteral("r.ahmadi"));
    CurrentUser manager;
    CurrentUser officer;
    const auto users = storage::ReferenceRepository(*demo.db).users();
    REQUIRE(users.ok());
    for (const User& user : *users) {
        if (user.login == u"r.ahmadi")
            manager = CurrentUser::fromUser(user);
        if (user.login == u"m.karimi")
            officer = CurrentUser::fromUser(user);
    }
    for (const Language language : {Language::Persian, Language::English}) {
        applyLanguage(*app, language);
        if (language == Language::Persian)
            QCoreApplication::installTranslator(&persian);
        else
            QCoreApplication::removeTranslator(&persian);
        const QString suffix = language == Language::Persian ? QStringLiteral("-fa") : QStringLiteral("-en");
        const DisplaySettings display = DisplaySettings::forLanguage(language);
        {
            SettingsDialog dialog(display);
            shoot(dialog, u"settings" + suffix);
        }
        {
            UserDialog dialog(*demo.db, manager);
            CHECK(dialog.canManage());
            CHECK(dialog.chosenUser().login == manager.login);
            shoot(dialog, u"users-manager" + suffix);
        }
        {
            UserDialog dialog(*demo.db, officer);
            shoot(dialog, u"users-officer" + suffix);
        }
        {
            ReferenceDataDialog dialog(*demo.db, manager, display);
            dialog.resize(760, 600);
            test::clickRow(dialog.view(ReferenceKind::County), 1);
            shoot(dialog, u"reference-manager" + suffix);
            dialog.showKind(ReferenceKind::Sector);
            test::clickRow(dialog.view(ReferenceKind::Sector), 0);
            shoot(dialog, u"reference-sectors" + suffix);
        }
        {
            ReferenceDataDialog dialog(*demo.db, officer, display);
            dialog.showKind(ReferenceKind::Agency);
            shoot(dialog, u"reference-officer" + suffix);
        }
    }
    QCoreApplication::removeTranslator(&persian);
}
