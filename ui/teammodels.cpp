// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/teammodels.h"

#include "core/error.h"
#include "ui/commands.h"
#include "ui/rosterstyle.h"

#include <QColor>
#include <QComboBox>
#include <QLocale>

#include <algorithm>

#include <cmath>

namespace tessera::ui {

using rostering::Agent;
using rostering::Contract;
using rostering::RuleSetting;

TeamTableModel::TeamTableModel(ProjectDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes what) {
        if (what & ProjectDocument::Roster)
            refresh();
    });
}

void TeamTableModel::refresh()
{
    const int rows = rowCount();
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    } else if (rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, columnCount() - 1));
    }
}

Qt::ItemFlags TeamTableModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

int TeamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QString TeamTableModel::rosterCodesNote() const
{
    QStringList codes;
    for (const rostering::Assignment &a : roster().assignments)
        if (!a.code.isEmpty() && !codes.contains(a.code))
            codes << a.code;
    if (codes.isEmpty())
        return {};
    codes.sort();
    return QLatin1Char('\n') + tr("Shift codes in this roster: %1").arg(codes.join(QStringLiteral(", ")));
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o == Qt::Horizontal && role == Qt::DisplayRole)
        return headers().value(section);
    if (o == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerTips().value(section);
    return QAbstractTableModel::headerData(section, o, role);
}

// ---------------------------------------------------------------------------------------------

RuleModel::RuleModel(ProjectDocument *doc, QObject *parent)
    : TeamTableModel(doc, parent)
    , m_rules(rostering::rosterRules())
{
}

QStringList RuleModel::headers() const
{
    return {tr("Rule"), tr("Meaning"), tr("Hard"), tr("Weight (per unit)")};
}

int RuleModel::rowOf(const QString &name) const
{
    for (size_t i = 0; i < m_rules.size(); ++i)
        if (m_rules[i].name == name)
            return int(i);
    return -1;
}

int RuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rules.size());
}

Qt::ItemFlags RuleModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_rules[size_t(index.row())].alwaysHard)
        return f;
    if (index.column() == Hard)
        return m_rules[size_t(index.row())].softOnly ? f : f | Qt::ItemIsUserCheckable;
    if (index.column() == Weight)
        return f | Qt::ItemIsEditable;
    return f;
}

QVariant RuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const rostering::RuleInfo &info = m_rules[size_t(index.row())];
    const RuleSetting s = roster().rule(info.name);
    const bool hard = (s.hard && !info.softOnly) || info.alwaysHard;
    if (role == Qt::ToolTipRole) {
        if (info.alwaysHard)
            return tr("Always hard: the rostering model never lets a roster break \"%1\" (solveAgentRoster keeps it hard), "
                      "so it has no weight.").arg(info.name);
        if (info.softOnly && index.column() == Hard)
            return tr("Always soft: some spread between agents is unavoidable, so \"%1\" cannot be hard. "
                      "The weight alone decides (0 = not optimised).").arg(info.name);
        if (info.softOnly)
            return tr("%1. Each %2 (most − fewest among the agents of a contract) costs the weight; "
                      "the solver minimises it per contract.").arg(info.description, info.unit);
        const QString tip = tr("%1. When soft, each %2 costs the weight; the solver prices the slack at that weight.").arg(info.description, info.unit);
        return info.solverNote.isEmpty() ? tip : tip + QLatin1Char('\n') + info.solverNote;
    }
    if (role == Qt::CheckStateRole && index.column() == Hard)
        return hard ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && (info.alwaysHard || (index.column() == Weight && hard) || (index.column() == Hard && info.softOnly)))
        return QColor(0x80, 0x80, 0x80);
    if (role == Qt::EditRole && index.column() == Weight)
        return s.weight;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rule: return info.name;
    case Meaning: return info.description;
    case Hard: return info.alwaysHard ? tr("hard (always)") : info.softOnly ? tr("soft (always)") : hard ? tr("hard") : tr("soft");
    case Weight:
        return info.alwaysHard ? QStringLiteral("—") : tr("%1 per %2").arg(QLocale().toString(s.weight, 'g', 6), info.unit);
    }
    return {};
}

