#pragma once

// Runs the built ehya-cli in a child process, as scripts do.
#include <catch2/catch.hpp>

#include <QProcess>
#include <QProcessEnvironment>
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
    // The tool follows the system language unless --lang is given: tests read its English.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(EHYA_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(30000));
    REQUIRE(process.waitForFinished(300000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace ehya::test
