// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rostermodels.h"

#include "core/rostering/rosteredits.h"
#include "ui/commands.h"

#include <QApplication>
#include <QComboBox>
#include <QFont>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

namespace tessera::ui {

using rostering::AgentRoster;
using rosterstyle::Severity;

namespace {

/// Whether the shifts `shifts` (assignment indices, all on the request's day) grant request q:
/// the validator's rule (agentroster.h: on = works that code, or any shift when code is empty).
bool granted(const AgentRoster &r, const std::vector<int> &shifts, const rostering::AgentRequest &q)
{
    bool works = false;
    for (int i : shifts)
        works = works || q.code.isEmpty() || r.assignments[size_t(i)].code == q.code;
    return works == q.on;
}

} // namespace

RosterGridModel::RosterGridModel(ProjectDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes what) {
        if (what & ProjectDocument::Roster)
            refresh();
    });
    beginResetModel();
    refresh();
    endResetModel();
}

void RosterGridModel::refresh()
{
    const AgentRoster &r = m_doc->project().roster;
    const bool sameShape = int(m_footer.size()) == r.days && m_agents == int(r.agents.size());
    if (!sameShape)
        beginResetModel();
    m_agents = int(r.agents.size());
    m_violations.rebuild(m_doc->rosterEvaluation());
    m_skills = rosterstyle::skills(r);
    m_cells.assign(r.agents.size() * size_t(std::max(0, r.days)), {});
    for (size_t i = 0; i < r.assignments.size(); ++i) {
        const rostering::Assignment &a = r.assignments[i];
        const int day = a.day(r.intervalsPerDay());
        if (a.agent >= 0 && a.agent < int(r.agents.size()) && day >= 0 && day < r.days)
            m_cells[size_t(a.agent) * size_t(r.days) + size_t(day)].push_back(int(i));
    }
    m_first = rosterstyle::firstDate(m_doc->project());
    m_footer.assign(size_t(std::max(0, r.days)), {0.0, 0.0, 0.0});
    const int perDay = r.intervalsPerDay();
    const double hoursPerInterval = r.intervalMinutes / 60.0;
    const auto onDuty = rostering::onDutyBySkill(r);
    for (const auto &[skill, line] : onDuty) {
        const auto req = r.required.find(skill);
        for (int i = 0; i < int(line.size()); ++i) {
            auto &f = m_footer[size_t(i / perDay)];
            f[OnDutyHours] += line[size_t(i)] * hoursPerInterval;
            if (req != r.required.end() && i < int(req->second.size())) {
                f[RequiredHours] += req->second[size_t(i)] * hoursPerInterval;
                f[ShortHours] += std::max(0.0, req->second[size_t(i)] - line[size_t(i)]) * hoursPerInterval;
            }
        }
    }
    if (!sameShape) {
        endResetModel();
    } else if (rowCount() > 0 && columnCount() > 0) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

const std::vector<int> &RosterGridModel::cell(int agent, int day) const
{
    static const std::vector<int> none;
    const size_t i = size_t(agent) * m_footer.size() + size_t(day);
    return agent >= 0 && day >= 0 && day < int(m_footer.size()) && i < m_cells.size() ? m_cells[i] : none;
}

int RosterGridModel::agentCount() const
{
    return m_agents;
}

QStringList RosterGridModel::codes() const
{
    return rostering::codesInUse(m_doc->project().roster);
}

double RosterGridModel::footerValue(FooterRow f, int day) const
{
    return day >= 0 && day < int(m_footer.size()) ? m_footer[size_t(day)][f] : 0.0;
}

int RosterGridModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_footer.empty() || agentCount() == 0)
        return 0;
    return agentCount() + FooterRowCount;
}

int RosterGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_footer.size());
}

