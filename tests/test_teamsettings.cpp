// SPDX-License-Identifier: GPL-3.0-or-later
// The Team tab's text forms (core/rostering/teamsettings.h): shift limits, forbidden successions,
// requests and days off. Each writer and parser is an inverse pair (text → value → canonical text
// → the same value); bad input is refused with an InputError naming the field and the bad entry.
#include "core/error.h"
#include "core/rostering/teamsettings.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::rostering;

using Limits = std::map<QString, int>;
using Successions = std::vector<std::pair<QString, QString>>;
using Requests = std::vector<AgentRequest>;
Q_DECLARE_METATYPE(Limits)
Q_DECLARE_METATYPE(Successions)
Q_DECLARE_METATYPE(Requests)

namespace {

constexpr int kDays = 14;
const QDate kFirstDay(2026, 3, 2); // a Monday: day 6 (1-based) is Saturday 7 March

/// The message of the InputError `parse` throws, or "no error".
QString errorOf(const std::function<void()> &parse)
{
    try {
        parse();
    } catch (const InputError &e) {
        return e.message();
    }
    return QStringLiteral("no error");
}

} // namespace

class TestTeamSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shiftLimits_data();
    void shiftLimits();
    void shiftLimitErrors_data();
    void shiftLimitErrors();
    void successions_data();
    void successions();
    void successionErrors_data();
    void successionErrors();
    void requests_data();
    void requests();
    void requestErrors_data();
    void requestErrors();
    void daysOff_data();
    void daysOff();
};

void TestTeamSettings::shiftLimits_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Limits>("limits");
    QTest::addColumn<QString>("canonical"); // shiftLimitsText(limits)
    const QString e = QStringLiteral("E"), n = QStringLiteral("N");
    QTest::newRow("two codes") << "E 14, N 4" << Limits{{e, 14}, {n, 4}} << "E 14, N 4";
    QTest::newRow("code order, spaces, empty entries") << "  N   4 ,E 14,, " << Limits{{e, 14}, {n, 4}} << "E 14, N 4";
    QTest::newRow("variant id and solver code; 0 = none") << "Early/d0/0700/480 3, 07:00-15:30 0"
                                                          << Limits{{QStringLiteral("07:00-15:30"), 0}, {QStringLiteral("Early/d0/0700/480"), 3}}
                                                          << "07:00-15:30 0, Early/d0/0700/480 3";
    QTest::newRow("code with a space: the count is the last token") << "Late shift  2" << Limits{{QStringLiteral("Late shift"), 2}}
                                                                    << "Late shift 2";
    QTest::newRow("empty") << " " << Limits{} << "";
}

void TestTeamSettings::shiftLimits()
{
    QFETCH(QString, text);
    QFETCH(Limits, limits);
    QFETCH(QString, canonical);
    QCOMPARE(parseShiftLimits(text), limits);
    QCOMPARE(shiftLimitsText(limits), canonical);
    QCOMPARE(parseShiftLimits(canonical), limits);
}

void TestTeamSettings::shiftLimitErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("count without code") << "E 14, 14" << "field 'maxShiftsPerCode': '14' needs a shift code and a count, like 'E 14'";
    QTest::newRow("code without count") << "E" << "field 'maxShiftsPerCode': 'E' needs a shift code and a count, like 'E 14'";
    QTest::newRow("count a word") << "E 14, N four" << "field 'maxShiftsPerCode': 'N four': 'four' is not a whole number >= 0";
    QTest::newRow("negative count") << "E -1" << "field 'maxShiftsPerCode': 'E -1': '-1' is not a whole number >= 0";
    QTest::newRow("fractional count") << "N 2.5" << "field 'maxShiftsPerCode': 'N 2.5': '2.5' is not a whole number >= 0";
    QTest::newRow("code twice") << "E 14, N 4, E 3" << "field 'maxShiftsPerCode': shift code 'E' is listed twice";
}

void TestTeamSettings::shiftLimitErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QCOMPARE(errorOf([&] { parseShiftLimits(text); }), message);
}

