// SPDX-License-Identifier: GPL-3.0-or-later
// Erlang A (M/M/n+M) measures and staffing.
//
// How the expected values were obtained (Python 3 + mpmath, independently of the C++ code):
//  - "chain" rows: the birth–death chain of the number in system (birth λ, death kμ for k ≤ n and
//    nμ + (k−n)θ above) truncated where the tail is < 1e-36, stationary law in mpmath at 40 digits;
//    P(W>0) = P(N ≥ n), P(Ab) = θ·E[Q]/λ; the service levels from the tagged customer's absorbing
//    chain (position in queue → 'answered' / 'abandoned') by uniformization, checked against
//    mpmath.expm; E[W; answered] by numerically integrating P(answered, W > s) over s with
//    mpmath.quad, checked against the fundamental-matrix formula e_j·N·N·r_answered.
//  - "series" rows (too large for the chain): the closed forms of erlanga.h summed term by term
//    from m = 0 in mpmath at 40 digits, agreeing to ≥ 33 digits with the same quantities through
//    mpmath's incomplete gamma function (A = c e^y y^−c γ(c, y), tail = π_n c e^y y^−c−1 γ(c+1, z)).
//    On the chain rows both agree with the chain to 1e-35.
//  - required agents: a linear scan n = 0, 1, 2, … over the mpmath measures (smallest n meeting
//    every target), and for the 2000-agent case the mpmath measures at n − 1 (fails) and n (meets).
// No published Erlang A table with enough digits and a verifiable source was found; instead the
// θ = μ case is checked against its textbook closed form (the number in system is Poisson(λ/μ)).
#include "core/error.h"
#include "core/staffing/erlanga.h"
#include "core/staffing/erlangc.h"

#include <QtTest>

#include <cmath>
#include <limits>

using namespace tessera;
using namespace tessera::staffing;

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

bool closeRel(double actual, double expected, double rel)
{
    return std::fabs(actual - expected) <= rel * std::max(std::fabs(expected), 1e-300);
}

QString describe(const ErlangAMetrics &m)
{
    return QStringLiteral("P(W>0) %1, P(Ab) %2, SL %3, ASA %4, E[W] %5, occupancy %6")
        .arg(m.probWait, 0, 'g', 17)
        .arg(m.probAbandon, 0, 'g', 17)
        .arg(m.serviceLevel, 0, 'g', 17)
        .arg(m.asaSeconds, 0, 'g', 17)
        .arg(m.meanWaitSeconds, 0, 'g', 17)
        .arg(m.occupancy, 0, 'g', 17);
}
} // namespace

class TestErlangA : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactValues_data();
    void exactValues();
    void poissonWhenPatienceEqualsAht_data();
    void poissonWhenPatienceEqualsAht();
    void approachesErlangC_data();
    void approachesErlangC();
    void zeroTrafficAndZeroAgents();
    void overloadStaysFinite_data();
    void overloadStaysFinite();
    void monotoneInAgents_data();
    void monotoneInAgents();
    void monotoneInPatience();
    void largeCenterIsStableAndFast();
    void requiredAgentsTargets_data();
    void requiredAgentsTargets();
    void requiredAgentsLargeAndLimits();
    void invalidInputsThrow_data();
    void invalidInputsThrow();
};

