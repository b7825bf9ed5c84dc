#pragma once

#include "DisplaySettings.h"
#include "ReferenceData.h"
#include "core/Records.h"

#include <QObject>

class QWidget;

// The edit flows of the desk: open the form, and when it is accepted hand the record to the
// EditSession (an undo command). A refused save (a permit number taken, a record deleted
// meanwhile) is reported and the form stays open with what the officer typed.
namespace ehya::gui {

class EditSession;

class RecordEditor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecordEditor)

public:
    RecordEditor(EditSession& session, QWidget* parent);

    void setReferenceData(const ReferenceData& reference) { m_reference = reference; }
    const ReferenceData& referenceData() const { return m_reference; }
    void setDisplaySettings(const DisplaySettings& settings) { m_settings = settings; }

    // Each returns the id of the record saved, 0 when nothing was saved.
    Id newProject(Id provinceId = 0);
    Id editProject(Id id);
    Id newUnit(Id provinceId = 0);
    Id editUnit(Id id);
    Id addReport(Id projectId);
    bool deleteRecord(OwnerKind kind, Id id);                        // asks first
    Id editObstacle(const Obstacle& obstacle, bool resolve = false); // id 0: a new one
    Id editAction(const Action& action, bool close = false);

Q_SIGNALS:
    void error(const QString& title, const QString& text);

private:
    template <typename Form, typename Save> Id runForm(Form& form, Save save);

    EditSession& m_session;
    QWidget* m_parent;
    ReferenceData m_reference;
    DisplaySettings m_settings;
};

} // namespace ehya::gui
