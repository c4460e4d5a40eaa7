// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "query/queryresult.h"

#include <QWidget>

namespace auditlens {

// The actor timeline: a swimlane per actor (the busiest under the filter, or those the actor
// filter names), each bucket of the histogram's with events a tick. A tick's colour and height
// say the highest sensitivity of its events (the action catalogue's: high tallest, low
// shortest), a diamond above it that one of them has a finding. Click a tick to select its event;
// drag across the lanes to narrow the time range, as on the histogram. By keyboard: Up and Down
// move between lanes, Left and Right between ticks, Enter selects the tick's event.
class ActorTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit ActorTimeline(QWidget *parent = nullptr);

    // The lanes and buckets of a result (null: none).
    void setResult(const QueryResultPtr &result);
    const ActorLanes &lanes() const;
    const Histogram &histogram() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The keyboard's tick (-1: none), and where a tick is drawn (for tests).
    int currentLane() const { return m_lane; }
    int currentTick() const { return m_tick; }
    void setCurrent(int lane, int tick);
    QRectF tickRect(int lane, int tick) const;
    QRectF laneRect(int lane) const;
    // A tick's tooltip: actor, time, the action of its event, counts.
    QString tickText(int lane, int tick) const;

Q_SIGNALS:
    // The seq of the event a tick stands for.
    void eventSelected(qint64 seq);
    // Both bounds inclusive, nanoseconds UTC.
    void rangeSelected(qint64 from, qint64 to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    // What the timeline is and how it is used, for a screen reader.
    static QString help();
    QRectF plotRect() const;
    qreal laneHeight() const;
    int bucketAt(qreal x) const;
    int laneAt(qreal y) const;
    // The tick under a point (nearest within a few pixels in its lane), or -1.
    int tickAt(const QPointF &point, int *lane) const;
    QString headerText() const;

    QueryResultPtr m_result;
    int m_lane = -1;
    int m_tick = -1;
    QPointF m_pressPos;
    int m_dragStart = -1; // buckets of a drag across the lanes
    int m_dragEnd = -1;
    bool m_dragging = false;
};

} // namespace auditlens
