// SPDX-License-Identifier: GPL-3.0-or-later
// Shift templates: expansion over a horizon (incl. DST weeks), premium costs, implicit break
// placement (Aykin 1996) against explicit enumeration, decoded break validity, multi-skill
// coverage, PROBLEM.json / RESULT.json, the project file's schema 3 and tessera-cli solve.
#include "core/cli/cli.h"
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/project/projectstore.h"
#include "core/scheduling/templatesolver.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

using namespace tessera;
using nlohmann::json;

Q_DECLARE_METATYPE(std::vector<int>)
Q_DECLARE_METATYPE(std::vector<double>)

namespace {

IntervalGrid grid(const char *zone, QDate first, int days, int intervalMinutes = 15)
{
    const QTimeZone tz(zone);
    const QDateTime start(first, QTime(0, 0), tz);
    const QDateTime end(first.addDays(days), QTime(0, 0), tz);
    return IntervalGrid(start, intervalMinutes, int(start.secsTo(end) / (intervalMinutes * 60)));
}

ShiftTemplate tmpl(const char *id, int earliest, int latest, int inc, std::vector<int> lengths,
                   std::vector<BreakRule> breaks = {}, double rate = 1.0)
{
    ShiftTemplate t;
    t.id = QString::fromLatin1(id);
    t.earliestStartMinutes = earliest;
    t.latestStartMinutes = latest;
    t.startIncrementMinutes = inc;
    t.lengthsMinutes = std::move(lengths);
    t.breaks = std::move(breaks);
    t.costPerPaidHour = rate;
    return t;
}

/// A one-skill, one-group problem on a 1-day UTC grid.
TemplateProblem singleSkill(std::vector<double> demand, std::vector<ShiftTemplate> templates, int intervalMinutes)
{
    TemplateProblem p;
    p.grid = IntervalGrid(QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()), intervalMinutes, int(demand.size()));
    p.templates = std::move(templates);
    p.skills = {Skill{QStringLiteral("voice"), std::move(demand)}};
    p.groups = {AgentGroup{QStringLiteral("agents"), {QStringLiteral("voice")}, 0}};
    return p;
}

/// A bell-shaped daily curve on 15-min intervals between 07:00 and 21:00, peak `peak`.
std::vector<double> dayCurve(int intervals, double peak, int seed)
{
    std::vector<double> d(intervals, 0.0);
    for (int i = 0; i < intervals; ++i) {
        const double hour = i * 24.0 / intervals;
        if (hour < 7 || hour >= 21)
            continue;
        const double x = (hour - 13.0 - 0.5 * (seed % 3)) / 4.0;
        d[i] = std::ceil(peak * std::exp(-x * x) + (seed * 7 + i) % 3 * 0.3);
    }
    return d;
}

SolveOptions exact()
{
    SolveOptions o;
    o.timeLimitSeconds = 120;
    o.relativeGap = 0.0;
    return o;
}

/// Every decoded break lies in its rule's window, has the rule's duration, ends inside the shift
/// and keeps the rule's gap after the previous break; coverage recomputed from the decoded
/// shifts equals the model's Σx − Σb.
void checkDecoded(const TemplateProblem &p, const TemplateModel &m, const std::vector<double> &solution)
{
    const std::vector<DecodedShift> shifts = decodeSchedule(m, solution);
    std::map<QString, const GeneratedShift *> byId;
    for (const GeneratedShift &g : m.variants)
        byId[g.shift.id] = &g;
    const int L = p.grid.intervalMinutes();
    for (const DecodedShift &s : shifts) {
        const GeneratedShift &g = *byId.at(s.shiftId);
        QCOMPARE(s.breaks.size(), g.windows.size());
        for (size_t k = 0; k < s.breaks.size(); ++k) {
            const BreakRule &rule = p.templates[g.templateIndex].breaks[g.windows[k].rule];
            const int offsetMinutes = (s.breaks[k].start - s.start) * L;
            QVERIFY2(offsetMinutes >= rule.earliestStartMinutes && offsetMinutes <= rule.latestStartMinutes,
                     qPrintable(QStringLiteral("%1 break %2 at +%3 min").arg(s.shiftId).arg(k).arg(offsetMinutes)));
            QCOMPARE((s.breaks[k].end - s.breaks[k].start) * L, rule.durationMinutes);
            QVERIFY(s.breaks[k].end <= s.end);
            if (k > 0)
                QVERIFY2((s.breaks[k].start - s.breaks[k - 1].end) * L >= rule.minGapMinutes,
                         qPrintable(QStringLiteral("%1 breaks %2 and %3 too close").arg(s.shiftId).arg(k - 1).arg(k)));
        }
    }
    QCOMPARE(onDutyFromShifts(p, shifts), onDutyFromModel(p, m, solution));
}

} // namespace

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void expansion_data();
    void expansion();
    void cost_data();
    void cost();
    void implicitMatchesExplicit_data();
    void implicitMatchesExplicit();
    void aggregatedMatchesAykin_data();
    void aggregatedMatchesAykin();
    void decodedBreaksValid_data();
    void decodedBreaksValid();
    void multiSkill_data();
    void multiSkill();
    void infeasibleNamesUncovered_data();
    void infeasibleNamesUncovered();
    void jsonRoundTrip();
    void badInput_data();
    void badInput();
    void projectMigration();
    void cliSolve();
    void cliSaveKeepsBreakTimes();
};

