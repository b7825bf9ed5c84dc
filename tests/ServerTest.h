#pragma once

// Which backend a test runs on: the SQLite file, or, in the "pg: " copies CTest registers
// (CatchMain.cpp's --backend=postgres), the throwaway PostgreSQL server of scripts/test.sh.
#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QString>
#include <QUrl>

namespace ehya::test {

// True in the "pg: " copies of the storage tests (CatchMain.cpp's --backend=postgres).
inline bool onServer()
{
    return qEnvironmentVariable("EHYA_TEST_BACKEND") == u"postgres";
}

// The server of the test run (scripts/test.sh starts it), as postgresql://user@host:port/postgres.
inline QString testServer()
{
    const QString server = qEnvironmentVariable("EHYA_TEST_PG");
    if (server.isEmpty())
        FAIL("EHYA_TEST_PG is not set: the \"pg: \" tests need the throwaway PostgreSQL server that "
             "scripts/test.sh starts (or start one with scripts/lib/pg.sh and export EHYA_TEST_PG).");
    return server;
}

// `server`'s location with another database name.
inline QString onDatabase(const QString& server, const QString& database)
{
    QUrl url(server);
    url.setPath(u'/' + database);
    return url.toString();
}

// Where a test's database lives: the SQLite file `path`, or, on the server run, a database on the
// test server named after the path (so that reopening the same path reopens the same database).
inline QString testLocation(const QString& path)
{
    if (!onServer())
        return path;
    const QByteArray hash = QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex();
    return onDatabase(testServer(), u"t_" + QString::fromLatin1(hash.left(24)));
}

} // namespace ehya::test
