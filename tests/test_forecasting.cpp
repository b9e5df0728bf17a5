// SPDX-License-Identifier: GPL-3.0-or-later
// Forecasting from history (core/forecasting): seasonal naive, moving average, Holt–Winters,
// AHT per interval-of-week, clamping, what-if, back-test WAPE/MAPE, bad inputs, the CLI command,
// and the demonstration on the shipped 4-week Anonymous Bank history.
//
// How the expected values were obtained:
//  - seasonal naive, moving average, AHT, what-if and the small back-tests: by hand (the
//    arithmetic is in the comments next to each row);
//  - Holt–Winters with fixed α, β, γ: the recursion of forecasting.h re-run in Python 3 in exact
//    rational arithmetic (fractions.Fraction), independently of the C++ code; the fractions are
//    written in the rows. The same cases agree with statsmodels 0.13.5 ExponentialSmoothing
//    (trend='add', seasonal='add', initialization_method='known' with the same initial states) on
//    the in-sample SSE and on every forecast step except h = m, where statsmodels 0.13.5 takes the
//    seasonal state one season older than FPP3 eq. (8.3) (k = ⌊(h−1)/m⌋); the "α = 1" row is also
//    worked by hand;
//  - the fitted grid and the Anonymous Bank back-tests: a separate Python 3 script (csv module
//    over resources/sample/anonymous-bank-1999-02-01-4weeks.csv, plain lists, its own grid search
//    over the same 12-value grid), printing the values with repr() (17 significant digits).
#include "core/cli/forecastcommand.h"
#include "core/error.h"
#include "core/forecasting/forecasting.h"
#include "core/io/callrecords.h"
#include "core/io/forecastcsv.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <tuple>

using namespace tessera;
using namespace tessera::forecasting;

Q_DECLARE_METATYPE(tessera::forecasting::Method)

namespace {
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const QTimeZone kJerusalem("Asia/Jerusalem");
const QString kHistory = QStringLiteral(":/sample/anonymous-bank-1999-02-01-4weeks.csv");

bool close(double a, double b, double rel = 1e-12)
{
    if (std::isnan(a) || std::isnan(b))
        return std::isnan(a) && std::isnan(b);
    return std::fabs(a - b) <= rel * std::max(1.0, std::fabs(b));
}

QString list(const std::vector<double> &v)
{
    QStringList s;
    for (double x : v)
        s << QString::number(x, 'g', 17);
    return s.join(QStringLiteral(", "));
}

std::vector<ForecastInterval> series(const std::vector<double> &offered, const std::vector<double> &aht = {})
{
    std::vector<ForecastInterval> out(offered.size());
    for (size_t i = 0; i < offered.size(); ++i) {
        out[i].offered = offered[i];
        out[i].ahtSeconds = aht.empty() ? 180.0 : aht[i];
    }
    return out;
}

Options options(Method m, int season, int k = 3, double a = kNaN, double b = kNaN, double g = kNaN)
{
    Options o;
    o.method = m;
    o.seasonLength = season;
    o.movingAverageWeeks = k;
    o.alpha = a;
    o.beta = b;
    o.gamma = g;
    return o;
}

/// Runs f and returns the InputError's field ("<no error>" when none was thrown).
template <typename F>
InputError expectError(F f)
{
    try {
        f();
    } catch (const InputError &e) {
        return e;
    }
    return InputError(QString(), 0, QStringLiteral("<no error>"), QString());
}

struct CliRun {
    int code = 0;
    QString out, err;
};

CliRun runForecast(const QStringList &positional, const QMap<QString, QString> &opts)
{
    CliRun r;
    QTextStream out(&r.out), err(&r.err);
    r.code = forecastCommand(positional, opts, out, err);
    out.flush();
    err.flush();
    return r;
}
} // namespace

class TestForecasting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void methods_data();
    void methods();
    void fittedHoltWinters();
    void whatIf_data();
    void whatIf();
    void backtestByHand_data();
    void backtestByHand();
    void badInputs_data();
    void badInputs();
    void anonymousBankBacktest_data();
    void anonymousBankBacktest();
    void shippedHistoryRegenerates();
    void cliForecastWithWhatIf();
    void cliBacktest();
    void cliErrors_data();
    void cliErrors();
};

