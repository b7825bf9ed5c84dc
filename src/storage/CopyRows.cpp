#include "CopyRows.h"

#include "Copy.h"
#include "Dialect.h"
#include "SqlUtil.h"
#include "StorageText.h"

#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>
#include <utility>

namespace ehya::storage {

namespace copying {

namespace {

// One value of a portable() row in the checksum: N (NULL), I<decimal>, R<%.17g>, T<bytes>:<UTF-8>.
void appendCanonical(QByteArray& row, const QVariant& value)
{
    if (!value.isValid()) {
        row += 'N';
    } else if (value.typeId() == QMetaType::LongLong) {
        row += 'I';
        row += QByteArray::number(value.toLongLong());
    } else if (value.typeId() == QMetaType::Double) {
        row += 'R';
        row += QByteArray::number(value.toDouble(), 'g', 17);
    } else {
        const QByteArray text = value.toString().toUtf8();
        row += 'T';
        row += QByteArray::number(text.size());
        row += ':';
        row += text;
    }
    row += ',';
}

} // namespace

QString queryError(const QSqlQuery& query)
{
    const QSqlError error = query.lastError();
    return (error.databaseText().isEmpty() ? error.text() : error.databaseText()).trimmed();
}

QVariant portable(const QVariant& value)
{
    if (value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::UChar:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return QVariant::fromValue<qint64>(value.toLongLong());
    case QMetaType::Float:
    case QMetaType::Double:
        return value.toDouble();
    default:
        return value.toString();
    }
}

void Checksum::add(const QVariantList& values)
{
    m_row.truncate(0);
    for (const QVariant& value : values)
        appendCanonical(m_row, value);
    m_row += '\n';
    if (m_ordered)
        m_hash.addData(m_row);
    else
        m_rows.append(m_row);
    ++m_count;
}

QByteArray Checksum::result()
{
    std::sort(m_rows.begin(), m_rows.end());
    for (const QByteArray& row : std::as_const(m_rows))
        m_hash.addData(row);
    return m_hash.result().toHex();
}

Result<QStringList> tableNames(Database& db)
{
    auto query = sql::run(db, db.dialect().tableListQuery());
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

Result<QStringList> columnsOf(Database& db, const QString& table)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT * FROM " + table + u" WHERE 1 = 0"))
        return Error{Error::Kind::Database,
                     StorageText::tr("Reading the columns of the table %1 of %2 failed: %3")
                         .arg(table, db.location(), queryError(query))};
    const QSqlRecord record = query.record();
    QStringList columns;
    for (int i = 0; i < record.count(); ++i)
        columns.append(record.fieldName(i).toLower());
    return columns;
}

Plan planFor(const QString& table, const QStringList& columns)
{
    return {table, columns, columns.contains(QStringLiteral("id"))};
}

Status readTable(Database& db, const Plan& plan, Checksum& sum,
                 const std::function<Status(const QVariantList&)>& each)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    const QString select = u"SELECT " + plan.columns.join(u", ") + u" FROM " + plan.table +
                           (plan.hasId ? QStringLiteral(" ORDER BY id") : QString());
    const auto failed = [&] {
        return Error{Error::Kind::Database, StorageText::tr("Reading the table %1 of %2 failed: %3")
                                                .arg(plan.table, db.location(), queryError(query))};
    };
    if (!query.exec(select))
        return failed();
    QVariantList values(plan.columns.size());
    while (query.next()) {
        for (qsizetype i = 0; i < values.size(); ++i)
            values[i] = portable(query.value(int(i)));
        sum.add(values);
        if (Status status = each(values); !status)
            return status;
    }
    if (query.lastError().type() != QSqlError::NoError)
        return failed();
    return {};
}

} // namespace copying

Result<TableCopy> tableChecksum(Database& db, const QString& table, const QStringList& columns)
{
    QStringList names = columns;
    if (names.isEmpty()) {
        auto own = copying::columnsOf(db, table);
        if (!own)
            return own.error();
        names = *own;
    }
    const copying::Plan plan = copying::planFor(table, names);
    copying::Checksum sum(plan.hasId);
    if (Status read = copying::readTable(db, plan, sum, [](const QVariantList&) { return Status{}; }); !read)
        return read.error();
    return TableCopy{table, sum.count(), sum.result(), {}};
}

} // namespace ehya::storage
