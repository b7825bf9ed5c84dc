#include "BulkInserter.h"
#include "Statement.h"
#include "StorageText.h"
#include "core/Enums.h"

#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <utility>

namespace ehya::storage {

namespace {

// Values bound as storage binds them: NULL for a missing date or reference, ISO dates, 0/1 flags.
QVariant date(const QDate& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    const int y = value.year(), m = value.month(), d = value.day();
    if (y < 1000 || y > 9999)
        return value.toString(Qt::ISODate);
    // yyyy-MM-dd by hand: QDate::toString goes through QString::asprintf, a tenth of the run time.
    const char text[10] = {char('0' + y / 1000),
                           char('0' + y / 100 % 10),
                           char('0' + y / 10 % 10),
                           char('0' + y % 10),
                           '-',
                           char('0' + m / 10),
                           char('0' + m % 10),
                           '-',
                           char('0' + d / 10),
                           char('0' + d % 10)};
    return QString::fromLatin1(text, 10);
}
QVariant ref(Id id)
{
    return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant::fromValue<qint64>(id);
}
QVariant integer(qint64 value)
{
    return QVariant::fromValue<qint64>(value);
}
QVariant flag(bool value)
{
    return QVariant::fromValue<qint64>(value ? 1 : 0);
}

// Appends `value` as storage's audit JSON shows a column read back from SQLite (QJsonDocument,
// compact): integers, shortest round-trip reals, escaped text, null.
void appendJson(QString& out, const QVariant& value)
{
    if (value.isNull()) {
        out += u"null";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        out += QString::number(value.toLongLong());
        return;
    case QMetaType::Double:
        out += QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
        return;
    default:
        break;
    }
    const QString text = value.toString();
    out += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\"";
            break;
        case u'\\':
            out += u"\\\\";
            break;
        case u'\b':
            out += u"\\b";
            break;
        case u'\f':
            out += u"\\f";
            break;
        case u'\n':
            out += u"\\n";
            break;
        case u'\r':
            out += u"\\r";
            break;
        case u'\t':
            out += u"\\t";
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
}

// One table: a prepared INSERT reused for every row, and its audit row. SQLite reads the new id
// with last_insert_rowid (cheaper than RETURNING); PostgreSQL uses RETURNING id.
class Table final
{
public:
    Table(Database& db, QString table, QStringList columns, bool versioned)
        : m_table(std::move(table)), m_columns(std::move(columns)), m_versioned(versioned),
          m_returning(db.isPostgres()), m_insert(db)
    {
        QStringList marks;
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            marks << QStringLiteral("?");
        m_ok = m_insert.prepare(u"INSERT INTO " + m_table + u" (" + m_columns.join(u", ") + u") VALUES (" +
                                marks.join(u", ") + u")" + (m_returning ? u" RETURNING id" : u""));
        // The audit JSON lists the columns in key order, as QJsonObject does.
        m_order.append({QStringLiteral("id"), IdKey});
        if (m_versioned)
            m_order.append({QStringLiteral("version"), VersionKey});
        for (qsizetype i = 0; i < m_columns.size(); ++i)
            m_order.append({m_columns.at(i), int(i)});
        std::sort(m_order.begin(), m_order.end(),
                  [](const auto& a, const auto& b) { return a.first < b.first; });
    }

    bool prepared() const { return m_ok; }
    QString lastError() const { return m_insert.errorText(); }

    Result<Id> insert(const QVariantList& values, Statement& audit, const QVariant& at, const QVariant& user)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            m_insert.bind(int(i), values.at(i));
        if (!m_insert.exec())
            return failure(m_insert);
        const Id id = m_insert.insertedId();

        m_json.truncate(0);
        m_json += u'{';
        for (const auto& [key, index] : m_order) {
            if (m_json.size() > 1)
                m_json += u',';
            m_json += u'"' + key + u"\":";
            if (index == IdKey)
                m_json += QString::number(id);
            else if (index == VersionKey)
                m_json += u'1';
            else
                appendJson(m_json, values.at(index));
        }
        m_json += u'}';
        audit.bind(0, at);
        audit.bind(1, user);
        audit.bind(2, m_table);
        audit.bind(3, QVariant::fromValue<qint64>(id));
        audit.bind(4, m_json);
        if (!audit.exec())
            return failure(audit);
        return id;
    }

private:
    enum : int { IdKey = -1, VersionKey = -2 };

    Error failure(const Statement& statement) const
    {
        return Error{statement.constraintFailed() ? Error::Kind::Invalid : Error::Kind::Database,
                     StorageText::tr("Writing a %1 row failed: %2").arg(m_table, statement.errorText())};
    }

    QString m_table;
    QStringList m_columns;
    bool m_versioned;
    bool m_returning;
    Statement m_insert;
    bool m_ok = false;
    QList<std::pair<QString, int>> m_order;
    QString m_json;
};

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(u' ');
}

} // namespace