void TestForecasting::methods_data()
{
    QTest::addColumn<Method>("method");
    QTest::addColumn<int>("season");
    QTest::addColumn<int>("weeks"); // moving average k
    QTest::addColumn<QList<double>>("params"); // α, β, γ (Holt–Winters)
    QTest::addColumn<QList<double>>("offered");
    QTest::addColumn<QList<double>>("aht");
    QTest::addColumn<int>("horizon");
    QTest::addColumn<QList<double>>("expectedOffered");
    QTest::addColumn<QList<double>>("expectedAht");
    const QList<double> none;

    // Last week repeated; AHT of last week's interval; phase 1 had no calls last week, so its AHT
    // is last week's volume-weighted mean (4·200 + 6·300) / 10 = 260.
    QTest::newRow("naive, wraps past one week") << Method::SeasonalNaive << 3 << 3 << none
                                                << QList<double>{1, 2, 3, 4, 0, 6}
                                                << QList<double>{100, 110, 120, 200, 0, 300} << 5
                                                << QList<double>{4, 0, 6, 4, 0} << QList<double>{200, 260, 300, 200, 260};
    // m = 2, k = 2: phase 0 (6 + 10)/2 = 8, phase 1 (8 + 20)/2 = 14; the first week is not used.
    // AHT phase 0 (6·100 + 10·200)/16 = 162.5, phase 1 (8·150 + 20·120)/28 = 3600/28.
    QTest::newRow("ma k=2") << Method::MovingAverage << 2 << 2 << none << QList<double>{2, 4, 6, 8, 10, 20}
                            << QList<double>{999, 999, 100, 150, 200, 120} << 2 << QList<double>{8, 14}
                            << QList<double>{162.5, 3600.0 / 28.0};
    // k = 3 over all three weeks: (2 + 6 + 10)/3 = 6, (4 + 8 + 20)/3 = 32/3;
    // AHT phase 0 (2·999 + 6·100 + 10·200)/18 = 4598/18, phase 1 (4·999 + 8·150 + 20·120)/32 = 7596/32.
    QTest::newRow("ma k=3, horizon 3") << Method::MovingAverage << 2 << 3 << none << QList<double>{2, 4, 6, 8, 10, 20}
                                       << QList<double>{999, 999, 100, 150, 200, 120} << 3
                                       << QList<double>{6, 32.0 / 3.0, 6}
                                       << QList<double>{4598.0 / 18.0, 7596.0 / 32.0, 4598.0 / 18.0};
    // k = 1 is the seasonal naive method.
    QTest::newRow("ma k=1") << Method::MovingAverage << 2 << 1 << none << QList<double>{2, 4, 6, 8, 10, 20}
                            << QList<double>{999, 999, 100, 150, 200, 120} << 2 << QList<double>{10, 20}
                            << QList<double>{200, 120};
    // α = 1, β = 0, γ = 0 by hand: ℓ = 6, b = (8 − 6)/2 = 1, s = (−2, 2); the level then follows
    // y − s: 8, 8, 9, 10; F = 10 + 1 − 2, 10 + 2 + 2, 10 + 3 − 2. AHT over all three weeks.
    QTest::newRow("hw alpha=1 beta=0 gamma=0") << Method::HoltWinters << 2 << 3 << QList<double>{1.0, 0.0, 0.0}
                                               << QList<double>{4, 8, 6, 10, 7, 12} << QList<double>{100, 200, 100, 200, 400, 200}
                                               << 3 << QList<double>{9, 14, 11}
                                               << QList<double>{(400 + 600 + 2800) / 17.0, 200, (400 + 600 + 2800) / 17.0};
    // Exact rational recursion (Python fractions), α 0.5, β 0.3, γ 0.4; j = 3 wraps to phase 0
    // with 4 × the trend.
    QTest::newRow("hw 0.5/0.3/0.4") << Method::HoltWinters << 3 << 3 << QList<double>{0.5, 0.3, 0.4}
                                    << QList<double>{10, 20, 30, 12, 24, 33, 15, 26, 37}
                                    << QList<double>{100, 100, 100, 100, 100, 100, 100, 100, 100} << 4
                                    << QList<double>{1188404111.0 / 64000000.0, 477632163.0 / 16000000.0,
                                                     2582413729.0 / 64000000.0, 704721427.0 / 32000000.0}
                                    << QList<double>{100, 100, 100, 100};
    // A falling series: unclamped 3551/9216, −1997/576, −2519/3072, −11219/4608; negatives → 0.
    // No calls ever in phase 1: its AHT is the history's weighted mean (10·100 + 10·300 + 6·100 +
    // 6·300 + 2·100 + 2·300) / 36 = 200.
    QTest::newRow("hw clamps at 0") << Method::HoltWinters << 3 << 3 << QList<double>{0.5, 0.5, 0.5}
                                    << QList<double>{10, 0, 10, 6, 0, 6, 2, 0, 2}
                                    << QList<double>{100, 0, 300, 100, 0, 300, 100, 0, 300} << 4
                                    << QList<double>{3551.0 / 9216.0, 0, 0, 0} << QList<double>{100, 200, 300, 100};
    // A week pattern repeated exactly: every method returns it (Holt–Winters: b = 0, s exact, any α, β, γ).
    for (Method m : {Method::SeasonalNaive, Method::MovingAverage, Method::HoltWinters})
        QTest::addRow("repeated pattern, %s", qPrintable(methodName(m)))
            << m << 4 << 3 << QList<double>{0.3, 0.2, 0.6} << QList<double>{0, 5, 9, 2, 0, 5, 9, 2, 0, 5, 9, 2}
            << QList<double>{0, 200, 180, 240, 0, 200, 180, 240, 0, 200, 180, 240} << 6
            << QList<double>{0, 5, 9, 2, 0, 5} << QList<double>{(5 * 200 + 9 * 180 + 2 * 240) / 16.0, 200, 180, 240,
                                                                 (5 * 200 + 9 * 180 + 2 * 240) / 16.0, 200};
}