void TestTemplates::expansion_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("days");
    QTest::addColumn<std::vector<int>>("weekdays");
    QTest::addColumn<int>("earliest");
    QTest::addColumn<int>("latest");
    QTest::addColumn<int>("increment");
    QTest::addColumn<std::vector<int>>("lengths");
    QTest::addColumn<bool>("cyclic");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("probeId"); // a variant to check
    QTest::addColumn<int>("probeStart");
    QTest::addColumn<int>("probeEnd");

    // 2026-06-01 is a Monday.
    QTest::newRow("one day, hourly 07-09, 8 h") << QByteArray("UTC") << QDate(2026, 6, 1) << 1 << std::vector<int>{} << 420
                                                << 540 << 60 << std::vector<int>{480} << false << 3
                                                << "t/d0/0800/480" << 32 << 64;
    QTest::newRow("week Mon-Fri 06:00-10:00 /15, 2 lengths")
        << QByteArray("UTC") << QDate(2026, 6, 1) << 7 << std::vector<int>{1, 2, 3, 4, 5} << 360 << 600 << 15
        << std::vector<int>{240, 480} << false << 5 * 17 * 2 << "t/d4/1000/480" << 4 * 96 + 40 << 4 * 96 + 72;
    QTest::newRow("late starts past the horizon dropped")
        << QByteArray("UTC") << QDate(2026, 6, 1) << 1 << std::vector<int>{} << 1200 << 1425 << 15 << std::vector<int>{240}
        << false << 1 << "t/d0/2000/240" << 80 << 96;
    QTest::newRow("late starts wrap when cyclic")
        << QByteArray("UTC") << QDate(2026, 6, 1) << 1 << std::vector<int>{} << 1200 << 1425 << 15 << std::vector<int>{240}
        << true << 16 << "t/d0/2300/240" << 92 << 108;
    // Berlin 2026-03-29 (Sunday): 02:00 → 03:00. The grid has 7 × 96 − 4 intervals; Saturday's
    // 22:00 night shift ends at 06:00 wall clock after 7 h (28 intervals); Sunday's 02:30 start
    // does not exist.
    QTest::newRow("DST spring week, night shift 7 h")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 23) << 7 << std::vector<int>{} << 1320 << 1320 << 15
        << std::vector<int>{480} << false << 6 << "t/d5/2200/480" << 5 * 96 + 88 << 5 * 96 + 88 + 28;
    QTest::newRow("DST spring week, 02:30 skipped on Sunday")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 23) << 7 << std::vector<int>{} << 150 << 150 << 15
        << std::vector<int>{240} << false << 6 << "t/d6/0230/240" << -1 << -1;
    QTest::newRow("DST spring week, Sunday 08:00 index")
        << QByteArray("Europe/Berlin") << QDate(2026, 3, 23) << 7 << std::vector<int>{7} << 480 << 480 << 15
        << std::vector<int>{240} << false << 1 << "t/d6/0800/240" << 6 * 96 + 28 << 6 * 96 + 44;
    // Berlin 2026-10-25 (Sunday): 03:00 → 02:00; Saturday night's shift lasts 9 h.
    QTest::newRow("DST autumn week, night shift 9 h")
        << QByteArray("Europe/Berlin") << QDate(2026, 10, 19) << 7 << std::vector<int>{6} << 1320 << 1320 << 15
        << std::vector<int>{480} << false << 1 << "t/d5/2200/480" << 5 * 96 + 88 << 5 * 96 + 88 + 36;
}

