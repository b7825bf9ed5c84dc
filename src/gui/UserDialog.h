#pragma once

#include "CurrentUser.h"

#include <QDialog>

#include <memory>
#include <optional>

class QSettings;

namespace Ui {
class UserDialog;
}

namespace ehya::storage {
class Database;
}

// "Who is working?": the active users of the database (login, full name, role) to choose the one
// working now. A manager (the current user, given at construction) can also add a user, change a
// user's full name or role (a login is never renamed: the audit log keeps it), and deactivate a user;
// an officer sees those controls disabled.
// The writes go through storage::ReferenceRepository, audited under db.currentUser().
namespace ehya::gui {

class UserTableModel;

class UserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserDialog)

public:
    // `current` is who works now (invalid on first open: the row of the OS login is preselected
    // when there is one).
    UserDialog(storage::Database& db, const CurrentUser& current, QWidget* parent = nullptr);
    ~UserDialog() override;

    CurrentUser chosenUser() const; // the selected user; invalid when none is selected
    bool canManage() const { return m_current.isManager(); }
    UserTableModel* model() const { return m_model; }

    // Shows the dialog; on OK makes the choice the current user (startWorkingAs) and returns it.
    static std::optional<CurrentUser> ask(storage::Database& db, QSettings& settings,
                                          const CurrentUser& current, QWidget* parent = nullptr);

private:
    void reload(const QString& selectLogin);
    void selectionChanged();
    void addUser();
    void saveUser();
    void deactivateUser();
    void updateControls();
    void showMessage(const QString& text);
    std::optional<User> selectedUser() const;

    std::unique_ptr<Ui::UserDialog> m_ui;
    storage::Database& m_db;
    CurrentUser m_current;
    UserTableModel* m_model = nullptr;
};

} // namespace ehya::gui
