#pragma once

// A fresh database holding only the reference data, in a temporary folder, for import and export
// tests; helpers to write a file and to count what the database holds.
#include "io/DemoData.h"
#include "storage/Database.h"
#include "storage/Repositories.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

inline void ehyaInitTransferResources()
{
    Q_INIT_RESOURCE(data);
}

namespace ehya::test {

struct TransferFixture
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;

    TransferFixture()
    {
        ehyaInitTransferResources();
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("ref.sqlite"));
        REQUIRE(io::createDatabase(path, false));
        auto opened = storage::Database::open(path);
        REQUIRE(opened);
        db = std::move(*opened);
    }

    QString write(const QString& name, const QByteArray& bytes) const
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write(bytes) == bytes.size());
        return path;
    }

    qint64 projects() const { return count(QStringLiteral("project")); }
    qint64 units() const { return count(QStringLiteral("unit")); }
    qint64 audit() const { return *storage::AuditLog(*db).count(); }

    qint64 count(const QString& table) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(u"SELECT COUNT(*) FROM " + table));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace ehya::test
