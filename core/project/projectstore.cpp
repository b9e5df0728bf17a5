// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/projectstore.h"

#include "core/io/rosterjson.h"

#include "core/error.h"
#include "core/io/problemjson.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <QCoreApplication>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace tessera {

namespace {

/// Schema migrations: migrations[k] upgrades user_version k to k + 1.
const std::vector<std::vector<const char *>> &migrations()
{
    static const std::vector<std::vector<const char *>> steps = {
        // 0 → 1: the first schema.
        {
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value)",
            "CREATE TABLE forecast (idx INTEGER PRIMARY KEY, offered REAL NOT NULL, aht_seconds REAL NOT NULL, "
            "observed_busy REAL)",
            "CREATE TABLE demand (idx INTEGER PRIMARY KEY, required REAL NOT NULL)",
            "CREATE TABLE shift (ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, start INTEGER NOT NULL, "
            "end_ INTEGER NOT NULL, cost REAL NOT NULL, max_count INTEGER NOT NULL, part_time INTEGER NOT NULL)",
            "CREATE TABLE shift_break (shift_ord INTEGER NOT NULL REFERENCES shift(ord), start INTEGER NOT NULL, "
            "end_ INTEGER NOT NULL)",
            "CREATE TABLE solution (key TEXT PRIMARY KEY, value)",
            "CREATE TABLE solution_shift (ord INTEGER PRIMARY KEY, shift_id TEXT NOT NULL, count INTEGER NOT NULL)",
            "CREATE TABLE solution_interval (idx INTEGER PRIMARY KEY, required REAL NOT NULL, scheduled REAL NOT NULL, "
            "under_ REAL NOT NULL, over_ REAL NOT NULL)",
            "CREATE TABLE diagnosis (ord INTEGER PRIMARY KEY, kind TEXT NOT NULL, intervals TEXT NOT NULL, "
            "message TEXT NOT NULL)",
        },
        // 1 → 2: named shrinkage categories, constant or per interval. New staffing settings
        // (channel, concurrency, deadline, ASA target) are meta keys with defaults when absent.
        {
            "CREATE TABLE shrinkage_category (ord INTEGER PRIMARY KEY, category TEXT NOT NULL, value REAL NOT NULL)",
            "CREATE TABLE shrinkage_value (category_ord INTEGER NOT NULL REFERENCES shrinkage_category(ord), "
            "idx INTEGER NOT NULL, value REAL NOT NULL, PRIMARY KEY (category_ord, idx))",
            // Further queues: their staffing keys as PROBLEM.json text, their forecasts as rows.
            "CREATE TABLE queue (ord INTEGER PRIMARY KEY, name TEXT NOT NULL, staffing TEXT NOT NULL)",
            "CREATE TABLE queue_forecast (queue_ord INTEGER NOT NULL REFERENCES queue(ord), idx INTEGER NOT NULL, "
            "offered REAL NOT NULL, aht_seconds REAL NOT NULL, observed_busy REAL, PRIMARY KEY (queue_ord, idx))",
        },
        // 2 → 3: shift templates (each as its PROBLEM.json object), skills with their own
        // requirement per interval, and agent groups (PROBLEM.json object). Older files have none.
        {
            "CREATE TABLE shift_template (ord INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, definition TEXT NOT NULL)",
            "CREATE TABLE skill (ord INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
            "CREATE TABLE skill_demand (skill_ord INTEGER NOT NULL REFERENCES skill(ord), idx INTEGER NOT NULL, "
            "required REAL NOT NULL, PRIMARY KEY (skill_ord, idx))",
            "CREATE TABLE agent_group (ord INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, definition TEXT NOT NULL)",
        },
        // 3 → 4: the named-agent roster (contracts, agents, assignments, rule settings) as the
        // PROBLEM.json `roster` object (io/rosterjson.h), one row.
        {
            "CREATE TABLE roster (part TEXT PRIMARY KEY, json TEXT NOT NULL)",
        },
        // 4 → 5: a template solve's shifts, one row per agent, with the break times the model
        // placed (SolveResult::placedShifts). Older files have none: their template results keep
        // counts per variant only. IF NOT EXISTS keeps the step idempotent.
        {
            "CREATE TABLE IF NOT EXISTS solution_placed_shift (ord INTEGER PRIMARY KEY, shift_id TEXT NOT NULL, "
            "template_ord INTEGER NOT NULL, group_ord INTEGER NOT NULL, start INTEGER NOT NULL, end_ INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS solution_placed_break (shift_ord INTEGER NOT NULL "
            "REFERENCES solution_placed_shift(ord), ord INTEGER NOT NULL, start INTEGER NOT NULL, end_ INTEGER NOT NULL, "
            "paid INTEGER NOT NULL, PRIMARY KEY (shift_ord, ord))",
        },
    };
    return steps;
}

