// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/patiencecommand.h"

#include "core/cli/cli.h"
#include "core/error.h"
#include "core/staffing/patience.h"

#include <QDate>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {

QString num(double v, int prec, int width)
{
    QString s;
    if (std::isnan(v))
        s = QStringLiteral("-");
    else if (std::isinf(v))
        s = QStringLiteral("inf");
    else
        s = QString::number(v, 'f', prec);
    return s.rightJustified(width);
}

QString pct(double v, int width)
{
    return std::isfinite(v) ? (QString::number(100.0 * v, 'f', 1) + QLatin1Char('%')).rightJustified(width)
                            : num(v, 1, width);
}

constexpr int kWidths[] = {4, 6, 8, 8, 8, 9, 6, 7, 8, 9, 10, 9, 10};

QString line(const QStringList &cells)
{
    QString s;
    for (int i = 0; i < cells.size(); ++i)
        s += i == 0 ? cells[i].leftJustified(kWidths[i]) : cells[i].rightJustified(kWidths[i]);
    return s;
}

QString row(const staffing::PatienceFitRow &r)
{
    const QString label = r.hour < 0 ? QStringLiteral("all") : QStringLiteral("%1").arg(r.hour, 2, 10, QLatin1Char('0'));
    return line({label, QString::number(r.cells), QString::number(r.offered), pct(r.observedAbandon, 0),
                 num(r.observedMeanWaitSeconds, 1, 0), num(r.patienceSeconds, 0, 0), num(r.ahtSeconds, 0, 0),
                 num(r.busyAgents, 1, 0), num(r.servers, 1, 0), pct(r.predictedAbandonBusy, 0),
                 pct(r.predictedAbandonServers, 0), num(r.predictedMeanWaitBusy, 1, 0),
                 num(r.predictedMeanWaitServers, 1, 0)});
}

int run(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out)
{
    static const QStringList allowed = {QStringLiteral("--from"), QStringLiteral("--days"), QStringLiteral("--tz")};
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            throw InputError(QString(), 0, it.key(), Tr::tr("unknown option for '%1'").arg(QStringLiteral("patience")));
    if (positional.size() != 1)
        throw InputError(Tr::tr("patience needs one RECORDS file"));
    if (!options.contains(QStringLiteral("--from")))
        throw InputError(QString(), 0, QStringLiteral("--from"),
                         Tr::tr("is required for '%1'").arg(QStringLiteral("patience")));
    const QDate from = QDate::fromString(options.value(QStringLiteral("--from")), Qt::ISODate);
    if (!from.isValid())
        throw InputError(QString(), 0, QStringLiteral("--from"), Tr::tr("expected a date YYYY-MM-DD"));
    int days = 7;
    if (options.contains(QStringLiteral("--days"))) {
        bool ok = false;
        days = options.value(QStringLiteral("--days")).toInt(&ok);
        if (!ok || days < 1)
            throw InputError(QString(), 0, QStringLiteral("--days"),
                             Tr::tr("'%1' is not a whole number of days >= 1").arg(options.value(QStringLiteral("--days"))));
    }
    const QString zone = options.value(QStringLiteral("--tz"), QStringLiteral("Asia/Jerusalem"));
    const QTimeZone tz(zone.toUtf8());
    if (!tz.isValid())
        throw InputError(QString(), 0, QStringLiteral("--tz"), Tr::tr("unknown time zone"));

    const staffing::PatienceFit fit = staffing::fitPatience(positional.front(), tz, from, days);
    const staffing::PatienceEstimate &e = fit.estimate;
    out << "window          " << from.toString(Qt::ISODate) << " + " << days << " days (" << zone << ")\n"
        << "offered         " << e.offered << " (abandoned " << e.abandoned << ")\n"
        << "P(abandon)      " << num(e.probAbandon, 4, 0) << '\n'
        << "mean wait       " << num(e.meanWaitSeconds, 1, 0) << " s over all offered calls\n"
        << "mean patience   " << num(e.patienceSeconds, 1, 0)
        << " s  (Brown et al. 2005: mean wait / P(abandon), exponential patience)\n";
    if (fit.hours.empty())
        return CliOk;
    out << "\nObserved vs Erlang A per hour of day (all days pooled; each day-hour is one 3600 s Erlang A\n"
           "interval with its offered calls, its mean AHT and the patience above). Staffing is not in\n"
           "call records: 'busy' uses n = ceil(agents busy on calls), a lower bound on staffing;\n"
           "'agents' uses n = distinct agents serving in the hour, an upper bound.\n\n"
        << line({QStringLiteral("hour"), QStringLiteral("cells"), QStringLiteral("offered"), QStringLiteral("P(Ab)"),
                 QStringLiteral("E[W]"), QStringLiteral("patience"), QStringLiteral("AHT"), QStringLiteral("busy"),
                 QStringLiteral("agents"), QStringLiteral("P(Ab)"), QStringLiteral("P(Ab)"), QStringLiteral("E[W]"),
                 QStringLiteral("E[W]")})
        << '\n'
        << line({QString(), QString(), QString(), QStringLiteral("obs"), QStringLiteral("obs s"), QStringLiteral("s"),
                 QStringLiteral("s"), QStringLiteral("mean"), QStringLiteral("mean"), QStringLiteral("n=busy"),
                 QStringLiteral("n=agents"), QStringLiteral("n=busy"), QStringLiteral("n=agents")})
        << '\n';
    int bracketed = 0, bigHours = 0, bigBracketed = 0;
    for (const staffing::PatienceFitRow &r : fit.hours) {
        out << row(r) << '\n';
        const bool inside = r.observedAbandon >= std::min(r.predictedAbandonBusy, r.predictedAbandonServers)
            && r.observedAbandon <= std::max(r.predictedAbandonBusy, r.predictedAbandonServers);
        bracketed += inside ? 1 : 0;
        if (r.offered >= 100) {
            ++bigHours;
            bigBracketed += inside ? 1 : 0;
        }
    }
    out << row(fit.total) << '\n'
        << "\nobserved P(Ab) lies between the two predictions in " << bracketed << " of " << fit.hours.size()
        << " hours (" << bigBracketed << " of " << bigHours << " hours with >= 100 offered calls)\n";
    return CliOk;
}

} // namespace

int patienceCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                    QTextStream &err)
{
    return reportingErrors(err, [&] { return run(positional, options, out); });
}

} // namespace tessera
