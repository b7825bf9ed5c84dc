// The ranking view while the report changes under it: the model lets its rows go before the
// report changes, a budget the field no longer shows is never used, the plan comparison is worded
// by its sign (see TestGuiRanking.cpp for the view's main behaviour).
#include "RankingFixture.h"
#include "gui/CompareDialog.h"
#include "gui/ExplanationCard.h"
#include "gui/MoneyEdit.h"
#include "gui/RankingModel.h"
#include "gui/RankingText.h"
#include "gui/RankingView.h"
#include "gui/ScenarioPanel.h"
#include "io/Dashboard.h"
#include "io/RankCompare.h"
#include "storage/Scenarios.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTranslator>

using namespace ehya;
using namespace Qt::StringLiterals;
using gui::RankingModel;

using test::idsOf;
using test::kThousandBillionToman;
using test::RankingFixture;

namespace {

// The rows as the model serves them: ids and funding marks.
QStringList rowsOf(const QAbstractItemModel& model)
{
    QStringList rows;
    for (int r = 0; r < model.rowCount(); ++r)
        rows << QString::number(model.index(r, 0).data(gui::IdRole).toLongLong()) + u':' +
                    model.index(r, RankingModel::Funded).data(gui::FundingRole).toString();
    return rows;
}

// The Persian of resources/translations/fa_*.json (source text -> Persian) as a translator.
class JsonTranslator final : public QTranslator
{
public:
    explicit JsonTranslator(const QStringList& names)
    {
        for (const QString& name : names) {
            QFile file(QStringLiteral(EHYA_SOURCE_DIR "/resources/translations/") + name);
            REQUIRE(file.open(QIODevice::ReadOnly));
            m_texts.insert(QJsonDocument::fromJson(file.readAll()).object().toVariantHash());
        }
        REQUIRE(!m_texts.isEmpty());
    }
    QString translate(const char*, const char* source, const char*, int) const override
    {
        return m_texts.value(QString::fromUtf8(source)).toString();
    }
    bool isEmpty() const override { return false; }

private:
    QVariantHash m_texts;
};

bool hasLatinLetter(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); });
}

} // namespace

TEST_CASE("a re-rank or re-plan never changes the rows the model still serves", "[gui][ranking][model]")
{
    RankingFixture f;
    gui::RankingView view(*f.db, f.settings, f.user(Role::Manager));
    view.setProvince(f.eastAzerbaijan);
    // What the views last saw must still be what the model serves when it announces a reset.
    QStringList seen = rowsOf(*view.model());
    int stale = 0, resets = 0;
    const auto aboutToReset = QObject::connect(view.model(), &QAbstractItemModel::modelAboutToBeReset,
                                               [&] { stale += rowsOf(*view.model()) == seen ? 0 : 1; });
    const auto reset = QObject::connect(view.model(), &QAbstractItemModel::modelReset, [&] {
        seen = rowsOf(*view.model());
        ++resets;
    });
    const QStringList before = seen;
    view.setBudget(kThousandBillionToman); // a re-plan: the funded marks change
    CHECK(rowsOf(*view.model()) != before);
    const QStringList planned = rowsOf(*view.model());
    view.scenarioPanel()->weightBox(1)->setValue(0.9); // a re-rank: the order changes
    CHECK(rowsOf(*view.model()) != planned);
    view.setPlan(engine::PlanMode::MaxJobs);
    QObject::disconnect(aboutToReset);
    QObject::disconnect(reset);
    CHECK(resets >= 3);
    CHECK(stale == 0);
}

TEST_CASE("an invalid budget plans nothing, so nothing uses a budget the field does not show",
          "[gui][ranking][plan]")
{
    RankingFixture f;
    gui::RankingView view(*f.db, f.settings, f.user(Role::Manager));
    view.setProvince(f.eastAzerbaijan);
    view.setBudget(kThousandBillionToman);
    REQUIRE(view.currentReport()->plan.has_value());
    REQUIRE(view.model()->lastFundedRow() >= 0);
    for (const QString& typed : {u"12abc"_s, u"-5"_s}) {
        view.budgetEdit()->lineEdit()->setText(typed);
        view.setPlan(engine::PlanMode::Policy); // re-reads the field at once (no pause)
        INFO(typed.toStdString() << ": " << view.summaryText().toStdString());
        CHECK_FALSE(view.budget().has_value());
        CHECK_FALSE(view.currentReport()->plan.has_value()); // what export, compare and the PDF use
        CHECK(view.model()->lastFundedRow() == -1);
        CHECK(view.summaryText().contains(u"budget is not valid"_s));
    }
    view.setBudget(kThousandBillionToman);
    CHECK(view.currentReport()->plan.has_value());
    CHECK_FALSE(view.summaryText().contains(u"not valid"_s));
}

