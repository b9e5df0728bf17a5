// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-platform-sim --port N [--fixtures DIR] [--fault NAME=RATE[:COUNT] ...] [--retry-after S]
//                      [--slow-ms MS] [--late-ms MS] [--token-ttl S] [--download-results] [--seed N]
#include "app/platformsim/platformsim.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

using namespace tessera::sim;

static int usage(const char *why)
{
    std::fprintf(stderr,
                 "tessera-platform-sim: %s\n"
                 "usage: tessera-platform-sim --port N [--fixtures DIR] [--fault NAME=RATE[:COUNT] ...]\n"
                 "       [--retry-after S] [--slow-ms MS] [--late-ms MS] [--token-ttl S] [--download-results] [--seed N]\n"
                 "faults: %s\n",
                 why, qPrintable(faultNames().join(QStringLiteral(", "))));
    return 1;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    FixtureParams params;
    SimOptions opt;
    quint16 port = 0;
    bool portGiven = false;
    std::vector<std::tuple<QString, double, int>> faults;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        auto value = [&]() -> QString { return i + 1 < args.size() ? args[++i] : QString(); };
        bool ok = true;
        if (a == QLatin1String("--port")) {
            port = quint16(value().toUInt(&ok));
            portGiven = ok;
        } else if (a == QLatin1String("--fixtures")) {
            try {
                params = FixtureParams::fromDirectory(value());
            } catch (const std::exception &e) {
                return usage(e.what());
            }
        } else if (a == QLatin1String("--fault")) {
            const QString spec = value();
            const int eq = spec.indexOf(QLatin1Char('='));
            const QString name = spec.left(eq);
            const QStringList rc = spec.mid(eq + 1).split(QLatin1Char(':'));
            const double rate = rc.value(0).toDouble(&ok);
            int count = -1;
            if (ok && rc.size() > 1)
                count = rc[1].toInt(&ok);
            if (eq < 0 || !ok || rate < 0 || rate > 1 || !faultNames().contains(name))
                return usage(qPrintable(QStringLiteral("bad --fault '%1' (NAME=RATE[:COUNT], RATE in 0..1)").arg(spec)));
            faults.emplace_back(name, rate, count);
        } else if (a == QLatin1String("--retry-after")) {
            opt.retryAfterSeconds = value().toInt(&ok);
        } else if (a == QLatin1String("--slow-ms")) {
            opt.slowMs = value().toInt(&ok);
        } else if (a == QLatin1String("--late-ms")) {
            opt.lateMs = value().toInt(&ok);
        } else if (a == QLatin1String("--token-ttl")) {
            opt.tokenTtlSeconds = value().toInt(&ok);
        } else if (a == QLatin1String("--seed")) {
            opt.seed = value().toUInt(&ok);
        } else if (a == QLatin1String("--download-results")) {
            opt.downloadResults = true;
        } else {
            return usage(qPrintable(QStringLiteral("unknown argument '%1'").arg(a)));
        }
        if (!ok)
            return usage(qPrintable(QStringLiteral("bad value for %1").arg(a)));
    }
    if (!portGiven)
        return usage("--port is required");
    PlatformSim sim(params, opt);
    for (const auto &[name, rate, count] : faults)
        sim.setFault(name, rate, count);
    const quint16 bound = sim.listenLoopback(port);
    if (!bound)
        return usage(qPrintable(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port)));
    std::printf("tessera-platform-sim: http://127.0.0.1:%u  business unit %s, %d agents, client id %s "
                "(demo secret: see README)\n",
                unsigned(bound), qPrintable(sim.businessUnitId()), params.agents, kDemoClientId);
    std::fflush(stdout);
    return app.exec();
}
