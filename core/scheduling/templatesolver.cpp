// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/templatesolver.h"

#include "core/error.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace tessera {

namespace {

/// Every combination of break starts of g's windows, respecting windows and gaps.
void enumerateCombinations(const std::vector<BreakWindow> &w, size_t k, std::vector<int> &current,
                           std::vector<std::vector<int>> &out)
{
    if (k == w.size()) {
        out.push_back(current);
        return;
    }
    int from = w[k].earliest;
    if (k > 0)
        from = std::max(from, current[k - 1] + w[k - 1].duration + w[k].minGap);
    for (int t = from; t <= w[k].latest; ++t) {
        current.push_back(t);
        enumerateCombinations(w, k + 1, current, out);
        current.pop_back();
    }
}

bool groupMayWork(const TemplateProblem &p, const ShiftTemplate &t, int g)
{
    return t.groups.isEmpty() || t.groups.contains(p.groups[g].name);
}

/// Bechtold & Jacobs' conditions: within each (template, rule) class, windows sorted by start
/// also have non-decreasing ends, and a shift's consecutive windows cannot interact.
bool aggregationApplies(const std::vector<GeneratedShift> &variants)
{
    std::map<std::pair<int, int>, std::vector<std::pair<int, int>>> classes;
    for (const GeneratedShift &v : variants)
        for (size_t k = 0; k < v.windows.size(); ++k) {
            const BreakWindow &w = v.windows[k];
            if (k > 0 && v.windows[k - 1].latest + v.windows[k - 1].duration + w.minGap > w.earliest)
                return false;
            classes[{v.templateIndex, w.rule}].push_back({w.earliest, w.latest});
        }
    for (auto &[key, windows] : classes) {
        std::sort(windows.begin(), windows.end());
        for (size_t i = 1; i < windows.size(); ++i)
            if (windows[i].second < windows[i - 1].second)
                return false;
    }
    return true;
}

} // namespace

void TemplateProblem::validate(const QString &file) const
{
    validateTemplates(templates, grid.intervalMinutes(), file);
    const int T = grid.count();
    if (skills.empty())
        throw InputError(file, 0, QStringLiteral("skills"), Tr::tr("at least one skill with a demand is required"));
    if (groups.empty())
        throw InputError(file, 0, QStringLiteral("groups"), Tr::tr("at least one agent group is required"));
    QSet<QString> skillNames, groupNames;
    for (size_t k = 0; k < skills.size(); ++k) {
        const QString f = QStringLiteral("skills[%1]").arg(k);
        if (skills[k].name.isEmpty() || skillNames.contains(skills[k].name))
            throw InputError(file, 0, f + QStringLiteral(".name"), Tr::tr("skill names must be unique and non-empty"));
        skillNames.insert(skills[k].name);
        if (int(skills[k].demand.size()) != T)
            throw InputError(file, 0, f + QStringLiteral(".demand"),
                             Tr::tr("has %1 intervals; the horizon has %2").arg(skills[k].demand.size()).arg(T));
        for (size_t i = 0; i < skills[k].demand.size(); ++i)
            if (!(skills[k].demand[i] >= 0))
                throw InputError(file, 0, f + QStringLiteral(".demand[%1]").arg(i), Tr::tr("%1 is negative").arg(skills[k].demand[i]));
    }
    for (size_t g = 0; g < groups.size(); ++g) {
        const QString f = QStringLiteral("groups[%1]").arg(g);
        if (groups[g].name.isEmpty() || groupNames.contains(groups[g].name))
            throw InputError(file, 0, f + QStringLiteral(".name"), Tr::tr("group names must be unique and non-empty"));
        groupNames.insert(groups[g].name);
        if (groups[g].skills.isEmpty())
            throw InputError(file, 0, f + QStringLiteral(".skills"), Tr::tr("group '%1' has no skill").arg(groups[g].name));
        for (const QString &s : groups[g].skills)
            if (!skillNames.contains(s))
                throw InputError(file, 0, f + QStringLiteral(".skills"), Tr::tr("unknown skill '%1'").arg(s));
        if (groups[g].maxHeadcount < 0)
            throw InputError(file, 0, f + QStringLiteral(".maxHeadcount"), Tr::tr("%1 is negative").arg(groups[g].maxHeadcount));
    }
    for (size_t i = 0; i < templates.size(); ++i)
        for (const QString &g : templates[i].groups)
            if (!groupNames.contains(g))
                throw InputError(file, 0, QStringLiteral("templates[%1].groups").arg(i), Tr::tr("unknown group '%1'").arg(g));
    if (!(coverage.underPenalty >= 0))
        throw InputError(file, 0, QStringLiteral("coverage.underPenalty"), Tr::tr("must be >= 0"));
}

