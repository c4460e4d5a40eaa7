// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "query/queryresult.h"

#include <QWidget>

namespace auditlens {

// The time histogram of the filtered events: one bar per bucket (empty buckets included), the
// bucket size chosen from the visible span, from seconds to months. Drag across it to narrow
// the time range; double-click to widen back to the whole log. By keyboard: the arrow keys move
// through the bars (Shift extends), Enter narrows to them, Backspace widens to the whole log.
class TimeHistogram : public QWidget
{
    Q_OBJECT
public:
    explicit TimeHistogram(QWidget *parent = nullptr);

    void setHistogram(const Histogram &histogram);
    const Histogram &histogram() const { return m_histogram; }
    QSize sizeHint() const override { return {600, 90}; }
    QSize minimumSizeHint() const override { return {200, 60}; }
    // Text of a bucket's span, for the tooltip and tests.
    static QString bucketText(const Histogram &histogram, int bucket);
    // The axis labels that fit in width (start, end, bucket size and peak), none overlapping:
    // the less important ones go, then the times shorten to days.
    struct Label
    {
        QRectF rect;
        QString text;
        Qt::Alignment align;
    };
    static QList<Label> axisLabels(const Histogram &histogram, const QFontMetricsF &metrics,
                                   const QRectF &area);

Q_SIGNALS:
    // Both bounds inclusive, nanoseconds UTC.
    void rangeSelected(qint64 from, qint64 to);
    void resetRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QRectF plotRect() const;
    int bucketAt(qreal x) const;

    Histogram m_histogram;
    int m_dragStart = -1;
    int m_dragEnd = -1;
    bool m_keyboardRange = false; // the range m_dragStart..m_dragEnd was made by keyboard
};

} // namespace auditlens
