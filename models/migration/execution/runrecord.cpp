#include "runrecord.h"

#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

namespace parity {

namespace {

// Bumped only when a field changes meaning; new fields need no bump because
// fromJson() ignores what it does not know.
constexpr int kFormat = 1;

struct OutcomeName
{
    RunOutcome outcome;
    const char *key;
    const char *text;
};

constexpr std::array<OutcomeName, 7> kOutcomes{{
    {RunOutcome::Running, "running", "running"},
    {RunOutcome::Succeeded, "succeeded", "succeeded"},
    {RunOutcome::Failed, "failed", "failed"},
    {RunOutcome::VerificationFailed, "verification-failed", "verification failed"},
    {RunOutcome::Cancelled, "cancelled", "cancelled"},
    {RunOutcome::Refused, "refused", "refused"},
    {RunOutcome::Interrupted, "interrupted", "interrupted"},
}};

const OutcomeName &outcomeName(RunOutcome outcome)
{
    for (const OutcomeName &name : kOutcomes) {
        if (name.outcome == outcome)
            return name;
    }
    return kOutcomes.front();
}

// Milliseconds matter: statements of one run start within the same second,
// and list() orders runs by this time.
QJsonValue dateToJson(const QDateTime &at)
{
    if (!at.isValid())
        return QJsonValue::Null;
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateFromJson(const QJsonValue &value)
{
    const QString text = value.toString();
    if (text.isEmpty())
        return {};
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

QJsonArray stringsToJson(const QStringList &strings)
{
    return QJsonArray::fromStringList(strings);
}

QStringList stringsFromJson(const QJsonValue &value)
{
    QStringList strings;
    const QJsonArray array = value.toArray();
    strings.reserve(array.size());
    for (const QJsonValue &item : array)
        strings.append(item.toString());
    return strings;
}

QJsonObject statementToJson(const StatementRecord &statement)
{
    return QJsonObject{
        {QStringLiteral("index"), statement.index},
        {QStringLiteral("sql"), statement.sql},
        {QStringLiteral("object"), statement.object},
        {QStringLiteral("elapsedMs"), double(statement.elapsedMs)},
        {QStringLiteral("succeeded"), statement.succeeded},
        {QStringLiteral("committed"), statement.committed},
        {QStringLiteral("error"), statement.error},
    };
}

StatementRecord statementFromJson(const QJsonObject &json)
{
    StatementRecord statement;
    statement.index = json.value(QStringLiteral("index")).toInt();
    statement.sql = json.value(QStringLiteral("sql")).toString();
    statement.object = json.value(QStringLiteral("object")).toString();
    statement.elapsedMs = json.value(QStringLiteral("elapsedMs")).toInteger();
    statement.succeeded = json.value(QStringLiteral("succeeded")).toBool();
    statement.committed = json.value(QStringLiteral("committed")).toBool();
    statement.error = json.value(QStringLiteral("error")).toString();
    return statement;
}

} // namespace

QString runOutcomeKey(RunOutcome outcome)
{
    return QString::fromLatin1(outcomeName(outcome).key);
}

std::optional<RunOutcome> runOutcomeFromKey(const QString &key)
{
    for (const OutcomeName &name : kOutcomes) {
        if (key == QLatin1String(name.key))
            return name.outcome;
    }
    return std::nullopt;
}

QString runOutcomeText(RunOutcome outcome)
{
    return QString::fromLatin1(outcomeName(outcome).text);
}

QJsonObject RunRecord::toJson() const
{
    QJsonArray statementArray;
    for (const StatementRecord &statement : statements)
        statementArray.append(statementToJson(statement));

    QJsonObject json;
    json.insert(QStringLiteral("format"), kFormat);
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("kind"), kind);
    json.insert(QStringLiteral("rollsBack"), rollsBack);
    json.insert(QStringLiteral("method"), method);
    json.insert(QStringLiteral("user"), user);
    json.insert(QStringLiteral("host"), host);
    json.insert(QStringLiteral("parityVersion"), parityVersion);
    json.insert(QStringLiteral("startedAt"), dateToJson(startedAt));
    json.insert(QStringLiteral("finishedAt"), dateToJson(finishedAt));
    json.insert(QStringLiteral("dialect"), dialectKey(dialect));
    json.insert(QStringLiteral("target"), target);
    json.insert(QStringLiteral("targetName"), targetName);
    json.insert(QStringLiteral("profile"), profile);
    json.insert(QStringLiteral("environment"), environment);
    json.insert(QStringLiteral("toSource"), toSource);
    json.insert(QStringLiteral("planHash"), planHash);
    json.insert(QStringLiteral("hazards"), stringsToJson(hazards));
    json.insert(QStringLiteral("backupPath"), backupPath);
    json.insert(QStringLiteral("backupSha256"), backupSha256);
    json.insert(QStringLiteral("backupVerified"), backupVerified);
    json.insert(QStringLiteral("outcome"), runOutcomeKey(outcome));
    json.insert(QStringLiteral("message"), message);
    json.insert(QStringLiteral("statementsTotal"), statementsTotal);
    json.insert(QStringLiteral("statements"), statementArray);
    json.insert(QStringLiteral("verified"), verified);
    json.insert(QStringLiteral("verificationDifferences"), stringsToJson(verificationDifferences));
    json.insert(QStringLiteral("auditTableWritten"), auditTableWritten);
    if (stateMeasured || !stateError.isEmpty()) {
        json.insert(QStringLiteral("stateMeasured"), stateMeasured);
        json.insert(QStringLiteral("stateDifferences"), stringsToJson(stateDifferences));
        json.insert(QStringLiteral("stateError"), stateError);
        json.insert(QStringLiteral("cleanup"), stringsToJson(cleanup));
    }
    return json;
}

RunRecord RunRecord::fromJson(const QJsonObject &json)
{
    RunRecord record;
    record.id = json.value(QStringLiteral("id")).toString();
    record.kind = json.value(QStringLiteral("kind")).toString(record.kind);
    record.rollsBack = json.value(QStringLiteral("rollsBack")).toString();
    record.method = json.value(QStringLiteral("method")).toString();
    record.user = json.value(QStringLiteral("user")).toString();
    record.host = json.value(QStringLiteral("host")).toString();
    record.parityVersion = json.value(QStringLiteral("parityVersion")).toString();
    record.startedAt = dateFromJson(json.value(QStringLiteral("startedAt")));
    record.finishedAt = dateFromJson(json.value(QStringLiteral("finishedAt")));
    if (const auto dialect = dialectFromKey(json.value(QStringLiteral("dialect")).toString()))
        record.dialect = *dialect;
    record.target = json.value(QStringLiteral("target")).toString();
    record.targetName = json.value(QStringLiteral("targetName")).toString();
    record.profile = json.value(QStringLiteral("profile")).toString();
    record.environment = json.value(QStringLiteral("environment")).toString();
    record.toSource = json.value(QStringLiteral("toSource")).toString();
    record.planHash = json.value(QStringLiteral("planHash")).toString();
    record.hazards = stringsFromJson(json.value(QStringLiteral("hazards")));
    record.backupPath = json.value(QStringLiteral("backupPath")).toString();
    record.backupSha256 = json.value(QStringLiteral("backupSha256")).toString();
    record.backupVerified = json.value(QStringLiteral("backupVerified")).toBool();
    // An outcome a later version added reads as Running: "not known to have
    // finished well" is the safe reading for an audit log.
    if (const auto outcome = runOutcomeFromKey(json.value(QStringLiteral("outcome")).toString()))
        record.outcome = *outcome;
    record.message = json.value(QStringLiteral("message")).toString();
    record.statementsTotal = json.value(QStringLiteral("statementsTotal")).toInt();
    const QJsonArray statementArray = json.value(QStringLiteral("statements")).toArray();
    record.statements.reserve(statementArray.size());
    for (const QJsonValue &statement : statementArray)
        record.statements.append(statementFromJson(statement.toObject()));
    record.verified = json.value(QStringLiteral("verified")).toBool();
    record.verificationDifferences =
        stringsFromJson(json.value(QStringLiteral("verificationDifferences")));
    record.auditTableWritten = json.value(QStringLiteral("auditTableWritten")).toBool();
    record.stateMeasured = json.value(QStringLiteral("stateMeasured")).toBool();
    record.stateDifferences = stringsFromJson(json.value(QStringLiteral("stateDifferences")));
    record.stateError = json.value(QStringLiteral("stateError")).toString();
    record.cleanup = stringsFromJson(json.value(QStringLiteral("cleanup")));
    return record;
}

QList<StatementRecord> RunRecord::committedStatements() const
{
    QList<StatementRecord> committed;
    std::copy_if(statements.cbegin(), statements.cend(), std::back_inserter(committed),
                 [](const StatementRecord &statement) { return statement.committed; });
    return committed;
}

QString newRunId()
{
    const quint32 suffix = QRandomGenerator::system()->bounded(0x10000u);
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))
           + QLatin1Char('-') + QStringLiteral("%1").arg(suffix, 4, 16, QLatin1Char('0'));
}

} // namespace parity
