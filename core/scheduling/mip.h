// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <atomic>
#include <functional>
#include <limits>
#include <string>
#include <vector>

namespace tessera {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
/// COIN's convention for an unbounded side of a row or column.
constexpr double kMipInfinity = 1e30;

/// A snapshot of a running MIP solve, for progress displays.
struct SolveProgress {
    double elapsedSeconds = 0.0;
    double incumbent = kNaN; ///< best objective found so far (NaN: none yet)
    double bestBound = kNaN;
    double gap = kNaN;
    int nodes = 0;
};

/**
 * A mixed-integer program, minimised, stored column by column (CSC): column j's entries are
 * rowIndex/value[colStarts[j] .. colStarts[j+1]). Built sparse by its callers (shift covering,
 * rostering); never a dense matrix.
 */
struct MipModel {
    int columns = 0;
    int rows = 0;
    std::vector<int> colStarts{0}; ///< size columns + 1
    std::vector<int> rowIndex;
    std::vector<double> value;
    std::vector<double> colLower, colUpper, objective, rowLower, rowUpper;
    std::vector<char> isInteger;
    std::vector<std::string> colNames, rowNames;

    /// Appends a row lo ≤ a·x ≤ up; returns its index.
    int addRow(double lo, double up, std::string name);
    /// Appends a column with the given (row, coefficient) entries; returns its index.
    int addColumn(double lo, double up, double cost, bool integer, std::string name,
                  const std::vector<std::pair<int, double>> &entries);
};

/// What CBC returned. solution is empty when no feasible solution was found.
struct MipOutcome {
    std::vector<double> solution;
    double objective = kNaN;
    double bestBound = kNaN;
    bool provenOptimal = false;   ///< optimal, or within the requested gap
    bool provenInfeasible = false;
    bool timeLimitReached = false;
    bool cancelled = false;
    double seconds = 0.0;
};

/// Optional limits and a MIP start for solveMip (all off by default).
struct MipOptions {
    double timeLimitSeconds = 0.0; ///< wall-clock seconds (CBC timeMode elapsed); ≤ 0: none
    double relativeGap = 0.0;
    int maxNodes = -1;             ///< branch-and-bound node limit (CBC's -maxNodes); < 0: none
    /// A feasible start (one value per column) handed to CBC as its MIP start (CbcModel::setMIPStart,
    /// matched by column name: CBC fixes the integers to these values and completes the rest by LP),
    /// so the search starts with that incumbent and prunes everything worse. Empty: none.
    std::vector<double> start;
    /// Further CBC command-line parameters, passed before "-solve" (e.g. {"-passCuts", "5"}; see
    /// CBC's "cbc -?" list). Empty: CBC's defaults.
    std::vector<std::string> cbcArguments;
};

/**
 * Solves m with COIN-OR CBC in-process through CBC's own driver (CbcMain0/CbcMain1, as in Cbc's
 * examples/driver4.cpp: the cbc command line's preprocessing, cuts and heuristics) on the
 * calling thread. `cancel` is polled by an event handler; once set, CBC stops at its next event
 * and keeps its incumbent. `progress` is called at most every 100 ms. timeLimitSeconds ≤ 0: none.
 */
MipOutcome solveMip(const MipModel &m, double timeLimitSeconds, double relativeGap,
                    const std::atomic_bool *cancel = nullptr,
                    const std::function<void(const SolveProgress &)> &progress = {});

/// The same with MipOptions (node limit, MIP start). With a node limit and no time limit the run is
/// deterministic (CBC single-threaded, fixed seed).
MipOutcome solveMip(const MipModel &m, const MipOptions &options, const std::atomic_bool *cancel = nullptr,
                    const std::function<void(const SolveProgress &)> &progress = {});

/// The LP relaxation of m; true when it is feasible, with the column solution in x.
bool solveLpRelaxation(const MipModel &m, std::vector<double> *x = nullptr);

} // namespace tessera
