// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rostertimeline.h"

#include "core/error.h"
#include "core/rostering/rosteredits.h"
#include "ui/commands.h"

#include <QHelpEvent>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QToolTip>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include <cmath>

namespace tessera::ui {

using rostering::AgentRoster;
using rostering::Assignment;
using rosterstyle::Severity;

namespace {

const QColor kGrid(0xe3, 0xe6, 0xea);
const QColor kDayLine(0x9a, 0xa3, 0xad);
const QColor kText(0x22, 0x26, 0x2b);
const QColor kMuted(0x6b, 0x72, 0x7a);
const QColor kSelection(0x10, 0x18, 0x20);

QString agentName(const AgentRoster &r, int agent)
{
    const rostering::Agent &a = r.agents[size_t(agent)];
    return a.name.isEmpty() ? a.id : a.name;
}

} // namespace

RosterTimeline::RosterTimeline(ProjectDocument *doc, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_doc(doc)
{
    setFocusPolicy(Qt::StrongFocus);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(true);
    viewport()->setBackgroundRole(QPalette::Base);
    setMinimumHeight(kRulerHeight + 3 * kMinRowHeight);
    setAccessibleName(tr("Agent timeline"));
    connect(doc, &ProjectDocument::changed, this, &RosterTimeline::onDocumentChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    onDocumentChanged(ProjectDocument::Everything);
}

QSize RosterTimeline::sizeHint() const
{
    return {900, kRulerHeight + std::max<int>(4, int(m_doc->project().roster.agents.size())) * kMinRowHeight + 4};
}

void RosterTimeline::onDocumentChanged(ProjectDocument::Changes what)
{
    if (!(what & ProjectDocument::Roster))
        return;
    if (isDragging())
        m_drag = {}; // the roster under the drag changed (undo, replace): drop the drag
    const AgentRoster &r = m_doc->project().roster;
    if (m_selected >= 0 && r.assignments.size() != m_assignmentCount) { // indices moved: find it again
        const auto it = std::find(r.assignments.begin(), r.assignments.end(), m_selectedShift);
        m_selected = it == r.assignments.end() ? -1 : int(it - r.assignments.begin());
    }
    if (m_selected >= int(r.assignments.size()))
        m_selected = -1;
    m_assignmentCount = r.assignments.size();
    if (m_selected >= 0)
        m_selectedShift = r.assignments[size_t(m_selected)];
    m_day = std::clamp(m_day, 0, std::max(0, r.days - 1));
    m_first = rosterstyle::firstDate(m_doc->project());
    m_skills = rosterstyle::skills(r);
    m_onDuty = rostering::onDutyTotal(r);
    m_required = rostering::requiredTotal(r);
    evaluate();
    updateScrollBar();
    viewport()->update();
    Q_EMIT previewChanged();
}

void RosterTimeline::evaluate()
{
    const rostering::RosterEvaluation &doc = m_doc->rosterEvaluation();
    if (!isDragging()) {
        m_violations.rebuild(doc);
        return;
    }
    // every rule but coverage is per agent: re-validate only the agents the drag touches
    const int from = m_drag.original.agent, to = m_drag.current.agent;
    AgentRoster touched = m_preview;
    touched.required.clear();
    touched.assignments.clear();
    for (const Assignment &a : m_preview.assignments)
        if (a.agent == from || a.agent == to)
            touched.assignments.push_back(a);
    rostering::RosterEvaluation e;
    for (const rostering::RosterViolation &v : doc.violations)
        if (v.agent != from && v.agent != to)
            e.violations.push_back(v);
    try {
        for (rostering::RosterViolation &v : rostering::validateAgentRoster(touched).violations)
            if (v.agent == from || v.agent == to)
                e.violations.push_back(std::move(v));
    } catch (const InputError &) {
        // a malformed preview cannot happen through the clamped edits; show the rest
    }
    m_violations.rebuild(e);
}

const AgentRoster &RosterTimeline::shownRoster() const
{
    return isDragging() ? m_preview : m_doc->project().roster;
}

void RosterTimeline::setMode(Mode m)
{
    if (m == m_mode)
        return;
    m_mode = m;
    viewport()->update();
    Q_EMIT rangeChanged();
}

void RosterTimeline::setDay(int day)
{
    day = std::clamp(day, 0, std::max(0, m_doc->project().roster.days - 1));
    if (day == m_day)
        return;
    const int before = firstInterval();
    m_day = day;
    viewport()->update();
    if (firstInterval() != before)
        Q_EMIT rangeChanged();
}

int RosterTimeline::firstInterval() const
{
    const int perDay = m_doc->project().roster.intervalsPerDay();
    return m_mode == Mode::Day ? m_day * perDay : (m_day / 7) * 7 * perDay;
}

int RosterTimeline::lastInterval() const
{
    const AgentRoster &r = m_doc->project().roster;
    const int perDay = r.intervalsPerDay();
    if (m_mode == Mode::Day)
        return (m_day + 1) * perDay;
    return std::min(r.days, (m_day / 7) * 7 + 7) * perDay;
}

void RosterTimeline::selectAssignment(int index)
{
    const AgentRoster &r = m_doc->project().roster;
    if (index < -1 || index >= int(r.assignments.size()))
        index = -1;
    if (index >= 0) {
        const Assignment &a = r.assignments[size_t(index)];
        setDay(a.day(r.intervalsPerDay()));
        const int top = a.agent * rowHeight();
        const int visible = viewport()->height() - kRulerHeight;
        QScrollBar *sb = verticalScrollBar();
        if (top < sb->value() || top + rowHeight() > sb->value() + visible)
            sb->setValue(top - visible / 2);
    }
    if (index >= 0)
        m_selectedShift = r.assignments[size_t(index)];
    if (index == m_selected)
        return;
    m_selected = index;
    viewport()->update();
    Q_EMIT assignmentSelected(index);
}

int RosterTimeline::rowHeight() const
{
    const int n = std::max<int>(1, int(m_doc->project().roster.agents.size()));
    return std::clamp((viewport()->height() - kRulerHeight) / n, kMinRowHeight, kMaxRowHeight);
}

double RosterTimeline::pixelsPerInterval() const
{
    const int n = std::max(1, lastInterval() - firstInterval());
    return std::max(1.0, double(viewport()->width() - kHeaderWidth)) / n;
}

double RosterTimeline::xForInterval(int i) const
{
    return kHeaderWidth + (i - firstInterval()) * pixelsPerInterval();
}

int RosterTimeline::rowTop(int agent) const
{
    return kRulerHeight + agent * rowHeight() - verticalScrollBar()->value();
}

int RosterTimeline::yForAgent(int agent) const
{
    return rowTop(agent) + rowHeight() / 2;
}

int RosterTimeline::agentAtY(int y) const
{
    const int n = int(shownRoster().agents.size());
    const int row = int(std::floor(double(y - kRulerHeight + verticalScrollBar()->value()) / rowHeight()));
    return std::clamp(row, 0, std::max(0, n - 1));
}

QRect RosterTimeline::spanRect(int agent, int start, int end, int inset) const
{
    const int first = firstInterval(), last = lastInterval();
    if (end <= first || start >= last)
        return {};
    const double x0 = xForInterval(std::max(start, first));
    const double x1 = xForInterval(std::min(end, last));
    const int top = rowTop(agent) + inset;
    return QRect(QPoint(int(std::round(x0)), top), QPoint(int(std::round(x1)) - 1, rowTop(agent) + rowHeight() - 1 - inset));
}

QRect RosterTimeline::barRect(int index) const
{
    const AgentRoster &r = shownRoster();
    if (index < 0 || index >= int(r.assignments.size()))
        return {};
    const Assignment &a = r.assignments[size_t(index)];
    return spanRect(a.agent, a.start, a.end, 4);
}

QRect RosterTimeline::breakRect(int index, bool paid, int breakIndex) const
{
    const AgentRoster &r = shownRoster();
    if (index < 0 || index >= int(r.assignments.size()))
        return {};
    const Assignment &a = r.assignments[size_t(index)];
    const auto &list = paid ? a.paidBreaks : a.breaks;
    if (breakIndex < 0 || breakIndex >= int(list.size()))
        return {};
    return spanRect(a.agent, list[size_t(breakIndex)].start, list[size_t(breakIndex)].end, 6);
}

Severity RosterTimeline::severityOf(int index) const
{
    const AgentRoster &r = shownRoster();
    if (index < 0 || index >= int(r.assignments.size()))
        return Severity::None;
    const Assignment &a = r.assignments[size_t(index)];
    return m_violations.severity(a.agent, a.day(r.intervalsPerDay()));
}

RosterTimeline::Hit RosterTimeline::hitTest(const QPoint &pos) const
{
    Hit hit;
    if (pos.x() < kHeaderWidth || pos.y() < kRulerHeight)
        return hit;
    const AgentRoster &r = shownRoster();
    for (int i = int(r.assignments.size()) - 1; i >= 0; --i) {
        const QRect bar = barRect(i);
        if (bar.isEmpty() || !bar.adjusted(-2, 0, 2, 0).contains(pos))
            continue;
        hit.index = i;
        const Assignment &a = r.assignments[size_t(i)];
        for (bool paid : {false, true}) {
            const auto &list = paid ? a.paidBreaks : a.breaks;
            for (int b = 0; b < int(list.size()); ++b)
                if (breakRect(i, paid, b).adjusted(-1, -3, 1, 3).contains(pos)) {
                    hit.kind = DragKind::Break;
                    hit.paid = paid;
                    hit.breakIndex = b;
                    return hit;
                }
        }
        // resize handles only on edges that are real shift ends (not clipped by the range)
        if (a.start >= firstInterval() && std::abs(pos.x() - bar.left()) <= kEdge)
            hit.kind = DragKind::ResizeStart;
        else if (a.end <= lastInterval() && std::abs(pos.x() - bar.right()) <= kEdge)
            hit.kind = DragKind::ResizeEnd;
        else
            hit.kind = DragKind::Move;
        return hit;
    }
    return hit;
}

void RosterTimeline::mousePressEvent(QMouseEvent *e)
{
    if (e->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(e);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    const Hit hit = hitTest(e->position().toPoint());
    selectAssignment(hit.index);
    if (hit.kind == DragKind::None)
        return;
    static_cast<Hit &>(m_drag) = hit;
    m_drag.press = e->position().toPoint();
    m_drag.original = m_doc->project().roster.assignments[size_t(hit.index)];
    m_drag.current = m_drag.original;
    m_preview = m_doc->project().roster;
    if (hit.kind == DragKind::Move)
        viewport()->setCursor(Qt::ClosedHandCursor);
}

void RosterTimeline::mouseMoveEvent(QMouseEvent *e)
{
    const QPoint pos = e->position().toPoint();
    if (!isDragging()) {
        const Hit hit = hitTest(pos);
        switch (hit.kind) {
        case DragKind::ResizeStart:
        case DragKind::ResizeEnd:
            viewport()->setCursor(Qt::SizeHorCursor);
            break;
        case DragKind::Break:
            viewport()->setCursor(Qt::SplitHCursor);
            break;
        case DragKind::Move:
            viewport()->setCursor(Qt::OpenHandCursor);
            break;
        case DragKind::None:
            viewport()->unsetCursor();
            break;
        }
        return;
    }
    const int delta = int(std::lround((pos.x() - m_drag.press.x()) / pixelsPerInterval()));
    const Assignment &o = m_drag.original;
    const int horizon = m_doc->project().roster.horizon();
    Assignment a = o;
    switch (m_drag.kind) {
    case DragKind::Move:
        a = rostering::shifted(o, delta, horizon);
        a.agent = agentAtY(pos.y());
        break;
    case DragKind::ResizeStart:
        a = rostering::resized(o, o.start + delta, o.end, horizon);
        break;
    case DragKind::ResizeEnd:
        a = rostering::resized(o, o.start, o.end + delta, horizon);
        break;
    case DragKind::Break: {
        const auto &list = m_drag.paid ? o.paidBreaks : o.breaks;
        a = rostering::breakMoved(o, m_drag.paid, m_drag.breakIndex, list[size_t(m_drag.breakIndex)].start + delta);
        break;
    }
    case DragKind::None:
        break;
    }
    updatePreview(a);
}

void RosterTimeline::updatePreview(const Assignment &a)
{
    if (a == m_drag.current)
        return;
    rostering::addOnDuty(m_drag.current, -1.0, m_onDuty);
    rostering::addOnDuty(a, 1.0, m_onDuty);
    m_drag.current = a;
    m_preview.assignments[size_t(m_drag.index)] = a;
    evaluate();
    viewport()->update();
    Q_EMIT previewChanged();
}

void RosterTimeline::mouseReleaseEvent(QMouseEvent *e)
{
    if (e->button() == Qt::LeftButton && isDragging())
        finishDrag(true);
    else
        QAbstractScrollArea::mouseReleaseEvent(e);
}

void RosterTimeline::finishDrag(bool commit)
{
    const Drag drag = m_drag;
    m_drag = {};
    viewport()->unsetCursor();
    if (commit && drag.current != drag.original) {
        QString text;
        switch (drag.kind) {
        case DragKind::Move:
            text = drag.current.agent != drag.original.agent
                ? tr("Move shift %1 to %2").arg(drag.current.code, agentName(m_doc->project().roster, drag.current.agent))
                : tr("Move shift %1").arg(drag.current.code);
            break;
        case DragKind::ResizeStart:
        case DragKind::ResizeEnd:
            text = tr("Resize shift %1").arg(drag.current.code);
            break;
        default:
            text = tr("Move break of %1").arg(drag.current.code);
            break;
        }
        commands::editAssignment(m_doc, drag.index, drag.current, text); // emits changed(Roster)
        return;
    }
    m_onDuty = rostering::onDutyTotal(m_doc->project().roster);
    evaluate();
    viewport()->update();
    Q_EMIT previewChanged();
}

void RosterTimeline::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape && isDragging()) {
        finishDrag(false);
        return;
    }
    const AgentRoster &r = m_doc->project().roster;
    if (isDragging() || m_selected < 0 || m_selected >= int(r.assignments.size())) {
        QAbstractScrollArea::keyPressEvent(e);
        return;
    }
    const Assignment &a = r.assignments[size_t(m_selected)];
    const bool shift = e->modifiers() & Qt::ShiftModifier;
    switch (e->key()) {
    case Qt::Key_Delete:
    case Qt::Key_Backspace: {
        const int index = m_selected;
        selectAssignment(-1);
        commands::removeAssignment(m_doc, index);
        return;
    }
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = e->key() == Qt::Key_Left ? -1 : 1;
        if (shift)
            commands::resizeAssignment(m_doc, m_selected, a.start, a.end + step);
        else
            commands::moveAssignment(m_doc, m_selected, a.agent, step);
        return;
    }
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int agent = a.agent + (e->key() == Qt::Key_Up ? -1 : 1);
        if (agent >= 0 && agent < int(r.agents.size()))
            commands::setAssignmentAgent(m_doc, m_selected, agent);
        return;
    }
    default:
        QAbstractScrollArea::keyPressEvent(e);
    }
}

