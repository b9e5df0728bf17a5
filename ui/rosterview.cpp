// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rosterview.h"

#include "core/rostering/rosteredits.h"
#include "ui/rostermodels.h"
#include "ui/rostertimeline.h"

#include <QAction>
#include <QButtonGroup>
#include <QCoreApplication>
#include <QSignalBlocker>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <tuple>

namespace tessera::ui {

using rostering::AgentRoster;
using rosterstyle::Severity;

namespace {

QIcon severityIcon(Severity s)
{
    QPixmap pm(14, 14);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(rosterstyle::severityColor(s));
    p.drawEllipse(QRectF(1, 1, 12, 12));
    p.setPen(Qt::white);
    QFont f;
    f.setPixelSize(10);
    f.setBold(true);
    p.setFont(f);
    p.drawText(QRectF(1, 1, 12, 12), Qt::AlignCenter, QStringLiteral("!"));
    return QIcon(pm);
}

/// Skill colours and the two kinds of break, as the timeline draws them.
QPixmap legendPixmap(const AgentRoster &r, const QFont &font)
{
    const QStringList skills = rosterstyle::skills(r);
    const QFontMetrics fm(font);
    struct Item {
        QString text;
        int kind; // 0 skill, 1 unpaid, 2 paid, 3 hard, 4 soft, 5 request
        QColor color;
    };
    std::vector<Item> items;
    for (const QString &s : skills)
        items.push_back({rosterstyle::skillLabel(s), 0, rosterstyle::skillColor(skills, s)});
    const QColor first = skills.isEmpty() ? QColor(0x00, 0x72, 0xb2) : rosterstyle::skillColor(skills, skills.front());
    items.push_back({QCoreApplication::translate("Roster", "unpaid break / meal"), 1, first});
    items.push_back({QCoreApplication::translate("Roster", "paid break"), 2, first});
    items.push_back({QCoreApplication::translate("Roster", "hard violation"), 3, rosterstyle::severityColor(Severity::Hard)});
    items.push_back({QCoreApplication::translate("Roster", "soft violation"), 4, rosterstyle::severityColor(Severity::Soft)});
    items.push_back({QCoreApplication::translate("Roster", "request granted"), 5, RosterGridDelegate::requestColor(RosterGridModel::RequestGranted)});
    items.push_back({QCoreApplication::translate("Roster", "request denied"), 5, RosterGridDelegate::requestColor(RosterGridModel::RequestDenied)});
    int width = 0;
    for (const Item &it : items)
        width += 26 + fm.horizontalAdvance(it.text) + 14;
    const qreal dpr = 2.0;
    QPixmap pm(QSize(width, 20) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(font);
    int x = 0;
    for (const Item &it : items) {
        const QRectF sw(x, 4, 22, 12);
        switch (it.kind) {
        case 0:
            p.setPen(Qt::NoPen);
            p.setBrush(it.color);
            p.drawRoundedRect(sw, 2, 2);
            break;
        case 1:
            p.fillRect(sw, it.color);
            p.fillRect(sw.adjusted(6, 0, -6, 0), Qt::white);
            p.fillRect(sw.adjusted(6, 0, -6, 0), QBrush(it.color.lighter(120), Qt::BDiagPattern));
            break;
        case 2:
            p.fillRect(sw, it.color);
            p.fillRect(sw.adjusted(6, 0, -6, 0), it.color.lighter(165));
            break;
        case 5: {
            p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1));
            p.setBrush(Qt::white);
            p.drawRect(sw.adjusted(0.5, 0.5, -0.5, -0.5));
            QPainterPath corner;
            corner.moveTo(sw.topLeft());
            corner.lineTo(sw.topLeft() + QPointF(9, 0));
            corner.lineTo(sw.topLeft() + QPointF(0, 9));
            corner.closeSubpath();
            p.fillPath(corner, it.color);
            break;
        }
        default:
            p.setPen(QPen(it.color, 2));
            p.setBrush(QColor(0xdd, 0xdd, 0xdd));
            p.drawRoundedRect(sw.adjusted(1, 1, -1, -1), 2, 2);
        }
        p.setPen(QColor(0x30, 0x30, 0x30));
        p.drawText(QRectF(x + 26, 0, fm.horizontalAdvance(it.text) + 4, 20), Qt::AlignVCenter | Qt::AlignLeft, it.text);
        x += 26 + fm.horizontalAdvance(it.text) + 14;
    }
    return pm;
}

} // namespace

