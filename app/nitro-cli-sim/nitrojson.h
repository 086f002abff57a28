#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QStringList>

namespace enclave::nitrosim {

// nitro-cli prints serde_json's pretty form: two-space indent, "key": value, and struct fields
// in declaration order. QJsonDocument sorts keys, so this writer takes the order: keys listed
// in keyOrder come first in that order, any others follow sorted (serde's maps are BTreeMaps).
QByteArray prettyJson(const QJsonValue &value, const QStringList &keyOrder);

// The field orders of nitro-cli's EnclaveRunInfo / EnclaveDescribeInfo / EnclaveTerminateInfo.
QStringList enclaveKeyOrder();

} // namespace enclave::nitrosim