void TestForecasting::methods()
{
    QFETCH(Method, method);
    QFETCH(int, season);
    QFETCH(int, weeks);
    QFETCH(QList<double>, params);
    QFETCH(QList<double>, offered);
    QFETCH(QList<double>, aht);
    QFETCH(int, horizon);
    QFETCH(QList<double>, expectedOffered);
    QFETCH(QList<double>, expectedAht);
    const Options o = params.isEmpty() ? options(method, season, weeks)
                                       : options(method, season, weeks, params[0], params[1], params[2]);
    const auto f = forecast(series({offered.begin(), offered.end()}, {aht.begin(), aht.end()}), horizon, o);
    QCOMPARE(int(f.size()), horizon);
    std::vector<double> gotOffered, gotAht;
    for (const ForecastInterval &fi : f) {
        gotOffered.push_back(fi.offered);
        gotAht.push_back(fi.ahtSeconds);
        QVERIFY(std::isnan(fi.observedBusy));
    }
    for (int j = 0; j < horizon; ++j) {
        QVERIFY2(close(gotOffered[j], expectedOffered[j]), qPrintable(QStringLiteral("offered %1").arg(list(gotOffered))));
        QVERIFY2(close(gotAht[j], expectedAht[j]), qPrintable(QStringLiteral("AHT %1").arg(list(gotAht))));
        QVERIFY(gotOffered[j] >= 0.0);
    }
}

void TestForecasting::fittedHoltWinters()
{
    // Grid search in Python over the same grid (α + γ ≤ 1): best (0.2, 0.3, 0.1) with SSE
    // 4.661147821899717; the runner-up (0.2, 0.3, 0.05) has 4.670027015329987.
    const std::vector<double> y = {10, 20, 30, 12, 24, 33, 15, 26, 37};
    const HoltWintersFit fit = fitHoltWinters(y, options(Method::HoltWinters, 3));
    QCOMPARE(fit.alpha, 0.2);
    QCOMPARE(fit.beta, 0.3);
    QCOMPARE(fit.gamma, 0.1);
    QCOMPARE(fit.steps, 6);
    QVERIFY2(close(fit.sse, 4.661147821899717, 1e-10), qPrintable(QString::number(fit.sse, 'g', 17)));
    // forecast() uses the fitted parameters.
    const auto f = forecast(series(y), 3, options(Method::HoltWinters, 3));
    QVERIFY(close(f[0].offered, 18.26472905542401, 1e-10));
    QVERIFY(close(f[1].offered, 29.443178016768012, 1e-10));
    QVERIFY(close(f[2].offered, 40.33402909235201, 1e-10));
    // Fixing α = 0.2 and β = 0.3 leaves γ to the grid: the same optimum.
    const HoltWintersFit partial = fitHoltWinters(y, options(Method::HoltWinters, 3, 3, 0.2, 0.3, kNaN));
    QCOMPARE(partial.gamma, 0.1);
    // The admissible region: on this noisy series the grid optimum without it would be α 1, γ 0.3
    // (SSE 788.157); with γ ≤ 1 − α it is (0.9, 0, 0.1), SSE 838.7262803464889 (runner-up 849.888).
    const std::vector<double> noisy = {18, 18, 12, 1, 7, 1, 17, 27, 4};
    const HoltWintersFit admissible = fitHoltWinters(noisy, options(Method::HoltWinters, 3));
    QCOMPARE(admissible.alpha, 0.9);
    QCOMPARE(admissible.beta, 0.0);
    QCOMPARE(admissible.gamma, 0.1);
    QVERIFY(close(admissible.sse, 838.7262803464889, 1e-10));
    // Ties go to the first candidate in grid order: on an all-zero history every SSE is 0.
    const HoltWintersFit zeros = fitHoltWinters(std::vector<double>(6, 0.0), options(Method::HoltWinters, 3));
    QCOMPARE(zeros.alpha, 0.0);
    QCOMPARE(zeros.beta, 0.0);
    QCOMPARE(zeros.gamma, 0.0);
    QCOMPARE(zeros.sse, 0.0);
    // All three fixed: just evaluated (SSE 6.952819947016491, matching statsmodels).
    const HoltWintersFit fixed = fitHoltWinters(y, options(Method::HoltWinters, 3, 3, 0.5, 0.3, 0.4));
    QCOMPARE(fixed.alpha, 0.5);
    QVERIFY(close(fixed.sse, 6.952819947016491, 1e-10));
}