void TestErlangA::exactValues_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("offered");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("patience");
    QTest::addColumn<double>("interval");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("probWait");
    QTest::addColumn<double>("probAbandon");
    QTest::addColumn<double>("slOffered");
    QTest::addColumn<double>("slAnswered");
    QTest::addColumn<double>("asa");
    QTest::addColumn<double>("meanWait");
    QTest::addColumn<double>("occupancy");
    // chain rows
    QTest::newRow("chain: n 1, A 1, P = 2 AHT, t 60") << 1 << 10.0 << 360.0 << 720.0 << 3600.0 << 60.0
        << 0.6869647145006687 << 0.3130352854993313 << 0.36298219618237703 << 0.52838550295296673
        << 191.03408040725707 << 225.38540555951854 << 0.6869647145006687;
    QTest::newRow("chain: n 2, A 1.5, P = 2 AHT, t 20") << 2 << 30.0 << 180.0 << 360.0 << 3600.0 << 20.0
        << 0.48579198424456248 << 0.14659414803840836 << 0.56280310482876359 << 0.65947884413393159
        << 44.749753906862246 << 52.773893293827008 << 0.64005438897119373;
    QTest::newRow("chain: n 3, A 4 (overload), P = AHT/2, t 10") << 3 << 80.0 << 180.0 << 90.0 << 3600.0 << 10.0
        << 0.67788100781466653 << 0.367697324067718 << 0.36479960076543588 << 0.57693825228173632
        << 26.460051532196312 << 33.09275916609462 << 0.843070234576376;
    QTest::newRow("chain: n 3, A 2, P = 10 AHT, t 60") << 3 << 40.0 << 180.0 << 1800.0 << 3600.0 << 60.0
        << 0.41083909465884872 << 0.030244814807036155 << 0.72024893935677525 << 0.74271213018928965
        << 52.275614503094136 << 54.440666652665079 << 0.64650345679530923;
    QTest::newRow("chain: n 5, A 10 (double load), P 600, t 20") << 5 << 100.0 << 180.0 << 600.0 << 1800.0 << 20.0
        << 0.99954807640185297 << 0.50006628056910227 << 0.00087539183685279821 << 0.0017510157903517796
        << 398.18662250501454 << 300.03976834146136 << 0.99986743886179547;
    // series rows
    QTest::newRow("series: classic A 10, n 14, P 600") << 14 << 100.0 << 180.0 << 600.0 << 1800.0 << 20.0
        << 0.15592733947052454 << 0.0088171924136846284 << 0.9066184463879303 << 0.91468338579811279
        << 5.0556787014774507 << 5.2903154482107771 << 0.70798771970451098;
    QTest::newRow("series: classic A 10, n 12, P 120") << 12 << 100.0 << 180.0 << 120.0 << 1800.0 << 20.0
        << 0.27980701864544422 << 0.061597377003680416 << 0.82558264436176421 << 0.87977444236641072
        << 6.334774172819166 << 7.39168524044165 << 0.78200218583026632;
    QTest::newRow("series: n 2000, A 1950, P 300") << 2000 << 19500.0 << 180.0 << 300.0 << 1800.0 << 20.0
        << 0.14310605901882836 << 0.0011104324756308501 << 0.99888940931250113 << 0.99999984161225309
        << 0.3312004145964882 << 0.33312974268925503 << 0.97391732833625992;
    QTest::newRow("series: n 2000, A 1950, P 3") << 2000 << 19500.0 << 180.0 << 3.0 << 1800.0 << 20.0
        << 0.03576106554249234 << 0.0044616466220710162 << 0.99553835337792898 << 1.0
        << 0.012048531411590322 << 0.013384939866213049 << 0.97064989454348076;
    QTest::newRow("series: n 1800, A 1950 (overload), P 600") << 1800 << 19500.0 << 180.0 << 600.0 << 1800.0 << 20.0
        << 0.99999999984705312 << 0.076923076923972629 << 0.00012683517417934195 << 0.00013740477202775378
        << 47.975625993624379 << 46.153846154383578 << 0.99999999999902965;
    QTest::newRow("series: n 50, A 166.7 (overload), P 120, t 30") << 50 << 1000.0 << 300.0 << 120.0 << 1800.0 << 30.0
        << 0.99999999999416686 << 0.70000000000004924 << 1.1289095003115368e-7 << 3.7630316677057402e-7
        << 141.50173027659092 << 84.000000000005908 << 0.99999999999983588;
}

