// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/workplanview.h"

#include "core/project/sampleproject.h"
#include "ui/commands.h"
#include "ui/rosterstyle.h"
#include "ui/solverpanel.h"
#include "ui/workplanmodels.h"

#include <QAction>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace tessera::ui {

namespace {

const QColor kShift(0x4c, 0x78, 0xa8);
const QColor kText(0x22, 0x26, 0x2b);
const QColor kMuted(0x6b, 0x72, 0x7a);
const QColor kGrid(0xe3, 0xe6, 0xea);
const QColor kEvening(0x6a, 0x51, 0xa3, 28);
constexpr int kLaneHeader = 58;
constexpr int kLane = 32;
constexpr int kLaneGap = 10;
constexpr int kAxis = 30;
constexpr int kLegend = 26;

QTableView *makeTable(QWidget *parent, QAbstractItemModel *model)
{
    auto *t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->setDefaultSectionSize(22);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setAlternatingRowColors(true);
    t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    return t;
}

QToolBar *makeToolBar(QWidget *parent)
{
    auto *tb = new QToolBar(parent);
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->setIconSize(QSize(16, 16));
    return tb;
}

/// Break windows drawn as the roster timeline draws placed breaks.
void paintBreak(QPainter &p, const QRectF &r, bool paid)
{
    rosterstyle::paintBreak(p, r, kShift, paid);
}

} // namespace

// ---------------------------------------------------------------------------------------------

