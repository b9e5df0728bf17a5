// SPDX-License-Identifier: GPL-3.0-or-later
// The Team tab: rules (hard / soft with a weight), contracts and agents of Project::roster edited
// through item models whose setData() pushes one undo command; refused input named in the status
// bar; a rule made soft in the GUI turns the validator's hard violation into a priced one. Offscreen.
#include "core/rostering/teamsettings.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/rosterview.h"
#include "ui/teammodels.h"
#include "ui/teamview.h"

#include <QApplication>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QtTest>

#include <functional>

using namespace tessera;
using namespace tessera::ui;
using namespace tessera::rostering;

Q_DECLARE_METATYPE(tessera::rostering::Agent)

namespace {

constexpr int kPerDay = 96; // 15-minute intervals

/// Shifts of agent 0 as "day:from-to" hours, comma separated ("0:9-15, 1:9-15"); no breaks, so
/// paid minutes = length.
std::vector<Assignment> shiftsOf(const QString &text)
{
    std::vector<Assignment> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList dayHours = part.trimmed().split(QLatin1Char(':'));
        const QStringList hours = dayHours.at(1).split(QLatin1Char('-'));
        const int day = dayHours.at(0).toInt();
        Assignment a;
        a.agent = 0;
        a.start = day * kPerDay + hours.at(0).toInt() * 4;
        a.end = day * kPerDay + hours.at(1).toInt() * 4;
        a.code = QStringLiteral("S");
        out.push_back(a);
    }
    return out;
}

/// Two weeks from Monday 2 March 2026, contract FT (2400 min a week at most, 5 days in a row,
/// 1 weekend, 11 h rest) held by ana and ben, contract PT held by nobody. Every rule hard.
Project teamProject(const QString &shifts = {})
{
    Project p;
    p.name = QStringLiteral("team");
    p.timeZone = "Europe/Berlin";
    p.start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone("Europe/Berlin"));
    p.intervalMinutes = 15;
    AgentRoster &r = p.roster;
    r.days = 14;
    r.firstWeekday = 1;
    Contract ft;
    ft.id = QStringLiteral("FT");
    ft.maxMinutesPerWeek = 2400;
    ft.maxConsecutiveDays = 5;
    ft.maxWorkingWeekends = 1;
    ft.minRestMinutes = 660;
    Contract pt;
    pt.id = QStringLiteral("PT");
    pt.maxMinutesPerWeek = 1200;
    r.contracts = {ft, pt};
    Agent ana;
    ana.id = QStringLiteral("ana");
    ana.contractId = QStringLiteral("FT");
    ana.skills = {QStringLiteral("billing")};
    Agent ben = ana;
    ben.id = QStringLiteral("ben");
    r.agents = {ana, ben};
    r.assignments = shiftsOf(shifts);
    return p;
}

QModelIndex cell(QAbstractItemModel *m, int row, int column)
{
    return m->index(row, column);
}

/// Undoes the last `commands` commands (the roster must be `before` again, then `whileUndone`
/// runs) and redoes them (the roster must be what it was).
void undoRedo(ProjectDocument &doc, int commands, const AgentRoster &before, const std::function<void()> &whileUndone = {})
{
    const AgentRoster after = doc.project().roster;
    for (int i = 0; i < commands; ++i)
        doc.undoStack()->undo();
    QCOMPARE(doc.project().roster, before);
    if (whileUndone)
        whileUndone();
    for (int i = 0; i < commands; ++i)
        doc.undoStack()->redo();
    QCOMPARE(doc.project().roster, after);
}

} // namespace

class TestTeamGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void ruleCatalogue();
    void ruleRoundTrip_data();
    void ruleRoundTrip();
    void contractRoundTrip_data();
    void contractRoundTrip();
    void codeTips();
    void agentRoundTrip_data();
    void agentRoundTrip();
    void refused_data();
    void refused();
    void softRuleChangesVerdict_data();
    void softRuleChangesVerdict();
    void contractsAddRemove();
    void removeAgent_data();
    void removeAgent();
};