void TestErlangA::exactValues()
{
    QFETCH(int, agents);
    QFETCH(double, offered);
    QFETCH(double, aht);
    QFETCH(double, patience);
    QFETCH(double, interval);
    QFETCH(double, threshold);
    QFETCH(double, probWait);
    QFETCH(double, probAbandon);
    QFETCH(double, slOffered);
    QFETCH(double, slAnswered);
    QFETCH(double, asa);
    QFETCH(double, meanWait);
    QFETCH(double, occupancy);
    const ErlangAMetrics o = erlangA(agents, offered, aht, patience, interval, threshold, SlDefinition::Offered);
    const ErlangAMetrics a = erlangA(agents, offered, aht, patience, interval, threshold, SlDefinition::Answered);
    const QByteArray text = describe(o).toUtf8();
    QVERIFY2(closeRel(o.probWait, probWait, 1e-12), text);
    QVERIFY2(closeRel(o.probAbandon, probAbandon, 1e-12), text);
    // Also the tiny service levels of heavy overload are exact to 1e-12 relative (summed directly,
    // not as answered − answered late).
    QVERIFY2(closeRel(o.serviceLevel, slOffered, 1e-12), text);
    QVERIFY2(closeRel(a.serviceLevel, slAnswered, 1e-12), qPrintable(describe(a)));
    QVERIFY2(closeRel(o.asaSeconds, asa, 1e-12), text);
    QVERIFY2(closeRel(o.meanWaitSeconds, meanWait, 1e-12), text);
    QVERIFY2(closeRel(o.occupancy, occupancy, 1e-12), text);
    // The definition only changes the service level.
    QCOMPARE(a.probWait, o.probWait);
    QCOMPARE(a.probAbandon, o.probAbandon);
    QCOMPARE(a.asaSeconds, o.asaSeconds);
    // Identities: E[W] = P(Ab)·patience (exponential patience); flow balance λ(1 − P(Ab))·AHT = n·occupancy.
    QVERIFY(closeRel(o.meanWaitSeconds, o.probAbandon * patience, 1e-13));
    QVERIFY(closeRel(offered / interval * aht * (1.0 - o.probAbandon), agents * o.occupancy, 1e-13));
}

// With patience = AHT (θ = μ) every contact in the system leaves at rate μ, waiting or served: the
// number in system is Poisson(A) whatever n is, so P(W > 0) = P(N ≥ n) and E[Q] = E[(N − n)+].
void TestErlangA::poissonWhenPatienceEqualsAht_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("traffic");
    QTest::newRow("n 1, A 1") << 1 << 1.0;
    QTest::newRow("n 3, A 2.5") << 3 << 2.5;
    QTest::newRow("n 5, A 9 (overload)") << 5 << 9.0;
    QTest::newRow("n 40, A 30") << 40 << 30.0;
}

void TestErlangA::poissonWhenPatienceEqualsAht()
{
    QFETCH(int, agents);
    QFETCH(double, traffic);
    double pBelow = 0, belowGap = 0, p = std::exp(-traffic);
    for (int k = 0; k < agents; ++k) {
        pBelow += p;
        belowGap += (agents - k) * p;
        p *= traffic / (k + 1);
    }
    const double expectedWait = 1.0 - pBelow;
    const double expectedQueue = traffic - agents + belowGap; // E[(N − n)+] = E[N] − n + E[(n − N)+]
    const double aht = 200.0, interval = 3600.0;
    const ErlangAMetrics m = erlangA(agents, traffic * interval / aht, aht, aht, interval, 0.0, SlDefinition::Offered);
    QVERIFY2(closeRel(m.probWait, expectedWait, 1e-12), qPrintable(describe(m)));
    QVERIFY2(closeRel(m.probAbandon, expectedQueue / traffic, 1e-12), qPrintable(describe(m)));
    QVERIFY2(closeRel(m.serviceLevel, pBelow, 1e-12), qPrintable(describe(m))); // t = 0: answered at once
}

void TestErlangA::approachesErlangC_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("offered");
    QTest::addColumn<double>("aht");
    QTest::newRow("classic A 10, n 14") << 14 << 100.0 << 180.0;
    QTest::newRow("A 10, n 11 (heavy)") << 11 << 100.0 << 180.0;
    QTest::newRow("A 2.5, n 3") << 3 << 18.75 << 240.0;
    QTest::newRow("A 1950, n 2000") << 2000 << 19500.0 << 180.0;
}

