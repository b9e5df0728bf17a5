// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/forecastcsv.h"

#include <QDialog>

class QComboBox;

namespace tessera::ui {

/// Maps a forecast CSV's own columns to Tessera's fields and picks the time zone of its local
/// times, before the import. Starts from ForecastColumns::guess().
class ImportForecastDialog : public QDialog
{
    Q_OBJECT
public:
    ImportForecastDialog(const QStringList &header, const QByteArray &timeZone, QWidget *parent = nullptr);
    ForecastColumns columns() const;
    QByteArray timeZone() const;

private:
    QComboBox *m_zone;
    QComboBox *m_start, *m_offered, *m_aht, *m_queue, *m_busy, *m_abandoned;
};

} // namespace tessera::ui
