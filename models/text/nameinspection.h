// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QChar>
#include <QList>
#include <QString>
#include <QStringView>

namespace auditlens {

// Whether a name (an actor, target, scope or action) could pass for another one: it holds
// characters that show nothing ("ad\u200bmin"), bidi controls that reorder it ("\u202enimda"
// shows as "admin"), control characters, or letters of scripts that do not belong together
// ("\u0430dmin": a Cyrillic a among Latin letters). The one place for this rule: the event
// table, the facets, the detail pane, the reports and the CLI show what it finds, and a
// lookalike-name finding can count it.
class NameInspection
{
public:
    enum Concern : quint8 {
        Invisible = 0x1,    // shows nothing, or looks like a plain space
        BidiControl = 0x2,  // reorders the text around it
        Control = 0x4,      // C0, DEL or C1 control
        MixedScripts = 0x8, // a letter of another script than the name's main one
    };
    struct Finding
    {
        char32_t codePoint = 0;
        Concern concern = Invisible;
        QChar::Script script = QChar::Script_Unknown; // MixedScripts: the letter's script
    };

    explicit NameInspection(QStringView name);

    bool isSuspicious() const { return m_concerns != 0; }
    // The Concern bits found.
    quint8 concerns() const { return m_concerns; }
    // Each code point of concern once, in the order they appear.
    const QList<Finding> &findings() const { return m_findings; }
    // The name's main script when it mixes scripts.
    QChar::Script mainScript() const { return m_mainScript; }

    // "U+200B (invisible), U+0430 (Cyrillic among Latin letters)"; empty when not suspicious.
    QString description() const;
    // The name as it should be shown: itself, or the marker, a space, and the name with its
    // invisible characters and controls escaped (so "\u202e" cannot reorder the marker).
    QString shown() const;
    // The tooltip of a shown name: what was found, and the name as written; empty when plain.
    QString toolTip() const;

    // Shorthands for views that only show.
    static QString shown(QStringView name);
    static QString toolTip(QStringView name);
    // ⚠: in front of every suspicious name.
    static QString marker();
    // Printable ASCII only: nothing to inspect (the common case, tested first).
    static bool isPlain(QStringView name);
    static QString scriptName(QChar::Script script);

private:
    void inspectScripts(QStringView name);

    QString m_name;
    quint8 m_concerns = 0;
    QChar::Script m_mainScript = QChar::Script_Unknown;
    QList<Finding> m_findings;
};

} // namespace auditlens
