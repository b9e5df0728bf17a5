// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/swaggerschema.h"

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QRegularExpression>

#include <stdexcept>

namespace tessera {

using nlohmann::json;

SwaggerSchema SwaggerSchema::load(const QString &specPath)
{
    QFile f(specPath);
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + specPath.toStdString());
    return SwaggerSchema(json::parse(f.readAll().toStdString()));
}

QStringList SwaggerSchema::validate(const QString &definition, const json &value, bool strict) const
{
    return validateSchema({{"$ref", "#/definitions/" + definition.toStdString()}}, value, strict);
}

QStringList SwaggerSchema::validateSchema(const json &schema, const json &value, bool strict) const
{
    QStringList out;
    check(schema, value, "$", strict, out, 0);
    return out;
}

void SwaggerSchema::check(const json &schemaIn, const json &v, const std::string &at, bool strict, QStringList &out,
                          int depth) const
{
    auto fail = [&](const std::string &msg) { out << QString::fromStdString(at + ": " + msg); };
    if (depth > 64) {
        fail("schema nesting too deep");
        return;
    }
    const json *schema = &schemaIn;
    if (auto r = schema->find("$ref"); r != schema->end()) {
        const std::string ref = r->get<std::string>();
        const std::string prefix = "#/definitions/";
        if (ref.rfind(prefix, 0) != 0 || !m_spec["definitions"].contains(ref.substr(prefix.size()))) {
            fail("unresolvable $ref " + ref);
            return;
        }
        schema = &m_spec["definitions"][ref.substr(prefix.size())];
    }
    const std::string type = schema->value("type", std::string(schema->contains("properties") ? "object" : ""));
    if (type == "object") {
        if (!v.is_object()) {
            fail("expected an object");
            return;
        }
        const json props = schema->value("properties", json::object());
        for (const auto &req : schema->value("required", json::array()))
            if (!v.contains(req.get<std::string>()))
                fail("missing required property '" + req.get<std::string>() + "'");
        for (const auto &[k, val] : v.items()) {
            if (props.contains(k))
                check(props[k], val, at + "." + k, strict, out, depth + 1);
            else if (strict && !props.empty())
                fail("property '" + k + "' is not in the schema");
        }
    } else if (type == "array") {
        if (!v.is_array()) {
            fail("expected an array");
            return;
        }
        if (schema->contains("items"))
            for (std::size_t i = 0; i < v.size(); ++i)
                check((*schema)["items"], v[i], at + "[" + std::to_string(i) + "]", strict, out, depth + 1);
    } else if (type == "string") {
        if (!v.is_string()) {
            fail("expected a string");
            return;
        }
        const QString s = QString::fromStdString(v.get<std::string>());
        const std::string format = schema->value("format", std::string());
        if (format == "date-time" && !QDateTime::fromString(s, Qt::ISODateWithMs).isValid())
            fail("'" + s.toStdString() + "' is not an ISO 8601 date-time");
        if (format == "date" && !QDate::fromString(s, Qt::ISODate).isValid())
            fail("'" + s.toStdString() + "' is not a yyyy-MM-dd date");
    } else if (type == "integer") {
        if (!v.is_number_integer())
            fail("expected an integer");
    } else if (type == "number") {
        if (!v.is_number())
            fail("expected a number");
    } else if (type == "boolean") {
        if (!v.is_boolean())
            fail("expected a boolean");
    }
    if (auto e = schema->find("enum"); e != schema->end() && e->is_array()) {
        bool found = false;
        for (const auto &x : *e)
            found = found || x == v;
        if (!found)
            fail("value " + v.dump() + " is not one of " + e->dump());
    }
}

QString SwaggerSchema::matchPath(const QString &method, const QString &path) const
{
    const std::string m = method.toLower().toStdString();
    QString best;
    int bestLiteral = -1;
    for (const auto &[tmpl, ops] : m_spec["paths"].items()) {
        if (!ops.contains(m))
            continue;
        const QString t = QString::fromStdString(tmpl);
        QString rx = QRegularExpression::escape(t);
        rx.replace(QRegularExpression(QStringLiteral("\\\\\\{[^}]*\\\\\\}")), QStringLiteral("[^/]+"));
        if (QRegularExpression(QLatin1Char('^') + rx + QLatin1Char('$')).match(path).hasMatch()) {
            // Prefer the template with the most literal characters (".../schedules/import" over "{scheduleId}").
            const int literal = int(t.size() - t.count(QLatin1Char('{')) * 10);
            if (literal > bestLiteral) {
                best = t;
                bestLiteral = literal;
            }
        }
    }
    return best;
}

json SwaggerSchema::bodySchema(const QString &method, const QString &templatePath) const
{
    const json &op = m_spec["paths"][templatePath.toStdString()][method.toLower().toStdString()];
    for (const auto &p : op.value("parameters", json::array()))
        if (p.value("in", std::string()) == "body")
            return p.value("schema", json());
    return json();
}

json SwaggerSchema::responseSchema(const QString &method, const QString &templatePath, int status) const
{
    const json &op = m_spec["paths"][templatePath.toStdString()][method.toLower().toStdString()];
    const json responses = op.value("responses", json::object());
    const std::string code = std::to_string(status);
    if (responses.contains(code))
        return responses[code].value("schema", json());
    return json();
}

} // namespace tessera
