// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/extracolumns.h"
#include "../store/uniquenames.h"
#include "eventwriter.h"
#include "exportsummary.h"

#include <QHash>

namespace auditlens {

// JSON Lines: one event per line with CircleCI's keys, the nested fields as their original JSON
// text inserted as is (a cell that is not valid JSON becomes a string holding its text, so the
// line stays valid), plus the event's source file and line. Never re-serialised: big integers
// and odd spacing survive; only line breaks between tokens become spaces, or the event would
// not be one line. Extra columns follow under unique keys (see UniqueNames): a header's second
// "extra" is "extra (2)", an extra column "source" is "source (2)" beside the writer's own.
class JsonLinesWriter : public EventWriter
{
public:
    explicit JsonLinesWriter(const ExportSummary &summary);

    bool begin(std::string &out, QString *error) override;
    void write(const ExportCursor &row, std::string &out) override;
    bool end(std::string &out, QString *error) override;
    QStringList columnNames() const override;
    // The keys the writer writes itself, in their order.
    static QStringList ownKeys();

private:
    void appendRawOrString(std::string &out, std::string_view text, bool isValue);

    const ExportSummary &m_summary;
    QHash<qint64, bool> m_jsonSource; // source id -> its extra values are JSON texts
    QHash<qint64, std::string> m_sourceNames;
    ExtraColumns m_extras;
    UniqueNames m_keys;
};

} // namespace auditlens