class BulkInserter::Impl final
{
public:
    explicit Impl(Database& db)
        : m_project(
              db, QStringLiteral("project"),
              columns("province_id county_id estate_id sector_id title investor permit_no permit_date "
                      "permit_expiry progress invested_rial remaining_rial planned_jobs capacity status "
                      "export_oriented expected_completion notes"),
              true),
          m_report(db, QStringLiteral("progress_report"),
                   columns("project_id report_date percent reported_by note"), false),
          m_unit(db, QStringLiteral("unit"),
                 columns("province_id county_id estate_id sector_id name operator_name licence_no status "
                         "idle_since capacity_use jobs_before jobs_restorable has_market justified "
                         "working_capital_rial fixed_capital_rial revival_path export_oriented notes"),
                 true),
          m_obstacle(db, QStringLiteral("obstacle"),
                     columns("owner_kind project_id unit_id obstacle_type description opened resolved"),
                     true),
          m_action(db, QStringLiteral("action"),
                   columns("owner_kind project_id unit_id action_type agency_id started finished amount_rial "
                           "status outcome"),
                   true),
          m_audit(db), m_at(db.clock().nowUtc().toUTC().toString(Qt::ISODateWithMs)), m_user(db.currentUser())
    {
        m_auditOk =
            m_audit.prepare(QStringLiteral("INSERT INTO audit (at, user_login, entity, entity_id, action, "
                                           "old_json, new_json) VALUES (?, ?, ?, ?, 'insert', NULL, ?)"));
    }

    Status prepared() const
    {
        for (const Table* table : {&m_project, &m_report, &m_unit, &m_obstacle, &m_action}) {
            if (!table->prepared())
                return Error{
                    Error::Kind::Database,
                    StorageText::tr("Could not prepare the bulk inserts: %1").arg(table->lastError())};
        }
        if (!m_auditOk)
            return Error{
                Error::Kind::Database,
                StorageText::tr("Could not prepare the bulk audit insert: %1").arg(m_audit.errorText())};
        return {};
    }

    Result<Id> insert(Project& p)
    {
        auto id = m_project.insert(
            {integer(p.provinceId), integer(p.countyId), ref(p.estateId), integer(p.sectorId), p.title,
             p.investor, p.permitNo, date(p.permitDate), date(p.permitExpiry), p.progress,
             integer(p.investedRial), integer(p.remainingRial), integer(p.plannedJobs), p.capacity,
             enumKey(p.status), flag(p.exportOriented), date(p.expectedCompletion), p.notes},
            m_audit, m_at, m_user);
        return stamp(p, id);
    }

    Result<Id> insert(ProgressReport& r)
    {
        auto id = m_report.insert({integer(r.projectId), date(r.date), r.percent, r.reportedBy, r.note},
                                  m_audit, m_at, m_user);
        if (id)
            r.id = *id;
        return id;
    }

    Result<Id> insert(IdleUnit& u)
    {
        auto id =
            m_unit.insert({integer(u.provinceId), integer(u.countyId), ref(u.estateId), integer(u.sectorId),
                           u.name, u.operatorName, u.licenceNo, enumKey(u.status), date(u.idleSince),
                           u.capacityUse, integer(u.jobsBefore), integer(u.jobsRestorable), flag(u.hasMarket),
                           flag(u.justified), integer(u.workingCapitalRial), integer(u.fixedCapitalRial),
                           enumKey(u.revivalPath), flag(u.exportOriented), u.notes},
                          m_audit, m_at, m_user);
        return stamp(u, id);
    }

    Result<Id> insert(Obstacle& o)
    {
        const bool onProject = o.ownerKind == OwnerKind::Project;
        auto id = m_obstacle.insert({enumKey(o.ownerKind), ref(onProject ? o.ownerId : 0),
                                     ref(onProject ? 0 : o.ownerId), enumKey(o.type), o.description,
                                     date(o.opened), date(o.resolved)},
                                    m_audit, m_at, m_user);
        return stamp(o, id);
    }

    Result<Id> insert(Action& a)
    {
        const bool onProject = a.ownerKind == OwnerKind::Project;
        auto id = m_action.insert({enumKey(a.ownerKind), ref(onProject ? a.ownerId : 0),
                                   ref(onProject ? 0 : a.ownerId), enumKey(a.type), ref(a.agencyId),
                                   date(a.started), date(a.finished), integer(a.amountRial),
                                   enumKey(a.status), a.outcome},
                                  m_audit, m_at, m_user);
        return stamp(a, id);
    }

    template <typename Record> static Result<Id> stamp(Record& record, const Result<Id>& id)
    {
        if (id) {
            record.id = *id;
            record.version = 1;
        }
        return id;
    }

    Table m_project, m_report, m_unit, m_obstacle, m_action;
    Statement m_audit;
    bool m_auditOk = false;
    QVariant m_at, m_user;
};

BulkInserter::BulkInserter(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
BulkInserter::~BulkInserter() = default;

Result<std::unique_ptr<BulkInserter>> BulkInserter::create(Database& db)
{
    auto impl = std::make_unique<Impl>(db);
    if (const Status status = impl->prepared(); !status)
        return status.error();
    return std::unique_ptr<BulkInserter>(new BulkInserter(std::move(impl)));
}

Result<Id> BulkInserter::insert(Project& project)
{
    return m_impl->insert(project);
}
Result<Id> BulkInserter::insert(ProgressReport& report)
{
    return m_impl->insert(report);
}
Result<Id> BulkInserter::insert(IdleUnit& unit)
{
    return m_impl->insert(unit);
}
Result<Id> BulkInserter::insert(Obstacle& obstacle)
{
    return m_impl->insert(obstacle);
}
Result<Id> BulkInserter::insert(Action& action)
{
    return m_impl->insert(action);
}

} // namespace ehya::storage