RelaxationPanel::RelaxationPanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new QTreeWidget(this))
    , m_placeholder(new QLabel(this))
{
    m_view->setColumnCount(3);
    m_view->setHeaderLabels({tr("#"), tr("Relaxation"), tr("Gain")});
    m_view->setRootIsDecorated(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setText(tr("<p style='color:#6b727a'>When a roster solve cannot meet every rule, the rules to "
                              "relax appear here, ranked by how much they would gain.</p>"));
    auto *stack = new QStackedLayout(this);
    stack->addWidget(m_placeholder);
    stack->addWidget(m_view);
    connect(m_view, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { Q_EMIT activated(m_view->indexOfTopLevelItem(item->parent() ? item->parent() : item)); });
    setRelaxations({});
}

void RelaxationPanel::setRelaxations(std::vector<RelaxationRow> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const RelaxationRow &a, const RelaxationRow &b) { return a.gain > b.gain; });
    m_rows = std::move(rows);
    m_view->clear();
    const QLocale l;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(0, QString::number(i + 1));
        item->setText(1, m_rows[i].title);
        item->setToolTip(1, m_rows[i].description);
        item->setText(2, l.toString(m_rows[i].gain, 'f', 1));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        QFont f = item->font(1);
        f.setBold(true);
        item->setFont(1, f);
        if (!m_rows[i].description.isEmpty()) {
            auto *detail = new QTreeWidgetItem(item);
            detail->setText(1, m_rows[i].description);
            detail->setToolTip(1, m_rows[i].description);
            detail->setFirstColumnSpanned(false);
        }
    }
    m_view->expandAll();
    static_cast<QStackedLayout *>(layout())->setCurrentIndex(m_rows.empty() ? 0 : 1);
}

RosterView::RosterView(ProjectDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
    , m_grid(new RosterGridModel(doc, this))
    , m_stats(new RosterStatsModel(doc, this))
{
    m_gridView = new QTableView(this);
    m_gridView->setModel(m_grid);
    m_gridView->setItemDelegate(new RosterGridDelegate(m_gridView));
    m_gridView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_gridView->verticalHeader()->setDefaultSectionSize(22);
    m_gridView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_gridView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn); // like the timeline: days line up
    m_gridView->horizontalHeader()->setMinimumSectionSize(48);
    m_gridView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_gridView->setAccessibleName(tr("Roster grid"));
    m_gridView->setToolTip({});
    connect(m_gridView->selectionModel(), &QItemSelectionModel::currentChanged, this, &RosterView::syncFromGrid);
    auto *clear = new QAction(tr("Clear cell"), m_gridView);
    clear->setShortcuts({QKeySequence::Delete, QKeySequence(Qt::Key_Backspace)});
    clear->setShortcutContext(Qt::WidgetShortcut);
    connect(clear, &QAction::triggered, this, [this] {
        const QModelIndex current = m_gridView->currentIndex();
        if (current.isValid() && !m_grid->isFooter(current.row()))
            m_grid->setData(current, QString(), Qt::EditRole);
    });
    m_gridView->addAction(clear);

    m_timeline = new RosterTimeline(doc, this);
    m_gridView->verticalHeader()->setFixedWidth(m_timeline->headerWidth());
    m_chart = new RosterCoverageChart(m_timeline, this);
    connect(m_timeline, &RosterTimeline::assignmentSelected, this, &RosterView::syncFromTimeline);

    auto *gantt = new QWidget(this);
    auto *gl = new QVBoxLayout(gantt);
    gl->setContentsMargins(0, 0, 0, 0);
    gl->setSpacing(2);
    gl->addWidget(m_timeline, 3);
    gl->addWidget(m_chart, 1);

    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_gridView);
    left->addWidget(gantt);
    left->setStretchFactor(0, 2);
    left->setStretchFactor(1, 3);

    // right: verdict, violations, statistics, relaxations
    m_verdict = new QLabel(this);
    m_verdict->setTextFormat(Qt::RichText);
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_violationList = new QListWidget(this);
    m_violationList->setWordWrap(true);
    m_violationList->setResizeMode(QListView::Adjust);
    m_violationList->setUniformItemSizes(false);
    m_violationList->setAlternatingRowColors(true);
    m_violationList->setSpacing(1);
    connect(m_violationList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showViolation(item->data(Qt::UserRole).toInt());
    });
    auto *statsView = new QTableView(this);
    statsView->setModel(m_stats);
    statsView->verticalHeader()->setVisible(false);
    statsView->verticalHeader()->setDefaultSectionSize(20);
    statsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    statsView->setAlternatingRowColors(true);
    statsView->setSortingEnabled(false);
    m_relaxations = new RelaxationPanel(this);

    auto *tabs = new QTabWidget(this);
    tabs->setDocumentMode(true);
    tabs->addTab(m_violationList, tr("Violations"));
    tabs->addTab(statsView, tr("Fairness"));
    tabs->addTab(m_relaxations, tr("Relaxations"));
    auto *right = new QWidget(this);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    rl->addWidget(m_verdict);
    rl->addWidget(tabs, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({900, 380});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createToolbar());
    layout->addWidget(split, 1);

    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes what) {
        if (what & ProjectDocument::Roster)
            refresh();
    });
    refresh();
}