void RosterTimeline::contextMenuEvent(QContextMenuEvent *e)
{
    const AgentRoster &r = m_doc->project().roster;
    const QPoint pos = e->pos(); // viewport coordinates, as for mouse events
    if (isDragging() || r.agents.empty() || pos.x() < kHeaderWidth || pos.y() < kRulerHeight)
        return;
    const Hit hit = hitTest(pos);
    const int agent = hit.index >= 0 ? r.assignments[size_t(hit.index)].agent : agentAtY(pos.y());
    const int day = hit.index >= 0 ? r.assignments[size_t(hit.index)].day(r.intervalsPerDay())
                                   : (firstInterval() + int((pos.x() - kHeaderWidth) / pixelsPerInterval())) / r.intervalsPerDay();
    if (day < 0 || day >= r.days)
        return;
    QMenu menu(this);
    const QString where = QStringLiteral("%1, %2").arg(agentName(r, agent), rosterstyle::dayLabel(r, day, m_first));
    menu.addSection(where);
    for (const QString &code : rostering::codesInUse(r))
        menu.addAction(tr("Work %1").arg(code), this, [this, agent, day, code] { commands::setRosterCell(m_doc, agent, day, code); });
    menu.addSeparator();
    if (!rostering::assignmentsOn(r, agent, day).empty())
        menu.addAction(tr("Day off (remove the shift)"), this, [this, agent, day] { commands::setRosterCell(m_doc, agent, day, QString()); });
    menu.exec(e->globalPos());
}

