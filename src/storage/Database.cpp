#include "Database.h"

#include "Dialect.h"
#include "Schema.h"
#include "SqlUtil.h"
#include "StorageText.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>

namespace ehya::storage {

namespace {

QString defaultUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

// Checks the file before SQLite touches it, so that a wrong file is refused unchanged.
Status checkFile(const QString& location, bool create, bool* existed)
{
    const QFileInfo info(location);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{Error::Kind::NotFound,
                     StorageText::tr("The folder %1 does not exist, so the database %2 cannot be opened.")
                         .arg(QDir::toNativeSeparators(folder), info.fileName())};
    *existed = info.exists();
    if (!*existed) {
        if (!create)
            return Error{Error::Kind::NotFound, StorageText::tr("The database file %1 does not exist.")
                                                    .arg(QDir::toNativeSeparators(location))};
        if (!QFileInfo(folder).isWritable())
            return Error{Error::Kind::Io, StorageText::tr("The folder %1 is read-only, so the database "
                                                          "%2 cannot be created there.")
                                              .arg(QDir::toNativeSeparators(folder), info.fileName())};
        return {};
    }
    if (info.isDir())
        return Error{
            Error::Kind::NotDatabase,
            StorageText::tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(location))};
    QFile file(location);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, StorageText::tr("The database file %1 cannot be read: %2")
                                          .arg(QDir::toNativeSeparators(location), file.errorString())};
    const QByteArray header = file.read(16);
    file.close();
    if (header.isEmpty() && create)
        return {}; // an empty file is an empty SQLite database; the schema is created in it
    if (header != QByteArray("SQLite format 3\0", 16))
        return Error{Error::Kind::NotDatabase,
                     StorageText::tr("The file %1 is not an Ehya database (it is not a SQLite file).")
                         .arg(QDir::toNativeSeparators(location))};
    if (!info.isWritable())
        return Error{Error::Kind::Io, StorageText::tr("The database file %1 is read-only; Ehya needs to "
                                                      "write to it. Copy it somewhere writable.")
                                          .arg(QDir::toNativeSeparators(location))};
    if (!QFileInfo(folder).isWritable())
        return Error{Error::Kind::Io, StorageText::tr("The folder %1 is read-only; Ehya needs to write its "
                                                      "journal next to the database %2.")
                                          .arg(QDir::toNativeSeparators(folder), info.fileName())};
    return {};
}

Status takeLock(QLockFile& lock, const QString& location)
{
    lock.setStaleLockTime(0); // only a dead holder (same host) makes the lock stale, not its age
    if (lock.tryLock(0))
        return {};
    if (lock.error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock.getLockInfo(&pid, &host, &app);
        return Error{Error::Kind::Locked,
                     StorageText::tr("The database %1 is already open in another Ehya window (process %2 "
                                     "on %3). Close it there, then try again.")
                         .arg(QDir::toNativeSeparators(location))
                         .arg(pid)
                         .arg(host.isEmpty() ? StorageText::tr("this computer") : host)};
    }
    return Error{Error::Kind::Io, StorageText::tr("Cannot create the lock file %1 next to the database.")
                                      .arg(QDir::toNativeSeparators(location + u".lock"))};
}

Status exec(QSqlDatabase& db, const QString& statement, const QString& what)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return sql::error(query, what);
    return {};
}

} // namespace

QString Database::newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("ehya-db-%1").arg(counter.fetchAndAddRelaxed(1) + 1);
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, const OpenOptions& options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_dialect = Dialect::forLocation(location);
    db->m_location = location;
    db->m_user = options.user.isEmpty() ? defaultUser() : options.user;
    db->m_clock = options.clock ? options.clock : &Clock::system();
    if (db->isPostgres())
        return openServer(std::move(db), options);

    bool existed = false;
    if (auto checked = checkFile(location, options.create, &existed); !checked)
        return checked.error();
    if (options.exclusive) {
        db->m_lock = std::make_unique<QLockFile>(location + u".lock");
        if (auto locked = takeLock(*db->m_lock, location); !locked) {
            db->m_lock.reset();
            return locked.error();
        }
    }

    db->m_connectionName = newConnectionName();
    db->m_db = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
    db->m_db.setDatabaseName(location);
    Status status;
    if (!db->m_db.open())
        status = sql::error(db->m_db, StorageText::tr("Cannot open the database"));
    if (status)
        status = db->configure();
    if (status)
        status = db->migrate();
    if (!status) {
        db.reset(); // closes the connection and releases the lock
        if (!existed) {
            QFile::remove(location);
            QFile::remove(location + u"-wal");
            QFile::remove(location + u"-shm");
        }
        Error error = status.error();
        if (error.kind == Error::Kind::NotDatabase &&
            !error.message.contains(QDir::toNativeSeparators(location)))
            error.message = StorageText::tr("The file %1 is not a usable Ehya database: %2")
                                .arg(QDir::toNativeSeparators(location), error.message);
        return error;
    }
    return db;
}

Database::~Database()
{
    while (m_depth > 0)
        rollback();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    if (m_lock)
        m_lock->unlock();
}

bool Database::isPostgres() const
{
    return m_dialect && m_dialect->kind() == Dialect::Kind::Postgres;
}

