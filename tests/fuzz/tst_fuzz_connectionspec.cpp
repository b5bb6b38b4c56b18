// Fuzzing ConnectionSpec::parse and maskSecrets: seeded mutations of the
// specs in tests/data/fuzz/connectionspec/, each holding the marker
// Pw7secret where a password goes. Whatever the edits, parsing returns a
// spec or an error, and neither the error nor display() shows the marker.
#include "connection/connectionspec.h"
#include "connection/secretmask.h"
#include "mutator.h"

#include <QTest>

using namespace parity;
using test::Mutator;

namespace {

const QString kMarker = QStringLiteral("Pw7secret");

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/// The seed with each marker locked together with what makes it a password,
/// so that no edit turns it into something else (a host, a database name):
/// user:…marker…@ from the ':' to the '@' (or %40), or key=marker with its
/// key, '=' and quotes.
Mutator::Text lockPasswords(const QString &seed)
{
    Mutator::Text text{seed, QList<bool>(seed.size(), false)};
    for (qsizetype m = seed.indexOf(kMarker); m >= 0; m = seed.indexOf(kMarker, m + 1)) {
        qsizetype begin = m;
        qsizetype end = m + kMarker.size();
        qsizetype j = m - 1;
        if (j >= 0 && seed.at(j) == QLatin1Char('\''))
            --j;
        while (j >= 0 && seed.at(j) == QLatin1Char(' '))
            --j;
        if (j >= 0 && seed.at(j) == QLatin1Char('=')) {
            --j;
            while (j >= 0 && seed.at(j) == QLatin1Char(' '))
                --j;
            while (j >= 0 && isKeyChar(seed.at(j)))
                --j;
            begin = j + 1;
            if (end < seed.size() && seed.at(end) == QLatin1Char('\''))
                ++end;
        } else {
            begin = seed.lastIndexOf(QLatin1Char(':'), m - 1);
            const qsizetype at = seed.indexOf(QLatin1Char('@'), end);
            const qsizetype encodedAt = seed.indexOf(QLatin1String("%40"), end);
            if (begin < 0 || (at < 0 && encodedAt < 0))
                qFatal("seed %s: the marker is not in user:password@ or key=password",
                       qPrintable(seed));
            end = (encodedAt >= 0 && (at < 0 || encodedAt < at)) ? encodedAt + 3 : at + 1;
        }
        for (qsizetype i = begin; i < end; ++i)
            text.locked[i] = true;
    }
    return text;
}

} // namespace

class TestFuzzConnectionSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseNeverShowsPassword();
};

void TestFuzzConnectionSpec::parseNeverShowsPassword()
{
    const auto corpus = test::fuzzCorpus(QStringLiteral("connectionspec"));
    QVERIFY2(corpus.size() >= 10, "the seed corpus tests/data/fuzz/connectionspec is missing");
    QList<Mutator::Text> seeds;
    for (const auto &[name, bytes] : corpus)
        seeds << lockPasswords(QString::fromUtf8(bytes).trimmed());

    const QStringList tokens = {QStringLiteral("@"),
                                QStringLiteral(":"),
                                QStringLiteral("/"),
                                QStringLiteral("//"),
                                QStringLiteral("://"),
                                QStringLiteral("?"),
                                QStringLiteral("%"),
                                QStringLiteral("%40"),
                                QStringLiteral("%3A"),
                                QStringLiteral("%2F"),
                                QStringLiteral("%4"),
                                QStringLiteral("="),
                                QStringLiteral("&"),
                                QStringLiteral("["),
                                QStringLiteral("]"),
                                QStringLiteral("'"),
                                QStringLiteral("\""),
                                QStringLiteral("\\"),
                                QStringLiteral(" "),
                                QStringLiteral("\t"),
                                QStringLiteral("\n"),
                                QStringLiteral("#"),
                                QStringLiteral(";"),
                                QStringLiteral("é"),
                                QStringLiteral("€"),
                                QStringLiteral("\U0001F600"),
                                QString(QChar(0)),
                                QString(QChar(0xd800)),
                                QStringLiteral("postgresql://"),
                                QStringLiteral("mysql://"),
                                QStringLiteral("sqlite:"),
                                QStringLiteral(".db"),
                                QStringLiteral(".parity.json"),
                                QStringLiteral("password="),
                                QStringLiteral("user="),
                                QStringLiteral("port=99999"),
                                QStringLiteral("5432"),
                                QStringLiteral("::1"),
                                QStringLiteral("host=/tmp"),
                                QStringLiteral("*")};

    const quint32 seed = test::fuzzSeed();
    const int iterations = test::fuzzIterations(20000);
    qInfo("fuzzing ConnectionSpec::parse: %d iterations, seed %u, %d seed specs", iterations, seed,
          int(seeds.size()));
    Mutator mutator(seed);
    int withMarker = 0;
    int parsed = 0;
    Mutator::Text previous;
    for (int i = 0; i < iterations; ++i) {
        // Half the time build on the previous input: deeper edits.
        const Mutator::Text &base = (i % 2 == 1 && !previous.text.isEmpty())
                                        ? previous
                                        : seeds.at(mutator.bounded(int(seeds.size())));
        const Mutator::Text input = mutator.mutate(base, tokens);
        previous = input;
        const auto where = [&] {
            return QStringLiteral("iteration %1 (seed %2): \"%3\"")
                .arg(i)
                .arg(seed)
                .arg(input.text);
        };

        const auto spec = ConnectionSpec::parse(input.text);
        if (spec) {
            ++parsed;
            (void)spec->databaseName();
            (void)spec->effectivePort();
        } else if (spec.error().message.isEmpty()) {
            QFAIL(qPrintable(QStringLiteral("empty error message at ") + where()));
        }
        if (!input.text.contains(kMarker, Qt::CaseInsensitive))
            continue;
        ++withMarker;
        const QString shown = spec ? spec->display() : spec.error().message;
        if (shown.contains(kMarker, Qt::CaseInsensitive))
            QFAIL(qPrintable(
                QStringLiteral("the password shows in \"%1\" at %2").arg(shown, where())));
        const QString masked = maskSecrets(input.text);
        if (masked.contains(kMarker, Qt::CaseInsensitive))
            QFAIL(qPrintable(QStringLiteral("maskSecrets left the password in \"%1\" at %2")
                                 .arg(masked, where())));
    }
    qInfo("%d inputs held the password, %d parsed", withMarker, parsed);
    // The locks keep most inputs' password in place; a loop that lost it
    // everywhere would prove nothing.
    QVERIFY(withMarker > iterations / 4);
}

QTEST_GUILESS_MAIN(TestFuzzConnectionSpec)
#include "tst_fuzz_connectionspec.moc"