/// A uniquely named SQLite connection, removed on destruction.
class Connection
{
public:
    Connection(const QString &path, const QString &fileLabel)
        : m_file(fileLabel)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("tessera-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!db.open())
            throw InputError(m_file, 0, QString(), Tr::tr("cannot be opened: %1").arg(db.lastError().text()));
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }
    QSqlQuery exec(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.exec(sql))
            fail(q, sql);
        return q;
    }
    QSqlQuery prepare(const QString &sql) const
    {
        QSqlQuery q(db());
        if (!q.prepare(sql))
            fail(q, sql);
        return q;
    }
    void run(QSqlQuery &q) const
    {
        if (!q.exec())
            fail(q, q.lastQuery());
    }
    [[noreturn]] void fail(const QSqlQuery &q, const QString &sql) const
    {
        throw InputError(m_file, 0, QString(),
                         Tr::tr("database error: %1 (in: %2)").arg(q.lastError().text(), sql.left(80)));
    }
    int pragma(const char *name) const
    {
        QSqlQuery q = exec(QStringLiteral("PRAGMA %1").arg(QLatin1String(name)));
        return q.next() ? q.value(0).toInt() : 0;
    }

private:
    QString m_name;
    QString m_file;
};

void migrate(const Connection &c, int from)
{
    for (int v = from; v < ProjectStore::kSchemaVersion; ++v) {
        c.exec(QStringLiteral("BEGIN"));
        for (const char *sql : migrations().at(v))
            c.exec(QString::fromLatin1(sql));
        c.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1));
        c.exec(QStringLiteral("COMMIT"));
    }
}

