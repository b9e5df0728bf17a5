// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingswidgets.h"

#include "ui/commands.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

namespace tessera::ui {

namespace {
QDoubleSpinBox *spin(QWidget *parent, double lo, double hi, int decimals, const QString &suffix, const QString &tip)
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    s->setToolTip(tip);
    s->setKeyboardTracking(false);
    return s;
}
} // namespace

StaffingParamsWidget::StaffingParamsWidget(ProjectDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    m_model = new QComboBox(this);
    m_model->addItem(tr("Erlang C (no abandonment)"), int(StaffingModel::ErlangC));
    m_model->addItem(tr("Erlang A (callers abandon)"), int(StaffingModel::ErlangA));
    m_patience = spin(this, 1, 3600, 0, tr(" s"), tr("Mean time a caller waits before hanging up (Erlang A); estimate it with tessera-cli patience"));
    m_definition = new QComboBox(this);
    m_definition->addItem(tr("answered within t / offered"), int(staffing::SlDefinition::Offered));
    m_definition->addItem(tr("answered within t / answered"), int(staffing::SlDefinition::Answered));
    m_definition->setToolTip(tr("Whether abandoned contacts count as failures (offered) or are left out (answered)"));
    m_maxAbandon = spin(this, 0, 99, 1, tr(" %"), tr("Largest share of offered contacts that may abandon (Erlang A); 0 = none"));
    m_maxAbandon->setSpecialValueText(tr("none"));
    m_channel = new QComboBox(this);
    m_channel->addItem(tr("Voice"), int(Channel::Voice));
    m_channel->addItem(tr("Chat (concurrent)"), int(Channel::Chat));
    m_channel->addItem(tr("Email / back office (deadline)"), int(Channel::Email));
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 20);
    m_concurrency->setSuffix(tr(" chats per agent"));
    m_concurrency->setKeyboardTracking(false);
    m_deadline = spin(this, 1, 7 * 24 * 60, 0, tr(" min"), tr("Every contact must be handled within this time after it arrives"));
    m_target = spin(this, 0, 99.9, 1, tr(" %"), tr("Share of contacts answered within the answer time; none = staff for the ASA target or occupancy cap alone"));
    m_target->setSpecialValueText(tr("none"));
    m_seconds = spin(this, 0, 3600, 0, tr(" s"), tr("Answer-time threshold of the service level"));
    m_asa = spin(this, 0, 3600, 0, tr(" s"), tr("Average speed of answer target; 0 = none"));
    m_asa->setSpecialValueText(tr("none"));
    m_occupancy = spin(this, 1, 100, 1, tr(" %"), tr("Occupancy cap: traffic / agents must not exceed this"));
    m_shrinkage = spin(this, 0, 95, 1, tr(" %"), tr("Shrinkage not in a named category"));
    m_categories = new QTableWidget(0, 2, this);
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Shrinkage %")});
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->verticalHeader()->setVisible(false);
    m_categories->setMaximumHeight(150);
    m_categories->setToolTip(tr("Named shrinkage categories; per-interval values come from PROBLEM.json"));
    auto *add = new QPushButton(tr("Add category"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    m_totalShrinkage = new QLabel(this);
    m_totalShrinkage->setWordWrap(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Model:"), m_model);
    form->addRow(tr("Mean patience:"), m_patience);
    form->addRow(tr("SL counts:"), m_definition);
    form->addRow(tr("Max abandonment:"), m_maxAbandon);
    form->addRow(tr("Channel:"), m_channel);
    form->addRow(tr("Concurrency:"), m_concurrency);
    form->addRow(tr("Deadline:"), m_deadline);
    form->addRow(tr("Service level:"), m_target);
    form->addRow(tr("Answered within:"), m_seconds);
    form->addRow(tr("ASA target:"), m_asa);
    form->addRow(tr("Max occupancy:"), m_occupancy);
    form->addRow(tr("Shrinkage (other):"), m_shrinkage);
    form->addRow(m_categories);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    form->addRow(buttons);
    form->addRow(m_totalShrinkage);

    for (QDoubleSpinBox *s : {m_target, m_seconds, m_asa, m_occupancy, m_shrinkage, m_deadline, m_patience, m_maxAbandon})
        connect(s, &QDoubleSpinBox::valueChanged, this, &StaffingParamsWidget::commit);
    connect(m_model, &QComboBox::currentIndexChanged, this, &StaffingParamsWidget::commit);
    connect(m_definition, &QComboBox::currentIndexChanged, this, &StaffingParamsWidget::commit);
    connect(m_concurrency, &QSpinBox::valueChanged, this, &StaffingParamsWidget::commit);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &StaffingParamsWidget::commit);
    connect(m_categories, &QTableWidget::itemChanged, this, &StaffingParamsWidget::commit);
    connect(add, &QPushButton::clicked, this, &StaffingParamsWidget::addCategory);
    connect(remove, &QPushButton::clicked, this, &StaffingParamsWidget::removeCategory);
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes w) {
        if (w & ProjectDocument::Forecast)
            load();
    });
    load();
}

