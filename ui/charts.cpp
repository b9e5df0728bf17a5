// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts.h"

#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace tessera::ui {

namespace {

const QColor kRequired(0x1f, 0x4e, 0x9d);
const QColor kScheduled(0x2c, 0x2c, 0x2c);
const QColor kObserved(0xd9, 0x7a, 0x00);
const QColor kUnder(0xd6, 0x27, 0x28, 110);
const QColor kOver(0x2c, 0xa0, 0x2c, 80);

QCustomPlot *makePlot(QWidget *parent)
{
    auto *plot = new QCustomPlot(parent);
    plot->setMinimumHeight(160);
    plot->setNoAntialiasingOnDrag(true);
    plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    plot->axisRect()->setRangeDrag(Qt::Horizontal);
    plot->axisRect()->setRangeZoom(Qt::Horizontal);
    plot->legend->setVisible(true);
    plot->legend->setBrush(QColor(255, 255, 255, 220));
    plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot);
    return plot;
}

/// Day ticks along an interval axis: a tick at every local midnight, labelled "Sun 7 Feb".
void setDayTicks(QCustomPlot *plot, const Project &p)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int n = p.intervalCount();
    if (n > 0) {
        const IntervalGrid g = p.grid();
        const QTimeZone tz = g.timeZone();
        const QDate first = g.start().toTimeZone(tz).date();
        const QDate last = g.intervalStart(n - 1).toTimeZone(tz).date();
        const bool oneDay = first == last;
        for (QDate d = first; d <= last; d = d.addDays(1)) {
            const int idx = std::max(0, int(g.start().secsTo(QDateTime(d, QTime(0, 0), tz)) / (p.intervalMinutes * 60)));
            ticker->addTick(idx, QLocale().toString(d, QStringLiteral("ddd d MMM")));
            if (oneDay || n <= 2 * g.intervalsPerDay())
                for (int h = 6; h < 24; h += 6)
                    ticker->addTick(idx + h * 60 / p.intervalMinutes, QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
        }
    }
    plot->xAxis->setTicker(ticker);
    plot->xAxis->setRange(0, std::max(1, n));
}

/// Step-line data for per-interval values: one point per interval start, plus the horizon end.
void setSteps(QCPGraph *g, const std::vector<double> &v)
{
    QVector<double> x, y;
    for (size_t i = 0; i < v.size(); ++i) {
        x << double(i);
        y << v[i];
    }
    if (!v.empty()) {
        x << double(v.size());
        y << v.back();
    }
    g->setData(x, y, true);
}

QVector<double> values(const QCPGraph *g)
{
    QVector<double> out;
    if (!g)
        return out;
    const auto data = g->data();
    for (auto it = data->constBegin(); it != data->constEnd(); ++it)
        out << it->value;
    if (!out.isEmpty())
        out.removeLast(); // the closing point at the horizon end
    return out;
}

} // namespace

ForecastChart::ForecastChart(ProjectDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_plot(makePlot(this))
{
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes w) {
        if (w & ProjectDocument::Forecast)
            refresh();
    });
    refresh();
}

