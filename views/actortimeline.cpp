// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "actortimeline.h"

#include "itemmodels/semanticcolors.h"
#include "timehistogram.h"

#include <QAction>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <climits>
#include <cmath>

namespace auditlens {

namespace {
const ActorLanes kNoLanes;
const Histogram kNoHistogram;
constexpr qreal kMargin = 4;
constexpr qreal kDragThreshold = 4; // pixels a press moves before it is a drag

// The share of a lane's height a tick of a sensitivity takes: never colour alone.
qreal heightShare(LaneSensitivity s)
{
    switch (s) {
    case LaneSensitivity::High:
        return 1.0;
    case LaneSensitivity::Medium:
        return 0.65;
    case LaneSensitivity::Low:
        break;
    }
    return 0.35;
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}
} // namespace

QString ActorTimeline::help()
{
    return tr("A lane per actor, the busiest under the filter or those the actor filter names; a "
              "tick per time bucket with events, taller and redder the more sensitive its "
              "actions, a diamond above it when one has a finding. Up and Down move between "
              "lanes, Left and Right between ticks, Enter selects the tick's event; drag across "
              "to narrow the time range");
}

ActorTimeline::ActorTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("actorTimeline"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setAccessibleName(tr("Actor timeline"));
    setAccessibleDescription(help());
    setFocusPolicy(Qt::StrongFocus);
    // A key of its own, so that Help > Keyboard Shortcuts lists it.
    auto *select = new QAction(tr("Select the Tick's Event"), this);
    select->setShortcuts(
        {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter), QKeySequence(Qt::Key_Space)});
    select->setShortcutContext(Qt::WidgetShortcut);
    select->setStatusTip(tr("Show in the table the event of the tick chosen with the arrow keys"));
    connect(select, &QAction::triggered, this, [this] {
        const ActorLanes &l = lanes();
        if (m_lane >= 0 && m_lane < int(l.lanes.size()) && m_tick >= 0 &&
            m_tick < int(l.lanes[size_t(m_lane)].ticks.size()))
            Q_EMIT eventSelected(l.lanes[size_t(m_lane)].ticks[size_t(m_tick)].seq);
    });
    addAction(select);
}

void ActorTimeline::setResult(const QueryResultPtr &result)
{
    // The keyboard's place stays on the same actor and, when it still has one, the same bucket.
    quint32 actor = 0;
    int bucket = -1;
    if (m_lane >= 0 && m_lane < int(lanes().lanes.size())) {
        const ActorLane &lane = lanes().lanes[size_t(m_lane)];
        actor = lane.actor;
        if (m_tick >= 0 && m_tick < int(lane.ticks.size()))
            bucket = lane.ticks[size_t(m_tick)].bucket;
    }
    const bool sameBuckets =
        m_result && result && m_result->histogram.bounds == result->histogram.bounds;
    m_result = result;
    m_lane = m_tick = -1;
    m_dragStart = m_dragEnd = -1;
    m_dragging = false;
    const ActorLanes &l = lanes();
    for (size_t i = 0; i < l.lanes.size() && actor; ++i) {
        if (l.lanes[i].actor != actor)
            continue;
        m_lane = int(i);
        const std::vector<LaneTick> &ticks = l.lanes[i].ticks;
        for (size_t t = 0; t < ticks.size() && sameBuckets; ++t) {
            if (ticks[t].bucket == bucket)
                m_tick = int(t);
        }
        if (m_tick < 0 && !ticks.empty())
            m_tick = 0;
    }
    updateGeometry();
    update();
}

const ActorLanes &ActorTimeline::lanes() const
{
    return m_result ? m_result->lanes : kNoLanes;
}

const Histogram &ActorTimeline::histogram() const
{
    return m_result ? m_result->histogram : kNoHistogram;
}

qreal ActorTimeline::laneHeight() const
{
    return std::max<qreal>(QFontMetricsF(font()).height() + 6, 18);
}

QSize ActorTimeline::sizeHint() const
{
    const int lanes = std::max<int>(int(this->lanes().lanes.size()), 3);
    const qreal header = QFontMetricsF(font()).height() + kMargin;
    return {600, int(std::ceil(header + lanes * laneHeight() + 2 * kMargin))};
}

