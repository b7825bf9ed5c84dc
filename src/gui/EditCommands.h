#pragma once

#include "EditSession.h"

#include <QUndoCommand>

// The undo commands of EditSession. Each is pushed after its first write succeeded (the first
// redo does nothing); undo and redo write again through the repositories. A command whose write
// fails or is given up in a conflict marks itself obsolete, and QUndoStack drops it.
namespace ehya::gui::detail {

// Saving a record, new (before.id == 0) or changed. Project, IdleUnit, Obstacle, Action.
template <typename R> class SaveCommand final : public QUndoCommand
{
public:
    SaveCommand(EditSession& session, const R& before, const R& stored, const QString& text);
    void undo() override;
    void redo() override;

private:
    void finish(const Result<R>& written);

    EditSession& m_session;
    R m_before;  // the content before the edit (id 0: it did not exist)
    R m_after;   // the content the edit saved
    R m_current; // what the database holds as far as this command knows (id, version)
    bool m_exists = true;
    bool m_first = true;
};

// Deleting a project or an idle unit together with its reports, obstacles and actions.
template <typename R> class DeleteCommand final : public QUndoCommand
{
public:
    DeleteCommand(EditSession& session, const R& record, QList<ProgressReport> reports,
                  QList<Obstacle> obstacles, QList<Action> actions, const QString& text);
    void undo() override;
    void redo() override;

private:
    Status restore();

    EditSession& m_session;
    R m_record;
    QList<ProgressReport> m_reports;
    QList<Obstacle> m_obstacles;
    QList<Action> m_actions;
    bool m_first = true;
};

// A progress report; undoing it also gives the project back the progress it had, unless someone
// changed the progress since.
class AddReportCommand final : public QUndoCommand
{
public:
    AddReportCommand(EditSession& session, const ProgressReport& report, double progressBefore,
                     const QString& text);
    void undo() override;
    void redo() override;

private:
    EditSession& m_session;
    ProgressReport m_report;
    double m_progressBefore;
    bool m_first = true;
};

} // namespace ehya::gui::detail
