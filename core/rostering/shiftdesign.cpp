// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/shiftdesign.h"

#include "core/error.h"
#include "core/rostering/mipdeadline.h"
#include "core/scheduling/mip.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace tessera::rostering {

namespace {

struct Statement {
    int line = 0;
    bool isArray = false;
    std::vector<double> values;
};

class DznReader
{
public:
    DznReader(const QByteArray &text, QString file)
        : m_file(std::move(file))
    {
        int line = 1;
        int stmtLine = 0;
        QByteArray stmt;
        bool comment = false;
        for (const char ch : text) {
            if (ch == '\n') {
                ++line;
                comment = false;
                stmt += ' ';
                continue;
            }
            if (comment)
                continue;
            if (ch == '%') {
                comment = true;
                continue;
            }
            if (ch == ';') {
                take(stmt, stmtLine);
                stmt.clear();
                stmtLine = 0;
                continue;
            }
            if (stmtLine == 0 && !QChar::isSpace(uchar(ch)))
                stmtLine = line;
            stmt += ch;
        }
        if (!stmt.trimmed().isEmpty())
            take(stmt, stmtLine); // a last statement without ';'
    }

    [[noreturn]] void fail(int line, const QString &field, const QString &reason) const
    {
        throw InputError(m_file, line, field, reason);
    }

    const Statement &get(const char *key) const
    {
        const auto it = m_stmts.find(QString::fromLatin1(key));
        if (it == m_stmts.end())
            fail(0, QString::fromLatin1(key), Tr::tr("missing; the file must define it"));
        return it->second;
    }

    /// An integer scalar within [lo, hi].
    int integer(const char *key, int lo, int hi) const
    {
        const Statement &s = get(key);
        if (s.isArray)
            fail(s.line, QString::fromLatin1(key), Tr::tr("expected a number, found an array"));
        return checkedInt(s, key, s.values.front(), lo, hi);
    }

    double weight(const char *key) const
    {
        const Statement &s = get(key);
        if (s.isArray)
            fail(s.line, QString::fromLatin1(key), Tr::tr("expected a number, found an array"));
        if (s.values.front() < 0)
            fail(s.line, QString::fromLatin1(key), Tr::tr("%1 is negative; weights must be >= 0").arg(s.values.front()));
        return s.values.front();
    }

    std::vector<int> array(const char *key, int size, int lo, int hi) const
    {
        const Statement &s = get(key);
        if (!s.isArray)
            fail(s.line, QString::fromLatin1(key), Tr::tr("expected an array [ … ]"));
        if (int(s.values.size()) != size)
            fail(s.line, QString::fromLatin1(key),
                 Tr::tr("has %1 values; expected %2").arg(s.values.size()).arg(size));
        std::vector<int> out;
        out.reserve(s.values.size());
        for (double v : s.values)
            out.push_back(checkedInt(s, key, v, lo, hi));
        return out;
    }

    int line(const char *key) const { return get(key).line; }

private:
    int checkedInt(const Statement &s, const char *key, double v, int lo, int hi) const
    {
        if (v != std::floor(v) || v < lo || v > hi)
            fail(s.line, QString::fromLatin1(key),
                 Tr::tr("%1 is not an integer in [%2, %3]").arg(v).arg(lo).arg(hi));
        return int(v);
    }

