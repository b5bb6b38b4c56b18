#pragma once

#include <QByteArray>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <utility>

namespace parity::test {

/// Seeded random edits for the fuzz tests (a mutation loop in the manner of
/// a coverage fuzzer, without the coverage): the same seed gives the same
/// inputs on every run, so a failure is repeated by its seed and iteration.
///
/// Characters marked locked are never changed, split or copied; an edit
/// may still remove a locked run whole (a cut at either end). The fuzz
/// tests lock a password in its place so that it stays a password.
class Mutator
{
public:
    explicit Mutator(quint32 seed);

    /// Text with one lock flag per UTF-16 unit.
    struct Text
    {
        QString text;
        QList<bool> locked;
    };

    /// One to `maxEdits` edits: a flipped bit, a token inserted or put in
    /// place of a run, a run deleted or duplicated elsewhere, a token
    /// repeated many times, a cut at either end.
    Text mutate(const Text &input, const QStringList &tokens, int maxEdits = 4);
    QByteArray mutate(const QByteArray &input, const QList<QByteArray> &tokens, int maxEdits = 4);

    int bounded(int upTo) { return int(m_random.bounded(quint32(upTo))); }

private:
    QRandomGenerator m_random;
};

/// Iterations of a fuzz loop: PARITY_FUZZ_ITERATIONS, else `fallback`.
int fuzzIterations(int fallback);
/// The seed of a fuzz run: PARITY_FUZZ_SEED, else a fixed one.
quint32 fuzzSeed();
/// The seed corpus of a fuzz target: the files of tests/data/fuzz/<target>/
/// (name, bytes), sorted by name; empty when the folder is missing.
QList<std::pair<QString, QByteArray>> fuzzCorpus(const QString &target);

} // namespace parity::test