TemplateModel buildTemplateModel(const TemplateProblem &p, BreakModel kind)
{
    p.validate();
    TemplateModel m;
    m.kind = kind;
    m.variants = generateShifts(p.templates, p.grid, p.cyclic);
    const int T = p.grid.count();
    const int G = int(p.groups.size()), K = int(p.skills.size());
    const bool soft = p.coverage.mode == CoverageMode::Soft;
    m.direct = G == 1 && K == 1;
    std::vector<std::vector<int>> skillIndex(G); // skills of each group, as indices
    for (int g = 0; g < G; ++g)
        for (int k = 0; k < K; ++k)
            if (p.groups[g].skills.contains(p.skills[k].name))
                skillIndex[g].push_back(k);

    // --- coverage rows: per skill and interval with demand; per group capacity rows (multi-skill)
    std::vector<std::vector<int>> coverRow(K, std::vector<int>(T, -1));
    for (int k = 0; k < K; ++k)
        for (int i = 0; i < T; ++i)
            if (p.skills[k].demand[i] > 0)
                coverRow[k][i] = m.addRow(p.skills[k].demand[i], kMipInfinity,
                                          "cover_" + std::to_string(k) + "_" + std::to_string(i));
    // dutyRow[g][i]: the row on-duty agents of g enter (coefficient dutySign), or −1.
    std::vector<std::vector<int>> dutyRow(G, std::vector<int>(T, -1));
    const double dutySign = m.direct ? 1.0 : -1.0;
    if (m.direct) {
        dutyRow[0] = coverRow[0];
    } else {
        for (int g = 0; g < G; ++g)
            for (int i = 0; i < T; ++i)
                if (std::any_of(skillIndex[g].begin(), skillIndex[g].end(), [&](int k) { return coverRow[k][i] >= 0; }))
                    dutyRow[g][i] = m.addRow(-kMipInfinity, 0.0, "capacity_" + std::to_string(g) + "_" + std::to_string(i));
    }
    // Daily limits: per template, per group.
    const int days = T > 0 ? m.variants.empty() ? 0 : 1 + std::max_element(m.variants.begin(), m.variants.end(), [](const GeneratedShift &a, const GeneratedShift &b) { return a.day < b.day; })->day : 0;
    std::map<std::pair<int, int>, int> templateDayRow, groupDayRow;
    for (const GeneratedShift &v : m.variants) {
        const ShiftTemplate &tp = p.templates[v.templateIndex];
        if (tp.maxPerDay >= 0 && !templateDayRow.count({v.templateIndex, v.day}))
            templateDayRow[{v.templateIndex, v.day}] = m.addRow(-kMipInfinity, tp.maxPerDay,
                "tmax_" + std::to_string(v.templateIndex) + "_" + std::to_string(v.day));
    }
    for (int g = 0; g < G; ++g)
        if (p.groups[g].maxHeadcount > 0)
            for (int d = 0; d < days; ++d)
                groupDayRow[{g, d}] = m.addRow(-kMipInfinity, p.groups[g].maxHeadcount,
                                               "headcount_" + std::to_string(g) + "_" + std::to_string(d));

    // Aggregated (Bechtold & Jacobs): per group and class, the two chain rows at every t of the
    // class's span [first opening, last closing].
    if (kind == BreakModel::Aggregated && !aggregationApplies(m.variants))
        m.kind = kind = BreakModel::Implicit;
    struct Chain {
        int from = 0, to = -1, duration = 0;
        std::vector<int> sRow, rRow; // indexed t − from
        std::vector<bool> used;      // t lies in some window of the class
    };
    std::map<std::tuple<int, int, int>, Chain> chains; // (group, template, rule)
    if (kind == BreakModel::Aggregated) {
        for (int g = 0; g < G; ++g)
            for (const GeneratedShift &v : m.variants) {
                if (!groupMayWork(p, p.templates[v.templateIndex], g))
                    continue;
                for (const BreakWindow &w : v.windows) {
                    Chain &c = chains[{g, v.templateIndex, w.rule}];
                    if (c.to < c.from) {
                        c.from = w.earliest;
                        c.to = w.latest;
                    }
                    c.from = std::min(c.from, w.earliest);
                    c.to = std::max(c.to, w.latest);
                    c.duration = w.duration;
                }
            }
        for (auto &[key, c] : chains) {
            const std::string tag = std::to_string(std::get<0>(key)) + "_" + std::to_string(std::get<1>(key)) + "_"
                + std::to_string(std::get<2>(key)) + "_";
            c.used.assign(c.to - c.from + 1, false);
            for (int t = c.from; t <= c.to; ++t) {
                c.sRow.push_back(m.addRow(0, 0, "opened_" + tag + std::to_string(t)));
                c.rRow.push_back(m.addRow(0, 0, "closed_" + tag + std::to_string(t)));
            }
        }
        for (int g = 0; g < G; ++g)
            for (const GeneratedShift &v : m.variants)
                if (groupMayWork(p, p.templates[v.templateIndex], g))
                    for (const BreakWindow &w : v.windows) {
                        Chain &c = chains[{g, v.templateIndex, w.rule}];
                        for (int t = w.earliest; t <= w.latest; ++t)
                            c.used[t - c.from] = true;
                    }
    }

    auto entry = [&](int row, double v) {
        if (row >= 0) {
            m.rowIndex.push_back(row);
            m.value.push_back(v);
        }
    };
    auto sideEntries = [&](const GeneratedShift &v, int g) {
        if (const auto it = templateDayRow.find({v.templateIndex, v.day}); it != templateDayRow.end())
            entry(it->second, 1.0);
        if (const auto it = groupDayRow.find({g, v.day}); it != groupDayRow.end())
            entry(it->second, 1.0);
    };
    auto dutyEntries = [&](int g, int from, int to, double sign) {
        for (int t = from; t < to; ++t)
            entry(dutyRow[g][t % T], sign * dutySign);
    };

    for (int g = 0; g < G; ++g) {
        for (size_t vi = 0; vi < m.variants.size(); ++vi) {
            const GeneratedShift &v = m.variants[vi];
            if (!groupMayWork(p, p.templates[v.templateIndex], g))
                continue;
            const std::string name = (G > 1 ? p.groups[g].name + QLatin1Char(':') : QString()).toStdString()
                + v.shift.id.toStdString();
            if (kind == BreakModel::Explicit) {
                std::vector<std::vector<int>> combos;
                std::vector<int> current;
                enumerateCombinations(v.windows, 0, current, combos);
                for (size_t c = 0; c < combos.size(); ++c) {
                    std::vector<bool> onBreak(v.shift.end - v.shift.start, false);
                    for (size_t k = 0; k < combos[c].size(); ++k)
                        for (int t = combos[c][k]; t < combos[c][k] + v.windows[k].duration; ++t)
                            onBreak[t - v.shift.start] = true;
                    for (int t = v.shift.start; t < v.shift.end; ++t)
                        if (!onBreak[t - v.shift.start])
                            entry(dutyRow[g][t % T], dutySign);
                    sideEntries(v, g);
                    const int col = m.addColumn(0, kMipInfinity, v.shift.cost, true, name + "#" + std::to_string(c), {});
                    m.shiftColumns.push_back({g, int(vi), col, combos[c]});
                }
                continue;
            }
            if (kind == BreakModel::Aggregated) {
                // x enters its class chains where its window opens (s) and closes (r).
                dutyEntries(g, v.shift.start, v.shift.end, 1.0);
                sideEntries(v, g);
                for (const BreakWindow &w : v.windows) {
                    const Chain &c = chains.at({g, v.templateIndex, w.rule});
                    entry(c.sRow[w.earliest - c.from], -1.0);
                    entry(c.rRow[w.latest - c.from], 1.0);
                }
                const int x = m.addColumn(0, kMipInfinity, v.shift.cost, true, name, {});
                m.shiftColumns.push_back({g, int(vi), x, {}});
                continue;
            }
            // Implicit: x, then its break columns. Link rows Σ_t b − x = 0 and precedence rows.
            std::vector<int> linkRow(v.windows.size());
            for (size_t k = 0; k < v.windows.size(); ++k)
                linkRow[k] = m.addRow(0, 0, "link_" + std::to_string(m.columns) + "_" + std::to_string(k));
            // precRow[k][t − earliest_k]: the precedence row of break k at start t, or −1.
            std::vector<std::vector<int>> precRow(v.windows.size());
            for (size_t k = 1; k < v.windows.size(); ++k) {
                const BreakWindow &w = v.windows[k], &prev = v.windows[k - 1];
                for (int t = w.earliest; t <= w.latest; ++t)
                    precRow[k].push_back(prev.latest + prev.duration + w.minGap > t
                                             ? m.addRow(-kMipInfinity, 0, "prec_" + std::to_string(m.columns) + "_" + std::to_string(k) + "_" + std::to_string(t))
                                             : -1);
            }
            dutyEntries(g, v.shift.start, v.shift.end, 1.0);
            sideEntries(v, g);
            for (size_t k = 0; k < v.windows.size(); ++k)
                entry(linkRow[k], -1.0);
            const int shiftCol = int(m.shiftColumns.size());
            const int x = m.addColumn(0, kMipInfinity, v.shift.cost, true, name, {});
            m.shiftColumns.push_back({g, int(vi), x, {}});
            for (size_t k = 0; k < v.windows.size(); ++k) {
                const BreakWindow &w = v.windows[k];
                for (int t = w.earliest; t <= w.latest; ++t) {
                    dutyEntries(g, t, t + w.duration, -1.0);
                    entry(linkRow[k], 1.0);
                    // As break k: counted in the rows of its own later starts t' ≥ t.
                    for (int u = t; u <= w.latest && k > 0; ++u)
                        entry(precRow[k][u - w.earliest], 1.0);
                    // As break k−1 of the next rule: subtracted where t + dur + gap ≤ t'.
                    if (k + 1 < v.windows.size()) {
                        const BreakWindow &next = v.windows[k + 1];
                        for (int u = std::max(next.earliest, t + w.duration + next.minGap); u <= next.latest; ++u)
                            entry(precRow[k + 1][u - next.earliest], -1.0);
                    }
                    const int col = m.addColumn(0, kMipInfinity, 0.0, true,
                                                name + "_b" + std::to_string(k) + "_" + std::to_string(t), {});
                    m.breakColumns.push_back({shiftCol, int(k), t, col});
                }
            }
        }
    }
    // Aggregated: y[t] (integer) and the stocks s_t, r_t (continuous):
    //   s_t − s_{t−1} − Σ_{opens at t} x + y_t = 0,   r_t − r_{t−1} + Σ_{closes at t} x − y_t = 0.
    for (const auto &[key, c] : chains) {
        const auto [g, templateIndex, rule] = key;
        const std::string tag = std::to_string(g) + "_" + std::to_string(templateIndex) + "_" + std::to_string(rule) + "_";
        for (int t = c.from; t <= c.to; ++t) {
            const int i = t - c.from;
            if (c.used[i]) {
                dutyEntries(g, t, t + c.duration, -1.0);
                entry(c.sRow[i], 1.0);
                entry(c.rRow[i], -1.0);
                const int col = m.addColumn(0, kMipInfinity, 0.0, true, "y_" + tag + std::to_string(t), {});
                m.aggregatedColumns.push_back({g, templateIndex, rule, t, c.duration, col});
            }
            entry(c.sRow[i], 1.0);
            if (t < c.to)
                entry(c.sRow[i + 1], -1.0);
            m.addColumn(0, kMipInfinity, 0.0, false, "s_" + tag + std::to_string(t), {});
            entry(c.rRow[i], 1.0);
            if (t < c.to)
                entry(c.rRow[i + 1], -1.0);
            m.addColumn(0, kMipInfinity, 0.0, false, "r_" + tag + std::to_string(t), {});
        }
    }
    if (!m.direct)
        for (int g = 0; g < G; ++g)
            for (int k : skillIndex[g])
                for (int i = 0; i < T; ++i)
                    if (coverRow[k][i] >= 0 && dutyRow[g][i] >= 0) {
                        entry(dutyRow[g][i], 1.0);
                        entry(coverRow[k][i], 1.0);
                        const int col = m.addColumn(0, kMipInfinity, 0.0, false,
                                                    "a_" + std::to_string(g) + "_" + std::to_string(k) + "_" + std::to_string(i), {});
                        m.allocColumns.push_back({g, k, i, col});
                    }
    m.underColumn.assign(K, std::vector<int>(T, -1));
    if (soft)
        for (int k = 0; k < K; ++k)
            for (int i = 0; i < T; ++i)
                if (coverRow[k][i] >= 0) {
                    entry(coverRow[k][i], 1.0);
                    m.underColumn[k][i] = m.addColumn(0, kMipInfinity, p.coverage.underPenalty, false,
                                                      "under_" + std::to_string(k) + "_" + std::to_string(i), {});
                }
    return m;
}

