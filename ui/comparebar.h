#pragma once

#include <QWidget>

class QComboBox;
class QToolButton;
class QPushButton;

namespace parity {

/// Picks the two sides of a comparison: the reference (the desired state) on
/// the left and the target (the database that will change) on the right,
/// each a connection URL, a SQLite or snapshot file, or an @profile, with a
/// button to swap them. Recent choices are offered in the lists.
class CompareBar : public QWidget
{
    Q_OBJECT

public:
    explicit CompareBar(QWidget *parent = nullptr);

    QString reference() const;
    QString target() const;
    void setReference(const QString &spec);
    void setTarget(const QString &spec);
    void setRecent(const QStringList &specs);
    void setBusy(bool busy);

    QComboBox *referenceField() const { return m_reference; }
    QComboBox *targetField() const { return m_target; }
    QPushButton *compareButton() const { return m_compare; }

public Q_SLOTS:
    void swap();

Q_SIGNALS:
    void compareRequested(const QString &reference, const QString &target);

private:
    void browse(QComboBox *field);
    void request();

    QComboBox *m_reference = nullptr; // owned by this
    QComboBox *m_target = nullptr;    // owned by this
    QToolButton *m_swap = nullptr;    // owned by this
    QPushButton *m_compare = nullptr; // owned by this
};

} // namespace parity