QWidget *RosterView::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *l = new QHBoxLayout(bar);
    l->setContentsMargins(0, 0, 0, 0);
    m_dayButton = new QToolButton(bar);
    m_dayButton->setText(tr("Day"));
    m_dayButton->setCheckable(true);
    m_weekButton = new QToolButton(bar);
    m_weekButton->setText(tr("Week"));
    m_weekButton->setCheckable(true);
    m_weekButton->setChecked(true);
    auto *group = new QButtonGroup(bar);
    group->addButton(m_dayButton);
    group->addButton(m_weekButton);
    connect(m_dayButton, &QToolButton::toggled, this, [this](bool day) {
        m_timeline->setMode(day ? RosterTimeline::Mode::Day : RosterTimeline::Mode::Week);
    });
    auto *prev = new QToolButton(bar);
    prev->setArrowType(Qt::LeftArrow);
    prev->setToolTip(tr("Previous day or week"));
    auto *next = new QToolButton(bar);
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next day or week"));
    m_dayBox = new QComboBox(bar);
    m_dayBox->setMinimumContentsLength(12);
    connect(m_dayBox, &QComboBox::currentIndexChanged, this, [this](int d) {
        if (d >= 0)
            m_timeline->setDay(d);
    });
    const auto step = [this](int dir) {
        const int n = m_timeline->mode() == RosterTimeline::Mode::Day ? 1 : 7;
        m_dayBox->setCurrentIndex(std::clamp(m_dayBox->currentIndex() + dir * n, 0, m_dayBox->count() - 1));
    };
    connect(prev, &QToolButton::clicked, this, [step] { step(-1); });
    connect(next, &QToolButton::clicked, this, [step] { step(1); });
    connect(m_timeline, &RosterTimeline::rangeChanged, this, [this] {
        if (m_dayBox->currentIndex() != m_timeline->day())
            m_dayBox->setCurrentIndex(m_timeline->day());
        const bool day = m_timeline->mode() == RosterTimeline::Mode::Day;
        if (m_dayButton->isChecked() != day)
            (day ? m_dayButton : m_weekButton)->setChecked(true);
    });
    l->addWidget(new QLabel(tr("Timeline:"), bar));
    l->addWidget(m_dayButton);
    l->addWidget(m_weekButton);
    l->addSpacing(8);
    l->addWidget(prev);
    l->addWidget(m_dayBox);
    l->addWidget(next);
    l->addSpacing(16);
    m_legend = new QLabel(bar);
    l->addWidget(m_legend);
    l->addStretch();
    return bar;
}

void RosterView::fillDays()
{
    const AgentRoster &r = m_doc->project().roster;
    const QDate first = rosterstyle::firstDate(m_doc->project());
    if (m_dayBox->count() == r.days && (r.days == 0 || m_dayBox->itemText(0) == rosterstyle::dayLabel(r, 0, first)))
        return;
    const QSignalBlocker block(m_dayBox);
    m_dayBox->clear();
    for (int d = 0; d < r.days; ++d)
        m_dayBox->addItem(rosterstyle::dayLabel(r, d, first));
    m_dayBox->setCurrentIndex(std::min(m_timeline->day(), r.days - 1));
}

