#include "comparebar.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace parity {

namespace {

QComboBox *makeField(QWidget *parent, const QString &placeholder, const QString &accessibleName)
{
    auto *field = new QComboBox(parent);
    field->setEditable(true);
    field->setInsertPolicy(QComboBox::NoInsert);
    field->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    field->setMinimumContentsLength(28);
    field->lineEdit()->setPlaceholderText(placeholder);
    field->lineEdit()->setClearButtonEnabled(true);
    field->setAccessibleName(accessibleName);
    field->setToolTip(QObject::tr("postgresql://user@host/db, mysql://user@host/db, a .db/.sqlite file, "
                                  "a .parity.json snapshot, or @profile"));
    return field;
}

} // namespace

CompareBar::CompareBar(QWidget *parent)
    : QWidget(parent)
{
    m_reference = makeField(this, tr("Reference: the desired state"), tr("Reference database"));
    m_target = makeField(this, tr("Target: the database that will change"), tr("Target database"));
    m_reference->setObjectName(QStringLiteral("referenceField"));
    m_target->setObjectName(QStringLiteral("targetField"));

    auto browseButton = [this](QComboBox *field, const QString &what) {
        auto *button = new QToolButton(this);
        button->setText(QStringLiteral("…"));
        button->setToolTip(tr("Choose a SQLite or snapshot file as the %1").arg(what));
        button->setAccessibleName(tr("Browse for the %1").arg(what));
        connect(button, &QToolButton::clicked, this, [this, field] { browse(field); });
        return button;
    };

    m_swap = new QToolButton(this);
    m_swap->setText(QStringLiteral("⇄"));
    m_swap->setObjectName(QStringLiteral("swapButton"));
    m_swap->setToolTip(tr("Swap reference and target"));
    m_swap->setAccessibleName(tr("Swap reference and target"));
    connect(m_swap, &QToolButton::clicked, this, &CompareBar::swap);

    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    m_compare->setToolTip(tr("Read both databases and compare them (F5)"));
    m_compare->setDefault(true);
    connect(m_compare, &QPushButton::clicked, this, &CompareBar::request);
    for (QComboBox *field : {m_reference, m_target})
        connect(field->lineEdit(), &QLineEdit::returnPressed, this, &CompareBar::request);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    auto *referenceLabel = new QLabel(tr("&Reference:"), this);
    referenceLabel->setBuddy(m_reference);
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_target);
    layout->addWidget(referenceLabel);
    layout->addWidget(m_reference, 1);
    layout->addWidget(browseButton(m_reference, tr("reference")));
    layout->addWidget(m_swap);
    layout->addWidget(targetLabel);
    layout->addWidget(m_target, 1);
    layout->addWidget(browseButton(m_target, tr("target")));
    layout->addWidget(m_compare);
}

QString CompareBar::reference() const
{
    return m_reference->currentText().trimmed();
}

QString CompareBar::target() const
{
    return m_target->currentText().trimmed();
}

void CompareBar::setReference(const QString &spec)
{
    m_reference->setEditText(spec);
}

void CompareBar::setTarget(const QString &spec)
{
    m_target->setEditText(spec);
}

void CompareBar::setRecent(const QStringList &specs)
{
    for (QComboBox *field : {m_reference, m_target}) {
        const QString text = field->currentText();
        field->clear();
        field->addItems(specs);
        field->setEditText(text);
    }
}

void CompareBar::setBusy(bool busy)
{
    m_compare->setEnabled(!busy);
    m_swap->setEnabled(!busy);
}

void CompareBar::swap()
{
    const QString reference = this->reference();
    setReference(target());
    setTarget(reference);
}

void CompareBar::browse(QComboBox *field)
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Choose a database file or snapshot"), QString(),
        tr("Databases and snapshots (*.db *.sqlite *.sqlite3 *.parity.json);;All files (*)"));
    if (!file.isEmpty())
        field->setEditText(file);
}

void CompareBar::request()
{
    if (!m_compare->isEnabled())
        return;
    Q_EMIT compareRequested(reference(), target());
}

} // namespace parity