void StaffingParamsWidget::load()
{
    const StaffingParams &s = m_doc->selectedStaffing();
    const QSignalBlocker b1(m_target), b2(m_seconds), b3(m_shrinkage), b4(m_occupancy), b5(m_asa), b6(m_channel),
        b7(m_concurrency), b8(m_deadline), b9(m_categories), b10(m_model), b11(m_patience), b12(m_definition),
        b13(m_maxAbandon);
    m_model->setCurrentIndex(m_model->findData(int(s.model)));
    m_patience->setValue(s.patienceSeconds > 0 ? s.patienceSeconds : 120.0);
    m_definition->setCurrentIndex(m_definition->findData(int(s.slDefinition)));
    m_maxAbandon->setValue(s.maxAbandonment * 100.0);
    const bool erlangA = s.model == StaffingModel::ErlangA;
    m_patience->setEnabled(erlangA);
    m_definition->setEnabled(erlangA);
    m_maxAbandon->setEnabled(erlangA);
    m_channel->setCurrentIndex(m_channel->findData(int(s.channel)));
    m_concurrency->setValue(s.concurrency);
    m_deadline->setValue(s.deadlineMinutes > 0 ? s.deadlineMinutes : 60.0);
    m_target->setValue(s.serviceLevelTarget * 100.0);
    m_seconds->setValue(s.serviceLevelSeconds);
    m_asa->setValue(s.asaSeconds);
    m_occupancy->setValue(s.maxOccupancy * 100.0);
    m_shrinkage->setValue(s.shrinkage * 100.0);
    const bool email = s.channel == Channel::Email;
    m_concurrency->setEnabled(s.channel == Channel::Chat);
    m_deadline->setEnabled(email);
    for (QWidget *w : std::initializer_list<QWidget *>{m_target, m_seconds, m_asa, m_occupancy})
        w->setEnabled(!email);
    m_categories->setRowCount(0);
    for (const ShrinkageCategory &c : s.shrinkageCategories) {
        const int row = m_categories->rowCount();
        m_categories->insertRow(row);
        m_categories->setItem(row, 0, new QTableWidgetItem(c.category));
        auto *v = new QTableWidgetItem(c.byInterval.empty() ? QString::number(c.value * 100.0) : tr("per interval"));
        if (!c.byInterval.empty())
            v->setFlags(v->flags() & ~Qt::ItemIsEditable);
        v->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_categories->setItem(row, 1, v);
    }
    double lo = 1.0, hi = 0.0;
    for (int t = 0; t < std::max(1, m_doc->project().intervalCount()); ++t) {
        const double v = m_doc->project().intervalCount() ? s.shrinkageAt(t) : s.shrinkage;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
    }
    m_totalShrinkage->setText(lo == hi ? tr("Total shrinkage: %1 %").arg(lo * 100.0, 0, 'f', 1)
                                       : tr("Total shrinkage: %1–%2 % by interval").arg(lo * 100.0, 0, 'f', 1).arg(hi * 100.0, 0, 'f', 1));
}

void StaffingParamsWidget::commit()
{
    StaffingParams s = m_doc->selectedStaffing();
    s.model = StaffingModel(m_model->currentData().toInt());
    s.patienceSeconds = s.model == StaffingModel::ErlangA ? m_patience->value() : s.patienceSeconds;
    s.slDefinition = staffing::SlDefinition(m_definition->currentData().toInt());
    s.maxAbandonment = m_maxAbandon->value() / 100.0;
    s.channel = Channel(m_channel->currentData().toInt());
    s.concurrency = m_concurrency->value();
    s.deadlineMinutes = s.channel == Channel::Email ? m_deadline->value() : s.deadlineMinutes;
    s.serviceLevelTarget = m_target->value() / 100.0;
    s.serviceLevelSeconds = m_seconds->value();
    s.asaSeconds = m_asa->value();
    s.maxOccupancy = m_occupancy->value() / 100.0;
    s.shrinkage = m_shrinkage->value() / 100.0;
    for (int row = 0; row < m_categories->rowCount() && row < int(s.shrinkageCategories.size()); ++row) {
        ShrinkageCategory &c = s.shrinkageCategories[row];
        c.category = m_categories->item(row, 0) ? m_categories->item(row, 0)->text() : c.category;
        bool ok = false;
        const double v = m_categories->item(row, 1) ? m_categories->item(row, 1)->text().toDouble(&ok) : 0.0;
        if (c.byInterval.empty() && ok && v >= 0 && v < 100)
            c.value = v / 100.0;
    }
    commands::setStaffing(m_doc, s);
    load(); // shows what was accepted (e.g. a rejected category value reverts)
}

