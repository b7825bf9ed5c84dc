#include "UserDialog.h"

#include "UserTableModel.h"
#include "core/Enums.h"
#include "storage/Repositories.h"
#include "ui_UserDialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>

namespace ehya::gui {

UserDialog::UserDialog(storage::Database& db, const CurrentUser& current, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserDialog>()), m_db(db), m_current(current),
      m_model(new UserTableModel(this))
{
    m_ui->setupUi(this);
    m_ui->usersView->setModel(m_model);
    m_ui->usersView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->usersView->horizontalHeader()->setStretchLastSection(true);
    for (const auto& entry : enumEntries<Role>())
        m_ui->roleCombo->addItem(enumLabel(entry.value), int(entry.value));
    // Logins are Latin: typed and read left to right in both languages.
    m_ui->loginEdit->setLayoutDirection(Qt::LeftToRight);

    connect(m_ui->usersView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UserDialog::selectionChanged);
    connect(m_ui->usersView, &QAbstractItemView::doubleClicked, this, [this] {
        if (chosenUser().isValid())
            accept();
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, &UserDialog::addUser);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &UserDialog::saveUser);
    connect(m_ui->deactivateButton, &QPushButton::clicked, this, &UserDialog::deactivateUser);
    for (QLineEdit* edit : {m_ui->loginEdit, m_ui->fullNameEdit})
        connect(edit, &QLineEdit::textChanged, this, &UserDialog::updateControls);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reload(current.isValid() ? current.login : systemLogin());
}

UserDialog::~UserDialog() = default;

std::optional<CurrentUser> UserDialog::ask(storage::Database& db, QSettings& settings,
                                           const CurrentUser& current, QWidget* parent)
{
    UserDialog dialog(db, current, parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.chosenUser().isValid())
        return std::nullopt;
    startWorkingAs(db, settings, dialog.chosenUser());
    return dialog.chosenUser();
}

std::optional<User> UserDialog::selectedUser() const
{
    const QModelIndexList rows = m_ui->usersView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->userAt(rows.first().row());
}

CurrentUser UserDialog::chosenUser() const
{
    const auto user = selectedUser();
    return user ? CurrentUser::fromUser(*user) : CurrentUser{};
}

void UserDialog::reload(const QString& selectLogin)
{
    storage::ReferenceRepository repository(m_db);
    if (auto loaded = m_model->reload(repository); !loaded)
        showMessage(loaded.error().message);
    // The current user's role may have changed (a manager who made themselves an officer).
    if (const int row = m_model->rowOfLogin(m_current.login); row >= 0)
        m_current = CurrentUser::fromUser(m_model->userAt(row));
    const int row = m_model->rowOfLogin(selectLogin);
    if (row >= 0) {
        // Through the selection model: QTableView::selectRow picks no cell in a right-to-left view
        // that is not laid out yet.
        const QModelIndex index = m_model->index(row, 0);
        m_ui->usersView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                      QItemSelectionModel::Rows);
        m_ui->usersView->scrollTo(index);
    } else
        selectionChanged();
}

void UserDialog::selectionChanged()
{
    if (const auto user = selectedUser()) {
        m_ui->loginEdit->setText(user->login);
        m_ui->fullNameEdit->setText(user->fullName);
        m_ui->roleCombo->setCurrentIndex(m_ui->roleCombo->findData(int(user->role)));
    }
    updateControls();
}

void UserDialog::updateControls()
{
    const bool manager = canManage();
    m_ui->managerNote->setVisible(!manager);
    for (QWidget* control :
         {static_cast<QWidget*>(m_ui->loginEdit), static_cast<QWidget*>(m_ui->fullNameEdit),
          static_cast<QWidget*>(m_ui->roleCombo)})
        control->setEnabled(manager);
    // A login is never renamed (the audit log keeps it): a new login in the field adds a user, the
    // selected user's login saves the full name and role.
    const auto selected = selectedUser();
    const QString login = m_ui->loginEdit->text().trimmed();
    const bool known = m_model->rowOfLogin(login) >= 0;
    m_ui->addButton->setEnabled(manager && !login.isEmpty() && !known);
    m_ui->saveButton->setEnabled(manager && selected &&
                                 selected->login.compare(login, Qt::CaseInsensitive) == 0);
    // Nobody deactivates the user working now.
    m_ui->deactivateButton->setEnabled(manager && selected && selected->login != m_current.login);

    const CurrentUser chosen = chosenUser();
    QPushButton* ok = m_ui->buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(chosen.isValid());
    ok->setText(chosen.isValid() ? tr("&Work as %1").arg(chosen.displayName()) : tr("OK"));
}

void UserDialog::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
}

void UserDialog::addUser()
{
    User user;
    user.login = m_ui->loginEdit->text().trimmed();
    user.fullName = m_ui->fullNameEdit->text().trimmed();
    user.role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    storage::ReferenceRepository repository(m_db);
    if (auto added = repository.add(user); !added) {
        showMessage(added.error().message);
        return;
    }
    showMessage(tr("%1 was added.").arg(user.login));
    reload(user.login);
}

void UserDialog::saveUser()
{
    auto user = selectedUser();
    if (!user)
        return;
    user->fullName = m_ui->fullNameEdit->text().trimmed();
    user->role = static_cast<Role>(m_ui->roleCombo->currentData().toInt());
    storage::ReferenceRepository repository(m_db);
    if (auto saved = repository.update(*user); !saved) {
        showMessage(saved.error().message);
        return;
    }
    showMessage(tr("The changes to %1 were saved.").arg(user->login));
    reload(user->login);
}

void UserDialog::deactivateUser()
{
    auto user = selectedUser();
    if (!user)
        return;
    user->active = false;
    storage::ReferenceRepository repository(m_db);
    if (auto saved = repository.update(*user); !saved) {
        showMessage(saved.error().message);
        return;
    }
    showMessage(tr("%1 was deactivated and can no longer be chosen.").arg(user->login));
    reload(m_current.login);
}

} // namespace ehya::gui
