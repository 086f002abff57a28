#include "shell/filetype.h"

#include <QCoreApplication>

namespace enclave::ui {

QString FileTypeDetector::displayName(FileType type)
{
    switch (type) {
    case FileType::Unknown:
        return QCoreApplication::translate("FileTypeDetector", "Unknown");
    case FileType::Empty:
        return QCoreApplication::translate("FileTypeDetector", "Empty file");
    case FileType::Eif:
        return QCoreApplication::translate("FileTypeDetector", "Enclave image (EIF)");
    case FileType::CoseCbor:
        return QCoreApplication::translate("FileTypeDetector", "Attestation document (CBOR)");
    case FileType::CoseBase64:
        return QCoreApplication::translate("FileTypeDetector", "Attestation document (base64)");
    case FileType::CoseHex:
        return QCoreApplication::translate("FileTypeDetector", "Attestation document (hex)");
    case FileType::NitroCliJson:
        return QCoreApplication::translate("FileTypeDetector", "nitro-cli measurements (JSON)");
    case FileType::DescribeEifJson:
        return QCoreApplication::translate("FileTypeDetector", "describe-eif output (JSON)");
    case FileType::KmsKeyPolicy:
        return QCoreApplication::translate("FileTypeDetector", "KMS key policy");
    case FileType::Expectations:
        return QCoreApplication::translate("FileTypeDetector", "Expected PCR values");
    }
    return {};
}

} // namespace enclave::ui