TEST_CASE("the plan comparison is worded by the sign of the difference", "[gui][ranking][plan]")
{
    const auto s = gui::DisplaySettings::forLanguage(gui::Language::English);
    using gui::RankingText;
    const auto policy = engine::PlanMode::Policy;
    const auto maxJobs = engine::PlanMode::MaxJobs;
    CHECK(RankingText::otherPlanSentence(s, policy, 100, 130).contains(u"30 more jobs"_s));
    CHECK(RankingText::otherPlanSentence(s, policy, 100, 100).contains(u"as many jobs"_s));
    CHECK(RankingText::otherPlanSentence(s, policy, 100, 90).contains(u"10 fewer jobs"_s));
    CHECK(RankingText::otherPlanSentence(s, maxJobs, 130, 100).contains(u"30 fewer jobs"_s));
    CHECK(RankingText::otherPlanSentence(s, maxJobs, 100, 100).contains(u"as many jobs"_s));
    // An approximate max-jobs plan below the policy order: the policy order restores more.
    CHECK(RankingText::otherPlanSentence(s, maxJobs, 90, 100).contains(u"10 more jobs"_s));
    for (const QString& text :
         {RankingText::otherPlanSentence(s, policy, 5, 5), RankingText::otherPlanSentence(s, maxJobs, 5, 5),
          RankingText::otherPlanSentence(s, maxJobs, 4, 5)})
        CHECK_FALSE(text.contains(u'-'));

    // A budget too small for any item: both plans restore nothing, and the summary says so.
    RankingFixture f;
    gui::RankingView view(*f.db, f.settings, f.user(Role::Manager));
    view.setProvince(f.eastAzerbaijan);
    view.setBudget(1);
    view.setPlan(engine::PlanMode::MaxJobs);
    REQUIRE(view.currentReport()->plan->jobs == view.currentReport()->other->jobs);
    INFO(view.summaryText().toStdString());
    CHECK(view.summaryText().contains(u"as many jobs"_s));
    CHECK_FALSE(view.summaryText().contains(u"0 fewer"_s));
}

TEST_CASE("weights with more decimals survive an edit of another box", "[gui][ranking][scenario]")
{
    RankingFixture f;
    storage::StoredScenario fine;
    fine.scenario.name = "fine weights";
    fine.scenario.projectWeights = {0.125, 1.0 / 3.0, 0.2, 0.175, 0.125};
    REQUIRE(storage::ScenarioRepository(*f.db).save(fine).ok());
    gui::RankingView view(*f.db, f.settings, f.user(Role::Manager));
    gui::ScenarioPanel* panel = view.scenarioPanel();
    panel->chooseStored(QStringLiteral("fine weights"));
    CHECK(panel->weightBox(0)->value() == 0.125);
    CHECK(panel->weightBox(0)->text().contains(u"0.125"_s));
    CHECK(panel->weightBox(3)->value() == 0.175);

    panel->thresholdBox(2)->setValue(20); // another editor: no weight changes
    CHECK(panel->scenario().projectWeights == fine.scenario.projectWeights);
    panel->weightBox(4)->setValue(0.3); // one weight: only that one changes
    auto expected = fine.scenario.projectWeights;
    expected[4] = 0.3;
    CHECK(panel->scenario().projectWeights == expected);
    CHECK(view.currentReport()->scenario.projectWeights == expected);
}

TEST_CASE("the explanation words a min-max norm as a position between the worst and the best value",
          "[gui][ranking][explain]")
{
    RankingFixture f;
    storage::StoredScenario minMax;
    minMax.scenario.name = "min-max";
    minMax.scenario.normalisation = engine::Normalisation::MinMax;
    REQUIRE(storage::ScenarioRepository(*f.db).save(minMax).ok());
    gui::RankingView view(*f.db, f.settings, f.user(Role::Manager));
    view.setProvince(f.eastAzerbaijan);
    const auto shareOf = [&view](std::size_t row, std::size_t c) -> QString {
        return formatDecimal(100.0 * view.currentReport()->ranking.items[row].norms[c], 0, Digits::Latin) +
               u'%';
    };
    view.selectRow(5);
    QString text = view.card()->lines().join(u'\n');
    CHECK(text.contains(u"better than "_s));
    CHECK_FALSE(text.contains(u"of the way"_s));

    view.scenarioPanel()->chooseStored(QStringLiteral("min-max"));
    REQUIRE(view.currentReport()->scenario.normalisation == engine::Normalisation::MinMax);
    view.selectRow(5);
    text = view.card()->lines().join(u'\n');
    INFO(text.toStdString());
    const engine::Explanation e = io::explainItem(*view.currentReport(), 5);
    CHECK(text.contains(shareOf(5, e.strongest) + u" of the way from the worst to the best value"_s));
    CHECK(text.contains(shareOf(5, e.weakest) + u" of the way."_s));
    CHECK_FALSE(text.contains(u"better than"_s));
}