void TestForecasting::whatIf_data()
{
    QTest::addColumn<double>("percent");
    QTest::addColumn<double>("delta");
    QTest::addColumn<QList<double>>("offered");
    QTest::addColumn<QList<double>>("aht");
    // input: offered {10, 0, 5}, AHT {200, 180, 3}
    QTest::newRow("+10 %, -5 s: AHT 3 s floors at 0") << 10.0 << -5.0 << QList<double>{11, 0, 5.5} << QList<double>{195, 175, 0};
    QTest::newRow("-25 %, +30 s") << -25.0 << 30.0 << QList<double>{7.5, 0, 3.75} << QList<double>{230, 210, 33};
    QTest::newRow("-150 %: volume floors at 0") << -150.0 << 0.0 << QList<double>{0, 0, 0} << QList<double>{200, 180, 3};
    QTest::newRow("no change") << 0.0 << 0.0 << QList<double>{10, 0, 5} << QList<double>{200, 180, 3};
    QTest::newRow("+100 %, -180 s") << 100.0 << -180.0 << QList<double>{20, 0, 10} << QList<double>{20, 0, 0};
}

void TestForecasting::whatIf()
{
    QFETCH(double, percent);
    QFETCH(double, delta);
    QFETCH(QList<double>, offered);
    QFETCH(QList<double>, aht);
    auto f = series({10, 0, 5}, {200, 180, 3});
    applyWhatIf(f, percent, delta);
    for (int i = 0; i < 3; ++i) {
        QVERIFY2(close(f[i].offered, offered[i]), qPrintable(QString::number(f[i].offered, 'g', 17)));
        QVERIFY2(close(f[i].ahtSeconds, aht[i]), qPrintable(QString::number(f[i].ahtSeconds, 'g', 17)));
    }
}

void TestForecasting::backtestByHand_data()
{
    QTest::addColumn<Method>("method");
    QTest::addColumn<int>("season");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QList<double>>("offered");
    QTest::addColumn<int>("holdout");
    QTest::addColumn<QList<double>>("predicted");
    QTest::addColumn<double>("wape");
    QTest::addColumn<double>("mape");
    // Naive: F = (5, 7) for A = (6, 9): WAPE (1 + 2)/15, MAPE (1/6 + 2/9)/2 = 7/36.
    QTest::newRow("naive") << Method::SeasonalNaive << 2 << 1 << QList<double>{4, 6, 5, 7, 6, 9} << 2
                           << QList<double>{5, 7} << 0.2 << 7.0 / 36.0;
    // MA k = 2: F = (4.5, 6.5): WAPE (1.5 + 2.5)/15 = 4/15, MAPE (1.5/6 + 2.5/9)/2 = 19/72.
    QTest::newRow("ma k=2") << Method::MovingAverage << 2 << 2 << QList<double>{4, 6, 5, 7, 6, 9} << 2
                            << QList<double>{4.5, 6.5} << 4.0 / 15.0 << 19.0 / 72.0;
    // A = (6, 0), F = (5, 2): WAPE (1 + 2)/6; MAPE only over A > 0: 1/6.
    QTest::newRow("zero actual left out of MAPE") << Method::SeasonalNaive << 2 << 1 << QList<double>{4, 0, 5, 2, 6, 0}
                                                  << 2 << QList<double>{5, 2} << 0.5 << 1.0 / 6.0;
    // Holding back 1 of 7 leaves three whole seasons of 2: F = 6 for A = 3: WAPE = MAPE = 1.
    QTest::newRow("holdout shorter than a season") << Method::SeasonalNaive << 2 << 1 << QList<double>{4, 6, 5, 7, 6, 9, 3}
                                                   << 1 << QList<double>{6} << 1.0 << 1.0;
    // Nothing offered in the tail: both undefined.
    QTest::newRow("no actual volume: NaN") << Method::SeasonalNaive << 2 << 1 << QList<double>{1, 1, 0, 0} << 2
                                           << QList<double>{1, 1} << kNaN << kNaN;
}

