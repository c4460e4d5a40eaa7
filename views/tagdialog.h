// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "annotations/annotationstore.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace auditlens {

// Asks which tag to put on (or take off) a number of events, and says before anything is
// applied what will happen: "Tag 1,234 events as suspicious" on the OK button. A tag of the
// case is picked (each shown in its colour, the presets first) or, when tagging, a new name is
// typed, checked as it is typed (the reason shown under it), with an optional colour and
// description for the tag it makes.
class TagDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Tag, Untag };
    // count: the events it applies to; filtered: they are the filter's (else the selection's).
    // tags: the case's tags; initial: the one to offer first (when the case has it). Untag: the
    // tags to offer, each with how many of the events carry it as its events (below zero: not
    // known; zero: offered greyed).
    TagDialog(Mode mode, qint64 count, bool filtered, const QVector<TagSummary> &tags,
              const QString &initial = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    qint64 count() const { return m_count; }
    // The tag chosen or typed, as it will be applied (valid once accepted).
    QString tagName() const;
    // Whether the tag is one the case does not have yet (it is made on OK).
    bool isNewTag() const;
    // For a new tag: its colour (#RRGGBB) and description; empty otherwise.
    QString newColor() const;
    QString newDescription() const;
    // What OK does, as its button says it.
    QString summary() const;

    QComboBox *nameBox() const { return m_name; }
    QLineEdit *colorEdit() const { return m_color; }
    QLineEdit *descriptionEdit() const { return m_description; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const { return m_ok; }

private:
    void update();
    void chooseColor();
    void acceptIfReady();
    const TagSummary *existing(const QString &name) const;

    Mode m_mode;
    qint64 m_count;
    QVector<TagSummary> m_tags;
    QComboBox *m_name;
    QLabel *m_problem;
    QWidget *m_newTag; // the colour and description of a new tag
    QLineEdit *m_color;
    QPushButton *m_chooseColor;
    QLineEdit *m_description;
    QLabel *m_summary;
    QPushButton *m_ok;
};

} // namespace auditlens
