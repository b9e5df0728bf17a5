// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staffing/explain.h"

#include "core/error.h"
#include "core/staffing/erlangc.h"

#include <QStringList>

#include <cmath>

namespace tessera {

namespace {
QString n2(double v, int prec = 2)
{
    if (std::isnan(v))
        return QStringLiteral("–");
    if (std::isinf(v))
        return QStringLiteral("∞");
    return QString::number(v, 'f', prec);
}
QString pct(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QString::number(v * 100.0, 'f', 1) + QStringLiteral(" %");
}
} // namespace

QString explainRequirement(const std::vector<ForecastInterval> &forecast, int t, int intervalMinutes,
                           const StaffingParams &params, const QString &label, double scheduledAgents)
{
    const std::vector<IntervalRequirement> all = computeRequirements(forecast, intervalMinutes, params);
    const IntervalRequirement &r = all.at(t);
    const ForecastInterval &f = forecast.at(t);
    const int seconds = intervalMinutes * 60;
    QString h;
    h += Tr::tr("<h3>%1 — why %2 agents?</h3>").arg(label.toHtmlEscaped(), n2(r.grossAgents));
    h += Tr::tr("<p><b>Inputs</b>: %1 offered contacts, AHT %2 s, interval %3 s.</p>").arg(n2(f.offered, 0), n2(f.ahtSeconds, 1)).arg(seconds);
    h += Tr::tr("<p><b>Workload</b> A = offered × AHT / interval = %1 × %2 / %3 = <b>%4 Erlangs</b>.</p>")
             .arg(n2(f.offered, 0), n2(f.ahtSeconds, 1))
             .arg(seconds)
             .arg(n2(r.trafficErlangs, 3));
    if (params.channel == Channel::Email) {
        h += Tr::tr("<p><b>Email / back office</b>: each contact must be handled within %1 min of arriving; its work is "
                    "spread evenly over that window, so the agents needed now are the work of every window that "
                    "covers this interval divided by the interval length: <b>%2 net agents</b>. No queue: no SL or "
                    "ASA.</p>")
                 .arg(n2(params.deadlineMinutes, 0), n2(r.netAgents, 3));
    } else {
        QStringList goals;
        goals << Tr::tr("SL ≥ %1 within %2 s").arg(pct(params.serviceLevelTarget), n2(params.serviceLevelSeconds, 0));
        if (params.asaSeconds > 0)
            goals << Tr::tr("ASA ≤ %1 s").arg(n2(params.asaSeconds, 0));
        if (params.maxOccupancy < 1.0)
            goals << Tr::tr("occupancy ≤ %1").arg(pct(params.maxOccupancy));
        const bool erlangA = params.model == StaffingModel::ErlangA;
        if (erlangA) {
            if (params.maxAbandonment > 0)
                goals << Tr::tr("abandonment ≤ %1").arg(pct(params.maxAbandonment));
            h += Tr::tr("<p><b>Erlang A</b> (M/M/n+M; Garnett, Mandelbaum &amp; Reiman 2002): callers hang up after an "
                        "exponential patience with mean %1 s; SL counts %2. The smallest n with %3.</p>")
                     .arg(n2(params.patienceSeconds, 0),
                          params.slDefinition == staffing::SlDefinition::Offered ? Tr::tr("answered within t over offered")
                                                                                 : Tr::tr("answered within t over answered"),
                          goals.join(Tr::tr(", ")));
        } else {
            h += Tr::tr("<p><b>Erlang C</b> (M/M/n; Gans, Koole &amp; Mandelbaum 2003, §4.1): the smallest n with %1. "
                        "C(n, A) = n·B / (n − A(1 − B)) with Erlang B from its stable series (Jagerman 1974); "
                        "SL = 1 − C·e<sup>−(n−A)t/AHT</sup>; ASA = C·AHT / (n − A).</p>")
                     .arg(goals.join(Tr::tr(", ")));
        }
        h += QStringLiteral("<table border=1 cellspacing=0 cellpadding=3><tr><th>n</th><th>P(wait)</th>")
            + (erlangA ? Tr::tr("<th>abandon</th>") : QString())
            + QStringLiteral("<th>SL</th><th>ASA (s)</th>") + Tr::tr("<th>occupancy</th>") + QStringLiteral("</tr>");
        for (int n = std::max(0, r.servers - 2); n <= r.servers + 1; ++n) {
            const bool chosen = n == r.servers;
            const QString open = chosen ? QStringLiteral("<b>") : QString(), close = chosen ? QStringLiteral("</b>") : QString();
            double wait, abandon = 0, sl, asa, occ;
            if (erlangA) {
                const staffing::ErlangAMetrics m = staffing::erlangA(n, f.offered, f.ahtSeconds, params.patienceSeconds, seconds,
                                                                     params.serviceLevelSeconds, params.slDefinition);
                wait = m.probWait;
                abandon = m.probAbandon;
                sl = m.serviceLevel;
                asa = m.asaSeconds;
                occ = m.occupancy;
            } else {
                wait = staffing::erlangC(n, r.trafficErlangs);
                sl = staffing::serviceLevel(n, r.trafficErlangs, f.ahtSeconds, params.serviceLevelSeconds);
                asa = staffing::averageSpeedOfAnswer(n, r.trafficErlangs, f.ahtSeconds);
                occ = staffing::occupancy(n, r.trafficErlangs);
            }
            auto cell = [&](const QString &v) { return QStringLiteral("<td>%1%2%3</td>").arg(open, v, close); };
            h += QStringLiteral("<tr>") + cell(QString::number(n)) + cell(pct(wait)) + (erlangA ? cell(pct(abandon)) : QString())
                + cell(pct(sl)) + cell(n2(asa, 1)) + cell(pct(occ)) + QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
        if (params.channel == Channel::Chat)
            h += Tr::tr("<p><b>Chat</b>: %1 chat slots needed; each agent works %2 chats at once, so net agents = "
                        "%1 / %2 = <b>%3</b> (not rounded).</p>")
                     .arg(r.servers)
                     .arg(params.concurrency)
                     .arg(n2(r.netAgents, 3));
        else
            h += Tr::tr("<p><b>Net agents</b> = n = <b>%1</b>.</p>").arg(r.servers);
    }
    QStringList parts;
    if (params.shrinkage > 0 || params.shrinkageCategories.empty())
        parts << Tr::tr("other %1").arg(pct(params.shrinkage));
    for (const ShrinkageCategory &c : params.shrinkageCategories)
        parts << QStringLiteral("%1 %2").arg(c.category.toHtmlEscaped(), pct(c.at(t)));
    h += Tr::tr("<p><b>Shrinkage</b>: %1 = %2.</p>").arg(parts.join(QStringLiteral(" + ")), pct(r.shrinkage));
    h += Tr::tr("<p><b>Required</b> = net / (1 − shrinkage) = %1 / (1 − %2) = <b>%3 agents</b> to schedule "
                "(Cleveland 2012, ch. 6).</p>")
             .arg(n2(r.netAgents, 3), n2(r.shrinkage, 3), n2(r.grossAgents, 3));
    if (!std::isnan(scheduledAgents)) {
        const IntervalRequirement a = predictService(forecast, t, intervalMinutes, params, scheduledAgents);
        h += Tr::tr("<p><b>Scheduled</b>: %1 agents → %2 available after shrinkage → ").arg(n2(scheduledAgents, 0), n2(a.netAgents, 2));
        if (params.channel == Channel::Email)
            h += Tr::tr("occupancy %1, capacity covers %2 of the work.</p>").arg(pct(a.occupancy), pct(a.serviceLevel));
        else
            h += Tr::tr("%1 servers: SL %2, ASA %3 s, occupancy %4.</p>")
                     .arg(a.servers)
                     .arg(pct(a.serviceLevel), n2(a.asaSeconds, 1), pct(a.occupancy));
    }
    return h;
}

} // namespace tessera