void StaffingParamsWidget::addCategory()
{
    StaffingParams s = m_doc->selectedStaffing();
    s.shrinkageCategories.push_back({tr("Category %1").arg(s.shrinkageCategories.size() + 1), 0.0, {}});
    commands::setStaffing(m_doc, s);
}

void StaffingParamsWidget::removeCategory()
{
    const int row = m_categories->currentRow();
    StaffingParams s = m_doc->selectedStaffing();
    if (row < 0 || row >= int(s.shrinkageCategories.size()))
        return;
    s.shrinkageCategories.erase(s.shrinkageCategories.begin() + row);
    commands::setStaffing(m_doc, s);
}

ConstraintsWidget::ConstraintsWidget(ProjectDocument *doc, QWidget *parent)
    : QWidget(parent)
    , m_doc(doc)
{
    m_maxHeadcount = new QSpinBox(this);
    m_maxHeadcount->setRange(0, 100000);
    m_maxHeadcount->setSpecialValueText(tr("no limit"));
    m_maxHeadcount->setKeyboardTracking(false);
    m_maxHeadcount->setToolTip(tr("Most shifts that may start on one day (the day's headcount)"));
    m_minStaffing = spin(this, 0, 10000, 1, tr(" agents"), tr("Agents on duty in every interval with demand, whatever the forecast"));
    m_maxPartTime = spin(this, 0, 100, 1, tr(" %"), tr("Largest share of scheduled shifts that may be part-time"));
    m_mode = new QComboBox(this);
    m_mode->addItem(tr("Hard: cover every interval"), int(CoverageMode::Hard));
    m_mode->addItem(tr("Soft: price under-staffing"), int(CoverageMode::Soft));
    m_under = spin(this, 0, 1e6, 2, QString(), tr("Cost of one missing agent for one interval (soft coverage)"));
    m_over = spin(this, 0, 1e6, 2, QString(), tr("Cost of one extra agent for one interval"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Max headcount per day:"), m_maxHeadcount);
    form->addRow(tr("Minimum staffing:"), m_minStaffing);
    form->addRow(tr("Max part-time share:"), m_maxPartTime);
    form->addRow(tr("Coverage:"), m_mode);
    form->addRow(tr("Under-staffing penalty:"), m_under);
    form->addRow(tr("Over-staffing penalty:"), m_over);
    auto *note = new QLabel(tr("Penalties are per agent per interval, in the same currency as shift costs."), this);
    note->setWordWrap(true);
    form->addRow(note);
    connect(m_maxHeadcount, &QSpinBox::valueChanged, this, &ConstraintsWidget::commit);
    for (QDoubleSpinBox *s : {m_minStaffing, m_maxPartTime, m_under, m_over})
        connect(s, &QDoubleSpinBox::valueChanged, this, &ConstraintsWidget::commit);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &ConstraintsWidget::commit);
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes w) {
        if (w & ProjectDocument::Constraints)
            load();
    });
    load();
}

void ConstraintsWidget::load()
{
    const Project &p = m_doc->project();
    const QSignalBlocker b1(m_maxHeadcount), b2(m_minStaffing), b3(m_maxPartTime), b4(m_mode), b5(m_under), b6(m_over);
    m_maxHeadcount->setValue(p.constraints.maxHeadcount);
    m_minStaffing->setValue(p.constraints.minStaffing);
    m_maxPartTime->setValue(p.constraints.maxPartTimeShare * 100.0);
    m_mode->setCurrentIndex(p.coverage.mode == CoverageMode::Soft ? 1 : 0);
    m_under->setValue(p.coverage.underPenalty);
    m_under->setEnabled(p.coverage.mode == CoverageMode::Soft);
    m_over->setValue(p.coverage.overPenalty);
}

void ConstraintsWidget::commit()
{
    Constraints c;
    c.maxHeadcount = m_maxHeadcount->value();
    c.minStaffing = m_minStaffing->value();
    c.maxPartTimeShare = m_maxPartTime->value() / 100.0;
    Coverage cov;
    cov.mode = CoverageMode(m_mode->currentData().toInt());
    cov.underPenalty = m_under->value();
    cov.overPenalty = m_over->value();
    commands::setConstraints(m_doc, c, cov);
}

} // namespace tessera::ui
