// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "exportcursor.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <string>

namespace auditlens {

// One export format: a beginning, one piece per event in time order, an end; all appended to
// the block the sink is filling.
class EventWriter
{
public:
    virtual ~EventWriter() = default;

    // The row columns the writer reads; entity names cost a join per row.
    virtual ExportCursor::Columns columns() const { return ExportCursor::Columns::Events; }
    virtual bool begin(std::string &out, QString *error) = 0;
    virtual void write(const ExportCursor &row, std::string &out) = 0;
    virtual bool end(std::string &out, QString *error) = 0;

    // The column names written, for the manifest.
    virtual QStringList columnNames() const { return {}; }
    // Cells changed by spreadsheet-safe mode.
    virtual qint64 alteredCells() const { return 0; }
    // What the writer found while writing that the manifest should say, added to it.
    virtual void addToManifest(QJsonObject &) const {}
};

} // namespace auditlens
