// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workplanmodels.h"

#include "core/error.h"
#include "core/scheduling/templates.h"
#include "ui/commands.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTime>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace tessera::ui {

namespace {

QString wpTr(const char *s)
{
    return QCoreApplication::translate("WorkPlans", s);
}

const QColor kInvalid(0xf8, 0xd7, 0xda);
const QColor kInvalidText(0x84, 0x20, 0x29);

QStringList tokens(const QString &text)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\s]+"));
    return text.trimmed().split(sep, Qt::SkipEmptyParts);
}

/// Minutes rounded up to a whole number of intervals of L.
int onGrid(int minutes, int L)
{
    return (minutes + L - 1) / L * L;
}

/// The groups a template may name: the project's, or the default one.
QStringList knownGroups(const Project &p)
{
    QStringList names;
    for (const AgentGroup &g : p.groups)
        names << g.name;
    if (names.isEmpty())
        names << QStringLiteral("agents"); // Project::toTemplateProblem()'s default group
    return names;
}

TemplateIssue issueFrom(const InputError &e)
{
    static const QRegularExpression prefix(QStringLiteral("^templates\\[\\d+\\]\\.?"));
    static const QRegularExpression rule(QStringLiteral("^breaks\\[(\\d+)\\]"));
    TemplateIssue issue;
    issue.field = e.field();
    issue.field.remove(prefix);
    issue.message = e.reason();
    const QRegularExpressionMatch m = rule.match(issue.field);
    if (m.hasMatch())
        issue.breakRule = m.captured(1).toInt();
    return issue;
}

/// Human name of an issue's field: "break rule 2", "lengths", ...
QString fieldLabel(const TemplateIssue &issue)
{
    if (issue.breakRule >= 0)
        return wpTr("break rule %1").arg(issue.breakRule + 1);
    return issue.field.section(QLatin1Char('['), 0, 0);
}

QVariant right()
{
    return int(Qt::AlignRight | Qt::AlignVCenter);
}

/// A column title (DisplayRole) or its explanation (ToolTipRole) from a {title, tip} table.
template<size_t N>
QVariant header(const char *const (&names)[N][2], int section, int role)
{
    if (section < 0 || section >= int(N) || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return wpTr(names[section][role == Qt::DisplayRole ? 0 : 1]);
}

} // namespace