void TestTemplates::expansion()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, first);
    QFETCH(int, days);
    QFETCH(std::vector<int>, weekdays);
    QFETCH(int, earliest);
    QFETCH(int, latest);
    QFETCH(int, increment);
    QFETCH(std::vector<int>, lengths);
    QFETCH(bool, cyclic);
    QFETCH(int, count);
    QFETCH(QString, probeId);
    QFETCH(int, probeStart);
    QFETCH(int, probeEnd);
    ShiftTemplate t = tmpl("t", earliest, latest, increment, lengths);
    t.days = weekdays;
    const auto shifts = generateShifts({t}, grid(zone.constData(), first, days), cyclic);
    QCOMPARE(int(shifts.size()), count);
    const auto it = std::find_if(shifts.begin(), shifts.end(), [&](const GeneratedShift &g) { return g.shift.id == probeId; });
    if (probeStart < 0) {
        QVERIFY(it == shifts.end());
        return;
    }
    QVERIFY2(it != shifts.end(), qPrintable(probeId));
    QCOMPARE(it->shift.start, probeStart);
    QCOMPARE(it->shift.end, probeEnd);
}

void TestTemplates::cost_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("startMinutes");
    QTest::addColumn<double>("expected");
    // 20 / paid hour, 8 h with a 30-min unpaid meal (7.5 paid hours), evening +50 % from 19:00 to
    // 07:00, weekend +20 %. 2026-06-03 is a Wednesday, 2026-06-06 a Saturday.
    QTest::newRow("Wed day shift, no premium") << QDate(2026, 6, 3) << 8 * 60 << 20 * 7.5;
    QTest::newRow("Wed 15-23: half in the evening") << QDate(2026, 6, 3) << 15 * 60 << 20 * 7.5 * (1 + 0.5 * 0.5);
    QTest::newRow("Sat 15-23: evening and weekend") << QDate(2026, 6, 6) << 15 * 60 << 20 * 7.5 * (1 + 0.25 + 0.2);
    QTest::newRow("Fri 20-04: evening, a quarter on Saturday") << QDate(2026, 6, 5) << 20 * 60 << 20 * 7.5 * (1 + 0.5 + 0.2 * 0.5);
}

void TestTemplates::cost()
{
    QFETCH(QDate, day);
    QFETCH(int, startMinutes);
    QFETCH(double, expected);
    ShiftTemplate t = tmpl("c", startMinutes, startMinutes, 15, {480}, {BreakRule{30, false, 180, 300, 0, 0}}, 20.0);
    t.eveningPremium = 0.5;
    t.weekendPremium = 0.2;
    const auto shifts = generateShifts({t}, grid("UTC", QDate(2026, 6, 1), 7));
    const int d = int(QDate(2026, 6, 1).daysTo(day));
    const auto it = std::find_if(shifts.begin(), shifts.end(), [&](const GeneratedShift &g) { return g.day == d; });
    QVERIFY(it != shifts.end());
    QCOMPARE(it->shift.cost, expected);
}

void TestTemplates::implicitMatchesExplicit_data()
{
    QTest::addColumn<std::vector<double>>("demand");
    QTest::addColumn<int>("lengthMinutes");
    QTest::addColumn<int>("secondBreakFrom"); // minShiftLength of the 15-min break (large = never)
    QTest::addColumn<bool>("soft");
    QTest::addColumn<int>("maxPerDay");

    QTest::newRow("meal only, hard") << dayCurve(96, 6, 0) << 480 << 10000 << false << -1;
    QTest::newRow("meal + break, hard") << dayCurve(96, 7, 1) << 540 << 480 << false << -1;
    QTest::newRow("meal + break, soft") << dayCurve(96, 9, 2) << 480 << 480 << true << -1;
    QTest::newRow("meal + break, max 4 per day, soft") << dayCurve(96, 8, 1) << 540 << 480 << true << 4;
}

void TestTemplates::implicitMatchesExplicit()
{
    QFETCH(std::vector<double>, demand);
    QFETCH(int, lengthMinutes);
    QFETCH(int, secondBreakFrom);
    QFETCH(bool, soft);
    QFETCH(int, maxPerDay);
    // Meal 30 min unpaid starting 2–4 h in; a paid 15-min break at least 60 min after the meal,
    // starting 4–6 h in, for long shifts. Starts every 30 min, plus a 4-h part-time length.
    ShiftTemplate t = tmpl("t", 6 * 60, 16 * 60, 30, {240, lengthMinutes},
                           {BreakRule{30, false, 120, 240, 0, 300}, BreakRule{15, true, 240, 360, 60, secondBreakFrom}}, 10.0);
    t.maxPerDay = maxPerDay;
    TemplateProblem p = singleSkill(demand, {t}, 15);
    p.coverage.mode = soft ? CoverageMode::Soft : CoverageMode::Hard;
    p.coverage.underPenalty = 4.0;
    const TemplateSolveResult implicit = solveTemplates(p, exact(), BreakModel::Implicit);
    const TemplateSolveResult explicitModel = solveTemplates(p, exact(), BreakModel::Explicit);
    QCOMPARE(implicit.status, SolveStatus::Optimal);
    QCOMPARE(explicitModel.status, SolveStatus::Optimal);
    QVERIFY2(std::fabs(implicit.objective - explicitModel.objective) < 1e-6,
             qPrintable(QStringLiteral("%1 vs %2").arg(implicit.objective).arg(explicitModel.objective)));
    // The implicit model is smaller wherever a shift has two breaks.
    if (secondBreakFrom <= lengthMinutes)
        QVERIFY(implicit.columns < explicitModel.columns);
}