void TestErlangA::approachesErlangC()
{
    QFETCH(int, agents);
    QFETCH(double, offered);
    QFETCH(double, aht);
    const double interval = 1800, t = 20;
    const double a = trafficErlangs(offered, aht, interval);
    const double c = erlangC(agents, a), sl = serviceLevel(agents, a, aht, t), asa = averageSpeedOfAnswer(agents, a, aht);

    // Infinite patience is Erlang C (both SL definitions agree: nobody abandons).
    for (SlDefinition def : {SlDefinition::Offered, SlDefinition::Answered}) {
        const ErlangAMetrics m = erlangA(agents, offered, aht, kInf, interval, t, def);
        QVERIFY(closeRel(m.probWait, c, 1e-14));
        QCOMPARE(m.probAbandon, 0.0);
        QVERIFY(closeRel(m.serviceLevel, sl, 1e-14));
        QVERIFY(closeRel(m.asaSeconds, asa, 1e-14));
        QVERIFY(closeRel(m.meanWaitSeconds, asa, 1e-14));
        QVERIFY(closeRel(m.occupancy, a / agents, 1e-14));
    }
    // Finite patience P: the gap to Erlang C is first order in θ = 1/P, so gap·P settles to a
    // constant, and the abandoned fraction P(Ab) = E[W]/P tends to ASA_C / P.
    double previousScaled = 0;
    for (double patience : {1e5, 1e7, 1e9, 1e11}) {
        const ErlangAMetrics m = erlangA(agents, offered, aht, patience, interval, t, SlDefinition::Offered);
        const double gap = std::max({std::fabs(m.probWait - c) / c, std::fabs(m.serviceLevel - sl) / sl,
                                     std::fabs(m.asaSeconds - asa) / asa, std::fabs(m.meanWaitSeconds - asa) / asa});
        const QByteArray where = QStringLiteral("P %1: gap %2; %3").arg(patience).arg(gap).arg(describe(m)).toUtf8();
        QVERIFY2(gap > 0, where);
        if (patience >= 1e9) {
            QVERIFY2(gap * patience / previousScaled > 0.8 && gap * patience / previousScaled < 1.25, where);
            QVERIFY2(std::fabs(m.probAbandon * patience / asa - 1.0) < 1e-4, where);
        }
        previousScaled = gap * patience;
    }
    QVERIFY2(previousScaled / 1e11 < 1e-7, qPrintable(QString::number(previousScaled / 1e11)));
}

void TestErlangA::zeroTrafficAndZeroAgents()
{
    for (int n : {0, 1, 5, 3000}) {
        const ErlangAMetrics m = erlangA(n, 0.0, 180, 60, 1800, 20, SlDefinition::Answered);
        QCOMPARE(m.probWait, 0.0);
        QCOMPARE(m.probAbandon, 0.0);
        QCOMPARE(m.serviceLevel, 1.0);
        QCOMPARE(m.asaSeconds, 0.0);
        QCOMPARE(m.meanWaitSeconds, 0.0);
        QCOMPARE(m.occupancy, 0.0);
    }
    // No volume: the AHT is irrelevant (as in trafficErlangs).
    QCOMPARE(erlangA(3, 0.0, 0.0, 60, 1800, 20, SlDefinition::Offered).serviceLevel, 1.0);
    QCOMPARE(requiredAgentsErlangA(0.0, 180, 60, 1800, ErlangATarget{}), 0);

    // Nobody to answer: every contact waits out its patience.
    const ErlangAMetrics z = erlangA(0, 50, 180, 75, 1800, 20, SlDefinition::Offered);
    QCOMPARE(z.probWait, 1.0);
    QCOMPARE(z.probAbandon, 1.0);
    QCOMPARE(z.serviceLevel, 0.0);
    QCOMPARE(z.meanWaitSeconds, 75.0);
    QVERIFY(std::isinf(z.asaSeconds));
    QCOMPARE(erlangA(0, 50, 180, 75, 1800, 20, SlDefinition::Answered).serviceLevel, 0.0);
}

void TestErlangA::overloadStaysFinite_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("patience");
    QTest::newRow("n = A = 10") << 10 << 10.0 << 600.0;
    QTest::newRow("n 10, A 20") << 10 << 20.0 << 120.0;
    QTest::newRow("n 1, A 100") << 1 << 100.0 << 30.0;
    QTest::newRow("n 500, A 1000, P 1 day") << 500 << 1000.0 << 86400.0;
    QTest::newRow("n 2000, A 2200") << 2000 << 2200.0 << 600.0;
    QTest::newRow("n 3, A 5, P 0.01 s") << 3 << 5.0 << 0.01;
}

