// ehya-cli: the command-line tool. Thin: the commands live in Cli.cpp and the *Command.cpp files.
#include "Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

int main(int argc, char* argv[])
{
    // `report` paints a PDF (fonts need a QGuiApplication), without a display when none is set.
    std::unique_ptr<QCoreApplication> app;
    if (ehya::cli::needsGuiApplication(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("ehya-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ehya"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EHYA_VERSION));
    return ehya::cli::run(QCoreApplication::arguments().mid(1));
}
