#pragma once

#include "DisplaySettings.h"
#include "engine/Explain.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace ehya::io {
struct RankReport;
}

// Why the selected item of the ranking ranks where it does, in plain sentences: its tier and why,
// its strongest and weakest criteria against the others, the points of each criterion as bars,
// and what would move it up (io::explainItem). The figures are the engine's.
namespace ehya::gui {

// One bar per criterion: the points the item got out of the criterion's share of 100.
class ContributionBars final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContributionBars)

public:
    struct Bar
    {
        QString name;
        double points = 0;
        double outOf = 0;
    };
    explicit ContributionBars(const DisplaySettings& settings, QWidget* parent = nullptr);
    void setBars(const QList<Bar>& bars);
    const QList<Bar>& bars() const { return m_bars; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    DisplaySettings m_settings;
    QList<Bar> m_bars;
};

class ExplanationCard final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExplanationCard)

public:
    explicit ExplanationCard(const DisplaySettings& settings, QWidget* parent = nullptr);

    // Explains the item at `position` of `report` (computing io::explainItem); nullptr clears.
    void showItem(const io::RankReport* report, std::size_t position);
    void clear();

    const std::optional<engine::Explanation>& explanation() const { return m_explanation; }
    QStringList lines() const { return m_lines; } // the sentences shown, in order
    ContributionBars* bars() const { return m_bars; }

private:
    DisplaySettings m_settings;
    std::optional<engine::Explanation> m_explanation;
    QStringList m_lines;
    QLabel* m_head = nullptr;
    QLabel* m_why = nullptr;
    QLabel* m_move = nullptr;
    QLabel* m_barsTitle = nullptr;
    ContributionBars* m_bars = nullptr;
};

} // namespace ehya::gui
