#pragma once

#include "migration/migrationplan.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace parity {

class HazardListModel;

/// The plan's hazards, most severe first, with the figure measured on the
/// target. Double-click (or Enter) on one asks to show its object in the
/// trees and its statement in the script.
class HazardPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HazardPanel(QWidget *parent = nullptr);

    /// `figures` says where the figures come from ("Figures measured on uat.").
    void setHazards(const QList<Hazard> &hazards, const QString &figures);
    HazardListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

Q_SIGNALS:
    void hazardActivated(const parity::Hazard &hazard);

private:
    HazardListModel *m_model = nullptr; // owned by this (QObject parent)
    QTableView *m_view = nullptr;       // owned by this
    QLabel *m_heading = nullptr;        // owned by this
};

} // namespace parity
