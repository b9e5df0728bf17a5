// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"
#include "ui/rosterstyle.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

#include <array>

namespace tessera::ui {

/**
 * The roster grid: one row per agent, one column per day of the roster's horizon, each cell the
 * code(s) of the shifts the agent starts that day; below the agents, footer rows with the day's
 * on-duty, required and short agent-hours (the validator's coverage definition, per skill).
 *
 * Cells are tinted by skill, fixed days off are grey, and cells with a validator violation carry
 * SeverityRole (the delegate draws a red border for a hard one, amber for a soft one; the tooltip
 * gives the validator's message). setData(EditRole, code) never edits the project: it pushes
 * commands::setRosterCell (an empty code clears the cell); the model refreshes from
 * ProjectDocument::changed(Roster). Unknown codes emit editRejected(). A small corner mark shows
 * the agent's requests that day (RequestRole: green granted, violet denied).
 */
class RosterGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        SeverityRole = Qt::UserRole + 1, ///< int(rosterstyle::Severity) of the cell
        AssignmentsRole,                 ///< QVariantList of assignment indices starting in the cell
        SkillRole,                       ///< skill of the cell's first shift
        DayOffRole,                      ///< bool: a fixed day off of the agent
        RequestRole,                     ///< int(RequestMark) of the agent's requests that day
    };
    /// A request on the cell's day: granted (all of them) or denied (at least one).
    enum RequestMark { NoRequest, RequestGranted, RequestDenied };
    enum FooterRow { OnDutyHours, RequiredHours, ShortHours, FooterRowCount };

    explicit RosterGridModel(ProjectDocument *doc, QObject *parent = nullptr);

    int agentCount() const;
    /// Row of footer row f (after the agents).
    int footerRow(FooterRow f) const { return agentCount() + int(f); }
    bool isFooter(int row) const { return row >= agentCount(); }
    /// The shift codes a cell can be set to (the codes in use).
    QStringList codes() const;
    /// Agent-hours of footer row f on day (for tests and the summary).
    double footerValue(FooterRow f, int day) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void editRejected(const QString &reason);

private:
    void refresh();
    const std::vector<int> &cell(int agent, int day) const;

    ProjectDocument *m_doc;
    rosterstyle::ViolationIndex m_violations;
    int m_agents = 0; ///< agents as last reported to views
    QStringList m_skills;
    std::vector<std::vector<int>> m_cells; ///< agent × day → assignment indices starting there
    std::vector<std::array<double, FooterRowCount>> m_footer; ///< per day
    QDate m_first;
};

/// Paints RosterGridModel cells: a coloured frame and corner mark for violations, a combo box
/// (codes in use, or "off") as editor.
class RosterGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    /// Colour of a RosterGridModel::RequestMark corner.
    static QColor requestColor(int mark);
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

/**
 * Fairness and preference statistics per agent, from the validator's FairnessRow: paid hours,
 * weekends worked, evening shifts (starting at or after 18:00 or ending after 22:00), requests
 * granted and denied, and the agent's hard / soft violations. Read-only.
 */
class RosterStatsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Agent, Contract, PaidHours, Weekends, Evenings, Granted, Denied, Hard, Soft, ColumnCount };
    explicit RosterStatsModel(ProjectDocument *doc, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    ProjectDocument *m_doc;
};

} // namespace tessera::ui
