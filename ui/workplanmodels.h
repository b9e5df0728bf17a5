// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace tessera::ui {

/**
 * The text forms the work-plan tables show and accept. Times of day are "HH:mm"; durations are
 * "h:mm", or a number in the column's unit ("8.5" hours for shift lengths, "30" minutes for break
 * times), optionally suffixed "h" or "min"; weekday sets are names and ranges ("Mon-Fri, Sun",
 * wrapping ranges such as "Fri-Mon" allowed); percentages are numbers with an optional "%".
 * Parsers return false and set *error to a sentence for the status bar on bad text.
 */
namespace workplantext {
QString days(const std::vector<int> &days, const QString &emptyText);
bool parseDays(const QString &text, std::vector<int> *out, QString *error);
QString duration(int minutes);
bool parseDuration(const QString &text, int unitMinutes, int *out, QString *error);
QString durations(const std::vector<int> &minutes);
bool parseDurations(const QString &text, int unitMinutes, std::vector<int> *out, QString *error);
bool parseClock(const QVariant &value, int *out, QString *error);
bool parsePercent(const QVariant &value, double *out, QString *error);
} // namespace workplantext

/**
 * Validation of a project's work plans for inline display: per template, the first message of
 * validateTemplates() for it alone (and for it with another template of the same id), or an
 * unknown agent group. field is the part of the template at fault as validateTemplates() names
 * it without the "templates[i]" prefix (e.g. "lengths[1]", "breaks[0].latestStart"; empty for
 * the whole template); breakRule is the break rule's index when the fault is in one, else −1.
 */
struct TemplateIssue {
    QString field;
    QString message;
    int breakRule = -1;
    bool isValid() const { return message.isEmpty(); }
};
TemplateIssue templateIssue(const Project &p, const std::vector<ShiftTemplate> &templates, int row);

/**
 * The project's shift templates (work plans) as a table; one row per template. setData() never
 * edits the project: it parses the cell text, builds the changed template and pushes an undo
 * command (commands::editTemplate); the model refreshes from ProjectDocument::changed().
 *
 * An edit that would make a valid template invalid is refused and editRejected() carries
 * validateTemplates()' reason; a template that is already invalid (e.g. after the interval length
 * changed) accepts edits so it can be repaired, its message shown in the row (ErrorRole, tool
 * tip, red Id cell). Variants is read-only: the shift variants generateShifts() makes of the row
 * on the project's grid.
 */
class WorkPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Id, Days, EarliestStart, LatestStart, Increment, Lengths, Breaks, CostPerPaidHour, EveningPremium,
        EveningWindow, WeekendPremium, WeekendDays, MaxPerDay, Groups, Variants, ColumnCount
    };
    /// The row's validation message (QString, empty when valid).
    static constexpr int ErrorRole = Qt::UserRole + 1;

    explicit WorkPlanModel(ProjectDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    /// Builds the template a cell edit would produce; returns the reason it is refused (empty when
    /// accepted).
    QString edited(int row, int column, const QVariant &value, ShiftTemplate *out) const;
    /// Shift variants of row `row` / of all valid templates on the project's grid (cached).
    int variantCount(int row) const;
    int variantCount() const { return m_totalVariants; }
    const TemplateIssue &issue(int row) const { return m_issues.at(size_t(row)); }
    /// "Early: lengths[1]: …" for every invalid template; empty when all are valid.
    QStringList issueMessages() const;
    /// Why the variants cannot be counted (no horizon, horizon not 1–6 weeks), else empty.
    const QString &variantError() const { return m_variantError; }
    /// A new template that is valid on the project's grid: Mon–Fri, 08:00–10:00 every hour (or
    /// interval), 8 h with a 30-min unpaid meal 3–5 h after the start.
    static ShiftTemplate defaultTemplate(const Project &p, const QString &id);

Q_SIGNALS:
    void editRejected(const QString &reason);
    /// After every recount (variant counts and issues changed).
    void summaryChanged();

private:
    void onDocumentChanged(ProjectDocument::Changes what);
    void recompute();

    ProjectDocument *m_doc;
    std::vector<TemplateIssue> m_issues;
    std::vector<int> m_variants;
    int m_totalVariants = 0;
    QString m_variantError;
};

/**
 * The break rules of one template (WorkPlanModel's row `templateRow()`), in order. Columns:
 * Duration (minutes), Paid (check box), Earliest and Latest start (h:mm after the shift start),
 * Min gap (minutes after the previous break's end), Min shift (h:mm: the rule applies to
 * shifts at least this long), and the read-only Applies to (the template's lengths it applies
 * to). setData() pushes commands::editTemplate with the same refusal rule as WorkPlanModel.
 */
class BreakRuleModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Duration, Paid, EarliestStart, LatestStart, MinGap, MinShift, AppliesTo, ColumnCount };
    static constexpr int ErrorRole = WorkPlanModel::ErrorRole;

    explicit BreakRuleModel(ProjectDocument *doc, QObject *parent = nullptr);
    /// −1: none (the table is empty).
    void setTemplateRow(int row);
    int templateRow() const { return m_row; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    QString edited(int rule, int column, const QVariant &value, ShiftTemplate *out) const;
    /// Add (after `rule`; a 15-min paid break after the last one), duplicate and delete rules: one
    /// undo command each; false when there is no template or the result would be invalid (the
    /// reason goes to editRejected()).
    bool addRule(int after);
    bool duplicateRule(int rule);
    bool removeRule(int rule);

Q_SIGNALS:
    void editRejected(const QString &reason);

private:
    bool push(const ShiftTemplate &t, const QString &text);
    /// Why replacing the current template by t is refused (empty: accepted).
    QString refusal(const ShiftTemplate &t) const;
    const ShiftTemplate *current() const;

    ProjectDocument *m_doc;
    int m_row = -1;
    TemplateIssue m_issue; ///< of the current template

};

/**
 * The last work-plan solve's shifts (Project::lastResult->placedShifts) with the break times the
 * model placed, agents with the same variant and breaks on one row, in start order. Read-only.
 * Columns: Day, Time ("07:00–15:30", "+1" past midnight), Work plan, Group, Agents, Paid hours,
 * Breaks ("08:30–09:00 paid · 11:00–11:30").
 */
class PlacedShiftModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Day, Time, Template, Group, Agents, PaidHours, Breaks, ColumnCount };

    explicit PlacedShiftModel(ProjectDocument *doc, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    /// Agents on all rows (the number of placed shifts).
    int agentCount() const;

private:
    struct Row {
        DecodedShift shift;
        int count = 0;
    };
    void rebuild();

    ProjectDocument *m_doc;
    std::vector<Row> m_rows;
};

} // namespace tessera::ui