bool RuleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    const rostering::RuleInfo &info = m_rules[size_t(index.row())];
    RuleSetting s = roster().rule(info.name);
    if (index.column() == Hard && role == Qt::CheckStateRole) {
        s.hard = value.toInt() == Qt::Checked;
    } else if (index.column() == Weight && role == Qt::EditRole) {
        bool ok = false;
        const double w = value.toDouble(&ok);
        if (!ok || !std::isfinite(w) || w < 0) {
            Q_EMIT editRejected(tr("Rule %1, field 'weight': '%2' is not a number >= 0").arg(info.name, value.toString()));
            return false;
        }
        s.weight = w;
        if (info.softOnly)
            s.hard = false;
    } else {
        return false;
    }
    commands::setRosterRule(m_doc, info.name, s);
    return true;
}

// ---------------------------------------------------------------------------------------------

namespace {

/// The integer field of each ContractModel column after Id (the text columns follow MinRest).
int Contract::*const kContractFields[] = {
    nullptr,
    &Contract::minMinutesPerWeek,
    &Contract::maxMinutesPerWeek,
    &Contract::minMinutesPerPeriod,
    &Contract::maxMinutesPerPeriod,
    &Contract::maxConsecutiveDays,
    &Contract::minConsecutiveDaysOff,
    &Contract::maxWorkingWeekends,
    &Contract::minRestMinutes,
};

/// The contract field of each ContractModel column, as InputError names it.
const char *const kContractFieldNames[] = {"id", "minMinutesPerWeek", "maxMinutesPerWeek", "minMinutesPerPeriod", "maxMinutesPerPeriod",
                                           "maxConsecutiveDays", "minConsecutiveDaysOff", "maxWorkingWeekends", "minRestMinutes"};

/// `base`, or "base n" with the smallest n ≥ 2 not in `used`.
QString freshId(const QStringList &used, const QString &base)
{
    QString id = base;
    for (int n = 2; used.contains(id); ++n)
        id = QStringLiteral("%1 %2").arg(base).arg(n);
    return id;
}

} // namespace

ContractModel::ContractModel(ProjectDocument *doc, QObject *parent)
    : TeamTableModel(doc, parent)
{
}

QStringList ContractModel::headers() const
{
    return {tr("Contract"),        tr("Min\nmin/week"),           tr("Max\nmin/week"),  tr("Min\nmin/period"), tr("Max\nmin/period"),
            tr("Max days\nin a row"), tr("Min days off\nin a row"), tr("Max\nweekends"), tr("Min rest\n(min)"),
            tr("Shift limits"),       tr("Forbidden\nsuccessions")};
}

QStringList ContractModel::headerTips() const
{
    return {tr("The contract's id, as agents refer to it"),
            tr("Paid minutes at least in each full week of the horizon"),
            tr("Paid minutes at most in each full week (0 = no limit)"),
            tr("Paid minutes at least over the whole horizon"),
            tr("Paid minutes at most over the whole horizon (0 = no limit)"),
            tr("Working days in a row at most (0 = no limit)"),
            tr("Days off in a row at least, for runs inside the horizon"),
            tr("Weekends worked at most (-1 = no limit)"),
            tr("Minutes of rest at least between the end of one shift and the start of the next"),
            tr("Most shifts of a shift code over the horizon, e.g. 'E 14, N 4' (code, space, count; comma separated). "
               "0 allows none of that code; a code not listed has no limit.") + rosterCodesNote(),
            tr("Shift codes that may not follow each other on consecutive days, e.g. 'N>E, L>E' "
               "(N then E the next day is forbidden; '->' and '→' also work).") + rosterCodesNote()};
}

int ContractModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(roster().contracts.size());
}

QVariant ContractModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Contract &c = roster().contracts[size_t(index.row())];
    const bool text = index.column() == Id || index.column() == ShiftLimits || index.column() == Successions;
    if (role == Qt::TextAlignmentRole && !text)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Id) {
        const QStringList users = rostering::agentsWithContract(roster(), c.id);
        return users.isEmpty() ? tr("No agent has this contract") : tr("Agents: %1").arg(users.join(QStringLiteral(", ")));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == Id)
        return c.id;
    if (index.column() == ShiftLimits)
        return role == Qt::DisplayRole && c.maxShiftsPerCode.empty() ? tr("none") : rostering::shiftLimitsText(c.maxShiftsPerCode);
    if (index.column() == Successions)
        return role == Qt::DisplayRole && c.forbiddenSuccessions.empty() ? tr("none") : rostering::successionsText(c.forbiddenSuccessions);
    const int v = c.*kContractFields[index.column()];
    const bool noLimit = index.column() == MaxWeekends ? v < 0 : (index.column() == MaxWeek || index.column() == MaxPeriod
                                                                     || index.column() == MaxDays) && v == 0;
    if (role == Qt::DisplayRole && noLimit)
        return tr("no limit");
    return v;
}

