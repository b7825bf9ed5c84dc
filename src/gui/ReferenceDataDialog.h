#pragma once

#include "CurrentUser.h"
#include "DisplaySettings.h"
#include "ReferenceTableModel.h"

#include <QDialog>

#include <array>
#include <memory>

class QTableView;

namespace Ui {
class ReferenceDataDialog;
}

namespace ehya::storage {
class Database;
}

// Reference data › counties, industrial estates, sectors and agencies, one tab each. A manager
// adds rows and edits (renames) them in the form under the table, through
// storage::ReferenceRepository (validated, audited under db.currentUser()); an officer reads them
// with the form disabled and a note saying why. Rows are not deleted here: records refer to them.
namespace ehya::gui {

class ReferenceDataDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReferenceDataDialog)

public:
    ReferenceDataDialog(storage::Database& db, const CurrentUser& user, const DisplaySettings& settings,
                        QWidget* parent = nullptr);
    ~ReferenceDataDialog() override;

    bool canEdit() const { return m_user.isManager(); }
    // True once something was written: the caller reloads what shows reference names.
    bool changed() const { return m_changed; }

    ReferenceKind currentKind() const;
    void showKind(ReferenceKind kind);
    ReferenceTableModel* model(ReferenceKind kind) const { return m_models.at(int(kind)); }
    QTableView* view(ReferenceKind kind) const;

private:
    void loadChoices();
    void kindChanged();
    void fillForm();
    void clearForm();
    void updateControls();
    void write(bool adding);
    Status reloadAll();
    int selectedRow() const;

    std::unique_ptr<Ui::ReferenceDataDialog> m_ui;
    storage::Database& m_db;
    CurrentUser m_user;
    DisplaySettings m_settings;
    std::array<ReferenceTableModel*, 4> m_models{};
    bool m_changed = false;
};

} // namespace ehya::gui
