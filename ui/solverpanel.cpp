// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/solverpanel.h"

#include "ui/charts.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace tessera::ui {

namespace {
QString num(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v, 'f', 2);
}
QString pct(double v)
{
    return std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v * 100.0, 'f', 2) + QStringLiteral(" %");
}
} // namespace

QString SolverPanel::statusText(SolveStatus s)
{
    switch (s) {
    case SolveStatus::Optimal: return SolverPanel::tr("Optimal");
    case SolveStatus::Feasible: return SolverPanel::tr("Feasible (within gap)");
    case SolveStatus::Infeasible: return SolverPanel::tr("Infeasible");
    case SolveStatus::TimeLimit: return SolverPanel::tr("Time limit reached");
    case SolveStatus::Cancelled: return SolverPanel::tr("Cancelled");
    case SolveStatus::Error: break;
    }
    return SolverPanel::tr("Error");
}

SolverPanel::SolverPanel(ProjectDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_ticker(new QTimer(this))
{
    m_solve = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Solve"), this);
    m_solve->setToolTip(tr("Solve the shift set-covering model with COIN-OR CBC (F5); with work plans, the template "
                           "model that also places the breaks"));
    m_cancel = new QPushButton(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Cancel"), this);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stop the solver and keep the best solution found so far"));
    m_timeLimit = new QDoubleSpinBox(this);
    m_timeLimit->setRange(1, 24 * 3600);
    m_timeLimit->setSuffix(tr(" s"));
    m_timeLimit->setDecimals(0);
    m_gap = new QDoubleSpinBox(this);
    m_gap->setRange(0, 50);
    m_gap->setDecimals(2);
    m_gap->setSuffix(tr(" %"));
    m_gap->setToolTip(tr("Stop when the relative gap between incumbent and best bound is at most this"));
    m_status = new QLabel(tr("Not solved"), this);
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_elapsed = new QLabel(QStringLiteral("–"), this);
    m_incumbent = new QLabel(QStringLiteral("–"), this);
    m_bound = new QLabel(QStringLiteral("–"), this);
    m_gapLabel = new QLabel(QStringLiteral("–"), this);
    m_chart = new SolverProgressChart(this);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_solve);
    buttons->addWidget(m_cancel);
    auto *form = new QFormLayout;
    form->addRow(tr("Time limit:"), m_timeLimit);
    form->addRow(tr("Gap tolerance:"), m_gap);
    form->addRow(tr("Status:"), m_status);
    form->addRow(tr("Elapsed:"), m_elapsed);
    form->addRow(tr("Incumbent:"), m_incumbent);
    form->addRow(tr("Best bound:"), m_bound);
    form->addRow(tr("Gap:"), m_gapLabel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(form);
    layout->addWidget(m_chart, 1);

    connect(m_solve, &QPushButton::clicked, this, &SolverPanel::solve);
    connect(m_cancel, &QPushButton::clicked, this, &SolverPanel::cancel);
    connect(m_ticker, &QTimer::timeout, this, &SolverPanel::tick);
    auto load = [this] {
        m_timeLimit->setValue(m_doc->project().solveTimeLimitSeconds);
        m_gap->setValue(m_doc->project().solveRelativeGap * 100.0);
        if (m_doc->project().lastResult)
            showResult(*m_doc->project().lastResult);
        else
            m_status->setText(tr("Not solved"));
    };
    connect(doc, &ProjectDocument::fileChanged, this, [this, load] {
        if (!m_job && !m_doc->isModified())
            load();
    });
    load();
}

SolverPanel::~SolverPanel()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

void SolverPanel::solve()
{
    if (m_job)
        return;
    if (!m_doc->staffingError().isEmpty()) {
        m_status->setText(tr("Cannot solve: %1").arg(m_doc->staffingError()));
        return;
    }
    const Project &p = m_doc->project();
    SolveOptions options = p.solveOptions();
    options.timeLimitSeconds = m_timeLimit->value();
    options.relativeGap = m_gap->value() / 100.0;
    // With work plans the template model schedules shifts and places their breaks (Aykin's
    // implicit breaks); otherwise the catalog's set-covering model.
    m_job = p.templates.empty() ? new SolveJob(p.toProblem(), options, this)
                                : new SolveJob(p.toTemplateProblem(), options, BreakModel::Implicit, this);
    connect(m_job, &SolveJob::solverProgress, this, &SolverPanel::onProgress);
    connect(m_job, &Job::finished, this, &SolverPanel::onFinished);
    m_chart->clear();
    m_incumbent->setText(QStringLiteral("–"));
    m_bound->setText(QStringLiteral("–"));
    m_gapLabel->setText(QStringLiteral("–"));
    m_status->setText(m_job->isTemplateSolve() ? tr("Solving work plans…") : tr("Solving…"));
    m_solve->setEnabled(false);
    m_cancel->setEnabled(true);
    m_clock.start();
    m_undoIndexAtStart = m_doc->undoStack()->index();
    m_ticker->start(200);
    Q_EMIT solveStarted();
    m_job->start();
}

void SolverPanel::cancel()
{
    if (m_job) {
        m_job->cancel();
        m_status->setText(tr("Cancelling…"));
        m_cancel->setEnabled(false);
    }
}

void SolverPanel::tick()
{
    m_elapsed->setText(tr("%1 s").arg(QLocale().toString(m_clock.elapsed() / 1000.0, 'f', 1)));
}

void SolverPanel::onProgress(const SolveProgress &p)
{
    m_incumbent->setText(num(p.incumbent));
    m_bound->setText(num(p.bestBound));
    m_gapLabel->setText(pct(p.gap));
    m_chart->add(p.elapsedSeconds, p.incumbent, p.bestBound);
}

void SolverPanel::showResult(const SolveResult &r)
{
    m_status->setText(statusText(r.status));
    m_elapsed->setText(tr("%1 s").arg(QLocale().toString(r.seconds, 'f', 2)));
    m_incumbent->setText(num(r.objective));
    m_bound->setText(num(r.bestBound));
    m_gapLabel->setText(pct(r.gap));
}

void SolverPanel::onFinished()
{
    m_ticker->stop();
    SolveResult r = m_job->result();
    if (!m_job->errorMessage().isEmpty()) {
        r.status = SolveStatus::Error;
        r.diagnosis.push_back({QStringLiteral("error"), {}, m_job->errorMessage()});
    }
    m_job->deleteLater();
    m_job = nullptr;
    m_chart->add(r.seconds, r.objective, r.bestBound);
    showResult(r);
    m_solve->setEnabled(true);
    m_cancel->setEnabled(false);
    // Edits made while CBC ran are not in this result: show it as out of date.
    m_doc->setResult(r, m_doc->undoStack()->index() != m_undoIndexAtStart);
    Q_EMIT solveFinished(r);
}

} // namespace tessera::ui