// ---------------------------------------------------------------------------------------------
namespace workplantext {

QString days(const std::vector<int> &days, const QString &emptyText)
{
    if (days.empty())
        return emptyText;
    std::vector<int> d = days;
    std::sort(d.begin(), d.end());
    d.erase(std::unique(d.begin(), d.end()), d.end());
    if (d.size() == 7)
        return wpTr("Every day");
    QStringList parts;
    for (size_t i = 0; i < d.size();) {
        size_t j = i;
        while (j + 1 < d.size() && d[j + 1] == d[j] + 1)
            ++j;
        if (j >= i + 2)
            parts << weekdayName(d[i]) + QChar(0x2013) + weekdayName(d[j]);
        else
            for (size_t k = i; k <= j; ++k)
                parts << weekdayName(d[k]);
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

bool parseDays(const QString &text, std::vector<int> *out, QString *error)
{
    std::vector<int> d;
    const QString t = text.trimmed().toLower();
    if (t.isEmpty() || t == QLatin1String("none") || t == QLatin1String("every day") || t == QLatin1String("all")) {
        out->clear();
        return true;
    }
    auto day = [&](const QString &name, int *result) {
        bool isNumber = false;
        const int n = name.toInt(&isNumber);
        *result = isNumber ? n : weekdayFromName(name.left(3));
        if (*result < 1 || *result > 7 || (!isNumber && name.size() > 3 && !QLocale::c().dayName(*result).startsWith(name, Qt::CaseInsensitive))) {
            *error = wpTr("'%1' is not a weekday (Mon, Tue, … Sun, or ranges like Mon-Fri).").arg(name);
            return false;
        }
        return true;
    };
    for (const QString &token : tokens(QString(text).replace(QChar(0x2013), QLatin1Char('-')))) {
        const QStringList range = token.split(QLatin1Char('-'));
        int from = 0, to = 0;
        if (range.size() > 2) {
            *error = wpTr("'%1' is not a weekday range.").arg(token);
            return false;
        }
        if (!day(range.front(), &from) || !day(range.back(), &to))
            return false;
        for (int k = from;; k = k % 7 + 1) {
            d.push_back(k);
            if (k == to)
                break;
        }
    }
    std::sort(d.begin(), d.end());
    d.erase(std::unique(d.begin(), d.end()), d.end());
    *out = d;
    return true;
}

QString duration(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

bool parseDuration(const QString &text, int unitMinutes, int *out, QString *error)
{
    static const QRegularExpression clock(QStringLiteral("^(\\d+):([0-5]\\d)$"));
    static const QRegularExpression number(QStringLiteral("^(\\d+(?:[.,]\\d+)?)\\s*(h|min|m)?$"));
    const QString t = text.trimmed().toLower();
    const QRegularExpressionMatch c = clock.match(t);
    if (c.hasMatch()) {
        *out = c.captured(1).toInt() * 60 + c.captured(2).toInt();
        return true;
    }
    const QRegularExpressionMatch n = number.match(t);
    if (n.hasMatch()) {
        const QString unit = n.captured(2);
        const int perUnit = unit.isEmpty() ? unitMinutes : unit == QLatin1String("h") ? 60 : 1;
        const double minutes = QString(n.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble() * perUnit;
        if (std::fabs(minutes - std::round(minutes)) < 1e-6) {
            *out = int(std::lround(minutes));
            return true;
        }
    }
    *error = wpTr("'%1' is not a duration (h:mm, or a number of %2).").arg(text.trimmed(), unitMinutes == 60 ? wpTr("hours") : wpTr("minutes"));
    return false;
}

QString durations(const std::vector<int> &minutes)
{
    QStringList parts;
    for (int m : minutes)
        parts << duration(m);
    return parts.join(QStringLiteral(", "));
}

bool parseDurations(const QString &text, int unitMinutes, std::vector<int> *out, QString *error)
{
    std::vector<int> result;
    for (const QString &token : tokens(text)) {
        int m = 0;
        if (!parseDuration(token, unitMinutes, &m, error))
            return false;
        result.push_back(m);
    }
    *out = result;
    return true;
}

bool parseClock(const QVariant &value, int *out, QString *error)
{
    if (value.metaType().id() == QMetaType::QTime) {
        const QTime t = value.toTime();
        *out = t.isValid() ? t.hour() * 60 + t.minute() : -1;
    } else {
        *out = clockToMinutes(value.toString());
    }
    if (*out < 0)
        *error = wpTr("'%1' is not a time of day (HH:mm).").arg(value.toString());
    return *out >= 0;
}

bool parsePercent(const QVariant &value, double *out, QString *error)
{
    QString t = value.toString().trimmed();
    t.remove(QLatin1Char('%'));
    bool ok = false;
    const double v = QString(t.trimmed()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok || !(v >= 0)) {
        *error = wpTr("'%1' is not a percentage >= 0.").arg(value.toString());
        return false;
    }
    *out = v / 100.0;
    return true;
}

} // namespace workplantext

using namespace workplantext;

TemplateIssue templateIssue(const Project &p, const std::vector<ShiftTemplate> &templates, int row)
{
    const ShiftTemplate &t = templates.at(size_t(row));
    try {
        validateTemplates({t}, p.intervalMinutes);
        for (int j = 0; j < int(templates.size()); ++j)
            if (j != row && templates[size_t(j)].id == t.id)
                validateTemplates({t, t}, p.intervalMinutes); // the core's "used twice" message
    } catch (const InputError &e) {
        return issueFrom(e);
    }
    const QStringList known = knownGroups(p);
    for (const QString &g : t.groups)
        if (!known.contains(g))
            return {QStringLiteral("groups"), wpTr("no agent group '%1' (the project has: %2)").arg(g, known.join(QStringLiteral(", "))), -1};
    return {};
}

// ---------------------------------------------------------------------------------------------

WorkPlanModel::WorkPlanModel(ProjectDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &ProjectDocument::changed, this, &WorkPlanModel::onDocumentChanged);
    recompute();
}

void WorkPlanModel::onDocumentChanged(ProjectDocument::Changes what)
{
    if (!(what & (ProjectDocument::Templates | ProjectDocument::Forecast)))
        return;
    beginResetModel();
    recompute();
    endResetModel();
}

void WorkPlanModel::recompute()
{
    const Project &p = m_doc->project();
    const IntervalGrid grid = p.grid();
    m_issues.clear();
    m_variants.assign(p.templates.size(), -1);
    m_totalVariants = 0;
    m_variantError.clear();
    if (p.intervalCount() == 0)
        m_variantError = tr("The project has no horizon yet: import a forecast to count shift variants.");
    for (size_t i = 0; i < p.templates.size(); ++i) {
        m_issues.push_back(templateIssue(p, p.templates, int(i)));
        if (!m_issues.back().isValid() || !m_variantError.isEmpty())
            continue;
        try {
            m_variants[i] = int(generateShifts({p.templates[i]}, grid, p.cyclic).size());
            m_totalVariants += m_variants[i];
        } catch (const InputError &e) {
            m_variantError = e.reason();
        }
    }
    Q_EMIT summaryChanged();
}

int WorkPlanModel::variantCount(int row) const
{
    return row >= 0 && row < int(m_variants.size()) ? m_variants[size_t(row)] : -1;
}

QStringList WorkPlanModel::issueMessages() const
{
    QStringList out;
    const auto &templates = m_doc->project().templates;
    for (size_t i = 0; i < m_issues.size() && i < templates.size(); ++i)
        if (!m_issues[i].isValid()) {
            const QString where = fieldLabel(m_issues[i]);
            out << (where.isEmpty() ? QStringLiteral("%1: %3") : QStringLiteral("%1, %2: %3"))
                       .arg(templates[i].id.isEmpty() ? tr("(no id)") : templates[i].id, where, m_issues[i].message);
        }
    return out;
}

ShiftTemplate WorkPlanModel::defaultTemplate(const Project &p, const QString &id)
{
    const int L = std::max(1, p.intervalMinutes);
    ShiftTemplate t;
    t.id = id;
    t.days = {1, 2, 3, 4, 5};
    t.earliestStartMinutes = onGrid(8 * 60, L);
    t.startIncrementMinutes = onGrid(60, L);
    t.latestStartMinutes = t.earliestStartMinutes + 2 * t.startIncrementMinutes;
    t.lengthsMinutes = {onGrid(8 * 60, L)};
    BreakRule meal;
    meal.durationMinutes = onGrid(30, L);
    meal.earliestStartMinutes = onGrid(3 * 60, L);
    meal.latestStartMinutes = onGrid(5 * 60, L);
    t.breaks = {meal};
    t.costPerPaidHour = 20.0;
    return t;
}

int WorkPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->project().templates.size());
}

int WorkPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkPlanModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    static const char *const names[ColumnCount][2] = {
        {QT_TRANSLATE_NOOP("WorkPlans", "Work plan"), QT_TRANSLATE_NOOP("WorkPlans", "Template id (unique)")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Days"), QT_TRANSLATE_NOOP("WorkPlans", "Weekdays shifts may start on: Mon-Fri, Sat, Sun; empty = every day")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Earliest start"), QT_TRANSLATE_NOOP("WorkPlans", "First start, local wall-clock time")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Latest start"), QT_TRANSLATE_NOOP("WorkPlans", "Last start, local wall-clock time")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Step"), QT_TRANSLATE_NOOP("WorkPlans", "Minutes between start times (a multiple of the interval)")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Lengths"), QT_TRANSLATE_NOOP("WorkPlans", "Shift lengths, h:mm or hours, separated by commas")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Breaks"), QT_TRANSLATE_NOOP("WorkPlans", "The break rules (edit them below)")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Cost / paid h"), QT_TRANSLATE_NOOP("WorkPlans", "Cost per paid hour (worked time plus paid breaks)")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Evening +"), QT_TRANSLATE_NOOP("WorkPlans", "Premium on the share of the shift in the evening window, %")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Evening window"), QT_TRANSLATE_NOOP("WorkPlans", "HH:mm-HH:mm; wraps past midnight when from > to")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Weekend +"), QT_TRANSLATE_NOOP("WorkPlans", "Premium on the share of the shift on weekend days, %")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Weekend days"), QT_TRANSLATE_NOOP("WorkPlans", "Days paid the weekend premium")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Max / day"), QT_TRANSLATE_NOOP("WorkPlans", "Most shifts of this plan starting on one day; empty = unlimited")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Groups"), QT_TRANSLATE_NOOP("WorkPlans", "Agent groups that may work it; empty = every group")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Variants"), QT_TRANSLATE_NOOP("WorkPlans", "Shift variants this plan generates on the project's horizon")},
    };
    return header(names, section, role);
}

