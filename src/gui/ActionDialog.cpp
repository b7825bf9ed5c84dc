#include "ActionDialog.h"
#include "ui_ActionDialog.h"

#include "ReferenceCombos.h"
#include "core/Validation.h"

#include <QEvent>

namespace ehya::gui {

ActionDialog::ActionDialog(const ReferenceData& reference, const DisplaySettings& settings, QWidget* parent)
    : RecordDialog(parent), m_ui(std::make_unique<Ui::ActionDialog>()), m_reference(reference),
      m_settings(settings)
{
    m_ui->setupUi(this);
    setUpButtons(m_ui->buttonBox, m_ui->generalMessage);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->outcome->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    fillEnum<ActionType>(m_ui->type);
    fillEnum<ActionStatus>(m_ui->status);
    fillAgencies(m_ui->agency, m_reference, m_settings, tr("No agency"));
    for (DateEdit* date : {m_ui->started, m_ui->finished}) {
        date->setDisplaySettings(settings);
        date->setOptional(true);
    }
    m_ui->amount->setDisplaySettings(settings);
    fields().add(QStringLiteral("type"), m_ui->type);
    fields().add(QStringLiteral("agency"), m_ui->agency);
    fields().add(QStringLiteral("status"), m_ui->status);
    fields().add(QStringLiteral("started"), m_ui->started);
    fields().add(QStringLiteral("finished"), m_ui->finished);
    fields().add(QStringLiteral("amount_rial"), m_ui->amount);
    fields().add(QStringLiteral("outcome"), m_ui->outcome);
    watch(
        {m_ui->type, m_ui->agency, m_ui->status, m_ui->started, m_ui->finished, m_ui->amount, m_ui->outcome});
    setAction(Action{});
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::setAction(const Action& action, Mode mode)
{
    m_original = action;
    m_mode = mode;
    selectEnum(m_ui->type, action.type);
    selectId(m_ui->agency, action.agencyId);
    ActionStatus status = action.status;
    QDate finished = action.finished;
    if (mode == Mode::Close) {
        if (status != ActionStatus::Done && status != ActionStatus::Cancelled)
            status = ActionStatus::Done;
        if (!finished.isValid())
            finished = QDate::currentDate();
    }
    selectEnum(m_ui->status, status);
    m_ui->started->setDate(action.id == 0 && !action.started.isValid() ? QDate::currentDate()
                                                                       : action.started);
    m_ui->finished->setDate(finished);
    m_ui->amount->setRials(action.amountRial);
    m_ui->outcome->setPlainText(action.outcome);
    retranslate();
    revalidate();
    if (mode == Mode::Close)
        m_ui->outcome->setFocus();
    else
        m_ui->type->setFocus();
}

Action ActionDialog::action() const
{
    Action a = m_original;
    a.type = selectedEnum<ActionType>(m_ui->type);
    a.agencyId = selectedId(m_ui->agency);
    a.status = selectedEnum<ActionStatus>(m_ui->status);
    a.started = m_ui->started->date();
    a.finished = m_ui->finished->date();
    a.amountRial = m_ui->amount->rials().value_or(0);
    a.outcome = m_ui->outcome->toPlainText().trimmed();
    return a;
}

FieldErrors ActionDialog::problems() const
{
    FieldErrors typing;
    if (const QString error = m_ui->amount->inputError(); !error.isEmpty())
        typing.append({QStringLiteral("amount_rial"), error});
    return merge(typing, validate(action()));
}

void ActionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const ActionType type = selectedEnum<ActionType>(m_ui->type);
        const ActionStatus status = selectedEnum<ActionStatus>(m_ui->status);
        m_ui->retranslateUi(this);
        fillEnum<ActionType>(m_ui->type);
        selectEnum(m_ui->type, type);
        fillEnum<ActionStatus>(m_ui->status);
        selectEnum(m_ui->status, status);
        fillAgencies(m_ui->agency, m_reference, m_settings, tr("No agency"));
        retranslate();
    }
    RecordDialog::changeEvent(event);
}

void ActionDialog::retranslate()
{
    if (m_mode == Mode::Close)
        setWindowTitle(tr("Close action"));
    else
        setWindowTitle(m_original.id == 0 ? tr("New action") : tr("Edit action"));
}

} // namespace ehya::gui
