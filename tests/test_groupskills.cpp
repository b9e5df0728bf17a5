// SPDX-License-Identifier: GPL-3.0-or-later
// Work-plan agent groups carry their skills into Assign Agents: shiftDemandFromResult() gives each
// placed shift its group's skills, the roster solver lets only agents holding all of them work it,
// the validator checks the same rule, the made-up team gets the groups' skill sets in proportion
// to the demand, the relaxations name the missing skill set, and the assignments' skills survive
// the roster JSON and the project file.
#include "clisupport.h"
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/io/rosterjson.h"
#include "core/project/projectstore.h"
#include "core/project/sampleproject.h"
#include "core/rostering/relaxations.h"
#include "core/rostering/rosteredits.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace tessera::rostering;

namespace {

constexpr int kPerDay = 24; // hourly intervals

const QString kSales = QStringLiteral("Sales");
const QString kBilling = QStringLiteral("Billing");

/// A placed 08:00–16:00 shift of `group` on `day` with a paid break at 10:00 and a meal at 12:00.
DecodedShift placed(int group, int day, int rest = 10)
{
    const int d = day * kPerDay;
    return DecodedShift{QStringLiteral("Day/d%1/0800/480").arg(day), 0, group, d + 8, d + 16,
                        {Break{d + rest, d + rest + 1}, Break{d + 12, d + 13}}, {true, false}};
}

SolveResult resultOf(std::vector<DecodedShift> shifts)
{
    SolveResult r;
    r.status = SolveStatus::Optimal;
    r.placedShifts = std::move(shifts);
    return r;
}

/// Agents on contract FT with the skills "Sales", "Billing+Sales" … ("" = none).
AgentRoster team(const QStringList &skillSets, int days = 7)
{
    AgentRoster r;
    r.intervalMinutes = 60;
    r.days = days;
    r.contracts = {test::fullTimeContract()};
    for (int a = 0; a < skillSets.size(); ++a) {
        Agent g;
        g.id = QStringLiteral("a%1").arg(a);
        g.contractId = QStringLiteral("FT");
        g.skills = skillSets[a].split(QLatin1Char('+'), Qt::SkipEmptyParts);
        r.agents.push_back(g);
    }
    return r;
}

AgentGroup group(const QString &name, const QString &skills)
{
    return AgentGroup{name, skills.split(QLatin1Char('+'), Qt::SkipEmptyParts), 0};
}

/// A week (Monday 1 June 2026, UTC, hourly) of work plans for `groups`: one template starting
/// 08:00–10:00 hourly, 8 h, no breaks, open to every group; on weekdays Sales needs `sales`
/// agents 08–16 and Billing `billing` agents 10–18; hard coverage.
Project weekOfGroups(const std::vector<AgentGroup> &groups, int sales, int billing)
{
    Project p;
    p.name = QStringLiteral("groups");
    p.start = QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc());
    p.intervalMinutes = 60;
    std::vector<double> s(7 * kPerDay, 0.0), b(7 * kPerDay, 0.0);
    for (int d = 0; d < 5; ++d)
        for (int h = 0; h < 8; ++h) {
            s[size_t(d * kPerDay + 8 + h)] = sales;
            b[size_t(d * kPerDay + 10 + h)] = billing;
        }
    p.demand.resize(s.size());
    for (size_t i = 0; i < s.size(); ++i)
        p.demand[i] = s[i] + b[i];
    p.skills = {Skill{kSales, s}, Skill{kBilling, b}};
    p.groups = groups;
    ShiftTemplate t;
    t.id = QStringLiteral("Day");
    t.earliestStartMinutes = 8 * 60;
    t.latestStartMinutes = 10 * 60;
    t.startIncrementMinutes = 60;
    t.lengthsMinutes = {8 * 60};
    p.templates = {t};
    p.coverage.mode = CoverageMode::Hard;
    return p;
}

SolveResult solveWorkPlans(const Project &p)
{
    const TemplateProblem problem = p.toTemplateProblem();
    SolveOptions o;
    o.timeLimitSeconds = 60;
    const TemplateSolveResult r = solveTemplates(problem, o);
    if (!r.hasSolution())
        qFatal("the work-plan week has no schedule");
    return toSolveResult(problem, r);
}

AgentRosterSolution roster(const AgentRoster &base, const std::vector<ShiftDemand> &demand)
{
    AgentRosterOptions o;
    o.timeLimitSeconds = 30;
    return solveAgentRoster(base, demand, o);
}

int scheduled(const std::vector<ShiftDemand> &demand)
{
    int n = 0;
    for (const ShiftDemand &d : demand)
        n += d.count;
    return n;
}

} // namespace