void TestTeamGui::ruleCatalogue()
{
    // Every rule the validator names, and the five the solver keeps hard, cannot be edited.
    ProjectDocument doc;
    doc.reset(teamProject(), QString());
    RuleModel model(&doc);
    QCOMPARE(model.rowCount(), 17);
    for (const char *name : {"overlap", "oneShiftPerDay", "dayOff", "skill", "availability"}) {
        const int row = model.rowOf(QLatin1String(name));
        QVERIFY2(row >= 0, name);
        QVERIFY(!(model.flags(cell(&model, row, RuleModel::Hard)) & Qt::ItemIsUserCheckable));
        QVERIFY(!(model.flags(cell(&model, row, RuleModel::Weight)) & Qt::ItemIsEditable));
        QVERIFY(!model.setData(cell(&model, row, RuleModel::Hard), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(model.data(cell(&model, row, RuleModel::Hard), Qt::ToolTipRole).toString().startsWith(QStringLiteral("Always hard")));
    }
    // The fairness rules are soft only: no hard switch (locked off, the tooltip says why), a weight.
    for (const char *name : {"weekendFairness", "eveningFairness"}) {
        const int row = model.rowOf(QLatin1String(name));
        QVERIFY2(row >= 0, name);
        QVERIFY(!(model.flags(cell(&model, row, RuleModel::Hard)) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(cell(&model, row, RuleModel::Weight)) & Qt::ItemIsEditable);
        QVERIFY(!model.setData(cell(&model, row, RuleModel::Hard), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.data(cell(&model, row, RuleModel::Hard), Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.data(cell(&model, row, RuleModel::Hard), Qt::DisplayRole).toString(), QStringLiteral("soft (always)"));
        QVERIFY(model.data(cell(&model, row, RuleModel::Hard), Qt::ToolTipRole).toString().startsWith(QStringLiteral("Always soft")));
    }
    QCOMPARE(doc.undoStack()->count(), 0);
    // where the solver prices differently from the validator, the tooltip says so; where it
    // prices the same (days off in a row per day short, each succession at its own price), not
    QVERIFY(model.data(cell(&model, model.rowOf(QStringLiteral("minMinutesPerWeek")), RuleModel::Weight), Qt::ToolTipRole)
                .toString().endsWith(QStringLiteral("never more than the validator's weekly sum.")));
    for (const char *rule : {"maxConsecutiveDays", "minConsecutiveDaysOff", "minRest", "forbiddenSuccession"})
        QVERIFY2(!model.data(cell(&model, model.rowOf(QLatin1String(rule)), RuleModel::Weight), Qt::ToolTipRole)
                      .toString().contains(QLatin1Char('\n')),
                 rule);
    QCOMPARE(model.data(cell(&model, model.rowOf(QStringLiteral("minRest")), RuleModel::Weight), Qt::DisplayRole).toString(),
             QStringLiteral("0 per minute short"));
    QCOMPARE(model.data(cell(&model, model.rowOf(QStringLiteral("maxWorkingWeekends")), RuleModel::Weight), Qt::DisplayRole).toString(),
             QStringLiteral("0 per weekend over"));
}

void TestTeamGui::ruleRoundTrip_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<bool>("soft");     // set the Hard check box off first
    QTest::addColumn<QVariant>("weight"); // then the weight (invalid = not edited)
    QTest::addColumn<int>("commands");
    QTest::addColumn<QString>("shown"); // Weight column afterwards
    QTest::newRow("hard to soft with weight") << "maxConsecutiveDays" << true << QVariant(12.5) << 2 << "12.5 per day over";
    QTest::newRow("soft only") << "minRest" << true << QVariant() << 1 << "0 per minute short";
    QTest::newRow("weight of a hard rule") << "maxMinutesPerWeek" << false << QVariant(0.25) << 1 << "0.25 per minute over";
    QTest::newRow("weight as text") << "maxWorkingWeekends" << true << QVariant(QStringLiteral("40")) << 2 << "40 per weekend over";
    // Soft-only rules: the weight alone, one command, stored soft.
    QTest::newRow("weekend fairness") << "weekendFairness" << false << QVariant(25) << 1 << "25 per weekend of spread";
    QTest::newRow("evening fairness as text") << "eveningFairness" << false << QVariant(QStringLiteral("2.5")) << 1
                                              << "2.5 per evening shift of spread";
}

void TestTeamGui::ruleRoundTrip()
{
    QFETCH(QString, rule);
    QFETCH(bool, soft);
    QFETCH(QVariant, weight);
    QFETCH(int, commands);
    QFETCH(QString, shown);
    MainWindow w;
    ProjectDocument &doc = *w.document();
    doc.reset(teamProject(), QString());
    RuleModel *model = w.teamView()->ruleModel();
    const int row = model->rowOf(rule);
    const AgentRoster before = doc.project().roster;
    if (soft)
        QVERIFY(model->setData(cell(model, row, RuleModel::Hard), Qt::Unchecked, Qt::CheckStateRole));
    if (weight.isValid())
        QVERIFY(model->setData(cell(model, row, RuleModel::Weight), weight, Qt::EditRole));
    QCOMPARE(doc.undoStack()->count(), commands);
    const bool softOnly = rostering::rosterRule(rule).softOnly;
    const RuleSetting expected{!soft && !softOnly, weight.isValid() ? weight.toDouble() : 0.0};
    QCOMPARE(doc.project().roster.rule(rule), expected);
    QCOMPARE(model->data(cell(model, row, RuleModel::Hard), Qt::CheckStateRole).toInt(), int(soft || softOnly ? Qt::Unchecked : Qt::Checked));
    QCOMPARE(model->data(cell(model, row, RuleModel::Weight), Qt::DisplayRole).toString(), shown);
    undoRedo(doc, commands, before, [&] {
        QCOMPARE(model->data(cell(model, row, RuleModel::Hard), Qt::CheckStateRole).toInt(), int(softOnly ? Qt::Unchecked : Qt::Checked));
    });
}

void TestTeamGui::contractRoundTrip_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("stored"); // EditRole afterwards
    QTest::addColumn<QString>("shown");   // DisplayRole afterwards
    QTest::newRow("max minutes a week") << int(ContractModel::MaxWeek) << QVariant(2280) << QVariant(2280) << "2280";
    QTest::newRow("max minutes a week: no limit") << int(ContractModel::MaxWeek) << QVariant(0) << QVariant(0) << "no limit";
    QTest::newRow("min minutes a period as text") << int(ContractModel::MinPeriod) << QVariant(QStringLiteral(" 4800 ")) << QVariant(4800) << "4800";
    QTest::newRow("max weekends: no limit") << int(ContractModel::MaxWeekends) << QVariant(-1) << QVariant(-1) << "no limit";
    QTest::newRow("min rest") << int(ContractModel::MinRest) << QVariant(720) << QVariant(720) << "720";
    QTest::newRow("min days off in a row") << int(ContractModel::MinDaysOff) << QVariant(2) << QVariant(2) << "2";
    QTest::newRow("rename: agents follow") << int(ContractModel::Id) << QVariant(QStringLiteral("Full time")) << QVariant(QStringLiteral("Full time"))
                                           << "Full time";
    // the text columns (FT has neither): sorted by code / kept in order without duplicates
    QTest::newRow("shift limits") << int(ContractModel::ShiftLimits) << QVariant(QStringLiteral("N 4, E 14"))
                                  << QVariant(QStringLiteral("E 14, N 4")) << "E 14, N 4";
    QTest::newRow("shift limit 0 of a solver code") << int(ContractModel::ShiftLimits) << QVariant(QStringLiteral("22:00-06:00 0"))
                                                    << QVariant(QStringLiteral("22:00-06:00 0")) << "22:00-06:00 0";
    QTest::newRow("forbidden successions") << int(ContractModel::Successions) << QVariant(QStringLiteral("N→E, L -> E, N>E"))
                                           << QVariant(QStringLiteral("N>E, L>E")) << "N>E, L>E";
}

void TestTeamGui::contractRoundTrip()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QVariant, stored);
    QFETCH(QString, shown);
    ProjectDocument doc;
    doc.reset(teamProject(), QString());
    ContractModel model(&doc);
    const AgentRoster before = doc.project().roster;
    QVERIFY(model.setData(cell(&model, 0, column), value, Qt::EditRole));
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(model.data(cell(&model, 0, column), Qt::EditRole), stored);
    QCOMPARE(model.data(cell(&model, 0, column), Qt::DisplayRole).toString(), shown);
    // agents keep their contract under its new id
    QCOMPARE(doc.project().roster.agents[0].contractId, doc.project().roster.contracts[0].id);
    QVERIFY(doc.project().roster.contracts[1] == before.contracts[1]);
    undoRedo(doc, 1, before);
}

void TestTeamGui::codeTips()
{
    // The text columns' header tooltips list the codes of the rostered shifts (shiftsOf() codes them
    // "S"); the requests cell spells each request out with its date; empty text columns say "none".
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    ProjectDocument doc;
    Project p = teamProject(QStringLiteral("0:9-15"));
    p.roster.assignments.push_back(p.roster.assignments[0]);
    p.roster.assignments.back().start += 2 * kPerDay;
    p.roster.assignments.back().end += 2 * kPerDay;
    p.roster.assignments.back().code = QStringLiteral("E");
    p.roster.agents[1].requests = {{2, QString(), false, 2.0}, {4, QStringLiteral("E"), true, 1.0}};
    doc.reset(p, QString());
    ContractModel contracts(&doc);
    AgentModel agents(&doc);
    for (int column : {int(ContractModel::ShiftLimits), int(ContractModel::Successions)})
        QVERIFY(contracts.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().endsWith(QStringLiteral("\nShift codes in this roster: E, S")));
    QVERIFY(agents.headerData(AgentModel::Requests, Qt::Horizontal, Qt::ToolTipRole).toString().endsWith(QStringLiteral("\nShift codes in this roster: E, S")));
    QCOMPARE(agents.data(cell(&agents, 1, AgentModel::Requests), Qt::DisplayRole).toString(), QStringLiteral("off 3 ×2, on 5 E"));
    QCOMPARE(agents.data(cell(&agents, 1, AgentModel::Requests), Qt::ToolTipRole).toString(),
             QStringLiteral("Day off on Wed 4 Mar (weight 2)\nShift E on Fri 6 Mar (weight 1)"));
    QCOMPARE(agents.data(cell(&agents, 0, AgentModel::Requests), Qt::DisplayRole).toString(), QStringLiteral("none"));
    for (int column : {int(ContractModel::ShiftLimits), int(ContractModel::Successions)}) {
        QCOMPARE(contracts.data(cell(&contracts, 0, column), Qt::DisplayRole).toString(), QStringLiteral("none"));
        QCOMPARE(contracts.data(cell(&contracts, 0, column), Qt::EditRole).toString(), QString());
    }
    doc.reset(teamProject(), QString());
    QVERIFY(!contracts.headerData(ContractModel::ShiftLimits, Qt::Horizontal, Qt::ToolTipRole).toString().contains(QStringLiteral("Shift codes")));
    QLocale::setDefault(QLocale::system());
}

void TestTeamGui::agentRoundTrip_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("readBack"); // EditRole afterwards
    QTest::addColumn<Agent>("expected");   // agent 1 (ben) afterwards
    Agent ben = teamProject().roster.agents[1];
    Agent a = ben;
    a.availability = {{1, 480, 960}, {2, 600, 1080}};
    QTest::newRow("availability") << int(AgentModel::Availability) << "Mon 08:00-16:00, Tue 10:00-18:00"
                                  << "Mon 08:00-16:00, Tue 10:00-18:00" << a;
    a.availability = {{5, 1320, 1800}, {0, 420, 1440}};
    QTest::newRow("availability overnight, long names, daily") << int(AgentModel::Availability) << "friday 22:00-06:00,every day 7:00-24:00"
                                                                << "Fri 22:00-06:00, Daily 07:00-24:00" << a;
    a = ben;
    a.fixedDaysOff = {0, 6, 13};
    QTest::newRow("days off: numbers and dates") << int(AgentModel::DaysOff) << "14, 1, 2026-03-08, 1" << "1, 7, 14" << a;
    a = ben;
    a.skills = {QStringLiteral("sales"), QStringLiteral("billing")};
    QTest::newRow("skills") << int(AgentModel::Skills) << " sales,, billing " << "sales, billing" << a;
    a = ben;
    a.contractId = QStringLiteral("PT");
    QTest::newRow("contract") << int(AgentModel::Contract) << "PT" << "PT" << a;
    a = ben;
    a.seniority = 3;
    QTest::newRow("seniority") << int(AgentModel::Seniority) << "3" << "3" << a;
    a = ben;
    a.requests = {{2, QString(), false, 1.0}, {4, QStringLiteral("E"), true, 1.0}, {5, QString(), false, 2.0}};
    QTest::newRow("requests: numbers, a date, a weight") << int(AgentModel::Requests) << "off 3, on 5 E, off 2026-03-07 ×2"
                                                         << "off 3, on 5 E, off 6 ×2" << a;
    a.requests = {{13, QStringLiteral("N"), false, 0.5}};
    QTest::newRow("requests: x weight, any case") << int(AgentModel::Requests) << "OFF 14 N x0.5" << "off 14 N ×0.5" << a;
}

