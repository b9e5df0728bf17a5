// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/callrecordfields.h"

#include "core/error.h"

namespace tessera::callrecords {

QDate parseYymmdd(const CsvTable &t, size_t r, int c)
{
    const QString s = t.text(r, c);
    bool ok = false;
    const int v = s.toInt(&ok);
    if (!ok || s.size() != 6)
        t.fail(r, c, Tr::tr("'%1' is not a date in YYMMDD form").arg(s));
    const int yy = v / 10000;
    const QDate d(yy >= 70 ? 1900 + yy : 2000 + yy, (v / 100) % 100, v % 100);
    if (!d.isValid())
        t.fail(r, c, Tr::tr("'%1' is not a valid date").arg(s));
    return d;
}

int parseSecondsOfDay(const CsvTable &t, size_t r, int c)
{
    const QString s = t.text(r, c);
    const QStringList p = s.split(QLatin1Char(':'));
    bool ok1 = false, ok2 = false, ok3 = false;
    if (p.size() == 3) {
        const int h = p[0].toInt(&ok1), m = p[1].toInt(&ok2), sec = p[2].toInt(&ok3);
        if (ok1 && ok2 && ok3 && h >= 0 && h < 48 && m >= 0 && m < 60 && sec >= 0 && sec < 60)
            return h * 3600 + m * 60 + sec;
    }
    t.fail(r, c, Tr::tr("'%1' is not a time H:MM:SS").arg(s));
}

QDateTime localTime(const QDate &date, int secs, const QTimeZone &tz)
{
    const QDateTime t(date.addDays(secs / 86400), QTime(0, 0).addSecs(secs % 86400), tz);
    return t.isValid() ? t : QDateTime(date, QTime(0, 0), tz).addSecs(secs);
}

} // namespace tessera::callrecords
