// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/teamsettings.h"

#include "core/error.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace tessera::rostering {

namespace {

QString weekNote()
{
    return Tr::tr("The solver prices the minutes over or short on the whole horizon (weeks × the weekly limit), "
                  "never more than the validator's weekly sum.");
}

RuleInfo info(const char *name, QString description, QString unit, bool alwaysHard, QString solverNote = {})
{
    return {QLatin1String(name), std::move(description), std::move(unit), alwaysHard, std::move(solverNote)};
}

RuleInfo soft(RuleInfo r)
{
    r.softOnly = true;
    return r;
}

} // namespace

std::vector<RuleInfo> rosterRules()
{
    // Names, meanings and units from validateAgentRoster() (agentroster.h/.cpp: the `amount` of
    // each violation); alwaysHard from solveAgentRoster() (agentsolve.h).
    return {
        info("overlap", Tr::tr("Two shifts of one agent overlap"), Tr::tr("overlap"), true),
        info("oneShiftPerDay", Tr::tr("Two shifts start on the same day"), Tr::tr("extra shift"), true),
        info("dayOff", Tr::tr("A shift starts on the agent's fixed day off"), Tr::tr("shift"), true),
        info("skill", Tr::tr("The agent lacks the shift's skill"), Tr::tr("shift"), true),
        info("availability", Tr::tr("A shift lies outside the agent's availability"), Tr::tr("shift"), true),
        info("minRest", Tr::tr("Too little rest between two consecutive shifts"), Tr::tr("minute short"), false),
        info("forbiddenSuccession", Tr::tr("A shift code the contract forbids the day after another"),
             Tr::tr("succession"), false),
        info("maxShiftsPerCode", Tr::tr("More shifts of one code than the contract allows"), Tr::tr("shift over"), false),
        info("minMinutesPerWeek", Tr::tr("Fewer paid minutes in a full week than the contract needs"),
             Tr::tr("minute short"), false, weekNote()),
        info("maxMinutesPerWeek", Tr::tr("More paid minutes in a full week than the contract allows"),
             Tr::tr("minute over"), false, weekNote()),
        info("minMinutesPerPeriod", Tr::tr("Fewer paid minutes over the horizon than the contract needs"),
             Tr::tr("minute short"), false),
        info("maxMinutesPerPeriod", Tr::tr("More paid minutes over the horizon than the contract allows"),
             Tr::tr("minute over"), false),
        info("maxConsecutiveDays", Tr::tr("Too many working days in a row"), Tr::tr("day over"), false),
        info("minConsecutiveDaysOff", Tr::tr("Too few days off in a row"), Tr::tr("day short"), false),
        info("maxWorkingWeekends", Tr::tr("More weekends worked than the contract allows"), Tr::tr("weekend over"), false),
        soft(info("weekendFairness", Tr::tr("Weekends worked differ between agents of one contract (most − fewest)"),
                  Tr::tr("weekend of spread"), false)),
        soft(info("eveningFairness", Tr::tr("Evening shifts (from 18:00 or ending after 22:00) differ between agents of one contract"),
                  Tr::tr("evening shift of spread"), false)),
    };
}

RuleInfo rosterRule(const QString &name)
{
    for (RuleInfo &r : rosterRules())
        if (r.name == name)
            return r;
    return {};
}

void checkContract(const Contract &c, int row)
{
    const QString file = QStringLiteral("contracts");
    if (c.id.trimmed().isEmpty())
        throw InputError(file, row, QStringLiteral("id"), Tr::tr("a contract needs an id"));
    const std::pair<const char *, int> values[] = {
        {"minMinutesPerWeek", c.minMinutesPerWeek},     {"maxMinutesPerWeek", c.maxMinutesPerWeek},
        {"minMinutesPerPeriod", c.minMinutesPerPeriod}, {"maxMinutesPerPeriod", c.maxMinutesPerPeriod},
        {"maxConsecutiveDays", c.maxConsecutiveDays},   {"minConsecutiveDaysOff", c.minConsecutiveDaysOff},
        {"minRestMinutes", c.minRestMinutes},
    };
    for (const auto &[field, v] : values)
        if (v < 0)
            throw InputError(file, row, QLatin1String(field), Tr::tr("%1 is negative").arg(v));
    if (c.maxWorkingWeekends < -1)
        throw InputError(file, row, QStringLiteral("maxWorkingWeekends"), Tr::tr("%1 is below -1 (no limit)").arg(c.maxWorkingWeekends));
    if (c.maxMinutesPerWeek > 0 && c.minMinutesPerWeek > c.maxMinutesPerWeek)
        throw InputError(file, row, QStringLiteral("minMinutesPerWeek"),
                         Tr::tr("%1 is above the maximum %2").arg(c.minMinutesPerWeek).arg(c.maxMinutesPerWeek));
    if (c.maxMinutesPerPeriod > 0 && c.minMinutesPerPeriod > c.maxMinutesPerPeriod)
        throw InputError(file, row, QStringLiteral("minMinutesPerPeriod"),
                         Tr::tr("%1 is above the maximum %2").arg(c.minMinutesPerPeriod).arg(c.maxMinutesPerPeriod));
}