class TestGroupSkills : public QObject
{
    Q_OBJECT
private slots:
    /// Placed shifts of group 0, 1, 0 on the same variant and breaks (and one of group 0 with its
    /// break an hour later): with groups, one demand per group and break times, carrying the
    /// group's skills; without (the implicit group), one demand per break times as before.
    void demandKeepsGroupsApart_data()
    {
        QTest::addColumn<QStringList>("groupSkills"); // per group "A+B"; empty list = no groups
        QTest::addColumn<QList<int>>("counts");
        QTest::addColumn<QStringList>("skills");    // per demand, joined with '+'
        QTest::addColumn<QStringList>("groupNames"); // per demand
        QTest::addColumn<QStringList>("codes");      // the roster's shift type names
        QTest::newRow("two groups") << QStringList{kSales, kBilling} << QList<int>{2, 1, 1}
                                    << QStringList{kSales, kBilling, kSales} << QStringList{"g0", "g1", "g0"}
                                    << QStringList{"08:00-16:00 g0", "08:00-16:00 g1", "08:00-16:00 g0 #3"};
        QTest::newRow("a blended and a skill-less group")
            << QStringList{"Sales+Billing", ""} << QList<int>{2, 1, 1} << QStringList{"Billing+Sales", "", "Billing+Sales"}
            << QStringList{"g0", "g1", "g0"} << QStringList{"08:00-16:00 g0", "08:00-16:00 g1", "08:00-16:00 g0 #3"};
        QTest::newRow("no explicit groups") << QStringList{} << QList<int>{3, 1} << QStringList{"", ""} << QStringList{"", ""}
                                            << QStringList{"08:00-16:00", "08:00-16:00 #2"};
    }
    void demandKeepsGroupsApart()
    {
        QFETCH(QStringList, groupSkills);
        QFETCH(QList<int>, counts);
        QFETCH(QStringList, skills);
        QFETCH(QStringList, groupNames);
        QFETCH(QStringList, codes);
        std::vector<AgentGroup> groups;
        for (int g = 0; g < groupSkills.size(); ++g)
            groups.push_back(group(QStringLiteral("g%1").arg(g), groupSkills[g]));
        const SolveResult r = resultOf({placed(0, 2), placed(1, 2), placed(0, 2), placed(0, 2, 11)});
        const std::vector<ShiftDemand> demand = shiftDemandFromResult({}, r, groups);
        QCOMPARE(int(demand.size()), counts.size());
        for (int i = 0; i < counts.size(); ++i) {
            QCOMPARE(demand[size_t(i)].count, counts[i]);
            QStringList sorted = demand[size_t(i)].skills;
            sorted.sort();
            QCOMPARE(sorted.join(QLatin1Char('+')), skills[i]);
            QCOMPARE(demand[size_t(i)].group, groupNames[i]);
            QCOMPARE(demand[size_t(i)].skill, QString());
            QCOMPARE(demand[size_t(i)].paidBreaks.size(), size_t(1));
        }
        const AgentNrpMapping map = mapToNrp(team({kSales}), demand, {});
        QStringList names;
        for (const ShiftType &t : map.instance.shifts)
            names << t.id;
        QCOMPARE(names, codes);
    }

