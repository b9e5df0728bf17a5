// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/forecasting/forecasting.h"
#include "core/io/forecastcsv.h"
#include "ui/document.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QCustomPlot;

namespace tessera::ui {

/**
 * "Forecast from history": pick an interval history of whole weeks (a CSV, or the bundled
 * Anonymous Bank February 1999), a method (seasonal naive, moving average, Holt–Winters), back-test
 * it on the last weeks (WAPE, MAPE, actual vs forecast chart), set what-if multipliers, and apply
 * the forecast of the following weeks to the project (one undoable command).
 */
class ForecastDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ForecastDialog(ProjectDocument *doc, QWidget *parent = nullptr);

    /// Loads a history (for tests and the "bundled history" button); returns false on error.
    bool loadHistory(const QString &path, const QByteArray &timeZone);
    /// Runs the back-test with the current settings; the figures it shows.
    forecasting::Backtest runBacktest();
    /// The forecast the dialog would apply (after the what-if).
    IntervalForecast forecastToApply() const;
    void apply();

private:
    forecasting::Options options() const;
    void chooseFile();
    void showHistory();

    ProjectDocument *m_doc;
    IntervalForecast m_history;
    QByteArray m_zone;
    QString m_historyName;
    QLabel *m_historyLabel;
    QComboBox *m_method;
    QSpinBox *m_maWeeks;
    QSpinBox *m_holdout;
    QSpinBox *m_weeks;
    QDoubleSpinBox *m_volumePct;
    QDoubleSpinBox *m_ahtDelta;
    QLabel *m_backtestLabel;
    QCustomPlot *m_plot;
};

} // namespace tessera::ui
