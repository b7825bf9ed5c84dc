#include "ReferenceDataDialog.h"

#include "TableFormat.h"
#include "core/Enums.h"
#include "storage/Repositories.h"
#include "ui_ReferenceDataDialog.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>

namespace ehya::gui {

ReferenceDataDialog::ReferenceDataDialog(storage::Database& db, const CurrentUser& user,
                                         const DisplaySettings& settings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ReferenceDataDialog>()), m_db(db), m_user(user),
      m_settings(settings)
{
    m_ui->setupUi(this);
    for (int k = 0; k < int(m_models.size()); ++k) {
        const auto kind = static_cast<ReferenceKind>(k);
        m_models[k] = new ReferenceTableModel(kind, settings, this);
        QTableView* table = view(kind);
        table->setModel(m_models[k]);
        // The two names share the width; the kind's own field takes what it needs.
        QHeaderView* header = table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(ReferenceTableModel::NameFa, QHeaderView::Stretch);
        header->setSectionResizeMode(ReferenceTableModel::NameEn, QHeaderView::Stretch);
        header->setSectionResizeMode(ReferenceTableModel::Detail, QHeaderView::ResizeToContents);
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &ReferenceDataDialog::fillForm);
    }
    // The ISIC division is two Latin or Persian digits.
    m_ui->isicEdit->setAccessibleName(ReferenceTableModel::detailTitle(ReferenceKind::Sector));
    m_ui->readOnlyNote->setVisible(!canEdit());

    connect(m_ui->kinds, &QTabWidget::currentChanged, this, &ReferenceDataDialog::kindChanged);
    connect(m_ui->newButton, &QPushButton::clicked, this, &ReferenceDataDialog::clearForm);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] { write(true); });
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { write(false); });
    connect(m_ui->nameFaEdit, &QLineEdit::textChanged, this, &ReferenceDataDialog::updateControls);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (auto loaded = reloadAll(); !loaded)
        m_ui->messageLabel->setText(loaded.error().message);
    kindChanged();
}

ReferenceDataDialog::~ReferenceDataDialog() = default;

QTableView* ReferenceDataDialog::view(ReferenceKind kind) const
{
    switch (kind) {
    case ReferenceKind::County:
        return m_ui->countiesView;
    case ReferenceKind::Estate:
        return m_ui->estatesView;
    case ReferenceKind::Sector:
        return m_ui->sectorsView;
    case ReferenceKind::Agency:
        return m_ui->agenciesView;
    }
    return nullptr;
}

ReferenceKind ReferenceDataDialog::currentKind() const
{
    return static_cast<ReferenceKind>(m_ui->kinds->currentIndex());
}

void ReferenceDataDialog::showKind(ReferenceKind kind)
{
    m_ui->kinds->setCurrentIndex(int(kind));
}

Status ReferenceDataDialog::reloadAll()
{
    storage::ReferenceRepository repository(m_db);
    for (ReferenceTableModel* model : m_models) {
        if (auto loaded = model->reload(repository); !loaded)
            return loaded;
    }
    return {};
}