void TestTemplates::aggregatedMatchesAykin_data()
{
    QTest::addColumn<std::vector<double>>("demand");
    QTest::addColumn<int>("gap");         // minGap of the 15-min break after the meal
    QTest::addColumn<bool>("twoGroups");  // a second group (students, own template, at most 3 a day)
    QTest::addColumn<bool>("aggregated"); // whether Bechtold & Jacobs applies (else Aykin is built)

    QTest::newRow("meal + break, separate windows") << dayCurve(96, 9, 0) << 30 << false << true;
    QTest::newRow("two groups, separate windows") << dayCurve(96, 11, 1) << 30 << true << true;
    QTest::newRow("break may follow the meal closely") << dayCurve(96, 8, 2) << 0 << false << true;
    // With a 90-min gap the meal's latest end + gap passes the break's earliest start: the
    // windows interact, B&J does not apply and the builder falls back to Aykin.
    QTest::newRow("interacting windows fall back") << dayCurve(96, 8, 1) << 90 << false << false;
}

void TestTemplates::aggregatedMatchesAykin()
{
    QFETCH(std::vector<double>, demand);
    QFETCH(int, gap);
    QFETCH(bool, twoGroups);
    QFETCH(bool, aggregated);
    // The benchmark's rules on one day: meal 30 min starting 3–4.5 h in (6 h and longer), paid
    // 15-min break 5.5–7 h in (8 h and longer).
    ShiftTemplate t = tmpl("t", 5 * 60, 15 * 60, 15, {240, 360, 480, 540},
                           {BreakRule{30, false, 180, 270, 0, 360}, BreakRule{15, true, 330, 420, gap, 480}}, 10.0);
    // Students: 6-h afternoon shifts with a meal, cheaper, at most 3 a day.
    ShiftTemplate student = tmpl("student", 12 * 60, 17 * 60, 30, {360}, {BreakRule{30, false, 150, 210, 0, 0}}, 8.0);
    if (twoGroups) {
        t.groups = {QStringLiteral("agents")};
        student.groups = {QStringLiteral("students")};
    }
    TemplateProblem p = singleSkill(demand, twoGroups ? std::vector<ShiftTemplate>{t, student} : std::vector<ShiftTemplate>{t}, 15);
    p.coverage.mode = CoverageMode::Soft;
    p.coverage.underPenalty = 6.0;
    if (twoGroups)
        p.groups.push_back(AgentGroup{QStringLiteral("students"), {QStringLiteral("voice")}, 3});
    const TemplateModel bj = buildTemplateModel(p, BreakModel::Aggregated);
    const TemplateModel ay = buildTemplateModel(p, BreakModel::Implicit);
    QCOMPARE(bj.kind == BreakModel::Aggregated, aggregated);
    if (aggregated)
        QVERIFY2(bj.columns < ay.columns, qPrintable(QStringLiteral("%1 vs %2 columns").arg(bj.columns).arg(ay.columns)));
    const MipOutcome a = solveMip(bj, 120, 0.0), b = solveMip(ay, 120, 0.0);
    QVERIFY(a.provenOptimal && b.provenOptimal);
    QVERIFY2(std::fabs(a.objective - b.objective) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(a.objective).arg(b.objective)));
    checkDecoded(p, bj, a.solution);
}

void TestTemplates::decodedBreaksValid_data()
{
    QTest::addColumn<std::vector<double>>("demand");
    QTest::addColumn<int>("mealLatest");
    QTest::addColumn<int>("gap");
    QTest::newRow("tight windows") << dayCurve(96, 10, 0) << 180 << 0;
    QTest::newRow("overlapping windows, 30-min gap") << dayCurve(96, 12, 1) << 300 << 30;
    QTest::newRow("wide windows, 60-min gap") << dayCurve(96, 14, 2) << 330 << 60;
}