QSize ActorTimeline::minimumSizeHint() const
{
    // The header and three lanes.
    const qreal header = QFontMetricsF(font()).height() + kMargin;
    return {200, int(std::ceil(header + 3 * laneHeight() + 2 * kMargin))};
}

QRectF ActorTimeline::plotRect() const
{
    const qreal header = QFontMetricsF(font()).height() + kMargin;
    const qreal labels =
        std::min<qreal>(width() * 0.3, 20 * QFontMetricsF(font()).averageCharWidth() + 8);
    return QRectF(kMargin + labels, kMargin + header,
                  std::max<qreal>(width() - labels - 2 * kMargin, 1),
                  std::max<qreal>(height() - header - 2 * kMargin, 1));
}

QRectF ActorTimeline::laneRect(int lane) const
{
    const QRectF plot = plotRect();
    return QRectF(kMargin, plot.top() + lane * laneHeight(), width() - 2 * kMargin, laneHeight());
}

QRectF ActorTimeline::tickRect(int lane, int tick) const
{
    const ActorLanes &l = lanes();
    const int buckets = histogram().bucketCount();
    if (lane < 0 || lane >= int(l.lanes.size()) || buckets <= 0)
        return {};
    const std::vector<LaneTick> &ticks = l.lanes[size_t(lane)].ticks;
    if (tick < 0 || tick >= int(ticks.size()))
        return {};
    const LaneTick &t = ticks[size_t(tick)];
    const QRectF plot = plotRect();
    const QRectF row = laneRect(lane);
    const qreal w = plot.width() / buckets;
    const qreal tickWidth = std::max<qreal>(w - 1, 2);
    // Room above for the finding's diamond.
    const qreal room = row.height() - 7;
    const qreal h = std::max<qreal>(room * heightShare(t.top()), 3);
    return QRectF(plot.left() + t.bucket * w + (w - tickWidth) / 2, row.bottom() - 1 - h, tickWidth,
                  h);
}

int ActorTimeline::bucketAt(qreal x) const
{
    const QRectF plot = plotRect();
    const int buckets = histogram().bucketCount();
    if (buckets <= 0)
        return -1;
    const int b = int(std::floor((x - plot.left()) / (plot.width() / buckets)));
    return std::clamp(b, 0, buckets - 1);
}

int ActorTimeline::laneAt(qreal y) const
{
    const int lane = int(std::floor((y - plotRect().top()) / laneHeight()));
    return lane >= 0 && lane < int(lanes().lanes.size()) ? lane : -1;
}

int ActorTimeline::tickAt(const QPointF &point, int *lane) const
{
    *lane = laneAt(point.y());
    if (*lane < 0 || point.x() < plotRect().left() - kMargin)
        return -1;
    const std::vector<LaneTick> &ticks = lanes().lanes[size_t(*lane)].ticks;
    int best = -1;
    qreal bestDistance = 5; // pixels: a thin tick is still hit
    for (size_t t = 0; t < ticks.size(); ++t) {
        const QRectF r = tickRect(*lane, int(t));
        const qreal d = point.x() < r.left()    ? r.left() - point.x()
                        : point.x() > r.right() ? point.x() - r.right()
                                                : 0;
        if (d < bestDistance) {
            best = int(t);
            bestDistance = d;
        }
    }
    return best;
}

QString ActorTimeline::headerText() const
{
    const ActorLanes &l = lanes();
    if (!m_result)
        return {};
    if (l.lanes.empty())
        return tr("No actor under this filter");
    if (l.named)
        return tr("The %n actor(s) the filter names", nullptr, int(l.lanes.size()));
    return tr("The busiest %1 of %n actor(s) under the filter", nullptr, int(l.actors))
        .arg(int(l.lanes.size()));
}

