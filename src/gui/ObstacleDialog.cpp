#include "ObstacleDialog.h"
#include "ui_ObstacleDialog.h"

#include "ReferenceCombos.h"
#include "core/Validation.h"

#include <QEvent>

namespace ehya::gui {

ObstacleDialog::ObstacleDialog(const DisplaySettings& settings, QWidget* parent)
    : RecordDialog(parent), m_ui(std::make_unique<Ui::ObstacleDialog>())
{
    m_ui->setupUi(this);
    setUpButtons(m_ui->buttonBox, m_ui->generalMessage);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->description->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    fillEnum<ObstacleType>(m_ui->type);
    m_ui->opened->setDisplaySettings(settings);
    m_ui->opened->setOptional(false);
    m_ui->resolved->setDisplaySettings(settings);
    m_ui->resolved->setOptional(true);
    fields().add(QStringLiteral("type"), m_ui->type);
    fields().add(QStringLiteral("description"), m_ui->description);
    fields().add(QStringLiteral("opened"), m_ui->opened);
    fields().add(QStringLiteral("resolved"), m_ui->resolved);
    watch({m_ui->type, m_ui->description, m_ui->opened, m_ui->resolved});
    setObstacle(Obstacle{});
}

ObstacleDialog::~ObstacleDialog() = default;

void ObstacleDialog::setObstacle(const Obstacle& obstacle, Mode mode)
{
    m_original = obstacle;
    m_mode = mode;
    selectEnum(m_ui->type, obstacle.type);
    m_ui->description->setPlainText(obstacle.description);
    m_ui->opened->setDate(obstacle.opened.isValid() ? obstacle.opened : QDate::currentDate());
    m_ui->resolved->setDate(obstacle.resolved.isValid() || mode != Mode::Resolve ? obstacle.resolved
                                                                                 : QDate::currentDate());
    retranslate();
    revalidate();
    if (mode == Mode::Resolve)
        m_ui->resolved->setFocus();
    else
        m_ui->type->setFocus();
}

Obstacle ObstacleDialog::obstacle() const
{
    Obstacle o = m_original;
    o.type = selectedEnum<ObstacleType>(m_ui->type);
    o.description = m_ui->description->toPlainText().trimmed();
    o.opened = m_ui->opened->date();
    o.resolved = m_ui->resolved->date();
    return o;
}

FieldErrors ObstacleDialog::problems() const
{
    return validate(obstacle());
}

void ObstacleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const ObstacleType type = selectedEnum<ObstacleType>(m_ui->type);
        m_ui->retranslateUi(this);
        fillEnum<ObstacleType>(m_ui->type);
        selectEnum(m_ui->type, type);
        retranslate();
    }
    RecordDialog::changeEvent(event);
}

void ObstacleDialog::retranslate()
{
    if (m_mode == Mode::Resolve)
        setWindowTitle(tr("Resolve obstacle"));
    else
        setWindowTitle(m_original.id == 0 ? tr("New obstacle") : tr("Edit obstacle"));
}

} // namespace ehya::gui