Qt::ItemFlags WorkPlanModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Breaks || index.column() == Variants)
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant WorkPlanModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ShiftTemplate &t = m_doc->project().templates[size_t(index.row())];
    const TemplateIssue &issue = m_issues.at(size_t(index.row()));
    const QLocale l;
    if (role == ErrorRole)
        return issue.message;
    if (role == Qt::ToolTipRole && !issue.isValid())
        return QStringLiteral("%1: %2").arg(fieldLabel(issue), issue.message);
    if (role == Qt::BackgroundRole && !issue.isValid() && index.column() == Id)
        return QBrush(kInvalid);
    if (role == Qt::ForegroundRole && !issue.isValid() && (index.column() == Id || index.column() == Variants))
        return QBrush(kInvalidText);
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Increment: case CostPerPaidHour: case EveningPremium: case WeekendPremium: case MaxPerDay: case Variants:
            return right();
        default: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Id: return t.id;
    case Days: return days(t.days, edit ? QString() : tr("Every day"));
    case EarliestStart: return edit ? QVariant(QTime(t.earliestStartMinutes / 60, t.earliestStartMinutes % 60)) : QVariant(minutesToClock(t.earliestStartMinutes));
    case LatestStart: return edit ? QVariant(QTime(t.latestStartMinutes / 60, t.latestStartMinutes % 60)) : QVariant(minutesToClock(t.latestStartMinutes));
    case Increment: return edit ? QVariant(t.startIncrementMinutes) : QVariant(tr("%1 min").arg(t.startIncrementMinutes));
    case Lengths: return durations(t.lengthsMinutes);
    case Breaks: {
        if (t.breaks.empty())
            return tr("none");
        QStringList parts;
        for (const BreakRule &b : t.breaks)
            parts << (b.paid ? tr("%1′ paid") : tr("%1′")).arg(b.durationMinutes);
        return parts.join(QStringLiteral(" + "));
    }
    case CostPerPaidHour: return edit ? QVariant(t.costPerPaidHour) : QVariant(l.toString(t.costPerPaidHour, 'f', 2));
    case EveningPremium: return edit ? QVariant(t.eveningPremium * 100.0) : QVariant(l.toString(t.eveningPremium * 100.0, 'g', 4) + QStringLiteral(" %"));
    case EveningWindow: return minutesToClock(t.eveningFromMinutes) + (edit ? QStringLiteral("-") : QString(QChar(0x2013))) + minutesToClock(t.eveningToMinutes % 1440);
    case WeekendPremium: return edit ? QVariant(t.weekendPremium * 100.0) : QVariant(l.toString(t.weekendPremium * 100.0, 'g', 4) + QStringLiteral(" %"));
    case WeekendDays: return days(t.weekendDays, edit ? QString() : tr("none"));
    case MaxPerDay: return t.maxPerDay >= 0 ? QVariant(t.maxPerDay) : (edit ? QVariant(QString()) : QVariant(tr("unlimited")));
    case Groups: return t.groups.isEmpty() ? (edit ? QString() : tr("all")) : t.groups.join(QStringLiteral(", "));
    case Variants: return m_variants[size_t(index.row())] >= 0 ? QVariant(l.toString(m_variants[size_t(index.row())])) : QVariant(QStringLiteral("—"));
    }
    return {};
}

