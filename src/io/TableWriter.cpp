#include "TableWriter.h"
#include "CsvWriter.h"
#include "IoText.h"
#include "XlsxWriter.h"

#include "core/Dates.h"

#include <QDate>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ehya::io {

namespace {

QStringList headerOf(const QList<OutColumn>& columns, bool persian)
{
    QStringList out;
    for (const OutColumn& c : columns)
        out << (persian ? c.headerFa : c.key);
    return out;
}

QList<bool> freeTextOf(const QList<OutColumn>& columns)
{
    QList<bool> out;
    for (const OutColumn& c : columns)
        out << (c.kind == ValueKind::FreeText);
    return out;
}

class CsvTable : public TableWriter
{
public:
    CsvTable(QIODevice& device, const QList<OutColumn>& columns, const WriteOptions& options)
        : m_columns(columns), m_options(options),
          m_writer(device, freeTextOf(columns), CsvWriteOptions{options.bom, options.neutralise})
    {
        m_writer.writeHeader(headerOf(columns, options.persianHeaders));
    }

    Status writeRow(const QVariantList& values) override
    {
        m_cells.resize(m_columns.size());
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            m_cells[i] = csvCell(values.value(i), m_columns.at(i).kind, m_options);
        m_writer.writeRow(m_cells);
        return m_writer.ok() ? Status()
                             : Status(Error{Error::Kind::Io, IoText::tr("Writing the CSV failed.")});
    }

    Status finish() override
    {
        return m_writer.ok() ? Status()
                             : Status(Error{Error::Kind::Io, IoText::tr("Writing the CSV failed.")});
    }

private:
    QList<OutColumn> m_columns;
    WriteOptions m_options;
    CsvWriter m_writer;
    QStringList m_cells;
};

// CSV into a QSaveFile: committed by finish(), discarded otherwise.
class CsvFile final : public TableWriter
{
public:
    static Result<std::unique_ptr<TableWriter>> open(const QString& path, const QList<OutColumn>& columns,
                                                     const WriteOptions& options)
    {
        std::unique_ptr<CsvFile> out(new CsvFile(path));
        if (!out->m_file.open(QIODevice::WriteOnly))
            return Error{Error::Kind::Io,
                         IoText::tr("Cannot write %1: %2").arg(path, out->m_file.errorString())};
        out->m_table = std::make_unique<CsvTable>(out->m_file, columns, options);
        return std::unique_ptr<TableWriter>(std::move(out));
    }

    Status writeRow(const QVariantList& values) override
    {
        if (auto done = m_table->writeRow(values); !done)
            return failed();
        return {};
    }

    Status finish() override
    {
        if (!m_table->finish() || !m_file.commit())
            return failed();
        return {};
    }

private:
    explicit CsvFile(const QString& path) : m_file(path) {}

    Error failed() const
    {
        return Error{Error::Kind::Io, IoText::tr("Writing %1 failed: %2; the file was left as it was.")
                                          .arg(m_file.fileName(), m_file.errorString())};
    }

    QSaveFile m_file;
    std::unique_ptr<CsvTable> m_table;
};

XlsxKind xlsxKind(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Integer:
        return XlsxKind::Integer;
    case ValueKind::Money:
        return XlsxKind::Money;
    case ValueKind::Percent:
        return XlsxKind::Percent;
    case ValueKind::Date:
        return XlsxKind::Date;
    case ValueKind::Flag:
        return XlsxKind::Flag;
    case ValueKind::Decimal:
        return XlsxKind::Integer; // written as a plain number
    case ValueKind::Text:
    case ValueKind::FreeText:
        break;
    }
    return XlsxKind::Text;
}

class XlsxTable final : public TableWriter
{
public:
    XlsxTable(std::unique_ptr<XlsxWriter> writer, const QList<OutColumn>& columns,
              const WriteOptions& options)
        : m_writer(std::move(writer)), m_columns(columns), m_options(options)
    {
    }

    Status writeRow(const QVariantList& values) override
    {
        QVariantList out = values;
        for (qsizetype i = 0; i < m_columns.size() && i < out.size(); ++i) {
            const ValueKind kind = m_columns.at(i).kind;
            if (kind == ValueKind::Date && m_options.jalaliDates)
                out[i] = csvCell(out.at(i), kind, m_options); // Jalali dates as text
            else if (kind == ValueKind::Decimal)
                out[i] = out.at(i).toDouble();
        }
        return m_writer->writeRow(out);
    }

    Status finish() override { return m_writer->close(); }

private:
    std::unique_ptr<XlsxWriter> m_writer;
    QList<OutColumn> m_columns;
    WriteOptions m_options;
};

} // namespace

QString csvCell(const QVariant& value, ValueKind kind, const WriteOptions& options)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ValueKind::Integer:
    case ValueKind::Money:
        return QString::number(value.toLongLong());
    case ValueKind::Percent:
        return QString::number(value.toDouble(), 'f', 1);
    case ValueKind::Decimal:
        return QString::number(value.toDouble(), 'f', 4);
    case ValueKind::Date: {
        const QDate date = value.toDate();
        return options.jalaliDates ? formatJalali(date, Digits::Latin) : isoDate(date);
    }
    case ValueKind::Flag:
        if (options.persianHeaders)
            return value.toBool() ? u"بله"_s : u"خیر"_s;
        return value.toBool() ? u"1"_s : u"0"_s;
    case ValueKind::Text:
    case ValueKind::FreeText:
        break;
    }
    return value.toString();
}

std::unique_ptr<TableWriter> csvTableWriter(QIODevice& device, const QList<OutColumn>& columns,
                                            const WriteOptions& options)
{
    return std::make_unique<CsvTable>(device, columns, options);
}

Result<std::unique_ptr<TableWriter>> openTableWriter(const QString& path, const QList<OutColumn>& columns,
                                                     const WriteOptions& options)
{
    if (options.format == ExportFormat::Csv)
        return CsvFile::open(path, columns, options);
    QList<XlsxColumn> sheet;
    for (const OutColumn& c : columns)
        sheet << XlsxColumn{options.persianHeaders ? c.headerFa : c.key, xlsxKind(c.kind), 0};
    XlsxOptions xlsx;
    xlsx.rightToLeft = options.persianHeaders;
    auto writer = XlsxWriter::create(path, sheet, xlsx);
    if (!writer)
        return writer.error();
    return std::unique_ptr<TableWriter>(std::make_unique<XlsxTable>(std::move(*writer), columns, options));
}

} // namespace ehya::io