void TestErlangA::overloadStaysFinite()
{
    QFETCH(int, agents);
    QFETCH(double, traffic);
    QFETCH(double, patience);
    const double aht = 180, interval = 1800;
    const ErlangAMetrics m = erlangA(agents, traffic * interval / aht, aht, patience, interval, 20, SlDefinition::Answered);
    QVERIFY2(std::isfinite(m.probAbandon) && std::isfinite(m.asaSeconds) && std::isfinite(m.meanWaitSeconds),
             qPrintable(describe(m)));
    // At most n contacts are in service: the answered fraction is at most n/A (equal to double
    // precision when the patient queue keeps every agent busy).
    QVERIFY2(m.probAbandon >= 1.0 - agents / traffic - 1e-12 && m.probAbandon < 1.0, qPrintable(describe(m)));
    QVERIFY(m.meanWaitSeconds > 0 && m.meanWaitSeconds < patience);
    QVERIFY(m.occupancy > 0 && m.occupancy <= 1.0);
    QVERIFY(m.serviceLevel >= 0 && m.serviceLevel <= 1.0);
    // Erlang C has no answer here at all.
    QVERIFY(std::isinf(averageSpeedOfAnswer(agents, traffic, aht)));
}

void TestErlangA::monotoneInAgents_data()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("patience");
    QTest::addColumn<double>("threshold");
    QTest::newRow("A 20, P 120, t 20") << 20.0 << 120.0 << 20.0;
    QTest::newRow("A 20, P 2 h, t 60") << 20.0 << 7200.0 << 60.0;
    QTest::newRow("A 5, P 5 s, t 10") << 5.0 << 5.0 << 10.0;
}

void TestErlangA::monotoneInAgents()
{
    QFETCH(double, traffic);
    QFETCH(double, patience);
    QFETCH(double, threshold);
    const double aht = 180, interval = 1800, offered = traffic * interval / aht;
    ErlangAMetrics prevO = erlangA(0, offered, aht, patience, interval, threshold, SlDefinition::Offered);
    ErlangAMetrics prevA = erlangA(0, offered, aht, patience, interval, threshold, SlDefinition::Answered);
    for (int n = 1; n <= int(3 * traffic) + 10; ++n) {
        const ErlangAMetrics o = erlangA(n, offered, aht, patience, interval, threshold, SlDefinition::Offered);
        const ErlangAMetrics a = erlangA(n, offered, aht, patience, interval, threshold, SlDefinition::Answered);
        const QByteArray where = QStringLiteral("n %1: %2").arg(n).arg(describe(o)).toUtf8();
        QVERIFY2(o.probAbandon < prevO.probAbandon, where);
        QVERIFY2(o.probWait < prevO.probWait || o.probWait > 1 - 1e-12, where); // 1 to double precision when swamped
        QVERIFY2(o.meanWaitSeconds < prevO.meanWaitSeconds, where);
        QVERIFY2(o.asaSeconds < prevO.asaSeconds, where);
        // Strictly rising except where it is 0 or 1 in double precision (swamped or saturated).
        const auto rises = [](double now, double before) {
            return now > before || (now == 0.0 && before == 0.0) || (now > 1 - 1e-15 && before > 1 - 1e-15);
        };
        QVERIFY2(rises(o.serviceLevel, prevO.serviceLevel), where);
        QVERIFY2(rises(a.serviceLevel, prevA.serviceLevel), where);
        QVERIFY2(o.occupancy < prevO.occupancy || o.occupancy > 1 - 1e-12, where);
        QVERIFY2(a.serviceLevel >= o.serviceLevel, where); // abandoned contacts left out of the denominator
        prevO = o;
        prevA = a;
    }
}

void TestErlangA::monotoneInPatience()
{
    // More patient callers: fewer abandon, more wait and they wait longer.
    const double aht = 180, interval = 1800;
    ErlangAMetrics prev = erlangA(10, 100, aht, 0.1, interval, 20, SlDefinition::Offered);
    for (double patience = 0.2; patience < 2e6; patience *= 2) {
        const ErlangAMetrics m = erlangA(10, 100, aht, patience, interval, 20, SlDefinition::Offered);
        const QByteArray where = QStringLiteral("P %1: %2").arg(patience).arg(describe(m)).toUtf8();
        QVERIFY2(m.probAbandon < prev.probAbandon, where);
        QVERIFY2(m.probWait > prev.probWait, where);
        QVERIFY2(m.meanWaitSeconds > prev.meanWaitSeconds, where);
        QVERIFY2(m.asaSeconds > prev.asaSeconds, where);
        prev = m;
    }
}

