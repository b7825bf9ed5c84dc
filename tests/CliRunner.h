#pragma once

// Runs the built ehya-cli in a child process, as scripts do.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QString>
#include <QStringList>

namespace ehya::test {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

inline Run cli(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(EHYA_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(300000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ehya::test
