// SPDX-FileCopyrightText: 2026 AuditLens developers
// SPDX-License-Identifier: Apache-2.0

#include "tagdialog.h"

#include "itemmodels/semanticcolors.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QStyledItemDelegate>

namespace auditlens {

namespace {
// The colour AnnotationStore gives a new tag made without one.
const char kDefaultColor[] = "#607D8B";

// A swatch of color for a tag's entry.
QIcon swatch(const QString &color, qreal ratio)
{
    QPixmap pixmap(QSize(14, 14) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill(color);
    painter.setPen(fill.darker(150));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(1.5, 1.5, 11, 11), 3, 3);
    return QIcon(pixmap);
}

// Untag: how many of the chosen events carry a tag (none: not known).
constexpr int kCarriedRole = Qt::UserRole + 1;

// The list of tags to take off: each tag's name, then how many of the events carry it.
class CarriedDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QVariant carried = index.data(kCarriedRole);
        if (carried.isValid())
            option->text = TagDialog::tr("%1  (%2)")
                               .arg(option->text, QLocale().toString(carried.toLongLong()));
    }
};
} // namespace

TagDialog::TagDialog(Mode mode, qint64 count, bool filtered, const QVector<TagSummary> &tags,
                     const QString &initial, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_count(count), m_tags(tags), m_name(new QComboBox(this)),
      m_problem(new QLabel(this)), m_newTag(new QWidget(this)), m_color(new QLineEdit(this)),
      m_chooseColor(new QPushButton(tr("C&hoose…"), this)), m_description(new QLineEdit(this)),
      m_summary(new QLabel(this))
{
    const bool tagging = mode == Mode::Tag;
    setWindowTitle(tagging ? tr("Tag Events") : tr("Untag Events"));
    const QString n = QLocale().toString(count);
    QString intro;
    if (tagging)
        intro = filtered ? tr("Put a tag on the %1 events of the filter.").arg(n)
                         : tr("Put a tag on the %1 selected events.").arg(n);
    else
        intro = filtered ? tr("Take a tag off the %1 events of the filter.").arg(n)
                         : tr("Take a tag off the %1 selected events.").arg(n);
    auto *explain = new QLabel(intro, this);
    explain->setWordWrap(true);

    // Editable only when tagging: a new tag is made by typing its name.
    m_name->setEditable(tagging);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setAccessibleName(tr("Tag"));
    const qreal ratio = devicePixelRatioF();
    for (const TagSummary &tag : tags) {
        m_name->addItem(swatch(tag.color, ratio), tag.name);
        const int i = m_name->count() - 1;
        if (!tag.description.isEmpty())
            m_name->setItemData(i, tag.description, Qt::ToolTipRole);
        // Untag offers the tags the events carry, each with how many carry it (a count below
        // zero: not known; zero: none does, and it cannot be chosen).
        if (!tagging && tag.events >= 0) {
            const QString carried = QLocale().toString(tag.events);
            m_name->setItemData(i, tag.events, kCarriedRole);
            m_name->setItemData(i, tr("%1, carried by %2 of the events").arg(tag.name, carried),
                                Qt::AccessibleTextRole);
            const QString tip = tr("%1 of the %2 events carry it").arg(carried, n);
            m_name->setItemData(
                i, tag.description.isEmpty() ? tip : tag.description + QLatin1Char('\n') + tip,
                Qt::ToolTipRole);
            if (tag.events == 0) {
                if (auto *model = qobject_cast<QStandardItemModel *>(m_name->model()))
                    model->item(i)->setEnabled(false);
            }
        }
    }
    if (!tagging)
        m_name->setItemDelegate(new CarriedDelegate(m_name));
    if (const int i = m_name->findText(initial, Qt::MatchExactly | Qt::MatchCaseSensitive); i >= 0)
        m_name->setCurrentIndex(i);
    // A tag none of the events carries is not offered first.
    if (!tagging && m_name->currentIndex() >= 0 &&
        m_name->itemData(m_name->currentIndex(), kCarriedRole) == QVariant(qint64(0))) {
        for (int i = 0; i < m_name->count(); ++i) {
            if (m_name->itemData(i, kCarriedRole) != QVariant(qint64(0))) {
                m_name->setCurrentIndex(i);
                break;
            }
        }
    }
    auto *nameLabel = new QLabel(tr("&Tag:"), this);
    nameLabel->setBuddy(m_name);

    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("tagProblem"));

    // A new tag's colour and description.
    m_color->setText(QLatin1String(kDefaultColor));
    m_color->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("#[0-9A-Fa-f]{0,6}")), m_color));
    m_color->setAccessibleName(tr("Colour of the new tag"));
    m_color->setToolTip(tr("The new tag's colour, written #RRGGBB"));
    m_chooseColor->setToolTip(tr("Pick the new tag's colour"));
    m_description->setAccessibleName(tr("Description of the new tag"));
    m_description->setPlaceholderText(tr("optional: what the tag means"));
    auto *colorRow = new QHBoxLayout;
    colorRow->setContentsMargins(0, 0, 0, 0);
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(m_chooseColor);
    auto *newForm = new QFormLayout(m_newTag);
    newForm->setContentsMargins(0, 0, 0, 0);
    auto *colorLabel = new QLabel(tr("&Colour:"), m_newTag);
    colorLabel->setBuddy(m_color);
    newForm->addRow(colorLabel, colorRow);
    auto *descriptionLabel = new QLabel(tr("&Description:"), m_newTag);
    descriptionLabel->setBuddy(m_description);
    newForm->addRow(descriptionLabel, m_description);

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &TagDialog::acceptIfReady);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout(this);
    form->addRow(explain);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_problem);
    form->addRow(m_newTag);
    form->addRow(m_summary);
    form->addRow(buttons);

    connect(m_name, &QComboBox::currentTextChanged, this, &TagDialog::update);
    connect(m_color, &QLineEdit::textChanged, this, &TagDialog::update);
    connect(m_chooseColor, &QPushButton::clicked, this, &TagDialog::chooseColor);
    // Enter in a field presses OK (the combo box keeps it to itself otherwise), when it can be.
    for (QLineEdit *edit : {m_name->lineEdit(), m_color, m_description}) {
        if (edit)
            connect(edit, &QLineEdit::returnPressed, this, &TagDialog::acceptIfReady);
    }
    m_chooseColor->setAutoDefault(false);
    m_ok->setDefault(true);
    update();
    m_name->setFocus();
    if (QLineEdit *edit = m_name->lineEdit())
        edit->selectAll();
}

