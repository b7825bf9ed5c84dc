// Not run by default: `test_gui_transfer "[.screenshots]"` writes PNGs of the import and export
// dialogs in Persian and English to $EHYA_SCREENSHOTS (default /tmp/ehya-transfer-shots).
#include "GuiTransferFixture.h"

#include "gui/Localization.h"
#include "storage/Repositories.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

using namespace ehya;
using namespace ehya::gui;
using namespace ehya::test::transfer;

namespace {

// The Persian of resources/translations/fa_transfer.json (and its English plurals) as a
// translator, so that the screenshots show this area's text before the .ts files are filled.
class JsonTranslator final : public QTranslator
{
public:
    JsonTranslator(const QString& path, bool persian)
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject numerus = all.value(QStringLiteral("__numerus_en__")).toObject();
        for (auto it = all.begin(); it != all.end(); ++it) {
            if (persian && it.value().isString())
                m_text.insert(it.key(), it.value().toString());
        }
        for (auto it = numerus.begin(); it != numerus.end(); ++it) {
            if (!persian) {
                m_text.insert(it.key(), it.value().toArray().at(0).toString());
                m_plural.insert(it.key(), it.value().toArray().at(1).toString());
            }
        }
    }
    bool isEmpty() const override { return m_text.isEmpty(); }
    QString translate(const char*, const char* source, const char*, int n) const override
    {
        const QString key = QString::fromUtf8(source);
        if (n != 1 && m_plural.contains(key))
            return m_plural.value(key);
        return m_text.value(key);
    }

private:
    QHash<QString, QString> m_text, m_plural;
};

void save(QWidget* widget, const QString& name, bool fit = true)
{
    const QString dir = qEnvironmentVariable("EHYA_SCREENSHOTS", QStringLiteral("/tmp/ehya-transfer-shots"));
    QDir().mkpath(dir);
    if (fit)
        widget->adjustSize();
    CHECK(widget->grab().save(dir + u'/' + name + u".png"));
}

} // namespace

// Not run by default: `test_gui_transfer "[.screenshots]"` writes PNGs of every dialog in both
// languages to $EHYA_SCREENSHOTS (default /tmp/ehya-transfer-shots).
TEST_CASE("screenshots of the import and export dialogs", "[.screenshots]")
{
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    REQUIRE(app);
    for (Language language : {Language::Persian, Language::English}) {
        const bool persian = language == Language::Persian;
        const QString lang = persian ? QStringLiteral("fa") : QStringLiteral("en");
        applyLanguage(*app, language);
        JsonTranslator json(QStringLiteral(EHYA_SOURCE_DIR "/resources/translations/fa_transfer.json"),
                            persian);
        QCoreApplication::installTranslator(&json);
        {
            Desk desk;
            desk.settings = DisplaySettings::forLanguage(language);
            const QString mixed =
                desk.write(QStringLiteral("mixed.csv"),
                           kHeader + goodRows(1, 1) + "880900,EA,ناکجا,10,آرد,120,1000\n" + goodRows(2, 2));
            ImportDialog import(&desk.host);
            import.setRequest({mixed, io::Sheet::Projects, false, true});
            import.show();
            save(&import, u"import-dialog-" + lang);
            import.hide();

            auto provinces = storage::ReferenceRepository(*desk.db).provinces();
            REQUIRE(provinces);
            ExportDialog exportDialog(*provinces, desk.settings, &desk.host);
            exportDialog.show();
            save(&exportDialog, u"export-dialog-" + lang);
            exportDialog.hide();

            for (bool skip : {false, true}) {
                const ImportRequest request{mixed, io::Sheet::Projects, false, skip};
                auto summary = desk.controller.runImport(&desk.host, *desk.db, request, desk.settings);
                REQUIRE(summary);
                ImportResultDialog* result =
                    desk.controller.showImportResult(&desk.host, *summary, request, desk.settings);
                result->resize(820, 480);
                save(result, (skip ? u"import-result-skip-" : u"import-result-refused-") + lang, false);
                result->close();
            }

            // The progress dialog during a long import, then its Cancel.
            const QString longFile = desk.write(QStringLiteral("long.csv"), kHeader + goodRows(1000, 4000));
            QTimer shot;
            shot.setInterval(0);
            bool saved = false;
            QObject::connect(&shot, &QTimer::timeout, &shot, [&] {
                for (auto* progress : desk.host.findChildren<QProgressDialog*>()) {
                    if (progress->isVisible() && !saved) {
                        saved = true;
                        save(progress, u"import-progress-" + lang);
                        progress->cancel();
                    }
                }
            });
            shot.start();
            auto cancelled = desk.controller.runImport(
                &desk.host, *desk.db, {longFile, io::Sheet::Projects, false, false}, desk.settings);
            shot.stop();
            CHECK(saved);

            desk.controller.setSaveFileChooser([&](QWidget*, const QString&, const QString&, const QString&) {
                return desk.dir.filePath(QStringLiteral("out.csv"));
            });
            bool answered = false;
            whenOpened<ExportDialog>([](ExportDialog* d) { pressOk(d); }, &answered);
            desk.controller.exportRecords(&desk.host, *desk.db, desk.settings);
            for (auto* box : desk.host.findChildren<QMessageBox*>())
                save(box, u"export-done-" + lang);
        }
        QCoreApplication::removeTranslator(&json);
    }
}