bool ContractModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    Contract c = roster().contracts[size_t(index.row())];
    try {
        if (index.column() == Id) {
            c.id = value.toString().trimmed();
            for (int r = 0; r < rowCount(); ++r)
                if (r != index.row() && roster().contracts[size_t(r)].id == c.id)
                    throw InputError(QStringLiteral("contracts"), index.row() + 1, QStringLiteral("id"),
                                     tr("another contract is already called '%1'").arg(c.id));
        } else if (index.column() == ShiftLimits || index.column() == Successions) {
            try {
                if (index.column() == ShiftLimits)
                    c.maxShiftsPerCode = rostering::parseShiftLimits(value.toString());
                else
                    c.forbiddenSuccessions = rostering::parseSuccessions(value.toString());
            } catch (const InputError &e) {
                Q_EMIT editRejected(tr("Contract %1, %2").arg(c.id, e.message()));
                return false;
            }
        } else {
            bool ok = false;
            const int v = value.toString().trimmed().toInt(&ok);
            if (!ok)
                throw InputError(QStringLiteral("contracts"), index.row() + 1, QLatin1String(kContractFieldNames[index.column()]),
                                 tr("'%1' is not a whole number").arg(value.toString()));
            c.*kContractFields[index.column()] = v;
        }
        rostering::checkContract(c, index.row() + 1);
    } catch (const InputError &e) {
        Q_EMIT editRejected(e.message());
        return false;
    }
    commands::editContract(m_doc, index.row(), c);
    return true;
}

void ContractModel::addContract()
{
    QStringList used;
    for (const Contract &c : roster().contracts)
        used << c.id;
    Contract c;
    c.id = freshId(used, tr("Contract"));
    commands::addContract(m_doc, c);
}

