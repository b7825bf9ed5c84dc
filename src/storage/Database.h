#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QLockFile;

// One Database owns one connection and the schema version (STYLE.md §4). DESIGN.md storage rules:
// SQLite in WAL mode, foreign_keys=ON, synchronous=FULL, quick_check at open, versioned schema
// with step-by-step migrations applied in one transaction. The same schema and queries run on
// PostgreSQL 15 (server mode, a `postgresql://` location); dialect differences live in Dialect.
namespace ehya::storage {

class Dialect;

struct OpenOptions
{
    bool create = false;          // create the file (and the schema) when missing; else NotFound
    bool exclusive = true;        // hold a lock file so that a second app instance gets a clear message
    QString user;                 // login recorded in the audit log; defaults to the OS user name
    const Clock* clock = nullptr; // defaults to Clock::system()
};

class Database final
{
public:
    // Opens (and, with create, makes) the database at `location`: a SQLite file path or a
    // postgresql:// URL. Migrates an older schema. Errors leave the file as it was:
    //  NotFound (missing file without create; missing folder), Io (read-only folder or file),
    //  NotDatabase (not a SQLite file, damaged, quick_check fails), TooNew (schema from a newer
    //  app), Locked (another instance holds it; the message names the lock holder's pid).
    static Result<std::unique_ptr<Database>> open(const QString& location, const OpenOptions& options = {});
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    QSqlDatabase& connection() { return m_db; }
    const QString& location() const { return m_location; }
    const Dialect& dialect() const { return *m_dialect; }
    bool isPostgres() const;

    int schemaVersion() const { return m_schemaVersion; }
    static int latestSchemaVersion();

    const QString& currentUser() const { return m_user; }
    // Server mode: the database login (session_user), whom the server itself records in the audit
    // log; empty for a SQLite file.
    const QString& serverUser() const { return m_serverUser; }
    void setCurrentUser(const QString& login) { m_user = login; }
    const Clock& clock() const { return *m_clock; }

    Status quickCheck();
    Status integrityCheck();

    // Transactions nest: the outermost is a real transaction, inner ones are savepoints.
    // Use the RAII Transaction below rather than these.
    Status begin();
    Status commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

private:
    Database() = default;
    // Server mode (DatabaseServer.cpp): connects, creates the database when asked, migrates.
    static Result<std::unique_ptr<Database>> openServer(std::unique_ptr<Database> db, const OpenOptions& options);
    static QString newConnectionName();
    Status configure();
    Status checkSchemaVersion();
    Status migrate();

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_location;
    QString m_user;
    QString m_serverUser; // the database login in server mode (recorded in the audit log)
    std::unique_ptr<Dialect> m_dialect;
    std::unique_ptr<QLockFile> m_lock;
    const Clock* m_clock = nullptr;
    int m_schemaVersion = 0;
    int m_depth = 0;
};

// Rolls back on destruction unless committed.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    const Status& started() const { return m_started; }
    Status commit();

private:
    Database& m_db;
    Status m_started;
    bool m_done = false;
};

} // namespace ehya::storage