QVariant RosterGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AgentRoster &r = m_doc->project().roster;
    const int day = index.column();
    if (isFooter(index.row())) {
        const auto f = FooterRow(index.row() - agentCount());
        const double v = footerValue(f, day);
        switch (role) {
        case Qt::DisplayRole:
            return QLocale().toString(v, 'f', 1);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignCenter);
        case Qt::BackgroundRole:
            return QColor(0xee, 0xf0, 0xf3);
        case Qt::ForegroundRole:
            return f == ShortHours && v > 0.05 ? QColor(0xb0, 0x10, 0x10) : QColor(0x30, 0x30, 0x30);
        case Qt::FontRole: {
            QFont font;
            font.setBold(f == ShortHours && v > 0.05);
            return font;
        }
        case Qt::ToolTipRole:
            return tr("%1: %2 agent-hours on %3").arg(headerData(index.row(), Qt::Vertical, Qt::DisplayRole).toString(),
                                                     QLocale().toString(v, 'f', 2), rosterstyle::dayLabel(r, day, m_first));
        default:
            return {};
        }
    }
    const int agent = index.row();
    const std::vector<int> &shifts = cell(agent, day);
    const auto &offDays = r.agents[size_t(agent)].fixedDaysOff;
    const bool dayOff = std::find(offDays.begin(), offDays.end(), day) != offDays.end();
    const Severity severity = m_violations.severity(agent, day);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        QStringList codes;
        for (int i : shifts)
            codes << r.assignments[size_t(i)].code;
        if (codes.isEmpty() && dayOff && role == Qt::DisplayRole)
            return tr("off");
        return codes.join(QLatin1Char('/'));
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole:
        if (!shifts.empty()) {
            QColor c = rosterstyle::skillColor(m_skills, rosterstyle::colourKey(r.assignments[size_t(shifts.front())]));
            return QColor::fromHsv(c.hsvHue(), std::min(c.hsvSaturation(), 70), 250);
        }
        if (dayOff)
            return QColor(0xe4, 0xe4, 0xe4);
        return rosterstyle::isWeekend(r, day) ? QColor(0xf6, 0xf6, 0xf9) : QVariant();
    case Qt::ForegroundRole:
        return shifts.empty() ? QColor(0x80, 0x80, 0x80) : QColor(0x1a, 0x1a, 0x1a);
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << QStringLiteral("%1 — %2").arg(r.agents[size_t(agent)].name.isEmpty() ? r.agents[size_t(agent)].id : r.agents[size_t(agent)].name,
                                               rosterstyle::dayLabel(r, day, m_first));
        for (int i : shifts)
            lines << QStringLiteral("%1: %2").arg(r.assignments[size_t(i)].code, rosterstyle::describe(r, r.assignments[size_t(i)]));
        if (dayOff)
            lines << tr("Fixed day off");
        for (const rostering::AgentRequest &q : r.agents[size_t(agent)].requests)
            if (q.day == day)
                lines << (q.on ? tr("Requests to work %1 (weight %2): %3") : tr("Requests not to work %1 (weight %2): %3"))
                             .arg(q.code.isEmpty() ? tr("any shift") : q.code)
                             .arg(q.weight)
                             .arg(granted(r, shifts, q) ? tr("granted") : tr("denied"));
        const QString v = m_violations.messages(agent, day);
        if (!v.isEmpty())
            lines << v;
        return lines.join(QLatin1Char('\n'));
    }
    case SeverityRole:
        return int(severity);
    case AssignmentsRole: {
        QVariantList list;
        for (int i : shifts)
            list << i;
        return list;
    }
    case SkillRole:
        return shifts.empty() ? QVariant() : QVariant(r.assignments[size_t(shifts.front())].skill);
    case DayOffRole:
        return dayOff;
    case RequestRole: {
        int mark = NoRequest;
        for (const rostering::AgentRequest &q : r.agents[size_t(agent)].requests) {
            if (q.day == day)
                mark = std::max(mark, granted(r, shifts, q) ? int(RequestGranted) : int(RequestDenied));
        }
        return mark;
    }
    default:
        return {};
    }
}

QVariant RosterGridModel::headerData(int section, Qt::Orientation o, int role) const
{
    const AgentRoster &r = m_doc->project().roster;
    if (o == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole)
            return rosterstyle::dayLabel(r, section, m_first);
        if (role == Qt::ForegroundRole && rosterstyle::isWeekend(r, section))
            return QColor(0x8a, 0x2b, 0x2b);
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (isFooter(section)) {
        static const char *labels[] = {QT_TR_NOOP("On duty (agent-h)"), QT_TR_NOOP("Required (agent-h)"), QT_TR_NOOP("Short (agent-h)")};
        if (role == Qt::DisplayRole)
            return tr(labels[section - agentCount()]);
        if (role == Qt::FontRole) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    }
    const rostering::Agent &a = r.agents[size_t(section)];
    const Severity whole = m_violations.severity(section, -1);
    switch (role) {
    case Qt::DisplayRole:
        return a.name.isEmpty() ? a.id : a.name;
    case Qt::ToolTipRole: {
        QString tip = tr("%1 (%2)\nContract %3, skills %4, seniority %5")
                          .arg(a.name, a.id, a.contractId, a.skills.isEmpty() ? tr("none") : a.skills.join(QStringLiteral(", ")))
                          .arg(a.seniority);
        const QString v = m_violations.messages(section, -1);
        return v.isEmpty() ? tip : tip + QLatin1Char('\n') + v;
    }
    case Qt::ForegroundRole:
        return whole == Severity::None ? QVariant() : QVariant(rosterstyle::severityColor(whole));
    case SeverityRole:
        return int(whole);
    default:
        return {};
    }
}

Qt::ItemFlags RosterGridModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (isFooter(index.row()))
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool RosterGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || isFooter(index.row()))
        return false;
    const QString code = value.toString().trimmed();
    if (code == data(index, Qt::EditRole).toString())
        return false;
    if (!commands::setRosterCell(m_doc, index.row(), index.column(), code)) {
        Q_EMIT editRejected(tr("no shift has code %1; use one of %2").arg(code, codes().join(QStringLiteral(", "))));
        return false;
    }
    return true;
}

QColor RosterGridDelegate::requestColor(int mark)
{
    return mark == RosterGridModel::RequestDenied ? QColor(0x7b, 0x3f, 0xb5) : QColor(0x1b, 0x8a, 0x3a);
}