void ForecastChart::refresh()
{
    m_plot->clearPlottables();
    const Project &p = m_doc->project();
    setDayTicks(m_plot, p);
    m_plot->yAxis->setLabel(tr("Agents"));
    m_plot->yAxis2->setVisible(true);
    m_plot->yAxis2->setLabel(tr("Offered contacts per interval"));
    // Required agents as stacked bars: net (on contacts) plus the shrinkage on top of it, by
    // category, so each bar's height is the gross requirement net / (1 − shrinkage).
    const std::vector<IntervalRequirement> &req = m_doc->requirements();
    const StaffingParams &sp = m_doc->selectedStaffing();
    QVector<double> x;
    for (size_t i = 0; i < req.size(); ++i)
        x << i + 0.5;
    auto stack = [&](const QString &name, const QColor &colour, QCPBars *below, auto value) {
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(name);
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(1.0);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colour);
        QVector<double> y;
        for (size_t i = 0; i < req.size(); ++i)
            y << value(i);
        bars->setData(x, y, true);
        if (below)
            bars->moveAbove(below);
        return bars;
    };
    QCPBars *top = stack(sp.model == StaffingModel::ErlangA ? tr("Net agents (Erlang A)") : tr("Net agents (Erlang C)"),
                         QColor(0x1f, 0x4e, 0x9d), nullptr,
                         [&](size_t i) { return req[i].netAgents; });
    static const QColor palette[] = {QColor(0x9e, 0xb9, 0xd9), QColor(0xf0, 0xb4, 0x6e), QColor(0xa8, 0xd5, 0x9a),
                                     QColor(0xd9, 0x9e, 0xc9), QColor(0xcc, 0xcc, 0x88), QColor(0x99, 0xcc, 0xcc)};
    if (sp.shrinkage > 0 || sp.shrinkageCategories.empty())
        top = stack(sp.shrinkageCategories.empty() ? tr("Shrinkage") : tr("Shrinkage: other"), palette[0], top,
                    [&](size_t i) { return req[i].grossAgents * sp.shrinkage; });
    for (size_t c = 0; c < sp.shrinkageCategories.size(); ++c) {
        const ShrinkageCategory &cat = sp.shrinkageCategories[c];
        top = stack(tr("Shrinkage: %1").arg(cat.category), palette[(c + 1) % std::size(palette)], top,
                    [&](size_t i) { return req[i].grossAgents * cat.at(int(i)); });
    }
    auto *offered = m_plot->addGraph(m_plot->xAxis, m_plot->yAxis2);
    offered->setName(tr("Offered contacts"));
    offered->setLineStyle(QCPGraph::lsStepLeft);
    offered->setPen(QPen(QColor(0xd9, 0x7a, 0x00), 1.4));
    std::vector<double> volume;
    double maxOffered = 0;
    for (const ForecastInterval &f : m_doc->selectedForecast()) {
        volume.push_back(f.offered);
        maxOffered = std::max(maxOffered, f.offered);
    }
    setSteps(offered, volume);
    double maxReq = 1.0;
    for (const IntervalRequirement &r : req)
        maxReq = std::max(maxReq, r.grossAgents);
    m_plot->yAxis->setRange(0, maxReq * 1.15);
    m_plot->yAxis2->setRange(0, std::max(1.0, maxOffered * 1.15));
    m_plot->replot();
}

CoverageChart::CoverageChart(ProjectDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_plot(makePlot(this))
{
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes) { refresh(); });
    refresh();
}