QString ActorTimeline::tickText(int lane, int tick) const
{
    const ActorLanes &l = lanes();
    if (lane < 0 || lane >= int(l.lanes.size()) || tick < 0 ||
        tick >= int(l.lanes[size_t(lane)].ticks.size()))
        return {};
    const ActorLane &a = l.lanes[size_t(lane)];
    const LaneTick &t = a.ticks[size_t(tick)];
    QStringList lines;
    lines << a.label << TimeHistogram::bucketText(histogram(), t.bucket);
    lines << tr("%n event(s): %1 high, %2 medium, %3 low sensitivity", nullptr, int(t.count()))
                 .arg(t.counts[2])
                 .arg(t.counts[1])
                 .arg(t.counts[0]);
    if (t.findings)
        lines << tr("%n with a finding", nullptr, int(t.findings));
    lines << tr("Click or Enter selects: %1").arg(t.actionLabel);
    return lines.join(QLatin1Char('\n'));
}

void ActorTimeline::setCurrent(int lane, int tick)
{
    m_lane = lane;
    m_tick = tick;
    update();
}

void ActorTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QFontMetricsF fm(font());
    const QRectF plot = plotRect();
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(kMargin, kMargin, width() - 2 * kMargin, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, headerText());
    const ActorLanes &l = lanes();
    const int buckets = histogram().bucketCount();
    const QColor high = SemanticColors::text(SemanticColors::Meaning::Failure, pal);
    const QColor medium = SemanticColors::text(SemanticColors::Meaning::Conflict, pal);
    const QColor low = blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.45);
    const QColor grid = blend(pal.color(QPalette::Text), pal.color(QPalette::Base), 0.88);

    // The drag's span, under the ticks.
    if (m_dragging && buckets > 0) {
        const int a = std::min(m_dragStart, m_dragEnd), b = std::max(m_dragStart, m_dragEnd);
        const qreal w = plot.width() / buckets;
        QColor band = pal.color(QPalette::Highlight);
        band.setAlphaF(0.25f);
        p.fillRect(QRectF(plot.left() + a * w, plot.top(), (b - a + 1) * w, plot.height()), band);
    }
    for (size_t i = 0; i < l.lanes.size(); ++i) {
        const ActorLane &lane = l.lanes[i];
        const QRectF row = laneRect(int(i));
        if (row.top() > height())
            break;
        p.setPen(grid);
        p.drawLine(QPointF(plot.left(), row.bottom() - 0.5),
                   QPointF(plot.right(), row.bottom() - 0.5));
        p.setPen(pal.color(QPalette::Text));
        // The count stays whole; the name gives way.
        const QString count = QStringLiteral(" (%1)").arg(QLocale().toString(lane.count));
        const QString label =
            fm.elidedText(lane.label, Qt::ElideRight,
                          plot.left() - row.left() - 6 - fm.horizontalAdvance(count)) +
            count;
        p.drawText(QRectF(row.left(), row.top(), plot.left() - row.left() - 6, row.height()),
                   Qt::AlignRight | Qt::AlignVCenter, label);
        for (size_t t = 0; t < lane.ticks.size(); ++t) {
            const LaneTick &tick = lane.ticks[t];
            const QRectF r = tickRect(int(i), int(t));
            const LaneSensitivity s = tick.top();
            p.fillRect(r, s == LaneSensitivity::High     ? high
                          : s == LaneSensitivity::Medium ? medium
                                                         : low);
            if (tick.findings) {
                // A diamond above the tick: a finding among its events.
                const qreal d = 3;
                const QPointF c(r.center().x(), r.top() - d - 0.5);
                QPainterPath diamond;
                diamond.moveTo(c.x(), c.y() - d);
                diamond.lineTo(c.x() + d, c.y());
                diamond.lineTo(c.x(), c.y() + d);
                diamond.lineTo(c.x() - d, c.y());
                diamond.closeSubpath();
                p.fillPath(diamond, pal.color(QPalette::Text));
            }
        }
    }
    // The keyboard's tick.
    if (hasFocus() && m_lane >= 0) {
        QRectF r = m_tick >= 0 ? tickRect(m_lane, m_tick).adjusted(-2, -6, 2, 1) : laneRect(m_lane);
        if (m_tick >= 0)
            r.setTop(laneRect(m_lane).top() + 1);
        QPen pen(pal.color(QPalette::Highlight), 2);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(r.adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void ActorTimeline::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || histogram().bucketCount() <= 0)
        return QWidget::mousePressEvent(event);
    m_pressPos = event->position();
    m_dragStart = m_dragEnd = bucketAt(event->position().x());
    m_dragging = false;
}

