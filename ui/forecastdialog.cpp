// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forecastdialog.h"

#include "core/error.h"
#include "core/project/sampleproject.h"
#include "ui/commands.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace tessera::ui {

ForecastDialog::ForecastDialog(ProjectDocument *doc, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
{
    setWindowTitle(tr("Forecast from history"));
    m_historyLabel = new QLabel(tr("No history loaded."), this);
    m_historyLabel->setWordWrap(true);
    auto *open = new QPushButton(tr("History CSV…"), this);
    auto *bundled = new QPushButton(tr("Anonymous Bank, Feb 1999"), this);
    bundled->setToolTip(tr("The bundled four weeks of real call records, 1–28 February 1999"));
    m_method = new QComboBox(this);
    m_method->addItem(tr("Moving average of the same interval"), int(forecasting::Method::MovingAverage));
    m_method->addItem(tr("Seasonal naive (same interval last week)"), int(forecasting::Method::SeasonalNaive));
    m_method->addItem(tr("Holt–Winters, weekly season (fitted)"), int(forecasting::Method::HoltWinters));
    m_maWeeks = new QSpinBox(this);
    m_maWeeks->setRange(1, 52);
    m_maWeeks->setValue(3);
    m_maWeeks->setSuffix(tr(" weeks"));
    m_holdout = new QSpinBox(this);
    m_holdout->setRange(1, 52);
    m_holdout->setSuffix(tr(" weeks held back"));
    m_weeks = new QSpinBox(this);
    m_weeks->setRange(1, 6);
    m_weeks->setSuffix(tr(" weeks ahead"));
    m_volumePct = new QDoubleSpinBox(this);
    m_volumePct->setRange(-90, 500);
    m_volumePct->setSuffix(tr(" % volume"));
    m_volumePct->setObjectName(QStringLiteral("volumePercent"));
    m_ahtDelta = new QDoubleSpinBox(this);
    m_ahtDelta->setRange(-600, 600);
    m_ahtDelta->setSuffix(tr(" s AHT"));
    m_ahtDelta->setObjectName(QStringLiteral("ahtDelta"));
    m_backtestLabel = new QLabel(this);
    m_backtestLabel->setWordWrap(true);
    m_plot = new QCustomPlot(this);
    m_plot->setMinimumSize(560, 220);
    m_plot->legend->setVisible(true);
    auto *backtest = new QPushButton(tr("Back-test"), this);

    auto *files = new QHBoxLayout;
    files->addWidget(open);
    files->addWidget(bundled);
    files->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("History:"), files);
    form->addRow(m_historyLabel);
    form->addRow(tr("Method:"), m_method);
    form->addRow(tr("Moving average over:"), m_maWeeks);
    auto *bt = new QHBoxLayout;
    bt->addWidget(m_holdout);
    bt->addWidget(backtest);
    form->addRow(tr("Back-test:"), bt);
    form->addRow(m_backtestLabel);
    form->addRow(tr("Forecast:"), m_weeks);
    auto *whatIf = new QHBoxLayout;
    whatIf->addWidget(m_volumePct);
    whatIf->addWidget(m_ahtDelta);
    form->addRow(tr("What-if:"), whatIf);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Apply | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Apply)->setText(tr("Use as project forecast"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_plot, 1);
    layout->addWidget(buttons);

    connect(open, &QPushButton::clicked, this, &ForecastDialog::chooseFile);
    connect(bundled, &QPushButton::clicked, this, [this] {
        loadHistory(QStringLiteral(":/sample/anonymous-bank-1999-02-01-4weeks.csv"), "Asia/Jerusalem");
    });
    connect(backtest, &QPushButton::clicked, this, &ForecastDialog::runBacktest);
    connect(m_method, &QComboBox::currentIndexChanged, this,
            [this] { m_maWeeks->setEnabled(m_method->currentData().toInt() == int(forecasting::Method::MovingAverage)); });
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &ForecastDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

forecasting::Options ForecastDialog::options() const
{
    forecasting::Options o;
    o.method = forecasting::Method(m_method->currentData().toInt());
    o.seasonLength = forecasting::weeklySeasonLength(m_history.intervalMinutes);
    o.movingAverageWeeks = m_maWeeks->value();
    return o;
}

void ForecastDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Interval history"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QStringList zones;
    for (const QByteArray &z : QTimeZone::availableTimeZoneIds())
        zones << QString::fromUtf8(z);
    bool ok = false;
    const QString zone = QInputDialog::getItem(this, tr("Time zone"), tr("Local times in the file are in:"), zones,
                                               std::max<qsizetype>(0, zones.indexOf(QString::fromUtf8(m_doc->project().timeZone))),
                                               true, &ok);
    if (ok)
        loadHistory(path, zone.toUtf8());
}