    /// The whole path of Solve ▸ Assign Agents on a work-plan week: schedule per group, demand with
    /// the groups' skills, roster — every assignment goes to an agent holding all of its group's
    /// skills, the validator finds nothing, and every scheduled shift is staffed.
    void rosterRespectsGroupSkills_data()
    {
        QTest::addColumn<QStringList>("groupSkills"); // group i is named "G<i>"
        QTest::addColumn<QStringList>("agents");      // skill sets
        QTest::addColumn<int>("shifts");              // hand count of the schedule
        // Disjoint groups: 1 Sales + 2 Billing agents a weekday = 15 shifts for 2 + 3 agents.
        QTest::newRow("disjoint") << QStringList{kSales, kBilling} << QStringList{kSales, kSales, kBilling, kBilling, kBilling} << 15;
        // Only the blended group covers Billing; Sales-only agents may take Sales-group shifts only.
        QTest::newRow("blended") << QStringList{kSales, QStringLiteral("Sales+Billing")}
                                 << QStringList{kSales, kSales, "Billing+Sales", "Billing+Sales", "Billing+Sales"} << 15;
    }
    void rosterRespectsGroupSkills()
    {
        QFETCH(QStringList, groupSkills);
        QFETCH(QStringList, agents);
        QFETCH(int, shifts);
        std::vector<AgentGroup> groups;
        for (int g = 0; g < groupSkills.size(); ++g)
            groups.push_back(group(QStringLiteral("G%1").arg(g), groupSkills[g]));
        const Project p = weekOfGroups(groups, 1, 2);
        const SolveResult schedule = solveWorkPlans(p);
        const std::vector<ShiftDemand> demand = shiftDemandFromResult(p.shifts, schedule, p.groups);
        QCOMPARE(scheduled(demand), shifts);
        AgentRoster base = team(agents);
        base.firstWeekday = p.rosterBase().firstWeekday;
        const AgentRosterSolution s = roster(base, demand);
        QVERIFY(s.hasSolution);
        QCOMPARE(s.unstaffedShifts, 0);
        QCOMPARE(int(s.roster.assignments.size()), shifts);
        QCOMPARE(int(s.evaluation.violations.size()), 0);
        for (const Assignment &a : s.roster.assignments) {
            QVERIFY(!a.skills.isEmpty());
            for (const QString &k : a.skills)
                QVERIFY2(s.roster.agents[size_t(a.agent)].skills.contains(k),
                         qPrintable(s.roster.agents[size_t(a.agent)].id + QStringLiteral(" lacks ") + k));
        }
        // Each group's shifts are all staffed, by agents of its skill set.
        for (const AgentGroup &g : groups) {
            int planned = 0, staffed = 0;
            for (const ShiftDemand &d : demand)
                planned += d.group == g.name ? d.count : 0;
            QStringList want = g.skills;
            want.sort();
            for (const Assignment &a : s.roster.assignments)
                staffed += a.skills == want ? 1 : 0;
            QCOMPARE(staffed, planned);
        }
    }

    /// Hand-checked: one shift of a group on Monday; the only agent free that day lacks (part of)
    /// the group's skills, so the shift stays unstaffed and the relaxation adds an agent with the
    /// group's skill set, named in its title.
    void missingSkillLeavesShiftUnstaffed_data()
    {
        QTest::addColumn<QString>("groupSkills");
        QTest::addColumn<QStringList>("agents");  // skill sets
        QTest::addColumn<QList<int>>("daysOff"); // per agent: fixed day off 0 (1) or none (0)
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("newSkills");
        QTest::newRow("Billing agent off, Sales agent free")
            << kBilling << QStringList{kBilling, kSales} << QList<int>{1, 0}
            << QStringLiteral("+1 agent(s) with skill Billing (group Team, contract FT)") << QStringList{kBilling};
        QTest::newRow("blended group, single-skill agents")
            << QStringLiteral("Sales+Billing") << QStringList{kBilling, kSales} << QList<int>{0, 0}
            << QStringLiteral("+1 agent(s) with skills Billing, Sales (group Team, contract FT)") << QStringList{kBilling, kSales};
    }
    void missingSkillLeavesShiftUnstaffed()
    {
        QFETCH(QString, groupSkills);
        QFETCH(QStringList, agents);
        QFETCH(QList<int>, daysOff);
        QFETCH(QString, title);
        QFETCH(QStringList, newSkills);
        const std::vector<ShiftDemand> demand = shiftDemandFromResult({}, resultOf({placed(0, 0)}), {group(QStringLiteral("Team"), groupSkills)});
        AgentRoster base = team(agents);
        for (int a = 0; a < daysOff.size(); ++a)
            if (daysOff[a])
                base.agents[size_t(a)].fixedDaysOff = {0};
        const AgentRosterSolution s = roster(base, demand);
        QVERIFY(s.hasSolution);
        QCOMPARE(s.unstaffedShifts, 1);
        QVERIFY(s.roster.assignments.empty());
        QVERIFY(s.evaluation.valid());
        const std::vector<Relaxation> list = rankRelaxations(base, demand, {}, {}, nullptr, {}, &s);
        QCOMPARE(int(list.size()), 1); // no contract rule binds: only an agent helps
        QCOMPARE(list[0].kind, QStringLiteral("addAgents"));
        QCOMPARE(list[0].title, title);
        QCOMPARE(list[0].shiftsGained(), 1);
        QCOMPARE(list[0].relaxedRoster.agents.back().skills, newSkills);
        QCOMPARE(int(list[0].relaxedRoster.assignments.size()), 1);
        QCOMPARE(list[0].relaxedRoster.assignments[0].agent, int(base.agents.size())); // the new agent
    }