bool ContractModel::removeContract(int row)
{
    if (row < 0 || row >= rowCount())
        return false;
    const QString id = roster().contracts[size_t(row)].id;
    const QStringList users = commands::removeContract(m_doc, row);
    if (!users.isEmpty()) {
        Q_EMIT editRejected(tr("Contract %1 is kept: agents %2 use it").arg(id, users.join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

// ---------------------------------------------------------------------------------------------

AgentModel::AgentModel(ProjectDocument *doc, QObject *parent)
    : TeamTableModel(doc, parent)
{
}

QStringList AgentModel::headers() const
{
    return {tr("Agent"), tr("Name"), tr("Skills"), tr("Contract"), tr("Seniority"), tr("Days off"), tr("Availability"), tr("Requests")};
}

QStringList AgentModel::headerTips() const
{
    return {tr("The agent's id"), tr("Full name"), tr("Skills, comma separated"), tr("The agent's contract"),
            tr("1 = most senior: breaks ties where requests collide"),
            tr("Fixed days off: day numbers of the horizon (1 = first day) or dates yyyy-mm-dd, comma separated"),
            tr("When the agent may work, e.g. 'Mon 08:00-16:00, Tue 10:00-18:00' ('Daily' for every day; "
               "empty = always). A day without a window of its own is unrestricted."),
            tr("Soft wishes, e.g. 'off 3, on 5 E, off 2026-03-07 ×2': on (wants to work) or off, a day number "
               "(1 = first day) or date yyyy-mm-dd, optionally a shift code (none = any shift) and a weight "
               "'×2' or 'x2' (the penalty when not granted, default 1); comma separated.") + rosterCodesNote()};
}

int AgentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(roster().agents.size());
}

QVariant AgentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Agent &a = roster().agents[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && index.column() == Seniority)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == DaysOff && !a.fixedDaysOff.empty()) {
        QStringList days;
        const QDate first = rosterstyle::firstDate(m_doc->project());
        for (int d : a.fixedDaysOff)
            days << rosterstyle::dayLabel(roster(), d, first);
        return days.join(QStringLiteral(", "));
    }
    if (role == Qt::ToolTipRole && index.column() == Requests && !a.requests.empty()) {
        QStringList lines;
        const QDate first = rosterstyle::firstDate(m_doc->project());
        for (const rostering::AgentRequest &q : a.requests) {
            const QString day = rosterstyle::dayLabel(roster(), q.day, first);
            const QString what = q.code.isEmpty() ? (q.on ? tr("Work on %1").arg(day) : tr("Day off on %1").arg(day))
                                                  : (q.on ? tr("Shift %1 on %2").arg(q.code, day) : tr("No shift %1 on %2").arg(q.code, day));
            lines << tr("%1 (weight %2)").arg(what, QLocale().toString(q.weight, 'g', 6));
        }
        return lines.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Id: return a.id;
    case Name: return a.name;
    case Skills: return a.skills.join(QStringLiteral(", "));
    case Contract: return a.contractId;
    case Seniority: return a.seniority;
    case DaysOff: return rostering::daysOffText(a.fixedDaysOff);
    case Availability:
        return role == Qt::DisplayRole && a.availability.empty() ? tr("always") : rostering::availabilityText(a.availability);
    case Requests:
        return role == Qt::DisplayRole && a.requests.empty() ? tr("none") : rostering::requestsText(a.requests);
    }
    return {};
}

bool AgentModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= rowCount())
        return false;
    const rostering::AgentRoster &r = roster();
    Agent a = r.agents[size_t(index.row())];
    const QString text = value.toString().trimmed();
    try {
        switch (index.column()) {
        case Id:
            if (text.isEmpty())
                throw InputError(QString(), 0, QStringLiteral("id"), tr("an agent needs an id"));
            for (int i = 0; i < rowCount(); ++i)
                if (i != index.row() && r.agents[size_t(i)].id == text)
                    throw InputError(QString(), 0, QStringLiteral("id"), tr("another agent is already called '%1'").arg(text));
            a.id = text;
            break;
        case Name: a.name = text; break;
        case Skills:
            a.skills.clear();
            for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
                if (!s.trimmed().isEmpty())
                    a.skills << s.trimmed();
            break;
        case Contract:
            if (!text.isEmpty() && std::none_of(r.contracts.begin(), r.contracts.end(), [&](const rostering::Contract &c) { return c.id == text; }))
                throw InputError(QString(), 0, QStringLiteral("contract"), tr("no contract is called '%1'").arg(text));
            a.contractId = text;
            break;
        case Seniority: {
            bool ok = false;
            a.seniority = text.toInt(&ok);
            if (!ok || a.seniority < 0)
                throw InputError(QString(), 0, QStringLiteral("seniority"), tr("'%1' is not a whole number >= 0").arg(text));
            break;
        }
        case DaysOff: a.fixedDaysOff = rostering::parseDaysOff(text, r.days, rosterstyle::firstDate(m_doc->project())); break;
        case Availability: a.availability = rostering::parseAvailability(text); break;
        case Requests: a.requests = rostering::parseRequests(text, r.days, rosterstyle::firstDate(m_doc->project())); break;
        default: return false;
        }
    } catch (const InputError &e) {
        Q_EMIT editRejected(tr("Agent %1, %2").arg(r.agents[size_t(index.row())].id, e.message()));
        return false;
    }
    commands::editAgent(m_doc, index.row(), a,
                        QCoreApplication::translate("Undo Commands", "Edit %1 of agent %2").arg(headers().value(index.column()), a.id));
    return true;
}

void AgentModel::addAgent()
{
    QStringList used;
    for (const Agent &a : roster().agents)
        used << a.id;
    int n = int(used.size()) + 1;
    while (used.contains(QStringLiteral("A%1").arg(n)))
        ++n;
    Agent a;
    a.id = QStringLiteral("A%1").arg(n);
    if (!roster().contracts.empty())
        a.contractId = roster().contracts.front().id;
    a.seniority = n;
    commands::addAgent(m_doc, a);
}

void AgentModel::removeAgent(int row)
{
    commands::removeAgent(m_doc, row);
}

// ---------------------------------------------------------------------------------------------

ContractComboDelegate::ContractComboDelegate(ProjectDocument *doc, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_doc(doc)
{
}

QWidget *ContractComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(QString());
    for (const rostering::Contract &c : m_doc->project().roster.contracts)
        combo->addItem(c.id);
    return combo;
}

void ContractComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findText(index.data(Qt::EditRole).toString())));
}

void ContractComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentText(), Qt::EditRole);
}

} // namespace tessera::ui
