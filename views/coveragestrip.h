// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#pragma once

#include "store/sourcecoverage.h"

#include <QWidget>

namespace auditlens {

// What each source of a case covers, on a time axis of whole UTC days: one lane per source from
// its first to its last event (overlaps read from lane to lane), and the days no source covers
// drawn across every lane in a warning colour: a hole in the evidence, not a quiet day. Click a
// gap (or pick it with the arrow keys and press Enter) to filter to its days.
class CoverageStrip : public QWidget
{
    Q_OBJECT
public:
    explicit CoverageStrip(QWidget *parent = nullptr);

    void setCoverage(const SourceCoverage &coverage);
    const QVector<DayRun> &gaps() const { return m_coverage.gaps; }
    // Where a gap is drawn, in widget coordinates (empty when there is no such gap).
    QRectF gapRect(int gap) const;
    // A gap in words, as its tooltip says it.
    static QString gapText(const DayRun &gap);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // A gap was clicked: its first and last nanosecond, UTC, both inclusive.
    void gapActivated(qint64 from, qint64 to);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotRect() const;
    QRectF laneRect(int lane) const;
    qreal xOfDay(qint64 day) const;
    int gapAt(const QPointF &pos) const;
    void activate(int gap);
    int laneHeight() const;

    SourceCoverage m_coverage;
    QVector<int> m_lanes; // indexes into m_coverage.sources of the sources with a span
    qint64 m_firstDay = 0;
    qint64 m_lastDay = 0;
    int m_currentGap = -1; // the gap the keyboard is on
};

} // namespace auditlens
