#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace enclave {

// Serializes policy JSON the way people read it in the KMS console: 2-space indent and the keys of
// a policy and of a statement in AWS's documented order (Version, Id, Statement; Sid, Effect,
// Principal, Action, Resource, Condition) instead of QJsonObject's alphabetical order.
class KmsPolicyJson final {
public:
    static QByteArray toText(const QJsonValue &value);
};

} // namespace enclave