WorkPlanPreview::WorkPlanPreview(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void WorkPlanPreview::setTemplate(const ShiftTemplate *t)
{
    m_has = t != nullptr;
    if (t)
        m_template = *t;
    updateGeometry();
    update();
}

QSize WorkPlanPreview::sizeHint() const
{
    const int lanes = m_has ? std::max<int>(1, int(m_template.lengthsMinutes.size())) : 1;
    return {520, kAxis + lanes * (kLane + kLaneGap) + kLegend + 80};
}

QSize WorkPlanPreview::minimumSizeHint() const
{
    return {300, kAxis + kLane + kLaneGap + kLegend + 16};
}

void WorkPlanPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect area = rect().adjusted(8, 6, -12, -6);
    if (!m_has || m_template.lengthsMinutes.empty()) {
        p.setPen(kMuted);
        p.drawText(area, Qt::AlignCenter, tr("Select a work plan to see its shifts and break windows."));
        return;
    }
    const ShiftTemplate &t = m_template;
    std::vector<int> lengths = t.lengthsMinutes;
    std::sort(lengths.begin(), lengths.end());
    const int first = t.earliestStartMinutes, last = std::max(t.latestStartMinutes, first);
    const int from = std::max(0, first / 60 * 60 - 60);
    const int to = (last + lengths.back() + 119) / 60 * 60;
    const double left = area.left() + kLaneHeader, width = std::max(1, area.right() - int(left));
    const auto x = [&](int minute) { return left + (minute - from) * width / double(to - from); };
    const int lanesTop = area.top() + kAxis;
    const int lanesBottom = lanesTop + int(lengths.size()) * (kLane + kLaneGap);

    // Evening premium windows, hour grid and clock labels.
    if (t.eveningPremium > 0) {
        for (int day = from / 1440 * 1440 - 1440; day < to; day += 1440) {
            const int a = day + t.eveningFromMinutes;
            const int b = day + t.eveningToMinutes + (t.eveningFromMinutes > t.eveningToMinutes ? 1440 : 0);
            const double xa = x(std::max(a, from)), xb = x(std::min(b, to));
            if (xb > xa)
                p.fillRect(QRectF(xa, lanesTop - 6, xb - xa, lanesBottom - lanesTop + 6), kEvening);
        }
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    const int step = to - from > 16 * 60 ? 120 : 60;
    for (int m = (from + 59) / 60 * 60; m <= to; m += 60) {
        p.setPen(QPen(kGrid, 1));
        p.drawLine(QPointF(x(m), lanesTop - 6), QPointF(x(m), lanesBottom));
        if ((m - from) % step == 0 && x(m) + 18 <= area.right()) {
            p.setPen(kMuted);
            p.drawText(QRectF(x(m) - 30, area.top(), 60, 14), Qt::AlignCenter, minutesToClock(m % 1440));
        }
    }
    // Start ticks: one per start time.
    p.setPen(Qt::NoPen);
    p.setBrush(kShift.darker(130));
    const int increment = std::max(1, t.startIncrementMinutes);
    for (int m = first; m <= last; m += increment) {
        const double cx = x(m);
        const QPointF tri[3] = {{cx - 3.5, lanesTop - 12.0}, {cx + 3.5, lanesTop - 12.0}, {cx, lanesTop - 6.0}};
        p.drawPolygon(tri, 3);
    }

    for (size_t k = 0; k < lengths.size(); ++k) {
        const int len = lengths[k];
        const double top = lanesTop + int(k) * (kLane + kLaneGap) + kLaneGap / 2.0;
        int unpaid = 0;
        for (const BreakRule &b : t.breaks)
            if (len >= b.minShiftMinutes && !b.paid)
                unpaid += b.durationMinutes;
        p.setPen(kText);
        p.drawText(QRectF(area.left(), top, kLaneHeader - 6, kLane / 2.0), Qt::AlignRight | Qt::AlignVCenter,
                   workplantext::duration(len));
        p.setPen(kMuted);
        p.drawText(QRectF(area.left(), top + kLane / 2.0, kLaneHeader - 6, kLane / 2.0), Qt::AlignRight | Qt::AlignVCenter,
                   tr("%1 paid").arg(workplantext::duration(len - unpaid)));
        // The later starts: a pale span with a dashed outline.
        const QRectF span(x(first), top, x(last + len) - x(first), kLane);
        p.setPen(QPen(kShift, 1, Qt::DashLine));
        p.setBrush(QColor(kShift.red(), kShift.green(), kShift.blue(), 36));
        p.drawRoundedRect(span.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        // The earliest-start shift and its break windows.
        const QRectF bar(x(first), top, x(first + len) - x(first), kLane);
        QPainterPath path;
        path.addRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        p.fillPath(path, kShift);
        p.save();
        p.setClipPath(path);
        for (const BreakRule &b : t.breaks) {
            if (len < b.minShiftMinutes)
                continue;
            const int a = first + b.earliestStartMinutes;
            const int e = first + std::min(b.latestStartMinutes + b.durationMinutes, len);
            const QRectF w(x(a), top + 4, std::max(2.0, x(e) - x(a)), kLane - 8);
            paintBreak(p, w, b.paid);
            p.setPen(b.paid ? kShift.darker(160) : kText);
            if (w.width() > 34)
                p.drawText(w, Qt::AlignCenter, QStringLiteral("%1′").arg(b.durationMinutes));
        }
        p.restore();
    }
    // Legend, wrapped to the width.
    double ly = lanesBottom + 8;
    double lx = left;
    const auto item = [&](const QString &text, const std::function<void(const QRectF &)> &swatch) {
        const int w = p.fontMetrics().horizontalAdvance(text);
        if (lx > left && lx + 23 + w > area.right()) {
            lx = left;
            ly += 18;
        }
        const QRectF box(lx, ly, 18, 11);
        swatch(box);
        p.setPen(kMuted);
        p.drawText(QRectF(lx + 23, ly - 2, w + 4, 15), Qt::AlignLeft | Qt::AlignVCenter, text);
        lx += 23 + w + 18;
    };
    item(tr("earliest start"), [&](const QRectF &r) { p.fillRect(r, kShift); });
    item(tr("later starts"), [&](const QRectF &r) {
        p.setPen(QPen(kShift, 1, Qt::DashLine));
        p.setBrush(QColor(kShift.red(), kShift.green(), kShift.blue(), 36));
        p.drawRect(r);
    });
    item(tr("unpaid break window"), [&](const QRectF &r) { paintBreak(p, r, false); });
    item(tr("paid break window"), [&](const QRectF &r) { paintBreak(p, r, true); });
    if (t.eveningPremium > 0)
        item(tr("evening +%1 %").arg(QLocale().toString(t.eveningPremium * 100.0, 'g', 3)),
             [&](const QRectF &r) { p.fillRect(r, QColor(kEvening.red(), kEvening.green(), kEvening.blue(), 70)); });
    // The rules in words, for the record.
    QStringList rules;
    for (size_t k = 0; k < t.breaks.size(); ++k) {
        const BreakRule &b = t.breaks[k];
        QString rule = (b.paid ? tr("%1 min paid, starting %2–%3 after the shift start") : tr("%1 min unpaid, starting %2–%3 after the shift start"))
                           .arg(b.durationMinutes)
                           .arg(workplantext::duration(b.earliestStartMinutes), workplantext::duration(b.latestStartMinutes));
        if (k > 0 && b.minGapMinutes > 0)
            rule += tr(", %1 min after the previous break").arg(b.minGapMinutes);
        if (b.minShiftMinutes > 0)
            rule += tr(", in shifts of %1 or more").arg(workplantext::duration(b.minShiftMinutes));
        rules << QStringLiteral("%1. %2").arg(k + 1).arg(rule);
    }
    const QString starts = tr("Starts %1–%2 every %3 min (%4); cost %5 per paid hour.")
                               .arg(minutesToClock(first), minutesToClock(last))
                               .arg(t.startIncrementMinutes)
                               .arg(workplantext::days(t.days, tr("every day")))
                               .arg(QLocale().toString(t.costPerPaidHour, 'f', 2));
    p.setPen(kText);
    p.drawText(QRectF(left, ly + 20, area.right() - left, area.bottom() - ly - 20), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
               (QStringList{starts} + rules).join(QLatin1Char('\n')));
}

// ---------------------------------------------------------------------------------------------

WorkPlanView::WorkPlanView(ProjectDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_model(new WorkPlanModel(doc, this))
    , m_breakModel(new BreakRuleModel(doc, this))
    , m_placedModel(new PlacedShiftModel(doc, this))
{
    // Work plans: toolbar, summary, table, messages.
    auto *tb = makeToolBar(this);
    QAction *add = tb->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add"), this, &WorkPlanView::addTemplate);
    add->setToolTip(tr("Add a work plan after the selected one"));
    tb->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Duplicate"), this, &WorkPlanView::duplicateTemplates);
    QAction *del = tb->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Delete"), this, &WorkPlanView::deleteTemplates);
    tb->addSeparator();
    QAction *standard = tb->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("Standard set"), this,
                                      &WorkPlanView::addStandardPlans);
    standard->setToolTip(tr("Add early, day, late, night and part-time plans for a 24/7 center"));
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::RichText);
    auto *head = new QHBoxLayout;
    head->addWidget(tb);
    head->addStretch();
    head->addWidget(m_summary);

    m_table = makeTable(this, m_model);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_table->addAction(del);
    m_issues = new QLabel(this);
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_issues->setStyleSheet(QStringLiteral("QLabel { background: #f8d7da; color: #842029; border: 1px solid #f1aeb5;"
                                           " border-radius: 3px; padding: 4px 6px; }"));
    m_issues->hide();
    auto *top = new QWidget(this);
    auto *tl = new QVBoxLayout(top);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->addLayout(head);
    tl->addWidget(m_table, 1);
    tl->addWidget(m_issues);

    // Break rules of the selected plan.
    m_breakBox = new QGroupBox(this);
    auto *btb = makeToolBar(m_breakBox);
    btb->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add rule"), this, [this] {
        const QModelIndex i = m_breakTable->currentIndex();
        m_breakModel->addRule(i.isValid() ? i.row() : m_breakModel->rowCount() - 1);
    });
    btb->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Duplicate"), this, [this] {
        if (m_breakTable->currentIndex().isValid())
            m_breakModel->duplicateRule(m_breakTable->currentIndex().row());
    });
    btb->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Delete"), this, [this] {
        if (m_breakTable->currentIndex().isValid())
            m_breakModel->removeRule(m_breakTable->currentIndex().row());
    });
    m_breakTable = makeTable(m_breakBox, m_breakModel);
    m_breakTable->verticalHeader()->setVisible(true);
    auto *bl = new QVBoxLayout(m_breakBox);
    bl->addWidget(btb);
    bl->addWidget(m_breakTable, 1);

    m_previewBox = new QGroupBox(this);
    m_preview = new WorkPlanPreview(m_previewBox);
    (new QVBoxLayout(m_previewBox))->addWidget(m_preview);

    // What the last work-plan solve scheduled.
    auto *placedBox = new QGroupBox(tr("Scheduled shifts and placed breaks (last solve)"), this);
    m_placedSummary = new QLabel(placedBox);
    m_placedSummary->setWordWrap(true);
    m_placedTable = makeTable(placedBox, m_placedModel);
    m_placedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_placedTable->verticalHeader()->setVisible(false);
    m_placedTable->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    auto *pl = new QVBoxLayout(placedBox);
    pl->addWidget(m_placedSummary);
    pl->addWidget(m_placedTable, 1);

    // Plans on top; the selected plan's break rules beside its preview; the solve's shifts below.
    auto *middle = new QSplitter(Qt::Horizontal, this);
    middle->addWidget(m_breakBox);
    middle->addWidget(m_previewBox);
    middle->setSizes({560, 640});
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(middle);
    split->addWidget(placedBox);
    split->setSizes({200, 270, 330});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_model, &WorkPlanModel::editRejected, this, &WorkPlanView::editRejected);
    connect(m_breakModel, &BreakRuleModel::editRejected, this, &WorkPlanView::editRejected);
    connect(m_model, &WorkPlanModel::summaryChanged, this, &WorkPlanView::refreshSummary);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WorkPlanView::refreshSelection);
    // Every edit resets the model: keep the current cell (or the row whose break rules show).
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex i = m_table->currentIndex();
        m_kept = i.isValid() ? QPoint(i.column(), i.row()) : QPoint(0, std::max(0, m_breakModel->templateRow()));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_table->setCurrentIndex(m_model->index(std::min(m_kept.y(), m_model->rowCount() - 1), m_kept.x()));
        refreshSelection();
    });
    connect(m_doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes what) {
        if (what & (ProjectDocument::Result | ProjectDocument::Templates | ProjectDocument::Forecast))
            refreshSummary();
        m_placedTable->setColumnHidden(PlacedShiftModel::Group, m_doc->project().groups.size() < 2);
    });
    m_placedTable->setColumnHidden(PlacedShiftModel::Group, m_doc->project().groups.size() < 2);
    refreshSummary();
    refreshSelection();
}

