#include "opendatabasedialog.h"

#include "connection/connectionspec.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace parity {

OpenDatabaseDialog::OpenDatabaseDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Open Database"));
    m_spec = new QLineEdit(this);
    m_spec->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/db"));
    m_spec->setMinimumWidth(420);
    auto *browseButton = new QPushButton(tr("&Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &OpenDatabaseDialog::browse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_spec, 1);
    row->addWidget(browseButton);

    auto *hint = new QLabel(tr("A connection URL (postgresql://, mysql://, mariadb://), a SQLite file, "
                               "a .parity.json snapshot, or @profile. Passwords in a URL are used for "
                               "this connection only."),
                            this);
    hint->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_spec, &QLineEdit::textChanged, this, &OpenDatabaseDialog::validate);

    auto *form = new QFormLayout;
    auto *label = new QLabel(tr("&Database:"), this);
    label->setBuddy(m_spec);
    form->addRow(label, row);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_buttons);
    validate();
}

QString OpenDatabaseDialog::specText() const
{
    return m_spec->text().trimmed();
}

void OpenDatabaseDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Open SQLite Database or Snapshot"), QString(),
        tr("Databases and snapshots (*.db *.sqlite *.sqlite3 *.json);;All files (*)"));
    if (!file.isEmpty())
        m_spec->setText(file.endsWith(QStringLiteral(".json")) ? file : QStringLiteral("sqlite:") + file);
}

void OpenDatabaseDialog::validate()
{
    const auto parsed = ConnectionSpec::parse(specText());
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(bool(parsed));
    m_spec->setToolTip(parsed ? parsed->display() : parsed.error().message);
}

} // namespace parity