void TestTemplates::decodedBreaksValid()
{
    QFETCH(std::vector<double>, demand);
    QFETCH(int, mealLatest);
    QFETCH(int, gap);
    // Three breaks whose windows overlap so that the precedence rows matter.
    const ShiftTemplate t = tmpl("t", 5 * 60, 15 * 60, 15, {480, 540},
                                 {BreakRule{15, true, 60, 180, 0, 0}, BreakRule{30, false, 120, mealLatest, gap, 0},
                                  BreakRule{15, true, 240, 420, gap, 0}},
                                 10.0);
    const TemplateProblem p = singleSkill(demand, {t}, 15);
    const TemplateModel m = buildTemplateModel(p, BreakModel::Implicit);
    const MipOutcome o = solveMip(m, 30, 0.05); // any good schedule will do here
    QVERIFY(!o.solution.empty());
    const std::vector<DecodedShift> shifts = decodeSchedule(m, o.solution);
    QVERIFY(!shifts.empty());
    checkDecoded(p, m, o.solution);
    if (QTest::currentTestFailed())
        return;
    // The decoded schedule meets demand.
    const auto fromShifts = onDutyFromShifts(p, shifts);
    for (size_t i = 0; i < demand.size(); ++i)
        QVERIFY(fromShifts[0][i] >= demand[i] - 1e-9);
}

void TestTemplates::multiSkill_data()
{
    QTest::addColumn<std::vector<double>>("billing");
    QTest::addColumn<std::vector<double>>("spanish");
    QTest::addColumn<int>("bilingualMax");
    QTest::addColumn<double>("objective");
    QTest::addColumn<int>("billingOnly");
    QTest::addColumn<int>("bilingual");
    QTest::addColumn<double>("spanishUnder"); // agent-intervals short on Spanish

    // 1-hour intervals, one day; one 8-h shift 08:00–16:00 per group, no breaks.
    // Billing-only agents cost 10/h (80/shift), bilingual agents 12/h (96/shift). Spanish work
    // can only be done by the bilingual group.
    std::vector<double> two(24, 0.0), one(24, 0.0);
    for (int h = 8; h < 16; ++h) {
        two[h] = 2;
        one[h] = 1;
    }
    // 2 billing + 1 Spanish: 2 × 80 + 1 × 96.
    QTest::newRow("cross-skilled group covers Spanish") << two << one << 0 << 256.0 << 2 << 1 << 0.0;
    // 2 billing + 2 Spanish with at most 1 bilingual agent: 1 Spanish agent short for 8 h at 20.
    QTest::newRow("bilingual headcount binds") << two << two << 1 << 256.0 + 160.0 << 2 << 1 << 8.0;
    // Spanish only: bilingual agents, nobody billing-only.
    QTest::newRow("Spanish only") << std::vector<double>(24, 0.0) << two << 0 << 192.0 << 0 << 2 << 0.0;
}

void TestTemplates::multiSkill()
{
    QFETCH(std::vector<double>, billing);
    QFETCH(std::vector<double>, spanish);
    QFETCH(int, bilingualMax);
    QFETCH(double, objective);
    QFETCH(int, billingOnly);
    QFETCH(int, bilingual);
    QFETCH(double, spanishUnder);
    TemplateProblem p;
    p.grid = IntervalGrid(QDateTime(QDate(2026, 6, 1), QTime(0, 0), QTimeZone::utc()), 60, 24);
    ShiftTemplate a = tmpl("a", 480, 480, 60, {480}, {}, 10.0);
    a.groups = {QStringLiteral("billing")};
    ShiftTemplate b = tmpl("b", 480, 480, 60, {480}, {}, 12.0);
    b.groups = {QStringLiteral("bilingual")};
    p.templates = {a, b};
    p.skills = {Skill{QStringLiteral("billing"), billing}, Skill{QStringLiteral("spanish"), spanish}};
    p.groups = {AgentGroup{QStringLiteral("billing"), {QStringLiteral("billing")}, 0},
                AgentGroup{QStringLiteral("bilingual"), {QStringLiteral("billing"), QStringLiteral("spanish")}, bilingualMax}};
    p.coverage.mode = CoverageMode::Soft;
    p.coverage.underPenalty = 20.0;
    const TemplateSolveResult r = solveTemplates(p, exact());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QCOMPARE(r.objective, objective);
    int counts[2] = {0, 0};
    for (const DecodedShift &s : r.shifts)
        ++counts[s.group];
    QCOMPARE(counts[0], billingOnly);
    QCOMPARE(counts[1], bilingual);
    double under = 0;
    for (const IntervalCoverage &c : r.skillCoverage[1])
        under += c.under;
    QCOMPARE(under, spanishUnder);
    for (const IntervalCoverage &c : r.skillCoverage[0])
        QCOMPARE(c.under, 0.0);
}

