#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ehya::storage {
class Database;
struct AuditEntry;
} // namespace ehya::storage

// Audit rows in words: what happened ("Changed the project", "Added an obstacle") and which
// fields changed ("progress: 48.5% → 77%"), from storage::AuditEntry's before/after JSON. Values
// are shown as the tables show them: dates in the user's calendar, money in the chosen unit,
// enum keys as labels, reference ids as names.
namespace ehya::gui {

// Reference names in the display language, by id: what audit JSON stores for references.
struct ReferenceNames
{
    QHash<Id, QString> provinces;
    QHash<Id, QString> counties;
    QHash<Id, QString> estates;
    QHash<Id, QString> sectors;
    QHash<Id, QString> agencies;

    static Result<ReferenceNames> load(storage::Database& db, const DisplaySettings& settings);
};

class AuditText final
{
    Q_DECLARE_TR_FUNCTIONS(ehya::gui::AuditText)

public:
    AuditText(const DisplaySettings& settings, const ReferenceNames& names)
        : m_settings(settings), m_names(names)
    {
    }

    // "Changed the project", "Added a progress report", "Deleted an obstacle", ...
    static QString what(const QString& entity, const QString& action);
    // The columns whose value differs between before and after (bookkeeping columns left out).
    static QStringList changedColumns(const storage::AuditEntry& entry);
    // Updates: "label: old → new" for each changed column. Inserts and deletes of child records
    // (reports, obstacles, actions): "label: value" of their main fields. Project and unit
    // inserts and deletes: nothing (what() says it all).
    QStringList changes(const storage::AuditEntry& entry) const;

    static QString columnLabel(const QString& column); // "progress", "remaining investment", ...
    QString formatValue(const QString& entity, const QString& column, const QJsonValue& value) const;

private:
    DisplaySettings m_settings;
    ReferenceNames m_names;
};

} // namespace ehya::gui
