#pragma once

#include <QHash>
#include <QString>

namespace parity {

/// Remembers the answers of a pure QString -> QString function. A catalog
/// spells a few dozen distinct column types across thousands of columns, so
/// normalising each spelling once instead of per column saves real time.
class StringMemo
{
public:
    using Function = QString (*)(const QString &);

    explicit StringMemo(Function function)
        : m_function(function)
    {
    }

    QString operator()(const QString &input)
    {
        auto it = m_answers.constFind(input);
        if (it == m_answers.cend())
            it = m_answers.insert(input, m_function(input));
        return *it;
    }

private:
    Function m_function;
    QHash<QString, QString> m_answers;
};

} // namespace parity
