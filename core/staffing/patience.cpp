// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staffing/patience.h"

#include "core/error.h"
#include "core/io/callrecordfields.h"
#include "core/io/csv.h"
#include "core/staffing/erlanga.h"

#include <QFile>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace tessera::staffing {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr qint64 kCellSeconds = 3600;

// The date, time and local-time rules are core/io/callrecords.cpp's, so that offered and
// abandoned counts agree with aggregateCallRecords().
using callrecords::localTime;
using callrecords::parseSecondsOfDay;
using callrecords::parseYymmdd;

struct Call {
    qint64 arrival = 0; ///< seconds from the window start
    bool abandoned = false;
    double wait = 0;    ///< q_time, seconds
};

struct Service {
    double start = 0;   ///< seconds from the window start
    double seconds = 0; ///< ser_time
    int server = -1;    ///< index into Records::serverNames; −1 for NO_SERVER
    bool arrivedInWindow = false;
};

struct Records {
    QDateTime windowStart;
    qint64 windowSeconds = 0;
    std::vector<Call> offered;      ///< offered calls arriving in the window
    std::vector<Service> services;  ///< every served call (also arrivals outside the window), fit mode only
    std::vector<int> serviceOfCall; ///< per offered call: index into services, or −1
    QStringList serverNames;
};

Records readRecords(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz, const QDate &from, int days,
                    bool withService)
{
    if (days <= 0)
        throw InputError(Tr::tr("the window must be at least one day"));
    const CsvTable t = parseCsv(data, fileLabel);
    const int cDate = t.requireColumn(QStringLiteral("date"));
    const int cVruExit = t.requireColumn(QStringLiteral("vru_exit"));
    const int cQStart = t.requireColumn(QStringLiteral("q_start"));
    const int cQTime = t.requireColumn(QStringLiteral("q_time"));
    const int cOutcome = t.requireColumn(QStringLiteral("outcome"));
    const int cSerStart = withService ? t.requireColumn(QStringLiteral("ser_start")) : -1;
    const int cSerTime = withService ? t.requireColumn(QStringLiteral("ser_time")) : -1;
    const int cServer = withService ? t.requireColumn(QStringLiteral("server")) : -1;

    Records out;
    out.windowStart = QDateTime(from, QTime(0, 0), tz);
    out.windowSeconds = out.windowStart.secsTo(QDateTime(from.addDays(days), QTime(0, 0), tz));
    QHash<QString, int> serverIndex;

    for (size_t r = 0; r < t.rows.size(); ++r) {
        const QString outcome = t.text(r, cOutcome);
        if (outcome == QLatin1String("PHANTOM"))
            continue;
        const bool served = outcome == QLatin1String("AGENT");
        if (!served && outcome != QLatin1String("HANG"))
            t.fail(r, cOutcome, Tr::tr("'%1' is not AGENT, HANG or PHANTOM").arg(outcome));
        if (!served && t.text(r, cQStart) == QLatin1String("0:00:00"))
            continue; // hung up in the VRU: never offered
        const QDate date = parseYymmdd(t, r, cDate);
        const int arrivalSec = parseSecondsOfDay(t, r, cVruExit);
        const qint64 off = out.windowStart.secsTo(localTime(date, arrivalSec, tz));
        const bool inWindow = off >= 0 && off < out.windowSeconds;
        if (inWindow) {
            const double wait = t.number(r, cQTime);
            if (wait < 0)
                t.fail(r, cQTime, Tr::tr("%1 is negative").arg(wait));
            out.offered.push_back(Call{off, !served, wait});
            out.serviceOfCall.push_back(-1);
        }
        if (!served || !withService)
            continue;
        const double serTime = t.number(r, cSerTime);
        if (serTime < 0)
            t.fail(r, cSerTime, Tr::tr("%1 is negative").arg(serTime));
        int serStartSec = parseSecondsOfDay(t, r, cSerStart);
        if (serStartSec + 3600 < arrivalSec) // service began after midnight
            serStartSec += 86400;
        const QString name = t.text(r, cServer);
        int server = -1;
        if (!name.isEmpty() && name != QLatin1String("NO_SERVER")) {
            auto it = serverIndex.find(name);
            if (it == serverIndex.end()) {
                it = serverIndex.insert(name, int(out.serverNames.size()));
                out.serverNames << name;
            }
            server = it.value();
        }
        out.services.push_back(
            Service{double(out.windowStart.secsTo(localTime(date, serStartSec, tz))), serTime, server, inWindow});
        if (inWindow)
            out.serviceOfCall.back() = int(out.services.size()) - 1;
    }
    return out;
}

PatienceEstimate estimateFrom(const std::vector<Call> &calls)
{
    PatienceEstimate e;
    double sumWait = 0;
    for (const Call &c : calls) {
        ++e.offered;
        e.abandoned += c.abandoned ? 1 : 0;
        sumWait += c.wait;
    }
    if (e.offered == 0) {
        e.patienceSeconds = e.probAbandon = e.meanWaitSeconds = kNaN;
        return e;
    }
    e.probAbandon = double(e.abandoned) / e.offered;
    e.meanWaitSeconds = sumWait / e.offered;
    e.patienceSeconds = e.abandoned > 0 ? sumWait / e.abandoned : kInf;
    return e;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be read: %1").arg(f.errorString()));
    return f.readAll();
}

/// Sums over the (day, hour) cells of one row of the fit table.
struct RowSums {
    int cells = 0, offered = 0, abandoned = 0, served = 0;
    double wait = 0, serTime = 0, busySeconds = 0, servers = 0;
    double predAbBusy = 0, predAbServers = 0, predWaitBusy = 0, predWaitServers = 0;

