// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "../store/extracolumns.h"
#include "../store/uniquenames.h"
#include "eventwriter.h"
#include "exportannotations.h"
#include "exportsummary.h"

#include <QHash>

namespace auditlens {

// JSON Lines: one event per line with CircleCI's keys, the nested fields as their original JSON
// text inserted as is (a cell that is not valid JSON becomes a string holding its text, so the
// line stays valid), plus the event's source file and line. Never re-serialised: big integers
// and odd spacing survive; only line breaks between tokens become spaces, or the event would
// not be one line. Extra columns follow under unique keys (see UniqueNames): a header's second
// "extra" is "extra (2)", an extra column "source" is "source (2)" beside the writer's own.
// A case with annotation tables adds the analyst's "tags" (names, sorted), "starred" and
// "notes" to every event, annotated or not, so that a reader needs no case of its own to tell
// an event nobody marked; a case of an older format is written as before.
class JsonLinesWriter : public EventWriter
{
public:
    JsonLinesWriter(const ExportSummary &summary, const ExportAnnotations &annotations);

    bool begin(std::string &out, QString *error) override;
    void write(const ExportCursor &row, std::string &out) override;
    bool end(std::string &out, QString *error) override;
    QStringList columnNames() const override;
    // The keys the writer writes itself, in their order; the annotation keys last.
    static QStringList ownKeys(bool withAnnotations);

private:
    void appendRawOrString(std::string &out, std::string_view text, bool isValue);
    void appendAnnotations(const ExportCursor &row, std::string &out);

    const ExportSummary &m_summary;
    const ExportAnnotations &m_annotations;
    QHash<qint64, bool> m_jsonSource; // source id -> its extra values are JSON texts
    QHash<qint64, std::string> m_sourceNames;
    ExtraColumns m_extras;
    UniqueNames m_keys;
};

} // namespace auditlens
