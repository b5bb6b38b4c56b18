#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace parity {

/// Asks for what to open: a connection URL, a SQLite file or a snapshot
/// (with a file browser), or a saved @profile.
class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenDatabaseDialog(QWidget *parent = nullptr);

    QString specText() const;

private:
    void browse();
    void validate();

    QLineEdit *m_spec = nullptr;           // owned by this
    QDialogButtonBox *m_buttons = nullptr; // owned by this
};

} // namespace parity
