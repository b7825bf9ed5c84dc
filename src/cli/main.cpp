// ehya-cli: the command-line tool. Thin: the commands live in Cli.cpp and the *Command.cpp files.
#include "Cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>

#include <memory>

#include <unistd.h>

int main(int argc, char* argv[])
{
    // `report` paints a PDF (fonts need a QGuiApplication), without a display when none is set.
    std::unique_ptr<QCoreApplication> app;
    if (ehya::cli::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session Qt warns that XDG_RUNTIME_DIR is not set and then uses its own
        // /tmp/runtime-USER: name that folder ourselves, so a script's stderr stays clean.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime =
                QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(getuid());
            if (QDir().mkpath(runtime) &&
                QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ehya-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ehya"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EHYA_VERSION));
    return ehya::cli::run(QCoreApplication::arguments().mid(1));
}