QString WorkPlanModel::edited(int row, int column, const QVariant &value, ShiftTemplate *out) const
{
    const Project &p = m_doc->project();
    if (row < 0 || row >= int(p.templates.size()))
        return tr("There is no such work plan.");
    ShiftTemplate t = p.templates[size_t(row)];
    QString error;
    bool ok = true;
    switch (column) {
    case Id:
        t.id = value.toString().trimmed();
        break;
    case Days: ok = parseDays(value.toString(), &t.days, &error); break;
    case EarliestStart: ok = parseClock(value, &t.earliestStartMinutes, &error); break;
    case LatestStart: ok = parseClock(value, &t.latestStartMinutes, &error); break;
    case Increment: ok = parseDuration(value.toString(), 1, &t.startIncrementMinutes, &error); break;
    case Lengths: ok = parseDurations(value.toString(), 60, &t.lengthsMinutes, &error); break;
    case CostPerPaidHour:
        t.costPerPaidHour = QString(value.toString().trimmed()).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok)
            error = tr("'%1' is not a number.").arg(value.toString());
        break;
    case EveningPremium: ok = parsePercent(value, &t.eveningPremium, &error); break;
    case WeekendPremium: ok = parsePercent(value, &t.weekendPremium, &error); break;
    case EveningWindow: {
        const QStringList ends = value.toString().replace(QChar(0x2013), QLatin1Char('-')).split(QLatin1Char('-'));
        ok = ends.size() == 2 && parseClock(ends[0], &t.eveningFromMinutes, &error) && parseClock(ends[1], &t.eveningToMinutes, &error);
        if (!ok && error.isEmpty())
            error = tr("'%1' is not a window (HH:mm-HH:mm).").arg(value.toString());
        break;
    }
    case WeekendDays: ok = parseDays(value.toString(), &t.weekendDays, &error); break;
    case MaxPerDay: {
        const QString text = value.toString().trimmed();
        t.maxPerDay = text.isEmpty() || text == tr("unlimited") ? -1 : text.toInt(&ok);
        if (!ok || t.maxPerDay < -1)
            return tr("Max / day is a count >= 0, or empty for unlimited.");
        break;
    }
    case Groups: {
        const QString text = value.toString().trimmed();
        t.groups.clear();
        if (text != tr("all"))
            for (const QString &g : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!t.groups.contains(g.trimmed()))
                    t.groups << g.trimmed();
        break;
    }
    default: return tr("This column cannot be edited.");
    }
    if (!ok)
        return error;
    std::vector<ShiftTemplate> all = p.templates;
    all[size_t(row)] = t;
    const TemplateIssue after = templateIssue(p, all, row);
    if (!after.isValid() && m_issues.at(size_t(row)).isValid())
        return after.message;
    *out = t;
    return {};
}