    void take(const QByteArray &raw, int line)
    {
        const QByteArray stmt = raw.trimmed();
        if (stmt.isEmpty())
            return;
        const int eq = stmt.indexOf('=');
        if (eq <= 0)
            fail(line, QString(), Tr::tr("expected 'name = value;', found '%1'").arg(QString::fromUtf8(stmt.left(40))));
        const QString name = QString::fromUtf8(stmt.left(eq).trimmed());
        QByteArray value = stmt.mid(eq + 1).trimmed();
        Statement s;
        s.line = line;
        if (value.startsWith('[')) {
            if (!value.endsWith(']'))
                fail(line, name, Tr::tr("an array must end with ']'"));
            s.isArray = true;
            value = value.mid(1, value.size() - 2).trimmed();
            QList<QByteArray> parts = value.split(',');
            if (!parts.isEmpty() && parts.back().trimmed().isEmpty())
                parts.removeLast(); // empty array, or a trailing comma
            for (const QByteArray &part : parts)
                s.values.push_back(number(part, line, name));
        } else {
            s.values.push_back(number(value, line, name));
        }
        const auto it = m_stmts.find(name);
        if (it != m_stmts.end()) {
            if (it->second.values != s.values || it->second.isArray != s.isArray)
                fail(line, name, Tr::tr("defined again with a different value (first on line %1)").arg(it->second.line));
            return; // an identical repeat of the parameter block
        }
        m_stmts.emplace(name, std::move(s));
    }

    double number(const QByteArray &text, int line, const QString &name) const
    {
        bool ok = false;
        const double v = text.trimmed().toDouble(&ok);
        if (!ok || !std::isfinite(v))
            fail(line, name, Tr::tr("'%1' is not a number").arg(QString::fromUtf8(text.trimmed().left(40))));
        return v;
    }

    QString m_file;
    std::map<QString, Statement> m_stmts;
};

/// Slots covered by a shift starting at slot `start` of day `day` (cyclic).
int slotOf(const ShiftDesignInstance &inst, int day, int start, int k)
{
    return (day * inst.slotsPerDay() + start + k) % inst.slotCount();
}

} // namespace

ShiftDesignInstance parseShiftDesign(const QByteArray &text, const QString &fileName)
{
    const DznReader r(text, fileName);
    ShiftDesignInstance inst;
    inst.intervalMinutes = r.integer("interval", 1, 1440);
    if (1440 % inst.intervalMinutes != 0)
        r.fail(r.line("interval"), QStringLiteral("interval"),
               Tr::tr("%1 minutes do not divide a day").arg(inst.intervalMinutes));
    inst.days = r.integer("days", 1, 366);
    inst.demand = r.array("demand", inst.slotCount(), 0, 1000000);
    const int types = r.integer("shiftTypes", 1, 1000);
    const std::vector<int> minStart = r.array("minStart", types, 0, 10 * inst.slotsPerDay());
    const std::vector<int> maxStart = r.array("maxStart", types, 0, 10 * inst.slotsPerDay());
    const std::vector<int> minLength = r.array("minLength", types, 1, inst.slotCount());
    const std::vector<int> maxLength = r.array("maxLength", types, 1, inst.slotCount());
    for (int t = 0; t < types; ++t) {
        if (maxStart[t] < minStart[t])
            r.fail(r.line("maxStart"), QStringLiteral("maxStart"),
                   Tr::tr("shift type %1 ends its start window (%2) before it opens (%3)").arg(t + 1).arg(maxStart[t]).arg(minStart[t]));
        if (maxLength[t] < minLength[t])
            r.fail(r.line("maxLength"), QStringLiteral("maxLength"),
                   Tr::tr("shift type %1 has maxLength %2 < minLength %3").arg(t + 1).arg(maxLength[t]).arg(minLength[t]));
        inst.types.push_back({minStart[t], maxStart[t], minLength[t], maxLength[t]});
    }
    inst.minDuties = r.integer("minDuties", 0, 1000);
    inst.maxDuties = r.integer("maxDuties", inst.minDuties, 1000);
    inst.avgMinutes = r.integer("avgMinutes", 1, 1000000);
    inst.weightUnderCover = r.weight("weightUnderCover");
    inst.weightOverCover = r.weight("weightOverCover");
    inst.weightDutiesPerWeek = r.weight("weightDutiesPerWeek");
    inst.weightShiftInstances = r.weight("weightShiftInstances");
    return inst;
}

ShiftDesignInstance readShiftDesign(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot read the file: %1").arg(f.errorString()));
    return parseShiftDesign(f.readAll(), QFileInfo(path).fileName());
}

