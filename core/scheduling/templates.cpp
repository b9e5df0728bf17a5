// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/templates.h"

#include "core/error.h"

#include <QSet>

#include <algorithm>

namespace tessera {

namespace {

const char *const kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

/// The rules that apply to a shift of `length` minutes, as windows relative to the shift start
/// (in intervals), tightened by a forward and a backward pass. Empty optional: no feasible
/// sequence; the index of the first rule that fails is returned in `failed`.
bool relativeWindows(const ShiftTemplate &t, int length, int L, std::vector<BreakWindow> &out, int *failed = nullptr)
{
    out.clear();
    for (size_t r = 0; r < t.breaks.size(); ++r) {
        const BreakRule &b = t.breaks[r];
        if (length < b.minShiftMinutes)
            continue;
        out.push_back({int(r), b.earliestStartMinutes / L, b.latestStartMinutes / L, b.durationMinutes / L,
                       b.minGapMinutes / L, b.paid});
    }
    const int n = int(out.size());
    for (int k = 0; k < n; ++k) {
        BreakWindow &w = out[k];
        w.latest = std::min(w.latest, length / L - w.duration);
        if (k > 0)
            w.earliest = std::max(w.earliest, out[k - 1].earliest + out[k - 1].duration + w.minGap);
        if (w.latest < w.earliest) {
            if (failed)
                *failed = w.rule;
            return false;
        }
    }
    for (int k = n - 2; k >= 0; --k)
        out[k].latest = std::min(out[k].latest, out[k + 1].latest - out[k].duration - out[k + 1].minGap);
    return true;
}

} // namespace

QString minutesToClock(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

int clockToMinutes(const QString &text)
{
    const QStringList parts = text.trimmed().split(QLatin1Char(':'));
    if (parts.size() != 2)
        return -1;
    bool okH = false, okM = false;
    const int h = parts[0].toInt(&okH), m = parts[1].toInt(&okM);
    if (!okH || !okM || h < 0 || h > 23 || m < 0 || m > 59 || parts[1].size() != 2)
        return -1;
    return h * 60 + m;
}

QString weekdayName(int day)
{
    return day >= 1 && day <= 7 ? QString::fromLatin1(kWeekdays[day - 1]) : QString();
}

int weekdayFromName(const QString &name)
{
    for (int d = 1; d <= 7; ++d)
        if (name.compare(QLatin1String(kWeekdays[d - 1]), Qt::CaseInsensitive) == 0)
            return d;
    return -1;
}

void validateTemplates(const std::vector<ShiftTemplate> &templates, int L, const QString &file)
{
    QSet<QString> ids;
    auto multiple = [L](int minutes) { return minutes > 0 && minutes % L == 0; };
    for (size_t i = 0; i < templates.size(); ++i) {
        const ShiftTemplate &t = templates[i];
        const QString f = QStringLiteral("templates[%1]").arg(i);
        auto fail = [&](const QString &key, const QString &why) {
            throw InputError(file, 0, key.isEmpty() ? f : f + QLatin1Char('.') + key, why);
        };
        if (t.id.isEmpty())
            fail(QStringLiteral("id"), Tr::tr("a template needs an id"));
        if (ids.contains(t.id))
            fail(QStringLiteral("id"), Tr::tr("template id '%1' is used twice").arg(t.id));
        ids.insert(t.id);
        if (t.earliestStartMinutes < 0 || t.earliestStartMinutes >= 1440 || t.earliestStartMinutes % L != 0)
            fail(QStringLiteral("earliestStart"), Tr::tr("%1 is not a start on the %2-min grid within the day")
                                                      .arg(minutesToClock(std::max(0, t.earliestStartMinutes))).arg(L));
        if (t.latestStartMinutes < t.earliestStartMinutes || t.latestStartMinutes >= 1440)
            fail(QStringLiteral("latestStart"), Tr::tr("latest start %1 is before the earliest start %2 or not within the day")
                                                    .arg(minutesToClock(std::clamp(t.latestStartMinutes, 0, 1439)),
                                                         minutesToClock(t.earliestStartMinutes)));
        if (!multiple(t.startIncrementMinutes))
            fail(QStringLiteral("startIncrement"), Tr::tr("%1 min is not a positive multiple of the %2-min interval")
                                                       .arg(t.startIncrementMinutes).arg(L));
        for (int d : t.days)
            if (d < 1 || d > 7)
                fail(QStringLiteral("days"), Tr::tr("%1 is not a weekday (1 = Monday … 7 = Sunday)").arg(d));
        if (t.lengthsMinutes.empty())
            fail(QStringLiteral("lengths"), Tr::tr("a template needs at least one shift length"));
        for (size_t k = 0; k < t.lengthsMinutes.size(); ++k)
            if (!multiple(t.lengthsMinutes[k]) || t.lengthsMinutes[k] > 1440)
                fail(QStringLiteral("lengths[%1]").arg(k), Tr::tr("%1 min is not a positive multiple of the %2-min interval up to 24 h")
                                                                .arg(t.lengthsMinutes[k]).arg(L));
        for (size_t r = 0; r < t.breaks.size(); ++r) {
            const BreakRule &b = t.breaks[r];
            const QString bf = QStringLiteral("breaks[%1]").arg(r);
            if (!multiple(b.durationMinutes))
                fail(bf + QStringLiteral(".duration"), Tr::tr("%1 min is not a positive multiple of the %2-min interval").arg(b.durationMinutes).arg(L));
            if (b.earliestStartMinutes < 0 || b.earliestStartMinutes % L != 0 || b.latestStartMinutes % L != 0
                || b.minGapMinutes < 0 || b.minGapMinutes % L != 0)
                fail(bf, Tr::tr("break times must be non-negative multiples of the %1-min interval").arg(L));
            if (b.latestStartMinutes < b.earliestStartMinutes)
                fail(bf + QStringLiteral(".latestStart"), Tr::tr("latest start %1 min is before the earliest start %2 min")
                                                              .arg(b.latestStartMinutes).arg(b.earliestStartMinutes));
            for (int len : t.lengthsMinutes)
                if (len >= b.minShiftMinutes && b.latestStartMinutes + b.durationMinutes > len)
                    fail(bf, Tr::tr("break window (start %1–%2 min, %3 min long) lies outside the %4-min shift")
                                 .arg(b.earliestStartMinutes).arg(b.latestStartMinutes).arg(b.durationMinutes).arg(len));
        }
        std::vector<BreakWindow> w;
        for (int len : t.lengthsMinutes) {
            int failed = -1;
            if (!relativeWindows(t, len, L, w, &failed))
                fail(QStringLiteral("breaks[%1]").arg(failed),
                     Tr::tr("in a %1-min shift this break cannot start within its window after the previous break and gap").arg(len));
        }
        if (!(t.costPerPaidHour >= 0) || !(t.eveningPremium >= 0) || !(t.weekendPremium >= 0))
            fail(QStringLiteral("costPerPaidHour"), Tr::tr("cost and premiums must be >= 0"));
        if (t.eveningFromMinutes < 0 || t.eveningFromMinutes >= 1440 || t.eveningToMinutes < 0 || t.eveningToMinutes > 1440)
            fail(QStringLiteral("evening"), Tr::tr("the evening window must be times of day"));
        for (int d : t.weekendDays)
            if (d < 1 || d > 7)
                fail(QStringLiteral("weekendDays"), Tr::tr("%1 is not a weekday (1 = Monday … 7 = Sunday)").arg(d));
    }
}

std::vector<GeneratedShift> generateShifts(const std::vector<ShiftTemplate> &templates, const IntervalGrid &grid,
                                           bool cyclic, const QString &file)
{
    const int L = grid.intervalMinutes();
    validateTemplates(templates, L, file);
    const int T = grid.count();
    std::vector<GeneratedShift> out;
    if (T == 0)
        return out;
    if (T * L > 6 * 7 * 1440 + 60)
        throw InputError(file, 0, QStringLiteral("templates"), Tr::tr("template expansion covers horizons of 1 to 6 weeks"));
    const QTimeZone tz = grid.timeZone();
    // Local weekday and minute of day of every interval, for premiums.
    std::vector<int> weekday(T), minuteOfDay(T);
    for (int t = 0; t < T; ++t) {
        const QDateTime local = grid.intervalStart(t).toTimeZone(tz);
        weekday[t] = local.date().dayOfWeek();
        minuteOfDay[t] = local.time().hour() * 60 + local.time().minute();
    }
    const QDate first = grid.start().toTimeZone(tz).date();
    const int days = int(first.daysTo(grid.intervalStart(T - 1).toTimeZone(tz).date())) + 1;

    for (size_t ti = 0; ti < templates.size(); ++ti) {
        const ShiftTemplate &tp = templates[ti];
        auto inEvening = [&](int m) {
            return tp.eveningFromMinutes <= tp.eveningToMinutes ? (m >= tp.eveningFromMinutes && m < tp.eveningToMinutes)
                                                                : (m >= tp.eveningFromMinutes || m < tp.eveningToMinutes);
        };
        std::vector<std::vector<BreakWindow>> relative(tp.lengthsMinutes.size());
        for (size_t k = 0; k < tp.lengthsMinutes.size(); ++k)
            relativeWindows(tp, tp.lengthsMinutes[k], L, relative[k]);
        for (int d = 0; d < days; ++d) {
            const QDate date = first.addDays(d);
            if (!tp.days.empty() && std::find(tp.days.begin(), tp.days.end(), date.dayOfWeek()) == tp.days.end())
                continue;
            for (int m = tp.earliestStartMinutes; m <= tp.latestStartMinutes; m += tp.startIncrementMinutes) {
                const QTime wall(m / 60, m % 60);
                const QDateTime start(date, wall, tz);
                if (!start.isValid() || start.time() != wall || start.date() != date)
                    continue; // inside a DST gap
                const int s = grid.indexOfStart(start);
                if (s < 0)
                    continue;
                for (size_t k = 0; k < tp.lengthsMinutes.size(); ++k) {
                    const int len = tp.lengthsMinutes[k];
                    const int endMinute = m + len;
                    const QTime endWall((endMinute % 1440) / 60, endMinute % 60);
                    const QDate endDate = date.addDays(endMinute / 1440);
                    QDateTime end(endDate, endWall, tz);
                    if (!end.isValid() || end.time() != endWall || end.date() != endDate)
                        end = start.addSecs(qint64(len) * 60); // the wall-clock end falls in a DST gap
                    const int n = int(start.secsTo(end) / (qint64(L) * 60));
                    if (n <= 0 || n > T || (s + n > T && !cyclic))
                        continue;
                    GeneratedShift g;
                    g.templateIndex = int(ti);
                    g.day = d;
                    g.nominalMinutes = len;
                    std::vector<BreakWindow> w = relative[k];
                    bool ok = true;
                    if (n * L != len) // DST changed the elapsed length: refit the windows
                        ok = relativeWindows(tp, n * L, L, w);
                    if (!ok)
                        continue;
                    int unpaid = 0;
                    for (BreakWindow &b : w) {
                        b.earliest += s;
                        b.latest += s;
                        if (!b.paid)
                            unpaid += b.duration;
                    }
                    g.windows = std::move(w);
                    int evening = 0, weekend = 0;
                    for (int t = s; t < s + n; ++t) {
                        const int u = t % T;
                        evening += inEvening(minuteOfDay[u]) ? 1 : 0;
                        weekend += std::find(tp.weekendDays.begin(), tp.weekendDays.end(), weekday[u]) != tp.weekendDays.end() ? 1 : 0;
                    }
                    const double paidHours = (n - unpaid) * L / 60.0;
                    g.shift.id = QStringLiteral("%1/d%2/%3/%4").arg(tp.id).arg(d).arg(minutesToClock(m).remove(QLatin1Char(':'))).arg(len);
                    g.shift.start = s;
                    g.shift.end = s + n;
                    g.shift.cost = tp.costPerPaidHour * paidHours
                        * (1.0 + tp.eveningPremium * evening / double(n) + tp.weekendPremium * weekend / double(n));
                    out.push_back(std::move(g));
                }
            }
        }
    }
    return out;
}

} // namespace tessera