void TestTeamSettings::successions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Successions>("pairs");
    QTest::addColumn<QString>("canonical"); // successionsText(pairs)
    const QString e = QStringLiteral("E"), l = QStringLiteral("L"), n = QStringLiteral("N");
    QTest::newRow("two pairs") << "N>E, L>E" << Successions{{n, e}, {l, e}} << "N>E, L>E";
    QTest::newRow("order kept") << "L>E, N>E" << Successions{{l, e}, {n, e}} << "L>E, N>E";
    QTest::newRow("arrows, spaces, duplicates") << " N → E, L->E,, N>E, L -> E " << Successions{{n, e}, {l, e}} << "N>E, L>E";
    QTest::newRow("same code twice in a row") << "N>N" << Successions{{n, n}} << "N>N";
    QTest::newRow("solver codes contain '-'") << "22:00-06:00->06:00-14:00, Early/d0/0700/480>Late/d0/1400/480"
                                              << Successions{{QStringLiteral("22:00-06:00"), QStringLiteral("06:00-14:00")},
                                                             {QStringLiteral("Early/d0/0700/480"), QStringLiteral("Late/d0/1400/480")}}
                                              << "22:00-06:00>06:00-14:00, Early/d0/0700/480>Late/d0/1400/480";
    QTest::newRow("empty") << "" << Successions{} << "";
}

void TestTeamSettings::successions()
{
    QFETCH(QString, text);
    QFETCH(Successions, pairs);
    QFETCH(QString, canonical);
    QCOMPARE(parseSuccessions(text), pairs);
    QCOMPARE(successionsText(pairs), canonical);
    QCOMPARE(parseSuccessions(canonical), pairs);
}

void TestTeamSettings::successionErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("message");
    QTest::newRow("no arrow") << "N>E, NE" << "field 'forbiddenSuccessions': 'NE' is not a succession like 'N>E'";
    QTest::newRow("two arrows") << "N>E>L" << "field 'forbiddenSuccessions': 'N>E>L' is not a succession like 'N>E'";
    QTest::newRow("no next code") << "L>E, N>" << "field 'forbiddenSuccessions': 'N>' needs a shift code on both sides of '>'";
    QTest::newRow("no first code") << "-> E" << "field 'forbiddenSuccessions': '-> E' needs a shift code on both sides of '>'";
}

void TestTeamSettings::successionErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, message);
    QCOMPARE(errorOf([&] { parseSuccessions(text); }), message);
}

void TestTeamSettings::requests_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Requests>("requests");
    QTest::addColumn<QString>("canonical"); // requestsText(requests)
    const QString e = QStringLiteral("E"), n = QStringLiteral("N");
    // 2026-03-07 is day 6 (1-based) of a horizon starting Monday 2 March 2026, i.e. index 5.
    QTest::newRow("off, on a code, a date with a weight")
        << "off 3, on 5 E, off 2026-03-07 ×2" << Requests{{2, QString(), false, 1.0}, {4, e, true, 1.0}, {5, QString(), false, 2.0}}
        << "off 3, on 5 E, off 6 ×2";
    QTest::newRow("any case, 'x' weights, first and last day")
        << "ON 1 Early/d0/0700/480 x1.5, Off 14 N X3"
        << Requests{{0, QStringLiteral("Early/d0/0700/480"), true, 1.5}, {13, n, false, 3.0}} << "on 1 Early/d0/0700/480 ×1.5, off 14 N ×3";
    QTest::newRow("weight 1 is not written") << "on 2 x1, off 4 E ×1" << Requests{{1, QString(), true, 1.0}, {3, e, false, 1.0}}
                                             << "on 2, off 4 E";
    QTest::newRow("'x' without a number is a code") << "on 2 xray" << Requests{{1, QStringLiteral("xray"), true, 1.0}} << "on 2 xray";
    QTest::newRow("weight that has no short binary form") << "off 9 ×0.1" << Requests{{8, QString(), false, 0.1}} << "off 9 ×0.1";
    QTest::newRow("solver code, order and repeats kept")
        << "off 3, on 1 07:00-15:30, off 3"
        << Requests{{2, QString(), false, 1.0}, {0, QStringLiteral("07:00-15:30"), true, 1.0}, {2, QString(), false, 1.0}}
        << "off 3, on 1 07:00-15:30, off 3";
    QTest::newRow("empty") << " , " << Requests{} << "";
}

