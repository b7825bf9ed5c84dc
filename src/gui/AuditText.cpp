#include "AuditText.h"

#include "TableFormat.h"
#include "core/Enums.h"
#include "storage/Repositories.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSet>

namespace ehya::gui {

namespace {

QJsonObject parse(const QString& json)
{
    return json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(json.toUtf8()).object();
}

bool isBookkeeping(const QString& column)
{
    static const QSet<QString> skipped = {QStringLiteral("id"), QStringLiteral("version"),
                                          QStringLiteral("owner_kind"), QStringLiteral("project_id"),
                                          QStringLiteral("unit_id")};
    return skipped.contains(column);
}

template <typename E> QString enumText(const QJsonValue& value)
{
    const QString key = value.toString();
    const auto parsed = enumFromText<E>(key);
    return parsed ? enumLabel(*parsed) : key;
}

// A value of the other script keeps its place in the sentence (Unicode first-strong isolate).
QString isolated(const QString& text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

QString shortened(const QString& text)
{
    constexpr int kMax = 60;
    const QString simple = text.simplified();
    return simple.size() <= kMax ? simple : simple.left(kMax - 1) + QChar(0x2026);
}

// The main fields of a child record, named when it is added or deleted.
QStringList mainColumns(const QString& entity)
{
    if (entity == QLatin1String("progress_report"))
        return {QStringLiteral("report_date"), QStringLiteral("percent"), QStringLiteral("note")};
    if (entity == QLatin1String("obstacle"))
        return {QStringLiteral("obstacle_type"), QStringLiteral("opened"), QStringLiteral("resolved"),
                QStringLiteral("description")};
    if (entity == QLatin1String("action"))
        return {QStringLiteral("action_type"), QStringLiteral("agency_id"), QStringLiteral("started"),
                QStringLiteral("amount_rial"), QStringLiteral("status")};
    return {};
}

} // namespace

Result<ReferenceNames> ReferenceNames::load(storage::Database& db, const DisplaySettings& settings)
{
    storage::ReferenceRepository refs(db);
    ReferenceNames names;
    auto provinces = refs.provinces();
    if (!provinces)
        return provinces.error();
    for (const Province& p : *provinces)
        names.provinces.insert(p.id, pickName(settings, p.nameFa, p.nameEn));
    auto counties = refs.counties();
    if (!counties)
        return counties.error();
    for (const County& c : *counties)
        names.counties.insert(c.id, pickName(settings, c.nameFa, c.nameEn));
    auto estates = refs.estates();
    if (!estates)
        return estates.error();
    for (const Estate& e : *estates)
        names.estates.insert(e.id, pickName(settings, e.nameFa, e.nameEn));
    auto sectors = refs.sectors();
    if (!sectors)
        return sectors.error();
    for (const Sector& s : *sectors)
        names.sectors.insert(s.id, pickName(settings, s.nameFa, s.nameEn));
    auto agencies = refs.agencies();
    if (!agencies)
        return agencies.error();
    for (const Agency& a : *agencies)
        names.agencies.insert(a.id, pickName(settings, a.nameFa, a.nameEn));
    return names;
}

QString AuditText::what(const QString& entity, const QString& action)
{
    const bool insert = action == QLatin1String("insert");
    const bool remove = action == QLatin1String("delete");
    if (entity == QLatin1String("project"))
        return insert   ? tr("Created the project")
               : remove ? tr("Deleted the project")
                        : tr("Changed the project");
    if (entity == QLatin1String("unit"))
        return insert ? tr("Created the unit") : remove ? tr("Deleted the unit") : tr("Changed the unit");
    if (entity == QLatin1String("progress_report"))
        return insert   ? tr("Added a progress report")
               : remove ? tr("Deleted a progress report")
                        : tr("Changed a progress report");
    if (entity == QLatin1String("obstacle"))
        return insert   ? tr("Added an obstacle")
               : remove ? tr("Deleted an obstacle")
                        : tr("Changed an obstacle");
    if (entity == QLatin1String("action"))
        return insert ? tr("Added an action") : remove ? tr("Deleted an action") : tr("Changed an action");
    return entity + u' ' + action;
}

QStringList AuditText::changedColumns(const storage::AuditEntry& entry)
{
    const QJsonObject before = parse(entry.oldJson);
    const QJsonObject after = parse(entry.newJson);
    QStringList out;
    for (auto it = after.begin(); it != after.end(); ++it) {
        if (!isBookkeeping(it.key()) && before.contains(it.key()) && before.value(it.key()) != it.value())
            out << it.key();
    }
    return out;
}

QStringList AuditText::changes(const storage::AuditEntry& entry) const
{
    const QString arrow = QStringLiteral(" \u2192 ");
    QStringList out;
    if (entry.action == QLatin1String("update")) {
        const QJsonObject before = parse(entry.oldJson);
        const QJsonObject after = parse(entry.newJson);
        for (const QString& column : changedColumns(entry))
            out << columnLabel(column) + QStringLiteral(": ") +
                       formatValue(entry.entity, column, before.value(column)) + arrow +
                       formatValue(entry.entity, column, after.value(column));
        if (out.isEmpty()) // saved again as it was: only the version moved
            out << tr("saved with no change");
        return out;
    }
    const QJsonObject record = parse(entry.action == QLatin1String("delete") ? entry.oldJson : entry.newJson);
    for (const QString& column : mainColumns(entry.entity)) {
        const QJsonValue value = record.value(column);
        if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
            continue;
        out << columnLabel(column) + QStringLiteral(": ") + formatValue(entry.entity, column, value);
    }
    return out;
}

QString AuditText::columnLabel(const QString& column)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("province_id"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "province")},
        {QStringLiteral("county_id"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "county")},
        {QStringLiteral("estate_id"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "industrial estate")},
        {QStringLiteral("sector_id"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "sector")},
        {QStringLiteral("title"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "title")},
        {QStringLiteral("investor"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "investor")},
        {QStringLiteral("permit_no"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "permit number")},
        {QStringLiteral("permit_date"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "permit date")},
        {QStringLiteral("permit_expiry"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "permit expiry")},
        {QStringLiteral("progress"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "progress")},
        {QStringLiteral("invested_rial"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "invested")},
        {QStringLiteral("remaining_rial"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "remaining investment")},
        {QStringLiteral("planned_jobs"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "planned jobs")},
        {QStringLiteral("capacity"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "capacity")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "status")},
        {QStringLiteral("export_oriented"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "export-oriented")},
        {QStringLiteral("expected_completion"),
         QT_TRANSLATE_NOOP("ehya::gui::AuditText", "expected completion")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "notes")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "name")},
        {QStringLiteral("operator_name"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "operator")},
        {QStringLiteral("licence_no"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "licence number")},
        {QStringLiteral("idle_since"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "idle since")},
        {QStringLiteral("capacity_use"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "capacity use")},
        {QStringLiteral("jobs_before"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "jobs before")},
        {QStringLiteral("jobs_restorable"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "restorable jobs")},
        {QStringLiteral("has_market"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "has a market")},
        {QStringLiteral("justified"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "economically justified")},
        {QStringLiteral("working_capital_rial"),
         QT_TRANSLATE_NOOP("ehya::gui::AuditText", "working capital")},
        {QStringLiteral("fixed_capital_rial"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "fixed capital")},
        {QStringLiteral("revival_path"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "revival path")},
        {QStringLiteral("report_date"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "date")},
        {QStringLiteral("percent"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "progress")},
        {QStringLiteral("reported_by"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "reported by")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "note")},
        {QStringLiteral("obstacle_type"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "obstacle")},
        {QStringLiteral("description"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "description")},
        {QStringLiteral("opened"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "opened")},
        {QStringLiteral("resolved"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "resolved")},
        {QStringLiteral("action_type"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "action")},
        {QStringLiteral("agency_id"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "agency")},
        {QStringLiteral("started"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "started")},
        {QStringLiteral("finished"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "finished")},
        {QStringLiteral("amount_rial"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "amount")},
        {QStringLiteral("outcome"), QT_TRANSLATE_NOOP("ehya::gui::AuditText", "outcome")},
    };
    const auto it = labels.constFind(column);
    return it == labels.constEnd() ? column : tr(it.value());
}