ShiftDesignEvaluation evaluateShiftDesign(const ShiftDesignInstance &inst, const ShiftDesignSolution &sol)
{
    ShiftDesignEvaluation e;
    const int spd = inst.slotsPerDay();
    const int week = inst.slotCount();
    // Staffing per slot, minute by minute over the week would be the same sums; count per slot.
    std::vector<long long> staffed(size_t(week), 0);
    long long workMinutes = 0;
    std::set<std::pair<int, int>> seen;
    for (size_t i = 0; i < sol.shifts.size(); ++i) {
        const DesignedShift &s = sol.shifts[i];
        const QString name = QStringLiteral("shift %1 (start %2, length %3)").arg(i + 1).arg(s.start).arg(s.length);
        const bool fits = std::any_of(inst.types.begin(), inst.types.end(), [&](const ShiftDesignType &t) {
            return s.start >= t.minStart && s.start <= t.maxStart && s.length >= t.minLength && s.length <= t.maxLength;
        });
        if (!fits)
            e.violations << name + QStringLiteral(": outside every shift type's window");
        if (int(s.employees.size()) != inst.days) {
            e.violations << name + QStringLiteral(": %1 days of employees, expected %2").arg(s.employees.size()).arg(inst.days);
            continue;
        }
        if (!seen.insert({s.start, s.length}).second)
            e.violations << name + QStringLiteral(": the same shift is listed twice");
        bool used = false;
        for (int d = 0; d < inst.days; ++d) {
            const int n = s.employees[size_t(d)];
            if (n < 0) {
                e.violations << name + QStringLiteral(": %1 employees on day %2").arg(n).arg(d + 1);
                continue;
            }
            if (n == 0)
                continue;
            used = true;
            e.duties += n;
            workMinutes += (long long)n * s.length * inst.intervalMinutes;
            // Walk the shift's minutes from its start; a slot is covered for all its minutes.
            const int first = d * spd + s.start;
            for (int slot = first; slot < first + s.length; ++slot)
                staffed[size_t(((slot % week) + week) % week)] += n;
        }
        if (used)
            ++e.shiftsUsed;
    }
    for (int t = 0; t < week; ++t) {
        const long long diff = staffed[size_t(t)] - inst.demand[size_t(t)];
        if (diff < 0)
            e.shortageMinutes += -diff * inst.intervalMinutes;
        else
            e.excessMinutes += diff * inst.intervalMinutes;
    }
    if (workMinutes > 0) {
        const double employees = double(workMinutes) / inst.avgMinutes;
        e.averageDuties = double(e.duties) / employees;
        if (e.averageDuties > inst.maxDuties)
            e.dutiesDeviation = e.averageDuties - inst.maxDuties;
        else if (e.averageDuties < inst.minDuties)
            e.dutiesDeviation = inst.minDuties - e.averageDuties;
    }
    e.objective = inst.weightUnderCover * double(e.shortageMinutes) + inst.weightOverCover * double(e.excessMinutes)
                  + inst.weightShiftInstances * e.shiftsUsed + inst.weightDutiesPerWeek * e.dutiesDeviation;
    return e;
}

