#include "timehistogram.h"

#include "parsing/timestampparser.h"

#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace auditlens {

namespace {
QString unitText(const Histogram &h)
{
    switch (h.unit) {
    case TimeUnit::Second:
        return TimeHistogram::tr("%n second(s)", nullptr, h.step);
    case TimeUnit::Minute:
        return TimeHistogram::tr("%n minute(s)", nullptr, h.step);
    case TimeUnit::Hour:
        return TimeHistogram::tr("%n hour(s)", nullptr, h.step);
    case TimeUnit::Day:
        return TimeHistogram::tr("%n day(s)", nullptr, h.step);
    case TimeUnit::Week:
        return TimeHistogram::tr("%n week(s)", nullptr, h.step);
    case TimeUnit::Month:
        return TimeHistogram::tr("%n month(s)", nullptr, h.step);
    }
    return {};
}
} // namespace

TimeHistogram::TimeHistogram(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setToolTip(tr("Drag across the bars to narrow the time range; double-click for all of it"));
    setAccessibleName(tr("Time histogram"));
}

void TimeHistogram::setHistogram(const Histogram &histogram)
{
    m_histogram = histogram;
    m_dragStart = m_dragEnd = -1;
    update();
}

QString TimeHistogram::bucketText(const Histogram &h, int bucket)
{
    if (bucket < 0 || bucket >= h.bucketCount())
        return {};
    return tr("%1 .. %2: %3 events")
        .arg(TimestampParser::format(h.bounds[size_t(bucket)], 0),
             TimestampParser::format(h.bounds[size_t(bucket) + 1] - 1, 0),
             QLocale().toString(h.counts[size_t(bucket)]));
}

QRectF TimeHistogram::plotRect() const
{
    const int text = fontMetrics().height();
    return QRectF(4, 4, width() - 8, height() - 8 - text);
}

int TimeHistogram::bucketAt(qreal x) const
{
    const int n = m_histogram.bucketCount();
    if (n == 0)
        return -1;
    const QRectF r = plotRect();
    const int b = int((x - r.left()) / r.width() * n);
    return std::clamp(b, 0, n - 1);
}

void TimeHistogram::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    p.fillRect(rect(), pal.base());
    const QRectF r = plotRect();
    const int n = m_histogram.bucketCount();
    if (n == 0) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No events with a time"));
        return;
    }
    const qreal w = r.width() / n;
    const quint32 max = std::max<quint32>(1, m_histogram.maxCount);
    const QColor bar = pal.color(QPalette::Highlight);
    if (m_dragStart >= 0) {
        const int a = std::min(m_dragStart, m_dragEnd), b = std::max(m_dragStart, m_dragEnd);
        QColor sel = pal.color(QPalette::Highlight);
        sel.setAlpha(50);
        p.fillRect(QRectF(r.left() + a * w, r.top(), (b - a + 1) * w, r.height()), sel);
    }
    for (int i = 0; i < n; ++i) {
        const quint32 c = m_histogram.counts[size_t(i)];
        if (c == 0)
            continue;
        const qreal h = std::max<qreal>(1.0, r.height() * c / max);
        p.fillRect(QRectF(r.left() + i * w + (w > 3 ? 0.5 : 0), r.bottom() - h,
                          std::max<qreal>(1.0, w - (w > 3 ? 1 : 0)), h),
                   bar);
    }
    p.setPen(pal.color(QPalette::Mid));
    p.drawLine(r.bottomLeft(), r.bottomRight());
    p.setPen(pal.color(QPalette::Text));
    const QRectF labels(r.left(), r.bottom() + 2, r.width(), fontMetrics().height());
    p.drawText(labels, Qt::AlignLeft | Qt::AlignVCenter,
               TimestampParser::format(m_histogram.bounds.front(), 0));
    p.drawText(labels, Qt::AlignRight | Qt::AlignVCenter,
               TimestampParser::format(m_histogram.bounds.back() - 1, 0));
    p.drawText(labels, Qt::AlignHCenter | Qt::AlignVCenter,
               tr("%1 a bar, peak %2")
                   .arg(unitText(m_histogram), QLocale().toString(m_histogram.maxCount)));
}

void TimeHistogram::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_histogram.bucketCount() == 0)
        return;
    m_dragStart = m_dragEnd = bucketAt(event->position().x());
    update();
}

void TimeHistogram::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragStart < 0 || !(event->buttons() & Qt::LeftButton))
        return;
    m_dragEnd = bucketAt(event->position().x());
    update();
}

void TimeHistogram::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_dragStart < 0 || event->button() != Qt::LeftButton)
        return;
    m_dragEnd = bucketAt(event->position().x());
    const int a = std::min(m_dragStart, m_dragEnd), b = std::max(m_dragStart, m_dragEnd);
    m_dragStart = m_dragEnd = -1;
    update();
    Q_EMIT rangeSelected(m_histogram.bounds[size_t(a)], m_histogram.bounds[size_t(b) + 1] - 1);
}

void TimeHistogram::mouseDoubleClickEvent(QMouseEvent *)
{
    m_dragStart = m_dragEnd = -1;
    Q_EMIT resetRequested();
}

bool TimeHistogram::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int b = bucketAt(help->pos().x());
        if (b >= 0)
            QToolTip::showText(help->globalPos(), bucketText(m_histogram, b), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace auditlens