int WorkPlanView::currentRow() const
{
    return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
}

void WorkPlanView::selectTemplate(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->setCurrentIndex(m_model->index(row, 0));
}

QString WorkPlanView::summaryText() const
{
    const Project &p = m_doc->project();
    const int n = int(p.templates.size());
    if (n == 0)
        return tr("No work plans: Solve uses the shift catalog. Add one, or a standard set.");
    const QString plans = tr("%n work plan(s)", nullptr, n);
    if (!m_model->variantError().isEmpty())
        return plans + QStringLiteral(" · ") + m_model->variantError();
    const int days = (p.intervalCount() * p.intervalMinutes + 1439) / 1440;
    return tr("%1 · %2 shift variants on the %3-day horizon (%4-min intervals) · Solve uses the work plans")
        .arg(plans, QLocale().toString(m_model->variantCount()))
        .arg(days)
        .arg(p.intervalMinutes);
}

void WorkPlanView::refreshSummary()
{
    m_summary->setText(QStringLiteral("<b>%1</b>").arg(summaryText().toHtmlEscaped()));
    const QStringList issues = m_model->issueMessages();
    m_issues->setVisible(!issues.isEmpty());
    QStringList lines;
    for (const QString &i : issues)
        lines << QStringLiteral("✖ ") + i.toHtmlEscaped();
    m_issues->setText(lines.join(QStringLiteral("<br>")));

    const Project &p = m_doc->project();
    const SolveResult *r = p.lastResult ? &*p.lastResult : nullptr;
    if (!r || r->placedShifts.empty()) {
        m_placedSummary->setText(p.templates.empty() ? tr("Add work plans and solve (F5): the shifts the model schedules "
                                                          "appear here with the breaks it placed.")
                                                     : tr("Solve (F5) to schedule shifts from the work plans and place their breaks."));
        return;
    }
    int breaks = 0;
    for (const DecodedShift &s : r->placedShifts)
        breaks += int(s.breaks.size());
    m_placedSummary->setText(tr("%1 agents' shifts with %2 breaks placed (Aykin's implicit break model), %3%4. "
                                "Solve ▸ Assign Agents rosters them with these break times.")
                                 .arg(m_placedModel->agentCount())
                                 .arg(breaks)
                                 .arg(SolverPanel::statusText(r->status))
                                 .arg(m_doc->isResultStale() ? tr(" — out of date: edited since") : QString()));
}