void TestForecasting::backtestByHand()
{
    QFETCH(Method, method);
    QFETCH(int, season);
    QFETCH(int, weeks);
    QFETCH(QList<double>, offered);
    QFETCH(int, holdout);
    QFETCH(QList<double>, predicted);
    QFETCH(double, wape);
    QFETCH(double, mape);
    const Backtest b = backtest(series({offered.begin(), offered.end()}), holdout, options(method, season, weeks));
    QCOMPARE(b.intervals, holdout);
    QCOMPARE(int(b.actual.size()), holdout);
    QCOMPARE(int(b.predicted.size()), holdout);
    for (int i = 0; i < holdout; ++i) {
        QCOMPARE(b.actual[i], offered[offered.size() - holdout + i]);
        QVERIFY(close(b.predicted[i], predicted[i]));
    }
    QVERIFY2(close(b.wape, wape), qPrintable(QString::number(b.wape, 'g', 17)));
    QVERIFY2(close(b.mape, mape), qPrintable(QString::number(b.mape, 'g', 17)));
}

void TestForecasting::badInputs_data()
{
    QTest::addColumn<int>("call"); // 0 forecast, 1 backtest, 2 applyWhatIf, 3 fitHoltWinters
    QTest::addColumn<Method>("method");
    QTest::addColumn<int>("season");
    QTest::addColumn<int>("weeks");
    QTest::addColumn<QList<double>>("params");
    QTest::addColumn<QList<double>>("offered");
    QTest::addColumn<QList<double>>("aht");
    QTest::addColumn<int>("count"); // horizon, holdout, or (what-if) unused
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("row");
    const QList<double> none, six = {1, 2, 3, 4, 5, 6}, nan3 = {kNaN, kNaN, kNaN};
    const Method naive = Method::SeasonalNaive, ma = Method::MovingAverage, hw = Method::HoltWinters;
    QTest::newRow("5 intervals, season 2") << 0 << naive << 2 << 1 << nan3 << QList<double>{1, 2, 3, 4, 5} << none << 2 << "history" << 0;
    QTest::newRow("empty history") << 0 << naive << 2 << 1 << nan3 << QList<double>{} << none << 2 << "history" << 0;
    QTest::newRow("ma k=4 on 3 weeks") << 0 << ma << 2 << 4 << nan3 << six << none << 2 << "history" << 0;
    QTest::newRow("hw on 1 week") << 0 << hw << 6 << 1 << nan3 << six << none << 2 << "history" << 0;
    QTest::newRow("fitHoltWinters on 1 week") << 3 << hw << 6 << 1 << nan3 << six << none << 0 << "history" << 0;
    QTest::newRow("season 0") << 0 << naive << 0 << 1 << nan3 << six << none << 2 << "seasonLength" << 0;
    QTest::newRow("ma k=0") << 0 << ma << 2 << 0 << nan3 << six << none << 2 << "movingAverageWeeks" << 0;
    QTest::newRow("horizon -1") << 0 << naive << 2 << 1 << nan3 << six << none << -1 << "horizon" << 0;
    QTest::newRow("alpha 1.5") << 0 << hw << 2 << 1 << QList<double>{1.5, kNaN, kNaN} << six << none << 2 << "alpha" << 0;
    QTest::newRow("beta 2") << 0 << hw << 2 << 1 << QList<double>{kNaN, 2.0, kNaN} << six << none << 2 << "beta" << 0;
    QTest::newRow("gamma -0.1") << 0 << hw << 2 << 1 << QList<double>{kNaN, kNaN, -0.1} << six << none << 2 << "gamma" << 0;
    QTest::newRow("offered -1 at index 2") << 0 << naive << 2 << 1 << nan3 << QList<double>{1, 2, -1, 4} << none << 2 << "offered" << 3;
    QTest::newRow("AHT NaN at index 0") << 0 << naive << 2 << 1 << nan3 << QList<double>{1, 2, 3, 4}
                                        << QList<double>{kNaN, 1, 1, 1} << 2 << "ahtSeconds" << 1;
    QTest::newRow("holdout 0") << 1 << naive << 2 << 1 << nan3 << six << none << 0 << "holdoutIntervals" << 0;
    QTest::newRow("holdout = series") << 1 << naive << 2 << 1 << nan3 << six << none << 6 << "holdoutIntervals" << 0;
    QTest::newRow("holdout leaves 5 of season 2") << 1 << naive << 2 << 1 << nan3 << six << none << 1 << "holdoutIntervals" << 0;
    QTest::newRow("holdout leaves 1 week for hw") << 1 << hw << 2 << 1 << nan3 << QList<double>{1, 2, 3, 4} << none << 2 << "history" << 0;
    QTest::newRow("what-if percent NaN") << 2 << naive << 2 << 1 << QList<double>{kNaN, 0, 0} << six << none << 0 << "volumePercent" << 0;
    QTest::newRow("what-if delta inf") << 2 << naive << 2 << 1 << QList<double>{0, std::numeric_limits<double>::infinity(), 0}
                                       << six << none << 0 << "ahtDeltaSeconds" << 0;
}