QString AuditText::formatValue(const QString& entity, const QString& column, const QJsonValue& value) const
{
    const QString none = QStringLiteral("\u2014");
    if (value.isNull() || value.isUndefined())
        return none;
    const auto name = [&](const QHash<Id, QString>& names) {
        const Id id = value.toInteger();
        return isolated(names.value(id, formatCountCell(m_settings, id)));
    };
    if (column == QLatin1String("province_id"))
        return name(m_names.provinces);
    if (column == QLatin1String("county_id"))
        return name(m_names.counties);
    if (column == QLatin1String("estate_id"))
        return name(m_names.estates);
    if (column == QLatin1String("sector_id"))
        return name(m_names.sectors);
    if (column == QLatin1String("agency_id"))
        return name(m_names.agencies);
    if (column.endsWith(QLatin1String("_rial")))
        return formatMoneyCell(m_settings, value.toInteger(), true);
    if (column == QLatin1String("progress") || column == QLatin1String("percent") ||
        column == QLatin1String("capacity_use"))
        return formatPercentCell(m_settings, value.toDouble());
    if (column == QLatin1String("planned_jobs") || column.startsWith(QLatin1String("jobs_")))
        return formatCountCell(m_settings, value.toInteger());
    if (column == QLatin1String("export_oriented") || column == QLatin1String("has_market") ||
        column == QLatin1String("justified"))
        return value.toVariant().toBool() ? tr("yes") : tr("no");
    static const QSet<QString> dates = {
        QStringLiteral("permit_date"), QStringLiteral("permit_expiry"), QStringLiteral("expected_completion"),
        QStringLiteral("idle_since"),  QStringLiteral("report_date"),   QStringLiteral("opened"),
        QStringLiteral("resolved"),    QStringLiteral("started"),       QStringLiteral("finished")};
    if (dates.contains(column)) {
        const QDate date = QDate::fromString(value.toString().left(10), Qt::ISODate);
        return date.isValid() ? formatDateCell(m_settings, date) : value.toString();
    }
    if (column == QLatin1String("status")) {
        if (entity == QLatin1String("unit"))
            return enumText<UnitStatus>(value);
        if (entity == QLatin1String("action"))
            return enumText<ActionStatus>(value);
        return enumText<ProjectStatus>(value);
    }
    if (column == QLatin1String("revival_path"))
        return enumText<RevivalPath>(value);
    if (column == QLatin1String("obstacle_type"))
        return enumText<ObstacleType>(value);
    if (column == QLatin1String("action_type"))
        return enumText<ActionType>(value);
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (text.isEmpty())
        return none;
    return m_settings.persian()
               ? QStringLiteral("\u00AB") + isolated(shortened(text)) + QStringLiteral("\u00BB")
               : QStringLiteral("\u201C") + isolated(shortened(text)) + QStringLiteral("\u201D");
}

} // namespace ehya::gui