void TestTemplates::infeasibleNamesUncovered_data()
{
    QTest::addColumn<std::vector<int>>("needed");    // intervals (15 min) with demand 1
    QTest::addColumn<std::vector<int>>("uncovered"); // expected diagnosis
    // Shifts start 06:00–10:00 and last 4 h: they span intervals 24–55.
    QTest::newRow("03:00 only") << std::vector<int>{12} << std::vector<int>{12};
    QTest::newRow("night and morning") << std::vector<int>{12, 13, 30, 60} << std::vector<int>{12, 13, 60};
}

void TestTemplates::infeasibleNamesUncovered()
{
    QFETCH(std::vector<int>, needed);
    QFETCH(std::vector<int>, uncovered);
    std::vector<double> demand(96, 0.0);
    for (int t : needed)
        demand[t] = 1.0;
    const TemplateProblem p = singleSkill(demand, {tmpl("t", 360, 600, 60, {240})}, 15);
    const TemplateSolveResult r = solveTemplates(p, exact());
    QCOMPARE(r.status, SolveStatus::Infeasible);
    QCOMPARE(r.diagnosis.size(), size_t(1));
    QCOMPARE(r.diagnosis[0].kind, QStringLiteral("uncovered"));
    QCOMPARE(r.diagnosis[0].intervals, uncovered);
    QVERIFY2(r.diagnosis[0].message.contains(QLatin1String("Mon 03:00")), qPrintable(r.diagnosis[0].message));
}

namespace {
Project templateProject()
{
    Project p;
    p.name = QStringLiteral("week");
    p.timeZone = "Europe/Berlin";
    p.start = QDateTime(QDate(2026, 3, 23), QTime(0, 0), QTimeZone("Europe/Berlin"));
    p.intervalMinutes = 15;
    p.cyclic = true;
    const int T = 7 * 96 - 4;
    ShiftTemplate day = tmpl("day", 6 * 60, 12 * 60, 30, {480, 540},
                             {BreakRule{30, false, 180, 300, 0, 0}, BreakRule{15, true, 360, 420, 60, 540}}, 18.5);
    day.days = {1, 2, 3, 4, 5};
    day.eveningPremium = 0.25;
    day.weekendPremium = 0.5;
    day.weekendDays = {5, 6};
    day.maxPerDay = 40;
    ShiftTemplate part = tmpl("part", 16 * 60, 18 * 60, 60, {240}, {}, 15.0);
    part.groups = {QStringLiteral("multi")};
    p.templates = {day, part};
    std::vector<double> billing(T, 0.0), spanish(T, 0.0);
    for (int t = 0; t < T; ++t) {
        const int minute = (t % 96) * 15;
        billing[t] = minute >= 8 * 60 && minute < 18 * 60 ? 3.5 : 0.0;
        spanish[t] = minute >= 16 * 60 && minute < 20 * 60 ? 1.0 : 0.0;
    }
    p.skills = {Skill{QStringLiteral("billing"), billing}, Skill{QStringLiteral("español"), spanish}};
    p.groups = {AgentGroup{QStringLiteral("mono"), {QStringLiteral("billing")}, 12},
                AgentGroup{QStringLiteral("multi"), {QStringLiteral("billing"), QStringLiteral("español")}, 0}};
    p.demand.assign(T, 0.0);
    for (int t = 0; t < T; ++t)
        p.demand[t] = billing[t] + spanish[t];
    p.coverage.mode = CoverageMode::Soft;
    p.coverage.underPenalty = 50.0;
    p.solveTimeLimitSeconds = 60;
    p.staffing.shrinkage = 0.0;
    return p;
}
} // namespace

void TestTemplates::jsonRoundTrip()
{
    const Project p = templateProject();
    const json j = projectToJson(p);
    QVERIFY(j.contains("templates") && j.contains("skills") && j.contains("groups"));
    QCOMPARE(QString::fromStdString(j["templates"][0]["earliestStart"].get<std::string>()), QStringLiteral("06:00"));
    const Project back = projectFromJson(json::parse(j.dump()), QStringLiteral("p.json"));
    QVERIFY(back.templates == p.templates);
    QVERIFY(back.skills == p.skills);
    QVERIFY(back.groups == p.groups);
    QVERIFY(back == p);
    // An old file (no templates keys) still reads, with none.
    json old = j;
    old.erase("templates");
    old.erase("skills");
    old.erase("groups");
    const Project plain = projectFromJson(old, QStringLiteral("old.json"));
    QVERIFY(plain.templates.empty() && plain.skills.empty() && plain.groups.empty());
}