void RosterTimeline::resizeEvent(QResizeEvent *e)
{
    QAbstractScrollArea::resizeEvent(e);
    updateScrollBar();
}

void RosterTimeline::updateScrollBar()
{
    const int content = int(m_doc->project().roster.agents.size()) * rowHeight();
    const int visible = std::max(0, viewport()->height() - kRulerHeight);
    verticalScrollBar()->setRange(0, std::max(0, content - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(rowHeight());
}

QString RosterTimeline::toolTipAt(const QPoint &pos) const
{
    const AgentRoster &r = shownRoster();
    if (r.agents.empty() || pos.y() < kRulerHeight)
        return {};
    const int agent = agentAtY(pos.y());
    if (pos.x() < kHeaderWidth) {
        const rostering::Agent &a = r.agents[size_t(agent)];
        QString tip = tr("%1 (%2)\nContract %3, skills %4").arg(agentName(r, agent), a.id, a.contractId,
                                                               a.skills.isEmpty() ? tr("none") : a.skills.join(QStringLiteral(", ")));
        const QString v = m_violations.messages(agent, -1);
        return v.isEmpty() ? tip : tip + QLatin1Char('\n') + v;
    }
    const Hit hit = hitTest(pos);
    if (hit.index >= 0) {
        const Assignment &a = r.assignments[size_t(hit.index)];
        QString tip = QStringLiteral("%1 — %2\n%3").arg(a.code, agentName(r, a.agent), rosterstyle::describe(r, a));
        const QString v = m_violations.messages(a.agent, a.day(r.intervalsPerDay()));
        if (!v.isEmpty())
            tip += QLatin1Char('\n') + v;
        return tip + tr("\nDrag to move, drag an edge to resize, drag a break to move it.");
    }
    const int first = firstInterval();
    const int interval = first + int((pos.x() - kHeaderWidth) / pixelsPerInterval());
    const int day = interval / r.intervalsPerDay();
    QStringList lines;
    const auto &off = r.agents[size_t(agent)].fixedDaysOff;
    if (std::find(off.begin(), off.end(), day) != off.end())
        lines << tr("%1: fixed day off on %2").arg(agentName(r, agent), rosterstyle::dayLabel(r, day, m_first));
    for (const rostering::AgentRequest &q : r.agents[size_t(agent)].requests)
        if (q.day == day)
            lines << (q.on ? tr("Requests to work %1") : tr("Requests not to work %1")).arg(q.code.isEmpty() ? tr("any shift") : q.code);
    const QString v = m_violations.messages(agent, day);
    if (!v.isEmpty())
        lines << v;
    return lines.join(QLatin1Char('\n'));
}

bool RosterTimeline::viewportEvent(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QString tip = toolTipAt(help->pos());
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tip, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(e);
}

void RosterTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(viewport());
    p.setRenderHint(QPainter::Antialiasing, true);
    const AgentRoster &r = shownRoster();
    if (r.agents.empty() || r.days <= 0) {
        p.setPen(kMuted);
        p.drawText(viewport()->rect(), Qt::AlignCenter,
                   m_doc->rosterError().isEmpty() ? tr("No roster yet: generate or solve one, or import agents.")
                                                  : tr("The roster cannot be shown: %1").arg(m_doc->rosterError()));
        return;
    }
    p.save();
    p.setClipRect(QRect(0, kRulerHeight, viewport()->width(), viewport()->height() - kRulerHeight));
    paintRows(p);
    p.setClipRect(QRect(kHeaderWidth, kRulerHeight, viewport()->width() - kHeaderWidth, viewport()->height() - kRulerHeight));
    const int first = firstInterval(), last = lastInterval();
    for (int i = 0; i < int(r.assignments.size()); ++i) {
        const Assignment &a = r.assignments[size_t(i)];
        if (a.end > first && a.start < last && i != m_selected)
            paintBar(p, i);
    }
    if (m_selected >= 0 && m_selected < int(r.assignments.size()))
        paintBar(p, m_selected); // on top
    p.restore();
    paintHeader(p);
    paintRuler(p);
}

void RosterTimeline::paintRows(QPainter &p) const
{
    const AgentRoster &r = shownRoster();
    const int w = viewport()->width();
    const int perDay = r.intervalsPerDay();
    const int first = firstInterval(), last = lastInterval();
    const int firstDay = first / perDay, lastDay = (last + perDay - 1) / perDay;
    // weekend columns
    for (int d = firstDay; d < lastDay; ++d)
        if (rosterstyle::isWeekend(r, d))
            p.fillRect(QRectF(QPointF(xForInterval(d * perDay), kRulerHeight), QPointF(xForInterval((d + 1) * perDay), viewport()->height())),
                       QColor(0xf7, 0xf5, 0xfa));
    for (int agent = 0; agent < int(r.agents.size()); ++agent) {
        const int top = rowTop(agent);
        if (top + rowHeight() < kRulerHeight || top > viewport()->height())
            continue;
        if (agent % 2)
            p.fillRect(QRect(kHeaderWidth, top, w - kHeaderWidth, rowHeight()), QColor(0, 0, 0, 8));
        // fixed days off: hatched
        for (int d : r.agents[size_t(agent)].fixedDaysOff)
            if (d >= firstDay && d < lastDay) {
                const QRect off = spanRect(agent, d * perDay, (d + 1) * perDay, 1);
                p.fillRect(off, QColor(0xea, 0xea, 0xea));
                p.fillRect(off, QBrush(QColor(0xc8, 0xc8, 0xc8), Qt::FDiagPattern));
            }
    }
    // hour grid and day lines
    const int hourStep = m_mode == Mode::Day ? 1 : 6;
    const int perHour = 60 / r.intervalMinutes;
    for (int i = first; i <= last; i += std::max(1, perHour * hourStep)) {
        const double x = xForInterval(i);
        const bool dayLine = i % perDay == 0;
        p.setPen(QPen(dayLine ? kDayLine : kGrid, 1));
        p.drawLine(QPointF(x, kRulerHeight), QPointF(x, viewport()->height()));
    }
    p.setPen(QPen(kGrid, 1));
    for (int agent = 0; agent <= int(r.agents.size()); ++agent)
        p.drawLine(QPoint(0, rowTop(agent)), QPoint(w, rowTop(agent)));
}

void RosterTimeline::paintBar(QPainter &p, int index) const
{
    const AgentRoster &r = shownRoster();
    const Assignment &a = r.assignments[size_t(index)];
    const QRect bar = barRect(index);
    if (bar.isEmpty())
        return;
    const QColor base = rosterstyle::skillColor(m_skills, rosterstyle::colourKey(a));
    const bool selected = index == m_selected;
    const bool dragged = isDragging() && index == m_drag.index;
    if (dragged) { // where it was
        const QRect was = spanRect(m_drag.original.agent, m_drag.original.start, m_drag.original.end, 4);
        if (!was.isEmpty()) {
            p.setPen(QPen(base.darker(130), 1, Qt::DashLine));
            p.setBrush(QColor(base.red(), base.green(), base.blue(), 40));
            p.drawRoundedRect(QRectF(was).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        }
    }
    QPainterPath path;
    path.addRoundedRect(QRectF(bar).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
    p.fillPath(path, base);
    p.save();
    p.setClipPath(path, Qt::IntersectClip);
    for (bool paid : {false, true}) {
        const auto &list = paid ? a.paidBreaks : a.breaks;
        for (int b = 0; b < int(list.size()); ++b) {
            const QRect br = spanRect(a.agent, list[size_t(b)].start, list[size_t(b)].end, 4);
            if (br.isEmpty())
                continue;
            rosterstyle::paintBreak(p, br, base, paid);
        }
    }
    p.restore();
    const Severity sev = m_violations.severity(a.agent, a.day(r.intervalsPerDay()));
    if (sev != Severity::None) {
        p.setPen(QPen(rosterstyle::severityColor(sev), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(bar).adjusted(-1, -1, 1, 1), 4, 4);
        // a small badge at the bar's right end
        const QRectF badge(bar.right() - 12, bar.top() - 4, 13, 13);
        p.setPen(Qt::NoPen);
        p.setBrush(rosterstyle::severityColor(sev));
        p.drawEllipse(badge);
        p.setPen(Qt::white);
        QFont f = font();
        f.setBold(true);
        f.setPixelSize(10);
        p.setFont(f);
        p.drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
    if (selected) {
        p.setPen(QPen(kSelection, 2));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(bar).adjusted(1, 1, -1, -1), 3, 3);
    }
    // label: code, and the times when there is room
    QFont f = font();
    f.setPixelSize(11);
    f.setBold(true);
    p.setFont(f);
    const QFontMetrics fm(f);
    const int day = a.day(r.intervalsPerDay());
    QString label = a.code;
    const QString times = QStringLiteral("%1–%2").arg(rosterstyle::clock(r, a.start, day), rosterstyle::clock(r, a.end, day));
    if (m_mode == Mode::Day || dragged)
        label += QStringLiteral("  ") + times;
    // the label goes into the longest stretch between breaks, so that it hides none of them
    std::vector<int> cuts = {a.start};
    for (const auto *list : {&a.breaks, &a.paidBreaks})
        for (const tessera::Break &b : *list)
            cuts.insert(cuts.end(), {b.start, b.end});
    cuts.push_back(a.end);
    std::sort(cuts.begin(), cuts.end());
    QRect room = bar;
    int longest = -1;
    for (size_t c = 0; c + 1 < cuts.size(); c += 2) {
        const QRect stretch = spanRect(a.agent, cuts[c], cuts[c + 1], 4);
        if (stretch.width() > longest) {
            longest = stretch.width();
            room = stretch;
        }
    }
    if (fm.horizontalAdvance(label) + 8 > room.width())
        label = a.code;
    if (fm.horizontalAdvance(label) + 6 < room.width()) {
        p.setPen(base.lightness() > 150 ? kText : Qt::white);
        p.drawText(room.adjusted(4, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
    } else if (fm.horizontalAdvance(a.code) + 4 < bar.width()) { // a short shift: the code over its breaks
        p.setPen(base.lightness() > 150 ? kText : Qt::white);
        p.drawText(bar, Qt::AlignCenter, a.code);
    }
    if (dragged) { // floating time label above the bar
        QFont tf = font();
        tf.setPixelSize(11);
        p.setFont(tf);
        const QString tip = QStringLiteral("%1 %2").arg(rosterstyle::dayLabel(r, day, m_first), times);
        const QRect box(bar.left(), bar.top() - 18, QFontMetrics(tf).horizontalAdvance(tip) + 8, 16);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x20, 0x24, 0x28, 220));
        p.drawRoundedRect(box, 3, 3);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, tip);
    }
}

void RosterTimeline::paintHeader(QPainter &p) const
{
    const AgentRoster &r = shownRoster();
    p.save();
    p.setClipRect(QRect(0, kRulerHeight, kHeaderWidth, viewport()->height() - kRulerHeight));
    p.fillRect(QRect(0, kRulerHeight, kHeaderWidth, viewport()->height()), QColor(0xf4, 0xf6, 0xf8));
    QFont f = font();
    f.setPixelSize(12);
    QFont small = f;
    small.setPixelSize(10);
    const int selectedAgent = m_selected >= 0 && m_selected < int(r.assignments.size()) ? r.assignments[size_t(m_selected)].agent : -1;
    for (int agent = 0; agent < int(r.agents.size()); ++agent) {
        const int top = rowTop(agent);
        if (top + rowHeight() < kRulerHeight || top > viewport()->height())
            continue;
        const QRect row(8, top, kHeaderWidth - 12, rowHeight());
        const Severity sev = m_violations.severity(agent, -1);
        f.setBold(agent == selectedAgent);
        p.setFont(f);
        p.setPen(sev == Severity::None ? kText : rosterstyle::severityColor(sev));
        const QString name = (sev == Severity::None ? QString() : QStringLiteral("! ")) + agentName(r, agent);
        p.drawText(row.adjusted(0, 0, -44, 0), Qt::AlignVCenter | Qt::AlignLeft, QFontMetrics(f).elidedText(name, Qt::ElideRight, row.width() - 44));
        p.setFont(small);
        p.setPen(kMuted);
        p.drawText(row, Qt::AlignVCenter | Qt::AlignRight, r.agents[size_t(agent)].contractId);
    }
    p.restore();
    p.setPen(QPen(kDayLine, 1));
    p.drawLine(QPoint(kHeaderWidth - 1, kRulerHeight), QPoint(kHeaderWidth - 1, viewport()->height()));
}

void RosterTimeline::paintRuler(QPainter &p) const
{
    const AgentRoster &r = shownRoster();
    const QRect ruler(0, 0, viewport()->width(), kRulerHeight);
    p.fillRect(ruler, QColor(0xf4, 0xf6, 0xf8));
    p.setPen(QPen(kDayLine, 1));
    p.drawLine(ruler.bottomLeft(), ruler.bottomRight());
    const int perDay = r.intervalsPerDay();
    const int perHour = 60 / r.intervalMinutes;
    const int first = firstInterval(), last = lastInterval();
    QFont bold = font();
    bold.setPixelSize(12);
    bold.setBold(true);
    QFont small = font();
    small.setPixelSize(10);
    for (int d = first / perDay; d * perDay < last; ++d) {
        const double x0 = xForInterval(d * perDay), x1 = xForInterval((d + 1) * perDay);
        p.setFont(bold);
        p.setPen(rosterstyle::isWeekend(r, d) ? QColor(0x8a, 0x2b, 0x2b) : kText);
        p.drawText(QRectF(x0 + 4, 1, x1 - x0 - 6, 16), Qt::AlignLeft | Qt::AlignVCenter, rosterstyle::dayLabel(r, d, m_first));
        p.setPen(QPen(kDayLine, 1));
        p.drawLine(QPointF(x0, 0), QPointF(x0, kRulerHeight));
    }
    p.setFont(small);
    const double pixelsPerHour = pixelsPerInterval() * perHour;
    const int labelWidth = QFontMetrics(small).horizontalAdvance(QStringLiteral("00:00")) + 10;
    int labelStep = 1;
    for (int candidate : {1, 2, 3, 6, 12})
        if ((labelStep = candidate) * pixelsPerHour >= labelWidth)
            break;
    for (int i = first; i < last; i += perHour * labelStep) {
        const int hour = (i % perDay) / perHour;
        if (hour == 0)
            continue; // the day's label is there
        const double x = xForInterval(i);
        p.setPen(kMuted);
        p.drawText(QRectF(x - 20, 17, 40, 16), Qt::AlignCenter, QStringLiteral("%1:00").arg(hour, 2, 10, QLatin1Char('0')));
        p.setPen(QPen(kDayLine, 1));
        p.drawLine(QPointF(x, kRulerHeight - 3), QPointF(x, kRulerHeight));
    }
    p.fillRect(QRect(0, 0, kHeaderWidth, kRulerHeight), QColor(0xf4, 0xf6, 0xf8));
    p.setFont(bold);
    p.setPen(kText);
    p.drawText(QRect(8, 0, kHeaderWidth - 12, kRulerHeight), Qt::AlignVCenter | Qt::AlignLeft,
               tr("Agents (%1)").arg(r.agents.size()));
}

RosterCoverageChart::RosterCoverageChart(RosterTimeline *timeline, QWidget *parent)
    : QWidget(parent)
    , m_timeline(timeline)
    , m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(150);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->legend->setVisible(true);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    m_plot->legend->setFont(QFont(font().family(), 8));
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setRowSpacing(0);
    m_plot->legend->setColumnSpacing(8);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom);
    m_plot->yAxis->setLabel(tr("agents"));
    m_required = {};
    m_requiredGraph = m_plot->addGraph();
    m_requiredGraph->setName(tr("Required"));
    m_requiredGraph->setPen(QPen(QColor(0x1f, 0x4e, 0x9d), 2));
    m_requiredGraph->setLineStyle(QCPGraph::lsStepLeft);
    m_onDutyGraph = m_plot->addGraph();
    m_onDutyGraph->setName(tr("On duty"));
    m_onDutyGraph->setPen(QPen(QColor(0x2c, 0x2c, 0x2c), 1.5));
    m_onDutyGraph->setBrush(QColor(0x2c, 0xa0, 0x2c, 45));
    m_onDutyGraph->setLineStyle(QCPGraph::lsStepLeft);
    m_shortEdge = m_plot->addGraph();
    m_shortEdge->setName(tr("Short"));
    m_shortEdge->setPen(Qt::NoPen);
    m_shortEdge->setBrush(QColor(0xd6, 0x27, 0x28, 120));
    m_shortEdge->setLineStyle(QCPGraph::lsStepLeft);
    m_shortEdge->setChannelFillGraph(m_requiredGraph);
    connect(timeline, &RosterTimeline::previewChanged, this, &RosterCoverageChart::refresh);
    connect(timeline, &RosterTimeline::rangeChanged, this, &RosterCoverageChart::refresh);
    refresh();
}

void RosterCoverageChart::refresh()
{
    const AgentRoster &r = m_timeline->shownRoster();
    const int first = m_timeline->firstInterval();
    const int last = std::min({m_timeline->lastInterval(), int(m_timeline->onDutyTotal().size()), int(m_timeline->requiredTotal().size())});
    const std::vector<double> &onDuty = m_timeline->onDutyTotal();
    const std::vector<double> &required = m_timeline->requiredTotal();
    m_onDuty.clear();
    m_required.clear();
    QVector<double> x, shortEdge;
    for (int i = first; i < last; ++i) {
        x << i - first;
        m_onDuty << onDuty[size_t(i)];
        m_required << required[size_t(i)];
        shortEdge << std::min(onDuty[size_t(i)], required[size_t(i)]);
    }
    // step lines end at the range's end
    QVector<double> xs = x, on = m_onDuty, req = m_required;
    if (!x.isEmpty()) {
        xs << last - first;
        on << on.back();
        req << req.back();
        shortEdge << shortEdge.back();
    }
    m_requiredGraph->setData(xs, req, true);
    m_onDutyGraph->setData(xs, on, true);
    m_shortEdge->setData(xs, shortEdge, true);

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int perDay = r.intervalsPerDay();
    const int perHour = 60 / r.intervalMinutes;
    if (m_timeline->mode() == RosterTimeline::Mode::Day) {
        for (int i = first; i <= last; i += 2 * perHour)
            ticker->addTick(i - first, QStringLiteral("%1:00").arg((i - first) / perHour, 2, 10, QLatin1Char('0')));
    } else { // a grid line at each midnight, the day's name under its noon
        for (int d = first / perDay; d * perDay < last; ++d) {
            ticker->addTick(d * perDay - first, QString());
            ticker->addTick(d * perDay + perDay / 2 - first, rosterstyle::dayLabel(r, d, m_timeline->firstDate()));
        }
    }
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0, std::max(1, last - first));
    double top = 1;
    for (int i = 0; i < m_onDuty.size(); ++i)
        top = std::max({top, m_onDuty[i], m_required[i]});
    m_plot->yAxis->setRange(0, std::ceil(top * 1.3)); // headroom for the one-line legend
    // align the plot area with the timeline's time axis
    const int right = m_timeline->verticalScrollBar()->sizeHint().width() + m_timeline->frameWidth();
    m_plot->axisRect()->setMargins(QMargins(m_timeline->headerWidth() + m_timeline->frameWidth(), 0, right, 0));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace tessera::ui
