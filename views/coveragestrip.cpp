// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "coveragestrip.h"

#include "itemmodels/semanticcolors.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <numeric>

namespace auditlens {

namespace {
constexpr qint64 kDayNs = 86400LL * 1000000000LL;
constexpr int kLaneGap = 3;
constexpr int kMargin = 4;
} // namespace

CoverageStrip::CoverageStrip(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Coverage of the sources"));
    setMouseTracking(true);
}

void CoverageStrip::setCoverage(const SourceCoverage &coverage)
{
    m_coverage = coverage;
    m_lanes.clear();
    m_currentGap = -1;
    bool any = false;
    for (int i = 0; i < m_coverage.sources.size(); ++i) {
        const SourceSpan &s = m_coverage.sources.at(i);
        if (!s.hasSpan)
            continue;
        const qint64 first = SourceCoverage::dayOf(s.first), last = SourceCoverage::dayOf(s.last);
        m_firstDay = any ? std::min(m_firstDay, first) : first;
        m_lastDay = any ? std::max(m_lastDay, last) : last;
        any = true;
        m_lanes << i;
    }
    setToolTip(QString());
    updateGeometry();
    update();
}

int CoverageStrip::laneHeight() const
{
    return std::max(8, fontMetrics().height() - 2);
}

QSize CoverageStrip::sizeHint() const
{
    const int lanes = std::max<int>(1, int(m_lanes.size()));
    return {600, 2 * kMargin + lanes * (laneHeight() + kLaneGap) + fontMetrics().height()};
}

QSize CoverageStrip::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

QRectF CoverageStrip::plotRect() const
{
    // Room at the left for the lanes' numbers, below for the first and last day.
    const qreal left = fontMetrics().horizontalAdvance(QStringLiteral("#000")) + 2 * kMargin;
    return QRectF(left, kMargin, width() - left - kMargin,
                  height() - 2 * kMargin - fontMetrics().height());
}

QRectF CoverageStrip::laneRect(int lane) const
{
    const QRectF r = plotRect();
    return QRectF(r.left(), r.top() + lane * (laneHeight() + kLaneGap), r.width(), laneHeight());
}

qreal CoverageStrip::xOfDay(qint64 day) const
{
    const QRectF r = plotRect();
    const qreal days = qreal(m_lastDay - m_firstDay + 1);
    return r.left() + r.width() * qreal(day - m_firstDay) / days;
}

QRectF CoverageStrip::gapRect(int gap) const
{
    if (gap < 0 || gap >= m_coverage.gaps.size() || m_lanes.isEmpty())
        return {};
    const DayRun &g = m_coverage.gaps.at(gap);
    const QRectF r = plotRect();
    const qreal left = xOfDay(g.from), right = xOfDay(g.to + 1);
    // At least a few pixels wide, so that a one-day hole in a year still shows and takes a click.
    const qreal w = std::max<qreal>(4.0, right - left);
    const qreal bottom = laneRect(int(m_lanes.size()) - 1).bottom();
    return QRectF((left + right - w) / 2, r.top(), w, bottom - r.top());
}

QString CoverageStrip::gapText(const DayRun &gap)
{
    if (gap.from == gap.to)
        return tr("No source covers %1 (a whole UTC day): no events can be seen there.")
            .arg(SourceCoverage::dayText(gap.from));
    return tr("No source covers %1 to %2 (%3 whole UTC days): no events can be seen there.")
        .arg(SourceCoverage::dayText(gap.from), SourceCoverage::dayText(gap.to),
             QLocale().toString(gap.to - gap.from + 1));
}

void CoverageStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    if (m_lanes.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No source with a time"));
        return;
    }
    const QRectF plot = plotRect();
    const QColor lane = pal.color(QPalette::Highlight);
    QColor track = pal.color(QPalette::Mid);
    track.setAlpha(60);
    p.setRenderHint(QPainter::Antialiasing, false);
    for (int i = 0; i < m_lanes.size(); ++i) {
        const SourceSpan &s = m_coverage.sources.at(m_lanes.at(i));
        const QRectF r = laneRect(i);
        p.fillRect(r, track);
        // The span to the nanosecond, within the day grid of the axis.
        const qreal days = qreal(m_lastDay - m_firstDay + 1);
        const qreal origin = qreal(m_firstDay) * kDayNs;
        const qreal x0 = plot.left() + plot.width() * (qreal(s.first) - origin) / (days * kDayNs);
        const qreal x1 = plot.left() + plot.width() * (qreal(s.last) - origin) / (days * kDayNs);
        p.fillRect(QRectF(x0, r.top(), std::max<qreal>(2.0, x1 - x0), r.height()), lane);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(kMargin, r.top(), plot.left() - 2 * kMargin, r.height()),
                   Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("#%1").arg(s.source.id));
    }
    const QColor warning = SemanticColors::text(SemanticColors::Meaning::Failure, pal);
    QColor fill = warning;
    fill.setAlpha(90);
    for (int g = 0; g < m_coverage.gaps.size(); ++g) {
        const QRectF r = gapRect(g);
        p.fillRect(r, fill);
        // Hatched as well as tinted: it reads as "missing" in either theme, and without colour.
        p.fillRect(r, QBrush(warning, Qt::BDiagPattern));
        p.setPen(QPen(warning, g == m_currentGap && hasFocus() ? 2 : 1));
        p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
    }
    p.setPen(pal.color(QPalette::Text));
    const QRectF labels(plot.left(), plot.bottom(), plot.width(), fontMetrics().height());
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter, SourceCoverage::dayText(m_firstDay));
    if (m_lastDay != m_firstDay)
        p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter, SourceCoverage::dayText(m_lastDay));
    if (!m_coverage.gaps.isEmpty())
        p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter,
                   tr("%n day(s) no source covers", nullptr,
                      int(std::accumulate(
                          m_coverage.gaps.begin(), m_coverage.gaps.end(), qint64(0),
                          [](qint64 n, const DayRun &g) { return n + g.to - g.from + 1; }))));
    if (hasFocus()) {
        QPen pen(pal.color(QPalette::Highlight), 1, Qt::DashLine);
        p.setPen(pen);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

int CoverageStrip::gapAt(const QPointF &pos) const
{
    for (int g = 0; g < m_coverage.gaps.size(); ++g) {
        if (gapRect(g).adjusted(-2, 0, 2, 0).contains(pos))
            return g;
    }
    return -1;
}

void CoverageStrip::activate(int gap)
{
    if (gap < 0 || gap >= m_coverage.gaps.size())
        return;
    const DayRun &g = m_coverage.gaps.at(gap);
    Q_EMIT gapActivated(g.from * kDayNs, (g.to + 1) * kDayNs - 1);
}

void CoverageStrip::mousePressEvent(QMouseEvent *event)
{
    const int gap = gapAt(event->position());
    if (event->button() == Qt::LeftButton && gap >= 0) {
        m_currentGap = gap;
        activate(gap);
        update();
        return;
    }
    QWidget::mousePressEvent(event);
}

void CoverageStrip::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_coverage.gaps.size());
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (n > 0) {
            const int step = event->key() == Qt::Key_Left ? -1 : 1;
            m_currentGap =
                m_currentGap < 0 ? (step > 0 ? 0 : n - 1) : (m_currentGap + step + n) % n;
            QToolTip::showText(mapToGlobal(gapRect(m_currentGap).center().toPoint()),
                               gapText(m_coverage.gaps.at(m_currentGap)), this);
            update();
        }
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activate(m_currentGap);
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

bool CoverageStrip::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const QPointF pos = help->pos();
    if (const int gap = gapAt(pos); gap >= 0) {
        QToolTip::showText(help->globalPos(),
                           gapText(m_coverage.gaps.at(gap)) + QLatin1Char('\n') +
                               tr("Click to filter to these days."),
                           this);
        return true;
    }
    for (int i = 0; i < m_lanes.size(); ++i) {
        if (!laneRect(i).adjusted(0, -1, 0, 1).contains(pos) &&
            !(pos.x() < plotRect().left() && pos.y() >= laneRect(i).top() &&
              pos.y() <= laneRect(i).bottom()))
            continue;
        const SourceSpan &s = m_coverage.sources.at(m_lanes.at(i));
        QToolTip::showText(help->globalPos(),
                           tr("Source %1: %2\n%3 to %4")
                               .arg(QString::number(s.source.id), s.source.fileName,
                                    SourceCoverage::dayText(SourceCoverage::dayOf(s.first)),
                                    SourceCoverage::dayText(SourceCoverage::dayOf(s.last))),
                           this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace auditlens
