#include "kmspolicygenerator.h"

#include <QCoreApplication>
#include <QJsonValue>

#include "common/hex.h"
#include "kms/iamrolearn.h"

namespace enclave {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(KmsPolicyGenerator)
};

constexpr qsizetype PcrBytes = 48;

QStringList effectiveActions(const KmsPolicyOptions &options)
{
    QStringList actions
        = options.actions.isEmpty() ? QStringList { QStringLiteral("kms:Decrypt") } : options.actions;
    actions.removeDuplicates();
    return actions;
}

QJsonValue actionValue(const QStringList &actions)
{
    if (actions.size() == 1)
        return actions.first();
    return QJsonArray::fromStringList(actions);
}

QJsonValue valuesFor(const QList<QByteArray> &values)
{
    QStringList hexValues;
    for (const QByteArray &v : values) {
        const QString h = hex::encode(v);
        if (!hexValues.contains(h))
            hexValues.append(h);
    }
    if (hexValues.size() == 1)
        return hexValues.first();
    return QJsonArray::fromStringList(hexValues);
}

QJsonObject principalObject(const QString &arn)
{
    return QJsonObject { { QStringLiteral("AWS"), arn } };
}

} // namespace

QStringList KmsPolicyGenerator::supportedActions()
{
    return { QStringLiteral("kms:Decrypt"), QStringLiteral("kms:GenerateDataKey"),
        QStringLiteral("kms:GenerateRandom"), QStringLiteral("kms:DeriveSharedSecret"),
        QStringLiteral("kms:GenerateDataKeyPair") };
}

Result<void> KmsPolicyGenerator::validate(const KmsPolicyOptions &options)
{
    if (auto arn = IamRoleArn::parse(options.principal); !arn)
        return std::unexpected(arn.error());
    const QStringList supported = supportedActions();
    for (const QString &action : effectiveActions(options)) {
        if (!supported.contains(action))
            return makeError(Error::Code::Usage,
                Tr::tr("action '%1' does not take an attestation document (allowed: %2)")
                    .arg(action, supported.join(QStringLiteral(", "))));
    }
    if (options.pcrValues.isEmpty())
        return makeError(
            Error::Code::Usage, Tr::tr("no PCR to bind: choose at least one of PCR0-PCR4, PCR8"));
    for (auto it = options.pcrValues.cbegin(); it != options.pcrValues.cend(); ++it) {
        const int index = it.key();
        if (!KmsConditionKey::isEnclaveMeasurement(index) && !KmsConditionKey::isCustomPcr(index))
            return makeError(Error::Code::Usage,
                Tr::tr("PCR%1 is not an enclave measurement KMS compares (PCR0-PCR4, PCR8, PCR16-PCR31)")
                    .arg(index));
        if (it.value().isEmpty())
            return makeError(Error::Code::Usage, Tr::tr("PCR%1 has no value in the source").arg(index));
        for (const QByteArray &v : it.value()) {
            if (v.size() != PcrBytes)
                return makeError(Error::Code::Usage,
                    Tr::tr("PCR%1 value is %2 bytes; KMS compares 48-byte SHA-384 registers")
                        .arg(index)
                        .arg(v.size()));
        }
    }
    return {};
}

Result<QJsonObject> KmsPolicyGenerator::allowStatement(const KmsPolicyOptions &options)
{
    if (auto ok = validate(options); !ok)
        return std::unexpected(ok.error());
    QJsonObject keys;
    for (auto it = options.pcrValues.cbegin(); it != options.pcrValues.cend(); ++it)
        keys.insert(KmsConditionKey::forPcr(it.key(), options.pcr0Style), valuesFor(it.value()));
    QJsonObject statement;
    statement.insert(QStringLiteral("Sid"), options.sid);
    statement.insert(QStringLiteral("Effect"), QStringLiteral("Allow"));
    statement.insert(QStringLiteral("Principal"), principalObject(options.principal));
    statement.insert(QStringLiteral("Action"), actionValue(effectiveActions(options)));
    statement.insert(QStringLiteral("Resource"), QStringLiteral("*"));
    statement.insert(
        QStringLiteral("Condition"), QJsonObject { { QStringLiteral("StringEqualsIgnoreCase"), keys } });
    return statement;
}

Result<QJsonArray> KmsPolicyGenerator::denyStatements(const KmsPolicyOptions &options)
{
    if (auto ok = validate(options); !ok)
        return std::unexpected(ok.error());
    QJsonArray out;
    if (!options.denyStatements)
        return out;
    // Conditions in one statement are ANDed, so "deny if ANY bound PCR differs" needs one statement
    // per PCR. A negated operator is true when the key is absent, so each also denies requests
    // without an attestation document.
    for (auto it = options.pcrValues.cbegin(); it != options.pcrValues.cend(); ++it) {
        const QString key = KmsConditionKey::forPcr(it.key(), options.pcr0Style);
        QJsonObject statement;
        statement.insert(QStringLiteral("Sid"),
            QStringLiteral("DenyUnless%1Matches").arg(key.mid(KmsConditionKey::Prefix.size())));
        statement.insert(QStringLiteral("Effect"), QStringLiteral("Deny"));
        statement.insert(QStringLiteral("Principal"), principalObject(options.principal));
        statement.insert(QStringLiteral("Action"), actionValue(effectiveActions(options)));
        statement.insert(QStringLiteral("Resource"), QStringLiteral("*"));
        statement.insert(QStringLiteral("Condition"),
            QJsonObject { { QStringLiteral("StringNotEqualsIgnoreCase"),
                QJsonObject { { key, valuesFor(it.value()) } } } });
        out.append(statement);
    }
    return out;
}

Result<QJsonArray> KmsPolicyGenerator::statements(const KmsPolicyOptions &options)
{
    auto allow = allowStatement(options);
    if (!allow)
        return std::unexpected(allow.error());
    auto deny = denyStatements(options);
    if (!deny)
        return std::unexpected(deny.error());
    QJsonArray out { *allow };
    for (const QJsonValue &v : *deny)
        out.append(v);
    return out;
}

Result<QJsonObject> KmsPolicyGenerator::keyPolicy(const KmsPolicyOptions &options)
{
    auto list = statements(options);
    if (!list)
        return std::unexpected(list.error());
    QJsonArray all;
    if (options.adminStatement) {
        const IamRoleArn arn = *IamRoleArn::parse(options.principal);
        QJsonObject admin;
        admin.insert(QStringLiteral("Sid"), QStringLiteral("EnableRootAccountAdministration"));
        admin.insert(QStringLiteral("Effect"), QStringLiteral("Allow"));
        admin.insert(QStringLiteral("Principal"), principalObject(arn.accountRootArn()));
        admin.insert(QStringLiteral("Action"), QStringLiteral("kms:*"));
        admin.insert(QStringLiteral("Resource"), QStringLiteral("*"));
        all.append(admin);
    }
    for (const QJsonValue &v : *list)
        all.append(v);
    QJsonObject policy;
    policy.insert(QStringLiteral("Version"), QStringLiteral("2012-10-17"));
    policy.insert(QStringLiteral("Id"), QStringLiteral("enclave-attested-key-policy"));
    policy.insert(QStringLiteral("Statement"), all);
    return policy;
}

} // namespace enclave
