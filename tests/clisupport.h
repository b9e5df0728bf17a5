// SPDX-License-Identifier: GPL-3.0-or-later
// Running tessera-cli in-process for tests: exit code and captured output, and JSON files.
#pragma once

#include "core/cli/cli.h"

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <nlohmann/json.hpp>

namespace tessera::test {

struct Run {
    int code = -1;
    QString out;
    QString err;
};

/// runCli(args) with stdout and stderr captured.
inline Run cli(const QStringList &args)
{
    Run r;
    QTextStream out(&r.out), err(&r.err);
    r.code = runCli(args, out, err);
    out.flush();
    err.flush();
    return r;
}

/// The file's JSON, or null when it cannot be read.
inline nlohmann::json readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return nlohmann::json();
    return nlohmann::json::parse(f.readAll().toStdString());
}

} // namespace tessera::test