void TestTeamGui::agentRoundTrip()
{
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, readBack);
    QFETCH(Agent, expected);
    ProjectDocument doc;
    doc.reset(teamProject(), QString());
    AgentModel model(&doc);
    const AgentRoster before = doc.project().roster;
    QVERIFY(model.setData(cell(&model, 1, column), text, Qt::EditRole));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(doc.project().roster.agents[1] == expected);
    QCOMPARE(model.data(cell(&model, 1, column), Qt::EditRole).toString(), readBack);
    undoRedo(doc, 1, before);
}

void TestTeamGui::refused_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message"); // the status bar's text
    QTest::newRow("negative weight") << "rules" << 5 << int(RuleModel::Weight) << "-1"
                                     << "Edit not applied: Rule minRest, field 'weight': '-1' is not a number >= 0";
    QTest::newRow("weight not a number") << "rules" << 5 << int(RuleModel::Weight) << "ten"
                                         << "Edit not applied: Rule minRest, field 'weight': 'ten' is not a number >= 0";
    QTest::newRow("negative minutes") << "contracts" << 0 << int(ContractModel::MinRest) << "-30"
                                      << "Edit not applied: contracts, row 1, field 'minRestMinutes': -30 is negative";
    QTest::newRow("min above max") << "contracts" << 0 << int(ContractModel::MinWeek) << "2500"
                                   << "Edit not applied: contracts, row 1, field 'minMinutesPerWeek': 2500 is above the maximum 2400";
    QTest::newRow("weekends below -1") << "contracts" << 1 << int(ContractModel::MaxWeekends) << "-2"
                                       << "Edit not applied: contracts, row 2, field 'maxWorkingWeekends': -2 is below -1 (no limit)";
    QTest::newRow("duplicate contract id") << "contracts" << 1 << int(ContractModel::Id) << "FT"
                                           << "Edit not applied: contracts, row 2, field 'id': another contract is already called 'FT'";
    QTest::newRow("not a number") << "contracts" << 0 << int(ContractModel::MaxDays) << "five"
                                  << "Edit not applied: contracts, row 1, field 'maxConsecutiveDays': 'five' is not a whole number";
    QTest::newRow("availability without minutes") << "agents" << 0 << int(AgentModel::Availability) << "Mon 08:00-16:00, Tue 8-16"
                                                   << "Edit not applied: Agent ana, field 'availability': 'Tue 8-16' is not a window like 'Mon 08:00-16:00'";
    QTest::newRow("availability weekday") << "agents" << 0 << int(AgentModel::Availability) << "Mox 08:00-16:00"
                                          << "Edit not applied: Agent ana, field 'availability': 'Mox' is not a weekday (Mon … Sun, or Daily)";
    QTest::newRow("availability clock") << "agents" << 1 << int(AgentModel::Availability) << "Mon 08:00-25:00"
                                        << "Edit not applied: Agent ben, field 'availability': 'Mon 08:00-25:00' has a time that is not on the clock";
    QTest::newRow("day off outside") << "agents" << 0 << int(AgentModel::DaysOff) << "3, 15"
                                     << "Edit not applied: Agent ana, field 'fixedDaysOff': '15' is outside the horizon (days 1 to 14)";
    QTest::newRow("date off outside") << "agents" << 0 << int(AgentModel::DaysOff) << "2026-03-01"
                                      << "Edit not applied: Agent ana, field 'fixedDaysOff': '2026-03-01' is outside the horizon (days 1 to 14)";
    QTest::newRow("unknown contract") << "agents" << 0 << int(AgentModel::Contract) << "Casual"
                                      << "Edit not applied: Agent ana, field 'contract': no contract is called 'Casual'";
    QTest::newRow("duplicate agent") << "agents" << 1 << int(AgentModel::Id) << "ana"
                                     << "Edit not applied: Agent ben, field 'id': another agent is already called 'ana'";
    QTest::newRow("shift limit without count") << "contracts" << 0 << int(ContractModel::ShiftLimits) << "E 14, N"
                                               << "Edit not applied: Contract FT, field 'maxShiftsPerCode': 'N' needs a shift code and a count, like 'E 14'";
    QTest::newRow("shift limit twice") << "contracts" << 1 << int(ContractModel::ShiftLimits) << "E 14, E 3"
                                       << "Edit not applied: Contract PT, field 'maxShiftsPerCode': shift code 'E' is listed twice";
    QTest::newRow("negative shift limit") << "contracts" << 0 << int(ContractModel::ShiftLimits) << "E -2"
                                          << "Edit not applied: Contract FT, field 'maxShiftsPerCode': 'E -2': '-2' is not a whole number >= 0";
    QTest::newRow("succession without arrow") << "contracts" << 0 << int(ContractModel::Successions) << "N>E, L E"
                                              << "Edit not applied: Contract FT, field 'forbiddenSuccessions': 'L E' is not a succession like 'N>E'";
    QTest::newRow("succession half") << "contracts" << 1 << int(ContractModel::Successions) << "N->"
                                     << "Edit not applied: Contract PT, field 'forbiddenSuccessions': 'N->' needs a shift code on both sides of '>'";
    QTest::newRow("request outside") << "agents" << 1 << int(AgentModel::Requests) << "off 3, on 15 E"
                                     << "Edit not applied: Agent ben, field 'requests': 'on 15 E': '15' is outside the horizon (days 1 to 14)";
    QTest::newRow("request neither on nor off") << "agents" << 0 << int(AgentModel::Requests) << "free 3"
                                                << "Edit not applied: Agent ana, field 'requests': 'free 3' does not start with 'on' or 'off'";
    QTest::newRow("request weight 0") << "agents" << 0 << int(AgentModel::Requests) << "off 3 ×0"
                                      << "Edit not applied: Agent ana, field 'requests': 'off 3 ×0': weight '0' is not a number > 0";
}