std::vector<DecodedShift> decodeSchedule(const TemplateModel &m, const std::vector<double> &solution)
{
    auto count = [&](int col) { return int(std::lround(solution.at(col))); };
    // Implicit: the break starts of each shift column, each repeated by its count, ascending.
    std::vector<std::vector<std::vector<int>>> starts(m.shiftColumns.size());
    for (const TemplateModel::BreakColumn &b : m.breakColumns) {
        auto &s = starts[b.shiftColumn];
        const auto &windows = m.variants[m.shiftColumns[b.shiftColumn].variant].windows;
        s.resize(windows.size());
        s[b.window].insert(s[b.window].end(), std::max(0, count(b.col)), b.start);
    }
    // Aggregated: per class, the i-th agent in window order takes the i-th earliest break start;
    // assigned[c][window] lists the starts of shift column c's agents in agent order.
    std::vector<std::vector<std::vector<int>>> assigned(m.shiftColumns.size());
    if (m.kind == BreakModel::Aggregated) {
        struct Agent {
            int earliest, latest, column, instance, window;
            bool operator<(const Agent &o) const
            {
                return std::tie(earliest, latest, column, instance) < std::tie(o.earliest, o.latest, o.column, o.instance);
            }
        };
        std::map<std::tuple<int, int, int>, std::pair<std::vector<Agent>, std::vector<int>>> classes;
        for (size_t c = 0; c < m.shiftColumns.size(); ++c) {
            const TemplateModel::ShiftColumn &sc = m.shiftColumns[c];
            const GeneratedShift &v = m.variants[sc.variant];
            assigned[c].assign(v.windows.size(), {});
            for (size_t k = 0; k < v.windows.size(); ++k)
                for (int j = 0; j < count(sc.col); ++j)
                    classes[{sc.group, v.templateIndex, v.windows[k].rule}].first.push_back(
                        {v.windows[k].earliest, v.windows[k].latest, int(c), j, int(k)});
        }
        for (const TemplateModel::AggregatedColumn &a : m.aggregatedColumns) {
            auto &starts = classes[{a.group, a.templateIndex, a.rule}].second;
            starts.insert(starts.end(), std::max(0, count(a.col)), a.start);
        }
        for (auto &[key, cls] : classes) {
            auto &[agents, starts] = cls;
            std::sort(agents.begin(), agents.end());
            std::sort(starts.begin(), starts.end());
            for (size_t i = 0; i < agents.size(); ++i) {
                auto &slot = assigned[agents[i].column][agents[i].window];
                if (int(slot.size()) <= agents[i].instance)
                    slot.resize(agents[i].instance + 1, agents[i].earliest);
                slot[agents[i].instance] = i < starts.size() ? starts[i] : agents[i].earliest;
            }
        }
    }
    std::vector<DecodedShift> out;
    for (size_t c = 0; c < m.shiftColumns.size(); ++c) {
        const TemplateModel::ShiftColumn &sc = m.shiftColumns[c];
        const GeneratedShift &v = m.variants[sc.variant];
        const int n = count(sc.col);
        for (auto &s : starts[c])
            std::sort(s.begin(), s.end());
        if (m.kind == BreakModel::Aggregated)
            starts[c] = assigned[c];
        for (int j = 0; j < n; ++j) {
            DecodedShift s{v.shift.id, v.templateIndex, sc.group, v.shift.start, v.shift.end, {}, {}};
            for (size_t k = 0; k < v.windows.size(); ++k) {
                int t = v.windows[k].earliest;
                if (m.kind == BreakModel::Explicit)
                    t = sc.breakStarts[k];
                else if (k < starts[c].size() && j < int(starts[c][k].size()))
                    t = starts[c][k][j];
                s.breaks.push_back({t, t + v.windows[k].duration});
                s.breakPaid.push_back(v.windows[k].paid);
            }
            out.push_back(std::move(s));
        }
    }
    return out;
}

