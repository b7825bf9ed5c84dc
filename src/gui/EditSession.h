#pragma once

#include "DisplaySettings.h"
#include "core/Records.h"
#include "core/Result.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

class QUndoStack;

namespace ehya::storage {
class Database;
}

// Every edit of the officer's desk as an undo command (STYLE.md §9): saving a project or an idle
// unit (new or changed), deleting one (with its reports, obstacles and actions), adding a progress
// report, saving an obstacle or an action. A command writes through the audited repositories when
// it is done, undone and redone — undo works after the save, in the database. When the record
// changed in the database meanwhile (another officer, another window), the conflict resolver
// shows both versions and the person chooses; nothing is overwritten silently.
namespace ehya::gui {

// One field of a record in a conflict: its label and both values as people read them.
struct FieldVersions
{
    QString label;
    QString mine;
    QString theirs;
};

class EditSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditSession)

public:
    enum class Choice { KeepMine, KeepTheirs };
    // `what` names the record; `fields` lists every field, both versions.
    using ConflictResolver = std::function<Choice(const QString& what, const QList<FieldVersions>& fields)>;
    using ErrorReporter = std::function<void(const QString& text)>;

    explicit EditSession(QObject* parent = nullptr);
    ~EditSession() override;

    void setDatabase(storage::Database* db); // clears the undo history
    storage::Database* database() const { return m_db; }
    QUndoStack* undoStack() const { return m_stack; }
    void setConflictResolver(ConflictResolver resolver) { m_resolver = std::move(resolver); }
    void setErrorReporter(ErrorReporter reporter) { m_reportError = std::move(reporter); }
    void setDisplaySettings(const DisplaySettings& settings) { m_settings = settings; }
    const DisplaySettings& displaySettings() const { return m_settings; }

    // `before` is the record as the form opened it (id 0 for a new one). The result is the stored
    // record (id, version); an error when nothing was saved (invalid, refused, kept theirs).
    Result<Project> saveProject(const Project& before, const Project& after);
    Result<IdleUnit> saveUnit(const IdleUnit& before, const IdleUnit& after);
    Status deleteProject(Id id);
    Status deleteUnit(Id id);
    Result<ProgressReport> addReport(const ProgressReport& report);
    Result<Obstacle> saveObstacle(const Obstacle& before, const Obstacle& after);
    Result<Action> saveAction(const Action& before, const Action& after);

    // For the commands.
    Choice resolve(const QString& what, const QList<FieldVersions>& fields) const;
    void reportError(const QString& text) const;
    void notifyChanged(OwnerKind kind, Id id) { Q_EMIT recordChanged(kind, id); }
    void notifyRemoved(OwnerKind kind, Id id) { Q_EMIT recordRemoved(kind, id); }
    // The version this session last wrote to a record ("project", 12), so that a command undone
    // after later commands changed the same record does not take their write for someone else's.
    int knownVersion(const char* table, Id id, int fallback) const;
    void remember(const char* table, Id id, int version);
    // Remembers `after` only when `before` is the version this session knew (or it knew none):
    // a version that includes someone else's write must still meet a conflict on undo.
    void rememberIfOurs(const char* table, Id id, int before, int after);
    // A record that came back under a new id (undo of a delete, redo of an insert): later steps
    // that name the old id write to the new one.
    void moved(const char* table, Id from, Id to);
    Id currentId(const char* table, Id id) const;

Q_SIGNALS:
    // A project or unit, or one of its reports, obstacles or actions, was written.
    void recordChanged(OwnerKind kind, Id id);
    void recordRemoved(OwnerKind kind, Id id);

private:
    storage::Database* m_db = nullptr;
    QUndoStack* m_stack;
    ConflictResolver m_resolver;
    ErrorReporter m_reportError;
    DisplaySettings m_settings;
    QHash<QString, int> m_versions;
    QHash<QString, Id> m_moved;
};

} // namespace ehya::gui