void TestTemplates::badInput_data()
{
    QTest::addColumn<QString>("pointer"); // JSON pointer to change
    QTest::addColumn<QString>("value");   // JSON text
    QTest::addColumn<QString>("field");   // expected InputError field
    QTest::addColumn<QString>("reason");  // part of the reason

    QTest::newRow("latest before earliest") << "/templates/0/latestStart" << "\"05:00\"" << "templates[0].latestStart" << "before the earliest";
    QTest::newRow("bad clock") << "/templates/0/earliestStart" << "\"25:00\"" << "templates[0].earliestStart" << "not a time of day";
    QTest::newRow("break window outside the shift") << "/templates/0/breaks/0/latestStart" << "480"
                                                    << "templates[0].breaks[0]" << "outside the 480-min shift";
    QTest::newRow("break cannot follow") << "/templates/0/breaks/1/minGap" << "240" << "templates[0].breaks[1]"
                                         << "cannot start within its window";
    QTest::newRow("increment off grid") << "/templates/0/startIncrement" << "20" << "templates[0].startIncrement" << "multiple";
    QTest::newRow("zero length") << "/templates/0/lengths/0" << "0" << "templates[0].lengths[0]" << "multiple";
    QTest::newRow("no lengths") << "/templates/0/lengths" << "null" << "templates[0].lengths" << "missing";
    QTest::newRow("lengths not minutes") << "/templates/0/lengths/1" << "\"9h\"" << "templates[0].lengths[1]" << "integer";
    QTest::newRow("unknown weekday") << "/templates/0/days/0" << "\"Funday\"" << "templates[0].days[0]" << "weekday";
    QTest::newRow("unknown group") << "/templates/1/groups/0" << "\"nobody\"" << "templates[1].groups" << "unknown group";
    QTest::newRow("skill demand too short") << "/skills/1/demand" << "[1, 2]" << "skills[1].demand" << "has 2 intervals";
    QTest::newRow("skill without demand") << "/skills/0/demand" << "null" << "skills[0].demand" << "missing";
    QTest::newRow("group with unknown skill") << "/groups/0/skills/0" << "\"french\"" << "groups[0].skills" << "unknown skill";
}

void TestTemplates::badInput()
{
    QFETCH(QString, pointer);
    QFETCH(QString, value);
    QFETCH(QString, field);
    QFETCH(QString, reason);
    json j = projectToJson(templateProject());
    j[json::json_pointer(pointer.toStdString())] = json::parse(value.toStdString());
    try {
        projectFromJson(j, QStringLiteral("PROBLEM.json"));
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), QStringLiteral("PROBLEM.json"));
        QCOMPARE(e.field(), field);
        QVERIFY2(e.reason().contains(reason), qPrintable(e.message()));
    }
}

void TestTemplates::projectMigration()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("old.tessera"));
    Project p = templateProject();
    const std::vector<ShiftTemplate> templates = p.templates;
    const std::vector<Skill> skills = p.skills;
    const std::vector<AgentGroup> groups = p.groups;
    p.templates.clear();
    p.skills.clear();
    p.groups.clear();
    p.shifts = {Shift{QStringLiteral("early"), 24, 56, {{36, 38}}, 8.0, -1, false}};
    // Forge a schema-2 file: what the previous version wrote.
    ProjectStore::save(p, file);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("forge"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        for (const char *sql : {"DROP TABLE roster", "DROP TABLE shift_template", "DROP TABLE skill_demand", "DROP TABLE skill",
                                "DROP TABLE agent_group", "PRAGMA user_version = 2"}) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("forge"));
    Project migrated = ProjectStore::load(file);
    QVERIFY(migrated == p); // explicit catalog intact, no templates
    // Templates added to the migrated project round-trip through schema 3.
    migrated.templates = templates;
    migrated.skills = skills;
    migrated.groups = groups;
    ProjectStore::save(migrated, file);
    const Project back = ProjectStore::load(file);
    QVERIFY(back.templates == templates);
    QVERIFY(back.skills == skills);
    QVERIFY(back.groups == groups);
    QVERIFY(back == migrated);
}

