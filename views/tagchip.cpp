// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "tagchip.h"

#include "itemmodels/semanticcolors.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QToolButton>

namespace auditlens {

TagChip::TagChip(const QString &name, const QString &color, const QString &description,
                 QWidget *parent)
    : QFrame(parent), m_name(name), m_label(new QLabel(this)), m_remove(new QToolButton(this))
{
    setObjectName(QStringLiteral("tagChip"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Tag %1").arg(name));
    setAccessibleDescription(tr("Delete takes the tag off this event"));
    // The tag's own colour, with black or white text, whichever reads better on it; the focus
    // shows as a thicker border in the text's colour.
    const QColor background(color);
    const QColor text = SemanticColors::contrastRatio(background, Qt::black) >=
                                SemanticColors::contrastRatio(background, Qt::white)
                            ? QColor(Qt::black)
                            : QColor(Qt::white);
    setStyleSheet(QStringLiteral("QFrame#tagChip { background: %1; border: 1px solid %3;"
                                 " border-radius: 8px; }"
                                 "QFrame#tagChip:focus { border: 2px solid %2; }"
                                 "QLabel { color: %2; background: transparent; }"
                                 "QToolButton { color: %2; background: transparent; border: none;"
                                 " font-weight: bold; padding: 0px 2px; }"
                                 "QToolButton:hover { border: 1px solid %2; border-radius: 6px; }"
                                 "QToolButton:disabled { color: %3; }")
                      .arg(background.name(), text.name(), background.darker(140).name()));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(7, 1, 2, 1);
    layout->setSpacing(2);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setText(name);
    m_label->setObjectName(QStringLiteral("tagChipName"));
    layout->addWidget(m_label);
    // Rich text whose every character is escaped: a description is shown as written.
    if (!description.isEmpty())
        setToolTip(QStringLiteral("<p>%1</p>").arg(description.toHtmlEscaped()));
    m_remove->setText(QStringLiteral("×"));
    m_remove->setAccessibleName(tr("Take %1 off").arg(name));
    // The chip itself is the keyboard's way (Delete): the × is for the mouse.
    m_remove->setFocusPolicy(Qt::NoFocus);
    m_remove->setCursor(Qt::PointingHandCursor);
    layout->addWidget(m_remove);
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_name); });
    setRemovable(true);
}

void TagChip::setRemovable(bool removable, const QString &why)
{
    m_removable = removable;
    m_remove->setEnabled(removable);
    m_remove->setToolTip(removable ? tr("Take %1 off this event (Delete)").arg(m_name) : why);
}

void TagChip::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) &&
        event->modifiers() == Qt::NoModifier) {
        if (m_removable)
            Q_EMIT removeRequested(m_name);
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace auditlens
