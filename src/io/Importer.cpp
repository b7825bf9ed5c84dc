#include "Importer.h"
#include "CsvWriter.h"
#include "ImportRows.h"
#include "IoText.h"
#include "TableSource.h"

#include "storage/BulkInserter.h"
#include "storage/Listing.h"
#include "storage/Repositories.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace ehya::io {

namespace {

bool sameContent(const Project& a, const Project& b)
{
    return a.provinceId == b.provinceId && a.countyId == b.countyId && a.estateId == b.estateId &&
           a.sectorId == b.sectorId && a.title == b.title && a.investor == b.investor &&
           a.permitNo == b.permitNo && a.permitDate == b.permitDate && a.permitExpiry == b.permitExpiry &&
           a.progress == b.progress && a.investedRial == b.investedRial &&
           a.remainingRial == b.remainingRial && a.plannedJobs == b.plannedJobs && a.capacity == b.capacity &&
           a.status == b.status && a.exportOriented == b.exportOriented &&
           a.expectedCompletion == b.expectedCompletion && a.notes == b.notes;
}

bool sameContent(const IdleUnit& a, const IdleUnit& b)
{
    return a.provinceId == b.provinceId && a.countyId == b.countyId && a.estateId == b.estateId &&
           a.sectorId == b.sectorId && a.name == b.name && a.operatorName == b.operatorName &&
           a.licenceNo == b.licenceNo && a.status == b.status && a.idleSince == b.idleSince &&
           a.capacityUse == b.capacityUse && a.jobsBefore == b.jobsBefore &&
           a.jobsRestorable == b.jobsRestorable && a.hasMarket == b.hasMarket && a.justified == b.justified &&
           a.workingCapitalRial == b.workingCapitalRial && a.fixedCapitalRial == b.fixedCapitalRial &&
           a.revivalPath == b.revivalPath && a.exportOriented == b.exportOriented && a.notes == b.notes;
}

// A column the file does not have keeps the stored value on re-import (a file with DESIGN.md's
// columns must not blank the investor, the notes or the estate).
template <typename Record, typename Field>
void keep(const RowConverter& convert, const char* key, Record& record, const Record& stored,
          Field Record::*field)
{
    if (convert.fileColumn(QLatin1String(key)) == 0)
        record.*field = stored.*field;
}

void keepAbsent(const RowConverter& c, Project& r, const Project& s)
{
    keep(c, "estate", r, s, &Project::estateId);
    keep(c, "investor", r, s, &Project::investor);
    keep(c, "status", r, s, &Project::status);
    keep(c, "invested_rial", r, s, &Project::investedRial);
    keep(c, "planned_jobs", r, s, &Project::plannedJobs);
    keep(c, "export_oriented", r, s, &Project::exportOriented);
    keep(c, "permit_date", r, s, &Project::permitDate);
    keep(c, "permit_expiry", r, s, &Project::permitExpiry);
    keep(c, "expected_completion", r, s, &Project::expectedCompletion);
    keep(c, "capacity", r, s, &Project::capacity);
    keep(c, "notes", r, s, &Project::notes);
}

void keepAbsent(const RowConverter& c, IdleUnit& r, const IdleUnit& s)
{
    keep(c, "estate", r, s, &IdleUnit::estateId);
    keep(c, "operator", r, s, &IdleUnit::operatorName);
    keep(c, "status", r, s, &IdleUnit::status);
    keep(c, "idle_since", r, s, &IdleUnit::idleSince);
    keep(c, "capacity_use", r, s, &IdleUnit::capacityUse);
    keep(c, "jobs_before", r, s, &IdleUnit::jobsBefore);
    keep(c, "jobs_restorable", r, s, &IdleUnit::jobsRestorable);
    keep(c, "has_market", r, s, &IdleUnit::hasMarket);
    keep(c, "justified", r, s, &IdleUnit::justified);
    keep(c, "working_capital_rial", r, s, &IdleUnit::workingCapitalRial);
    keep(c, "fixed_capital_rial", r, s, &IdleUnit::fixedCapitalRial);
    keep(c, "revival_path", r, s, &IdleUnit::revivalPath);
    keep(c, "export_oriented", r, s, &IdleUnit::exportOriented);
    keep(c, "notes", r, s, &IdleUnit::notes);
}

// What each sheet needs from storage: the stored numbers, and insert, find and update.
struct ProjectKind
{
    using Record = Project;
    static constexpr const char* codeKey = "permit_no";
    static QString code(const Project& p) { return p.permitNo; }
    static Result<QHash<QString, Id>> codes(storage::Database& db) { return storage::projectCodes(db); }
    static Result<Project> get(storage::Database& db, Id id)
    {
        return storage::ProjectRepository(db).get(id);
    }
    static Status update(storage::Database& db, Project& p)
    {
        return storage::ProjectRepository(db).update(p);
    }
};

struct UnitKind
{
    using Record = IdleUnit;
    static constexpr const char* codeKey = "licence_no";
    static QString code(const IdleUnit& u) { return u.licenceNo; }
    static Result<QHash<QString, Id>> codes(storage::Database& db) { return storage::unitCodes(db); }
    static Result<IdleUnit> get(storage::Database& db, Id id) { return storage::UnitRepository(db).get(id); }
    static Status update(storage::Database& db, IdleUnit& u) { return storage::UnitRepository(db).update(u); }
};

// The rejected rows, with a reason column, in a file written atomically at the end.
class Rejects
{
public:
    // freeText: per file column, whether it holds text (neutralised) rather than numbers or dates.
    Rejects(QString path, const QStringList& header, QList<bool> freeText)
        : m_file(std::move(path)), m_header(header), m_freeText(std::move(freeText))
    {
    }

