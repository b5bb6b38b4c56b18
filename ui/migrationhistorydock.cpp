#include "migrationhistorydock.h"

#include "history/historyreport.h"
#include "historystateproxymodel.h"
#include "item/historymatrixmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace parity {

namespace {

// Past these a column elides: migration names are long, failure details longer.
constexpr int kMaxMigrationWidth = 560;
constexpr int kMaxColumnWidth = 360;

} // namespace

MigrationHistoryDock::MigrationHistoryDock(QWidget *parent)
    : QDockWidget(tr("Migration History"), parent)
    , m_model(new HistoryMatrixModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_colours(new HistoryStateProxyModel(this))
    , m_chooser([](QWidget *owner, const QString &start) {
        return QFileDialog::getExistingDirectory(owner,
                                                 MigrationHistoryDock::tr(
                                                     "Choose the Migrations Folder"),
                                                 start);
    })
{
    setObjectName(QStringLiteral("migrationHistoryDock"));
    auto *content = new QWidget(this);

    auto *folderLabel = new QLabel(tr("Fo&lder:"), content);
    m_folder = new QLineEdit(content);
    m_folder->setObjectName(QStringLiteral("migrationsFolderEdit"));
    m_folder->setPlaceholderText(tr("No migrations folder: choose one to see pending migrations"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setAccessibleName(tr("Migrations folder"));
    folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(tr("Bro&wse…"), content);
    m_browse->setObjectName(QStringLiteral("browseMigrationsFolderButton"));
    m_browse->setToolTip(
        tr("Choose the project's migrations folder (or the project itself): the history is "
           "checked against it for pending migrations and files changed after they ran"));
    m_reload = new QPushButton(tr("Rel&oad"), content);
    m_reload->setObjectName(QStringLiteral("reloadHistoryButton"));
    m_reload->setToolTip(
        tr("Read both migration histories and the folder again (Enter in the folder field)"));
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    folderRow->addWidget(m_reload);

    m_differencesOnly = new QCheckBox(tr("Show only migrations that d&iffer"), content);
    m_differencesOnly->setObjectName(QStringLiteral("historyDifferencesOnly"));
    m_differencesOnly->setToolTip(tr("Hide the migrations every environment ran alike"));
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("migrationHistoryStatus"));
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_differencesOnly);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_status);

    m_summary = new QLabel(content);
    m_summary->setObjectName(QStringLiteral("migrationHistorySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Compare two databases to see which framework migrations each one ran."));
    m_notes = new QLabel(content);
    m_notes->setObjectName(QStringLiteral("migrationHistoryNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes->setVisible(false);

    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(HistoryMatrixModel::AgreesRole);
    m_filter->setFilterKeyColumn(0);
    m_colours->setSourceModel(m_filter);
    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("migrationHistoryView"));
    m_view->setModel(m_colours);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setAccessibleName(tr("Migrations by environment"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(tr("&Copy Rows as Text"), m_view);
    copy->setObjectName(QStringLiteral("copyHistoryAction"));
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    copy->setToolTip(tr("Copy the rows shown, tab-separated (pastes into a spreadsheet)"));
    connect(copy, &QAction::triggered, this, &MigrationHistoryDock::copyShown);
    m_view->addAction(copy);
    auto *markdown = new QAction(tr("Copy the History as &Markdown"), m_view);
    markdown->setObjectName(QStringLiteral("copyHistoryMarkdownAction"));
    markdown->setToolTip(tr(
        "Copy every migration as Markdown tables, as parity-cli history --format markdown writes "
        "them (for a ticket or a pull request)"));
    connect(markdown, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(historyMarkdown(m_model->matrix())); });
    m_view->addAction(markdown);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(folderRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_summary);
    layout->addWidget(m_notes);
    layout->addWidget(m_view, 1);
    setWidget(content);
    setFocusProxy(m_view);

    connect(m_browse, &QPushButton::clicked, this, &MigrationHistoryDock::browse);
    connect(m_reload, &QPushButton::clicked, this, &MigrationHistoryDock::requestReload);
    connect(m_folder, &QLineEdit::returnPressed, this, &MigrationHistoryDock::requestReload);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderChosen = true; });
    connect(m_differencesOnly, &QCheckBox::toggled, this, [this](bool only) {
        // AgreesRole reads "false" on the rows that differ.
        m_filter->setFilterRegularExpression(only ? QStringLiteral("^false$") : QString());
    });
    applyPalette();
}

QString MigrationHistoryDock::chosenFolder() const
{
    return m_folderChosen ? m_folder->text().trimmed() : QString();
}

void MigrationHistoryDock::browse()
{
    const QString start =
        m_folder->text().trimmed().isEmpty() ? QDir::homePath() : m_folder->text().trimmed();
    const QString folder = m_chooser(this, start);
    if (folder.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(folder));
    m_folderChosen = true;
    requestReload();
}

void MigrationHistoryDock::requestReload()
{
    // A cleared field gives the choice back to the comparison (a profile's folder, the demo's).
    if (m_folder->text().trimmed().isEmpty())
        m_folderChosen = false;
    Q_EMIT reloadRequested(chosenFolder());
}

void MigrationHistoryDock::setReading(bool reading)
{
    m_status->setText(reading ? tr("Reading the migration histories…") : QString());
}

void MigrationHistoryDock::clear(const QString &message)
{
    m_model->setMatrix({});
    m_summary->setText(message);
    m_notes->clear();
    m_notes->setVisible(false);
}

void MigrationHistoryDock::showOutcome(const HistoryController::Outcome &outcome)
{
    m_model->setMatrix(outcome.matrix);
    if (!m_folderChosen) {
        m_folder->setText(QDir::toNativeSeparators(outcome.folder));
        m_folder->setToolTip(
            outcome.folder.isEmpty()
                ? QString()
                : tr("From %1; type or browse to choose another").arg(outcome.folderOrigin));
    } else {
        m_folder->setToolTip(QString());
    }
    m_summary->setText(m_model->summaryLines().join(QLatin1Char('\n')));
    m_notes->setText(outcome.notes.join(QLatin1Char('\n')));
    m_notes->setVisible(!outcome.notes.isEmpty());
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int most = c == 0 ? kMaxMigrationWidth : kMaxColumnWidth;
        if (m_view->columnWidth(c) > most)
            m_view->setColumnWidth(c, most);
    }
}

QString MigrationHistoryDock::shownText() const
{
    QStringList lines;
    QStringList heading;
    for (int c = 0; c < m_colours->columnCount(); ++c)
        heading << m_colours->headerData(c, Qt::Horizontal).toString();
    lines << heading.join(QLatin1Char('\t'));
    for (int r = 0; r < m_colours->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_colours->columnCount(); ++c)
            cells << m_colours->index(r, c).data().toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void MigrationHistoryDock::copyShown()
{
    QApplication::clipboard()->setText(shownText());
}

void MigrationHistoryDock::applyPalette()
{
    m_colours->setDarkPalette(palette().color(QPalette::Base).lightness() < 128);
    m_notes->setStyleSheet(QStringLiteral("color: %1;")
                               .arg(HistoryStateProxyModel::stateColor(MigrationState::NotApplied,
                                                                       m_colours->isDarkPalette())
                                        .name()));
}

void MigrationHistoryDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QDockWidget::changeEvent(event);
}

} // namespace parity