QVariant dbl(double v)
{
    return std::isnan(v) ? QVariant() : QVariant(v);
}
double fromDb(const QVariant &v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

void putMeta(const Connection &c, QSqlQuery &q, const char *key, const QVariant &value)
{
    q.bindValue(0, QString::fromLatin1(key));
    q.bindValue(1, value);
    c.run(q);
}

/// Schema 5: each placed shift of a template result and its breaks, in order.
void writePlacedShifts(const Connection &c, const std::vector<DecodedShift> &shifts)
{
    QSqlQuery ps = c.prepare(QStringLiteral("INSERT INTO solution_placed_shift VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery pb = c.prepare(QStringLiteral("INSERT INTO solution_placed_break VALUES (?, ?, ?, ?, ?)"));
    for (size_t i = 0; i < shifts.size(); ++i) {
        const DecodedShift &s = shifts[i];
        ps.bindValue(0, qint64(i));
        ps.bindValue(1, s.shiftId.isNull() ? QStringLiteral("") : s.shiftId);
        ps.bindValue(2, s.templateIndex);
        ps.bindValue(3, s.group);
        ps.bindValue(4, s.start);
        ps.bindValue(5, s.end);
        c.run(ps);
        for (size_t k = 0; k < s.breaks.size(); ++k) {
            pb.bindValue(0, qint64(i));
            pb.bindValue(1, qint64(k));
            pb.bindValue(2, s.breaks[k].start);
            pb.bindValue(3, s.breaks[k].end);
            pb.bindValue(4, k < s.breakPaid.size() && s.breakPaid[k] ? 1 : 0);
            c.run(pb);
        }
    }
}

std::vector<DecodedShift> readPlacedShifts(const Connection &c, const QString &file)
{
    std::vector<DecodedShift> out;
    QSqlQuery ps = c.exec(QStringLiteral("SELECT ord, shift_id, template_ord, group_ord, start, end_ FROM solution_placed_shift "
                                         "ORDER BY ord"));
    while (ps.next()) {
        DecodedShift s;
        s.shiftId = ps.value(1).toString();
        s.templateIndex = ps.value(2).toInt();
        s.group = ps.value(3).toInt();
        s.start = ps.value(4).toInt();
        s.end = ps.value(5).toInt();
        if (ps.value(0).toLongLong() != qint64(out.size()) || s.end <= s.start || s.templateIndex < 0 || s.group < 0)
            throw InputError(file, 0, QStringLiteral("solution_placed_shift"), Tr::tr("placed shift %1 is damaged").arg(out.size()));
        out.push_back(s);
    }
    QSqlQuery pb = c.exec(QStringLiteral("SELECT shift_ord, ord, start, end_, paid FROM solution_placed_break ORDER BY shift_ord, ord"));
    while (pb.next()) {
        const qint64 i = pb.value(0).toLongLong();
        if (i < 0 || i >= qint64(out.size()) || pb.value(1).toLongLong() != qint64(out[size_t(i)].breaks.size()))
            throw InputError(file, 0, QStringLiteral("solution_placed_break"), Tr::tr("a placed break refers to a missing shift %1").arg(i));
        DecodedShift &s = out[size_t(i)];
        const Break b{pb.value(2).toInt(), pb.value(3).toInt()};
        if (b.start < s.start || b.end > s.end || b.end <= b.start)
            throw InputError(file, 0, QStringLiteral("solution_placed_break"),
                             Tr::tr("a break of placed shift %1 lies outside the shift").arg(i));
        s.breaks.push_back(b);
        s.breakPaid.push_back(pb.value(4).toInt() != 0);
    }
    return out;
}

void writeAll(const Connection &c, const Project &p)
{
    c.exec(QStringLiteral("BEGIN"));
    QSqlQuery m = c.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"));
    putMeta(c, m, "name", p.name);
    putMeta(c, m, "timeZone", QString::fromUtf8(p.timeZone));
    putMeta(c, m, "start", p.effectiveStart().toString(Qt::ISODate));
    putMeta(c, m, "intervalMinutes", p.intervalMinutes);
    putMeta(c, m, "cyclic", p.cyclic ? 1 : 0);
    putMeta(c, m, "hasDemand", p.demand.empty() ? 0 : 1);
    putMeta(c, m, "sl.target", p.staffing.serviceLevelTarget);
    putMeta(c, m, "sl.seconds", p.staffing.serviceLevelSeconds);
    putMeta(c, m, "shrinkage", p.staffing.shrinkage);
    putMeta(c, m, "maxOccupancy", p.staffing.maxOccupancy);
    putMeta(c, m, "asaSeconds", p.staffing.asaSeconds);
    putMeta(c, m, "queueName", p.queueName.isNull() ? QStringLiteral("") : p.queueName);
    QSqlQuery qq = c.prepare(QStringLiteral("INSERT INTO queue VALUES (?, ?, ?)"));
    QSqlQuery qf = c.prepare(QStringLiteral("INSERT INTO queue_forecast VALUES (?, ?, ?, ?, ?)"));
    for (size_t k = 0; k < p.moreQueues.size(); ++k) {
        const Queue &q = p.moreQueues[k];
        qq.bindValue(0, qint64(k));
        qq.bindValue(1, q.name.isNull() ? QStringLiteral("") : q.name);
        qq.bindValue(2, QString::fromStdString(staffingToJson(q.staffing).dump()));
        c.run(qq);
        for (size_t t = 0; t < q.forecast.size(); ++t) {
            qf.bindValue(0, qint64(k));
            qf.bindValue(1, qint64(t));
            qf.bindValue(2, q.forecast[t].offered);
            qf.bindValue(3, q.forecast[t].ahtSeconds);
            qf.bindValue(4, dbl(q.forecast[t].observedBusy));
            c.run(qf);
        }
    }
    putMeta(c, m, "staffingModel", int(p.staffing.model));
    putMeta(c, m, "patienceSeconds", p.staffing.patienceSeconds);
    putMeta(c, m, "sl.definition", int(p.staffing.slDefinition));
    putMeta(c, m, "maxAbandonment", p.staffing.maxAbandonment);
    putMeta(c, m, "channel", int(p.staffing.channel));
    putMeta(c, m, "concurrency", p.staffing.concurrency);
    putMeta(c, m, "deadlineMinutes", p.staffing.deadlineMinutes);
    QSqlQuery sc = c.prepare(QStringLiteral("INSERT INTO shrinkage_category VALUES (?, ?, ?)"));
    QSqlQuery sv = c.prepare(QStringLiteral("INSERT INTO shrinkage_value VALUES (?, ?, ?)"));
    for (size_t k = 0; k < p.staffing.shrinkageCategories.size(); ++k) {
        const ShrinkageCategory &cat = p.staffing.shrinkageCategories[k];
        sc.bindValue(0, qint64(k));
        sc.bindValue(1, cat.category.isNull() ? QStringLiteral("") : cat.category);
        sc.bindValue(2, cat.value);
        c.run(sc);
        for (size_t t = 0; t < cat.byInterval.size(); ++t) {
            sv.bindValue(0, qint64(k));
            sv.bindValue(1, qint64(t));
            sv.bindValue(2, cat.byInterval[t]);
            c.run(sv);
        }
    }
    putMeta(c, m, "constraints.maxHeadcount", p.constraints.maxHeadcount);
    putMeta(c, m, "constraints.minStaffing", p.constraints.minStaffing);
    putMeta(c, m, "constraints.maxPartTimeShare", p.constraints.maxPartTimeShare);
    putMeta(c, m, "coverage.mode", p.coverage.mode == CoverageMode::Soft ? QStringLiteral("soft") : QStringLiteral("hard"));
    putMeta(c, m, "coverage.underPenalty", p.coverage.underPenalty);
    putMeta(c, m, "coverage.overPenalty", p.coverage.overPenalty);
    putMeta(c, m, "solve.timeLimitSeconds", p.solveTimeLimitSeconds);
    putMeta(c, m, "solve.relativeGap", p.solveRelativeGap);

    QSqlQuery f = c.prepare(QStringLiteral("INSERT INTO forecast VALUES (?, ?, ?, ?)"));
    for (size_t i = 0; i < p.forecast.size(); ++i) {
        f.bindValue(0, qint64(i));
        f.bindValue(1, p.forecast[i].offered);
        f.bindValue(2, p.forecast[i].ahtSeconds);
        f.bindValue(3, dbl(p.forecast[i].observedBusy));
        c.run(f);
    }
    QSqlQuery d = c.prepare(QStringLiteral("INSERT INTO demand VALUES (?, ?)"));
    for (size_t i = 0; i < p.demand.size(); ++i) {
        d.bindValue(0, qint64(i));
        d.bindValue(1, p.demand[i]);
        c.run(d);
    }
    QSqlQuery s = c.prepare(QStringLiteral("INSERT INTO shift VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery b = c.prepare(QStringLiteral("INSERT INTO shift_break VALUES (?, ?, ?)"));
    for (size_t i = 0; i < p.shifts.size(); ++i) {
        const Shift &sh = p.shifts[i];
        s.bindValue(0, qint64(i));
        s.bindValue(1, sh.id);
        s.bindValue(2, sh.start);
        s.bindValue(3, sh.end);
        s.bindValue(4, sh.cost);
        s.bindValue(5, sh.max);
        s.bindValue(6, sh.partTime ? 1 : 0);
        c.run(s);
        for (const Break &br : sh.breaks) {
            b.bindValue(0, qint64(i));
            b.bindValue(1, br.start);
            b.bindValue(2, br.end);
            c.run(b);
        }
    }
    if (!p.roster.agents.empty() || !p.roster.contracts.empty() || !p.roster.rules.empty()) {
        QSqlQuery rq = c.prepare(QStringLiteral("INSERT INTO roster (part, json) VALUES ('roster', ?)"));
        rq.bindValue(0, QString::fromStdString(io::rosterToJson(p.roster).dump()));
        c.run(rq);
    }
    QSqlQuery st = c.prepare(QStringLiteral("INSERT INTO shift_template VALUES (?, ?, ?)"));
    for (size_t i = 0; i < p.templates.size(); ++i) {
        st.bindValue(0, qint64(i));
        st.bindValue(1, p.templates[i].id);
        st.bindValue(2, QString::fromStdString(templateToJson(p.templates[i]).dump()));
        c.run(st);
    }
    QSqlQuery sk = c.prepare(QStringLiteral("INSERT INTO skill VALUES (?, ?)"));
    QSqlQuery sd = c.prepare(QStringLiteral("INSERT INTO skill_demand VALUES (?, ?, ?)"));
    for (size_t k = 0; k < p.skills.size(); ++k) {
        sk.bindValue(0, qint64(k));
        sk.bindValue(1, p.skills[k].name);
        c.run(sk);
        for (size_t t = 0; t < p.skills[k].demand.size(); ++t) {
            sd.bindValue(0, qint64(k));
            sd.bindValue(1, qint64(t));
            sd.bindValue(2, p.skills[k].demand[t]);
            c.run(sd);
        }
    }
    QSqlQuery ag = c.prepare(QStringLiteral("INSERT INTO agent_group VALUES (?, ?, ?)"));
    for (size_t g = 0; g < p.groups.size(); ++g) {
        ag.bindValue(0, qint64(g));
        ag.bindValue(1, p.groups[g].name);
        ag.bindValue(2, QString::fromStdString(groupToJson(p.groups[g]).dump()));
        c.run(ag);
    }
    if (p.lastResult) {
        const SolveResult &r = *p.lastResult;
        QSqlQuery sm = c.prepare(QStringLiteral("INSERT INTO solution (key, value) VALUES (?, ?)"));
        putMeta(c, sm, "status", statusName(r.status));
        putMeta(c, sm, "objective", dbl(r.objective));
        putMeta(c, sm, "bestBound", dbl(r.bestBound));
        putMeta(c, sm, "gap", dbl(r.gap));
        putMeta(c, sm, "seconds", r.seconds);
        QSqlQuery ss = c.prepare(QStringLiteral("INSERT INTO solution_shift VALUES (?, ?, ?)"));
        for (size_t i = 0; i < r.shiftIds.size(); ++i) {
            ss.bindValue(0, qint64(i));
            ss.bindValue(1, r.shiftIds[i]);
            ss.bindValue(2, i < r.shiftCounts.size() ? QVariant(r.shiftCounts[i]) : QVariant(-1));
            c.run(ss);
        }
        QSqlQuery si = c.prepare(QStringLiteral("INSERT INTO solution_interval VALUES (?, ?, ?, ?, ?)"));
        for (const IntervalCoverage &iv : r.intervals) {
            si.bindValue(0, iv.index);
            si.bindValue(1, iv.required);
            si.bindValue(2, iv.scheduled);
            si.bindValue(3, iv.under);
            si.bindValue(4, iv.over);
            c.run(si);
        }
        QSqlQuery dg = c.prepare(QStringLiteral("INSERT INTO diagnosis VALUES (?, ?, ?, ?)"));
        for (size_t i = 0; i < r.diagnosis.size(); ++i) {
            QStringList ivs;
            for (int t : r.diagnosis[i].intervals)
                ivs << QString::number(t);
            // A null QString binds as SQL NULL, which these NOT NULL columns reject: an empty
            // interval list (e.g. an "error" diagnosis) must be stored as ''.
            auto text = [](const QString &s) { return s.isNull() ? QStringLiteral("") : s; };
            dg.bindValue(0, qint64(i));
            dg.bindValue(1, text(r.diagnosis[i].kind));
            dg.bindValue(2, text(ivs.join(QLatin1Char(','))));
            dg.bindValue(3, text(r.diagnosis[i].message));
            c.run(dg);
        }
        writePlacedShifts(c, r.placedShifts);
    }
    c.exec(QStringLiteral("COMMIT"));
}

QVariantMap readKeyValues(const Connection &c, const QString &table)
{
    QVariantMap out;
    QSqlQuery q = c.exec(QStringLiteral("SELECT key, value FROM %1").arg(table));
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1));
    return out;
}

Project readAll(const Connection &c, const QString &file)
{
    Project p;
    const QVariantMap meta = readKeyValues(c, QStringLiteral("meta"));
    auto need = [&](const char *key) {
        const auto it = meta.find(QString::fromLatin1(key));
        if (it == meta.end())
            throw InputError(file, 0, QString::fromLatin1(key), Tr::tr("missing from the project file"));
        return it.value();
    };
    p.name = need("name").toString();
    p.timeZone = need("timeZone").toString().toUtf8();
    if (!QTimeZone(p.timeZone).isValid())
        throw InputError(file, 0, QStringLiteral("timeZone"), Tr::tr("'%1' is not a known time zone").arg(QString::fromUtf8(p.timeZone)));
    p.start = QDateTime::fromString(need("start").toString(), Qt::ISODate).toTimeZone(QTimeZone(p.timeZone));
    p.intervalMinutes = need("intervalMinutes").toInt();
    p.cyclic = need("cyclic").toInt() != 0;
    p.staffing.serviceLevelTarget = need("sl.target").toDouble();
    p.staffing.serviceLevelSeconds = need("sl.seconds").toDouble();
    p.staffing.shrinkage = need("shrinkage").toDouble();
    p.staffing.maxOccupancy = need("maxOccupancy").toDouble();
    // Added in schema 2; a migrated schema-1 file has the defaults.
    p.staffing.asaSeconds = meta.value(QStringLiteral("asaSeconds"), 0.0).toDouble();
    const int model = meta.value(QStringLiteral("staffingModel"), int(StaffingModel::ErlangC)).toInt();
    const int definition = meta.value(QStringLiteral("sl.definition"), int(staffing::SlDefinition::Offered)).toInt();
    if (model < 0 || model > int(StaffingModel::ErlangA) || definition < 0 || definition > int(staffing::SlDefinition::Answered))
        throw InputError(file, 0, QStringLiteral("staffingModel"), Tr::tr("unknown staffing model or SL definition"));
    p.staffing.model = StaffingModel(model);
    p.staffing.slDefinition = staffing::SlDefinition(definition);
    p.staffing.patienceSeconds = meta.value(QStringLiteral("patienceSeconds"), 0.0).toDouble();
    p.staffing.maxAbandonment = meta.value(QStringLiteral("maxAbandonment"), 0.0).toDouble();
    const int channel = meta.value(QStringLiteral("channel"), int(Channel::Voice)).toInt();
    if (channel < int(Channel::Voice) || channel > int(Channel::Email))
        throw InputError(file, 0, QStringLiteral("channel"), Tr::tr("unknown channel %1").arg(channel));
    p.staffing.channel = Channel(channel);
    p.staffing.concurrency = meta.value(QStringLiteral("concurrency"), 1).toInt();
    p.staffing.deadlineMinutes = meta.value(QStringLiteral("deadlineMinutes"), 0.0).toDouble();
    QSqlQuery sc = c.exec(QStringLiteral("SELECT ord, category, value FROM shrinkage_category ORDER BY ord"));
    while (sc.next())
        p.staffing.shrinkageCategories.push_back({sc.value(1).toString(), sc.value(2).toDouble(), {}});
    QSqlQuery sv = c.exec(QStringLiteral("SELECT category_ord, idx, value FROM shrinkage_value ORDER BY category_ord, idx"));
    while (sv.next()) {
        const int k = sv.value(0).toInt();
        if (k < 0 || k >= int(p.staffing.shrinkageCategories.size())
            || sv.value(1).toLongLong() != qint64(p.staffing.shrinkageCategories[k].byInterval.size()))
            throw InputError(file, 0, QStringLiteral("shrinkage_value"), Tr::tr("per-interval shrinkage is out of order"));
        p.staffing.shrinkageCategories[k].byInterval.push_back(sv.value(2).toDouble());
    }
    p.constraints.maxHeadcount = need("constraints.maxHeadcount").toInt();
    p.constraints.minStaffing = need("constraints.minStaffing").toDouble();
    p.constraints.maxPartTimeShare = need("constraints.maxPartTimeShare").toDouble();
    p.coverage.mode = need("coverage.mode").toString() == QLatin1String("soft") ? CoverageMode::Soft : CoverageMode::Hard;
    p.coverage.underPenalty = need("coverage.underPenalty").toDouble();
    p.coverage.overPenalty = need("coverage.overPenalty").toDouble();
    p.solveTimeLimitSeconds = need("solve.timeLimitSeconds").toDouble();
    p.solveRelativeGap = need("solve.relativeGap").toDouble();

    QSqlQuery f = c.exec(QStringLiteral("SELECT idx, offered, aht_seconds, observed_busy FROM forecast ORDER BY idx"));
    while (f.next()) {
        if (f.value(0).toLongLong() != qint64(p.forecast.size()))
            throw InputError(file, 0, QStringLiteral("forecast"), Tr::tr("interval %1 is missing").arg(p.forecast.size()));
        p.forecast.push_back({f.value(1).toDouble(), f.value(2).toDouble(), fromDb(f.value(3))});
    }
    p.queueName = meta.value(QStringLiteral("queueName")).toString();
    QSqlQuery qq = c.exec(QStringLiteral("SELECT ord, name, staffing FROM queue ORDER BY ord"));
    while (qq.next()) {
        const QString name = qq.value(1).toString();
        try {
            const nlohmann::json j = nlohmann::json::parse(qq.value(2).toString().toStdString());
            p.moreQueues.push_back(Queue{name, staffingFromJson(j, p, StaffingParams{}, file, QStringLiteral("queue.%1").arg(name)), {}});
        } catch (const nlohmann::json::exception &e) {
            throw InputError(file, 0, QStringLiteral("queue.%1").arg(name), Tr::tr("damaged settings: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    QSqlQuery qf = c.exec(QStringLiteral("SELECT queue_ord, idx, offered, aht_seconds, observed_busy FROM queue_forecast "
                                         "ORDER BY queue_ord, idx"));
    while (qf.next()) {
        const int k = qf.value(0).toInt();
        if (k < 0 || k >= int(p.moreQueues.size()) || qf.value(1).toLongLong() != qint64(p.moreQueues[k].forecast.size()))
            throw InputError(file, 0, QStringLiteral("queue_forecast"), Tr::tr("queue forecasts are out of order"));
        p.moreQueues[k].forecast.push_back({qf.value(2).toDouble(), qf.value(3).toDouble(), fromDb(qf.value(4))});
    }
    QSqlQuery d = c.exec(QStringLiteral("SELECT idx, required FROM demand ORDER BY idx"));
    while (d.next())
        p.demand.push_back(d.value(1).toDouble());
    QSqlQuery s = c.exec(QStringLiteral("SELECT ord, id, start, end_, cost, max_count, part_time FROM shift ORDER BY ord"));
    while (s.next()) {
        Shift sh;
        sh.id = s.value(1).toString();
        sh.start = s.value(2).toInt();
        sh.end = s.value(3).toInt();
        sh.cost = s.value(4).toDouble();
        sh.max = s.value(5).toInt();
        sh.partTime = s.value(6).toInt() != 0;
        p.shifts.push_back(sh);
    }
    QSqlQuery b = c.exec(QStringLiteral("SELECT shift_ord, start, end_ FROM shift_break ORDER BY rowid"));
    while (b.next()) {
        const int ord = b.value(0).toInt();
        if (ord < 0 || ord >= int(p.shifts.size()))
            throw InputError(file, 0, QStringLiteral("shift_break"), Tr::tr("break refers to a missing shift %1").arg(ord));
        p.shifts[ord].breaks.push_back({b.value(1).toInt(), b.value(2).toInt()});
    }
    p.roster = p.rosterBase();
    QSqlQuery rq = c.exec(QStringLiteral("SELECT json FROM roster WHERE part = 'roster'"));
    if (rq.next()) {
        const auto j = nlohmann::json::parse(rq.value(0).toString().toStdString(), nullptr, false);
        if (j.is_discarded())
            throw InputError(file, 0, QStringLiteral("roster"), Tr::tr("the stored roster is not valid JSON"));
        p.roster = io::rosterFromJson(j, p.rosterBase(), file);
        p.roster.firstWeekday = p.rosterBase().firstWeekday; // follows the start date
    }
    // Schema 3: templates, skills, groups (definitions as PROBLEM.json objects).
    auto parsed = [&](const QVariant &text, const QString &field) {
        try {
            return nlohmann::json::parse(text.toString().toStdString());
        } catch (const nlohmann::json::exception &e) {
            throw InputError(file, 0, field, Tr::tr("damaged definition: %1").arg(QString::fromUtf8(e.what())));
        }
    };
    QSqlQuery st = c.exec(QStringLiteral("SELECT ord, id, definition FROM shift_template ORDER BY ord"));
    while (st.next()) {
        const QString field = QStringLiteral("shift_template.%1").arg(st.value(1).toString());
        p.templates.push_back(templateFromJson(parsed(st.value(2), field), file, field));
    }
    QSqlQuery sk = c.exec(QStringLiteral("SELECT ord, name FROM skill ORDER BY ord"));
    while (sk.next())
        p.skills.push_back({sk.value(1).toString(), {}});
    QSqlQuery sd = c.exec(QStringLiteral("SELECT skill_ord, idx, required FROM skill_demand ORDER BY skill_ord, idx"));
    while (sd.next()) {
        const int k = sd.value(0).toInt();
        if (k < 0 || k >= int(p.skills.size()) || sd.value(1).toLongLong() != qint64(p.skills[k].demand.size()))
            throw InputError(file, 0, QStringLiteral("skill_demand"), Tr::tr("skill requirements are out of order"));
        p.skills[k].demand.push_back(sd.value(2).toDouble());
    }
    QSqlQuery ag = c.exec(QStringLiteral("SELECT ord, name, definition FROM agent_group ORDER BY ord"));
    while (ag.next()) {
        const QString field = QStringLiteral("agent_group.%1").arg(ag.value(1).toString());
        p.groups.push_back(groupFromJson(parsed(ag.value(2), field), file, field));
    }
    const QVariantMap sol = readKeyValues(c, QStringLiteral("solution"));
    if (!sol.isEmpty()) {
        SolveResult r;
        r.status = statusFromName(sol.value(QStringLiteral("status")).toString());
        r.objective = fromDb(sol.value(QStringLiteral("objective")));
        r.bestBound = fromDb(sol.value(QStringLiteral("bestBound")));
        r.gap = fromDb(sol.value(QStringLiteral("gap")));
        r.seconds = sol.value(QStringLiteral("seconds")).toDouble();
        QSqlQuery ss = c.exec(QStringLiteral("SELECT shift_id, count FROM solution_shift ORDER BY ord"));
        bool hasCounts = true;
        while (ss.next()) {
            r.shiftIds.push_back(ss.value(0).toString());
            const int n = ss.value(1).toInt();
            hasCounts = hasCounts && n >= 0;
            r.shiftCounts.push_back(n);
        }
        if (!hasCounts)
            r.shiftCounts.clear();
        QSqlQuery si = c.exec(QStringLiteral("SELECT idx, required, scheduled, under_, over_ FROM solution_interval ORDER BY idx"));
        while (si.next())
            r.intervals.push_back({si.value(0).toInt(), si.value(1).toDouble(), si.value(2).toDouble(),
                                   si.value(3).toDouble(), si.value(4).toDouble()});
        QSqlQuery dg = c.exec(QStringLiteral("SELECT kind, intervals, message FROM diagnosis ORDER BY ord"));
        while (dg.next()) {
            Diagnosis dd;
            dd.kind = dg.value(0).toString();
            for (const QString &t : dg.value(1).toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
                dd.intervals.push_back(t.toInt());
            dd.message = dg.value(2).toString();
            r.diagnosis.push_back(dd);
        }
        r.placedShifts = readPlacedShifts(c, file);
        p.lastResult = r;
    }
    return p;
}

} // namespace

Project ProjectStore::load(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        throw InputError(path, 0, QString(), Tr::tr("does not exist"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be read: %1").arg(f.errorString()));
    const QByteArray head = f.read(16);
    f.close();
    if (!head.startsWith("SQLite format 3"))
        throw InputError(path, 0, QString(), Tr::tr("is not a Tessera project (not an SQLite database)"));

    // Work on a private copy: SQLite may write to the file on open, and migrations must not touch
    // the user's file.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        throw InputError(path, 0, QString(), Tr::tr("no temporary folder to open it in"));
    const QString copy = tmp.filePath(QStringLiteral("open.tessera"));
    if (!QFile::copy(path, copy))
        throw InputError(path, 0, QString(), Tr::tr("cannot be copied for reading"));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

    Project p;
    {
        Connection c(copy, path);
        int version = 0;
        try {
            version = c.pragma("user_version");
            if (c.pragma("application_id") != kApplicationId)
                throw InputError(path, 0, QString(), Tr::tr("is not a Tessera project (unknown application id)"));
        } catch (const InputError &) {
            throw InputError(path, 0, QString(), Tr::tr("is not a Tessera project or is damaged"));
        }
        if (version > kSchemaVersion)
            throw InputError(path, 0, QString(),
                             Tr::tr("was written by a newer Tessera (schema %1; this version reads up to %2)")
                                 .arg(version)
                                 .arg(kSchemaVersion));
        if (version < 1)
            throw InputError(path, 0, QString(), Tr::tr("has no Tessera schema"));
        migrate(c, version);
        try {
            p = readAll(c, path);
        } catch (const InputError &) {
            throw;
        } catch (const std::exception &e) {
            throw InputError(path, 0, QString(), Tr::tr("is damaged: %1").arg(QString::fromUtf8(e.what())));
        }
    }
    try {
        p.toProblem().validate();
        if (!p.templates.empty() || !p.skills.empty() || !p.groups.empty())
            p.toTemplateProblem().validate(path);
    } catch (const InputError &e) {
        throw InputError(path, 0, e.field(), Tr::tr("is inconsistent: %1").arg(e.reason()));
    }
    return p;
}

void ProjectStore::save(const Project &project, const QString &path)
{
    const QFileInfo target(path);
    const QString tmpPath = target.absoluteDir().filePath(QStringLiteral(".%1.saving-%2")
                                                              .arg(target.fileName())
                                                              .arg(QCoreApplication::applicationPid()));
    QFile::remove(tmpPath);
    try {
        Connection c(tmpPath, path);
        c.exec(QStringLiteral("PRAGMA journal_mode = OFF"));
        c.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId));
        migrate(c, 0);
        writeAll(c, project);
    } catch (...) {
        QFile::remove(tmpPath);
        throw;
    }
    // Atomic replacement (rename(2) on POSIX); QFile::rename refuses to overwrite, so remove
    // first only via std::rename semantics.
    if (std::rename(QFile::encodeName(tmpPath).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(tmpPath);
        throw InputError(path, 0, QString(), Tr::tr("cannot be written (rename failed: %1)").arg(QString::fromLocal8Bit(strerror(errno))));
    }
}

} // namespace tessera