    Status add(const QStringList& cells, const QString& reason)
    {
        if (!m_writer) {
            if (!m_file.open(QIODevice::WriteOnly))
                return Error{Error::Kind::Io, IoText::tr("Cannot write the rejects file %1: %2")
                                                  .arg(m_file.fileName(), m_file.errorString())};
            m_writer = std::make_unique<CsvWriter>(m_file, m_freeText + QList<bool>{true});
            m_writer->writeHeader(m_header + QStringList{QStringLiteral("reason")}); // a key, like the others
        }
        m_writer->writeRow(cells + QStringList{reason});
        return {};
    }

    Status commit()
    {
        if (!m_writer)
            return {};
        if (!m_writer->ok() || !m_file.commit())
            return Error{Error::Kind::Io, IoText::tr("Writing the rejects file %1 failed: %2")
                                              .arg(m_file.fileName(), m_file.errorString())};
        return {};
    }

    QString path() const { return m_file.fileName(); }

private:
    QSaveFile m_file;
    QStringList m_header;
    QList<bool> m_freeText;
    std::unique_ptr<CsvWriter> m_writer;
};

template <typename Kind> class Run
{
public:
    Run(storage::Database& db, const QString& path, const ImportOptions& options, TableSource& source,
        const HeaderMap& map, const ReferenceLookup& lookup)
        : m_db(db), m_path(path), m_options(options), m_source(source), m_convert(map, lookup),
          m_rejects(options.rejectsPath.isEmpty() ? defaultRejectsPath(path) : options.rejectsPath,
                    source.header(), textColumns(map, source.header().size()))
    {
    }

    Result<ImportSummary> go()
    {
        auto codes = Kind::codes(m_db);
        if (!codes)
            return codes.error();
        m_codes = std::move(*codes);
        auto inserter = storage::BulkInserter::create(m_db);
        if (!inserter)
            return inserter.error();
        m_inserter = std::move(*inserter);

        storage::Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started().error();
        SourceRow row;
        for (;;) {
            auto read = m_source.next(row);
            if (!read)
                return read.error(); // the transaction rolls back
            if (!*read)
                break;
            ++m_summary.rows;
            if (auto done = oneRow(row); !done)
                return done.error();
            if (m_options.progress && m_summary.rows % 1000 == 0 &&
                !m_options.progress(m_summary.rows, m_source.fractionRead())) {
                m_summary.cancelled = true;
                return m_summary;
            }
        }
        if (m_summary.rows == 0)
            return Error{
                Error::Kind::Invalid,
                QStringLiteral("%1: %2").arg(m_path, IoText::tr("the file has a header but no data rows"))};
        if (m_options.dryRun || (m_summary.rejected > 0 && !m_options.skipInvalid))
            return m_summary;
        if (auto committed = transaction.commit(); !committed)
            return committed.error();
        m_summary.written = true;
        if (m_summary.rejected > 0) {
            if (auto saved = m_rejects.commit(); !saved)
                return saved.error();
            m_summary.rejectsPath = m_rejects.path();
        }
        return m_summary;
    }

private:
    // Numbers, dates and flags go back as typed; text columns (and unknown ones) are neutralised.
    static QList<bool> textColumns(const HeaderMap& map, qsizetype width)
    {
        QList<bool> out(width, true);
        const QList<Column>& list = columns(map.sheet);
        for (int i = 0; i < list.size(); ++i) {
            const int at = map.fileColumn.value(i, -1);
            const CellType type = list.at(i).type;
            if (at >= 0 && at < width)
                out[at] = type != CellType::Percent && type != CellType::Money && type != CellType::Count &&
                          type != CellType::Flag && type != CellType::Date;
        }
        return out;
    }

    static QString defaultRejectsPath(const QString& path)
    {
        const QFileInfo info(path);
        return info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejects.csv"));
    }

    Status oneRow(const SourceRow& row)
    {
        typename Kind::Record record;
        CellProblems problems = m_convert.read(row, record);
        const QString key = storage::codeKey(record.provinceId, Kind::code(record));
        const auto seen = m_seen.constFind(key);
        if (problems.isEmpty() && record.provinceId != 0 && seen != m_seen.cend())
            problems.append(
                {m_convert.fileColumn(QLatin1String(Kind::codeKey)), QLatin1String(Kind::codeKey),
                 IoText::tr("the number %1 is already on line %2 of this file for the same province.")
                     .arg(Kind::code(record))
                     .arg(seen.value())});
        if (!problems.isEmpty())
            return reject(row, problems);
        m_seen.insert(key, row.line);
        if (const Id existing = m_codes.value(key); existing != 0)
            return updateExisting(existing, record);
        if (m_options.dryRun) {
            ++m_summary.added;
            return {};
        }
        auto id = m_inserter->insert(record);
        if (!id)
            return Error{id.error().kind,
                         QStringLiteral("%1:%2: %3").arg(m_path).arg(row.line).arg(id.error().message)};
        ++m_summary.added;
        return {};
    }

    Status updateExisting(Id id, typename Kind::Record& record)
    {
        auto stored = Kind::get(m_db, id);
        if (!stored)
            return stored.error();
        record.id = id;
        record.version = stored->version;
        keepAbsent(m_convert, record, *stored);
        if (sameContent(record, *stored)) {
            ++m_summary.unchanged;
            return {};
        }
        ++m_summary.updated;
        return m_options.dryRun ? Status() : Kind::update(m_db, record);
    }

    Status reject(const SourceRow& row, const CellProblems& problems)
    {
        ++m_summary.rejected;
        QStringList reasons;
        for (const CellProblem& p : problems) {
            ++m_summary.problemCount;
            const QString where = p.column > 0
                                      ? QStringLiteral("%1:%2:%3").arg(m_path).arg(row.line).arg(p.column)
                                      : QStringLiteral("%1:%2").arg(m_path).arg(row.line);
            if (m_summary.problems.size() < m_options.maxProblems) {
                m_summary.problems << QStringLiteral("%1: %2 (%3)").arg(where, p.sentence, p.key);
                m_summary.details << ImportProblem{row.line, p.column, p.key, p.sentence};
            }
            reasons << QStringLiteral("%1: %2").arg(p.key, p.sentence);
        }
        if (m_options.skipInvalid && !m_options.dryRun)
            return m_rejects.add(row.cells, reasons.join(QStringLiteral("; ")));
        return {};
    }

    storage::Database& m_db;
    const QString& m_path;
    const ImportOptions& m_options;
    TableSource& m_source;
    RowConverter m_convert;
    Rejects m_rejects;
    std::unique_ptr<storage::BulkInserter> m_inserter;
    QHash<QString, Id> m_codes; // stored numbers
    QHash<QString, int> m_seen; // numbers of this file → their line
    ImportSummary m_summary;
};

} // namespace

Result<ImportSummary> importFile(storage::Database& db, const QString& path, const ImportOptions& options)
{
    if (options.sheet == Sheet::Reports)
        return Error{Error::Kind::Invalid, IoText::tr("Progress reports are exported, not imported.")};
    auto source = openTable(path);
    if (!source)
        return source.error();
    auto map = mapHeader(options.sheet, (*source)->header(), options.columnMap, path);
    if (!map)
        return map.error();
    auto lookup = ReferenceLookup::load(db);
    if (!lookup)
        return lookup.error();
    Result<ImportSummary> result = options.sheet == Sheet::Units
                                       ? Run<UnitKind>(db, path, options, **source, *map, *lookup).go()
                                       : Run<ProjectKind>(db, path, options, **source, *map, *lookup).go();
    if (!result)
        return result;
    if (const QString notice = (*source)->notice(); !notice.isEmpty())
        result->notices << notice;
    if (!map->ignored.isEmpty())
        result->notices
            << IoText::tr("Columns not imported: %1.").arg(map->ignored.join(QStringLiteral(", ")));
    return result;
}

} // namespace ehya::io
