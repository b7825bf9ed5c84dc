#include "TableSource.h"
#include "CsvReader.h"
#include "IoText.h"
#include "XlsxReader.h"

#include <QFile>

namespace ehya::io {

Error locatedError(const QString& fileName, int line, int column, const QString& sentence)
{
    return Error{Error::Kind::Invalid,
                 QStringLiteral("%1:%2:%3: %4")
                     .arg(fileName, QString::number(line), QString::number(column), sentence)};
}

Result<std::unique_ptr<TableSource>> openTable(const QString& path)
{
    QFile probe(path);
    if (!probe.exists())
        return Error{Error::Kind::NotFound, QStringLiteral("%1: %2").arg(path, IoText::tr("no such file"))};
    if (!probe.open(QIODevice::ReadOnly))
        return Error{Error::Kind::Io, QStringLiteral("%1: %2").arg(path, probe.errorString())};
    const QByteArray magic = probe.read(4);
    probe.close();
    if (magic == QByteArrayLiteral("PK\x03\x04")) // a zip archive: XLSX
        return openXlsx(path);
    auto csv = CsvSource::openFile(path);
    if (!csv)
        return csv.error();
    return std::unique_ptr<TableSource>(std::move(*csv));
}

} // namespace ehya::io
