// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace auditlens {

// One action of the catalogue: what it means, how it is grouped, how closely to look at it.
struct ActionEntry
{
    QString name;        // as the current documentation spells it: "checkout-key.create"
    QStringList aliases; // other spellings exports use
    QString meaning;     // one line of plain English (data: it stays English)
    QString category;    // "secrets", "keys and tokens", ... (see allowedCategories())
    QString sensitivity; // "high", "medium" or "low"
};

// The CircleCI action catalogue (resources/catalogue/circleci-actions.yaml, whose header is the
// format's documentation): the shipped copy embedded in the program, or a user's file. Names
// and aliases match with '-' and '.' as one separator (ActionSpelling).
class ActionCatalogue
{
public:
    // The embedded resources copy, loaded once (empty, with a critical message, should it ever
    // fail its own checks: the tests keep it from shipping so).
    static const ActionCatalogue &shipped();

    // Reads and checks a catalogue file; on an error, false, *error "path:line: what" and the
    // catalogue left as it was.
    bool load(const QString &path, QString *error);
    // The entry whose name or alias is action, '-' and '.' as one separator; nullptr when none.
    const ActionEntry *find(QStringView action) const;
    bool knows(QStringView action) const { return find(action); }
    const QList<ActionEntry> &entries() const { return m_entries; }

    static const QStringList &allowedCategories();
    static const QStringList &allowedSensitivities();

    // What the viewer shows of an action, in the user's language (the meaning is data and stays
    // as written): "Keys and tokens", "High sensitivity".
    static QString categoryLabel(const QString &category);
    static QString sensitivityLabel(const QString &sensitivity);
    // The action cell's tooltip: "meaning\nCategory · sensitivity"; for an action the catalogue
    // does not know, unknownText(); empty for no action.
    QString toolTip(QStringView action) const;
    static QString unknownText();

private:
    QList<ActionEntry> m_entries;
    QHash<QString, qsizetype> m_byKey; // ActionSpelling::key of a name or alias -> entry
};

} // namespace auditlens
