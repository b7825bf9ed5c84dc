#include "RowReaders.h"
#include "SqlUtil.h"

#include <sqlite3.h>

namespace ehya::storage::detail {

QDate QueryCells::date(int i) const
{
    return sql::toDate(query.value(i));
}

Id QueryCells::ref(int i) const
{
    return sql::toRef(query.value(i));
}

qint64 NativeCells::integer(int i) const
{
    return sqlite3_column_int64(statement, i);
}

double NativeCells::real(int i) const
{
    return sqlite3_column_double(statement, i);
}

QString NativeCells::text(int i) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(statement, i));
    return bytes ? QString::fromUtf8(bytes, sqlite3_column_bytes(statement, i)) : QString();
}

QDate NativeCells::date(int i) const
{
    // Dates are stored as ISO text, "2024-03-20".
    const auto* t = sqlite3_column_text(statement, i);
    if (!t || sqlite3_column_bytes(statement, i) != 10 || t[4] != '-' || t[7] != '-')
        return sql::toDate(sqlite3_column_type(statement, i) == SQLITE_NULL ? QVariant() : QVariant(text(i)));
    const auto digits = [t](int from, int count) {
        int value = 0;
        for (int k = from; k < from + count; ++k)
            value = value * 10 + (t[k] - '0');
        return value;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

Id NativeCells::ref(int i) const
{
    return sqlite3_column_type(statement, i) == SQLITE_NULL ? 0 : sqlite3_column_int64(statement, i);
}

} // namespace ehya::storage::detail