bool WorkPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    ShiftTemplate t;
    const QString error = edited(index.row(), index.column(), value, &t);
    if (!error.isEmpty()) {
        Q_EMIT editRejected(error);
        return false;
    }
    commands::editTemplate(m_doc, index.row(), t,
                           QCoreApplication::translate("Undo Commands", "Edit work plan %1").arg(t.id));
    return true;
}

// ---------------------------------------------------------------------------------------------

BreakRuleModel::BreakRuleModel(ProjectDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes what) {
        if (!(what & (ProjectDocument::Templates | ProjectDocument::Forecast)))
            return;
        setTemplateRow(m_row);
    });
}

void BreakRuleModel::setTemplateRow(int row)
{
    beginResetModel();
    m_row = row >= 0 && row < int(m_doc->project().templates.size()) ? row : -1;
    m_issue = m_row >= 0 ? templateIssue(m_doc->project(), m_doc->project().templates, m_row) : TemplateIssue{};
    endResetModel();
}

const ShiftTemplate *BreakRuleModel::current() const
{
    const auto &templates = m_doc->project().templates;
    return m_row >= 0 && m_row < int(templates.size()) ? &templates[size_t(m_row)] : nullptr;
}

int BreakRuleModel::rowCount(const QModelIndex &parent) const
{
    const ShiftTemplate *t = current();
    return parent.isValid() || !t ? 0 : int(t->breaks.size());
}

int BreakRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BreakRuleModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (o != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, o, role);
    static const char *const names[ColumnCount][2] = {
        {QT_TRANSLATE_NOOP("WorkPlans", "Duration"), QT_TRANSLATE_NOOP("WorkPlans", "Minutes (a multiple of the interval)")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Paid"), QT_TRANSLATE_NOOP("WorkPlans", "Paid breaks are off the phone but count as paid time")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Earliest start"), QT_TRANSLATE_NOOP("WorkPlans", "h:mm after the shift start")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Latest start"), QT_TRANSLATE_NOOP("WorkPlans", "h:mm after the shift start")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Min gap"), QT_TRANSLATE_NOOP("WorkPlans", "Least minutes between the previous break's end and this start")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Min shift"), QT_TRANSLATE_NOOP("WorkPlans", "The rule applies to shifts at least this long (h:mm)")},
        {QT_TRANSLATE_NOOP("WorkPlans", "Applies to"), QT_TRANSLATE_NOOP("WorkPlans", "The plan's shift lengths that take this break")},
    };
    return header(names, section, role);
}

Qt::ItemFlags BreakRuleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == Paid)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == AppliesTo)
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant BreakRuleModel::data(const QModelIndex &index, int role) const
{
    const ShiftTemplate *t = current();
    if (!t || !index.isValid() || index.row() >= rowCount())
        return {};
    const BreakRule &b = t->breaks[size_t(index.row())];
    const TemplateIssue &issue = m_issue;
    const bool faulty = issue.breakRule == index.row();
    if (role == ErrorRole)
        return faulty ? issue.message : QString();
    if (role == Qt::ToolTipRole && faulty)
        return issue.message;
    if (role == Qt::BackgroundRole && faulty)
        return QBrush(kInvalid);
    if (role == Qt::CheckStateRole && index.column() == Paid)
        return b.paid ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() != AppliesTo && index.column() != Paid)
        return right();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Duration: return edit ? QVariant(b.durationMinutes) : QVariant(tr("%1 min").arg(b.durationMinutes));
    case EarliestStart: return duration(b.earliestStartMinutes);
    case LatestStart: return duration(b.latestStartMinutes);
    case MinGap:
        if (index.row() == 0 && !edit)
            return QStringLiteral("—"); // ignored for the first rule
        return edit ? QVariant(b.minGapMinutes) : QVariant(tr("%1 min").arg(b.minGapMinutes));
    case MinShift: return b.minShiftMinutes > 0 ? duration(b.minShiftMinutes) : (edit ? QString() : tr("any"));
    case AppliesTo: {
        std::vector<int> lengths;
        for (int len : t->lengthsMinutes)
            if (len >= b.minShiftMinutes)
                lengths.push_back(len);
        return lengths.empty() ? tr("no length") : durations(lengths);
    }
    }
    return {};
}

QString BreakRuleModel::edited(int rule, int column, const QVariant &value, ShiftTemplate *out) const
{
    const ShiftTemplate *cur = current();
    if (!cur || rule < 0 || rule >= int(cur->breaks.size()))
        return tr("There is no such break rule.");
    ShiftTemplate t = *cur;
    BreakRule &b = t.breaks[size_t(rule)];
    QString error;
    bool ok = true;
    switch (column) {
    case Duration: ok = parseDuration(value.toString(), 1, &b.durationMinutes, &error); break;
    case Paid: b.paid = value.toInt() == Qt::Checked; break;
    case EarliestStart: ok = parseDuration(value.toString(), 1, &b.earliestStartMinutes, &error); break;
    case LatestStart: ok = parseDuration(value.toString(), 1, &b.latestStartMinutes, &error); break;
    case MinGap: ok = parseDuration(value.toString(), 1, &b.minGapMinutes, &error); break;
    case MinShift:
        if (value.toString().trimmed().isEmpty() || value.toString().trimmed() == tr("any"))
            b.minShiftMinutes = 0;
        else
            ok = parseDuration(value.toString(), 60, &b.minShiftMinutes, &error);
        break;
    default: return tr("This column cannot be edited.");
    }
    if (!ok)
        return error;
    const QString refused = refusal(t);
    if (refused.isEmpty())
        *out = t;
    return refused;
}

