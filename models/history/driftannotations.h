#pragma once

#include "diff/diffreport.h"

namespace parity {

struct DriftExplanation;
struct SchemaDiff;

/// What the diff reports add when the migration history explains the
/// differences: under each change the migration behind it ("← …js
/// (Sequelize): staging ran it, uat did not") or "unexplained drift"; in JSON
/// "explainedBy" or "unexplainedDrift" per change and a closing "history"
/// object; and a closing section listing the migrations one side ran and the
/// other did not. Empty annotations when the explanation is not available.
/// `diff` and `explanation` must outlive the returned functions.
DiffAnnotations driftAnnotations(const SchemaDiff &diff, const DriftExplanation &explanation);

} // namespace parity
