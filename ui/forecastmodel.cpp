// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forecastmodel.h"

#include <QColor>

#include <cmath>

namespace tessera::ui {

ForecastModel::ForecastModel(ProjectDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes what) {
        if (what & (ProjectDocument::Forecast | ProjectDocument::Result)) {
            beginResetModel();
            endResetModel();
        }
    });
}

int ForecastModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_doc->project().intervalCount();
}

int ForecastModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ForecastModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Vertical || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Interval: return tr("Interval");
    case Offered: return tr("Offered");
    case Aht: return tr("AHT (s)");
    case Erlangs: return tr("Workload (Erl)");
    case Net: return tr("Net agents");
    case Gross: return tr("Required");
    case ServiceLevel: return tr("SL");
    case Asa: return tr("ASA (s)");
    case Abandonment: return tr("Abandon");
    case Occupancy: return tr("Occupancy");
    case Observed: return tr("Observed busy");
    case Scheduled: return tr("Scheduled");
    case AchievedSl: return tr("Achieved SL");
    case AchievedAsa: return tr("Achieved ASA (s)");
    case AchievedOccupancy: return tr("Achieved occupancy");
    }
    return {};
}

QVariant ForecastModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Project &p = m_doc->project();
    const std::vector<ForecastInterval> &forecast = m_doc->selectedForecast();
    const StaffingParams &staffing = m_doc->selectedStaffing();
    const int i = index.row();
    const bool hasForecast = i < int(forecast.size());
    const bool hasReq = i < int(m_doc->requirements().size());
    const bool hasAchieved = i < int(m_doc->achievedService().size());
    if (role == Qt::ForegroundRole && index.column() == AchievedSl && hasAchieved && hasForecast && forecast[i].offered > 0
        && m_doc->achievedService()[i].serviceLevel < staffing.serviceLevelTarget - 1e-9)
        return QColor(0xc0, 0x1c, 0x1c);
    if (role == Qt::TextAlignmentRole)
        return int((index.column() == Interval ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && hasReq) {
        const IntervalRequirement &r = m_doc->requirements()[i];
        switch (index.column()) {
        case Erlangs: return tr("A = offered × AHT / interval seconds = %1 × %2 / %3").arg(forecast[i].offered).arg(forecast[i].ahtSeconds).arg(p.intervalMinutes * 60);
        case Net: return tr("Smallest n with Erlang C SL(n) ≥ %1 % in %2 s (Erlang C, Gans–Koole–Mandelbaum 2003 §4.1)").arg(staffing.serviceLevelTarget * 100).arg(staffing.serviceLevelSeconds);
        case Gross: return tr("net / (1 − shrinkage) = %1 / (1 − %2)").arg(r.netAgents).arg(r.shrinkage);
        case ServiceLevel:
        case Asa:
        case Abandonment:
        case Occupancy:
            return staffing.model == StaffingModel::ErlangA
                ? tr("Erlang A with %1 servers, mean patience %2 s (Garnett, Mandelbaum & Reiman 2002)").arg(r.servers).arg(staffing.patienceSeconds)
                : tr("Erlang C with %1 servers: SL = 1 − C·e^(−(n−A)t/AHT), ASA = C·AHT/(n−A), occupancy = A/n").arg(r.servers);
        case AchievedSl:
        case AchievedAsa:
        case AchievedOccupancy:
            return tr("With the scheduled agents less shrinkage (Erlang C); select the row for the full computation");
        default: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Interval: return tr("%1 minutes from %2 (%3)").arg(p.intervalMinutes).arg(m_doc->intervalLabel(i), QString::fromUtf8(p.timeZone));
        case Offered: return tr("Contacts offered to agents in the interval (forecast)");
        case Aht: return tr("Average handle time of the interval's contacts, seconds");
        case Observed: return tr("History: agents busy on contacts on average (Σ handle seconds inside the interval / interval seconds)");
        case Scheduled: return tr("Agents on duty in the last solution, all queues together");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    auto num = [](double v, int prec) { return std::isnan(v) ? QString() : QString::number(v, 'f', prec); };
    switch (index.column()) {
    case Interval: return m_doc->intervalLabel(i);
    case Offered: return hasForecast ? num(forecast[i].offered, 0) : QString();
    case Aht: return hasForecast ? num(forecast[i].ahtSeconds, 1) : QString();
    case Erlangs: return hasReq ? num(m_doc->requirements()[i].trafficErlangs, 2) : QString();
    case Net: return hasReq ? num(m_doc->requirements()[i].netAgents, 2) : QString();
    case Gross: // this queue's requirement (the total of all queues is on the coverage chart)
        return hasReq ? num(m_doc->requirements()[i].grossAgents, 2)
                      : i < int(m_doc->requiredStaff().size()) ? num(m_doc->requiredStaff()[i], 2) : QString();
    case ServiceLevel: return hasReq && forecast[i].offered > 0 ? num(m_doc->requirements()[i].serviceLevel * 100, 1) + QLatin1String(" %") : QString();
    case Asa: return hasReq && forecast[i].offered > 0 ? num(m_doc->requirements()[i].asaSeconds, 1) : QString();
    case Abandonment:
        return hasReq && forecast[i].offered > 0 ? num(m_doc->requirements()[i].abandonment * 100, 1) + QLatin1String(" %") : QString();
    case Occupancy:
        return hasReq && forecast[i].offered > 0 ? num(m_doc->requirements()[i].occupancy * 100, 1) + QLatin1String(" %") : QString();
    case Observed: return hasForecast ? num(forecast[i].observedBusy, 2) : QString();
    case Scheduled:
        if (p.lastResult && i < int(p.lastResult->intervals.size()))
            return num(p.lastResult->intervals[i].scheduled, 0);
        return QString();
    case AchievedSl:
        return hasAchieved && hasForecast && forecast[i].offered > 0
            ? num(m_doc->achievedService()[i].serviceLevel * 100, 1) + QLatin1String(" %") : QString();
    case AchievedAsa:
        return hasAchieved && hasForecast && forecast[i].offered > 0 ? num(m_doc->achievedService()[i].asaSeconds, 1) : QString();
    case AchievedOccupancy:
        return hasAchieved && hasForecast && forecast[i].offered > 0
            ? num(m_doc->achievedService()[i].occupancy * 100, 1) + QLatin1String(" %") : QString();
    }
    return {};
}

} // namespace tessera::ui
