#include "Backup.h"

#include "Schema.h"
#include "SqlUtil.h"
#include "StorageText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QUuid>

#include <algorithm>

namespace ehya::storage {

namespace {

// ehya-20240403-101500.sqlite, or ehya-20240403-101500-2.sqlite for a second one in the same second.
const QRegularExpression& backupName()
{
    static const QRegularExpression re(QStringLiteral("^ehya-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$"));
    return re;
}

// Opens the copy on its own connection: integrity_check must say ok and the schema version must
// be the one of the live database.
Status verify(const QString& path, int expectedVersion)
{
    const QString name = u"ehya-backup-verify-" + QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status status;
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        copy.setDatabaseName(path);
        copy.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!copy.open()) {
            status = sql::error(copy, StorageText::tr("Cannot open the backup copy"));
        } else {
            QSqlQuery query(copy);
            QStringList problems;
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
                status = sql::error(query, StorageText::tr("Cannot check the backup copy"));
            while (status && query.next()) {
                if (query.value(0).toString() != u"ok")
                    problems << query.value(0).toString();
            }
            if (status && !problems.isEmpty())
                status = Error{Error::Kind::NotDatabase, StorageText::tr("The backup copy is damaged: %1")
                                                             .arg(problems.join(QStringLiteral("; ")))};
            if (status) {
                QSqlQuery version(copy);
                if (!version.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) ||
                    !version.next() || version.value(0).toString().toInt() != expectedVersion)
                    status = Error{Error::Kind::Database,
                                   StorageText::tr("The backup copy does not have schema version %1.")
                                       .arg(expectedVersion)};
            }
            query.finish();
            copy.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

struct Existing
{
    QString stamp;
    int counter = 0;
    QString path;
};

QList<Existing> existingBackups(const QDir& dir)
{
    QList<Existing> out;
    const QStringList names = dir.entryList({QStringLiteral("ehya-*.sqlite")}, QDir::Files);
    for (const QString& file : names) {
        const auto match = backupName().match(file);
        if (match.hasMatch())
            out << Existing{match.captured(1), match.captured(2).toInt(), dir.filePath(file)};
    }
    std::sort(out.begin(), out.end(), [](const Existing& a, const Existing& b) {
        return a.stamp != b.stamp ? a.stamp > b.stamp : a.counter > b.counter; // newest first
    });
    return out;
}

} // namespace

Result<QString> backupDatabase(Database& db, const QString& folder, int keep)
{
    if (db.isPostgres())
        return Error{
            Error::Kind::Database,
            StorageText::tr("Backups of a server database are made on the server (pg_dump), not by Ehya.")};
    if (db.transactionDepth() > 0)
        return Error{Error::Kind::Database,
                     StorageText::tr("A backup cannot be made while changes are being saved.")};
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error{
            Error::Kind::Io,
            StorageText::tr("Cannot create the backup folder %1.").arg(QDir::toNativeSeparators(folder))};
    if (!QFileInfo(dir.absolutePath()).isWritable())
        return Error{Error::Kind::Io, StorageText::tr("The backup folder %1 is read-only.")
                                          .arg(QDir::toNativeSeparators(dir.absolutePath()))};

    const QString temp =
        dir.filePath(u".ehya-backup-" + QUuid::createUuid().toString(QUuid::WithoutBraces) + u".tmp");
    if (auto copied = sql::run(db, QStringLiteral("VACUUM INTO ?"), {temp}); !copied) {
        QFile::remove(temp);
        return Error{copied.error().kind, StorageText::tr("The backup into %1 failed: %2")
                                              .arg(QDir::toNativeSeparators(folder), copied.error().message)};
    }
    if (auto verified = verify(temp, db.schemaVersion()); !verified) {
        QFile::remove(temp);
        return verified.error();
    }

    const QString stamp = db.clock().nowUtc().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = dir.filePath(u"ehya-" + stamp + u".sqlite");
    for (int counter = 2; QFileInfo::exists(target); ++counter)
        target = dir.filePath(u"ehya-" + stamp + u"-" + QString::number(counter) + u".sqlite");
    if (!QFile::rename(temp, target)) {
        QFile::remove(temp);
        return Error{Error::Kind::Io,
                     StorageText::tr("Cannot name the backup %1.").arg(QDir::toNativeSeparators(target))};
    }

    const QList<Existing> all = existingBackups(dir);
    for (qsizetype i = std::max(keep, 1); i < all.size(); ++i)
        QFile::remove(all.at(i).path);
    return target;
}

} // namespace ehya::storage