void TestErlangA::largeCenterIsStableAndFast()
{
    // 2000 agents: factorials and powers would overflow; the SL rises with every agent.
    QElapsedTimer timer;
    timer.start();
    double previous = -1;
    for (int n = 1900; n <= 2100; ++n) {
        const ErlangAMetrics m = erlangA(n, 19500, 180, 300, 1800, 20, SlDefinition::Offered);
        QVERIFY(std::isfinite(m.serviceLevel) && std::isfinite(m.asaSeconds));
        QVERIFY2(m.serviceLevel > previous, qPrintable(QStringLiteral("n %1").arg(n)));
        previous = m.serviceLevel;
    }
    QVERIFY(previous > 0.9999);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(QStringLiteral("%1 ms for 201 evaluations").arg(timer.elapsed())));
    // 20 000 agents with a very patient crowd: still finite and in range.
    const ErlangAMetrics big = erlangA(20000, 198000, 180, 36000, 1800, 20, SlDefinition::Answered);
    QVERIFY2(big.probWait > 0 && big.probWait < 1 && big.serviceLevel > 0.5 && big.serviceLevel < 1, qPrintable(describe(big)));
}

void TestErlangA::requiredAgentsTargets_data()
{
    QTest::addColumn<double>("offered");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("patience");
    QTest::addColumn<double>("sl");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<bool>("answered");
    QTest::addColumn<double>("maxAbandon");
    QTest::addColumn<double>("maxOccupancy");
    QTest::addColumn<double>("asa");
    QTest::addColumn<int>("expected");
    // 100 contacts per 30 min at AHT 180 s: A = 10 Erlangs; Erlang C needs 14 for 80/20.
    QTest::newRow("A 10, P 600, 80/20 offered") << 100.0 << 180.0 << 600.0 << 0.8 << 20.0 << false << kNaN << 1.0 << kNaN << 13;
    QTest::newRow("A 10, P 600, 95/20 answered") << 100.0 << 180.0 << 600.0 << 0.95 << 20.0 << true << kNaN << 1.0 << kNaN << 15;
    // n = 12 gives P(Ab) = 0.0300045: just above the cap.
    QTest::newRow("A 10, P 600, P(Ab) <= 3 %") << 100.0 << 180.0 << 600.0 << kNaN << 20.0 << false << 0.03 << 1.0 << kNaN << 13;
    QTest::newRow("A 10, P 600, P(Ab) <= 1 %") << 100.0 << 180.0 << 600.0 << kNaN << 20.0 << false << 0.01 << 1.0 << kNaN << 14;
    QTest::newRow("A 10, P 600, ASA <= 20 s") << 100.0 << 180.0 << 600.0 << kNaN << 20.0 << false << kNaN << 1.0 << 20.0 << 12;
    QTest::newRow("A 10, P 600, 50/20 + occupancy 0.75") << 100.0 << 180.0 << 600.0 << 0.5 << 20.0 << false << kNaN << 0.75 << kNaN << 14;
    QTest::newRow("A 10, P 60, 80/20 offered") << 100.0 << 180.0 << 60.0 << 0.8 << 20.0 << false << kNaN << 1.0 << kNaN << 12;
    QTest::newRow("A 10, P 60, 80/20 answered") << 100.0 << 180.0 << 60.0 << 0.8 << 20.0 << true << kNaN << 1.0 << kNaN << 10;
    QTest::newRow("A 20, P 120, 90/30 answered + P(Ab) <= 2 %") << 200.0 << 180.0 << 120.0 << 0.9 << 30.0 << true << 0.02 << 1.0 << kNaN << 26;
    QTest::newRow("A 2.5, AHT 240, P 30, 80/20 offered") << 18.75 << 240.0 << 30.0 << 0.8 << 20.0 << false << kNaN << 1.0 << kNaN << 4;
    QTest::newRow("A 1, P 10, P(Ab) <= 1 %") << 10.0 << 180.0 << 10.0 << kNaN << 20.0 << false << 0.01 << 1.0 << kNaN << 5;
}

