#include "eifsectiondevice.h"

#include <QCoreApplication>

namespace enclave {

namespace {
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(EifSectionDevice)
};
} // namespace

EifSectionDevice::EifSectionDevice(const QString &path, qint64 offset, qint64 size, QObject *parent)
    : QIODevice(parent)
    , m_file(path)
    , m_offset(offset)
    , m_size(size)
{
}

EifSectionDevice::~EifSectionDevice() = default;

bool EifSectionDevice::open(OpenMode mode)
{
    if ((mode & ~QIODevice::Unbuffered) != QIODevice::ReadOnly) {
        setErrorString(Tr::tr("EifSectionDevice is read-only"));
        return false;
    }
    if (m_offset < 0 || m_size < 0) {
        setErrorString(Tr::tr("negative offset or size"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    if (m_file.size() < m_offset || m_file.size() - m_offset < m_size) {
        setErrorString(Tr::tr("the file ends before the section does"));
        m_file.close();
        return false;
    }
    if (!m_file.seek(m_offset)) {
        setErrorString(m_file.errorString());
        m_file.close();
        return false;
    }
    // Unbuffered: QIODevice's read-ahead buffer would make our file position and QIODevice::pos()
    // diverge across seeks; callers read in large blocks anyway.
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

void EifSectionDevice::close()
{
    QIODevice::close();
    m_file.close();
}

bool EifSectionDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size || !m_file.seek(m_offset + pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 EifSectionDevice::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_size - (m_file.pos() - m_offset);
    if (left <= 0)
        return 0; // end of the section; QIODevice turns a later read into -1 where it should
    const qint64 r = m_file.read(data, qMin(maxSize, left));
    if (r < 0)
        setErrorString(m_file.errorString());
    return r;
}

} // namespace enclave