const TagSummary *TagDialog::existing(const QString &name) const
{
    for (const TagSummary &tag : m_tags) {
        if (tag.name == name)
            return &tag;
    }
    return nullptr;
}

QString TagDialog::tagName() const
{
    return m_name->currentText();
}

bool TagDialog::isNewTag() const
{
    return existing(tagName()) == nullptr;
}

QString TagDialog::newColor() const
{
    return isNewTag() ? m_color->text().toUpper() : QString();
}

QString TagDialog::newDescription() const
{
    return isNewTag() ? m_description->text().trimmed() : QString();
}

QString TagDialog::summary() const
{
    const QString n = QLocale().toString(m_count);
    const QString name = tagName();
    if (m_mode == Mode::Untag) {
        // Of the events, those that carry the tag, when that is known.
        const QVariant carried = m_name->currentData(kCarriedRole);
        if (carried.isValid() && carried.toLongLong() > 0 && carried.toLongLong() < m_count)
            return tr("Take %1 off %2 of the %3 events")
                .arg(name, QLocale().toString(carried.toLongLong()), n);
        return m_count == 1 ? tr("Take %1 off 1 event").arg(name)
                            : tr("Take %1 off %2 events").arg(name, n);
    }
    return m_count == 1 ? tr("Tag 1 event as %1").arg(name)
                        : tr("Tag %1 events as %2").arg(n, name);
}

void TagDialog::update()
{
    const QString name = tagName();
    // The name field shows the colour of the tag typed, and none for a new one. (Not while an
    // inline completion is offered: its selected rest would go.)
    QLineEdit *edit = m_name->lineEdit();
    const int match = m_name->findText(name, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (edit && !edit->hasSelectedText() && match != m_name->currentIndex()) {
        const int cursor = edit->cursorPosition();
        const QSignalBlocker blocker(m_name);
        m_name->setCurrentIndex(match);
        m_name->setEditText(name);
        edit->setCursorPosition(cursor);
    }
    QString problem;
    if (m_mode == Mode::Untag && m_tags.isEmpty())
        problem = m_count == 1 ? tr("The event carries no tag.")
                               : tr("None of the events carries a tag.");
    else if (m_mode == Mode::Untag && m_name->currentData(kCarriedRole) == QVariant(qint64(0)))
        problem = tr("None of the events carries %1.").arg(name);
    else if (name.isEmpty())
        problem = tr("Choose a tag, or type the name of a new one.");
    else if (!AnnotationStore::isTagName(name))
        problem = name.trimmed() != name ? tr("A tag name has no spaces at either end.")
                  : name == QLatin1String("*")
                      ? tr("* is not a tag name: a filter reads it as any tag.")
                  : name.size() > 64 ? tr("A tag name is at most 64 characters.")
                                     : tr("A tag name has no control characters.");
    const bool isNew = !name.isEmpty() && existing(name) == nullptr;
    const bool showNew = m_mode == Mode::Tag && isNew && problem.isEmpty();
    const bool resize = showNew != m_newTag->isVisibleTo(this);
    m_newTag->setVisible(showNew);
    if (problem.isEmpty() && m_newTag->isVisibleTo(this) &&
        !AnnotationStore::isColor(m_color->text()))
        problem = tr("A tag colour is written #RRGGBB, for example #607D8B.");
    if (problem.isEmpty() && m_mode == Mode::Tag && isNew)
        m_problem->setText(tr("A new tag: it is made when you press OK."));
    else
        m_problem->setText(problem);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText,
                     problem.isEmpty()
                         ? this->palette().color(QPalette::WindowText)
                         : SemanticColors::text(SemanticColors::Meaning::Failure, palette));
    m_problem->setPalette(palette);
    m_problem->setVisible(!m_problem->text().isEmpty());
    const bool ok = problem.isEmpty() && m_count > 0;
    m_ok->setEnabled(ok);
    m_summary->setText(ok ? summary() : QString());
    // A tag's name is shown as written: an "&" in it is no mnemonic.
    m_ok->setText(ok ? summary().replace(QLatin1Char('&'), QStringLiteral("&&"))
                     : (m_mode == Mode::Tag ? tr("Tag") : tr("Untag")));
    if (resize)
        adjustSize();
}

void TagDialog::acceptIfReady()
{
    // Once: Enter in a field may reach the default button as well.
    if (m_ok->isEnabled() && result() != Accepted) {
        setResult(Accepted);
        accept();
    }
}

void TagDialog::chooseColor()
{
    const QColor chosen =
        QColorDialog::getColor(QColor(m_color->text()), this, tr("Colour of the New Tag"));
    if (chosen.isValid())
        m_color->setText(chosen.name().toUpper());
}

} // namespace auditlens
