// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/teamsettings.h"
#include "ui/document.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace tessera::ui {

/**
 * Base of the Team tab's tables (rules, contracts, agents of Project::roster). setData() never
 * edits the project: subclasses build the changed item, check it and push a commands:: team edit;
 * the model refreshes from ProjectDocument::changed(Roster). A refused edit emits editRejected()
 * with a message naming the field.
 */
class TeamTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit TeamTableModel(ProjectDocument *doc, QObject *parent = nullptr);
    int columnCount(const QModelIndex &parent = {}) const override;
    /// Every cell editable (RuleModel narrows this).
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

Q_SIGNALS:
    void editRejected(const QString &reason);

protected:
    /// Column titles (display) and their tooltips.
    virtual QStringList headers() const = 0;
    virtual QStringList headerTips() const { return {}; }
    /// "\nShift codes in this roster: a, b" (sorted codes of the rostered shifts) for a header
    /// tooltip, or empty when no shift is rostered.
    QString rosterCodesNote() const;
    const rostering::AgentRoster &roster() const { return m_doc->project().roster; }
    ProjectDocument *m_doc;

private:
    void refresh();
    int m_rows = -1; ///< rows as last reported to views
};

/**
 * Every rule validateAgentRoster() knows (rostering::rosterRules()): Rule (the validator's name),
 * Meaning (plain words), Hard (check box: checked = hard, unchecked = soft), Weight (EditRole:
 * the cost per unit of violation, a number ≥ 0; display "10 per minute short"). Rules the
 * rostering model always keeps hard are shown hard and cannot be edited (tooltip says why);
 * soft-only rules (RuleInfo::softOnly: the fairness spreads) have no Hard check box, only a weight.
 * Edits push commands::setRosterRule.
 */
class RuleModel : public TeamTableModel
{
    Q_OBJECT
public:
    enum Column { Rule, Meaning, Hard, Weight, ColumnCount };
    explicit RuleModel(ProjectDocument *doc, QObject *parent = nullptr);
    /// Row of rule `name`, −1 when unknown.
    int rowOf(const QString &name) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

protected:
    QStringList headers() const override;

private:
    std::vector<rostering::RuleInfo> m_rules;
};

/**
 * AgentRoster::contracts: Id, minutes per week (min, max), minutes per period (min, max), max
 * consecutive days, min consecutive days off, max working weekends (−1 = no limit), min rest
 * (minutes), shift limits (Contract::maxShiftsPerCode as text, "E 14, N 4"; see
 * rostering::parseShiftLimits()), forbidden successions (Contract::forbiddenSuccessions as text,
 * "N>E, L>E"; see rostering::parseSuccessions()). EditRole gives and takes the numbers (0 = no
 * limit for a maximum) and the texts; the display says "no limit" / "none". Edits are checked
 * with rostering::checkContract() and an id must be unique; they push commands::editContract (a
 * new id is followed by the agents using the contract). Any shift code is accepted (the roster
 * keeps no list of known codes; the header tooltips list the codes of its rostered shifts). Text
 * that does not parse is refused with a message naming the contract and the field.
 */
class ContractModel : public TeamTableModel
{
    Q_OBJECT
public:
    enum Column { Id, MinWeek, MaxWeek, MinPeriod, MaxPeriod, MaxDays, MinDaysOff, MaxWeekends, MinRest, ShiftLimits, Successions, ColumnCount };
    explicit ContractModel(ProjectDocument *doc, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    /// Adds a contract with a fresh id ("Contract", "Contract (2)", …) and no limits.
    void addContract();
    /// Removes contract `row`; refused (editRejected naming the agents) while agents use it.
    bool removeContract(int row);

protected:
    QStringList headers() const override;
    QStringList headerTips() const override;
};

/**
 * AgentRoster::agents: Id, Name, Skills (comma list), Contract (a contract id, combo editor),
 * Seniority (1 = most senior), Days off (1-based day numbers or ISO dates, comma list; see
 * rostering::parseDaysOff()), Availability ("Mon 08:00-16:00, Tue 10:00-18:00"; see
 * rostering::parseAvailability()), Requests (soft shift-on / shift-off wishes, "off 3, on 5 E,
 * off 2026-03-07 ×2"; see rostering::parseRequests(); the tooltip spells them out with dates).
 * Edits push commands::editAgent (one command per cell); text that does not parse is refused
 * with a message naming the agent and the field.
 */
class AgentModel : public TeamTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Name, Skills, Contract, Seniority, DaysOff, Availability, Requests, ColumnCount };
    explicit AgentModel(ProjectDocument *doc, QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    /// Adds an agent with a fresh id ("A1", "A2", …) on the first contract.
    void addAgent();
    /// Removes agent `row` and their shifts (one undoable edit).
    void removeAgent(int row);

protected:
    QStringList headers() const override;
    QStringList headerTips() const override;
};

/// The agents table's Contract column: a combo box of the roster's contract ids.
class ContractComboDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    ContractComboDelegate(ProjectDocument *doc, QObject *parent = nullptr);
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    ProjectDocument *m_doc;
};

} // namespace tessera::ui