    /// The validator's "skill" rule on a group's shift: every skill of the group is needed; one
    /// violation per shift, naming what is missing.
    void validatorNeedsEverySkill_data()
    {
        QTest::addColumn<QString>("skill");
        QTest::addColumn<QStringList>("skills");
        QTest::addColumn<QStringList>("agentSkills");
        QTest::addColumn<QString>("message"); // "" = no violation
        QTest::newRow("holds both") << QString() << QStringList{kBilling, kSales} << QStringList{kSales, kBilling} << QString();
        QTest::newRow("lacks one") << QString() << QStringList{kBilling, kSales} << QStringList{kSales}
                                   << QStringLiteral("a0 lacks skill Billing (day 2)");
        QTest::newRow("lacks both") << QString() << QStringList{kBilling, kSales} << QStringList{}
                                    << QStringLiteral("a0 lacks skill Billing, Sales (day 2)");
        QTest::newRow("skill and skills, held") << kSales << QStringList{kSales} << QStringList{kSales} << QString();
        QTest::newRow("skill missing, skills held") << kBilling << QStringList{kSales} << QStringList{kSales}
                                                    << QStringLiteral("a0 lacks skill Billing (day 2)");
        QTest::newRow("no skills: anyone") << QString() << QStringList{} << QStringList{} << QString();
    }
    void validatorNeedsEverySkill()
    {
        QFETCH(QString, skill);
        QFETCH(QStringList, skills);
        QFETCH(QStringList, agentSkills);
        QFETCH(QString, message);
        AgentRoster r = team({agentSkills.join(QLatin1Char('+'))});
        Assignment a;
        a.start = kPerDay + 8;
        a.end = kPerDay + 16;
        a.code = QStringLiteral("D");
        a.skill = skill;
        a.skills = skills;
        r.assignments = {a};
        const RosterEvaluation ev = validateAgentRoster(r);
        QStringList found;
        for (const RosterViolation &v : ev.violations)
            if (v.rule == QLatin1String("skill"))
                found << v.message;
        QCOMPARE(found, message.isEmpty() ? QStringList{} : QStringList{message});
        QCOMPARE(ev.valid(), message.isEmpty());
    }

    /// Moving a shift by code in the editor models it on an assignment whose skills the agent has.
    void editorPicksAShiftTheAgentMayWork()
    {
        AgentRoster r = team({kSales, kBilling, kSales});
        Assignment sales;
        sales.agent = 0;
        sales.start = 8;
        sales.end = 16;
        sales.code = QStringLiteral("08:00-16:00");
        sales.skills = {kSales};
        Assignment billing = sales;
        billing.agent = 1;
        billing.skills = {kBilling};
        r.assignments = {billing, sales};
        const std::optional<Assignment> made = fromTemplate(r, sales.code, 2, 3);
        QVERIFY(made.has_value());
        QCOMPARE(made->skills, QStringList{kSales});
        QCOMPARE(made->start, 3 * kPerDay + 8);
    }

    /// The made-up team (no agents in the project): agents per skill set in proportion to each
    /// group's shifts — ⌈1.1 × shifts / 5⌉ full-timers per set on a one-week horizon — and the
    /// roster staffs every scheduled shift with them.
    void sampleTeamFollowsGroupSkills_data()
    {
        QTest::addColumn<int>("sales");   // agents a weekday, Sales 08–16
        QTest::addColumn<int>("billing"); // agents a weekday, Billing 10–18
        QTest::addColumn<int>("salesAgents");
        QTest::addColumn<int>("billingAgents");
        // 5 and 10 shifts: ⌈5.5 / 5⌉ = 2, ⌈11 / 5⌉ = 3; 10 and 20: ⌈2.2⌉ = 3, ⌈4.4⌉ = 5.
        QTest::newRow("1 and 2 a day") << 1 << 2 << 2 << 3;
        QTest::newRow("2 and 4 a day") << 2 << 4 << 3 << 5;
    }
    void sampleTeamFollowsGroupSkills()
    {
        QFETCH(int, sales);
        QFETCH(int, billing);
        QFETCH(int, salesAgents);
        QFETCH(int, billingAgents);
        const Project p = weekOfGroups({group(kSales, kSales), group(kBilling, kBilling)}, sales, billing);
        const std::vector<ShiftDemand> demand = shiftDemandFromResult(p.shifts, solveWorkPlans(p), p.groups);
        QCOMPARE(scheduled(demand), 5 * (sales + billing));
        const AgentRoster base = makeSampleTeam(p, demand);
        int withSales = 0, withBilling = 0;
        for (const Agent &a : base.agents) {
            QCOMPARE(a.skills.size(), 1);
            withSales += a.skills.contains(kSales) ? 1 : 0;
            withBilling += a.skills.contains(kBilling) ? 1 : 0;
            QCOMPARE(a.contractId, QStringLiteral("FT")); // every shift is full-time
        }
        QCOMPARE(withSales, salesAgents);
        QCOMPARE(withBilling, billingAgents);
        const AgentRosterSolution s = roster(base, demand);
        QVERIFY(s.hasSolution);
        QCOMPARE(s.unstaffedShifts, 0);
        QVERIFY(s.evaluation.valid());
    }

