// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"
#include "ui/rosterstyle.h"

#include <QAbstractScrollArea>
#include <QWidget>

class QCustomPlot;
class QCPGraph;

namespace tessera::ui {

/**
 * The agent timeline (Gantt): agents as rows, the shown day or week (Mode) as the time axis,
 * each assignment a bar coloured by skill with its breaks drawn inside it — unpaid breaks and
 * meals hatched white, paid breaks a pale solid block. Bars with a validator violation on their
 * day are outlined red (hard) or amber (soft) and carry the message in their tooltip; agents
 * with a violation over the whole horizon have their name flagged.
 *
 * Editing: drag a bar to move it (snapped to the interval; vertically to another agent), drag
 * its left or right edge to resize it, drag a break inside its shift. While dragging, the
 * timeline shows a preview roster — re-validated on every move, so violations appear on the
 * spot — and emits previewChanged() so the coverage chart follows live; the drop pushes exactly
 * one undo command (commands::editAssignment); Escape cancels. Keyboard: Delete removes the
 * selected shift, Left/Right move it by one interval (Shift: resize its end), Up/Down give it to
 * the agent above/below. The context menu sets the agent's day to a shift code in use
 * (commands::setRosterCell) or clears it.
 */
class RosterTimeline : public QAbstractScrollArea
{
    Q_OBJECT
public:
    enum class Mode { Day, Week };
    enum class DragKind { None, Move, ResizeStart, ResizeEnd, Break };

    explicit RosterTimeline(ProjectDocument *doc, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode m);
    /// The shown day (Day mode) or a day of the shown week (Week mode: days 7w..7w+6).
    int day() const { return m_day; }
    void setDay(int day);
    /// Shown intervals [firstInterval, lastInterval) of the roster's horizon.
    int firstInterval() const;
    int lastInterval() const;

    int selectedAssignment() const { return m_selected; }
    /// Selects assignment `index` (−1: none) and shows its day.
    void selectAssignment(int index);

    /// The roster drawn: the document's, or the preview while a drag is under way.
    const rostering::AgentRoster &shownRoster() const;
    /// Agents on duty and required per interval of the whole horizon for shownRoster()
    /// (rostering::onDutyTotal / requiredTotal; during a drag only the dragged shift is recounted).
    const std::vector<double> &onDutyTotal() const { return m_onDuty; }
    const std::vector<double> &requiredTotal() const { return m_required; }
    /// Date of day 0 (rosterstyle::firstDate), invalid when unknown.
    QDate firstDate() const { return m_first; }
    bool isDragging() const { return m_drag.kind != DragKind::None; }

    // Geometry in viewport coordinates, for the coverage chart's alignment and for tests.
    int headerWidth() const { return kHeaderWidth; }
    /// Rows share the height (between 26 and 40 pixels each); the rest scrolls.
    int rowHeight() const;
    int rulerHeight() const { return kRulerHeight; }
    double xForInterval(int i) const;
    /// Vertical centre of an agent's row.
    int yForAgent(int agent) const;
    /// The bar of an assignment in the shown range (empty when it is not shown).
    QRect barRect(int index) const;
    QRect breakRect(int index, bool paid, int breakIndex) const;
    /// Severity the bar of `index` is flagged with.
    rosterstyle::Severity severityOf(int index) const;
    QString toolTipAt(const QPoint &viewportPos) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    /// The shown roster changed: a document edit, a drag step, or the end of a drag.
    void previewChanged();
    /// The shown range changed (mode or day).
    void rangeChanged();
    void assignmentSelected(int index);

protected:
    void paintEvent(QPaintEvent *e) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;
    void mouseReleaseEvent(QMouseEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    /// Right click: set the agent's day to one of the codes in use, clear it, or delete the shift.
    void contextMenuEvent(QContextMenuEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    bool viewportEvent(QEvent *e) override;

private:
    static constexpr int kHeaderWidth = 168;
    static constexpr int kRulerHeight = 34;
    static constexpr int kMinRowHeight = 26;
    static constexpr int kMaxRowHeight = 40;
    static constexpr int kEdge = 5; ///< pixels around a bar's edge that resize it

    struct Hit {
        DragKind kind = DragKind::None;
        int index = -1;
        bool paid = false;
        int breakIndex = -1;
    };
    struct Drag : Hit {
        QPoint press;
        rostering::Assignment original;
        rostering::Assignment current;
    };

    void onDocumentChanged(ProjectDocument::Changes what);
    /// Violations of the shown roster: the document's, or during a drag the document's for other
    /// agents and a re-validation of the agents the dragged shift leaves and joins.
    void evaluate();
    double pixelsPerInterval() const;
    int agentAtY(int y) const;
    int rowTop(int agent) const;
    QRect spanRect(int agent, int start, int end, int inset) const;
    Hit hitTest(const QPoint &pos) const;
    void updatePreview(const rostering::Assignment &a);
    void finishDrag(bool commit);
    void updateScrollBar();
    void paintRuler(QPainter &p) const;
    void paintRows(QPainter &p) const;
    void paintBar(QPainter &p, int index) const;
    void paintHeader(QPainter &p) const;

    ProjectDocument *m_doc;
    Mode m_mode = Mode::Week;
    int m_day = 0;
    int m_selected = -1;
    rostering::Assignment m_selectedShift; ///< to find the selection again after an insert or removal
    size_t m_assignmentCount = 0;
    Drag m_drag;
    rostering::AgentRoster m_preview;
    rosterstyle::ViolationIndex m_violations;
    std::vector<double> m_onDuty;
    std::vector<double> m_required;
    QDate m_first;
    QStringList m_skills;
};

/**
 * Required vs on-duty agents per interval for the timeline's shown day or week (step lines;
 * shortfall shaded red), from the roster the timeline shows — so it follows a drag live. On duty
 * is rostering::onDutyTotal() (the validator's definition), required the sum over skills. Its
 * plot area is aligned with the timeline's time axis.
 */
class RosterCoverageChart : public QWidget
{
    Q_OBJECT
public:
    explicit RosterCoverageChart(RosterTimeline *timeline, QWidget *parent = nullptr);
    void refresh();
    /// Values plotted for the shown range, one per interval (for tests).
    QVector<double> onDutySeries() const { return m_onDuty; }
    QVector<double> requiredSeries() const { return m_required; }
    QCustomPlot *plot() const { return m_plot; }

private:
    RosterTimeline *m_timeline;
    QCustomPlot *m_plot;
    QCPGraph *m_requiredGraph = nullptr;
    QCPGraph *m_onDutyGraph = nullptr;
    QCPGraph *m_shortEdge = nullptr;
    QVector<double> m_onDuty;
    QVector<double> m_required;
};

} // namespace tessera::ui
