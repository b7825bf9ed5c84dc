#include "RankingText.h"

#include "core/Enums.h"
#include "core/Records.h"
#include "TableFormat.h"

namespace ehya::gui {

QString RankingText::criterion(engine::Kind kind, std::size_t c)
{
    static const char* const projectNames[] = {QT_TR_NOOP("cost per job"), QT_TR_NOOP("physical progress"),
                                               QT_TR_NOOP("remaining investment"), QT_TR_NOOP("planned jobs"),
                                               QT_TR_NOOP("export-oriented")};
    static const char* const unitNames[] = {QT_TR_NOOP("cost per job"), QT_TR_NOOP("restart cost"),
                                            QT_TR_NOOP("jobs restorable"), QT_TR_NOOP("months idle"),
                                            QT_TR_NOOP("export-oriented")};
    if (c >= engine::kCriteria)
        return {};
    return tr(kind == engine::Kind::Project ? projectNames[c] : unitNames[c]);
}

QString RankingText::plan(engine::PlanMode mode)
{
    return mode == engine::PlanMode::Policy ? tr("policy order") : tr("most jobs");
}

QString RankingText::kind(engine::Kind kind)
{
    return kind == engine::Kind::Project ? tr("Half-finished projects") : tr("Idle units");
}

int RankingText::stateCount(engine::Kind kind)
{
    return kind == engine::Kind::Project ? 4 : 5;
}

QString RankingText::state(engine::Kind kind, int state)
{
    if (kind == engine::Kind::Project)
        return enumLabel(static_cast<ProjectStatus>(state));
    return enumLabel(static_cast<UnitStatus>(state));
}

QString RankingText::otherPlanSentence(const DisplaySettings& s, engine::PlanMode mode, qint64 jobs,
                                       qint64 otherJobs)
{
    const qint64 more = otherJobs - jobs; // what the other mode brings over this one
    const QString n = formatCountCell(s, more < 0 ? -more : more);
    if (mode == engine::PlanMode::Policy) {
        if (more > 0)
            return tr("Choosing for the most jobs would restore %1 more jobs with the same money.").arg(n);
        if (more < 0)
            return tr("Choosing for the most jobs would restore %1 fewer jobs with the same money.").arg(n);
        return tr("Choosing for the most jobs would restore as many jobs with the same money.");
    }
    if (more < 0)
        return tr("The policy order would restore %1 fewer jobs with the same money.").arg(n);
    if (more > 0)
        return tr("The policy order would restore %1 more jobs with the same money.").arg(n);
    return tr("The policy order would restore as many jobs with the same money.");
}

QString RankingText::decimal(const DisplaySettings& s, double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals); // fixed, so that a column lines up
    if (s.digits == Digits::Persian)
        text = toPersianDigits(text.replace(u'.', QChar(0x066B)));
    return text;
}

} // namespace ehya::gui