std::vector<std::vector<double>> onDutyFromShifts(const TemplateProblem &p, const std::vector<DecodedShift> &shifts)
{
    const int T = p.grid.count();
    std::vector<std::vector<double>> n(p.groups.size(), std::vector<double>(T, 0.0));
    for (const DecodedShift &s : shifts) {
        for (int t = s.start; t < s.end; ++t)
            n[s.group][t % T] += 1.0;
        for (const Break &b : s.breaks)
            for (int t = b.start; t < b.end; ++t)
                n[s.group][t % T] -= 1.0;
    }
    return n;
}

std::vector<std::vector<double>> onDutyFromModel(const TemplateProblem &p, const TemplateModel &m, const std::vector<double> &solution)
{
    const int T = p.grid.count();
    std::vector<std::vector<double>> n(p.groups.size(), std::vector<double>(T, 0.0));
    auto count = [&](int col) { return double(std::lround(solution.at(col))); };
    for (const TemplateModel::ShiftColumn &sc : m.shiftColumns) {
        const GeneratedShift &v = m.variants[sc.variant];
        const double x = count(sc.col);
        for (int t = v.shift.start; t < v.shift.end; ++t)
            n[sc.group][t % T] += x;
        for (size_t k = 0; k < sc.breakStarts.size(); ++k) // explicit columns carry their breaks
            for (int t = sc.breakStarts[k]; t < sc.breakStarts[k] + v.windows[k].duration; ++t)
                n[sc.group][t % T] -= x;
    }
    for (const TemplateModel::BreakColumn &b : m.breakColumns) {
        const TemplateModel::ShiftColumn &sc = m.shiftColumns[b.shiftColumn];
        const int d = m.variants[sc.variant].windows[b.window].duration;
        for (int t = b.start; t < b.start + d; ++t)
            n[sc.group][t % T] -= count(b.col);
    }
    for (const TemplateModel::AggregatedColumn &a : m.aggregatedColumns)
        for (int t = a.start; t < a.start + a.duration; ++t)
            n[a.group][t % T] -= count(a.col);
    return n;
}