bool BreakRuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || (role != Qt::EditRole && role != Qt::CheckStateRole))
        return false;
    ShiftTemplate t;
    const QString error = edited(index.row(), index.column(), value, &t);
    if (!error.isEmpty()) {
        Q_EMIT editRejected(error);
        return false;
    }
    commands::editTemplate(m_doc, m_row, t, QCoreApplication::translate("Undo Commands", "Edit break rule of %1").arg(t.id));
    return true;
}

QString BreakRuleModel::refusal(const ShiftTemplate &t) const
{
    std::vector<ShiftTemplate> all = m_doc->project().templates;
    all[size_t(m_row)] = t;
    const TemplateIssue after = templateIssue(m_doc->project(), all, m_row);
    return !after.isValid() && m_issue.isValid() ? after.message : QString();
}

bool BreakRuleModel::push(const ShiftTemplate &t, const QString &text)
{
    const QString refused = refusal(t);
    if (!refused.isEmpty()) {
        Q_EMIT editRejected(refused);
        return false;
    }
    commands::editTemplate(m_doc, m_row, t, text);
    return true;
}

bool BreakRuleModel::addRule(int after)
{
    const ShiftTemplate *cur = current();
    if (!cur)
        return false;
    ShiftTemplate t = *cur;
    const int L = std::max(1, m_doc->project().intervalMinutes);
    after = std::clamp(after, -1, int(t.breaks.size()) - 1);
    BreakRule b;
    b.paid = true;
    b.durationMinutes = onGrid(15, L);
    const BreakRule *prev = after >= 0 ? &t.breaks[size_t(after)] : nullptr;
    b.earliestStartMinutes = prev ? prev->earliestStartMinutes + prev->durationMinutes + onGrid(60, L) : onGrid(60, L);
    const int shortest = t.lengthsMinutes.empty() ? 0 : *std::min_element(t.lengthsMinutes.begin(), t.lengthsMinutes.end());
    const int longest = t.lengthsMinutes.empty() ? 0 : *std::max_element(t.lengthsMinutes.begin(), t.lengthsMinutes.end());
    b.latestStartMinutes = std::min(b.earliestStartMinutes + onGrid(60, L), shortest - b.durationMinutes);
    if (b.latestStartMinutes < b.earliestStartMinutes) { // only the longer shifts have room for it
        b.minShiftMinutes = longest;
        b.latestStartMinutes = std::min(b.earliestStartMinutes + onGrid(60, L), longest - b.durationMinutes);
    }
    b.latestStartMinutes = std::max(b.latestStartMinutes, b.earliestStartMinutes);
    t.breaks.insert(t.breaks.begin() + (after + 1), b);
    return push(t, QCoreApplication::translate("Undo Commands", "Add break rule to %1").arg(t.id));
}

bool BreakRuleModel::duplicateRule(int rule)
{
    const ShiftTemplate *cur = current();
    if (!cur || rule < 0 || rule >= int(cur->breaks.size()))
        return false;
    ShiftTemplate t = *cur;
    t.breaks.insert(t.breaks.begin() + (rule + 1), t.breaks[size_t(rule)]);
    return push(t, QCoreApplication::translate("Undo Commands", "Duplicate break rule of %1").arg(t.id));
}

