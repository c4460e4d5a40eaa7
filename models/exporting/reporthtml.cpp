// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "reporthtml.h"

#include "../text/nameinspection.h"

#include <QBuffer>
#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

#include <cmath>

namespace auditlens {

namespace {
// A QTextDocument that loads nothing: only resources the report added itself exist.
class ReportDocument : public QTextDocument
{
public:
    using QTextDocument::QTextDocument;

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};
} // namespace

void ReportHtml::appendEscaped(std::string &out, std::string_view text)
{
    size_t done = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char *entity = nullptr;
        switch (text[i]) {
        case '&':
            entity = "&amp;";
            break;
        case '<':
            entity = "&lt;";
            break;
        case '>':
            entity = "&gt;";
            break;
        case '"':
            entity = "&quot;";
            break;
        case '\'':
            entity = "&#39;";
            break;
        default:
            continue;
        }
        out.append(text.data() + done, i - done);
        out.append(entity);
        done = i + 1;
    }
    out.append(text.data() + done, text.size() - done);
}

void ReportHtml::appendEscaped(std::string &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendEscaped(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

void ReportHtml::appendEscapedLines(std::string &out, const QString &text)
{
    QString normal = text;
    normal.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normal.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normal.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            out.append("<br>");
        appendEscaped(out, lines.at(i));
    }
}

bool ReportPdf::print(const std::string &html, const QString &title, const QString &caseName,
                      const Images &images, std::string &out, QString *error, int *pages)
{
    ReportDocument document;
    QFont font = document.defaultFont();
    font.setPointSizeF(7.5);
    document.setDefaultFont(font);
    for (const auto &[url, image] : images)
        document.addResource(QTextDocument::ImageResource, url, image);
    document.setHtml(QString::fromUtf8(html.data(), qsizetype(html.size())));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pageCount = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("AuditLens " AUDITLENS_VERSION));
        // The document is laid out at 96 dpi, in pages of the printable area less a line at the
        // head and one at the foot; the painter scales it to the writer's resolution.
        const qreal scale = writer.resolution() / 96.0;
        const QSizeF area(writer.width() / scale, writer.height() / scale);
        // In pixels of the document's 96 dpi: a size in points would be taken at the writer's
        // resolution, then scaled again.
        QFont margin = font;
        margin.setPixelSize(9);
        const qreal line = std::ceil(QFontMetricsF(margin).height() * 1.6);
        const QSizeF body(area.width(), area.height() - 2 * line);
        document.setPageSize(body);
        pageCount = document.pageCount();

        QPainter painter;
        if (!painter.begin(&writer)) {
            *error = tr("the PDF could not be produced");
            return false;
        }
        painter.scale(scale, scale);
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0)
                writer.newPage();
            painter.setFont(margin);
            painter.setPen(Qt::black);
            const QRectF head(0, 0, area.width(), line);
            painter.drawText(head, Qt::AlignLeft | Qt::AlignTop, caseName);
            painter.drawText(head, Qt::AlignRight | Qt::AlignTop, title);
            painter.drawText(QRectF(0, area.height() - line, area.width(), line),
                             Qt::AlignHCenter | Qt::AlignBottom,
                             tr("page %1 of %2").arg(page + 1).arg(pageCount));
            painter.save();
            painter.translate(0, line - page * body.height());
            document.drawContents(&painter,
                                  QRectF(0, page * body.height(), body.width(), body.height()));
            painter.restore();
        }
        painter.end();
    }
    if (buffer.data().isEmpty() || pageCount == 0) {
        *error = tr("the PDF could not be produced");
        return false;
    }
    if (pages)
        *pages = pageCount;
    out.append(buffer.data().constData(), size_t(buffer.data().size()));
    return true;
}

namespace {
bool isPlainAscii(std::string_view text)
{
    for (const char c : text) {
        if (c < 0x20 || c > 0x7e)
            return false;
    }
    return true;
}
} // namespace

void ReportNames::append(std::string &out, std::string_view name)
{
    if (isPlainAscii(name)) {
        ReportHtml::appendEscaped(out, name);
        return;
    }
    const NameInspection inspection(QString::fromUtf8(name.data(), qsizetype(name.size())));
    if (!inspection.isSuspicious()) {
        ReportHtml::appendEscaped(out, name);
        return;
    }
    out.append("<span class=\"lookalike\" title=\"");
    ReportHtml::appendEscaped(out, inspection.description());
    out.append("\">");
    ReportHtml::appendEscaped(out, inspection.shown());
    out.append("</span>");
    if (m_listed.size() < kListed)
        m_listed.insert(inspection.shown(), inspection.description());
}

void ReportNames::appendIntro(std::string &out) const
{
    out.append("<h2>");
    ReportHtml::appendEscaped(out, tr("Names that may pass for others"));
    out.append("</h2>\n<p>");
    ReportHtml::appendEscaped(
        out, tr("These names hold invisible characters, bidi controls or letters of "
                "mixed scripts, so they can look like other names. They are marked %1 "
                "above, with their invisible characters written as \\u escapes.")
                 .arg(NameInspection::marker()));
    out.append("</p>\n");
}

void ReportNames::appendRows(std::string &out) const
{
    for (auto it = m_listed.cbegin(); it != m_listed.cend(); ++it) {
        out.append("<tr><td class=\"lookalike\">");
        ReportHtml::appendEscaped(out, it.key());
        out.append("</td><td>");
        ReportHtml::appendEscaped(out, it.value());
        out.append("</td></tr>\n");
    }
}

} // namespace auditlens
