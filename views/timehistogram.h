#pragma once

#include "query/queryresult.h"

#include <QWidget>

namespace auditlens {

// The time histogram of the filtered events: one bar per bucket (empty buckets included), the
// bucket size chosen from the visible span, from seconds to months. Drag across it to narrow
// the time range; double-click to widen back to the whole log.
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

private:
    QRectF plotRect() const;
    int bucketAt(qreal x) const;

    Histogram m_histogram;
    int m_dragStart = -1;
    int m_dragEnd = -1;
};

} // namespace auditlens
