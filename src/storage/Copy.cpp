#include "Copy.h"

#include "CopyRows.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "Statement.h"
#include "StorageText.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

namespace ehya::storage {

using copying::Checksum;
using copying::Plan;
using copying::queryError;

namespace {

// A multi-row INSERT binds at most this many values (SQLite allows 32,766, PostgreSQL 65,535).
constexpr int kMaxBoundValues = 30000;
constexpr int kMaxBatchRows = 250;

// Multi-row INSERTs of explicit values (ids included) into the target.
class Writer final
{
public:
    Writer(Database& db, const Plan& plan)
        : m_db(db), m_plan(plan),
          m_batchRows(std::clamp(kMaxBoundValues / int(std::max<qsizetype>(plan.columns.size(), 1)), 1,
                                 kMaxBatchRows))
    {
    }
    Q_DISABLE_COPY_MOVE(Writer)

    int batchRows() const { return m_batchRows; }

    Status add(const QVariantList& values)
    {
        m_pending += values;
        return m_pending.size() >= m_batchRows * m_plan.columns.size() ? flush() : Status{};
    }

    Status flush()
    {
        const int rows = int(m_pending.size() / std::max<qsizetype>(m_plan.columns.size(), 1));
        if (rows == 0)
            return {};
        if (rows != m_statementRows) {
            m_statement = std::make_unique<Statement>(m_db);
            m_statementRows = rows;
            const QString marks =
                u'(' + QStringList(m_plan.columns.size(), QStringLiteral("?")).join(u", ") + u')';
            const QString sql = u"INSERT INTO " + m_plan.table + u" (" + m_plan.columns.join(u", ") +
                                u") VALUES " + QStringList(rows, marks).join(u", ");
            if (!m_statement->prepare(sql))
                return failure();
        }
        for (qsizetype i = 0; i < m_pending.size(); ++i)
            m_statement->bind(int(i), m_pending.at(i));
        m_pending.clear();
        if (!m_statement->exec())
            return failure();
        return {};
    }

private:
    Error failure() const
    {
        return Error{m_statement->constraintFailed() ? Error::Kind::Invalid : Error::Kind::Database,
                     StorageText::tr("Writing the table %1 of %2 failed: %3")
                         .arg(m_plan.table, m_db.location(), m_statement->errorText())};
    }