bool BreakRuleModel::removeRule(int rule)
{
    const ShiftTemplate *cur = current();
    if (!cur || rule < 0 || rule >= int(cur->breaks.size()))
        return false;
    ShiftTemplate t = *cur;
    t.breaks.erase(t.breaks.begin() + rule);
    return push(t, QCoreApplication::translate("Undo Commands", "Delete break rule of %1").arg(t.id));
}

// ---------------------------------------------------------------------------------------------

PlacedShiftModel::PlacedShiftModel(ProjectDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes what) {
        if (what & (ProjectDocument::Result | ProjectDocument::Forecast | ProjectDocument::Templates))
            rebuild();
    });
    rebuild();
}

void PlacedShiftModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const Project &p = m_doc->project();
    if (p.lastResult) {
        using Key = std::tuple<int, int, int, int, std::vector<int>, std::vector<bool>>;
        std::map<Key, size_t> index;
        for (const DecodedShift &s : p.lastResult->placedShifts) {
            std::vector<int> times;
            for (const Break &b : s.breaks)
                times.insert(times.end(), {b.start, b.end});
            const auto [it, added] = index.try_emplace(Key{s.start, s.end, s.templateIndex, s.group, times, s.breakPaid}, m_rows.size());
            if (added)
                m_rows.push_back({s, 0});
            ++m_rows[it->second].count;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            return std::tie(a.shift.start, a.shift.end) < std::tie(b.shift.start, b.shift.end);
        });
    }
    endResetModel();
}

int PlacedShiftModel::agentCount() const
{
    int n = 0;
    for (const Row &r : m_rows)
        n += r.count;
    return n;
}

int PlacedShiftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlacedShiftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlacedShiftModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Day: return tr("Day");
    case Time: return tr("Shift");
    case Template: return tr("Work plan");
    case Agents: return tr("Agents");
    case Breaks: return tr("Breaks placed by the solver");
    case PaidHours: return tr("Paid h");
    case Group: return tr("Group");
    }
    return {};
}

QVariant PlacedShiftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row &row = m_rows[size_t(index.row())];
    const DecodedShift &s = row.shift;
    if (role == Qt::TextAlignmentRole && (index.column() == Agents || index.column() == PaidHours))
        return right();
    if (role != Qt::DisplayRole)
        return {};
    const Project &p = m_doc->project();
    const IntervalGrid g = p.grid();
    const auto local = [&g](int t) { return g.intervalStart(t).toTimeZone(g.timeZone()); };
    const auto clock = [&](int t) {
        const QDateTime at = local(t);
        const qint64 days = local(s.start).date().daysTo(at.date());
        return at.time().toString(QStringLiteral("HH:mm")) + (days > 0 ? QStringLiteral(" +%1").arg(days) : QString());
    };
    switch (index.column()) {
    case Day: return QLocale().toString(local(s.start).date(), QStringLiteral("ddd d MMM"));
    case Time: return clock(s.start) + QChar(0x2013) + clock(s.end);
    case Template: return s.shiftId.section(QLatin1Char('/'), 0, -4);
    case Group:
        if (s.group < int(p.groups.size()))
            return p.groups[size_t(s.group)].name;
        return p.groups.empty() && s.group == 0 ? QStringLiteral("agents") : QString::number(s.group + 1);
    case Agents: return row.count;
    case PaidHours: {
        int unpaid = 0;
        for (size_t k = 0; k < s.breaks.size(); ++k)
            if (k >= s.breakPaid.size() || !s.breakPaid[k])
                unpaid += s.breaks[k].end - s.breaks[k].start;
        return QLocale().toString((s.end - s.start - unpaid) * p.intervalMinutes / 60.0, 'f', 2);
    }
    case Breaks: {
        QStringList parts;
        for (size_t k = 0; k < s.breaks.size(); ++k) {
            const QString span = clock(s.breaks[k].start).left(5) + QChar(0x2013) + clock(s.breaks[k].end).left(5);
            parts << (k < s.breakPaid.size() && s.breakPaid[k] ? tr("%1 paid").arg(span) : span);
        }
        return parts.isEmpty() ? tr("none") : parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

} // namespace tessera::ui
