#pragma once

#include "migration/execution/runrecord.h"

#include <QColor>
#include <QString>

// How the apply and rollback wizards and the run history show a run: the
// outcome in words and colour, the environment tag, the boxes for refusals
// and warnings. One place, so that a failed run looks the same everywhere.

namespace parity {

/// "Succeeded", "Verification failed", … (translated, capitalised).
QString runOutcomeTitle(RunOutcome outcome);
/// The outcome's colour: green, red, amber; invalid for a running run.
QColor runOutcomeColor(RunOutcome outcome);
/// Style sheet of a label that shows an environment tag as a coloured badge
/// (the colour the profiles dock gives the tag).
QString environmentBadgeStyle(const QString &environment);
/// The same badge inside rich text.
QString environmentBadgeHtml(const QString &environment);
/// Style sheets of a box for a refusal or error (red) and for a warning
/// that needs reading before going on (amber).
QString errorBoxStyle();
QString warningBoxStyle();
/// The environment tags whose targets always ask for the typed name.
bool isProductionEnvironment(const QString &environment);

} // namespace parity