    Database& m_db;
    const Plan& m_plan;
    int m_batchRows;
    QVariantList m_pending;
    std::unique_ptr<Statement> m_statement;
    int m_statementRows = 0;
};

// The source is read in one snapshot (unless the caller has a transaction open on it).
class Snapshot final
{
public:
    explicit Snapshot(Database& db) : m_db(db)
    {
        if (db.transactionDepth() > 0)
            return;
        QSqlQuery query(db.connection());
        m_open = query.exec(db.dialect().beginSnapshot());
        if (!m_open)
            m_status = Error{
                Error::Kind::Database,
                StorageText::tr("Could not start reading %1: %2").arg(db.location(), queryError(query))};
    }
    ~Snapshot()
    {
        if (m_open)
            QSqlQuery(m_db.connection()).exec(m_db.dialect().rollbackTransaction());
    }
    Q_DISABLE_COPY_MOVE(Snapshot)
    const Status& started() const { return m_status; }

private:
    Database& m_db;
    bool m_open = false;
    Status m_status;
};

// A larger SQLite page cache on the target while it is written keeps its indexes in memory (64 MiB,
// this connection only, as the generator does); the previous size is restored afterwards.
class LargeCache final
{
public:
    explicit LargeCache(Database& db) : m_db(db)
    {
        if (db.isPostgres())
            return;
        QSqlQuery pragma(db.connection());
        if (pragma.exec(QStringLiteral("PRAGMA cache_size")) && pragma.next())
            m_previous = pragma.value(0);
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    }
    ~LargeCache()
    {
        if (m_previous.isValid())
            QSqlQuery(m_db.connection())
                .exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
    }
    Q_DISABLE_COPY_MOVE(LargeCache)

private:
    Database& m_db;
    QVariant m_previous;
};

Result<QList<Plan>> makePlans(Database& from, Database& to)
{
    auto source = copying::tableNames(from);
    if (!source)
        return source.error();
    auto target = copying::tableNames(to);
    if (!target)
        return target.error();
    const QStringList order = copyOrder();
    for (const QString& table : std::as_const(*source)) {
        if (table != u"meta" && !order.contains(table))
            return Error{Error::Kind::Invalid,
                         StorageText::tr("The table %1 of %2 is not one that this version of Ehya copies; "
                                         "nothing was copied.")
                             .arg(table, from.location())};
    }
    QList<Plan> plans;
    for (const QString& table : order) {
        const bool inSource = source->contains(table), inTarget = target->contains(table);
        if (!inSource && !inTarget)
            continue;
        if (inSource != inTarget)
            return Error{
                Error::Kind::Invalid,
                StorageText::tr("The table %1 is in %2 but not in %3; both databases must have "
                                "the same schema.")
                    .arg(table, (inSource ? from : to).location(), (inSource ? to : from).location())};
        auto columns = copying::columnsOf(from, table);
        if (!columns)
            return columns.error();
        auto targetColumns = copying::columnsOf(to, table);
        if (!targetColumns)
            return targetColumns.error();
        for (const QString& column : std::as_const(*columns)) {
            if (!targetColumns->contains(column))
                return Error{Error::Kind::Invalid,
                             StorageText::tr("The column %1 of the table %2 is in %3 but not in %4; both "
                                             "databases must have the same schema.")
                                 .arg(column, table, from.location(), to.location())};
        }
        plans.append(copying::planFor(table, *columns));
    }
    return plans;
}

// The target holds no record, but the built-in scenario that a new database starts with.
Status checkEmpty(Database& to, const QList<Plan>& plans)
{
    for (const Plan& plan : plans) {
        const QString where = plan.table == u"scenario" ? QStringLiteral(" WHERE builtin <> 1") : QString();
        auto rows = sql::scalar(to, u"SELECT count(*) FROM " + plan.table + where);
        if (!rows)
            return rows.error();
        if (rows->toLongLong() > 0)
            return Error{Error::Kind::Invalid,
                         StorageText::tr("%1 already holds records (the table %2 has %L3 rows); copy writes "
                                         "only into a new or empty database.")
                             .arg(to.location(), plan.table)
                             .arg(rows->toLongLong())};
    }
    return {};
}

} // namespace

QStringList copyOrder()
{
    return {QStringLiteral("province"), QStringLiteral("province_access"),
            QStringLiteral("county"),   QStringLiteral("estate"),
            QStringLiteral("sector"),   QStringLiteral("agency"),
            QStringLiteral("app_user"), QStringLiteral("scenario"),
            QStringLiteral("project"),  QStringLiteral("progress_report"),
            QStringLiteral("unit"),     QStringLiteral("obstacle"),
            QStringLiteral("action"),   QStringLiteral("audit")};
}

Result<QList<TableCopy>> copyDatabase(Database& from, Database& to, const CopyProgress& progress)
{
    if (from.location() == to.location())
        return Error{Error::Kind::Invalid,
                     StorageText::tr("%1 cannot be copied onto itself.").arg(from.location())};
    if (from.schemaVersion() != to.schemaVersion())
        return Error{Error::Kind::Invalid,
                     StorageText::tr("%1 is at schema version %2 and %3 at version %4; both must be at the "
                                     "same version.")
                         .arg(from.location())
                         .arg(from.schemaVersion())
                         .arg(to.location())
                         .arg(to.schemaVersion())};
    Snapshot snapshot(from);
    if (!snapshot.started())
        return snapshot.started().error();
    auto plans = makePlans(from, to);
    if (!plans)
        return plans.error();

    // Declared before the transaction, so that their prepared statements are freed after the
    // rollback (PostgreSQL refuses to free them inside a failed transaction).
    LargeCache cache(to);
    std::vector<std::unique_ptr<Writer>> writers;
    Transaction transaction(to);
    if (!transaction.started())
        return transaction.started().error();
    // Checked inside the write transaction, so that nothing is written into the target meanwhile.
    if (Status empty = checkEmpty(to, *plans); !empty)
        return empty.error();
    for (auto plan = plans->crbegin(); plan != plans->crend(); ++plan) { // the built-in scenario
        if (auto deleted = sql::run(to, u"DELETE FROM " + plan->table); !deleted)
            return deleted.error();
    }

    QList<TableCopy> copies;
    for (const Plan& plan : std::as_const(*plans)) {
        Checksum sum(plan.hasId);
        Writer& writer = *writers.emplace_back(std::make_unique<Writer>(to, plan));
        qint64 done = 0;
        const auto report = [&]() -> Status {
            if (progress && !progress(plan.table, done))
                return Error{
                    Error::Kind::Cancelled,
                    StorageText::tr("The copy was stopped at the table %1; nothing was written to %2.")
                        .arg(plan.table, to.location())};
            return {};
        };
        Status read = copying::readTable(from, plan, sum, [&](const QVariantList& values) -> Status {
            if (Status added = writer.add(values); !added)
                return added;
            ++done;
            return done % writer.batchRows() == 0 ? report() : Status{};
        });
        if (read)
            read = writer.flush();
        if (read && done % writer.batchRows() != 0)
            read = report();
        if (!read)
            return read.error();
        if (const QString reset = to.dialect().resetIdSequence(plan.table); plan.hasId && !reset.isEmpty()) {
            if (auto moved = sql::run(to, reset); !moved)
                return moved.error();
        }
        copies.append(TableCopy{plan.table, sum.count(), sum.result(), {}});
    }

    // The target read back, in the same transaction: the same counts and checksums, or nothing is kept.
    for (qsizetype i = 0; i < copies.size(); ++i) {
        TableCopy& copy = copies[i];
        auto written = tableChecksum(to, copy.table, plans->at(i).columns);
        if (!written)
            return written.error();
        copy.targetSum = written->sourceSum;
        if (written->rows != copy.rows || copy.targetSum != copy.sourceSum)
            return Error{Error::Kind::Database,
                         StorageText::tr("The table %1 of %2 does not match its source after the copy (%L3 "
                                         "rows read, %L4 found; checksums %5 and %6); nothing was kept.")
                             .arg(copy.table, to.location())
                             .arg(copy.rows)
                             .arg(written->rows)
                             .arg(QString::fromLatin1(copy.sourceSum.left(12)),
                                  QString::fromLatin1(copy.targetSum.left(12)))};
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return copies;
}

} // namespace ehya::storage
