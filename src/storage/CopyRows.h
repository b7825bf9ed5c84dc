#pragma once

#include "Database.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

// The rows of one table as copyDatabase reads and checks them (Copy.cpp): values made the same
// from either driver, and the checksum over them. Internal to the storage layer.
namespace ehya::storage::copying {

struct Plan
{
    QString table;
    QStringList columns; // the source's, in its order
    bool hasId = false;
};

Plan planFor(const QString& table, const QStringList& columns);
Result<QStringList> tableNames(Database& db);
Result<QStringList> columnsOf(Database& db, const QString& table);
QString queryError(const QSqlQuery& query);

// A value as bound on the target and as hashed, the same from either driver: integers as qint64
// (QPSQL gives a non-negative BIGINT as ULongLong, QSQLITE a qlonglong), reals as double, the rest
// as text; NULL as an invalid QVariant.
QVariant portable(const QVariant& value);

// SHA-256 over the canonical rows: in id order, or, for a table without id (read in no defined
// order), over the rows sorted bytewise, so that neither backend's collation matters.
class Checksum final
{
public:
    explicit Checksum(bool ordered) : m_ordered(ordered), m_hash(QCryptographicHash::Sha256) {}

    void add(const QVariantList& values);
    qint64 count() const { return m_count; }
    QByteArray result(); // lower-case hex

private:
    bool m_ordered;
    QCryptographicHash m_hash;
    QByteArray m_row;
    QList<QByteArray> m_rows;
    qint64 m_count = 0;
};

// Reads the rows of plan.table (in id order when it has one), adding each to `sum` and passing its
// portable values to `each`; stops at the first error `each` returns.
Status readTable(Database& db, const Plan& plan, Checksum& sum,
                 const std::function<Status(const QVariantList&)>& each);

} // namespace ehya::storage::copying