void TestErlangA::requiredAgentsTargets()
{
    QFETCH(double, offered);
    QFETCH(double, aht);
    QFETCH(double, patience);
    QFETCH(double, sl);
    QFETCH(double, threshold);
    QFETCH(bool, answered);
    QFETCH(double, maxAbandon);
    QFETCH(double, maxOccupancy);
    QFETCH(double, asa);
    QFETCH(int, expected);
    ErlangATarget target;
    target.serviceLevel = sl;
    target.thresholdSeconds = threshold;
    target.definition = answered ? SlDefinition::Answered : SlDefinition::Offered;
    target.maxAbandonment = maxAbandon;
    target.maxOccupancy = maxOccupancy;
    target.asaSeconds = asa;
    const int n = requiredAgentsErlangA(offered, aht, patience, 1800, target);
    QCOMPARE(n, expected);
    // Minimality with the measures themselves: n meets every target, n − 1 misses one.
    const auto meets = [&](int k) {
        const ErlangAMetrics m = erlangA(k, offered, aht, patience, 1800, std::isnan(sl) ? 0.0 : threshold, target.definition);
        return (std::isnan(sl) || m.serviceLevel >= sl) && (std::isnan(maxAbandon) || m.probAbandon <= maxAbandon)
            && (std::isnan(asa) || m.asaSeconds <= asa) && m.occupancy <= maxOccupancy + 1e-12;
    };
    QVERIFY(meets(n));
    QVERIFY(!meets(n - 1));
}

void TestErlangA::requiredAgentsLargeAndLimits()
{
    // A = 1950 Erlangs, P 300 s, 80/20 offered: fewer agents than Erlangs suffice (the
    // efficiency-driven regime: 5 % abandon, the rest is answered within ~300·ln(1.05) s). The
    // mpmath measures give SL 0.793562860777 at 1856 and 0.801019520042 at 1857 agents.
    ErlangATarget target; // 80/20 offered
    QCOMPARE(requiredAgentsErlangA(19500, 180, 300, 1800, target), 1857);
    QVERIFY(std::fabs(erlangA(1856, 19500, 180, 300, 1800, 20, SlDefinition::Offered).serviceLevel - 0.79356286077673307) < 1e-12);
    QVERIFY(std::fabs(erlangA(1857, 19500, 180, 300, 1800, 20, SlDefinition::Offered).serviceLevel - 0.8010195200419817) < 1e-12);
    QVERIFY(requiredAgents(1950.0, 180, StaffingTarget{0.8, 20, 1.0}) > 1950); // Erlang C needs n > A
    // Infinite patience reproduces Erlang C's answer (14 for the classic example).
    QCOMPARE(requiredAgentsErlangA(100, 180, kInf, 1800, target), 14);
    QCOMPARE(requiredAgentsErlangA(100, 180, kInf, 1800, target), requiredAgents(10.0, 180, StaffingTarget{0.8, 20, 1.0}));
    // A very patient crowd needs almost what Erlang C needs; an impatient one fewer agents for
    // the offered SL since abandonment shortens the queue.
    QCOMPARE(requiredAgentsErlangA(100, 180, 1e7, 1800, target), 14);
    QVERIFY(requiredAgentsErlangA(100, 180, 60, 1800, target) < 14);
    // Occupancy cap alone: smallest n with λ(1 − P(Ab))·AHT / n ≤ 0.5.
    ErlangATarget occ;
    occ.serviceLevel = kNaN;
    occ.maxOccupancy = 0.5;
    const int n = requiredAgentsErlangA(100, 180, 600, 1800, occ);
    QVERIFY(erlangA(n, 100, 180, 600, 1800, 0, SlDefinition::Offered).occupancy <= 0.5);
    QVERIFY(erlangA(n - 1, 100, 180, 600, 1800, 0, SlDefinition::Offered).occupancy > 0.5);
    QCOMPARE(n, 20); // carried load just below 10 Erlangs: 10/0.5
}