void RosterView::refresh()
{
    const AgentRoster &r = m_doc->project().roster;
    const rostering::RosterEvaluation &e = m_doc->rosterEvaluation();
    fillDays();
    m_legend->setPixmap(legendPixmap(r, font()));
    const bool fewDays = r.days <= 14;
    m_gridView->horizontalHeader()->setSectionResizeMode(fewDays ? QHeaderView::Stretch : QHeaderView::Fixed);
    if (!fewDays)
        m_gridView->horizontalHeader()->setDefaultSectionSize(56);

    // verdict
    const QLocale l;
    int hard = 0, soft = 0;
    for (const rostering::RosterViolation &v : e.violations)
        (v.hard ? hard : soft) += 1;
    QString html;
    if (!m_doc->rosterError().isEmpty()) {
        html = tr("<b style='color:#b01010'>Roster cannot be checked:</b> %1").arg(m_doc->rosterError().toHtmlEscaped());
    } else if (r.agents.empty()) {
        html = tr("<b>No roster</b><br>The project has no named agents yet.");
    } else {
        const double hoursPerInterval = r.intervalMinutes / 60.0;
        html = (hard == 0 ? tr("<b style='color:#1b7a2e'>✔ Valid roster</b>") : tr("<b style='color:#b01010'>✖ %n hard violation(s)</b>", nullptr, hard))
             + (soft ? tr(", <b style='color:#9a6500'>%n soft</b>", nullptr, soft) : QString())
             + tr("<table cellspacing=2 style='margin-top:4px'>"
                  "<tr><td>Objective</td><td align=right><b>%1</b></td></tr>"
                  "<tr><td>Coverage penalty</td><td align=right>%2</td></tr>"
                  "<tr><td>Short / over</td><td align=right>%3 / %4 agent-h</td></tr>"
                  "<tr><td>Requests / soft rules</td><td align=right>%5 / %6</td></tr>"
                  "<tr><td>Spread weekends / evenings</td><td align=right>%7 / %8</td></tr></table>")
                   .arg(l.toString(e.objective(), 'f', 1), l.toString(e.coveragePenalty, 'f', 1),
                        l.toString(e.underAgentIntervals * hoursPerInterval, 'f', 1), l.toString(e.overAgentIntervals * hoursPerInterval, 'f', 1),
                        l.toString(e.requestPenalty, 'f', 1), l.toString(e.softRulePenalty, 'f', 1))
                   .arg(e.weekendSpread)
                   .arg(e.eveningSpread);
    }
    m_verdict->setText(html);

    // violations, hard first, then by day and agent
    const QSignalBlocker block(m_violationList);
    m_violationList->clear();
    std::vector<int> order(e.violations.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = int(i);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const auto &x = e.violations[size_t(a)], &y = e.violations[size_t(b)];
        return std::tuple(!x.hard, x.day, x.agent) < std::tuple(!y.hard, y.day, y.agent);
    });
    const QDate first = rosterstyle::firstDate(m_doc->project());
    for (int i : order) {
        const rostering::RosterViolation &v = e.violations[size_t(i)];
        const QString where = v.day >= 0 ? rosterstyle::dayLabel(r, v.day, first) : tr("whole period");
        const QString who = v.agent >= 0 && v.agent < int(r.agents.size())
            ? (r.agents[size_t(v.agent)].name.isEmpty() ? r.agents[size_t(v.agent)].id : r.agents[size_t(v.agent)].name)
            : QString();
        auto *item = new QListWidgetItem(severityIcon(v.hard ? Severity::Hard : Severity::Soft),
                                         QStringLiteral("%1 · %2 · %3\n%4").arg(where, who, v.rule, v.message), m_violationList);
        item->setToolTip(v.message + (v.hard ? tr(" (hard rule)") : tr(" (soft rule: %1 unit(s) priced)").arg(v.amount)));
        item->setData(Qt::UserRole, i);
    }
    if (e.violations.empty() && !r.assignments.empty()) {
        // Say so rather than leave the planner an empty list to wonder about.
        auto *item = new QListWidgetItem(tr("No violations: every rule of every contract is met."), m_violationList);
        item->setFlags(Qt::NoItemFlags);
        item->setData(Qt::UserRole, -1);
    }
}

void RosterView::showViolation(int i)
{
    const rostering::RosterEvaluation &e = m_doc->rosterEvaluation();
    if (i < 0 || i >= int(e.violations.size()))
        return;
    const rostering::RosterViolation &v = e.violations[size_t(i)];
    if (v.agent < 0)
        return;
    const AgentRoster &r = m_doc->project().roster;
    const int day = v.day >= 0 ? v.day : std::max(0, m_timeline->day());
    m_gridView->setCurrentIndex(m_grid->index(v.agent, day));
    m_gridView->scrollTo(m_grid->index(v.agent, day));
    const std::vector<int> shifts = rostering::assignmentsOn(r, v.agent, day);
    m_timeline->setDay(day);
    m_timeline->selectAssignment(shifts.empty() ? -1 : shifts.front());
}

void RosterView::syncFromGrid()
{
    if (m_syncing)
        return;
    const QModelIndex current = m_gridView->currentIndex();
    if (!current.isValid() || m_grid->isFooter(current.row()))
        return;
    m_syncing = true;
    const std::vector<int> shifts = rostering::assignmentsOn(m_doc->project().roster, current.row(), current.column());
    m_timeline->setDay(current.column());
    m_timeline->selectAssignment(shifts.empty() ? -1 : shifts.front());
    m_syncing = false;
}

void RosterView::syncFromTimeline(int assignment)
{
    const AgentRoster &r = m_doc->project().roster;
    if (m_syncing || assignment < 0 || assignment >= int(r.assignments.size()))
        return;
    m_syncing = true;
    const rostering::Assignment &a = r.assignments[size_t(assignment)];
    m_gridView->setCurrentIndex(m_grid->index(a.agent, a.day(r.intervalsPerDay())));
    m_syncing = false;
}

} // namespace tessera::ui
