// SPDX-License-Identifier: GPL-3.0-or-later
// Named-agent rostering: the integer program (core/rostering/nrpmodel.h) on hand-solved tiny
// instances and on Curtois & Qu's Instance1, checked by the independent validator; soft staff rules
// (slack columns), per-staff successions and availability; the CLI command.
#include "core/cli/cli.h"
#include "core/rostering/nrpinstance.h"
#include "core/rostering/nrplns.h"
#include "core/rostering/nrpmodel.h"
#include "core/rostering/validator.h"
#include "nrpgenerated.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <numeric>
#include <random>

using namespace tessera;
using namespace tessera::rostering;

namespace {

/**
 * A tiny instance: `horizon` days; shifts D (480 min) — or E and L (480 each, E may not follow L)
 * when `twoShifts`; then the STAFF lines and any further sections (days off, requests, cover).
 * Staff fields: EmpID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts,
 * MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends.
 */
QByteArray tiny(int horizon, bool twoShifts, const QByteArray &staff, const QByteArray &sections)
{
    return "SECTION_HORIZON\n" + QByteArray::number(horizon) + "\nSECTION_SHIFTS\n"
           + (twoShifts ? QByteArray("E,480,\nL,480,E\n") : QByteArray("D,480,\n")) + "SECTION_STAFF\n" + staff
           + "\n" + sections + "\n";
}

QStringList describe(const Evaluation &e)
{
    QStringList out;
    for (const Violation &v : e.hardViolations)
        out << QStringLiteral("%1:%2:%3 %4").arg(v.rule).arg(v.staff).arg(v.day).arg(v.message);
    return out;
}

/// Sets soft weights from "staff:Rule=weight" items, e.g. {"0:MaxConsecutiveShifts=3"}, and
/// gives a staff member a forbidden pair of their own at a price from "staff:E>L=price" (0: hard).
void setSoft(NrpInstance &inst, const QStringList &spec)
{
    static const QStringList names = {"MaxShifts", "MaxTotalMinutes", "MinTotalMinutes", "MaxConsecutiveShifts",
                                      "MinConsecutiveShifts", "MinConsecutiveDaysOff", "MaxWeekends", "ShiftSuccession"};
    for (const QString &item : spec) {
        const QStringList staffRest = item.split(QLatin1Char(':'));
        const QStringList ruleWeight = staffRest.at(1).split(QLatin1Char('='));
        if (ruleWeight.at(0).contains(QLatin1Char('>'))) {
            const QStringList pair = ruleWeight.at(0).split(QLatin1Char('>'));
            StaffMember &s = inst.staff[size_t(staffRest.at(0).toInt())];
            s.forbiddenSuccessions.push_back({inst.shiftIndex(pair.at(0)), inst.shiftIndex(pair.at(1))});
            s.forbiddenSuccessionPrices.push_back(ruleWeight.at(1).toInt());
            continue;
        }
        const int rule = int(names.indexOf(ruleWeight.at(0)));
        QVERIFY2(rule >= 0, qPrintable(item));
        inst.staff[size_t(staffRest.at(0).toInt())].softWeight[size_t(rule)] = ruleWeight.at(1).toInt();
    }
}

int staffRuleIndex(const QString &name)
{
    for (int k = 0; k < kStaffRuleCount; ++k)
        if (staffRuleName(StaffRule(k)) == name)
            return k;
    return -1;
}

QStringList describeSoft(const Evaluation &e)
{
    QStringList out;
    for (const Violation &v : e.softViolations)
        out << QStringLiteral("%1:%2:%3×%4").arg(v.rule).arg(v.staff).arg(v.day).arg(v.amount);
    return out;
}

/// Value of the model at column values x (MIP objective + constant) when x meets every bound and
/// row, else NaN.
double valueAt(const NrpModel &m, const std::vector<double> &x)
{
    const MipModel &mip = m.mip;
    std::vector<double> rowSum(size_t(mip.rows), 0.0);
    double value = m.constant;
    for (int j = 0; j < mip.columns; ++j) {
        if (x[size_t(j)] < mip.colLower[size_t(j)] - 1e-9 || x[size_t(j)] > mip.colUpper[size_t(j)] + 1e-9)
            return kNaN;
        value += mip.objective[size_t(j)] * x[size_t(j)];
        for (int k = mip.colStarts[size_t(j)]; k < mip.colStarts[size_t(j) + 1]; ++k)
            rowSum[size_t(mip.rowIndex[size_t(k)])] += mip.value[size_t(k)] * x[size_t(j)];
    }
    for (int r = 0; r < mip.rows; ++r)
        if (rowSum[size_t(r)] < mip.rowLower[size_t(r)] - 1e-9 || rowSum[size_t(r)] > mip.rowUpper[size_t(r)] + 1e-9)
            return kNaN;
    return value;
}

/**
 * A random instance of 6 staff × 21 days × 3 shift types whose staff 0–4 have every staff rule soft
 * (weights 1–4) and staff 5 only hard rules, loose enough for its roster; and a random roster that
 * breaks many soft rules but no hard one (no shift on a day off or an unavailable cell, staff 5
 * only ever works types 0 and 1, whose successions are allowed for everybody).
 */
std::pair<NrpInstance, Roster> softInstance(unsigned seed)
{
    std::mt19937 rng(seed);
    NrpInstance in;
    const int E = 6, H = 21, T = 3;
    in.days = H;
    for (const auto &[id, minutes] : {std::pair{"E", 480}, std::pair{"L", 480}, std::pair{"N", 600}}) {
        ShiftType t;
        t.id = QLatin1String(id);
        t.lengthMinutes = minutes;
        in.shifts.push_back(t);
    }
    for (int e = 0; e < E; ++e) {
        StaffMember s;
        s.id = QStringLiteral("S%1").arg(e);
        const bool soft = e < 5;
        s.maxShifts.assign(size_t(T), soft ? 5 : H);
        s.maxTotalMinutes = soft ? 12 * 480 : H * 600;
        s.minTotalMinutes = soft ? 8 * 480 : 0;
        s.maxConsecutiveShifts = soft ? 3 : H;
        s.minConsecutiveShifts = soft ? 2 : 1;
        s.minConsecutiveDaysOff = soft ? 2 : 1;
        s.maxWeekends = soft ? 1 : 3;
        if (soft)
            for (int k = 0; k < kStaffRuleCount; ++k)
                s.softWeight[size_t(k)] = 1 + (e + k) % 4;
        in.staff.push_back(s);
    }
    in.staff[0].forbiddenSuccessions = {{1, 2}};
    in.staff[1].forbiddenSuccessions = {{0, 1}, {1, 0}};
    in.resize();
    in.setForbiddenSuccession(2, 0);
    Roster r(E, H);
    for (int e = 0; e < E; ++e)
        for (int d = 0; d < H; ++d) {
            const unsigned u = rng() % 20;
            if (u == 0) {
                in.setDayOff(e, d);
                continue;
            }
            if (u == 1)
                in.setUnavailable(e, d, int(rng() % T));
            if (rng() % 3 == 0)
                continue; // off
            const int t = int(rng() % (e < 5 ? T : 2));
            if (!in.isUnavailable(e, d, t))
                r.set(e, d, t);
        }
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t)
            in.setCover(d, t, {int(rng() % 3), 10, 2});
    for (int k = 0; k < 12; ++k) {
        const ShiftRequest q{int(rng() % E), int(rng() % H), int(rng() % T), 1 + int(rng() % 5)};
        (k % 2 ? in.shiftOnRequests : in.shiftOffRequests).push_back(q);
    }
    return {in, r};
}

