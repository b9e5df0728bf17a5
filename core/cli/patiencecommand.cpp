// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/patiencecommand.h"

#include "core/cli/cli.h"
#include "core/error.h"
#include "core/staffing/patience.h"

#include <QDate>
#include <QTimeZone>

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
    return std::isfinite(v) ? num(100.0 * v, 1, width - 1) + QLatin1Char('%') : num(v, 1, width);
}

QString row(const staffing::PatienceFitRow &r)
{
    const QString label = r.hour < 0 ? QStringLiteral("all") : QStringLiteral("%1").arg(r.hour, 2, 10, QLatin1Char('0'));
    return label.leftJustified(4) + QString::number(r.cells).rightJustified(6) + QString::number(r.offered).rightJustified(8)
        + pct(r.observedAbandon, 8) + num(r.observedMeanWaitSeconds, 1, 8) + num(r.patienceSeconds, 0, 9)
        + num(r.ahtSeconds, 0, 6) + num(r.busyAgents, 1, 7) + num(r.servers, 1, 8) + pct(r.predictedAbandonBusy, 9)
        + pct(r.predictedAbandonServers, 9) + num(r.predictedMeanWaitBusy, 1, 8) + num(r.predictedMeanWaitServers, 1, 8);
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
        throw InputError(QString(), 0, QStringLiteral("--from"), Tr::tr("is required for '%1'").arg(QStringLiteral("patience")));
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
        << "hour cells offered  P(Ab)   E[W] patience   AHT   busy  agents  P(Ab)    P(Ab)     E[W]    E[W]\n"
        << "                    obs     obs s       s     s   mean    mean  n=busy   n=agents  n=busy  n=agents\n";
    for (const staffing::PatienceFitRow &r : fit.hours)
        out << row(r) << '\n';
    out << row(fit.total) << '\n';
    return CliOk;
}

} // namespace

int patienceCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                    QTextStream &err)
{
    try {
        return run(positional, options, out);
    } catch (const InputError &e) {
        err << "tessera-cli: " << e.message() << '\n';
        return CliError;
    }
}

} // namespace tessera
