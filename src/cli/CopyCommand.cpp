// `ehya-cli copy FROM TO`: every record of one database into a new or empty one, SQLite or
// PostgreSQL either way, verified by a count and a checksum per table.
#include "Arguments.h"
#include "Cli.h"
#include "storage/Copy.h"
#include "storage/Database.h"
#include "storage/ServerLocation.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace ehya::cli {

using namespace Qt::StringLiterals;

namespace {

QString help()
{
    return Text::tr("Usage: ehya-cli copy FROM TO\n"
                    "Copies every record of the database FROM into TO: a SQLite file into a server\n"
                    "(postgresql://user@host:port/dbname), a server into a file, or between two of\n"
                    "either. TO must be new or empty (a missing file or server database is created);\n"
                    "it is written in one transaction, ids kept. The rows and a checksum of every\n"
                    "table are compared after the copy: when any differs, nothing is kept.");
}

// The location as messages show it: never a password given by mistake in a URL.
QString shown(const QString& location)
{
    return storage::ServerLocation::isServer(location) ? QUrl(location).toString(QUrl::RemovePassword)
                                                       : location;
}

// The same database named twice (a file by two paths, or the same URL)?
bool sameLocation(const QString& a, const QString& b)
{
    if (storage::ServerLocation::isServer(a) || storage::ServerLocation::isServer(b))
        return a == b;
    const QFileInfo left(a), right(b);
    if (left.exists() && right.exists())
        return left.canonicalFilePath() == right.canonicalFilePath();
    return left.absoluteFilePath() == right.absoluteFilePath();
}

void removeFile(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

QString table(const QList<storage::TableCopy>& copies, bool persian)
{
    QList<QStringList> rows{{Text::tr("Table"), Text::tr("Rows"), Text::tr("Checksum"), QString()}};
    for (const storage::TableCopy& copy : copies)
        rows.append({copy.table, localDigits(QString::number(copy.rows), persian),
                     QString::fromLatin1(copy.targetSum.left(16)), Text::tr("ok")});
    QList<qsizetype> widths(4, 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QStringList lines;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QStringList& row = rows.at(r);
        const QString line = row.at(0).leftJustified(widths[0]) + u"  " +
                             row.at(1).rightJustified(widths[1]) + u"  " +
                             row.at(2).leftJustified(widths[2]) + u"  " + row.at(3);
        lines.append(line.trimmed());
        if (r == 0)
            lines.append(QString(widths[0] + widths[1] + widths[2] + widths[3] + 6, u'-'));
    }
    return lines.join(u'\n');
}

} // namespace

int runCopy(const QStringList& arguments)
{
    const QString command = u"copy"_s;
    const auto parsed = Arguments::parse(arguments, {});
    if (!parsed)
        return usageError(command, parsed.error().message);
    if (parsed->help()) {
        printOut(help());
        return ExitCode::Success;
    }
    const QStringList& positional = parsed->positional();
    if (positional.size() != 2)
        return usageError(command, positional.size() < 2
                                       ? Text::tr("FROM and TO are both needed.")
                                       : Text::tr("Unexpected argument '%1'.").arg(positional.at(2)));
    const QString& fromPath = positional.at(0);
    const QString& toPath = positional.at(1);
    if (sameLocation(fromPath, toPath))
        return usageError(command, Text::tr("FROM and TO are the same database (%1).").arg(shown(fromPath)));

    QElapsedTimer timer;
    timer.start();
    storage::OpenOptions fromOptions;
    fromOptions.exclusive = false; // reading only
    auto from = storage::Database::open(fromPath, fromOptions);
    if (!from)
        return fail(
            ExitCode::Rejected,
            Text::tr("Could not open the database %1: %2").arg(shown(fromPath), from.error().message));
    const bool newFile = !storage::ServerLocation::isServer(toPath) && !QFileInfo::exists(toPath);
    storage::OpenOptions toOptions;
    toOptions.create = true;
    auto to = storage::Database::open(toPath, toOptions);
    if (!to)
        return fail(ExitCode::Rejected,
                    Text::tr("Could not open the database %1: %2").arg(shown(toPath), to.error().message));

    auto copies = storage::copyDatabase(**from, **to);
    if (!copies) {
        to->reset();
        if (newFile)
            removeFile(toPath); // it held nothing but the schema
        return fail(ExitCode::Rejected, copies.error().message + u'\n' +
                                            Text::tr("Nothing was written to %1.").arg(shown(toPath)));
    }
    qint64 rows = 0;
    for (const storage::TableCopy& copy : std::as_const(*copies))
        rows += copy.rows;
    printOut(table(*copies, persian()));
    printOut(Text::tr("Copied %1 rows in %2 tables from %3 to %4 (%5 s); the counts and checksums match.")
                 .arg(localDigits(QString::number(rows), persian()),
                      localDigits(QString::number(copies->size()), persian()), shown(fromPath), shown(toPath),
                      localDigits(QString::number(double(timer.elapsed()) / 1000.0, 'f', 2), persian())));
    return ExitCode::Success;
}

} // namespace ehya::cli
