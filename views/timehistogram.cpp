// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "timehistogram.h"

#include "parsing/timestampparser.h"

#include <QAction>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
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
    setAccessibleDescription(tr("Left and Right move through the bars, Shift extends, Enter "
                                "narrows the time range to them, Backspace shows all of it"));
    setFocusPolicy(Qt::StrongFocus);
    // Keys of their own, so that Help > Keyboard Shortcuts lists them.
    auto *narrow = new QAction(tr("Narrow the Time Range to the Chosen Bars"), this);
    narrow->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Space)});
    narrow->setShortcutContext(Qt::WidgetShortcut);
    narrow->setStatusTip(tr("Show only the events of the bars chosen with the arrow keys"));
    connect(narrow, &QAction::triggered, this, [this] {
        if (m_dragStart < 0)
            return;
        const int a = std::min(m_dragStart, m_dragEnd), b = std::max(m_dragStart, m_dragEnd);
        m_dragStart = m_dragEnd = -1;
        Q_EMIT rangeSelected(m_histogram.bounds[size_t(a)], m_histogram.bounds[size_t(b) + 1] - 1);
    });
    addAction(narrow);
    auto *whole = new QAction(tr("Show the Whole Time Range"), this);
    whole->setShortcuts({QKeySequence(Qt::Key_Backspace), QKeySequence(Qt::Key_Delete)});
    whole->setShortcutContext(Qt::WidgetShortcut);
    whole->setStatusTip(tr("Drop the time range, as a double-click does"));
    connect(whole, &QAction::triggered, this, [this] {
        m_dragStart = m_dragEnd = -1;
        Q_EMIT resetRequested();
    });
    addAction(whole);
}

void TimeHistogram::setHistogram(const Histogram &histogram)
{
    m_histogram = histogram;
    m_dragStart = m_dragEnd = -1;
    m_keyboardRange = false;
    update();
}

QList<TimeHistogram::Label>
TimeHistogram::axisLabels(const Histogram &h, const QFontMetricsF &metrics, const QRectF &area)
{
    if (h.bucketCount() == 0)
        return {};
    const qreal gap = metrics.horizontalAdvance(QStringLiteral("  "));
    const QString middle = tr("%1 a bar, peak %2").arg(unitText(h), QLocale().toString(h.maxCount));
    // Full times, then days; with the middle text, then without; then the start alone.
    for (const int digits : {20, 10}) {
        const QString first = TimestampParser::format(h.bounds.front(), 0).left(digits);
        const QString last = TimestampParser::format(h.bounds.back() - 1, 0).left(digits);
        const qreal wf = metrics.horizontalAdvance(first), wl = metrics.horizontalAdvance(last);
        const qreal wm = metrics.horizontalAdvance(middle);
        const QRectF left(area.left(), area.top(), wf, area.height());
        const QRectF right(area.right() - wl, area.top(), wl, area.height());
        const QRectF centre(area.center().x() - wm / 2, area.top(), wm, area.height());
        if (centre.left() >= left.right() + gap && centre.right() + gap <= right.left())
            return {{left, first, Qt::AlignLeft},
                    {centre, middle, Qt::AlignHCenter},
                    {right, last, Qt::AlignRight}};
        if (left.right() + gap <= right.left())
            return {{left, first, Qt::AlignLeft}, {right, last, Qt::AlignRight}};
    }
    const QString day = TimestampParser::format(h.bounds.front(), 0).left(10);
    const qreal wd = metrics.horizontalAdvance(day);
    if (wd <= area.width())
        return {{QRectF(area.left(), area.top(), wd, area.height()), day, Qt::AlignLeft}};
    return {};
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
    for (const Label &label : axisLabels(m_histogram, QFontMetricsF(font()), labels))
        p.drawText(label.rect, label.align | Qt::AlignVCenter, label.text);
    if (hasFocus()) {
        // Where the keyboard is: the bar (or bars) Enter would narrow to.
        const int a = m_dragStart >= 0 ? std::min(m_dragStart, m_dragEnd) : 0;
        const int b = m_dragStart >= 0 ? std::max(m_dragStart, m_dragEnd) : n - 1;
        QPen pen(pal.color(QPalette::Highlight), 1, Qt::DashLine);
        p.setPen(pen);
        p.drawRect(QRectF(r.left() + a * w, r.top(), (b - a + 1) * w, r.height())
                       .adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimeHistogram::keyPressEvent(QKeyEvent *event)
{
    const int n = m_histogram.bucketCount();
    if (n == 0) {
        QWidget::keyPressEvent(event);
        return;
    }
    const bool extend = event->modifiers() & Qt::ShiftModifier;
    auto moveTo = [&](int bucket) {
        bucket = std::clamp(bucket, 0, n - 1);
        if (m_dragStart < 0 || !extend)
            m_dragStart = bucket;
        m_dragEnd = bucket;
        m_keyboardRange = true;
        update();
    };
    const int at = m_dragStart >= 0 ? m_dragEnd : -1;
    switch (event->key()) {
    case Qt::Key_Left:
        moveTo(at < 0 ? n - 1 : at - 1);
        return;
    case Qt::Key_Right:
        moveTo(at < 0 ? 0 : at + 1);
        return;
    case Qt::Key_Home:
        moveTo(0);
        return;
    case Qt::Key_End:
        moveTo(n - 1);
        return;
    case Qt::Key_Escape:
        if (m_dragStart >= 0) {
            m_dragStart = m_dragEnd = -1;
            update();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

void TimeHistogram::focusOutEvent(QFocusEvent *event)
{
    if (m_keyboardRange) {
        m_dragStart = m_dragEnd = -1;
        m_keyboardRange = false;
    }
    update();
    QWidget::focusOutEvent(event);
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