void CoverageChart::refresh()
{
    m_plot->clearPlottables();
    m_required = m_scheduled = m_observed = m_underEdge = m_overEdge = nullptr;
    const Project &p = m_doc->project();
    setDayTicks(m_plot, p);
    m_plot->yAxis->setLabel(tr("Agents"));
    const std::vector<double> &required = m_doc->requiredStaff();
    double top = 1.0;
    for (double v : required)
        top = std::max(top, v);

    m_required = m_plot->addGraph();
    m_required->setName(tr("Required"));
    m_required->setLineStyle(QCPGraph::lsStepLeft);
    m_required->setPen(QPen(kRequired, 1.8));
    setSteps(m_required, required);

    if (p.lastResult && p.lastResult->hasSolution() && p.lastResult->intervals.size() == required.size()) {
        std::vector<double> scheduled, lo, hi;
        for (size_t i = 0; i < required.size(); ++i) {
            const double s = p.lastResult->intervals[i].scheduled;
            scheduled.push_back(s);
            lo.push_back(std::min(s, required[i]));
            hi.push_back(std::max(s, required[i]));
            top = std::max(top, s);
        }
        // Shading: a fill from min(S, R) up to R is understaffing, from R up to max(S, R) over.
        m_underEdge = m_plot->addGraph();
        m_underEdge->setLineStyle(QCPGraph::lsStepLeft);
        m_underEdge->setPen(Qt::NoPen);
        m_underEdge->setBrush(kUnder);
        m_underEdge->setChannelFillGraph(m_required);
        m_underEdge->setName(tr("Under-staffed"));
        setSteps(m_underEdge, lo);
        m_overEdge = m_plot->addGraph();
        m_overEdge->setLineStyle(QCPGraph::lsStepLeft);
        m_overEdge->setPen(Qt::NoPen);
        m_overEdge->setBrush(kOver);
        m_overEdge->setChannelFillGraph(m_required);
        m_overEdge->setName(tr("Over-staffed"));
        setSteps(m_overEdge, hi);

        m_scheduled = m_plot->addGraph();
        m_scheduled->setName(m_doc->isResultStale() ? tr("Scheduled (out of date)") : tr("Scheduled"));
        m_scheduled->setLineStyle(QCPGraph::lsStepLeft);
        QPen pen(kScheduled, 1.6);
        if (m_doc->isResultStale())
            pen.setStyle(Qt::DashLine);
        m_scheduled->setPen(pen);
        setSteps(m_scheduled, scheduled);
    }
    if (p.hasObservedStaffing()) {
        std::vector<double> obs;
        for (const ForecastInterval &f : p.forecast) {
            obs.push_back(std::isnan(f.observedBusy) ? 0.0 : f.observedBusy);
            top = std::max(top, obs.back());
        }
        m_observed = m_plot->addGraph();
        m_observed->setName(tr("Observed busy agents (history)"));
        m_observed->setLineStyle(QCPGraph::lsStepLeft);
        m_observed->setPen(QPen(kObserved, 1.4));
        setSteps(m_observed, obs);
    }
    // Intervals whose achieved service level (scheduled agents less shrinkage, Erlang C) misses
    // the target: a pale band behind the lines.
    const std::vector<IntervalRequirement> &achieved = m_doc->achievedService();
    QVector<double> bx, by;
    m_slMisses = 0;
    const std::vector<ForecastInterval> &queueForecast = m_doc->selectedForecast();
    const double slTarget = m_doc->selectedStaffing().serviceLevelTarget;
    for (size_t t = 0; t < achieved.size() && t < queueForecast.size(); ++t)
        if (queueForecast[t].offered > 0 && achieved[t].serviceLevel < slTarget - 1e-9) {
            bx << t + 0.5;
            by << top * 1.12;
            ++m_slMisses;
        }
    if (!bx.isEmpty()) {
        auto *bands = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bands->setName(tr("SL below target"));
        bands->setWidthType(QCPBars::wtPlotCoords);
        bands->setWidth(1.0);
        bands->setPen(Qt::NoPen);
        bands->setBrush(QColor(0xd6, 0x27, 0x28, 45));
        bands->setData(bx, by, true);
        bands->setLayer(QStringLiteral("background"));
    }
    m_plot->yAxis->setRange(0, top * 1.12);
    m_plot->replot();
}

QVector<double> CoverageChart::scheduledSeries() const
{
    return values(m_scheduled);
}

QVector<double> CoverageChart::requiredSeries() const
{
    return values(m_required);
}

QVector<double> CoverageChart::observedSeries() const
{
    return values(m_observed);
}

SolverProgressChart::SolverProgressChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(makePlot(this))
{
    m_plot->setMinimumHeight(140);
    m_plot->setInteractions({});
    auto *inc = m_plot->addGraph();
    inc->setName(tr("Incumbent"));
    inc->setLineStyle(QCPGraph::lsStepLeft);
    inc->setPen(QPen(kScheduled, 1.5));
    inc->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, 4));
    auto *bound = m_plot->addGraph();
    bound->setName(tr("Best bound"));
    bound->setLineStyle(QCPGraph::lsStepLeft);
    bound->setPen(QPen(kRequired, 1.5, Qt::DashLine));
    bound->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
    m_plot->xAxis->setLabel(tr("Seconds"));
    m_plot->xAxis->ticker()->setTickCount(4);
    m_plot->yAxis->ticker()->setTickCount(4);
    m_plot->xAxis->setRange(0, 1);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 0.85);
    m_plot->legend->setFont(f);
}

void SolverProgressChart::clear()
{
    m_plot->graph(0)->data()->clear();
    m_plot->graph(1)->data()->clear();
    m_plot->xAxis->setRange(0, 1);
    m_plot->replot();
}

void SolverProgressChart::add(double seconds, double incumbent, double bound)
{
    if (!std::isnan(incumbent))
        m_plot->graph(0)->addData(seconds, incumbent);
    if (!std::isnan(bound) && bound > -1e40)
        m_plot->graph(1)->addData(seconds, bound);
    m_plot->rescaleAxes();
    m_plot->xAxis->setRange(0, std::max(1.0, m_plot->xAxis->range().upper));
    const QCPRange y = m_plot->yAxis->range();
    m_plot->yAxis->setRange(y.lower - 0.05 * std::max(1.0, y.size()), y.upper + 0.05 * std::max(1.0, y.size()));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace tessera::ui