TEST_CASE("a scenario's problem is said in the person's language, one sentence per engine rule",
          "[gui][ranking][scenario]")
{
    const auto s = gui::DisplaySettings::forLanguage(gui::Language::English);
    using gui::RankingText;
    CHECK(RankingText::scenarioProblem(s, engine::Scenario{}).isEmpty());
    std::vector<engine::Scenario> broken(6);
    broken[0].projectWeights[2] = -0.1;
    broken[1].projectWeights = {0, 0, 0, 0, 0};
    broken[2].unitWeights[0] = std::nan("");
    broken[3].unitWeights = {0, 0, 0, 0, 0};
    broken[4].tiers = {50, 60, 25};
    broken[5].tiers = {75.05, 50, 25};
    QStringList sentences;
    for (const auto& scenario : broken) {
        const std::string engine = scenario.validate();
        REQUIRE_FALSE(engine.empty());
        const QString said = RankingText::scenarioProblem(s, scenario);
        CHECK_FALSE(said.isEmpty());
        CHECK(said != QString::fromStdString(engine));
        sentences << said;
    }
    // Each rule its own sentence (the two tier faults share one).
    CHECK(sentences[0] != sentences[1]);
    CHECK(sentences[2] != sentences[3]);
    CHECK(sentences[0] != sentences[2]);
    CHECK(sentences[4] == sentences[5]);

    // In Persian, the panel says it in Persian (no English engine words).
    JsonTranslator persian({QStringLiteral("fa_ranking.json")});
    QCoreApplication::installTranslator(&persian);
    RankingFixture f;
    const auto fa = gui::DisplaySettings::forLanguage(gui::Language::Persian);
    {
        gui::RankingView view(*f.db, fa, f.user(Role::Manager));
        view.scenarioPanel()->thresholdBox(1)->setValue(80); // tier B above tier A
        const QString problem = view.scenarioPanel()->problem();
        INFO(problem.toStdString());
        CHECK_FALSE(problem.isEmpty());
        CHECK(problem == RankingText::scenarioProblem(fa, view.scenarioPanel()->scenario()));
        CHECK_FALSE(hasLatinLetter(problem));
        CHECK(view.scenarioPanel()->problemLabel()->text() == problem);
    }
    QCoreApplication::removeTranslator(&persian);
}

TEST_CASE("the seed policy reads «سیاست پایه» in Persian on screen, the dashboard and the compare dialog, "
          "and stays \"seed policy\" in exports",
          "[gui][ranking][scenario]")
{
    JsonTranslator persian({QStringLiteral("fa_ranking.json"), QStringLiteral("fa_report.json")});
    QCoreApplication::installTranslator(&persian);
    RankingFixture f;
    const auto fa = gui::DisplaySettings::forLanguage(gui::Language::Persian);
    const QString seedFa = QStringLiteral("سیاست پایه");
    {
        gui::RankingView view(*f.db, fa, f.user(Role::Manager));
        view.setProvince(f.eastAzerbaijan);
        view.setBudget(kThousandBillionToman);
        gui::ScenarioPanel* panel = view.scenarioPanel();
        REQUIRE(panel->storedName() == storage::seedPolicyName());
        CHECK(panel->scenarioCombo()->currentText() == seedFa);
        CHECK(io::scenarioDisplayName(storage::seedPolicyName()) == seedFa);
        CHECK(io::planHeadline(*view.currentReport()).scenario == seedFa); // the dashboard's plan card
        gui::CompareDialog dialog(*f.db, *view.currentReport(), fa);
        const auto* b = dialog.findChildren<QComboBox*>().value(1);
        REQUIRE(b != nullptr);
        CHECK(b->itemText(b->findData(storage::seedPolicyName())) == seedFa);

        // Exports keep the stored name, the stable data.
        const QString csv = f.dir.filePath(QStringLiteral("seed.csv"));
        REQUIRE(view.exportTo(csv).ok());
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString exported = QString::fromUtf8(file.readAll());
        CHECK(exported.contains(storage::seedPolicyName()));
        CHECK_FALSE(exported.contains(seedFa));

        panel->weightBox(1)->setValue(0.9); // edited: named in Persian too
        CHECK(QString::fromStdString(view.currentReport()->scenario.name).startsWith(seedFa));
        CHECK_FALSE(hasLatinLetter(QString::fromStdString(view.currentReport()->scenario.name)));
    }
    QCoreApplication::removeTranslator(&persian);
}