void TestForecasting::badInputs()
{
    QFETCH(int, call);
    QFETCH(Method, method);
    QFETCH(int, season);
    QFETCH(int, weeks);
    QFETCH(QList<double>, params);
    QFETCH(QList<double>, offered);
    QFETCH(QList<double>, aht);
    QFETCH(int, count);
    QFETCH(QString, field);
    QFETCH(int, row);
    auto h = series({offered.begin(), offered.end()}, {aht.begin(), aht.end()});
    const Options o = options(method, season, weeks, params[0], params[1], params[2]);
    const InputError e = expectError([&] {
        if (call == 0)
            forecast(h, count, o);
        else if (call == 1)
            backtest(h, count, o);
        else if (call == 2)
            applyWhatIf(h, params[0], params[1]);
        else
            fitHoltWinters({offered.begin(), offered.end()}, o);
    });
    QCOMPARE(e.field(), field);
    QCOMPARE(e.row(), row);
    QVERIFY(!e.reason().isEmpty());
}

void TestForecasting::anonymousBankBacktest_data()
{
    QTest::addColumn<Method>("method");
    QTest::addColumn<double>("wape");
    QTest::addColumn<double>("mape");
    QTest::addColumn<double>("predictedTotal");
    QTest::addColumn<QList<double>>("fit"); // Holt–Winters α, β, γ, SSE
    // Last week (22–28 Feb 1999, 7,115 calls, 198 half-hours with calls) from the first three.
    QTest::newRow("seasonal naive") << Method::SeasonalNaive << 0.26605762473647226 << 0.32547181192499375 << 7720.0
                                    << QList<double>{};
    QTest::newRow("moving average, 3 weeks") << Method::MovingAverage << 0.23569922698524243 << 0.30736695301471384
                                             << 8003.333333333334 << QList<double>{};
    // Grid optimum α 0.5, β 0, γ 0.1 (runner-up α 0.6: SSE 80353.1).
    QTest::newRow("Holt-Winters, fitted") << Method::HoltWinters << 0.24200320995079935 << 0.3055618447874509
                                          << 7912.932328390431 << QList<double>{0.5, 0.0, 0.1, 80225.52671285626};
}

