// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QTimeZone>
#include <QVBoxLayout>

namespace tessera::ui {

ImportForecastDialog::ImportForecastDialog(const QStringList &header, const QByteArray &timeZone, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Import forecast CSV"));
    const ForecastColumns guess = ForecastColumns::guess(header);
    auto combo = [&](const QString &selected, bool optional) {
        auto *c = new QComboBox(this);
        if (optional)
            c->addItem(tr("(none)"), QString());
        for (const QString &h : header)
            c->addItem(h.trimmed(), h.trimmed());
        c->setCurrentIndex(std::max(0, c->findData(selected)));
        return c;
    };
    m_start = combo(guess.intervalStart, false);
    m_offered = combo(guess.offered, false);
    m_aht = combo(guess.ahtSeconds, false);
    m_queue = combo(guess.queue, true);
    m_busy = combo(guess.observedBusy, true);
    m_abandoned = combo(guess.abandoned, true);
    m_zone = new QComboBox(this);
    m_zone->setEditable(true);
    for (const QByteArray &z : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(z));
    m_zone->setCurrentText(QString::fromUtf8(timeZone));
    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Which column holds each field? Rows of several queues are added up; intervals "
                               "of another length are resampled to the project's."),
                            this));
    form->addRow(tr("Interval start (local time):"), m_start);
    form->addRow(tr("Offered contacts:"), m_offered);
    form->addRow(tr("AHT (seconds):"), m_aht);
    form->addRow(tr("Queue / skill:"), m_queue);
    form->addRow(tr("Observed busy agents:"), m_busy);
    form->addRow(tr("Abandoned:"), m_abandoned);
    form->addRow(tr("Time zone:"), m_zone);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ForecastColumns ImportForecastDialog::columns() const
{
    ForecastColumns c;
    c.intervalStart = m_start->currentData().toString();
    c.offered = m_offered->currentData().toString();
    c.ahtSeconds = m_aht->currentData().toString();
    c.queue = m_queue->currentData().toString();
    c.observedBusy = m_busy->currentData().toString();
    c.abandoned = m_abandoned->currentData().toString();
    return c;
}

QByteArray ImportForecastDialog::timeZone() const
{
    return m_zone->currentText().trimmed().toUtf8();
}

} // namespace tessera::ui
