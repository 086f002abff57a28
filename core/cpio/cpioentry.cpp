#include "cpioentry.h"

namespace enclave {

CpioEntry::Type CpioEntry::typeFromMode(quint32 mode)
{
    switch (mode & 0170000) {
    case 0100000:
        return Type::Regular;
    case 0040000:
        return Type::Directory;
    case 0120000:
        return Type::Symlink;
    case 0020000:
        return Type::CharDevice;
    case 0060000:
        return Type::BlockDevice;
    case 0010000:
        return Type::Fifo;
    case 0140000:
        return Type::Socket;
    default:
        return Type::Unknown;
    }
}

QString CpioEntry::typeName(Type type)
{
    switch (type) {
    case Type::Regular:
        return QStringLiteral("file");
    case Type::Directory:
        return QStringLiteral("directory");
    case Type::Symlink:
        return QStringLiteral("symlink");
    case Type::CharDevice:
        return QStringLiteral("char-device");
    case Type::BlockDevice:
        return QStringLiteral("block-device");
    case Type::Fifo:
        return QStringLiteral("fifo");
    case Type::Socket:
        return QStringLiteral("socket");
    case Type::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

QString CpioEntry::modeString(quint32 mode)
{
    QString s(10, u'-');
    switch (typeFromMode(mode)) {
    case Type::Directory:
        s[0] = u'd';
        break;
    case Type::Symlink:
        s[0] = u'l';
        break;
    case Type::CharDevice:
        s[0] = u'c';
        break;
    case Type::BlockDevice:
        s[0] = u'b';
        break;
    case Type::Fifo:
        s[0] = u'p';
        break;
    case Type::Socket:
        s[0] = u's';
        break;
    case Type::Unknown:
        s[0] = u'?';
        break;
    case Type::Regular:
        break;
    }
    const char16_t rwx[] = u"rwxrwxrwx";
    for (int i = 0; i < 9; ++i) {
        if (mode & (0400u >> i))
            s[i + 1] = QChar(rwx[i]);
    }
    // Special bits replace the execute slot: lower case when execute is also set.
    auto special = [&](int slot, quint32 bit, char16_t withX, char16_t withoutX) {
        if (mode & bit)
            s[slot] = QChar(s[slot] == u'-' ? withoutX : withX);
    };
    special(3, 04000, u's', u'S');
    special(6, 02000, u's', u'S');
    special(9, 01000, u't', u'T');
    return s;
}

} // namespace enclave
