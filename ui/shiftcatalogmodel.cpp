// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shiftcatalogmodel.h"

#include "core/error.h"
#include "ui/commands.h"

#include <QLocale>

#include <cmath>

namespace tessera::ui {

ShiftCatalogModel::ShiftCatalogModel(ProjectDocument *doc, QObject *parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &ProjectDocument::changed, this, &ShiftCatalogModel::onDocumentChanged);
}

void ShiftCatalogModel::onDocumentChanged(ProjectDocument::Changes what)
{
    if (what & (ProjectDocument::Catalog | ProjectDocument::Forecast)) {
        beginResetModel();
        endResetModel();
    } else if ((what & ProjectDocument::Result) && rowCount() > 0) {
        Q_EMIT dataChanged(index(0, Scheduled), index(rowCount() - 1, Scheduled));
    }
}

int ShiftCatalogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_doc->project().shifts.size());
}

int ShiftCatalogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ShiftCatalogModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Id: return tr("Shift");
    case Day: return tr("Day");
    case Start: return tr("Start");
    case Length: return tr("Length (h)");
    case BreakAt: return tr("Break at (h)");
    case BreakLength: return tr("Break (min)");
    case Cost: return tr("Cost");
    case Max: return tr("Max");
    case PartTime: return tr("Part-time");
    case Scheduled: return tr("Scheduled");
    }
    return {};
}

Qt::ItemFlags ShiftCatalogModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == PartTime)
        return f | Qt::ItemIsUserCheckable;
    if (index.column() == Scheduled)
        return f;
    return f | Qt::ItemIsEditable;
}

QVariant ShiftCatalogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Project &p = m_doc->project();
    const Shift &s = p.shifts[index.row()];
    const IntervalGrid g = p.grid();
    const double hoursPerInterval = p.intervalMinutes / 60.0;
    const QDateTime startTime = g.intervalStart(s.start).toTimeZone(g.timeZone());
    const int dayOffset = int(g.start().date().daysTo(startTime.date()));
    const Break *b = s.breaks.empty() ? nullptr : &s.breaks.front();
    if (role == StartIndexRole)
        return s.start;
    if (role == Qt::CheckStateRole && index.column() == PartTime)
        return s.partTime ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::TextAlignmentRole && index.column() != Id)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == BreakAt && s.breaks.size() > 1)
        return tr("%n break(s); the table edits the first", nullptr, int(s.breaks.size()));
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Id: return s.id;
    case Day:
        return edit ? QVariant(dayOffset) : QVariant(QLocale().toString(startTime.date(), QStringLiteral("ddd d MMM")));
    case Start: return edit ? QVariant(startTime.time()) : QVariant(startTime.time().toString(QStringLiteral("HH:mm")));
    case Length: return s.lengthIntervals() * hoursPerInterval;
    case BreakAt: return b ? QVariant((b->start - s.start) * hoursPerInterval) : (edit ? QVariant(0.0) : QVariant());
    case BreakLength: return b ? (b->end - b->start) * p.intervalMinutes : 0;
    case Cost: return s.cost;
    case Max: return edit || s.max >= 0 ? QVariant(s.max) : QVariant(tr("unlimited"));
    case Scheduled:
        if (p.lastResult)
            for (size_t k = 0; k < p.lastResult->shiftIds.size() && k < p.lastResult->shiftCounts.size(); ++k)
                if (p.lastResult->shiftIds[k] == s.id)
                    return p.lastResult->shiftCounts[k];
        return {};
    }
    return {};
}

