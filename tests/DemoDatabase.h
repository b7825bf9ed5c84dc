#pragma once

// The demo database for tests, built once and shared by every test process: CTest runs each test
// case in its own process, and loading the demo takes seconds under the sanitizers. The cached
// file is keyed by the embedded demo data, the schema version and the libraries that load it, so
// a change to any of them builds a fresh one. Tests get their own copy to work on.
#include "ServerTest.h"
#include "io/DemoData.h"
#include "storage/Copy.h"
#include "storage/Database.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

// Q_INIT_RESOURCE must be used outside any namespace.
inline void ehyaInitDataResources()
{
    Q_INIT_RESOURCE(data);
}

namespace ehya::test {

inline QString demoCacheKey()
{
    ehyaInitDataResources();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(QStringLiteral(":/data"), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << it.next();
    std::sort(files.begin(), files.end());
    for (const QString& name : files) {
        QFile file(name);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(file.readAll());
    }
    hash.addData(QByteArray::number(storage::Database::latestSchemaVersion()));
    for (const QString& library : QStringLiteral(EHYA_DEMO_DEPS).split(u'|'))
        hash.addData(QByteArray::number(QFileInfo(library).lastModified().toMSecsSinceEpoch()));
    return QString::fromLatin1(hash.result().toHex().left(16));
}

// The shared demo database (do not write to it).
inline const QString& demoDatabase()
{
    static const QString path = [] {
        QDir().mkpath(QStringLiteral(EHYA_TEST_CACHE));
        const QString target = QStringLiteral(EHYA_TEST_CACHE "/demo-") + demoCacheKey() + u".sqlite";
        if (QFileInfo::exists(target))
            return target;
        QTemporaryDir scratch(QStringLiteral(EHYA_TEST_CACHE "/build-XXXXXX"));
        REQUIRE(scratch.isValid());
        const QString built = scratch.filePath(QStringLiteral("demo.sqlite"));
        const Status created = io::createDatabase(built, true);
        INFO(created.error().message.toStdString());
        REQUIRE(created.ok());
        // Atomic: a parallel test process that built it too just replaces it with the same data.
        REQUIRE(std::rename(QFile::encodeName(built).constData(), QFile::encodeName(target).constData()) ==
                0);
        return target;
    }();
    return path;
}

// A private copy of the demo database in `dir`, for a test that writes.
inline QString copyOfDemoDatabase(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    QFile::remove(path);
    REQUIRE(QFile::copy(demoDatabase(), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

// Where a test that writes finds its own demo database: a copy of the file in `dir`, or, on the
// server run, the demo copied (storage::copyDatabase) into a database of the test server named
// after `dir`.
inline QString demoLocation(const QTemporaryDir& dir)
{
    const QString file = copyOfDemoDatabase(dir);
    if (!onServer())
        return file;
    const QString location = testLocation(file);
    storage::OpenOptions options;
    options.exclusive = false;
    auto from = storage::Database::open(file, options);
    REQUIRE(from.ok());
    options.create = true;
    auto to = storage::Database::open(location, options);
    INFO((to.ok() ? QString() : to.error().message).toStdString());
    REQUIRE(to.ok());
    auto copied = storage::copyDatabase(**from, **to);
    INFO((copied.ok() ? QString() : copied.error().message).toStdString());
    REQUIRE(copied.ok());
    return location;
}

} // namespace ehya::test
