// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/solvejob.h"
#include "ui/document.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QDoubleSpinBox;
class QTimer;

namespace tessera::ui {

class SolverProgressChart;

/**
 * Solve / Cancel, and what CBC is doing: elapsed time, incumbent, best bound, gap, and a small
 * chart of incumbent vs bound over time. The solve runs as a SolveJob on a worker thread; the
 * result is handed to the document on the GUI thread. Cancel keeps the best solution found.
 */
class SolverPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SolverPanel(ProjectDocument *doc, QWidget *parent = nullptr);
    ~SolverPanel() override;
    bool isSolving() const { return m_job != nullptr; }
    /// The solve status as the user reads it, translated ("Optimal", "Time limit reached"...);
    /// core's statusName() is the RESULT.json spelling and stays English.
    static QString statusText(SolveStatus s);

public Q_SLOTS:
    void solve();
    void cancel();

Q_SIGNALS:
    void solveStarted();
    void solveFinished(const tessera::SolveResult &result);

private:
    void onProgress(const SolveProgress &p);
    void onFinished();
    void tick();
    void showResult(const SolveResult &r);

    ProjectDocument *m_doc;
    QPointer<SolveJob> m_job;
    QElapsedTimer m_clock;
    int m_undoIndexAtStart = 0;
    QTimer *m_ticker;
    QPushButton *m_solve;
    QPushButton *m_cancel;
    QDoubleSpinBox *m_timeLimit;
    QDoubleSpinBox *m_gap;
    QLabel *m_status;
    QLabel *m_elapsed;
    QLabel *m_incumbent;
    QLabel *m_bound;
    QLabel *m_gapLabel;
    SolverProgressChart *m_chart;
};

} // namespace tessera::ui