void ActorTimeline::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || m_dragStart < 0)
        return QWidget::mouseMoveEvent(event);
    if (!m_dragging && std::abs(event->position().x() - m_pressPos.x()) < kDragThreshold)
        return;
    m_dragging = true;
    m_dragEnd = bucketAt(event->position().x());
    update();
}

void ActorTimeline::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_dragStart < 0)
        return QWidget::mouseReleaseEvent(event);
    const Histogram &h = histogram();
    if (m_dragging) {
        const int a = std::min(m_dragStart, m_dragEnd), b = std::max(m_dragStart, m_dragEnd);
        m_dragStart = m_dragEnd = -1;
        m_dragging = false;
        update();
        Q_EMIT rangeSelected(h.bounds[size_t(a)], h.bounds[size_t(b) + 1] - 1);
        return;
    }
    m_dragStart = m_dragEnd = -1;
    int lane = -1;
    const int tick = tickAt(event->position(), &lane);
    if (tick < 0)
        return;
    setCurrent(lane, tick);
    Q_EMIT eventSelected(lanes().lanes[size_t(lane)].ticks[size_t(tick)].seq);
}

void ActorTimeline::keyPressEvent(QKeyEvent *event)
{
    const ActorLanes &l = lanes();
    if (l.lanes.empty())
        return QWidget::keyPressEvent(event);
    int lane = std::max(m_lane, 0);
    int tick = m_tick;
    const auto ticksOf = [&](int i) { return int(l.lanes[size_t(i)].ticks.size()); };
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int next =
            std::clamp(lane + (event->key() == Qt::Key_Down ? 1 : -1), 0, int(l.lanes.size()) - 1);
        if (m_lane < 0) {
            lane = 0;
        } else if (next != lane) {
            // The tick of the new lane nearest in time to the current one.
            const int bucket = tick >= 0 ? l.lanes[size_t(lane)].ticks[size_t(tick)].bucket : 0;
            lane = next;
            tick = -1;
            int best = INT_MAX;
            for (int t = 0; t < ticksOf(lane); ++t) {
                const int d = std::abs(l.lanes[size_t(lane)].ticks[size_t(t)].bucket - bucket);
                if (d < best) {
                    best = d;
                    tick = t;
                }
            }
        }
        if (tick < 0 && ticksOf(lane) > 0)
            tick = 0;
        break;
    }
    case Qt::Key_Left:
    case Qt::Key_Right:
        if (ticksOf(lane) == 0)
            break;
        tick = tick < 0 ? 0
                        : std::clamp(tick + (event->key() == Qt::Key_Right ? 1 : -1), 0,
                                     ticksOf(lane) - 1);
        break;
    case Qt::Key_Home:
        tick = ticksOf(lane) > 0 ? 0 : -1;
        break;
    case Qt::Key_End:
        tick = ticksOf(lane) - 1;
        break;
    default:
        return QWidget::keyPressEvent(event);
    }
    setCurrent(lane, tick);
    if (tick >= 0) {
        // What the tooltip says, for a screen reader too.
        setAccessibleDescription(tickText(lane, tick) + QLatin1Char('\n') + help());
        QToolTip::showText(mapToGlobal(tickRect(lane, tick).topRight().toPoint()),
                           tickText(lane, tick), this);
    }
}

bool ActorTimeline::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        int lane = -1;
        const int tick = tickAt(help->pos(), &lane);
        if (tick >= 0)
            QToolTip::showText(help->globalPos(), tickText(lane, tick), this);
        else if (lane >= 0 && help->pos().x() < plotRect().left())
            QToolTip::showText(help->globalPos(),
                               tr("%1: %n event(s) under the filter", nullptr,
                                  int(lanes().lanes[size_t(lane)].count))
                                   .arg(lanes().lanes[size_t(lane)].label),
                               this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace auditlens
