#include "hazardpanel.h"

#include "item/hazardlistmodel.h"

#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace parity {

namespace {

/// Colours the severity cell; the model (in models/) has no Gui.
class SeverityColours : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (index.column() == HazardListModel::SeverityColumn && role == Qt::ForegroundRole) {
            switch (HazardSeverity(index.data(HazardListModel::SeverityRole).toInt())) {
            case HazardSeverity::High: return QColor(0xd3, 0x2f, 0x2f);
            case HazardSeverity::Medium: return QColor(0xef, 0x8f, 0x00);
            case HazardSeverity::Low: return {};
            }
        }
        if (index.column() == HazardListModel::SeverityColumn && role == Qt::FontRole) {
            QFont bold;
            bold.setBold(HazardSeverity(index.data(HazardListModel::SeverityRole).toInt()) != HazardSeverity::Low);
            return bold;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

HazardPanel::HazardPanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new HazardListModel(this))
{
    m_heading = new QLabel(tr("No comparison yet."), this);
    m_heading->setWordWrap(true);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("hazardView"));
    auto *colours = new SeverityColours(this);
    colours->setSourceModel(m_model);
    m_view->setModel(colours);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->resizeSection(HazardListModel::SeverityColumn, 70);
    m_view->horizontalHeader()->resizeSection(HazardListModel::ObjectColumn, 260);
    m_view->horizontalHeader()->setSectionResizeMode(HazardListModel::ReasonColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->resizeSection(HazardListModel::FigureColumn, 260);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Hazards"));
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const Hazard *h = m_model->hazardAt(index))
            Q_EMIT hazardActivated(*h);
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_view, 1);
}

void HazardPanel::setHazards(const QList<Hazard> &hazards, const QString &figures)
{
    m_model->setHazards(hazards);
    if (hazards.isEmpty()) {
        m_heading->setText(figures.isNull() ? tr("No comparison yet.")
                                            : tr("No hazards: the script loses no data and rewrites no table."));
        return;
    }
    QStringList parts;
    if (int n = m_model->count(HazardSeverity::High))
        parts << tr("%n high", nullptr, n);
    if (int n = m_model->count(HazardSeverity::Medium))
        parts << tr("%n medium", nullptr, n);
    if (int n = m_model->count(HazardSeverity::Low))
        parts << tr("%n low", nullptr, n);
    m_heading->setText(tr("%n hazard(s): %1. %2", nullptr, int(hazards.size()))
                           .arg(parts.join(QStringLiteral(", ")), figures));
}

} // namespace parity