TemplateSolveResult solveTemplates(const TemplateProblem &p, const SolveOptions &options, BreakModel kind,
                                   const std::atomic_bool *cancel, const std::function<void(const SolveProgress &)> &progress)
{
    QElapsedTimer wall;
    wall.start();
    const TemplateModel m = buildTemplateModel(p, kind);
    TemplateSolveResult r;
    r.columns = m.columns;
    r.rows = m.rows;
    r.nonzeros = int(m.value.size());
    r.variants = int(m.variants.size());
    r.breakModel = m.kind == BreakModel::Aggregated ? QStringLiteral("aggregated")
        : m.kind == BreakModel::Explicit            ? QStringLiteral("explicit")
                                                    : QStringLiteral("implicit");
    const MipOutcome o = solveMip(m, options.timeLimitSeconds, options.relativeGap, cancel, progress);
    r.seconds = wall.elapsed() / 1000.0;
    r.bestBound = o.bestBound;
    if (o.cancelled)
        r.status = SolveStatus::Cancelled;
    else if (o.provenInfeasible)
        r.status = SolveStatus::Infeasible;
    else if (o.solution.empty())
        r.status = o.timeLimitReached ? SolveStatus::TimeLimit : SolveStatus::Error;
    else if (o.provenOptimal)
        r.status = options.relativeGap <= 0.0 ? SolveStatus::Optimal : SolveStatus::Feasible;
    else
        r.status = o.timeLimitReached ? SolveStatus::TimeLimit : SolveStatus::Feasible;
    if (r.status == SolveStatus::Infeasible && p.coverage.mode == CoverageMode::Hard) {
        const int T = p.grid.count();
        for (size_t k = 0; k < p.skills.size(); ++k) {
            std::vector<bool> spanned(T, false);
            for (const TemplateModel::ShiftColumn &sc : m.shiftColumns) {
                if (!p.groups[sc.group].skills.contains(p.skills[k].name))
                    continue;
                const Shift &sh = m.variants[sc.variant].shift;
                for (int t = sh.start; t < sh.end; ++t)
                    spanned[t % T] = true;
            }
            std::vector<int> uncovered;
            QStringList names;
            for (int t = 0; t < T; ++t)
                if (p.skills[k].demand[t] > 0 && !spanned[t]) {
                    uncovered.push_back(t);
                    if (names.size() < 6)
                        names << (options.intervalLabel ? options.intervalLabel(t) : p.grid.label(t));
                }
            if (!uncovered.empty())
                r.diagnosis.push_back({QStringLiteral("uncovered"), uncovered,
                                       Tr::tr("No template shift of a group with skill '%1' spans %n interval(s) that need it "
                                              "(%2%3). Widen the templates' start times or lengths, or use soft coverage.",
                                              nullptr, int(uncovered.size()))
                                           .arg(p.skills[k].name, names.join(QStringLiteral(", ")),
                                                uncovered.size() > 6 ? QStringLiteral(", …") : QString())});
        }
    }
    if (o.solution.empty())
        return r;

    r.objective = o.objective;
    if (!std::isnan(r.bestBound))
        r.bestBound = std::min(r.bestBound, r.objective);
    r.gap = std::fabs(r.objective) > 1e-9 ? (r.objective - r.bestBound) / std::fabs(r.objective) : 0.0;
    if (r.status == SolveStatus::Optimal || r.gap < 1e-9) {
        r.bestBound = r.objective;
        r.gap = 0.0;
        if (r.status == SolveStatus::Feasible)
            r.status = SolveStatus::Optimal;
    }
    r.shifts = decodeSchedule(m, o.solution);
    r.onDuty = onDutyFromShifts(p, r.shifts);
    const int T = p.grid.count(), K = int(p.skills.size());
    std::vector<std::vector<double>> allocated(K, std::vector<double>(T, 0.0));
    if (m.direct)
        allocated[0] = r.onDuty[0];
    for (const TemplateModel::AllocColumn &a : m.allocColumns)
        allocated[a.skill][a.interval] += o.solution[a.col];
    r.skillCoverage.assign(K, {});
    for (int k = 0; k < K; ++k)
        for (int i = 0; i < T; ++i) {
            const double req = p.skills[k].demand[i], got = allocated[k][i];
            r.skillCoverage[k].push_back({i, req, got, std::max(0.0, req - got), std::max(0.0, got - req)});
        }
    return r;
}