/// A fairness group from "kind weight staff…": kind "weekends" or shift ids joined by '|',
/// e.g. "weekends 5 0,1,2" or "L 3 0,1".
FairnessGroup groupOf(const NrpInstance &inst, const QString &spec)
{
    const QStringList part = spec.split(QLatin1Char(' '));
    FairnessGroup g;
    g.weekends = part.at(0) == QLatin1String("weekends");
    if (!g.weekends)
        for (const QString &id : part.at(0).split(QLatin1Char('|')))
            g.shiftTypes.push_back(inst.shiftIndex(id));
    g.weight = part.at(1).toInt();
    for (const QString &e : part.at(2).split(QLatin1Char(',')))
        g.staff.push_back(e.toInt());
    return g;
}

/// The fairness groups softNeighbourhoods() adds to softInstance(): weekends of four staff
/// (weight 3), night shifts N of four (2), early shifts E of all six (1).
void addGroups(NrpInstance &inst)
{
    for (const char *spec : {"weekends 3 0,1,2,5", "N 2 1,3,4,5", "E 1 0,1,2,3,4,5"})
        inst.fairnessGroups.push_back(groupOf(inst, QLatin1String(spec)));
}

/// solveNrp() must prove `optimum` on `inst` and agree with evaluate() on its roster.
void checkOptimum(const NrpInstance &inst, int optimum, double seconds = 30.0)
{
    const RosterResult r = solveNrp(inst, seconds);
    QVERIFY(r.hasSolution);
    QVERIFY(r.provenOptimal);
    const Evaluation e = evaluate(inst, r.roster);
    QVERIFY2(e.feasible(), qPrintable(describe(e).join(QLatin1String("; "))));
    QCOMPARE(r.objective, double(e.objective));
    QCOMPARE(e.objective, (long long)optimum);
    QCOMPARE(r.bestBound, double(optimum));
}

QString instance1Path()
{
    return QStringLiteral(TESSERA_SHARED_DATA "/curtois-qu-nrp/txt/Instance1.txt");
}

} // namespace

class TestNrpModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    /// solveNrp()'s start roster, when it meets every hard rule, is CBC's MIP start: on generated
    /// instances (the start has the optimum 0) the run ends at 0 within a time limit far too short
    /// for CBC alone to get there; a start breaking a hard rule is not used.
    void startRosterIsTheMipStart_data()
    {
        QTest::addColumn<int>("staff");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("breakARule");
        QTest::addColumn<bool>("atOptimum");
        QTest::newRow("20 x 56, start meets the rules") << 20 << 56 << false << true;
        QTest::newRow("30 x 84, start meets the rules") << 30 << 84 << false << true;
        QTest::newRow("20 x 56, start breaks a rule") << 20 << 56 << true << false;
    }
    void startRosterIsTheMipStart()
    {
        QFETCH(int, staff);
        QFETCH(int, days);
        QFETCH(bool, breakARule);
        QFETCH(bool, atOptimum);
        const testing::Generated g = testing::generate(staff, days, 3, 5);
        Roster start = g.roster;
        if (breakARule)
            for (int d = 0; d < days; ++d)
                start.set(0, d, 0); // every day: beyond 5 in a row
        QCOMPARE(evaluate(g.instance, start).feasible(), !breakARule);
        constexpr double seconds = 0.3;
        const RosterResult without = solveNrp(g.instance, seconds);
        QVERIFY2(!without.hasSolution || without.objective > 0, qPrintable(QString::number(without.objective)));
        const RosterResult with = solveNrp(g.instance, seconds, nullptr, {}, &start);
        QCOMPARE(with.hasSolution && with.objective == 0.0, atOptimum);
        if (with.hasSolution)
            QVERIFY(evaluate(g.instance, with.roster).feasible());
        const Roster misshapen(staff + 1, days);
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, solveNrp(g.instance, seconds, nullptr, {}, &misshapen));
        qInfo("without the start: %s; with it: %s", without.hasSolution ? qPrintable(QString::number(without.objective)) : "none",
              with.hasSolution ? qPrintable(QString::number(with.objective)) : "none");
    }

    void tinyOptimum_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("optimum");
        // Cover alone: work all three days, except that a shift-off request (5) is cheaper than
        // leaving day 1 short (100).
        QTest::newRow("cover and off-request")
            << tiny(3, false, "A,D=3,100000,0,3,1,1,1",
                    "SECTION_SHIFT_OFF_REQUESTS\nA,1,D,5\nSECTION_COVER\n0,D,1,100,1\n1,D,1,100,1\n2,D,1,100,1")
            << 5;
        // On-requests keep their constant: day 0 is a fixed day off (7 always paid); on day 1
        // working costs 1 over cover, cheaper than missing the request (3).
        QTest::newRow("day off and on-requests")
            << tiny(2, false, "A,D=2,100000,0,2,1,1,1",
                    "SECTION_DAYS_OFF\nA,0\nSECTION_SHIFT_ON_REQUESTS\nA,0,D,7\nA,1,D,3\nSECTION_COVER\n1,D,0,10,1")
            << 8;
        // L may not be followed by E: without the rule A works L then E (0); with it one of the two
        // days stays short (10).
        QTest::newRow("forbidden succession")
            << tiny(2, true, "A,E=2|L=2,100000,0,2,1,1,1", "SECTION_COVER\n0,L,1,10,1\n1,E,1,10,1") << 10;
        // At most one E and no L: day 1 is short (5), not day 0 (10).
        QTest::newRow("max shifts per type")
            << tiny(2, true, "A,E=1|L=0,100000,0,2,1,1,1", "SECTION_COVER\n0,E,1,10,1\n1,E,1,5,1\n0,L,1,1,0") << 6;
        // Four days wanted, at most 2 in a row: one day short (10).
        QTest::newRow("max consecutive shifts")
            << tiny(4, false, "A,D=4,100000,0,2,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,1,10,1\n3,D,1,10,1")
            << 10;
        // Day 2 must be off (100 over); a single interior day off is too short for 2 days off in a
        // row, so a second day off costs 10.
        QTest::newRow("min consecutive days off")
            << tiny(5, false, "A,D=5,100000,0,5,1,2,1",
                    "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,0,10,100\n3,D,1,10,1\n4,D,1,10,1")
            << 10;
        // Boundary convention: a run of days off starting on day 0 is never too short.
        QTest::newRow("min days off at the horizon start")
            << tiny(3, false, "A,D=3,100000,0,3,1,2,1", "SECTION_COVER\n0,D,0,10,100\n1,D,1,10,1\n2,D,1,10,1") << 0;
        // Day 1 wanted (10 if short), every worked day else costs 1 over; runs need 3 days unless
        // they touch the horizon edge: days 0–1 (cost 1) beat days 1–3 (2).
        QTest::newRow("min consecutive shifts")
            << tiny(4, false, "A,D=4,100000,0,4,3,1,1",
                    "SECTION_COVER\n0,D,0,10,1\n1,D,1,10,1\n2,D,0,10,1\n3,D,0,10,1")
            << 1;
        // Two weekends wanted (days 5, 6, 12, 13), at most one worked: two days short (20).
        QTest::newRow("max weekends")
            << tiny(14, false, "A,D=14,100000,0,14,1,1,1", "SECTION_COVER\n5,D,1,10,1\n6,D,1,10,1\n12,D,1,10,1\n13,D,1,10,1")
            << 20;
        // At least 960 minutes: a second shift is forced, one over cover (3).
        QTest::newRow("min total minutes")
            << tiny(3, false, "A,D=3,100000,960,3,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,0,10,3\n2,D,0,10,4") << 3;
        // Max total minutes: 480 allows one shift; the other day is short (10).
        QTest::newRow("max total minutes")
            << tiny(2, false, "A,D=2,480,0,2,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,1,12,1") << 10;
        // Two staff share the cover; B's weekend limit is 0, so A takes the weekend alone.
        QTest::newRow("two staff")
            << tiny(7, false, "A,D=7,100000,0,7,1,1,1\nB,D=7,100000,0,7,1,1,0",
                    "SECTION_COVER\n5,D,2,10,1\n6,D,2,10,1\n0,D,2,10,1")
            << 20;
    }
    void tinyOptimum()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, optimum);
        checkOptimum(readNrpText(text, QStringLiteral("tiny")), optimum);
    }

    /// Soft staff rules: the optimum breaks a rule when that is cheaper than the cover it buys,
    /// priced in the units of StaffMember::softWeight. Spec items: "staff:Rule=weight".
    void softRules_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QStringList>("soft");
        QTest::addColumn<int>("optimum");
        QTest::addColumn<QStringList>("violations"); // rule:staff:day×amount
        const QByteArray fiveDays = "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,1,10,1\n3,D,1,10,1\n4,D,1,10,1";
        // At most 2 in a row at 3 a day over: all five days cost 3 × 3 = 9, less than a day short (10).
        QTest::newRow("max consecutive, broken") << tiny(5, false, "A,D=5,100000,0,2,1,1,1", fiveDays)
                                                 << QStringList{"0:MaxConsecutiveShifts=3"} << 9
                                                 << QStringList{"maxConsecutiveShifts:0:2×3"};
        // At 4 a day over, 12 > 10: D D - D D keeps the rule.
        QTest::newRow("max consecutive, kept") << tiny(5, false, "A,D=5,100000,0,2,1,1,1", fiveDays)
                                               << QStringList{"0:MaxConsecutiveShifts=4"} << 10 << QStringList{};
        // Two staff, two wanted a day for 4 days, at most 2 in a row: A (soft, 2 a day over) works
        // all four days (4), B (hard) three of them, one short (10).
        QTest::newRow("one soft, one hard")
            << tiny(4, false, "A,D=4,100000,0,2,1,1,1\nB,D=4,100000,0,2,1,1,1",
                    "SECTION_COVER\n0,D,2,10,1\n1,D,2,10,1\n2,D,2,10,1\n3,D,2,10,1")
            << QStringList{"0:MaxConsecutiveShifts=2"} << 14 << QStringList{"maxConsecutiveShifts:0:2×2"};
        // 960 minutes wanted at 1 a minute short: one shift (480 short) beats a second one 500 over.
        QTest::newRow("min total minutes")
            << tiny(3, false, "A,D=3,100000,960,3,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,0,10,500\n2,D,0,10,500")
            << QStringList{"0:MinTotalMinutes=1"} << 480 << QStringList{"minTotalMinutes:0:-1×480"};
        // 480 minutes allowed at 1 a minute over: a second shift (480) beats a day short (1000).
        QTest::newRow("max total minutes")
            << tiny(2, false, "A,D=2,480,0,2,1,1,1", "SECTION_COVER\n0,D,1,1000,1\n1,D,1,1000,1")
            << QStringList{"0:MaxTotalMinutes=1"} << 480 << QStringList{"maxTotalMinutes:0:1×480"};
        // One E allowed at 6 a shift over: the second E (6) beats a day short (10).
        QTest::newRow("max shifts per type")
            << tiny(2, true, "A,E=1|L=0,100000,0,2,1,1,1", "SECTION_COVER\n0,E,1,10,1\n1,E,1,10,1")
            << QStringList{"0:MaxShifts=6"} << 6 << QStringList{"maxShifts:0:1×1"};
        // One weekend allowed at 15 a weekend over: both weekends (15) beat two days short (20).
        QTest::newRow("max weekends")
            << tiny(14, false, "A,D=14,100000,0,14,1,1,1", "SECTION_COVER\n5,D,1,10,1\n6,D,1,10,1\n12,D,1,10,1\n13,D,1,10,1")
            << QStringList{"0:MaxWeekends=15"} << 15 << QStringList{"maxWeekends:0:12×1"};
        // E may not follow L, at 4 a pair: L then E (4) beats a day short (10).
        QTest::newRow("succession") << tiny(2, true, "A,E=2|L=2,100000,0,2,1,1,1", "SECTION_COVER\n0,L,1,10,1\n1,E,1,10,1")
                                    << QStringList{"0:ShiftSuccession=4"} << 4 << QStringList{"shiftSuccession:0:1×1"};
        // Day 2 must be off (100 over); a single day off breaks min 2 days off at 3 a run, cheaper
        // than a second day off (10).
        QTest::newRow("min consecutive days off")
            << tiny(5, false, "A,D=5,100000,0,5,1,2,1", "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,0,10,100\n3,D,1,10,1\n4,D,1,10,1")
            << QStringList{"0:MinConsecutiveDaysOff=3"} << 3 << QStringList{"minConsecutiveDaysOff:0:2×1"};
        // The same with 3 days off needed: the single day off is 2 days short (2 × 3 = 6), cheaper
        // than days 2–3 off (1 short, 3, + day 3 short, 10) or 1–3 (20).
        QTest::newRow("min consecutive days off, 2 short")
            << tiny(5, false, "A,D=5,100000,0,5,1,3,1", "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,0,10,100\n3,D,1,10,1\n4,D,1,10,1")
            << QStringList{"0:MinConsecutiveDaysOff=3"} << 6 << QStringList{"minConsecutiveDaysOff:0:2×2"};
        // Only day 2 wanted, other days cost 2 over; runs need 3 days: hard, days 0–2 (or 1–3, 2–4)
        // cost 4; soft at 1 a day short, day 2 alone (2 short) costs 2; at 3, 6 > 4: hard again.
        const QByteArray middle = "SECTION_COVER\n0,D,0,10,2\n1,D,0,10,2\n2,D,1,10,2\n3,D,0,10,2\n4,D,0,10,2";
        QTest::newRow("min consecutive shifts, hard") << tiny(5, false, "A,D=5,100000,0,5,3,1,1", middle) << QStringList{}
                                                      << 4 << QStringList{};
        QTest::newRow("min consecutive shifts, soft 1") << tiny(5, false, "A,D=5,100000,0,5,3,1,1", middle)
                                                        << QStringList{"0:MinConsecutiveShifts=1"} << 2
                                                        << QStringList{"minConsecutiveShifts:0:2×2"};
        QTest::newRow("min consecutive shifts, soft 3") << tiny(5, false, "A,D=5,100000,0,5,3,1,1", middle)
                                                        << QStringList{"0:MinConsecutiveShifts=3"} << 4 << QStringList{};
        // Successions priced pair by pair: E then L wanted (10 a day short); the instance forbids
        // L>E (soft at 4), A's own E>L costs its own price: 2 < 10 works both days; at 12, or
        // hard (0) while L>E stays soft, one day goes short (10).
        const QByteArray eThenL = "SECTION_COVER\n0,E,1,10,1\n1,L,1,10,1";
        QTest::newRow("own pair, its price") << tiny(2, true, "A,E=2|L=2,100000,0,2,1,1,1", eThenL)
                                             << QStringList{"0:ShiftSuccession=4", "0:E>L=2"} << 2
                                             << QStringList{"shiftSuccession:0:1×1"};
        QTest::newRow("own pair, dearer than cover") << tiny(2, true, "A,E=2|L=2,100000,0,2,1,1,1", eThenL)
                                                     << QStringList{"0:ShiftSuccession=4", "0:E>L=12"} << 10 << QStringList{};
        QTest::newRow("own pair, hard") << tiny(2, true, "A,E=2|L=2,100000,0,2,1,1,1", eThenL)
                                        << QStringList{"0:ShiftSuccession=4", "0:E>L=0"} << 10 << QStringList{};
    }
    void softRules()
    {
        QFETCH(QByteArray, text);
        QFETCH(QStringList, soft);
        QFETCH(int, optimum);
        QFETCH(QStringList, violations);
        NrpInstance inst = readNrpText(text, QStringLiteral("tiny"));
        setSoft(inst, soft);
        const RosterResult r = solveNrp(inst, 30.0);
        QVERIFY(r.hasSolution);
        QVERIFY(r.provenOptimal);
        const Evaluation e = evaluate(inst, r.roster);
        QVERIFY2(e.feasible(), qPrintable(describe(e).join(QLatin1String("; "))));
        QCOMPARE(e.objective, (long long)optimum);
        QCOMPARE(r.objective, double(optimum));
        QCOMPARE(r.bestBound, double(optimum));
        QCOMPARE(describeSoft(e), violations);
        long long priced = 0;
        for (const Violation &v : e.softViolations)
            priced += v.rule == QLatin1String("shiftSuccession")
                          ? inst.successionPrice(v.staff, r.roster.at(v.staff, v.day - 1), r.roster.at(v.staff, v.day))
                          : (long long)inst.staff[size_t(v.staff)].softWeight[size_t(staffRuleIndex(v.rule))] * v.amount;
        QCOMPARE(e.rulePenalty, priced);
        QCOMPARE(e.objective, e.coverPenalty + e.requestPenalty + e.rulePenalty);
        // The search reaches the same optimum (a whole-roster neighbourhood proves it).
        LnsOptions o;
        o.timeLimitSeconds = 0;
        o.subproblemSeconds = 0;
        o.boundSeconds = 0;
        o.maxIterations = 5;
        const RosterResult lns = solveNrpLns(inst, o);
        QVERIFY(lns.hasSolution);
        QCOMPARE(lns.objective, double(optimum));
        QCOMPARE(double(evaluate(inst, lns.roster).objective), lns.objective);
    }

    /// A succession forbidden for one staff member binds only them. Two L wanted on day 0 and two
    /// E on day 1 (10 a person short): free, both work L then E (0); forbidden for A only, B does
    /// and A one of the two (10); forbidden for everybody, each works one (20); for A at 3 a pair,
    /// A breaks it (3).
    void perStaffSuccession_data()
    {
        QTest::addColumn<bool>("global");
        QTest::addColumn<bool>("ownA");
        QTest::addColumn<int>("softA");
        QTest::addColumn<int>("optimum");
        QTest::newRow("free") << false << false << 0 << 0;
        QTest::newRow("forbidden for A") << false << true << 0 << 10;
        QTest::newRow("forbidden for everybody") << true << false << 0 << 20;
        QTest::newRow("forbidden for A, soft") << false << true << 3 << 3;
    }
    void perStaffSuccession()
    {
        QFETCH(bool, global);
        QFETCH(bool, ownA);
        QFETCH(int, softA);
        QFETCH(int, optimum);
        NrpInstance inst = readNrpText("SECTION_HORIZON\n2\nSECTION_SHIFTS\nE,480,\nL,480," + QByteArray(global ? "E" : "")
                                           + "\nSECTION_STAFF\nA,,100000,0,2,1,1,1\nB,,100000,0,2,1,1,1\n"
                                             "SECTION_COVER\n0,L,2,10,0\n1,E,2,10,0\n",
                                       QStringLiteral("succ"));
        const int E = inst.shiftIndex(QStringLiteral("E")), L = inst.shiftIndex(QStringLiteral("L"));
        if (ownA)
            inst.staff[0].forbiddenSuccessions = {{L, E}};
        inst.staff[0].softWeight[size_t(StaffRule::ShiftSuccession)] = softA;
        QCOMPARE(inst.forbiddenSuccession(0, L, E), global || ownA);
        QCOMPARE(inst.forbiddenSuccession(1, L, E), global);
        QVERIFY(!inst.forbiddenSuccession(0, E, L));
        const RosterResult r = solveNrp(inst, 30.0);
        QVERIFY(r.hasSolution && r.provenOptimal);
        const Evaluation e = evaluate(inst, r.roster);
        QVERIFY(e.feasible());
        QCOMPARE(e.objective, (long long)optimum);
        if (ownA && !global && softA == 0) { // B works the pair A may not
            QCOMPARE(r.roster.at(1, 0), L);
            QCOMPARE(r.roster.at(1, 1), E);
        }
        // The validator checks the pair per staff member: A working L then E breaks A's rule only.
        Roster both(2, 2);
        for (int s = 0; s < 2; ++s) {
            both.set(s, 0, L);
            both.set(s, 1, E);
        }
        const Evaluation b = evaluate(inst, both);
        QStringList expected;
        if (global || (ownA && softA == 0))
            expected << QStringLiteral("shiftSuccession:0:1");
        if (global)
            expected << QStringLiteral("shiftSuccession:1:1");
        QStringList got;
        for (const Violation &v : b.hardViolations)
            got << QStringLiteral("%1:%2:%3").arg(v.rule).arg(v.staff).arg(v.day);
        QCOMPARE(got, expected);
        QCOMPARE(b.rulePenalty, (long long)(ownA ? softA : 0));
    }

    /// Availability: A alone, E (10 a day short) and L (5) wanted on day 0. Available for both, A
    /// works E (5); unavailable for E that day, the later L (10), and the model has no column for
    /// the unavailable cell. The validator names a shift worked there "unavailable".
    void unavailableCells_data()
    {
        QTest::addColumn<bool>("unavailableE");
        QTest::addColumn<int>("optimum");
        QTest::addColumn<QString>("worked");
        QTest::newRow("available") << false << 5 << "E";
        QTest::newRow("unavailable for E") << true << 10 << "L";
    }
    void unavailableCells()
    {
        QFETCH(bool, unavailableE);
        QFETCH(int, optimum);
        QFETCH(QString, worked);
        NrpInstance inst = readNrpText(tiny(2, true, "A,E=2|L=2,100000,0,2,1,1,1", "SECTION_COVER\n0,E,1,10,0\n0,L,1,5,0"),
                                       QStringLiteral("avail"));
        if (unavailableE)
            inst.setUnavailable(0, 0, 0);
        QCOMPARE(inst.isUnavailable(0, 0, 0), unavailableE);
        QVERIFY(!inst.isUnavailable(0, 0, 1));
        QVERIFY(!inst.isUnavailable(0, 1, 0));
        const RosterResult r = solveNrp(inst, 30.0);
        QVERIFY(r.hasSolution && r.provenOptimal);
        QCOMPARE(r.objective, double(optimum));
        QCOMPARE(inst.shifts[size_t(r.roster.at(0, 0))].id, worked);
        const NrpModel m = buildNrpModel(inst);
        int cellColumns = 0;
        for (const NrpModel::Column &c : m.columns)
            cellColumns += c.kind == NrpModel::Kind::Shift && c.staff == 0 && c.day == 0 ? 1 : 0;
        QCOMPARE(cellColumns, unavailableE ? 1 : 2);
        Roster early(1, 2);
        early.set(0, 0, 0);
        const Evaluation e = evaluate(inst, early);
        QCOMPARE(e.feasible(), !unavailableE);
        if (unavailableE)
            QCOMPARE(e.hardViolations.at(0).rule, QStringLiteral("unavailable"));
        // A fixed day off stays "dayOff" (and is unavailable for every type).
        inst.setDayOff(0, 0);
        QVERIFY(inst.isUnavailable(0, 0, 1));
        QCOMPARE(evaluate(inst, early).hardViolations.at(0).rule, QStringLiteral("dayOff"));
    }

    /// Neighbourhood models around a roster that breaks many soft rules, also outside the
    /// neighbourhood: the roster's column values meet every row and the model's value there (MIP
    /// objective + constant) is evaluate()'s objective; CBC's optimum of the sub-model, plus the
    /// constant, is evaluate()'s objective of the roster read back.
    void softNeighbourhoods_data()
    {
        QTest::addColumn<QList<int>>("staff"); // empty: all
        QTest::addColumn<int>("firstDay");
        QTest::addColumn<int>("lastDay");
        QTest::addColumn<bool>("groups"); // with addGroups()' fairness groups
        for (const bool groups : {false, true}) {
            const char *tag = groups ? ", fairness groups" : "";
            QTest::addRow("two soft staff, days 7-13%s", tag) << QList<int>{0, 2} << 7 << 13 << groups;
            QTest::addRow("soft and hard staff, days 0-6%s", tag) << QList<int>{1, 3, 5} << 0 << 6 << groups;
            QTest::addRow("one staff, horizon%s", tag) << QList<int>{4} << 0 << -1 << groups;
            QTest::addRow("all staff, days 10-12%s", tag) << QList<int>{} << 10 << 12 << groups;
            QTest::addRow("all staff, last day%s", tag) << QList<int>{} << 20 << 20 << groups;
            if (!groups) // with them CBC needs minutes to prove the whole model's optimum (a weak max − min LP bound)
                QTest::addRow("everything%s", tag) << QList<int>{} << 0 << -1 << groups;
        }
        QTest::newRow("all staff, days 3-9, fairness groups") << QList<int>{} << 3 << 9 << true;
        // Staff in no group, or only one member of a group free.
        QTest::newRow("outside every weekend group, fairness groups") << QList<int>{3, 4} << 0 << 13 << true;
        QTest::newRow("one weekend-group member, fairness groups") << QList<int>{2} << 3 << 16 << true;
    }
    void softNeighbourhoods()
    {
        QFETCH(QList<int>, staff);
        QFETCH(int, firstDay);
        QFETCH(int, lastDay);
        QFETCH(bool, groups);
        auto [inst, roster] = softInstance(17);
        if (groups)
            addGroups(inst);
        const Evaluation ev = evaluate(inst, roster);
        QCOMPARE(ev.fairnessPenalty > 0, groups);
        QVERIFY2(ev.feasible(), qPrintable(describe(ev).join(QLatin1String("; "))));
        NrpNeighbourhood nb{std::vector<int>(staff.begin(), staff.end()), firstDay, lastDay};
        if (nb.staff.empty()) {
            nb.staff.resize(size_t(inst.staffCount()));
            std::iota(nb.staff.begin(), nb.staff.end(), 0);
        }
        const int last = lastDay < firstDay ? inst.days - 1 : lastDay;
        // The fixed part breaks soft rules (unless everything is free).
        const bool everything = int(nb.staff.size()) == inst.staffCount() && firstDay == 0 && last == inst.days - 1;
        int outside = 0;
        for (const Violation &v : ev.softViolations)
            if (std::find(nb.staff.begin(), nb.staff.end(), v.staff) == nb.staff.end() || v.day < firstDay || v.day > last)
                ++outside;
        QVERIFY(ev.rulePenalty > 0);
        QVERIFY(everything || outside > 0);

        const NrpModel m = buildNrpModel(inst, &roster, &nb);
        QCOMPARE(valueAt(m, m.columnValues(inst, roster)), double(ev.objective));
        int slacks = 0;
        for (const NrpModel::Column &c : m.columns)
            slacks += c.kind == NrpModel::Kind::Slack ? 1 : 0;
        QVERIFY(slacks > 0);
        MipOptions o;
        o.start = m.columnValues(inst, roster);
        const MipOutcome mo = solveMip(m.mip, o);
        QVERIFY(mo.provenOptimal);
        const Roster better = m.apply(roster, mo.solution);
        const Evaluation after = evaluate(inst, better);
        QVERIFY(after.feasible());
        QCOMPARE(double(after.objective), std::round(mo.objective + m.constant));
        QVERIFY(std::fabs(mo.objective + m.constant - double(after.objective)) < 1e-6);
        QVERIFY(after.objective <= ev.objective);
        // The full model agrees on both rosters.
        const NrpModel full = buildNrpModel(inst);
        QCOMPARE(valueAt(full, full.columnValues(inst, roster)), double(ev.objective));
        QCOMPARE(valueAt(full, full.columnValues(inst, better)), double(after.objective));
    }

    /// evaluate()'s fairness term by hand on a two-week roster (weekends: days 5–6 and 12–13):
    ///   A: E E E E E L L - - - - - E -   weekends 2, L 2, E 6
    ///   B: - - - - - - - L L L L L - -   weekends 0, L 5, E 0
    ///   C: - - - - - E - - - - - - - L   weekends 2, L 1, E 1
    void fairnessEvaluate_data()
    {
        QTest::addColumn<QStringList>("groups");
        QTest::addColumn<long long>("penalty");
        QTest::addColumn<QList<int>>("minMax"); // of the first group
        QTest::newRow("weekends of all, 5") << QStringList{"weekends 5 0,1,2"} << 10LL << QList<int>{0, 2};
        QTest::newRow("L of A and B, 3") << QStringList{"L 3 0,1"} << 9LL << QList<int>{2, 5};
        QTest::newRow("E and L of A and C, 2") << QStringList{"E|L 2 0,2"} << 12LL << QList<int>{2, 8};
        QTest::newRow("two groups") << QStringList{"weekends 5 0,1,2", "L 3 0,1"} << 19LL << QList<int>{0, 2};
        QTest::newRow("weekends of A and C: no spread") << QStringList{"weekends 5 0,2"} << 0LL << QList<int>{2, 2};
        QTest::newRow("weight 0") << QStringList{"L 0 0,1"} << 0LL << QList<int>{2, 5};
        QTest::newRow("one member") << QStringList{"L 4 1"} << 0LL << QList<int>{5, 5};
    }
    void fairnessEvaluate()
    {
        QFETCH(QStringList, groups);
        QFETCH(long long, penalty);
        QFETCH(QList<int>, minMax);
        const QByteArray staff = "A,E=14|L=14,100000,0,14,1,1,14\nB,E=14|L=14,100000,0,14,1,1,14\nC,E=14|L=14,100000,0,14,1,1,14";
        NrpInstance inst = readNrpText(tiny(14, true, staff, "SECTION_COVER\n0,E,0,0,0"), QStringLiteral("tiny"));
        const Roster r = readRosterText(inst,
                                        "A E E E E E L L - - - - - E -\n"
                                        "B - - - - - - - L L L L L - -\n"
                                        "C - - - - - E - - - - - - - L\n",
                                        QStringLiteral("roster"));
        const long long without = evaluate(inst, r).objective;
        for (const QString &g : groups)
            inst.fairnessGroups.push_back(groupOf(inst, g));
        const Evaluation e = evaluate(inst, r);
        QVERIFY2(e.feasible(), qPrintable(describe(e).join(QLatin1String("; "))));
        QCOMPARE(e.fairnessPenalty, penalty);
        QCOMPARE(e.objective, without + penalty);
        QCOMPARE(int(e.fairness.size()), groups.size());
        QCOMPARE(QList<int>({e.fairness[0].min, e.fairness[0].max}), minMax);
        // The full model prices the roster the same.
        const NrpModel m = buildNrpModel(inst);
        QCOMPARE(valueAt(m, m.columnValues(inst, r)), double(e.objective));
    }

    /// Fairness trades against cover (solveNrp's proven optimum, by hand):
    ///  - one weekend, cover 1 on Saturday and Sunday (10 per person short, 5 over), three staff:
    ///    one or two work it (spread 1: the weight), all three do (one over: 5) or nobody (20);
    ///  - two days, early E and late L wanted once a day (10 short, 1 over), E may not follow L, two
    ///    staff, late shifts balanced: A E,E and B L,L cost the weight × 2; the only even split,
    ///    A E,L and B L,-, leaves day 1's E short (10).
    void fairnessOptimum_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("optimum");
        const QByteArray weekend = tiny(7, false,
                                        "A,D=7,100000,0,7,1,1,1\nB,D=7,100000,0,7,1,1,1\nC,D=7,100000,0,7,1,1,1",
                                        "SECTION_COVER\n5,D,1,10,5\n6,D,1,10,5");
        const QByteArray lates = tiny(2, true, "A,E=2|L=2,100000,0,2,1,1,1\nB,E=2|L=2,100000,0,2,1,1,1",
                                      "SECTION_COVER\n0,E,1,10,1\n1,E,1,10,1\n0,L,1,10,1\n1,L,1,10,1");
        QTest::newRow("weekend, weight 4") << weekend << "weekends 4 0,1,2" << 4;
        QTest::newRow("weekend, weight 30") << weekend << "weekends 30 0,1,2" << 5;
        QTest::newRow("weekend, two staff in the group, weight 7") << weekend << "weekends 7 0,1" << 0;
        QTest::newRow("lates, weight 3") << lates << "L 3 0,1" << 6;
        QTest::newRow("lates, weight 10") << lates << "L 10 0,1" << 10;
    }
    void fairnessOptimum()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, group);
        QFETCH(int, optimum);
        NrpInstance inst = readNrpText(text, QStringLiteral("tiny"));
        inst.fairnessGroups.push_back(groupOf(inst, group));
        checkOptimum(inst, optimum, 5.0); // a tenth of it anneals a MIP start (solveNrp())
    }

    void infeasible()
    {
        // 1,440 minutes wanted from a 2-day horizon of 480-minute shifts.
        const NrpInstance inst =
            readNrpText(tiny(2, false, "A,D=2,100000,1440,2,1,1,1", "SECTION_COVER\n0,D,1,10,1"), QStringLiteral("tiny"));
        const RosterResult r = solveNrp(inst, 10.0);
        QVERIFY(!r.hasSolution);
        QVERIFY(r.provenInfeasible);
        QVERIFY(!r.provenOptimal);
        QVERIFY(std::isnan(r.bestBound));
    }

    void instance1()
    {
        if (!QFileInfo::exists(instance1Path()))
            QSKIP("shared Curtois & Qu data not available");
        const NrpInstance inst = readNrpText(instance1Path());
        int calls = 0;
        QElapsedTimer clock;
        clock.start();
        const RosterResult r = solveNrp(inst, 20.0, nullptr, [&calls](const SolveProgress &) { ++calls; });
        const double wall = clock.elapsed() / 1000.0;
        QVERIFY(r.hasSolution);
        const Evaluation e = evaluate(inst, r.roster);
        QVERIFY2(e.feasible(), qPrintable(describe(e).join(QLatin1String("; "))));
        QCOMPARE(r.objective, double(e.objective));
        QVERIFY(r.objective >= r.bestBound);
        QVERIFY(r.bestBound <= 607); // best known value (PROVENANCE.md)
        QVERIFY(wall < 40.0);
        qInfo("Instance1: objective %.0f, bound %.0f, %.1f s (wall %.1f s), proven optimal %d, %d progress calls",
              r.objective, r.bestBound, r.seconds, wall, int(r.provenOptimal), calls);
    }

    void cli()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = dir.filePath(QStringLiteral("tiny.txt"));
        const QString outPath = dir.filePath(QStringLiteral("r.json"));
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(tiny(4, false, "A,D=4,100000,0,2,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,1,10,1\n3,D,1,10,1"));
        }
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = runCli({QStringLiteral("roster"), in, QStringLiteral("--format"), QStringLiteral("curtois"),
                                 QStringLiteral("--time-limit"), QStringLiteral("20"), QStringLiteral("--out"), outPath},
                                out, err);
        out.flush();
        err.flush();
        QVERIFY2(code == CliOk, qPrintable(errText));
        QVERIFY2(outText.contains(QLatin1String("objective 10")), qPrintable(outText));
        QVERIFY2(outText.contains(QLatin1String("hard-rule violations 0")), qPrintable(outText));
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const nlohmann::json j = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(j.at("objective").get<double>(), 10.0);
        QCOMPARE(j.at("bestBound").get<double>(), 10.0);
        QVERIFY(j.at("seconds").is_number());
        QVERIFY(j.at("violations").is_array());
        QVERIFY(j.at("violations").empty());
        const nlohmann::json &days = j.at("roster").at("A");
        QCOMPARE(int(days.size()), 4);
        int worked = 0;
        for (const nlohmann::json &d : days) {
            QVERIFY(d.is_null() || d.get<std::string>() == "D");
            worked += d.is_null() ? 0 : 1;
        }
        QCOMPARE(worked, 3);

        // Bad input: unknown format, unknown option.
        QString o2, e2;
        QTextStream out2(&o2), err2(&e2);
        QCOMPARE(runCli({QStringLiteral("roster"), in, QStringLiteral("--format"), QStringLiteral("xml")}, out2, err2), int(CliError));
        QCOMPARE(runCli({QStringLiteral("roster"), in, QStringLiteral("--gap"), QStringLiteral("0")}, out2, err2), int(CliError));
    }
};

QTEST_MAIN(TestNrpModel)
#include "test_nrpmodel.moc"