void RosterGridDelegate::paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyledItemDelegate::paint(p, option, index);
    if (const int mark = index.data(RosterGridModel::RequestRole).toInt()) {
        // top-left corner: the agent asked for something that day
        QPainterPath corner;
        const QRect r = option.rect;
        corner.moveTo(r.topLeft());
        corner.lineTo(r.topLeft() + QPoint(9, 0));
        corner.lineTo(r.topLeft() + QPoint(0, 9));
        corner.closeSubpath();
        p->fillPath(corner, requestColor(mark));
    }
    const auto severity = Severity(index.data(RosterGridModel::SeverityRole).toInt());
    if (severity == Severity::None)
        return;
    const QColor c = rosterstyle::severityColor(severity);
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    p->setPen(QPen(c, 2));
    p->setBrush(Qt::NoBrush);
    p->drawRect(option.rect.adjusted(1, 1, -1, -1));
    // a corner mark that survives selection highlighting
    QPainterPath corner;
    const QRect r = option.rect;
    corner.moveTo(r.topRight() + QPoint(1, 0));
    corner.lineTo(r.topRight() + QPoint(-8, 0));
    corner.lineTo(r.topRight() + QPoint(1, 9));
    corner.closeSubpath();
    p->fillPath(corner, c);
    p->restore();
}

QWidget *RosterGridDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    auto *box = new QComboBox(parent);
    box->addItem(tr("(off)"), QString());
    if (const auto *m = qobject_cast<const RosterGridModel *>(index.model()))
        for (const QString &c : m->codes())
            box->addItem(c, c);
    return box;
}

void RosterGridDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *box = static_cast<QComboBox *>(editor);
    const int i = box->findData(index.data(Qt::EditRole).toString().section(QLatin1Char('/'), 0, 0));
    box->setCurrentIndex(std::max(0, i));
}

void RosterGridDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
}

RosterStatsModel::RosterStatsModel(ProjectDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes what) {
        if (what & ProjectDocument::Roster) {
            beginResetModel();
            endResetModel();
        }
    });
}

int RosterStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->rosterEvaluation().fairness.size());
}

int RosterStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterStatsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const AgentRoster &r = m_doc->project().roster;
    const rostering::FairnessRow &f = m_doc->rosterEvaluation().fairness[size_t(index.row())];
    const rostering::Agent &a = r.agents[size_t(f.agent)];
    if (role == Qt::TextAlignmentRole)
        return int(index.column() <= Contract ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
    const auto count = [&](bool hard) {
        int n = 0;
        for (const rostering::RosterViolation &v : m_doc->rosterEvaluation().violations)
            n += v.agent == f.agent && v.hard == hard;
        return n;
    };
    if (role == Qt::ForegroundRole) {
        if (index.column() == Hard && count(true) > 0)
            return rosterstyle::severityColor(Severity::Hard);
        if (index.column() == Soft && count(false) > 0)
            return rosterstyle::severityColor(Severity::Soft);
        if (index.column() == Denied && f.requestsDenied > 0)
            return QColor(0x9a, 0x5b, 0x00);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (Column(index.column())) {
    case Agent:
        return a.name.isEmpty() ? a.id : a.name;
    case Contract:
        return a.contractId;
    case PaidHours:
        return role == Qt::EditRole ? QVariant(f.paidMinutes / 60.0) : QVariant(QLocale().toString(f.paidMinutes / 60.0, 'f', 2));
    case Weekends:
        return f.weekendsWorked;
    case Evenings:
        return f.eveningShifts;
    case Granted:
        return f.requestsGranted;
    case Denied:
        return f.requestsDenied;
    case Hard:
        return count(true);
    case Soft:
        return count(false);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RosterStatsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, o, role);
    if (o == Qt::Horizontal && role == Qt::ToolTipRole && section >= 0 && section < ColumnCount) {
        static const char *tips[] = {QT_TR_NOOP("Agent"), QT_TR_NOOP("Contract"),
                                     QT_TR_NOOP("Paid hours over the horizon (unpaid breaks excluded)"),
                                     QT_TR_NOOP("Weekends worked (the site's weekend days)"),
                                     QT_TR_NOOP("Evening shifts: starting at or after 18:00 or ending after 22:00"),
                                     QT_TR_NOOP("Requests granted"), QT_TR_NOOP("Requests denied"),
                                     QT_TR_NOOP("Hard rule violations"), QT_TR_NOOP("Soft rule violations")};
        return tr(tips[section]);
    }
    static const char *names[] = {QT_TR_NOOP("Agent"), QT_TR_NOOP("Contract"), QT_TR_NOOP("Paid h"),
                                  QT_TR_NOOP("Wknd"),  QT_TR_NOOP("Eve"),      QT_TR_NOOP("Req ✔"),
                                  QT_TR_NOOP("Req ✘"), QT_TR_NOOP("Hard"),     QT_TR_NOOP("Soft")};
    return section >= 0 && section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace tessera::ui
