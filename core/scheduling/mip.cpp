// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/mip.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <QElapsedTimer>

#include <cmath>

namespace tessera {

int MipModel::addRow(double lo, double up, std::string name)
{
    rowLower.push_back(lo);
    rowUpper.push_back(up);
    rowNames.push_back(std::move(name));
    return rows++;
}

int MipModel::addColumn(double lo, double up, double cost, bool integer, std::string name,
                        const std::vector<std::pair<int, double>> &entries)
{
    for (const auto &[row, coefficient] : entries) {
        rowIndex.push_back(row);
        value.push_back(coefficient);
    }
    colLower.push_back(lo);
    colUpper.push_back(up);
    objective.push_back(cost);
    isInteger.push_back(integer ? 1 : 0);
    colNames.push_back(std::move(name));
    colStarts.push_back(int(rowIndex.size()));
    return columns++;
}

namespace {

void loadInto(OsiClpSolverInterface &solver, const MipModel &m)
{
    CoinPackedMatrix matrix(true, m.rows, m.columns, int(m.value.size()), m.value.data(), m.rowIndex.data(),
                            m.colStarts.data(), nullptr);
    solver.loadProblem(matrix, m.colLower.data(), m.colUpper.data(), m.objective.data(), m.rowLower.data(),
                       m.rowUpper.data());
    for (int j = 0; j < m.columns; ++j)
        if (m.isInteger[j])
            solver.setInteger(j);
    solver.messageHandler()->setLogLevel(0);
    solver.setHintParam(OsiDoReducePrint, true, OsiHintTry);
}

/// Shared state between the solve and CBC's (cloned) event handler.
struct EventState {
    const std::atomic_bool *cancel = nullptr;
    const std::function<void(const SolveProgress &)> *progress = nullptr;
    QElapsedTimer clock;
    qint64 lastReportMs = -1000;
    bool cancelled = false;
};

class TesseraEventHandler : public CbcEventHandler
{
public:
    explicit TesseraEventHandler(EventState *state)
        : m_state(state)
    {
    }
    CbcEventHandler *clone() const override { return new TesseraEventHandler(*this); }
    CbcAction event(CbcEvent whichEvent) override
    {
        if (m_state->cancel && m_state->cancel->load()) {
            m_state->cancelled = true;
            return stop;
        }
        const qint64 now = m_state->clock.elapsed();
        if (m_state->progress && *m_state->progress && (now - m_state->lastReportMs >= 100 || whichEvent == solution)) {
            m_state->lastReportMs = now;
            SolveProgress pr;
            pr.elapsedSeconds = now / 1000.0;
            const double inc = model_->getMinimizationObjValue();
            if (inc < 1e49)
                pr.incumbent = inc;
            pr.bestBound = model_->getBestPossibleObjValue();
            if (!std::isnan(pr.incumbent) && pr.bestBound > -1e49)
                pr.gap = std::fabs(pr.incumbent - pr.bestBound) / std::max(std::fabs(pr.incumbent), 1e-9);
            pr.nodes = model_->getNodeCount();
            (*m_state->progress)(pr);
        }
        return noAction;
    }

private:
    EventState *m_state;
};

} // namespace

MipOutcome solveMip(const MipModel &m, double timeLimitSeconds, double relativeGap, const std::atomic_bool *cancel,
                    const std::function<void(const SolveProgress &)> &progress)
{
    MipOptions o;
    o.timeLimitSeconds = timeLimitSeconds;
    o.relativeGap = relativeGap;
    return solveMip(m, o, cancel, progress);
}

MipOutcome solveMip(const MipModel &m, const MipOptions &options, const std::atomic_bool *cancel,
                    const std::function<void(const SolveProgress &)> &progress)
{
    const double timeLimitSeconds = options.timeLimitSeconds;
    const double relativeGap = options.relativeGap;
    QElapsedTimer wall;
    wall.start();
    OsiClpSolverInterface solver;
    loadInto(solver, m);
    const bool withStart = options.start.size() == size_t(m.columns) && m.columns > 0;
    if (withStart) // CBC matches a MIP start to the columns by name
        for (int j = 0; j < m.columns; ++j)
            solver.setColName(j, m.colNames[size_t(j)]);
    CbcModel model(solver);
    model.setLogLevel(0);
    if (withStart) {
        std::vector<std::pair<std::string, double>> start;
        start.reserve(options.start.size());
        for (int j = 0; j < m.columns; ++j)
            start.emplace_back(m.colNames[size_t(j)], options.start[size_t(j)]);
        model.setMIPStart(start);
    }
    model.messageHandler()->setLogLevel(0);

    EventState state;
    state.cancel = cancel;
    state.progress = &progress;
    state.clock.start();
    TesseraEventHandler handler(&state);
    model.passInEventHandler(&handler);

    CbcSolverUsefulData data;
    data.noPrinting_ = true;
    data.useSignalHandler_ = false;
    CbcMain0(model, data);
    std::vector<std::string> args = {"tessera", "-log", "0", "-slog", "0"};
    // Time limits are the planner's wall clock, not CPU time (CBC's default): on a busy machine a
    // CPU-time limit of 60 s can take minutes.
    if (timeLimitSeconds > 0)
        args.insert(args.end(), {"-timeMode", "elapsed", "-sec", std::to_string(timeLimitSeconds)});
    args.insert(args.end(), options.cbcArguments.begin(), options.cbcArguments.end());
    if (options.maxNodes >= 0)
        args.insert(args.end(), {"-maxNodes", std::to_string(options.maxNodes)});
    args.insert(args.end(), {"-ratio", std::to_string(std::max(0.0, relativeGap)), "-solve", "-quit"});
    std::vector<const char *> argv;
    for (const std::string &a : args)
        argv.push_back(a.c_str());
    CbcMain1(int(argv.size()), argv.data(), model, [](CbcModel *, int) { return 0; }, data);

    MipOutcome out;
    out.seconds = wall.elapsed() / 1000.0;
    if (const double *best = model.bestSolution()) {
        out.solution.assign(best, best + m.columns);
        out.objective = model.getObjValue();
    }
    const double bound = model.getBestPossibleObjValue();
    out.bestBound = bound > -1e49 ? bound : kNaN;
    out.cancelled = state.cancelled;
    out.provenOptimal = !state.cancelled && model.isProvenOptimal() && !out.solution.empty();
    out.provenInfeasible = !state.cancelled && model.isProvenInfeasible();
    out.timeLimitReached = model.isSecondsLimitReached();
    return out;
}

bool solveLpRelaxation(const MipModel &m, std::vector<double> *x)
{
    OsiClpSolverInterface lp;
    loadInto(lp, m);
    lp.initialSolve();
    if (!lp.isProvenOptimal())
        return false;
    if (x)
        x->assign(lp.getColSolution(), lp.getColSolution() + m.columns);
    return true;
}

} // namespace tessera
