#include "Dialect.h"
#include "Repositories.h"
#include "Retry.h"
#include "RowReaders.h"
#include "SqlUtil.h"
#include "StorageText.h"
#include "core/Enums.h"
#include "core/Validation.h"

namespace ehya::storage {

namespace {

const QString kTable = QStringLiteral("project");

const QStringList& columns()
{
    static const QStringList list = {
        QStringLiteral("province_id"),
        QStringLiteral("county_id"),
        QStringLiteral("estate_id"),
        QStringLiteral("sector_id"),
        QStringLiteral("title"),
        QStringLiteral("investor"),
        QStringLiteral("permit_no"),
        QStringLiteral("permit_date"),
        QStringLiteral("permit_expiry"),
        QStringLiteral("progress"),
        QStringLiteral("invested_rial"),
        QStringLiteral("remaining_rial"),
        QStringLiteral("planned_jobs"),
        QStringLiteral("capacity"),
        QStringLiteral("status"),
        QStringLiteral("export_oriented"),
        QStringLiteral("expected_completion"),
        QStringLiteral("notes"),
    };
    return list;
}

QVariantList values(const Project& p)
{
    return {QVariant::fromValue<qint64>(p.provinceId),
            QVariant::fromValue<qint64>(p.countyId),
            sql::ref(p.estateId),
            QVariant::fromValue<qint64>(p.sectorId),
            p.title.trimmed(),
            p.investor.trimmed(),
            p.permitNo.trimmed(),
            sql::date(p.permitDate),
            sql::date(p.permitExpiry),
            roundPercent(p.progress),
            QVariant::fromValue<qint64>(p.investedRial),
            QVariant::fromValue<qint64>(p.remainingRial),
            p.plannedJobs,
            p.capacity,
            enumKey(p.status),
            p.exportOriented ? 1 : 0,
            sql::date(p.expectedCompletion),
            p.notes};
}

QString selectSql()
{
    return u"SELECT id, version, " + columns().join(u", ") + u" FROM project";
}

} // namespace

namespace detail {

template <typename Cells> Project readProjectCells(const Cells& q, int first)
{
    Project p;
    p.id = q.integer(first + 0);
    p.version = int(q.integer(first + 1));
    p.provinceId = q.integer(first + 2);
    p.countyId = q.integer(first + 3);
    p.estateId = q.ref(first + 4);
    p.sectorId = q.integer(first + 5);
    p.title = q.text(first + 6);
    p.investor = q.text(first + 7);
    p.permitNo = q.text(first + 8);
    p.permitDate = q.date(first + 9);
    p.permitExpiry = q.date(first + 10);
    p.progress = q.real(first + 11);
    p.investedRial = q.integer(first + 12);
    p.remainingRial = q.integer(first + 13);
    p.plannedJobs = int(q.integer(first + 14));
    p.capacity = q.text(first + 15);
    p.status = enumFromText<ProjectStatus>(q.text(first + 16)).value_or(ProjectStatus::UnderConstruction);
    p.exportOriented = q.integer(first + 17) != 0;
    p.expectedCompletion = q.date(first + 18);
    p.notes = q.text(first + 19);
    return p;
}
template Project readProjectCells(const QueryCells&, int);
template Project readProjectCells(const NativeCells&, int);

} // namespace detail

namespace {

Project read(const QSqlQuery& q, int first = 0)
{
    return detail::readProjectCells(detail::QueryCells{q}, first);
}

QString what(const Project& p)
{
    return StorageText::tr("Project \"%1\" (permit %2)").arg(p.title, p.permitNo);
}

// Validation, references and the unique permit number, before anything is written.
Status check(Database& db, const Project& p)
{
    if (const FieldErrors errors = validate(p); !errors.isEmpty())
        return sql::invalid(
            StorageText::tr("Project \"%1\" was not saved: %2").arg(p.title, joinErrors(errors)));
    if (auto place = sql::checkPlace(db, p.provinceId, p.countyId, p.estateId, p.sectorId); !place)
        return sql::invalid(
            StorageText::tr("Project \"%1\" was not saved: %2").arg(p.title, place.error().message));
    auto other = sql::scalar(
        db, QStringLiteral("SELECT id FROM project WHERE province_id = ? AND permit_no = ? AND id <> ?"),
        {QVariant::fromValue<qint64>(p.provinceId), p.permitNo.trimmed(), QVariant::fromValue<qint64>(p.id)});
    if (!other)
        return other.error();
    if (other->isValid())
        return sql::invalid(
            StorageText::tr("Another project in this province already has the permit number %1 (project %2).")
                .arg(p.permitNo.trimmed())
                .arg(other->toLongLong()));
    return {};
}

} // namespace

namespace detail {

int projectColumnCount()
{
    return int(columns().size()) + 2;
}

QString projectSelectColumns(const QString& alias)
{
    QStringList out{alias + u".id", alias + u".version"};
    for (const QString& column : columns())
        out << alias + u"." + column;
    return out.join(u", ");
}

Project readProject(const QSqlQuery& query, int first, int* next)
{
    if (next)
        *next = first + int(columns().size()) + 2;
    return read(query, first);
}

} // namespace detail

Result<Project> ProjectRepository::get(Id id)
{
    auto query = sql::run(m_db, selectSql() + u" WHERE id = ?", {QVariant::fromValue<qint64>(id)});
    if (!query)
        return query.error();
    if (!query->next())
        return Error{Error::Kind::NotFound, StorageText::tr("Project %1 does not exist.").arg(id)};
    return read(*query);
}

Result<QList<Project>> ProjectRepository::list(Id provinceId)
{
    auto query = sql::run(m_db, selectSql() + u" WHERE ? = 0 OR province_id = ? ORDER BY id",
                          {QVariant::fromValue<qint64>(provinceId), QVariant::fromValue<qint64>(provinceId)});
    if (!query)
        return query.error();
    QList<Project> out;
    while (query->next())
        out << read(*query);
    return out;
}

Result<std::optional<Project>> ProjectRepository::findByPermit(Id provinceId, const QString& permitNo)
{
    auto query = sql::run(m_db, selectSql() + u" WHERE province_id = ? AND permit_no = ?",
                          {QVariant::fromValue<qint64>(provinceId), permitNo.trimmed()});
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Project>();
    return std::optional<Project>(read(*query));
}

Result<Id> ProjectRepository::insert(Project& project)
{
    return retryOnCollision(m_db, [&]() -> Result<Id> {
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started().error();
        Project candidate = project;
        candidate.id = 0;
        if (auto ok = check(m_db, candidate); !ok)
            return ok.error();
        auto id = sql::insertRow(m_db, kTable, columns(), values(candidate));
        if (!id)
            return id.error();
        if (auto done = transaction.commit(); !done)
            return done.error();
        project.id = *id;
        project.version = 1;
        project.progress = roundPercent(project.progress);
        return id;
    });
}

Status ProjectRepository::update(Project& project)
{
    return retryOnCollision(m_db, [&]() -> Status {
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started();
        if (auto ok = check(m_db, project); !ok)
            return ok;
        if (auto done = sql::updateVersioned(m_db, kTable, project.id, project.version, columns(),
                                             values(project), what(project));
            !done)
            return done;
        if (auto done = transaction.commit(); !done)
            return done;
        project.version += 1;
        project.progress = roundPercent(project.progress);
        return {};
    });
}

Status ProjectRepository::remove(Id id, int expectedVersion)
{
    return retryOnCollision(m_db, [&]() -> Status {
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started();
        // Children first; if the project itself turns out stale, the whole transaction rolls back.
        for (const auto& [table, column] :
             {std::pair{"progress_report", "project_id"}, std::pair{"obstacle", "project_id"},
              std::pair{"action", "project_id"}}) {
            if (auto done = sql::deleteWhere(m_db, QLatin1String(table), QLatin1String(column), id); !done)
                return done;
        }
        if (auto done =
                sql::deleteRow(m_db, kTable, id, expectedVersion, StorageText::tr("Project %1").arg(id));
            !done)
            return done;
        return transaction.commit();
    });
}

Result<QList<ProgressReport>> ProjectRepository::history(Id projectId)
{
    auto query =
        sql::run(m_db,
                 QStringLiteral("SELECT id, project_id, report_date, percent, reported_by, note "
                                "FROM progress_report WHERE project_id = ? ORDER BY report_date, id"),
                 {QVariant::fromValue<qint64>(projectId)});
    if (!query)
        return query.error();
    QList<ProgressReport> out;
    while (query->next())
        out << ProgressReport{query->value(0).toLongLong(), query->value(1).toLongLong(),
                              sql::toDate(query->value(2)), query->value(3).toDouble(),
                              query->value(4).toString(),   query->value(5).toString()};
    return out;
}

Result<Id> ProjectRepository::addReport(ProgressReport& report)
{
    return retryOnCollision(m_db, [&]() -> Result<Id> {
        if (const FieldErrors errors = validate(report); !errors.isEmpty())
            return sql::invalid(
                StorageText::tr("The progress report was not saved: %1").arg(joinErrors(errors)));
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started().error();
        // Locked until commit on the server, so that another client's save between this read and
        // the version bump below waits instead of making this report fail as stale.
        auto version =
            sql::scalar(m_db, u"SELECT version FROM project WHERE id = ?" + m_db.dialect().forUpdate(),
                        {QVariant::fromValue<qint64>(report.projectId)});
        if (!version)
            return version.error();
        if (!version->isValid()) {
            // On the server a row lock also needs the right to change the row: a project the
            // person may read but not change is not "missing".
            auto readable = sql::exists(m_db, kTable, report.projectId);
            if (readable && *readable)
                return sql::invalid(StorageText::tr("Project %1 belongs to a province you may not change, so "
                                                    "the progress report was not saved.")
                                        .arg(report.projectId));
            return sql::invalid(
                StorageText::tr("The progress report refers to project %1, which does not exist.")
                    .arg(report.projectId));
        }
        auto latest = sql::scalar(
            m_db, QStringLiteral("SELECT MAX(report_date) FROM progress_report WHERE project_id = ?"),
            {QVariant::fromValue<qint64>(report.projectId)});
        if (!latest)
            return latest.error();
        const double percent = roundPercent(report.percent);
        auto id =
            sql::insertRow(m_db, QStringLiteral("progress_report"),
                           {QStringLiteral("project_id"), QStringLiteral("report_date"),
                            QStringLiteral("percent"), QStringLiteral("reported_by"), QStringLiteral("note")},
                           {QVariant::fromValue<qint64>(report.projectId), sql::date(report.date), percent,
                            report.reportedBy, report.note});
        if (!id)
            return id.error();
        const QDate latestDate = latest->isValid() ? sql::toDate(*latest) : QDate();
        if (!latestDate.isValid() || report.date >= latestDate) {
            if (auto done = sql::updateVersioned(m_db, kTable, report.projectId, version->toInt(),
                                                 {QStringLiteral("progress")}, {percent},
                                                 StorageText::tr("Project %1").arg(report.projectId));
                !done)
                return done.error();
        }
        if (auto done = transaction.commit(); !done)
            return done.error();
        report.id = *id;
        report.percent = percent;
        return id;
    });
}

Status ProjectRepository::removeReport(Id reportId)
{
    return retryOnCollision(m_db, [&]() -> Status {
        Transaction transaction(m_db);
        if (!transaction.started())
            return transaction.started();
        if (auto done = sql::deleteRow(m_db, QStringLiteral("progress_report"), reportId, -1,
                                       StorageText::tr("Progress report %1").arg(reportId));
            !done)
            return done;
        return transaction.commit();
    });
}

} // namespace ehya::storage