    /// Assignment::skills in the roster JSON and the project file: written when set, read back;
    /// an assignment without the key (a file from before groups carried skills) has none.
    void skillsRoundTrip_data()
    {
        QTest::addColumn<QStringList>("skills");
        QTest::newRow("group skills") << QStringList{kBilling, kSales};
        QTest::newRow("none") << QStringList{};
    }
    void skillsRoundTrip()
    {
        QFETCH(QStringList, skills);
        AgentRoster r = team({QStringLiteral("Sales+Billing")});
        Assignment a;
        a.start = 8;
        a.end = 16;
        a.code = QStringLiteral("08:00-16:00 Blended");
        a.skills = skills;
        r.assignments = {a};
        const nlohmann::json j = io::rosterToJson(r);
        QCOMPARE(j["assignments"][0].contains("skills"), !skills.isEmpty());
        QCOMPARE(io::rosterFromJson(j, r, QStringLiteral("x.json")).assignments, r.assignments);
        nlohmann::json old = j;
        old["assignments"][0].erase("skills");
        QCOMPARE(io::rosterFromJson(old, r, QStringLiteral("x.json")).assignments[0].skills, QStringList{});

        Project p = weekOfGroups({group(QStringLiteral("Blended"), QStringLiteral("Sales+Billing"))}, 1, 1);
        p.roster.contracts = r.contracts;
        p.roster.agents = r.agents;
        p.roster.assignments = r.assignments;
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("groups.tessera"));
        ProjectStore::save(p, path);
        const Project back = ProjectStore::load(path);
        QCOMPARE(back.roster.assignments.size(), size_t(1));
        QCOMPARE(back.roster.assignments[0].skills, skills);
        QCOMPARE(back.roster.assignments[0].code, a.code);
    }

    /// `tessera-cli roster --format tessera --sample-team` on a work-plan project: the schedule
    /// comes from the templates, and every rostered shift goes to an agent of its group's skills.
    void cliRostersWorkPlanGroups()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("PROBLEM.json")), out = dir.filePath(QStringLiteral("R.json"));
        writeProblemFile(weekOfGroups({group(kSales, kSales), group(kBilling, kBilling)}, 1, 2), in);
        const test::Run r = test::cli({"roster", in, "--format", "tessera", "--time-limit", "20", "--sample-team", "--out", out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("15 scheduled shifts")), qPrintable(r.out));
        const nlohmann::json j = test::readJson(out);
        QCOMPARE(j.at("unstaffedShifts").get<int>(), 0);
        QVERIFY(j.at("violations").empty());
        std::map<std::string, std::vector<std::string>> skillsOf;
        for (const nlohmann::json &a : j.at("roster").at("agents"))
            skillsOf[a.at("id").get<std::string>()] = a.at("skills").get<std::vector<std::string>>();
        QCOMPARE(skillsOf.size(), size_t(2 + 3)); // ⌈1.1 × 5 / 5⌉ Sales, ⌈1.1 × 10 / 5⌉ Billing
        int billing = 0;
        for (const nlohmann::json &a : j.at("roster").at("assignments")) {
            const auto skills = a.at("skills").get<std::vector<std::string>>();
            QCOMPARE(skills.size(), size_t(1));
            QCOMPARE(skillsOf[a.at("agent").get<std::string>()], skills);
            billing += skills.front() == "Billing" ? 1 : 0;
        }
        QVERIFY(billing >= 10); // 10 scheduled; a contract's minimum hours may add extra shifts
    }

    void badSkillsNameTheField()
    {
        AgentRoster r = team({kSales});
        Assignment a;
        a.start = 8;
        a.end = 16;
        r.assignments = {a};
        nlohmann::json j = io::rosterToJson(r);
        j["assignments"][0]["skills"] = nlohmann::json::array({"Sales", 3});
        try {
            io::rosterFromJson(j, r, QStringLiteral("x.json"));
            QFAIL("no error");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), QStringLiteral("x.json"));
            QCOMPARE(e.field(), QStringLiteral("roster.assignments[0].skills"));
        }
    }
};

QTEST_GUILESS_MAIN(TestGroupSkills)
#include "test_groupskills.moc"