SolveResult toSolveResult(const TemplateProblem &p, const TemplateSolveResult &r)
{
    SolveResult out;
    out.status = r.status;
    out.objective = r.objective;
    out.bestBound = r.bestBound;
    out.gap = r.gap;
    out.seconds = r.seconds;
    out.diagnosis = r.diagnosis;
    if (!r.hasSolution())
        return out;
    out.placedShifts = r.shifts;
    std::map<QString, int> counts;
    for (const DecodedShift &s : r.shifts) {
        const QString id = p.groups.size() > 1 ? p.groups[s.group].name + QLatin1Char(':') + s.shiftId : s.shiftId;
        if (counts.insert({id, 0}).second)
            out.shiftIds.push_back(id);
        ++counts[id];
    }
    for (const QString &id : out.shiftIds)
        out.shiftCounts.push_back(counts[id]);
    const int T = p.grid.count();
    for (int i = 0; i < T; ++i) {
        IntervalCoverage c{i, 0, 0, 0, 0};
        for (const auto &sk : r.skillCoverage) {
            c.required += sk[i].required;
            c.under += sk[i].under;
        }
        for (const auto &g : r.onDuty)
            c.scheduled += g[i];
        c.over = std::max(0.0, c.scheduled - c.required);
        out.intervals.push_back(c);
    }
    return out;
}

} // namespace tessera