int Database::latestSchemaVersion()
{
    return schema::latestVersion();
}

// Order matters: nothing here writes to the file until it has passed quick_check and its schema
// version is known not to be newer than ours (switching to WAL rewrites the header).
Status Database::configure()
{
    if (auto done =
            exec(m_db, m_dialect->busyTimeoutPragma(5000), StorageText::tr("Cannot configure the database"));
        !done)
        return done;
    if (auto done = exec(m_db, QStringLiteral("PRAGMA foreign_keys = ON"),
                         StorageText::tr("Cannot configure the database"));
        !done)
        return done;
    if (auto checked = quickCheck(); !checked)
        return checked;
    if (auto checked = checkSchemaVersion(); !checked)
        return checked;
    {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return sql::error(query, StorageText::tr("Cannot switch the database to WAL mode"));
        if (!query.next() || query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            return Error{Error::Kind::Io,
                         StorageText::tr("The database %1 cannot use a write-ahead journal in its folder.")
                             .arg(QDir::toNativeSeparators(m_location))};
    }
    return exec(m_db, QStringLiteral("PRAGMA synchronous = FULL"),
                StorageText::tr("Cannot configure the database"));
}

// Reads the schema version: an empty database is ours to set up, another program's is refused, and
// one from a newer app is refused (TooNew) before anything is written.
Status Database::checkSchemaVersion()
{
    auto version = schema::storedVersion(*this);
    if (!version)
        return version.error();
    m_schemaVersion = *version;
    if (m_schemaVersion == 0) {
        // No schema version: a new, empty file is ours to set up; anything else is another
        // program's database and must be left exactly as it is.
        auto objects = sql::scalar(*this, m_dialect->userObjectCountQuery());
        if (!objects)
            return objects.error();
        if (objects->toLongLong() > 0)
            return Error{
                Error::Kind::NotDatabase,
                StorageText::tr("%1 is a database of another program, not an Ehya database; it was left "
                                "as it was.")
                    .arg(QDir::toNativeSeparators(m_location))};
    }
    if (m_schemaVersion > latestSchemaVersion())
        return Error{
            Error::Kind::TooNew,
            StorageText::tr(
                "The database %1 was made by a newer version of Ehya (schema version %2; this version "
                "knows up to %3). Install the newer version to open it.")
                .arg(QDir::toNativeSeparators(m_location))
                .arg(m_schemaVersion)
                .arg(latestSchemaVersion())};
    return {};
}

Status Database::migrate()
{
    const int latest = latestSchemaVersion();
    if (m_schemaVersion == latest)
        return {};
    if (auto done = schema::migrate(*this, m_schemaVersion, latest); !done)
        return done;
    m_schemaVersion = latest;
    return {};
}

namespace {

Status runCheck(QSqlDatabase& db, const QString& pragma)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(pragma)) {
        Error error = sql::error(query, StorageText::tr("The database check failed"));
        if (error.kind == Error::Kind::Database)
            error.kind = Error::Kind::NotDatabase;
        return error;
    }
    QStringList problems;
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != u"ok" && problems.size() < 5)
            problems << line;
    }
    if (problems.isEmpty())
        return {};
    return Error{Error::Kind::NotDatabase,
                 StorageText::tr("The database is damaged: %1").arg(problems.join(QStringLiteral("; ")))};
}

} // namespace

Status Database::quickCheck()
{
    if (isPostgres())
        return {};
    return runCheck(m_db, QStringLiteral("PRAGMA quick_check"));
}

Status Database::integrityCheck()
{
    if (isPostgres())
        return {};
    return runCheck(m_db, QStringLiteral("PRAGMA integrity_check"));
}

Status Database::begin()
{
    const QString statement = m_depth == 0 ? m_dialect->beginTransaction() : m_dialect->savepoint(m_depth);
    if (auto done = exec(m_db, statement, StorageText::tr("Cannot start a database transaction")); !done)
        return done;
    ++m_depth;
    return {};
}

Status Database::commit()
{
    if (m_depth == 0)
        return Error{Error::Kind::Database, StorageText::tr("There is no database transaction to commit.")};
    const QString statement =
        m_depth == 1 ? m_dialect->commitTransaction() : m_dialect->releaseSavepoint(m_depth - 1);
    if (auto done = exec(m_db, statement, StorageText::tr("Cannot save the changes")); !done)
        return done;
    --m_depth;
    return {};
}

void Database::rollback()
{
    if (m_depth == 0)
        return;
    if (m_depth == 1) {
        (void)exec(m_db, m_dialect->rollbackTransaction(), QString());
    } else {
        (void)exec(m_db, m_dialect->rollbackToSavepoint(m_depth - 1), QString());
        (void)exec(m_db, m_dialect->releaseSavepoint(m_depth - 1), QString());
    }
    --m_depth;
}

Transaction::Transaction(Database& db) : m_db(db), m_started(db.begin())
{
    m_done = !m_started.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (m_done)
        return m_started.ok() ? Status(Error{Error::Kind::Database,
                                             StorageText::tr("The transaction was already finished.")})
                              : m_started;
    auto done = m_db.commit();
    if (done)
        m_done = true;
    return done;
}

} // namespace ehya::storage
