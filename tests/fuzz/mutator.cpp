#include "mutator.h"

#include "testsupport.h"

#include <QDir>
#include <QFile>

namespace parity::test {

namespace {

/// The edits, for QString (with locks) and QByteArray (all unlocked) alike.
template<typename Seq>
class Editor
{
public:
    Editor(Seq &s, QList<bool> &locked, QRandomGenerator &random)
        : m_s(s)
        , m_locked(locked)
        , m_random(random)
    {
    }

    void edit(const QList<Seq> &tokens)
    {
        switch (pick(8)) {
        case 0:
            flip();
            break;
        case 1:
        case 2:
            insert(token(tokens));
            break;
        case 3:
            replace(token(tokens));
            break;
        case 4:
            remove();
            break;
        case 5:
            duplicate();
            break;
        case 6: {
            Seq run;
            const Seq t = token(tokens);
            for (int i = 1 + pick(64); i > 0; --i)
                run += t;
            insert(run);
            break;
        }
        case 7:
            cut();
            break;
        }
    }

private:
    int pick(qsizetype upTo) { return upTo <= 0 ? 0 : int(m_random.bounded(quint32(upTo))); }
    qsizetype size() const { return m_s.size(); }
    Seq token(const QList<Seq> &tokens)
    {
        return tokens.isEmpty() ? Seq() : tokens.at(pick(tokens.size()));
    }

    /// A place between two units that is not inside a locked run, or -1.
    qsizetype gap()
    {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const qsizetype i = pick(size() + 1);
            if (i == 0 || i == size() || !(m_locked.at(i - 1) && m_locked.at(i)))
                return i;
        }
        return -1;
    }

    /// A run [begin, begin + length) of unlocked units, or length 0.
    std::pair<qsizetype, qsizetype> freeRun(int maxLength)
    {
        if (size() == 0)
            return {0, 0};
        for (int attempt = 0; attempt < 8; ++attempt) {
            const qsizetype begin = pick(size());
            qsizetype length = 0;
            const qsizetype wanted = 1 + pick(maxLength);
            while (length < wanted && begin + length < size() && !m_locked.at(begin + length))
                ++length;
            if (length > 0)
                return {begin, length};
        }
        return {0, 0};
    }

    void flip()
    {
        const auto [at, length] = freeRun(1);
        if (length == 0)
            return;
        const int bit = pick(8);
        if constexpr (std::is_same_v<Seq, QString>)
            m_s[at] = QChar(char16_t(m_s.at(at).unicode() ^ (1u << bit)));
        else
            m_s[at] = char(uchar(m_s.at(at)) ^ (1u << bit));
    }

    void insert(const Seq &what)
    {
        const qsizetype at = gap();
        if (at < 0)
            return;
        m_s.insert(at, what);
        m_locked.insert(at, what.size(), false);
    }

    void replace(const Seq &what)
    {
        const auto [at, length] = freeRun(4);
        if (length == 0)
            return insert(what);
        m_s.replace(at, length, what);
        m_locked.remove(at, length);
        m_locked.insert(at, what.size(), false);
    }

    void remove()
    {
        const auto [at, length] = freeRun(8);
        m_s.remove(at, length);
        m_locked.remove(at, length);
    }

    void duplicate()
    {
        const auto [from, length] = freeRun(16);
        if (length == 0)
            return;
        insert(m_s.mid(from, length));
    }

    void cut()
    {
        const qsizetype at = gap();
        if (at < 0)
            return;
        if (pick(2) == 0) {
            m_s.truncate(at);
            m_locked.resize(at);
        } else {
            m_s.remove(0, at);
            m_locked.remove(0, at);
        }
    }

    Seq &m_s;
    QList<bool> &m_locked;
    QRandomGenerator &m_random;
};

} // namespace

Mutator::Mutator(quint32 seed)
    : m_random(seed)
{
}

Mutator::Text Mutator::mutate(const Text &input, const QStringList &tokens, int maxEdits)
{
    Text out = input;
    out.locked.resize(out.text.size(), false);
    Editor<QString> editor(out.text, out.locked, m_random);
    const QList<QString> list(tokens.cbegin(), tokens.cend());
    for (int i = 1 + bounded(maxEdits); i > 0; --i)
        editor.edit(list);
    return out;
}

QByteArray Mutator::mutate(const QByteArray &input, const QList<QByteArray> &tokens, int maxEdits)
{
    QByteArray out = input;
    QList<bool> unlocked(out.size(), false);
    Editor<QByteArray> editor(out, unlocked, m_random);
    for (int i = 1 + bounded(maxEdits); i > 0; --i)
        editor.edit(tokens);
    return out;
}

int fuzzIterations(int fallback)
{
    bool ok = false;
    const int n = qEnvironmentVariableIntValue("PARITY_FUZZ_ITERATIONS", &ok);
    return ok && n > 0 ? n : fallback;
}

quint32 fuzzSeed()
{
    bool ok = false;
    const quint32 seed = qEnvironmentVariable("PARITY_FUZZ_SEED").toUInt(&ok);
    return ok ? seed : 20261121u;
}

QList<std::pair<QString, QByteArray>> fuzzCorpus(const QString &target)
{
    QList<std::pair<QString, QByteArray>> corpus;
    const QDir dir(sourceDir() + QStringLiteral("/tests/data/fuzz/") + target);
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            corpus.append({name, file.readAll()});
    }
    return corpus;
}

} // namespace parity::test