void TestTeamSettings::requests()
{
    QFETCH(QString, text);
    QFETCH(Requests, requests);
    QFETCH(QString, canonical);
    QCOMPARE(parseRequests(text, kDays, kFirstDay), requests);
    QCOMPARE(requestsText(requests), canonical);
    QCOMPARE(parseRequests(canonical, kDays, kFirstDay), requests);
    QCOMPARE(parseRequests(canonical, kDays, QDate()), requests); // the canonical form needs no calendar
}

void TestTeamSettings::requestErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("calendar"); // the roster has a calendar start (kFirstDay)
    QTest::addColumn<QString>("message");
    const QString f = QStringLiteral("field 'requests': ");
    QTest::newRow("neither on nor off") << "off 3, maybe 5" << true << f + "'maybe 5' does not start with 'on' or 'off'";
    QTest::newRow("no day") << "on" << true << f + "'on' needs a day (a day number or a date yyyy-mm-dd)";
    QTest::newRow("day after the horizon") << "off 3, on 15 E" << true << f + "'on 15 E': '15' is outside the horizon (days 1 to 14)";
    QTest::newRow("day 0") << "off 0" << true << f + "'off 0': '0' is outside the horizon (days 1 to 14)";
    QTest::newRow("date before the horizon") << "off 2026-03-01 ×2" << true
                                             << f + "'off 2026-03-01 ×2': '2026-03-01' is outside the horizon (days 1 to 14)";
    QTest::newRow("day a word") << "on five E" << true << f + "'on five E': 'five' is neither a day number nor a date (yyyy-mm-dd)";
    QTest::newRow("date without calendar") << "off 2026-03-07" << false
                                           << f + "'off 2026-03-07': '2026-03-07': the roster has no calendar start, use day numbers";
    QTest::newRow("weight 0") << "on 5 E ×0" << true << f + "'on 5 E ×0': weight '0' is not a number > 0";
    QTest::newRow("negative weight") << "on 5 E x-2" << true << f + "'on 5 E x-2': weight '-2' is not a number > 0";
    QTest::newRow("weight a word") << "on 5 ×two" << true << f + "'on 5 ×two': weight 'two' is not a number > 0";
}

void TestTeamSettings::requestErrors()
{
    QFETCH(QString, text);
    QFETCH(bool, calendar);
    QFETCH(QString, message);
    QCOMPARE(errorOf([&] { parseRequests(text, kDays, calendar ? kFirstDay : QDate()); }), message);
}

void TestTeamSettings::daysOff_data()
{
    // parseDaysOff shares its day reading with parseRequests.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("days"); // 0-based, or empty when refused
    QTest::addColumn<QString>("message"); // "no error" or the InputError
    QTest::newRow("numbers and a date, sorted, once") << "14, 1, 2026-03-08, 1" << QList<int>{0, 6, 13} << "no error";
    QTest::newRow("outside") << "3, 15" << QList<int>{} << "field 'fixedDaysOff': '15' is outside the horizon (days 1 to 14)";
    QTest::newRow("not a day") << "3, Mon" << QList<int>{} << "field 'fixedDaysOff': 'Mon' is neither a day number nor a date (yyyy-mm-dd)";
}

void TestTeamSettings::daysOff()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, days);
    QFETCH(QString, message);
    QCOMPARE(errorOf([&] { parseDaysOff(text, kDays, kFirstDay); }), message);
    if (message == QLatin1String("no error")) {
        const std::vector<int> parsed = parseDaysOff(text, kDays, kFirstDay);
        QCOMPARE(QList<int>(parsed.begin(), parsed.end()), days);
        QCOMPARE(parseDaysOff(daysOffText(parsed), kDays, QDate()), parsed);
    }
}

QTEST_MAIN(TestTeamSettings)
#include "test_teamsettings.moc"
