// The GUI: parse the command line, set up the language, open the database, show the window.
#include "gui/Localization.h"
#include "gui/MainWindow.h"
#include "gui/RankingView.h"
#include "gui/SettingsStore.h"
#include "gui/WindowHost.h"
#include "io/DemoData.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>

using namespace ehya;

namespace {

// <AppDataLocation>/ehya-demo.sqlite, created with the demo data on first run.
QString defaultDatabase()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("ehya-demo.sqlite"));
    if (!QFileInfo::exists(path)) {
        const Status created = io::createDatabase(path, true);
        if (!created)
            qWarning("Could not create the demo database %s: %s", qUtf8Printable(path),
                     qUtf8Printable(created.error().message));
    }
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Ehya"));
    QApplication::setApplicationVersion(QStringLiteral(EHYA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Records of idle industrial units and half-finished industrial projects."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        QStringLiteral("database"),
        QApplication::translate("main", "Open the database FILE, or a server's database "
                                        "postgresql://user@host:port/database."),
        QStringLiteral("FILE"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QApplication::translate("main", "Language of the interface: fa or en."),
        QStringLiteral("fa|en"));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main", "Open on this tab: projects, units, ranking or dashboard."),
        QStringLiteral("name"));
    parser.addOption(databaseOption);
    parser.addOption(langOption);
    parser.addOption(viewOption);
    parser.process(app);

    // The settings the person chose last time; --lang overrides the language for this run.
    QSettings stored(QStringLiteral("Ehya"), QStringLiteral("Ehya"));
    gui::DisplaySettings settings = gui::loadDisplaySettings(stored, gui::systemLanguage());
    if (parser.isSet(langOption)) {
        const auto chosen = gui::languageFromKey(parser.value(langOption));
        if (!chosen) {
            qCritical("Unknown language \"%s\": use fa or en.", qUtf8Printable(parser.value(langOption)));
            return 2;
        }
        if (*chosen != settings.language)
            settings = gui::DisplaySettings::forLanguage(*chosen);
    }
    gui::applyLanguage(app, settings.language);

    // Settings chosen in the window build it again with them, on the same database.
    const QString database = parser.isSet(databaseOption) ? parser.value(databaseOption) : defaultDatabase();
    gui::WindowHost host(app, database, {}, [](gui::MainWindow& window) {
        window.setGeometry(window.screen()->availableGeometry()); // where no window manager maximizes
        window.showMaximized();
    });
    host.build(settings);
    if (parser.isSet(viewOption) && host.window() && !host.window()->showView(parser.value(viewOption))) {
        qCritical("Unknown view \"%s\": use projects, units, ranking or dashboard.",
                  qUtf8Printable(parser.value(viewOption)));
        return 2;
    }
    return QApplication::exec();
}
