// ehya-cli: the command-line tool. Thin: the commands live in Cli.cpp and the *Command.cpp files.
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ehya-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Ehya"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EHYA_VERSION));
    return ehya::cli::run(QCoreApplication::arguments().mid(1));
}
