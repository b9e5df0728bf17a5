// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <atomic>
#include <vector>

namespace tessera::rostering {

/**
 * The shift design problem of N. Musliu, A. Schaerf, W. Slany, "Local search for shift design",
 * EJOR 153(1):51–64, 2004, and L. Di Gaspero, J. Gärtner, G. Kortsarz, N. Musliu, A. Schaerf,
 * W. Slany, "The minimum shift design problem", Annals of OR 155(1):79–105, 2007: choose shifts
 * (a start and a length inside one shift type's window) and the number of employees working each
 * shift on each day of a cyclic planning period (normally one week), so that staffing follows the
 * demand curve with few distinct shifts.
 *
 * Units: time is counted in timeslots of `intervalMinutes` (15, 30 or 60); slot 0 is 00:00 of
 * day 0 (Monday). The week is cyclic: a shift running past midnight of the last day continues on
 * day 0.
 */
struct ShiftDesignType {
    int minStart = 0;  ///< earliest start, timeslots after midnight
    int maxStart = 0;  ///< latest start, timeslots after midnight
    int minLength = 0; ///< timeslots
    int maxLength = 0; ///< timeslots
};

struct ShiftDesignInstance {
    int intervalMinutes = 60;
    int days = 7;
    std::vector<int> demand; ///< required employees per timeslot, day-major; size days × slotsPerDay()
    std::vector<ShiftDesignType> types;
    int minDuties = 0;  ///< wanted average number of duties (shifts) per employee per week, lower end
    int maxDuties = 0;  ///< … upper end
    int avgMinutes = 0; ///< average working minutes per employee per week
    double weightUnderCover = 1.0;     ///< per person-minute of shortage
    double weightOverCover = 1.0;      ///< per person-minute of excess
    double weightShiftInstances = 0.0; ///< per distinct shift used
    double weightDutiesPerWeek = 0.0;  ///< per duty of average deviation from [minDuties, maxDuties]

    int slotsPerDay() const { return 24 * 60 / intervalMinutes; }
    int slotCount() const { return days * slotsPerDay(); }
};

/**
 * Reads the MiniZinc data form of the DBAI shift design instances: `name = value;` statements
 * (`%` starts a comment; values are integers or `[a, b, …]` arrays and may span lines). Keys:
 * interval, days, demand, shiftTypes, minStart, maxStart, minLength, maxLength, minDuties,
 * maxDuties, avgMinutes, weightUnderCover, weightOverCover, weightDutiesPerWeek,
 * weightShiftInstances; other names are ignored. A key may repeat (some files repeat their whole
 * parameter block) only with an identical value. Errors: InputError naming the file, the line of
 * the statement and the key.
 */
ShiftDesignInstance parseShiftDesign(const QByteArray &text, const QString &fileName);
ShiftDesignInstance readShiftDesign(const QString &path);

/// One shift of a design: type, start and length (timeslots) and employees on each day.
struct DesignedShift {
    int type = 0;
    int start = 0;
    int length = 0;
    std::vector<int> employees; ///< per day (size days); the shift starts on that day
};

struct ShiftDesignSolution {
    std::vector<DesignedShift> shifts;
};

/**
 * The objective of a design, recomputed from scratch (independent of the integer program):
 * objective = weightUnderCover·shortageMinutes + weightOverCover·excessMinutes
 *           + weightShiftInstances·shiftsUsed + weightDutiesPerWeek·dutiesDeviation.
 * Duties per week (Musliu et al. 2004, §2): employees = total working minutes / avgMinutes,
 * average duties = duties / employees; dutiesDeviation = its distance from [minDuties, maxDuties]
 * (0 inside; 0 when nobody works). violations lists what makes the design malformed (a shift
 * outside every type window, negative employees, wrong number of days, the same shift twice).
 */
struct ShiftDesignEvaluation {
    long long shortageMinutes = 0; ///< person-minutes below demand
    long long excessMinutes = 0;   ///< person-minutes above demand
    int shiftsUsed = 0;            ///< distinct (start, length) with at least one employee on some day
    long long duties = 0;          ///< shift instances (employee-days) in the week
    double averageDuties = 0.0;
    double dutiesDeviation = 0.0;
    double objective = 0.0;
    QStringList violations;
};
ShiftDesignEvaluation evaluateShiftDesign(const ShiftDesignInstance &inst, const ShiftDesignSolution &sol);

struct ShiftDesignResult {
    ShiftDesignSolution solution;
    bool hasSolution = false;
    double objective = 0.0; ///< evaluateShiftDesign() of the solution
    double modelObjective = 0.0; ///< the integer program's own value of it (agrees unless a bug)
    double bestBound = 0.0; ///< CBC's bound on the integer program (see solveShiftDesign)
    bool provenOptimal = false;
    double seconds = 0.0;
    int candidateShifts = 0;
};

/**
 * Solves the shift design problem as an integer program with CBC (core/scheduling/mip.h).
 * Candidates: every distinct (start, length) of every shift type's window. Variables: integer
 * employees x[c][d] ≤ max demand per candidate and day, binary u[c] "shift used" with
 * x[c][d] ≤ maxDemand·u[c], continuous shortage/excess per timeslot. Objective exactly as in
 * evaluateShiftDesign(). The duties-per-week term is not linear (a ratio); when its weight is
 * positive the model makes it a hard constraint, minDuties·W ≤ avgMinutes·D ≤ maxDuties·W
 * (D duties, W working minutes), so every solution found has deviation 0, and the reported bound
 * is a bound for that restricted model (a design with a small paid deviation is not searched).
 */
ShiftDesignResult solveShiftDesign(const ShiftDesignInstance &inst, double timeLimitSeconds,
                                   const std::atomic_bool *cancel = nullptr);

} // namespace tessera::rostering