void TestTeamGui::refused()
{
    QFETCH(QString, table);
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    QFETCH(QString, message);
    qApp->setProperty("tesseraNoDialogs", true);
    MainWindow w;
    w.document()->reset(teamProject(), QString());
    TeamView *team = w.teamView();
    QAbstractItemModel *model = table == QLatin1String("rules") ? static_cast<QAbstractItemModel *>(team->ruleModel())
        : table == QLatin1String("contracts")                   ? static_cast<QAbstractItemModel *>(team->contractModel())
                                                                : static_cast<QAbstractItemModel *>(team->agentModel());
    const AgentRoster before = w.document()->project().roster;
    QSignalSpy rejected(team, &TeamView::editRejected);
    QVERIFY(!model->setData(cell(model, row, column), text, Qt::EditRole));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(w.statusBar()->currentMessage(), message);
    QCOMPARE(w.document()->undoStack()->count(), 0);
    QCOMPARE(w.document()->project().roster, before);
}

void TestTeamGui::softRuleChangesVerdict_data()
{
    // Agent ana (contract FT: 2400 min a week, 5 days in a row, 1 weekend, 11 h rest) breaks one
    // rule; the amount is counted by hand.
    QTest::addColumn<QString>("shifts");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<double>("weight");
    QTest::addColumn<double>("penalty");
    QTest::addColumn<QString>("units"); // as the Roster tab's violation list says
    QTest::newRow("6 days in a row: 1 day over") << "0:9-15, 1:9-15, 2:9-15, 3:9-15, 4:9-15, 5:9-15" << "maxConsecutiveDays" << 10.0 << 10.0 << "1";
    QTest::newRow("3000 min in week 2: 600 over") << "7:8-18, 8:8-18, 9:8-18, 10:8-18, 11:8-18" << "maxMinutesPerWeek" << 0.5 << 300.0 << "600";
    QTest::newRow("10 h rest: 60 min short") << "0:13-21, 1:7-15" << "minRest" << 2.0 << 120.0 << "60";
    QTest::newRow("2 weekends: 1 over") << "5:9-15, 12:9-15" << "maxWorkingWeekends" << 40.0 << 40.0 << "1";
}

