// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrl>

#include <string>
#include <string_view>

namespace auditlens {

// What the HTML and PDF reports (ReportWriter, FindingsReport) share: escaping every text from
// the data, and printing the document to a PDF.
namespace ReportHtml {

// Everything that could end a text node or an attribute value is escaped, ' included.
void appendEscaped(std::string &out, std::string_view text);
void appendEscaped(std::string &out, const QString &text);
// A text that may hold line breaks (a note): escaped, each line break a <br>.
void appendEscapedLines(std::string &out, const QString &text);

} // namespace ReportHtml

// The names a report takes from the data (actors, targets, actions): each as it is or, when it
// could pass for another (see NameInspection), marked, its invisible characters written as \u
// escapes, and remembered for the list at the report's end.
class ReportNames
{
    // Its words are the report's (ReportWriter's, which wrote them first).
    Q_DECLARE_TR_FUNCTIONS(ReportWriter)

public:
    void append(std::string &out, std::string_view name);
    bool isEmpty() const { return m_listed.isEmpty(); }
    // The list's heading and what it says.
    void appendIntro(std::string &out) const;
    // Its rows: each name, marked, and its code points.
    void appendRows(std::string &out) const;

private:
    static constexpr int kListed = 1000;
    QMap<QString, QString> m_listed; // shown name -> its code points
};

// Prints a report's HTML to a PDF on A4 landscape, page by page: the case name at the head of
// every page and "page N of M" at its foot, and the header rows of a table (<thead>) repeated on
// each page it spans. The document loads nothing: only the images given exist, by their URL.
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)

public:
    using Images = QList<QPair<QUrl, QImage>>;

    // Appends the PDF to out; pages, when given, is how many it has.
    static bool print(const std::string &html, const QString &title, const QString &caseName,
                      const Images &images, std::string &out, QString *error, int *pages = nullptr);
};

} // namespace auditlens
