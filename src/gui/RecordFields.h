#pragma once

#include "AuditText.h"
#include "DisplaySettings.h"
#include "core/Records.h"

#include <QCoreApplication>

class QFormLayout;

// The read-only fields of a record page: one "label: value" row per field of a project or an
// idle unit, formatted as the tables format them (calendar, digits, money unit).
namespace ehya::gui {

// The reading side of the settings' language, absolute: text of either script lines up on it.
Qt::Alignment leadingAlignment(const DisplaySettings& settings);

class RecordFields final
{
    Q_DECLARE_TR_FUNCTIONS(ehya::gui::RecordFields)

public:
    static void fillProject(QFormLayout* form, const Project& project, const DisplaySettings& settings,
                            const ReferenceNames& names);
    static void fillUnit(QFormLayout* form, const IdleUnit& unit, const DisplaySettings& settings,
                         const ReferenceNames& names);
    static void clear(QFormLayout* form);
};

} // namespace ehya::gui