void TestForecasting::anonymousBankBacktest()
{
    QFETCH(Method, method);
    QFETCH(double, wape);
    QFETCH(double, mape);
    QFETCH(double, predictedTotal);
    QFETCH(QList<double>, fit);
    // Read from the Qt resource: the demonstration needs nothing outside the build.
    const IntervalForecast h = importForecastCsv(kHistory, kJerusalem, 0);
    QCOMPARE(h.intervalMinutes, 30);
    QCOMPARE(int(h.intervals.size()), 4 * 336);
    QCOMPARE(h.start, QDateTime(QDate(1999, 2, 1), QTime(0, 0), kJerusalem));
    const int m = weeklySeasonLength(h.intervalMinutes);
    QCOMPARE(m, 336);
    const Backtest b = backtest(h.intervals, m, options(method, m));
    QCOMPARE(b.intervals, 336);
    double actual = 0, predicted = 0;
    int positive = 0;
    for (int i = 0; i < m; ++i) {
        actual += b.actual[i];
        predicted += b.predicted[i];
        positive += b.actual[i] > 0 ? 1 : 0;
    }
    QCOMPARE(actual, 7115.0);
    QCOMPARE(positive, 198);
    QVERIFY2(close(predicted, predictedTotal, 1e-10), qPrintable(QString::number(predicted, 'g', 17)));
    QVERIFY2(close(b.wape, wape, 1e-10), qPrintable(QString::number(b.wape, 'g', 17)));
    QVERIFY2(close(b.mape, mape, 1e-10), qPrintable(QString::number(b.mape, 'g', 17)));
    // Plausible: a week-ahead half-hourly forecast within 50 % WAPE, and better than forecasting 0.
    QVERIFY(b.wape > 0.05 && b.wape < 0.5);
    if (!fit.isEmpty()) {
        const std::vector<ForecastInterval> train(h.intervals.begin(), h.intervals.end() - m);
        std::vector<double> y;
        for (const ForecastInterval &fi : train)
            y.push_back(fi.offered);
        const HoltWintersFit f = fitHoltWinters(y, options(method, m));
        QCOMPARE(f.alpha, fit[0]);
        QCOMPARE(f.beta, fit[1]);
        QCOMPARE(f.gamma, fit[2]);
        QVERIFY2(close(f.sse, fit[3], 1e-10), qPrintable(QString::number(f.sse, 'g', 17)));
    }
}

void TestForecasting::shippedHistoryRegenerates()
{
    const QString raw = QStringLiteral(TESSERA_SHARED_DATA "/anonymous-bank-1999-feb/data_anonymous_bank_february.txt");
    QFile shipped(kHistory);
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QByteArray expected = shipped.readAll();
    QFile source(QStringLiteral(TESSERA_SOURCE_DIR "/resources/sample/anonymous-bank-1999-02-01-4weeks.csv"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(source.readAll(), expected); // the resource is the file in the tree
    if (!QFileInfo::exists(raw))
        QSKIP("the raw Anonymous Bank file (../shared/data) is not present");
    const CallRecordAggregate a = aggregateCallRecords(raw, kJerusalem, QDate(1999, 2, 1), 28, 30);
    // The counts in resources/sample/PROVENANCE.md: every offered call of February 1999.
    QCOMPARE(a.stats.offered, 31125);
    QCOMPARE(a.stats.served, 27162);
    QCOMPARE(a.stats.abandoned, 3963);
    QCOMPARE(a.stats.outsideWindow, 0);
    QVERIFY(forecastCsvBytes(a.forecast) == expected);
}

void TestForecasting::cliForecastWithWhatIf()
{
    QTemporaryDir dir;
    const QString target = dir.filePath(QStringLiteral("next.csv"));
    const CliRun r = runForecast({kHistory}, {{"--tz", "Asia/Jerusalem"},
                                              {"--method", "ma"},
                                              {"--volume-pct", "10"},
                                              {"--aht-delta", "-2"},
                                              {"--out", target}});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("what-if   volume +10 %, AHT -2 s")), qPrintable(r.out));
    const IntervalForecast f = importForecastCsv(target, kJerusalem, 0);
    QCOMPARE(int(f.intervals.size()), 336);
    QCOMPARE(f.start, QDateTime(QDate(1999, 3, 1), QTime(0, 0), kJerusalem)); // the week after the history
    // Python: MA of 8, 15 and 22 Feb at 09:00 = 45.666…, AHT 209.128…; × 1.1 and − 2 s. Monday
    // 00:00 had no calls in those weeks: 0 offered, AHT the weeks' mean 181.287… − 2 s.
    // Thursday 00:00 (index 144) had one call (AHT 3 s) in those weeks: 1/3 × 1.1, 3 − 2 s.
    QVERIFY(close(f.intervals[18].offered, 45.666666666666664 * 1.1, 1e-12));
    QVERIFY(close(f.intervals[18].ahtSeconds, 207.12839338406573, 1e-12));
    QVERIFY(close(f.intervals[20].offered, 61.966666666666676, 1e-12));
    QCOMPARE(f.intervals[0].offered, 0.0);
    QVERIFY(close(f.intervals[0].ahtSeconds, 179.28681217649287, 1e-12));
    QVERIFY(close(f.intervals[144].offered, 1.1 / 3.0, 1e-12));
    QVERIFY(close(f.intervals[144].ahtSeconds, 1.0, 1e-12));
    double total = 0;
    for (const ForecastInterval &fi : f.intervals)
        total += fi.offered;
    QVERIFY2(close(total, 7613.333333333332 * 1.1, 1e-10), qPrintable(QString::number(total, 'g', 17)));
}

