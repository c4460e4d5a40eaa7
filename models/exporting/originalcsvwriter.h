#pragma once

#include "eventwriter.h"
#include "exportsummary.h"

#include <QByteArray>
#include <QVector>

#include <vector>

namespace auditlens {

// CSV in the shape it was read: the source's header names as written and in their order
// (columns of further sources with other headers appended), each cell's stored original text
// byte for byte. Importing the file gives the same events: ids, times to the nanosecond,
// payloads with their big integers and odd spacing, duplicates.
class OriginalCsvWriter : public EventWriter
{
public:
    explicit OriginalCsvWriter(const ExportSummary &summary);

    // Decides the columns: needs the case for the extra columns of JSON sources.
    bool prepare(sqlite3 *db, QString *error);

    bool begin(std::string &out, QString *error) override;
    void write(const ExportCursor &row, std::string &out) override;
    bool end(std::string &out, QString *error) override;
    QStringList columnNames() const override;

private:
    struct OutputColumn
    {
        QString name;          // as the first source that has it wrote it
        int cursorColumn = -1; // an ExportCursor column, or -1 for an extra column
        std::string extraName; // the key in the stored extra object
    };

    void addColumn(const QString &name);
    void readExtras(std::string_view extra);

    const ExportSummary &m_summary;
    std::vector<OutputColumn> m_columns;
    bool m_hasExtras = false;
    std::vector<std::pair<std::string, std::string>> m_extras; // of the current row
};

} // namespace auditlens