void TestTemplates::cliSolve()
{
    QTemporaryDir dir;
    const QString problem = dir.filePath(QStringLiteral("PROBLEM.json"));
    const QString result = dir.filePath(QStringLiteral("RESULT.json"));
    writeProblemFile(templateProject(), problem);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int rc = runCli({QStringLiteral("solve"), problem, QStringLiteral("--out"), result, QStringLiteral("--gap"),
                           QStringLiteral("0.02"), QStringLiteral("--time-limit"), QStringLiteral("10")},
                          out, err);
    QVERIFY2(rc == CliOk, qPrintable(outText + errText));
    QVERIFY(outText.contains(QLatin1String("(implicit breaks)")));
    QString badOut, badErr;
    QTextStream bo(&badOut), be(&badErr);
    QCOMPARE(runCli({QStringLiteral("solve"), problem, QStringLiteral("--breaks"), QStringLiteral("fancy")}, bo, be), int(CliError));
    be.flush();
    QVERIFY2(badErr.contains(QLatin1String("--breaks")) && badErr.contains(QLatin1String("aggregated")), qPrintable(badErr));
    QFile f(result);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const json r = json::parse(f.readAll().toStdString());
    QVERIFY(!r["scheduledShifts"].empty());
    QCOMPARE(r["skills"].size(), size_t(2));
    QCOMPARE(r["skills"][1]["name"].get<std::string>(), std::string("español"));
    // Every scheduled "day" shift has its meal, with local times, inside the shift.
    for (const json &s : r["scheduledShifts"]) {
        if (s["template"] != "day")
            continue;
        QVERIFY(s["breaks"].size() >= 1);
        const int start = s["startInterval"], end = s["endInterval"];
        for (const json &b : s["breaks"]) {
            QVERIFY(b["startInterval"].get<int>() >= start && b["endInterval"].get<int>() <= end);
            QVERIFY(QDateTime::fromString(QString::fromStdString(b["start"].get<std::string>()), Qt::ISODate).isValid());
        }
    }
    // export-mps writes the implicit template model (break columns and link rows).
    const QString mps = dir.filePath(QStringLiteral("model.mps"));
    QCOMPARE(runCli({QStringLiteral("export-mps"), problem, QStringLiteral("--out"), mps}, out, err), int(CliOk));
    QFile m(mps);
    QVERIFY(m.open(QIODevice::ReadOnly));
    const QByteArray text = m.readAll();
    QVERIFY(text.contains("link_") && text.contains("capacity_1_"));
    // Spanish evenings (16–20) can only be worked by the multi-skill group's shifts.
    double spanishUnder = 0;
    for (const json &c : r["skills"][1]["intervals"])
        spanishUnder += c["under"].get<double>();
    QCOMPARE(spanishUnder, 0.0);
}

void TestTemplates::cliSaveKeepsBreakTimes()
{
    // tessera-cli solve PROJECT.tessera --save stores each agent's shift with its placed breaks.
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("week.tessera"));
    ProjectStore::save(templateProject(), file);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int rc = runCli({QStringLiteral("solve"), file, QStringLiteral("--save"), QStringLiteral("--gap"), QStringLiteral("0.02"),
                           QStringLiteral("--time-limit"), QStringLiteral("20")},
                          out, err);
    QVERIFY2(rc == CliOk, qPrintable(outText + errText));
    const Project saved = ProjectStore::load(file);
    QVERIFY(saved.lastResult && saved.lastResult->hasSolution());
    const std::vector<DecodedShift> &placed = saved.lastResult->placedShifts;
    QVERIFY(!placed.empty());
    int agents = 0;
    for (int n : saved.lastResult->shiftCounts)
        agents += n;
    QCOMPARE(int(placed.size()), agents); // one placed shift per agent counted
    const TemplateProblem p = saved.toTemplateProblem();
    const int L = p.grid.intervalMinutes();
    for (const DecodedShift &s : placed) {
        const ShiftTemplate &t = p.templates.at(size_t(s.templateIndex));
        QVERIFY(s.shiftId.startsWith(t.id + QLatin1Char('/')));
        int k = 0;
        for (const BreakRule &rule : t.breaks) {
            if ((s.end - s.start) * L < rule.minShiftMinutes)
                continue;
            const int offset = (s.breaks.at(size_t(k)).start - s.start) * L;
            QVERIFY(offset >= rule.earliestStartMinutes && offset <= rule.latestStartMinutes);
            QCOMPARE(bool(s.breakPaid.at(size_t(k))), rule.paid);
            ++k;
        }
        QCOMPARE(int(s.breaks.size()), k);
    }
    // The on-duty count the project file keeps is the placed shifts net of their breaks.
    std::vector<double> onDuty(size_t(p.grid.count()), 0.0);
    for (const DecodedShift &s : placed)
        for (int t = s.start; t < s.end; ++t) {
            const bool onBreak = std::any_of(s.breaks.begin(), s.breaks.end(), [t](const Break &b) { return t >= b.start && t < b.end; });
            if (!onBreak)
                onDuty[size_t(t % p.grid.count())] += 1.0;
        }
    for (size_t t = 0; t < onDuty.size(); ++t)
        QCOMPARE(saved.lastResult->intervals[t].scheduled, onDuty[t]);
}

QTEST_MAIN(TestTemplates)
#include "test_templates.moc"
