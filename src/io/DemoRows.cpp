#include "DemoRows.h"
#include "IoText.h"

#include "core/Dates.h"
#include "core/Digits.h"
#include "core/Money.h"
#include "core/PersianText.h"
#include "core/Validation.h"

#include <QFile>

#include <cmath>

namespace ehya::io::demo {

Result<CsvTable> readTable(const QString& resourcePath, const QStringList& requiredColumns)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Kind::NotFound,
                     IoText::tr("%1: the embedded data file is missing from this build.").arg(resourcePath)};
    auto table = readCsv(file, resourcePath);
    if (!table)
        return table;
    for (const QString& column : requiredColumns) {
        if (!table->header.contains(column))
            return Error{Error::Kind::Invalid,
                         IoText::tr("%1:1: the header has no column \"%2\".").arg(resourcePath, column)};
    }
    return table;
}

Row::Row(const CsvTable& table, qsizetype index, const QString& fileName)
    : m_table(table), m_cells(table.rows.at(index)), m_fileName(fileName), m_line(table.rowLines.at(index))
{
}

QString Row::text(const char* column) const
{
    const qsizetype at = m_table.header.indexOf(QLatin1String(column));
    if (at < 0 || at >= m_cells.size())
        return {};
    return persianLetters(m_cells.at(at).trimmed());
}

void Row::fail(const char* column, const QString& sentence)
{
    if (m_error)
        return;
    const qsizetype at = m_table.header.indexOf(QLatin1String(column));
    m_error = Error{Error::Kind::Invalid, QStringLiteral("%1:%2:%3: %4 (%5)")
                                              .arg(m_fileName, QString::number(m_line),
                                                   QString::number(at + 1), sentence, QLatin1String(column))};
}

QString Row::notAChoice(const QString& value)
{
    return IoText::tr("\"%1\" is not one of the allowed values.").arg(value);
}

std::optional<QString> Row::required(const char* column)
{
    QString value = text(column);
    if (value.isEmpty()) {
        fail(column, IoText::tr("This cell must not be empty."));
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> Row::integer(const char* column)
{
    QString value = toLatinDigits(text(column));
    value.remove(u',');
    if (value.isEmpty())
        return 0;
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok || number < 0) {
        fail(column, IoText::tr("\"%1\" is not a whole number of zero or more.").arg(text(column)));
        return std::nullopt;
    }
    return number;
}

std::optional<Rials> Row::money(const char* column)
{
    const QString value = text(column);
    if (value.isEmpty())
        return 0;
    QString why;
    if (auto rials = parseMoney(value, MoneyUnit::Rial, &why))
        return rials;
    fail(column, why);
    return std::nullopt;
}

std::optional<double> Row::percent(const char* column)
{
    const QString value = toLatinDigits(text(column));
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < 0 || number > 100) {
        fail(column, IoText::tr("\"%1\" is not a percentage between 0 and 100.").arg(text(column)));
        return std::nullopt;
    }
    return roundPercent(number);
}

std::optional<QDate> Row::date(const char* column, bool isRequired)
{
    const QString value = text(column);
    if (value.isEmpty()) {
        if (isRequired) {
            fail(column, IoText::tr("A date is required here."));
            return std::nullopt;
        }
        return QDate();
    }
    QString why;
    if (auto parsed = parseDate(value, &why))
        return parsed;
    fail(column, why);
    return std::nullopt;
}

std::optional<bool> Row::flag(const char* column)
{
    const QString value = searchKey(text(column));
    if (value.isEmpty() || value == u"0" || value == u"no" || value == u"false" || value == u"خیر")
        return false;
    if (value == u"1" || value == u"yes" || value == u"true" || value == u"بله")
        return true;
    fail(column, IoText::tr("\"%1\" is not yes or no (1/0, yes/no, بله/خیر).").arg(text(column)));
    return std::nullopt;
}

Error onRow(const Row& row, const QString& path, const Error& error)
{
    return Error{error.kind,
                 QStringLiteral("%1:%2: %3").arg(path, QString::number(row.line()), error.message)};
}

QString Lookups::key(Id provinceId, const QString& name)
{
    return QString::number(provinceId) + u'|' + searchKey(name);
}

} // namespace ehya::io::demo
