#pragma once

#include "Database.h"
#include "core/Records.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

// A prepared statement run for many rows by the bulk inserter. On a SQLite connection it binds
// through SQLite's own API (Qt's QSqlResult::bindValue keeps bookkeeping per bound value and was
// a quarter of an import's time); on PostgreSQL it is a QSqlQuery. Bound values follow Qt's
// rules: a null QVariant is NULL, an empty (even null) QString is ''.
namespace ehya::storage {

// The SQLite handle under a Qt connection; nullptr on PostgreSQL or another SQLite library.
sqlite3* nativeSqlite(Database& db);

class Statement final
{
public:
    explicit Statement(Database& db);
    ~Statement();
    Q_DISABLE_COPY_MOVE(Statement)

    bool prepare(const QString& sql);
    void bind(int index, const QVariant& value); // 0-based
    bool exec();
    // After exec(): the first column of the first row (RETURNING id), or SQLite's last rowid.
    Id insertedId();
    QString errorText() const;
    bool constraintFailed() const;

private:
    QSqlQuery m_query;
    sqlite3* m_sqlite = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    int m_code = 0; // the last SQLite result code
};

} // namespace ehya::storage
