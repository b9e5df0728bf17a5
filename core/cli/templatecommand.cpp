// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/templatecommand.h"

#include "core/cli/cli.h"
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/project/projectstore.h"

#include <cmath>

namespace tessera {

BreakModel breakModelFromName(const QString &name)
{
    if (name == QLatin1String("implicit"))
        return BreakModel::Implicit;
    if (name == QLatin1String("aggregated"))
        return BreakModel::Aggregated;
    if (name == QLatin1String("explicit"))
        return BreakModel::Explicit;
    throw InputError(QString(), 0, QStringLiteral("--breaks"), Tr::tr("'%1' is not implicit, aggregated or explicit").arg(name));
}

int solveTemplateProject(Project &project, const QString &input, const QString &outPath, bool save, QTextStream &out,
                         QTextStream &err, BreakModel breaks)
{
    const TemplateProblem problem = project.toTemplateProblem();
    SolveOptions options = project.solveOptions();
    const TemplateSolveResult r = solveTemplates(problem, options, breaks);
    auto num = [](double v) { return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 2); };
    out << "status      " << statusName(r.status) << '\n'
        << "objective   " << num(r.objective) << '\n'
        << "best bound  " << num(r.bestBound) << '\n'
        << "gap         " << (std::isnan(r.gap) ? QStringLiteral("-") : QString::number(r.gap * 100.0, 'f', 3) + QLatin1Char('%')) << '\n'
        << "seconds     " << QString::number(r.seconds, 'f', 2) << '\n'
        << "model       " << r.variants << " shift variants, " << r.columns << " columns, " << r.rows << " rows, "
        << r.nonzeros << " nonzeros (" << r.breakModel << " breaks)\n";
    if (r.hasSolution()) {
        out << "shifts      " << r.shifts.size() << '\n';
        const double h = problem.grid.intervalMinutes() / 60.0;
        for (size_t k = 0; k < r.skillCoverage.size(); ++k) {
            double under = 0, required = 0;
            for (const IntervalCoverage &c : r.skillCoverage[k]) {
                under += c.under * h;
                required += c.required * h;
            }
            out << "skill       " << problem.skills[k].name << ": " << num(required) << " agent-hours required, "
                << num(under) << " short\n";
        }
    }
    if (!outPath.isEmpty()) {
        writeTemplateResultFile(r, problem, outPath);
        out << "result      " << outPath << '\n';
    }
    if (save && input.endsWith(QLatin1String(".tessera"))) {
        project.lastResult = toSolveResult(problem, r);
        ProjectStore::save(project, input);
    }
    for (const Diagnosis &d : r.diagnosis)
        err << "diagnosis [" << d.kind << "] " << d.message << '\n';
    if (r.status == SolveStatus::Infeasible) {
        err << "infeasible: the templates cannot cover the requirement; use soft coverage to see the shortfall\n";
        return CliInfeasible;
    }
    if (r.status == SolveStatus::Error)
        return CliError;
    return r.hasSolution() ? CliOk : CliNoSolution;
}

} // namespace tessera