void TestErlangA::invalidInputsThrow_data()
{
    QTest::addColumn<int>("which"); // 0: erlangA, 1: requiredAgentsErlangA
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("offered");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("patience");
    QTest::addColumn<double>("interval");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<double>("sl");
    QTest::addColumn<double>("maxAbandon");
    QTest::addColumn<double>("maxOccupancy");
    QTest::addColumn<double>("asa");
    QTest::addColumn<QString>("field");
    QTest::newRow("negative agents") << 0 << -1 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "agents";
    QTest::newRow("negative volume") << 0 << 5 << -1.0 << 180.0 << 60.0 << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "offered";
    QTest::newRow("infinite volume") << 1 << 0 << kInf << 180.0 << 60.0 << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "offered";
    QTest::newRow("AHT 0 with volume") << 0 << 5 << 100.0 << 0.0 << 60.0 << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "ahtSeconds";
    QTest::newRow("AHT negative, required") << 1 << 0 << 100.0 << -5.0 << 60.0 << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "ahtSeconds";
    QTest::newRow("patience 0") << 0 << 5 << 100.0 << 180.0 << 0.0 << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "patienceSeconds";
    QTest::newRow("patience negative, required") << 1 << 0 << 100.0 << 180.0 << -60.0 << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "patienceSeconds";
    QTest::newRow("patience NaN") << 0 << 5 << 100.0 << 180.0 << kNaN << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "patienceSeconds";
    QTest::newRow("patience 0 without volume") << 1 << 0 << 0.0 << 180.0 << 0.0 << 1800.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "patienceSeconds";
    QTest::newRow("interval 0") << 0 << 5 << 100.0 << 180.0 << 60.0 << 0.0 << 20.0 << 0.8 << kNaN << 1.0 << kNaN << "intervalSeconds";
    QTest::newRow("negative threshold") << 0 << 5 << 100.0 << 180.0 << 60.0 << 1800.0 << -1.0 << 0.8 << kNaN << 1.0 << kNaN << "thresholdSeconds";
    QTest::newRow("target: SL 1") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << 1.0 << kNaN << 1.0 << kNaN << "serviceLevel.target";
    QTest::newRow("target: SL 0") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << 0.0 << kNaN << 1.0 << kNaN << "serviceLevel.target";
    QTest::newRow("target: SL 1.2") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << 1.2 << kNaN << 1.0 << kNaN << "serviceLevel.target";
    QTest::newRow("target: negative threshold") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << -5.0 << 0.8 << kNaN << 1.0 << kNaN << "serviceLevel.seconds";
    QTest::newRow("target: P(Ab) cap 0") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << kNaN << 0.0 << 1.0 << kNaN << "maxAbandonment";
    QTest::newRow("target: P(Ab) cap 1.5") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << 0.8 << 1.5 << 1.0 << kNaN << "maxAbandonment";
    QTest::newRow("target: occupancy 0") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << 0.8 << kNaN << 0.0 << kNaN << "maxOccupancy";
    QTest::newRow("target: occupancy NaN") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << 0.8 << kNaN << kNaN << kNaN << "maxOccupancy";
    QTest::newRow("target: ASA 0") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << kNaN << kNaN << 1.0 << 0.0 << "asaSeconds";
    QTest::newRow("target: none at all") << 1 << 0 << 100.0 << 180.0 << 60.0 << 1800.0 << 20.0 << kNaN << kNaN << 1.0 << kNaN << "";
}

void TestErlangA::invalidInputsThrow()
{
    QFETCH(int, which);
    QFETCH(int, agents);
    QFETCH(double, offered);
    QFETCH(double, aht);
    QFETCH(double, patience);
    QFETCH(double, interval);
    QFETCH(double, threshold);
    QFETCH(double, sl);
    QFETCH(double, maxAbandon);
    QFETCH(double, maxOccupancy);
    QFETCH(double, asa);
    QFETCH(QString, field);
    try {
        if (which == 0) {
            erlangA(agents, offered, aht, patience, interval, threshold, SlDefinition::Offered);
        } else {
            ErlangATarget t;
            t.serviceLevel = sl;
            t.thresholdSeconds = threshold;
            t.maxAbandonment = maxAbandon;
            t.maxOccupancy = maxOccupancy;
            t.asaSeconds = asa;
            requiredAgentsErlangA(offered, aht, patience, interval, t);
        }
        QFAIL("no InputError thrown");
    } catch (const InputError &e) {
        QCOMPARE(e.field(), field);
        QVERIFY(!e.reason().isEmpty());
    }
}

QTEST_MAIN(TestErlangA)
#include "test_erlanga.moc"