void TestForecasting::cliBacktest()
{
    for (const auto &[method, wape, mape] : {std::tuple{"naive", "26.61", "32.55"}, std::tuple{"ma", "23.57", "30.74"},
                                            std::tuple{"hw", "24.20", "30.56"}}) {
        const CliRun r = runForecast({kHistory}, {{"--tz", "Asia/Jerusalem"}, {"--method", method}, {"--holdout-weeks", "1"}});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("WAPE      %1 %").arg(QLatin1String(wape))), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("MAPE      %1 %").arg(QLatin1String(mape))), qPrintable(r.out));
        if (QLatin1String(method) == QLatin1String("hw"))
            QVERIFY2(r.out.contains(QStringLiteral("alpha 0.5 beta 0 gamma 0.1")), qPrintable(r.out));
    }
    // The default method is the 3-week moving average.
    const CliRun r = runForecast({kHistory}, {{"--tz", "Asia/Jerusalem"}, {"--holdout-weeks", "1"}});
    QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("WAPE      23.57 %")), qPrintable(r.out + r.err));
    QVERIFY2(r.out.contains(QStringLiteral("back-test 1 week from 1999-02-22T00:00:00+02:00 forecast from the 3 weeks before")),
             qPrintable(r.out));
    // The daily table: Tuesday 23 Feb, forecast (MA) 1608.0 vs actual 1339.0 calls (Python sums).
    QVERIFY2(r.out.contains(QStringLiteral("1999-02-23 Tue    1608.0")) && r.out.contains(QStringLiteral("1339.0")),
             qPrintable(r.out));
}

void TestForecasting::cliErrors_data()
{
    QTest::addColumn<QStringList>("args"); // option, value pairs after --tz
    QTest::addColumn<QString>("history"); // "" → the shipped history
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option") << QStringList{"--wekes", "2"} << QString() << "--wekes";
    QTest::newRow("bad method") << QStringList{"--method", "arima"} << QString() << "--method";
    QTest::newRow("weeks 0") << QStringList{"--weeks", "0"} << QString() << "--weeks";
    QTest::newRow("weeks with holdout") << QStringList{"--weeks", "2", "--holdout-weeks", "1"} << QString() << "--weeks";
    QTest::newRow("what-if with holdout") << QStringList{"--volume-pct", "5", "--holdout-weeks", "1"} << QString() << "--volume-pct";
    QTest::newRow("holdout all 4 weeks") << QStringList{"--holdout-weeks", "4"} << QString() << "--holdout-weeks";
    QTest::newRow("ma over 5 weeks of 4") << QStringList{"--method", "ma", "--ma-weeks", "5"} << QString() << "history";
    // Thursday 00:00 has calls with a forecast AHT of 3 s: − 5 s would leave calls with AHT 0.
    QTest::newRow("AHT reduction to 0 with calls") << QStringList{"--method", "ma", "--aht-delta", "-5"} << QString()
                                                   << "2 interval(s) with calls at AHT 0 s (first 1999-03-04T00:00:00+02:00";
    QTest::newRow("volume-pct text") << QStringList{"--volume-pct", "ten"} << QString() << "--volume-pct";
    QTest::newRow("one day of history") << QStringList{} << "day.csv" << "day.csv";
}

void TestForecasting::cliErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, history);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    QString path = kHistory;
    if (!history.isEmpty()) {
        path = dir.filePath(history);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("interval_start,offered,aht_seconds\n1999-02-01 00:00,1,100\n1999-02-01 23:30,2,100\n");
    }
    QMap<QString, QString> opts{{"--tz", "Asia/Jerusalem"}};
    for (int i = 0; i + 1 < args.size(); i += 2)
        opts.insert(args[i], args[i + 1]);
    const CliRun r = runForecast({path}, opts);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("tessera-cli: ")) && r.err.contains(mentions), qPrintable(r.err));
    // Missing --tz and a missing file are errors too.
    QCOMPARE(runForecast({kHistory}, {}).code, 1);
    QCOMPARE(runForecast({dir.filePath(QStringLiteral("absent.csv"))}, {{"--tz", "UTC"}}).code, 1);
}

QTEST_MAIN(TestForecasting)
#include "test_forecasting.moc"
