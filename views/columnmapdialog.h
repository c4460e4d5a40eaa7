// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "importing/importer.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace auditlens {

// Asked when an export's header lacks fields the import needs: shows the file's first records
// and one choice per audit field (which of the file's columns fills it), says which required
// fields are still missing and accepts only once none are. The mapping chosen for a header is
// remembered (by a hash of the header) and offered again the next time that header comes.
class ColumnMapDialog : public QDialog
{
    Q_OBJECT
public:
    // prefill: a mapping to start from (the one remembered for this header, if any).
    ColumnMapDialog(const UnmappedHeader &header, const ColumnMap &prefill,
                    QWidget *parent = nullptr);

    // The mapping the choices make; complete once the dialog is accepted.
    ColumnMap columnMap() const;
    // The required fields no column fills yet, as columnName() spells them.
    QStringList missing() const;

    // What the user chose last for this exact header, or an empty mapping.
    static ColumnMap remembered(const QStringList &header);
    static void remember(const QStringList &header, const ColumnMap &map);

private:
    void update();

    UnmappedHeader m_header;
    std::array<QComboBox *, kColumnCount> m_choices{};
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
};

} // namespace auditlens
