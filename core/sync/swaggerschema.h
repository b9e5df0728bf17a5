// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

namespace tessera {

/**
 * A small validator for the subset of JSON Schema used by the Swagger 2.0 definitions of
 * genesys-wfm-subset.json: $ref to #/definitions, type (object, array, string, integer,
 * number, boolean), required, enum, items, properties, and the formats date (yyyy-MM-dd) and
 * date-time (ISO 8601). With `strict`, properties a definition does not declare are reported
 * too (Swagger allows them, but in a body we build they are a typo). It checks what our client
 * sends and what the emulator answers; it is not a general JSON Schema implementation.
 */
class SwaggerSchema
{
public:
    /// Throws std::runtime_error when the file cannot be read or parsed.
    static SwaggerSchema load(const QString &specPath);
    explicit SwaggerSchema(nlohmann::json spec) : m_spec(std::move(spec)) {}

    /// Problems of `value` against definition `name` ("UpdateScheduleUploadSchema"), one line
    /// each with a JSON path ("$.agentSchedules[0].shifts[1].startDate: expected date-time").
    QStringList validate(const QString &definition, const nlohmann::json &value, bool strict = false) const;
    /// Against an inline schema object (may hold a $ref).
    QStringList validateSchema(const nlohmann::json &schema, const nlohmann::json &value, bool strict = false) const;
    /// The spec's path template for a concrete path ("/api/v2/…/businessunits/{businessUnitId}"),
    /// or empty when no operation of that method matches.
    QString matchPath(const QString &method, const QString &path) const;
    /// The body parameter's schema of an operation (null when it has none).
    nlohmann::json bodySchema(const QString &method, const QString &templatePath) const;
    /// The response schema for `status` (null when the operation documents none).
    nlohmann::json responseSchema(const QString &method, const QString &templatePath, int status = 200) const;

private:
    void check(const nlohmann::json &schema, const nlohmann::json &v, const std::string &at, bool strict,
               QStringList &out, int depth) const;
    nlohmann::json m_spec;
};

} // namespace tessera
