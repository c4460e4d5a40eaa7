// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "columnmapdialog.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace auditlens {

namespace {
QString settingsKey(const QStringList &header)
{
    const QByteArray line = header.join(QLatin1Char(',')).toUtf8();
    return QStringLiteral("columnMaps/") +
           QString::fromLatin1(QCryptographicHash::hash(line, QCryptographicHash::Sha256).toHex());
}

// The field whose own name a header cell is (it fills that field without a mapping), or -1.
int ownField(const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    Column column;
    return columnFromName(std::string_view(utf8.constData(), size_t(utf8.size())), &column)
               ? columnIndex(column)
               : -1;
}

QString fieldName(int field)
{
    return QLatin1String(columnName(static_cast<Column>(field)));
}
} // namespace

ColumnMapDialog::ColumnMapDialog(const UnmappedHeader &header, const ColumnMap &prefill,
                                 QWidget *parent)
    : QDialog(parent), m_header(header), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Which Column Is Which?"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("The header of %1 does not name every field AuditLens needs. Choose which of its "
           "columns fills each field; fields marked * are required. The file itself is not "
           "changed.")
            .arg(QFileInfo(header.path).fileName()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The file's first records, as it has them.
    auto *records = new QTableWidget(int(header.records.size()), int(header.header.size()), this);
    records->setObjectName(QStringLiteral("records"));
    records->setAccessibleName(tr("The file's first records"));
    records->setHorizontalHeaderLabels(header.header);
    records->setEditTriggers(QAbstractItemView::NoEditTriggers);
    records->verticalHeader()->hide();
    records->setWordWrap(false);
    for (size_t row = 0; row < header.records.size(); ++row) {
        const QStringList &cells = header.records[row];
        for (int column = 0; column < cells.size() && column < header.header.size(); ++column)
            records->setItem(int(row), column, new QTableWidgetItem(cells.at(column)));
    }
    records->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 22);
    records->setMinimumHeight(records->horizontalHeader()->sizeHint().height() +
                              records->verticalHeader()->defaultSectionSize() * 4);
    // Wide enough for several of the file's columns side by side.
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);
    layout->addWidget(records, 1);

    auto *form = new QFormLayout;
    for (int field = 0; field < kColumnCount; ++field) {
        const bool required = isRequiredColumn(static_cast<Column>(field));
        auto *combo = new QComboBox(this);
        combo->setObjectName(fieldName(field));
        combo->addItem(required ? tr("(choose a column)") : tr("not in this file"), QString());
        int chosen = 0;
        for (const QString &name : header.header) {
            const int own = ownField(name);
            // Another field's own column fills that field; it cannot fill this one too.
            if (own >= 0 && own != field)
                continue;
            combo->addItem(name, name);
            if (own == field || name == prefill.header(static_cast<Column>(field)))
                chosen = combo->count() - 1;
        }
        combo->setCurrentIndex(chosen);
        const QString label = required ? tr("%1 *").arg(fieldName(field)) : fieldName(field);
        combo->setAccessibleName(required ? tr("%1 (required)").arg(fieldName(field))
                                          : fieldName(field));
        form->addRow(label, combo);
        m_choices[size_t(field)] = combo;
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMapDialog::update);
    }
    layout->addLayout(form);
    m_status->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("status"));
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] {
            if (m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
                accept();
        });
    }
    update();
    // The first field still to choose has the focus.
    const QStringList still = missing();
    if (!still.isEmpty())
        findChild<QComboBox *>(still.first())->setFocus();
}

ColumnMap ColumnMapDialog::columnMap() const
{
    ColumnMap map;
    for (int field = 0; field < kColumnCount; ++field) {
        const QString name = m_choices[size_t(field)]->currentData().toString();
        // A field's own column fills it without being named.
        if (!name.isEmpty() && ownField(name) != field)
            map.set(static_cast<Column>(field), name);
    }
    return map;
}

QStringList ColumnMapDialog::missing() const
{
    QStringList missing;
    for (int field = 0; field < kColumnCount; ++field) {
        if (isRequiredColumn(static_cast<Column>(field)) &&
            m_choices[size_t(field)]->currentData().toString().isEmpty())
            missing << fieldName(field);
    }
    return missing;
}

void ColumnMapDialog::update()
{
    QStringList problems;
    const QStringList still = missing();
    if (!still.isEmpty())
        problems << tr("Still missing: %1.").arg(still.join(QStringLiteral(", ")));
    // One column fills one field.
    for (int a = 0; a < kColumnCount; ++a) {
        const QString name = m_choices[size_t(a)]->currentData().toString();
        for (int b = a + 1; b < kColumnCount && !name.isEmpty(); ++b) {
            if (m_choices[size_t(b)]->currentData().toString() == name)
                problems << tr("%1 and %2 both take the column %3; a column fills one field.")
                                .arg(fieldName(a), fieldName(b), name);
        }
    }
    m_status->setText(problems.isEmpty() ? tr("Every required field has a column.")
                                         : problems.join(QLatin1Char(' ')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
}

ColumnMap ColumnMapDialog::remembered(const QStringList &header)
{
    ColumnMap map;
    QString ignored;
    const QByteArray json = QSettings().value(settingsKey(header)).toByteArray();
    if (json.isEmpty() || !ColumnMap::fromJson(json, &map, &ignored))
        return {};
    return map;
}

void ColumnMapDialog::remember(const QStringList &header, const ColumnMap &map)
{
    QSettings().setValue(settingsKey(header), map.toJson());
}

} // namespace auditlens