QString ShiftCatalogModel::edited(int row, int column, const QVariant &value, Shift *out) const
{
    const Project &p = m_doc->project();
    Shift s = p.shifts.at(row);
    const int len = p.intervalMinutes;
    const IntervalGrid g = p.grid();
    auto toIntervals = [&](double hours, int *result) {
        const double n = hours * 60.0 / len;
        if (std::fabs(n - std::round(n)) > 1e-9)
            return false;
        *result = int(std::lround(n));
        return true;
    };
    auto moveStartTo = [&](int newStart) {
        const int delta = newStart - s.start;
        s.start += delta;
        s.end += delta;
        for (Break &b : s.breaks) {
            b.start += delta;
            b.end += delta;
        }
    };
    bool ok = true;
    switch (column) {
    case Id: {
        const QString id = value.toString().trimmed();
        if (id.isEmpty())
            return tr("A shift needs a name.");
        for (int r = 0; r < int(p.shifts.size()); ++r)
            if (r != row && p.shifts[r].id == id)
                return tr("Another shift is already called '%1'.").arg(id);
        s.id = id;
        break;
    }
    case Day:
    case Start: {
        const QDateTime cur = g.intervalStart(s.start).toTimeZone(g.timeZone());
        const int day = column == Day ? value.toInt(&ok) : int(g.start().date().daysTo(cur.date()));
        const QTime time = column == Start ? value.toTime() : cur.time();
        if (!ok || !time.isValid())
            return tr("Not a valid day or time.");
        const QDateTime target(g.start().date().addDays(day), time, g.timeZone());
        const int idx = g.indexOfStart(target);
        if (idx < 0)
            return tr("%1 is not an interval start inside the horizon.").arg(QLocale().toString(target, QLocale::ShortFormat));
        moveStartTo(idx);
        break;
    }
    case Length: {
        int n = 0;
        if (!toIntervals(value.toDouble(&ok), &n) || !ok || n <= 0)
            return tr("The length must be a positive multiple of %1 minutes.").arg(len);
        s.end = s.start + n;
        break;
    }
    case BreakAt:
    case BreakLength: {
        const Break cur = s.breaks.empty() ? Break{s.start, s.start} : s.breaks.front();
        int offset = cur.start - s.start, blen = cur.end - cur.start;
        if (column == BreakAt && (!toIntervals(value.toDouble(&ok), &offset) || !ok))
            return tr("The break must start on a multiple of %1 minutes.").arg(len);
        if (column == BreakLength) {
            const int minutes = value.toInt(&ok);
            if (!ok || minutes < 0 || minutes % len != 0)
                return tr("The break length must be a multiple of %1 minutes.").arg(len);
            blen = minutes / len;
        }
        if (blen == 0) {
            if (!s.breaks.empty())
                s.breaks.erase(s.breaks.begin());
        } else {
            const Break nb{s.start + offset, s.start + offset + blen};
            if (s.breaks.empty())
                s.breaks.push_back(nb);
            else
                s.breaks.front() = nb;
        }
        break;
    }
    case Cost: {
        const double c = value.toDouble(&ok);
        if (!ok || c < 0)
            return tr("The cost must be a number >= 0.");
        s.cost = c;
        break;
    }
    case Max: {
        const int m = value.toInt(&ok);
        if (!ok || m < -1)
            return tr("Max is a count >= 0, or -1 for unlimited.");
        s.max = m;
        break;
    }
    case PartTime: s.partTime = value.toInt() == Qt::Checked; break;
    default: return tr("This column cannot be edited.");
    }
    // Check the shift against the horizon with the solver's own validation.
    SchedulingProblem probe;
    probe.intervalMinutes = len;
    probe.cyclic = p.cyclic;
    probe.demand.assign(p.intervalCount(), 0.0);
    probe.shifts = {s};
    try {
        probe.validate();
    } catch (const InputError &e) {
        return e.reason();
    }
    *out = s;
    return {};
}

bool ShiftCatalogModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || (role != Qt::EditRole && role != Qt::CheckStateRole))
        return false;
    Shift s;
    const QString error = edited(index.row(), index.column(), value, &s);
    if (!error.isEmpty()) {
        Q_EMIT editRejected(error);
        return false;
    }
    commands::editShift(m_doc, index.row(), s);
    return true;
}

} // namespace tessera::ui