int ReferenceDataDialog::selectedRow() const
{
    const QModelIndexList rows = view(currentKind())->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ReferenceDataDialog::loadChoices()
{
    QComboBox* combo = m_ui->detailCombo;
    combo->clear();
    storage::ReferenceRepository repository(m_db);
    switch (currentKind()) {
    case ReferenceKind::County:
        if (auto provinces = repository.provinces()) {
            for (const Province& p : *provinces)
                combo->addItem(pickName(m_settings, p.nameFa, p.nameEn), QVariant::fromValue<qint64>(p.id));
        }
        break;
    case ReferenceKind::Estate: {
        auto provinces = repository.provinces();
        auto counties = repository.counties();
        if (!provinces || !counties)
            break;
        QHash<Id, QString> provinceNames;
        for (const Province& p : *provinces)
            provinceNames.insert(p.id, pickName(m_settings, p.nameFa, p.nameEn));
        for (const County& c : *counties)
            combo->addItem(tr("%1 (%2)").arg(pickName(m_settings, c.nameFa, c.nameEn),
                                             provinceNames.value(c.provinceId)),
                           QVariant::fromValue<qint64>(c.id));
        break;
    }
    case ReferenceKind::Agency:
        for (const auto& entry : enumEntries<AgencyGroup>())
            combo->addItem(enumLabel(entry.value), int(entry.value));
        break;
    case ReferenceKind::Sector:
        break;
    }
}

void ReferenceDataDialog::kindChanged()
{
    const ReferenceKind kind = currentKind();
    const bool sector = kind == ReferenceKind::Sector;
    m_ui->detailLabel->setText(tr("%1:").arg(ReferenceTableModel::detailTitle(kind)));
    m_ui->detailLabel->setBuddy(sector ? static_cast<QWidget*>(m_ui->isicEdit) : m_ui->detailCombo);
    m_ui->detailCombo->setAccessibleName(ReferenceTableModel::detailTitle(kind));
    m_ui->detailCombo->setVisible(!sector);
    m_ui->isicEdit->setVisible(sector);
    loadChoices();
    fillForm();
}

void ReferenceDataDialog::fillForm()
{
    const int row = selectedRow();
    if (row < 0) {
        m_ui->nameFaEdit->clear();
        m_ui->nameEnEdit->clear();
        m_ui->isicEdit->clear();
        updateControls();
        return;
    }
    const ReferenceTableModel::Row& r = model(currentKind())->rowAt(row);
    m_ui->nameFaEdit->setText(r.nameFa);
    m_ui->nameEnEdit->setText(r.nameEn);
    m_ui->isicEdit->setText(withDigits(r.isic, m_settings.digits));
    const QVariant detail = currentKind() == ReferenceKind::Agency ? QVariant(int(r.group))
                                                                   : QVariant::fromValue<qint64>(r.parentId);
    if (currentKind() != ReferenceKind::Sector)
        m_ui->detailCombo->setCurrentIndex(m_ui->detailCombo->findData(detail));
    updateControls();
}

void ReferenceDataDialog::clearForm()
{
    view(currentKind())->clearSelection();
    m_ui->messageLabel->clear();
    fillForm();
    m_ui->nameFaEdit->setFocus();
}

void ReferenceDataDialog::updateControls()
{
    const bool editable = canEdit();
    for (QWidget* field : std::initializer_list<QWidget*>{m_ui->nameFaEdit, m_ui->nameEnEdit,
                                                          m_ui->detailCombo, m_ui->isicEdit, m_ui->newButton})
        field->setEnabled(editable);
    const bool named = !m_ui->nameFaEdit->text().trimmed().isEmpty();
    m_ui->addButton->setEnabled(editable && named);
    m_ui->saveButton->setEnabled(editable && named && selectedRow() >= 0);
}

void ReferenceDataDialog::write(bool adding)
{
    if (!canEdit())
        return;
    const int row = selectedRow();
    if (!adding && row < 0)
        return;
    const ReferenceKind kind = currentKind();
    const Id id = adding ? 0 : model(kind)->rowAt(row).id;
    const QString nameFa = m_ui->nameFaEdit->text().trimmed();
    const QString nameEn = m_ui->nameEnEdit->text().trimmed();
    const qint64 detail = m_ui->detailCombo->currentData().toLongLong();
    storage::ReferenceRepository repository(m_db);
    Status status;
    Id written = id;
    const auto save = [&](auto record) {
        if (adding) {
            auto added = repository.add(record);
            written = record.id;
            return added ? Status() : Status(added.error());
        }
        return repository.update(record);
    };
    switch (kind) {
    case ReferenceKind::County:
        status = save(County{id, Id(detail), nameFa, nameEn});
        break;
    case ReferenceKind::Estate:
        status = save(Estate{id, Id(detail), nameFa, nameEn});
        break;
    case ReferenceKind::Sector:
        status = save(Sector{id, toLatinDigits(m_ui->isicEdit->text().trimmed()), nameFa, nameEn});
        break;
    case ReferenceKind::Agency:
        status = save(Agency{id, nameFa, nameEn, static_cast<AgencyGroup>(detail)});
        break;
    }
    if (!status) {
        m_ui->messageLabel->setText(status.error().message);
        return;
    }
    m_changed = true;
    if (auto loaded = reloadAll(); !loaded) {
        m_ui->messageLabel->setText(loaded.error().message);
        return;
    }
    if (const int newRow = model(kind)->rowOfId(written); newRow >= 0) {
        // Through the selection model: QTableView::selectRow picks no cell in a right-to-left view
        // that is not laid out yet.
        const QModelIndex index = model(kind)->index(newRow, 0);
        view(kind)->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        view(kind)->scrollTo(index);
    }
    m_ui->messageLabel->setText(adding ? tr("%1 was added.").arg(nameFa)
                                       : tr("The changes to %1 were saved.").arg(nameFa));
}

} // namespace ehya::gui
