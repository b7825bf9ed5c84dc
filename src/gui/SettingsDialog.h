#pragma once

#include "DisplaySettings.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// Settings › Display: language, calendar, digits and money unit, with a live sample line
// ("۱۲٬۵۰۰ میلیارد تومان — ۱۴۰۳/۰۱/۰۱"). Choosing a language also chooses its calendar and
// digits (they can be changed after). The caller applies and stores the result
// (SettingsStore saveDisplaySettings); a new language rebuilds the whole window.
namespace ehya::gui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    explicit SettingsDialog(const DisplaySettings& settings, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    DisplaySettings settings() const; // the tier thresholds are kept from the given settings
    void setSettings(const DisplaySettings& settings);
    bool languageChanged() const; // the chosen language differs from the one given at construction
    QString sampleText() const;

    // The sample line of these settings: 12,500 billion toman and 1 Farvardin 1403 (2024-03-20).
    static QString sample(const DisplaySettings& settings);

private:
    void fillChoices();
    void languageChosen();
    void restoreDefaults();
    void updateSample();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    DisplaySettings m_initial;
    bool m_filling = false;
};

} // namespace ehya::gui
