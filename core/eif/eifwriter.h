#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include "common/error.h"
#include "eif/eifheader.h"
#include "eif/eifsection.h"

namespace enclave {

// Writes an EIF: header tables and CRC computed, section data streamed from memory or files
// (so gigabyte ramdisks need no memory). By default sections go in nitro-cli's order (kernel,
// cmdline, metadata, ramdisks, signature) whatever order they were added in.
class EifWriter final {
public:
    EifWriter() = default;

    void setArchitecture(EifHeader::Architecture arch) { m_header.setArchitecture(arch); }
    void setVersion(quint16 version) { m_header.setVersion(version); }
    void setDefaultMemory(quint64 bytes) { m_header.setDefaultMemory(bytes); }
    void setDefaultCpus(quint64 cpus) { m_header.setDefaultCpus(cpus); }

    void setKernel(const QByteArray &data) { add(EifSectionType::Kernel, data, {}); }
    void setKernelFile(const QString &path) { add(EifSectionType::Kernel, {}, path); }
    void setCmdline(const QByteArray &cmdline) { add(EifSectionType::Cmdline, cmdline, {}); }
    void setMetadata(const QByteArray &json) { add(EifSectionType::Metadata, json, {}); }
    void addRamdisk(const QByteArray &data) { add(EifSectionType::Ramdisk, data, {}); }
    void addRamdiskFile(const QString &path) { add(EifSectionType::Ramdisk, {}, path); }
    void setSignature(const QByteArray &sectionData) { add(EifSectionType::Signature, sectionData, {}); }
    // Any type code (tests write odd layouts and invalid types with it).
    void addRawSection(quint16 type, const QByteArray &data) { m_sections.append({ type, data, {} }); }
    // Keep the order sections were added in (for tests of unusual layouts).
    void setKeepInsertionOrder(bool keep) { m_keepOrder = keep; }

    // Writes the file (replacing it). The header's tables and CRC describe what was written.
    Result<void> write(const QString &path) const;

private:
    struct Source {
        quint16 type;
        QByteArray data;
        QString path; // when non-empty the data comes from this file
    };
    void add(EifSectionType type, const QByteArray &data, const QString &path);
    QList<Source> ordered() const;

    EifHeader m_header;
    QList<Source> m_sections;
    bool m_keepOrder = false;
};

} // namespace enclave
