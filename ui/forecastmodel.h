// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QAbstractTableModel>

namespace tessera::ui {

/// Forecast and Erlang C staffing per interval (read-only): offered, AHT, traffic, net and gross
/// required agents, predicted SL and ASA, observed busy agents, and after a solve the scheduled
/// agents with the SL and ASA they achieve (below-target SL shown in red).
class ForecastModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Interval, Offered, Aht, Erlangs, Net, Gross, ServiceLevel, Asa, Abandonment, Occupancy, Observed, Scheduled, AchievedSl, AchievedAsa, AchievedOccupancy, ColumnCount };
    explicit ForecastModel(ProjectDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    ProjectDocument *m_doc;
};

} // namespace tessera::ui