void WorkPlanView::refreshSelection()
{
    const int row = currentRow();
    m_breakModel->setTemplateRow(row);
    const auto &templates = m_doc->project().templates;
    const ShiftTemplate *t = row >= 0 && row < int(templates.size()) ? &templates[size_t(row)] : nullptr;
    m_preview->setTemplate(t);
    m_breakBox->setTitle(t ? tr("Break rules of %1 (in time order)").arg(t->id) : tr("Break rules"));
    m_breakBox->setEnabled(t != nullptr);
    m_previewBox->setTitle(t ? tr("%1: %n shift variant(s)", nullptr, std::max(0, m_model->variantCount(row))).arg(t->id)
                             : tr("Preview"));
}

void WorkPlanView::addTemplate()
{
    const Project &p = m_doc->project();
    const int row = currentRow() + 1 > 0 ? currentRow() + 1 : int(p.templates.size());
    const ShiftTemplate t = WorkPlanModel::defaultTemplate(p, commands::uniqueTemplateId(p.templates, tr("Plan")));
    commands::insertTemplates(m_doc, row, {t}, tr("Add work plan %1").arg(t.id));
    selectTemplate(row);
}

void WorkPlanView::duplicateTemplates()
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex();
    if (rows.isEmpty())
        return;
    std::vector<ShiftTemplate> all = m_doc->project().templates, copies;
    int last = 0;
    for (const QModelIndex &r : rows) {
        ShiftTemplate t = all[size_t(r.row())];
        t.id = commands::uniqueTemplateId(all, t.id);
        all.push_back(t);
        copies.push_back(t);
        last = std::max(last, r.row());
    }
    commands::insertTemplates(m_doc, last + 1, copies, tr("Duplicate %n work plan(s)", nullptr, int(copies.size())));
    selectTemplate(last + 1);
}

void WorkPlanView::deleteTemplates()
{
    QList<int> rows;
    for (const QModelIndex &r : m_table->selectionModel()->selectedRows())
        rows << r.row();
    if (rows.isEmpty() && m_table->currentIndex().isValid())
        rows << m_table->currentIndex().row();
    if (!rows.isEmpty())
        commands::removeTemplates(m_doc, rows);
}

void WorkPlanView::addStandardPlans()
{
    std::vector<ShiftTemplate> all = m_doc->project().templates, added;
    for (ShiftTemplate t : sampleWorkPlans(m_doc->project().intervalMinutes)) {
        t.id = commands::uniqueTemplateId(all, t.id);
        all.push_back(t);
        added.push_back(t);
    }
    const int row = int(m_doc->project().templates.size());
    commands::insertTemplates(m_doc, row, added, tr("Add standard work plans"));
    selectTemplate(row);
}

} // namespace tessera::ui