ShiftDesignResult solveShiftDesign(const ShiftDesignInstance &inst, double timeLimitSeconds, const std::atomic_bool *cancel)
{
    struct Candidate {
        int type, start, length;
    };
    std::vector<Candidate> cands;
    std::set<std::pair<int, int>> seen;
    for (int t = 0; t < int(inst.types.size()); ++t) {
        const ShiftDesignType &ty = inst.types[size_t(t)];
        for (int s = ty.minStart; s <= ty.maxStart; ++s)
            for (int l = ty.minLength; l <= ty.maxLength; ++l)
                if (seen.insert({s, l}).second)
                    cands.push_back({t, s, l});
    }
    const int week = inst.slotCount();
    const int maxDemand = std::max(1, *std::max_element(inst.demand.begin(), inst.demand.end()));
    const double iv = inst.intervalMinutes;

    MipModel m;
    // Rows 0..week-1: staffed(t) + short(t) − excess(t) = demand(t).
    for (int t = 0; t < week; ++t)
        m.addRow(inst.demand[size_t(t)], inst.demand[size_t(t)], "cover" + std::to_string(t));
    const bool duties = inst.weightDutiesPerWeek > 0;
    int dutiesLow = -1, dutiesHigh = -1;
    if (duties) {
        // avgMinutes·D − maxDuties·W ≤ 0 and avgMinutes·D − minDuties·W ≥ 0.
        dutiesHigh = m.addRow(-kMipInfinity, 0.0, "dutiesMax");
        dutiesLow = m.addRow(0.0, kMipInfinity, "dutiesMin");
    }
    std::vector<int> xCol(cands.size() * size_t(inst.days), -1);
    for (size_t c = 0; c < cands.size(); ++c) {
        const Candidate &cd = cands[c];
        std::vector<int> linkRows;
        for (int d = 0; d < inst.days; ++d)
            linkRows.push_back(m.addRow(-kMipInfinity, 0.0, "link" + std::to_string(c) + "_" + std::to_string(d)));
        for (int d = 0; d < inst.days; ++d) {
            std::vector<std::pair<int, double>> entries;
            for (int k = 0; k < cd.length; ++k)
                entries.emplace_back(slotOf(inst, d, cd.start, k), 1.0);
            std::sort(entries.begin(), entries.end());
            // A shift longer than the week would cover a slot twice; merge such entries.
            std::vector<std::pair<int, double>> merged;
            for (const auto &en : entries) {
                if (!merged.empty() && merged.back().first == en.first)
                    merged.back().second += en.second;
                else
                    merged.push_back(en);
            }
            merged.emplace_back(linkRows[size_t(d)], 1.0);
            if (duties) {
                const double minutes = double(cd.length) * iv;
                merged.emplace_back(dutiesHigh, inst.avgMinutes - inst.maxDuties * minutes);
                merged.emplace_back(dutiesLow, inst.avgMinutes - inst.minDuties * minutes);
            }
            xCol[c * size_t(inst.days) + size_t(d)] =
                m.addColumn(0.0, maxDemand, 0.0, true, "x" + std::to_string(c) + "_" + std::to_string(d), merged);
        }
        std::vector<std::pair<int, double>> uEntries;
        for (int row : linkRows)
            uEntries.emplace_back(row, -double(maxDemand));
        m.addColumn(0.0, 1.0, inst.weightShiftInstances, true, "used" + std::to_string(c), uEntries);
    }
    for (int t = 0; t < week; ++t) {
        m.addColumn(0.0, kMipInfinity, inst.weightUnderCover * iv, false, "short" + std::to_string(t), {{t, 1.0}});
        m.addColumn(0.0, kMipInfinity, inst.weightOverCover * iv, false, "excess" + std::to_string(t), {{t, -1.0}});
    }

    const MipOutcome o = solveMipWithin(m, timeLimitSeconds, cancel);
    ShiftDesignResult r;
    r.seconds = o.seconds;
    r.candidateShifts = int(cands.size());
    r.bestBound = o.bestBound;
    if (o.solution.empty())
        return r;
    for (size_t c = 0; c < cands.size(); ++c) {
        DesignedShift s{cands[c].type, cands[c].start, cands[c].length, std::vector<int>(size_t(inst.days), 0)};
        bool any = false;
        for (int d = 0; d < inst.days; ++d) {
            const int n = int(std::lround(o.solution[size_t(xCol[c * size_t(inst.days) + size_t(d)])]));
            s.employees[size_t(d)] = n;
            any = any || n > 0;
        }
        if (any)
            r.solution.shifts.push_back(std::move(s));
    }
    r.hasSolution = true;
    r.modelObjective = o.objective;
    r.objective = evaluateShiftDesign(inst, r.solution).objective;
    r.provenOptimal = o.provenOptimal || (std::isfinite(r.bestBound) && r.bestBound >= r.objective - 1e-6);
    return r;
}

} // namespace tessera::rostering
