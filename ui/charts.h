// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace tessera::ui {

/// Forecast chart: required agents per interval as stacked bars — net agents, then shrinkage by
/// category on top, so each bar is the gross requirement — and offered contacts (step line,
/// right axis), with day ticks along the horizon.
class ForecastChart : public QWidget
{
    Q_OBJECT
public:
    explicit ForecastChart(ProjectDocument *doc, QWidget *parent = nullptr);
    void refresh();

private:
    ProjectDocument *m_doc;
    QCustomPlot *m_plot;
};

/**
 * Coverage chart: required vs scheduled agents per interval (step lines), under-staffing shaded
 * red and over-staffing shaded green between the two, observed busy agents (history) when the
 * project has them, and pale red bands where the schedule's achieved SL misses the target.
 */
class CoverageChart : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageChart(ProjectDocument *doc, QWidget *parent = nullptr);
    void refresh();
    /// Values currently plotted, one per interval (empty before a solve): for tests.
    QVector<double> scheduledSeries() const;
    QVector<double> requiredSeries() const;
    QVector<double> observedSeries() const;
    /// Intervals shaded because the schedule's achieved SL is below target.
    int serviceLevelMisses() const { return m_slMisses; }
    QCustomPlot *plot() const { return m_plot; }

private:
    ProjectDocument *m_doc;
    QCustomPlot *m_plot;
    QCPGraph *m_required = nullptr;
    QCPGraph *m_scheduled = nullptr;
    QCPGraph *m_observed = nullptr;
    QCPGraph *m_underEdge = nullptr;
    QCPGraph *m_overEdge = nullptr;
    int m_slMisses = 0;
};

/// Incumbent and best bound against elapsed seconds while CBC runs.
class SolverProgressChart : public QWidget
{
    Q_OBJECT
public:
    explicit SolverProgressChart(QWidget *parent = nullptr);
    void clear();
    void add(double seconds, double incumbent, double bound);

private:
    QCustomPlot *m_plot;
};

} // namespace tessera::ui
