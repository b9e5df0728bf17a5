// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settingswidgets.h"

#include "ui/commands.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
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
    m_target = spin(this, 1, 99.9, 1, tr(" %"), tr("Share of offered contacts answered within the answer time (Erlang C)"));
    m_seconds = spin(this, 0, 3600, 0, tr(" s"), tr("Answer-time threshold of the service level"));
    m_shrinkage = spin(this, 0, 95, 1, tr(" %"), tr("Share of paid time agents are not available: required = net / (1 − shrinkage)"));
    m_occupancy = spin(this, 1, 100, 1, tr(" %"), tr("Occupancy cap: traffic / agents must not exceed this"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Service level:"), m_target);
    form->addRow(tr("Answered within:"), m_seconds);
    form->addRow(tr("Shrinkage:"), m_shrinkage);
    form->addRow(tr("Max occupancy:"), m_occupancy);
    for (QDoubleSpinBox *s : {m_target, m_seconds, m_shrinkage, m_occupancy})
        connect(s, &QDoubleSpinBox::valueChanged, this, &StaffingParamsWidget::commit);
    connect(doc, &ProjectDocument::changed, this, [this](ProjectDocument::Changes w) {
        if (w & ProjectDocument::Forecast)
            load();
    });
    load();
}

void StaffingParamsWidget::load()
{
    const StaffingParams &s = m_doc->project().staffing;
    const QSignalBlocker b1(m_target), b2(m_seconds), b3(m_shrinkage), b4(m_occupancy);
    m_target->setValue(s.serviceLevelTarget * 100.0);
    m_seconds->setValue(s.serviceLevelSeconds);
    m_shrinkage->setValue(s.shrinkage * 100.0);
    m_occupancy->setValue(s.maxOccupancy * 100.0);
}

void StaffingParamsWidget::commit()
{
    StaffingParams s = m_doc->project().staffing;
    s.serviceLevelTarget = m_target->value() / 100.0;
    s.serviceLevelSeconds = m_seconds->value();
    s.shrinkage = m_shrinkage->value() / 100.0;
    s.maxOccupancy = m_occupancy->value() / 100.0;
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