void TestTeamGui::softRuleChangesVerdict()
{
    QFETCH(QString, shifts);
    QFETCH(QString, rule);
    QFETCH(double, weight);
    QFETCH(double, penalty);
    QFETCH(QString, units);
    MainWindow w;
    QListWidget *rosterList = w.rosterView()->violationList();
    ProjectDocument &doc = *w.document();
    doc.reset(teamProject(shifts), QString());
    auto brokenRules = [&doc](bool hard) {
        QStringList rules;
        for (const RosterViolation &v : doc.rosterEvaluation().violations)
            if (v.hard == hard)
                rules << v.rule;
        return rules;
    };
    QVERIFY(doc.rosterError().isEmpty());
    QVERIFY(!doc.rosterEvaluation().valid());
    QCOMPARE(brokenRules(true), QStringList{rule});
    QCOMPARE(doc.rosterEvaluation().softRulePenalty, 0.0);
    QCOMPARE(rosterList->count(), 1);
    QVERIFY(rosterList->item(0)->toolTip().endsWith(QStringLiteral(" (hard rule)")));

    RuleModel *model = w.teamView()->ruleModel();
    const int row = model->rowOf(rule);
    QVERIFY(model->setData(cell(model, row, RuleModel::Weight), weight, Qt::EditRole));
    QVERIFY(!doc.rosterEvaluation().valid()); // a weight alone keeps the rule hard
    QVERIFY(model->setData(cell(model, row, RuleModel::Hard), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(doc.rosterEvaluation().valid());
    QCOMPARE(brokenRules(false), QStringList{rule});
    QCOMPARE(doc.rosterEvaluation().softRulePenalty, penalty);
    QCOMPARE(doc.rosterEvaluation().objective(), penalty);
    // the Roster tab follows
    QCOMPARE(rosterList->count(), 1);
    QVERIFY(rosterList->item(0)->toolTip().endsWith(QStringLiteral(" (soft rule: %1 unit(s) priced)").arg(units)));

    doc.undoStack()->undo();
    QVERIFY(!doc.rosterEvaluation().valid());
    QCOMPARE(brokenRules(true), QStringList{rule});
}

void TestTeamGui::contractsAddRemove()
{
    qApp->setProperty("tesseraNoDialogs", true);
    MainWindow w;
    ProjectDocument &doc = *w.document();
    doc.reset(teamProject(), QString());
    ContractModel *model = w.teamView()->contractModel();
    // the button acts on the selected contract
    QPushButton *remove = nullptr;
    for (QPushButton *b : w.teamView()->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Remove contract"))
            remove = b;
    QVERIFY(remove);
    remove->click();
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Edit not applied: Select the contract to remove."));
    w.teamView()->contractTable()->setCurrentIndex(cell(model, 0, ContractModel::MaxWeek));
    remove->click();
    QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Edit not applied: Contract FT is kept: agents ana, ben use it"));
    QVERIFY(!model->removeContract(0));
    QCOMPARE(doc.undoStack()->count(), 0);
    model->addContract();
    model->addContract();
    QCOMPARE(model->rowCount(), 4);
    QCOMPARE(model->data(cell(model, 2, ContractModel::Id), Qt::DisplayRole).toString(), QStringLiteral("Contract"));
    QCOMPARE(model->data(cell(model, 3, ContractModel::Id), Qt::DisplayRole).toString(), QStringLiteral("Contract 2"));
    QVERIFY(model->removeContract(1)); // PT: nobody uses it
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(model->data(cell(model, 1, ContractModel::Id), Qt::DisplayRole).toString(), QStringLiteral("PT"));
}

void TestTeamGui::removeAgent_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QStringList>("agentsLeft");
    QTest::addColumn<QList<int>>("shiftStartsLeft"); // assignment starts, in order
    QTest::addColumn<QList<int>>("shiftAgentsLeft");
    // ana works days 0 and 1 from 09:00 (starts 36, 132), ben day 2 from 09:00 (228)
    QTest::newRow("first: ben's shift renumbered") << 0 << QStringList{QStringLiteral("ben")} << QList<int>{228} << QList<int>{0};
    QTest::newRow("last: ana's shifts kept") << 1 << QStringList{QStringLiteral("ana")} << QList<int>{36, 132} << QList<int>{0, 0};
}

void TestTeamGui::removeAgent()
{
    QFETCH(int, row);
    QFETCH(QStringList, agentsLeft);
    QFETCH(QList<int>, shiftStartsLeft);
    QFETCH(QList<int>, shiftAgentsLeft);
    ProjectDocument doc;
    Project p = teamProject(QStringLiteral("0:9-15, 1:9-15, 2:9-15"));
    p.roster.assignments[2].agent = 1;
    doc.reset(p, QString());
    AgentModel model(&doc);
    const AgentRoster before = doc.project().roster;
    model.removeAgent(row);
    QCOMPARE(doc.undoStack()->count(), 1);
    QCOMPARE(model.rowCount(), agentsLeft.size());
    QStringList ids;
    for (const Agent &a : doc.project().roster.agents)
        ids << a.id;
    QCOMPARE(ids, agentsLeft);
    QList<int> starts, agents;
    for (const Assignment &a : doc.project().roster.assignments) {
        starts << a.start;
        agents << a.agent;
    }
    QCOMPARE(starts, shiftStartsLeft);
    QCOMPARE(agents, shiftAgentsLeft);
    QVERIFY(doc.rosterError().isEmpty());
    undoRedo(doc, 1, before);
}

QTEST_MAIN(TestTeamGui)
#include "test_team_gui.moc"