bool ForecastDialog::loadHistory(const QString &path, const QByteArray &timeZone)
{
    try {
        m_history = importForecastCsv(path, QTimeZone(timeZone));
        m_zone = timeZone;
        m_historyName = QFileInfo(path).fileName();
        showHistory();
        return true;
    } catch (const InputError &e) {
        m_historyLabel->setText(tr("<b>Cannot use this history:</b> %1").arg(e.message().toHtmlEscaped()));
        m_history = {};
        return false;
    }
}

void ForecastDialog::showHistory()
{
    const int season = forecasting::weeklySeasonLength(m_history.intervalMinutes);
    const double weeks = double(m_history.intervals.size()) / season;
    double offered = 0;
    for (const ForecastInterval &f : m_history.intervals)
        offered += f.offered;
    m_historyLabel->setText(tr("%1: %2 intervals of %3 min from %4 (%5 weeks), %6 offered contacts.")
                                .arg(m_historyName)
                                .arg(m_history.intervals.size())
                                .arg(m_history.intervalMinutes)
                                .arg(QLocale().toString(m_history.start, QLocale::ShortFormat))
                                .arg(weeks, 0, 'f', 2)
                                .arg(offered, 0, 'f', 0));
    m_holdout->setMaximum(std::max(1, int(weeks) - 1));
}

forecasting::Backtest ForecastDialog::runBacktest()
{
    forecasting::Backtest b;
    if (m_history.intervals.empty())
        return b;
    const int season = forecasting::weeklySeasonLength(m_history.intervalMinutes);
    try {
        b = forecasting::backtest(m_history.intervals, m_holdout->value() * season, options());
    } catch (const InputError &e) {
        m_backtestLabel->setText(tr("<b>Back-test not possible:</b> %1").arg(e.message().toHtmlEscaped()));
        return b;
    }
    m_backtestLabel->setText(tr("Held-back %n week(s): WAPE %1 %, MAPE %2 % (offered volume).", nullptr, m_holdout->value())
                                 .arg(b.wape * 100, 0, 'f', 1)
                                 .arg(b.mape * 100, 0, 'f', 1));
    m_plot->clearGraphs();
    QVector<double> x, actual, predicted;
    for (size_t i = 0; i < b.actual.size(); ++i) {
        x << double(i);
        actual << b.actual[i];
        predicted << b.predicted[i];
    }
    auto *a = m_plot->addGraph();
    a->setName(tr("Actual"));
    a->setLineStyle(QCPGraph::lsStepLeft);
    a->setPen(QPen(QColor(0x2c, 0x2c, 0x2c), 1.2));
    a->setData(x, actual, true);
    auto *p = m_plot->addGraph();
    p->setName(tr("Forecast"));
    p->setLineStyle(QCPGraph::lsStepLeft);
    p->setPen(QPen(QColor(0x1f, 0x4e, 0x9d), 1.4));
    p->setData(x, predicted, true);
    m_plot->xAxis->setLabel(tr("Held-back intervals"));
    m_plot->yAxis->setLabel(tr("Offered"));
    m_plot->rescaleAxes();
    m_plot->replot();
    return b;
}

IntervalForecast ForecastDialog::forecastToApply() const
{
    IntervalForecast f;
    if (m_history.intervals.empty())
        return f;
    const int season = forecasting::weeklySeasonLength(m_history.intervalMinutes);
    f.intervals = forecasting::forecast(m_history.intervals, m_weeks->value() * season, options());
    forecasting::applyWhatIf(f.intervals, m_volumePct->value(), m_ahtDelta->value());
    f.intervalMinutes = m_history.intervalMinutes;
    f.start = m_history.start.addSecs(qint64(m_history.intervals.size()) * m_history.intervalMinutes * 60);
    return f;
}

void ForecastDialog::apply()
{
    try {
        IntervalForecast f = forecastToApply();
        if (f.intervals.empty())
            return;
        for (const ForecastInterval &i : f.intervals)
            if (i.offered > 0 && !(i.ahtSeconds > 0))
                throw InputError(tr("the what-if leaves an interval with contacts at AHT 0 s"));
        Project src = m_doc->project();
        if (src.intervalCount() > 0 && f.intervalMinutes != src.intervalMinutes)
            f = resampleToLength(f, src.intervalMinutes);
        applyImportedForecast(src, f, m_zone);
        commands::replaceForecast(m_doc, src, tr("Forecast from %1").arg(m_historyName));
        accept();
    } catch (const InputError &e) {
        m_backtestLabel->setText(tr("<b>Cannot apply:</b> %1").arg(e.message().toHtmlEscaped()));
    }
}

} // namespace tessera::ui
