#include "Statement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstring>

namespace ehya::storage {

sqlite3* nativeSqlite(Database& db)
{
    if (db.isPostgres())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || std::strcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    // The handle is only ours to use when Qt's driver runs on this same SQLite library (Debian's
    // Qt does; the official Qt builds bundle their own copy): else the QSqlQuery path is taken.
    static const bool sameLibrary = [&db] {
        QSqlQuery query(db.connection());
        return query.exec(QStringLiteral("SELECT sqlite_source_id()")) && query.next() &&
               query.value(0).toString() == QString::fromLatin1(sqlite3_sourceid());
    }();
    return sameLibrary ? *static_cast<sqlite3* const*>(handle.constData()) : nullptr;
}

Statement::Statement(Database& db) : m_query(db.connection()), m_sqlite(nativeSqlite(db)) {}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

bool Statement::prepare(const QString& sql)
{
    if (!m_sqlite)
        return m_query.prepare(sql);
    const QByteArray text = sql.toUtf8();
    m_code = sqlite3_prepare_v2(m_sqlite, text.constData(), int(text.size()), &m_statement, nullptr);
    return m_code == SQLITE_OK;
}

void Statement::bind(int index, const QVariant& value)
{
    if (!m_sqlite) {
        m_query.bindValue(index, value);
        return;
    }
    const int at = index + 1;
    if (value.isNull()) {
        sqlite3_bind_null(m_statement, at);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        sqlite3_bind_int64(m_statement, at, value.toLongLong());
        return;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, at, value.toDouble());
        return;
    default:
        break;
    }
    const QString text = value.toString();
    if (text.isEmpty()) // '' even for a null QString (a null pointer would bind NULL)
        sqlite3_bind_text(m_statement, at, "", 0, SQLITE_STATIC);
    else
        sqlite3_bind_text16(m_statement, at, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
}

bool Statement::exec()
{
    if (!m_sqlite)
        return m_query.exec();
    m_code = sqlite3_step(m_statement);
    const bool done = m_code == SQLITE_DONE || m_code == SQLITE_ROW;
    const int reset = sqlite3_reset(m_statement);
    if (done)
        return true;
    if (reset != SQLITE_OK)
        m_code = reset;
    return false;
}

Id Statement::insertedId()
{
    if (m_sqlite)
        return sqlite3_last_insert_rowid(m_sqlite);
    if (m_query.next()) { // PostgreSQL: INSERT ... RETURNING id
        const Id id = m_query.value(0).toLongLong();
        m_query.finish();
        return id;
    }
    return m_query.lastInsertId().toLongLong();
}

QString Statement::errorText() const
{
    if (!m_sqlite)
        return m_query.lastError().text();
    return QString::fromUtf8(sqlite3_errmsg(m_sqlite));
}

bool Statement::constraintFailed() const
{
    if (!m_sqlite)
        return m_query.lastError().nativeErrorCode().toInt() % 256 == SQLITE_CONSTRAINT;
    return (m_code & 0xff) == SQLITE_CONSTRAINT;
}

} // namespace ehya::storage