    PatienceFitRow row(int hour) const
    {
        PatienceFitRow r;
        r.hour = hour;
        r.cells = cells;
        r.offered = offered;
        r.abandoned = abandoned;
        const double o = offered;
        r.observedAbandon = offered > 0 ? abandoned / o : kNaN;
        r.observedMeanWaitSeconds = offered > 0 ? wait / o : kNaN;
        r.patienceSeconds = abandoned > 0 ? wait / abandoned : (offered > 0 ? kInf : kNaN);
        r.ahtSeconds = served > 0 ? serTime / served : kNaN;
        r.busyAgents = cells > 0 ? busySeconds / double(kCellSeconds) / cells : kNaN;
        r.servers = cells > 0 ? servers / cells : kNaN;
        r.predictedAbandonBusy = offered > 0 ? predAbBusy / o : kNaN;
        r.predictedAbandonServers = offered > 0 ? predAbServers / o : kNaN;
        r.predictedMeanWaitBusy = offered > 0 ? predWaitBusy / o : kNaN;
        r.predictedMeanWaitServers = offered > 0 ? predWaitServers / o : kNaN;
        return r;
    }
};

} // namespace

PatienceEstimate estimatePatience(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz,
                                  const QDate &from, int days)
{
    return estimateFrom(readRecords(data, fileLabel, tz, from, days, false).offered);
}

PatienceEstimate estimatePatience(const QString &path, const QTimeZone &tz, const QDate &from, int days)
{
    return estimatePatience(readFile(path), path, tz, from, days);
}

PatienceFit fitPatience(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz, const QDate &from,
                        int days)
{
    const Records rec = readRecords(data, fileLabel, tz, from, days, true);
    PatienceFit fit;
    fit.estimate = estimateFrom(rec.offered);

    const int cellCount = int((rec.windowSeconds + kCellSeconds - 1) / kCellSeconds);
    struct Cell {
        int offered = 0, abandoned = 0, served = 0;
        double wait = 0, serTime = 0, busySeconds = 0;
        std::set<int> servers;
    };
    std::vector<Cell> cells(cellCount);
    double windowSerTime = 0;
    int windowServed = 0;
    for (size_t i = 0; i < rec.offered.size(); ++i) {
        const Call &c = rec.offered[i];
        Cell &cell = cells[size_t(c.arrival / kCellSeconds)];
        ++cell.offered;
        cell.abandoned += c.abandoned ? 1 : 0;
        cell.wait += c.wait;
        if (rec.serviceOfCall[i] >= 0) {
            const double s = rec.services[size_t(rec.serviceOfCall[i])].seconds;
            ++cell.served;
            cell.serTime += s;
            windowSerTime += s;
            ++windowServed;
        }
    }
    // Agents at work: service seconds inside each cell and the named agents serving in it.
    for (const Service &s : rec.services) {
        double a = s.start;
        const double b = a + s.seconds;
        do {
            const qint64 k = qint64(std::floor(a / double(kCellSeconds)));
            const double piece = std::min(b, double(k + 1) * kCellSeconds) - a;
            if (k >= 0 && k < cellCount) {
                cells[size_t(k)].busySeconds += piece;
                if (s.server >= 0)
                    cells[size_t(k)].servers.insert(s.server);
            }
            a += piece;
        } while (a < b);
    }

    const double windowAht = windowServed > 0 ? windowSerTime / windowServed : kNaN;
    const double patience = fit.estimate.patienceSeconds;
    const bool modelOk = patience > 0 && std::isfinite(windowAht); // NaN patience fails too
    RowSums byHour[24];
    RowSums total;
    for (int k = 0; k < cellCount; ++k) {
        const Cell &cell = cells[size_t(k)];
        if (cell.offered == 0)
            continue;
        const QDateTime cellStart = rec.windowStart.addSecs(qint64(k) * kCellSeconds);
        const int hour = cellStart.toTimeZone(rec.windowStart.timeZone()).time().hour();
        double abBusy = kNaN, abServers = kNaN, wBusy = kNaN, wServers = kNaN;
        if (modelOk) {
            const double aht = cell.served > 0 ? cell.serTime / cell.served : windowAht;
            const int nBusy = int(std::ceil(cell.busySeconds / double(kCellSeconds) - 1e-9));
            const int nServers = int(cell.servers.size());
            const ErlangAMetrics mb = erlangA(std::max(0, nBusy), cell.offered, aht, patience, double(kCellSeconds), 0.0,
                                              SlDefinition::Offered);
            const ErlangAMetrics ms =
                erlangA(nServers, cell.offered, aht, patience, double(kCellSeconds), 0.0, SlDefinition::Offered);
            abBusy = mb.probAbandon;
            abServers = ms.probAbandon;
            wBusy = mb.meanWaitSeconds;
            wServers = ms.meanWaitSeconds;
        }
        for (RowSums *s : {&byHour[hour], &total}) {
            ++s->cells;
            s->offered += cell.offered;
            s->abandoned += cell.abandoned;
            s->served += cell.served;
            s->wait += cell.wait;
            s->serTime += cell.serTime;
            s->busySeconds += cell.busySeconds;
            s->servers += double(cell.servers.size());
            s->predAbBusy += cell.offered * abBusy;
            s->predAbServers += cell.offered * abServers;
            s->predWaitBusy += cell.offered * wBusy;
            s->predWaitServers += cell.offered * wServers;
        }
    }
    for (int h = 0; h < 24; ++h)
        if (byHour[h].offered > 0)
            fit.hours.push_back(byHour[h].row(h));
    fit.total = total.row(-1);
    return fit;
}

PatienceFit fitPatience(const QString &path, const QTimeZone &tz, const QDate &from, int days)
{
    return fitPatience(readFile(path), path, tz, from, days);
}

} // namespace tessera::staffing