QStringList agentsWithContract(const AgentRoster &roster, const QString &contractId)
{
    QStringList ids;
    for (const Agent &a : roster.agents)
        if (a.contractId == contractId)
            ids << a.id;
    return ids;
}

AgentRoster withoutAgent(const AgentRoster &roster, int agent)
{
    AgentRoster out = roster;
    if (agent < 0 || agent >= int(roster.agents.size()))
        return out;
    out.agents.erase(out.agents.begin() + agent);
    out.assignments.clear();
    for (Assignment a : roster.assignments) {
        if (a.agent == agent)
            continue;
        if (a.agent > agent)
            --a.agent;
        out.assignments.push_back(a);
    }
    return out;
}

namespace {

const char *const kWeekdays[] = {"Daily", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
const char *const kLongWeekdays[] = {"Every day", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

QString clock(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

QString availabilityText(const std::vector<AvailabilityWindow> &windows)
{
    QStringList parts;
    for (const AvailabilityWindow &w : windows) {
        const QString day = w.weekday >= 0 && w.weekday <= 7 ? QLatin1String(kWeekdays[w.weekday]) : QString::number(w.weekday);
        const int to = w.toMinutes > 1440 ? w.toMinutes - 1440 : w.toMinutes;
        parts << QStringLiteral("%1 %2-%3").arg(day, clock(w.fromMinutes), clock(to));
    }
    return parts.join(QStringLiteral(", "));
}

std::vector<AvailabilityWindow> parseAvailability(const QString &text)
{
    const QString field = QStringLiteral("availability");
    static const QRegularExpression window(QStringLiteral(R"(^\s*([A-Za-z][A-Za-z ]*?)\s+(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$)"));
    std::vector<AvailabilityWindow> out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch m = window.match(part);
        if (!m.hasMatch())
            throw InputError(QString(), 0, field, Tr::tr("'%1' is not a window like 'Mon 08:00-16:00'").arg(part.trimmed()));
        int weekday = -1;
        for (int d = 0; d <= 7; ++d)
            if (m.captured(1).compare(QLatin1String(kWeekdays[d]), Qt::CaseInsensitive) == 0
                || m.captured(1).compare(QLatin1String(kLongWeekdays[d]), Qt::CaseInsensitive) == 0)
                weekday = d;
        if (weekday < 0)
            throw InputError(QString(), 0, field, Tr::tr("'%1' is not a weekday (Mon … Sun, or Daily)").arg(m.captured(1)));
        const int fh = m.captured(2).toInt(), fm = m.captured(3).toInt(), th = m.captured(4).toInt(), tm = m.captured(5).toInt();
        if (fh > 23 || fm > 59 || th > 24 || tm > 59 || (th == 24 && tm > 0))
            throw InputError(QString(), 0, field, Tr::tr("'%1' has a time that is not on the clock").arg(part.trimmed()));
        AvailabilityWindow w{weekday, fh * 60 + fm, th * 60 + tm};
        if (w.toMinutes <= w.fromMinutes)
            w.toMinutes += 1440; // runs past midnight
        out.push_back(w);
    }
    return out;
}

QString daysOffText(const std::vector<int> &days)
{
    QStringList parts;
    for (int d : days)
        parts << QString::number(d + 1);
    return parts.join(QStringLiteral(", "));
}

namespace {

/// The 0-based day of `token`: a 1-based day number, or an ISO date counted from `firstDay`.
/// Throws InputError(QString(), 0, field, reason) naming `token`.
int horizonDay(const QString &token, int days, const QDate &firstDay, const QString &field)
{
    bool ok = false;
    int day = token.toInt(&ok) - 1;
    if (!ok) {
        const QDate date = QDate::fromString(token, Qt::ISODate);
        if (!date.isValid())
            throw InputError(QString(), 0, field, Tr::tr("'%1' is neither a day number nor a date (yyyy-mm-dd)").arg(token));
        if (!firstDay.isValid())
            throw InputError(QString(), 0, field, Tr::tr("'%1': the roster has no calendar start, use day numbers").arg(token));
        day = int(firstDay.daysTo(date));
    }
    if (day < 0 || day >= days)
        throw InputError(QString(), 0, field, Tr::tr("'%1' is outside the horizon (days 1 to %2)").arg(token).arg(days));
    return day;
}

/// The non-empty, trimmed entries of a comma list.
QStringList entries(const QString &text)
{
    QStringList out;
    for (const QString &raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!raw.trimmed().isEmpty())
            out << raw.trimmed();
    return out;
}

const QRegularExpression &whitespace()
{
    static const QRegularExpression ws(QStringLiteral("\\s+"));
    return ws;
}

} // namespace

std::vector<int> parseDaysOff(const QString &text, int days, const QDate &firstDay)
{
    const QString field = QStringLiteral("fixedDaysOff");
    std::vector<int> out;
    for (const QString &part : entries(text))
        out.push_back(horizonDay(part, days, firstDay, field));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString shiftLimitsText(const std::map<QString, int> &limits)
{
    QStringList parts;
    for (const auto &[code, n] : limits)
        parts << QStringLiteral("%1 %2").arg(code).arg(n);
    return parts.join(QStringLiteral(", "));
}

std::map<QString, int> parseShiftLimits(const QString &text)
{
    const QString field = QStringLiteral("maxShiftsPerCode");
    std::map<QString, int> out;
    for (const QString &part : entries(text)) {
        const qsizetype space = part.lastIndexOf(whitespace());
        if (space < 0)
            throw InputError(QString(), 0, field, Tr::tr("'%1' needs a shift code and a count, like 'E 14'").arg(part));
        const QString code = part.left(space).trimmed();
        const QString count = part.mid(space).trimmed();
        bool ok = false;
        const int n = count.toInt(&ok);
        if (!ok || n < 0)
            throw InputError(QString(), 0, field, Tr::tr("'%1': '%2' is not a whole number >= 0").arg(part, count));
        if (!out.emplace(code, n).second)
            throw InputError(QString(), 0, field, Tr::tr("shift code '%1' is listed twice").arg(code));
    }
    return out;
}

QString successionsText(const std::vector<std::pair<QString, QString>> &successions)
{
    QStringList parts;
    for (const auto &[first, next] : successions)
        parts << first + QLatin1Char('>') + next;
    return parts.join(QStringLiteral(", "));
}

std::vector<std::pair<QString, QString>> parseSuccessions(const QString &text)
{
    const QString field = QStringLiteral("forbiddenSuccessions");
    std::vector<std::pair<QString, QString>> out;
    for (const QString &part : entries(text)) {
        QString arrowed = part;
        arrowed.replace(QChar(0x2192), QLatin1Char('>')).replace(QLatin1String("->"), QLatin1String(">"));
        const QStringList sides = arrowed.split(QLatin1Char('>'));
        if (sides.size() != 2)
            throw InputError(QString(), 0, field, Tr::tr("'%1' is not a succession like 'N>E'").arg(part));
        const std::pair<QString, QString> pair{sides[0].trimmed(), sides[1].trimmed()};
        if (pair.first.isEmpty() || pair.second.isEmpty())
            throw InputError(QString(), 0, field, Tr::tr("'%1' needs a shift code on both sides of '>'").arg(part));
        if (std::find(out.begin(), out.end(), pair) == out.end())
            out.push_back(pair);
    }
    return out;
}

QString requestsText(const std::vector<AgentRequest> &requests)
{
    QStringList parts;
    for (const AgentRequest &q : requests) {
        QString part = QStringLiteral("%1 %2").arg(q.on ? QLatin1String("on") : QLatin1String("off")).arg(q.day + 1);
        if (!q.code.isEmpty())
            part += QLatin1Char(' ') + q.code;
        if (q.weight != 1.0)
            part += QStringLiteral(" ×") + QString::number(q.weight, 'g', QLocale::FloatingPointShortest);
        parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

std::vector<AgentRequest> parseRequests(const QString &text, int days, const QDate &firstDay)
{
    const QString field = QStringLiteral("requests");
    std::vector<AgentRequest> out;
    for (const QString &part : entries(text)) {
        QStringList tokens = part.split(whitespace(), Qt::SkipEmptyParts);
        AgentRequest q;
        const QString kind = tokens.takeFirst().toLower();
        if (kind != QLatin1String("on") && kind != QLatin1String("off"))
            throw InputError(QString(), 0, field, Tr::tr("'%1' does not start with 'on' or 'off'").arg(part));
        q.on = kind == QLatin1String("on");
        if (tokens.isEmpty())
            throw InputError(QString(), 0, field, Tr::tr("'%1' needs a day (a day number or a date yyyy-mm-dd)").arg(part));
        try {
            q.day = horizonDay(tokens.takeFirst(), days, firstDay, field);
        } catch (const InputError &e) {
            throw InputError(QString(), 0, field, Tr::tr("'%1': %2").arg(part, e.reason()));
        }
        // A last token "×w" is always a weight; "xw" only when w is a number (else it is a code).
        if (!tokens.isEmpty()) {
            const QString last = tokens.last();
            const bool times = last.startsWith(QChar(0x00D7));
            bool number = false;
            const double w = last.mid(1).toDouble(&number);
            if (times || (last.startsWith(QLatin1Char('x'), Qt::CaseInsensitive) && number)) {
                if (!number || !std::isfinite(w) || w <= 0)
                    throw InputError(QString(), 0, field, Tr::tr("'%1': weight '%2' is not a number > 0").arg(part, last.mid(1)));
                q.weight = w;
                tokens.removeLast();
            }
        }
        q.code = tokens.join(QLatin1Char(' '));
        out.push_back(q);
    }
    return out;
}

} // namespace tessera::rostering
