// Server mode: Database::open for a postgresql:// location (DESIGN.md storage rules, issue 7).
#include "Database.h"

#include "Dialect.h"
#include "ServerLocation.h"
#include "SqlUtil.h"
#include "StorageText.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace ehya::storage {

namespace {

// Any number, the same in every client: migrations of one database run one at a time.
constexpr qint64 kMigrationLock = 0x45687961; // "Ehya"

void configureConnection(QSqlDatabase& db, const ServerLocation& where, const QString& database)
{
    db.setHostName(where.host);
    if (where.port >= 0)
        db.setPort(where.port);
    db.setUserName(where.user);
    db.setDatabaseName(database);
    QString options = QStringLiteral("connect_timeout=10;application_name=ehya");
    if (!where.options.isEmpty())
        options += u';' + where.options;
    db.setConnectOptions(options);
}

QString serverMessage(const QSqlError& error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.trimmed();
}

// Connection errors carry no SQLSTATE: match the server's sentence for this database (not the one for
// a missing login, 'role "x" does not exist').
bool isMissingDatabase(const QSqlError& error, const QString& database)
{
    return error.nativeErrorCode() == u"3D000" ||
           serverMessage(error).contains(u"database \"" + database + u"\" does not exist");
}

QString quotedIdentifier(const QString& name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

// Creates the database (connected to the maintenance database "postgres" as the same login).
Status createDatabase(const ServerLocation& where, const QString& name)
{
    Status status;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        configureConnection(admin, where, QStringLiteral("postgres"));
        if (!admin.open()) {
            status = Error{Error::Kind::Io, StorageText::tr("The database %1 does not exist, and the server "
                                                            "refused a connection to create it: %2")
                                                .arg(where.display(), serverMessage(admin.lastError()))};
        } else {
            QSqlQuery query(admin);
            if (!query.exec(u"CREATE DATABASE " + quotedIdentifier(where.database) +
                            u" ENCODING 'UTF8' TEMPLATE template0") &&
                query.lastError().nativeErrorCode() != u"42P04") // created meanwhile by another client
                status = Error{Error::Kind::Io,
                               StorageText::tr("The database %1 does not exist and cannot be created: %2")
                                   .arg(where.display(), serverMessage(query.lastError()))};
            admin.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

} // namespace

Result<std::unique_ptr<Database>> Database::openServer(std::unique_ptr<Database> db,
                                                       const OpenOptions& options)
{
    auto where = ServerLocation::parse(db->m_location);
    if (!where)
        return where.error();
    db->m_location = where->display();
    db->m_connectionName = newConnectionName();
    db->m_db = QSqlDatabase::addDatabase(db->m_dialect->driverName(), db->m_connectionName);
    if (!db->m_db.isValid())
        return Error{Error::Kind::Database,
                     StorageText::tr("The PostgreSQL driver of Qt (QPSQL) is not installed; install "
                                     "libqt6sql6-psql to use a server.")};
    configureConnection(db->m_db, *where, where->database);
    if (!db->m_db.open()) {
        const QSqlError error = db->m_db.lastError();
        if (!(options.create && isMissingDatabase(error, where->database))) {
            const Error::Kind kind =
                isMissingDatabase(error, where->database) ? Error::Kind::NotFound : Error::Kind::Io;
            return Error{kind, StorageText::tr("Cannot connect to the database %1: %2")
                                   .arg(db->m_location, serverMessage(error))};
        }
        if (auto created = createDatabase(*where, db->m_connectionName + u"-create"); !created)
            return created.error();
        if (!db->m_db.open())
            return Error{Error::Kind::Io, StorageText::tr("Cannot connect to the database %1: %2")
                                              .arg(db->m_location, serverMessage(db->m_db.lastError()))};
    }
    auto login = sql::scalar(*db, QStringLiteral("SELECT session_user"));
    if (!login)
        return login.error();
    db->m_serverUser = login->toString();
    if (options.user.isEmpty())
        db->m_user = db->m_serverUser;

    // One client at a time checks and migrates the schema; the others wait, then find it current.
    if (auto locked = sql::run(*db, QStringLiteral("SELECT pg_advisory_lock(?)"), {kMigrationLock}); !locked)
        return locked.error();
    Status status = db->checkSchemaVersion();
    if (status)
        status = db->migrate();
    (void)sql::run(*db, QStringLiteral("SELECT pg_advisory_unlock(?)"), {kMigrationLock});
    if (!status) {
        Error error = status.error();
        if (error.kind == Error::Kind::NotDatabase && !error.message.contains(db->m_location))
            error.message = StorageText::tr("The database %1 is not a usable Ehya database: %2")
                                .arg(db->m_location, error.message);
        return error;
    }
    return db;
}

} // namespace ehya::storage
